#!/bin/sh
# Benchmarks/run.sh [UPDATES]: times `backprop-bench` against the C loop in xor_sgd.c in
# one run, and prints both figures, the ratios and whether the targets are met.
#
# Targets: Swift untraced ≤ 2 × C, Swift traced ≤ 5 × Swift untraced, and end to end
# `backprop train` ≤ 2 × the C loop run as a process (`xor_sgd --once`), both timed whole
# (start-up, loading the lesson, the updates, the loss reports) as CPU time, the fastest
# of 3 interleaved runs each.
# Each program reports the fastest of 5 timed runs; the script runs the pair twice,
# interleaved (C, Swift, C, Swift), and keeps the faster figure of each, so a burst of
# load on a shared machine is less likely to land on one side only.
# Correctness guard: after the same number of updates from the same initial parameters,
# C and Swift must agree on the final loss and on every parameter to 1e-12, and Swift's
# traced path must leave the same parameters as its untraced one; the script exits with
# status 1 when they do not. Missed speed targets are reported, not failed.
set -eu

cd "$(dirname "$0")/.."
updates=${1:-4000000}
case $updates in
    '' | *[!0-9]* | 0) echo "run.sh: UPDATES must be a positive integer, got '$updates'" >&2; exit 64 ;;
esac
for tool in cc swift awk sed /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run.sh: needs '$tool' on the PATH" >&2; exit 69; }
done

mkdir -p Benchmarks/bin
echo "building the C loop (cc -O2) and backprop (swift build -c release)..." >&2
# No FMA contraction, so C rounds every product and sum exactly as Swift does.
cc -O2 -ffp-contract=off -o Benchmarks/bin/xor_sgd Benchmarks/xor_sgd.c -lm
swift build -c release --product backprop >&2
swift build -c release --product backprop-bench >&2
backprop="$(swift build -c release --show-bin-path)/backprop"
bench="$(swift build -c release --show-bin-path)/backprop-bench"

echo "running both twice with $updates updates per timed run..." >&2
c_first=$(Benchmarks/bin/xor_sgd "$updates")
swift_first=$("$bench" --json --updates "$updates")
c_second=$(Benchmarks/bin/xor_sgd "$updates")
swift_second=$("$bench" --json --updates "$updates")

# c_field OUTPUT KEY: the value of a `key value...` line of xor_sgd's output.
c_field() { printf '%s\n' "$1" | awk -v key="$2" '$1 == key { $1 = ""; print substr($0, 2) }'; }
# swift_field OUTPUT KEY: a value of `backprop-bench --json` (one key per line), arrays as
# space-separated numbers.
swift_field() {
    printf '%s\n' "$1" | sed -n "s/^ *\"$2\": \(.*\)$/\1/p" | sed 's/,$//; s/^\[//; s/\]$//; s/,//g'
}

awk -v c_ns1="$(c_field "$c_first" ns_per_update)" \
    -v c_ns2="$(c_field "$c_second" ns_per_update)" \
    -v untraced_ns1="$(swift_field "$swift_first" untraced_ns_per_update)" \
    -v untraced_ns2="$(swift_field "$swift_second" untraced_ns_per_update)" \
    -v traced_ns1="$(swift_field "$swift_first" traced_ns_per_update)" \
    -v traced_ns2="$(swift_field "$swift_second" traced_ns_per_update)" \
    -v c_loss="$(c_field "$c_first" final_loss)" \
    -v c_theta="$(c_field "$c_first" final_parameters)" \
    -v swift_loss="$(swift_field "$swift_first" untraced_final_loss)" \
    -v swift_theta="$(swift_field "$swift_first" untraced_final_parameters)" \
    -v traced_matches1="$(swift_field "$swift_first" traced_matches_untraced)" \
    -v traced_matches2="$(swift_field "$swift_second" traced_matches_untraced)" \
    -v updates="$updates" '
    function abs(x) { return x < 0 ? -x : x }
    function min(a, b) { return a < b ? a : b }
    function verdict(ok) { return ok ? "met" : "NOT MET" }
    BEGIN {
        n = split(c_theta, c); m = split(swift_theta, s)
        agree = (n == m && n > 0)
        worst = abs(c_loss - swift_loss)
        for (i = 1; agree && i <= n; i++) if (abs(c[i] - s[i]) > worst) worst = abs(c[i] - s[i])
        agree = agree && worst <= 1e-12
        traced_matches = (traced_matches1 == "true" && traced_matches2 == "true")

        c_ns = min(c_ns1, c_ns2); untraced_ns = min(untraced_ns1, untraced_ns2); traced_ns = min(traced_ns1, traced_ns2)
        untraced_ratio = untraced_ns / c_ns
        traced_ratio = traced_ns / untraced_ns
        printf "per-sample SGD on XOR, 2-4-1 sigmoid, half squared error, eta = 0.5\n"
        traced_updates = int(updates / 10); if (traced_updates < 1) traced_updates = 1
        printf "%d updates per timed run (traced: %d); fastest of 5 runs, best of 2 rounds\n\n", updates, traced_updates
        printf "C loop (cc -O2)          %8.1f ns/update   (rounds: %.1f, %.1f)\n", c_ns, c_ns1, c_ns2
        printf "Swift untraced (step)    %8.1f ns/update   (rounds: %.1f, %.1f)\n", untraced_ns, untraced_ns1, untraced_ns2
        printf "Swift traced             %8.1f ns/update   (rounds: %.1f, %.1f)\n\n", traced_ns, traced_ns1, traced_ns2
        printf "untraced / C             %8.2fx   target <= 2   %s\n", untraced_ratio, verdict(untraced_ratio <= 2)
        printf "traced / untraced        %8.2fx   target <= 5   %s\n\n", traced_ratio, verdict(traced_ratio <= 5)
        printf "final loss after %d updates: C %.17g, Swift %.17g\n", updates, c_loss, swift_loss
        printf "C and Swift agree to 1e-12 (loss and all %d parameters): %s (largest difference %g)\n", n, agree ? "yes" : "NO", worst
        printf "Swift traced and untraced give the same parameters bit for bit: %s\n", traced_matches ? "yes" : "NO"
        exit (agree && traced_matches) ? 0 : 1
    }' || status=$?

# End to end: each whole process, CPU time (user + system), which other processes on a
# shared machine disturb less than wall-clock time.
cpu_seconds() { /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | awk 'END { printf "%.3f\n", $1 + $2 }'; }
echo "timing backprop train and xor_sgd --once whole, 3 times each..." >&2
c_best=""; train_best=""
for round in 1 2 3; do
    c=$(cpu_seconds Benchmarks/bin/xor_sgd --once "$updates")
    t=$(cpu_seconds "$backprop" train xor --iterations "$updates" --every "$updates")
    c_best=$(awk -v a="$c" -v b="${c_best:-$c}" 'BEGIN { print (a < b ? a : b) }')
    train_best=$(awk -v a="$t" -v b="${train_best:-$t}" 'BEGIN { print (a < b ? a : b) }')
done
awk -v c="$c_best" -v t="$train_best" -v updates="$updates" 'BEGIN {
    printf "\nend to end, %d updates, each process timed whole (CPU time, fastest of 3)\n", updates
    printf "C loop (xor_sgd --once)  %8.3f s\n", c
    printf "backprop train xor       %8.3f s\n", t
    printf "train / C                %8.2fx   target <= 2   %s\n", t / c, (t / c <= 2 ? "met" : "NOT MET")
}'
exit "${status:-0}"
