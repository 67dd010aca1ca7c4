#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints under NumPy 1.13's printing mode (`np.set_printoptions(
legacy='1.13')`, the legacy mode public tutorial code uses most), for session 38's issue-10 work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session38_legacy_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the `interpreter/370-*` to `interpreter/374-*` fixtures; rerunning gives identical bytes.

The rules come from numpy/_core/arrayprint.py's `legacy <= 113` branches and scalartypes.c.src's legacy formatters:
a float or complex scalar prints in C's `%g` (12 significant digits for str, 17 for repr; 6 and 8 for float32,
float16 and complex64); a 0-d array is its item's Python repr; every float array element gets a sign column, and
scientific notation keeps all its digits after `  `; the bool dtype is named; lines wrap by 1.13's widths; a summary
writes `..., `. docbuild refused every printed number under this mode before.

370: scalars (repr, str, containers, formatting, `astype(str)`).
371: arrays of every numeric dtype, 0-d arrays, non-finite values, empty arrays.
372: summarised arrays and line wrapping.
373: print options with the mode: precision, suppress, floatmode, sign, linewidth, nanstr, np.printoptions,
     np.array2string, np.array_repr, np.array_str, np.format_float_positional and np.format_float_scientific.
374: the mode among other code: matrices, polynomials, masked arrays' str, switching modes, computed results.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session38_legacy_fixtures.py"
ON = "np.set_printoptions(legacy='1.13')"

SCALAR_VALUES = [
    "np.float64(0.1)", "np.float64(1 / 3)", "np.float64(2 / 3)", "np.float64(3.0)", "np.float64(-2.5)",
    "np.float64(0.0)", "np.float64(-0.0)", "np.float64(1e16)", "np.float64(1e15)", "np.float64(123456789012.5)",
    "np.float64(1e-5)", "np.float64(0.0001)", "np.float64(1e20)", "np.float64(1.5e-300)", "np.float64(5e-324)",
    "np.float64(1.7976931348623157e308)", "np.float64(np.nan)", "np.float64(-np.nan)", "np.float64(np.inf)",
    "np.float64(-np.inf)", "np.float64(100.0)", "np.float64(1e12)", "np.float64(999999999999.5)",
    "np.float64(0.1 + 0.2)", "np.float64(2 ** 53)", "np.float64(1234567.891)",
    "np.float32(0.1)", "np.float32(1 / 3)", "np.float32(16777216.0)", "np.float32(1e7)", "np.float32(1e-7)",
    "np.float32(-2.5)", "np.float32(3)", "np.float32(np.inf)", "np.float32(1e38)", "np.float32(123456.7)",
    "np.float16(0.1)", "np.float16(65504)", "np.float16(-0.5)", "np.float16(1 / 3)", "np.float16(2048)",
    "np.float16(np.nan)",
    "np.complex128(1 + 2j)", "np.complex128(1 / 3 + 1j)", "np.complex128(1j)", "np.complex128(-1j)",
    "np.complex128(0j)", "np.complex128(complex(-0.0, 1))", "np.complex128(complex(1, np.inf))",
    "np.complex128(complex(np.nan, np.nan))", "np.complex128(complex(0, np.nan))", "np.complex128(complex(0, -np.inf))",
    "np.complex128(complex(-np.inf, 2))", "np.complex128(2.5 - 0.5j)", "np.complex128(1e20 + 1e-20j)",
    "np.complex64(0.1 + 0.2j)", "np.complex64(1 / 3 - 2j)", "np.complex64(3j)",
    "np.int64(3)", "np.int8(-3)", "np.uint8(200)", "np.array([-1]).astype(np.uint64)[0]", "np.int32(-7)", "np.True_",
    "np.False_",
]

SCALARS = [ON]
for value in SCALAR_VALUES:
    SCALARS.append(value)
    SCALARS.append(f"print({value})")
SCALARS += [
    "[np.float64(1 / 3), np.int64(2), np.True_]",
    "(np.float32(2.5), np.float32(0.1))",
    "{'a': np.float64(0.1), 'b': np.complex128(1j)}",
    "x = np.float64(1 / 3)",
    "str(x), repr(x)",
    "f'{x}', f'{x!r}', f'{x!s}', f'{x:.3f}', f'{x:>22}'",
    "'{}'.format(x), '{!s}'.format(x), format(x), format(x, '')",
    "'%s %r %.4f %g' % (x, x, x, x)",
    "'value: ' + str(x)",
    "print(x, x * 2, np.float32(x))",
    "f'{np.float32(0.1)}', f'{np.complex64(0.1 + 0.2j)}', f'{np.float16(0.1)}', f'{np.complex128(1 / 3 + 1j)}'",
    "f'{np.int8(3)}', f'{np.True_}', f'{np.uint64(5)}'",
    "str(np.float32(1 / 3)), repr(np.float32(1 / 3))",
    "x.item(), float(x), x.tolist()",
    "np.array([1 / 3, 0.1, 1e16]).astype(str).tolist()",
    "np.array([1 / 3, 2.5], dtype=np.float32).astype(str).tolist()",
    "np.array([0.1], dtype=np.float16).astype(str).tolist()",
    "np.array([1 / 3 + 1j, 2j]).astype(str).tolist()",
    "np.array([1, -2]).astype(str).tolist()",
    "np.arange(3.0)[1]",
    "np.arange(6.0).reshape(2, 3).sum()",
    "np.mean([1, 2, 4])",
    "np.sqrt(np.float64(2))",
    "np.pi * np.float64(1)",
    "np.float64(1) / 3 * 3",
    "np.linalg.norm(np.array([3.0, 4.0]))",
    "np.round(np.float64(2.567), 2)",
    "np.float64(7) // 2, np.float64(7) % 2",
    "divmod(np.float64(7.5), 2)",
    "np.float32(1) / np.float32(3)",
    "np.array([1.5, 2.5]).mean()",
    "np.std(np.array([1.0, 2.0, 4.0]))",
    "np.float64(1e16) + 1",
    "np.int64(7) / np.int64(3)",
    "np.arange(5).sum(), np.arange(5).prod()",
    "np.array([1, 2, 3]).max()",
    "np.array([True, False]).any()",
]

ARRAY_VALUES = [
    "np.array([1.0, 2.0, 3.0])", "np.array([1.5, -2.0])", "np.array([-1.5, -2.25])", "np.array([0.1, 0.25, 100.0])",
    "np.array([1e-10, 1.0, 1e10])", "np.array([1e-5, 1.0])", "np.array([1e8, 1.0])", "np.array([-1e8, 1.0])",
    "np.array([1e-20, -1.0])", "np.array([123456789.0])", "np.array([0.0])", "np.array([-0.0, 0.0])",
    "np.array([1 / 3, 2 / 3])", "np.linspace(0, 1, 7)", "np.arange(12.0).reshape(3, 4)", "np.arange(12.0) / 7",
    "np.array([np.nan, 1.0, -np.inf])", "np.array([np.nan, 1.0])", "np.array([np.inf, -np.inf, np.nan])",
    "np.array([np.nan, 1e-10])", "np.array([np.inf, 1.5])", "np.array([1.0, 2.0], dtype=np.float32)",
    "np.array([0.1, 1 / 3], dtype=np.float32)", "np.array([1e7, 1.0], dtype=np.float32)",
    "np.array([1e9, 1.0], dtype=np.float32)", "np.array([0.1, 0.2], dtype=np.float16)",
    "np.array([1000, 2], dtype=np.float16)", "np.array([65504, -1], dtype=np.float16)",
    "np.array([1 + 2j, 3.5 - 1j])", "np.array([1j, -0.001j])", "np.array([1 / 3 + 1j, 2])",
    "np.array([1e-10 + 1j, 1e10])", "np.array([complex(np.nan, 1), complex(1, np.inf)])",
    "np.array([0.1 + 0.2j], dtype=np.complex64)", "np.array([1, 2, 3])", "np.array([-1, 20, -300])",
    "np.array([1, 2, 3], dtype=np.int8)", "np.array([200, 3], dtype=np.uint8)", "np.array([-1, 1]).astype(np.uint64)",
    "np.array([2 ** 62, -5])", "np.array([True, False])", "np.array([[True], [False]])", "np.array([True])",
    "np.arange(24).reshape(2, 3, 4)", "np.arange(24.0).reshape(2, 3, 4) - 10", "np.eye(3)", "np.zeros((2, 2))",
    "np.ones(3, dtype=np.int16)", "np.array([[1.5, -2.0], [3.0, 4.25]])", "np.array([[1, 2], [3, 4]], dtype=np.uint16)",
    "np.array(2.5)", "np.array(1 / 3)", "np.array(-0.0)", "np.array(np.nan)", "np.array(3)", "np.array(True)",
    "np.array(1 / 3, dtype=np.float32)", "np.array(0.1, dtype=np.float16)", "np.array(1 + 2j)",
    "np.array(0.1 + 0.2j, dtype=np.complex64)", "np.array(7, dtype=np.int8)", "np.array(-1).astype(np.uint64)",
    "np.array(1e20)", "np.array(1j)",
    "np.array([])", "np.zeros((0, 3))", "np.array([], dtype=np.int8)", "np.array([], dtype=bool)",
    "np.zeros((2, 0))",
]

ARRAYS = [ON]
for value in ARRAY_VALUES:
    ARRAYS.append(value)
    ARRAYS.append(f"print({value})")
ARRAYS += [
    "a = np.array([[1.0, -2.5], [1e-3, 4.0]])",
    "a", "a.T", "a[0]", "a[:, 1]", "a * 2", "a.sum(axis=0)", "a > 0", "a.astype(int)", "a.astype(np.float32)",
    "[a[0], a[1]]", "(a[0],)", "a.tolist()", "a.shape, a.dtype",
    "np.array([[1 / 3]])", "np.array([[[1.0]]])", "np.array([[]])",
]

SUMMARY_VALUES = [
    "np.arange(2000)", "np.arange(2000.0)", "np.arange(2000.0) / 3", "np.arange(1001)", "np.arange(2000).reshape(2, 1000)",
    "np.arange(2000).reshape(1000, 2)", "np.arange(3000.0).reshape(10, 10, 30)", "np.arange(2000) > 5",
    "np.arange(2000, dtype=np.int8)", "np.arange(2000, dtype=np.float32)", "np.arange(2000) * 1j",
    "np.linspace(0, 1, 1500)", "np.arange(4000).reshape(2, 2, 1000)",
]

WRAP_VALUES = [
    "np.arange(30)", "np.arange(30.0)", "np.arange(30.0) / 7", "np.arange(40) * 1000", "np.linspace(0, 1, 20)",
    "np.arange(26.0) - 13", "np.arange(30.0).reshape(2, 15)", "np.arange(60.0).reshape(2, 2, 15) / 3",
    "np.arange(25) > 12", "np.arange(20) * 1j", "np.arange(24, dtype=np.int8)", "np.arange(22.0) * 1e-8",
    "np.arange(14.0) + 0.5", "np.arange(15.0) + 0.5", "np.arange(16.0) + 0.5", "np.arange(24) * 10",
    "np.arange(25) * 10", "np.arange(26) * 10",
]

SUMMARIES = [ON]
for value in SUMMARY_VALUES + WRAP_VALUES:
    SUMMARIES.append(value)
    SUMMARIES.append(f"print({value})")
# Every line width from 8 to 80 on a few arrays, for 1.13's widths (the closing bracket and the separator are not
# kept for a row's last element, a nested row gets the full width, a line may wrap before its first element).
for width in range(8, 81, 3):
    SUMMARIES.append(f"np.set_printoptions(linewidth={width})")
    SUMMARIES.append("np.arange(16.0) / 3")
    SUMMARIES.append("print(np.arange(16.0).reshape(2, 8) - 7)")
    SUMMARIES.append("np.arange(18).reshape(3, 6) * 7")
    SUMMARIES.append("np.array([1 + 2j, -3.5j, 4, 1e-3 + 1j])")
    SUMMARIES.append("np.arange(12) > 5")
    SUMMARIES.append("np.arange(10, dtype=np.int16) * 1000")
    SUMMARIES.append("np.arange(2000.0).reshape(2, 1000)")
SUMMARIES += [
    "np.set_printoptions(linewidth=75)",
    "np.set_printoptions(threshold=5)",
    "np.arange(10)", "print(np.arange(10))", "np.arange(10.0)", "np.arange(36).reshape(6, 6)",
    "print(np.arange(36).reshape(6, 6))", "np.arange(64.0).reshape(4, 4, 4)", "print(np.arange(64.0).reshape(4, 4, 4))",
    "np.arange(128).reshape(2, 4, 4, 4)", "np.arange(8) > 3",
    "np.set_printoptions(edgeitems=1)",
    "np.arange(10)", "print(np.arange(36).reshape(6, 6))", "np.arange(64.0).reshape(4, 4, 4)",
    "np.set_printoptions(threshold=1000, edgeitems=3)",
    "np.set_printoptions(linewidth=20)",
    "np.arange(10)", "print(np.arange(10))", "np.arange(10.0)", "np.arange(12.0).reshape(2, 6)",
    "print(np.arange(12.0).reshape(2, 6))", "np.array([1 + 2j, 3 - 4j, 5j])", "np.arange(6) > 2",
    "np.array([1.5, 2.5, 3.5, 4.5], dtype=np.float32)", "np.arange(5, dtype=np.int8)",
    "np.set_printoptions(linewidth=5)",
    "np.arange(3)", "print(np.arange(3))", "np.arange(3.0)", "np.arange(4.0).reshape(2, 2)", "np.array([True, False])",
    "print(np.arange(4.0).reshape(2, 2))",
    "np.set_printoptions(linewidth=1)",
    "np.arange(3)", "print(np.arange(3.0))", "np.arange(4).reshape(2, 2)",
    "np.set_printoptions(linewidth=75)",
    "np.arange(15.0)", "np.arange(12.0) * 100",
]

OPTIONS = [ON]
OPTION_ARRAYS = [
    "np.array([1 / 3, 2.5, -1e-3])", "np.array([1e-10, 1.0])", "np.array([1.0, 2.0])", "np.array([1e-9, 1.0, 2.5])",
    "np.array([1 / 3 + 1j, -2.5j])", "np.array([np.nan, 1.5, -np.inf])", "np.array([1, -2, 3])",
    "np.array([0.5, 0.25], dtype=np.float32)",
]
for option in ["precision=3", "precision=0", "precision=12", "suppress=True", "floatmode='fixed'",
               "floatmode='maxprec_equal'", "floatmode='maxprec'", "sign='+'", "sign=' '", "nanstr='NaN'",
               "infstr='Inf'", "precision=2, suppress=True", "precision=4, floatmode='fixed'"]:
    OPTIONS.append(f"np.set_printoptions({option})")
    OPTIONS.append("np.get_printoptions()['sign'], np.get_printoptions()['legacy']")
    for value in OPTION_ARRAYS:
        OPTIONS.append(value)
    OPTIONS.append("print(np.array([1 / 3, -2.0]))")
    OPTIONS.append("np.float64(1 / 3)")
    OPTIONS.append("np.set_printoptions(precision=8, suppress=False, floatmode='maxprec', nanstr='nan', infstr='inf')")
OPTIONS += [
    "np.set_printoptions(floatmode='unique')",
    "np.array([1 / 3, 2.5])", "np.array([0.1, 1.0])", "np.float64(1 / 3)", "np.array([1 / 3 + 1j])",
    "np.set_printoptions(floatmode='maxprec')",
    "np.set_printoptions(legacy='1.13', sign='+')",
    "np.get_printoptions()['sign']", "np.array([1.0, -2.0])",
    "with np.printoptions(precision=2):\n    print(np.array([1 / 3, 2.0]), repr(np.float64(1 / 3)))",
    "with np.printoptions(sign='+'):\n    print(np.array([1 / 3, 2.0]), np.get_printoptions()['sign'])",
    "with np.printoptions(legacy=False):\n    print(repr(np.array([1.0, 2.0])), repr(np.float64(1 / 3)))",
    "np.array([1.0, 2.0])",
    "np.array2string(np.array([1 / 3, 2.0]))",
    "np.array2string(np.array([1 / 3, 2.0]), precision=3)",
    "np.array2string(np.array([1.0, 2.0]), sign='+')",
    "np.array2string(np.array([1.0, -2.0]), sign=' ')",
    "np.array2string(np.array([1.0, 2.0]), sign='-')",
    "np.array2string(np.array([1, 2]), sign='+')",
    "np.array2string(np.array([1, 2]), sign=' ')",
    "np.array2string(np.array([1e-10, 1.0]), suppress_small=True)",
    "np.array2string(np.array([1.5, 2.0]), floatmode='fixed')",
    "np.array2string(np.arange(30.0), max_line_width=40)",
    "np.array2string(np.arange(2000))",
    "np.array2string(np.arange(2000), threshold=10, edgeitems=2)",
    "np.array2string(np.array([True, False]))",
    "np.array2string(np.array(0.1))",
    "np.array2string(np.array(1 / 3, dtype=np.float32))",
    "np.array2string(np.array(True))",
    "np.array2string(np.array(3, dtype=np.int8))",
    "np.array2string(np.array(1 + 2j))",
    "np.array2string(np.float64(1 / 3))",
    "np.array2string(np.float64(1 / 3), precision=2)",
    "np.array_repr(np.array([1 / 3, -2.0]))",
    "np.array_repr(np.arange(20.0), max_line_width=30)",
    "np.array_repr(np.array([1 / 3, -2.0]), precision=2, suppress_small=True)",
    "np.array_repr(np.array(1 / 3))",
    "np.array_repr(np.array([True, False]), max_line_width=10)",
    "np.array_repr(np.array([1, 2], dtype=np.int8), max_line_width=12)",
    "np.array_repr(np.arange(2000.0))",
    "np.array_str(np.array([1 / 3, 2.0]))",
    "np.array_str(np.arange(12.0).reshape(3, 4))",
    "np.format_float_positional(np.float64(1 / 3))",
    "np.format_float_positional(np.float32(0.1))",
    "np.format_float_positional(1 / 3, precision=4)",
    "np.format_float_scientific(np.float64(1 / 3))",
    "np.format_float_scientific(1e-10, precision=3)",
    "np.set_printoptions(linewidth=30, precision=3)",
    "np.arange(20.0) / 3", "print(np.arange(20.0) / 3)",
    "np.set_printoptions(linewidth=75, precision=8)",
    "np.get_printoptions()",
    # array2string's own legacy=, which keeps the sign in force (np.set_printoptions resets it to '-' under '1.13').
    "np.array2string(np.array([1.0, -2.0]), legacy=False)",
    "np.array2string(np.array(0.5), legacy=False)",
    "np.array2string(np.array([True, False]), legacy='1.25')",
    "np.set_printoptions(legacy=False, sign='+')",
    "np.array2string(np.array([1.0, 2.0]), legacy='1.13')",
    "np.array2string(np.array([1.0, -2.0]), legacy='1.13', sign=' ')",
    "np.array2string(np.array(0.5), legacy='1.13')",
    "np.array2string(np.array(1 / 3, dtype=np.float32), legacy='1.13', precision=2)",
    "np.array2string(np.float64(1 / 3), legacy='1.13')",
    "np.array2string(np.arange(2000.0), legacy='1.13')",
    "np.array2string(np.array([1e-10, 1.0, 1e10]), legacy='1.13')",
    "np.array2string(np.array([1 + 2j, 3.5 - 1j]), legacy='1.13')",
    "np.array2string(np.array([1.0, 2.0]))",
    "np.set_printoptions(sign='-')",
    "np.array2string(np.arange(12.0).reshape(3, 4), legacy='1.13', max_line_width=20)",
]

MIXED = [
    ON,
    "np.matrix([[1 / 3, 2.0]])", "print(np.matrix([[1 / 3, 2.0]]))", "np.matrix([[1, 2], [3, 4]])",
    "np.matrix([[1.5], [-2.0]]).T", "np.matrix([[1, 2], [3, 4]]) * np.matrix([[1], [0]])",
    "from numpy.polynomial import Polynomial",
    "p = Polynomial([1 / 3, 2.0, -1.0])",
    "p", "print(p)", "p.coef", "p(2.0)", "p.deriv()", "p.roots()",
    "np.poly1d([1 / 3, 2.0])", "print(np.poly1d([1.0, -2.0, 1.0]))", "np.poly1d([1.0, -3.0, 2.0]).roots",
    "np.polyfit(np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 5.0]), 1)",
    "m = np.ma.array([1.0, 2.5, 1 / 3], mask=[0, 1, 0])",
    "print(m)", "str(m)", "m.sum()", "print(m.sum())", "m.data", "m.mask",
    "rng = np.random.default_rng(0)",
    "rng.random(3)", "rng.integers(0, 10, size=5)", "rng.normal(size=(2, 2))", "rng.random()",
    "np.random.seed(1)", "np.random.rand(3)", "np.random.randint(0, 5, size=4)", "np.random.randn()",
    "x = np.linspace(-1, 1, 5)",
    "x", "x ** 2", "np.sin(x)", "np.exp(x)", "np.cumsum(x)", "np.diff(x)", "x.reshape(5, 1)",
    "np.where(x > 0, x, 0)", "np.clip(x, -0.5, 0.5)", "np.argsort(x)", "np.unique(np.array([3, 1, 3, 2]))",
    "np.histogram(np.array([1.0, 2.0, 2.5, 4.0]), bins=2)",
    "np.linalg.inv(np.array([[2.0, 1.0], [1.0, 3.0]]))", "np.linalg.eigvals(np.array([[2.0, 0.0], [0.0, 3.0]]))",
    "np.linalg.solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0]))",
    "np.dot(np.array([1.0, 2.0]), np.array([3.0, 4.0]))",
    "np.array([1, 2, 3]) / 7", "np.array([1, 2, 3]) // 2", "np.array([1, 2, 3]) == 2",
    "np.zeros(3, dtype=complex)", "np.full((2, 2), np.nan)", "np.identity(2, dtype=int)",
    "np.array([[1, 2], [3, 4]]).mean(axis=1)", "np.percentile(np.arange(10.0), [25, 50])",
    "np.vstack([np.ones(2), np.zeros(2)])", "np.meshgrid(np.arange(2), np.arange(3.0))",
    "np.split(np.arange(6.0), 3)", "list(np.arange(3.0))", "tuple(np.arange(3))", "dict(a=np.arange(2.0))",
    # HackerRank-style exercises, which set the mode first.
    "print(np.eye(3, 4))", "print(np.identity(3))", "print(np.eye(4, k=1))",
    "a = np.array([1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9])",
    "print(np.floor(a), np.ceil(a), np.rint(a), sep='\\n')",
    "b = np.array([[1, 2], [3, 4]])",
    "print(np.mean(b, axis=1)); print(np.var(b, axis=0)); print(np.std(b))",
    "print(np.sum(b, axis=0)); print(np.prod(np.sum(b, axis=0)))",
    "print(np.min(b, axis=1)); print(np.max(np.min(b, axis=1)))",
    "print(np.linalg.det(np.array([[1.1, 1.1], [1.1, 1.1]])))",
    "print(round(np.linalg.det(np.array([[2.0, 1.0], [1.0, 3.0]])), 2))",
    "print(np.polyval([1.1, 2, 3], 0))", "print(np.inner(np.array([0, 1]), np.array([3, 4])))",
    "print(np.outer(np.array([0, 1]), np.array([2, 3])))", "print(np.dot(b, b))",
    "print(np.concatenate((b, b), axis=0))", "print(np.transpose(b)); print(b.flatten())",
    "print(np.zeros((1, 2), dtype=int)); print(np.ones((1, 2)))",
    "print(np.array(['1', '2', '3'], float))", "print(np.reshape(np.array([1, 2, 3, 4, 5, 6, 7, 8, 9]), (3, 3)))",
    "np.set_printoptions(legacy='1.25')",
    "np.float64(1 / 3)", "np.array([1.0, 2.0])", "np.array([True, False])",
    "np.set_printoptions(legacy='1.13')",
    "np.float64(1 / 3)", "np.array([1.0, 2.0])",
    "np.set_printoptions(legacy=False)",
    "np.float64(1 / 3)", "np.array([1.0, 2.0])", "np.array([True, False])", "np.get_printoptions()['legacy']",
    "with np.printoptions(legacy='1.13'):\n    print(repr(np.float64(1 / 3)), repr(np.array([1.0, -2.0])), np.float32(0.1))",
    "np.float64(1 / 3)",
]

FIXTURES = [
    ("370-session38-legacy113-scalars", "NumPy 1.13's printing mode for scalars", SCALARS),
    ("371-session38-legacy113-arrays", "NumPy 1.13's printing mode for numeric arrays", ARRAYS),
    ("372-session38-legacy113-summaries-wrapping", "NumPy 1.13's summaries and line wrapping", SUMMARIES),
    ("373-session38-legacy113-print-options", "print options under NumPy 1.13's printing mode", OPTIONS),
    ("374-session38-legacy113-in-context", "NumPy 1.13's printing mode among other code", MIXED),
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
