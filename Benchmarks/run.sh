#!/bin/sh
# Benchmarks/run.sh [UPDATES]: times `backprop bench` against the C loop in xor_sgd.c, in
# one run, and prints both figures, the ratios and whether the targets are met.
#
# Targets: Swift untraced ≤ 2 × C, Swift traced ≤ 5 × Swift untraced.
# Correctness guard: after the same number of updates from the same initial parameters,
# C and Swift must agree on the final loss and on every parameter to 1e-12; the script
# exits with status 1 when they do not. Missed speed targets are reported, not failed.
set -eu

cd "$(dirname "$0")/.."
updates=${1:-4000000}
case $updates in
    '' | *[!0-9]*) echo "run.sh: UPDATES must be a positive integer, got '$updates'" >&2; exit 64 ;;
esac

mkdir -p Benchmarks/bin
echo "building the C loop (cc -O2) and backprop (swift build -c release)..." >&2
# No FMA contraction, so C rounds every product and sum exactly as Swift does.
cc -O2 -ffp-contract=off -o Benchmarks/bin/xor_sgd Benchmarks/xor_sgd.c -lm
swift build -c release --product backprop >&2
backprop="$(swift build -c release --show-bin-path)/backprop"

echo "running both with $updates updates per timed run..." >&2
c_output=$(Benchmarks/bin/xor_sgd "$updates")
swift_output=$("$backprop" bench --json --updates "$updates")

c_field() { printf '%s\n' "$c_output" | awk -v key="$1" '$1 == key { $1 = ""; print substr($0, 2) }'; }
swift_field() {
    printf '%s\n' "$swift_output" | sed -n "s/^ *\"$1\": \(.*\)$/\1/p" | sed 's/,$//; s/^\[//; s/\]$//; s/,//g'
}

awk -v c_ns="$(c_field ns_per_update)" \
    -v c_loss="$(c_field final_loss)" \
    -v c_theta="$(c_field final_parameters)" \
    -v untraced_ns="$(swift_field untraced_ns_per_update)" \
    -v traced_ns="$(swift_field traced_ns_per_update)" \
    -v swift_loss="$(swift_field untraced_final_loss)" \
    -v swift_theta="$(swift_field untraced_final_parameters)" \
    -v traced_matches="$(swift_field traced_matches_untraced)" \
    -v updates="$updates" '
    function abs(x) { return x < 0 ? -x : x }
    function verdict(ok) { return ok ? "met" : "NOT MET" }
    BEGIN {
        n = split(c_theta, c); m = split(swift_theta, s)
        worst = abs(c_loss - swift_loss)
        if (n != m || n == 0) worst = "inf"
        else for (i = 1; i <= n; i++) if (abs(c[i] - s[i]) > worst) worst = abs(c[i] - s[i])
        agree = (worst != "inf" && worst <= 1e-12)

        untraced_ratio = untraced_ns / c_ns
        traced_ratio = traced_ns / untraced_ns
        printf "per-sample SGD on XOR, 2-4-1 sigmoid, %d updates per run, fastest of 5 runs\n\n", updates
        printf "C loop (cc -O2)          %8.1f ns/update\n", c_ns
        printf "Swift untraced (step)    %8.1f ns/update\n", untraced_ns
        printf "Swift traced             %8.1f ns/update\n\n", traced_ns
        printf "untraced / C             %8.2fx   target <= 2   %s\n", untraced_ratio, verdict(untraced_ratio <= 2)
        printf "traced / untraced        %8.2fx   target <= 5   %s\n\n", traced_ratio, verdict(traced_ratio <= 5)
        printf "final loss: C %.17g, Swift %.17g\n", c_loss, swift_loss
        printf "C and Swift agree to 1e-12 (loss and all %d parameters): %s (largest difference %g)\n", n, agree ? "yes" : "NO", worst
        printf "Swift traced and untraced give the same parameters bit for bit: %s\n", traced_matches == "true" ? "yes" : "NO"
        exit (agree && traced_matches == "true") ? 0 : 1
    }'
