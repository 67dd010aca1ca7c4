#!/usr/bin/env python3
"""Writes what NumPy prints for `**` and np.power of float64 arrays where Intel SVML's vector pow hands a pair to its
scalar fallback (docbuild's Sources/CKernels/numpy_power_rare.c): negative bases with integer exponents, a negative
base with one that is not an integer (nan), results near the overflow and in the subnormal range, the special values;
and for np.cosh beyond |x| = 707.69, where SVML's cosh hands the element to its own fallback.

Run: `python3 Tests/SnippetsTests/Fixtures/make_powrare_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64 Linux with
AVX-512, where NumPy runs SVML's `__svml_pow8_ha`). It rewrites `interpreter/82-svml-power-and-cosh-fallbacks.txt`; rerunning
gives identical bytes.

The bases of the first arrays are seeded random doubles on which NumPy's x ** 3 (and x ** k) differs from mpmath's
correctly rounded power in the last bit, so every such line shows a digit a correctly rounded pow would print
otherwise. Then the exponent as a Python int or float, a NumPy scalar, an int64 array (cast to float64, the same
loop), and the exponents NumPy's loop computes itself when one exponent covers the array (2 as x * x, 0.5 the square
root, 1, 0, -1). The cosh arguments are likewise ones where NumPy's cosh is not the correctly rounded value.
"""

import pathlib
import random

import mpmath
import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "82-svml-power-and-cosh-fallbacks.txt"
mpmath.mp.prec = 200


def misrounded(count, draw, exponent, rng):
    """`count` bases x (from `draw`) whose np.power(x, exponent) in an array is not the correctly rounded power."""
    found = []
    while len(found) < count:
        x = draw(rng)
        numpy = float(np.power(np.array([x, x]), np.array([exponent, exponent]))[0])
        if numpy != float(mpmath.mpf(x) ** exponent):
            found.append(x)
    return found


def main():
    rng = random.Random(82)
    coshes = []
    while len(coshes) < 8:
        x = rng.uniform(707.7, 710.47) * rng.choice([-1, 1])
        if float(np.cosh(np.array([x, x]))[0]) != float(mpmath.cosh(x)):
            coshes.append(x)
    cubes = misrounded(12, lambda r: -r.uniform(0, 10), 3, rng)
    wide = [misrounded(1, lambda r: -r.uniform(1, 2) * 2.0 ** r.randint(-40, 40), k, rng)[0]
            for k in [3, 5, -3, 7, 4, -2, 9, 11, -5, 6]]
    statements = [
        f"x = np.array({cubes!r})",
        "(x ** 3).tolist()",
        "(x ** 3.0).tolist()",
        "np.power(x, 3).tolist()",
        "(x ** np.float64(3)).tolist()",
        "(x ** np.int64(3)).tolist()",
        "(x ** np.full(12, 3.0)).tolist()",
        "(x ** np.full(12, 3)).tolist()",
        "x ** 3",
        "np.set_printoptions(precision=17)",
        "x ** 3",
        "np.set_printoptions(precision=8)",
        f"w = np.array({wide!r})",
        "k = np.array([3, 5, -3, 7, 4, -2, 9, 11, -5, 6])",
        "(w ** k).tolist()",
        "np.power(w, k).tolist()",
        "(w ** k.astype(float)).tolist()",
        "(w ** k).dtype",
        # A 0-d array takes the ufunc's loop (a float64 NumPy scalar would take C's pow), and so do other integer
        # exponent dtypes and a broadcast; a base read backwards takes C's pow for each element in NumPy's loop.
        "a0 = np.array(x[0])",
        "(a0 ** 3).item()",
        "a0 ** 3",
        "np.power(a0, 3.0)",
        "x[0] ** 3",
        "np.power(w, k.astype(np.int32)).tolist()",
        "np.power(w[:4], np.array([3, 5, 253, 7], dtype=np.uint8)).tolist()",
        "(x[:3].reshape(3, 1) ** np.array([3.0, 5.0, -3.0])).tolist()",
        "(x[::-1] ** 3).tolist()",
        # NumPy's own loop for one exponent over the array: x * x, the square root, x, 1 and 1 / x.
        "(x ** 2).tolist()",
        "(x ** 0.5).tolist()",
        "(x ** 1).tolist()",
        "(x ** 0).tolist()",
        "(x ** -1).tolist()",
        "(x ** -2).tolist()",
        "(np.abs(x) ** 0.5).tolist()",
        # Mixed signs, integer and other exponents in one array.
        "a = np.array([-2.5, 3.75, -0.3, -7.0, 1.5, -1.25, 0.8, -4.0])",
        "b = np.array([3.0, -2.5, 0.5, -3.0, 7.25, 2.0, -11.0, 1.5])",
        "np.power(a, b).tolist()",
        "np.power(a, b)",
        "(a ** b).tolist()",
        "np.power(b, a).tolist()",
        # Results near and past the overflow and the subnormal range.
        "np.power(np.array([1.5, 1.0000001, 0.6, -1.5, -0.6, 2.0, 0.5]), "
        "np.array([1750.0, 7.1e9, 1350.0, 1751.0, -1357.0, 1023.5, 1074.5])).tolist()",
        "np.power(np.array([1.5, 0.6, -1.5, -0.6, 2.0]), np.array([-1780.0, 1440.0, -1779.0, 1457.0, -1080.0])).tolist()",
        "np.power(np.array([10.0, -10.0, 1e-5, -1e-5]), np.array([308.0, 307.0, 62.0, 61.0])).tolist()",
        "np.power(np.array([3.0, -3.0, 7.0, -7.0]), np.array([-676.0, -677.0, -381.0, -382.0])).tolist()",
        "np.power(np.array([5e-324, -5e-324, 1e-310, -1e-310]), np.array([0.5, 1.0, 1.5, 3.0])).tolist()",
        "np.power(np.array([2.0, -2.0, 0.5]), np.array([5e-324, -5e-324, 1e-310])).tolist()",
        # The special values: zeros, infinities, nan, -1 and 1 against every kind of exponent.
        "s = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, -1.0, 1.0, -2.0, 0.5])",
        "np.power(s, 3.0).tolist()",
        "np.power(s, -3.0).tolist()",
        "np.power(s, 2.5).tolist()",
        "np.power(s, -0.5).tolist()",
        "np.power(s, np.inf).tolist()",
        "np.power(s, -np.inf).tolist()",
        "np.power(s, np.nan).tolist()",
        "np.power(s, 0.0).tolist()",
        "np.power(s, np.full(9, 4.0)).tolist()",
        "np.power(s, np.full(9, -0.0)).tolist()",
        "np.signbit(np.power(s, np.full(9, -3.0))).tolist()",
        "np.signbit(np.power(s, np.full(9, 2.5))).tolist()",
        "np.power(s, 3)",
        "np.power(np.arange(-4, 5), 3.0).tolist()",
        "(np.arange(-4, 5) ** -3.0).tolist()",
        "(np.arange(-4.5, 4, 1.5) ** np.arange(-3, 3)).tolist()",
        # cosh beyond SVML's main path, up to and past the overflow.
        f"c = np.array({coshes!r})",
        "np.cosh(c).tolist()",
        "np.cosh(c)",
        "np.cosh(np.array([707.6998301008017, 710.4758600739439, 710.475860073944, -711.0, np.inf, -np.inf, np.nan])).tolist()",
    ]
    write_transcript(
        OUTPUT,
        f"# 82-svml-power-and-cosh-fallbacks: generated by make_powrare_fixtures.py from NumPy {np.__version__}.",
        statements,
        {"np": np},
        quiet=True,
    )


if __name__ == "__main__":
    main()
