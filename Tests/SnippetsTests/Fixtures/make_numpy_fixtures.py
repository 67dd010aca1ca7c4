#!/usr/bin/env python3
"""Writes the NumPy-breadth transcripts (issue 10) from real Python, NumPy 2.4.6 and HIPS autograd 1.9.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy_fixtures.py`. It rewrites every file it owns in `numpy/`;
rerunning gives identical bytes. CI has no Python, so the files are committed.

Each theme's statements run in one namespace (like one chapter) holding `np` and, as the snippet language makes the
`np.` prefix optional, NumPy's functions under their plain names where Python has no builtin of that name. Themes
whose first statement imports `autograd.numpy as np` run under autograd, so the gradients printed are autograd's.
The output of a statement is what the interactive REPL shows: the repr of an expression's value unless it is None,
what `print` wrote, or the exception's last traceback line `ExcType: message` (class name only).
"""

import contextlib
import io
import pathlib
import warnings

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "numpy"

THEMES = {}

THEMES["01-fancy-indexing"] = [
    "a = np.arange(12).reshape(3, 4)",
    "a[[0, 2]]", "a[[2, 0, 2]]", "a[[-1, 0]]", "a[:, [1, 3]]", "a[[0, 1], [1, 2]]", "a[[0, 5]]",
    "a[[0, 1], [0, 1, 2]]", "a[[[0, 1]], [0, 1, 2]]", "a[np.array([1.0])]", "a[[0.5]]", "a[[]]",
    "a[np.array([[0, 1], [2, 0]])]", "a[np.array([[0, 1], [2, 0]]), 1]", "a[1, [0, 3]]", "a[[1], 2]",
    "a[..., [0, 1]]", "a[None, [0, 1]]", "a[[0, 1], None]", "a[1:, [0, 2]]", "a[::-1, [0, 0]]",
    "b = np.arange(24).reshape(2, 3, 4)", "b[:, [0, 2], :]", "b[[0, 1], :, [1, 2]]", "b[0, :, [1, 2]]",
    "b[:, [0, 1], [1, 2]]", "b[[1, 0], [2, 1]]", "b[[1], [2], [3]]", "b[..., [3, 0]].shape", "b[[0, 1], 1:, [0]]",
    "b[:, 1, [0, 2]]", "b[1, 1, [0, 2]]", "b[:, :, np.array([[1, 2]])]", "b[[0, 0, 1]].shape",
    "x = np.array([1.5, -2.0, 3.25, 0.0])", "x[[3, 2, 1, 0]]", "x[[True, False, True, False]]", "x[x > 0]",
    "x[x < -5]", "x[np.array([2, 2, 2])]", "x[[-4]]", "x[[4]]",
    "a[a >= 6]", "a[a > 100]", "a[[True, False, True]]", "a[np.array([True, False])]", "a[:, a[0] > 1]",
    "a[a[:, 0] > 3]", "a[a > 4].shape", "m = np.array([[True, False, True, False], [False] * 4, [True] * 4])",
    "a[m]", "a[np.array([[True]])]", "b[b > 20]", "b[np.array([True, False])]", "b[np.array([True, False]), 1:]",
    "b[:, np.array([True, False, True])]", "b[np.array([[True, False, True], [False, False, True]])]",
    "a[True]", "a[False]", "a[True].shape", "x[True]", "x[None]", "a[[0, 1]][:, 0]",
    "f = np.array([True, False, True])", "f[[0, 2]]", "f[f]", "np.arange(5)[np.array([], dtype=int)]",
    "c = np.array(5.0)", "c[[0]]",
]

THEMES["02-assignment"] = [
    "a = np.zeros((3, 4))", "a[0, 1] = 5", "a", "a[1] = 2.5", "a", "a[:, 2] = [7, 8, 9]", "a",
    "a[1:, ::2] = -1", "a", "a[-1, -1] = 3", "a", "a[0] = [1, 2, 3, 4]", "a[0]",
    "a[0] = [1, 2, 3]", "a[0:2] = [[1, 2, 3, 4]]", "a[0:2]", "a[5] = 1", "a[0, 0, 0] = 1",
    "x = np.arange(6)", "x[2] = 10", "x", "x[0] = 2.7", "x", "x[1] = -3.9", "x", "x[3] = True", "x",
    "x[x > 4] = 0", "x", "x[[0, 1]] = [9, 8]", "x", "x[[0, 1]] = [1, 2, 3]", "x[[0, 0]] = [5, 6]", "x",
    "x[::2] = 7", "x", "x[::-1] = np.arange(6)", "x", "x[4] = np.nan", "x[4] = float('inf')", "x[0] = 'z'",
    "y = np.array([1.0, -2.0, 3.0, -4.0])", "y[y < 0] = 0", "y", "y[[True, False, True, False]] = [10, 20]", "y",
    "y[y > 5] = [1, 2, 3]", "y[y > 5] = np.ones((1, 2))", "y[y > 5] = [4]", "y", "y[1:3] = np.array([0.5, 0.25])", "y", "y[:] = 1", "y", "y[...] = 2", "y",
    "y[[3, 1]] = np.array([7.5, 6.5])", "y", "y[y == 2] = y[y == 2] * 10", "y",
    "f = np.array([True, True, False])", "f[0] = 0", "f", "f[2] = 5", "f", "f[1:] = [0.0, 0.5]", "f",
    "m = np.eye(3)", "m[[0, 1, 2], [2, 1, 0]] = 4", "m", "m[m == 0] = -1", "m", "m[:, 0] = m[:, 1]", "m",
    "b = a", "b[0, 0] = 100", "a[0, 0]", "lst = [x, x]", "x[0] = 42", "lst[1][0]",
    "g = np.ones(3)", "g[1] = np.float64(0.5)", "g", "g[2] = np.int64(7)", "g", "g[0] = np.array(9.0)", "g",
    "np.float64(2.0)[0] = 1",     "e = np.zeros((3, 4))", "e[e == 0] = [1, 2, 3]", "e[np.array([True, False, True])] = [1, 2, 3]",
    "e[e == 0] = np.ones((2, 6))", "e[[0, 1]] = np.ones((3, 4))", "e[1:, [0, 1]] = [1, 2, 3]", "e[1:, [0, 1]] = [1, 2]", "e",
    "z = np.zeros((2, 3))",
    "v = np.arange(5)", "v[0] += 10", "v", "v[1:3] *= 3", "v", "v[[0, 0, 4]] += 1", "v", "v[v > 5] -= 100", "v",
    "v[0] += 1.5", "v", "v[0:1] += 1.5", "v[[0]] += 1.5", "v[0:2] += np.ones((3, 2))", 
    "w = np.ones((2, 3))", "w[:, 1] += np.array([1.0, 2.0])", "w", "w[0] /= 4", "w", "w[1, 2] **= 3", "w",
    "w[w > 1] += w[w > 1]", "w", "w[0] += [1, 2]", "u = w", "u[0, 0] -= 9", "w[0, 0]",
    "lst = [1, [2], 3]", "lst[0] += 5", "lst", "inner = lst[1]", "lst[1] += [4]", "inner", "lst[1] *= 2", "inner",
    "d = {'k': 1}", "d['k'] *= 7", "d", "d['missing'] += 1", "t = (1, 2)", "t[0] += 1", "s = 'ab'", "s[0] += 'c'", "z[:, :] = np.array([1, 2, 3])", "z", "z[0, :] = np.array([[4], [5]])",
]

THEMES["03-indexing-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad, elementwise_grad",
    "x = np.array([1.0, 2.0, 3.0, 4.0])",
    "grad(lambda v: np.sum(v[[0, 0, 2]] ** 2))(x)",
    "grad(lambda v: np.sum(v[v > 2.5] * 3.0))(x)",
    "grad(lambda v: np.sum(v[np.array([[0, 1], [1, 1]])]))(x)",
    "M = np.arange(6.0).reshape(2, 3)",
    "grad(lambda m: np.sum(m[:, [2, 2, 0]] * np.array([1.0, 2.0, 3.0])))(M)",
    "grad(lambda m: np.sum(m[[0, 1], [1, 1]] ** 2))(M)",
    "grad(lambda m: np.sum(m[m > 1.5] ** 3))(M)",
    "grad(lambda m: np.sum(m[1, [0, 2]]))(M)",
    "grad(lambda m: np.sum(m[None, [1, 0]] * 2.0))(M)",
    "elementwise_grad(lambda v: v[[3, 2, 1, 0]] * v)(x)",
    "def setter(v):\n    v[0] = 1.0\n    return np.sum(v)",
    "grad(setter)(x)",
    "def copier(v):\n    out = np.zeros(4)\n    out[0] = v[0]\n    return np.sum(out)",
    "grad(copier)(x)",
    "def derived(v):\n    w = v * 2.0\n    w[1] = 0.0\n    return np.sum(w)",
    "grad(derived)(x)",
    "def constant_write(v):\n    c = np.ones(4)\n    c[1] = 5.0\n    return np.sum(c * v)",
    "grad(constant_write)(x)",
]

UNARY = ["sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arctanh", "log1p", "expm1",
         "log2", "log10", "exp2", "degrees", "radians", "rad2deg", "deg2rad", "floor", "ceil", "trunc", "rint", "sign",
         "reciprocal", "positive"]

THEMES["04-math-functions"] = (
    ["x = np.array([-0.75, -0.5, 0.0, 0.25, 0.5, 0.9])", "i = np.array([-3, -1, 0, 2, 7])",
     "t = np.array([True, False])", "big = np.array([1.5, 2.5, -2.5, 10.0, 100.0])"]
    + [f"np.{name}(x)" for name in UNARY]
    + [f"np.{name}(i)" for name in UNARY if name not in ("reciprocal",)]
    + [f"np.{name}(big)" for name in ["floor", "ceil", "trunc", "rint", "sign", "log2", "log10", "arccosh", "cosh"]]
    + [f"np.{name}(t)" for name in ["sign", "positive", "floor", "ceil", "trunc"]]
    + ["np.sin(np.float64(1.0))", "np.sin(1.0)", "np.cos(0)", "np.floor(-0.5)", "np.sign(-0.0)", "np.sign(np.nan)",
       "np.arcsin(2.0)", "np.log2(0.0)", "np.log10(-1.0)", "np.reciprocal(0.0)", "np.arctanh(1.0)",
       "print(np.sin(x))", "sin(x)", "floor(big)", "np.sin(x).dtype", "np.floor(i).dtype",
       "a = np.array([7, -7, 7, -7, 0])", "b = np.array([2, 2, -2, -2, 3])", "a // b", "a % b", "np.floor_divide(a, b)",
       "np.remainder(a, b)", "np.mod(a, b)", "a // 0", "a % 0", "a // 2.0", "a % 2.5", "a % -2.5",
       "f = np.array([7.5, -7.5, 7.5, -7.5, 0.0, -0.0])", "g = np.array([2.0, 2.0, -2.0, -2.0, 3.0, 3.0])",
       "f // g", "f % g", "f // 0.0", "f % 0.0", "np.array([1e300, -1e-300]) // np.array([1e-10, 3.0])",
       "np.array([0.3, -0.3]) % 0.1", "np.array([5.0]) // np.array([0.1])", "7 // np.array([2, -2])",
       "-7 % np.array([3, -3])", "np.int64(7) // 2", "np.int64(-7) % 3", "np.float64(-7.5) // 2",
"np.array([True, False]) // 2",
       "np.arctan2(np.array([1.0, -1.0, 0.0, 0.0]), np.array([1.0, 1.0, -1.0, 0.0]))", "np.arctan2(1, 2)",
       "np.hypot(np.array([3.0, 5.0]), 4.0)", "np.hypot(3, 4)",
       "np.logical_and(x > -0.6, x < 0.6)", "np.logical_or(i > 2, i < -2)", "np.logical_xor(t, True)",
       "np.logical_not(i)", "np.logical_not(x)", "x[np.logical_and(x > -0.6, x < 0.6)]",
       "n = np.array([1.0, np.nan, np.inf, -np.inf])", "np.isnan(n)", "np.isinf(n)", "np.isfinite(n)",
       "np.isnan(i)", "np.isfinite(t)", "np.isnan(np.float64(np.nan))", "n[~np.isnan(n)]" if False else "n[np.isfinite(n)]",
       "np.add(i, 1)", "np.subtract(x, 1)", "np.multiply(i, 2.5)", "np.divide(i, 4)", "np.true_divide(1, i)",
       "np.power(i, 2)", "np.negative(x)", "np.round(x, 1)", "np.round(big)", "np.around(np.array([0.125, 1234.5678]), -2)",
       "np.round(np.float64(2.675), 2)", "np.round(np.array([2.5, 3.5, -0.5]))", "np.round(i)", "round(np.float64(2.5))", "round(np.float64(3.5))", "round(np.int64(3))", "round(np.float64(2.567), 2)",
       "np.round(np.array([1.23456789, 9.87654321]), 3)", "np.arange(10) % 3 == 0", "np.arange(10)[np.arange(10) % 3 == 0]",
       "q = np.arange(6)", "q //= 2", "q", "q %= 2", "q", "q[q == 0] += 5", "q"]
)

THEMES["05-math-gradients"] = (
    ["import autograd.numpy as np", "from autograd import grad, elementwise_grad",
     "x = np.array([-0.75, -0.5, 0.1, 0.25, 0.5, 0.9])", "p = np.array([1.5, 2.0, 3.0])"]
    + [f"elementwise_grad(np.{name})(x)" for name in ["sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh",
                                                        "cosh", "arcsinh", "arctanh", "expm1", "exp2", "degrees",
                                                        "radians", "rad2deg", "deg2rad", "reciprocal"]]
    + [f"elementwise_grad(np.{name})(p)" for name in ["log1p", "log2", "log10", "arccosh"]]
    + ["grad(lambda v: np.sum(np.sin(v) * np.cos(v)))(x)", "grad(lambda v: np.sum(np.arctan2(v, 2.0)))(x)",
       "grad(lambda v: np.sum(np.arctan2(1.5, v)))(p)", "grad(lambda v: np.sum(np.hypot(v, 3.0)))(p)",
       "grad(lambda v: np.sum(np.remainder(v, 0.4)))(p)", "grad(lambda v: np.sum(np.remainder(7.0, v)))(p)",
       "grad(lambda v: np.sum(v % 0.7))(p)", "grad(lambda v: np.sum(np.mod(3.5, v) ** 2))(p)",
       "grad(lambda v: np.sum(np.sin(v[[0, 0, 2]])))(p)", "grad(lambda v: np.sum(np.log10(v) * np.floor(v)))(p)"]
)

THEMES["06-arrays-and-statistics"] = [
    "a = np.array([[3, 1, 2], [9, 7, 8]])", "f = np.array([0.5, -1.25, 3.0, 2.0, -0.75])",
    "c = np.array([1.0, np.nan, 3.0])", "m = np.arange(12).reshape(3, 4) * 1.5",
    "np.concatenate([a, a])", "np.concatenate([a, a], axis=1)", "np.concatenate((a, a), axis=-1)",
    "np.concatenate([a, a], axis=None)", "np.concatenate([f, np.arange(2)])", "np.concatenate([a, f])",
    "np.concatenate([a, np.ones((2, 2))])", "np.concatenate([a, np.ones((1, 3))])", "np.concatenate([np.float64(1.0)])",
    "np.concatenate([a, a], axis=2)", "np.concatenate([])", "np.concatenate([[1, 2], [3]])",
    "np.stack([f, f])", "np.stack([f, f], axis=1)", "np.stack([a, a], axis=-1).shape", "np.stack([f, f[:2]])",
    "np.stack([np.float64(1.0), np.float64(2.0)])", "np.vstack([f, f])", "np.vstack([a, [1, 2, 3]])",
    "np.hstack([f, f])", "np.hstack([a, a])", "np.hstack([np.float64(1.0), f])", "np.vstack([np.arange(3), np.arange(3) * 2.0])",
    "np.where(f > 0, f, 0)", "np.where(f > 0, f, 0.0)", "np.where(a > 4, a, -a)", "np.where(a > 4, 1, 0)",
    "np.where(a > 4)", "np.where(f > 0)", "np.where(f > 0, 1.5, [1, 2, 3, 4, 5])", "np.where(True, 1, 2)", "np.where(f > 0, np.ones(4), 0)", "np.where(f > 0, 1, np.ones((2, 1)))",
    "np.where(f > 0, f)", "np.where([True, False], [1, 2], [3.5, 4.5])",
    "np.clip(f, -1, 1)", "np.clip(a, 2, 8)", "np.clip(f, 0, None)", "np.clip(f, None, 0.5)", "np.clip(c, 0, 2)",
    "np.clip(a, 2.5, 8)", "np.clip(5, 0, 3)", "np.clip(np.float64(-5.0), 0, 3)", "f.clip(0, 1)", "a.clip(3)",
    "np.clip(f, np.array([0, 0, 0, 0, 0]), 1.5)",
    "np.sort(f)", "np.sort(a)", "np.sort(a, axis=0)", "np.sort(a, axis=None)", "np.sort(c)", "np.sort(np.float64(1.0))",
    "np.argsort(f)", "np.argsort(a)", "np.argsort(a, axis=0)", "np.argsort(c)", "f.argsort()",
    "np.argsort(np.array([2, 1, 2, 1, 0]))", "np.argsort(np.array([3, 1, 2] * 10), kind='stable')",
    "np.argmax(f)", "np.argmin(f)", "np.argmax(a)", "np.argmax(a, axis=0)", "np.argmin(a, axis=1)", "np.argmax(c)",
    "np.argmin(c)", "a.argmax()", "a.argmin(axis=1)", "np.argmax(a, axis=1, keepdims=True)", "np.argmax(np.array([]))",
    "np.argmax(a, axis=2)", "np.argmax([1, 5, 5, 2])", "np.argmax(np.array([True, False, True]))",
    "np.cumsum(f)", "np.cumsum(a)", "np.cumsum(a, axis=0)", "np.cumsum(a, axis=1)", "a.cumsum()", "f.cumsum()",
    "np.cumsum(np.array([True, True, False]))", "np.cumsum(np.float64(2.5))", "np.cumsum(np.full(10, 0.1))",
    "np.any(f > 2)", "np.all(f > -2)", "np.any(a > 8, axis=1)", "np.all(a > 1, axis=0)", "(a > 0).all()", "a.any()",
    "np.any(np.array([]))", "np.all(np.array([]))", "np.all(a, axis=1, keepdims=True)", "np.any(c)",
    "np.count_nonzero(a > 3)", "np.count_nonzero(f)", "np.count_nonzero(a > 3, axis=0)", "np.count_nonzero(c)",
    "np.var(f)", "np.std(f)", "np.var(a)", "np.std(a, axis=0)", "np.var(a, axis=1, ddof=1)", "np.std(m, axis=1, keepdims=True)",
    "f.var()", "f.std(ddof=1)", "a.std()", "np.var(c)", "np.std(np.arange(100) * 0.1)", "np.var(m, axis=(0, 1))",
    "np.nonzero(a > 3)", "np.nonzero(f)", "(a > 5).nonzero()", "np.argwhere(a > 3)", "np.argwhere(f < 0)",
    "np.flip(f)", "np.flip(a)", "np.flip(a, axis=1)", "np.fliplr(a)", "np.flipud(a)", "np.fliplr(f)",
    "np.unique(np.array([3, 1, 2, 3, 1]))", "np.unique(a % 4)", "np.unique(np.array([2.5, np.nan, 1.0, 2.5, np.nan]))",
    "np.unique(np.array([3, 1, 3]), return_counts=True)", "np.unique([True, False, True])",
    "np.diag(f)", "np.diag(np.array([1, 2]), 1)", "np.diag(np.array([1, 2]), -1)", "np.diag(m)", "np.diag(m, 1)",
    "np.diag(m, -2)", "np.diag(m, 5)", "np.trace(m)", "np.trace(a)", "np.identity(3)", "np.identity(2, dtype=int)",
    "np.ravel(a)", "a.ravel()", "f.round(1)", "np.round(m / 7, 2)",
    "np.prod(f)", "np.prod(a)", "np.prod(a, axis=0)", "np.prod(a, axis=1, keepdims=True)", "a.prod()", "f.prod()",
    "np.prod(np.array([True, False]))", "np.prod(np.array([]))", "np.prod(m / 3, axis=1)", "np.prod(np.arange(1, 30))",
    "np.prod(np.sin(np.arange(20.0)))", "np.prod(m, axis=(0, 1))",
    "np.linalg.norm(f)", "np.linalg.norm(a)", "np.linalg.norm(m, axis=0)", "np.linalg.norm(m, axis=1, keepdims=True)",
    "np.tile(f[:2], 3)", "np.tile(a, (2, 1))", "np.tile(a, (1, 2, 2)).shape", "np.tile(np.float64(1.5), 3)",
    "np.tile(a, 0)", "np.repeat(a, 2)", "np.repeat(a, 2, axis=0)", "np.repeat(a, [1, 0, 2], axis=1)", "a.repeat(2)",
    "np.repeat(f, [1, 2])", "np.repeat(a, -1)", "np.repeat(np.float64(2.0), 3)", "np.repeat(a, 3, axis=2)",
    "xs, ys = np.meshgrid(np.arange(3), np.array([0.5, 1.5]))", "xs", "ys",
    "np.meshgrid(np.arange(2), np.arange(3), indexing='ij')", "np.meshgrid(np.arange(2))",
    "[g.shape for g in np.meshgrid(np.arange(2), np.arange(3), np.arange(4))]",
    "np.meshgrid(np.arange(2), indexing='xz')",
    "np.median(f)", "np.median(a)", "np.median(a, axis=0)", "np.median(a, axis=1)", "np.median(c)",
    "np.median(np.array([4, 1, 3, 2]))", "np.median(m, axis=1)", "np.median(np.float64(2.5))",
    "np.full_like(a, 7)", "np.full_like(f, 2)", "np.full_like(a, 2.5)", "np.full_like(a, 2.5, dtype=float)",
    "np.bincount(np.array([0, 1, 1, 3]))", "np.bincount(np.array([2, 2]), minlength=5)",
    "np.bincount(np.array([0, 1, 1]), weights=np.array([0.5, 1.0, 2.0]))", "np.bincount(np.array([-1, 2]))",
    "np.bincount(np.array([], dtype=int))",
    "np.linalg.norm(np.array([3.0, 4.0]))", "np.linalg.norm(np.sin(np.arange(50.0)))", "np.linalg.norm(m)",
]

THEMES["07-array-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad, elementwise_grad",
    "x = np.array([0.5, -1.25, 3.0, 2.0, -0.75])", "M = np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]])",
    "grad(lambda v: np.sum(np.concatenate([v, v * 2.0]) ** 2))(x)",
    "grad(lambda m: np.sum(np.concatenate([m, m ** 2], axis=1)))(M)",
    "grad(lambda v: np.sum(np.stack([v, v ** 2], axis=1) * 3.0))(x)",
    "grad(lambda v: np.sum(np.vstack([v, v]) ** 3))(x)", "grad(lambda v: np.sum(np.hstack([v, v * v])))(x)",
    "grad(lambda v: np.sum(np.where(v > 0, v ** 2, -v)))(x)", "grad(lambda v: np.sum(np.where(v > 1, v, 0.0)))(x)",
    "grad(lambda v: np.sum(np.clip(v, -1.0, 2.0) ** 2))(x)", "grad(lambda v: np.sum(np.clip(v, 0.5, 3.0)))(x)",
    "grad(lambda v: np.sum(np.sort(v) * np.arange(5.0)))(x)", "grad(lambda m: np.sum(np.sort(m, axis=0)[0]))(M)",
    "grad(lambda v: np.sum(np.cumsum(v) ** 2))(x)", "grad(lambda m: np.sum(np.cumsum(m, axis=1) ** 2))(M)",
    "grad(lambda m: np.sum(np.cumsum(m, axis=0) * np.arange(3.0)))(M)",
    "grad(lambda v: np.var(v))(x)", "grad(lambda v: np.std(v))(x)", "grad(lambda m: np.sum(np.std(m, axis=0)))(M)",
    "grad(lambda m: np.sum(np.var(m, axis=1, ddof=1)))(M)",
    "grad(lambda v: np.sum(np.flip(v) * np.arange(5.0)))(x)", "grad(lambda m: np.trace(m[:, :2] * 2.0))(M)",
    "grad(lambda v: np.sum(np.diag(v) @ np.ones(5)))(x)", "grad(lambda v: np.prod(v))(x)",
    "grad(lambda m: np.sum(np.prod(m, axis=0) ** 2))(M)", "grad(lambda m: np.sum(np.prod(m, axis=1, keepdims=True)))(M)",
    "grad(lambda v: np.linalg.norm(v))(x)", "grad(lambda v: np.sum(np.tile(v, 2) ** 2))(x)",
    "grad(lambda m: np.sum(np.repeat(m, [2, 1, 0], axis=1) ** 2))(M)", "grad(lambda v: np.sum(np.repeat(v, 3)))(x)",
    "grad(lambda v: np.median(v))(x)", "grad(lambda m: np.sum(np.linalg.norm(m, axis=1)))(M)", "grad(lambda m: np.sum(np.diag(m) ** 2))(M[:, :2])",
    "grad(lambda v: np.sum(np.where(v > 0, -v, v * 3.0)))(x)", "grad(lambda v: np.sum(np.clip(v, -1.0, 2.0) * -2.0))(x)",
]

THEMES["08-tutorial-patterns"] = [
    "labels = np.array([0, 2, 1, 2])", "one_hot = np.eye(3)[labels]", "one_hot", "one_hot.argmax(axis=1)",
    "scores = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0.0, 0.1, 0.2]])",
    "shifted = scores - np.max(scores, axis=1, keepdims=True)", "probs = np.exp(shifted)",
    "probs = probs / np.sum(probs, axis=1, keepdims=True)", "np.round(probs, 3)",
    "correct = probs[np.arange(4), labels]", "np.round(correct, 4)", "loss = -np.mean(np.log(correct))",
    "round(float(loss), 6)", "pred = np.argmax(probs, axis=1)", "pred", "np.mean(pred == labels)",
    "(pred == labels).sum()", "dscores = probs.copy()", "dscores[np.arange(4), labels] -= 1", "np.round(dscores, 3)",
    "h = np.array([[-1.0, 2.0], [0.5, -0.25]])", "relu = h.copy()", "relu[relu < 0] = 0", "relu",
    "np.maximum(h, 0)", "np.where(h > 0, h, 0.01 * h)", "mask = h > 0", "mask.astype(float)", "h * mask",
    "X = np.arange(12.0).reshape(6, 2)", "y = np.array([0, 1, 0, 1, 1, 0])", "X[y == 1]", "X[y == 0].mean(axis=0)",
    "idx = np.argsort(X[:, 0])[::-1]", "X[idx][:3]", "X[::2, 1]", "X[[0, -1]]", "X[1:4, [1, 0]]",
    "batch = np.array([4, 0, 2])", "X[batch]", "y[batch]", "np.clip(X / 5, 0, 1)[:, 0]", "np.cumsum(y)",
    "np.unique(y, return_counts=True)", "np.bincount" if False else "np.count_nonzero(y)",
    "w = np.zeros(2)", "w[0] = 0.5", "w[-1] -= 0.25", "w", "X @ w", "np.sign(X @ w - 2)",
    "np.std(X, axis=0)", "(X - X.mean(axis=0)) / X.std(axis=0)", "np.linalg.norm(X, axis=1)[:3]",
    "np.concatenate([X, np.ones((6, 1))], axis=1)[:2]", "np.hstack([X[:2], X[:2] ** 2])", "np.vstack([X[0], X[5]])",
    "np.stack([X[:, 0], X[:, 1]], axis=1)[:2]", "np.sort(X[:, 1])[::-1]", "X.reshape(-1)[X.reshape(-1) % 3 == 0]",
    "a[..., np.newaxis, [0, 1]]" if False else "X[..., np.newaxis, [0, 1]][:2]", "np.arange(10)[np.arange(10) % 1 == 0]",
    "np.float64(1.0) // 0", "np.int64(-2**63) // -1", "np.array([-2**63]) % -1", "np.array([5, -5]) // 0",
    "grid = np.zeros((3, 3), dtype=int)", "grid[1, :] = 1", "grid[:, 1] += 2", "grid", "grid[grid > 1] = -1", "grid",
    "grid[[0, 2], [0, 2]] = 9", "grid", "grid.sum(axis=0)", "np.trace(grid)", "np.diag(grid)", "np.flipud(grid)",
    "counts = np.zeros(3, dtype=int)", "for label in labels:\n    counts[label] += 1", "counts",
    "total = np.zeros(3)", "for i, label in enumerate(labels):\n    total[label] += scores[i, label]", "total",
    "A = np.arange(9).reshape(3, 3)", "A[A % 2 == 1] = 0", "A", "A[1] = A[1] * 10", "A", "A[:, ::-1]",
    "A[np.ix_([0, 2], [0, 2])]" if False else "A[[0, 2]][:, [0, 2]]",
]


# np.broadcast_shapes's own checks, in NumPy's order: each shape as np.empty reads it (None, types, 64 axes, negative
# extents, extents past 2**63 - 1), then more than 32 axes, then a mismatch, then a result too large to index.
THEMES["04-broadcast-shapes"] = [
    "np.broadcast_shapes()", "np.broadcast_shapes(3, (4, 3))", "np.broadcast_shapes([2, 3], (3,))",
    "np.broadcast_shapes(np.array([2, 3]), (3,))", "np.broadcast_shapes((0,), (1,))",
    "np.broadcast_shapes((0,), (3,))", "np.broadcast_shapes((-1,))", "np.broadcast_shapes((3,), (-1,))",
    "np.broadcast_shapes(-1)", "np.broadcast_shapes(None)", "np.broadcast_shapes((2.0,))",
    "np.broadcast_shapes((-1, 2.0))", "np.broadcast_shapes('a')", "np.broadcast_shapes(np.ones(3))",
    "np.broadcast_shapes((1,) * 65)", "np.broadcast_shapes((-1,) * 65)", "np.broadcast_shapes((1,) * 32)",
    "np.broadcast_shapes((1,) * 33)", "np.broadcast_shapes((2,), (3,), (1,) * 40)",
    "np.broadcast_shapes((1,) * 40, (-1,))", "np.broadcast_shapes((2**63 - 1,))", "np.broadcast_shapes((2**63,))",
    "np.broadcast_shapes((-2**70,))", "np.broadcast_shapes((2**62, 0, 4))", "np.broadcast_shapes((2**62, 4, 0))",
    "np.broadcast_shapes((2**62,), (3, 1))", "np.broadcast_shapes(*[(1,)] * 40)",
]

def run_single(statement, namespace):
    """What the interactive REPL shows for one (possibly compound) statement."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(statement + "\n", "<stdin>", "single"), namespace)
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        message = str(error)
        print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
    return out.getvalue()


def prompted(statement):
    """The statement as typed at the REPL: `>>> ` then `... ` lines, and a bare `...` ending a compound one."""
    lines = statement.split("\n")
    typed = [">>> " + lines[0]] + ["... " + line for line in lines[1:]]
    if len(lines) > 1 or lines[0].rstrip().endswith(":"):
        typed.append("...")
    return typed


def write_themes(themes, folder, script):
    """Writes one transcript per theme into `folder`: each statement run in a fresh NumPy namespace per theme, with
    NumPy's own output (error lines included) as its expected text."""
    folder.mkdir(exist_ok=True)
    for name, statements in themes.items():
        # Only `np`, as a snippet starts: a bare NumPy name is Python's NameError.
        namespace = {"np": np}
        lines = [f"# {name}: generated by {script} from Python and NumPy {np.__version__}."]
        for statement in statements:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
        (folder / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_numpy_fixtures.py")


if __name__ == "__main__":
    main()
