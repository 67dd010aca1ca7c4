#!/usr/bin/env python3
"""Writes the transcripts of issue 10's sixth round (the everyday functions: diff, cumprod, tril/triu, split, roll,
pad, average, tensordot, kron, the comparison ufuncs, the NaN-skipping reductions, ...) from real Python and NumPy
2.4.6 (and HIPS autograd 1.9 for the gradient theme), into `numpy/` beside the earlier rounds'.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy6_fixtures.py`; rerunning gives identical bytes. Random inputs
come from NumPy's own seeded generator and are written into the statements as literals.
"""

import numpy as np

from make_numpy_fixtures import HERE, write_themes

THEMES = {}

# Every element at full repr precision.
FULL = "def full(x):\n    return [float(v) for v in np.ravel(x)]"


def literal(array):
    return repr(np.asarray(array).tolist())


THEMES["20-everyday-shapes"] = [
    "a = np.arange(12).reshape(3, 4)", "f = np.array([1.0, 4.0, 9.0, 16.0, 25.0])", "b = np.array([True, False, False, True])",
    "np.empty(3).shape", "np.empty((2, 3), dtype=int).dtype", "np.empty(0)", "np.copy(a)", "np.copy([1, 2, 3])", "np.copy(5)",
    "np.copy(np.float64(2.5))", "c = np.copy(f)", "c[0] = 100.0", "f", "c",
    "np.diff(f)", "np.diff(f, n=2)", "np.diff(f, 3)", "np.diff(f, n=0)", "np.diff(f, n=10)", "np.diff(a)",
    "np.diff(a, axis=0)", "np.diff(a, axis=-2)", "np.diff(a, n=2, axis=1)", "np.diff(b)", "np.diff(b, n=2)",
    "np.diff(f, prepend=0)", "np.diff(f, append=100)", "np.diff(f, prepend=0, append=[30, 40])",
    "np.diff(a, prepend=0)", "np.diff(a, axis=0, append=a[:1])", "np.diff([1, 3, 6, 10])",
    "np.diff(np.array([1, 3, 6], dtype=np.uint8))", "np.diff(np.array([1.5, 2.0], dtype=np.float32))",
    "np.diff(np.array([1, 2], dtype=np.int8), prepend=0)", "np.diff(f, n=-1)", "np.diff(np.float64(3.0))",
    "np.diff(a, axis=2)", "np.diff(np.array([]))",
    "np.cumprod(f)", "np.cumprod(a)", "np.cumprod(a, axis=0)", "np.cumprod(a, axis=1)", "np.cumprod(a + 1, axis=-1)",
    "np.cumprod(b)", "np.cumprod([1, 2, 3])", "np.cumprod(np.array([2, 3], dtype=np.int8))",
    "np.cumprod(np.array([2, 3], dtype=np.uint16))", "np.cumprod(np.array([1.5, 2.5], dtype=np.float32))",
    "np.cumprod(f, dtype=int)", "np.cumprod(np.array([]))", "np.cumprod(np.float64(2.0))", "np.cumprod(a, axis=2)",
    "np.cumprod(np.array([2**40, 2**40]))",
    "np.tri(3)", "np.tri(3, 5)", "np.tri(3, 5, 2)", "np.tri(4, k=-1)", "np.tri(2, dtype=int)", "np.tri(3, dtype=bool)",
    "np.tri(0)", "np.tril(a)", "np.tril(a, 1)", "np.tril(a, -1)", "np.triu(a)", "np.triu(a, 1)", "np.triu(a, -1)",
    "np.tril(f)", "np.triu([1, 2, 3])", "np.tril(np.ones((2, 3, 3)))", "np.triu(b)", "np.tril(a, 10)", "np.triu(a, -10)",
    "np.tril(np.float64(1.0))", "np.triu(np.ones((2, 2), dtype=np.float32))",
    "np.roll(f, 1)", "np.roll(f, -2)", "np.roll(f, 7)", "np.roll(f, 0)", "np.roll(a, 1)", "np.roll(a, 1, axis=0)",
    "np.roll(a, -1, axis=1)", "np.roll(a, (1, 2), axis=(0, 1))", "np.roll(a, 1, axis=(0, 1))", "np.roll(a, (1, -1), axis=1)",
    "np.roll(a, (1, 2, 3), axis=(0, 1))", "np.roll(a, 1, axis=2)", "np.roll(b, 2)", "np.roll(np.array([]), 3)",
    "np.swapaxes(a, 0, 1)", "np.swapaxes(np.ones((2, 3, 4)), 0, 2).shape", "np.swapaxes(a, -1, 0)", "np.swapaxes(a, 0, 2)",
    "x3 = np.arange(24).reshape(2, 3, 4)", "np.moveaxis(x3, 0, -1).shape", "np.moveaxis(x3, -1, 0).shape",
    "np.moveaxis(x3, [0, 1], [-1, -2]).shape", "np.moveaxis(x3, 0, 1)", "np.moveaxis(x3, 3, 0)",
    "np.moveaxis(x3, [0, 0], [1, 2])", "np.moveaxis(x3, [0, 1], [2])",
    "np.rot90(a)", "np.rot90(a, 2)", "np.rot90(a, 3)", "np.rot90(a, -1)", "np.rot90(a, 4)", "np.rot90(a, k=1, axes=(1, 0))",
    "np.rot90(x3, axes=(1, 2)).shape", "np.rot90(x3, 1, (0, 2))[0]", "np.rot90(a, axes=(0, 0))", "np.rot90(a, axes=(0, 2))",
    "np.rot90(a, axes=(0,))",
    "np.take(f, [0, 2])", "np.take(f, 3)", "np.take(a, [0, 5, 11])", "np.take(a, [[0, 1], [2, 3]])", "np.take(a, [2, 0], axis=0)",
    "np.take(a, [3, 1], axis=1)", "np.take(a, [[0, 0]], axis=1)", "np.take(a, 1, axis=1)", "np.take(f, [-1, -5])",
    "np.take(f, [5])", "np.take(f, [7], mode='wrap')", "np.take(f, [-7, 9], mode='clip')", "np.take(f, [1.0])",
    "np.take(a, [4], axis=0)", "np.take([4, 5, 6], [0, 2])", "np.take(f, [0], mode='bad')",
    "np.atleast_1d(1.0)", "np.atleast_1d(f)", "np.atleast_1d(1, [2, 3])", "np.atleast_2d(3)", "np.atleast_2d(f)",
    "np.atleast_2d(a)", "np.atleast_2d(f, a)", "np.atleast_3d(3).shape", "np.atleast_3d(f).shape", "np.atleast_3d(a).shape",
    "np.atleast_3d(x3).shape", "np.atleast_1d(np.float64(2.5))", "np.atleast_2d([[1]])",
    "np.indices((2, 3))", "np.indices((2,))", "np.indices((2, 2), dtype=float)", "np.indices((1, 2), sparse=True)",
    "np.indices(())",
    "np.ix_([0, 2], [1, 3])", "a[np.ix_([0, 2], [1, 3])]", "np.ix_([True, False, True])", "np.ix_(np.array([1, 0]))",
    "np.ix_([[1]])", "np.flatnonzero(a % 3 == 0)", "np.flatnonzero(f > 5)", "np.flatnonzero(0)", "np.flatnonzero([0, 2, 0, 4])",
    "np.unravel_index(7, (3, 4))", "np.unravel_index([1, 5, 11], (3, 4))", "np.unravel_index(7, (3, 4), order='F')",
    "np.unravel_index(12, (3, 4))", "np.unravel_index(-1, (3, 4))", "np.unravel_index(np.array([[0, 3]]), (2, 2))",
    "np.unravel_index(1.0, (3, 4))", "np.unravel_index(5, (3, 4), order='X')",
    "np.ravel_multi_index(([0, 2], [1, 3]), (3, 4))", "np.ravel_multi_index((1, 2), (3, 4))",
    "np.ravel_multi_index(([0, 2], [1, 3]), (3, 4), order='F')", "np.ravel_multi_index(([0, 3], [1, 3]), (3, 4))",
    "np.ravel_multi_index(([0], [1], [0]), (3, 4))",
]

THEMES["21-everyday-joins"] = [
    "a = np.arange(6).reshape(2, 3)", "v = np.array([1.5, 2.5, 3.5])", "w = np.array([7, 8])",
    "np.split(np.arange(9), 3)", "np.split(np.arange(8), [3, 5])", "np.split(np.arange(8), [3, 5, 10])",
    "np.split(np.arange(8), [5, 3])", "np.split(a, 2)", "np.split(a, 3, axis=1)", "np.split(a, [1], axis=-1)",
    "np.split(np.arange(9), 4)", "np.split(np.arange(9), 0)", "np.split(a, 2, axis=2)", "np.split(np.arange(5), [])",
    "np.array_split(np.arange(10), 3)", "np.array_split(np.arange(3), 5)", "np.array_split(a, 2, axis=1)",
    "np.array_split(np.arange(7), [-2])", "np.array_split(np.arange(4), -1)",
    "np.hsplit(a, 3)", "np.hsplit(np.arange(6), 2)", "np.hsplit(np.arange(6), [1])", "np.hsplit(np.float64(1.0), 1)",
    "np.vsplit(a, 2)", "np.vsplit(np.arange(4), 2)", "np.dsplit(np.arange(8).reshape(1, 2, 4), 2)", "np.dsplit(a, 2)",
    "np.column_stack([v, v * 2])", "np.column_stack((w, w))", "np.column_stack([a.T, np.ones(3)])", "np.column_stack([1, 2])",
    "np.dstack([v, v])", "np.dstack([a, a]).shape", "np.dstack((w, w))", "np.dstack([1, 2])",
    "np.append(v, 4.5)", "np.append(a, [[9, 9, 9]], axis=0)", "np.append(a, [7, 8])", "np.append([1, 2], [[3, 4]])",
    "np.append(a, [[1], [2]], axis=1)", "np.append(a, [1, 2, 3], axis=0)", "np.append(w, v)",
    "np.delete(v, 1)", "np.delete(a, 1, axis=0)", "np.delete(a, [0, 2], axis=1)", "np.delete(a, 4)", "np.delete(a, -1)",
    "np.delete(np.arange(10), slice(2, 8, 2))", "np.delete(np.arange(5), [True, False, True, False, False])",
    "np.delete(v, 5)", "np.delete(a, 1, axis=2)", "np.delete(v, [])",
    "np.tensordot(a, a.T)", "np.tensordot(a, a.T, axes=1)", "np.tensordot(a, a, axes=([1], [1]))",
    "np.tensordot(a, a, axes=([0, 1], [0, 1]))", "np.tensordot(v, v, axes=0)", "np.tensordot(v, v, axes=1)",
    "np.tensordot(np.arange(24.0).reshape(2, 3, 4), np.arange(12.0).reshape(4, 3), axes=([1, 2], [1, 0]))",
    "np.tensordot(a, a, axes=([1], [0]))", "np.tensordot(a, a, axes=(1, 1))",
    "np.kron([1, 10, 100], [5, 6, 7])", "np.kron(np.eye(2), np.ones((2, 2)))", "np.kron(a, [1, -1])",
    "np.kron(2, a)", "np.kron(np.array([[1, 2], [3, 4]]), np.array([[0, 5], [6, 7]]))",
    "np.kron(np.ones((2, 1, 2)), np.arange(3)).shape", "np.kron(v, w)",
    "x = np.arange(6)", "np.select([x < 2, x > 3], [x, x ** 2])", "np.select([x < 2, x > 3], [x, x ** 2], default=-1)",
    "np.select([x < 3], [x * 1.5])", "np.select([x > 1, x > 3], [x, -x], 0.5)", "np.select([x < 2], [x, x])",
    "np.select([x], [x])", "np.select([], [])",
    "np.array_equiv([1, 2], [1, 2])", "np.array_equiv([1, 2], [[1, 2], [1, 2]])", "np.array_equiv([1, 2], [[1, 2], [1, 3]])",
    "np.array_equiv([1, 2], [1, 2, 3])", "np.array_equiv(a, a.copy())", "np.array_equiv(1.0, [1, 1])",
    "np.pad(v, 2)", "np.pad(v, (1, 2))", "np.pad(v, (1, 2), constant_values=9)", "np.pad(a, 1)", "np.pad(a, ((1, 0), (0, 2)))",
    "np.pad(a, 1, constant_values=(7, 8))", "np.pad(a, ((1, 1), (2, 2)), constant_values=((1, 2), (3, 4)))",
    "np.pad(a, 1, mode='edge')", "np.pad(v, 3, mode='edge')", "np.pad(v, 2, mode='reflect')", "np.pad(v, 5, mode='reflect')",
    "np.pad(a, (2, 3), mode='reflect')", "np.pad(v, 2, mode='symmetric')", "np.pad(v, 7, mode='symmetric')",
    "np.pad(a, 1, mode='symmetric')", "np.pad(v, 2, mode='wrap')", "np.pad(v, 8, mode='wrap')", "np.pad(a, (1, 2), mode='wrap')",
    "np.pad(np.array([5.0]), 3, mode='reflect')", "np.pad(a, 1, constant_values=1.7)", "np.pad(v, 1.5)",
    "np.pad(v, -1)", "np.pad(v, 1, mode='bogus')", "np.pad(v, 1, mode='edge', constant_values=3)",
    "np.pad(np.array([]), 1, mode='edge')", "np.pad(np.array([]), 2)", "np.pad(a, ((1, 2),))", "np.pad(a, [[0, 1], [1, 0]], 'wrap')",
]

THEMES["22-everyday-calculus"] = [
    "a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])", "i = np.arange(6).reshape(2, 3)",
    "np.average(a)", "np.average(i)", "np.average(a, axis=0)", "np.average(a, axis=1)", "np.average(a, axis=(0, 1))",
    "np.average(a, weights=[[1, 2, 3], [4, 5, 6]])", "np.average(a, axis=1, weights=[1, 0, 2])",
    "np.average(a, axis=0, weights=[0.25, 0.75])", "np.average(i, axis=1, weights=[1, 1, 2])",
    "np.average(a, weights=[[1, 2, 3], [4, 5, 6]], returned=True)", "np.average(a, axis=1, weights=[1, 0, 2], returned=True)",
    "np.average(a, axis=1, returned=True)", "np.average(a, returned=True)", "np.average(a, axis=0, keepdims=True)",
    "np.average(a, axis=1, weights=[1, 0, 2], keepdims=True)", "np.average([1, 2, 3, 4], weights=[4, 3, 2, 1])",
    "np.average(a, weights=[1, 2, 3])", "np.average(a, axis=1, weights=[1, 2])", "np.average(a, axis=1, weights=[1, -1, 0])",
    "np.average(np.array([1.5, 2.5], dtype=np.float32))", "np.average(np.array([1.5, 2.5], dtype=np.float32), weights=[1, 3])",
    "np.average([True, False, True])",
    "np.ptp(a)", "np.ptp(a, axis=0)", "np.ptp(a, axis=1, keepdims=True)", "np.ptp(i)", "np.ptp([3, -2, 7])",
    "np.ptp(np.array([5], dtype=np.uint8))", "np.ptp(np.array([1, 250], dtype=np.uint8))",
    "np.logspace(0, 3, 4)", "np.logspace(0, 1, 5)", "np.logspace(0, 2, 3, base=2)", "np.logspace(0, 2, 3, endpoint=False)",
    "np.logspace(1, 0, 3)", "np.logspace(0, 3, 4, dtype=int)", "np.logspace(-2, 2, 5)", "np.logspace(0, 1, 0)",
    "np.cross([1, 0, 0], [0, 1, 0])", "np.cross([1.5, 2.0, -3.0], [4.0, 0.5, 2.0])", "np.cross([[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [1, 0, 0]])",
    "np.cross([1, 2, 3], [[7, 8, 9], [1, 0, 0]])", "np.cross([1, 2, 3, 4], [1, 2, 3, 4])",
    "np.trapezoid([1, 2, 3])", "np.trapezoid([1.0, 4.0, 9.0], dx=0.5)", "np.trapezoid([1, 2, 3], x=[0, 1, 3])",
    "np.trapezoid(a)", "np.trapezoid(a, axis=0)", "np.trapezoid(np.sin(np.linspace(0, np.pi, 101)), np.linspace(0, np.pi, 101))",
    "np.trapezoid(a, x=[[0, 1, 3], [0, 2, 4]])",
    "np.vander([1, 2, 3])", "np.vander([1, 2, 3], 2)", "np.vander([1, 2, 3], increasing=True)", "np.vander([1.5, 2.0], 4)",
    "np.vander([2, 3], 0)", "np.vander(np.array([1, 2], dtype=np.int8))", "np.vander(a)",
    "np.gradient([1, 2, 4, 7, 11])", "np.gradient(np.array([1.0, 2.0, 4.0, 7.0, 11.0]), 2)",
    "np.gradient(np.array([1.0, 2.0, 4.0, 7.0, 11.0]), edge_order=2)", "np.gradient(a)", "np.gradient(a, axis=1)",
    "np.gradient(a, axis=0)", "np.gradient(a, 2.0, axis=-1)", "np.gradient(np.array([1.0, 2.0, 4.0, 7.0]), [0.0, 1.0, 1.5, 3.5])",
    "np.gradient(np.array([1.0, 2.0, 4.0, 7.0]), np.array([0, 1, 2, 3]))",
    "np.gradient(np.array([1.0, 2.0, 4.0, 7.0]), [0.0, 1.0, 1.5, 3.5], edge_order=2)", "np.gradient(np.array([1.0, 2.0]))",
    "np.gradient(np.array([1.0, 2.0]), edge_order=2)", "np.gradient(a, 1.0, 2.0)", "np.gradient(a, 1.0, 2.0, 3.0)",
    "np.gradient(np.array([1.0, 2.0, 4.0]), [1.0, 2.0])", "np.gradient(np.array([1.0, 2.0, 4.0]), edge_order=3)",
]

THEMES["23-everyday-ufuncs"] = [
    "x = np.array([-2.0, -0.0, 0.0, 1.5, np.nan, np.inf])", "y = np.array([1.0, 0.0, -1.0, 1.5, 2.0, np.nan])",
    "i = np.array([3, -1, 0, 7])", "np.greater(x, y)", "np.less(x, y)", "np.equal(x, y)", "np.not_equal(x, y)",
    "np.greater_equal(x, 0)", "np.less_equal(i, 0)", "np.greater(i, 1.5)", "np.equal(i, [3, 1, 0, 7])", "np.less(2, 3)",
    "np.fmax(x, y)", "np.fmin(x, y)", "np.fmax(i, 2)", "np.fmin(i, 2.5)", "np.fmax(np.nan, np.nan)", "np.fmax([1, np.nan], [np.nan, 3])",
    "np.float_power(2, 3)", "np.float_power(i, 2)", "np.float_power([1.5, 2.0], -1)", "np.float_power(np.array([2], dtype=np.float32), 0.5)",
    "np.heaviside(x, 0.5)", "np.heaviside(i, 1)", "np.heaviside([-1.5, 0, 2], [10.0, 20.0, 30.0])",
    "np.sinc(0)", "np.sinc(np.array([0.0, 0.5, 1.0, 1.5, -2.25]))", "np.sinc(np.linspace(-2, 2, 9))", "np.sinc(i)",
    "np.signbit(x)", "np.signbit(i)", "np.signbit(-0.0)", "np.signbit(3)",
    "np.copysign(x, -1)", "np.copysign(i, y[:4])", "np.copysign(2.0, -0.0)", "np.copysign([1.0, -2.0], [-1.0, 1.0])",
    "np.logaddexp(1.0, 2.0)", "np.logaddexp(x, y)", "np.logaddexp(np.log(1e-50), np.log(2.5e-50))", "np.logaddexp([0, 1, 2], 0)",
    "np.logaddexp(-np.inf, -np.inf)", "np.logaddexp(np.inf, np.inf)", "np.logaddexp(1000.0, 1000.0)",
    "np.logaddexp2(1.0, 2.0)", "np.logaddexp2(x, y)", "np.logaddexp2([0, 1, 2], 3)",
    "np.nan_to_num(x)", "np.nan_to_num(x, nan=-1.0)", "np.nan_to_num(x, posinf=99.0, neginf=-99.0)", "np.nan_to_num(i)",
    "np.nan_to_num(np.nan)", "np.nan_to_num(np.inf)", "np.nan_to_num(np.array([np.inf, np.nan], dtype=np.float32))",
    "np.greater(x, y, out=None)",
]

THEMES["24-everyday-nan"] = [
    "a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])", "n = np.array([[np.nan, np.nan], [1.0, 2.0]])",
    "i = np.arange(6).reshape(2, 3)",
    "np.nansum(a)", "np.nansum(a, axis=0)", "np.nansum(a, axis=1)", "np.nansum(a, axis=1, keepdims=True)", "np.nansum(i)",
    "np.nansum(n, axis=1)", "np.nansum([np.nan])", "np.nanprod(a)", "np.nanprod(a, axis=0)", "np.nanprod(i + 1, axis=1)",
    "np.nanmean(a)", "np.nanmean(a, axis=0)", "np.nanmean(a, axis=1)", "np.nanmean(i)", "np.nanmean(a, axis=1, keepdims=True)",
    "np.nanmean(np.array([1.5, np.nan, 2.25], dtype=np.float32))",
    "np.nanmax(a)", "np.nanmax(a, axis=0)", "np.nanmax(a, axis=1)", "np.nanmin(a)", "np.nanmin(a, axis=1, keepdims=True)",
    "np.nanmax(n, axis=1)", "np.nanmin(n, axis=0)", "np.nanmax(i)", "np.nanmax(np.array([]))",
    "np.nanvar(a)", "np.nanvar(a, axis=0)", "np.nanvar(a, axis=1)", "np.nanvar(a, ddof=1)", "np.nanvar(a, axis=1, ddof=1)",
    "np.nanvar(i)", "np.nanstd(a)", "np.nanstd(a, axis=1)", "np.nanstd(a, axis=0, keepdims=True)", "np.nanstd(i, axis=0)",
    "np.nanvar(n, axis=1)",
    "np.nanargmax(a)", "np.nanargmax(a, axis=0)", "np.nanargmax(a, axis=1)", "np.nanargmin(a)", "np.nanargmin(a, axis=1)",
    "np.nanargmax(n, axis=1)", "np.nanargmin(i, axis=0)", "np.nanargmax(a, axis=1, keepdims=True)",
    "np.nancumsum(a)", "np.nancumsum(a, axis=0)", "np.nancumsum(a, axis=1)", "np.nancumprod(a)", "np.nancumprod(a, axis=1)",
    "np.nancumsum(i)", "np.nansum(a, out=None)", "np.nanmean(n, axis=0)",
]


def exact_theme():
    """Full-precision values on seeded random arrays, where the order of NumPy's operations shows in the last bits."""
    rng = np.random.default_rng(61)
    statements = [FULL]
    for size in [3, 7, 16, 33]:
        x = rng.standard_normal(size)
        w = rng.uniform(0.1, 2.0, size)
        m = rng.standard_normal((3, size))
        statements += [
            f"x = np.array({literal(x)})", f"w = np.array({literal(w)})", f"m = np.array({literal(m)})",
            "full(np.diff(x))", "full(np.diff(m, n=2))", "full(np.cumprod(x))", "full(np.cumprod(m, axis=0))",
            "full(np.average(x, weights=w))", "full(np.average(m, axis=1, weights=w))", "full(np.average(m, axis=0))",
            "full(np.gradient(x))", "full(np.gradient(x, 0.3, edge_order=2))", "full(np.gradient(m, np.cumsum(w), axis=1))",
            "full(np.trapezoid(x))", "full(np.trapezoid(m, np.cumsum(w)))", "full(np.trapezoid(x, dx=0.1))",
            "full(np.logaddexp(x, w))", "full(np.logaddexp2(x, m))", "full(np.sinc(x))", "full(np.nanmean(m, axis=1))",
            "full(np.nanvar(m, axis=1))", "full(np.nanstd(m))", "full(np.kron(x[:3], m[:, :2]))", "full(np.ptp(m, axis=0))",
            "full(np.cross(m[:, :3], m[::-1, 3:6] if m.shape[1] >= 6 else m[:, :3]))", "full(np.vander(x[:4]))",
            "full(np.float_power(w, x))", "full(np.nansum(m, axis=0))",
        ]
    return statements


THEMES["25-everyday-exact"] = exact_theme()

# autograd 1.9 defines no VJP for average, take, ptp, trapezoid or the nan* reductions (and its pad VJP fails
# without mode=); those gradients are checked against finite differences in EverydayGradientTests instead.
THEMES["26-everyday-gradients"] = [
    "import autograd.numpy as np",
    "from autograd import grad",
    "x = np.array([0.5, -1.25, 3.0, 2.0, -0.75])",
    "M = np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]])",
    "grad(lambda v: np.sum(np.diff(v) ** 2))(x)",
    "grad(lambda v: np.sum(np.diff(v, n=2) ** 3))(x)",
    "grad(lambda m: np.sum(np.diff(m, axis=0) * np.arange(1.0, 4.0)))(M)",
    "grad(lambda v: np.sum(np.roll(v, 2) * np.arange(5.0)))(x)",
    "grad(lambda m: np.sum(np.roll(m, 1, axis=1) ** 2))(M)",
    "grad(lambda m: np.sum(np.tril(m) ** 2))(M)",
    "grad(lambda m: np.sum(np.triu(m, 1) * 3.0))(M)",
    "grad(lambda m: np.sum(np.swapaxes(m, 0, 1) * np.arange(6.0).reshape(3, 2)))(M)",
    "grad(lambda m: np.sum(np.moveaxis(m, 0, 1) ** 2))(M)",
    "grad(lambda m: np.sum(np.tensordot(m, m, axes=([1], [1]))))(M)",
    "grad(lambda m: np.sum(np.kron(m, np.ones((2, 2))) ** 2))(M)",
    "grad(lambda m: np.sum(np.pad(m, 1, mode='constant') * 2.0))(M)",
    "grad(lambda v: np.sum(np.split(v, [2])[1] ** 2))(x)",
    "grad(lambda m: np.sum(np.array_split(m, 2, axis=1)[0] ** 2))(M)",
    "grad(lambda v: np.sum(np.column_stack([v, v ** 2])))(x)",
    "grad(lambda v: np.sum(np.dstack([v, v]) ** 2))(x)",
    "grad(lambda v: np.sum(np.append(v, v) ** 2))(x)",
    "grad(lambda m: np.sum(np.atleast_3d(m) ** 2))(M)",
    "grad(lambda v: np.sum(np.cross(v[:3], v[2:])))(x)",
    "grad(lambda v: np.sum(np.fmax(v, 0.0) ** 2))(x)",
    "grad(lambda v: np.sum(np.logaddexp(v, 0.5)))(x)",
    "grad(lambda v: np.sum(np.sinc(v)))(x)",
]


def main():
    write_themes(THEMES, HERE / "numpy", "make_numpy6_fixtures.py")


if __name__ == "__main__":
    main()
