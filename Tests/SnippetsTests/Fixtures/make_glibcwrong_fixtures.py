#!/usr/bin/env python3
"""Writes what CPython and NumPy print for glibc's hypot, asin, acos, atan and atan2 where they are not correctly rounded.

Run: `python3 Tests/SnippetsTests/Fixtures/make_glibcwrong_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64 Linux with
glibc 2.36). It rewrites `interpreter/65-glibc-inverse-trig-and-hypot.txt`; rerunning gives identical bytes.

glibc 2.36's hypot, asin, acos, atan and atan2 are not correctly rounded: each differs from the correctly rounded value
in the last bit on a fraction of a percent of the inputs. CPython's math.asin, math.acos, math.atan and math.atan2 call
them, and so do `abs()` of a complex number (hypot), NumPy's float64 `np.hypot` (every layout) and NumPy's float64
`np.arcsin`, `np.arccos`, `np.arctan`, `np.arctan2` and complex `np.abs` for an operand NumPy reads backwards (its SIMD
loop takes the others). docbuild printed the correctly rounded digit there (or refused the reversed views). The inputs
below are found here: seeded random doubles on which the C library's result (through ctypes) differs from mpmath's
correctly rounded one, so every line shows the digit that matters. CPython 3.11's `math.hypot` is its own algorithm,
correctly rounded for two arguments, and is shown beside `abs(complex)` for the same points.

Found with them by `Fuzz/numpy_differential.py --grammar special` (seeds 603 and 605): NumPy's float64 `np.power` runs
glibc's pow for an operand it reads backwards (after its own -1, 0, 0.5, 1 and 2 for an exponent repeated over the
array), whose NaN signs differ from its SIMD loop's; and `np.nanmax`/`np.nanmin` keep the first of 0.0 and -0.0 in
their scalar loop (float16 always, float32 up to 16 elements, float64 up to 8). Past that the vector loop's lanes
decide, which docbuild refuses (WrongOutputRefusalTests.swift).
"""

import ctypes
import math
import pathlib
import random

import mpmath
import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "65-glibc-inverse-trig-and-hypot.txt"
LIBM = ctypes.CDLL("libm.so.6")
for _name, _arity in (("hypot", 2), ("asin", 1), ("acos", 1), ("atan", 1), ("atan2", 2)):
    getattr(LIBM, _name).restype = ctypes.c_double
    getattr(LIBM, _name).argtypes = [ctypes.c_double] * _arity
mpmath.mp.prec = 200

CORRECT = {
    "hypot": lambda x, y: float(mpmath.sqrt(mpmath.mpf(x) ** 2 + mpmath.mpf(y) ** 2)),
    "asin": lambda x: float(mpmath.asin(x)),
    "acos": lambda x: float(mpmath.acos(x)),
    "atan": lambda x: float(mpmath.atan(x)),
    "atan2": lambda y, x: float(mpmath.atan2(y, x)),
}


def misrounded(name, count, draw, rng):
    """`count` arguments on which glibc's `name` differs from the correctly rounded result."""
    found = []
    while len(found) < count:
        args = draw(rng)
        if getattr(LIBM, name)(*args) != CORRECT[name](*args):
            found.append(args)
    return found


def main():
    rng = random.Random(65)
    unit = lambda r: (r.uniform(-1, 1),)
    wide = lambda r: (r.uniform(-1, 1) * 2.0 ** r.randint(-8, 30),)
    pair = lambda r: (r.uniform(-4, 4) * 2.0 ** r.randint(-3, 3), r.uniform(-4, 4) * 2.0 ** r.randint(-3, 3))
    points = {
        "hypot": misrounded("hypot", 6, pair, rng),
        "asin": misrounded("asin", 6, unit, rng),
        "acos": misrounded("acos", 6, unit, rng),
        "atan": misrounded("atan", 6, wide, rng),
        "atan2": misrounded("atan2", 6, pair, rng),
    }
    hx = [x for x, _ in points["hypot"]]
    hy = [y for _, y in points["hypot"]]
    ty = [y for y, _ in points["atan2"]]
    tx = [x for _, x in points["atan2"]]
    statements = [
        "import math",
        f"hx = np.array({hx!r})",
        f"hy = np.array({hy!r})",
        "np.hypot(hx, hy).tolist()",
        "np.hypot(hx[::-1], hy[::-1]).tolist()",
        "[abs(complex(x, y)) for x, y in zip(hx.tolist(), hy.tolist())]",
        "[math.hypot(x, y) for x, y in zip(hx.tolist(), hy.tolist())]",
        "np.abs((hx + 1j * hy)[::-1]).tolist()",
        f"np.hypot(np.float64({hx[0]!r}), {hy[0]!r})",
    ]
    for name, ufunc in (("asin", "arcsin"), ("acos", "arccos"), ("atan", "arctan")):
        values = [x for (x,) in points[name]]
        statements += [
            f"{name[:2]}v = np.array({values!r})",
            f"[math.{name}(x) for x in {name[:2]}v.tolist()]",
            f"np.{ufunc}({name[:2]}v[::-1]).tolist()",
            f"np.{ufunc}({name[:2]}v[::-1].reshape(2, 3)[::-1, ::-1]).tolist()",
            f"math.{name}({values[0]!r})",
        ]
    statements += [
        f"ty = np.array({ty!r})",
        f"tx = np.array({tx!r})",
        "[math.atan2(y, x) for y, x in zip(ty.tolist(), tx.tolist())]",
        "np.arctan2(ty[::-1], tx[::-1]).tolist()",
        "np.arctan2(ty[::-1], tx[::-1].copy()).tolist()",
        "np.angle((tx + 1j * ty)[::-1]).tolist()",
        "np.angle((tx + 1j * ty)[::-1], deg=True).tolist()",
        f"np.arctan2({ty[0]!r}, tx[:1][::-1]).tolist()",
        "np.arctan2(np.array([2.0, -0.0, np.inf, -np.inf, np.nan, 1.0])[::-1], np.array([0.0, -1.0, np.inf, -5.0, 1.0, -np.inf])).tolist()",
        "np.arcsin(np.array([2.0, -1.0, 1.0, np.nan, -0.0])[::-1]).tobytes().hex()",
        "np.arccos(np.array([2.0, -1.0, 1.0, np.nan, -0.0])[::-1]).tobytes().hex()",
        "np.arctan(np.array([np.inf, -np.inf, -0.0, 1e300, -1e-310])[::-1]).tolist()",
    ]
    # NumPy's float64 power runs glibc's pow for an operand it reads backwards (as arctan2 does), after its own -1, 0,
    # 0.5, 1 and 2 for an exponent repeated over the array; glibc's pow of a negative NaN to an odd power is positive.
    pw = [(rng.uniform(0.1, 3), rng.uniform(-30, 30)) for _ in range(6)]
    statements += [
        f"pb = np.array({[b for b, _ in pw]!r})",
        f"pe = np.array({[e for _, e in pw]!r})",
        "[math.pow(b, e) for b, e in zip(pb.tolist(), pe.tolist())] == np.power(pb[::-1], pe[::-1]).tolist()[::-1]",
        "np.power(pb[::-1], pe[::-1]).tolist()",
        "np.power(pb, pe[::-1]).tolist()",
        "np.power(pb[::-1], 2.5).tolist()",
        "n = np.array([np.nan, -np.nan, -np.inf, np.inf, -0.0, 0.0, -7.0, 2.0, 0.5, -1.0])",
        "n16 = n.astype(np.float16)",
        "np.signbit(np.power(n * 0, n[::-1])).tolist()",
        "np.signbit(np.sinh(np.power(n * 0, n[::-1]))).sum()",
        "v = np.array([-0.0, -np.inf, 4.0, -np.nan, np.nan])",
        "[np.signbit(np.power(v[::-1], e)).tolist() for e in (-1.0, 0.0, 0.5, 1.0, 2.0, 3.0)]",
        "[np.signbit(np.power(v[::-1], np.array([e]))).tolist() for e in (1.0, 3.0)]",
        "np.signbit(np.power(np.array([-np.nan, np.nan, 2.0])[::-1], np.array([np.nan, -7.0, -7.0]))).tolist()",
        # nanmax and nanmin keep the first of 0.0 and -0.0 in their scalar loop.
        "np.signbit(np.nanmax((np.float64(-0.0) / n16[::2]))).sum()",
        "np.signbit(np.nanmin(np.array([np.nan, -0.0, 0.0, 1.0]))), np.signbit(np.nanmin(np.array([0.0, np.nan, -0.0])))",
        "np.signbit(np.nanmax(np.array([-0.0, -1.0, 0.0], np.float32))), np.signbit(np.nanmax(np.array([0.0, -0.0] * 8, np.float32)))",
        "np.signbit(np.nanmax(np.array([-0.0, 0.0] * 4))), np.signbit(np.nanmin(np.array([0.0] + [-0.0] * 20, np.float16)))",
        "np.nanmax(np.array([-0.0, np.nan, 0.0, -3.0])), np.nanmin(np.array([[0.0, -0.0], [np.nan, 2.0]]))",
    ]
    write_transcript(
        OUTPUT,
        f"# 65-glibc-inverse-trig-and-hypot: generated by make_glibcwrong_fixtures.py from NumPy {np.__version__}.",
        statements,
        {"np": np},
        quiet=True,
    )


if __name__ == "__main__":
    main()
