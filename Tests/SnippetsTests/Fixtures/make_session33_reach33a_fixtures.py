#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for two patterns published course notebooks use, which docbuild
now runs (session 33, reach33a).

`116-reach33a-sys-path.txt`: Denny Britz's reinforcement-learning solutions and Raschka's book scripts add the
repository to `sys.path` before importing their own helpers (`if "../" not in sys.path: sys.path.append("../")`).
CPython's sys.path holds the installation's directories, absolute ones (or '', the current directory), so whether a
relative directory is in it is decided by what the chapter added; its type is list. What would show the
installation's directories (its repr, length, items) stays refused, and no statement here shows them.

`117-reach33a-written-empty-decisions.txt`: numerical-mooc's glider lesson fills `np.empty` arrays step by step,
then finds where the glider touched the ground (`np.where(y < 0.0)[0]`) and branches on its length. Once every
element is written, the length, the branch and what it binds are NumPy's; before that docbuild refuses them (its
unit tests, `Reach33aUnwrittenDecisionTests`: CPython's answer then depends on whatever the memory held). A grid
of 100,001 steps filled one element at a time now runs: docbuild copied the array at each step while it followed
which elements were written, past its limit of element operations per statement.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_reach33a_fixtures.py` (Python 3.11, numpy 2.4.6). It
rewrites both files; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SYS_PATH_OUTPUT = HERE / "interpreter" / "116-reach33a-sys-path.txt"
DECISIONS_OUTPUT = HERE / "interpreter" / "117-reach33a-written-empty-decisions.txt"

SYS_PATH_STATEMENTS = [
    "import sys",
    "'../' in sys.path",
    "if '../' not in sys.path:\n    sys.path.append('../')",
    "'../' in sys.path",
    "'../' not in sys.path",
    "'..' in sys.path",
    "if '../' not in sys.path:\n    sys.path.append('../')\nelse:\n    print('already there')",
    "sys.path.insert(0, 'lib')",
    "'lib' in sys.path",
    "sys.path.extend(['helpers/utils', 'src'])",
    "'src' in sys.path, 'helpers/utils' in sys.path, 'tests' in sys.path",
    "print(sys.path.append('notebooks'))",
    "'notebooks' in sys.path",
    "type(sys.path)",
    "type(sys.path).__name__",
    "sys.path.__class__",
    "isinstance(sys.path, list)",
    "isinstance(sys.path, (tuple, dict))",
    "type(sys.path) is list",
    "bool(sys.path)",
    "not sys.path",
    "from sys import path",
    "path is sys.path",
    "'lib' in path",
    "add = sys.path.append",
    "add('more')",
    "'more' in sys.path",
    "sys.hexversion.__class__",
]

DECISIONS_STATEMENTS = [
    "N = 6",
    "u = np.empty((N, 2))",
    "u[0] = np.array([0.0, 1.0])",
    "for n in range(N - 1):\n    u[n + 1] = u[n] + np.array([1.0, -0.5])",
    "y = u[:, 1]",
    "u",
    "idx_negative = np.where(y < 0.0)[0]",
    "idx_negative",
    "len(idx_negative)",
    "if len(idx_negative) == 0:\n    idx_ground = N - 1\n    print('not touched ground yet')\n"
    "else:\n    idx_ground = idx_negative[0]",
    "idx_ground",
    "print('Distance traveled: {:.3f}'.format(u[idx_ground - 1, 0]))",
    "v = np.empty(4)",
    "v.fill(2.5)",
    "w = np.where(v > 3.0)[0]",
    "w, len(w), w.shape",
    "if len(w) == 0:\n    print('none above 3')",
    "z = np.empty_like(v)",
    "z[:] = v * 2",
    "k = 0",
    "while z[k] < 1.0:\n    k += 1",
    "k",
    "for value in z[:2]:\n    print(value)",
    # The phugoid lesson's grid: 100,001 steps written one element at a time into an np.empty array, which docbuild
    # wrote by copying the array at each step while it followed the elements written (over its limit of element
    # operations per statement); then a path written one row at a time.
    "T, dt = 100.0, 0.001",
    "N = int(T / dt) + 1",
    "z = np.empty(N)",
    "z[0] = 1.0",
    "for n in range(1, N):\n    z[n] = z[n - 1] * 0.99999",
    "z[-1], z.sum()",
    "path = np.empty((1001, 2))",
    "path[0] = np.array([0.0, 1.0])",
    "for n in range(1000):\n    path[n + 1] = path[n] + dt * np.array([1.0, -0.5])",
    "path[-1], path[:, 1].min()",
]

if __name__ == "__main__":
    write_numpy_fixture(
        SYS_PATH_OUTPUT, "make_session33_reach33a_fixtures.py",
        "sys.path: adding directories and asking whether a relative one was added.", SYS_PATH_STATEMENTS)
    write_numpy_fixture(
        DECISIONS_OUTPUT, "make_session33_reach33a_fixtures.py",
        "np.empty arrays written whole, then the lengths and branches computed from them.", DECISIONS_STATEMENTS)
