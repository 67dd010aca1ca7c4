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
338: `np.random.choice` (legacy, RandomState and Generator) of a list or array of str (refused), and a str or np.str_
written into an int or float array, which NumPy reads as Python's int() or float() does (docbuild raised ValueError,
a wrong output, for every str: Hadrien Jean's die simulation stores each draw into a float array).
`--threaded-dots` prints instead the table of Tests/TensorCoreTests/ThreadedDotTests.swift: NumPy's `x @ y` of
float64 vectors past 10,000 elements, which OpenBLAS splits between NumPy's two threads, under both kernel sets.
339: `numpy.polynomial.polynomial`'s `polyvalfromroots polyval2d polyval3d polygrid2d polygrid3d polyvander2d
polyvander3d` (NumPy's docstring examples and more; they were refused).
340: Polynomial's methods are ABCPolyBase's (`<bound method ABCPolyBase.__repr__ ...>`, docbuild said Polynomial's);
the Chebyshev, Legendre, Laguerre, Hermite and HermiteE classes have NumPy's domain, window and basis name, and
`fromroots`, `identity`, `basis`, `cast` and `fit` are refused (they raised AttributeError: wrong outputs);
`Polynomial.fit` and `np.linalg.lstsq` of points a line or curve passes through exactly (a zero residual at
rounding-noise level was refused at the fit; now only printing it is).
341: `np.triu tril roll rot90 swapaxes moveaxis atleast_1d atleast_2d atleast_3d fliplr flipud append split array_split
hsplit vsplit diagonal take delete insert` of complex arrays (refused), and `np.random.standard_cauchy` (legacy and
RandomState; refused).
342: `np.random`'s and RandomState's legacy `standard_gamma gamma chisquare standard_t f` (refused), and `np.poly1d` of
complex coefficients, which the complex functions of 341 let through (NumPy's text, checked here).
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

STRINGS_DRAWN_AND_WRITTEN = [
    # Hadrien Jean's die: np.random.choice of a list of str gives an np.str_, which a float array's element takes as
    # float() reads it (docbuild refused the draw, and raised ValueError for `b[0] = '7'` where NumPy stores 7).
    "np.random.seed(0)",
    "outcomes = np.zeros(6)",
    "for i in range(6):\n    outcomes[i] = np.random.choice(['1', '2', '3', '4', '5', '6'])",
    "outcomes",
    "np.unique(outcomes, return_counts=True)",
    "o = np.random.choice(['1', '2', '3', '4', '5', '6'])",
    "o",
    "a = np.zeros(4)",
    "a[0] = o",
    "a[1] = '2.5'",
    "a[2] = ' -1e3 '",
    "a[3] = 'inf'",
    "a",
    "a[0] = '1_000'",
    "a[0] = 'x'",
    "a[0] = ''",
    "a[0] = '0x10'",
    "a",
    "b = np.zeros(3, dtype=int)",
    "b[0] = '7'",
    "b[1] = np.str_(' 12 ')",
    "b[2] = '-0'",
    "b",
    "b[1] = '7.5'",
    "b[1] = '1e3'",
    "b[:] = '4'",
    "b",
    "b[[0, 2]] = '9'",
    "b",
    "c = np.zeros(2, dtype=np.int8)",
    "c[0] = '300'",
    "c[0] = '99999999999999999999'",
    "c[1] = '-128'",
    "c",
    "u = np.zeros(2, dtype=np.uint8)",
    "u[0] = '-1'",
    "f = np.zeros(2, dtype=np.float32)",
    "f[0] = '0.1'",
    "f",
    "f[1] = '1e39'",
    "f",
    "np.random.choice(['a', 'bb', 'c'], size=4)",
    "np.random.choice(np.array(['a', 'bb', 'c']), size=(2, 2), p=[0.5, 0.25, 0.25])",
    "np.random.choice(('x', 'y', 'z'), 2, replace=False)",
    "np.random.choice(('x', 'y'), 3, replace=False)",
    "np.random.choice(['x', 'y'], p=[0.1, 0.2])",
    "np.random.choice(['heads', 'tails'], 5)",
    "type(np.random.choice(['a']))",
    "rng = np.random.default_rng(1)",
    "rng.choice(['H', 'T'], size=5)",
    "rng.choice(['H', 'T'])",
    "rng.choice(('red', 'green', 'blue'), size=3, replace=False)",
    "rng.choice(['H', 'T'], size=4, p=[0.9, 0.1])",
    "rs = np.random.RandomState(3)",
    "rs.choice(['a', 'b', 'c', 'd'], 6)",
]

POLYNOMIAL_SEVERAL_VARIABLES = [
    "from numpy.polynomial import polynomial as P",
    "from numpy.polynomial.polynomial import polyvalfromroots",
    "polyvalfromroots(1, [1, 2, 3])",
    "a = np.arange(4).reshape(2, 2)",
    "polyvalfromroots(a, [-1, 0, 1])",
    "r = np.arange(-2, 2).reshape(2, 2)",
    "polyvalfromroots([-2, 1], r, tensor=True)",
    "polyvalfromroots([-2, 1], r, tensor=False)",
    "polyvalfromroots(np.array([[1, 2]]), r, tensor=False)",
    "polyvalfromroots(0.5, [0.25, 1.5])",
    "polyvalfromroots((1, 2), [True, False])",
    "c = ((1, 2, 3), (4, 5, 6))",
    "P.polyval2d(1, 1, c)",
    "P.polyval2d([0.5, 2], [1, -1], c)",
    "P.polyval2d([0.5, 2], [1, -1, 3], c)",
    "P.polygrid2d([0, 1], [0, 1], c)",
    "P.polygrid2d([0, 1, 2], [0.5], c)",
    "c3 = ((1, 2, 3), (4, 5, 6), (7, 8, 9))",
    "P.polyval3d(1, 1, 1, c3)",
    "P.polyval3d([1, 2], [0, 1], [3, 1], np.arange(27).reshape(3, 3, 3))",
    "P.polyval3d([1, 2], [0, 1], [3], np.arange(27).reshape(3, 3, 3))",
    "P.polygrid3d([0, 1], [0, 1], [0, 1], c3)",
    "P.polygrid3d([0, 1], [0.5, 1], [2], np.arange(8.).reshape(2, 2, 2))",
    "x = np.array([-1, 2])",
    "y = np.array([1, 3])",
    "deg = np.array([1, 2])",
    "V = P.polyvander2d(x=x, y=y, deg=deg)",
    "V",
    "V[:, (deg[1] + 1) * 0 + 1] == x**0 * y**1",
    "P.polyvander2d(x=x, y=0 * x, deg=(1, 0)) == P.polyvander(x=x, deg=1)",
    "P.polyvander2d([0.5, 1.5], [2., 3.], [2, 1])",
    "P.polyvander2d(2, 3, [1, 1])",
    "P.polyvander2d([1, 2], [3, 4], [1, 1, 1])",
    "P.polyvander2d([1, 2], [3, 4, 5], [1, 1])",
    "P.polyvander2d([1, 2], [3, 4], [1, -1])",
    "x3 = np.asarray([-1, 2, 1])",
    "y3 = np.asarray([1, -2, -3])",
    "z3 = np.asarray([2, 2, 5])",
    "V3 = P.polyvander3d(x=x3, y=y3, z=z3, deg=[2, 2, 1])",
    "V3",
    "V3[:, (2 + 1) * (1 + 1) * 2 + (1 + 1) * 1 + 0] == x3**2 * y3**1 * z3**0",
    "P.polyvander3d([[1, 2]], [[3, 4]], [[5, 6]], [1, 0, 1])",
    "P.polyvander3d([1], [2], [3], [1, 1])",
    "from numpy.polynomial.polynomial import polyval2d, polygrid2d, polyvander2d",
    "polyval2d(2, 3, [[1, 1], [1, 1]]), polygrid2d([2], [3], [[1, 1], [1, 1]])",
    # A count is what operator.index takes: a bool, a NumPy integer or a 0-d integer array too (docbuild refused a
    # bool and a NumPy integer with a TypeError NumPy does not raise).
    "P.polyvander([1, 2], True)",
    "P.polyvander([1, 2], np.int8(2))",
    "P.polyder([1, 2, 3], True)",
    "P.polyint([1, 2, 3], np.uint64(1))",
    "P.polyvander([1, 2], np.True_)",
    "P.polyvander([1, 2], 1.0)",
    "P.polyvander([1, 2], np.array(1))",
]

POLYNOMIAL_CLASSES = [
    # Johansson's Numerical Python, chapter 7: Polynomial's methods are ABCPolyBase's (a bound method shows that
    # name); the other bases' classes have their class attributes (docbuild's stubs had none, so
    # `P.Chebyshev.fromroots` raised AttributeError where NumPy answers; making one stays refused).
    "from numpy import polynomial as P",
    "p1 = P.Polynomial([1, 2, 3])",
    "p2 = P.Polynomial([-1, 0, 1])",
    "(p1 + p2).__repr__",
    "p1.deriv",
    "p1.roots",
    "type(p1).__mro__[1]",
    "type(p1).__mro__[1].__name__",
    "P.Polynomial.domain, P.Polynomial.window, P.Polynomial.basis_name, P.Polynomial.maxpower",
    "P.Chebyshev.domain, P.Chebyshev.window, P.Chebyshev.basis_name",
    "P.Legendre.basis_name, P.Laguerre.domain, P.Laguerre.window, P.Hermite.basis_name, P.HermiteE.basis_name",
    "P.Chebyshev.maxpower",
    "P.Chebyshev",
    "P.Legendre, P.Laguerre, P.Hermite, P.HermiteE",
    "P.Chebyshev.__name__",
    "isinstance(p1, P.Chebyshev), isinstance(p1, P.Polynomial)",
    "issubclass(P.Chebyshev, P.Polynomial)",
    # A fit through points on a line, whose residual is zero (docbuild refused the fit itself for it).
    "P.Polynomial.fit([0, 1, 2], [1, 3, 5], 1)",
    "P.Polynomial.fit([0, 1, 2], [1, 3, 5], 1).convert()",
    "P.Polynomial.fit([0, 1, 2, 3], [1, 0, 4, 2], 2)",
    "np.polynomial.polynomial.polyfit([0, 1, 2], [1, 3, 5], 1)",
    "x, res, rank, s = np.linalg.lstsq(np.array([[1., 0], [1, 1], [1, 2]]), np.array([1., 3, 5]), rcond=None)",
    "x",
    "rank",
    "res < 1e-10",
    "x, res, rank, s = np.linalg.lstsq(np.array([[1., 0], [1, 1], [1, 2]]), np.array([1., 0, 4]), rcond=None)",
    "res",
    "print(res)",
    "np.round(res, 6)",
]

COMPLEX_MOVES_AND_CAUCHY = [
    # Functions that only move a complex array's elements (QuantEcon's and TheAlgorithms' `np.triu` of a complex
    # matrix was refused).
    "z = np.array([[1+2j, -3j, 4], [5-1j, 0, -2+2j], [7j, 8, 9-9j]])",
    "v = np.array([1+1j, 2-2j, -3j, 4])",
    "np.triu(z)",
    "np.tril(z)",
    "np.triu(z, 1)",
    "np.tril(z, -1)",
    "np.triu(v)",
    "np.roll(z, 1)",
    "np.roll(z, -1, axis=1)",
    "np.rot90(z)",
    "np.rot90(z, -1)",
    "np.swapaxes(z, 0, 1)",
    "np.moveaxis(z[None], 0, -1).shape",
    "np.moveaxis(z[None], 0, -1)[..., 0]",
    "np.atleast_1d(1j)",
    "np.atleast_2d(v)",
    "np.atleast_3d(v).shape",
    "np.fliplr(z)",
    "np.flipud(z)",
    "np.append(v, 5j)",
    "np.append(z, [[1j, 2j, 3j]], axis=0)",
    "np.split(v, 2)",
    "np.array_split(v, 3)",
    "np.hsplit(z, 3)[0]",
    "np.vsplit(z, 3)[2]",
    "np.diagonal(z)",
    "np.diagonal(z, 1)",
    "np.take(v, [3, 0])",
    "np.take(z, [0, 2], axis=1)",
    "np.delete(v, 1)",
    "np.delete(z, 0, axis=0)",
    "np.insert(v, 1, 9j)",
    "np.insert(v, 0, 2)",
    # np.random.standard_cauchy: one legacy Gaussian divided by the next (it was refused).
    "np.random.seed(0)",
    "np.random.standard_cauchy(3)",
    "np.random.standard_cauchy()",
    "np.random.standard_cauchy((2, 2))",
    "np.random.standard_cauchy(size=0)",
    "np.random.randn()",
    "np.random.seed(1)",
    "np.random.randn()",
    "np.random.standard_cauchy(2)",
    "rs = np.random.RandomState(5)",
    "rs.standard_cauchy((2, 2))",
    "rs.standard_cauchy(-1)",
]

GAMMA_FAMILY_AND_COMPLEX_POLY1D = [
    # Johansson's Numerical Python, chapter 13: RandomState's chisquare, standard_t and f (refused), with
    # standard_gamma and gamma, NumPy's legacy samplers on the polar Gaussians.
    "np.random.seed(0)",
    "np.random.standard_gamma(2.0, 4)",
    "np.random.standard_gamma(0.5, 4)",
    "np.random.standard_gamma(1.0, 2)",
    "np.random.standard_gamma(0)",
    "np.random.gamma(3.0, 2.0, size=(2, 2))",
    "np.random.gamma(0.3)",
    "np.random.chisquare(4, 5)",
    "np.random.chisquare(0.7, 3)",
    "np.random.standard_t(5, 5)",
    "np.random.standard_t(1.5)",
    "np.random.f(3, 7, 5)",
    "np.random.f(0.5, 2.5, 2)",
    "np.random.randn(3)",
    "prng = np.random.RandomState(123456789)",
    "prng.chisquare(5, size=4)",
    "prng.standard_t(5, size=4)",
    "prng.f(4, 10, size=4)",
    "prng.standard_gamma(10.0, 3)",
    "np.random.standard_gamma(-1)",
    "np.random.standard_gamma(-0.0)",
    "np.random.gamma(2, -1)",
    "np.random.chisquare(0)",
    "np.random.standard_t(-2)",
    "np.random.f(0, 1)",
    "np.random.f(1, 0)",
    "np.random.standard_gamma(np.nan, 2)",
    "np.random.chisquare(np.nan)",
    "np.random.gamma(2, 0)",
    # np.poly1d of complex coefficients prints as NumPy's (np.atleast_1d of complex values was refused).
    "print(np.poly1d([2j, 1]))",
    "print(np.poly1d([2j, 1, 3-1j]))",
    "np.poly1d([2j, 1])",
    "print(np.poly1d([1.23456+2.5j, 1]))",
    "print(np.poly1d([0, 0, 1j, -2.5]))",
    "np.poly1d([1j, 2]).coeffs",
    "np.poly1d([1j, 2]) * 2",
    "np.poly1d([1j, 2]).order",
    "print(np.poly1d([-1j, 0, 1+1j], variable='z'))",
    "np.poly1d([1j, 2]) + np.poly1d([1, 1])",
    "len(np.poly1d([1j, 2, 3]))",
    "np.poly1d([0j])",
]

FIXTURES = [
    ("336-session36-complex-equality-and-closeness",
     "np.array_equal, np.isclose and np.allclose of complex arrays: both parts compared", COMPLEX_EQUALITY),
    ("337-session36-polynomial-printstyle",
     "np.polynomial.set_default_printstyle: str of a Polynomial in NumPy's unicode or ascii terms",
     POLYNOMIAL_PRINTSTYLE),
    ("338-session36-strings-drawn-and-written",
     "np.random.choice of str lists and arrays; a str written into a numeric array read as int() or float() reads it",
     STRINGS_DRAWN_AND_WRITTEN),
    ("339-session36-polynomial-several-variables",
     "numpy.polynomial.polynomial's polyvalfromroots and its functions of two and three variables",
     POLYNOMIAL_SEVERAL_VARIABLES),
    ("340-session36-polynomial-classes-and-exact-fits",
     "Polynomial's methods as ABCPolyBase's, the other bases' class attributes, and fits through exact data",
     POLYNOMIAL_CLASSES),
    ("341-session36-complex-moves-and-cauchy",
     "functions that move complex elements (triu, tril, roll, rot90, split, take, ...) and np.random.standard_cauchy",
     COMPLEX_MOVES_AND_CAUCHY),
    ("342-session36-gamma-family-and-complex-poly1d",
     "np.random's legacy standard_gamma, gamma, chisquare, standard_t and f; np.poly1d of complex coefficients",
     GAMMA_FAMILY_AND_COMPLEX_POLY1D),
]

# Lengths of the threaded ddot's vectors: OpenBLAS splits a dot product of more than 10,000 elements between NumPy's
# two threads.
THREADED_DOT_LENGTHS = [10000, 10001, 10016, 10033, 16384, 20001, 32768, 50000, 99999, 120000]


def threaded_dots():
    """Prints, for Tests/TensorCoreTests/ThreadedDotTests.swift, the bits of `x @ y` of the matmul-bits pools' first k
    elements as NumPy computes them with OpenBLAS's SkylakeX and Haswell kernels (each run in a child process with
    OPENBLAS_CORETYPE set, on a machine with AVX-512 and two cores)."""
    import os
    import subprocess
    code = (
        "import sys, numpy as np\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from make_matmul_bits_fixtures import pool\n"
        "x = pool(200 * 600, 2654435761)\n"
        "y = pool(2000 * 700, 2246822519)\n"
        "print(' '.join(float(np.dot(x[:k], y[:k])).hex() for k in map(int, sys.argv[2:])))\n"
    )
    folder = str(HERE.parent.parent / "TensorCoreTests" / "Fixtures")
    results = {}
    for core in ("SkylakeX", "Haswell"):
        environment = dict(os.environ, OPENBLAS_CORETYPE=core)
        output = subprocess.run([sys.executable, "-c", code, folder] + [str(k) for k in THREADED_DOT_LENGTHS],
                                env=environment, check=True, capture_output=True, text=True).stdout.split()
        results[core] = output
    for k, skylake, haswell in zip(THREADED_DOT_LENGTHS, results["SkylakeX"], results["Haswell"]):
        print(f"    ({k}, {float.fromhex(skylake)!r}, {float.fromhex(haswell)!r}),")


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    if sys.argv[1:] == ["--threaded-dots"]:
        threaded_dots()
        sys.exit(0)
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
