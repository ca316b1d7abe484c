#!/usr/bin/env python3
"""Generate runtime/tests/data/rng_*.txt from real NumPy (run with the project's venv).

    .venv/bin/python tools/gen_rng_cases.py

Format, one operation per line, run in order on one generator:

    # comment
    seed S                       legacy: np.random.seed(S)            (rng_legacy.txt)
    rng S                        new stream: np.random.default_rng(S) (rng_pcg64.txt)
    OP ARGS... N : OUT...        N = '-' for a scalar call (size=None), else size=N

Floats (arguments and outputs) are 16-hex-digit IEEE-754 bit patterns; ints are decimal.
`digest OP ARGS... N : H` gives, instead of the N outputs, an FNV-1a-style fold of their bit
patterns (h = (h ^ bits) * 0x100000001b3 mod 2**64, from h = 0xcbf29ce484222325).
"""

import os
import struct
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "runtime", "tests", "data")


def fhex(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(x)))[0]


def fold(values, is_float):
    h = 0xCBF29CE484222325
    if is_float:
        bits = np.asarray(values, dtype=np.float64).view(np.uint64).tolist()
    else:
        bits = [int(v) & 0xFFFFFFFFFFFFFFFF for v in values]
    for b in bits:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


class Writer:
    def __init__(self):
        self.lines = []

    def comment(self, text):
        self.lines.append("# " + text)

    def raw(self, line):
        self.lines.append(line)

    def seed(self, seed):
        """np.random.seed(seed), recorded."""
        np.random.seed(seed)
        self.lines.append(f"seed {seed}")

    def op(self, name, args, n, result, is_float, digest=False):
        if n is None:
            result = [result]
        vals = list(np.asarray(result).reshape(-1))
        argtxt = " ".join(fhex(a) if isinstance(a, float) else str(a) for a in args)
        ntxt = "-" if n is None else str(n)
        head = " ".join(x for x in (name, argtxt, ntxt) if x)
        if digest:
            self.lines.append(f"digest {head} : {fold(vals, is_float)}")
        else:
            out = " ".join(fhex(v) if is_float else str(int(v)) for v in vals)
            self.lines.append(f"{head} : {out}".rstrip())

    def save(self, name):
        path = os.path.join(OUT_DIR, name)
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
        print(f"wrote {path}: {len(self.lines)} lines", file=sys.stderr)


RANDINT_RANGES = [
    (0, 1), (0, 2), (0, 3), (-5, 5), (0, 10), (1, 7), (0, 100), (-1000, 1000), (0, 255),
    (0, 256), (0, 257), (0, 65535), (0, 65536), (0, 2**31 - 1), (0, 2**31), (0, 2**31 + 1),
    (-2**31, 2**31), (0, 2**32 - 1), (0, 2**32), (0, 2**32 + 1), (0, 2**33), (0, 2**40),
    (-2**40, 2**40), (0, 3 * 2**40 + 17), (0, 2**62), (0, 2**63 - 1), (-2**63, 0),
    (-2**63, 2**63 - 1), (2**63 - 2, 2**63 - 1), (-2**63, -2**63 + 1), (10**15, 10**15 + 3),
]

SEEDS = [0, 1, 2, 5, 42, 123, 1234, 2**31 - 1, 2**31, 2**32 - 1]


def legacy(w: Writer):
    r = np.random
    for seed in SEEDS:
        w.comment(f"seed {seed}: mixed calls, the gauss cache carries across them")
        w.seed(seed)
        w.op("normal", [0.0, 1.0], 7, r.normal(0, 1, size=7), True)
        w.op("random", [], 3, r.rand(3), True)
        w.op("gauss", [], 5, r.randn(5), True)
        w.op("gauss", [], None, r.randn(), True)
        w.op("random", [], None, r.random(), True)
        w.op("gauss", [], None, r.standard_normal(), True)
        w.op("normal", [2.5, 0.5], None, r.normal(2.5, 0.5), True)
        w.op("normal", [-3.0, 10.0], 4, r.normal(-3.0, 10.0, 4), True)
        w.op("uniform", [0.0, 1.0], 3, r.uniform(size=3), True)
        w.op("uniform", [-2.0, 7.5], 5, r.uniform(-2.0, 7.5, 5), True)
        w.op("uniform", [5.0, 1.0], None, r.uniform(5.0, 1.0), True)
        w.op("gauss", [], 3, r.standard_normal(3), True)
        w.op("randint", [0, 10], 6, r.randint(0, 10, 6), False)
        w.op("randint", [-5, 5], None, r.randint(-5, 5), False)
        w.op("gauss", [], 1, r.randn(1), True)
        w.op("choice", [10], None, r.choice(10), False)
        w.op("choice", [7], 8, r.choice(7, 8), False)
        w.op("shuffle", [10], None, _shuffled(r, 10), False)
        w.op("permutation", [12], None, r.permutation(12), False)
        w.op("choice_nr", [20, 5], None, r.choice(20, 5, replace=False), False)
        w.op("normal", [0.0, 0.0], 2, r.normal(0.0, 0.0, 2), True)
        w.op("gauss", [], None, r.randn(), True)

    w.comment("reseeding clears the gauss cache")
    w.seed(7)
    w.op("gauss", [], None, r.randn(), True)
    w.seed(7)
    w.op("gauss", [], 2, r.randn(2), True)
    w.seed(8)
    w.op("gauss", [], 3, r.randn(3), True)
    w.seed(7)
    w.op("random", [], 2, r.rand(2), True)

    w.comment("randint over many ranges (masked rejection, 32- and 64-bit draws)")
    for seed in (0, 42, 2**32 - 1):
        w.seed(seed)
        for lo, hi in RANDINT_RANGES:
            w.op("randint", [lo, hi], 9, r.randint(lo, hi, size=9), False)
            w.op("randint", [lo, hi], None, r.randint(lo, hi), False)
        w.op("randint_closed", [-2**63, 2**63 - 1], 4, r.randint(-2**63, 2**63, 4), False)
        w.op("randint_closed", [0, 2**32 - 1], 4, r.randint(0, 2**32, 4), False)

    w.comment("shuffle / permutation / choice over many sizes")
    w.seed(3)
    for n in (0, 1, 2, 3, 5, 10, 31, 100, 1000):
        w.op("shuffle", [n], None, _shuffled(r, n), False)
        w.op("permutation", [n], None, r.permutation(n), False)
    for n, k in ((1, 1), (5, 5), (10, 3), (100, 7)):
        w.op("choice_nr", [n, k], None, r.choice(n, k, replace=False), False)
    for n in (1, 2, 3, 10, 1000, 2**31, 2**40):
        w.op("choice", [n], 5, r.choice(n, 5), False)

    w.comment("long runs (many MT19937 regenerations), folded")
    for seed in (0, 1, 42, 2**32 - 1):
        w.seed(seed)
        w.op("random", [], 5000, r.random(5000), True, digest=True)
        w.op("gauss", [], 100001, r.randn(100001), True, digest=True)
        w.op("normal", [1.5, 3.0], 20001, r.normal(1.5, 3.0, 20001), True, digest=True)
        w.op("randint", [0, 1000], 20000, r.randint(0, 1000, 20000), False, digest=True)
        w.op("randint", [-2**40, 2**40], 20000, r.randint(-2**40, 2**40, 20000), False,
             digest=True)
        w.op("shuffle", [5000], None, _shuffled(r, 5000), False, digest=True)
        w.op("gauss", [], 3, r.randn(3), True)


def _shuffled(r, n):
    a = np.arange(n)
    r.shuffle(a)
    return a


def pcg64(w: Writer):
    w.comment("SeedSequence(S).generate_state(8, uint32)")
    for seed in (0, 1, 42, 2**32 - 1, 2**32, 2**63 + 12345, 2**64 - 1):
        st = np.random.SeedSequence(seed).generate_state(8, np.uint32)
        w.raw(f"seedseq {seed} : " + " ".join(str(int(v)) for v in st))
    for seed in (0, 1, 2, 5, 42, 123, 1234, 2**32 - 1, 2**32, 2**63 + 12345, 2**64 - 1):
        g = np.random.default_rng(seed)
        w.comment(f"default_rng({seed}): mixed calls")
        w.raw(f"rng {seed}")
        w.op("random", [], 3, g.random(3), True)
        w.op("random", [], None, g.random(), True)
        w.op("standard_normal", [], 7, g.standard_normal(7), True)
        w.op("standard_normal", [], None, g.standard_normal(), True)
        w.op("normal", [0.0, 1.0], 5, g.normal(0, 1, 5), True)
        w.op("normal", [2.5, 0.5], None, g.normal(2.5, 0.5), True)
        w.op("uniform", [0.0, 1.0], 3, g.uniform(size=3), True)
        w.op("uniform", [-2.0, 7.5], None, g.uniform(-2.0, 7.5), True)
        w.comment("32-bit half-word buffer persists across calls")
        w.op("integers", [0, 10], None, g.integers(0, 10), False)
        w.op("random", [], None, g.random(), True)
        w.op("integers", [0, 10], None, g.integers(0, 10), False)
        w.op("integers", [-5, 5], 5, g.integers(-5, 5, 5), False)
        w.op("standard_normal", [], 2, g.standard_normal(2), True)
        w.op("integers", [0, 2**40], 3, g.integers(0, 2**40, 3), False)
        w.op("integers", [0, 7], None, g.integers(7), False)
    w.comment("choice / shuffle / permutation")
    for seed in (0, 3, 42):
        g = np.random.default_rng(seed)
        w.raw(f"rng {seed}")
        for n in (0, 1, 2, 3, 5, 10, 31, 100, 1000):
            a = np.arange(n)
            g.shuffle(a)
            w.op("shuffle", [n], None, a, False)
            w.op("permutation", [n], None, g.permutation(n), False)
            w.op("random", [], None, g.random(), True)
        for n in (1, 2, 3, 10, 1000, 2**31, 2**40):
            w.op("choice", [n], None, g.choice(n), False)
            w.op("choice", [n], 5, g.choice(n, 5), False)
        a = np.arange(5000)
        g.shuffle(a)
        w.op("shuffle", [5000], None, a, False, digest=True)
    w.comment("integers over many ranges (Lemire, 32- and 64-bit draws)")
    for seed in (0, 42):
        g = np.random.default_rng(seed)
        w.raw(f"rng {seed}")
        for lo, hi in RANDINT_RANGES:
            w.op("integers", [lo, hi], 9, g.integers(lo, hi, size=9), False)
            w.op("integers", [lo, hi], None, g.integers(lo, hi), False)
        w.op("integers_closed", [-2**63, 2**63 - 1], 4,
             g.integers(-2**63, 2**63 - 1, 4, endpoint=True), False)
    w.comment("float32 draws (dtype=np.float32): 32-bit words, sharing the half-word buffer")
    for seed in (0, 3, 42, 2**64 - 1):
        g = np.random.default_rng(seed)
        w.raw(f"rng {seed}")
        w.op("random_f32", [], 5, g.random(5, dtype=np.float32), True)
        w.op("random_f32", [], None, g.random(dtype=np.float32), True)
        w.op("integers", [0, 10], None, g.integers(0, 10), False)
        w.op("standard_normal_f32", [], 7, g.standard_normal(7, dtype=np.float32), True)
        w.op("standard_normal_f32", [], None, g.standard_normal(dtype=np.float32), True)
        w.op("random", [], None, g.random(), True)
        w.op("random_f32", [], None, g.random(dtype=np.float32), True)
        w.op("standard_normal", [], 2, g.standard_normal(2), True)
        w.op("standard_normal_f32", [], 3, g.standard_normal(3, dtype=np.float32), True)
        w.op("integers", [-5, 5], 3, g.integers(-5, 5, 3), False)
    for seed in (1, 7):
        g = np.random.default_rng(seed)
        w.raw(f"rng {seed}")
        w.op("random_f32", [], 20001, g.random(20001, dtype=np.float32), True, digest=True)
        w.op("standard_normal_f32", [], 1000001,
             g.standard_normal(1000001, dtype=np.float32), True, digest=True)
        w.op("standard_normal_f32", [], 3, g.standard_normal(3, dtype=np.float32), True)
    w.comment("long runs (ziggurat tails and rejections), folded")
    for seed in (0, 1, 42):
        g = np.random.default_rng(seed)
        w.raw(f"rng {seed}")
        w.op("random", [], 5000, g.random(5000), True, digest=True)
        w.op("standard_normal", [], 1000000, g.standard_normal(1000000), True, digest=True)
        w.op("normal", [1.5, 3.0], 20001, g.normal(1.5, 3.0, 20001), True, digest=True)
        w.op("integers", [0, 1000], 20001, g.integers(0, 1000, 20001), False, digest=True)
        w.op("integers", [-2**40, 2**40], 20000, g.integers(-2**40, 2**40, 20000), False,
             digest=True)
        w.op("standard_normal", [], 3, g.standard_normal(3), True)


def main():
    w = Writer()
    w.comment(f"generated by tools/gen_rng_cases.py with numpy {np.__version__}")
    legacy(w)
    w.save("rng_legacy.txt")
    w = Writer()
    w.comment(f"generated by tools/gen_rng_cases.py with numpy {np.__version__}")
    pcg64(w)
    w.save("rng_pcg64.txt")


if __name__ == "__main__":
    main()
