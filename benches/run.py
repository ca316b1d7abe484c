#!/usr/bin/env python3
"""Benchmarks: each script in benches/ under CPython + NumPy and under `arrc run`, side by side.

Wall time of whole processes (start-up and compilation included), median of N runs, and the
ratio python/arrc (above 1 means arrc is faster). Also the time `arrc run` spends compiling
examples/seed_numpy.ipynb (its own --time-compile figure, median).

    .venv/bin/python benches/run.py [--runs N] [--arrc target/release/arrc]
"""
import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def wall(cmd, runs):
    times = []
    out = None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if p.returncode != 0:
            sys.exit(f"failed: {' '.join(map(str, cmd))}\n{p.stderr}")
        out = p.stdout
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--arrc", default=str(REPO / "target/release/arrc"))
    args = ap.parse_args()
    print(f"{'benchmark':<24}{'python (s)':>12}{'arrc (s)':>12}{'ratio':>8}  same output")
    for script in sorted((REPO / "benches/scripts").glob("*.py")):
        py, py_out = wall([sys.executable, str(script)], args.runs)
        ar, ar_out = wall([args.arrc, "run", str(script)], args.runs)
        print(f"{script.stem:<24}{py:>12.3f}{ar:>12.3f}{py / ar:>8.1f}  {py_out == ar_out}")
    nb = REPO / "examples/seed_numpy.ipynb"
    compile_ms = []
    for _ in range(max(args.runs, 5)):
        p = subprocess.run([args.arrc, "run", "--time-compile", str(nb)], capture_output=True, text=True)
        m = re.search(r"compiled in ([0-9.]+) ms", p.stderr)
        compile_ms.append(float(m.group(1)))
    print(f"compile seed_numpy.ipynb: {statistics.median(compile_ms):.2f} ms (median of {len(compile_ms)})")


if __name__ == "__main__":
    main()
