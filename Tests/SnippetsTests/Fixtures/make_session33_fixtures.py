#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 and autograd 1.9.1 prints for `a.T`, `a.reshape(…)` and
`a.transpose(…)` as a snippet's code writes them, for the shorter paths docbuild now takes at these sites: a compiled
`array.reshape(…)`/`array.transpose(…)` call is made without the bound method first, and `a.T` skips the attribute
lookups that find nothing for an array. Each path must give what the general one gave: the view (its base, strides,
flags and writes through it), NumPy's errors (a bad shape, a wrong argument, a keyword), what a flat iterator, a
scalar, a bool, a list or an object answers for these names, calls inside functions and loops, a bound method kept
and called later, and gradients through them. Sums and products of two arrays holding infinities or a NaN check the
short path's new test for a NaN in its result.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_fixtures.py` (Python 3.11, numpy 2.4.6, autograd 1.9.1). It
rewrites `interpreter/191-session33-view-call-sites.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "191-session33-view-call-sites.txt"

STATEMENTS = [
    "a = np.arange(12.0).reshape(3, 4)",
    # a.T: values, geometry, writes through it, of 0-d, 1-d, 3-d arrays, scalars and views.
    "t = a.T",
    "t",
    "t.shape, t.strides, t.base is a.base, t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS']",
    "t[0, 2] = -1.0",
    "a",
    "np.arange(5.0).T",
    "np.arange(5.0).T.base is not None",
    "np.array(3.0).T",
    "np.float64(2.5).T",
    "np.int64(7).T",
    "np.arange(24).reshape(2, 3, 4).T.shape",
    "np.arange(24).reshape(2, 3, 4).T.strides",
    "a[1:, ::2].T",
    "a[1:, ::2].T.strides",
    "a.T.T is a",
    "a.T.T.base is a.base",
    "np.array([[1, 2], [3, 4]], dtype=np.int32).T",
    "np.array([[1 + 2j, 3], [4, 5j]]).T",
    "np.array([[True, False]]).T",
    "a.flat.T",
    "[[1, 2]].T",
    "(3).T",
    "class P:\n    T = 'class attribute'",
    "P().T",
    "class Q:\n    def __init__(self):\n        self.T = 5",
    "Q().T",
    "getattr(a, 'T').shape",
    # a.reshape(...) and a.transpose(...) called where they are written.
    "r = a.reshape(4, 3)",
    "r",
    "r.base is a.base, r.strides",
    "r[0, 0] = 100.0",
    "a[0, 0]",
    "a.reshape(-1, 6)",
    "a.reshape(12)",
    "a.reshape(2, -1, 3).shape",
    "a.reshape(5, 3)",
    "a.reshape(-1, -1)",
    "a.reshape(2.0, 6)",
    "a.reshape(np.int64(6), 2).shape",
    "a.reshape((6, 2)).shape",
    "a.reshape([2, 6]).shape",
    "a.reshape(2, 6, order='F')",
    "a.reshape()",
    "a.reshape(shape=(6, 2)).shape",
    "a.transpose()",
    "a.transpose().base is a.base",
    "a.transpose(1, 0).shape",
    "a.transpose((1, 0)).strides",
    "a.transpose(0, 0)",
    "a.transpose(2, 0)",
    "a.T.reshape(12)",
    "a.T.reshape(12).base is None",
    "a[:, 1].reshape(3, 1)",
    "a[:, 1].reshape(3, 1).base is a.base",
    "np.float64(2.0).reshape(1, 1)",
    "np.array(5).reshape(1)",
    "np.array(5).transpose()",
    "a.flat.reshape(12)",
    "a.flat.transpose()",
    "[1, 2].reshape(2)",
    "'ab'.transpose()",
    "class R:\n    def reshape(self, *shape):\n        return ('R.reshape', shape)\n    def transpose(self):\n        return 'R.transpose'",
    "R().reshape(2, 3), R().transpose()",
    # A bound method kept and called later, and calls through other names.
    "m = a.reshape",
    "m(2, 6).shape",
    "a.reshape.__name__",
    "f = a.transpose",
    "f().shape",
    "getattr(a, 'reshape')(6, 2).shape",
    "np.reshape(a, (2, 6)).shape",
    # The receiver or the argument evaluated once, in Python's order.
    "calls = []",
    "def arr():\n    calls.append('receiver')\n    return a",
    "def six():\n    calls.append('argument')\n    return 6",
    "arr().reshape(six(), 2).shape",
    "calls",
    "def bad():\n    raise KeyError('in an argument')",
    "a.reshape(bad(), 2)",
    "missing_name.reshape(bad(), 2)",
    # In functions and loops.
    "def views(x):\n    out = []\n    for k in (1, 2, 3):\n        out.append(x.reshape(k, -1).shape)\n        out.append(x.T.shape)\n        out.append(x.transpose().strides)\n    return out",
    "views(np.arange(6.0))",
    "views(np.arange(6.0).reshape(2, 3))",
    "b = np.zeros((2, 3))",
    "for k in range(3):\n    b.reshape(6)[k] = k + 1.0\n    b.T[k, 1] = -k",
    "b",
    "total = 0.0",
    "for _ in range(100):\n    c = a.reshape(6, 2)\n    d = a.T\n    total += c[5, 1] + d[3, 2]",
    "total, c.base is a.base, d.base is a.base",
    "def bad_reshape(x):\n    return x.reshape(7)",
    "bad_reshape(a)",
]

# A sum or product of two arrays of one shape whose result may hold a NaN: an infinity alone keeps the short path,
# a NaN takes the general one.
ARITHMETIC_STATEMENTS = [
    "x = np.arange(12.0)",
    "x[3] = np.inf",
    "x[7] = -np.inf",
    "x + x",
    "x * x",
    "x + np.ones(12)",
    "x * np.full(12, 0.5)",
    "y = np.arange(12.0)",
    "y[5] = np.nan",
    "y + y",
    "y * np.ones(12)",
    "y - y",
    "np.full((3, 4), 1e308) + np.full((3, 4), 1e308)",
]

GRADIENT_STATEMENTS = [
    "import autograd.numpy as anp",
    "from autograd import grad",
    "W = anp.arange(6.0).reshape(2, 3)",
    "def loss(W):\n    return anp.sum(W.T * anp.arange(2.0)) + anp.sum(W.reshape(3, 2)[1] ** 2) + anp.sum(W.transpose()[2])",
    "grad(loss)(W)",
    "def loop_loss(W):\n    total = 0.0\n    for k in range(3):\n        total = total + anp.sum(W.reshape(6)[k] * W.T[k])\n    return total",
    "grad(loop_loss)(W)",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session33_fixtures.py",
        "a.T, a.reshape(...) and a.transpose(...) at their call sites: views, errors, other receivers, bound methods "
        "kept, evaluation order, loops, functions and gradients",
        STATEMENTS + ARITHMETIC_STATEMENTS + GRADIENT_STATEMENTS,
    )
