#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 prints for `**` of float32 arrays with the exponents NumPy's `**` turns into a ufunc of
its own (a Python int 2 or -1, a Python float 0.5: `square`, `reciprocal`, `sqrt`), each correctly rounded in
float32 (issue 10: float32 `**` was refused as a whole).

Run: `python3 Tests/SnippetsTests/Fixtures/make_float32_power_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/96-float32-power-square-reciprocal-sqrt.txt`; rerunning gives identical bytes.

The values are printed with `tolist()` (every bit of each float32, as the double it widens to): seeded draws over
magnitudes from the subnormals to the overflow, integers whose squares fall exactly halfway between two float32s,
and the special values. What stays refused (other exponents, NumPy scalars, whose `**` is C's `powf`) is in
`Tests/SnippetsTests/Float32PowerRefusalTests.swift`.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

POWER = [
    "x = np.arange(4, dtype=np.float32)",
    "x ** 2",
    "x ** 0.5",
    "x ** -1",
    "np.power(x, 2)",
    "y = np.linspace(-3, 3, 7).astype(np.float32) / 7",
    "y ** 2",
    "y ** -1",
    "abs(y) ** 0.5",
    "special = np.array([-np.inf, -0.0, 0.0, np.nan, np.inf, 1e-30, 3e38, 1e-45, -1e-45, -2.5], dtype=np.float32)",
    "(special ** 2).tolist()",
    "(special ** -1).tolist()",
    "(special ** 0.5).tolist()",
    "np.array(3, dtype=np.float32) ** 2",
    "np.array(2, dtype=np.float32) ** 0.5",
    "m = np.arange(6, dtype=np.float32).reshape(2, 3) / 3",
    "m ** 2",
    "(m ** 2).sum()",
    "(m.T ** -1).strides",
    "m[:, ::2] ** 0.5",
    "z = m.copy()",
    "z **= 2",
    "z",
    "rng = np.random.default_rng(2024)",
    "w = (rng.standard_normal(300) * 10.0 ** rng.integers(-24, 20, 300)).astype(np.float32)",
    "(w ** 2).tolist()",
    "(w ** -1).tolist()",
    "(abs(w) ** 0.5).tolist()",
    "halfway = np.arange(4097, 4397, dtype=np.float32) * 2.0 ** rng.integers(-60, 50, 300)",
    "halfway = halfway.astype(np.float32)",
    "(halfway ** 2).tolist()",
    "(halfway * halfway ** 2 ** -1).tolist()[:5]",
    "((halfway ** 2) ** 0.5).tolist() == halfway.tolist()",
    "tiny = np.array([1e-45, 2e-45, 1.2e-38, 1.1754942e-38, 6e-39], dtype=np.float32)",
    "(tiny ** 2).tolist(), (tiny ** -1).tolist(), (tiny ** 0.5).tolist()",
    "(x ** 2).dtype, (x ** -1).dtype, (x ** 0.5).dtype",
]

FIXTURES = {
    "96-float32-power-square-reciprocal-sqrt": (
        "float32 arrays ** 2, ** -1 and ** 0.5 (a Python int, int, float exponent), which NumPy computes with its "
        "float32 square, reciprocal and sqrt: special values, subnormals, halfway squares, seeded draws.",
        POWER,
    ),
}


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(
            HERE / "interpreter" / f"{name}.txt", "make_float32_power_fixtures.py", description, statements)


if __name__ == "__main__":
    main()
