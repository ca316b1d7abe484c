#!/usr/bin/env bash
# Conformance on real code written by others (../shared/corpus, see its README): runs the
# NPBench cases (jit and aot at preset S, the kernels alone at K) and the realworld suite with
# ARRC (default target/debug/arrc), prints each tally, and fails on any `wrong` or `crash`, or
# when the cases that pass drop below the floors in tests/corpus-floor.txt (NPBench counts
# `exact` + `close`: last-bit differences of the machine's BLAS or SIMD math are `close`).
# Without ../shared/corpus it says so and passes.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
arrc="${1:-$repo/target/debug/arrc}"
corpus="$repo/../shared/corpus"
if [ ! -d "$corpus" ]; then
  echo "corpus: skipped (no $corpus on this machine)"
  exit 0
fi
status=0
check() { # NAME LINE: fail on wrong/crash or a drop below the floor
  local name="$1" line="$2"
  echo "$name: ${line#*: }"
  local exact close wrong crash floor
  exact=$(sed -n 's/.*exact \([0-9]*\).*/\1/p' <<<"$line")
  close=$(sed -n 's/.*close \([0-9]*\).*/\1/p' <<<"$line")
  wrong=$(sed -n 's/.*wrong \([0-9]*\).*/\1/p' <<<"$line")
  crash=$(sed -n 's/.*crash \([0-9]*\).*/\1/p' <<<"$line")
  floor=$(awk -v n="$name" '$1 == n { print $2 }' "$repo/tests/corpus-floor.txt")
  if [ -z "$exact" ] || [ -z "$wrong" ] || [ -z "$crash" ]; then
    echo "  FAIL: no tally from the runner"; status=1; return
  fi
  local passing=$((exact + ${close:-0}))
  if [ "$wrong" -ne 0 ] || [ "$crash" -ne 0 ]; then
    echo "  FAIL: $wrong wrong, $crash crash"; status=1
  fi
  if [ -n "$floor" ] && [ "$passing" -lt "$floor" ]; then
    echo "  FAIL: $passing pass, below the floor of $floor (tests/corpus-floor.txt)"; status=1
  fi
}
for mode in "jit S" "aot S" "jit K"; do
  line=$("$corpus/npbench/run.sh" "$arrc" $mode 2>&1 | tail -n 1)
  check "npbench-${mode// /-}" "$line"
done
line=$("$corpus/realworld/run.sh" "$arrc" 2>&1 | tail -n 1)
check "realworld" "$line"
exit "$status"
