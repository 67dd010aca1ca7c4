#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 and autograd 1.9.1 prints for the small views whose paths docbuild made
cheaper in session 32 (issue 10's small-op overhead): `a[i]` with one int (handed to the tensor core without a list
of index items; a row of a C-ordered array shares one list of strides), `a.T` of a square matrix (sharing its shape),
`a.T` ahead of `.real` and `.imag`, `a.reshape(ints…)` and `a.transpose()` whose geometry the shortcut
does not give (the method run again on the positions from the ints, not from a copy of the call), and element-wise
results of views (their memory order found without a list of the operands). Each must stay NumPy's view: the same
strides, `.base`, `np.shares_memory`, writes showing through, NumPy's errors, and gradients flowing through it.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session32_view_fixtures.py` (Python 3.11, numpy 2.4.6, autograd
1.9.1). It rewrites `interpreter/184-session32-small-views.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "184-session32-small-views.txt"

STATEMENTS = [
    # `a[i]` of a C-ordered view: a row, its strides, its base, and writes both ways.
    "a = np.linspace(0.0, 1.0, 12).reshape(3, 4)",
    "r = a[1]",
    "r",
    "r.strides",
    "r.base is a.base",
    "np.shares_memory(r, a)",
    "r.flags['C_CONTIGUOUS'], r.flags['OWNDATA']",
    "r[0] = 100.0",
    "a",
    "a[2, 3] = -5.0",
    "a[-1]",
    "a[-3]",
    "a[3]",
    "a[-4]",
    # Of an owner, of a 3-d array, of an int and a float32 array.
    "o = np.zeros((2, 3))",
    "o[1].strides, o[1].base is o",
    "o[1][2] = 7.0",
    "o",
    "m = np.arange(24.0).reshape(2, 3, 4)",
    "m[1]",
    "m[1].strides",
    "m[-2].shape, m[-2].base is m.base",
    "m[1][2]",
    "c = np.arange(12).reshape(3, 4)",
    "c[2], c[2].strides, c[2].base is c.base",
    "f = np.zeros((2, 3), dtype=np.float32)",
    "f[1].dtype, f[1].strides, f[1].base is f",
    # A row of a transposed view steps across rows, and writes reach the original.
    "t = a.T",
    "t[1]",
    "t[1].strides",
    "t[1][0] = -1.0",
    "a",
    "t[-1].flags['C_CONTIGUOUS']",
    # One element: a NumPy scalar, never a view; NumPy's errors for a 1-d, 0-d array and a scalar.
    "x = np.arange(6.0)",
    "x[2]",
    "type(x[2])",
    "x[-7]",
    "np.array(5.0)[0]",
    "np.float64(3.0)[0]",
    # In a loop, where the compiled code reads each row.
    "rows = [a[i].sum() for i in range(3)]",
    "rows",
    "for i in range(3):\n    a[i][1] = i * 10.0",
    "a",
    # `a.T` of a square matrix and of others.
    "sq = np.arange(9.0).reshape(3, 3)",
    "sq.T",
    "sq.T.shape, sq.T.strides",
    "sq.T.base is sq.base, np.shares_memory(sq.T, sq)",
    "v = sq.T",
    "v[0, 1] = 50.0",
    "sq",
    "np.ones((2, 5)).T.shape, np.ones((2, 5)).T.strides",
    "np.ones((2, 2, 2)).T.strides",
    "np.ones((4, 4)).T.flags['F_CONTIGUOUS']",
    "np.arange(3.0).real.base is None",
    "(np.arange(3.0) + 1j).imag.strides",
    # `reshape` and `transpose` by method: the shortcut's views, and a reshape NumPy must copy.
    "sq.reshape(9).strides, sq.reshape(9).base is sq.base",
    "w = sq.T.reshape(9)",
    "w",
    "np.shares_memory(w, sq)",
    "w.base is sq, w.base is None",
    "w.flags['OWNDATA']",
    "sq.T.reshape(3, -1).strides",
    "sq.T.reshape(-1, 9)",
    "sq.transpose().strides",
    "sq[::2].reshape(6)",
    "sq[::2].reshape(6).base is sq.base",
    "sq[:, ::2].transpose().strides",
    "sq.T.reshape(1, 9).strides",
    "sq.reshape(3, 3).strides",
    # Element-wise results of views take the memory order of NumPy's loop.
    "p = np.arange(6.0).reshape(2, 3)",
    "(p + p).strides",
    "(p.T + p.T).strides",
    "(p.T + p.T).flags['F_CONTIGUOUS']",
    "np.exp(p.T).strides",
    "(p.T * 2.0).strides",
    "(p[:, ::2] + 1.0).strides",
    "(p.T + p.T[::-1]).strides",
    "(p.T + 1.0).sum(axis=0)",
    "(p[None] + p).strides",
    # Gradients through the same views.
    "import autograd.numpy as anp",
    "from autograd import grad",
    "def loss(W):\n    return anp.sum(W[1] * W.T[0]) + anp.sum(W.reshape(9) ** 2) + anp.sum(W.transpose()[2])",
    "grad(loss)(np.arange(9.0).reshape(3, 3))",
    "def rows_loss(W):\n    total = 0.0\n    for i in range(3):\n        total = total + anp.sum(W[i] * i)\n    return total",
    "grad(rows_loss)(np.ones((3, 2)))",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session32_view_fixtures.py",
        "small views (a[i], a.T, a.reshape, a.transpose) and element-wise results of views: strides, base, writes, "
        + "errors and gradients",
        STATEMENTS,
    )
