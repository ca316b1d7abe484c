#!/usr/bin/env python3
"""Generate runtime/tests/data/format_cases.tsv from real NumPy (run with the project's venv).

    .venv/bin/python tools/gen_format_cases.py

The cases are checked by runtime/tests/format.rs (`cargo test -p arrc-runtime --test format`)
against the pure-Rust port in runtime/src/format.rs. All randomness uses fixed seeds, so
regenerating with the same NumPy (2.4.6) / CPython (3.11) gives the same file.

Format: one case per line, fields separated by TAB; lines starting with '#' are comments.
Expected texts escape backslash, newline and tab as \\\\, \\n and \\t.

    A KIND SHAPE OPTS VALUES STR REPR   an array; STR = str(arr), REPR = repr(arr)
    P F64HEX REPR                       repr() of a Python float
    S KIND VALUE STR REPR               str() / repr() of a NumPy scalar
    H DIMS REPR                         repr() of a shape tuple

KIND is bool, int32, int64, float32 or float64. SHAPE is '-' for a 0-d array, else the
dimensions joined by ','. DIMS is like SHAPE. OPTS is '-' for the default print options, else
'key=value' pairs joined by ';' (precision, threshold, edgeitems, linewidth, suppress=0/1,
sign=minus/plus/space, floatmode=fixed/unique/maxprec/maxprec_equal). VALUES are
space-separated: IEEE bit patterns in hex for floats (16 digits for float64, 8 for float32),
decimal for ints, 0/1 for bools; when there are fewer values than elements they repeat
cyclically in C order (np.resize), which keeps huge summarised arrays small here.
"""

import os
import struct

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "runtime", "tests", "data", "format_cases.tsv")

KINDS = {
    "bool": np.bool_,
    "int32": np.int32,
    "int64": np.int64,
    "float32": np.float32,
    "float64": np.float64,
}

lines = []


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def f64hex(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(x)))[0]


def f32hex(x):
    return "%08x" % int(np.array([x], dtype=np.float32).view(np.uint32)[0])


def enc_values(kind, vals):
    vals = np.asarray(vals, dtype=KINDS[kind]).ravel()
    if kind == "float64":
        return " ".join(f64hex(v) for v in vals)
    if kind == "float32":
        return " ".join("%08x" % b for b in vals.view(np.uint32))
    if kind == "bool":
        return " ".join("1" if v else "0" for v in vals)
    return " ".join(str(int(v)) for v in vals)


def enc_opts(opts):
    if not opts:
        return "-"
    parts = []
    for k, v in opts.items():
        if k == "suppress":
            v = "1" if v else "0"
        elif k == "sign":
            v = {"-": "minus", "+": "plus", " ": "space"}[v]
        parts.append("%s=%s" % (k, v))
    return ";".join(parts)


def add_array(kind, shape, base, opts=None):
    """base: the values (cycled to fill shape)."""
    base = np.asarray(base, dtype=KINDS[kind]).ravel()
    size = int(np.prod(shape)) if len(shape) else 1
    if size == 0:
        arr = np.zeros(shape, dtype=KINDS[kind])
        base = base[:0]
    else:
        assert len(base) > 0
        if len(base) > size:
            base = base[:size]
        arr = np.resize(base, shape)
    with np.printoptions(**(opts or {})):
        s = str(arr)
        r = repr(arr)
    shp = "-" if len(shape) == 0 else ",".join(str(d) for d in shape)
    lines.append("\t".join(["A", kind, shp, enc_opts(opts), enc_values(kind, base), esc(s), esc(r)]))


def add_pyfloat(x):
    x = float(x)
    lines.append("\t".join(["P", f64hex(x), esc(repr(x))]))


def add_scalar(kind, v):
    v = KINDS[kind](v)
    lines.append("\t".join(["S", kind, enc_values(kind, [v]), esc(str(v)), esc(repr(v))]))


def add_shape(shape):
    shp = "-" if len(shape) == 0 else ",".join(str(d) for d in shape)
    lines.append("\t".join(["H", shp, esc(repr(tuple(shape)))]))


# ---------------------------------------------------------------------------
# value pools
# ---------------------------------------------------------------------------

rng = np.random.default_rng(20240611)

SPECIALS = [np.nan, np.inf, -np.inf, -0.0, 0.0]


def float_pool(n, kind):
    """n float values from a randomly chosen 'flavour'."""
    flavour = rng.integers(0, 14)
    if flavour == 0:  # one magnitude
        e = rng.uniform(-12, 12)
        v = rng.uniform(0.5, 5, n) * 10.0 ** e
    elif flavour == 1:  # mixed magnitudes
        lo = rng.uniform(-30, 5)
        hi = lo + rng.uniform(0, 40)
        v = 10.0 ** rng.uniform(lo, hi, n)
    elif flavour == 2:  # uniform
        v = rng.uniform(0, 1, n)
    elif flavour == 3:  # normal
        v = rng.normal(0, 10.0 ** rng.integers(-2, 4), n)
    elif flavour == 4:  # integer valued
        v = rng.integers(-10 ** rng.integers(1, 9), 10 ** rng.integers(1, 9), n).astype(float)
    elif flavour == 5:  # 0.1-like
        v = np.round(rng.uniform(-100, 100, n), rng.integers(0, 5))
    elif flavour == 6:  # full-mantissa values (17 significant digits)
        v = rng.uniform(1, 2, n) * 2.0 ** rng.integers(-20, 30, n)
    elif flavour == 7:  # exact binary fractions: ties at the precision cutoff
        v = rng.integers(-5000, 5000, n) * 2.0 ** -rng.integers(5, 14)
    elif flavour == 8:  # near the scientific-switch boundaries
        b = rng.choice([1e-4, 1e8, 1e6, 1e16, 1e3, 1e-8])
        v = b * (1 + rng.choice([-1, 0, 1], n) * rng.uniform(0, 1e-6, n))
    elif flavour == 9:  # tiny / subnormal / huge
        v = np.array([rng.choice([5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                                  1e-300, 1e300, 1e-45, 3.4028235e38, 1.4e-45, 1e22, 1e23])
                      for _ in range(n)])
    elif flavour == 10:  # small ints as floats
        v = rng.integers(-3, 4, n).astype(float)
    elif flavour == 11:  # random bit patterns
        if kind == "float32":
            v = rng.integers(0, 2 ** 32, n, dtype=np.uint64).astype(np.uint32).view(np.float32)
        else:
            v = rng.integers(0, 2 ** 63, n, dtype=np.int64).view(np.float64)
            with np.errstate(invalid="ignore"):
                v = v * rng.choice([-1, 1], n)
    elif flavour == 12:  # ratio near 1000
        v = rng.choice([1.0, 999.0, 1000.0, 1001.0, 0.5, 500.0, 500.5], n)
    else:  # powers of ten and two
        v = rng.choice([-1, 1], n) * 10.0 ** rng.integers(-10, 17, n)
    with np.errstate(invalid="ignore"):
        v = np.asarray(v, dtype=float)
    if rng.random() < 0.5:
        with np.errstate(invalid="ignore"):
            with np.errstate(invalid="ignore"):
                v = v * rng.choice([-1, 1], n)
    if rng.random() < 0.25:
        k = rng.integers(1, max(2, n // 3 + 1))
        idx = rng.integers(0, n, k)
        for i in idx:
            v[i] = rng.choice(SPECIALS)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(v, dtype=KINDS[kind])


def int_pool(n, kind):
    flavour = rng.integers(0, 5)
    if kind == "int32":
        lim = 2 ** 31
    else:
        lim = 2 ** 63
    if flavour == 0:
        v = rng.integers(-10, 11, n)
    elif flavour == 1:
        v = rng.integers(0, 1000, n)
    elif flavour == 2:
        m = 10 ** int(rng.integers(1, 19 if kind == "int64" else 10))
        v = rng.integers(-min(m, lim), min(m, lim - 1), n)
    elif flavour == 3:
        v = rng.integers(-lim, lim - 1, n, dtype=np.int64)
    else:
        v = rng.choice([-lim, lim - 1, 0, -1, 1], n)
    return np.asarray(v).astype(KINDS[kind])


def bool_pool(n):
    p = rng.choice([0.0, 0.5, 1.0, 0.9])
    return rng.random(n) < p


def pool(kind, n):
    if kind in ("float32", "float64"):
        return float_pool(n, kind)
    if kind == "bool":
        return bool_pool(n)
    return int_pool(n, kind)


def random_shape():
    nd = rng.choice([0, 1, 1, 1, 2, 2, 2, 3, 3, 4])
    if nd == 0:
        return ()
    maxd = {1: 30, 2: 9, 3: 5, 4: 4}[nd]
    return tuple(int(rng.integers(1, maxd + 1)) for _ in range(nd))


def random_opts():
    o = {}
    if rng.random() < 0.4:
        o["precision"] = int(rng.choice([0, 1, 2, 3, 4, 6, 10, 12, 16, 17, 20]))
    if rng.random() < 0.3:
        o["suppress"] = True
    if rng.random() < 0.3:
        o["linewidth"] = int(rng.choice([10, 20, 40, 60, 80, 100, 150]))
    if rng.random() < 0.25:
        o["sign"] = str(rng.choice(["-", "+", " "]))
    if rng.random() < 0.3:
        o["floatmode"] = str(rng.choice(["fixed", "unique", "maxprec", "maxprec_equal"]))
    if rng.random() < 0.2:
        o["threshold"] = int(rng.choice([0, 5, 10, 20, 50]))
    if rng.random() < 0.2:
        o["edgeitems"] = int(rng.choice([0, 1, 2, 4, 5]))
    return o


ALL_KINDS = ["float64", "float64", "float64", "float32", "float32", "int64", "int32", "bool"]

# ---------------------------------------------------------------------------
# array cases
# ---------------------------------------------------------------------------

# hand-picked
add_array("float64", (4,), [0.5, 1.0, 2.0, 4.0])
add_array("float64", (3,), [0.1, 0.2, 0.30000000000000004])
add_array("float64", (5,), [np.nan, np.inf, -np.inf, -0.0, 0.0])
add_array("float64", (2,), [np.nan, np.nan])
add_array("float64", (2,), [np.inf, -np.inf])
add_array("float64", (1,), [-np.inf])
add_array("float64", (3,), [np.nan, 1.5, -np.inf])
add_array("float64", (3,), [1e-300, 1.0, np.nan])
add_array("float64", (2,), [1e8, 1.0])
add_array("float64", (2,), [99999999.0, 1.0])
add_array("float64", (2,), [0.0001, 0.1])
add_array("float64", (2,), [0.0001 * (1 - 1e-16), 0.1])
add_array("float64", (2,), [1.0, 1000.0])
add_array("float64", (2,), [1.0, 1000.0000000000001])
add_array("float64", (3,), [0.001953125, 0.005859375, 0.0009765625])
add_array("float64", (2,), [5e-324, 1.7976931348623157e308])
add_array("float64", (1,), [-0.0])
add_array("float64", (2,), [-0.0, 0.0])
add_array("float64", (3,), [1e16, 1.0, 2.0])
add_array("float64", (3,), [0.123456789012345678, 1.0, 2.0])
add_array("float64", (), [3.75])
add_array("float64", (), [np.nan])
add_array("float64", (), [-np.inf])
add_array("float64", (), [1e16])
add_array("float64", (), [1e-5])
add_array("float64", (), [0.1 + 0.2])
add_array("float64", (), [-0.0])
add_array("float32", (), [0.1])
add_array("float32", (), [1e6])
add_array("int64", (), [5])
add_array("int32", (), [-7])
add_array("bool", (), [True])
add_array("bool", (), [False])
add_array("float32", (3,), [0.1, 0.2, 0.3])
add_array("float32", (2,), [1e6, 1.0])
add_array("float32", (2,), [999999.0, 1.0])
add_array("float32", (2,), [1e-4, 0.1])
add_array("float32", (2,), [np.float32(1e-4) * np.float32(1.0000001), 0.1])
add_array("float32", (2,), [1.0, 1000.0])
add_array("float32", (3,), [np.nan, -np.inf, 3.25])
add_array("int64", (4,), [1, -20, 300, -4000])
add_array("int64", (2,), [-2 ** 63, 2 ** 63 - 1])
add_array("int32", (2,), [-2 ** 31, 2 ** 31 - 1])
add_array("bool", (3,), [True, False, True])
add_array("bool", (2,), [True, True])
add_array("bool", (2,), [False, False])
add_array("float64", (2, 3), np.arange(6.0))
add_array("int64", (2, 3, 4), np.arange(24))
add_array("int64", (2, 2, 2, 2), np.arange(16))
add_array("float64", (3, 1, 2), [0.5, -1.25, 3.0, np.nan, 1e-3, 7.0])
add_array("int64", (1, 1, 1), [7])
add_array("float64", (1,), [1.0])
for kind in KINDS:
    for shape in [(0,), (0, 3), (3, 0), (2, 0, 4), (0, 0), (1, 0)]:
        add_array(kind, shape, [])
# the default threshold boundary
add_array("int64", (1000,), np.arange(1000))
add_array("int64", (1001,), np.arange(1001))
add_array("float64", (1001,), np.arange(1001) * 0.5)
add_array("float64", (1000, 1000), rng.normal(size=997))
add_array("int64", (1000, 1000), np.arange(997) - 498)
add_array("float32", (100, 100), rng.normal(size=101).astype(np.float32))
add_array("bool", (40, 40), rng.random(41) < 0.5)
add_array("int32", (11, 11, 11), np.arange(1331))
add_array("float64", (4, 4, 4, 16), rng.uniform(-5, 5, 1024))
add_array("float64", (2, 1000), rng.uniform(-5, 5, 97))
add_array("float64", (1000, 2), rng.uniform(-5, 5, 97))
add_array("float64", (3000,), [1e-10, 1.0, 5.0, 1e10, np.nan])
add_array("float64", (2000,), [np.nan] * 7 + [0.5])

# random cases
for it in range(1700):
    kind = ALL_KINDS[rng.integers(0, len(ALL_KINDS))]
    shape = random_shape()
    size = int(np.prod(shape)) if shape else 1
    opts = random_opts() if rng.random() < 0.2 else None
    add_array(kind, shape, pool(kind, size), opts)

# long rows that wrap
for it in range(300):
    kind = ALL_KINDS[rng.integers(0, len(ALL_KINDS))]
    n = int(rng.integers(10, 200))
    if rng.random() < 0.5:
        shape = (n,)
    else:
        shape = (int(rng.integers(1, 4)), n // 3 + 1)
    size = int(np.prod(shape))
    opts = random_opts() if rng.random() < 0.3 else None
    add_array(kind, shape, pool(kind, size), opts)

# summarised
for it in range(250):
    kind = ALL_KINDS[rng.integers(0, len(ALL_KINDS))]
    nd = int(rng.choice([1, 1, 2, 2, 2, 3, 3, 4] if it % 10 == 0 else [1, 2, 3]))
    while True:
        shape = tuple(int(rng.integers(1, {1: 5000, 2: 120, 3: 25, 4: 12}[nd])) for _ in range(nd))
        if int(np.prod(shape)) > 1000:
            break
    m = int(rng.integers(1, 60))
    opts = None
    if rng.random() < 0.3:
        opts = random_opts()
        opts.pop("threshold", None)
    add_array(kind, shape, pool(kind, m), opts)

# small thresholds / edgeitems on small arrays
for it in range(150):
    kind = ALL_KINDS[rng.integers(0, len(ALL_KINDS))]
    shape = random_shape()
    size = int(np.prod(shape)) if shape else 1
    opts = {"threshold": int(rng.choice([0, 1, 3, 5, 10])),
            "edgeitems": int(rng.choice([0, 1, 2, 3]))}
    add_array(kind, shape, pool(kind, size), opts)

# ---------------------------------------------------------------------------
# Python float repr
# ---------------------------------------------------------------------------

fixed_floats = [0.0, -0.0, 0.1, 0.2, 0.3, 1.0, -1.0, 1e-5, 1e-4, 0.0001 * (1 - 1e-16), 1e16,
                1e16 - 2, 1e15, 9999999999999998.0, 12345678901234.0, 123456789012345678.0,
                5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
                1.7976931348623157e308, np.inf, -np.inf, np.nan, 1 / 3, 2 / 3, np.pi, np.e,
                1e22, 1e23, 9007199254740993.0, 2.0 ** 53, 2.0 ** 63, 2.0 ** -1022, 0.5,
                1.5, 100.0, 1e100, 1e-100, 123.456, 4.35, 0.30000000000000004]
# exact ties between two shortest candidates: Dragon4 / dtoa pick the even digit
TIES64 = [1000000000000000.25, 1000000000000000.75, 1234567890123456.25, 1234567890123456.75,
          2251799813685247.25, 4503599627370495.5, 562949953421311.125]
TIES32 = [0x49d787ea, 0xc9e7f9fa, 0xca4e09ed, 0x48021ca8, 0x4a1bcdc5, 0xc9cc51aa]
for x in fixed_floats + TIES64:
    add_pyfloat(x)
for e in range(-330, 309):
    add_pyfloat(10.0 ** e if e > -324 else 5e-324 * (e + 330))
for e in range(-1074, 1024, 7):
    add_pyfloat(2.0 ** e)
for x in rng.integers(0, 2 ** 63, 600, dtype=np.int64).view(np.float64):
    if np.isfinite(x):
        add_pyfloat(x)
for x in 10.0 ** rng.uniform(-8, 20, 300):
    add_pyfloat(x)
for x in np.round(rng.uniform(-1000, 1000, 100), 3):
    add_pyfloat(x)

# ---------------------------------------------------------------------------
# NumPy scalars
# ---------------------------------------------------------------------------

for x in fixed_floats:
    add_scalar("float64", x)
    with np.errstate(over="ignore"):
        add_scalar("float32", x)
for x in TIES64:
    add_scalar("float64", x)
for b in TIES32:
    add_scalar("float32", np.array([b], dtype=np.uint32).view(np.float32)[0])
add_array("float32", (6,), np.array(TIES32, dtype=np.uint32).view(np.float32))
add_array("float64", (7,), TIES64)
with np.errstate(over="ignore"):
    add_array("float32", (7,), np.array(TIES64, dtype=np.float32))
for x in [1e6, 999999.0, 999999.9, 1e-4, 1.0000001e-4, 0.1, 1.1, 3.4028235e38, 1.4e-45,
          16777216.0, 16777217.0, 1e7, 123456.7]:
    add_scalar("float32", x)
for x in rng.integers(0, 2 ** 63, 400, dtype=np.int64).view(np.float64):
    add_scalar("float64", x)
for x in rng.integers(0, 2 ** 32, 600, dtype=np.uint64).astype(np.uint32).view(np.float32):
    add_scalar("float32", x)
for x in 10.0 ** rng.uniform(-8, 20, 200):
    add_scalar("float64", x)
    add_scalar("float32", x)
for v in [0, 1, -1, 15, 2 ** 63 - 1, -2 ** 63, 123456789]:
    add_scalar("int64", v)
for v in [0, 3, -3, 2 ** 31 - 1, -2 ** 31]:
    add_scalar("int32", v)
add_scalar("bool", True)
add_scalar("bool", False)

# ---------------------------------------------------------------------------
# shape tuples
# ---------------------------------------------------------------------------

for shape in [(), (0,), (12,), (3, 4), (2, 3, 4), (1, 1, 1, 1), (1000, 1000), (0, 3)]:
    add_shape(shape)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    f.write("# generated by tools/gen_format_cases.py with NumPy %s -- do not edit\n"
            % np.__version__)
    for ln in lines:
        f.write(ln + "\n")
print("wrote %d cases to %s (%d bytes)" % (len(lines), OUT, os.path.getsize(OUT)))
