#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for loops that write whole rows of one array, one row a step
(session 33, lead).

`209-lead-row-writes.txt`: time-stepping lessons (numerical-mooc, CFD Python) keep every step's state in a row of one
array, `u[n + 1] = …`. docbuild wrote such a row in place only when its index held a slice (`u[n + 1, :]`); a row
named by integers alone copied the whole array at each step, and the written array's record of its writes copied
its list of them at each step, so 40,000 steps of a (40001, 4) array went past the limit of element operations a
statement may take; and a row computed from the array's own previous row (`u[n + 1] = u[n] * 1.00001`) was never
written in place, the value's history (which read the array) held while the write asked whether anything else held
the array, and when it went through a function using the row twice (`x + dt * x * 0.5`), the walk that cuts the
value's history met the row while its other use was still held and left it, so the row and the array stayed held.
All are linear now; the values are NumPy's.

`216-lead-bool-shapes.txt`: NumPy's shape converter takes no bool as an extent (`a.reshape(True, 12)` is its
TypeError, where docbuild read True as 1), and autograd's box has its own `transpose(A, axes=None)` (`W.transpose(1,
0)` inside `grad` is Python's TypeError for it), which speed33 found on main.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_lead_fixtures.py` (Python 3.11, numpy 2.4.6, autograd
1.9.1). It rewrites both files; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "209-lead-row-writes.txt"
SHAPES_OUTPUT = HERE / "interpreter" / "216-lead-bool-shapes.txt"

STATEMENTS = [
    "import numpy as np",
    "N = 40001",
    "u = np.zeros((N, 4))",
    "step = np.array([1.0, 0.5, 0.25, 0.125])",
    "for n in range(N - 1):\n    u[n + 1] = step * (n % 7)",
    "u[:3]",
    "u[-2:]",
    "u.sum()",
    "w = u",
    "for n in range(3):\n    u[n] = -1.0",
    "w[:4]",
    "grid = np.zeros((2000, 3, 2))",
    "for i in range(2000):\n    for j in range(3):\n        grid[i, j] = [i, j]",
    "grid[1999]",
    "grid[:, 2].sum(axis=0)",
    "path = np.empty((20001, 2))",
    "path[0] = [0.0, 1.0]",
    "for k in range(20000):\n    path[k + 1] = np.array([k + 1.0, 1.0 / (k + 2)])",
    "path[-1]",
    "path[:, 1].sum()",
    "r = np.zeros((3, 4))",
    "r[1] = [1, 2, 3]",
    "r[1] = np.arange(4.0)[:, None]",
    "r[2] = 7",
    "r[-1] = np.array([[1.5, 2.5, 3.5, 4.5]])",
    "r[3] = 0",
    "r",
    "ints = np.zeros((3, 2), dtype=int)",
    "ints[0] = [1.9, -2.9]",
    "ints[1] = np.array([5, 6])",
    "ints",
    "v = np.empty((40001, 3))",
    "v[0] = [1.0, 2.0, 0.5]",
    "for n in range(40000):\n    v[n + 1] = v[n] * 1.00001",
    "v[-1, 0], v[-1, 2]",
    "v[-1]",
    "v[1:3]",
    "p = np.empty((40001, 3))",
    "p[0] = [1.0, -1.0, 0.5]",
    "def rk2(x, dt):\n    half = x + 0.5 * dt * np.array([x[1], -x[0], -x[2]])\n"
    "    return x + dt * np.array([half[1], -half[0], -half[2]])",
    "for n in range(40000):\n    p[n + 1] = rk2(p[n], 0.001)",
    "p[-1]",
    "p[::10000]",
    "def euler(x, dt):\n    return x + dt * x * 0.5",
    "q = np.empty((40001, 3))",
    "q[0] = [1.0, -1.0, 0.5]",
    "for n in range(40000):\n    q[n + 1] = euler(q[n], 0.00001)",
    "q[-1]",
]

SHAPES_STATEMENTS = [
    "a = np.arange(12)",
    "a.reshape(True, 12)",
    "a.reshape((True, 12))",
    "a.reshape([True, 12])",
    "a.reshape(12, True)",
    "a.reshape(-1, True)",
    "a.reshape(np.True_, 12)",
    "a.reshape(True)",
    "a[:1].reshape(np.True_)",
    "np.reshape(a, (True, 12))",
    "np.reshape(a, [np.False_, 12])",
    "np.reshape(a[:1], True)",
    "np.zeros((True, 2))",
    "np.ones((2, False))",
    "np.ones([True])",
    "np.full((True,), 3)",
    "np.full(True, 2)",
    "np.zeros(np.True_)",
    "a.transpose(True)",
    "a.transpose(np.True_)",
    "m = np.arange(6.0).reshape(2, 3)",
    "m.transpose(True, 0)",
    "m.transpose((True, 0))",
    "m.transpose([1, False])",
    "np.transpose(m, (True, 0))",
    "m.transpose(1, 0)",
    "a.reshape(np.int64(3), 4)",
    "import autograd.numpy as anp",
    "from autograd import grad",
    "W0 = anp.arange(6.0).reshape(2, 3)",
    "grad(lambda W: anp.sum(W.transpose(1, 0) * anp.arange(6.0).reshape(3, 2)))(W0)",
    "grad(lambda W: anp.sum(W.transpose((1, 0)) * anp.arange(6.0).reshape(3, 2)))(W0)",
    "grad(lambda W: anp.sum(W.transpose() * anp.arange(6.0).reshape(3, 2)))(W0)",
    "grad(lambda W: anp.sum(W.transpose(None) * anp.arange(6.0).reshape(3, 2)))(W0)",
    "grad(lambda W: anp.sum(W.transpose(1, 0, 2)))(W0)",
    "grad(lambda W: anp.sum(W.reshape(3, 2) * anp.arange(6.0).reshape(3, 2)))(W0)",
    "grad(lambda W: anp.sum(W.swapaxes(0, 1) * anp.arange(6.0).reshape(3, 2)))(W0)",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT, "make_session33_lead_fixtures.py", "rows written one a step, by integer indices", STATEMENTS)
    write_numpy_fixture(
        SHAPES_OUTPUT, "make_session33_lead_fixtures.py",
        "bools as shapes and axes, and autograd's transpose of a box", SHAPES_STATEMENTS)
