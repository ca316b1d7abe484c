#!/usr/bin/env bash
# The GPU check, for a machine with an NVIDIA GPU, python3 + torch and the CUDA 13 libraries
# (no Rust there): build arrc elsewhere (`cargo build --release`) and carry target/release/arrc.
#   scripts/gpu-check.sh [path/to/arrc]
# Runs every example under --device auto and --device cuda against its expected output, the
# whole seed notebook, and prints the benchmark table (see scripts/gpu_check.py). Under 5 min.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
arrc="${1:-$repo/target/release/arrc}"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null || true
# cuBLAS and NVRTC: from the loader path, else from the nvidia-* wheels torch brings.
extra="$(python3 - <<'PY' 2>/dev/null
import glob, os, site
dirs = set()
for sp in site.getsitepackages():
    for lib in glob.glob(os.path.join(sp, "nvidia", "**", "lib*.so*"), recursive=True):
        if any(k in os.path.basename(lib) for k in ("cublas", "nvrtc")):
            dirs.add(os.path.dirname(lib))
print(":".join(sorted(dirs)))
PY
)"
export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:-}${extra:+:$extra}"
exec timeout 290 python3 "$repo/scripts/gpu_check.py" --arrc "$arrc"
