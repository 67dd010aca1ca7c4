#!/usr/bin/env python3
"""Writes the transcripts of issue 10's eighth round (np.polynomial.Polynomial and its module functions, np.poly1d,
the dtype queries np.result_type / promote_types / can_cast / min_scalar_type / common_type, np.typecodes, and the
np.ma basics) from real Python and NumPy 2.4.6, into `numpy/` beside the earlier rounds'.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy8_fixtures.py`; rerunning gives identical bytes.
"""

import numpy as np

from make_numpy_fixtures import HERE, write_themes

THEMES = {}

THEMES["40-polynomial-class"] = [
    "P = np.polynomial.Polynomial",
    "p = np.polynomial.Polynomial([-1, 2, 3])", "p", "print(p)", "str(p)", "p(0)", "p(1)", "p(2.5)", "p(-1)",
    "p([0, 1, 2])", "p(np.array([[0.5, 1.5], [2.0, -3.0]]))", "p.coef", "p.degree()", "p.domain", "p.window",
    "p.symbol", "len(p)", "list(p)",
    "q = np.polynomial.Polynomial([-16, 0, 0, 0, 15, 0, 0, 0, 1])", "q", "q.deriv()", "q.deriv(2)", "q.deriv(0)",
    "q.deriv(9)", "print(q)", "q.degree()",
    "p + q", "p - q", "q - p", "p * p", "p * q", "p ** 2", "p ** 0", "p ** 1", "p ** 3", "-p", "+p",
    "p + 1", "1 + p", "p - 2.5", "2.5 - p", "p * 3", "3 * p", "p * 0.5", "p / 2", "p // 2", "p % 2",
    "p ** 17", "p ** -1", "p ** 1.5", "p == p", "p == q", "p != q", "p == np.polynomial.Polynomial([-1, 2, 3])",
    "p.integ()", "p.integ(2)", "p.integ(k=1)", "p.integ(lbnd=1)", "p.integ(1, [2])", "p.integ(0)",
    "p.integ(-1)", "p.deriv(-1)", "print(p.integ())",
    "np.polynomial.Polynomial([1.5, -2.25, 0.125])", "print(np.polynomial.Polynomial([1.5, -2.25, 0.125]))",
    "np.polynomial.Polynomial([0])", "print(np.polynomial.Polynomial([0]))", "np.polynomial.Polynomial(3)",
    "np.polynomial.Polynomial([1, 0, 0])", "np.polynomial.Polynomial([1, 0, 0]).degree()",
    "np.polynomial.Polynomial([])", "np.polynomial.Polynomial([[1, 2]])",
    "np.polynomial.Polynomial([1, 2], symbol='t')", "print(np.polynomial.Polynomial([1, 2], symbol='t'))",
    "np.polynomial.Polynomial([1, 2], symbol='2x')", "np.polynomial.Polynomial([1, 2], symbol=3)",
    "np.polynomial.Polynomial([1, 2]) + np.polynomial.Polynomial([1, 2], symbol='t')",
    "np.polynomial.Polynomial([1, 2], domain=[0, 1])", "print(np.polynomial.Polynomial([1, 2], domain=[0, 1]))",
    "np.polynomial.Polynomial([1, 2], domain=[0, 1])(0.5)", "np.polynomial.Polynomial([1, 2], domain=[0, 2, 3])",
    "np.polynomial.Polynomial([1, 2], domain=[0, 1]) + p",
    "np.polynomial.Polynomial([1, 2, 3], window=[0, 4])", "print(np.polynomial.Polynomial([1, 2, 3], window=[0, 4]))",
    "np.polynomial.Polynomial([1, 2, 3], domain=[1, 3], window=[0, 4])(2.0)",
    "print(np.polynomial.Polynomial([1, 2, 3], domain=[-2, 2]))",
    "np.polynomial.Polynomial([1, 2, 3], domain=[1, 3]).deriv()",
    "np.polynomial.Polynomial([1, 2, 3], domain=[1, 3]).integ()",
    "print(np.polynomial.Polynomial([-1e-9, 2e10, 3.25e-5, 1e8]))",
    "print(np.polynomial.Polynomial(np.arange(1.0, 30.0)))", "print(np.polynomial.Polynomial([1.0, -np.inf, np.nan]))",
    "print(np.polynomial.Polynomial([1 / 3, -2 / 7, 0.1]))", "np.polynomial.Polynomial([1 / 3, -2 / 7, 0.1])",
    "format(p, 'ascii')", "format(p, 'unicode')", "format(p, '')", "format(p, 'x')",
    "f'{p}'", "p.coef.dtype", "np.polynomial.Polynomial(np.array([1, 2], dtype=np.float32)).coef.dtype",
    "np.polynomial.Polynomial([1, 2j])", "np.polynomial.Polynomial([True, False])",
    "p.copy()", "p.copy() == p", "p.copy() is p", "p.has_samecoef(p.copy())", "p.trim()",
    "np.polynomial.Polynomial([1, 2, 0, 1e-20]).trim()", "np.polynomial.Polynomial([1, 2, 0, 1e-20]).trim(1e-10)",
    "p.cutdeg(1)", "p.truncate(2)", "p.truncate(0)", "p.mapparms()",
    "np.polynomial.Polynomial([1, 2], domain=[0, 4]).mapparms()",
    "p.linspace(5)", "p.linspace(3, domain=[0, 1])",
    "np.polynomial.Polynomial.identity()", "np.polynomial.Polynomial.basis(3)",
    "np.polynomial.Polynomial.fromroots([1, 2, 3])", "np.polynomial.Polynomial.fromroots([])",
    "q(1.5)", "q(np.linspace(-1, 1, 5))", "z = np.array([1 + 1j, -0.5 + 2j, 0.25j])", "q(z)", "q.deriv()(z)",
    "z - q(z) / q.deriv()(z)",
    "r = np.polynomial.Polynomial([2.0, -3.0, 1.0])", "np.polynomial.Polynomial([5]).roots()",
    "np.polynomial.Polynomial([3, 6]).roots()",
    "p(p)", "p(np.polynomial.Polynomial([0, 1]))",
]

THEMES["41-polynomial-fit"] = [
    "x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])", "y = np.array([1.0, 2.7, 5.8, 6.6, 7.5, 9.9])",
    "fit = np.polynomial.Polynomial.fit(x, y, 1)", "fit", "print(fit)", "fit.domain", "fit.window",
    "fit.convert()", "print(fit.convert())", "fit.convert().coef", "fit(x)",
    "fit2 = np.polynomial.Polynomial.fit(x, y, deg=2)", "print(fit2)", "print(fit2.convert())",
    "np.polynomial.Polynomial.fit(x, y, 1, domain=[0, 5])", "np.polynomial.Polynomial.fit(x, y, 1, window=[0, 1])",
    "np.polynomial.Polynomial.fit(x, y, -1)", "np.polynomial.Polynomial.fit(x, y[:3], 1)",
    "np.polynomial.Polynomial.fit(x, y, 1.5)", "np.polynomial.Polynomial.fit([], [], 1)",
    "year = np.array([1971, 1972, 1974, 1978, 1982, 1985, 1989, 1993, 1997, 2000])",
    "tc = np.array([2300, 3500, 4500, 29000, 134000, 275000, 1200000, 3100000, 7500000, 42000000])",
    "yi = np.log(tc)", "model = np.polynomial.Polynomial.fit(year, yi, deg=1)", "model", "model = model.convert()",
    "model", "B, A = model", "np.round(B, 4)", "np.round(A, 4)",
    "np.polynomial.polynomial.polyval(2.0, [1, 2, 3])", "np.polynomial.polynomial.polyval([1, 2], [1, 2, 3])",
    "np.polynomial.polynomial.polyval(np.array([[1, 2], [3, 4]]), [1, 0, -1])",
    "np.polynomial.polynomial.polyadd([1, 2], [3, 4, 5])", "np.polynomial.polynomial.polysub([1, 2], [1, 2])",
    "np.polynomial.polynomial.polymul([1, 2], [3, 4, 5])", "np.polynomial.polynomial.polyder([1, 2, 3, 4])",
    "np.polynomial.polynomial.polyder([1, 2, 3, 4], 2)", "np.polynomial.polynomial.polyint([1, 2, 3])",
    "np.polynomial.polynomial.polyint([1, 2, 3], k=5)", "np.polynomial.polynomial.polyint([1, 2, 3], 2, lbnd=1)",
    "np.polynomial.polynomial.polydiv([1, 2, 3], [1, 1])", "np.polynomial.polynomial.polydiv([1, 2, 3], [2])",
    "np.polynomial.polynomial.polydiv([1, 2], [1, 0])", "np.polynomial.polynomial.polypow([1, 1], 3)",
    "np.polynomial.polynomial.polyfromroots([1, -1])", "np.polynomial.polynomial.polyvander([1.0, 2.0, 3.0], 2)",
    "np.polynomial.polynomial.polyfit(x, y, 1)", "np.polynomial.polynomial.polyfit(x, y, 2)",
    "np.polynomial.polynomial.polyline(1, 2)", "np.polynomial.polynomial.polyline(1, 0)",
    "np.polynomial.polynomial.polyval(0.5, np.polynomial.polynomial.polyder([1, 2, 3, 4]))",
    "from numpy.polynomial import Polynomial", "Polynomial([1, 2])",
    "from numpy.polynomial import polynomial as poly", "poly.polyval(3, [0, 0, 1])",
    "import numpy.polynomial.polynomial as npp", "npp.polyadd([1], [2])",
    "from numpy.polynomial.polynomial import polyval", "polyval(2, [1, 1])",
]

THEMES["42-poly1d"] = [
    "p = np.poly1d([3, 2, -1])", "p", "print(p)", "str(p)", "p(0)", "p(0.5)", "p([1, 2, 3])", "p(np.array([0.5, 2.0]))",
    "p.order", "p.coeffs", "p.coef", "p.c", "p.o", "p.variable", "len(p)", "p[0]", "p[2]", "p[5]",
    "q = np.poly1d([1.5, 0, -2.25, 0.5])", "print(q)", "q", "q.deriv()", "print(q.deriv())", "q.deriv(2)",
    "q.integ()", "print(q.integ())", "q.integ(k=1)", "q.integ(2, k=[1, 2])",
    "p + q", "p - q", "p * q", "p ** 2", "p ** 0", "p + 1", "1 + p", "2 * p", "p * 2", "p / 2", "-p", "p - 1",
    "1 - p", "p == p", "p == q", "p != q", "np.poly1d([1, 2, 3], r=True)", "print(np.poly1d([1, 2, 3], r=True))",
    "np.poly1d([1, 2], variable='z')", "print(np.poly1d([1, 2], variable='z'))", "np.poly1d([0, 0, 1])",
    "print(np.poly1d([0, 0, 1]))", "np.poly1d([0])", "print(np.poly1d([0]))", "np.poly1d(5)", "print(np.poly1d(5))",
    "np.poly1d([1, -1, 1, -1, 1])", "print(np.poly1d([1, -1, 1, -1, 1]))", "print(np.poly1d([-1.5, 2.0]))",
    "print(np.poly1d([1e-10, 3.14159265, 1e10]))", "print(np.poly1d(np.arange(1.0, 25.0)))",
    "np.poly1d([[1, 2], [3, 4]])", "np.poly1d([])",
    "np.polyder(p)", "np.polyint(p)", "np.polyder([1, 2, 3])", "np.polyint([1, 2, 3])",
    "np.polyadd([1, 2], [1, 2, 3])", "np.polysub([1, 2], [1, 2, 3])", "np.polymul([1, 2], [1, 2, 3])",
    "np.polyadd(p, [1])", "np.polymul(p, p)", "np.polydiv([1, 2, 3], [1, 1])", "np.polydiv(p, np.poly1d([1, 1]))",
    "np.roots([2, 4])", "np.roots([0, 0, 1, -2])", "np.roots([5])",
    "np.poly([1, 2])", "np.poly([])",
    "x = np.linspace(0, 1, 6)", "y = np.array([1.0, 0.95, 0.88, 0.76, 0.63, 0.5])",
    "fitted = np.poly1d(np.polyfit(x, y, 2))", "print(fitted)", 
    "p.coeffs = [1, 2]", "p(1)",
]

THEMES["43-dtype-queries"] = [
    "np.result_type(np.int8, np.uint8)", "np.result_type(np.int32, np.float32)", "np.result_type('i4', 'f8')",
    "np.result_type(np.float32, 1.0)", "np.result_type(np.int8, 1)", "np.result_type(np.int8, 300)",
    "np.result_type(np.uint8, -1)", "np.result_type(np.int64, 1j)", "np.result_type(1, 2.0)", "np.result_type(1)",
    "np.result_type(True)", "np.result_type(1.0)", "np.result_type(1j)", "np.result_type(np.arange(3), 1.5)",
    "np.result_type(np.arange(3, dtype=np.int8), np.arange(3, dtype=np.uint16))", "np.result_type()",
    "np.result_type(np.float32(1), 2)", "np.result_type(np.array(1, dtype=np.int8), np.int16)",
    "np.result_type(np.bool_, np.int8)", "np.result_type(bool, int)", "np.result_type(int, float)",
    "np.result_type(float, complex)", "np.result_type(np.uint64, np.int64)", "np.result_type(np.complex64, np.float64)",
    "np.result_type(np.dtype('f4'), np.dtype('u2'))", "np.result_type(np.uint8, 2**70)", "np.result_type('x')",
    "np.result_type(np.int8, True)", "np.result_type(np.bool_, 1.5)", "np.result_type([1, 2], 3)",
    "np.promote_types('i1', 'u1')", "np.promote_types(np.int32, np.float32)", "np.promote_types('f4', 'i8')",
    "np.promote_types(np.uint64, np.int8)", "np.promote_types(bool, np.uint16)", "np.promote_types('c8', 'f8')",
    "np.promote_types(int, float)", "np.promote_types('?', '?')", "np.promote_types(np.int16, np.uint32)",
    "np.promote_types(1, 2)", "np.promote_types('i4')",
    "np.can_cast(np.int32, np.int64)", "np.can_cast(np.float64, np.float32)", "np.can_cast('i8', 'f8')",
    "np.can_cast('i8', 'f4')", "np.can_cast(np.float64, np.float32, casting='same_kind')",
    "np.can_cast(np.float64, np.int32, casting='same_kind')", "np.can_cast(np.float64, np.int32, casting='unsafe')",
    "np.can_cast('u1', 'i1')", "np.can_cast('u1', 'i1', 'same_kind')", "np.can_cast('i1', 'u1', 'same_kind')",
    "np.can_cast('i4', 'i4', 'no')", "np.can_cast('i4', 'i8', 'no')", "np.can_cast('i4', 'i4', 'equiv')",
    "np.can_cast('i4', 'i8', 'equiv')", "np.can_cast(bool, int)", "np.can_cast(np.complex128, np.float64)",
    "np.can_cast(np.complex128, np.float64, 'same_kind')", "np.can_cast(np.float32, np.complex64)",
    "np.can_cast(np.int16, np.float32)", "np.can_cast(np.int32, np.float32)", "np.can_cast(np.uint64, np.int64)",
    "np.can_cast('i4', 'i8', 'bogus')", "np.can_cast(1, np.int8)", "np.can_cast(1.0, np.float32)",
    "np.can_cast(np.arange(3), np.float64)", "np.can_cast(np.arange(3), np.int8)", "np.can_cast(np.float32(1), 'f8')",
    "np.can_cast(np.int8, np.uint8, casting='same_value')", "np.can_cast(np.float64, np.float32, 'same_value')",
    "np.min_scalar_type(10)", "np.min_scalar_type(-10)", "np.min_scalar_type(300)", "np.min_scalar_type(-300)",
    "np.min_scalar_type(70000)", "np.min_scalar_type(2**40)", "np.min_scalar_type(2**63)", 
    "np.min_scalar_type(-2**63)", "np.min_scalar_type(0)", "np.min_scalar_type(True)", 
    "np.min_scalar_type(1e50)", "np.min_scalar_type(1e300)", "np.min_scalar_type(1j)", 
    "np.min_scalar_type(np.arange(3))", "np.min_scalar_type(np.int64(5))", 
    "np.common_type(np.arange(3))", "np.common_type(np.arange(3, dtype=np.float32))",
    "np.common_type(np.arange(3, dtype=np.float32), np.arange(2, dtype=np.int8))",
    "np.common_type(np.ones(2, dtype=np.complex64))", "np.common_type(np.ones(2, dtype=np.complex64), np.ones(2))",
    "np.common_type(np.array([True]))", "np.common_type(np.ones(2, dtype=np.float32), np.ones(2, dtype=np.complex64))",
    "np.typecodes", "np.typecodes['All']", "np.typecodes['AllInteger']", "np.typecodes['Float']",
    "np.typecodes['Complex']", "sorted(np.typecodes)",
    "ntypes = np.typecodes['AllInteger'] + np.typecodes['Float']",
    "for row in 'bhilqBHILQfd':\n    print(row, ''.join('Y' if np.can_cast(row, col) else '-' for col in 'bhilqBHILQfd'))",
    "np.dtype(np.result_type(1, 2.0)).name", "np.result_type(np.int8, np.int8).itemsize",
]

THEMES["44-masked-arrays"] = [
    "x = np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 1])", "x", "print(x)", "str(x)", "x.data", "x.mask",
    "x.fill_value", "x.filled()", "x.filled(0)", "x.filled(-1)", "x.compressed()", "x.count()", "x.sum()",
    "x.mean()", "x.max()", "x.min()", "x.dtype", "x.shape", "x.size", "x.ndim", "len(x)",
    "y = np.ma.array([1, 2, 3, 4], mask=[0, 1, 1, 1])", "x + y", "x * y", "x - 1", "x * 2.5", "2 + x", "-x", "x / 2",
    "x + np.array([10, 20, 30, 40])", "np.ma.sqrt([1, -1, 2, -2])", "np.ma.sqrt(np.ma.array([4.0, 9.0], mask=[1, 0]))",
    "f = np.ma.array([1.5, 2.5, -3.0], mask=[False, False, True])", "f", "print(f)", "f.fill_value", "f.filled()",
    "f.mean()", "f.sum()", "f.compressed()",
    "a = np.array([1.0, np.nan, 3.0, np.inf])", "m = np.ma.masked_invalid(a)", "m", "m.mean()", "m.sum()",
    "m.filled(0.0)", "np.ma.masked_where(a > 2, a)", "np.ma.masked_where([True, False, False, False], [1, 2, 3, 4])",
    "np.ma.masked_greater(np.arange(5), 2)", "np.ma.masked_less(np.arange(5), 2)", "np.ma.masked_equal(np.arange(5), 2)",
    "np.ma.masked_values(np.array([1.0, 2.0, 1.0]), 1.0)",
    "np.ma.array([1, 2, 3])", "np.ma.array([1.0, 2.0], mask=[0, 0])", "np.ma.array([1, 2], mask=[1, 1])",
    "np.ma.array([1, 2], mask=[1, 1]).sum()", "np.ma.array([1, 2], mask=[1, 1]).mean()",
    "np.ma.array([1, 2, 3], mask=[0, 1])", "np.ma.array([True, False], mask=[0, 1])",
    "np.ma.masked", "x[1]", "x[0]", "x[2]", "x[1:3]", "np.ma.is_masked(x)", "np.ma.getmask(x)", "np.ma.getdata(x)",
    "np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 1], fill_value=-9)", "np.ma.count_masked(x)",
    "x.mask.sum()", "(~x.mask).sum()", "np.ma.array(np.arange(6).reshape(2, 3), mask=[[0, 1, 0], [1, 0, 0]])",
    "print(np.ma.array(np.arange(6).reshape(2, 3), mask=[[0, 1, 0], [1, 0, 0]]))",
]


def _roots_theme():
    # Quadratics whose roots go through LAPACK's dgeev on a 2-by-2 companion matrix: random coefficients from NumPy's
    # seeded generator (written as literals), then real, double and complex roots, printed to the last bit.
    rng = np.random.default_rng(8)
    statements = ["R = np.polynomial.polynomial.polyroots", "r = np.roots"]
    for scale in (1.0, 1e-3, 1e3, 1e8):
        for _ in range(12):
            c = [float(v) for v in rng.normal(size=3) * scale]
            statements.append(f"R({c!r}).tolist()")
            statements.append(f"r({c[::-1]!r}).tolist()")
    for c in ([1.0, -2.0, 1.0], [2.0, 0.0, 1.0], [1.0, 1.0, 1.0], [-1.0, 2.0, 3.0], [0.5, 0.25, 0.125],
              [1e-8, 1.0, 1e-8], [3.0, -1e-9, 1.0], [1.0, 2.0, 1.0000001], [7, -3, 2], [1, 0, -4]):
        statements.append(f"R({c!r})")
        statements.append(f"r({c[::-1]!r})")
        statements.append(f"np.polynomial.Polynomial({c!r}).roots().tolist()")
        statements.append(f"np.poly1d({c[::-1]!r}).roots.tolist()")
    statements += ["p = np.poly1d([3, 2, -1])", "p.roots", "p.r", "np.polynomial.Polynomial([-1, 2, 3]).roots()",
                   "np.polynomial.Polynomial([1, 2, 3], domain=[0, 2]).roots()", "np.roots([1, 0, 0])",
                   "np.roots([0, 1, -3, 2])", "np.roots([1, -3, 2, 0])"]
    return statements


THEMES["45-polynomial-roots"] = _roots_theme()

# What docbuild refuses rather than print differently from NumPy (NumpyPolynomialRefusalTests checks each is a
# NotImplementedError naming it): roots of degree 2 and more (LAPACK's dgeev), full digits of least-squares fits,
# float16 and object dtypes, complex poly1d coefficients.
REFUSED = [
    "np.polynomial.Polynomial([1, 2, 3, 4]).roots()", "np.roots([1, -3, 2, 5])",
    "np.polynomial.Polynomial.fit([0.0, 1.0, 2.0], [1.0, 2.7, 5.8], 1)(2.5)",
    "np.poly1d(np.polyfit([0.0, 1.0, 2.0], [1.0, 2.7, 5.8], 1))(0.5)", "np.min_scalar_type(2**64)",
    "np.min_scalar_type(1.0)", "np.min_scalar_type('i4')", "np.common_type()", "print(np.poly1d([2j, 1]))",
    "np.polynomial.Chebyshev.fit([0.0, 1.0], [1.0, 2.0], 1)",
]


if __name__ == "__main__":
    write_themes(THEMES, HERE / "numpy", "make_numpy8_fixtures.py")
