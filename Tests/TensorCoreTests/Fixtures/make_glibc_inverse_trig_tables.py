#!/usr/bin/env python3
"""Writes Sources/CKernels/glibc_inverse_trig_table.h: the tables of glibc 2.36's atan and atan2 (uatan.tbl) and of its
asin and acos (asincos.tbl, root.tbl), read from glibc's published source and checked here with mpmath.

Run from the repository root: `python3 Tests/TensorCoreTests/Fixtures/make_glibc_inverse_trig_tables.py [GLIBC_GIT]`,
GLIBC_GIT a git directory of glibc (`git clone https://sourceware.org/git/glibc.git`; default the mirror
/work/.mirror/bminor+glibc/repo); the files are read at the tag glibc-2.36. The output is byte-identical on every
machine.

Why read them rather than derive them: IBM's tables hold, for each interval, a point x0 chosen by a search (so that the
function there is close to a short double), the function's value at x0 and polynomial coefficients that were fitted
over the interval, not the Taylor coefficients (the third and later differ from them from the 40th bit on). No rule
reproduces the fitted ones, so they are glibc's published constants, as the 1/c values of log in
make_glibc_math_tables.py are. What mathematics does fix is checked below, entry by entry, and the script stops if any
differs: atan(x0) and 1/(1 + x0^2) of uatan.tbl are the doubles nearest them; in asincos.tbl, each interval's first
coefficient is within 4 ulps of asin'(x0) (the later ones are fitted), and its value part
(high + low) is within 2^-63 of asin(x0) (the fit moves the constant term too, most near the
ends of the table); root.tbl's 128 starting guesses are within 1% of
1/sqrt at their intervals' points (the polynomial after them refines each).
"""

import os
import re
import struct
import subprocess
import sys

from mpmath import mp, mpf
import mpmath

mp.prec = 200
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUTPUT = os.path.join(ROOT, "Sources", "CKernels", "glibc_inverse_trig_table.h")
TAG = "glibc-2.36"


def glibc_file(git_dir, name):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{TAG}:sysdeps/ieee754/dbl-64/{name}"],
                          check=True, capture_output=True, text=True).stdout


def big_endian_doubles(text):
    """The doubles of a table's big-endian section, each written as two 32-bit words, high first."""
    section = text[text.index("#ifdef BIG_ENDI"):text.index("#else")]
    words = [int(w, 16) for w in re.findall(r"0[xX]([0-9A-Fa-f]{8})", section)]
    assert len(words) % 2 == 0
    return [struct.unpack(">d", struct.pack(">II", words[k], words[k + 1]))[0] for k in range(0, len(words), 2)]


def nearest(value):
    return float(value)


def check(condition, message):
    if not condition:
        sys.exit(f"make_glibc_inverse_trig_tables.py: {message}")


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/bminor+glibc/repo"
    atan_table = big_endian_doubles(glibc_file(git_dir, "uatan.tbl"))
    check(len(atan_table) == 241 * 7, f"uatan.tbl holds {len(atan_table)} doubles, not 241 * 7")
    for i in range(241):
        x0 = mpf(atan_table[7 * i])
        check(atan_table[7 * i + 1] == nearest(mpmath.atan(x0)), f"atan row {i}: the value is not atan(x0)")
        check(atan_table[7 * i + 2] == nearest(1 / (1 + x0 * x0)), f"atan row {i}: not 1/(1 + x0^2)")

    asin_table = big_endian_doubles(glibc_file(git_dir, "asincos.tbl"))
    check(len(asin_table) == 2568, f"asincos.tbl holds {len(asin_table)} doubles, not 2568")
    # e_asin.c's rows as (first index, width, first row number, rows, coefficients): at n = first + width * j, the
    # point x0, then the coefficients c1 ... cm of asin(x0 + z) - asin(x0) in powers of z, then asin(x0) as a low
    # and a high part (and, in the first two kinds, two words of the slow path glibc no longer has).
    kinds = [(0, 11, 0, 32, 6), (352, 11, 0, 64, 6), (1056, 12, 0, 64, 7), (992, 13, 64, 44, 8), (884, 14, 108, 8, 9),
             (768, 15, 116, 4, 10)]
    checked = 0
    for first, width, first_row, rows, m in kinds:
        for j in range(first_row, first_row + rows):
            n = first + width * j
            x0 = mpf(asin_table[n])
            derivatives = mpmath.taylor(mpmath.asin, x0, 1)
            first_coefficient = mpf(asin_table[n + 1])
            check(abs(first_coefficient - derivatives[1]) <= first_coefficient * mpf(2) ** -50, f"asin row at {n}: not asin'(x0)")
            low, high = asin_table[n + m + 1], asin_table[n + m + 2]
            check(abs(mpf(high) + mpf(low) - mpmath.asin(x0)) < mpf(2) ** -63, f"asin row at {n}: value off")
            checked += 1

    root_text = glibc_file(git_dir, "root.tbl")
    inverse_roots = [float(v) for v in re.findall(r"\d\.\d{14}", root_text)]
    check(len(inverse_roots) == 128, "root.tbl does not hold 128 values")
    for k, guess in enumerate(inverse_roots):
        # z's high word, bits 14..20: the interval [0.5, 2) in 128 steps, the first 64 below 1, the others above.
        point = mpf(0.5) + mpf(k) / 128 if k < 64 else 1 + mpf(k - 64) / 64
        check(abs(guess - 1 / mpmath.sqrt(point)) < 0.01, f"root.tbl entry {k} is not near 1/sqrt of its interval")

    lines = [
        "// Generated by Tests/TensorCoreTests/Fixtures/make_glibc_inverse_trig_tables.py from glibc 2.36's published",
        "// tables (IBM's fitted polynomials, checked there with mpmath); do not edit.",
        "#ifndef DOCBUILD_GLIBC_INVERSE_TRIG_TABLE_H",
        "#define DOCBUILD_GLIBC_INVERSE_TRIG_TABLE_H",
        "",
        "// atan: for 241 points x0 near (i + 16)/256, x0 then atan(x0) and the five coefficients of atan(x0 + z) - atan(x0).",
        "static const double glibc_atan_table[241][7] = {",
    ]
    for i in range(241):
        lines.append("    {" + ", ".join(atan_table[7 * i + j].hex() for j in range(7)) + "},")
    lines += ["};", "",
              "// asin and acos: rows of an interval point, its polynomial and asin there as high and low parts.",
              "static const double glibc_asin_table[2568] = {"]
    for k in range(0, 2568, 4):
        lines.append("    " + ", ".join(v.hex() for v in asin_table[k:k + 4]) + ",")
    lines += ["};", "",
              "// 1/sqrt at 128 points of [0.5, 2), the starting guesses of asin's square root near |x| = 1.",
              "static const double glibc_inverse_root_table[128] = {"]
    for k in range(0, 128, 4):
        lines.append("    " + ", ".join(v.hex() for v in inverse_roots[k:k + 4]) + ",")
    lines += ["};", "", "#endif", ""]
    with open(OUTPUT, "w") as out:
        out.write("\n".join(lines))
    print(f"wrote {OUTPUT}: 241 atan rows, 2568 asin entries ({checked} rows checked), 128 square root guesses")


if __name__ == "__main__":
    main()
