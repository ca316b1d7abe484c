#!/usr/bin/env bash
# The GPU check, for a machine with an NVIDIA GPU, python3 + torch and the CUDA 13 libraries
# (no Rust there): build arrc elsewhere (`cargo build --release`) and carry target/release/arrc.
#   scripts/gpu-check.sh [path/to/arrc]
# Runs every example under --device auto and --device cuda against its expected output, the
# whole seed notebook, and prints the benchmark table (see scripts/gpu_check.py). Under 5 min.
# Arguments after the binary go to gpu_check.py (--skip-examples, --devices, --jobs).
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
echo "LD_LIBRARY_PATH=$LD_LIBRARY_PATH"
ldconfig -p 2>/dev/null | grep -E 'libcuda\.so|libcublas\.so|libnvrtc\.so' | head -8
# A first look, so that a failure below is easy to place: one torch example on the device.
RUST_BACKTRACE=1 timeout 60 "$arrc" run --device cuda "$repo/examples/torch/t04_elementwise.py" 2>&1 | tail -15
exec timeout "${GPU_CHECK_TIMEOUT:-330}" python3 -u "$repo/scripts/gpu_check.py" --arrc "$arrc" "${@:2}"
