#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 38's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session38_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/355-*` fixture; rerunning gives identical bytes.

355: element and slice writes into a view whose base nothing else holds (`a = np.arange(12).reshape(3, 4)`, a
transpose, a reversed or stepped slice of an array since rebound), which docbuild now writes in place, the base's
memory taking each write at the view's strides: what the view, its `.base`, its rows being iterated, later views of
it and copies show after each write; NumPy's errors for the writes that fail (NaN into an int view, a value that does
not broadcast, an index out of range, a read-only view), which must leave both memories as they were.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session38_fixtures.py"

VIEW_WRITES = [
    # A reshape of a temporary: the base is reachable only as `.base`.
    "a = np.arange(12).reshape(3, 4)",
    "a[1, 2] = 50",
    "a[0] = 7",
    "a[:, 3] = [-1, -2, -3]",
    "a[1:, ::2] = 9",
    "a",
    "a.base",
    "a[-1, -1] = True",
    "a[2, 0] = np.int64(-5)",
    "a",
    "a.base",
    "a.base is None",
    "a.flags.owndata",
    # Errors leave both memories as they were.
    "a[0, 0] = float('nan')",
    "a[:, 0] = np.nan",
    "a[0] = [1, 2, 3]",
    "a[3, 0] = 1",
    "a[0, 0] = 1.5",
    "a[1] = 2.75",
    "a",
    "a.base",
    # A float view, its transpose and its reversed rows, each the name's alone.
    "f = np.linspace(0.0, 1.0, 12).reshape(4, 3)",
    "for i in range(4):\n    f[i, i % 3] = -i",
    "f",
    "f.base",
    "f[::2, 1:] = np.array([[10.0, 20.0]])",
    "f",
    "f.base",
    "t = np.arange(6.0).reshape(2, 3).T",
    "t[0, 1] = 100.0",
    "t[2] = [7.0, 8.0]",
    "t[1:, 0] += 0.5",
    "t",
    "t.base",
    "t.base.base",
    "r = np.arange(10.0)",
    "r = r[::-2]",
    "r[0] = -1.0",
    "r[1:3] = 42",
    "r",
    "r.base",
    "s = np.arange(20).reshape(4, 5)[1:3, ::2]",
    "s[0, 1] = 99",
    "s[:, -1] = [5, 6]",
    "s",
    "s.base",
    "s.base.reshape(4, 5)",
    # Booleans.
    "m = np.zeros(6, dtype=bool).reshape(2, 3)",
    "m[0, 1] = True",
    "m[1] = [True, False, True]",
    "m",
    "m.base",
    # A view of the view, taken after writes, and a copy, then more writes.
    "g = np.arange(9.0).reshape(3, 3)",
    "g[0, 0] = 5.0",
    "h = g[1]",
    "h",
    "g[1, 1] = -7.0",
    "h",
    "g",
    "c = g.copy()",
    "g[2] = 0.0",
    "c",
    "g",
    "h",
    "g.base",
    # Rows iterated while the view is written.
    "w = np.arange(6).reshape(3, 2)",
    "for row in w:\n    w[2, 1] += 10\n    print(row)",
    "w",
    "it = iter(np.arange(6).reshape(3, 2))",
    "q = np.arange(6).reshape(3, 2)",
    "rows = iter(q)",
    "next(rows)",
    "q[1, 0] = 70",
    "next(rows)",
    # A list holding the view, a second name, and views held in other places.
    "v = np.arange(4.0).reshape(2, 2)",
    "L = [v]",
    "v[0, 0] = 3.5",
    "L",
    "u = v",
    "v[1] = 2.0",
    "u",
    "x = np.arange(8).reshape(2, 4)",
    "y = x.reshape(4, 2)",
    "x[0, 1] = 11",
    "y",
    "x[1, :] = 0",
    "y",
    "y.base is x.base",
    # Read-only views refuse the write, as NumPy does.
    "b = np.broadcast_to(np.arange(3), (2, 3))",
    "b[0, 0] = 1",
    "d = np.arange(6).reshape(2, 3)",
    "d.flags.writeable = False",
    "d[0, 0] = 1",
    "d[0] = 1",
    "d",
    # A function writing into its argument, a view.
    "def fill(z, v):\n    for i in range(z.shape[0]):\n        z[i, 0] = v\n    return z",
    "e = np.arange(6.0).reshape(3, 2)",
    "fill(e, -1.0)",
    "e",
    "e.base",
    "k = fill(np.arange(4.0).reshape(2, 2), 8.0)",
    "k",
    "k.base",
    # np.empty views: showing them stays refused by NumPy's unknown values until written whole.
    "z = np.zeros(6).reshape(2, 3)",
    "z[:] = 1.0",
    "z",
    "z.base",
]

FIXTURES = {
    "355-view-writes-in-place": (
        "element and slice writes into views whose base nothing else holds, and what their bases, rows, views and "
        "copies show after them.",
        VIEW_WRITES,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
