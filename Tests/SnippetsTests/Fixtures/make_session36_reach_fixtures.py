#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements session 36's reach probe (reach36) found docbuild
getting wrong or refusing in published NumPy tutorial code nobody here had tuned on (Hadrien Jean's Deep Learning Book
notes, Fangohr's introduction, QuantEcon's introductory lectures, Ethen Liu's notes, TheAlgorithms' NumPy modules and
NumPy's own FFT and polynomial docstrings).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session36_reach_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the `interpreter/336-*` to `interpreter/345-*` fixtures it lists below; rerunning gives identical bytes.

336: `np.array_equal`, `np.isclose` and `np.allclose` of complex arrays compare both parts (docbuild compared the real
parts only, so TheAlgorithms' `is_hermitian` said True of a matrix that is not Hermitian).
337: `np.polynomial.set_default_printstyle` switches `str` of a Polynomial between NumPy's unicode and ascii terms (it was
refused, and the `print(p)` after it printed the unicode terms where NumPy prints ascii ones).
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session36_reach_fixtures.py"

COMPLEX_EQUALITY = [
    "A = np.array([[2, 2+1j, 4], [2-1j, 3, 1j], [4, -1j, 1]])",
    "np.array_equal(A, A.conjugate().T)",
    "B = np.array([[2, 2+1j, 4+1j], [2-1j, 3, 1j], [4, -1j, 1]])",
    "np.array_equal(B, B.conjugate().T)",
    "np.array_equal(B, B.T)",
    "np.array_equal(np.array([1+1j]), np.array([1-1j]))",
    "np.array_equal(np.array([1+1j, 2]), np.array([1+1j, 2]))",
    "np.array_equal(np.array([1+0j, 2]), np.array([1, 2]))",
    "np.array_equal(np.array([1+1j, 2]), np.array([1, 2]))",
    "np.array_equal(np.array([complex(np.nan, 0)]), np.array([complex(np.nan, 0)]))",
    "np.array_equal(np.array([-0.0+0j]), np.array([0.0-0j]))",
    "np.allclose(np.array([1+1j]), np.array([1+2j]))",
    "np.allclose(np.array([1+1j]), np.array([1+1j+1e-9j]))",
    "np.allclose(1+1j, 1+2j)",
    "np.allclose(B, B.conjugate().T)",
    "np.allclose(A, A.conjugate().T)",
    "np.isclose(np.array([1+1j, 2, 3+1e-9j]), np.array([1+2j, 2, 3]))",
    "np.isclose(np.array([1+1j, 2j]), 2j)",
    "np.isclose(np.array([1+1j, 1e-9j]), 0)",
    "np.isclose(np.array([1+1j, 1e-9j]), 0, atol=0)",
    "np.isclose(np.array([100+1j, 1+1j]), np.array([100+1.0005j, 1.0005+1j]), rtol=1e-5, atol=0)",
    "np.isclose(np.array([complex(np.inf, 0), complex(np.inf, 1), complex(0, np.inf)]),"
    " np.array([complex(np.inf, 0), complex(np.inf, 0), complex(0, np.inf)]))",
    "np.isclose(np.array([complex(np.nan, 0), complex(0, np.nan), 1]), np.array([complex(np.nan, 0), 0, np.nan]))",
    "np.isclose(np.array([complex(np.nan, 0), complex(0, np.nan)]), np.array([complex(np.nan, 0), complex(np.nan, 1)]),"
    " equal_nan=True)",
    "np.isclose(np.array([[1+1j], [2+2j]]), np.array([1+1j, 2+2j]))",
    "np.isclose(1+1j, 1+1j)",
    "np.isclose(np.array([3+4j]), np.array([3+4j]) * (1 + 1e-6))",
    "np.allclose(np.array([1., 2.]), np.array([1+0j, 2+1e-12j]))",
]

POLYNOMIAL_PRINTSTYLE = [
    "p = np.polynomial.Polynomial([1, 2, 3])",
    "print(p)",
    "np.polynomial.set_default_printstyle('ascii')",
    "print(p)",
    "str(np.polynomial.Polynomial([1.5, -2, 0, 4], symbol='t'))",
    "print(f'{p:unicode}')",
    "print(f'{p}')",
    "print(np.polynomial.Polynomial([1, 2], domain=[0, 2]))",
    "np.polynomial.set_default_printstyle('unicode')",
    "print(p)",
    "np.polynomial.set_default_printstyle('latex')",
    "np.polynomial.set_default_printstyle(1)",
    "print(p)",
    "from numpy.polynomial import set_default_printstyle, Polynomial",
    "set_default_printstyle('ascii')",
    "print(Polynomial([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]))",
    "print(p * p)",
    # Back to NumPy's default, which the fixtures after this one (written in the same process) print with.
    "set_default_printstyle('unicode')",
]

FIXTURES = [
    ("336-session36-complex-equality-and-closeness",
     "np.array_equal, np.isclose and np.allclose of complex arrays: both parts compared", COMPLEX_EQUALITY),
    ("337-session36-polynomial-printstyle",
     "np.polynomial.set_default_printstyle: str of a Polynomial in NumPy's unicode or ascii terms",
     POLYNOMIAL_PRINTSTYLE),
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
