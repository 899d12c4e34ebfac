#!/bin/sh
# Benchmarks/train.sh [UPDATES]: times `backprop train` end to end (the whole process:
# start-up, loading the lesson, the updates, the loss reports) against the C loop run as a
# process (`xor_sgd --once`), on the same problem and the same number of updates, and prints
# both figures and their ratio.
#
# Target: backprop train ≤ 2 × the C loop, both timed whole.
# Each process is run 3 times, interleaved (C, Swift, C, Swift, ...); the fastest of each is
# kept, as CPU time (user + system), which other processes on a shared machine disturb less
# than wall-clock time. Both train a 2-4-1 sigmoid network on XOR sample by sample; the C
# loop has no lesson to read and prints nothing while it runs, which is what the ratio
# charges the tool for. A missed target is reported, not failed.
set -eu

cd "$(dirname "$0")/.."
updates=${1:-5000000}
case $updates in
    '' | *[!0-9]* | 0) echo "train.sh: UPDATES must be a positive integer, got '$updates'" >&2; exit 64 ;;
esac
for tool in cc swift awk; do
    command -v "$tool" >/dev/null || { echo "train.sh: needs '$tool' on the PATH" >&2; exit 69; }
done

mkdir -p Benchmarks/bin
echo "building the C loop (cc -O2) and backprop (swift build -c release)..." >&2
cc -O2 -ffp-contract=off -o Benchmarks/bin/xor_sgd Benchmarks/xor_sgd.c -lm
swift build -c release --product backprop >&2
backprop="$(swift build -c release --show-bin-path)/backprop"

command -v /usr/bin/time >/dev/null 2>&1 || { echo "train.sh: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 69; }

# cpu_seconds COMMAND...: the user + system CPU seconds the command took (its output dropped).
cpu_seconds() {
    /usr/bin/env time -f '%U %S' "$@" 2>&1 >/dev/null | awk 'END { printf "%.3f\n", $1 + $2 }'
}

echo "running each 3 times with $updates updates..." >&2
c_best=""; swift_best=""
for round in 1 2 3; do
    c=$(cpu_seconds Benchmarks/bin/xor_sgd --once "$updates")
    s=$(cpu_seconds "$backprop" train xor --iterations "$updates" --every "$updates")
    echo "round $round: C ${c} s, backprop train ${s} s" >&2
    c_best=$(awk -v a="$c" -v b="${c_best:-$c}" 'BEGIN { print (a < b ? a : b) }')
    swift_best=$(awk -v a="$s" -v b="${swift_best:-$s}" 'BEGIN { print (a < b ? a : b) }')
done

awk -v c="$c_best" -v s="$swift_best" -v updates="$updates" 'BEGIN {
    printf "%d per-sample SGD updates on XOR, 2-4-1 sigmoid, each process timed whole (CPU time, fastest of 3)\n\n", updates
    printf "C loop (xor_sgd --once)     %7.3f s   %6.1f ns/update\n", c, 1e9 * c / updates
    printf "backprop train xor          %7.3f s   %6.1f ns/update\n\n", s, 1e9 * s / updates
    ratio = s / c
    printf "backprop train / C          %7.2fx   target <= 2   %s\n", ratio, (ratio <= 2 ? "met" : "NOT MET")
}'
