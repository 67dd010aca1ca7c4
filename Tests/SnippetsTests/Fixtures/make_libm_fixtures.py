#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the math functions docbuild took from the platform's C library or refused
before: glibc's erf, erfc, cbrt, exp2, asinh, acosh and atanh, and CPython's own gamma, lgamma, n-argument hypot, dist and fsum.

Run: `python3 Tests/SnippetsTests/Fixtures/make_libm_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64 Linux with
glibc 2.36). It rewrites `interpreter/69-libm-erf-cbrt-exp2-gamma-hypot.txt`; rerunning gives identical bytes.

The arguments are seeded random doubles on which CPython's result differs from mpmath's correctly rounded value in
the last bit (glibc's erf, erfc, cbrt, exp2, asinh, acosh and atanh are not correctly rounded, nor is CPython's Lanczos gamma), so every line
shows a digit that a correctly rounded library, or another platform's libm, would print otherwise. Then the errors
CPython raises (poles, overflow, bad arguments), the special values, NumPy's float64 np.cbrt and np.exp2 of operands it
reads backwards (where it calls glibc's cbrt, exp2, asinh, acosh and atanh on each element) and np.logaddexp2 (glibc's exp2 in its scalar
loop).
"""

import math
import pathlib
import random

import mpmath
import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "69-libm-erf-cbrt-exp2-gamma-hypot.txt"
mpmath.mp.prec = 200

CORRECT = {
    "erf": lambda x: float(mpmath.erf(x)),
    "erfc": lambda x: float(mpmath.erfc(x)),
    "cbrt": lambda x: float(mpmath.cbrt(x)) if x >= 0 else -float(mpmath.cbrt(-x)),
    "exp2": lambda x: float(mpmath.power(2, x)),
    "gamma": lambda x: float(mpmath.gamma(x)),
    "lgamma": lambda x: float(mpmath.log(abs(mpmath.gamma(x)))),
    "asinh": lambda x: float(mpmath.asinh(x)),
    "acosh": lambda x: float(mpmath.acosh(x)),
    "atanh": lambda x: float(mpmath.atanh(x)),
}


def misrounded(name, count, draw, rng):
    """`count` arguments on which CPython's math.`name` differs from the correctly rounded result."""
    found = []
    while len(found) < count:
        x = draw(rng)
        if getattr(math, name)(x) != CORRECT[name](mpmath.mpf(x)):
            found.append(x)
    return found


def main():
    rng = random.Random(69)
    draws = {
        "erf": lambda r: r.choice([r.uniform(-0.84, 0.84), r.uniform(-1.25, 1.25), r.uniform(-6, 6)]),
        "erfc": lambda r: r.choice([r.uniform(-0.84, 0.84), r.uniform(0.84, 1.25), r.uniform(1.25, 27)]),
        "cbrt": lambda r: r.uniform(-1, 1) * 10.0 ** r.randint(-30, 30),
        "exp2": lambda r: r.choice([r.uniform(-1, 1), r.uniform(-60, 60), r.uniform(-1070, -1000)]),
        "gamma": lambda r: r.choice([r.uniform(0.01, 5), r.uniform(5, 170), r.uniform(-20, 0)]),
        "lgamma": lambda r: r.choice([r.uniform(0.01, 5), r.uniform(5, 1e5), r.uniform(-20, 0)]),
        "asinh": lambda r: r.choice([r.uniform(-2, 2), r.uniform(-1e6, 1e6)]),
        "acosh": lambda r: r.choice([r.uniform(1, 2), r.uniform(2, 1e6)]),
        "atanh": lambda r: r.choice([r.uniform(-0.5, 0.5), r.uniform(-1, 1)]),
    }
    statements = ["import math"]
    for name, draw in draws.items():
        statements += [f"math.{name}({x!r})" for x in misrounded(name, 14, draw, rng)]
    # n-argument hypot and dist, at one scale, mixed scales, near overflow and among subnormals.
    for n in (2, 3, 3, 4, 5, 6, 7, 9):
        scale = 2.0 ** rng.randint(-30, 30)
        statements.append(f"math.hypot(*{[rng.uniform(-1, 1) * scale for _ in range(n)]!r})")
    statements += [
        "math.hypot(3, 4, 12)",
        "math.hypot(1e308, 1e308, 1e308)",
        "math.hypot(5e-324, 1e-323, 3e-323)",
        "math.hypot(1e-310, 2e-310)",
        "math.hypot()",
        "math.hypot(-2.5)",
        "math.hypot(True, 2)",
        "math.hypot(math.inf, math.nan)",
        "math.hypot(math.nan, 1.0)",
        "math.hypot(-math.inf, 3)",
    ]
    for n in (2, 3, 4, 6):
        p = [rng.uniform(-10, 10) for _ in range(n)]
        q = [x + rng.uniform(-1, 1) * 2.0 ** -rng.randint(0, 40) for x in p]
        statements.append(f"math.dist({p!r}, {q!r})")
    statements += [
        "math.dist((1, 2, 3), (4, 6, 15))",
        "math.dist([0.1, 0.2], (0.3, 0.4))",
        "math.dist((), ())",
        "math.dist(iter([1.5, 2.5]), [0, 0])",
        "math.dist((1e308, -1e308), (-1e308, 1e308))",
        "math.dist((1, 2), (1, 2, 3))",
        "math.dist((1, 2))",
        "math.dist(1, 2)",
        "math.dist((1, 'a'), (1, 2))",
        "math.hypot('a')",
        "math.hypot(x=1)",
        "math.hypot(10 ** 400)",
    ]
    # fsum: cancellation, half-way cases, infinities, NaNs and the overflow of a partial sum.
    for _ in range(6):
        values = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20) for _ in range(rng.randint(3, 9))]
        values += [-v for v in values[: len(values) // 2]]
        rng.shuffle(values)
        statements.append(f"math.fsum({values!r})")
    statements += [
        "math.fsum([0.1] * 10)",
        "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
        "math.fsum([1e-16, 1, 1e16])",
        "math.fsum([2.0 ** 53, 1.0, 2.0 ** -80])",
        "math.fsum([])",
        "math.fsum([math.inf, 1.0])",
        "math.fsum([math.inf, -math.inf])",
        "math.fsum([math.nan, 1.0])",
        "math.fsum([math.inf, math.nan])",
        "math.fsum([1e308, 1e308])",
        "math.fsum([1e308, 1e308, math.inf])",
        "math.fsum([1e308, -1e308, 1e308])",
        "math.fsum(range(10))",
        "math.fsum(x / 7 for x in range(50))",
        "math.prod([1.5, 2, 3], start=2)",
        "math.prod([], start=0.5)",
        "math.prod([1, 2], 3)",
        "math.prod([2, 3], begin=1)",
    ]
    # The errors, limits and special values of the ported functions.
    statements += [
        "math.gamma(0)",
        "math.gamma(-0.0)",
        "math.gamma(-1)",
        "math.gamma(-2.0)",
        "math.gamma(-math.inf)",
        "math.gamma(math.inf)",
        "math.gamma(math.nan)",
        "math.gamma(171.62)",
        "math.gamma(171.7)",
        "math.gamma(1e-320)",
        "math.gamma(1e-300)",
        "math.gamma(-1e-300)",
        "math.gamma(5)",
        "math.gamma(23)",
        "math.gamma(24)",
        "math.gamma(0.5) ** 2",
        "math.gamma(-180.5)",
        "math.gamma(-200.5)",
        "math.gamma(-250.25)",
        "math.gamma(150.5)",
        "math.gamma(True)",
        "math.gamma('x')",
        "math.gamma()",
        "math.lgamma(-1)",
        "math.lgamma(0)",
        "math.lgamma(1)",
        "math.lgamma(2)",
        "math.lgamma(-2.5)",
        "math.lgamma(math.inf)",
        "math.lgamma(-math.inf)",
        "math.lgamma(1e306)",
        "math.lgamma(1e305)",
        "math.lgamma(-1e300)",
        "math.lgamma(5e-324)",
        "math.lgamma(10 ** 400)",
        "math.erf(0.0), math.erf(-0.0), math.erf(math.inf), math.erf(-math.inf)",
        "math.erf(math.nan)",
        "math.erf(1e-310), math.erf(-3e-320)",
        "math.erf(5.99), math.erf(-6.0)",
        "math.erfc(30), math.erfc(-30), math.erfc(26.5), math.erfc(27.3)",
        "math.erfc(-math.inf), math.erfc(math.inf)",
        "math.erfc(1e-17), math.erfc(0.25), math.erfc(-0.25)",
        "math.cbrt(27), math.cbrt(-8.0), math.cbrt(0.0), math.cbrt(-0.0)",
        "math.cbrt(math.inf), math.cbrt(-math.inf), math.cbrt(math.nan)",
        "math.cbrt(5e-324), math.cbrt(1.7976931348623157e308)",
        "math.exp2(1024)",
        "math.exp2(1023.9999)",
        "math.exp2(-1074), math.exp2(-1075), math.exp2(-1074.5), math.exp2(-1100)",
        "math.exp2(-1022.3), math.exp2(-1050.75)",
        "math.exp2(10), math.exp2(0.5), math.exp2(-math.inf), math.exp2(math.inf)",
        "math.exp2(1e-300), math.exp2(-0.0)",
        "math.exp2('2')",
        "math.asinh(0.0), math.asinh(-0.0), math.asinh(1e-300), math.asinh(-math.inf), math.asinh(1e300)",
        "math.acosh(1), math.acosh(math.inf), math.acosh(1e300)",
        "math.acosh(0.5)",
        "math.atanh(0.0), math.atanh(-1e-20), math.atanh(0.999999)",
        "math.atanh(1)",
        "math.atanh(-1.5)",
        "math.sumprod([1, 2], [3, 4])",
    ]
    # NumPy's float64 cbrt and exp2 call glibc's on each element of an operand they read backwards.
    v = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-5, 5) for _ in range(12)]
    w = [rng.uniform(-30, 30) for _ in range(12)]
    statements += [
        f"cv = np.array({v!r})",
        f"ev = np.array({w!r})",
        "np.cbrt(cv[::-1]).tolist()",
        "np.cbrt(cv[::-1]).tolist() == [math.cbrt(x) for x in cv[::-1].tolist()]",
        "np.cbrt(cv.reshape(3, 4)[::-1, ::-1]).tolist()",
        "np.cbrt(cv).tolist()",
        "np.exp2(ev[::-1]).tolist()",
        "np.exp2(ev[::-1]).tolist() == [math.exp2(x) for x in ev[::-1].tolist()]",
        "np.exp2(ev.reshape(4, 3)[::-1, ::-1]).tolist()",
        "np.exp2(ev).tolist()",
        "np.exp2(np.array([1024.0, -1075.0, -1074.5, np.inf, -np.inf, -0.0])[::-1]).tolist()",
        "np.cbrt(np.array([0.0, -0.0, np.inf, -np.inf, 5e-324])[::-1]).tolist()",
        "np.arcsinh(ev[::-1]).tolist() == [math.asinh(x) for x in ev[::-1].tolist()]",
        "np.arcsinh(cv[::-1]).tolist()",
        "np.arccosh(1 + np.abs(cv)[::-1]).tolist()",
        "np.arccosh(1 + np.abs(cv.reshape(3, 4))[::-1, ::-1]).tolist()",
        "np.arctanh(cv[::-1] / 1e5).tolist()",
        "np.arctanh(np.array([0.3, -0.7, 0.999, 0.2, -0.45])[::-1]).tolist()",
        "np.signbit(np.arccosh(np.array([0.5, np.nan, -np.nan, 1.0])[::-1])).tolist()",
        "np.signbit(np.arctanh(np.array([1.5, -2.0, np.nan, -np.nan])[::-1])).tolist()",
        "np.arctanh(np.array([1.0, -1.0, 0.0, -0.0])[::-1]).tolist()",
        "np.logaddexp2(ev, ev[::-1]).tolist()",
        "np.logaddexp2(cv, 1.5).tolist()",
        "np.logaddexp2(np.array([-np.inf, np.inf, 3.0, 1e300]), np.array([-np.inf, np.inf, 3.0, 1.0])).tolist()",
    ]
    write_transcript(
        OUTPUT,
        f"# 69-libm-erf-cbrt-exp2-gamma-hypot: generated by make_libm_fixtures.py from NumPy {np.__version__}.",
        statements,
        {"np": np},
        quiet=True,
    )


if __name__ == "__main__":
    main()
