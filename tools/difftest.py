#!/usr/bin/env python3
"""difftest: differential testing of arrc against CPython + NumPy.

Generates random in-scope array scripts (the language of lang-spec/), runs each one under
CPython + NumPy and under `arrc run`, and compares stdout byte for byte.

Usage (with the venv python, which has NumPy; another python re-executes itself with it):

    .venv/bin/python tools/difftest.py --seed 1 --count 300            # what CI runs
    .venv/bin/python tools/difftest.py --seed 7 --count 3000 -j 4 --save-dir /tmp/dt
    .venv/bin/python tools/difftest.py --seed 1 --start 41 --count 1 --show   # print program 41
    .venv/bin/python tools/difftest.py --check tools/difftest/repros/*.py      # re-check repros
    .venv/bin/python tools/difftest.py --seed 11 --count 300 --stats  # share of programs per construct

Options: --arrc PATH (default target/release/arrc; a snapshot of it is run, so rebuilding
meanwhile is harmless), -j JOBS (default 2), --save-dir DIR (default target/difftest),
--no-shrink, --error-rate F (default 0.1), --tail-rate F (the share of the other programs that
end past a limit, and of the rest that end with Python ints past int64; default 0.12 and 0.1),
--start I (first program index), -v (one line per program), --avoid NAME,... (steer the
generator clear of known arrc bugs, see KNOWN_BUGS below, so that a long run finds new ones;
`all` for every one; the open bugs in AVOID_BY_DEFAULT are steered around unless --allow NAME,...
names them), --stats (the share of programs using each construct, FEATURES below, and each of
issue 9's classes; runs nothing).

How it works

- Program I of seed S is generated from `random.Random(f"{S}:{I}")`: the same (seed, index)
  always gives the same program, whatever -j. While generating, each statement is executed
  with NumPy (np.errstate(all='raise'), warnings as errors): a candidate that raises or warns
  is discarded and another one drawn, so programs do not divide integers by zero, overflow
  floats, make nan, etc. (about 8% of programs are allowed inf/nan, but never cast them to
  int). The generator keeps the language's static rules (one type per name inside loops and
  branches, compile-time slice bounds and shapes, Python ints within int64 (but for the
  python-int-overflow endings below), same-typed
  operands of `and`/`or`/`if-else` values, no names used after the loop or branch that bound
  them, ...), and steers away from what the spec says is not bit-exact (float matrix·matrix
  products of non-integer values, int means of huge values). Float products that arrc sums in
  NumPy's BLAS order (vector·vector; matrix·vector where OpenBLAS runs the HASWELL/ZEN
  kernels, GEMV_EXACT) take inexact values, and one element of such a product is sometimes
  printed as a NumPy scalar (all 17 digits): exact_product and matvec_scalar.
- Programs use (see FEATURES and --stats for how often): user functions (`def` with positional
  and keyword parameters and defaults; templates for array expressions, loops with
  accumulators, early `return`, tuples, writes through array parameters), each called several
  times with arrays of other shapes (same dtype and ndim as the first call, scalars of the same
  type: so the body's static rules hold for every call; the locals of every call are checked
  to stay in the language); f-strings with format specs chosen by the value's type;
  `round`/`min`/`max`/`abs`, `import math`; `np.sort`/`argsort` (stable)/`median`/`percentile`/
  `quantile`/`count_nonzero` along an axis (never on arrays holding both 0.0 and -0.0), `np.trunc`; `np.full`, `full_like`, `eye`, `identity`,
  `linspace`, `dtype=` spellings; `transpose` with axes, `swapaxes`, `expand_dims`, `squeeze`,
  `ravel`, `flatten`, `np.stack`/`vstack`/`hstack`, `concatenate(axis=None)`, `x[..., k]`; in
  loops, slices with a run-time start and a constant length (`x[i:i + 3]`, in bounds for every
  value of `i`), list indices `x[[0, 2]]` (reads and writes), and Python scalars that become
  NumPy scalars (`total = 0.0`, `total += x[i]`).
- Writes through indices whose read is a copy (Gen.st_mask_update): `x[cond] op= scalar` for
  every operator with an identity, over the whole array or its first axis (`m[m[:, 0] > 1, :]`),
  `x[cond] = x[cond] * 2` (values in C order), and `x[np.array([...])] op= v` / `= v` with
  repeated and negative positions.
- Arrays of run-time extent (lang-spec/run-time-shapes.md; Gen.rt_*, about two thirds of programs):
  loops whose slices have bounds and steps from the loop variables or other run-time ints
  (`x[:i]`, `x[i:]`, `A[i % 4, :j]`, `A[:i, j]`, `x[k:-k]`, `x[::s]`, `x[i - 10:]`: negative and
  out-of-range bounds, lengths changing per iteration, in nested loops too) and top-level ones
  from data (`nr1 = len(x[x > 0])`); `np.zeros(n)`, `np.ones((2, n), dtype=int)`, int and float
  `np.arange(a, b[, step])`, `np.fromfunction(lambda t: ..., (n,))`; boolean-mask reads `x[x > c]`,
  `x[mask]`, `M[rows]`, `M[rows, :]`, `M[:, :j][rows]`; `np.nonzero`, one-argument `np.where`,
  `np.flatnonzero`, `np.argwhere`, `np.bincount` (weights=, minlength=). On them: arithmetic and
  ufuncs with scalars, static arrays and each other (same run-time subscript on arrays of one
  shape, a run-time extent of 1 or K against a static K: `x[:i % 2 * 3 + 1] + s4`, `[:, None]`
  outer forms), `np.dot` / `@` of 1-D and 2-D operands (inexact floats where exact_product
  allows), sum/mean/max/min, `.shape`, `len()`,
  `.size`, `.ndim`, `.dtype`, `.T`, printing, writes `A[i, :j] = v`, `A[i, :i] += v`, through
  views bound to locals, chained `a[...] = b[...] = v`, and accumulators (`cnt += len(seg)`).
  Such arrays are bound only to names of their own (RT_POOL, `segN` locals in loops), so the
  static-shape code never sees them; each statement in a loop is checked for every iteration by
  running the loop built so far (rt_probe). Windows whose bounds differ by a constant
  (`x[i:i + 3]`) are left to the static-length slices above, in bounds.
- Issue 10's features (XGen, about one top-level statement in six; hidden from the other
  statement kinds: their values live in names of their own, Gen.xn, so the static-shape code
  never sees a complex array or a list; --stats gives the share of programs per kind, `(x: KIND)`,
  and each kind can be steered around with --avoid x-KIND, all of them with --avoid issue10):
    complex       complex128/complex64 arrays from `x + y * 1j`, literals (`1 - 2j`, `-1j`), `.astype`,
                  `dtype=complex`; `+ - * /`, `** 2`, unary `-`, `np.conj`/`.conj()`, `np.sqrt`, `np.exp`;
                  `.real`/`.imag`, `abs`, `np.angle`, `==`/`!=`, `np.isnan`/`isfinite`; `@`/`np.dot` of
                  exact (small integer) parts; Python and NumPy complex scalars, their repr; element
                  writes and in-place operators; mixed with the program's real arrays
    ints          uint8/16/32/64, int8/16 arrays (literals, `astype` wrap-around, `np.full`,
                  `np.random.randint(..., dtype=)`), all spellings (`np.ubyte`, `'uint16'`, ...);
                  `+ - * // %` with Python ints (NEP 50: weak) and mixed dtypes, `<<`/`>>` (counts up
                  to the width), `& | ^ ~`, `**`, reductions and their dtypes, comparisons, `/`,
                  `np.maximum`, `np.where`; scalars (`np.uint8(200)`), `np.iinfo`, loops over dtypes;
                  Python int shifts and bitwise operators; never uint64 `//`/`%`/`**` or uint64 with
                  signed ints (unsupported)
    list          literals (ints, floats, bools, nested), `list(range())`, `.tolist()`, `list(arr)`
                  (NumPy scalars); printing, `L[i]`, slices, `len`, `+`, `*`, `sorted`, `sum/min/max`,
                  `in`/`not in`, `list()`, `.copy()`, `.sort()`, `.reverse()`, element writes, loops
                  with `enumerate`, lists given to NumPy (`np.sum(L)`, `x[L]`, `np.split(L, [a, b])`),
                  `np.vsplit`/`np.hsplit` unpacked
    partition     `np.partition`/`np.argpartition` (one kth on lanes of at most 64 elements: NumPy's
                  sorted lane; a kth list: introselect; argpartition only where the lane's values are
                  distinct or the kth list takes the exact path), `x.partition()` in place, and
                  `np.sort` of both parts around kth
    stride        `np.lib.stride_tricks.sliding_window_view` (1-D, 2-D, axis=), `as_strided` in bounds
                  (windows, a zero stride), reductions of the views, writes into the base seen through
    zerod         0-d arrays (`np.array(2.5)`, `np.zeros(())`, `np.full((), v)`, `x[1, 2, ...]`,
                  `np.asarray(s)`, `.reshape(())`): printing, repr, arithmetic (NumPy scalars), `[()]`,
                  `.item()`, conversions, reductions, `a[...] = v`, in-place operators
    ufuncm        `np.OP.at` (repeated indices), `np.OP.outer`, `np.OP.reduce` (axis=, None,
                  keepdims=) and `np.add/multiply.accumulate`
    interp        `np.interp(x, xp, fp[, left=, right=])` with lists or arrays
    linspace      `np.linspace` with run-time bounds (`x.min()`, `float(x.sum())`, scalar names)
    fancy         integer arrays and lists among slices (`x[:, idx]`, `x[idx, k]`, `T[..., idx]`,
                  2-D index arrays), `x[np.ix_(r, c)]`, reads and writes (`=`, `+=`) on copies
    einsum        the forms lang-spec/linalg.md lists (`'ij,jk->ik'`, `'ii'`, `'bij,bjk->bik'`, three
                  operands, ...) on int64 or float64 operands (inexact floats: NumPy's order)
    histogram     `np.histogram` with a bin count, `range=`, or explicit edges
    rank          `np.linalg.matrix_rank` where no singular value lies within a factor 8 of the
                  tolerance (where arrc stops instead of guessing)
    runtime       loops reading lists, complex and small-int arrays by a run-time index into
                  accumulators, run-time Python ints as operands of small-int arrays, run-time kth
  Their error endings (about a tenth of the error-ending programs, `(error endings with issue
  10 features)` in --stats): OverflowError (`np.uint8(3) + 300`, `np.int8(200)`, an element
  write or `np.array` of a value out of the dtype's range, a run-time Python int out of range when
  the line runs), list `IndexError`/`TypeError`/`AttributeError`, `negative shift count`, kth out
  of bounds (also at run time), a window larger than the array, interp's length mismatch,
  einsum's subscript errors, `np.ix_` of a 2-D array, complex ordering and `int()` of a complex
  (TypeError), a 0-d `+=` that does not broadcast, histogram's range/bins errors, `ufunc.at` out
  of bounds. The exception type is compared with the message (the `TYPE: MESSAGE` of arrc's
  error line against the traceback's last line, traceback_type_name).
- About 10% of the programs (--error-rate) end in a statement that NumPy rejects (broadcast,
  reshape, dot/matmul, concatenate mismatches, constant index out of range, bad in-place
  casts, bool subtract, negative int powers, run-time index out of range, division by zero,
  wrong argument counts and keywords to user functions, shape errors inside function bodies,
  axes out of range for transpose/swapaxes/expand_dims/squeeze/stack, list indices out of
  range, bad format specs, math domain errors, and, with run-time extents (Gen.rt_error), loops
  that fail at a later iteration: broadcasts and in-place outputs between run-time extents,
  writes that do not fit, np.dot/@ inner mismatches, an index past a run-time extent, a zero
  run-time step, max of an empty slice, a negative np.zeros extent, a mask of another length,
  np.bincount of negative values or weights of another length, ...). arrc must fail too (exit 1), with the
  same exception type and message in its `FILE:LINE:COL: error: TYPE: MESSAGE` line (the
  traceback's last line), on the same line; its stdout must
  be a prefix of NumPy's (compile-time errors print nothing), and equal to it for run-time
  errors.
- Issue 9's classes ("arrc never prints a wrong answer and never crashes"), each a kind of
  statement or program ending with its --avoid name (ISSUE9_KINDS, Gen.limit_tail,
  Gen.bigint_tail; --stats gives the share of programs using each):
    effect-order          side effects where CPython's order of evaluation shows: draws
                          (`np.random.randint(0, 6)`, `int(np.random.rand() * 3)`) and calls of
                          printing functions (`def g1(): print("g1"); return 2`, `g2(k)`, whose
                          argument may be an effect too) as indices of augmented and plain
                          assignments (`c[g1(), np.random.randint(0, 4)] += 1`, in loops too;
                          `a[g1()] = g2()`: the value first), as call arguments (`max`, `min`,
                          `np.maximum`, `print`), operands (`g1() - np.random.rand()`) and scalars
                          of fused array expressions (`x * np.random.rand() + g3()`)
    chained-compare-call  `0.25 < np.random.rand() < 0.75`, `1 <= g1(g2(3)) != g3() % 2 != 2`
                          printed, as `if` tests, in loops (each call once; later links skipped)
    unused-draw           draws whose value is partly or entirely unused: `.shape`, `.dtype`,
                          `.ndim`, `.size`, `len(...)`, `[0]`, `[::2]` of a draw, an expression
                          statement, an unused assignment; then a draw that prints
    overlap-assign        self-assignments through overlapping views: `x[k:] = x[:-k]` and back,
                          `x[:] = x[::-1]`, `x[::2] = x[1::2]`, `x[k:] += x[:-k]`, fused values
                          reading the destination (`x[k:] = x[:-k] * 2 - x[k:]`, `np.where`), 2-D
                          shifts, `a[:] = a.T`, `a += a.T`, `a[0] = a[:, 0]`, masks, list indices
    (int64-wrap)          int64 array arithmetic that wraps (`np.prod(np.arange(1, 30))`,
                          `np.full(3, 7) ** 40`): arrc agrees today; never avoided
    deep-recursion        a recursive function of scalars called below CPython's limit (up to 950
                          deep) and, as a program's last statement, past it (1001 .. 10**7 deep:
                          `maximum recursion depth exceeded`, RecursionError). NumPy runs with
                          the frames `python FILE` would have.
    huge-shape            last statement: `np.zeros(2 ** 61)`, `np.ones((2 ** 33, 2 ** 33))`,
                          `np.full((3, -2), 1.5)`, draws of such sizes, shapes through a name:
                          NumPy's `array is too big; ...`, `negative dimensions are not allowed`,
                          or `Unable to allocate ...` (sizes past 2**47 bytes only, so nothing
                          is allocated)
    float-pow-overflow    last statement: `10.0 ** 400`, repeated squaring in a loop: CPython's
                          `(34, 'Numerical result out of range')` (OverflowError)
    python-int-overflow   the program's end computes Python ints past int64 (factorial loops,
                          `b ** e`, products, sums of `2 ** 62`, `10 ** 19`, `2 ** 64 // 2 ** 10`,
                          `float(2 ** 70)`): CPython prints them. arrc may print the same, or stop
                          there with a clean error (see below); a wrapped value is a mismatch.
  Programs that do not end in an error (--error-rate) end past a limit (deep-recursion,
  huge-shape, float-pow-overflow) at --tail-rate, else with Python ints past int64 at
  --tail-rate.
- NumPy runs in-process (a worker pool, one NumPy import per worker; exactly what
  `python FILE` prints); arrc runs as `arrc run FILE`. Both get a 4 GiB address space
  (MEMORY_LIMIT), so a program that allocates more fails at once.

A crash is always a mismatch: a signal, an exit status other than 0/1, a timeout, a panic or
"internal compiler error", or exit 1 without a `FILE:LINE:COL: error:` line. A clean error
where CPython computed a Python int past int64 (a value arrc cannot represent) is accepted, in
place of CPython's value or exception, when its message reads like one (INT_RANGE_ERROR: "too
large", "overflow", "out of range", ...), its line is on the stack where the int first left
int64 (found by re-running the program with every operation noted), and its stdout is a prefix
of what CPython had printed by then.

Mismatch classes (the summary counts each):

  output            both ran, stdouts differ
  arrc-unsupported  NumPy ran it, arrc said `unsupported: ...` / "changes type inside a loop"
                    (an arrc gap or a generator mistake: triage these)
  arrc-error        NumPy ran it, arrc reported another error
  arrc-crash        arrc exited with a status other than 0/1 (panic, signal), exit 1 with an
                    internal compiler error or no error line, or timed out
  arrc-accepted     NumPy raised, arrc ran to the end
  error-message     both failed, with different messages
  error-line        same message, different line
  error-output      same error, but arrc's stdout before it is wrong

Each mismatch is shrunk (statements deleted, loops and ifs unwrapped, expressions and print
arguments simplified, while the mismatch keeps its class and message and NumPy still runs it
without warnings) and saved as DIR/repro_NNN.py, with DIR/repro_NNN.txt (the first differing
line, NumPy's and arrc's outputs) and DIR/repro_NNN.orig.py (the program before shrinking).
Then mismatches are grouped by class and message, and the last line is the summary:

    difftest: N programs, M mismatches (K numpy-rejected, ...) in T s

The exit status is 1 when M > 0.
"""
import argparse
import ast
import builtins
import contextlib
import copy
import functools
import io
import math
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

try:
    import numpy as np
except ImportError:  # re-run with the repository's venv when started with another python
    venv_py = REPO / ".venv" / "bin" / "python"
    if venv_py.exists() and Path(sys.executable).resolve() != venv_py.resolve():
        os.execv(str(venv_py), [str(venv_py)] + sys.argv)
    sys.exit("difftest: NumPy is needed (use .venv/bin/python, see tools/setup-venv.sh)")


# ---------------------------------------------------------------------------------------------
# helpers

class Reject(Exception):
    """A generated candidate is unusable (NumPy raised or warned, or a language rule)."""


class Timeout(BaseException):
    pass


def _noop(*args, **kwargs):
    return None


# While a statement of the new features (XGen) is committed, or the accepted statements are
# replayed, print takes their values too (complex, small ints, lists, 0-d arrays).
_XPRINT = [False]


def _checked_print(*args, **kwargs):
    for a in args:
        if _XPRINT[0]:
            xcheck_value(a)
        else:
            check_value(a)
    return None


class _IntCalls(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "int":
            node.func = ast.copy_location(ast.Name(id="__checked_int", ctx=ast.Load()), node.func)
        elif (isinstance(node.func, ast.Name) and node.func.id in ("round", "abs")) or \
                (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                 and node.func.value.id == "math" and node.func.attr in ("floor", "ceil")):
            return ast.copy_location(ast.Call(func=ast.Name(id="__checked_range", ctx=ast.Load()),
                                              args=[node], keywords=[]), node)
        return node


@functools.lru_cache(maxsize=4096)
def gen_compile(src, mode):
    """Compile for the generator: calls int(...) (and round, abs, math.floor, math.ceil) check
    that the result fits in int64 (a Python int beyond int64 is outside the language)."""
    tree = _IntCalls().visit(ast.parse(src, mode=mode))
    ast.fix_missing_locations(tree)
    return compile(tree, "<gen>", mode)


def _checked_range(v):
    if isinstance(v, int) and not (-(2 ** 63) <= v < 2 ** 63):
        raise Reject("python int beyond int64")
    return v


def _checked_int(*args):
    v = int(*args)
    if not (-(2 ** 63) <= v < 2 ** 63):
        raise Reject("python int beyond int64")
    return v


@contextlib.contextmanager
def strict():
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


@contextlib.contextmanager
def quiet():
    """For programs that may make inf and nan. (Casts of them to int, where arrc and NumPy
    knowingly differ, lang-spec/errors.md, are kept out by the generator.)"""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def sig(v):
    """The static type arrc gives a value: kind, and dtype and shape for arrays."""
    if isinstance(v, np.ndarray):
        return ("arr", v.dtype.name, v.shape)
    if isinstance(v, np.generic):
        return ("np", v.dtype.name)
    if isinstance(v, bool):
        return ("bool",)
    if isinstance(v, int):
        return ("int",)
    if isinstance(v, float):
        return ("float",)
    if isinstance(v, str):
        return ("str",)
    if isinstance(v, tuple):
        return ("tuple",) + tuple(sig(x) for x in v)
    return ("other", type(v).__name__)


def check_value(v):
    """Reject values outside the language (big Python ints, odd dtypes, huge arrays)."""
    if isinstance(v, bool):
        return
    if isinstance(v, complex):
        raise Reject("complex")
    if isinstance(v, int) and not (INT64_MIN <= v <= INT64_MAX):
        raise Reject("python int beyond int64")
    if isinstance(v, np.ndarray):
        if v.dtype.name not in ("int64", "float64", "bool"):
            raise Reject("dtype " + v.dtype.name)
        if v.ndim == 0:
            raise Reject("0-d array")
    elif isinstance(v, np.generic):
        if v.dtype.name not in ("int64", "float64", "bool"):
            raise Reject("dtype " + v.dtype.name)
    elif isinstance(v, tuple):
        for x in v:
            check_value(x)


def same_kind_step(old, new, python_to_numpy=True):
    """old -> new is a rebinding that keeps the static type inside a loop or branch: the same
    type, or a Python scalar becoming the NumPy scalar of its kind (lang-spec/types-and-shapes.md)."""
    if sig(new) == sig(old):
        return True
    if not python_to_numpy:
        return False
    if isinstance(old, bool):
        return isinstance(new, np.bool_)
    if isinstance(old, int):
        return isinstance(new, np.int64)
    if isinstance(old, float):
        return isinstance(new, np.float64)
    return False


_LOCAL_BAD = []


def _local_profile(frame, event, arg):
    if event == "return" and frame.f_code.co_filename == "<gen>" and frame.f_code.co_name != "<module>":
        try:
            for v in list(frame.f_locals.values()):
                check_value(v)
        except Reject as e:
            _LOCAL_BAD.append(str(e))


def arg_sig(v):
    """What stays the same between the calls of a generated function: the kind of value, and an
    array's dtype and ndim (not its shape: code written for one ndim may leave the language for
    another, e.g. methods of the NumPy scalar x[0] or indices in code that does not run)."""
    return ("arr", v.dtype.name, v.ndim) if isinstance(v, np.ndarray) else sig(v)


def _strip_consts(code):
    """An int expression without its added integer constants (`i + 2` -> `i`), as an AST dump."""
    node = ast.parse(code, mode="eval").body
    while isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) \
            and isinstance(node.right, ast.Constant):
        node = node.left
    return ast.dump(node)


def same_base(a, b):
    """Whether slice bounds a and b are one expression plus constants (`i:i + 3`): arrc gives
    such a window a static length, and stops where the bounds then give another one at run
    time (a known difference, lang-spec/errors.md), so the run-time-extent slices avoid them
    (rt_slice makes the in-bounds ones)."""
    try:
        return _strip_consts(a) == _strip_consts(b)
    except SyntaxError:
        return True


def repr_tie(v):
    """Whether the shortest repr of float v is one of two strings of its length that read back
    as v (its last digit a tie, 719.98736572265625 -> ...562 or ...563)."""
    try:
        f = float(v)
    except (TypeError, ValueError, OverflowError):
        return False
    if not math.isfinite(f):
        return False
    r = repr(f)
    mant, e, exp = r.partition("e")
    i = max(k for k, c in enumerate(mant) if c.isdigit())
    d = int(mant[i])
    for nd in (d - 1, d + 1):
        if 0 <= nd <= 9 and float(mant[:i] + str(nd) + mant[i + 1:] + e + exp) == f:
            return True
    return False


def shp(S):
    if len(S) == 1:
        return "(%d,)" % S[0]
    return "(" + ", ".join(str(d) for d in S) + ")"


def all_shapes(n, maxdim=3):
    """Shapes (up to maxdim axes, no size-0 axes unless n == 0) whose size is n."""
    out = [(n,)]
    if n == 0:
        return [(0,), (0, 2), (2, 0), (1, 0)]
    for a in range(1, n + 1):
        if n % a == 0:
            out.append((a, n // a))
            if maxdim >= 3:
                m = n // a
                for b in range(1, m + 1):
                    if m % b == 0:
                        out.append((a, b, m // b))
    return out


ARR_POOL = ["x", "y", "z", "w", "a", "b", "c", "m", "u", "v", "p", "q"]
# Top-level names of arrays whose extents are known only at run time (Gen.rt); in loops such
# arrays are bound to fresh `segN` locals. Run-time ints at top level are fresh `nrN` names.
RT_POOL = ["row", "col", "seg", "win", "sel", "head", "tail", "part"]
SCAL_POOL = ["s", "t", "r", "total", "cnt", "best", "val", "lo", "hi"]
CONST_POOL = ["n", "h", "d", "rows", "cols", "L"]
LOOP_VARS = ["i", "j", "jj"]
RESERVED = set(CONST_POOL) | set(LOOP_VARS) | {"k", "np", "print", "int", "__name__", "__builtins__", "math",
                                               "round", "min", "max", "abs", "len"}

def _openblas_haswell_kernels():
    """Whether NumPy's OpenBLAS runs its HASWELL/ZEN kernels here: the only family whose gemv
    order arrc has checked against it (`runtime/src/blas/mod.rs`'s `detect_core`, with
    OpenBLAS's `OPENBLAS_CORETYPE` override)."""
    forced = os.environ.get("OPENBLAS_CORETYPE", "").strip().lower()
    if forced in ("haswell", "zen"):
        return True
    if forced in ("skylakex", "cooperlake", "sapphirerapids", "sandybridge", "nehalem", "prescott",
                  "core2", "penryn", "dunnington", "atom", "barcelona", "bulldozer", "piledriver",
                  "steamroller", "excavator", "katmai", "coppermine", "northwood", "opteron",
                  "nano", "bobcat"):
        return False
    try:
        info = Path("/proc/cpuinfo").read_text()
        flags = set(re.search(r"^flags\s*:(.*)$", info, re.M).group(1).split())
        vendor = re.search(r"^vendor_id\s*:\s*(\S+)", info, re.M).group(1)
        family = int(re.search(r"^cpu family\s*:\s*(\d+)", info, re.M).group(1))
    except (OSError, AttributeError, ValueError):
        return False
    if not {"avx2", "fma"} <= flags:
        return False
    if vendor in ("AuthenticAMD", "HygonGenuine") and family in (0x17, 0x18, 0x19):
        return True
    return "avx512vl" not in flags


# Matrix·vector and vector·matrix products are bit-exact where arrc has the BLAS kernel's
# order (see `exact_product`).
GEMV_EXACT = _openblas_haswell_kernels()


def exact_product(A, B):
    """Whether arrc computes the float product of NumPy values A and B (1-D or 2-D, as in
    np.dot / @) bit for bit as NumPy does, whatever the operands' values: a summation of
    length 1, vector·vector (BLAS dot, runtime/src/blas/dot.rs), and matrix·vector or
    vector·matrix (gemv or NumPy's plain loop, runtime/src/blas/gemv.rs) on a CPU whose
    OpenBLAS kernel arrc has checked. Matrix·matrix (GEMM) is not: its operands must keep
    exact values (dot_exact)."""
    dt = np.result_type(A, B)
    if dt.kind != "f":
        return False
    m = 1 if A.ndim == 1 else A.shape[0]
    k = A.shape[-1]
    n = 1 if B.ndim == 1 else B.shape[-1]
    if k <= 1 or (m == 1 and n == 1):
        return True
    return (m == 1 or n == 1) and GEMV_EXACT


# Known arrc bugs the generator can avoid (--avoid NAME,...), so that a run finds new ones.
# Fixed ones stay, so that old command lines keep working: dot-signed-zero (bug08),
# scalar-kind-escape (bug18, bug24), bool-element-from-array (bug13), and-or-one-element-array
# (bug14), list-index-* (bug19-21), fstring-call-prints (bug23), op-result-order (bug03). The
# CPU-dependent ones (NumPy's SIMD results vary with the machine's instruction set): exp,
# ufunc-last-bit, float-pow, max-signed-zero. Fixed since they were found with run-time
# extents: rt-where (bug34), rt-round (bug35), rt-mask-rows-colon (bug36), rt-empty-mask
# (bug38), rt-arange-negative-step (bug40); window-size (bug37) and bincount-empty-weights
# (bug39) now stop with an error where NumPy gives a result (still avoided: a known difference).
KNOWN_BUGS = {
    "exp": "np.exp last bits (NumPy's SIMD exp)",
    "ufunc-last-bit": "np.sin, np.log, ... last bits (NumPy's SIMD/SVML versions; visible in float32 "
                      "results and float64 reprs)",
    "float-pow": "float ** exponents other than 0, 1, 2, 0.5 (NumPy's SIMD pow is not correctly rounded)",
    "dot-signed-zero": "float dot products that are zero (NumPy/BLAS may give -0.0)",
    "bool-element-from-array": "b[i] = a (b bool, a a one-element array): NumPy stores bool(a)",
    "and-or-one-element-array": "a and b / a or b with one-element arrays (listed in "
                                "lang-spec/errors.md as a known difference)",
    "scalar-kind-escape": "a name that is a Python float/int or, after a loop or branch, the NumPy scalar "
                          "of its kind shows as the NumPy one in a tuple or through a function call",
    "list-index-augassign": "x[[1, 3]] += v (an augmented assignment through a list index) leaves x unchanged",
    "list-index-leading-ones": "x[:, [1, 0]] = v with v of more axes (leading 1s) than the indexing result: "
                               "arrc reports a shape mismatch",
    "list-index-overlap": "x[[1, 0]] = x[:2], z[[0, 1]] = z.max() + 1: arrc does not evaluate a value that "
                          "reads the target before writing",
    "max-signed-zero": "max()/min() of float arrays holding both 0.0 and -0.0: which one NumPy's SIMD "
                       "reduction returns depends on the lanes",
    "fstring-call-prints": "f\"a {f(1)}\" where f prints: arrc writes the text before the field first",
    "op-result-order": "results of transposed operands are F-ordered in NumPy (fixed: the name avoids "
                       "nothing now)",
    # issue 9's classes (ISSUE9_KINDS, Gen.limit_tail, Gen.bigint_tail)
    "effect-order": "draws and printing calls as indices (c[np.random.randint(0, 6)] += 1, a[f()] = g()), "
                    "arguments and operands: evaluated out of CPython's order, twice, or not at all",
    "chained-compare-call": "0.25 < np.random.rand() < 0.75, 0 < f() < 2: the middle call evaluated "
                            "twice (or a later link not skipped)",
    "unused-draw": "a draw whose value is partly or entirely unused (np.random.rand(3).shape, an "
                   "expression statement, an unused assignment) must still advance the stream",
    "overlap-assign": "x[1:] = x[:-1], x[:] = x[::-1], a[:] = a.T, x[1:] += x[:-1]: a value that reads "
                      "the destination through an overlapping view is not copied first",
    "python-int-overflow": "Python int arithmetic past int64 (10 ** 19, factorial loops): arrc prints a "
                           "wrapped value instead of stopping with a clean error",
    "float-pow-overflow": "Python float ** that overflows (10.0 ** 400): CPython's OverflowError "
                          "(34, 'Numerical result out of range')",
    "huge-shape": "np.zeros(2 ** 61), np.ones((2 ** 33, 2 ** 33)), np.zeros(2 ** 48): NumPy's "
                  "'array is too big' / 'Unable to allocate' errors",
    "deep-recursion": "a recursive function called past CPython's recursion limit (RecursionError: "
                      "maximum recursion depth exceeded), or deep below it",
    # found with the run-time-extent constructs (Gen.rt_*); avoided unless --allow names them
    "rt-where": "np.where(cond, a, b) with operands of run-time extent: arrc says `unsupported: np.where of "
                "scalars (NumPy gives a 0-d array)` (bug34)",
    "rt-round": "np.round(a) / np.round(a, d) of an array of run-time extent: `unsupported: rounding a "
                "float64 array of run-time shape (n,)` (bug35)",
    "rt-mask-rows-colon": "a[mask, :] where a has a run-time extent: `unsupported: indexing with arrays` "
                          "(a[mask] works) (bug36)",
    "window-size": "len(), .size, .shape of a window x[i:i + K] whose bounds run past the end: K, where NumPy "
                   "has fewer elements, and without the stop that reading the window gives (bug37; the stop "
                   "itself is a known difference, lang-spec/errors.md, never generated)",
    "rt-empty-mask": "x[m] with a boolean mask m of run-time length 0 on a non-empty axis: NumPy gives an "
                     "empty array (a 0-size index is taken as an empty integer index); arrc stops with `boolean "
                     "index did not match ... boolean axis is 0` (bug38)",
    "bincount-empty-weights": "np.bincount(v, weights=w) with v empty at run time: NumPy's result is int64 "
                              "zeros (it returns before looking at the weights); arrc's is float64 (bug39)",
    "rt-arange-negative-step": "np.arange(a, b, s) of ints with a run-time bound and s <= -2: a wrong length "
                               "(np.arange(0, -2, -2) gives [ 0 -2], NumPy [0]) (bug40)",
    "round-of-dynamic-kind": "round(v, n) where v is a Python float that a branch could have made an "
                             "np.float64: arrc gives np.float64 while v is still the Python float (bug43)",
    "fstring-float-width-tie": "f\"{v:>12}\" (a width, no type or precision) of a float whose shortest repr "
                               "ends on a tie (719.98736572265625): arrc rounds the last digit up "
                               "(719.9873657226563), Python to even (...562) (bug42)",
    "ufunc-of-dynamic-kind": "np.exp(d) where d is a Python int that a branch could have made an np.int64: "
                             "arrc gives a Python float when d is still the Python int; NumPy always a "
                             "NumPy scalar (bug41)",
    # issue 10's features (XGen): the whole group, or one kind of statement
    "issue10": "every statement and error ending of issue 10's features (complex, small/unsigned ints, lists, "
               "partition, stride tricks, 0-d arrays, ufunc methods, interp, run-time linspace, integer "
               "arrays among slices, einsum, histogram, matrix_rank)",
    "x-complex-exp": "np.exp of complex arrays (glibc's cexp)",
    "complex-scalar-abs": "builtin abs() of a Python complex or NumPy complex scalar: arrc uses NumPy's SIMD "
                          "array formula (larger * sqrt(1 + ratio**2)); CPython and NumPy's scalar __abs__ "
                          "call libm's hypot (abs(0.5 - 3j) is 3.0413812651491097, arrc ...092) (bug44)",
    "real-into-complex-element": "cz[i] = -1.5 (a real scalar stored into one element of a complex array) kept "
                                 "the element's imaginary part (bug45, fixed: codegen's Stmt::Store of a CPair)",
    "list-name-among-slices": "z[:, L] with L a list variable (a list literal or an array works): arrc says "
                              "`IndexError: only integers, slices ...` (bug46)",
    "complex-element-store": "cz[i] = 1 + 2j, cz[1:] = 0.5j (a complex scalar stored into an element or a "
                             "slice): `unsupported: storing a complex in an array` (bug47; `cz += 1j` works)",
    "mixed-augassign-inline-array": "F[np.array([1, 1]), :] += 1 (an augmented assignment through an index whose "
                                    "integer array is written inline before a slice) left F unchanged (bug48, fixed: "
                                    "sema's aug_assign stores a gathered copy back, sema/fancy_update.rs)",
    "array-method-index": "y[:, np.array([0, 3, 1, 2]).reshape(2, 2)] (an index array made by a method call, "
                          "among slices or ints): `unsupported: indexing with arrays` (bug51, fixed: sema's "
                          "surely_array takes an array's reshape/copy/astype/ravel/flatten/.T)",
    "sum-numpy-scalar-list": "sum(L) of a list of NumPy scalars (L = list(arr)): `unsupported: sum() of a list of "
                             "NumPy scalars` (bug52; lang-spec/lists.md lists sum(L) without that exception)",
    "empty-list-result": "L * 0, L[3:1] (a list operation whose result is empty): `unsupported: an empty list "
                         "(its element type is not known)`, which the spec says of the literal `[]` only (bug49)",
}

# Open bugs (and known differences) found after CI's --avoid list was written: steered around
# unless named in --allow.
AVOID_BY_DEFAULT = ("window-size", "bincount-empty-weights", "ufunc-of-dynamic-kind",
                    "fstring-float-width-tie", "round-of-dynamic-kind", "complex-scalar-abs",
                    "list-name-among-slices", "complex-element-store",
                    "empty-list-result", "sum-numpy-scalar-list")

CMPS = ["==", "!=", "<", "<=", ">", ">="]

# The top-level statement kinds of issue 9's bug classes (Gen.st_KIND): weight among the other
# kinds (which weigh about 80 in all), and the KNOWN_BUGS name that --avoid steers around (None:
# arrc agrees today, never avoided).
ISSUE9_KINDS = [("effect", 3, "effect-order"), ("chain_call", 2.2, "chained-compare-call"),
                ("unused_draw", 2.5, "unused-draw"), ("overlap", 3, "overlap-assign"),
                ("int64_wrap", 1, None), ("recursion", 1, "deep-recursion")]
# Shares of programs (of those not ending in an error) that end past a limit (Gen.limit_tail:
# huge shapes, deep recursion, float ** overflow) or with Python ints past int64 (bigint_tail).
LIMIT_TAIL_RATE = 0.12
BIGINT_TAIL_RATE = 0.1


# ---------------------------------------------------------------------------------------------
# the features of issue 10 (complex, small and unsigned ints, lists, partition, stride tricks,
# 0-d arrays, ufunc methods, interp, run-time linspace, integer arrays among slices, einsum,
# histogram, matrix_rank)
#
# Their values (complex arrays, uint8 arrays, lists, 0-d arrays, ...) are outside what the rest
# of the generator handles, so they are bound only to names of their own (X_PREFIXES, in
# Gen.xn), which names() hides from the other statement kinds: each Gen.x_* method below makes
# one statement (or a few lines) from the program's arrays and these names, and only what the
# spec lists as working is applied to them.

X_INT_DTS = ["uint8", "uint16", "uint32", "uint64", "int8", "int16"]
X_SPELL = {"uint8": ["np.uint8", "np.ubyte", "'uint8'"], "uint16": ["np.uint16", "np.ushort", "'uint16'"],
           "uint32": ["np.uint32", "np.uintc", "'uint32'"], "uint64": ["np.uint64", "np.uint", "'uint64'"],
           "int8": ["np.int8", "np.byte", "'int8'"], "int16": ["np.int16", "np.short", "'int16'"],
           "int32": ["np.int32", "'int32'"], "int64": ["np.int64", "int"],
           "complex128": ["complex", "np.complex128", "'complex128'"],
           "complex64": ["np.complex64", "'complex64'"]}
X_KINDS = [("complex", 5), ("ints", 6), ("list", 5), ("partition", 1.5), ("stride", 1.2), ("zerod", 1.5),
           ("ufuncm", 1.5), ("interp", 1), ("linspace", 1), ("fancy", 2), ("einsum", 1.5),
           ("histogram", 1), ("rank", 0.6), ("runtime", 3)]
# Share of the top-level statements (about 80 in weight) that are one of these.
X_WEIGHT = 16
for _k, _w in X_KINDS:
    KNOWN_BUGS["x-" + _k] = "the issue 10 statements of kind %r (XGen.x_%s)" % (_k, _k)


def xcheck_value(v, depth=0):
    """The new features' values: what check_value allows, and complex, the small and unsigned
    ints, 0-d arrays, lists; never huge Python ints, float16, objects."""
    if isinstance(v, bool) or v is None or isinstance(v, (str, complex, float)):
        return
    if isinstance(v, int):
        if not (INT64_MIN <= v <= INT64_MAX):
            raise Reject("python int beyond int64")
        return
    if isinstance(v, (np.ndarray, np.generic)):
        if v.dtype.name not in ("int64", "float64", "bool", "int32", "float32", "complex128", "complex64",
                                "uint8", "uint16", "uint32", "uint64", "int8", "int16"):
            raise Reject("dtype " + v.dtype.name)
        return
    if isinstance(v, (list, tuple)):
        if depth > 2:
            raise Reject("deep list")
        for x in v:
            xcheck_value(x, depth + 1)
        return
    # (anything else: dtypes, types, modules, functions)


def xlit_float(rng):
    return rng.choice(["0.5", "1.5", "-2.0", "3.25", "0.1", "-0.75", "2.0", "10.0", "0.3", "-1.0", "4.0", "1e-3"])


class XGen:
    """Mixin of Gen: the statements of issue 10's features (see above)."""

    def xev(self, code):
        """Gen.ev for the new features' values."""
        try:
            with self.guard(), self.local_checks():
                v = eval(gen_compile(code, "eval"), self.vals)
        except Reject:
            raise
        except Exception as e:
            raise Reject("%s: %s" % (type(e).__name__, e))
        xcheck_value(v)
        return v

    def xname(self, prefix):
        self.fresh += 1
        return "%s%d" % (prefix, self.fresh)

    def xcommit(self, src, new):
        """Commit a statement binding the hidden names in `new` (name -> tag)."""
        self.xn.update(new)
        _XPRINT[0] = True
        try:
            self.commit(src)
        except Reject:
            for k in new:
                self.xn.pop(k, None)
            raise
        finally:
            _XPRINT[0] = False
        self.classes.add("(issue 10 features)")

    def xof(self, tag, pred=None):
        out = []
        for k, t in self.xn.items():
            if t == tag and k in self.ns and (pred is None or pred(self.ns[k])):
                out.append(k)
        return out

    def st_x(self):
        if self.poly or self.body_depth:
            raise Reject("new features at top level only")
        kinds = [(k, w) for k, w in X_KINDS if "x-" + k not in self.avoid]
        kind = self.wchoice(kinds)
        self.x_kind = kind
        src, new = getattr(self, "x_" + kind)()
        self.xcommit(src, new)
        self.classes.add("(x: %s)" % kind)
        # a few more of the same kind, which mostly use the names just bound
        if kind in ("complex", "ints", "list", "zerod") and self.p(0.6):
            for _ in range(self.rng.randint(1, 3)):
                with contextlib.suppress(Reject):
                    self.attempt(lambda: self.xcommit(*getattr(self, "x_" + kind)()), 4)
        return None

    def xsp(self, dt):
        return self.choice(X_SPELL[dt])

    # real operands from the program
    def xreal(self, pred=None, maxsize=60):
        names = self.arrays(maxsize=maxsize, pred=lambda v: v.dtype.kind in "if" and v.size > 0
                            and np.all(np.isfinite(v)) and (pred is None or pred(v)))
        return self.choice(names) if names and self.p(0.7) else None

    # -- complex --------------------------------------------------------------------------------
    def cx_lit(self, exact=False):
        re_ = self.choice(["0", "1", "-2", "3", "0.5", "-1.5", "2.25"] if not exact else ["0", "1", "-2", "3", "4"])
        im = self.choice(["1", "-1", "2", "0.5", "-3", "0"] if not exact else ["1", "-1", "2", "-3"])
        r = self.rng.random()
        if r < 0.15:
            return "%sj" % im
        if r < 0.25:
            return re_
        sign = "-" if im.startswith("-") else "+"
        return "%s %s %sj" % (re_, sign, im.lstrip("-"))

    def cx_atom(self, S=None, exact=False):
        if S is None:
            S = self.choice([(3,), (4,), (2, 2), (2, 3), (5,)])
        olds = self.xof("complex", lambda v: v.shape == S and (not exact or self.cx_exact(v)))
        r = self.rng.random()
        if olds and r < 0.35:
            return self.choice(olds)
        if r < 0.6:
            a = self.xreal(lambda v: v.shape == S and (not exact or (v.dtype.kind == "i" and np.abs(v).max() < 1000)))
            a = a or self.make_array(S, "int" if exact else self.choice(["int", "float"]))
            b = self.xreal(lambda v: v.shape == S and (not exact or (v.dtype.kind == "i" and np.abs(v).max() < 1000)))
            b = b or self.choice(["2", "-1", "0.5", "3"] if not exact else ["2", "-1", "3"])
            return self.choice(["(%s + %s * 1j)", "(%s - 1j * %s)", "(%s + 1j * %s)"]) % (a, b)
        if r < 0.8:
            n = math.prod(S)
            lits = [self.cx_lit(exact) for _ in range(n)]
            if len(S) == 1:
                body = "[%s]" % ", ".join(lits)
            else:
                body = "[%s]" % ", ".join("[%s]" % ", ".join(lits[i * S[1]:(i + 1) * S[1]]) for i in range(S[0]))
            if self.p(0.2):
                return "np.array(%s, dtype=%s)" % (body, self.xsp(self.choice(["complex128", "complex64"])))
            if not any("j" in l for l in lits):
                return "(np.array(%s) + 1j)" % body
            return "np.array(%s)" % body
        if r < 0.9:
            a = self.xreal(lambda v: v.shape == S) or self.make_array(S, "int")
            return "%s.astype(%s)" % (a, self.xsp(self.choice(["complex128", "complex64"])))
        return "np.%s(%s, dtype=%s)" % (self.choice(["zeros", "ones"]), shp(S), self.xsp(self.choice(["complex128", "complex64"])))

    @staticmethod
    def cx_exact(v):
        return v.dtype.kind == "c" and np.all(np.isfinite(v)) and np.all(v.real == np.round(v.real)) \
            and np.all(v.imag == np.round(v.imag)) and (v.size == 0 or np.abs(v).max() < 2 ** 12)

    def cx_expr(self, depth=2, S=None):
        r = self.rng.random()
        if depth <= 0 or r < 0.3:
            return self.cx_atom(S)
        a = self.cx_expr(depth - 1, S)
        if r < 0.7:
            op = self.choice(["+", "-", "*", "*", "/"])
            b = self.cx_expr(depth - 1, self.xev(a).shape) if self.p(0.6) else \
                self.choice(["1j", "2j", "(1 - 2j)", "0.5", "2", "np.complex64(1 + 1j)", "complex(2, -1)",
                             "np.complex128(0.5j)"])
            return "(%s %s %s)" % ((a, op, b) if self.p(0.7) else (b, op, a))
        if r < 0.8:
            return "(-%s)" % a
        if r < 0.87:
            return "(%s ** 2)" % a
        if r < 0.95:
            return self.choice(["np.conj(%s)", "%s.conj()", "%s.conjugate()"]) % a
        f = self.choice(["np.sqrt"] + ([] if "x-complex-exp" in self.avoid else ["np.exp"]))
        av = self.xev(a)
        if av.size and np.abs(av).max() > 30:
            raise Reject("big exp")
        return "%s(%s)" % (f, a)

    def x_complex(self):
        r = self.rng.random()
        new = {}
        if r < 0.3:
            nm = self.xname("cz")
            src = "%s = %s" % (nm, self.cx_expr(self.rng.randint(0, 2)))
            new[nm] = "complex"
            v = self.xev(src.split(" = ", 1)[1])
            if not isinstance(v, np.ndarray) or v.dtype.kind != "c":
                raise Reject("not complex")
            return src + "\nprint(%s)" % self.choice([nm, "repr(%s)" % nm, "%s, %s.dtype" % (nm, nm)]), new
        if r < 0.4:
            # products of exact values (each element's sum in any order)
            shapes = self.choice([((3,), (3,)), ((2, 3), (3,)), ((2, 2), (2, 2)), ((3,), (3, 2)), ((2, 3), (3, 2))])
            a = self.cx_atom(shapes[0], exact=True)
            b = self.cx_atom(shapes[1], exact=True) if self.p(0.7) else self.xreal(
                lambda v: v.shape == shapes[1] and v.dtype.kind == "i" and np.abs(v).max() < 1000) or \
                self.make_array(shapes[1], "int")
            for c in (a, b):
                v = self.xev(c)
                if v.dtype.kind == "c" and not self.cx_exact(v):
                    raise Reject("inexact product")
            e = self.choice(["%s @ %s", "np.dot(%s, %s)"]) % ((a, b) if self.p(0.7) else (b, a))
            return "print(%s)" % e, new
        if r < 0.55:
            # real results
            a = self.cx_expr(1)
            f = self.choice(["%s.real", "%s.imag", "np.real(%s)", "np.imag(%s)", "abs(%s)", "np.abs(%s)",
                             "np.angle(%s)", "np.isnan(%s)", "np.isfinite(%s)", "%s == %s", "%s != %s"])
            e = f % ((a, self.cx_atom(self.xev(a).shape)) if f.count("%s") == 2 else a)
            return "print(%s)" % e, new
        if r < 0.7:
            # scalars
            forms = ["complex(%s, %s)" % (self.choice(["1", "2.5", "-1", "0"]), self.choice(["2", "-0.5", "3", "1"])),
                     self.cx_lit(), "(%s) * (%s)" % (self.cx_lit(), self.cx_lit()),
                     "(%s) / %s" % (self.cx_lit(), self.choice(["2", "4.0", "(1 + 1j)", "-0.5j"])),
                     "np.complex128(%s)" % self.cx_lit(), "np.complex64(%s)" % self.cx_lit(),
                     "(%s).real" % self.cx_lit(), "(%s).imag" % self.cx_lit(),
                     "complex(%s)" % self.choice(["2", "0.5", "-3"])]
            if "complex-scalar-abs" not in self.avoid:
                forms += ["abs(%s)" % self.cx_lit(), "abs(np.complex128(%s))" % self.cx_lit()]
            olds = self.xof("complex", lambda v: v.size > 0)
            if olds:
                o = self.choice(olds)
                i = self.rng.randrange(self.ns[o].shape[0])
                forms += ["%s[%d]" % (o, i), "repr(%s[%d])" % (o, i), "%s.sum()" % o if False else "%s[%d] * 2" % (o, i)]
            e = self.choice(forms)
            if self.p(0.3):
                e = "repr(%s)" % e
            return "print(%s)" % e, new
        if r < 0.8:
            # in-place and element writes
            olds = self.xof("complex", lambda v: v.size > 0)
            if not olds:
                raise Reject("no complex arrays")
            o = self.choice(olds)
            v = self.ns[o]
            i = self.rng.randrange(v.shape[0])
            lit = self.cx_lit()
            forms = ["%s += %s" % (o, self.cx_lit()), "%s *= %s" % (o, self.choice(["1j", "2", "(1 - 1j)"])),
                     "%s[%d:%d] -= %s" % (o, i, i + 1, self.cx_lit())]
            if "j" not in lit or "complex-element-store" not in self.avoid:
                forms.append("%s[%d:] = %s" % (o, i, lit))
            if "j" not in lit or "complex-element-store" not in self.avoid:
                forms.append("%s[%d] = %s" % (o, i, lit))
            if "real-into-complex-element" not in self.avoid:
                forms.append("%s[%d] = %s" % (o, i, self.choice(["2", "0.5", "-1"])))
            st = self.choice(forms)
            if "j" not in st.split("=", 1)[1] and "real-into-complex-element" in self.avoid and re.match(r"\w+\[\d+\] =", st):
                raise Reject("real into a complex element avoided")
            return st + "\nprint(%s)" % o, new
        # mixed with the program's float/int arrays
        a = self.xreal(lambda v: v.ndim <= 2 and v.size <= 12)
        if a is None:
            raise Reject("no real array")
        sc = self.choice(["1j", "2 - 1j", "np.complex64(1j)", "0.5j"])
        e = self.choice(["%s * %s" % (a, sc), "%s + %s" % (sc, a), "(%s - %s).imag" % (a, sc)])
        return "print(%s)" % e, new

    # -- small and unsigned integer dtypes ------------------------------------------------------
    def int_range(self, dt):
        ii = np.iinfo(dt)
        return int(ii.min), int(ii.max)

    def int_val(self, dt):
        lo, hi = self.int_range(dt)
        hi = min(hi, INT64_MAX)     # (Python ints are int64 in arrc)
        r = self.rng.random()
        if r < 0.5:
            return self.rng.randint(max(lo, -20), min(hi, 20))
        if r < 0.75:
            return self.choice([lo, hi, hi - 1, lo + 1, hi // 2, (hi + 1) // 2])
        return self.rng.randint(lo, min(hi, 2 ** 62))

    def int_atom(self, dt=None, S=None):
        dt = dt or self.choice(X_INT_DTS)
        if S is None:
            S = self.choice([(3,), (4,), (5,), (2, 3), (3, 2), (6,)])
        olds = self.xof("int", lambda v: v.dtype.name == dt and v.shape == S)
        r = self.rng.random()
        if olds and r < 0.35:
            return self.choice(olds)
        sp = self.xsp(dt)
        n = math.prod(S)
        if r < 0.6:
            vals = [str(self.int_val(dt)) for _ in range(n)]
            body = "[%s]" % ", ".join(vals) if len(S) == 1 else \
                "[%s]" % ", ".join("[%s]" % ", ".join(vals[i * S[1]:(i + 1) * S[1]]) for i in range(S[0]))
            return "np.array(%s, dtype=%s)" % (body, sp)
        if r < 0.8:
            a = self.xreal(lambda v: v.shape == S and v.dtype.kind == "i")
            a = a or self.make_array(S, "int")
            if self.p(0.3):
                a = "(%s * %d)" % (a, self.choice([37, 1000, 99991, -7]))
            return "%s.astype(%s)" % (a, sp)
        if r < 0.9:
            return "np.full(%s, %d, dtype=%s)" % (shp(S), self.int_val(dt), sp)
        if self.seeded and dt != "uint64":
            lo, hi = self.int_range(dt)
            a = self.rng.randint(max(lo, -50), 10)
            b = self.rng.randint(a + 1, min(hi, 300) + 1)
            return "np.random.randint(%d, %d, size=%s, dtype=%s)" % (a, b, shp(S), sp)
        return "np.zeros(%s, dtype=%s)" % (shp(S), sp)

    def int_expr(self, depth=2, dt=None, S=None):
        r = self.rng.random()
        if depth <= 0 or r < 0.3:
            return self.int_atom(dt, S)
        a = self.int_expr(depth - 1, dt, S)
        av = self.xev(a)
        adt = av.dtype.name
        u64 = adt == "uint64"
        if r < 0.6:
            ops = ["+", "-", "*", "&", "|", "^"] + ([] if u64 else ["//", "%"])
            op = self.choice(ops)
            if self.p(0.5):
                lo, hi = self.int_range(adt)
                b = str(self.rng.randint(max(lo, 0 if op in ("//", "%") else -5), min(hi, 9)))
                if op in ("//", "%") and b == "0":
                    b = "3"
            else:
                bdt = self.choice([adt, adt] + X_INT_DTS + ["int64", "int32"])
                if u64 and bdt not in ("uint8", "uint16", "uint32", "uint64") or \
                        (bdt == "uint64" and adt not in ("uint8", "uint16", "uint32", "uint64")):
                    bdt = adt
                b = self.int_atom(bdt, av.shape) if bdt in X_INT_DTS else \
                    "%s.astype(%s)" % (self.make_array(av.shape, "int"), self.xsp(bdt))
                if op in ("//", "%") and np.any(self.xev(b) == 0):
                    raise Reject("zero divisor")
                if op in ("//", "%") and (self.xev(b).dtype.name == "uint64" or np.result_type(av, self.xev(b)).name == "uint64"):
                    raise Reject("uint64 //")
            return "(%s %s %s)" % ((a, op, b) if self.p(0.8) or op in ("//", "%") else (b, op, a))
        if r < 0.75:
            k = self.rng.randint(0, np.dtype(adt).itemsize * 8 + 1)
            return "(%s %s %d)" % (a, self.choice(["<<", ">>"]), k)
        if r < 0.85:
            return self.choice(["(~%s)", "(-%s)", "abs(%s)"]) % a
        if r < 0.92 and not u64:
            return "(%s ** %d)" % (a, self.choice([0, 1, 2, 3]))
        return "%s.astype(%s)" % (a, self.xsp(self.choice(X_INT_DTS + ["int64"])))

    def x_ints(self):
        r = self.rng.random()
        new = {}
        if r < 0.3:
            nm = self.xname("ui")
            e = self.int_expr(self.rng.randint(0, 2))
            v = self.xev(e)
            if not isinstance(v, np.ndarray) or v.dtype.name not in X_INT_DTS:
                raise Reject("not a small int array")
            new[nm] = "int"
            return "%s = %s\nprint(%s)" % (nm, e, self.choice([nm, "repr(%s)" % nm, "%s.dtype" % nm])), new
        if r < 0.45:
            e = self.int_expr(self.rng.randint(1, 2))
            v = self.xev(e)
            if not isinstance(v, np.ndarray):
                raise Reject("not an array")
            red = self.choice(["%s.sum()", "%s.prod()", "%s.max()", "%s.min()", "%s.cumsum()", "%s.mean()",
                               "%s.argmax()", "np.sum(%s, axis=0)", "%s.max(axis=-1)", "%s.cumprod()", "%s",
                               "%s.std()", "%s.var()", "repr(%s)", "%s.dtype", "(%s).dtype", "%s.sum().dtype",
                               "repr(%s.max())", "%s.cumsum().dtype", "repr(%s.prod())", "%s.mean().dtype"])
            if v.size == 0 and ("max" in red or "min" in red):
                raise Reject("empty")
            if red.startswith(("%s.std", "%s.var", "%s.mean")) and np.abs(v.astype(float)).max(initial=0) > 2 ** 40:
                raise Reject("big mean")
            return "print(%s)" % (red % e), new
        if r < 0.6:
            # scalars
            dt = self.choice(X_INT_DTS)
            sp = self.choice(X_SPELL[dt][:2])
            a = "%s(%d)" % (sp, self.int_val(dt))
            forms = [a, "repr(%s)" % a, "%s + %s(%d)" % (a, sp, self.int_val(dt)),
                     "%s * %d" % (a, self.rng.randint(0, 3)), "%s // %d" % (a, self.rng.randint(1, 5)),
                     "%s >> %d" % (a, self.rng.randint(0, 9)), "~%s" % a, "%s < %d" % (a, self.rng.randint(-300, 300)),
                     "%s == %s" % (a, a), "int(%s)" % a, "float(%s)" % a,
                     "np.iinfo(%s).%s" % (self.xsp(dt), self.choice(["min", "bits", "dtype"] + (["max"] if dt != "uint64" else []))),
                     "%d << %d" % (self.rng.randint(-9, 9), self.rng.randint(0, 40)),
                     "%d >> %d" % (self.rng.randint(-999, 999), self.rng.randint(0, 12)),
                     "%d ^ %d" % (self.rng.randint(-99, 99), self.rng.randint(0, 99)),
                     "~%d" % self.rng.randint(-99, 99)]
            if dt == "uint64":
                forms = [f for f in forms if ("<" not in f or "<<" in f) and "//" not in f]
            e = self.choice(forms)
            if self.p(0.25):
                e = "repr(%s)" % e
            return "print(%s)" % e, new
        if r < 0.75:
            olds = self.xof("int", lambda v: v.size > 0)
            if not olds:
                raise Reject("no int arrays")
            o = self.choice(olds)
            v = self.ns[o]
            dt = v.dtype.name
            i = self.rng.randrange(v.shape[0])
            lo, hi = self.int_range(dt)
            st = self.choice(["%s[%d] = %d" % (o, i, self.int_val(dt)), "%s += %d" % (o, self.rng.randint(0, min(hi, 200))),
                              "%s[%d:] *= %d" % (o, i, self.rng.randint(0, 5)),
                              "%s <<= %d" % (o, self.rng.randint(0, 3)), "%s ^= %s" % (o, self.int_atom(dt, v.shape)),
                              "%s[%d] = %s" % (o, i, self.int_atom(dt, v.shape[1:]) if v.ndim > 1 else "%s(%d)" % (self.xsp(dt), self.int_val(dt)))])
            return st + "\nprint(%s)" % o, new
        if r < 0.88:
            # comparisons, astype, mixed with the program's arrays
            a = self.int_expr(1)
            v = self.xev(a)
            if not isinstance(v, np.ndarray):
                raise Reject("not an array")
            b = self.xreal(lambda w: w.shape == v.shape and w.dtype.kind == "i")
            if v.dtype.name == "uint64":
                e = self.choice(["%s.astype(np.int64)" % a, "%s.astype(float)" % a, "(%s == %s)" % (a, a)])
            else:
                e = self.choice(["(%s > %d)" % (a, self.rng.randint(-300, 300)), "%s.astype(float)" % a,
                                 "(%s / %d)" % (a, self.rng.randint(1, 7)), "(%s + %s)" % (a, b or "1"),
                                 "np.maximum(%s, %d)" % (a, self.rng.randint(0, 100)), "%s.astype(bool)" % a,
                                 "(%s + 0.5)" % a, "np.where(%s > 3, %s, 0)" % (a, a)])
            return "print(%s)" % e, new
        # uint8/16 loops over dtypes and iinfo
        dts = self.rng.sample(X_INT_DTS[:3] + X_INT_DTS[4:] + ["int32"], 2)
        d = self.xname("dt")
        new[d] = "loopvar"
        return "for D in [%s]:\n    print(np.iinfo(D).min, np.iinfo(D).max, np.iinfo(D).bits)".replace("D", d) % \
            ", ".join("np." + t for t in dts), new

    # -- lists ----------------------------------------------------------------------------------
    def list_lit(self, kind=None, n=None):
        kind = kind or self.wchoice([("int", 5), ("float", 3), ("bool", 1)])
        n = n or self.rng.randint(1, 7)
        if kind == "int":
            return "[%s]" % ", ".join(str(self.rng.randint(-9, 20)) for _ in range(n))
        if kind == "float":
            return "[%s]" % ", ".join(xlit_float(self.rng) for _ in range(n))
        return "[%s]" % ", ".join(self.choice(["True", "False"]) for _ in range(n))

    def list_src(self):
        """An expression making a new list."""
        r = self.rng.random()
        if r < 0.45:
            return self.list_lit()
        if r < 0.55:
            m, k = self.rng.randint(1, 3), self.rng.randint(2, 4)
            kind = self.choice(["int", "float"])
            return "[%s]" % ", ".join(self.list_lit(kind, k) for _ in range(m))
        if r < 0.65:
            a = self.rng.randint(-3, 4)
            return "list(range(%d, %d%s))" % (a, a + self.rng.randint(1, 8), self.choice(["", "", ", 2"]))
        names = self.arrays(maxsize=20, pred=lambda v: 1 <= v.ndim <= 2 and v.size > 0 and np.all(np.isfinite(v.astype(float))))
        if not names:
            return self.list_lit()
        a = self.choice(names)
        if r < 0.85 or self.vals[a].ndim != 1:
            return "%s.tolist()" % a
        return "list(%s)" % a

    def x_list(self):
        r = self.rng.random()
        lists = self.xof("list")
        flat = [n for n in lists if self.ns[n] and not isinstance(self.ns[n][0], list)]
        new = {}
        if r < 0.25 or not lists:
            nm = self.xname("L")
            e = self.list_src()
            v = self.xev(e)
            if not isinstance(v, list) or not v:
                raise Reject("not a list")
            new[nm] = "list"
            return "%s = %s\nprint(%s)" % (nm, e, self.choice([nm, nm, "len(%s)" % nm, "%s[0]" % nm, "repr(%s)" % nm])), new
        L = self.choice(flat) if flat and self.p(0.85) else self.choice(lists)
        v = self.ns[L]
        n = len(v)
        el = v[0]
        nested = isinstance(el, list)
        if r < 0.6:
            forms = ["%s[%d]" % (L, self.rng.randint(-n, n - 1)), "%s[%s]" % (L, self.rand_slice(n)),
                     "len(%s)" % L, "%s + %s" % (L, L),
                     "%s * %d" % (L, self.rng.randint(0 if "empty-list-result" not in self.avoid else 1, 3)),
                     "%d * %s" % (self.rng.randint(1, 2), L), "list(%s)" % L, "%s.copy()" % L]
            if not nested:
                if not isinstance(el, np.generic) or "sum-numpy-scalar-list" not in self.avoid:
                    forms.append("sum(%s)" % L)
                forms += ["sorted(%s)" % L, "sorted(%s, reverse=True)" % L, "min(%s)" % L,
                          "max(%s)" % L, "%s in %s" % (repr(el) if not isinstance(el, np.generic) else "%s[0]" % L, L),
                          "%d not in %s" % (self.rng.randint(-3, 5), L),
                          "np.array(%s)" % L, "np.sum(%s)" % L, "np.cumsum(%s)" % L, "np.max(%s)" % L,
                          "np.mean(%s)" % L, "np.array(%s, dtype=float)" % L, "np.asarray(%s) * 2" % L]
                ints = isinstance(el, (int, np.integer)) and not isinstance(el, (bool, np.bool_))
                arrs = self.arrays(maxsize=60, pred=lambda w: w.ndim >= 1 and w.shape[0] > 0)
                if ints and arrs:
                    a = self.choice(arrs)
                    m = self.vals[a].shape[0]
                    if all(-m <= x < m for x in v):
                        forms += ["%s[%s]" % (a, L)]
                        if self.vals[a].ndim == 2 and self.p(0.5) and "list-name-among-slices" not in self.avoid:
                            forms += ["%s[:, %s]" % (self.choice(arrs), L)]
                others = [m2 for m2 in flat if m2 != L and type(self.ns[m2][0]) is type(el)]
                if others:
                    forms.append("%s + %s" % (L, self.choice(others)))
            else:
                forms += ["%s[%d][0]" % (L, self.rng.randrange(n)), "np.array(%s)" % L, "np.array(%s).T" % L]
            e = self.choice(forms)
            if "empty-list-result" in self.avoid and isinstance(self.xev(e), list) and not self.xev(e):
                raise Reject("empty list avoided")
            return "print(%s)" % e, new
        if r < 0.75:
            # writes
            i = self.rng.randint(-n, n - 1)
            if nested:
                st = "%s[%d][0] = %s" % (L, i, repr(v[i][0]) if not isinstance(v[i][0], np.generic) else "%s[0][0]" % L)
            else:
                val = (repr(type(el)(self.rng.randint(-5, 9))) if isinstance(el, (int, float)) and not isinstance(el, bool)
                       else "%s[%d]" % (L, self.rng.randint(-n, n - 1)))
                st = self.choice(["%s[%d] = %s" % (L, i, val), "%s.sort()" % L, "%s.sort(reverse=True)" % L,
                                  "%s.reverse()" % L])
            return st + "\nprint(%s)" % L, new
        if r < 0.88 and not nested:
            acc, e, k = self.xname("acc"), self.xname("xe"), self.xname("xk")
            if isinstance(el, np.bool_):
                raise Reject("NumPy bools into an accumulator")
            init = "0.0" if isinstance(el, (float, np.floating)) else "0"
            form = self.choice(["for E in L:\n    A += E\n", "for K, E in enumerate(L):\n    A += E * K\n",
                                "for E in L:\n    if E > 1:\n        A += 1\n"])
            body = form.replace("L", L).replace("A", acc).replace("E", e).replace("K", k)
            new.update({acc: "scalar", e: "loopvar", k: "loopvar"})
            return "%s = %s\n%sprint(%s)" % (acc, init, body, acc), new
        # splits
        ms = self.arrays(maxsize=60, pred=lambda w: w.ndim == 2 and w.shape[0] >= 2 and w.shape[1] >= 2)
        if not nested and n >= 3 and self.p(0.5):
            a, b = sorted(self.rng.sample(range(1, n), 2)) if n > 3 else (1, 2)
            p1, p2, p3 = self.xname("sp"), self.xname("sp"), self.xname("sp")
            for q in (p1, p2, p3):
                new[q] = "arr"
            return "%s, %s, %s = np.split(%s, [%d, %d])\nprint(%s, %s, %s)" % (p1, p2, p3, L, a, b, p1, p2, p3), new
        if not ms:
            raise Reject("no matrix")
        M = self.choice(ms)
        f = self.choice(["vsplit", "hsplit"])
        k = self.rng.randint(1, self.vals[M].shape[0 if f == "vsplit" else 1] - 1)
        p1, p2 = self.xname("sp"), self.xname("sp")
        new[p1] = new[p2] = "arr"
        return "%s, %s = np.%s(%s, [%d])\nprint(%s)\nprint(%s.shape)" % (p1, p2, f, M, k, p1, p2), new

    # -- partition ------------------------------------------------------------------------------
    def x_partition(self):
        def ok(v):
            if v.dtype.kind not in "ifb" or v.ndim > 2 or v.size == 0 or v.shape[-1] > 64:
                return False
            if v.dtype.kind == "f" and (np.isnan(v).any() or ((v == 0).any() and np.signbit(v[v == 0]).any()
                                                              and (~np.signbit(v[v == 0])).any())):
                return False
            return True
        names = self.arrays(maxsize=120, pred=ok)
        if names and self.p(0.8):
            a = self.choice(names)
        else:
            a = self.make_array((self.rng.randint(2, 12),), self.choice(["int", "float"]))
        v = self.xev(a)
        if not ok(v):
            raise Reject("partition operand")
        n = v.shape[-1]
        multi = self.p(0.35) or v.dtype.kind == "b"
        if multi:
            ks = sorted(self.rng.sample(range(-n, n), min(n, self.rng.randint(2, 3)))) if n >= 2 else [0, 0]
            kth = "[%s]" % ", ".join(map(str, ks))
        else:
            kth = str(self.rng.randint(-n, n - 1))
        f = self.choice(["np.partition", "np.argpartition"])
        if f == "np.argpartition" and (v.dtype.kind == "b" or not multi and any(
                len(np.unique(lane)) < len(lane) for lane in v.reshape(-1, n))):
            f = "np.partition"
        axis = "" if v.ndim == 1 or self.p(0.5) else ", axis=%s" % self.choice(["-1", "1"])
        e = "%s(%s, %s%s)" % (f, a, kth, axis)
        r = self.rng.random()
        if r < 0.6 or multi is False and v.ndim == 1 and r < 0.8:
            return "print(%s)" % e, {}
        if v.ndim == 1 and not multi:
            k = int(kth) % n
            p = self.xname("pt")
            return "%s = np.partition(%s, %d)\nprint(np.sort(%s[:%d]), %s[%d], np.sort(%s[%d:]))" % (
                p, a, k, p, k, p, k, p, k + 1), {p: "arr"}
        p = self.xname("pt")
        return "%s = %s.copy()\n%s.partition(%s%s)\nprint(%s)" % (p, a, p, kth, axis, p), {p: "arr"}

    # -- stride tricks --------------------------------------------------------------------------
    def x_stride(self):
        st = self.choice(["np.lib.stride_tricks."])
        ones = self.arrays(maxsize=40, pred=lambda v: v.ndim == 1 and v.size >= 2)
        twos = self.arrays(maxsize=60, pred=lambda v: v.ndim == 2 and min(v.shape) >= 2)
        r = self.rng.random()
        new = {}
        if r < 0.45 and ones:
            a = self.choice(ones)
            n = self.vals[a].shape[0]
            w = self.rng.randint(1, n)
            e = "%ssliding_window_view(%s, %s)" % (st, a, self.choice([str(w), "(%d,)" % w, "window_shape=%d" % w]))
        elif r < 0.7 and twos:
            a = self.choice(twos)
            S = self.vals[a].shape
            if self.p(0.5):
                e = "%ssliding_window_view(%s, (%d, %d))" % (st, a, self.rng.randint(1, S[0]), self.rng.randint(1, S[1]))
            else:
                ax = self.rng.randint(0, 1)
                e = "%ssliding_window_view(%s, %d, axis=%s)" % (st, a, self.rng.randint(1, S[ax]), self.choice([str(ax), str(ax - 2)]))
        elif ones:
            a = self.choice(ones)
            n = self.vals[a].shape[0]
            w = self.rng.randint(1, n)
            if self.p(0.7):
                e = "%sas_strided(%s, shape=(%d, %d), strides=(%s.strides[0], %s.strides[0]))" % (st, a, n - w + 1, w, a, a)
            else:
                e = "%sas_strided(%s, shape=(%d, %d), strides=(0, %s.strides[0]))" % (st, a, self.rng.randint(1, 3), n, a)
        else:
            raise Reject("no operand")
        v = self.xev(e)
        post = self.choice(["", "", ".sum(axis=-1)", ".max(axis=-1)", ".shape", "[%d]" % self.rng.randrange(v.shape[0]),
                            ".mean(axis=-1)" if v.dtype.kind != "b" else ""])
        if post == ".max(axis=-1)" and v.dtype.kind == "f" and "max-signed-zero" in self.avoid:
            post = ""
        if v.dtype.kind == "b" and post.startswith(".sum"):
            post = ""
        if self.p(0.3):
            # a write into the base shows through the view
            W = self.xname("W")
            base = a
            i = self.rng.randrange(self.vals[base].shape[0])
            if self.vals[base].dtype.kind == "b":
                return "print(%s%s)" % (e, post), new
            return "%s = %s\n%s[%d] = %s\nprint(%s%s)" % (W, e, base, i, "%s[%d] + 1" % (base, i) if
                                                         self.vals[base].ndim == 1 else "1", W, post), {W: "view"}
        return "print(%s%s)" % (e, post), new

    # -- 0-d arrays -----------------------------------------------------------------------------
    def x_zerod(self):
        olds = self.xof("zerod")
        new = {}
        if not olds or self.p(0.35):
            nm = self.xname("z")
            r = self.rng.random()
            if r < 0.35:
                e = "np.array(%s)" % self.choice(["2.5", "3", "-1", "True", "0.1", "1e+20"])
                if self.p(0.3):
                    e = e[:-1] + ", dtype=%s)" % self.choice(["float", "np.int64", "np.float64"])
            elif r < 0.55:
                e = self.choice(["np.zeros(())", "np.ones(())", "np.full((), %s)" % self.choice(["7", "2.5", "-3"])])
            elif r < 0.8:
                names = self.arrays(pred=lambda v: v.size > 0 and v.ndim >= 1)
                if not names:
                    raise Reject("no arrays")
                a = self.choice(names)
                S = self.vals[a].shape
                idx = ", ".join(str(self.rng.randint(-d, d - 1)) for d in S)
                e = self.choice(["%s[%s, ...]", "%s[..., %s]"]) % (a, idx)
            else:
                scal = self.scalars(lambda v: not isinstance(v, bool) and abs(v) < 1e6)
                e = "np.asarray(%s)" % (self.choice(scal) if scal else "4.5") if self.p(0.5) else \
                    "np.array([%s]).reshape(())" % self.choice(["3", "0.5", "-2"])
            v = self.xev(e)
            if not isinstance(v, np.ndarray) or v.ndim != 0:
                raise Reject("not 0-d")
            new[nm] = "zerod"
            return "%s = %s\nprint(%s)" % (nm, e, self.choice([nm, "repr(%s)" % nm, "%s.shape, %s.ndim, %s.size" % (nm, nm, nm)])), new
        z = self.choice(olds)
        v = self.ns[z]
        r = self.rng.random()
        if r < 0.55:
            arrs = self.arrays(maxsize=30, pred=lambda w: w.ndim >= 1 and w.dtype.kind in "if")
            forms = ["%s * 2" % z, "repr(%s + 1)" % z, "%s[()]" % z, "%s.item()" % z, "float(%s)" % z,
                     "%s.sum()" % z, "repr(%s.max())" % z, "np.sqrt(%s)" % z if v.dtype.kind == "f" and v >= 0 else "%s - %s" % (z, z),
                     "%s == %s" % (z, z), "int(%s)" % z if np.isfinite(v) and abs(v) < 1e15 else "%s" % z,
                     "repr(%s)" % z, "%s.dtype" % z]
            if arrs:
                forms.append("%s + %s" % (z, self.choice(arrs)))
            return "print(%s)" % self.choice(forms), new
        val = self.choice(["2", "0.5", "-1"]) if v.dtype.kind == "f" else self.choice(["2", "-1", "5"])
        if v.dtype.kind == "b":
            val = "False"
        st = self.choice(["%s[...] = %s" % (z, val), "%s += %s" % (z, val), "%s *= %s" % (z, val)])
        return st + "\nprint(%s)" % z, new

    # -- ufunc methods --------------------------------------------------------------------------
    def x_ufuncm(self):
        r = self.rng.random()
        new = {}
        if r < 0.35:
            names = self.arrays(maxsize=40, pred=lambda v: v.ndim in (1, 2) and v.shape[0] > 0 and v.dtype.kind in "if")
            if not names:
                raise Reject("no arrays")
            a = self.choice(names)
            v = self.vals[a]
            n = v.shape[0]
            T = self.xname("T")
            new[T] = "arr"
            k = self.rng.randint(1, 5)
            idx = [self.rng.randint(-n, n - 1) for _ in range(k)]
            ids = "[%s]" % ", ".join(map(str, idx)) if self.p(0.6) else "np.array(%s)" % [i for i in idx]
            op = self.choice(["add", "add", "subtract", "multiply", "maximum", "minimum"])
            if v.ndim == 1:
                b = self.choice(["1", "2", "-3", "%s" % ("0.5" if v.dtype.kind == "f" else "4"),
                                 "np.arange(%d)" % k if v.dtype.kind == "i" else "np.arange(%d) * 0.5" % k])
            else:
                b = self.choice(["1", "np.arange(%d)" % v.shape[1] if v.dtype.kind == "i" else "2.5"])
            return "%s = %s.copy()\nnp.%s.at(%s, %s, %s)\nprint(%s)" % (T, a, op, T, ids, b, T), new
        if r < 0.6:
            A = self.choice([self.list_lit(self.choice(["int", "float"]), self.rng.randint(1, 4)),
                             "np.arange(%d)" % self.rng.randint(1, 5)] + self.arrays(maxsize=8, pred=lambda v: v.ndim == 1 and v.dtype.kind in "if"))
            B = self.choice([self.list_lit("int", self.rng.randint(1, 4)), "np.arange(%d, 0, -1)" % self.rng.randint(1, 5)]
                            + self.arrays(maxsize=8, pred=lambda v: v.ndim <= 2 and v.dtype.kind in "if"))
            op = self.choice(["add", "subtract", "multiply", "maximum", "minimum", "divide"] )
            return "print(np.%s.outer(%s, %s))" % (op, A, B), new
        names = self.arrays(maxsize=60, pred=lambda v: v.ndim >= 1 and v.size > 0)
        if not names:
            raise Reject("no arrays")
        a = self.choice(names)
        v = self.vals[a]
        if v.dtype.kind == "b":
            f = self.choice(["logical_and.reduce", "logical_or.reduce"])
        else:
            f = self.choice(["add.reduce", "multiply.reduce", "maximum.reduce", "minimum.reduce", "add.accumulate",
                             "multiply.accumulate"])
            if "imum" in f and v.dtype.kind == "f" and "max-signed-zero" in self.avoid and (v == 0).any():
                raise Reject("signed zero")
        ax = self.choice(["", "", ", axis=%d" % self.rng.randint(-v.ndim, v.ndim - 1)] + ([", axis=None"] if "reduce" in f else []))
        if "reduce" in f and self.p(0.2):
            ax += ", keepdims=True"
        return "print(np.%s(%s%s))" % (f, a, ax), new

    # -- np.interp ------------------------------------------------------------------------------
    def x_interp(self):
        names = self.arrays(maxsize=40, pred=lambda v: v.dtype.kind in "if" and v.ndim >= 1 and np.all(np.isfinite(v)))
        x = self.choice(names) if names and self.p(0.8) else "np.linspace(%s, %s, %d)" % (
            self.choice(["-2", "0", "0.5"]), self.choice(["3", "5.5", "10"]), self.rng.randint(2, 9))
        k = self.rng.randint(1, 6)
        pts = sorted(self.rng.sample(range(-6, 12), k))
        xp = [p * self.choice([1, 0.5]) for p in pts] if self.p(0.5) else pts
        xp = sorted(set(xp))
        fp = [self.choice([0.0, 1.0, -2.0, 3.5, 0.25, 10.0, -1.5]) for _ in xp]
        xps = repr(xp) if self.p(0.7) else "np.array(%r)" % (xp,)
        fps = repr(fp) if self.p(0.7) else "np.array(%r)" % (fp,)
        kw = self.choice(["", "", ", left=%s" % self.choice(["0.0", "-1", "np.nan"]), ", right=%s" % self.choice(["99.0", "2"])])
        return "print(np.interp(%s, %s, %s%s))" % (x, xps, fps, kw), {}

    # -- np.linspace with run-time bounds -------------------------------------------------------
    def x_linspace(self):
        names = self.arrays(maxsize=60, pred=lambda v: v.dtype.kind in "if" and v.size > 0 and np.all(np.isfinite(v)))
        scal = self.scalars(lambda v: not isinstance(v, (bool, np.bool_)) and abs(v) < 1e9 and np.isfinite(v))
        opts = ["0", "1.5", "-2"]
        for a in names:
            opts += ["%s.min()" % a, "%s.max()" % a, "float(%s.sum())" % a]
        opts += scal
        lo, hi = self.choice(opts), self.choice(opts)
        num = self.rng.randint(0, 8)
        ep = self.choice(["", "", ", endpoint=False"])
        nm = self.xname("ls")
        return "%s = np.linspace(%s, %s, %d%s)\nprint(%s)" % (nm, lo, hi, num, ep, self.choice([nm, "%s[-1]" % nm if num else nm, "%s * 2" % nm])), {nm: "arr"}

    # -- integer arrays among slices, np.ix_ ----------------------------------------------------
    def x_fancy(self):
        names = self.arrays(maxsize=80, pred=lambda v: v.ndim in (2, 3) and min(v.shape) > 0)
        if not names:
            raise Reject("no matrices")
        a = self.choice(names)
        S = self.vals[a].shape

        def idx(n, k=None):
            k = k or self.rng.randint(1, 4)
            vals = [self.rng.randint(-n, n - 1) for _ in range(k)]
            r = self.rng.random()
            if r < 0.5:
                return "[%s]" % ", ".join(map(str, vals))
            if r < 0.8 or k < 2 or "array-method-index" in self.avoid:
                return "np.array(%s)" % vals
            return "np.array(%s).reshape(%d, %d)" % (vals[:k - k % 2], 2, (k - k % 2) // 2) if k >= 4 else "np.array(%s)" % vals

        r = self.rng.random()
        if r < 0.2 and len(S) >= 2:
            k = self.rng.randint(1, 3)
            e = "%s[np.ix_(%s, %s)]" % (a, idx(S[0], k), idx(S[1]))
        elif len(S) == 2:
            e = self.choice(["%s[:, %s]" % (a, idx(S[1])), "%s[%s, :]" % (a, idx(S[0])),
                             "%s[%s, %d]" % (a, idx(S[0]), self.rng.randint(-S[1], S[1] - 1)),
                             "%s[%s, %s]" % (a, self.rand_slice(S[0]), idx(S[1])),
                             "%s[%s, ::-1]" % (a, idx(S[0]))])
        else:
            e = self.choice(["%s[%d, :, %s]" % (a, self.rng.randint(0, S[0] - 1), idx(S[2])), "%s[..., %s]" % (a, idx(S[2])),
                             "%s[:, %s]" % (a, idx(S[1])), "%s[:, :, %s]" % (a, idx(S[2])),
                             "%s[%s, :, %s]" % (a, idx(S[0], 2), idx(S[2], 2))])
        v = self.xev(e)
        if not isinstance(v, np.ndarray):
            raise Reject("not an array")
        if self.p(0.35):
            T = self.xname("F")
            tgt = e.replace(a, T, 1)
            val = self.choice(["0", "1", "-%s" % tgt, "%s * 2" % tgt]) if v.dtype.kind != "b" else "True"
            op = self.choice(["=", "=", "+="]) if v.dtype.kind != "b" else "="
            if op != "=" and "mixed-augassign-inline-array" in self.avoid and "np.array" in tgt:
                op = "="
            return "%s = %s.copy()\n%s %s %s\nprint(%s)" % (T, a, tgt, op, val, T), {T: "arr"}
        return "print(%s)" % e, {}

    # -- np.einsum ------------------------------------------------------------------------------
    EINSUM_FORMS = ["ij,ij->i", "ij,jk->ik", "ij,jk", "ii->i", "ii", "ij->ji", "i,i", "i,j->ij", "ijk,ik->ij",
                    "bij,bjk->bik", "ij->i", "ij", "i->", "ij,j->i", "ij,jk,kl->il", "i,i,i", "ji", "ij->"]

    def x_einsum(self):
        form = self.choice(self.EINSUM_FORMS)
        ins = form.split("->")[0].split(",")
        labels = sorted(set("".join(ins)))
        dims = {c: self.rng.randint(1, 4) for c in labels}
        kind = self.choice(["int", "float"])
        ops = []
        for sub in ins:
            S = tuple(dims[c] for c in sub)
            cands = self.arrays(pred=lambda v: v.shape == S and v.dtype.name == ("int64" if kind == "int" else "float64")
                                and all(s >= 0 for s in v.strides) and np.all(np.isfinite(v)))
            if cands and self.p(0.5):
                ops.append(self.choice(cands))
            elif kind == "int":
                ops.append("np.arange(%d)%s" % (math.prod(S), ".reshape(%s)" % ", ".join(map(str, S)) if len(S) > 1 else ""))
            else:
                ops.append("(np.arange(%d) * %s)%s" % (math.prod(S), self.choice(["0.1", "0.5", "1.3", "-0.7"]),
                                                        ".reshape(%s)" % ", ".join(map(str, S)) if len(S) > 1 else ""))
        return "print(np.einsum('%s', %s))" % (form, ", ".join(ops)), {}

    # -- np.histogram ---------------------------------------------------------------------------
    def x_histogram(self):
        names = self.arrays(maxsize=100, pred=lambda v: v.dtype.name in ("int64", "float64") and v.size > 0
                            and np.all(np.isfinite(v)))
        a = self.choice(names) if names and self.p(0.8) else self.make_array(self.rand_shape(), "float")
        r = self.rng.random()
        if r < 0.5:
            args = "bins=%d" % self.rng.randint(1, 8) if self.p(0.7) else "%d" % self.rng.randint(1, 8)
        elif r < 0.75:
            lo = self.rng.randint(-5, 3)
            args = "bins=%d, range=(%s, %s)" % (self.rng.randint(1, 6), lo, lo + self.choice([1, 2.5, 6, 10]))
        elif r < 0.85:
            args = ""
        else:
            edges = sorted(set(float(self.rng.randint(-6, 10) * self.choice([1, 0.5])) for _ in range(self.rng.randint(2, 5))))
            if len(edges) < 2:
                edges = [0.0, 1.0]
            args = "bins=%r" % (edges,)
        h, e = self.xname("h"), self.xname("e")
        sep = ", " if args else ""
        return "%s, %s = np.histogram(%s%s%s)\nprint(%s)\nprint(%s)" % (h, e, a, sep, args, h, e), {h: "arr", e: "arr"}

    # -- np.linalg.matrix_rank ------------------------------------------------------------------
    def x_rank(self):
        names = self.arrays(maxsize=40, pred=lambda v: v.ndim == 2 and v.dtype.name in ("int64", "float64")
                            and v.size > 0 and np.all(np.isfinite(v)))
        if names and self.p(0.6):
            a = self.choice(names)
        else:
            m, n = self.rng.randint(1, 4), self.rng.randint(1, 4)
            a = self.choice(["np.arange(%d).reshape(%d, %d)" % (m * n, m, n), "np.ones((%d, %d))" % (m, n),
                             "np.eye(%d)" % m, "np.array(%s, dtype=float)" % self.lit_list((m, n), "int")])
        A = np.asarray(self.xev(a), dtype=float)
        S = np.linalg.svd(A, compute_uv=False)
        tol = S.max() * max(A.shape) * np.finfo(float).eps
        if any(tol / 8 <= s <= tol * 8 for s in S) or (tol == 0 and S.max() != 0):
            raise Reject("rank undecidable")
        return "print(np.linalg.matrix_rank(%s))" % a, {}

    # -- with run-time values: loops over the new values, run-time ints as operands -------------
    def x_runtime(self):
        """Loops reading lists, complex and small-int arrays by a run-time index, and run-time
        Python ints as operands (checked against the dtype when the line runs)."""
        r = self.rng.random()
        if not self.nr or self.p(0.2):
            self.rt_dyn_int()
        nr = self.choice(self.nr)
        nv = self.ns[nr]
        new = {}
        if r < 0.6 and self.p(0.5):
            self.x_bind(self.choice(["list", "int"] if r >= 0.3 else ["list", "int", "complex"]))
        if r < 0.3:
            cands = self.xof("list", lambda v: v and not isinstance(v[0], (list, np.bool_)) and not isinstance(v[0], bool)) + \
                self.xof("complex", lambda v: v.ndim == 1 and v.size > 0) + \
                self.xof("int", lambda v: v.ndim == 1 and v.size > 0 and v.dtype.name != "uint64")
            if not cands:
                raise Reject("nothing to loop over")
            o = self.choice(cands)
            v = self.ns[o]
            n = len(v)
            acc, i = self.xname("acc"), self.xname("xi")
            new.update({acc: "scalar", i: "loopvar"})
            if isinstance(v, list):
                init = "0.0" if isinstance(v[0], (float, np.floating)) else "0"
                body = self.choice(["A += O[I]", "A += O[-1 - I] * I", "A = max(A, O[I])", "A += O[I % N] - O[0]"])
            elif v.dtype.kind == "c":
                # (a Python complex does not become the NumPy one in a loop: lang-spec/types-and-shapes.md
                # allows that for float, int and bool only)
                init = "np.complex128(%s)" % self.choice(["0j", "complex(0, 0)", "0.5 + 0j"])
                body = self.choice(["A += O[I]", "A = A * 1j + O[I]", "A += O[I] * O[I]", "A -= O[-1 - I] / 2"])
            else:
                init = "0"
                body = self.choice(["A += int(O[I])", "A += int(O[I] >> 1)", "A = A + int(O[I] & 7)"])
            stop = self.choice([str(n), "min(%s, %d)" % (nr, n) if nv >= 0 else str(n), "len(%s)" % o])
            body = body.replace("A", acc).replace("O", o).replace("I", i).replace("N", str(n))
            return "%s = %s\nfor %s in range(%s):\n    %s\nprint(%s)" % (acc, init, i, stop, body, acc), new
        if r < 0.6:
            olds = self.xof("int", lambda v: v.size > 0 and v.dtype.name != "uint64")
            if not olds:
                raise Reject("no int arrays")
            o = self.choice(olds)
            v = self.ns[o]
            lo, hi = self.int_range(v.dtype.name)
            e = self.choice(["%s + %s", "%s * %s", "%s - %s", "%s // (%s + 4)", "%s << (%s %% 4)", "%s < %s * 100"])
            if "//" in e and nv + 4 == 0:
                raise Reject("zero divisor")
            if not lo <= nv <= hi or not lo <= nv * 100 <= hi and "100" in e:
                if "100" not in e:
                    raise Reject("run-time int out of the dtype")
            return "print(%s)" % (e % (o, nr)), new
        if r < 0.8:
            # partition with a run-time kth
            names = self.arrays(maxsize=64, pred=lambda v: v.ndim == 1 and 0 < v.size <= 64 and v.dtype.kind == "i")
            a = self.choice(names) if names and self.p(0.7) else self.make_array((self.rng.randint(4, 12),), "int")
            av = self.xev(a)
            n = av.shape[0]
            if not -n <= nv < n:
                raise Reject("kth out of range")
            f = "np.argpartition" if len(np.unique(av)) == n and self.p(0.5) else "np.partition"
            return "print(%s(%s, %s))" % (f, a, nr), new
        # list element by a run-time index, written and read
        lists = self.xof("list", lambda v: v and isinstance(v[0], (int, float)) and not isinstance(v[0], bool))
        if not lists:
            self.x_bind("list")
            lists = self.xof("list", lambda v: v and isinstance(v[0], (int, float)) and not isinstance(v[0], bool))
        if not lists:
            raise Reject("no lists")
        L = self.choice(lists)
        n = len(self.ns[L])
        if not -n <= nv < n:
            raise Reject("index out of range")
        val = "%s[0] + %s[-1]" % (L, L)
        return self.choice(["print(%s[%s])" % (L, nr), "%s[%s] = %s\nprint(%s)" % (L, nr, val, L)]), new

    def x_bind(self, tag):
        """Bind a new hidden name of a kind (list, int, complex) for later statements."""
        nm = self.xname({"list": "L", "int": "ui", "complex": "cz"}[tag])
        e = {"list": self.list_src, "int": lambda: self.int_atom(), "complex": lambda: self.cx_atom()}[tag]()
        v = self.xev(e)
        if tag == "list" and (not isinstance(v, list) or not v):
            raise Reject("not a list")
        self.xcommit("%s = %s" % (nm, e), {nm: tag})
        return nm

    # -- error endings --------------------------------------------------------------------------
    def x_error(self):
        """(statement, when) for a statement with the new features that NumPy/CPython reject."""
        k = self.choice(["int_over", "int_over", "int_store", "list_index", "list_add", "partition", "window",
                         "interp", "einsum", "ix", "complex_cmp", "complex_int", "zerod", "hist", "at",
                         "shift", "list_attr", "int_run", "int_run", "list_run", "kth_run"])
        if k in ("int_run", "list_run", "kth_run"):
            # a run-time value out of range, found when the line runs
            if not self.nr or self.p(0.3):
                self.rt_dyn_int()
            nr = self.choice(self.nr)
            nv = self.ns[nr]
            if k == "int_run":
                olds = self.xof("int", lambda v: v.size > 0 and v.dtype.name in ("uint8", "int8", "uint16", "int16"))
                if not olds:
                    raise Reject("no small int arrays")
                o = self.choice(olds)
                lo, hi = self.int_range(self.ns[o].dtype.name)
                c = self.choice([hi + 1, lo - 1, 2 ** 20]) - nv
                return "print(%s + (%s + %d))" % (o, nr, c), "run"
            if k == "list_run":
                lists = self.xof("list")
                if not lists:
                    raise Reject("no lists")
                L = self.choice(lists)
                return "print(%s[%s + %d])" % (L, nr, len(self.ns[L]) - nv + self.rng.randint(0, 2)), "run"
            names = self.arrays(maxsize=64, pred=lambda v: v.ndim == 1 and 0 < v.size <= 64 and v.dtype.kind in "if")
            if not names:
                raise Reject("no vectors")
            a = self.choice(names)
            return "print(np.partition(%s, %s + %d))" % (a, nr, self.vals[a].shape[0] - nv), "run"
        if k == "int_over":
            dt = self.choice(X_INT_DTS[:3] + X_INT_DTS[4:])
            lo, hi = self.int_range(dt)
            bad = self.choice([hi + 1, hi + self.rng.randint(2, 1000), lo - 1, -1 if lo == 0 else lo - 7])
            olds = self.xof("int", lambda v: v.dtype.name == dt)
            base = self.choice(olds) if olds and self.p(0.5) else "%s(%d)" % (self.choice(X_SPELL[dt][:2]), self.int_val(dt))
            return self.choice(["print(%s + %d)" % (base, bad), "xq = %s * %d" % (base, bad),
                                "print(%s(%d))" % (X_SPELL[dt][0], bad)]), "compile"
        if k == "int_store":
            dt = self.choice(X_INT_DTS[:3] + X_INT_DTS[4:])
            lo, hi = self.int_range(dt)
            olds = self.xof("int", lambda v: v.dtype.name == dt and v.size > 0)
            if olds and self.p(0.6):
                return "%s[0] = %d" % (self.choice(olds), hi + 1), "compile"
            return "xq = np.array([1, %d], dtype=%s)" % (hi + 1, self.xsp(dt)), "compile"
        if k == "shift":
            return "print(%d << %d)" % (self.rng.randint(1, 9), -self.rng.randint(1, 5)), "compile"
        if k in ("list_index", "list_add", "list_attr"):
            lists = self.xof("list")
            L = self.choice(lists) if lists else self.list_lit()
            n = len(self.xev(L))
            if k == "list_index":
                return "print(%s[%d])" % (L, self.choice([n, n + 2, -n - 1])), "compile"
            if k == "list_add":
                return "print(%s + %s)" % (L, self.choice(["1", "2.5"])), "compile"
            return "print(%s.mean())" % L, "compile"
        if k == "partition":
            names = self.arrays(maxsize=60, pred=lambda v: v.ndim == 1 and 0 < v.size <= 64 and v.dtype.kind in "if")
            a = self.choice(names) if names else "np.arange(5)"
            n = self.xev(a).shape[0]
            return "print(np.%s(%s, %d))" % (self.choice(["partition", "argpartition"]), a, self.choice([n, n + 3, -n - 1])), "compile"
        if k == "window":
            names = self.arrays(maxsize=60, pred=lambda v: v.ndim == 1 and v.size > 0)
            a = self.choice(names) if names else "np.arange(4)"
            n = self.xev(a).shape[0]
            return "print(np.lib.stride_tricks.sliding_window_view(%s, %d))" % (a, n + self.rng.randint(1, 3)), "compile"
        if k == "interp":
            return "print(np.interp(%s, [0, 1, 2], [%s]))" % (self.choice(["np.arange(3)", "np.linspace(0, 2, 5)"]),
                                                               self.choice(["1.0, 2.0", "1.0, 2.0, 3.0, 4.0"])), "compile"
        if k == "einsum":
            return self.choice(["print(np.einsum('ij,jk->ik', np.ones((2, 3)), np.ones((2, 3))))",
                                "print(np.einsum('ii', np.arange(6).reshape(2, 3)))",
                                "print(np.einsum('ijk', np.arange(6).reshape(2, 3)))",
                                "print(np.einsum('ij->k', np.ones((2, 2))))",
                                "print(np.einsum('i,i', np.arange(3)))"]), "compile"
        if k == "ix":
            ms = self.arrays(maxsize=60, pred=lambda v: v.ndim == 2)
            a = self.choice(ms) if ms else "np.arange(6).reshape(2, 3)"
            return "print(%s[np.ix_([[0]], [0])])" % a, "compile"
        if k == "complex_cmp":
            return "print(%s %s %s)" % (self.cx_lit(), self.choice(["<", ">=", ">"]), self.cx_lit()), "compile"
        if k == "complex_int":
            return "print(%s(%s))" % (self.choice(["int", "float"]), self.cx_lit()), "compile"
        if k == "zerod":
            z = self.xof("zerod")
            if z:
                return "%s += np.arange(%d)" % (self.choice(z), self.rng.randint(2, 4)), "compile"
            return "xq = np.array(1.5)\nxq += np.arange(3)", "compile"
        if k == "hist":
            names = self.arrays(maxsize=60, pred=lambda v: v.dtype.name in ("int64", "float64") and v.size > 0)
            a = self.choice(names) if names else "np.arange(4.0)"
            return self.choice(["print(np.histogram(%s, bins=3, range=(2, 1)))" % a,
                                "print(np.histogram(%s, bins=0))" % a,
                                "print(np.histogram(%s, bins=[0, 2, 1]))" % a]), "compile"
        names = self.arrays(maxsize=60, pred=lambda v: v.ndim == 1 and v.size > 0 and v.dtype.kind in "if")
        a = self.choice(names) if names else "np.arange(4)"
        n = self.xev(a).shape[0]
        return "xq = %s.copy()\nnp.add.at(xq, [0, %d], 1)" % (a, n + self.rng.randint(0, 3)), "run"


# ---------------------------------------------------------------------------------------------
# the generator

class Gen(XGen):
    def __init__(self, rng, special=False, avoid=()):
        self.rng = rng
        self.avoid = set(avoid)         # known arrc bugs to steer clear of (--avoid)
        self.special = special          # allow inf/nan (warnings) in this program
        self.stmts = []                 # accepted top-level statements (source text)
        self.consts = []                # compile-time int constant names
        self.loopvars = {}              # index base expression -> (min, max) while in a body
        self.dead = set()               # names first bound inside bodies: never reused after
        self.body_depth = 0
        self.in_loop = False
        self.seeded = False
        self.fresh = 0
        self.funcs = {}                 # user functions defined so far: name -> params, mutates, tmpl
        self.poly = False               # generating a function body (argument shapes vary per call)
        self.widened = set()            # names (and functions) whose Python scalar may have become
        #                                 the NumPy one: statically NumPy, whatever the value shows
        self.effects = {}               # printing functions for side effects: name -> kind (effect_func)
        self.rec = None                 # the recursive function: (name, takes an accumulator)
        self.classes = set()            # issue 9's classes (KNOWN_BUGS names) in the program, for --stats
        self.rt = set()                 # names bound to arrays of run-time extent (never in names())
        self.rtc = None                 # the run-time-extent loop being built (rt_loop), or None
        self.nr = []                    # top-level names of run-time ints (nrN)
        self.rt_error_src = None        # the last error statement rt_error made
        self.xn = {}                    # names bound by the issue 10 statements (XGen): name -> tag
        self.reset_ns()
        self.vals = self.ns

    # -- execution -----------------------------------------------------------------------------
    def reset_ns(self):
        self.ns = {"__name__": "__main__", "print": _checked_print, "__checked_int": _checked_int,
                   "__checked_range": _checked_range}
        exec("import numpy as np", self.ns)

    def guard(self):
        if self.special:
            return quiet()
        return strict()

    def ev(self, code, scope=None):
        scope = self.vals if scope is None else scope
        try:
            with self.guard(), self.local_checks():
                v = eval(gen_compile(code, "eval"), scope)
        except Reject:
            raise
        except Exception as e:
            raise Reject("%s: %s" % (type(e).__name__, e))
        check_value(v)
        return v

    def commit(self, src):
        """Execute a top-level statement in the live namespace; keep it if it works."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                code = gen_compile(src, "exec")
            with self.guard(), self.local_checks():
                exec(code, self.ns)
            for k, v in self.ns.items():
                if k in self.xn:
                    xcheck_value(v)
                elif not k.startswith("__") and k not in ("np", "print"):
                    check_value(v)
        except Exception as e:
            self.replay()
            if isinstance(e, Reject):
                raise
            raise Reject("%s: %s" % (type(e).__name__, e))
        self.stmts.append(src)
        if self.widened:
            self.spread_widened(src)

    def spread_widened(self, src):
        """Names assigned from an expression that uses a widened name are widened too."""
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.Assign, ast.AugAssign)) and self.mentions_widened(ast.unparse(node.value)):
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    for n in ast.walk(t):
                        if isinstance(n, ast.Name):
                            self.widened.add(n.id)

    @contextlib.contextmanager
    def local_checks(self):
        """The locals of user functions must stay in the language too (dtypes, 0-d arrays, ...),
        whatever arguments a call passes."""
        if not self.funcs:
            yield
            return
        del _LOCAL_BAD[:]
        old = sys.getprofile()
        sys.setprofile(_local_profile)
        try:
            yield
        finally:
            sys.setprofile(old)
        if _LOCAL_BAD:
            raise Reject("function local: " + _LOCAL_BAD[0])

    def replay(self):
        self.reset_ns()
        _XPRINT[0] = True
        try:
            with self.guard():
                for s in self.stmts:
                    exec(gen_compile(s, "exec"), self.ns)
        finally:
            _XPRINT[0] = False
        self.vals = self.ns

    # -- random helpers ------------------------------------------------------------------------
    def p(self, x):
        return self.rng.random() < x

    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wchoice(self, pairs):
        tot = sum(w for _, w in pairs)
        r = self.rng.random() * tot
        for item, w in pairs:
            r -= w
            if r < 0:
                return item
        return pairs[-1][0]

    def attempt(self, fn, tries=12):
        last = None
        for _ in range(tries):
            try:
                return fn()
            except Reject as e:
                last = e
        raise Reject("gave up: %s" % last)

    def fresh_name(self):
        self.fresh += 1
        return "t%d" % self.fresh

    # -- names in scope ------------------------------------------------------------------------
    def names(self, pred):
        out = []
        for k, v in self.vals.items():
            if k.startswith("__") or k in RESERVED or k in self.dead or k in self.loopvars or k in self.rt \
                    or k in self.xn:
                continue
            if pred(v):
                out.append(k)
        return out

    def arrays(self, maxsize=300, pred=None):
        return self.names(lambda v: isinstance(v, np.ndarray) and v.size <= maxsize
                          and (pred is None or pred(v)))

    def scalars(self, pred=None):
        return self.names(lambda v: (isinstance(v, (int, float, np.generic)))
                          and (pred is None or pred(v)))

    # -- ints, shapes, literals ----------------------------------------------------------------
    def int_code(self, v):
        if self.consts and self.p(0.3):
            cs = list(self.consts)
            self.rng.shuffle(cs)
            for c in cs:
                cv = self.ns[c]
                if cv == v:
                    return c
                if cv - 1 == v:
                    return "%s - 1" % c
                if cv + 1 == v:
                    return "%s + 1" % c
                if 2 * cv == v:
                    return "%s * 2" % c
                if cv != 0 and -cv == v:
                    return "-%s" % c
        return str(v)

    def shape_code(self, S, allow_int=True):
        if len(S) == 1 and allow_int and self.p(0.5):
            return self.int_code(S[0])
        if len(S) == 1:
            return "(%s,)" % self.int_code(S[0])
        return "(" + ", ".join(self.int_code(d) for d in S) + ")"

    def rand_shape(self, maxsize=60):
        while True:
            nd = self.wchoice([(1, 0.4), (2, 0.42), (3, 0.18)])
            dims = [self.wchoice([(1, 1.2), (2, 3), (3, 3), (4, 2), (5, 1.2), (6, 0.5)])
                    for _ in range(nd)]
            if self.p(0.02):
                dims[self.rng.randrange(nd)] = 0
            if nd <= 2 and self.p(0.08):
                dims[-1] = self.rng.randint(7, 30)      # long rows: line wrapping
            if math.prod(dims) <= maxsize:
                return tuple(dims)

    def float_lit(self):
        return self.choice(["0.5", "1.5", "-2.5", "2.0", "0.25", "-0.75", "3.0", "1e-05",
                            "10000000000.0", "-0.001", "0.1", "0.0025", "100.0", "2.5",
                            "-1.0", "7.25", "1e-08", "123.456"])

    def int_lit(self):
        return str(self.wchoice([(self.rng.randint(-5, 10), 8), (self.rng.randint(11, 1000), 1),
                                 (self.rng.choice([2 ** 31, 10 ** 12, -(10 ** 9)]), 0.3)]))

    def elem_lit(self, kind):
        if kind == "int":
            return str(self.wchoice([(self.rng.randint(-9, 20), 10),
                                     (self.rng.randint(-1000, 100000), 1)]))
        if kind == "bool":
            return self.choice(["True", "False"])
        return self.choice(["-2.5", "-1.0", "-0.5", "0.0", "0.25", "0.5", "1.0", "1.5", "2.0",
                            "3.75", "10.0", "0.1", "0.001", "123.456", "100000.0", "-7.125",
                            "4.0", "6.5", "-3.0", "2.25", "1e-05", "12345678.9", "-0.0"])

    def lit_list(self, S, kind):
        if len(S) == 1:
            items = []
            for _ in range(S[0]):
                k = kind
                if kind == "float" and self.p(0.2):
                    k = "int"
                if kind == "int" and self.p(0.05):
                    k = "bool"
                items.append(self.elem_lit(k))
            if kind == "float" and S[0] > 0 and all("." not in x and "e" not in x for x in items):
                items[0] = self.elem_lit("float")
            return "[" + ", ".join(items) + "]"
        return "[" + ", ".join(self.lit_list(S[1:], kind) for _ in range(S[0])) + "]"

    def reshape_suffix(self, S):
        n = math.prod(S)
        nd = len(S)
        if nd == 1:
            return self.wchoice([("", 8), (".reshape(-1)", 1), (".reshape(%s)" % self.int_code(n), 1)])
        r = self.rng.random()
        if r < 0.35:
            return ".reshape(%s)" % self.shape_code(S, allow_int=False)
        if r < 0.65 or n == 0:
            return ".reshape(%s)" % ", ".join(self.int_code(d) for d in S)
        k = self.rng.randrange(nd)
        parts = ["-1" if i == k else self.int_code(d) for i, d in enumerate(S)]
        if self.p(0.5):
            return ".reshape((%s))" % ", ".join(parts)
        return ".reshape(%s)" % ", ".join(parts)

    def make_array(self, S, kind=None):
        """A creation expression for a fresh array of shape S."""
        kind = kind or self.wchoice([("int", 0.45), ("float", 0.4), ("bool", 0.15)])
        n = math.prod(S)
        nd = len(S)
        if self.p(0.08):
            likes = [(nm, "") for nm in self.arrays(pred=lambda v: v.shape == S)]
            likes += [(nm, ".T") for nm in self.arrays(pred=lambda v: v.ndim >= 2 and v.shape[::-1] == S)]
            if likes:
                nm, suf = self.choice(likes)
                dt = {"int": "int", "float": "float", "bool": "bool"}[kind]
                dtk = "" if self.vals[nm].dtype.name.startswith(dt) else ", dtype=%s" % dt
                return "np.%s(%s%s%s)" % (self.choice(["zeros_like", "ones_like"]), nm, suf, dtk)
        if self.p(0.15):
            code = self.ctor_array(S, kind)
            if code is not None:
                try:
                    v = self.ev(code)
                    if isinstance(v, np.ndarray) and v.shape == S and v.dtype.kind == kind[0]:
                        return code
                except Reject:
                    pass
        r = self.rng.random()
        if kind == "int":
            if r < 0.4:
                return "np.arange(%s)" % self.int_code(n) + self.reshape_suffix(S)
            if r < 0.55:
                a = self.rng.randint(-5, 5)
                return "np.arange(%d, %d)" % (a, a + n) + self.reshape_suffix(S)
            if r < 0.65:
                s = self.choice([2, 3, -1, -2, 5])
                a = self.rng.randint(-4, 6)
                return "np.arange(%d, %d, %d)" % (a, a + n * s, s) + self.reshape_suffix(S)
            if r < 0.85 and n <= 30:
                dt = self.wchoice([("", 5), (", dtype=int", 1), (", dtype=np.int64", 0.5),
                                   (", dtype='int64'", 0.3)])
                return "np.array(%s%s)" % (self.lit_list(S, "int"), dt)
            f = self.choice(["zeros", "ones"])
            dt = self.choice(["dtype=int", "dtype=np.int64", "dtype='int64'"])
            return "np.%s(%s, %s)" % (f, self.shape_code(S), dt)
        if kind == "float":
            if r < 0.15:
                return "(np.arange(%s) * %s)" % (self.int_code(n), self.choice(["0.5", "0.25", "1.5", "-0.5", "0.1"])) + self.reshape_suffix(S)
            if r < 0.3:
                return "np.arange(%s)%s / %s" % (self.int_code(n), self.reshape_suffix(S), self.choice(["4", "2", "8", "3", "10"]))
            if r < 0.38:
                return "np.arange(%s, dtype=float)" % self.int_code(n) + self.reshape_suffix(S)
            if r < 0.45:
                st = self.choice(["0.5", "0.25", "0.125", "1.5"])
                a = self.choice(["0.0", "-1.0", "2.5", "0"])
                stop = float(a) + n * float(st)
                return "np.arange(%s, %r, %s)" % (a, stop, st) + self.reshape_suffix(S)
            if r < 0.52:
                a = self.rng.randint(-3, 3)
                return "(np.arange(%d, %d) - %s)" % (a, a + n, self.choice(["0.5", "2.5", "0.25"])) + self.reshape_suffix(S)
            if r < 0.8 and n <= 30:
                dt = self.wchoice([("", 6), (", dtype=float", 1), (", dtype=np.float64", 0.5),
                                   (", dtype='float64'", 0.3)])
                k = "float" if dt == "" else self.choice(["float", "int"])
                return "np.array(%s%s)" % (self.lit_list(S, k), dt)
            f = self.choice(["zeros", "ones"])
            dt = self.wchoice([("", 3), (", dtype=float", 1), (", float", 0.5), (", dtype=np.float64", 0.5)])
            return "np.%s(%s%s)" % (f, self.shape_code(S), dt)
        # bool
        if r < 0.4 and n <= 30:
            dt = self.wchoice([("", 5), (", dtype=bool", 1), (", dtype=np.bool_", 0.5)])
            return "np.array(%s%s)" % (self.lit_list(S, "bool"), dt)
        if r < 0.7:
            return "(np.arange(%s)%s %% %d == %d)" % (self.int_code(n), self.reshape_suffix(S),
                                                   self.rng.randint(2, 3), self.rng.randint(0, 1))
        f = self.choice(["zeros", "ones"])
        dt = self.choice(["dtype=bool", "dtype=np.bool_", "dtype='bool'"])
        return "np.%s(%s, %s)" % (f, self.shape_code(S), dt)

    # -- indices -------------------------------------------------------------------------------
    def loop_index(self, n):
        """An index expression using a loop variable that is valid on an axis of size n."""
        opts = []
        for base, (lo, hi) in self.loopvars.items():
            for c in (0, -1, 1, -2, 2):
                if lo + c >= -n and hi + c <= n - 1:
                    opts.append(base if c == 0 else ("%s + %d" % (base, c) if c > 0 else "%s - %d" % (base, -c)))
            if -hi >= -n and -lo <= n - 1:
                opts.append("-" + base)
            if -1 - hi >= -n and -1 - lo <= n - 1:
                opts.append("-1 - " + base)
        if opts:
            return self.choice(opts)
        return None

    def axis_index(self, n, loop_p=0.75):
        if self.loopvars and self.p(loop_p):
            e = self.loop_index(n)
            if e is not None:
                return e
        if n == 0:
            raise Reject("index into empty axis")
        return self.int_code(self.rng.randint(-n, n - 1))

    def full_index(self, S):
        return ", ".join(self.axis_index(n) for n in S)

    def rand_slice(self, n):
        step = self.wchoice([(None, 6), (1, 0.5), (2, 1.5), (3, 0.7), (-1, 1.5), (-2, 0.8)])

        def bound():
            if self.p(0.45):
                return None
            return self.rng.randint(-n - 1, n + 1)
        start, stop = bound(), bound()
        s = (self.int_code(start) if start is not None else "") + ":" + \
            (self.int_code(stop) if stop is not None else "")
        if step is not None:
            s += ":" + str(step)
        return s

    def rand_index(self, S, int_p=0.25, none_p=0.12, allow_int=True):
        k = self.rng.randint(1, len(S))
        parts = []
        for ax in range(k):
            n = S[ax]
            r = self.rng.random()
            if allow_int and r < int_p and n > 0:
                parts.append(self.axis_index(n, loop_p=0.5))
            elif r < int_p + 0.12:
                parts.append(":")
            else:
                rt = self.rt_slice(n) if self.loopvars and self.p(0.35) else None
                parts.append(rt or self.rand_slice(n))
        if none_p and self.p(none_p):
            parts.insert(self.rng.randint(0, len(parts)), self.choice(["None", "None", "np.newaxis"]))
        return ", ".join(parts)

    def view_of(self, name):
        """A view (or copy) expression of an array name."""
        v = self.vals[name]
        r = self.rng.random()
        if self.p(0.22):
            code = self.shape_view(name)
        elif v.ndim >= 2 and r < 0.2:
            code = name + self.choice([".T", ".T", ".transpose()", ".T[::-1]", ".T.T"])
        elif r < 0.65:
            code = "%s[%s]" % (name, self.rand_index(v.shape))
            if self.p(0.2):
                inner = self.ev(code)
                if isinstance(inner, np.ndarray) and inner.ndim >= 1:
                    code = "%s[%s]" % (code, self.rand_index(inner.shape))
        elif r < 0.75:
            code = "%s[%s]" % (name, self.choice(["None, :", ":, None", "None", "np.newaxis, :"]) if v.ndim == 1
                               else self.choice(["None", ":, None", "None, :, :", ":, :, None"][: 2 + v.ndim]))
        elif r < 0.88:
            S = self.choice(all_shapes(v.size))
            if len(S) > 1 or self.p(0.3):
                code = name + self.reshape_suffix(S) if len(S) > 1 else "%s.reshape(-1)" % name
            else:
                code = "np.reshape(%s, %s)" % (name, self.shape_code(S, allow_int=False))
        elif r < 0.94:
            code = name + ".copy()"
        else:
            code = "%s.astype(%s)" % (name, self.choice(["float", "int", "bool", "np.float64", "'int64'"]))
        val = self.ev(code)
        if not isinstance(val, np.ndarray):
            raise Reject("not an array")
        if val.size == 0 and self.p(0.8):
            raise Reject("empty")
        if "astype" in code and val.dtype.kind in "i" and v.dtype.kind == "f" and not np.all(np.isfinite(v)):
            raise Reject("cast of non-finite to int")
        return code

    # -- array expressions ---------------------------------------------------------------------
    def arr_atom(self):
        names = self.arrays()
        if self.pure_funcs() and self.p(0.04):
            return self.call_expr("arr")
        r = self.rng.random()
        if self.poly and names:
            r *= 0.9
        if names and r < 0.5:
            return self.choice(names)
        if names and r < 0.75:
            return self.attempt(lambda: self.view_of(self.choice(names)), 4)
        return self.make_array(self.rand_shape())

    def bshape(self, S):
        """A shape that broadcasts with S (mostly to S itself)."""
        T = list(S)
        if self.p(0.3):
            return tuple(T)
        if len(T) > 1 and self.p(0.4):
            T = T[self.rng.randint(1, len(T) - 1):]
        T = [1 if (d != 0 and self.p(0.3)) else d for d in T]
        T = [self.rng.randint(2, 4) if (d == 1 and self.p(0.3)) else d for d in T]
        if len(T) < 3 and self.p(0.08):
            T = [self.rng.randint(2, 3)] + T
        return tuple(T)

    def into_shape(self, S):
        """A shape that broadcasts into S (for assignment / in-place)."""
        T = list(S)
        if self.p(0.35):
            return tuple(T)
        if len(T) > 1 and self.p(0.4):
            T = T[self.rng.randint(1, len(T) - 1):]
        T = [1 if self.p(0.3) else d for d in T]
        if self.p(0.1):
            T = [1] + T
        return tuple(T)

    def check_lead(self, tshape, rhs, target=None):
        """--avoid setitem-leading-ones: the value may not have more axes than the target.
        Also: no nan/inf into int arrays (undefined in C; arrc and NumPy knowingly differ)."""
        rv = self.ev(rhs)
        if "bool-element-from-array" in self.avoid and len(tshape) == 0 and isinstance(rv, np.ndarray):
            raise Reject("element from array avoided")
        if self.special and not np.all(np.isfinite(np.asarray(rv, dtype=float))):
            raise Reject("non-finite assignment")

    def operand_of_shape(self, T, kind=None):
        cands = self.arrays(pred=lambda v: v.shape == T and (kind is None or v.dtype.kind == kind))
        tcands = self.arrays(pred=lambda v: v.ndim >= 2 and v.shape[::-1] == T
                             and (kind is None or v.dtype.kind == kind))
        r = self.rng.random()
        if self.poly:
            r *= 0.5
        if cands and r < 0.45:
            return self.choice(cands)
        if tcands and r < 0.6:
            return self.choice(tcands) + ".T"
        kmap = {"i": "int", "f": "float", "b": "bool"}
        return self.make_array(T, kmap.get(kind))

    def scalar_operand(self, op):
        if self.special and self.p(0.3):
            if op in ("/", "//", "%"):
                return self.choice(["0", "0.0", "-0.0"])
            if op in ("+", "-", "*"):
                return self.choice(["1e+300", "np.inf", "np.nan", "-np.inf", "1e+308"])
        if op == "**":
            return self.choice(["2", "3", "0", "1", "0.5", "2.0", "2"])
        if op in ("//", "%"):
            return self.choice(["2", "3", "-4", "1.5", "0.5", "7", "-2.5", "5"])
        if op == "/":
            return self.choice(["2", "4", "0.5", "-3", "1e-05", "10000000000.0", "3", "7", "8"])
        r = self.rng.random()
        if r < 0.12:
            sc = self.scalars(lambda v: not isinstance(v, bool) and abs(v) < 1e6)
            if sc:
                return self.choice(sc)
        if r < 0.2:
            return self.attempt(lambda: self.red_expr(), 3)
        return self.choice(["1", "2", "-3", "0.5", "1.5", "-2.5", "1e-05", "10000000000.0",
                            "10", "0.1", "True", "100", "3", "4", "-1", "7", "0.3"]
                           + (["-0.0", "2147483648", "1000000000000", "4611686018427387904", "1e+300",
                               "1e-300", "np.pi", "np.e"] if self.p(0.1) else []))

    def gen_arr(self, depth=2):
        r = self.rng.random()
        if depth <= 0 or r < 0.3:
            return self.arr_atom()
        if r < 0.72:
            return self.attempt(lambda: self.arr_binop(depth), 4)
        if r < 0.78:
            a = self.gen_arr(depth - 1)
            code = self.choice(["(-%s)", "abs(%s)", "(-%s)"]) % a
        elif r < 0.81:
            if "exp" in self.avoid:
                raise Reject("exp avoided")
            a = self.gen_arr(depth - 1)
            av = self.ev(a)
            if av.dtype == bool:
                raise Reject("exp of bool")
            if av.size and np.abs(av).max() > 20:
                code = "np.exp(%s * %s)" % (a, self.choice(["0.01", "0.001", "1e-05"]))
            else:
                code = "np.exp(%s)" % a
        elif r < 0.9:
            code = self.attempt(lambda: self.ufunc_expr(depth), 4)
        elif r < 0.94:
            code = self.axis_red_expr(depth - 1)
        elif r < 0.97:
            code = self.cmp_expr(depth - 1)
        else:
            code = self.bitwise_expr(depth - 1)
        v = self.ev(code)
        if not isinstance(v, np.ndarray) or v.size > 300:
            raise Reject("bad arr")
        return code

    def axis_red_expr(self, depth):
        """A reduction along axes (or an accumulation) that leaves an array."""
        names = self.arrays(pred=lambda v: v.ndim >= 1)
        recv = self.choice(names) if names and self.p(0.6) else self.gen_arr(depth)
        v = self.ev(recv)
        if not isinstance(v, np.ndarray) or v.ndim == 0:
            raise Reject("axis reduction of a scalar")
        if self.p(0.2):
            return self.ordered_axis_expr(recv, v)
        method = self.choice(["sum", "sum", "mean", "max", "min", "prod", "std", "var", "argmax",
                              "argmin", "any", "all", "cumsum", "cumprod"])
        if method in ("mean", "std", "var") and v.dtype.kind == "i" and v.size and np.abs(v).max() > 2 ** 40:
            raise Reject("int mean of big values")
        nd = v.ndim
        single = method in ("argmax", "argmin", "cumsum", "cumprod")
        r = self.rng.random()
        if r < 0.15:
            axis = "None"
        elif r < 0.7 or single:
            axis = str(self.rng.randrange(-nd, nd))
        else:
            k = self.rng.randint(1, nd)
            axes = self.rng.sample(range(nd), k)
            axis = "(%s)" % ", ".join(str(a - nd if self.p(0.3) else a) for a in axes)
            if k == 1:
                axis = "(%s,)" % axis[1:-1]
        kw = []
        if method in ("std", "var") and self.p(0.4):
            kw.append("ddof=1")
        if method not in ("cumsum", "cumprod") and self.p(0.35):
            kw.append("keepdims=True")
        if self.p(0.3) and not kw:
            args = [axis]
        else:
            args = ["axis=" + axis] + kw
        if self.p(0.3):
            fn = {"max": self.choice(["np.max", "np.amax"]),
                  "min": self.choice(["np.min", "np.amin"])}.get(method, "np." + method)
            code = "%s(%s, %s)" % (fn, recv, ", ".join(args))
        else:
            if not re.fullmatch(r"[A-Za-z_]\w*(\.T)?(\[[^\[\]]*\])?", recv):
                recv = "(%s)" % recv if not recv.startswith("(") else recv
            code = "%s.%s(%s)" % (recv, method, ", ".join(args))
        val = self.ev(code)
        if not isinstance(val, np.ndarray):
            raise Reject("full reduction")
        return code

    def ordered_axis_expr(self, recv, v):
        """np.sort / argsort (stable) / median / percentile / quantile / count_nonzero along one
        axis. Arrays holding both 0.0 and -0.0 are avoided for the order-based ones: NumPy's
        SIMD quicksort and partition leave them in an unspecified order, and arrc stops there
        instead of guessing (lang-spec/arrays.md, Sorting)."""
        nd = v.ndim
        axis = self.rng.randrange(-nd, nd)
        f = self.choice(["sort", "sort", "argsort", "median", "percentile", "quantile",
                         "count_nonzero"])
        if f != "count_nonzero" and v.dtype.kind == "f":
            zeros = v[v == 0]
            if zeros.size and np.signbit(zeros).any() and not np.signbit(zeros).all():
                raise Reject("0.0 with -0.0 in an order-based function")
        if f in ("median", "percentile", "quantile") and v.shape[axis] == 0:
            raise Reject("empty lane")
        if f == "sort":
            kind = self.choice(["", "", ', kind="stable"'])
            code = "np.sort(%s, axis=%d%s)" % (recv, axis, kind)
        elif f == "argsort":
            code = "np.argsort(%s, axis=%d, kind=\"stable\")" % (recv, axis)
        elif f == "median":
            code = "np.median(%s, axis=%d)" % (recv, axis)
        elif f == "percentile":
            q = self.choice(["50", "25", "90", "33.3", "0", "100", "[10, 50]", "[2.5, 97.5]"])
            code = "np.percentile(%s, %s, axis=%d)" % (recv, q, axis)
        elif f == "quantile":
            q = self.choice(["0.5", "0.25", "0.75", "[0.1, 0.9]"])
            code = "np.quantile(%s, %s, axis=%d)" % (recv, q, axis)
        else:
            code = "np.count_nonzero(%s, axis=%d)" % (recv, axis)
        val = self.ev(code)
        if not isinstance(val, np.ndarray):
            raise Reject("full reduction")
        return code

    def ufunc_expr(self, depth):
        """np.sin, np.floor, np.maximum, np.where, np.clip, ... of an array expression."""
        a = self.gen_arr(depth - 1)
        av = self.ev(a)
        if not isinstance(av, np.ndarray):
            raise Reject("ufunc of scalar")
        r = self.rng.random()
        if r < 0.3:
            if "ufunc-last-bit" in self.avoid:
                raise Reject("float ufuncs avoided")
            if av.dtype == bool:
                raise Reject("float function of bool")
            f = self.choice(["sin", "cos", "tan", "tanh", "arctan", "log", "log2", "log10",
                             "log1p", "expm1", "arcsin", "arccos"])
            if f in ("arcsin", "arccos") or (f == "expm1" and av.size and np.abs(av).max() > 20):
                a = "(%s * %s)" % (a, self.choice(["0.01", "0.001"]))
            if f.startswith("log") and not self.special:
                a = "(abs(%s) + 1)" % a
            code = "np.%s(%s)" % (f, a)
        elif r < 0.5:
            f = self.choice(["floor", "ceil", "trunc", "sign", "round", "round", "isnan", "isfinite",
                             "logical_not"])
            if f in ("sign", "round") and av.dtype == bool:
                raise Reject("%s of bool" % f)
            if f == "round" and self.p(0.6):
                code = "np.round(%s, %s)" % (a, self.choice(["1", "2", "-1", "3"]))
            else:
                code = "np.%s(%s)" % (f, a)
        elif r < 0.75:
            f = self.choice(["maximum", "minimum", "maximum", "minimum", "arctan2", "logical_and",
                             "logical_or", "logical_xor", "power", "mod", "floor_divide"])
            if f == "arctan2" and ("ufunc-last-bit" in self.avoid or av.dtype == bool):
                raise Reject("arctan2")
            if f == "power" and (av.dtype == bool or "float-pow" in self.avoid and av.dtype.kind == "f"):
                raise Reject("power")
            if f == "power":
                b = self.choice(["2", "3"])
            elif f in ("mod", "floor_divide"):
                b = self.scalar_operand("%")
            elif self.p(0.4):
                b = self.scalar_operand("+")
            else:
                b = self.operand_of_shape(self.bshape(av.shape))
            if f in ("maximum", "minimum", "logical_and", "logical_or") and self.p(0.3):
                a, b = b, a
            code = "np.%s(%s, %s)" % (f, a, b)
        elif r < 0.9:
            b = self.scalar_operand("+") if self.p(0.5) else self.operand_of_shape(self.bshape(av.shape))
            code = "np.where(%s, %s, %s)" % (self.cmp_expr(depth - 1), a, b)
        else:
            lo = self.choice(["0", "-1", "0.5", "-2.5", "1"])
            hi = self.choice(["2", "3", "1.5", "10"])
            code = self.choice(["np.clip(%s, %s, %s)", "%s.clip(%s, %s)"]) % (a, lo, hi)
        return code

    def arr_binop(self, depth):
        left = self.gen_arr(depth - 1)
        L = self.ev(left)
        if not isinstance(L, np.ndarray):
            raise Reject("left not array")
        op = self.wchoice([("+", 5), ("-", 4), ("*", 5), ("/", 3), ("//", 1.2), ("%", 1.2), ("**", 1.2)])
        if op == "**" and L.dtype.kind == "f" and L.size and np.abs(L).max() > 1e6:
            raise Reject("big pow")
        if self.p(0.45) or (op == "**" and "float-pow" in self.avoid):
            right = self.scalar_operand(op)
            if op not in ("**",) and self.p(0.3):
                left, right = right, left
        else:
            T = self.bshape(L.shape)
            right = self.operand_of_shape(T)
            if op == "**":
                rv = self.ev(right)
                if rv.dtype.kind == "f" or rv.size == 0 or rv.min() < 0 or rv.max() > 4:
                    right = "%s %% 3" % right if rv.dtype.kind == "i" else self.make_array(T, "int") + " % 3"
            if self.p(0.2):
                left, right = right, left
        code = "(%s %s %s)" % (left, op, right)
        v = self.ev(code)
        if not isinstance(v, np.ndarray) or v.size > 300:
            raise Reject("bad binop")
        if op == "**" and "float-pow" in self.avoid and v.dtype.kind == "f" \
                and right not in ("0", "1", "2", "0.5", "2.0"):
            raise Reject("float pow avoided")
        return code

    def cmp_expr(self, depth=1):
        left = self.gen_arr(depth)
        L = self.ev(left)
        op = self.choice(CMPS)
        if self.p(0.5):
            right = self.scalar_operand("+")
        else:
            right = self.operand_of_shape(self.bshape(L.shape))
        return "(%s %s %s)" % (left, op, right)

    def bitwise_expr(self, depth=1):
        r = self.rng.random()
        if r < 0.6:
            a, b = self.cmp_expr(depth), self.cmp_expr(depth)
            code = "(%s %s %s)" % (a, self.choice(["&", "|", "^"]), b)
        elif r < 0.8:
            code = "(~%s)" % self.cmp_expr(depth)
        else:
            ints = self.arrays(pred=lambda v: v.dtype.kind == "i")
            if not ints:
                raise Reject("no ints")
            a = self.choice(ints)
            code = "(%s %s %s)" % (a, self.choice(["&", "|", "^"]), self.choice(["3", "1", "6", a]))
        v = self.ev(code)
        if not isinstance(v, np.ndarray):
            raise Reject("bitwise")
        return code

    # -- scalar expressions --------------------------------------------------------------------
    def red_ok(self, recv, method):
        v = self.ev(recv)
        if not isinstance(v, np.ndarray):
            raise Reject("reduce of scalar")
        if v.size == 0 and method in ("max", "min", "amax", "amin", "mean"):
            raise Reject("empty reduction")
        if method in ("mean", "std", "var") and v.dtype.kind == "i" and v.size and np.abs(v).max() > 2 ** 40:
            raise Reject("int mean of big values")
        if "max-signed-zero" in self.avoid and method in ("max", "min") and v.dtype.kind == "f":
            zeros = v[v == 0]
            if zeros.size and np.signbit(zeros).any() and not np.signbit(zeros).all():
                raise Reject("max-signed-zero avoided")

    def red_expr(self):
        r = self.rng.random()
        if r < 0.6:
            names = self.arrays()
            recv = self.choice(names) if names and self.p(0.6) else self.gen_arr(1)
        else:
            names = self.arrays()
            if not names:
                raise Reject("no arrays")
            recv = self.view_of(self.choice(names))
        method = self.choice(["sum", "mean", "max", "min", "sum", "max", "prod", "std", "var",
                              "argmax", "argmin"])
        self.red_ok(recv, method)
        if self.p(0.2):
            fn = {"max": self.choice(["np.max", "np.amax"]),
                  "min": self.choice(["np.min", "np.amin"])}.get(method, "np." + method)
            return "%s(%s)" % (fn, recv)
        if not re.fullmatch(r"[A-Za-z_]\w*(\.T)?(\[[^\[\]]*\])?", recv):
            recv = "(%s)" % recv if not recv.startswith("(") else recv
        return "%s.%s()" % (recv, method)

    def elem_expr(self):
        names = self.arrays(pred=lambda v: v.size > 0)
        if not names:
            raise Reject("no arrays")
        name = self.choice(names)
        v = self.vals[name]
        code = "%s[%s]" % (name, self.full_index(v.shape))
        if self.p(0.1) and v.ndim == 2:
            code = "%s[%s][%s]" % (name, self.axis_index(v.shape[0]), self.axis_index(v.shape[1]))
        return code

    def dot_scalar(self):
        if self.poly:
            raise Reject("no dot products in function bodies (1-D/2-D only, argument shapes vary)")
        names = self.arrays(pred=lambda v: v.ndim == 1 and 0 < v.size <= 40)
        if not names:
            raise Reject("no vectors")
        a = self.choice(names)
        b = self.operand_of_shape(self.vals[a].shape)
        self.dot_operands(a, b)
        code = self.choice(["np.dot(%s, %s)", "(%s @ %s)", "%s.dot(%s)"]) % (a, b)
        self.dot_zero(code)
        return code

    def matvec_scalar(self):
        """One element of a matrix·vector or vector·matrix product (a NumPy scalar, so that
        it prints every digit: the products whose last bits depend on the BLAS order)."""
        names = self.arrays(pred=lambda v: v.ndim == 2 and v.dtype.kind == "f" and 0 < v.size <= 60)
        if names and self.p(0.5):
            a = self.choice(names)
        else:
            a = self.inexact_array(self.rand_shape(30)[:2] if self.p(0.3) else
                                   (self.rng.randint(1, 9), self.rng.randint(1, 9)))
        A = self.ev(a)
        if A.ndim != 2:
            raise Reject("matvec lhs")
        m, k = A.shape
        if self.p(0.5):
            left, right, size = a, self.vec_operand(k), m
        else:
            left, right, size = self.vec_operand(m), a, k
        self.dot_operands(left, right)
        left = left if re.fullmatch(r"[\w.\[\]:-]+", left) else "(%s)" % left
        form = self.choice(["np.dot(%s, %s)", "(%s @ %s)", "%s.dot(%s)"]) % (left, right)
        if size == 0:
            raise Reject("empty matvec result")
        code = "%s[%d]" % (form, self.rng.randrange(size))
        self.dot_zero(code)
        return code

    def vec_operand(self, n):
        """A float vector of length n: an existing one, a view, or new inexact values."""
        if self.p(0.4):
            return self.operand_of_shape((n,), "f")
        if self.p(0.3):
            return "%s[::-1]" % self.inexact_array((n,))
        return self.inexact_array((n,))

    def inexact_array(self, S):
        """New float64 values of shape S that binary fractions cannot hold exactly."""
        n = math.prod(S)
        code = self.choice(["(np.arange(%d) / 7 - 1.3)", "(np.arange(%d) * 0.37 - 2.1)",
                            "np.linspace(-1.7, 2.3, %d)", "(np.arange(1, %d + 1) / 3)"]) % n
        return code + self.reshape_suffix(S) if len(S) > 1 else code

    def dot_operands(self, a, b):
        """Checks a product's operands (codes, left to right): inexact floats only where the
        product is exact in arrc (exact_product), bounded finite values always."""
        if exact_product(self.ev(a), self.ev(b)):
            for code in (a, b):
                self.dot_bounded(code)
        else:
            self.dot_exact(a)
            self.dot_exact(b)

    def dot_zero(self, code):
        if "dot-signed-zero" in self.avoid:
            v = self.ev(code)
            if np.dtype(getattr(v, "dtype", float)).kind == "f" and np.any(np.asarray(v) == 0):
                raise Reject("zero float dot avoided")

    def dot_exact(self, code):
        """An operand of a product whose last bits depend on the summation order (GEMM):
        values whose products and sums are exact in any order."""
        v = self.dot_bounded(code)
        if v.dtype.kind == "f" and v.size and not np.all(v * 4 == np.round(v * 4)):
            raise Reject("inexact float dot")

    def dot_bounded(self, code):
        v = self.ev(code)
        if v.dtype.kind == "f" and v.size:
            if not np.all(np.isfinite(v)) or np.abs(v).max() > 1e4:
                raise Reject("big or non-finite float dot operand")
        elif v.dtype.kind == "i":
            if v.size and np.abs(v).max() > 1e6 and self.p(0.7):
                raise Reject("big ints")
        return v

    def gen_scalar(self, depth=1):
        r = self.rng.random()
        if r < 0.06:
            if r < 0.015 and self.pure_funcs():
                code = self.call_expr("scalar")
            else:
                code = self.builtin_scalar(depth)
            v = self.ev(code)
            if isinstance(v, np.ndarray) or not isinstance(v, (int, float, np.generic)):
                raise Reject("not a scalar")
            if isinstance(v, (float, np.floating)) and not math.isfinite(v) and not self.special:
                raise Reject("non-finite")
            return code
        r = self.rng.random()
        if depth <= 0 or r < 0.45:
            rr = self.rng.random()
            if rr < 0.35:
                code = self.attempt(self.red_expr, 4)
            elif rr < 0.6:
                code = self.attempt(self.elem_expr, 4)
            elif rr < 0.75:
                sc = self.scalars(lambda v: not isinstance(v, bool) and abs(v) < 1e12)
                lv = [b for b in self.loopvars if re.fullmatch(r"\w+", b)]
                code = self.choice(sc + lv) if (sc or lv) else self.int_lit()
            elif rr < 0.85:
                code = self.choice([self.int_lit(), self.float_lit()])
            elif rr < 0.93:
                names = self.arrays()
                if not names:
                    raise Reject("none")
                nm = self.choice(names)
                code = self.choice(["len(%s)", "%s.size", "%s.ndim", "%s.shape[0]", "%s.shape[-1]"]) % nm
            elif self.p(0.4) and not self.poly:
                code = self.attempt(self.matvec_scalar, 3)
            else:
                code = self.attempt(self.dot_scalar, 3)
        elif r < 0.8:
            a = self.gen_scalar(depth - 1)
            b = self.gen_scalar(depth - 1)
            op = self.wchoice([("+", 4), ("-", 3), ("*", 3), ("/", 2), ("//", 1), ("%", 1), ("**", 0.5)])
            if op == "**":
                b = self.choice(["2", "3", "0.5"])
            code = "(%s %s %s)" % (a, op, b)
        else:
            a = self.gen_scalar(depth - 1)
            f = self.choice(["int(%s)", "float(%s)", "abs(%s)", "float(%s)", "bool(%s)", "np.exp(%s)"])
            if f == "np.exp(%s)" and "exp" in self.avoid:
                raise Reject("exp avoided")
            if f == "np.exp(%s)" and "ufunc-of-dynamic-kind" in self.avoid and self.mentions_widened(a):
                raise Reject("ufunc-of-dynamic-kind avoided")
            if f == "np.exp(%s)":
                av = self.ev(a)
                if isinstance(av, (bool, np.bool_)) or abs(av) > 20:
                    raise Reject("exp")
            code = f % a
        v = self.ev(code)
        if isinstance(v, np.ndarray) or not isinstance(v, (int, float, np.generic)):
            raise Reject("not a scalar")
        if isinstance(v, (float, np.floating)) and not math.isfinite(v) and not self.special:
            raise Reject("non-finite")
        return code

    def gen_cond(self):
        r = self.rng.random()
        if r < 0.4:
            a = self.attempt(lambda: self.gen_scalar(1), 4)
            b = self.choice([self.int_lit(), self.float_lit()]) if self.p(0.6) else self.attempt(lambda: self.gen_scalar(0), 4)
            code = "%s %s %s" % (a, self.choice(CMPS), b)
        elif r < 0.52:
            a = self.attempt(lambda: self.gen_scalar(0), 4)
            code = "%s %s %s %s %s" % (self.int_lit(), self.choice(["<", "<="]), a,
                                       self.choice(["<", "<="]), self.int_lit())
        elif r < 0.67:
            c1, c2 = self.gen_cond(), self.gen_cond()
            code = self.choice(["(%s) and (%s)", "(%s) or (%s)", "not (%s) or (%s)"]) % (c1, c2)
        elif r < 0.82:
            names = self.arrays(pred=lambda v: v.size > 0)
            if not names:
                raise Reject("none")
            nm = self.choice(names)
            v = self.vals[nm]
            rr = self.rng.random()
            if rr < 0.4:
                k = self.rng.randrange(v.shape[0])
                if v.ndim == 1:
                    code = "%s[%d:%d]" % (nm, k, k + 1)
                else:
                    code = "%s[%d:%d, %s]" % (nm, k, k + 1, ", ".join("-1:" if d else ":" for d in v.shape[1:]))
            else:
                code = "(%s %s %s).%s()" % (nm, self.choice(CMPS), self.scalar_operand("+"), self.choice(["max", "min"]))
        else:
            code = self.attempt(lambda: self.gen_scalar(0), 4)
        v = self.ev(code)
        try:
            with self.guard():
                bool(v)
        except Exception as e:
            raise Reject("truth: %s" % e)
        return code

    # -- printing ------------------------------------------------------------------------------
    def print_item(self):
        r = self.rng.random()
        if r < 0.06:
            return self.fstring()
        if r < 0.12 and self.pure_funcs():
            return self.call_expr()
        r = self.rng.random()
        names = self.arrays(maxsize=300)
        if r < 0.04:
            return self.extra_print_item(names)
        if r < 0.3:
            return self.choice(names) if names and self.p(0.5) else self.gen_arr(1)
        if r < 0.38:
            return "repr(%s)" % (self.choice(names) if names and self.p(0.5) else self.gen_arr(1))
        if r < 0.6:
            return self.gen_scalar(1)
        if r < 0.68:
            return "repr(%s)" % self.gen_scalar(1)
        if r < 0.78:
            if not names:
                raise Reject("none")
            nm = self.choice(names)
            return self.choice(["%s.shape", "%s.size", "%s.ndim", "%s.dtype", "len(%s)",
                                "repr(%s.dtype)", "%s.T.shape", "%s.dtype"]) % nm
        if r < 0.85:
            if not names:
                raise Reject("none")
            a, b = self.choice(names), self.choice(names)
            return self.choice(["(%s.shape, %s.size)", "(%s.ndim, %s.dtype)", "(%s.shape, %s.shape)"]) % (a, b) \
                if self.p(0.6) else "(%s, %s)" % (self.gen_scalar(0), self.gen_scalar(0))
        if r < 0.87:
            return self.choice(['"x ="', "'sum:'", '"a b"', '"--"', '"result"'])
        if r < 0.9:
            return "%s + str(%s)" % (self.choice(['"v="', "'s: '", '"n "']), self.gen_scalar(0) if self.p(0.6) else self.gen_arr(0))
        if r < 0.95:
            a = self.gen_scalar(0)
            b = self.gen_scalar(0)
            if sig(self.ev(a)) != sig(self.ev(b)) or self.mentions_widened(a, b):
                raise Reject("and/or of different types")
            return "(%s %s %s)" % (a, self.choice(["and", "or"]), b)
        a = self.gen_scalar(0)
        b = self.gen_scalar(0)
        if sig(self.ev(a)) != sig(self.ev(b)) or self.mentions_widened(a, b):
            raise Reject("ifexp of different types")
        return "(%s if %s else %s)" % (a, self.gen_cond(), b)

    def extra_print_item(self, names):
        r = self.rng.random()
        if not names:
            raise Reject("none")
        if r < 0.3:
            a, b = self.choice(names), self.choice(names)
            return "(%s, %s)" % (a, b) if self.p(0.7) else "(%s,)" % a
        if r < 0.5:
            return "len(%s.shape)" % self.choice(names)
        ones = self.arrays(pred=lambda v: v.size == 1)
        if not ones:
            raise Reject("none")
        a = self.choice(ones)
        if r < 0.65:
            return "not %s" % a
        if "and-or-one-element-array" in self.avoid:
            raise Reject("and/or of arrays avoided")
        same = [b for b in ones if sig(self.vals[b]) == sig(self.vals[a])]
        return "(%s %s %s)" % (a, self.choice(["and", "or"]), self.choice(same))

    def st_print(self):
        k = self.wchoice([(1, 5), (2, 3), (3, 1.5)])
        items = [self.attempt(self.print_item, 6) for _ in range(k)]
        for it in items:
            v = self.ev(it)
            if isinstance(v, str) and it.startswith(("'", '"')):
                continue
            check_value(v)
        kw = ""
        if self.p(0.02):
            return "print()"
        if self.p(0.08):
            kw = self.choice([", sep=', '", ", end=' |\\n'", ", sep=''", ", sep='\\n'"])
        return "print(%s%s)" % (", ".join(items), kw)

    # -- top-level statements ------------------------------------------------------------------
    def pick_target(self, pool):
        used = [n for n in ARR_POOL + SCAL_POOL if n in self.ns and n not in self.dead]
        unused = [n for n in pool if n not in self.ns]
        if used and (not unused or self.p(0.25)):
            return self.choice(used)
        return unused[0] if unused else self.choice(pool)

    def st_assign_arr(self):
        r = self.rng.random()
        if self.p(0.1):
            rhs = self.gen_stack()
        elif r < 0.3:
            rhs = self.make_array(self.rand_shape())
        elif r < 0.7:
            rhs = self.gen_arr(2)
        elif r < 0.8:
            rhs = self.gen_dot()
        elif r < 0.9:
            rhs = self.gen_concat()
        elif r < 0.915:
            names = self.arrays()
            if not names:
                raise Reject("none")
            a = self.choice(names)
            same = [b for b in names if sig(self.vals[b]) == sig(self.vals[a])]
            rhs = "%s if %s else %s" % (a, self.gen_cond(), self.choice(same))
        elif r < 0.93:
            a = self.choice(["0", "0.0", "-1", "0.5", "1", "-0.3"])
            st = self.choice(["0.1", "0.3", "0.2", "-0.1", "0.7", "1.1", "0.25", "1"])
            b = repr(round(float(a) + float(st) * self.rng.randint(1, 12) + self.choice([0, 0, 0.05, -0.05, 1e-9]), 6))
            if float(st) < 0:
                a, b = b, a
            rhs = "np.arange(%s, %s, %s)" % (a, b, st)
        else:
            names = self.arrays()
            if not names:
                raise Reject("none")
            rhs = self.view_of(self.choice(names))
        v = self.ev(rhs)
        if not isinstance(v, np.ndarray):
            raise Reject("not array")
        if self.p(0.05):
            t2 = self.choice([n for n in ARR_POOL])
            t1 = self.pick_target(ARR_POOL)
            if t1 == t2:
                raise Reject("same")
            return "%s = %s = %s" % (t1, t2, rhs)
        return "%s = %s" % (self.pick_target(ARR_POOL), rhs)

    def gen_dot(self):
        names = self.arrays(pred=lambda v: v.ndim in (1, 2) and 0 < v.size <= 60)
        if names and self.p(0.6):
            a = self.choice(names)
        else:
            a = self.make_array(self.rand_shape(30)[:2], self.choice(["int", "float", "int"]))
        A = self.ev(a)
        if A.ndim not in (1, 2) or A.size == 0:
            raise Reject("dot lhs")
        k = A.shape[-1]
        if A.ndim == 2 and self.p(0.25):
            b = a + ".T" if re.fullmatch(r"\w+", a) else "(%s).T" % a
        elif self.p(0.5):
            b = self.operand_of_shape((k,))
        else:
            b = self.operand_of_shape((k, self.rng.randint(1, 4)))
        self.dot_operands(a, b)
        if not re.fullmatch(r"\w+(\.T)?", a):
            a = "(%s)" % a if not a.startswith("(") else a
        form = self.choice(["np.dot(%s, %s)", "(%s @ %s)", "%s.dot(%s)"])
        self.dot_zero(form % (a, b))
        return form % (a, b)

    def gen_concat(self):
        names = self.arrays(pred=lambda v: v.size <= 60)
        a = self.choice(names) if names and self.p(0.6) else self.make_array(self.rand_shape(40))
        A = self.ev(a)
        ax = self.rng.randrange(A.ndim)
        parts = [a]
        for _ in range(self.wchoice([(1, 4), (2, 1)])):
            T = list(A.shape)
            T[ax] = self.rng.randint(1, 3)
            parts.append(self.operand_of_shape(tuple(T)))
        if ax == 0 and self.p(0.3):
            axs = ""
        else:
            axs = ", axis=%d" % (ax if self.p(0.7) else ax - A.ndim)
        code = "np.concatenate((%s)%s)" % (", ".join(parts), axs)
        self.ev(code)
        return code

    def st_assign_scalar(self):
        rhs = self.gen_scalar(2)
        return "%s = %s" % (self.pick_target(SCAL_POOL), rhs)

    def st_setitem(self):
        names = self.arrays(pred=lambda v: v.size > 0)
        if not names:
            raise Reject("none")
        nm = self.choice(names)
        v = self.vals[nm]
        tgt = nm
        if v.ndim >= 2 and self.p(0.15):
            tgt = nm + ".T"
            v = v.T
        if self.p(0.25):
            idx = self.full_index(v.shape)
        elif tgt == nm and self.p(0.15):
            idx = self.list_index(v.shape)
        else:
            idx = self.rand_index(v.shape, none_p=0.05)
        tv = self.ev("%s[%s]" % (tgt, idx))
        if isinstance(tv, np.generic) or self.p(0.35):
            rhs = self.choice([self.int_lit(), self.float_lit(), "True", self.attempt(lambda: self.gen_scalar(1), 3)])
        else:
            rhs = self.operand_of_shape(self.into_shape(tv.shape))
            if self.p(0.3):
                rhs = "(%s %s %s)" % (rhs, self.choice(["+", "*", "-"]), self.scalar_operand("+"))
        op = "="
        if self.p(0.2) and not ("list-index-augassign" in self.avoid and "[" in idx):
            op = self.choice(["+=", "-=", "*="])
        self.check_lead(np.shape(tv), rhs, "%s[%s]" % (tgt, idx))
        if "[" in idx:
            rv = self.ev(rhs)
            if "list-index-leading-ones" in self.avoid and np.ndim(rv) > np.ndim(tv):
                raise Reject("list-index-leading-ones avoided")
            if "list-index-overlap" in self.avoid and any(
                    isinstance(self.vals.get(w), np.ndarray) and np.shares_memory(self.vals[w], self.vals[nm])
                    for w in re.findall(r"[A-Za-z_]\w*", rhs)):
                raise Reject("list-index-overlap avoided")
        return "%s[%s] %s %s" % (tgt, idx, op, rhs)

    def st_mask_update(self):
        """`x[cond] op= scalar`, `x[cond] = scalar | values`, `x[idx] op= v`, `x[idx] = v` (idx an
        integer array, repeats allowed): writes through indices whose read is a copy."""
        names = self.arrays(pred=lambda v: v.size > 0 and v.dtype.kind in "bif")
        if not names:
            raise Reject("none")
        nm = self.choice(names)
        v = self.vals[nm]
        kind = v.dtype.kind
        if self.p(0.6):
            # A boolean mask of the array's shape, or over its first axis.
            c = self.choice(["1", "0", "2", "-1", "0.5"]) if kind != "b" else None
            if kind == "b":
                cond = self.choice(["%s" % nm, "~%s" % nm])
            elif v.ndim >= 2 and self.p(0.3):
                cond = "%s[:, 0] %s %s" % (nm, self.choice([">", "<", ">=", "!="]), c)
            else:
                cond = self.choice(["%s %s %s" % (nm, self.choice([">", "<", ">=", "<=", "!=", "=="]), c),
                                    "(%s > %s) & (%s < 5)" % (nm, c, nm)])
            idx = cond + (", :" if v.ndim >= 2 and "[:, 0]" in cond and self.p(0.4) else "")
            sel = self.ev("%s[%s]" % (nm, idx))
            if self.p(0.25) and sel.ndim == 1:
                # values: the selection itself, computed
                rhs = self.choice(["%s[%s] * 2" % (nm, idx), "%s[%s] - 1" % (nm, idx)]) if kind != "b" \
                    else "~%s[%s]" % (nm, idx)
                return "%s[%s] = %s" % (nm, idx, rhs)
            if kind == "b":
                ops = [("=", 3), ("|=", 1), ("&=", 1), ("^=", 1)]
            elif kind == "i":
                ops = [("=", 3), ("+=", 3), ("-=", 2), ("*=", 2), ("//=", 1), ("|=", 0.5), ("^=", 0.5), ("<<=", 0.3)]
            else:
                ops = [("=", 3), ("+=", 3), ("-=", 2), ("*=", 2), ("/=", 1), ("**=", 0.5)]
            op = self.wchoice(ops)
            if op == "**=":
                rhs = self.choice(["2", "1", "0.5"])
            elif op == "<<=":
                rhs = self.choice(["1", "2"])
            elif op == "//=":
                rhs = self.choice(["2", "3", "-2"])
            elif kind == "b":
                rhs = self.choice(["True", "False"])
            else:
                rhs = self.scalar_operand(op[:-1] if op != "=" else "+")
            return "%s[%s] %s %s" % (nm, idx, op, rhs)
        # One integer array index along the first axis (repeats and negative entries allowed).
        n = v.shape[0]
        k = self.rng.randint(1, 4)
        ents = [self.rng.randint(-n, n - 1) for _ in range(k)]
        idx = "np.array([%s])" % ", ".join(str(e) for e in ents)
        tv = self.ev("%s[%s]" % (nm, idx))
        if self.p(0.5):
            rhs = self.choice([self.int_lit(), self.float_lit()]) if kind != "b" else "True"
        else:
            rhs = self.operand_of_shape(self.into_shape(tv.shape))
        op = "=" if kind == "b" else self.choice(["=", "+=", "-=", "*="])
        return "%s[%s] %s %s" % (nm, idx, op, rhs)

    def st_inplace(self):
        names = self.arrays()
        if not names:
            raise Reject("none")
        nm = self.choice(names)
        v = self.vals[nm]
        op = self.wchoice([("+=", 4), ("-=", 3), ("*=", 3), ("/=", 1.5), ("//=", 1), ("%=", 1), ("**=", 0.7)])
        if self.p(0.45):
            rhs = self.scalar_operand(op[:-1])
        else:
            T = self.into_shape(v.shape)
            kind = None
            if v.dtype.kind == "i":
                kind = "i"
            elif v.dtype.kind == "b":
                kind = "b"
            rhs = self.operand_of_shape(T, kind)
            if op == "**=":
                rhs = "(%s %% 3)" % rhs if v.dtype.kind != "b" else rhs
        if op == "**=" and v.dtype.kind == "f" and "float-pow" in self.avoid \
                and rhs not in ("0", "1", "2", "0.5", "2.0"):
            raise Reject("pow avoided")
        return "%s %s %s" % (nm, op, rhs)

    def st_fill(self):
        names = self.arrays(pred=lambda v: v.size > 0)
        if not names:
            raise Reject("none")
        nm = self.choice(names)
        v = self.vals[nm]
        rhs = self.gen_arr(1) if self.p(0.4) else self.operand_of_shape(self.into_shape(v.shape))
        rv = self.ev(rhs)
        if not isinstance(rv, np.ndarray):
            raise Reject("no")
        self.check_lead(v.shape, rhs, nm)
        return "%s[:] = %s" % (nm, rhs)

    def st_const(self):
        free = [c for c in CONST_POOL if c not in self.ns]
        if not free:
            raise Reject("no const names")
        r = self.rng.random()
        names = self.arrays()
        if r < 0.5 or not names:
            c = free[0]
            rhs = str(self.rng.randint(1, 6))
            if self.consts and self.p(0.4):
                rhs = "%s %s %d" % (self.choice(self.consts), self.choice(["+", "*", "-", "//"]), self.rng.randint(1, 3))
        elif r < 0.75:
            nm = self.choice(names)
            c = free[0]
            rhs = self.choice(["len(%s)", "%s.shape[0]", "%s.shape[-1]", "%s.ndim", "%s.size"]) % nm
        else:
            nm2 = self.arrays(pred=lambda v: v.ndim == 2)
            if len(free) < 2 or not nm2:
                raise Reject("no")
            c = "%s, %s" % (free[0], free[1])
            rhs = "%s.shape" % self.choice(nm2)
        v = self.ev(rhs)
        if isinstance(v, tuple):
            if any(x <= 0 or x > 8 for x in v):
                raise Reject("const range")
        elif not isinstance(v, int) or v <= 0 or v > 12:
            raise Reject("const range")
        return "%s = %s" % (c, rhs)

    def st_random(self):
        if not self.seeded:
            return "np.random.seed(%d)" % self.rng.randint(0, 2 ** 32 - 1 if self.p(0.2) else 1000)
        if self.p(0.08):
            return "np.random.seed(%d)" % self.rng.randint(0, 1000)
        S = self.rand_shape(40)
        r = self.rng.random()
        if r < 0.3:
            loc = self.choice(["0", "0.0", "1.5", "-2", "10"])
            sc = self.choice(["1", "0.5", "2.0", "0.1", "3"])
            rhs = "np.random.normal(%s, %s, size=%s)" % (loc, sc, self.shape_code(S))
        elif r < 0.5:
            rhs = "np.random.randn(%s)" % ", ".join(self.int_code(d) for d in S)
        elif r < 0.65:
            rhs = "np.random.rand(%s)" % ", ".join(self.int_code(d) for d in S)
        elif r < 0.85:
            f = self.choice(["random", "random_sample"])
            rhs = "np.random.%s(%s)" % (f, self.choice([self.shape_code(S), "size=" + self.shape_code(S)]))
        else:
            rhs = self.choice(["np.random.normal(0, 1)", "np.random.random()", "np.random.rand()",
                               "np.random.randn()", "np.random.normal(5, 2)"])
            return "%s = %s" % (self.pick_target(SCAL_POOL), rhs)
        return "%s = %s" % (self.pick_target(ARR_POOL), rhs)

    def st_swap(self):
        used = [n for n in ARR_POOL + SCAL_POOL if n in self.ns and n not in self.dead]
        if len(used) < 2:
            raise Reject("no")
        r = self.rng.random()
        if r < 0.5:
            a, b = self.rng.sample(used, 2)
            return "%s, %s = %s, %s" % (a, b, b, a)
        rows = self.arrays(pred=lambda v: v.ndim >= 1 and v.shape[0] in (2, 3))
        if not rows:
            raise Reject("no")
        nm = self.choice(rows)
        k = self.vals[nm].shape[0]
        tg = self.rng.sample([n for n in ARR_POOL + SCAL_POOL if n != nm], k)
        return "%s = %s" % (", ".join(tg), nm)

    def st_view_write(self):
        names = self.arrays(pred=lambda v: v.size > 0)
        if not names:
            raise Reject("none")
        nm = self.choice(names)
        v = self.vals[nm]
        if self.p(0.3) and v.ndim >= 2:
            vc = nm + ".T"
        else:
            vc = "%s[%s]" % (nm, self.rand_index(v.shape, none_p=0.1))
        vv = self.ev(vc)
        if not isinstance(vv, np.ndarray) or vv.size == 0:
            raise Reject("no view")
        tgt = self.choice([n for n in ARR_POOL if n != nm])
        self.commit("%s = %s" % (tgt, vc))
        for _ in range(self.rng.randint(1, 2)):
            try:
                r = self.rng.random()
                vv = self.vals[tgt]
                if r < 0.4:
                    ix = self.rand_index(vv.shape, none_p=0)
                    rhs = self.choice([self.int_lit(), self.float_lit(), self.gen_arr(0)])
                    self.check_lead(np.shape(self.ev("%s[%s]" % (tgt, ix))), rhs, "%s[%s]" % (tgt, ix))
                    s = "%s[%s] = %s" % (tgt, ix, rhs)
                elif r < 0.7:
                    s = "%s %s %s" % (tgt, self.choice(["+=", "*=", "-="]), self.scalar_operand("+"))
                else:
                    rhs = self.operand_of_shape(self.into_shape(vv.shape))
                    self.check_lead(vv.shape, rhs, tgt)
                    s = "%s[:] = %s" % (tgt, rhs)
                self.commit(s)
            except Reject:
                pass
        return "print(%s)" % self.choice([nm, "repr(%s)" % nm, "%s, %s" % (nm, tgt)])

    def st_alias(self):
        names = self.arrays()
        if not names:
            raise Reject("none")
        nm = self.choice(names)
        tgt = self.choice([n for n in ARR_POOL if n != nm])
        self.commit("%s = %s" % (tgt, nm))
        self.commit("%s %s %s" % (nm, self.choice(["+=", "*=", "-="]), self.choice(["1", "2", "True"])))
        return "print(%s, %s)" % (tgt, self.choice(["id(%s) == id(%s)" % (tgt, nm), nm + ".shape"]))

    def st_big_print(self):
        r = self.rng.random()
        if r < 0.3:
            n = self.rng.choice([1001, 1200, 2000, 3000])
            return "print(np.arange(%d)%s)" % (n, self.choice(["", " * 0.5", " / 3", " - 1000"]))
        if r < 0.6:
            S = self.choice([(40, 30), (50, 50), (10, 11, 12), (3, 400), (1001, 1)])
            return "print(%s(np.arange(%d).reshape(%s)%s))" % (
                self.choice(["", "repr"]), math.prod(S), ", ".join(map(str, S)),
                self.choice(["", " * 1.5", " % 7 == 0", " - 0.25"]))
        if r < 0.8 and self.seeded:
            return "print(np.random.randn(%d, %d))" % self.choice([(40, 30), (20, 60)])
        return "print(repr(np.ones((%d, %d))))" % self.choice([(40, 30), (33, 33), (2, 600)])

    # -- compound statements -------------------------------------------------------------------
    def enter_body(self, loopvar=None, rng_=None):
        saved = (self.vals, dict(self.loopvars), self.in_loop)
        self.vals = dict(self.vals)
        if loopvar is not None:
            base, lo, hi, sample = loopvar
            self.loopvars[base] = (lo, hi)
            if re.fullmatch(r"\w+", base):
                self.vals[base] = sample
            self.in_loop = True
        self.body_depth += 1
        return saved

    def leave_body(self, saved):
        for k in self.vals:
            if k not in saved[0]:
                self.dead.add(k)
        self.vals, self.loopvars, self.in_loop = saved
        self.body_depth -= 1

    def gen_body(self, nstmts):
        lines = []
        for _ in range(nstmts):
            try:
                lines.extend(self.attempt(self.body_stmt, 10).split("\n"))
            except Reject:
                pass
        if not lines:
            lines = ["pass"]
        return ["    " + ln for ln in lines]

    def body_stmt(self):
        kinds = [("accum", 4), ("arr_update", 3), ("setelem", 3), ("print", 3), ("local", 1.5),
                 ("if", 1.5 if self.body_depth < 3 else 0), ("for", 1 if self.body_depth < 2 else 0),
                 ("new", 2.5)]
        if self.in_loop:
            kinds.append(("jump", 1))
        kind = self.wchoice(kinds)
        if kind == "new":
            return self.body_new()
        if kind == "accum":
            sc = self.scalars(lambda v: not isinstance(v, bool))
            if not sc:
                raise Reject("none")
            nm = self.choice(sc)
            old = self.vals[nm]
            if isinstance(old, float):
                e = "float(%s)" % self.attempt(self.elem_expr, 4) if self.p(0.7) else self.gen_scalar(1)
            elif isinstance(old, int):
                e = "int(%s)" % self.attempt(self.elem_expr, 4) if self.p(0.6) else self.choice(["1", "2", "-1"] + [b for b in self.loopvars if re.fullmatch(r"\w+", b)])
            else:
                e = self.gen_scalar(1)
            op = self.choice(["+", "-", "*"]) if not isinstance(old, np.generic) else self.choice(["+", "-"])
            if isinstance(old, float) and self.p(0.2):
                op = "*"
                e = self.choice(["0.5", "1.5", "-1.0"])
            if isinstance(old, (int, float)) and not isinstance(old, bool) and self.p(0.35):
                e = self.attempt(self.elem_expr, 4)     # a Python scalar becomes a NumPy scalar
                op = self.choice(["+", "-"])
            st = self.choice(["%s = %s %s %s" % (nm, nm, op, e), "%s %s= %s" % (nm, op, e)])
            new = self.ev("%s %s %s" % (nm, op, e))
            if not same_kind_step(old, new, "scalar-kind-escape" not in self.avoid):
                raise Reject("type change")
            if sig(new) != sig(old):
                self.widened.add(nm)
            if isinstance(new, (float, np.floating)) and not math.isfinite(new):
                raise Reject("nonfinite")
            if isinstance(new, (float, np.floating)) and abs(new) > 1e12:
                raise Reject("too big")
            if isinstance(new, int) and abs(new) > 2 ** 50:
                raise Reject("too big")
            return st
        if kind == "arr_update":
            names = self.arrays()
            if not names:
                raise Reject("none")
            nm = self.choice(names)
            old = self.vals[nm]
            r = self.rng.random()
            if r < 0.4:
                op = self.choice(["+", "-", "*", "/"])
                if self.loopvars and self.p(0.5) and old.ndim >= 1:
                    srcs = self.arrays(pred=lambda v: v.ndim == old.ndim + 1 and v.shape[1:] == old.shape
                                       and v.dtype == old.dtype)
                    if srcs:
                        s_ = self.choice(srcs)
                        e = "%s[%s]" % (s_, self.axis_index(self.vals[s_].shape[0]))
                    else:
                        e = self.scalar_operand(op)
                else:
                    e = self.scalar_operand(op)
                rhs = "%s %s %s" % (nm, op, e)
                if old.dtype.kind == "f" and self.p(0.3):
                    rhs = "%s * 0.5 + %s" % (nm, e)
                st = "%s = %s" % (nm, rhs)
            elif r < 0.75:
                op = self.choice(["+=", "-=", "*="])
                e = self.scalar_operand(op[0])
                if self.loopvars and self.p(0.5):
                    srcs = self.arrays(pred=lambda v: v.ndim >= 2 and v.shape[1:] == old.shape[-(v.ndim - 1):]
                                       if old.ndim >= v.ndim - 1 else False)
                    if srcs:
                        s_ = self.choice(srcs)
                        e = "%s[%s]" % (s_, self.axis_index(self.vals[s_].shape[0]))
                st = "%s %s %s" % (nm, op, e)
                rhs = "%s %s %s" % (nm, op[0], e)
                nv = self.ev(rhs)
                if not isinstance(nv, np.ndarray) or not np.can_cast(nv.dtype, old.dtype, "same_kind") \
                        or nv.shape != old.shape:
                    raise Reject("bad inplace")
                return st
            elif r < 0.85 and old.ndim >= 1:
                rows = self.arrays(pred=lambda v: v.ndim == old.ndim + 1 and v.shape[1:] == old.shape
                                   and v.dtype == old.dtype)
                if not rows:
                    raise Reject("no rows")
                src_ = self.choice(rows)
                rhs = "%s[%s]" % (src_, self.axis_index(self.vals[src_].shape[0]))
                st = "%s = %s" % (nm, rhs)
            else:
                cands = self.arrays(pred=lambda v: v.shape == old.shape and v.dtype == old.dtype)
                rhs = self.choice(cands)
                if self.p(0.5):
                    rhs = "%s if %s else %s" % (rhs, self.gen_cond(), self.choice(cands))
                st = "%s = %s" % (nm, rhs)
            new = self.ev(rhs)
            if sig(new) != sig(old):
                raise Reject("type change")
            if new.dtype.kind == "f" and new.size and np.abs(new).max() > 1e8:
                raise Reject("growth")
            return st
        if kind == "setelem":
            names = self.arrays(pred=lambda v: v.size > 0)
            if not names:
                raise Reject("none")
            nm = self.choice(names)
            v = self.vals[nm]
            if self.p(0.6):
                idx = self.full_index(v.shape)
                rhs = self.gen_scalar(1)
            else:
                idx = self.axis_index(v.shape[0])
                tv = self.ev("%s[%s]" % (nm, idx))
                if isinstance(tv, np.ndarray):
                    rhs = self.choice(["%s[%s] * 2" % (nm, self.axis_index(v.shape[0])), self.scalar_operand("+"),
                                       self.operand_of_shape(self.into_shape(tv.shape))])
                else:
                    rhs = self.gen_scalar(1)
            op = self.choice(["=", "=", "+=", "-="])
            if op != "=":
                tv = self.ev("%s[%s]" % (nm, idx))
                rv = self.ev(rhs)
                res = self.ev("a %s b" % op[0], {"a": tv, "b": rv, "np": np})
                dt = res.dtype if hasattr(res, "dtype") else np.result_type(res)
                if not np.can_cast(dt, v.dtype, "same_kind"):
                    raise Reject("cast")
                if isinstance(res, np.ndarray) and res.shape != np.shape(tv) and \
                        np.broadcast_shapes(res.shape, np.shape(tv)) != np.shape(tv):
                    raise Reject("shape")
            rv = self.ev(rhs)
            if isinstance(rv, (float, np.floating)) and abs(rv) > 1e15 and v.dtype.kind == "i":
                raise Reject("cast overflow")
            self.check_lead(np.shape(self.ev("%s[%s]" % (nm, idx))), rhs, "%s[%s]" % (nm, idx))
            return "%s[%s] %s %s" % (nm, idx, op, rhs)
        if kind == "print":
            items = []
            for b in self.loopvars:
                if re.fullmatch(r"\w+", b) and self.p(0.5):
                    items.append(b)
            items.append(self.attempt(self.print_item, 5) if self.p(0.5) else self.attempt(lambda: self.gen_scalar(1), 5))
            return "print(%s)" % ", ".join(items)
        if kind == "local":
            t = self.fresh_name()
            rhs = self.gen_arr(1) if self.p(0.5) else self.gen_scalar(1)
            self.vals[t] = self.ev(rhs)
            return "%s = %s" % (t, rhs)
        if kind == "jump":
            return "if %s:\n    %s" % (self.gen_cond(), self.choice(["break", "continue", "break"]))
        if kind == "if":
            return "\n".join(self.gen_if())
        if kind == "for":
            return "\n".join(self.gen_for())
        raise Reject(kind)

    def gen_if(self):
        lines = ["if %s:" % self.gen_cond()]
        saved = self.enter_body()
        lines += self.gen_body(self.rng.randint(1, 3))
        self.leave_body(saved)
        for _ in range(self.wchoice([(0, 3), (1, 2), (2, 1)])):
            lines.append("elif %s:" % self.gen_cond())
            saved = self.enter_body()
            lines += self.gen_body(self.rng.randint(1, 2))
            self.leave_body(saved)
        if self.p(0.5):
            lines.append("else:")
            saved = self.enter_body()
            lines += self.gen_body(self.rng.randint(1, 2))
            self.leave_body(saved)
        return lines

    def gen_for(self):
        lv = LOOP_VARS[min(self.body_depth, len(LOOP_VARS) - 1)]
        if lv in self.loopvars:
            raise Reject("loop var in use")
        names = self.arrays(pred=lambda v: v.shape[0] > 0)
        if names and self.p(0.7):
            nm = self.choice(names)
            v = self.vals[nm]
            ax = self.rng.randrange(v.ndim)
            n = v.shape[ax]
            ncode = self.choice(["len(%s)" % nm if ax == 0 else "%s.shape[%d]" % (nm, ax), str(n), self.int_code(n)])
        else:
            n = self.rng.randint(1, 6)
            ncode = self.int_code(n)
        r = self.rng.random()
        if r < 0.5:
            vals, rc = list(range(n)), "range(%s)" % ncode
        elif r < 0.65:
            vals, rc = list(range(1, n)), "range(1, %s)" % ncode
        elif r < 0.8:
            vals, rc = list(range(n - 1, -1, -1)), "range(%s - 1, -1, -1)" % ncode
        else:
            vals, rc = list(range(0, n, 2)), "range(0, %s, 2)" % ncode
        lines = ["for %s in %s:" % (lv, rc)]
        if not vals:
            vals = [0]
        saved = self.enter_body((lv, min(vals), max(vals), vals[0]))
        self.vals[lv] = vals[0]
        lines += self.gen_body(self.rng.randint(1, 4))
        self.leave_body(saved)
        return lines

    def pre_accumulators(self):
        """Top-level accumulators before a loop."""
        r = self.rng.random()
        if r < 0.35:
            self.commit("%s = %s" % (self.choice(["s", "total", "val"]), self.choice(["0.0", "0.0", "1.0", "-0.5"])))
        elif r < 0.6:
            self.commit("%s = %s" % (self.choice(["cnt", "r"]), self.choice(["0", "0", "1"])))
        elif r < 0.75:
            names = self.arrays(pred=lambda v: v.size > 0)
            if names:
                nm = self.choice(names)
                self.commit("%s = %s[%s] * 0" % (self.choice(["best", "lo", "hi"]), nm,
                                                  ", ".join("0" for _ in self.vals[nm].shape)))

    def st_for(self):
        try:
            self.pre_accumulators()
        except Reject:
            pass
        src = "\n".join(self.gen_for())
        if self.p(0.15):
            self.commit(src)
            if isinstance(self.ns.get("i"), int):
                names = self.arrays()
                forms = ["i", "i * 2", "repr(i)"] + (["(i, len(%s))" % self.choice(names)] if names else [])
                return "print(%s)" % self.choice(forms)
            raise Reject("no i")
        return src

    def st_while(self):
        try:
            self.pre_accumulators()
        except Reject:
            pass
        self.commit("k = 0")
        names = self.arrays(pred=lambda v: v.shape[0] > 0)
        if names and self.p(0.6):
            nm = self.choice(names)
            n = self.vals[nm].shape[0]
            ncode = self.choice(["len(%s)" % nm, str(n)])
        else:
            n = self.rng.randint(1, 6)
            ncode = str(n)
        cond = "k < %s" % ncode
        if self.p(0.3):
            extra = self.gen_cond()
            cond = "%s and %s" % (cond, extra if " or " not in extra else "(%s)" % extra)
        lines = ["while %s:" % cond, "    " + self.choice(["k = k + 1", "k += 1"])]
        if self.p(0.25):
            lines = ["while True:", "    " + self.choice(["k = k + 1", "k += 1"]),
                     "    if k > %s:" % ncode, "        break"]
        saved = self.enter_body(("k", 1, n, 1))
        self.vals["k"] = 1
        lines += self.gen_body(self.rng.randint(1, 3))
        self.leave_body(saved)
        return "\n".join(lines)

    def st_if(self):
        return "\n".join(self.gen_if())

    # -- constructors and shape operations (lang-spec/arrays.md) ---------------------------------
    def dtype_code(self, kind):
        """A spelling of the dtype of kind `kind` for dtype=."""
        same = self.arrays(pred=lambda v: v.dtype.kind == kind[0])
        if same and self.p(0.12):
            return "%s.dtype" % self.choice(same)
        return self.choice({"int": ["int", "np.int64", "'int64'"], "float": ["float", "np.float64", "'float64'"],
                            "bool": ["bool", "np.bool_", "'bool'"]}[kind])

    def ctor_array(self, S, kind):
        """np.full / full_like / eye / identity / linspace for shape S and dtype kind, or None."""
        n = math.prod(S)
        r = self.rng.random()
        if r < 0.35:
            lit = {"int": self.elem_lit("int"), "float": self.elem_lit("float"), "bool": self.choice(["True", "False"])}
            val = lit[kind if self.p(0.7) else self.choice(["int", "float", "bool"])]
            sc = self.scalars(lambda v: abs(v) < 1e9)       # finite (no nan/inf cast to int)
            if sc and self.p(0.25):
                val = self.choice(sc)
            dt = "" if self.p(0.5) else ", dtype=%s" % self.dtype_code(kind)
            if dt and self.p(0.15):
                dt = ", dtype=None"
            shape = self.shape_code(S)
            if self.p(0.15):
                shape = "[%s]" % ", ".join(self.int_code(d) for d in S)
            if self.p(0.15):
                return "np.full(shape=%s, fill_value=%s%s)" % (shape, val, dt)
            return "np.full(%s, %s%s)" % (shape, val, dt)
        if r < 0.5:
            likes = self.arrays(pred=lambda v: v.shape == S)
            if not likes:
                return None
            val = self.elem_lit(self.choice(["int", "float", "bool"]))
            dt = "" if self.p(0.5) else ", dtype=%s" % self.dtype_code(kind)
            return "np.full_like(%s, %s%s)" % (self.choice(likes), val, dt)
        if r < 0.72:
            if len(S) != 2:
                return None
            N, M = S
            dt = "" if kind == "float" and self.p(0.6) else ", dtype=%s" % self.dtype_code(kind)
            if N == M and self.p(0.3):
                return "np.identity(%s%s)" % (self.int_code(N), dt)
            k = "" if self.p(0.4) else ", k=%d" % self.rng.randint(-M - 1, M + 1)
            mm = "" if N == M and self.p(0.5) else ", %s" % self.int_code(M)
            if mm and self.p(0.2):
                mm = ", M=%s" % self.int_code(M)
            return "np.eye(%s%s%s%s)" % (self.int_code(N), mm, k, dt)
        if kind == "bool":
            return None
        a = self.choice(["0", "0.0", "-1", "1.5", "-2.5", "10", "0.1", "3"])
        b = self.choice(["1", "1.0", "2.5", "-1.0", "7", "0.3", "100", "-4"])
        end = "" if self.p(0.75) else ", endpoint=False"
        num = self.int_code(n) if self.p(0.8) else "num=%s" % self.int_code(n)
        dt = ""
        if kind == "int":
            dt = ", dtype=%s" % self.dtype_code("int")
        elif self.p(0.15):
            dt = ", dtype=%s" % self.choice(["float", "np.float64", "None"])
        return "np.linspace(%s, %s, %s%s%s)" % (a, b, num, end, dt) + self.reshape_suffix(S)

    def shape_view(self, name):
        """transpose with axes, swapaxes, expand_dims, squeeze, ravel, flatten, `...`, list index."""
        v = self.vals[name]
        nd = v.ndim
        r = self.rng.random()
        if nd >= 2 and r < 0.2:
            perm = list(range(nd))
            self.rng.shuffle(perm)
            perm = [a - nd if self.p(0.2) else a for a in perm]
            ps = ", ".join(map(str, perm))
            return self.choice(["%s.transpose(%s)" % (name, ps), "%s.transpose((%s))" % (name, ps),
                                "%s.transpose([%s])" % (name, ps), "np.transpose(%s, (%s))" % (name, ps),
                                "np.transpose(%s, axes=(%s))" % (name, ps), "np.transpose(%s)" % name])
        if nd >= 2 and r < 0.32:
            a, b = self.rng.sample(range(nd), 2)
            a, b = [x - nd if self.p(0.25) else x for x in (a, b)]
            return self.choice(["%s.swapaxes(%d, %d)", "np.swapaxes(%s, %d, %d)"]) % (name, a, b)
        if r < 0.44 and nd <= 3:
            ax = self.rng.randint(-nd - 1, nd)
            if nd <= 2 and self.p(0.25):
                axs = self.rng.sample(range(nd + 2), 2)
                return "np.expand_dims(%s, (%d, %d))" % (name, axs[0], axs[1])
            return "np.expand_dims(%s, %s)" % (name, ax if self.p(0.8) else "axis=%d" % ax)
        if r < 0.55:
            ones = [i for i, d in enumerate(v.shape) if d == 1]
            if len(ones) == nd:
                raise Reject("nothing would be left")
            # (in a function body, a later call's argument may have more axes of length 1, and
            # squeezing every axis away is unsupported: only named axes there)
            if not ones:
                return self.choice(([] if self.poly else ["np.squeeze(%s[None])"]) +
                                   ["%s[:, None].squeeze(1)", "%s[None].squeeze(axis=0)",
                                    "np.expand_dims(%s, -1).squeeze(-1)"]) % name
            if self.p(0.5) and not self.poly:
                return self.choice(["np.squeeze(%s)", "%s.squeeze()"]) % name
            k = self.choice(ones)
            k = k - nd if self.p(0.3) else k
            return self.choice(["%s.squeeze(axis=%d)", "np.squeeze(%s, axis=%d)", "%s.squeeze(%d)",
                                "np.squeeze(%s, axis=(%d,))"]) % (name, k)
        if r < 0.7:
            return self.choice(["%s.ravel()", "np.ravel(%s)", "%s.flatten()", "%s.ravel()"]) % name
        if r < 0.85:
            return "%s[%s]" % (name, self.ellipsis_index(v.shape))
        return "%s[%s]" % (name, self.list_index(v.shape))

    def ellipsis_index(self, S):
        nd = len(S)
        if nd < 2:
            return self.choice(["...", "..., %s" % self.rand_slice(S[0]), "None, ..."])
        r = self.rng.random()
        if r < 0.4:
            return "..., %s" % self.axis_index(S[-1])
        if r < 0.6:
            return "%s, ..." % self.axis_index(S[0])
        if r < 0.8:
            return "..., %s" % self.rand_slice(S[-1])
        return self.choice(["...", ":, None, ..., %s" % self.axis_index(S[-1]), "..., None"])

    def list_index(self, S, bad=False):
        """An index with one list of constant ints (among slices) that is in range (or, with bad,
        out of range on that axis)."""
        ax = self.rng.randrange(len(S))
        n = S[ax]
        if n == 0:
            raise Reject("empty axis")
        k = self.wchoice([(1, 1), (2, 3), (3, 2), (4, 1)])
        ents = [self.rng.randint(-n, n - 1) for _ in range(k)]
        if bad:
            ents[self.rng.randrange(k)] = self.choice([n, n + 2, -n - 1])
        parts = [self.choice([":", ":", self.rand_slice(S[i])]) for i in range(ax)]
        parts.append("[%s]" % ", ".join(map(str, ents)))
        if ax + 1 < len(S) and self.p(0.3):
            parts.append(self.rand_slice(S[ax + 1]))
        return ", ".join(parts)

    def rt_slice(self, n):
        """A slice with a run-time start and a constant length (`i:i + 3`), in bounds for every
        value of the loop variable."""
        opts = []
        for base, (lo, hi) in self.loopvars.items():
            if not re.fullmatch(r"\w+", base):
                continue
            for L in (1, 2, 3, 4):
                for c in (0, 1, -1, 2):
                    if lo + c >= 0 and hi + c + L <= n:
                        opts.append((base, c, L))
        if not opts:
            return None
        base, c, L = self.choice(opts)
        off = lambda k: base if k == 0 else ("%s + %d" % (base, k) if k > 0 else "%s - %d" % (base, -k))
        s = "%s:%s" % (off(c), off(c + L))
        if L >= 3 and self.p(0.2):
            s += ":2"
        return s

    def gen_stack(self):
        names = self.arrays(pred=lambda v: v.size <= 40)
        a = self.choice(names) if names and self.p(0.6) else self.make_array(self.rand_shape(30))
        A = self.ev(a)
        r = self.rng.random()
        if r < 0.45:
            parts = [a] + [self.operand_of_shape(A.shape) for _ in range(self.rng.randint(1, 2))]
            ax = self.rng.randint(-A.ndim - 1, A.ndim)
            axs = "" if self.p(0.3) else ", axis=%d" % ax
            seq = "(%s)" if self.p(0.7) else "[%s]"
            code = "np.stack(%s%s)" % (seq % ", ".join(parts), axs)
        elif r < 0.7:
            T = list(A.shape)
            if A.ndim > 1:
                T[0] = self.rng.randint(1, 3)
            parts = [a, self.operand_of_shape(tuple(T))]
            code = "np.vstack((%s))" % ", ".join(parts)
        elif r < 0.9:
            T = list(A.shape)
            T[1 if A.ndim > 1 else 0] = self.rng.randint(1, 3)
            parts = [a, self.operand_of_shape(tuple(T))]
            code = "np.hstack((%s))" % ", ".join(parts)
        else:
            b = self.make_array(self.rand_shape(20))
            code = "np.concatenate((%s, %s), axis=None)" % (a, b)
        v = self.ev(code)
        if not isinstance(v, np.ndarray) or v.size > 300:
            raise Reject("bad stack")
        return code

    # -- scalar builtins, math, f-strings (lang-spec/scalars.md, formatting.md) -------------------
    def builtin_scalar(self, depth):
        r = self.rng.random()
        a = self.gen_scalar(max(depth - 1, 0))
        av = self.ev(a)
        if isinstance(av, str):
            raise Reject("str")
        if r < 0.25:
            if isinstance(av, np.bool_):
                raise Reject("round of a NumPy bool (not in the language)")
            if isinstance(av, np.integer):
                return "round(%s)" % a      # round(np.int64, n) is unsupported
            if self.p(0.5) and not ("round-of-dynamic-kind" in self.avoid and self.mentions_widened(a)):
                return "round(%s, %s)" % (a, self.choice(["1", "2", "0", "-1", "3", "ndigits=2", "-2"]))
            return "round(%s)" % a
        if r < 0.5:
            k = self.rng.randint(2, 3)
            args = [a]
            for _ in range(k - 1):
                b = self.attempt(lambda: self.gen_scalar(0), 5)
                if sig(self.ev(b)) != sig(av):
                    cands = [c for c in self.scalars() if sig(self.vals[c]) == sig(av)]
                    if not cands:
                        raise Reject("min/max types")
                    b = self.choice(cands)
                args.append(b)
            if self.mentions_widened(*args):
                raise Reject("min/max of a widened name")
            return "%s(%s)" % (self.choice(["min", "max"]), ", ".join(args))
        if r < 0.62:
            return "abs(%s)" % a
        if "math" not in self.ns:
            return self.choice(["int(%s)", "float(%s)"]) % a
        fv = float(av)
        opts = ["math.floor(%s)", "math.ceil(%s)"] if math.isfinite(fv) else []
        if fv >= 0:
            opts.append("math.sqrt(%s)")
        if fv > 0:
            opts += ["math.log(%s)", "math.log(%%s, %s)" % self.choice(["2", "10", "0.5", "3.0"])]
        if fv < 300:
            opts.append("math.exp(%s)")
        if not opts:
            raise Reject("math arg")
        code = self.choice(opts) % a
        if self.p(0.2):
            code = "(%s %s %s)" % (code, self.choice(["*", "+", "-"]), self.choice(["math.pi", "math.e", "math.tau"]))
        return code

    INT_SPECS = ["d", "5d", "+d", "05d", ",", "_", "x", "X", "#x", "b", "o", "#o", ">6", "<6", "^7", "*^9",
                 "=+8", ".2f", ".3e", "g", ".1%", ",d", "_x", " d", "08,", "+", "-^10", "e"]
    FLOAT_SPECS = [".2f", ".3f", "10.2e", ".4g", "g", "e", "E", "+.1f", ",.2f", "%", ".1%", ">12", "<10",
                   "^12.3", "010.3f", "z.2f", ".0f", "#.0f", ".17g", "_.2f", "12", ".3", "F", "n", " .2f",
                   "#g", ".10f", "=+12.4f", "*>14.5e", ".0e", "G", "#.3"]
    STR_SPECS = [">8", "<8", "^9", "*>10", ".3", "s", "", "_<12"]

    def fstring_field(self):
        r = self.rng.random()
        names = self.arrays(maxsize=60)
        if r < 0.12 and names:
            nm = self.choice(names)
            return self.choice(["{%s}", "{%s!r}", "{%s!s}", "{%s.shape}", "{%s.dtype}", "{%s.shape!r:>12}",
                                "{%s.dtype!r}", "{%s!r:>40}"]) % nm
        e = self.attempt(lambda: self.gen_scalar(self.choice([0, 0, 1])), 5)
        if "fstring-call-prints" in self.avoid and re.search(r"\bf\d+\(", e):
            raise Reject("fstring-call-prints avoided")
        v = self.ev(e)
        if self.p(0.15):
            return self.choice(["{%s}", "{%s!r}", "{%s!s}", "{%s!r:>24}"]) % e
        if isinstance(v, (bool, np.bool_)):
            specs = ["", ">6", "d", "5", "^5", ".2f", "<7"]
        elif isinstance(v, (int, np.integer)):
            specs = self.INT_SPECS
        else:
            specs = self.FLOAT_SPECS
        spec = self.choice(specs)
        if "fstring-float-width-tie" in self.avoid and specs is self.FLOAT_SPECS and repr_tie(v) \
                and not re.search(r"[.a-zA-Z%]", spec):
            raise Reject("fstring-float-width-tie avoided")
        return "{%s%s}" % (e, ":" + spec if spec else "")

    def fstring(self):
        k = self.wchoice([(1, 4), (2, 3), (3, 1)])
        out = []
        for _ in range(k):
            out.append(self.choice(["", "v=", " ", ", ", " | ", "[", "total: ", "{{", "}}", "x "]))
            out.append(self.fstring_field())
        out.append(self.choice(["", "", "]", " end", "}}", "%"]))
        q = '"' if self.p(0.6) else "'"
        code = "f%s%s%s" % (q, "".join(out), q)
        if "'" in code[2:-1] or '"' in code[2:-1]:
            raise Reject("quotes in f-string")
        v = self.ev(code)
        if not isinstance(v, str):
            raise Reject("not a str")
        return code

    # -- user functions (lang-spec/functions.md) --------------------------------------------------
    @contextlib.contextmanager
    def func_scope(self, params):
        saved = (self.vals, self.loopvars, self.in_loop, self.body_depth, set(self.dead), self.consts,
                 self.poly)
        scope = {k: v for k, v in self.ns.items() if k in ("np", "math", "print", "__checked_int", "__checked_range",
                                                           "__name__")
                 or (k in self.funcs and not self.funcs[k]["mutates"])}
        scope.update(params)
        self.vals, self.loopvars, self.in_loop, self.body_depth = scope, {}, False, 0
        self.consts, self.poly = [], True
        try:
            yield scope
        finally:
            (self.vals, self.loopvars, self.in_loop, self.body_depth, self.dead, self.consts,
             self.poly) = saved

    def arg_code(self, kind, want=None):
        """An argument expression for a parameter of kind arr / vec / num / int / any (of the
        type arg_sig `want` when given)."""
        if kind == "any":
            kind = self.choice(["arr", "num"])
        if kind in ("arr", "vec"):
            dt, nd = (want[1], want[2]) if want else (None, None)
            pred = lambda v: (kind != "vec" or v.ndim == 1) and (dt is None or (v.dtype.name, v.ndim) == (dt, nd))
            names = self.arrays(maxsize=60, pred=pred)
            r = self.rng.random()
            if names and r < 0.6:
                return self.choice(names)
            if names and r < 0.72 and kind == "arr":
                return self.attempt(lambda: self.view_of(self.choice(names)), 3)
            S = (self.rng.randint(0 if self.p(0.05) else 1, 8),) if kind == "vec" else self.rand_shape(30)
            if nd is not None and len(S) != nd:
                S = tuple(self.rng.randint(1, 4) for _ in range(nd))
            if dt:
                return self.make_array(S, {"int64": "int", "float64": "float", "bool": "bool"}[dt])
            return self.make_array(S, self.choice(["int", "float", "float", "bool"]) if kind == "arr"
                                   else self.choice(["int", "float"]))
        if want is not None and self.p(0.6):
            if want == ("int",):
                return self.int_lit()
            if want == ("float",):
                return self.choice([self.float_lit(), self.elem_lit("float")])
            if want == ("bool",):
                return self.choice(["True", "False"])
        if kind == "int":
            sc = self.scalars(lambda v: isinstance(v, int) and not isinstance(v, bool) and abs(v) < 100)
            return self.choice(sc) if sc and self.p(0.3) else str(self.rng.randint(-3, 12))
        r = self.rng.random()
        if r < 0.5:
            return self.choice([self.int_lit(), self.float_lit(), self.elem_lit("float")])
        return self.attempt(lambda: self.gen_scalar(0), 4)

    def arg_like(self, kind, want):
        code = self.arg_code(kind, want)
        if arg_sig(self.ev(code)) != want or self.mentions_widened(code):
            raise Reject("argument type")
        return code

    def mentions_widened(self, *codes):
        """Whether an expression uses a name whose static type is the NumPy scalar while its value
        may still be the Python one (its type in sig-sensitive places: and/or, if-else, min/max,
        function arguments)."""
        return any(re.search(r"\b%s\b" % w, c) for w in self.widened for c in codes)

    def pure_funcs(self):
        return [f for f, m in self.funcs.items() if not m["mutates"] and f in self.vals]

    def call_code(self, fname):
        meta = self.funcs[fname]
        pos, kws = [], []
        positional = True
        for p, kind, dflt in meta["params"]:
            if dflt is not None and self.p(0.45):
                positional = False
                continue
            want = meta["sigs"][p]
            a = self.attempt(lambda: self.arg_like(kind, want), 8)
            if positional and self.p(0.8):
                pos.append(a)
            else:
                positional = False
                kws.append("%s=%s" % (p, a))
        self.rng.shuffle(kws)
        return "%s(%s)" % (fname, ", ".join(pos + kws))

    def call_expr(self, want=None):
        """A call of a function without side effects on its arguments; want: 'arr', 'scalar' or None."""
        fs = self.pure_funcs()
        if not fs:
            raise Reject("no functions")
        code = self.call_code(self.choice(fs))
        v = self.ev(code)
        if isinstance(v, np.ndarray):
            if v.size > 300:
                raise Reject("big")
        if want == "arr" and not isinstance(v, np.ndarray):
            raise Reject("not an array")
        if want == "scalar" and not isinstance(v, (int, float, np.generic)):
            raise Reject("not a scalar")
        if v is None:
            raise Reject("None")
        return code

    def func_body_stmts(self, k):
        """Local statements of a function body: locals and prints, no writes through arguments."""
        lines = []
        for _ in range(k):
            try:
                r = self.rng.random()
                if r < 0.7:
                    t = self.fresh_name()
                    rhs = self.gen_arr(self.choice([1, 2])) if self.p(0.65) else self.gen_scalar(1)
                    self.vals[t] = self.ev(rhs)
                    lines.append("%s = %s" % (t, rhs))
                else:
                    lines.append("print(%s)" % self.attempt(self.print_item, 4))
            except Reject:
                pass
        return lines

    def st_def(self):
        fname = "f%d" % (len(self.funcs) + 1)
        tmpl = self.wchoice([("expr", 4), ("loop", 2), ("write", 2.5), ("tuple", 1.5), ("early", 1), ("scalar", 1.2)])
        mutates = False
        if tmpl == "expr":
            params = [("x", "arr", None)]
            if self.p(0.35):
                params.append(("y", "arr", None))
            if self.p(0.6):
                params.append((self.choice(["a", "scale", "k"]), "num", self.choice([self.float_lit(), self.int_lit()])))
        elif tmpl == "scalar":
            params = [("a", "any", None), ("b", "num", self.choice([None, self.float_lit(), self.int_lit()]))]
            if params[1][2] is None and self.p(0.5):
                params.append(("c", "num", self.int_lit()))
        elif tmpl in ("loop", "early"):
            params = [("v", "vec", None), ("lim", "num", self.choice([None, self.int_lit(), self.float_lit()]))]
        elif tmpl == "write":
            params = [("x", "arr", None), ("val", "num", self.choice([None, self.int_lit(), self.float_lit(), "True"]))]
            mutates = True
        else:
            params = [("x", "arr", None)] + ([("y", "arr", None)] if self.p(0.3) else [])
        # the defaults after the parameters without one
        params.sort(key=lambda p: p[2] is not None)
        sample = {}
        for i, (p, kind, dflt) in enumerate(params):
            code = dflt if dflt is not None else self.arg_code(kind)
            sample[p] = self.ev(code)
            if kind == "any":   # later calls pass the same kind of value (arrays, or scalars)
                params[i] = (p, "arr" if isinstance(sample[p], np.ndarray) else "num", dflt)
        header = "def %s(%s):" % (fname, ", ".join(p if d is None else "%s=%s" % (p, d) for p, _, d in params))
        with self.func_scope(dict(sample)):
            lines = self.func_body(tmpl, params)
        src = "\n".join([header] + ["    " + ln for ln in lines])
        self.commit(src)
        # later calls pass values of the sample's type (arrays: its dtype, any shape), so that the
        # body's static typing rules (one type for and/or operands, min/max, ...) keep holding
        if tmpl == "loop":
            self.widened.add(fname)
        self.funcs[fname] = {"params": params, "mutates": mutates, "tmpl": tmpl,
                             "sigs": {p: arg_sig(v) for p, v in sample.items()}}
        return self.attempt(lambda: self.call_stmt(fname), 8)

    def func_body(self, tmpl, params):
        """The body lines of a function of template tmpl (in func_scope: the parameters are bound
        to the first call's values)."""
        P = [p for p, _, _ in params]
        if tmpl == "expr":
            lines = self.func_body_stmts(self.rng.randint(1, 3))
            r = self.rng.random()
            locs = [k for k in self.vals if re.fullmatch(r"t\d+", k)] + P
            arrs = [k for k in locs if isinstance(self.vals[k], np.ndarray)]
            if r < 0.55 and arrs:
                ret = self.choice(arrs) if self.p(0.5) else self.gen_arr(1)
            elif r < 0.8:
                ret = self.gen_scalar(1)
            else:
                ret = "%s, %s" % (self.gen_arr(1) if not arrs else self.choice(arrs), self.gen_scalar(0))
            self.ev(ret)
            return lines + ["return " + ret]
        if tmpl == "scalar":
            e = self.gen_scalar(2) if self.p(0.5) else "%s %s %s" % (P[0], self.choice(["*", "+", "-"]), self.choice(P[1:]))
            if self.p(0.3):
                return ["r = %s" % e, "return r"]
            return ["return " + e]
        if tmpl in ("loop", "early"):
            v, lim = P[0], P[1]
            n = self.choice(["len(%s)" % v, "%s.shape[0]" % v, "%s.size" % v])
        if tmpl == "loop":
            r = self.rng.random()
            if r < 0.35:
                init, upd = "0", self.choice(["acc += 1", "acc = acc + 1", "acc += 2"])
            elif r < 0.8:
                init, upd = self.choice(["0.0", "0.0", "1.0"]), self.choice(["acc += %s[i]", "acc = acc + %s[i] * 2",
                                                                         "acc -= %s[i]", "acc = acc * 0.5 + %s[i]"]) % v
            else:
                init, upd = "%s[0] * 0" % v, "acc += %s[i]" % v
            if "scalar-kind-escape" in self.avoid and init in ("0.0", "1.0"):
                upd = upd.replace("%s[i]" % v, "float(%s[i])" % v)
            lines = ["acc = %s" % init, "for i in range(%s):" % n]
            cond = self.choice(["%s[i] > %s", "%s[i] <= %s", "%s[i] != %s", None])
            if cond:
                lines += ["    if %s:" % (cond % (v, lim)), "        " + upd]
            else:
                lines += ["    " + upd]
                if self.p(0.3):
                    lines += ["    print(i, %s)" % self.choice(["acc", "repr(acc)", "%s[i]" % v])]
            ret = self.choice(["acc", "acc", "(acc, %s)" % n, "acc * %s" % lim])
            return lines + ["return " + ret]
        if tmpl == "early":
            if self.p(0.7):
                return ["for i in range(%s):" % n, "    if %s[i] %s %s:" % (v, self.choice([">", ">=", "<", "=="]), lim),
                        "        return i", "return -1"]
            return ["j = 0", "while True:", "    if j >= %s or %s[j] > %s:" % (n, v, lim), "        return j",
                    "    j += 1"]
        if tmpl == "write":
            x, val = P[0], P[1]
            forms = ["%s[:] = %s" % (x, val), "%s += %s" % (x, val), "%s *= 2" % x, "%s[...] = %s * 2" % (x, x),
                     "%s[::2] = %s" % (x, val), "%s[-1] = %s" % (x, val), "%s[..., :1] = %s" % (x, val),
                     "%s[[0]] = %s" % (x, val), "%s -= %s.min()" % (x, x)]
            lines = [self.choice(forms)]
            if self.p(0.3):
                lines.append(self.choice(forms))
            if self.p(0.25):
                lines.append("%s = %s + 1" % (x, x))
            r = self.rng.random()
            if r < 0.4:
                lines.append(self.choice(["return %s.sum()" % x, "return %s.max()" % x, "return %s.shape" % x]))
            elif r < 0.5:
                lines.append("return")
            return lines
        # tuple
        x = P[0]
        r = self.rng.random()
        if r < 0.35:
            return ["half = %s.shape[0] // 2" % x, "return %s[:half], %s[half:]" % (x, x)]
        if r < 0.7:
            return ["return %s.min(), %s.max()" % (x, x) if self.p(0.6) else "return %s.sum(), %s.ndim" % (x, x)]
        if len(P) > 1:
            return ["return %s, %s" % (P[1], P[0])]
        return ["return %s.T, %s.shape" % (x, x)]

    def call_stmt(self, fname):
        meta = self.funcs[fname]
        code = self.call_code(fname)
        if meta["mutates"]:
            if meta["tmpl"] == "write" and self.p(0.3):
                return "print(%s)" % code
            return code
        v = self.ev(code)
        if isinstance(v, tuple):
            if self.p(0.6) and all(isinstance(x, (np.ndarray, int, float, np.generic)) for x in v):
                tg = []
                for x in v:
                    pool = ARR_POOL if isinstance(x, np.ndarray) else SCAL_POOL
                    cands = [n for n in pool if n not in tg and n not in self.dead]
                    tg.append(self.choice(cands))
                return "%s = %s" % (", ".join(tg), code)
            return "print(%s)" % code
        if isinstance(v, np.ndarray):
            return self.choice(["%s = %s" % (self.pick_target(ARR_POOL), code), "print(%s)" % code])
        if v is None:
            return code
        return self.choice(["%s = %s" % (self.pick_target(SCAL_POOL), code), "print(%s)" % code,
                            "print(repr(%s))" % code])

    def st_call(self):
        if not self.funcs:
            return self.st_def()
        return self.call_stmt(self.choice(list(self.funcs)))

    def st_fprint(self):
        items = [self.fstring() for _ in range(self.wchoice([(1, 5), (2, 1)]))]
        return "print(%s)" % ", ".join(items)

    # -- error statements for the newer constructs ----------------------------------------------
    def gen_error_new(self, cat, nm, A):
        S = A.shape
        nd = A.ndim
        if cat == "func_args":
            if not self.funcs:
                raise Reject("no functions")
            f = self.choice(list(self.funcs))
            params = self.funcs[f]["params"]
            args = [self.arg_code(k) for _, k, _ in params]
            nreq = sum(1 for _, _, d in params if d is None)
            r = self.rng.random()
            if r < 0.3 and nreq:
                call = "%s(%s)" % (f, ", ".join(args[:self.rng.randint(0, nreq - 1)]))
            elif r < 0.55:
                call = "%s(%s)" % (f, ", ".join(args + [self.int_lit() for _ in range(self.rng.randint(1, 2))]))
            elif r < 0.8:
                call = "%s(%s)" % (f, ", ".join(args + ["%s=1" % self.choice(["zz", "axis", "value", "X"])]))
            else:
                call = "%s(%s)" % (f, ", ".join(args + ["%s=%s" % (params[0][0], args[0])]))
            return self.choice(["print(%s)", "%s"]) % call, "compile"
        if cat == "func_body":
            fs = self.pure_funcs()
            if not fs:
                raise Reject("no functions")
            return "print(%s)" % self.call_code(self.choice(fs)), "compile"
        if cat == "shape_axis":
            r = self.rng.random()
            if r < 0.25 and nd >= 1:
                perm = list(range(nd))
                self.rng.shuffle(perm)
                if self.p(0.4):
                    perm = perm + [nd] if self.p(0.5) else perm[:-1]
                else:
                    perm[self.rng.randrange(nd)] = self.choice([nd, -nd - 1, perm[0] if nd > 1 else nd])
                e = self.choice(["%s.transpose(%s)", "np.transpose(%s, (%s,))"]) % (nm, ", ".join(map(str, perm)))
            elif r < 0.4:
                a, b = self.choice([(0, nd), (nd + 1, 0), (-nd - 1, 0), (0, -nd - 2)])
                e = self.choice(["%s.swapaxes(%d, %d)", "np.swapaxes(%s, %d, %d)"]) % (nm, a, b)
            elif r < 0.55:
                e = "np.expand_dims(%s, %d)" % (nm, self.choice([nd + 1, nd + 2, -nd - 2]))
            elif r < 0.75:
                big = [i for i, d in enumerate(S) if d != 1]
                k = self.choice(big) if big and self.p(0.7) else self.choice([nd, -nd - 1])
                e = self.choice(["np.squeeze(%s, axis=%d)", "%s.squeeze(axis=%d)"]) % (nm, k)
            elif r < 0.9:
                T = self.bad_shape(S) or tuple(d + 1 for d in S)
                e = "np.stack((%s, %s))" % (nm, self.operand_of_shape(T))
            else:
                e = "np.stack((%s, %s), axis=%d)" % (nm, nm, self.choice([nd + 1, -nd - 2]))
            return self.choice(["print(%s)", "e = %s"]) % e, "compile"
        if cat == "list_index":
            if not re.fullmatch(r"\w+", nm):
                raise Reject("list index of an expression (unsupported)")
            ix = "%s[%s]" % (nm, self.list_index(S, bad=True))
            if re.fullmatch(r"\w+", nm) and self.p(0.35):
                return "%s = %s" % (ix, self.choice(["0", "1.5", "True"])), "compile"
            return self.choice(["print(%s)", "e = %s"]) % ix, "compile"
        if cat == "fstring_spec":
            sc = self.scalars()
            r = self.rng.random()
            if r < 0.3 or not sc:
                return 'print(f"{%s:%s}")' % (nm, self.choice([">10", ".2f", "d", "5"])), "compile"
            s = self.choice(sc)
            v = self.vals[s]
            if isinstance(v, (float, np.floating)):
                spec = self.choice(["d", "x", ",x", "c", "5dd", "b"])
            elif isinstance(v, (bool, np.bool_)):
                spec = self.choice(["s", ".2", "z"])
            else:
                spec = self.choice([".2", "s", ",x", "z", "5dd", ",_", ".f"])
            return 'print(f"%s {%s:%s}")' % (self.choice(["v", "total", ""]), s, spec), "compile"
        if cat == "math_domain":
            if "math" not in self.ns:
                raise Reject("no math")
            sc = self.scalars(lambda v: not isinstance(v, (bool, np.bool_)) and v > 0 and math.isfinite(v))
            a = self.choice(sc) if sc else "%s.size" % nm
            return "print(%s)" % self.choice(["math.sqrt(-%s)", "math.log(%s * 0)", "math.log(-%s, 2)",
                                              "math.log(%s, 1)"]) % a, "run"
        raise Reject(cat)

    # -- statements in loop bodies using the newer constructs ------------------------------------
    def body_new(self):
        r = self.rng.random()
        if r < 0.45 and self.loopvars:
            names = self.arrays(pred=lambda v: v.size > 0)
            if not names:
                raise Reject("none")
            nm = self.choice(names)
            v = self.vals[nm]
            ax = self.rng.randrange(v.ndim)
            sl = self.rt_slice(v.shape[ax])
            if sl is None:
                raise Reject("no run-time slice")
            parts = [self.choice([":", self.axis_index(v.shape[i])]) for i in range(ax)] + [sl]
            ix = "%s[%s]" % (nm, ", ".join(parts))
            tv = self.ev(ix)
            rr = self.rng.random()
            if rr < 0.35:
                return "print(%s)" % self.choice([ix, "%s.sum()" % ix, "%s * 2" % ix, "repr(%s)" % ix])
            if rr < 0.55:
                t = self.fresh_name()
                rhs = self.choice(["%s.sum()", "%s.max()", "%s.copy()", "%s + 1"]) % ix
                val = self.ev(rhs)
                self.vals[t] = val
                return "%s = %s" % (t, rhs)
            if isinstance(tv, np.generic):
                rhs = self.gen_scalar(0)
            else:
                rhs = self.choice([self.int_lit(), self.float_lit(), self.operand_of_shape(self.into_shape(tv.shape))])
            op = self.choice(["=", "=", "+=", "*="])
            if op != "=":
                res = self.ev("a %s b" % op[0], {"a": tv, "b": self.ev(rhs), "np": np})
                if not np.can_cast(np.result_type(res), v.dtype, "same_kind") or np.shape(res) != np.shape(tv):
                    raise Reject("cast")
            self.check_lead(np.shape(tv), rhs)
            return "%s %s %s" % (ix, op, rhs)
        if r < 0.65:
            # Python scalar -> NumPy scalar: `best = 0.0` ... `if x[i] > best: best = x[i]`
            sc = self.scalars(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
            if not sc:
                raise Reject("none")
            nm = self.choice(sc)
            e = self.attempt(self.elem_expr, 4)
            if not same_kind_step(self.vals[nm], self.ev(e), "scalar-kind-escape" not in self.avoid):
                raise Reject("kind")
            if sig(self.ev(e)) != sig(self.vals[nm]):
                self.widened.add(nm)
            return "if %s %s %s:\n    %s = %s" % (e, self.choice([">", "<"]), nm, nm, e)
        if r < 0.85 and self.pure_funcs():
            return "print(%s)" % self.call_expr()
        return "print(%s)" % self.fstring()

    # -- error statements ----------------------------------------------------------------------
    def bad_shape(self, S):
        """A shape that does not broadcast with S."""
        axes = [i for i, d in enumerate(S) if d >= 2]
        if not axes:
            return None
        T = list(S)
        ax = self.choice(axes)
        T[ax] = self.choice([d for d in (2, 3, 4, 5) if d != S[ax]])
        if len(T) > 1 and self.p(0.3):
            T = T[ax:] if ax > 0 else T
        return tuple(T)

    def gen_error(self):
        """(statement, when) for a statement NumPy rejects."""
        names = self.arrays(pred=lambda v: v.size > 0)
        cat = self.wchoice([("bcast", 3), ("inplace_bcast", 2), ("setitem_bcast", 2), ("reshape", 2),
                            ("dot", 2), ("index", 2), ("too_many", 1), ("concat", 2), ("negpow", 1),
                            ("cast", 1.5), ("boolsub", 0.7), ("runtime_index", 1.5), ("zerodiv", 1),
                            ("empty_max", 0.5), ("truth", 0.7), ("int_arr", 0.5), ("unpack", 0.5),
                            ("negdim", 0.3), ("bitwise_float", 0.4), ("shape_index", 0.3),
                            ("func_args", 2.5 if self.funcs else 0), ("func_body", 0.6 if self.funcs else 0),
                            ("shape_axis", 2.5), ("list_index", 1.2), ("fstring_spec", 0.8),
                            ("math_domain", 0.5 if "math" in self.ns else 0), ("runtime", 16),
                            ("x", 8 if "issue10" not in self.avoid else 0)])
        if cat == "x":
            src, when = self.x_error()
            self.x_error_src = src
            return src, when
        nm = self.choice(names) if names and self.p(0.7) else None
        if nm is None:
            S = self.rand_shape(30)
            if min(S) == 0:
                raise Reject("empty")
            nm = self.make_array(S)
            if not cat.startswith(("bcast", "dot", "reshape", "concat", "index", "too_many", "shape_axis",
                                   "list_index", "func")):
                raise Reject("needs a name")
            if not nm.startswith("(") or not nm.endswith(")"):
                nm = "(%s)" % nm
        A = self.ev(nm)
        S = A.shape
        if cat in ("func_args", "func_body", "shape_axis", "list_index", "fstring_spec", "math_domain"):
            return self.gen_error_new(cat, nm, A)
        if cat == "runtime":
            return self.rt_error()
        if cat == "bcast":
            T = self.bad_shape(S)
            if T is None:
                raise Reject("no")
            op = self.choice(["+", "-", "*", "/", "<", "==", ">="] + (["//"] if A.dtype != bool else []))
            e = "(%s %s %s)" % (nm, op, self.operand_of_shape(T)) if self.p(0.7) else "(%s %s %s)" % (self.operand_of_shape(T), op, nm)
            return self.choice(["e = %s" % e, "print(%s)" % e]), "compile"
        if cat == "inplace_bcast":
            if not re.fullmatch(r"\w+", nm):
                raise Reject("no")
            if self.p(0.5):
                T = self.bad_shape(S)
                if T is None:
                    raise Reject("no")
            else:
                T = (self.rng.randint(2, 3),) + S if len(S) < 3 else None
                if T is None:
                    raise Reject("no")
            kind = {"i": "i", "b": "b", "f": None}[A.dtype.kind]
            return "%s %s %s" % (nm, self.choice(["+=", "-=", "*="]), self.operand_of_shape(T, kind)), "compile"
        if cat == "setitem_bcast":
            if not re.fullmatch(r"\w+", nm):
                raise Reject("no")
            idx = self.rand_index(S, none_p=0, allow_int=False)
            tv = self.ev("%s[%s]" % (nm, idx))
            if tv.size == 0:
                raise Reject("empty")
            T = self.bad_shape(tv.shape)
            if T is None:
                T = tuple(d + 1 for d in tv.shape)
            return "%s[%s] = %s" % (nm, idx, self.operand_of_shape(T)), "compile"
        if cat == "reshape":
            n = A.size
            r = self.rng.random()
            if r < 0.5:
                a = self.rng.randint(2, 5)
                b = self.rng.randint(1, 5)
                if a * b == n:
                    b += 1
                rs = self.choice(["%d, %d" % (a, b), "(%d, %d)" % (a, b)])
            elif r < 0.85:
                q = self.choice([d for d in (2, 3, 4, 5, 7) if n % d != 0] or [n + 1])
                rs = self.choice(["-1, %d" % q, "%d, -1" % q, "(2, -1, %d)" % q, "%d" % (n + 1)])
            else:
                rs = "-1, -1"
            return self.choice(["e = %s.reshape(%s)", "print(%s.reshape(%s))"]) % (nm, rs), "compile"
        if cat == "dot":
            if A.ndim > 2:
                raise Reject("no")
            k = S[-1]
            k2 = self.choice([d for d in (1, 2, 3, 4, 5) if d != k])
            if self.p(0.1):
                b = self.choice(["2.0", "3"])
                form = "(%s @ %s)"
            else:
                b = self.operand_of_shape((k2,) if self.p(0.5) else (k2, self.rng.randint(1, 3)))
                form = self.choice(["np.dot(%s, %s)", "(%s @ %s)", "%s.dot(%s)"])
            if not re.fullmatch(r"\w+", nm):
                nm = "(%s)" % nm
            return self.choice(["e = " + form, "print(" + form + ")"]) % (nm, b), "compile"
        if cat == "index":
            parts = []
            bad = self.rng.randrange(len(S))
            for ax in range(bad + 1):
                n = S[ax]
                if ax == bad:
                    parts.append(str(self.choice([n, n + 1, n + 3, -n - 1, -n - 2])))
                else:
                    parts.append(str(self.rng.randint(-n, n - 1)) if self.p(0.6) else ":")
            if ":" in parts and self.p(0.5):
                pass
            ix = "%s[%s]" % (nm, ", ".join(parts))
            if re.fullmatch(r"\w+", nm) and self.p(0.3):
                return "%s = 0" % ix, "compile"
            return self.choice(["print(%s)", "e = %s"]) % ix, "compile"
        if cat == "too_many":
            if self.p(0.3) and A.ndim == 1:
                return "print(%s[0][0])" % nm, "compile"
            return "print(%s[%s])" % (nm, ", ".join("0" for _ in range(A.ndim + 1))), "compile"
        if cat == "concat":
            r = self.rng.random()
            ax = self.rng.randrange(A.ndim)
            if r < 0.5:
                others = [i for i in range(A.ndim) if i != ax]
                if not others:
                    raise Reject("no")
                T = list(S)
                o = self.choice(others)
                T[o] += self.rng.randint(1, 2)
                B = self.operand_of_shape(tuple(T))
                return "e = np.concatenate((%s, %s), axis=%d)" % (nm, B, ax), "compile"
            if r < 0.8:
                T = S[1:] if A.ndim > 1 else S + (2,)
                B = self.operand_of_shape(tuple(T))
                return "print(np.concatenate((%s, %s)))" % ((nm, B) if self.p(0.5) else (B, nm)), "compile"
            return "print(np.concatenate((%s, %s), axis=%d))" % (nm, nm, self.choice([A.ndim, A.ndim + 1, -A.ndim - 1])), "compile"
        if cat == "negpow":
            if A.dtype.kind != "i":
                raise Reject("no")
            return "print(%s ** %s)" % (nm, self.choice(["-1", "-2", "(-1)"])), "compile"
        if cat == "cast":
            if not re.fullmatch(r"\w+", nm):
                raise Reject("no")
            if A.dtype.kind == "i":
                return "%s %s %s" % (nm, self.choice(["+=", "-=", "*=", "/="]), self.choice(["0.5", "1.5", "2.0"])) \
                    if self.p(0.7) else "%s /= 2" % nm, "compile"
            if A.dtype.kind == "b":
                return "%s %s %s" % (nm, self.choice(["+=", "*="]), self.choice(["2", "1.5", "np.arange(%d)" % S[-1]])), "compile"
            raise Reject("no")
        if cat == "boolsub":
            bools = self.arrays(pred=lambda v: v.dtype == bool)
            if not bools:
                return "print(-(%s > 1))" % nm, "compile"
            b = self.choice(bools)
            return self.choice(["print(%s - %s)" % (b, b), "print(-%s)" % b, "e = %s - True" % b]), "compile"
        if cat == "runtime_index":
            n = S[0]
            lines = "for i in range(%d):\n    print(i, %s[%s])" % (n + self.rng.randint(1, 2), nm,
                                                              self.choice(["i", "-i - 1" if self.p(0.5) else "i"]))
            return lines, "run"
        if cat == "zerodiv":
            r = self.rng.random()
            if r < 0.5:
                if nm == "zero":
                    raise Reject("name")
                self.commit("%s = %s" % ("zero", self.choice(["0", "len(%s) - len(%s)" % (nm, nm)])))
                return "print(%s %s zero)" % (self.choice(["7", "-3", "len(%s)" % nm]), self.choice(["//", "%", "/"])), "run"
            if nm == "fzero":
                raise Reject("name")
            self.commit("fzero = float(%s.max()) * 0.0" % nm)
            return "print(%s %s fzero)" % (self.choice(["1.0", "2"]), self.choice(["/", "//", "%"])), "run"
        if cat == "empty_max":
            if A.ndim != 1:
                raise Reject("no")
            return "print(%s[%d:%d].%s())" % (nm, S[0], 1, self.choice(["max", "min"])), "compile"
        if cat == "truth":
            if A.size <= 1:
                raise Reject("no")
            return self.choice(["if %s > 1:\n    print(1)" % nm, "e = (%s > 0) and (%s < 3)" % (nm, nm),
                                "print(bool(%s))" % nm]), "compile"
        if cat == "int_arr":
            return "print(%s(%s))" % (self.choice(["int", "float"]), nm), "compile"
        if cat == "unpack":
            if A.ndim == 2 and S[0] == 2:
                raise Reject("no")
            if A.ndim == 2:
                return "e, f = %s" % nm, "compile"
            return "e, f = %s.shape" % nm, "compile"
        if cat == "negdim":
            return "e = np.zeros((2, -%d))" % self.rng.randint(1, 3), "compile"
        if cat == "bitwise_float":
            if A.dtype.kind != "f":
                raise Reject("no")
            return "print(%s & (%s > 1))" % (nm, nm), "compile"
        if cat == "shape_index":
            return "e = %s.shape[%d]" % (nm, A.ndim), "compile"
        raise Reject(cat)

    # -- issue 9: side effects, draws, overlapping writes, limits -----------------------------
    # Each kind below is one of the bug classes of issue 9 ("never a wrong answer, never a
    # crash"), named in KNOWN_BUGS so that --avoid can steer around it until it is fixed.

    def ensure_seeded(self):
        if not self.seeded:
            self.commit("np.random.seed(%d)" % self.rng.randint(0, 1000))
            self.seeded = True

    def effect_func(self, kind):
        """A user function that prints (a side effect) and returns an int in [0, 4) or a float.
        kind: 'int' (no parameter), 'int1' (an int parameter), 'float'."""
        have = [n for n, k in self.effects.items() if k == kind]
        if have and (len(self.effects) >= 4 or self.p(0.7)):
            return self.choice(have)
        name = "g%d" % (len(self.effects) + 1)
        word = self.choice([name, "call " + name, name + ":"])
        if kind == "int":
            body = ['    print("%s")' % word, "    return %d" % self.rng.randint(0, 3)]
            head = "def %s():" % name
        elif kind == "int1":
            body = ['    print("%s", k)' % word, "    return k %% %d" % self.rng.randint(2, 4)]
            head = "def %s(k):" % name
        else:
            body = ['    print("%s")' % word, "    return %s" % self.choice(["0.5", "1.25", "-2.0", "3.5"])]
            head = "def %s():" % name
        self.commit("\n".join([head] + body))
        self.effects[name] = kind
        return name

    def effect_int(self, n, depth=0):
        """An int expression in [0, n) with a side effect: a draw from the global stream or a
        call of a printing function (arguments themselves effects, sometimes)."""
        opts = [("func", 3), ("func1", 2 if depth < 2 else 0)]
        if self.seeded or self.p(0.5):
            opts += [("randint", 4), ("rand", 1.5)]
        k = self.wchoice(opts)
        if k == "randint":
            self.ensure_seeded()
            return self.choice(["np.random.randint(0, %d)" % n, "np.random.randint(%d)" % n])
        if k == "rand":
            self.ensure_seeded()
            return "int(np.random.rand() * %d)" % n
        if k == "func":
            f = self.effect_func("int")
            return "%s()" % f if n >= 4 else "%s() %% %d" % (f, n)
        f = self.effect_func("int1")
        arg = self.effect_int(9, depth + 1) if self.p(0.4) else str(self.rng.randint(0, 9))
        return "%s(%s)" % (f, arg) if n >= 4 else "%s(%s) %% %d" % (f, arg, n)

    def effect_float(self):
        if self.p(0.4):
            return "%s()" % self.effect_func("float")
        self.ensure_seeded()
        return self.choice(["np.random.rand()", "np.random.random()", "np.random.normal(0, 1)",
                            "np.random.uniform(-1, 1)", "np.random.randn()"])

    def effect_value(self, kind):
        """A value of an array element's kind with a side effect."""
        if kind == "f":
            return self.effect_float() if self.p(0.7) else self.effect_int(4)
        if kind == "b":
            return self.choice(["%s > 1" % self.effect_int(4), "%s < 0.5" % self.effect_float()])
        return self.effect_int(4) if self.p(0.6) else "%s - %s" % (self.effect_int(4), self.effect_int(4))

    def st_effect(self):
        """Side effects in index expressions, values, arguments and operands, evaluated in
        CPython's order (the value of `a[i] = v` before the index; left to right elsewhere)."""
        names = self.arrays(pred=lambda v: v.size > 0 and v.ndim >= 1)
        r = self.rng.random()
        if r < 0.45 and names:
            nm = self.choice(names)
            v = self.vals[nm]
            nidx = self.rng.randint(1, v.ndim)
            idx = ", ".join(self.effect_int(v.shape[d]) for d in range(nidx))
            kind = v.dtype.kind
            if self.p(0.55):
                op = self.choice(["+=", "-=", "*="] if kind != "b" else ["|=", "&="])
                val = self.effect_value(kind) if self.p(0.4) else self.choice(["1", "2", "True"] if kind != "f"
                                                                             else ["1", "0.5", "2"])
                stmt = "%s[%s] %s %s" % (nm, idx, op, val)
            else:
                stmt = "%s[%s] = %s" % (nm, idx, self.effect_value(kind))
            if self.p(0.4):
                stmt = "for i in range(%d):\n    %s" % (self.rng.randint(2, 6), stmt)
            self.commit(stmt)
            return "print(%s)" % nm
        if r < 0.6 and names:
            nm = self.choice(names)
            v = self.vals[nm]
            a, b = self.effect_int(v.shape[0]), self.effect_int(v.shape[0])
            return "print(%s)" % self.choice(["%s[%s] - %s[%s]" % (nm, a, nm, b), "%s[%s], %s[%s]" % (nm, a, nm, b)])
        if r < 0.75:
            # (one kind: min/max of an int and a float is outside the language)
            one = self.effect_float if self.p(0.5) else (lambda: self.effect_int(self.rng.randint(2, 9)))
            pieces = [one() for _ in range(self.rng.randint(2, 3))]
            form = self.choice(["print(%s)", "print(max(%s))", "print(min(%s))", "print(np.maximum(%s))",
                                "print(round(%s))", "print(abs(%s))"])
            if "maximum" in form:
                pieces = pieces[:2]
            if form in ("print(round(%s))", "print(abs(%s))"):
                return form % " - ".join(pieces)
            return form % ", ".join(pieces)
        if r < 0.88:
            a = self.effect_int(self.rng.randint(2, 9)) if self.p(0.5) else self.effect_float()
            b = self.effect_int(self.rng.randint(2, 9)) if self.p(0.5) else self.effect_float()
            ops = ["-", "+", "*", "/"] + ([] if "float-pow" in self.avoid else ["**"])
            expr = "%s %s %s" % (a, self.choice(ops), b)
            if self.p(0.5):
                return "print(%s)" % expr
            tgt = self.pick_target(SCAL_POOL)
            self.commit("%s = %s" % (tgt, expr))
            return "print(%s)" % tgt
        # fused elementwise expressions with effect scalars
        fl_names = self.arrays(pred=lambda v: v.size > 0 and v.dtype.kind == "f")
        if not fl_names:
            raise Reject("no float array")
        nm = self.choice(fl_names)
        e = self.choice(["%s * %s + %s" % (nm, self.effect_float(), self.effect_float()),
                         "(%s - %s) * %s" % (self.effect_float(), nm, self.effect_int(4)),
                         "np.maximum(%s, %s) - %s" % (nm, self.effect_float(), nm)])
        if self.p(0.4):
            self.commit("%s[:] = %s" % (nm, e))
            return "print(%s)" % nm
        return "print(%s)" % e

    def st_chain_call(self):
        """Chained comparisons whose middle operands are calls or draws: each evaluated once,
        later links skipped once one is false."""
        links = [self.effect_int(self.rng.randint(2, 6)) if self.p(0.5) else self.effect_float()
                 for _ in range(self.rng.randint(1, 2))]
        lo = self.choice(["0", "0.25", "1", "-1", "2"])
        hi = self.choice(["0.75", "2", "3", "1"])
        parts = [lo] + links + [hi]
        ops = [self.choice(["<", "<=", "<", "!="]) for _ in range(len(parts) - 1)]
        chain = parts[0] + "".join(" %s %s" % (o, p) for o, p in zip(ops, parts[1:]))
        r = self.rng.random()
        if r < 0.4:
            return "print(%s)" % chain
        if r < 0.7:
            return "if %s:\n    print(\"in\")\nelse:\n    print(\"out\")" % chain
        n = self.rng.randint(2, 5)
        return ("for i in range(%d):\n    if %s:\n        print(\"in\", i)" % (n, chain))

    def draw_code(self, S=None):
        self.ensure_seeded()
        S = S or self.rand_shape(12)
        sc = self.shape_code(S)
        return self.choice(["np.random.normal(5.0, 0.5, size=%s)" % sc, "np.random.rand(%s)" % ", ".join(map(str, S)),
                            "np.random.randn(%s)" % ", ".join(map(str, S)), "np.random.random(%s)" % sc,
                            "np.random.randint(0, 10, size=%s)" % sc, "np.random.uniform(-1, 1, size=%s)" % sc])

    def st_unused_draw(self):
        """Draws whose value is partly or entirely unused still advance the stream."""
        d = self.draw_code()
        r = self.rng.random()
        if r < 0.3:
            s = "print(%s)" % self.choice(["%s.shape" % d, "%s.dtype" % d, "%s.ndim" % d, "len(%s)" % d,
                                           "%s.size" % d])
        elif r < 0.45:
            s = "%s = %s" % (self.fresh_name(), self.choice(["%s.shape" % d, "len(%s)" % d, d]))
        elif r < 0.65:
            s = self.choice([d, "np.random.rand()", "np.random.randint(0, 5)", "np.random.normal(0, 1)",
                             "%s()" % self.effect_func("int")])
        elif r < 0.8:
            S = self.rand_shape(12)
            d = self.draw_code(S)
            s = "print(%s)" % self.choice(["%s[0]" % d, "%s[-1]" % d, "%s[::2]" % d] if S[0] > 0 else ["%s.shape" % d])
        else:
            s = "%s = %s\n%s = %s" % (self.fresh_name(), d, self.fresh_name(),
                                      self.choice(["np.random.rand()", "np.random.randint(1, 7)", "%s()" % self.effect_func("int")]))
        self.commit(s)
        return self.choice(["print(np.random.rand())", "print(np.random.randint(0, 100, size=3))",
                            "print(np.random.normal(0, 1, size=2))", "print(%s)" % self.draw_code((2,))])

    def st_overlap(self):
        """Self-assignments through overlapping views: NumPy reads the value as if copied first."""
        names = self.arrays(pred=lambda v: v.ndim >= 1 and v.shape[0] >= 3)
        if not names or self.p(0.3):
            S = self.choice([(self.rng.randint(4, 12),), (self.rng.randint(3, 5), self.rng.randint(3, 5))])
            nm = self.pick_target(ARR_POOL)
            self.commit("%s = %s" % (nm, self.make_array(S)))
        else:
            nm = self.choice(names)
        v = self.vals[nm]
        n = v.shape[0]
        # (x[k:] and x[:-k] overlap when k < n / 2; sometimes they are disjoint)
        k = self.rng.randint(1, max(1, (n - 1) // 2)) if self.p(0.85) else self.rng.randint(1, n - 1)
        x = nm
        forms = [("%s[%d:] = %s[:-%d]" % (x, k, x, k), 3), ("%s[:-%d] = %s[%d:]" % (x, k, x, k), 3),
                 ("%s[:] = %s[::-1]" % (x, x), 2), ("%s[::-1] = %s" % (x, x), 1),
                 ("%s[::2] = %s[1::2]" % (x, x), 1 if n % 2 == 0 else 0),
                 ("%s[1::2] = %s[:%d:2]" % (x, x, n - 1), 1),
                 ("%s[%d:] %s %s[:-%d]" % (x, k, self.choice(["+=", "-=", "*="]), x, k), 2),
                 ("%s[%d:] = %s[:-%d] * 2 - %s[%d:]" % (x, k, x, k, x, k), 1.5),
                 ("%s[:-%d] = np.maximum(%s[%d:], %s[:-%d])" % (x, k, x, k, x, k), 1),
                 ("%s[:] = np.where(%s > %s, %s[::-1], %s)" % (x, x, self.choice(["0", "1", "2"]), x, x), 1),
                 # (a mask takes a scalar value: the destination's element, read before the write)
                 ("%s[%s > %s] = %s[%s]" % (x, x, self.choice(["0", "1"]), x, self.choice(["0", "-1", "1"])),
                  0.8 if v.ndim == 1 else 0),
                 ("%s[[1, 0]] = %s[[0, 1]]" % (x, x), 0.4)]
        if "list-index-overlap" not in self.avoid:
            forms.append(("%s[[0, 1]] = %s[:2]" % (x, x) if n == 2 else "%s[[1, 0, 2]] = %s[:3]" % (x, x), 0.6))
        if v.ndim >= 2:
            m = v.shape[1]
            if m >= 2:
                j = self.rng.randint(1, max(1, (m - 1) // 2))
                jl = self.rng.randint(1, max(1, (v.shape[-1] - 1) // 2)) if v.shape[-1] >= 2 else 0
                forms += [("%s[:, %d:] = %s[:, :-%d]" % (x, j, x, j), 3), ("%s[:, :-%d] = %s[:, %d:]" % (x, j, x, j), 2),
                          ("%s[1:, %d:] = %s[:-1, :-%d]" % (x, j, x, j), 1.5),
                          ("%s[:, %d:] += %s[:, :-%d]" % (x, j, x, j), 1),
                          ("%s[..., %d:] = %s[..., :-%d]" % (x, jl, x, jl), 0.5 if v.ndim == 3 and jl else 0),
                          ("%s[:] = %s[::-1, ::-1]" % (x, x), 1)]
            if v.ndim == 2 and n == m:
                forms += [("%s[:] = %s.T" % (x, x), 3), ("%s += %s.T" % (x, x), 1.5),
                          ("%s[:] = %s.T * 2 - %s" % (x, x, x), 1), ("%s[0] = %s[:, 0]" % (x, x), 1),
                          ("%s[:, -1] = %s[-1]" % (x, x), 1)]
        stmt = self.wchoice(forms)
        if self.p(0.2):
            stmt = "for i in range(%d):\n    %s" % (self.rng.randint(2, 3), stmt)
        self.commit(stmt)
        return "print(%s)" % (x if self.p(0.8) else "repr(%s)" % x)

    def st_int64_wrap(self):
        """int64 arithmetic that wraps (arrays wrap silently, as NumPy does): must keep matching."""
        e = self.choice(["np.arange(1, %d, dtype=np.int64) * %d" % (self.rng.randint(3, 7), self.choice([2 ** 62, 3037000500, 10 ** 18])),
                         "np.prod(np.arange(1, %d))" % self.rng.randint(18, 40),
                         "np.cumprod(np.arange(1, %d))[-3:]" % self.rng.randint(18, 40),
                         "np.array([9223372036854775807, %d]) + %d" % (self.rng.randint(-5, 5), self.rng.randint(1, 3)),
                         "np.cumsum(np.full(%d, 2 ** 62))" % self.rng.randint(2, 6),
                         "np.full(3, %d) ** %d" % (self.rng.randint(2, 9), self.rng.randint(20, 70))])
        return "print(%s)" % e

    def rec_func(self):
        """A recursive function of scalars (base case first), defined once."""
        if self.rec is not None:
            return self.rec
        name = "rec%d" % self.rng.randint(1, 9)
        c = self.rng.randint(1, 3)
        body = self.choice([
            ("(n)", ["    if n <= 0:", "        return 0", "    return %s(n - 1) + %d" % (name, c)]),
            ("(n)", ["    if n == 0:", "        return 0", "    return n %% 7 + %s(n - 1)" % name]),
            ("(n, acc)", ["    if n == 0:", "        return acc", "    return %s(n - 1, acc + %d)" % (name, c)]),
            ("(n)", ["    if n < 1:", "        return 0.5", "    return %s(n - 1) * 0.5 + 1.0" % name]),
            ("(n)", ["    if n <= 0:", "        return 1", "    t = %s(n - 1)" % name, "    return t %% 1000 + 1"]),
        ])
        self.commit("def %s%s:\n%s" % (name, body[0], "\n".join(body[1])))
        self.rec = (name, body[0] == "(n, acc)")
        return self.rec

    def rec_call(self, depth):
        name, acc = self.rec_func()
        return "%s(%d%s)" % (name, depth, ", 0" if acc else "")

    def st_recursion(self):
        """Recursion below CPython's limit (1000 frames): the value."""
        depth = self.wchoice([(self.rng.randint(0, 20), 3), (self.rng.randint(100, 600), 2),
                              (self.rng.randint(800, 950), 1)])
        return "print(%s)" % self.rec_call(depth)

    def bigint_tail(self):
        """Python int arithmetic that leaves int64: CPython prints the exact value; arrc may stop
        with a clean error there (after a prefix of the output), never print a wrapped value."""
        r = self.rng.random()
        v = self.fresh_name()
        if r < 0.25:
            k = self.rng.randint(18, 30)
            lines = ["%s = 1" % v, "for i in range(1, %d):" % k, "    %s *= i" % v]
            lines.append(self.choice(["print(%s)" % v, "print(%s %% 1000003)" % v, "print(%s > 0)" % v]))
        elif r < 0.45:
            b = self.rng.randint(2, 12)
            e = int(self.rng.uniform(58, 72) / math.log2(b))
            lines = ["%s = %d ** %d" % (v, b, e), "print(%s)" % self.choice([v, "%s // 3" % v, "%s - 1" % v])]
        elif r < 0.6:
            a = self.rng.choice([3037000500, 4294967296, 10 ** 10, 2 ** 40, 99999999999])
            lines = ["%s = %d" % (v, a), "print(%s)" % self.choice(["%s * %s" % (v, v), "%s * %s // %d" % (v, v, a),
                                                                   "%s * %s %% 1000" % (v, v), "-%s * %s" % (v, v)])]
        elif r < 0.75:
            lines = ["print(%s)" % self.choice(["10 ** 19", "2 ** 63", "-2 ** 63 - 1", "2 ** 64 // 2 ** 10",
                                                "(2 ** 62 + 2 ** 62) // 2", "float(2 ** 70)", "2 ** 70 / 3",
                                                "abs(-9223372036854775807 - 1)",
                                                "(-9223372036854775807 - 1) // -1"])]
        elif r < 0.9:
            lines = ["%s = 0" % v, "for i in range(%d):" % self.rng.randint(2, 6),
                     "    %s += %s" % (v, self.choice(["2 ** 62", "4611686018427387904", "9 * 10 ** 18"])),
                     "    print(%s)" % v]
        else:
            lines = ["%s = 9223372036854775807" % v, "%s += %d" % (v, self.rng.randint(1, 3)), "print(%s)" % v]
        src = "\n".join(lines)
        ns = dict(self.ns)
        ns["print"] = _noop      # (the checked print would reject the big ints)
        try:
            with self.guard():
                exec(compile(src, "<gen>", "exec"), ns)
        except Exception as e:
            raise Reject("%s: %s" % (type(e).__name__, e))
        self.stmts.append(src)
        names = self.arrays()
        if names and self.p(0.5):
            self.stmts.append("print(%s)" % self.choice(names))

    def limit_tail(self):
        """(statement, when) for a statement that NumPy/CPython reject because of a limit: huge or
        negative shapes (NumPy raises before allocating), recursion past CPython's limit, float
        `**` overflow."""
        kinds = [("huge-shape", 3), ("deep-recursion", 2), ("float-pow-overflow", 1.5)]
        kinds = [(k, w) for k, w in kinds if k not in self.avoid]
        if not kinds:
            raise Reject("limit tails avoided")
        k = self.limit_kind = self.wchoice(kinds)
        tgt = self.pick_target(ARR_POOL)
        if k == "huge-shape":
            dims = self.choice([["2 ** 61"], ["2 ** 33", "2 ** 33"], ["2 ** 20", "2 ** 20", "2 ** 20"],
                                ["2 ** 31", "2 ** 31", "4"], ["2 ** 48"], ["3", "-2"], ["-1"],
                                ["2 ** 62"], ["4", "2 ** 60"], [str(10 ** 18)]])
            # (every size here is past 2 ** 47 bytes: NumPy raises before or at the allocation)
            when = "compile"
            pre = ""
            if self.p(0.3):
                big = self.fresh_name()
                pre = "%s = %s\n" % (big, dims[0])
                dims = [big] + dims[1:]
            sc = dims[0] if len(dims) == 1 and self.p(0.5) else "(%s)" % ", ".join(dims + ([""] if len(dims) == 1 else []))
            ctor = self.choice(["np.zeros(%s)", "np.ones(%s)", "np.empty(%s)", "np.full(%s, 1.5)",
                                "np.zeros(%s, dtype=np.int64)", "np.ones(%s, dtype=bool)"])
            if self.seeded and self.p(0.25):
                ctor = self.choice(["np.random.normal(0, 1, size=%s)", "np.random.random(%s)"])
            src = pre + "%s = %s" % (tgt, ctor % sc)
        elif k == "deep-recursion":
            self.attempt(lambda: self.commit(self.st_recursion()), 3)
            depth = self.choice([self.rng.randint(1001, 5000), 10 ** 5, 10 ** 6, 10 ** 7])
            src = "print(%s)" % self.rec_call(depth)
            when = "run"
        else:
            b = self.choice(["10.0", "2.0", "1.5", "-3.0", "1e200"])
            e = self.choice(["400", "2000", "1025", "2.5"]) if b != "1e200" else "2"
            src = self.choice(["print(%s ** %s)" % (b, e), "%s = %s ** %s" % (self.pick_target(SCAL_POOL), b, e)])
            if self.p(0.3):
                src = "%s = 2.0\nfor i in range(12):\n    %s = %s ** 2\n    print(%s)" % ((self.pick_target(SCAL_POOL),) * 4)
            when = "compile" if "for" not in src else "run"
        return src, when

    def end_past_limit(self):
        """Append a limit_tail statement that CPython + NumPy reject; its `when`."""
        for _ in range(20):
            try:
                src, when = self.limit_tail()
            except Reject:
                continue
            ns = dict(self.ns)
            ns["print"] = _noop
            try:
                with quiet():
                    exec(compile(src, "<gen>", "exec"), ns)
            except (ValueError, MemoryError, RecursionError, OverflowError):
                self.replay()
                self.stmts.append(src)
                self.classes.add(self.limit_kind)
                return when
            except Exception:
                pass
            self.replay()
        raise Reject("no limit statement")

    def error_tail(self):
        for _ in range(60):
            try:
                src, when = self.gen_error()
            except Reject:
                continue
            try:
                code = compile(src, "<gen>", "exec")
            except SyntaxError:
                continue
            ns = dict(self.ns)
            try:
                with np.errstate(all="ignore"), warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    exec(code, ns)
            except (ValueError, IndexError, TypeError, ZeroDivisionError, OverflowError, AttributeError) as e:
                if isinstance(e, Reject):
                    continue
                self.replay()
                self.stmts.append(src)
                if src == self.rt_error_src:
                    self.classes.add("(error endings with run-time extents)")
                if src == getattr(self, "x_error_src", None):
                    self.classes.add("(error endings with issue 10 features)")
                return when
            except Exception:
                pass
            self.replay()
        raise Reject("no error statement")

    # -- run-time extents (lang-spec/run-time-shapes.md) ----------------------------------------
    # An array whose extent depends on a run-time value (`x[:i]`, `A[i, :j]`, `np.zeros(n)`,
    # `x[x > 0]`, `np.bincount(v)`) has its own static type in arrc (Ty::RunArray). Such arrays
    # are bound only to names in self.rt (RT_POOL at top level, a fresh `segN` local per binding
    # in loops), which names() hides from the static-shape code, and only what the spec lists
    # as working on them is applied to them. A statement inside a loop must hold for every
    # iteration, whose extents differ: rt_probe runs the loop built so far (self.rtc) with the
    # candidate expressions at the insertion point and records their values at every visit.

    def rt_exec(self, stmt, extra=None):
        """Run the loop built so far with stmt at the insertion point, on a copy of the
        namespace; Reject when anything raises or warns."""
        c = self.rtc
        src = "\n".join(c["lines"] + [c["ind"] + ln for ln in stmt.split("\n")])
        ns = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in self.ns.items()}
        if extra:
            ns.update(extra)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                code = gen_compile(src, "exec")
            with self.guard():
                exec(code, ns)
        except Reject:
            raise
        except Exception as e:
            raise Reject("%s: %s" % (type(e).__name__, e))
        return ns

    def rt_probe(self, codes):
        """For each expression, its values at every visit of the insertion point (None where a
        visit raised, warned or made a value outside the language)."""
        if self.rtc is None:
            out = []
            for c in codes:
                try:
                    out.append([self.ev(c)])
                except Reject:
                    out.append(None)
            return out
        fail = object()
        rec = []
        guard = self.guard

        def probe(*fns):
            row = []
            for f in fns:
                try:
                    with guard():
                        v = f()
                    check_value(v)
                    row.append(v.copy() if isinstance(v, np.ndarray) else v)
                except Exception:
                    row.append(fail)
            rec.append(row)
        self.rt_exec("__probe(%s)" % ", ".join("lambda: (%s)" % c for c in codes), {"__probe": probe})
        if not rec:
            raise Reject("the insertion point is never reached")
        out = []
        for k in range(len(codes)):
            col = [r[k] for r in rec]
            out.append(None if any(v is fail for v in col) else col)
        return out

    def rt_vals(self, code):
        v = self.rt_probe([code])[0]
        if v is None:
            raise Reject("run-time expression fails")
        return v

    def rt_check(self, stmt):
        """A statement for the insertion point: in a loop, it must run for every iteration (at
        top level: it runs, on a copy of the namespace)."""
        if self.rtc is not None:
            self.rt_exec(stmt)
            return stmt
        ns = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in self.ns.items()}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                code = gen_compile(stmt, "exec")
            with self.guard():
                exec(code, ns)
        except Reject:
            raise
        except Exception as e:
            raise Reject("%s: %s" % (type(e).__name__, e))
        return stmt

    def rt_visible(self):
        """Names of run-time-extent arrays usable here."""
        return [k for k in self.rt if k in self.vals and k not in self.dead]

    def rt_dyn_int(self):
        """Bind a new top-level run-time int (from data: sums, counts) and return its name."""
        ints = self.arrays(maxsize=80, pred=lambda v: v.ndim >= 1 and v.size > 0 and v.dtype.kind in "ib")
        arrs = self.arrays(maxsize=80, pred=lambda v: v.ndim >= 1 and v.size > 0 and v.dtype.kind in "if")
        forms = []
        for a in ints[:6]:
            forms += ["int(%s.sum()) %% %d" % (a, self.rng.randint(3, 9)), "int(%s.max()) %% %d" % (a, self.rng.randint(3, 7))]
        for a in arrs[:6]:
            forms += ["len(%s[%s > %s])" % (a, a, self.choice(["0", "1", "2", "-1", "0.5"])) if self.vals[a].ndim == 1
                      else "int(np.count_nonzero(%s > %s))" % (a, self.choice(["0", "1", "3"])),
                      "int(%s.sum() > %s) + %d" % (a, self.choice(["0", "5", "10"]), self.rng.randint(1, 5))]
        if not forms:
            raise Reject("no arrays for a run-time int")
        code = self.choice(forms)
        v = self.ev(code)
        if not isinstance(v, int) or not -3 <= v <= 14:
            raise Reject("run-time int range")
        self.fresh += 1
        name = "nr%d" % self.fresh
        self.commit("%s = %s" % (name, code))
        self.nr.append(name)
        return name

    def rt_int(self, nonneg=False):
        """An int expression known only at run time: a loop variable, a run-time int, len() of
        a run-time-extent array."""
        opts = []
        for lv, (lo, hi) in self.loopvars.items():
            if not re.fullmatch(r"[a-z]+", lv):
                continue
            opts += [(lv, 4), ("%s + 1" % lv, 2), ("%s - 1" % lv, 1.5), ("2 * %s" % lv, 1), ("-%s" % lv, 1),
                     ("%s - %d" % (lv, self.rng.randint(2, 8)), 1), ("%d - %s" % (self.rng.randint(2, 8), lv), 1.5),
                     ("%s // 2" % lv, 0.7)]
            if self.consts:
                opts.append(("%s - %s" % (self.choice(self.consts), lv), 0.7))
        for nm in self.nr:
            v = self.vals.get(nm)
            if nm in self.dead or not isinstance(v, (int, np.integer)) or isinstance(v, bool) or not -20 <= v <= 20:
                continue
            opts += [(nm, 2), ("%s + 1" % nm, 1), ("-%s" % nm, 0.5), ("%s - 2" % nm, 0.5)]
        for nm in self.rt_visible():
            if self.p(0.3):
                opts.append(("len(%s)" % nm, 0.6))
        if not opts:
            raise Reject("no run-time ints")
        e = self.wchoice(opts)
        if nonneg and e.startswith("-"):
            e = "abs(%s)" % e
        return e

    def rt_step(self, positive=False):
        """A run-time step (nonzero for the loops it is used in: the probes check)."""
        e = self.rt_int()
        pos = "%s %% 3 + 1" % e if re.fullmatch(r"\w+", e) else "(%s) %% 3 + 1" % e
        if positive:
            return pos
        return self.choice(["%s" % e, pos, "-(%s %% 2 + 1)" % e if re.fullmatch(r"\w+", e) else "-((%s) %% 2 + 1)" % e])

    def rt_axis_sub(self):
        """A slice of one axis with a run-time bound or step: `:i`, `i:`, `k:-k`, `::s`, ..."""
        e = self.rt_int()
        r = self.rng.random()
        simple = re.fullmatch(r"\w+", e) is not None
        if r < 0.25:
            return ":" + e
        if r < 0.45:
            return e + ":"
        if r < 0.55:
            e2 = self.rt_int()
            return "%s:%s" % (e, e2) if not same_base(e, e2) else e + ":"
        if r < 0.62 and simple:
            return "%s:-%s" % (e, e)
        if r < 0.7:
            return "-%s:" % e if simple else "-(%s):" % e
        if r < 0.8:
            return "::" + self.rt_step()
        if r < 0.86:
            return "%s::%s" % (e, self.choice(["2", "-1", "3"]))
        if r < 0.92:
            return ":%s:-1" % e
        if self.p(0.5):
            return "%s:%s" % (self.choice(["-20", "1", "-1"]), self.choice(["%s + 20" % e, e]))
        return "%s:%s" % (self.choice(["%s - 10" % e, e]), self.choice(["", "20", "-1"]))

    def rt_row_index(self, n):
        """An int index valid for an axis of static length n, often from a loop variable."""
        lvs = [lv for lv in self.loopvars if re.fullmatch(r"[a-z]+", lv)]
        if lvs and self.p(0.7):
            lv = self.choice(lvs)
            lo, hi = self.loopvars[lv]
            if 0 <= lo and hi < n and self.p(0.5):
                return lv
            return "%s %% %d" % (lv, n) if self.p(0.7) else "-1 - %s %% %d" % (lv, n)
        return str(self.rng.randint(-n, n - 1))

    def rt_sub(self, S):
        """A subscript with a run-time slice for an array of static shape S (1-D or 2-D)."""
        if len(S) == 1:
            return self.rt_axis_sub()
        R, C = S[0], S[1]
        r = self.rng.random()
        if r < 0.25 and R:
            return "%s, %s" % (self.rt_row_index(R), self.rt_axis_sub())
        if r < 0.45 and C:
            return "%s, %s" % (self.rt_axis_sub(), self.rt_row_index(C))
        if r < 0.6:
            return self.rt_axis_sub()
        if r < 0.72:
            return "%s, :" % self.rt_axis_sub()
        if r < 0.85:
            return ":, %s" % self.rt_axis_sub()
        return "%s, %s" % (self.rt_axis_sub(), self.rt_axis_sub())

    def rt_slice_atom(self):
        names = self.arrays(maxsize=80, pred=lambda v: v.ndim in (1, 2) and v.size > 0)
        rts = [k for k in self.rt_visible() if isinstance(self.vals.get(k), np.ndarray) and self.vals[k].ndim == 1]
        if rts and (not names or self.p(0.25)):
            return "%s[%s]" % (self.choice(rts), self.rt_axis_sub())
        if not names:
            raise Reject("no arrays to slice")
        nm = self.choice(names)
        return "%s[%s]" % (nm, self.rt_sub(self.vals[nm].shape))

    LAMBDAS = ["t * 2 + 1", "t * t", "t % 3", "t / 4", "(t - 2) * 0.5", "t >= 2", "10 - t", "t * t - 3 * t"]

    def rt_ctor_atom(self):
        n = self.rt_int(nonneg=self.p(0.8))
        r = self.rng.random()
        if r < 0.3:
            f = self.choice(["zeros", "ones"])
            dt = self.wchoice([("", 4), (", dtype=int", 1), (", dtype=np.int64", 0.5), (", dtype=bool", 0.4),
                               (", dtype=np.float64", 0.4)])
            shape = self.choice(["%s", "(%s,)", "(%s, %d)", "(%d, %s)"])
            if shape.count("%") == 2:
                k = self.rng.randint(1, 3)
                shape = shape % ((n, k) if shape.startswith("(%s") else (k, n))
            else:
                shape = shape % n
            return "np.%s(%s%s)" % (f, shape, dt)
        if r < 0.55:
            a = self.choice([n, "0", "-2", "1"])
            b = self.choice([n, self.rt_int(), str(self.rng.randint(2, 8))])
            if a == b:
                return "np.arange(%s)" % n
            if self.p(0.4):
                if "rt-arange-negative-step" in self.avoid:
                    st = self.choice(["2", "-1", "3", self.rt_step(positive=True)])
                else:
                    st = self.choice(["2", "-1", "3", "-2", self.rt_step()])
                return "np.arange(%s, %s, %s)" % (a, b, st)
            return "np.arange(%s, %s)" % (a, b) if self.p(0.7) else "np.arange(%s)" % n
        if r < 0.75:
            a = self.choice(["0.5", "0.0", "-1.5", "0.25"])
            st = self.choice(["0.5", "0.25", "1.5", "-0.5", "0.75"])
            if st.startswith("-"):
                return "np.arange(%s, %s, %s)" % (n, a, st)
            return self.choice(["np.arange(%s, %s)" % (a, n), "np.arange(%s, %s, %s)" % (a, n, st),
                                "np.arange(%s * 0.5)" % n if re.fullmatch(r"\w+", n) else "np.arange((%s) * 0.5)" % n])
        lam = self.choice(self.LAMBDAS)
        dt = "" if self.p(0.7) else ", dtype=int"
        return "np.fromfunction(lambda t: %s, (%s,)%s)" % (lam, n, dt)

    def rt_cmp_scalar(self):
        lvs = [lv for lv in self.loopvars if re.fullmatch(r"[a-z]+", lv)]
        if lvs and self.p(0.5):
            return self.choice(lvs) + self.choice(["", " - 2", " + 1"])
        return self.choice(["0", "1", "2", "-1", "0.5", "3", "5", "2.5"])

    def rt_mask_atom(self):
        r = self.rng.random()
        rts = [k for k in self.rt_visible() if isinstance(self.vals.get(k), np.ndarray) and self.vals[k].ndim == 1
               and self.vals[k].dtype.kind in "if"]
        if rts and r < 0.25:
            a = self.choice(rts)
            return "%s[%s %s %s]" % (a, a, self.choice([">", "<", ">=", "!="]), self.rt_cmp_scalar())
        names = self.arrays(maxsize=80, pred=lambda v: v.ndim in (1, 2) and v.size > 0 and v.dtype.kind in "if")
        if not names:
            raise Reject("no arrays for a mask")
        a = self.choice(names)
        A = self.vals[a]
        colon = ", :" if "rt-mask-rows-colon" not in self.avoid and self.p(0.4) else ""
        if A.ndim == 2 and r < 0.45:
            # rows of a run-time-extent matrix: a[:, :j][a[:, 0] > c]
            rows = [k for k in self.rt_visible() if isinstance(self.vals.get(k), np.ndarray)
                    and self.vals[k].ndim == 2 and self.vals[k].dtype.kind in "if"]
            if rows and self.p(0.5):
                b = self.choice(rows)
                return "%s[%s[:, 0] %s %s%s]" % (b, b, self.choice([">", "<="]), self.rt_cmp_scalar(), colon)
            sub = ":, %s" % self.rt_axis_sub()
            return "%s[%s][%s[:, %d] %s %s%s]" % (a, sub, a, self.rng.randrange(A.shape[1]), self.choice([">", "<", "!="]),
                                               self.rt_cmp_scalar(), colon)
        cmp = self.choice([">", "<", ">=", "<=", "!="])
        c = self.rt_cmp_scalar()
        if A.ndim == 1 or self.p(0.3):
            masks = self.arrays(pred=lambda v: v.dtype == bool and v.shape == A.shape)
            if masks and self.p(0.3):
                return "%s[%s]" % (a, self.choice(masks))
            return "%s[%s %s %s]" % (a, a, cmp, c)
        rows = self.arrays(pred=lambda v: v.dtype == bool and v.shape == A.shape[:1])
        if rows and self.p(0.3):
            m = self.choice(rows)
        else:
            m = self.choice(["%s[:, %d] %s %s" % (a, self.rng.randrange(A.shape[1]), cmp, c),
                             "%s.sum(axis=1) %s %s" % (a, cmp, c), "%s.max(axis=1) %s %s" % (a, cmp, c)])
        return "%s[%s%s]" % (a, m, ", :" if self.p(0.4) else "")

    def rt_nz_atom(self):
        r = self.rng.random()
        names = self.arrays(maxsize=80, pred=lambda v: v.ndim in (1, 2) and v.size > 0 and v.dtype.kind in "ifb")
        if not names:
            raise Reject("no arrays")
        if r < 0.5:
            a = self.choice(names)
            A = self.vals[a]
            cond = self.choice([a, "%s %s %s" % (a, self.choice([">", "<", "!="]), self.rt_cmp_scalar())]) \
                if A.dtype.kind != "b" else a
            if A.ndim == 1 and self.p(0.3):
                sub = self.rt_axis_sub()
                cond = "%s[%s] > %s" % (a, sub, self.rt_cmp_scalar()) if A.dtype.kind != "b" else "%s[%s]" % (a, sub)
            f = self.choice(["np.flatnonzero(%s)", "np.nonzero(%s)[0]", "np.where(%s)[0]", "np.argwhere(%s)",
                             "np.nonzero(%s)[-1]"])
            return f % cond
        ints = self.arrays(maxsize=80, pred=lambda v: v.ndim == 1 and v.size > 0 and v.dtype.kind in "ib")
        if not ints or self.p(0.3):
            # an int vector of its own: rows of int matrices, or new values
            mats = self.arrays(maxsize=80, pred=lambda v: v.ndim == 2 and v.size > 0 and v.dtype.kind == "i")
            if mats and self.p(0.5):
                m = self.choice(mats)
                a = "%s[%s]" % (m, self.rt_row_index(self.vals[m].shape[0]))
            else:
                a = "(%s)" % self.choice(["np.arange(%d) %% %d" % (self.rng.randint(3, 12), self.rng.randint(2, 5)),
                                          "np.array(%s)" % self.lit_list((self.rng.randint(2, 9),), "int")])
            A = self.rt_vals(a)[0]
        else:
            a = self.choice(ints)
            A = self.vals[a]
        sub = self.rt_axis_sub() if self.loopvars or self.nr else ":"
        k = self.rng.randint(2, 7)
        v = self.choice(["%s[%s] %% %d" % (a, sub, k), "abs(%s[%s]) %% %d" % (a, sub, k), "%s[%s]" % (a, sub)]) \
            if A.dtype.kind == "i" else "%s[%s]" % (a, sub)
        r = self.rng.random()
        if r < 0.35:
            return "np.bincount(%s)" % v
        if r < 0.6:
            return "np.bincount(%s, minlength=%s)" % (v, self.choice([self.rt_int(nonneg=True), str(self.rng.randint(0, 8))]))
        same = self.arrays(maxsize=80, pred=lambda w: w.shape == A.shape and w.dtype.kind in "if"
                           and w.ndim == 1)
        w = "%s[%s]" % (self.choice(same), sub) if same and self.p(0.7) else "%s[%s] * 0.5" % (a, sub)
        ml = "" if self.p(0.7) else ", minlength=%d" % self.rng.randint(1, 8)
        if "bincount-empty-weights" in self.avoid and 0 in self.rt_vals("len(%s)" % v):
            raise Reject("bincount-empty-weights avoided")
        return "np.bincount(%s, weights=%s%s)" % (v, w, ml)

    def rt_atom(self):
        rts = self.rt_visible()
        k = self.wchoice([("slice", 5), ("name", 2 if rts else 0), ("ctor", 1.4), ("mask", 1.1), ("nz", 1.3)])
        if k == "name":
            return self.choice(rts)
        return getattr(self, "rt_%s_atom" % k)()

    def rt_scalar(self, op="+"):
        lvs = [lv for lv in self.loopvars if re.fullmatch(r"[a-z]+", lv)]
        if op in ("//", "%"):
            return self.choice(["2", "3", "-4", "1.5", "7"])
        if op == "/":
            return self.choice(["2", "4", "0.5", "-3", "8"])
        if op == "**":
            return "2"
        if lvs and self.p(0.25):
            return self.choice(lvs)
        sc = self.scalars(lambda v: not isinstance(v, (bool, np.bool_)) and abs(v) < 1e6)
        if sc and self.p(0.15):
            return self.choice(sc)
        return self.choice(["1", "2", "-3", "0.5", "1.5", "-2.5", "10", "0.25", "True", "3"])

    def rt_partners(self, left, shapes):
        """Operand codes likely to broadcast with `left` (per-visit shapes `shapes`): the same
        run-time subscript on arrays of the same shape, static arrays that broadcast with every
        visit's shape, run-time names, `left` reversed or as a column."""
        out = []
        for base, sub in re.findall(r"\b([A-Za-z_]\w*)\[([^\[\]]+)\]", left):
            bv = self.vals.get(base)
            if not isinstance(bv, np.ndarray) or base in self.rt:
                continue
            for o in self.arrays(maxsize=80, pred=lambda v: v.shape == bv.shape):
                out.append("%s[%s]" % (o, sub))
            if bv.ndim == 2 and ", " not in sub and ":" in sub:
                out += ["%s[%s]" % (o, sub) for o in self.arrays(maxsize=80, pred=lambda v: v.ndim == 1
                                                                  and v.shape[0] == bv.shape[0])]
        for o in self.arrays(maxsize=80):
            S = self.vals[o].shape
            try:
                if all(np.broadcast_shapes(S, T) is not None for T in shapes):
                    out.append(o if self.p(0.7) or len(S) == 0 else "%s[::-1]" % o)
            except ValueError:
                pass
        out += self.rt_visible()
        if all(len(T) == 1 for T in shapes):
            out.append("%s[::-1]" % left if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", left) else "(%s)[::-1]" % left)
            out.append(left)
        self.rng.shuffle(out)
        return out[:8]

    def rt_binop(self, depth):
        left, lv = self.rt_expr(depth - 1)
        op = self.wchoice([("+", 5), ("-", 4), ("*", 5), ("/", 2), ("//", 1), ("%", 1), ("**", 0.7),
                           (">", 1), ("<=", 0.8), ("==", 0.5), ("&", 0.3), ("|", 0.3)])
        kinds = {v.dtype.kind for v in lv}
        if op in ("&", "|") and kinds != {"b"}:
            op = "+"
        if kinds == {"b"} and op in ("-", "**", "//", "%", "/"):
            op = self.choice(["&", "|", "+", "*"])
        if self.p(0.4) or op == "**":
            right = self.rt_scalar(op)
            code = "(%s %s %s)" % ((right, op, left) if self.p(0.3) and op not in ("**",) else (left, op, right))
        else:
            shapes = [v.shape for v in lv]
            cands = self.rt_partners(left, shapes)
            if all(len(T) == 1 for T in shapes) and cands and self.p(0.15):
                cands = ["%s[:, None]" % c if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", c) else "(%s)[:, None]" % c
                         for c in cands[:3]]
            codes = ["(%s %s %s)" % ((c, op, left) if self.p(0.25) else (left, op, c)) for c in cands]
            if not codes:
                raise Reject("no partners")
            vals = self.rt_probe(codes)
            ok = [c for c, v in zip(codes, vals) if v is not None and all(isinstance(x, np.ndarray) and x.size <= 300
                                                                          for x in v)]
            if not ok:
                raise Reject("no partner broadcasts for every iteration")
            code = self.choice(ok)
        return code

    def rt_unary(self, depth):
        a, av = self.rt_expr(depth - 1)
        kinds = {v.dtype.kind for v in av}
        r = self.rng.random()
        if r < 0.2:
            return "(-%s)" % a if "b" not in kinds else "(~%s)" % a
        if r < 0.3:
            return "abs(%s)" % a
        if r < 0.4 and "b" not in kinds:
            return "np.sqrt(abs(%s))" % a
        if r < 0.55:
            return "np.%s(%s, %s)" % (self.choice(["maximum", "minimum"]), a, self.rt_scalar())
        if r < 0.62 and "b" not in kinds:
            return "np.%s(%s)" % (self.choice(["floor", "ceil", "sign"]), a)
        if r < 0.7 and "b" not in kinds:
            if "rt-round" in self.avoid:
                return "np.clip(%s, 0, 3)" % a
            return self.choice(["np.clip(%s, 0, 3)", "np.round(%s, 1)", "np.round(%s)"]) % a
        if r < 0.78 and "rt-where" not in self.avoid:
            return "np.where(%s > %s, %s, %s)" % (a, self.rt_scalar(), a, self.rt_scalar())
        if r < 0.88 and all(v.ndim == 2 for v in av):
            return "%s.T" % a if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", a) else "(%s).T" % a
        sub = self.choice(["::-1", "1:", ":-1", "::2", "1::2"])
        return "%s[%s]" % (a, sub) if re.fullmatch(r"[\w.]+", a) else "(%s)[%s]" % (a, sub)

    def rt_bcast1(self):
        """A run-time extent that is 1 or K, with a static operand of extent K: x[:i % 2 * 3 + 1] + s4,
        or the same on rows (A[:i % 2 * 2 + 1, :] * s3[:, None])."""
        lvs = [lv for lv in self.loopvars if re.fullmatch(r"[a-z]+", lv)]
        stat = self.arrays(maxsize=80, pred=lambda v: v.ndim == 1 and v.size >= 2 and v.dtype.kind in "if")
        if not lvs or not stat:
            raise Reject("no loop variable or vector")
        sv = self.choice(stat)
        K = len(self.vals[sv])
        L = "%s %% 2 * %d + 1" % (self.choice(lvs), K - 1)
        longs = self.arrays(maxsize=80, pred=lambda v: v.ndim in (1, 2) and v.shape[0] >= K and v.dtype.kind in "if")
        if not longs:
            raise Reject("no long arrays")
        x = self.choice(longs)
        op = self.choice(["+", "*", "-", "<"])
        if self.vals[x].ndim == 1:
            return "(%s[:%s] %s %s)" % (x, L, op, sv) if self.p(0.7) else "(%s %s %s[:%s])" % (sv, op, x, L)
        return "(%s[:%s, :] %s %s[:, None])" % (x, L, op, sv)

    def rt_expr(self, depth=1):
        """(code, values at every visit) of an array expression with a run-time extent."""
        r = self.rng.random()
        if self.loopvars and self.p(0.06):
            code = self.attempt(self.rt_bcast1, 2)
        elif depth <= 0 or r < 0.45:
            code = self.rt_atom()
        elif r < 0.85:
            code = self.rt_binop(depth)
        else:
            code = self.rt_unary(depth)
        vals = self.rt_vals(code)
        for v in vals:
            if not isinstance(v, np.ndarray) or v.ndim == 0 or v.size > 300:
                raise Reject("not an array")
            if v.dtype.kind == "f" and not self.special and v.size and not np.all(np.isfinite(v)):
                raise Reject("non-finite")
        return code, vals

    def rt_red(self):
        """A whole-array sum/mean/max/min of a run-time-extent array."""
        if self.rt_visible() and self.p(0.4):
            recv = self.choice(self.rt_visible())
            vals = self.rt_vals(recv)
        else:
            recv, vals = self.rt_expr(self.choice([0, 1]))
        m = self.choice(["sum", "sum", "mean", "max", "min"])
        for v in vals:
            if m == "mean" and v.dtype.kind == "i" and v.size and np.abs(v).max() > 2 ** 40:
                raise Reject("int mean of big values")
            if "max-signed-zero" in self.avoid and m in ("max", "min") and v.dtype.kind == "f":
                zeros = v[v == 0]
                if zeros.size and np.signbit(zeros).any() and not np.signbit(zeros).all():
                    raise Reject("max-signed-zero avoided")
        if self.p(0.35):
            code = "np.%s(%s)" % (m, recv)
        else:
            code = "%s.%s()" % (recv if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", recv) else "(%s)" % recv, m)
        self.rt_vals(code)
        return code

    def rt_dot(self):
        """np.dot / @ of 1-D and 2-D run-time-extent operands, inner extents equal at every visit;
        inexact float values only where the product is exact in arrc (exact_product)."""
        left, lv = self.rt_expr(0)
        if any(v.ndim > 2 or v.dtype.kind == "b" for v in lv):
            raise Reject("dot operand")
        cands = []
        for base, sub in re.findall(r"\b([A-Za-z_]\w*)\[([^\[\]]+)\]", left):
            bv = self.vals.get(base)
            if not isinstance(bv, np.ndarray) or base in self.rt:
                continue
            for part in sub.split(", "):
                if ":" in part:
                    cands += ["%s[%s]" % (o, part) for o in self.arrays(maxsize=80, pred=lambda v: v.ndim == 1
                                                                        and v.dtype.kind in "if")]
                    cands += ["%s[%s]" % (o, part) for o in self.arrays(maxsize=80, pred=lambda v: v.ndim == 2
                                                                        and v.dtype.kind in "if")]
                    cands += ["%s[:, %s]" % (o, part) for o in self.arrays(maxsize=80, pred=lambda v: v.ndim == 2
                                                                           and v.dtype.kind in "if")]
        cands += self.arrays(maxsize=80, pred=lambda v: v.ndim in (1, 2) and v.dtype.kind in "if"
                             and v.shape[0] in {x.shape[-1] for x in lv})
        if all(v.ndim == 2 for v in lv):
            cands.append("%s.T" % left if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", left) else "(%s).T" % left)
        cands += [k for k in self.rt_visible() if k != left]
        self.rng.shuffle(cands)
        cands = cands[:8]
        if not cands:
            raise Reject("no dot partner")
        form = self.choice(["np.dot(%s, %s)", "(%s @ %s)"])
        codes = cands + [form % (left, c) for c in cands]
        vals = self.rt_probe(codes)
        ok = []
        for k, c in enumerate(cands):
            bv, pv = vals[k], vals[len(cands) + k]
            if bv is None or pv is None:
                continue
            good = True
            for A, B, P in zip(lv, bv, pv):
                if not isinstance(B, np.ndarray) or B.ndim not in (1, 2) or B.dtype.kind == "b":
                    good = False
                    break
                try:
                    self.rt_dot_values(A, B, P)
                except Reject:
                    good = False
                    break
            if good:
                ok.append(c)
        if not ok:
            raise Reject("no dot partner for every iteration")
        return form % (left, self.choice(ok))

    def rt_dot_values(self, A, B, P):
        exact = exact_product(A, B)
        for v in (A, B):
            if v.dtype.kind == "f" and v.size:
                if not np.all(np.isfinite(v)) or np.abs(v).max() > 1e4:
                    raise Reject("big or non-finite float dot operand")
                if not exact and not np.all(v * 4 == np.round(v * 4)):
                    raise Reject("inexact float dot")
            elif v.dtype.kind == "i" and v.size and np.abs(v).max() > 1e6:
                raise Reject("big ints")
        if "dot-signed-zero" in self.avoid and np.dtype(getattr(P, "dtype", float)).kind == "f" \
                and np.any(np.asarray(P) == 0):
            raise Reject("zero float dot avoided")

    def rt_print_item(self):
        r = self.rng.random()
        rts = self.rt_visible()
        if r < 0.3:
            return self.rt_expr(self.choice([0, 1, 1, 2]))[0]
        if r < 0.5:
            return self.rt_red()
        if r < 0.66:
            a = self.choice(rts) if rts and self.p(0.6) else self.rt_expr(0)[0]
            lvs = [lv for lv in self.loopvars if re.fullmatch(r"[a-z]+", lv)]
            vecs = self.arrays(maxsize=80, pred=lambda v: v.ndim == 1 and v.size > 0)
            if "window-size" not in self.avoid and lvs and vecs and self.p(0.3):
                # a window past the end (bug37): only its extent is read
                lv, v = self.choice(lvs), self.choice(vecs)
                a = "%s[%s:%s + %d]" % (v, lv, lv, self.rng.randint(1, len(self.vals[v]) + 3))
                return self.choice(["len(%s)", "%s.size", "%s.shape"]) % a
            if not re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", a):
                a = "(%s)" % a
            return self.choice(["%s.shape", "len(%s)", "%s.size", "%s.ndim", "%s.dtype", "%s.shape[0]",
                                "%s.shape[-1]"]) % a
        if r < 0.74:
            a = self.choice(rts) if rts and self.p(0.6) else self.rt_expr(1)[0]
            return self.choice(["repr(%s)", "str(%s)"]) % a
        if r < 0.88:
            return self.rt_dot()
        if r < 0.94 and rts:
            a = self.choice(rts)
            return "%s[%s]" % (a, self.choice(["0", "-1", "len(%s) - 1" % a, "len(%s) // 2" % a]))
        return self.rt_int()

    def rt_print(self):
        items = [self.attempt(self.rt_print_item, 4) for _ in range(self.wchoice([(1, 4), (2, 3), (3, 1)]))]
        lvs = [lv for lv in self.loopvars if re.fullmatch(r"[a-z]+", lv)]
        if lvs and self.p(0.4):
            items.insert(0, self.choice(lvs))
        return self.rt_check("print(%s)" % ", ".join(items))

    def rt_bind(self):
        code = self.choice([lambda: self.rt_expr(self.choice([0, 1, 2]))[0], self.rt_dot, self.rt_slice_atom])()
        vals = self.rt_vals(code)
        if not all(isinstance(v, np.ndarray) and v.ndim >= 1 for v in vals):
            raise Reject("not an array")
        if self.rtc is None:
            name = self.choice(RT_POOL)
            stmt = "%s = %s" % (name, code)
        else:
            self.fresh += 1
            name = "seg%d" % self.fresh
            stmt = "%s = %s" % (name, code)
            if self.p(0.5):
                stmt += "\nprint(%s)" % self.choice([name, "len(%s), %s" % (name, name), "%s.shape" % name,
                                                     "repr(%s)" % name, "%s.size, %s" % (name, name)])
            stmt = self.rt_check(stmt)
        self.rt.add(name)
        if self.rtc is not None:
            self.vals[name] = vals[0]
        return stmt

    def rt_target(self):
        """(code, values) of a run-time-extent place to write: a run-time slice of a static array,
        or a run-time-extent name (often a view of a static array), whole or sliced."""
        rts = [k for k in self.rt_visible() if isinstance(self.vals.get(k), np.ndarray)]
        r = self.rng.random()
        if rts and r < 0.3:
            a = self.choice(rts)
            sub = self.choice([":", "...", "::-1", "1:", "::2", self.rt_axis_sub() if self.vals[a].ndim == 1 else ":"])
            return "%s[%s]" % (a, sub)
        names = self.arrays(maxsize=80, pred=lambda v: v.ndim in (1, 2) and v.size > 0)
        if not names:
            raise Reject("no arrays")
        nm = self.choice(names)
        return "%s[%s]" % (nm, self.rt_sub(self.vals[nm].shape))

    def rt_write(self):
        tgt = self.rt_target()
        tv = self.rt_vals(tgt)
        if not all(isinstance(v, np.ndarray) for v in tv):
            raise Reject("element target")
        base = re.match(r"\w+", tgt).group(0)
        op = self.wchoice([("=", 5), ("+=", 2), ("-=", 1), ("*=", 1)])
        if self.p(0.35):
            vals = [self.rt_scalar(op[0])]
        else:
            shapes = [v.shape for v in tv]
            vals = self.rt_partners(tgt, shapes) + [self.rt_scalar()]
        if "overlap-assign" in self.avoid:
            vals = [v for v in vals if not re.search(r"\b%s\b" % base, v)]
        self.rng.shuffle(vals)
        for v in vals[:5]:
            if self.p(0.3) and op in ("=", "+=") and re.fullmatch(r"[\w.]+", v) is None and self.p(0.5):
                v = "%s * %s" % (v if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", v) else "(%s)" % v, self.rt_scalar("*"))
            stmt = "%s %s %s" % (tgt, op, v)
            if op == "=" and self.p(0.3):
                t2 = self.rt_target()
                if re.match(r"\w+", t2).group(0) != base or "overlap-assign" not in self.avoid:
                    stmt = "%s = %s = %s" % (t2, tgt, v)
            try:
                pv = self.rt_probe([v])[0]
                if pv is None:
                    continue
                if any(np.dtype(getattr(x, "dtype", float)).kind == "f" and not np.all(np.isfinite(x)) for x in pv):
                    continue
                return self.rt_check(stmt)
            except Reject:
                continue
        raise Reject("no value fits the target at every iteration")

    def rt_accum(self):
        accs = [a for a in self.rtc["accs"]]
        if not accs:
            raise Reject("no accumulator")
        a = self.choice(accs)
        if isinstance(self.ns.get(a), float):
            e = self.rt_red()
            st = self.choice(["%s += float(%s)", "%s = %s * 0.5 + float(%s)"])
            st = st % ((a, e) if st.count("%s") == 2 else (a, a, e))
        else:
            x = self.choice(self.rt_visible()) if self.rt_visible() and self.p(0.5) else self.rt_expr(0)[0]
            x = x if re.fullmatch(r"[\w.]+(\[[^\[\]]*\])?", x) else "(%s)" % x
            st = self.choice(["%s += len(%s)" % (a, x), "%s += %s.size" % (a, x), "%s = max(%s, len(%s))" % (a, a, x),
                              "%s += %s.shape[0]" % (a, x)])
        return self.rt_check(st)

    def rt_body_stmt(self):
        kinds = [("bind", 4), ("print", 5), ("write", 3), ("accum", 1.5 if self.rtc["accs"] else 0),
                 ("if", 1), ("for", 1.2 if self.rtc["depth"] == 1 else 0)]
        k = self.wchoice(kinds)
        if k == "bind":
            return self.rt_bind()
        if k == "print":
            return self.rt_print()
        if k == "write":
            return self.rt_write()
        if k == "accum":
            return self.rt_accum()
        if k == "if":
            x = self.choice(self.rt_visible()) if self.rt_visible() else self.rt_slice_atom()
            cond = self.choice(["len(%s) > %d" % (x, self.rng.randint(0, 3)), "%s.size" % x,
                                "%s.shape[0] %% 2 == 0" % x])
            body = self.attempt(self.rt_print_item, 4)
            return self.rt_check("if %s:\n    print(%s)" % (cond, body))
        return self.rt_inner_loop()

    def rt_range(self, lv):
        """A loop header over lv and its values: often past an array's extent or negative."""
        names = self.arrays(maxsize=80, pred=lambda v: v.ndim >= 1 and 0 < v.shape[0] <= 12)
        outer = [v for v in self.loopvars if re.fullmatch(r"[a-z]+", v)]
        if outer and self.p(0.6):
            o = self.choice(outer)
            lo, hi = self.loopvars[o]
            forms = [("range(%s)" % o, None), ("range(%s + 1)" % o, None), ("range(%s, %d)" % (o, hi + 2), None),
                     ("range(-1, %s)" % o, None)]
            rc = self.choice(forms)[0]
            return rc
        if names and self.p(0.5):
            nm = self.choice(names)
            ax = self.rng.randrange(self.vals[nm].ndim)
            n = self.vals[nm].shape[ax]
            ncode = "len(%s)" % nm if ax == 0 else "%s.shape[%d]" % (nm, ax)
        else:
            n = self.rng.randint(1, 7)
            ncode = str(n)
        return self.wchoice([("range(%s)" % ncode, 4), ("range(1, %s)" % ncode, 1.5), ("range(%s + 1)" % ncode, 1.5),
                             ("range(%s, -1, -1)" % ncode, 1), ("range(-2, %s + 2)" % ncode, 1),
                             ("range(%s - 1, 0, -1)" % ncode, 0.7), ("range(0, %s, 2)" % ncode, 0.7)])

    def rt_loop_vals(self, rc):
        """The values a header takes for the current outer values (from the namespace)."""
        return list(eval(rc, dict(self.ns), {}))

    def rt_inner_loop(self):
        c = self.rtc
        lv = "j"
        rc = self.rt_range(lv)
        # the values of j over all iterations of the outer loop: run the outer loop to collect
        seen = []
        self.rt_exec("__seen.extend(%s)" % rc, {"__seen": seen})
        if not seen:
            raise Reject("inner loop never runs")
        head = "for %s in %s:" % (lv, rc)
        saved_lines, saved_ind = list(c["lines"]), c["ind"]
        c["lines"] = c["lines"] + [c["ind"] + head]
        c["ind"] += "    "
        c["depth"] += 1
        saved = self.enter_body((lv, min(seen), max(seen), seen[0]))
        n = 0
        try:
            for _ in range(self.rng.randint(1, 3)):
                try:
                    st = self.attempt(self.rt_body_stmt, 5)
                    c["lines"] += [c["ind"] + ln for ln in st.split("\n")]
                    n += 1
                except Reject:
                    pass
            body = c["lines"][len(saved_lines):]
        finally:
            self.leave_body(saved)
            c["lines"], c["ind"] = saved_lines, saved_ind
            c["depth"] -= 1
        if not n:
            raise Reject("empty inner loop")
        return "\n".join(ln[len(saved_ind):] for ln in body)

    def st_runtime(self):
        """A top-level statement or a loop using arrays of run-time extent."""
        if self.poly:
            raise Reject("no run-time extents in function bodies")
        if self.p(0.65):
            return self.rt_loop()
        if not self.nr or self.p(0.25):
            self.rt_dyn_int()
        k = self.wchoice([("bind", 4), ("print", 4), ("write", 2), ("unpack", 0.6)])
        if k == "unpack":
            ms = self.arrays(maxsize=80, pred=lambda v: v.ndim == 2 and v.size > 0)
            if not ms:
                raise Reject("no matrices")
            a = self.choice(ms)
            t1, t2 = self.rng.sample(RT_POOL, 2)
            cond = self.choice([a, "%s > %s" % (a, self.rt_cmp_scalar())]) if self.vals[a].dtype.kind != "b" else a
            self.commit("%s, %s = %s(%s)" % (t1, t2, self.choice(["np.nonzero", "np.where"]), cond))
            self.rt.update([t1, t2])
            return "print(%s, %s)" % (t1, self.choice([t2, "%s.shape" % t2, "%s + %s" % (t1, t2)]))
        st = {"bind": self.rt_bind, "print": self.rt_print, "write": self.rt_write}[k]()
        return st

    def rt_loop(self):
        lv = "i"
        rc = self.rt_range(lv)
        vals = self.rt_loop_vals(rc)
        if not vals:
            raise Reject("empty loop")
        accs = []
        if self.p(0.35):
            self.fresh += 1
            a = "acc%d" % self.fresh if self.p(0.5) else "cnt%d" % self.fresh
            self.commit("%s = %s" % (a, "0.0" if a.startswith("acc") else "0"))
            accs.append(a)
        head = "for %s in %s:" % (lv, rc)
        self.rtc = {"lines": [head], "ind": "    ", "depth": 1, "accs": accs}
        saved = self.enter_body((lv, min(vals), max(vals), vals[0]))
        n = 0
        try:
            for _ in range(self.rng.randint(1, 4)):
                try:
                    st = self.attempt(self.rt_body_stmt, 6)
                    self.rtc["lines"] += ["    " + ln for ln in st.split("\n")]
                    n += 1
                except Reject:
                    pass
            lines = self.rtc["lines"]
        finally:
            self.leave_body(saved)
            self.rtc = None
        if not n:
            raise Reject("empty run-time loop")
        self.commit("\n".join(lines))
        if accs and self.p(0.8):
            return "print(%s)" % ", ".join(accs)
        names = self.arrays()
        return "print(%s)" % self.choice(names) if names else "pass"

    # -- error endings with run-time extents
    def rt_error(self):
        """(statement, when) for a loop (or a statement on data-dependent extents) that NumPy
        rejects when it runs: broadcasts, in-place outputs, writes, products, indices, steps,
        empty max, negative extents, masks, bincount."""
        vecs = self.arrays(maxsize=80, pred=lambda v: v.ndim == 1 and v.size >= 3 and v.dtype.kind in "if")
        mats = self.arrays(maxsize=80, pred=lambda v: v.ndim == 2 and v.size >= 4 and v.dtype.kind in "if")
        head = ""
        if not vecs or self.p(0.2):
            # a vector of its own, bound before the loop
            v = self.fresh_name()
            head = "%s = %s\n" % (v, self.make_array((self.rng.randint(3, 9),), self.choice(["int", "float"])))
            own = {v: self.ev(head.split(" = ", 1)[1])}
            vecs = vecs + [v]
        else:
            own = {}
        x = self.choice(vecs)
        y = self.choice(vecs)
        n = len(own[x] if x in own else self.vals[x])
        K = self.rng.randint(2, 4)
        cat = self.choice(["bcast", "inplace", "write", "dot", "matmul", "index", "step0", "max_empty",
                           "negdim", "mask", "bincount", "bcast_data"])
        s1, s2 = self.fresh_name(), self.fresh_name()
        pre = self.choice(["", "    print(i, %s[:i])\n" % x, "    print(%s[i:].sum())\n" % x])
        hdr = "for i in range(%s):\n" % self.choice(["1, %d" % (n + 2), "%d" % (n + 2), "%d, -1, -1" % n, "1, 6"])
        if cat == "bcast":
            e = self.choice(["%s[:i] + %s[:%d]" % (x, y, K), "%s[i:] * %s[:i]" % (x, y), "%s[:i] - %s[i:2 * i]" % (x, y),
                             "%s[::i] + %s[:%d]" % (x, y, K), "%s[:i] == %s[1:]" % (x, y)])
            body = "    print(%s)\n" % e
        elif cat == "inplace":
            # An int target of a float value is a cast error, which arrc reports at compile
            # time (dtypes are static): keep the in-place error a shape one.
            dt = lambda nm: (own[nm] if nm in own else self.vals[nm]).dtype
            if not np.can_cast(np.result_type(dt(x), dt(y)), dt(x), "same_kind"):
                y = x
            body = self.choice(["    %s[:i] += %s[:%d]\n" % (x, y, K), "    %s = %s[i:]\n    %s *= %s[:%d]\n" % (s1, x, s1, y, K),
                                "    %s = np.zeros(i)\n    %s += %s[:%d]\n" % (s2, s2, y, K)])
        elif cat == "write":
            body = self.choice(["    %s[:i] = %s[:%d]\n" % (x, y, K), "    %s[i:] = np.arange(%d.0)\n" % (x, K),
                                "    %s[::2][:i] = %s[:i + 1]\n" % (x, y)])
            if mats and self.p(0.4):
                A = self.choice(mats)
                body = "    %s[i %% %d, :i + 1] = np.arange(%d.0)\n" % (A, self.vals[A].shape[0], K)
        elif cat == "dot":
            body = "    print(np.dot(%s[:i], %s[i:2 * i]))\n" % (x, y) if self.p(0.5) else \
                "    print(%s[:i] @ %s[:%d])\n" % (x, y, K)
        elif cat == "matmul":
            if not mats:
                raise Reject("no matrices")
            A = self.choice(mats)
            body = self.choice(["    print(%s[:i] @ %s)\n" % (x, A), "    print(%s @ %s[:i])\n" % (A, x),
                                "    print(np.dot(%s[:, :i], %s[:%d]))\n" % (A, y, K)])
        elif cat == "index":
            body = self.choice(["    %s = %s[i:]\n    print(%s[%d])\n" % (s1, x, s1, K), "    print(%s[:i][-%d])\n" % (x, K),
                                "    print(np.zeros(i)[%d])\n" % K])
        elif cat == "step0":
            hdr = "for i in range(%d, -%d, -1):\n" % (K, K)
            body = self.choice(["    print(%s[::i])\n" % x, "    print(%s[1::i].sum())\n" % x,
                                "    %s[::i] = 0\n" % x])
        elif cat == "max_empty":
            hdr = "for i in range(%d, -1, -1):\n" % min(n, 4)
            body = self.choice(["    print(np.max(%s[:i]))\n" % x, "    print(%s[i:%d].min())\n" % (x, min(n, 4)),
                                "    print(%s[:i].max(), %s[:i].sum())\n" % (x, x)])
        elif cat == "negdim":
            hdr = "for i in range(%d, -%d, -1):\n" % (K, K)
            body = self.choice(["    print(np.zeros(i))\n", "    print(np.ones((2, i)))\n",
                                "    print(np.zeros(i - 1, dtype=int))\n"])
        elif cat == "mask":
            if "rt-empty-mask" in self.avoid:
                hdr = "for i in range(1, %d):\n" % (n + 2)
            body = self.choice(["    print(%s[:i][%s[:%d] > 0])\n" % (x, y, K),
                                "    print(%s[%s[:i] > 1])\n" % (x, y)])
        elif cat == "bincount":
            ints = self.arrays(maxsize=80, pred=lambda v: v.ndim == 1 and v.size >= 2 and v.dtype.kind == "i")
            if ints:
                v = self.choice(ints)
                nv = len(self.vals[v])
            else:
                nv = self.rng.randint(3, 8)
                v = "np.arange(%d)" % nv
            body = self.choice(["    print(np.bincount(%s[:i] %% 5 - i))\n" % v,
                                "    print(np.bincount(abs(%s[:i]) %% 4, weights=%s[:%d]))\n" % (v, x, K)])
            if "weights" in body and "bincount-empty-weights" in self.avoid:
                hdr = "for i in range(1, %d):\n" % (nv + 2)
        else:
            # data-dependent extents at top level: mask reads, nonzero of different counts
            c1, c2 = self.choice(["0", "1", "2"]), self.choice(["-1", "0.5", "3"])
            self.rt_error_src = head + self.choice(["print(%s[%s > %s] + %s[%s > %s])" % (x, x, c1, y, y, c2),
                                                    "print(np.dot(%s[%s > %s], %s))" % (x, x, c1, y),
                                                    "print(np.flatnonzero(%s > %s) * %s)" % (x, c1, y)])
            return self.rt_error_src, "run"
        self.rt_error_src = head + hdr + pre + body.rstrip("\n")
        return self.rt_error_src, "run"

    # -- whole program -------------------------------------------------------------------------
    def top_stmt(self):
        kinds = [("assign_arr", 14), ("assign_scalar", 5), ("print", 16), ("setitem", 7),
                 ("inplace", 7), ("mask_update", 4), ("fill", 3), ("const", 2), ("for", 7), ("while", 2.5), ("if", 4),
                 ("view_write", 3), ("alias", 1), ("swap", 1.2),
                 ("def", 3 if len(self.funcs) < 3 else 0), ("call", 4 if self.funcs else 0), ("fprint", 1.5),
                 ("runtime", 9), ("x", X_WEIGHT if "issue10" not in self.avoid else 0)]
        if self.seeded:
            kinds.append(("random", 5))
        kinds += [(k, w) for k, w, bug in ISSUE9_KINDS if bug not in self.avoid]
        kind = self.wchoice(kinds)
        if kind == "x":
            return self.st_x()
        fn = getattr(self, "st_" + {"assign_arr": "assign_arr", "assign_scalar": "assign_scalar"}.get(kind, kind))
        src = fn()
        self.commit(src)
        self.classes.update(bug or k.replace("_", "-") for k, _, bug in ISSUE9_KINDS if k == kind)
        if kind == "runtime":
            self.classes.add("(statements with run-time extents)")

    def generate(self, nstmts, error):
        if self.p(0.3):
            self.commit("np.random.seed(%d)" % self.rng.randint(0, 10000))
            self.seeded = True
        if self.p(0.35):
            self.commit("import math")
        # always start with an array or two
        for _ in range(self.rng.randint(1, 2)):
            self.attempt(lambda: self.commit("%s = %s" % (self.pick_target(ARR_POOL), self.make_array(self.rand_shape()))), 10)
        big = self.p(0.05)
        for _ in range(nstmts):
            try:
                self.attempt(self.top_stmt, 20)
            except Reject:
                pass
            if big and self.p(0.15):
                big = False
                self.stmts.append(self.st_big_print())
        when = None
        if error:
            when = self.error_tail()
            # a statement after the error (never runs under NumPy)
            if self.p(0.3):
                names = self.arrays()
                if names:
                    self.stmts.append("print(%s)" % self.choice(names))
        else:
            for _ in range(self.rng.randint(1, 3)):
                try:
                    self.attempt(lambda: self.commit(self.st_print()), 10)
                except Reject:
                    pass
            if self.p(LIMIT_TAIL_RATE):
                with contextlib.suppress(Reject):
                    when = self.end_past_limit()
            elif self.p(BIGINT_TAIL_RATE) and "python-int-overflow" not in self.avoid:
                with contextlib.suppress(Reject):
                    self.attempt(self.bigint_tail, 5)
                    self.classes.add("python-int-overflow")
        return when


def generate(seed, index, error_rate, avoid=(), classes=None):
    """Program `index` of `seed` and when it is expected to fail (None, "compile", "run"); the
    issue 9 classes it uses are added to the set `classes` when given."""
    rng = random.Random("%s:%s" % (seed, index))
    error = rng.random() < error_rate
    special = rng.random() < 0.08
    g = Gen(rng, special=special, avoid=avoid)
    nstmts = rng.randint(3, 10) if error else rng.randint(6, 20)
    when = g.generate(nstmts, error)
    src = "import numpy as np\n" + "\n".join(g.stmts) + "\n"
    src = normalize(src)
    if classes is not None:
        classes.update(g.classes)
    return src, when


def normalize(src):
    return "\n".join(ast.unparse(s) for s in ast.parse(src).body) + "\n"


# ---------------------------------------------------------------------------------------------
# running

class NpResult:
    def __init__(self, out, exc, msg, line, warned):
        self.out, self.exc, self.msg, self.line, self.warned = out, exc, msg, line, warned


def _alarm(signum, frame):
    raise Timeout()


class _NoteInts(ast.NodeTransformer):
    """Wrap each operation, call and int augmented assignment in `__note_int(...)`, which
    records where a Python int first leaves int64 (python_int_escape)."""
    def _wrap(self, node):
        self.generic_visit(node)
        return ast.copy_location(ast.Call(func=ast.Name(id="__note_int", ctx=ast.Load()), args=[node],
                                          keywords=[]), node)

    visit_BinOp = visit_UnaryOp = _wrap

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name) and node.func.id == "print":
            self.generic_visit(node)
            return node
        return self._wrap(node)

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if not isinstance(node.target, ast.Name):
            return node
        note = ast.Expr(value=ast.Call(func=ast.Name(id="__note_int", ctx=ast.Load()),
                                       args=[ast.Name(id=node.target.id, ctx=ast.Load())], keywords=[]))
        return [node, ast.copy_location(note, node)]


class IntEscape:
    """Where a Python int first left int64: the program's lines on the stack then (innermost
    first) and what the program had printed."""
    def __init__(self, lines, out):
        self.lines, self.out = lines, out


def _python_int_noter(path, out, found):
    def note(v):
        if type(v) is int and not (INT64_MIN <= v <= INT64_MAX) and not found:
            lines = []
            f = sys._getframe(1)
            while f is not None:
                if f.f_code.co_filename == path:
                    lines.append(f.f_lineno)
                f = f.f_back
            found.append(IntEscape(lines, out.getvalue().encode("utf-8")))
        return v
    return note


def _stack_depth():
    n, f = 0, sys._getframe(1)
    while f is not None:
        n, f = n + 1, f.f_back
    return n


def run_numpy(src, path, check_strict=False, timeout=20, note_ints=False):
    """Run the program in-process as `python path` would, capturing stdout. With note_ints, the
    result's int_escape is where a Python int first left int64 (None if none did)."""
    if note_ints:
        tree = _NoteInts().visit(ast.parse(src))
        ast.fix_missing_locations(tree)
        code = compile(tree, path, "exec")
    else:
        code = compile(src, path, "exec")
    out = io.StringIO()
    err = io.StringIO()
    ns = {"__name__": "__main__", "__builtins__": builtins}
    found = []
    if note_ints:
        ns["__note_int"] = _python_int_noter(path, out, found)
    # `python FILE` runs the module at depth 1 of CPython's 1000 frames: give the program as
    # many here, below the frames of this process
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(old_limit + _stack_depth())
    old = sys.stdout, sys.stderr
    exc = msg = line = None
    warned = False
    sys.stdout, sys.stderr = out, err
    old_handler = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        with contextlib.ExitStack() as st:
            if check_strict:
                st.enter_context(np.errstate(all="raise"))
                st.enter_context(warnings.catch_warnings())
                warnings.simplefilter("error")
            else:
                st.enter_context(warnings.catch_warnings())
                warnings.simplefilter("always")
            exec(code, ns)
    except Timeout:
        exc, msg = "Timeout", "timeout"
    except Exception as e:
        # the traceback's last line: the type as CPython names it, then str(e) (arrc prints
        # both after `error: `, so a different exception type is an error-message mismatch)
        exc = traceback_type_name(type(e))
        msg = f"{exc}: {e}" if str(e) else exc
        tb = e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == path:
                line = tb.tb_lineno
            tb = tb.tb_next
        if isinstance(e, (FloatingPointError, Warning)):
            warned = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        sys.stdout, sys.stderr = old
        sys.setrecursionlimit(old_limit)
    if err.getvalue():
        warned = True
    res = NpResult(out.getvalue().encode("utf-8"), exc, msg, line, warned)
    res.int_escape = found[0] if found else None
    return res


def traceback_type_name(cls):
    """The exception type as a traceback's last line names it (tools/oracle.py's rule):
    the qualified name, prefixed by its module unless that is builtins or __main__."""
    if cls.__module__ in ("__main__", "builtins"):
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


class ArrcResult:
    def __init__(self, rc, out, err, msg, line, timeout=False):
        self.rc, self.out, self.err, self.msg, self.line, self.timeout = rc, out, err, msg, line, timeout


# The address space of the NumPy workers and of each arrc run. Generated programs are small, and
# their huge shapes are past any machine's memory, but shrinking one (`2 ** 33` -> `2`) can make a
# program that really allocates tens of GiB: with this limit it fails at once instead of
# exhausting a shared machine's memory.
MEMORY_LIMIT = 4 << 30


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_arrc(arrc, src, path, timeout=30):
    Path(path).write_text(src)
    try:
        p = subprocess.run([arrc, "run", path], capture_output=True, timeout=timeout, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired as e:
        return ArrcResult(None, e.stdout or b"", e.stderr or b"", None, None, timeout=True)
    msg = line = None
    pat = re.compile(r"^" + re.escape(path) + r":(\d+):(\d+): error: (.*)$")
    for ln in p.stderr.decode("utf-8", "replace").split("\n"):
        mt = pat.match(ln)
        if mt:
            line, msg = int(mt.group(1)), mt.group(3)
            break
    return ArrcResult(p.returncode, p.stdout, p.stderr, msg, line)


def is_unsupported(msg):
    return msg is not None and (msg.startswith("unsupported:") or "changes type inside a loop or branch" in msg)


# arrc's clean stop where CPython computes a Python int past int64 (a value arrc cannot
# represent): a message in this wording, e.g. CPython's "Python int too large to convert to C long".
INT_RANGE_ERROR = re.compile(r"(?i)too large|too big|overflow|out of range|out of bounds")


def stops_at_int_escape(src, path, ar):
    """arrc stopped cleanly where CPython's Python int left int64 (a line of the program on the
    stack there), in the int-range wording, having printed a prefix of what CPython had by then."""
    if src is None or ar.msg is None or not INT_RANGE_ERROR.search(ar.msg):
        return False
    esc = run_numpy(src, path, note_ints=True).int_escape
    return esc is not None and ar.line in esc.lines and esc.out.startswith(ar.out)


def classify(npr, ar, when, src=None, path=None):
    """None when arrc agrees with NumPy, else (class, key). A crash (a signal, an exit status
    other than 0/1, a panic or internal compiler error, exit 1 without a `FILE:LINE:COL: error:`
    line) is always a mismatch; a clean error where CPython's Python int left int64 is not, if
    arrc printed a prefix of CPython's output up to there (src and path given)."""
    if ar.timeout:
        return ("arrc-crash", "timeout")
    if ar.rc not in (0, 1) or b"panicked" in ar.err or b"internal compiler error" in ar.err:
        return ("arrc-crash", "exit %s" % ar.rc)
    if ar.rc == 1 and ar.msg is None:
        return ("arrc-crash", "exit 1 without an error line")
    if ar.rc == 1 and npr.exc != "Timeout" and (npr.exc is None or ar.msg != npr.msg) \
            and stops_at_int_escape(src, path, ar):
        return None
    if npr.exc is None:
        if ar.rc == 0:
            return None if ar.out == npr.out else ("output", None)
        if is_unsupported(ar.msg):
            return ("arrc-unsupported", ar.msg)
        return ("arrc-error", ar.msg)
    if npr.exc == "Timeout":
        return ("numpy-timeout", None)
    if ar.rc == 0:
        return ("arrc-accepted", npr.msg)
    if is_unsupported(ar.msg):
        return ("arrc-unsupported", ar.msg)
    if ar.msg != npr.msg:
        return ("error-message", (npr.msg, ar.msg))
    if ar.line != npr.line:
        return ("error-line", npr.msg)
    if not npr.out.startswith(ar.out) or (when == "run" and ar.out != npr.out):
        return ("error-output", npr.msg)
    return None


class Runner:
    def __init__(self, arrc, workdir):
        self.arrc = arrc
        self.workdir = workdir
        self.n = 0

    def path(self):
        return os.path.join(self.workdir, "prog.py")

    def check(self, src, when):
        path = self.path()
        npr = run_numpy(src, path)
        ar = run_arrc(self.arrc, src, path)
        return npr, ar, classify(npr, ar, when, src, path)


# ---------------------------------------------------------------------------------------------
# shrinking

def _is_protected(stmt, uses_random):
    if isinstance(stmt, ast.Import):
        return True
    if uses_random and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        f = ast.unparse(stmt.value.func)
        return f == "np.random.seed"
    return False


class _Counter(ast.NodeVisitor):
    def __init__(self):
        self.nodes = []

    def visit(self, node):
        self.nodes.append(node)
        self.generic_visit(node)


class _Apply(ast.NodeTransformer):
    def __init__(self, target, fn):
        self.i = -1
        self.target = target
        self.fn = fn

    def visit(self, node):
        self.i += 1
        if self.i == self.target:
            return self.fn(node)
        return self.generic_visit(node)


def _fix_bodies(tree):
    for node in ast.walk(tree):
        for field in ("body", "orelse"):
            b = getattr(node, field, None)
            if field == "body" and isinstance(b, list) and not b and not isinstance(node, ast.Module):
                node.body = [ast.Pass()]
    return tree


def _candidates(tree):
    """Simplifications of the program, biggest first: (index, transform) pairs."""
    c = _Counter()
    c.visit(tree)
    uses_random = re.search(r"np\.random\.(?!seed)", ast.unparse(tree)) is not None
    stmt_c, comp_c, expr_c = [], [], []
    for i, node in enumerate(c.nodes):
        if isinstance(node, ast.stmt) and not isinstance(node, ast.Module) and not _is_protected(node, uses_random):
            stmt_c.append((i, lambda n: None))
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Call) and node.iter.args:
            comp_c.append((i, lambda n: [ast.Assign(targets=[n.target], value=(
                n.iter.args[0] if len(n.iter.args) >= 2 else ast.Constant(0)))] + n.body))
        if isinstance(node, ast.While):
            comp_c.append((i, lambda n: n.body))
        if isinstance(node, ast.If):
            comp_c.append((i, lambda n: n.body))
            if n_orelse(node):
                comp_c.append((i, lambda n: ast.If(test=n.test, body=n.body, orelse=[])))
                comp_c.append((i, lambda n: n.orelse))
        if isinstance(node, ast.BinOp):
            expr_c.append((i, lambda n: n.left))
            expr_c.append((i, lambda n: n.right))
        if isinstance(node, ast.UnaryOp) and not isinstance(node.operand, ast.Constant):
            expr_c.append((i, lambda n: n.operand))
        if isinstance(node, ast.BoolOp):
            expr_c.append((i, lambda n: n.values[0]))
            expr_c.append((i, lambda n: n.values[-1]))
        if isinstance(node, ast.IfExp):
            expr_c.append((i, lambda n: n.body))
        if isinstance(node, ast.Call):
            fn = ast.unparse(node.func)
            if fn == "print" and len(node.args) > 1:
                for k in range(len(node.args)):
                    expr_c.append((i, lambda n, k=k: ast.Call(func=n.func, args=n.args[:k] + n.args[k + 1:], keywords=n.keywords)))
            if fn == "print" and node.keywords:
                expr_c.append((i, lambda n: ast.Call(func=n.func, args=n.args, keywords=[])))
            if fn in ("repr", "str", "abs", "np.exp", "float", "int") and len(node.args) == 1:
                expr_c.append((i, lambda n: n.args[0]))
        if isinstance(node, ast.Tuple) and len(node.elts) > 1 and isinstance(node.ctx, ast.Load):
            for k in range(len(node.elts)):
                expr_c.append((i, lambda n, k=k: ast.Tuple(elts=n.elts[:k] + n.elts[k + 1:], ctx=n.ctx)))
    return stmt_c + comp_c + expr_c


def n_orelse(node):
    return bool(getattr(node, "orelse", None))


def shrink(runner, src, when, target, budget_s=45.0, max_trials=500):
    """Delete and simplify while the mismatch keeps its class and key."""
    t0 = time.time()
    trials = 0
    cur = src
    # first, chunks of top-level statements (ddmin-style), biggest chunks first
    body = ast.parse(cur).body
    uses_random = re.search(r"np\.random\.(?!seed)", cur) is not None
    chunk = len(body) // 2
    while chunk >= 2 and trials < max_trials and time.time() - t0 < budget_s:
        i = len(body)
        while i > 0 and trials < max_trials and time.time() - t0 < budget_s:
            lo = max(0, i - chunk)
            keep = body[:lo] + [st for st in body[lo:i] if _is_protected(st, uses_random)] + body[i:]
            if len(keep) < len(body):
                cand = "\n".join(ast.unparse(st) for st in keep) + "\n"
                trials += 1
                if still_fails(runner, cand, when, target):
                    body, cur = keep, cand
            i = lo
        chunk //= 2
    progress = True
    while progress and trials < max_trials and time.time() - t0 < budget_s:
        progress = False
        tree = ast.parse(cur)
        cands = _candidates(tree)
        # statements from the end first: later statements depend on earlier ones
        stmt_part = [c for c in cands if isinstance(_node_at(tree, c[0]), ast.stmt)]
        rest = [c for c in cands if c not in stmt_part]
        order = list(reversed(stmt_part)) + rest
        for idx, fn in order:
            if trials >= max_trials or time.time() - t0 > budget_s:
                break
            t2 = copy.deepcopy(tree)
            try:
                t2 = _Apply(idx, fn).visit(t2)
                _fix_bodies(t2)
                ast.fix_missing_locations(t2)
                cand = "\n".join(ast.unparse(s) for s in t2.body) + "\n"
            except Exception:
                continue
            if cand == cur:
                continue
            trials += 1
            if still_fails(runner, cand, when, target):
                cur = cand
                progress = True
                break
    return cur


def _node_at(tree, idx):
    c = _Counter()
    c.visit(tree)
    return c.nodes[idx]


def still_fails(runner, src, when, target):
    try:
        compile(src, "<shrink>", "exec")
    except SyntaxError:
        return False
    cls = target[0]
    path = runner.path()
    npr = run_numpy(src, path, timeout=3)
    if npr.exc == "Timeout":
        return False
    if cls in ("output", "arrc-unsupported", "arrc-error", "arrc-crash") and npr.exc is None:
        strict_r = run_numpy(src, path, check_strict=True, timeout=3)
        if strict_r.exc is not None or strict_r.warned:
            return False
    elif npr.exc is None and target[0] not in ("arrc-crash",):
        return False
    ar = run_arrc(runner.arrc, src, path, timeout=10)
    return classify(npr, ar, when, src, path) == target


# ---------------------------------------------------------------------------------------------
# driver

_RUNNER = None


def _init_worker(arrc):
    global _RUNNER
    limit_memory()
    d = tempfile.mkdtemp(prefix="work-", dir=os.path.dirname(arrc))
    _RUNNER = Runner(arrc, d)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def work(task):
    seed, index, error_rate, do_shrink, avoid = task
    t0 = time.time()
    old_handler = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, 120)
    try:
        src, when = generate(seed, index, error_rate, avoid)
    except Timeout:
        return {"index": index, "gen_error": "generation took over 120 s"}
    except Exception as e:  # a generator bug: report it, do not count as a mismatch
        return {"index": index, "gen_error": "%s: %s" % (type(e).__name__, e)}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
    npr, ar, cls = _RUNNER.check(src, when)
    res = {"index": index, "src": src, "when": when, "np_rejected": npr.exc is not None,
           "cls": cls, "secs": 0.0}
    if cls is not None:
        small = shrink(_RUNNER, src, when, cls) if do_shrink and cls[0] != "numpy-timeout" else src
        npr2, ar2, cls2 = _RUNNER.check(small, when)
        if cls2 != cls:  # shrinking is checked step by step; be safe anyway
            small, npr2, ar2 = src, npr, ar
        res.update(small=small, np_out=npr2.out, np_exc=npr2.exc, np_msg=npr2.msg, np_line=npr2.line,
                   ar_rc=ar2.rc, ar_out=ar2.out, ar_err=ar2.err)
    res["secs"] = time.time() - t0
    return res


def save_repro(d, num, res, seed):
    base = d / ("repro_%03d" % num)
    base.with_suffix(".py").write_text(res["small"])
    Path(str(base) + ".orig.py").write_text(res["src"])
    save_report(base.with_suffix(".txt"), res, seed)


def save_report(path, res, seed):
    cls, key = res["cls"]
    lines = ["class: %s" % cls, "key: %r" % (key,), "seed: %s  index: %s" % (seed, res["index"]),
             "expected error: %s" % (res["when"] or "none"), ""]
    if cls == "output":
        a = res["np_out"].decode("utf-8", "replace").split("\n")
        b = res["ar_out"].decode("utf-8", "replace").split("\n")
        k = next((i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]), None)
        if k is not None:
            lines += ["--- first difference: stdout line %d ---" % (k + 1),
                      "numpy: %s" % (a[k] if k < len(a) else "<end>"),
                      "arrc:  %s" % (b[k] if k < len(b) else "<end>"), ""]
    lines += ["--- NumPy stdout ---", res["np_out"].decode("utf-8", "replace")]
    if res["np_exc"]:
        lines += ["--- NumPy raised ---", "line %s: %s: %s" % (res["np_line"], res["np_exc"], res["np_msg"])]
    lines += ["--- arrc stdout (exit %s) ---" % res["ar_rc"], res["ar_out"].decode("utf-8", "replace"),
              "--- arrc stderr ---", res["ar_err"].decode("utf-8", "replace")]
    path.write_text("\n".join(lines))


def check_files(args):
    """Run given scripts under NumPy and arrc; report agreement per file."""
    snapdir = tempfile.mkdtemp(prefix="difftest-arrc-")
    arrc = os.path.join(snapdir, "arrc")
    shutil.copy2(args.arrc, arrc)
    runner = Runner(arrc, snapdir)
    limit_memory()
    bad = 0
    try:
        for f in args.check:
            src = Path(f).read_text()
            npr, ar, cls = runner.check(src, "run")
            if cls is not None and cls[0] == "error-output" and not ar.out:
                cls = None      # compile-time error: arrc prints nothing first (by design)
            bad += cls is not None
            print("%-60s %s" % (f, "ok" if cls is None else "MISMATCH %s %s" % (cls[0], "" if cls[1] is None else repr(cls[1])[:120])))
            if cls is not None and args.save_dir and args.save_dir != DEFAULT_SAVE:
                res = {"small": src, "src": src, "cls": cls, "index": "-", "when": None,
                       "np_out": npr.out, "np_exc": npr.exc, "np_msg": npr.msg, "np_line": npr.line,
                       "ar_rc": ar.rc, "ar_out": ar.out, "ar_err": ar.err.replace(runner.path().encode(), Path(f).name.encode())}
                d = Path(args.save_dir)
                d.mkdir(parents=True, exist_ok=True)
                save_report(d / (Path(f).stem + ".txt"), res, "-")
    finally:
        shutil.rmtree(snapdir, ignore_errors=True)
    print("difftest --check: %d files, %d mismatches" % (len(args.check), bad))
    return 1 if bad else 0


DEFAULT_SAVE = str(REPO / "target" / "difftest")

# Constructs the generator makes, for --stats (a regex over the program's source).
FEATURES = [
    ("def", r"(?m)^def "),
    ("call with keywords", r"\bf\d+\([^()]*\b[a-z]\w*=[^=]"),
    ("def writing its argument", r"(?m)^def f\d+\(x, val.*\n    x(\[[^\]]*\])? [-+*]?= "),
    ("f-string", r"\bf['\"]"),
    ("f-string spec", r"\bf['\"][^'\"\n]*\{[^{}'\"]*:[^{}'\"]*\}"),
    ("round/min/max", r"(?<![.\w])(round|min|max)\("),
    ("math.", r"\bmath\.\w"),
    ("np.full/full_like", r"np\.full(_like)?\("),
    ("np.eye/identity", r"np\.(eye|identity)\("),
    ("np.linspace", r"np\.linspace\("),
    ("transpose(axes)", r"transpose\(\w|transpose\(\(|transpose\(\[|transpose\(-"),
    ("swapaxes", r"swapaxes\("),
    ("expand_dims", r"expand_dims\("),
    ("squeeze", r"squeeze\("),
    ("ravel/flatten", r"\b(ravel|flatten)\("),
    ("stack/vstack/hstack", r"np\.(stack|vstack|hstack)\("),
    ("concatenate axis<0/None", r"concatenate\(.*axis=(-|None)"),
    ("x[..., k]", r"\[[^\[\]]*\.\.\.[^\[\]]*\]"),
    ("run-time slice x[i:i + 3]", r"\[([^\[\]]*, )?(i|j|jj|k)( [-+] \d+)?:(i|j|jj|k) \+ \d+"),
    ("list index x[[0, 2]]", r"\w\[([^\[\]]*, )?\[-?\d+(, -?\d+)*\]"),
    ("Python -> NumPy scalar in a loop", r"(?m)^(    )+(s|t|r|total|cnt|best|val|lo|hi|acc) (\+|-)?= .*\w\[[^\]]*\]"),
    # run-time extents (lang-spec/run-time-shapes.md; Gen.rt_*)
    ("run-time slice bound x[:i], A[i, :j]", r"\w\[(?:[^\[\]]*, )?[^\[\],]*:[- (]*(?:\d+ [-*] )?\b(?:i|j|nr\d+|len\(\w+\))\b(?! \+ \d+[\],])"),
    ("run-time slice start x[i:], x[k:-k]", r"\w\[(?:[^\[\]]*, )?[- (]*\b(?:i|j|nr\d+)\b[^:\[\],]*:(?:-(?:i|j|nr\d+))?[\],]"),
    ("run-time slice step x[::s]", r"\w\[[^\[\]]*::[- (]*\b(?:i|j|nr\d+|len\(\w+\))"),
    ("run-time-extent local in a loop", r"(?m)^    +seg\d+ = "),
    ("top-level run-time-extent name", r"(?m)^(row|col|seg|win|sel|head|tail|part)(, \w+)? = "),
    ("np.zeros/ones of a run-time int", r"np\.(zeros|ones)\(\(?[^()]*\b(i|j|nr\d+|len\()"),
    ("np.arange of a run-time bound", r"np\.arange\([^()]*\b(i|j|nr\d+|len\()"),
    ("np.fromfunction of a run-time extent", r"np\.fromfunction\(lambda t"),
    ("boolean-mask read", r"(\b\w+)\[\1(\[[^\[\]]*\]|\.\w+\(axis=1\))? [<>=!]=? [^\]]*\]"),
    ("x[mask] op= v / x[mask] = values", r"(?m)^(\w+)\[\(?~?\1\b[^\n]*\] ([-+*/|&^]|//|\*\*|<<)?= "),
    ("x[np.array([...])] op= v", r"(?m)^\w+\[np\.array\(\[[^\]]*\]\)\] [-+*]?= "),
    ("np.nonzero/where(c)/flatnonzero/argwhere", r"np\.(nonzero|flatnonzero|argwhere)\(|np\.where\([^,()]*(\([^()]*\))?[^,()]*\)"),
    ("np.bincount", r"np\.bincount\("),
    ("np.bincount weights=/minlength=", r"np\.bincount\([^\n]*(weights|minlength)="),
    ("np.dot/@ of run-time extents", r"(np\.dot\(|@ )[^\n]*\[[^\[\]]*:[^\[\]]*\b(i|j|nr\d+)\b"),
    ("write into a run-time extent", r"(?m)^\s*\w+\[[^\]\n]*(:[^\]\n]*\b(i|j|nr\d+)\b(?! \+ \d)|\b(i|j|nr\d+)\b[^\]\n]*:)[^\]\n]*\] [-+*]?= |^\s*seg\d+(\[[^\]]*\])? [-+*]?= "),
    ("run-time extent of 1 or K broadcast", r"% 2 \* \d+ \+ 1(, :)?\]"),
    ("chained subscript assignment", r"(?m)^\s*\w+\[[^\]\n]*\] = \w+\[[^\]\n]*\] = "),
    ("sum/mean/max/min of a run-time extent", r"(seg\d+|\w\[[^\[\]]*\b(i|j|nr\d+)\b[^\[\]]*\])\.(sum|mean|max|min)\(\)"),
    # issue 10's features (XGen)
    ("complex values", r"\dj\b|complex"),
    ("complex @ / np.dot", r"(?m)^print\((np\.dot\()?[^\n]*(1j|\dj|complex)[^\n]*( @ |, )"),
    ("uint8/16/32/64, int8/16", r"np\.(uint(8|16|32|64|c)?|int8|int16|ubyte|ushort|byte|short)\b|'u?int(8|16|32)'|'uint64'"),
    ("shifts << >>", r"<<|>>"),
    ("np.iinfo", r"np\.iinfo\("),
    ("list value", r"(?m)^L\d+ = "),
    ("sorted/sum/min/max of a list", r"\b(sorted|sum|min|max)\(L\d+"),
    ("loop over a list or new dtype by index", r"(?m)^for xi\d+ in range"),
    ("np.split/vsplit/hsplit unpacked", r"= np\.(split|vsplit|hsplit)\("),
    ("np.partition/argpartition", r"\.(arg)?partition\("),
    ("stride tricks", r"stride_tricks\."),
    ("0-d array", r"(?m)^z\d+ = "),
    ("ufunc .at/.outer/.reduce/.accumulate", r"np\.\w+\.(at|outer|reduce|accumulate)\("),
    ("np.interp", r"np\.interp\("),
    ("np.linspace of run-time bounds", r"np\.linspace\([^)\n]*(\.min\(\)|\.max\(\)|\.sum\(\)|\b(s|t|r|total|cnt|best|val|lo|hi)\b)"),
    ("integer arrays among slices", r"\[(\.\.\.|:|\d+|[-\d]*:[-\d]*), (\[|np\.array\()|\[(\[|np\.array\()[^\]]*\]\)?(\.reshape\([^)]*\))?, (:|-?\d)"),
    ("np.ix_", r"np\.ix_\("),
    ("np.einsum", r"np\.einsum\("),
    ("np.histogram", r"np\.histogram\("),
    ("np.linalg.matrix_rank", r"matrix_rank\("),
]


def feature_stats(args, avoid):
    n = args.count
    hits = {name: 0 for name, _ in FEATURES}
    issue9 = {}
    errs = 0
    for i in range(args.start, args.start + n):
        classes = set()
        src, when = generate(args.seed, i, args.error_rate, avoid, classes)
        errs += when is not None
        for name, rx in FEATURES:
            if re.search(rx, src):
                hits[name] += 1
        for c in classes:
            issue9[c] = issue9.get(c, 0) + 1
    for name, _ in FEATURES:
        print("%6.1f%%  %s" % (100.0 * hits[name] / max(n, 1), name))
    for c in sorted(issue9):
        print("%6.1f%%  %s%s" % (100.0 * issue9[c] / max(n, 1), "" if c.startswith("(") else "issue 9 class ", c))
    print("%6.1f%%  (error-ending programs)" % (100.0 * errs / max(n, 1)))
    return 0


# A program's result takes at most about 5 minutes (generation 120 s, runs, shrinking 45 s plus
# its last trial); the pool never hands back the task of a worker that died (killed for memory).
STALL_S = 900


def _results_or_stall(it):
    import multiprocessing as mp
    while True:
        try:
            yield it.next(timeout=STALL_S)
        except StopIteration:
            return
        except mp.TimeoutError:
            print("difftest: no result for %d s (a worker died?); stopping" % STALL_S, flush=True)
            return


def main(argv=None):
    global LIMIT_TAIL_RATE, BIGINT_TAIL_RATE
    ap = argparse.ArgumentParser(description="differential tester: arrc vs CPython + NumPy")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--start", type=int, default=0, help="first program index (default 0)")
    ap.add_argument("--arrc", default=str(REPO / "target" / "release" / "arrc"))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--save-dir", default=DEFAULT_SAVE)
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--error-rate", type=float, default=0.1)
    ap.add_argument("--tail-rate", type=float, default=None,
                    help="share of programs not ending in an error that end past a limit, and as many "
                    "with Python ints past int64 (default %g each)" % LIMIT_TAIL_RATE)
    ap.add_argument("--avoid", default="", help="comma list of known arrc bugs the generator steers "
                    "clear of (or all): " + ", ".join(KNOWN_BUGS))
    ap.add_argument("--allow", default="", help="comma list of the names steered around by default "
                    "(open bugs found after CI's --avoid list was written) to generate anyway: "
                    + ", ".join(AVOID_BY_DEFAULT))
    ap.add_argument("--check", nargs="+", metavar="FILE",
                    help="compare these scripts (e.g. saved reproducers) instead of generating; "
                    "with --save-dir, write FILE's report as DIR/NAME.txt")
    ap.add_argument("--show", action="store_true", help="print the generated programs and stop")
    ap.add_argument("--stats", action="store_true",
                    help="print the share of generated programs using each construct (FEATURES) and stop")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    if args.tail_rate is not None:   # (module globals: the forked workers inherit them)
        LIMIT_TAIL_RATE = BIGINT_TAIL_RATE = args.tail_rate
    avoid = tuple(a for a in args.avoid.split(",") if a)
    if avoid == ("all",):
        avoid = tuple(KNOWN_BUGS)
    for a in avoid:
        if a not in KNOWN_BUGS:
            ap.error("--avoid: unknown name %r (known: %s, or all)" % (a, ", ".join(KNOWN_BUGS)))
    allow = [a for a in args.allow.split(",") if a]
    for a in allow:
        if a not in AVOID_BY_DEFAULT:
            ap.error("--allow: unknown name %r (known: %s)" % (a, ", ".join(AVOID_BY_DEFAULT)))
    avoid = tuple(sorted(set(avoid) | (set(AVOID_BY_DEFAULT) - set(allow))))
    if args.check:
        return check_files(args)
    if args.stats:
        return feature_stats(args, avoid)
    if args.show:
        for i in range(args.start, args.start + args.count):
            src, when = generate(args.seed, i, args.error_rate, avoid)
            print("# --- program %d (expected error: %s)" % (i, when or "none"))
            print(src)
        return 0
    if not os.access(args.arrc, os.X_OK):
        sys.exit("difftest: no arrc binary at %s (cargo build --release)" % args.arrc)
    # run a snapshot of the binary: others may rebuild target/release/arrc meanwhile
    snapdir = tempfile.mkdtemp(prefix="difftest-arrc-")
    arrc = os.path.join(snapdir, "arrc")
    shutil.copy2(args.arrc, arrc)
    save = Path(args.save_dir)
    save.mkdir(parents=True, exist_ok=True)
    for f in save.iterdir():
        if re.fullmatch(r"repro_\d+(\.orig)?\.(py|txt)", f.name):
            f.unlink()

    t0 = time.time()
    tasks = [(args.seed, i, args.error_rate, not args.no_shrink, avoid)
             for i in range(args.start, args.start + args.count)]
    results = []
    if args.jobs <= 1:
        _init_worker(arrc)
        it = map(work, tasks)
        pool = None
    else:
        import multiprocessing as mp
        pool = mp.get_context("fork").Pool(args.jobs, initializer=_init_worker, initargs=(arrc,))
        it = _results_or_stall(pool.imap(work, tasks))
    counts = {}
    groups = {}
    nrej = 0
    ngen_err = 0
    num = 0
    try:
        for res in it:
            if "gen_error" in res:
                ngen_err += 1
                print("program %d: generator failed: %s" % (res["index"], res["gen_error"]), flush=True)
                continue
            results.append(res)
            nrej += res["np_rejected"]
            if res["cls"] is not None:
                num += 1
                cls = res["cls"][0]
                counts[cls] = counts.get(cls, 0) + 1
                key = res["cls"][1]
                if isinstance(key, tuple):
                    key = " / ".join(key)
                key = re.sub(r"\d+", "N", key or "")[:110]
                groups.setdefault((cls, key), []).append("repro_%03d" % num)
                save_repro(save, num, res, args.seed)
                print("MISMATCH %s: program %d -> %s/repro_%03d.py  %s" % (
                    cls, res["index"], save, num, "" if res["cls"][1] is None else repr(res["cls"][1])[:200]),
                    flush=True)
            elif args.verbose:
                print("ok program %d (%.2fs)%s" % (res["index"], res["secs"],
                                                  " [numpy-rejected]" if res["np_rejected"] else ""), flush=True)
    finally:
        if pool is not None:
            pool.terminate()
        shutil.rmtree(snapdir, ignore_errors=True)
    if groups:
        print("mismatches by class and message (numbers replaced by N):")
        for (cls, key), idxs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print("  %4d  %-16s %s   e.g. %s" % (len(idxs), cls, key, ", ".join(idxs[:4])))
    n = len(results)
    parts = ["%d numpy-rejected" % nrej] + ["%d %s" % (v, k) for k, v in sorted(counts.items())]
    if ngen_err:
        parts.append("%d generator failures" % ngen_err)
    print("difftest: %d programs, %d mismatches (%s) in %.1fs" % (n, num, ", ".join(parts), time.time() - t0))
    return 1 if num else 0


if __name__ == "__main__":
    sys.exit(main())
