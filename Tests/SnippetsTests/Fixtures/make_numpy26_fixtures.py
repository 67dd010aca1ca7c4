#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for the NumPy functions session 26 (issue 10, NumPy breadth) added
to the snippet language, chosen by how many of NumPy's own docstring examples they unlock: one fixture per addition,
`interpreter/200-*` to `interpreter/209-*`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy26_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
fixtures below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# np.emath's power, logn, arccos, arcsin and arctanh: asarray first, complex (or float, for power's exponent) only
# where a real element lies outside the real function's domain.
EMATH = [
    "np.emath.power(2, 2), np.emath.power([2, 4], 2), np.emath.power([2, 4], -2)",
    "np.emath.power([-2, 4], 2)",
    "np.emath.power([2, 4], [2, 4])",
    "np.emath.power(-2, 3), np.emath.power(-2., 2.), np.emath.power(2, -1)",
    "np.emath.power(np.float32([-2., 3.]), 2), np.emath.power(np.float32([2., 3.]), 2)",
    "np.emath.power(np.int8([-2, 3]), 2), np.emath.power(np.int16([2, 3]), np.int8(-2))",
    "np.emath.power(np.array([1.5, 2.5]), [-1, 3])",
    "np.emath.power(np.float32([2., 3.]), 2.5), np.emath.power(np.float32(2), 2)",
    "np.emath.power([1j, 2], 2)",
    "np.emath.power(2)",
    "np.emath.power(x=2, p=3)",
    "np.emath.logn(2, [4, 8])",
    "np.emath.logn(10, 1000.), np.emath.logn(2, 0), np.emath.logn([2, 4], [[8], [16]])",
    "np.emath.arccos(1), np.emath.arccos([1, 0.5]), np.emath.arccos(-1.)",
    "np.emath.arcsin(0), np.emath.arcsin([0, 1]), np.emath.arcsin(np.float32([0.5, -1]))",
    "np.emath.arctanh(0.5), np.emath.arctanh([0, -0.5]), np.emath.arctanh(np.float32(0.25))",
    "np.emath.arctanh(1.), np.emath.arctanh([-1, 0])",
    "np.emath.sqrt(4), np.emath.sqrt([-4, 9])",
    "np.set_printoptions(precision=4)",
    "np.emath.power([-2, 4], 2)",
    "np.set_printoptions(precision=8)",
]

FIXTURES = {
    200: ("numpy26-emath", "np.emath's power, logn, arccos, arcsin and arctanh", EMATH),
}

if __name__ == "__main__":
    for number, (slug, description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{number}-{slug}.txt", "make_numpy26_fixtures.py", description,
                            statements)
