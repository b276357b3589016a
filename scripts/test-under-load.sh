#!/usr/bin/env bash
# Runs the README's test command RUNS times in a row (3 by default) while BUSY busy loops
# (2 by default, one per core of a two-core machine) keep every core loaded, and stops them
# afterwards whatever happens. Prints each run's wall time; fails on the first failed run.
#   scripts/test-under-load.sh [RUNS] [BUSY]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
busy=${2:-2}

loops=()
stop_loops() {
  for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null; done
  wait "${loops[@]}" 2>/dev/null
}
trap stop_loops EXIT
for _ in $(seq "$busy"); do
  node -e 'for (;;) {}' &
  loops+=("$!")
done
echo "Load: $busy busy loops (pids ${loops[*]})"

for run in $(seq "$runs"); do
  started=$SECONDS
  npm test
  status=$?
  echo "Run $run of $runs under load: exit code $status, $((SECONDS - started)) s wall time"
  [ "$status" -eq 0 ] || exit "$status"
done
echo "All $runs runs passed under load."
