#!/usr/bin/env python3
"""Generate runtime/tests/data/pyfmt_cases.tsv from CPython (run with the project's venv).

    .venv/bin/python tools/gen_pyfmt_cases.py

The cases are checked by runtime/tests/pyfmt.rs (`cargo test -p arrc-runtime --test pyfmt`)
against the Rust port of the format-spec mini-language in runtime/src/pyfmt.rs. Deterministic:
regenerating with the same CPython (3.11) gives the same file.

Format: one case per line, fields separated by TAB; lines starting with '#' are comments.

    KIND VALUE SPEC RESULT          format(value, spec)
    round VALUE NDIGITS RESULT      round(float, ndigits), RESULT `=` + the float's bits in hex
    roundint VALUE NDIGITS RESULT   round(int, ndigits), RESULT `=` + the int in decimal

KIND is int, bool, float or str. VALUE is decimal for ints, 0/1 for bools, the IEEE bit
pattern in 16 hex digits for floats, the text itself for strs. RESULT is `=` followed by
format(value, spec), or `!` followed by the message of the ValueError/OverflowError it raised.
Texts escape backslash, newline and tab as \\\\, \\n and \\t.
"""

import os
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "runtime", "tests", "data", "pyfmt_cases.tsv")


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def f64hex(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, -1234, 65, 1234567, -1234567, 999999,
        2**31, -(2**31), 2**53 + 1, 2**63 - 1, -(2**63), 10**15, 0x10FFFF, 0x110000]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1 / 3, 2 / 3, 0.1, 0.2,
          3.14159265358979, -3.14159265358979, 2.675, 1.005, 123.456, -123.456, 1234.5,
          1234567.891, 1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e100, 1e300, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 1e-5, 1e-4, 0.0001234, 9.999e-5, 0.00099999, 99.995,
          0.995, 9.5, 10.5, 0.05, 0.045, 1e-10, 123456789.0, 100.0, 1e6, 12345.6789,
          float("inf"), float("-inf"), float("nan"), -float("nan"), 0.30000000000000004,
          2**53 + 0.0, 6.02214076e23, -6.62607015e-34, 0.6666666865348816, 100000.0, 0.999999]
STRS = ["", "a", "abc", "hello", "héllo", "x y", "snake_case"]

NUMERIC_SPECS = [
    "", "d", "5", "05", "010", "<6", ">6", "^6", "^7", "=8", "*^9", "0<8", "x>8", "+", "-", " ",
    "+5", " 5", "+05", ",", "_", "10,", "010,", "015,", "+,", ",d", "_d", "_x", "_b", "_o", "_X",
    "x", "X", "#x", "#X", "#010x", "o", "#o", "b", "#b", "#010b", "c", "n", "08n", "+d", "#d",
    "e", "E", ".0e", ".2e", "8.2e", ".3e", "+.3e", "12.4E", "f", "F", ".0f", ".1f", ".2f", ".3f",
    "8.2f", "+.2f", " .2f", "08.2f", "-08.2f", ",.2f", "_.3f", "015,.2f", "#.0f", "z.1f", "z.2f",
    "z", "g", "G", ".0g", ".1g", ".2g", ".3g", ".10g", ".17g", "#g", "#.3g", "10.4g", "n",
    ".3n", "%", ".0%", ".1%", ".2%", "8.1%", ".3", ".1", ".0", ".12", "10.3", "#", "#.0",
    "10", "<10", "^10.2f", "=+10.2f", "*<12.3e", ".50f", ".30e", ".25g", ",g", ",.2e",
    # invalid ones
    "q", "s", "xx", ".", "5.", ",_", "_,", ",x", ",b", ",c", "_c", ",s", "+c", "#c", "z",
    "zd", ".2d", ".2x", "=5s", "#s", "+s", " s", "z5s", "!", "5.2.1", ",,", "__", "y",
]

STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "-<8", ".2", ".0", "8.3", ">8.3s",
             "05", "0>5", "=5", "+", " ", "#", "z", ",", "_", "d", "x", "10,", "5.", "ss"]


def case(kind, value, text, spec):
    try:
        res = "=" + format(value, spec)
    except (ValueError, OverflowError) as e:
        res = "!" + str(e)
    return "\t".join([kind, text, spec, esc(res)])


def main():
    lines = []
    for spec in NUMERIC_SPECS:
        for v in INTS:
            lines.append(case("int", v, str(v), spec))
        for b in (False, True):
            lines.append(case("bool", b, str(int(b)), spec))
        for x in FLOATS:
            lines.append(case("float", x, f64hex(x), spec))
    for spec in STR_SPECS:
        for s in STRS:
            lines.append(case("str", s, esc(s), spec))
    for x in FLOATS + [0.5, 1.5, 2.675, 0.285, 1.015, 5e-5, 125.0, 135.0, 1250.0, 1350.0, 15.0, 25.0]:
        for n in [0, 1, 2, 3, 5, 10, 17, 300, 323, 400, -1, -2, -3, -10, -100, -308, -400]:
            try:
                r = "=" + f64hex(round(x, n))
            except OverflowError as e:
                r = "!" + str(e)
            lines.append("\t".join(["round", f64hex(x), str(n), r]))
    for v in INTS + [15, 25, -15, -25, 150, 250, 5, -5, 49, 51]:
        for n in [0, 2, -1, -2, -3, -18, -19, -20]:
            r = round(v, n)
            if -(2**63) <= r < 2**63:  # Python ints beyond int64 are outside the language
                lines.append("\t".join(["roundint", str(v), str(n), "=" + str(r)]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# format(value, spec) from CPython; see tools/gen_pyfmt_cases.py\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{len(lines)} cases -> {OUT}")


if __name__ == "__main__":
    main()
