#!/usr/bin/env python3
r"""arrc's oracle: run the examples with CPython + NumPy and record what they print.

arrc itself is never used here. The expected output of every example is what NumPy printed.

Usage (with the venv python, see tools/setup-venv.sh):

    .venv/bin/python tools/oracle.py                 # regenerate every .out/.err under examples/
    .venv/bin/python tools/oracle.py --check         # regenerate in memory, diff, exit 1 on change
    .venv/bin/python tools/oracle.py [--check] FILE_OR_DIR...   # only these examples

What is run, and what is written next to each example NAME.py / NAME.ipynb:

- `NAME.py` runs like `python NAME.py`: cwd = the file's directory, PYTHONHASHSEED=0,
  sys.argv = [path]; its stdout (bytes, as printed) -> `NAME.out`.
- `NAME.ipynb` runs with the notebook rules of shared/tools/nbrun.py (re-implemented below in
  `run_notebook`): code cells in order in one namespace; a cell's last statement, when it is a
  bare expression whose line does not end with ';' and whose value is not None, is shown as
  repr(value); `%time STMT` prints IPython's two lines `CPU times: ...` and `Wall time: ...`
  and, as a cell's last line with an expression, shows its value. Stdout -> `NAME.out`.
- Under examples/errors/ a script must raise. Its stdout up to the exception -> `NAME.out`, and
  `NAME.err` holds exactly one line `LINE: TYPE: MESSAGE\n`: LINE is the 1-based line of the
  innermost traceback frame whose file is the script, TYPE is the exception's type as the last
  line of CPython's traceback names it (`ValueError`; outside builtins module and qualified
  name: `numpy.exceptions.AxisError`, `numpy.linalg.LinAlgError`), MESSAGE is str(exception),
  byte for byte (trailing spaces kept); an exception whose str() is empty is `LINE: TYPE`, as
  the traceback shows it. A script there that does not raise is an error of the example. Anywhere else,
  an example that raises is an error of the example.
- A top-level example named `warn_*.py` also gets `NAME.warn`: its stderr, which holds the
  RuntimeWarnings NumPy printed through Python's `warnings` module (`PATH:LINE:
  RuntimeWarning: MESSAGE` and the stripped source line indented by two spaces), with the
  script's path written as just its file name `NAME.py`. tests/golden.rs compares arrc's
  stderr with it the same way. A warning raised inside NumPy's own Python files (its
  reductions run through `numpy/_core/_methods.py`, `fromnumeric.py`) is printed as if raised
  at the innermost script frame that called into NumPy: the script's file name, that frame's
  line and its stripped source line, exactly as Python prints a warning raised at the
  script's line. Which repeats Python suppresses is left as Python decided it: its registry
  saw NumPy's file and line, so the same message from another script line that reaches the
  same NumPy line is not printed again.
- examples/unsupported/ is skipped: those scripts are outside the language and carry their
  expectation in a first line `# expect-error: LINE:COL: MESSAGE` (1-based; COL is the
  offending construct's first character). The oracle only checks that the line is there and,
  when CPython itself rejects the file with a SyntaxError, that LINE and MESSAGE are CPython's
  (lineno, and `TYPE: msg` as its traceback ends: `SyntaxError: expected ':'`,
  `IndentationError: ...`); COL is arrc's own choice and may differ from CPython's offset.

When regenerating, a file whose masked content is unchanged is left as it is, so that id()
values and timings do not churn.

MASKS -- the Rust test harness re-implements exactly these rules (see `mask_output`). Both the
expected and the actual output are masked, then compared byte for byte. The output is split
into lines on '\n' (a final '\n' is set aside first and put back after, so it does not make an
extra empty line); line numbers are 1-based.

  1. always: a line that starts with `CPU times: ` becomes exactly `CPU times: <masked>`, and a
     line that starts with `Wall time: ` becomes exactly `Wall time: <masked>`.
  NAME.mask, an optional sidecar file, holds one rule per line (blank lines and lines starting
  with '#' are ignored):
  2. `random A-B` rules, taken in increasing order of A (ranges must not overlap). A..B are the
     lines, in the committed NAME.out, that show values drawn without a seed. Because NumPy
     picks scientific notation (and so a different line wrapping) when the drawn values happen
     to span more than 1e3, the same print can take another number of lines in another run;
     so the region is found in each output separately. All line numbers below refer to the
     output before any region is replaced. Keep an offset D, starting at 0. For
     each rule: S = A + D. If line S contains `[`, the region ends at the first line E >= S
     where the count of `[` minus the count of `]`, summed over lines S..E, is <= 0 (or at the
     last line if it never is); otherwise E = min(B + D, last line). (If S is past the last
     line, this rule and the later ones are ignored.) Lines S..E are replaced by one line: their
     concatenation (no separator), in which every match of the regex
     `-?[0-9]+(\.[0-9]*)?(e[-+]?[0-9]+)?` (leftmost-first, non-overlapping) becomes `#` and
     then every space is deleted. Then D += (E - S) - (B - A).
     So `array([[ 0.2263, -1.4942],` / `       [ 1.5, 0.9]])` (2 lines) and the wrapped
     scientific `array([[ 2.2e-01,` / `        -1.4e+00],` / `       [ 1.5e+00,  9.0e-04]])`
     (3 lines) both become the single line `array([[#,#],[#,#]])`.
  3. `id`: on every line, each match of the regex `[0-9]{9,}` (a run of 9 or more ASCII digits,
     leftmost-first, non-overlapping) becomes `<id>`.
  Any other rule is an error. Masks apply to .out files only, never to .err. The oracle also
  checks that each `random A-B` fits the committed NAME.out (an array starting on line A ends
  on line B there).
"""
import argparse
import ast
import difflib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
ERRORS = EXAMPLES / "errors"
UNSUPPORTED = EXAMPLES / "unsupported"
# torch scripts: their expected outputs were recorded with real torch (shared/conformance/torch,
# `NAME.cpu.out` / `NAME.cuda.out`); this NumPy oracle neither runs nor checks them.
TORCH = EXAMPLES / "torch"
SOURCE_SUFFIXES = (".py", ".ipynb")
EXPECT_ERROR = re.compile(r"# expect-error: ([0-9]+):([0-9]+): (.+)")

ID_RE = re.compile(r"[0-9]{9,}")
NUMBER_RE = re.compile(r"-?[0-9]+(\.[0-9]*)?(e[-+]?[0-9]+)?")
RANDOM_RULE = re.compile(r"random ([0-9]+)-([0-9]+)")


def mask_output(text, rules):
    """Mask what differs from run to run in an example's stdout (rules in the header above).

    `text` is the whole output, `rules` the lines of the example's .mask file (may be empty).
    Order: the %time lines, then the `random A-B` regions (each collapsed to one line with
    numbers as `#` and no spaces, its end found by balancing brackets), then `id`.
    """
    final = "\n" if text.endswith("\n") else ""
    lines = text[: len(text) - len(final)].split("\n")
    for i, line in enumerate(lines):
        if line.startswith("CPU times: "):
            lines[i] = "CPU times: <masked>"
        elif line.startswith("Wall time: "):
            lines[i] = "Wall time: <masked>"
    ranges, mask_ids = [], False
    for rule in rules:
        rule = rule.strip()
        m = RANDOM_RULE.fullmatch(rule)
        if not rule or rule.startswith("#"):
            continue
        elif rule == "id":
            mask_ids = True
        elif m and 1 <= int(m.group(1)) <= int(m.group(2)):
            ranges.append((int(m.group(1)), int(m.group(2))))
        else:
            raise ValueError(f"unknown mask rule {rule!r}")
    ranges.sort()
    if any(b1 >= a2 for (_, b1), (a2, _) in zip(ranges, ranges[1:])):
        raise ValueError(f"overlapping random ranges {ranges}")
    offset, regions = 0, []
    for first, last in ranges:
        start = first + offset - 1  # 0-based, in the unmasked lines
        if start >= len(lines):
            break
        if "[" in lines[start]:
            end, depth = start, 0
            while True:
                depth += lines[end].count("[") - lines[end].count("]")
                if depth <= 0 or end == len(lines) - 1:
                    break
                end += 1
        else:
            end = min(last + offset, len(lines)) - 1
        regions.append((start, end))
        offset += (end - start) - (last - first)
    for start, end in reversed(regions):
        lines[start:end + 1] = [NUMBER_RE.sub("#", "".join(lines[start:end + 1])).replace(" ", "")]
    if mask_ids:
        lines = [ID_RE.sub("<id>", line) for line in lines]
    return "\n".join(lines) + final


def check_mask(text, rules):
    """A `random A-B` rule must describe the committed output: its region there is A..B."""
    final = "\n" if text.endswith("\n") else ""
    lines = text[: len(text) - len(final)].split("\n")
    problems = []
    for rule in rules:
        m = RANDOM_RULE.fullmatch(rule.strip())
        if not m:
            continue
        first, last = int(m.group(1)), int(m.group(2))
        if last > len(lines):
            problems.append(f"`{rule.strip()}` goes past the last line ({len(lines)})")
            continue
        if "[" in lines[first - 1]:
            depth, end = 0, first - 1
            while end < len(lines):
                depth += lines[end].count("[") - lines[end].count("]")
                if depth <= 0:
                    break
                end += 1
            if end + 1 != last:
                problems.append(f"`{rule.strip()}`: the array starting on line {first} ends on "
                                f"line {end + 1}")
    return problems


# --- running one example (in a child interpreter) -------------------------------------------

def format_time(seconds, precision=3):
    """IPython's _format_time: 3 significant digits in s / ms / µs / ns, minutes past 60 s."""
    if seconds >= 60.0:
        minutes, sec = divmod(seconds, 60.0)
        hours, minutes = divmod(minutes, 60.0)
        parts = [(hours, "h"), (minutes, "min"), (sec, "s")]
        return " ".join(f"{int(v)}{u}" for v, u in parts if v)
    units = ["s", "ms", "\xb5s", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    order = min(-int(math.floor(math.log10(seconds)) // 3), 3) if seconds > 0.0 else 3
    return "%.*g %s" % (precision, seconds * scaling[order], units[order])


def timed(thunk):
    t0, w0 = os.times(), time.perf_counter()
    value = thunk()
    t1, w1 = os.times(), time.perf_counter()
    user, system = t1.user - t0.user, t1.system - t0.system
    print(f"CPU times: user {format_time(user)}, sys: {format_time(system)}, "
          f"total: {format_time(user + system)}")
    print(f"Wall time: {format_time(w1 - w0)}")
    return value


def run_cell(source, env, name):
    """One code cell, with nbrun.py's rules for `%time` and for showing the last value."""
    lines = source.split("\n")
    body = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith("%time "):
            indent = line[: len(line) - len(stripped)]
            body.append(f"{indent}__nb_time__({stripped[len('%time '):]!r})")
        elif stripped.startswith("%"):
            raise SystemExit(f"oracle: unsupported magic: {stripped}")
        else:
            body.append(line)
    tree = ast.parse("\n".join(body), name)
    if not tree.body:
        return
    last = tree.body[-1]
    show = isinstance(last, ast.Expr) and not body[last.end_lineno - 1].rstrip().endswith(";")
    head = ast.Module(body=tree.body[:-1] if show else tree.body, type_ignores=[])
    exec(compile(head, name, "exec"), env)
    if show:
        value = eval(compile(ast.Expression(last.value), name, "eval"), env)
        if value is not None:
            print(repr(value))


def run_notebook(path):
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    env = {"__name__": "__main__"}

    def nb_time(src):
        try:
            code = compile(src, "<cell>", "eval")
            return timed(lambda: eval(code, env))
        except SyntaxError:
            code = compile(src, "<cell>", "exec")
            return timed(lambda: exec(code, env))

    env["__nb_time__"] = nb_time
    for n, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            src = cell["source"]
            run_cell("".join(src) if isinstance(src, list) else src, env, f"<cell {n}>")
            sys.stdout.flush()


def attribute_numpy_warnings_to(path):
    """Print a warning raised in NumPy's files at the innermost frame of the script `path`.

    The location NumPy's internals give depends on the venv's place and NumPy's sources, which
    a compiled program cannot know; the script line of the call is what the user wrote. Only
    the printing changes: Python's once-per-location registry has already seen NumPy's line.
    """
    import warnings

    import numpy

    numpy_dir = os.path.dirname(numpy.__file__) + os.sep
    show = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        if filename.startswith(numpy_dir):
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename != path:
                frame = frame.f_back
            if frame is not None:
                filename, lineno, line = path, frame.f_lineno, None
        show(message, category, filename, lineno, file, line)

    warnings.showwarning = showwarning


def traceback_type_name(cls):
    """The exception type as the last line of a traceback shows it (the rule of the traceback
    module's `TracebackException.format_exception_only`): the qualified name, prefixed by its
    module unless that is `builtins` or `__main__`."""
    module = cls.__module__
    if module in ("__main__", "builtins"):
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def child_main(path, result_file):
    """Runs in the child: execute one example, record an escaping exception in result_file."""
    import runpy
    import traceback

    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    attribute_numpy_warnings_to(path)
    try:
        if path.endswith(".ipynb"):
            run_notebook(path)
        else:
            runpy.run_path(path, run_name="__main__")
    except BaseException as exc:  # noqa: BLE001 -- every escape is data for the parent
        sys.stdout.flush()
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == path]
        line = frames[-1].lineno if frames else None
        if line is None and isinstance(exc, SyntaxError) and exc.filename == path:
            line = exc.lineno
        record = {"line": line, "message": str(exc), "type": traceback_type_name(type(exc)),
                  "traceback": "".join(traceback.format_exception(exc))}
        Path(result_file).write_text(json.dumps(record), encoding="utf-8")
    sys.stdout.flush()


# --- the parent: run, compare, write --------------------------------------------------------

class ExampleError(Exception):
    """The example itself is wrong (raises when it should not, or the reverse)."""


def run_example(src):
    """Run one example in a fresh interpreter; return {suffix: bytes} of the files it implies."""
    with tempfile.TemporaryDirectory() as tmp:
        result_file = os.path.join(tmp, "result.json")
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--_child", str(src), result_file],
            cwd=src.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            raise ExampleError(f"interpreter exited with {proc.returncode}:\n"
                               + proc.stderr.decode("utf-8", "replace"))
        record = None
        if os.path.exists(result_file):
            record = json.loads(Path(result_file).read_text(encoding="utf-8"))
    files = {".out": proc.stdout}
    if is_warn_example(src):
        stderr = proc.stderr.decode("utf-8")
        files[".warn"] = "".join(
            src.name + line[len(str(src)):] if line.startswith(str(src) + ":") else line
            for line in stderr.splitlines(keepends=True)).encode("utf-8")
    expect_raise = ERRORS in src.parents
    if expect_raise and src.suffix != ".py":
        raise ExampleError("only .py scripts may live under examples/errors/")
    if record and not expect_raise:
        raise ExampleError("raised:\n" + record["traceback"])
    if expect_raise:
        if not record:
            raise ExampleError("is under examples/errors/ but did not raise")
        if record["line"] is None or "\n" in record["message"]:
            raise ExampleError("error has no line in the script or a multi-line message:\n"
                               + record["traceback"])
        last = record["type"] + (f": {record['message']}" if record["message"] else "")
        files[".err"] = f"{record['line']}: {last}\n".encode("utf-8")
    return files


def is_warn_example(src):
    """Whether the example's warnings on stderr are recorded (`NAME.warn`)."""
    return src.parent == EXAMPLES and src.name.startswith("warn_") and src.suffix == ".py"


def check_unsupported(src):
    """The `# expect-error:` header is present and agrees with CPython's own SyntaxError."""
    text = src.read_text(encoding="utf-8")
    m = EXPECT_ERROR.fullmatch(text.split("\n", 1)[0])
    if not m:
        return "first line must be `# expect-error: LINE:COL: MESSAGE`"
    try:
        compile(text, str(src), "exec")
    except SyntaxError as exc:
        # CPython's column is not always the construct's first character (an inconsistent
        # dedent is reported past the end of the line), so only line and wording must agree.
        said = f"{traceback_type_name(type(exc))}: {exc.msg}"
        if (str(exc.lineno), said) != (m.group(1), m.group(3)):
            return (f"CPython says `{exc.lineno}:{exc.offset}: {said}`, the header says "
                    f"`{m.group(0)}`")
    return None


def discover(args):
    """The example sources named by args (files or directories), or all of examples/."""
    roots = [Path(a).resolve() for a in args] or [EXAMPLES]
    found = []
    for root in roots:
        if root.is_dir():
            found += [p for p in sorted(root.rglob("*")) if p.suffix in SOURCE_SUFFIXES
                      and ".ipynb_checkpoints" not in p.parts and TORCH not in p.parents]
        elif root.suffix in SOURCE_SUFFIXES and root.exists():
            found.append(root)
        else:
            raise SystemExit(f"oracle: not an example: {root}")
    return sorted(set(found))


def stale_files():
    """Expected-output files under examples/ with no example that produces them."""
    stale = []
    for p in sorted(EXAMPLES.rglob("*")):
        if p.suffix not in (".out", ".err", ".mask", ".warn") or UNSUPPORTED in p.parents or TORCH in p.parents:
            continue
        sources = [p.with_suffix(s) for s in SOURCE_SUFFIXES if p.with_suffix(s).exists()]
        if not sources or (p.suffix == ".err" and ERRORS not in p.parents) or (
                p.suffix == ".warn" and not is_warn_example(sources[0])):
            stale.append(p)
    return stale


def rel(p):
    return os.path.relpath(p, Path.cwd())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; diff against the committed files, exit 1 if any "
                             "differs")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 4)
    parser.add_argument("paths", nargs="*", help="examples (files or directories) to run")
    if len(sys.argv) == 4 and sys.argv[1] == "--_child":
        return child_main(sys.argv[2], sys.argv[3])
    opts = parser.parse_args()

    try:
        import numpy
    except ImportError:
        raise SystemExit("oracle: numpy is not installed for this python; run "
                         "tools/setup-venv.sh and use the python it prints")
    if not numpy.__version__.startswith("2.4."):
        raise SystemExit(f"oracle: refusing to run with NumPy {numpy.__version__}; the examples "
                         f"are NumPy 2.4.x (tools/setup-venv.sh)")
    print(f"oracle: CPython {sys.version.split()[0]}, NumPy {numpy.__version__} "
          f"({sys.executable})")

    sources = discover(opts.paths)
    problems, changed, written = [], 0, 0
    runnable = []
    for src in sources:
        if UNSUPPORTED in src.parents:
            why = check_unsupported(src) if src.suffix == ".py" else None
            if why:
                problems.append(f"{rel(src)}: {why}")
        else:
            runnable.append(src)

    def job(src):
        try:
            return src, run_example(src), None
        except ExampleError as exc:
            return src, None, str(exc)

    with ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        results = list(pool.map(job, runnable))

    for src, files, err in results:
        if err:
            problems.append(f"{rel(src)}: {err}")
            continue
        mask_file = src.with_suffix(".mask")
        rules = mask_file.read_text(encoding="utf-8").split("\n") if mask_file.exists() else []
        for suffix in (".out", ".err", ".warn"):
            target = src.with_suffix(suffix)
            new = files.get(suffix)
            old = target.read_bytes() if target.exists() else None
            if new is None:
                if old is not None:
                    problems.append(f"{rel(target)}: stale (the example does not produce it)")
                continue
            use = rules if suffix == ".out" else []
            try:
                same = old is not None and (mask_output(old.decode("utf-8"), use)
                                            == mask_output(new.decode("utf-8"), use))
            except (ValueError, UnicodeDecodeError) as exc:
                problems.append(f"{rel(mask_file)}: {exc}")
                continue
            kept = old if same or opts.check else new
            if suffix == ".out" and kept is not None:
                problems += [f"{rel(mask_file)}: {why}"
                             for why in check_mask(kept.decode("utf-8"), use)]
            if same:
                continue
            changed += 1
            if opts.check:
                a = mask_output(old.decode("utf-8"), use) if old is not None else ""
                b = mask_output(new.decode("utf-8"), use)
                sys.stdout.writelines(difflib.unified_diff(
                    a.splitlines(keepends=True), b.splitlines(keepends=True),
                    f"a/{rel(target)} (committed)", f"b/{rel(target)} (numpy)"))
                if not b.endswith("\n") or (a and not a.endswith("\n")):
                    print("\n\\ (final newline differs or is missing)")
            else:
                target.write_bytes(new)
                written += 1

    if not opts.paths:
        problems += [f"{rel(p)}: stale (no example produces it)" for p in stale_files()]
    for p in problems:
        print(f"oracle: error: {p}", file=sys.stderr)
    n = len(runnable)
    if opts.check:
        print(f"oracle: checked {n} examples: {changed} differ, {len(problems)} problems")
        return 1 if changed or problems else 0
    print(f"oracle: ran {n} examples: {written} files written, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
