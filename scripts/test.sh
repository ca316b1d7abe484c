#!/usr/bin/env bash
# The test command: re-checks every expected output against NumPy (the oracle), then runs the
# Rust test suites (golden examples in JIT and AOT modes, error examples, unit tests, stats,
# no-panic fuzzing). Needs cargo, a C compiler (cc) and python3 with PyPI reachable.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

echo "== oracle: expected outputs still match CPython + NumPy =="
python="$(tools/setup-venv.sh | tail -n 1)"
"$python" tools/oracle.py --check

echo "== cargo test =="
cargo test --workspace "$@"
