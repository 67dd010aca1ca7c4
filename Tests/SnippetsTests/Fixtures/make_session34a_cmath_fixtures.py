#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the `cmath` module, which the session-34 reach probe met
in published tutorial code.

`217-session34-cmath.txt`: the `cmath` module (Engineering Computations' complex-numbers lesson imports it), which
snippets refused by name. Its constants and, for finite arguments, every function: `phase`, `polar`, `rect`, `exp`,
`log` with and without a base, `log10`, `sqrt`, the trigonometric and hyperbolic functions and their inverses, on
ordinary values, on values past the rescaling thresholds (near overflow, subnormal), on either side of the branch
cuts (signed zeros), and their range and domain errors and argument conversions.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34a_cmath_fixtures.py` (Python 3.11, numpy 2.4.6,
autograd 1.9.1). Rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
CMATH_OUTPUT = HERE / "interpreter" / "217-session34-cmath.txt"

FUNCTIONS = ["exp", "log", "log10", "sqrt", "cos", "sin", "tan", "cosh", "sinh", "tanh", "acos", "asin", "atan",
             "acosh", "asinh", "atanh"]
# Ordinary values, the unit circle, the branch cuts with signed zeros, and values past CPython's thresholds.
VALUES = ["0.5+0.25j", "-2+3j", "3-4j", "1j", "-1", "2", "0.8+0.6j", "1.5-0.3j", "complex(-2.0, 0.0)",
          "complex(-2.0, -0.0)", "complex(0.0, 2.0)", "complex(-0.0, -2.0)", "complex(1.0, 1e-170)",
          "complex(-1.0, -1e-170)", "1e-320", "complex(5e-324, 5e-324)", "1e300+1e300j", "complex(-1e308, 1e-10)",
          "complex(1e155, 1e155)", "complex(709.5, 0.3)", "complex(-709.5, 2.0)", "complex(0.2, 1e-300)"]

CMATH_STATEMENTS = [
    "import cmath",
    "from cmath import phase, polar, rect",
    "cmath.pi, cmath.e, cmath.tau",
    "cmath.inf, cmath.infj, cmath.nan, cmath.nanj",
    # Engineering Computations' lesson: the angle, the polar form and back.
    "z = 3 + 2j",
    "cmath.phase(z)",
    "np.degrees(cmath.phase(1j))",
    "cmath.polar(z)",
    "r, alpha = cmath.polar(z)",
    "cmath.rect(r, alpha)",
    "cmath.rect(1, cmath.pi/4)",
    "cmath.exp(1j*cmath.pi)",
    "cmath.exp(1j*cmath.pi/2)",
    "[cmath.exp(2j*cmath.pi*k/5) for k in range(5)]",
    "phase(-1), phase(-1-0j), phase(complex(-1.0, -0.0)), phase(3), phase(True), phase(0)",
    "polar(-2), polar(0), polar(complex(1e308, 1e308)), polar(complex(-0.0, -0.0))",
    "rect(2, 0), rect(2, -0.0), rect(-0.0, 0.0), rect(3, 2.5), rect(True, 1)",
    "cmath.log(8, 2), cmath.log(3+4j, 1j), cmath.log(2, 0.5), cmath.log(100, 10), cmath.log(1j, -1)",
    "cmath.log10(100), cmath.log10(-1), cmath.log10(0.001j)",
    "cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(-0.0), cmath.sqrt(2+3j), cmath.sqrt(-2-3j)",
    "cmath.isfinite(1+1j), cmath.isinf(complex(cmath.inf, 0)), cmath.isnan(cmath.nanj), cmath.isinf(cmath.nanj)",
    "cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 2), cmath.isclose(1j, 1j + 1e-10)",
    "cmath.isclose(1e-10, 0), cmath.isclose(1e-10, 0, abs_tol=1e-9), cmath.isclose(1, 1.1, rel_tol=0.2)",
    "cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1e308j), cmath.isclose(1e308, -1e308)",
    # NumPy's scalars convert as Python numbers.
    "cmath.phase(np.float64(-2)), cmath.phase(np.complex128(1j)), cmath.exp(np.float32(0.5)), cmath.sqrt(np.int64(-9))",
    "type(cmath.phase(np.float32(1))), type(cmath.sqrt(4)), type(cmath.isclose(1, 1))",
    "type(cmath.phase), cmath.phase.__name__",
    # Each function on each value, an overflow named in its place.
    "def each(f, values):\n    out = []\n    for z in values:\n        try:\n            out.append(f(z))\n"
    "        except (OverflowError, ValueError) as error:\n            out.append(type(error).__name__)\n    return out",
] + [
    f"each(cmath.{name}, [{', '.join(VALUES[i:i + 6])}])" for name in FUNCTIONS for i in range(0, len(VALUES), 6)
] + [
    # Range and domain errors, and the conversions' messages.
    "cmath.exp(1000)",
    "cmath.exp(710+1j)",
    "cmath.cosh(800)",
    "cmath.sin(1000j)",
    "cmath.log(0)",
    "cmath.log(0j)",
    "cmath.log10(0)",
    "cmath.log(2, 1)",
    "cmath.log(1, 0)",
    "cmath.log(0, 0)",
    "cmath.atanh(1)",
    "cmath.atanh(-1)",
    "cmath.atan(1j)",
    "cmath.phase(complex(1e300, 1e-300))",
    "cmath.phase(10**400)",
    "cmath.rect(10**400, 1)",
    "cmath.phase('a')",
    "cmath.sqrt(None)",
    "cmath.exp([1])",
    "cmath.rect(1j, 2)",
    "cmath.rect(1, 'x')",
    "cmath.isclose(1, 2, rel_tol=-1)",
    "cmath.isclose(1, 2, abs_tol=1j)",
    "cmath.sqrt(cmath.exp(2j) * cmath.log(3+1j)) ** 2",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        CMATH_OUTPUT,
        "make_session34a_cmath_fixtures.py",
        "the cmath module: constants, every function on finite values, branch cuts, rescaled extremes, errors",
        CMATH_STATEMENTS,
    )
