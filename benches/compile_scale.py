#!/usr/bin/env python3
"""Compile time and peak memory against script length: compilation must stay linear.

Generates scripts of N repeated lines of several kinds (array expressions, scalar arithmetic,
prints, calls of a function, rebindings of one name to ever new shapes), and measures
`arrc check` (front end and lowering) and `arrc run` (everything, Cranelift included) with
`/usr/bin/time -v`: CPU time (user + system, steadier than wall time on a shared machine) and
peak resident memory. Not a test: it reports figures.

    python3 benches/compile_scale.py [--lines 1000,10000] [--arrc target/release/arrc]
"""
import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

HEADER = "import numpy as np\na = np.arange(10.0)\n"


def array_exprs(n):
    return HEADER + "x = a * 2.0 + 1.0\n" * n + "print(x)\n"


def element_exprs(n):
    return HEADER + "x = a[0] + 1\n" * n + "print(x)\n"


def scalar_arith(n):
    return "s = 0\n" + "".join(f"s = (s * 3 + {i}) % 1000003\n" for i in range(n)) + "print(s)\n"


def prints(n):
    return HEADER + "".join(f"print(a[{i % 10}] + {i})\n" for i in range(n))


def function_calls(n):
    head = HEADER + "def f(v, k):\n    return v * k + 1.0\n"
    return head + "".join(f"x = f(a, {i}.0)\n" for i in range(n)) + "print(x)\n"


def new_shapes(n):
    # Each line rebinds x to a new shape: a new local each time.
    return "import numpy as np\n" + "".join(f"x = np.ones({i % 500 + 1})\n" for i in range(n)) + "print(x.sum())\n"


KINDS = [array_exprs, element_exprs, scalar_arith, prints, function_calls, new_shapes]


def measure(cmd):
    p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
    if p.returncode != 0:
        tail = "\n".join(p.stderr.splitlines()[:5])
        return None, None, f"exit {p.returncode}: {tail}"
    seconds = sum(
        float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", p.stderr).group(1))
        for kind in ("User", "System")
    )
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return seconds, rss / 1024, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", default="1000,10000")
    ap.add_argument("--arrc", default=str(REPO / "target/release/arrc"))
    args = ap.parse_args()
    sizes = [int(n) for n in args.lines.split(",")]
    print(f"{'script':<16}{'lines':>7}{'bytes':>9}  {'check cpu s':>12}{'MB':>7}  {'run cpu s':>12}{'MB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in KINDS:
            for n in sizes:
                path = Path(tmp) / f"{kind.__name__}_{n}.py"
                path.write_text(kind(n))
                row = f"{kind.__name__:<16}{n:>7}{path.stat().st_size:>9}"
                for sub in (["check"], ["run", "--device", "cpu"]):
                    secs, mb, err = measure([args.arrc, *sub, str(path)])
                    if err:
                        print(f"{row}  {sub[0]} failed: {err}", file=sys.stderr)
                        row += f"  {'-':>12}{'-':>7}"
                    else:
                        row += f"  {secs:>12.2f}{mb:>7.0f}"
                print(row, flush=True)


if __name__ == "__main__":
    main()
