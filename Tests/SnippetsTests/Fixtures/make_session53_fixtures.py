#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 53's speed work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session53_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/514-*` fixture; rerunning gives identical bytes.

514: slice writes whose value already has the selection's shape, which docbuild now writes as it is (no copy of the
value without its history first), into views and owners, at positive, negative and mixed steps, from values that are
themselves views (stepped, transposed, of the array written), into int and bool arrays (NumPy's
conversions), from one statement into arrays of changing shapes, and what the array, its base and copies taken before show after each write.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session53_fixtures.py"

SAME_SHAPE_WRITES = [
    # The benchmark's write: a (10, 10) reshape of a temporary, every other column of nine rows.
    "a = np.linspace(0.0, 1.0, 100).reshape(10, 10)",
    "s = np.ones((9, 5))",
    "kept = a.copy()",
    "a[1:, ::2] = s",
    "a[:3]",
    "a.base[:25]",
    "kept[1]",
    "for k in range(3):\n    a[1:, ::2] = s * k",
    "a[1:3]",
    "a.base[10:20]",
    # Values that are views: stepped columns, a transpose, a reversed slice.
    "v = np.arange(90.0).reshape(9, 10)[:, ::2]",
    "a[1:, ::2] = v",
    "a[8:]",
    "w = np.arange(45.0).reshape(5, 9).T",
    "a[1:, ::2] = w",
    "a[1:3]",
    "a[::-1, ::-3] = np.arange(40.0).reshape(10, 4)",
    "a[:2]",
    "a.base[:10]",
    "a[2:7:2, 9:0:-4] = -np.arange(9.0).reshape(3, 3)",
    "a[2:7]",
    # The array's own elements as the value (overlapping memory: NumPy reads them all before writing).
    "a[1:, ::2] = a[:-1, 1::2]",
    "a[:3]",
    # A view whose elements are not the first of its base in C order.
    "m = np.arange(40.0).reshape(5, 8)[:, ::2]",
    "m[1:, ::2] = np.ones((4, 2)) * 7",
    "m",
    "m.base",
    # An owner, not a view.
    "o = np.zeros((4, 6))",
    "o[:, 1::2] = np.arange(12.0).reshape(4, 3)",
    "o",
    "o[::-1, :3] = o[:, 3:]",
    "o",
    # Floats of the selection's shape into an int array, truncated toward zero; bools as 0 and 1.
    "i = np.arange(24).reshape(4, 6)",
    "i[:, ::2] = np.array([[1.5, -2.7, 3.9]] * 4)",
    "i",
    "i[1:3, 1::2] = np.array([[1.0, -0.5, 2.0], [3.0, 4.0, 5.0]])",
    "i",
    "i[:2, :2] = np.array([[True, False], [False, True]])",
    "i",
    # Into a bool array.
    "b = np.zeros((3, 4), dtype=bool)",
    "b[:, 1:3] = np.array([[1.0, 0.0]] * 3)",
    "b",
    "b[::2, ::3] = np.array([[0, 5], [-1, 0]])",
    "b",
    # One statement writing arrays of changing shapes (its index's plan is kept for the last shape only), and an
    # index that fits the first array but not the second.
    "for n in (3, 5, 2, 5):\n    z = np.zeros((n, 4))\n    z[1:, ::2] = np.arange(2.0 * (n - 1)).reshape(n - 1, 2)\n    print(z)",
    "for n in (4, 2):\n    y = np.zeros((n, 3))\n    y[3, 1:] = 1.0\n    print(y)",
    "y",
    # Shapes that do not match exactly still take NumPy's path: a leading unit axis, a broadcast row, a mismatch.
    "a[1:, ::2] = np.ones((1, 9, 5)) * 3",
    "a[1:3]",
    "a[1:, ::2] = np.arange(5.0)",
    "a[4]",
    "a[1:, ::2] = np.ones((5, 9))",
    "a[1:3]",
]

FIXTURES = {
    "514-same-shape-slice-writes": (
        "slice writes whose value has the selection's shape, into views and owners, from views, into int and bool "
        "arrays, and what the arrays, their bases and earlier copies show.",
        SAME_SHAPE_WRITES,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
