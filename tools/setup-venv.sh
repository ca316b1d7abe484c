#!/usr/bin/env bash
# Create (or refresh) the venv that tools/oracle.py runs in, and print its python.
#
#   tools/setup-venv.sh            # venv at <repo>/.venv
#   ARRC_VENV=/tmp/v tools/setup-venv.sh
#
# Idempotent: an existing venv is reused and pip only installs what is missing.
# Needs python3 (3.11+) with the venv module and a reachable PyPI.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${ARRC_VENV:-$repo/.venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r "$repo/tools/requirements.txt"
echo "$venv/bin/python"
