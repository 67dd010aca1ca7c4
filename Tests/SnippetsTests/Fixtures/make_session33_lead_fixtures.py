#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for loops that write whole rows of one array, one row a step
(session 33, lead).

`209-lead-row-writes.txt`: time-stepping lessons (numerical-mooc, CFD Python) keep every step's state in a row of one
array, `u[n + 1] = …`. docbuild wrote such a row in place only when its index held a slice (`u[n + 1, :]`); a row
named by integers alone copied the whole array at each step, and the written array's record of its writes copied
its list of them at each step, so 40,000 steps of a (40001, 4) array went past the limit of element operations a
statement may take; and a row computed from the array's own previous row (`u[n + 1] = u[n] * 1.00001`) was never
written in place, the value's history (which read the array) held while the write asked whether anything else held
the array. All three are linear now; the values are NumPy's.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_lead_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the file; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "209-lead-row-writes.txt"

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
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT, "make_session33_lead_fixtures.py", "rows written one a step, by integer indices", STATEMENTS)
