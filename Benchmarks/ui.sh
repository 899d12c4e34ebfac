#!/bin/sh
# Benchmarks/ui.sh [RUNS]: the stepper's two performance figures, in a release build.
#
# 1. Replaying 10,000 key presses on the worked example, drawing every frame at 120x40
#    (`backprop-bench --ui`; target under 1 s), against the floor of making a blank screen
#    per frame, measured in the same run.
# 2. The time from starting `backprop open` on the worked example in an 80x24 tmux pane to
#    its first frame on the terminal (target under 100 ms): the shell notes the time, then
#    execs backprop with BACKPROP_FIRST_FRAME_FILE set, which makes it write the time the
#    first frame was drawn and exit. Reported with the same measure of
#    `backprop --version` (start-up and exit, nothing drawn) as the reference.
# Progress goes to a scratch XDG_STATE_HOME, never the user's own file.
# Figures are the fastest and the median of RUNS runs (default 9). Nothing fails on a slow
# machine: missed targets are reported, not failed.
set -eu

cd "$(dirname "$0")/.."
runs=${1:-9}
case $runs in
    '' | *[!0-9]* | 0) echo "ui.sh: RUNS must be a positive integer, got '$runs'" >&2; exit 64 ;;
esac
for tool in swift tmux awk sort; do
    command -v "$tool" >/dev/null || { echo "ui.sh: needs '$tool' on the PATH" >&2; exit 69; }
done

echo "building backprop (swift build -c release)..." >&2
swift build -c release --product backprop >&2
swift build -c release --product backprop-bench >&2
backprop="$(swift build -c release --show-bin-path)/backprop"
bench="$(swift build -c release --show-bin-path)/backprop-bench"
lesson=$(ls lessons/*worked-example.toml | head -n 1)

"$bench" --ui

scratch=$(mktemp -d)
trap 'tmux -S "$scratch/socket" kill-server 2>/dev/null || true; rm -rf "$scratch"' EXIT

# run_in_pane NAME COMMAND: runs COMMAND in a fresh 80x24 pane and waits for $scratch/NAME.done.
run_in_pane() {
    tmux -S "$scratch/socket" -f /dev/null new-session -d -x 80 -y 24 \
        "export LANG=C.UTF-8 XDG_STATE_HOME='$scratch/state'; $2; touch '$scratch/$1.done'"
    while [ ! -e "$scratch/$1.done" ]; do sleep 0.05; done
    tmux -S "$scratch/socket" kill-server 2>/dev/null || true
}

i=1
while [ "$i" -le "$runs" ]; do
    run_in_pane "open$i" "start=\$(date +%s%N); echo \$start > '$scratch/start$i'; BACKPROP_FIRST_FRAME_FILE='$scratch/frame$i' '$backprop' open '$lesson'"
    run_in_pane "version$i" "start=\$(date +%s%N); '$backprop' --version > /dev/null; end=\$(date +%s%N); echo \$((end - start)) > '$scratch/version$i'"
    echo $(( $(cat "$scratch/frame$i") - $(cat "$scratch/start$i") )) >> "$scratch/open.ns"
    cat "$scratch/version$i" >> "$scratch/version.ns"
    i=$((i + 1))
done

summary() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.1f ms (median %.1f ms)", v[1] / 1e6, v[int((NR + 1) / 2)] / 1e6 }'; }
open_best=$(sort -n "$scratch/open.ns" | head -n 1)
version_best=$(sort -n "$scratch/version.ns" | head -n 1)
echo "start-up of backprop open at 80x24, fastest of $runs"
echo "  start to first frame          $(summary "$scratch/open.ns")   target < 100 ms: $(awk -v t="$open_best" 'BEGIN { print (t < 100e6 ? "met" : "NOT MET") }')"
echo "  backprop --version (start+exit) $(summary "$scratch/version.ns")   (reference; first frame costs $(awk -v a="$open_best" -v b="$version_best" 'BEGIN { printf "%.1f", a / b }')x it)"
