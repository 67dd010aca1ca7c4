#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4 print for loops that write into an array values read from it (Deep Learning
with Python's `naive_relu` and `naive_add`, running sums and fills, `x[i, j] = max(x[i, j], 0)`), which docbuild now
writes in place: the value written was read from the array, and the recorded read held the array, so every write
copied it and kept the copy alive through the value's history. The values and errors must be NumPy's whoever holds
the array: the name alone, a function's parameter and its caller, another name, a list, a view, a named element.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session30_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/286-session30-writes-of-values-read-from-the-array.txt` and `interpreter/287-session30-slice-writes.txt`;
rerunning gives identical bytes.

The second fixture holds writes through a basic index with a slice (`a[:, j] = v`, `a[i, 1:3] = row`), which docbuild
now makes in place when only the name holds the array: values of each dtype (converted as NumPy converts them), Python
numbers, broadcasting and its errors, NaN into an int array, and every other holder (a name, a list, a view, a
caller) still seeing the write.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "286-session30-writes-of-values-read-from-the-array.txt"
SLICE_OUTPUT = HERE / "interpreter" / "287-session30-slice-writes.txt"

STATEMENTS = [
    "def naive_relu(x):\n    assert len(x.shape) == 2\n    x = x.copy()\n    for i in range(x.shape[0]):\n"
    "        for j in range(x.shape[1]):\n            x[i, j] = max(x[i, j], 0)\n    return x",
    "def naive_add(x, y):\n    assert x.shape == y.shape\n    x = x.copy()\n    for i in range(x.shape[0]):\n"
    "        for j in range(x.shape[1]):\n            x[i, j] += y[i, j]\n    return x",
    "def naive_add_matrix_and_vector(x, y):\n    x = x.copy()\n    for i in range(x.shape[0]):\n"
    "        for j in range(x.shape[1]):\n            x[i, j] = x[i, j] + y[j]\n    return x",
    "x = np.linspace(-1.5, 1.5, 12).reshape(3, 4)",
    "y = np.arange(12.0).reshape(3, 4) / 7",
    "naive_relu(x)",
    "x",
    "naive_add(x, y)",
    "naive_add_matrix_and_vector(x, y[0])",
    "np.array_equal(naive_relu(x), np.maximum(x, 0.0))",
    "np.array_equal(naive_add_matrix_and_vector(x, y[1]), x + y[1])",
    # The array written in place by the caller's own name and the parameter: both see every write.
    "def relu_in_place(a):\n    for i in range(a.shape[0]):\n        for j in range(a.shape[1]):\n"
    "            a[i, j] = max(a[i, j], 0)",
    "z = x.copy()",
    "alias = z",
    "relu_in_place(z)",
    "z",
    "alias is z",
    "alias[0, 0]",
    # Running sums, each element from its neighbours.
    "r = np.arange(6.0)",
    "for i in range(1, 6):\n    r[i] = r[i] + r[i - 1]",
    "r",
    "f = np.zeros(10)",
    "f[0], f[1] = 0.0, 1.0",
    "for i in range(2, 10):\n    f[i] = f[i - 1] + f[i - 2]",
    "f",
    "f[9] / f[8]",
    "m = np.full((3, 3), 2.0)",
    "for i in range(3):\n    for j in range(3):\n        m[i, j] = m[i, j] * m[j, i] + i - j",
    "m",
    # A named element, a view and a list see what NumPy says they see.
    "e = np.array([3.0, -2.0, 5.0])",
    "first = e[0]",
    "row = e[:2]",
    "held = [e]",
    "for i in range(3):\n    e[i] = max(e[i], 0) * 2",
    "e",
    "first",
    "row",
    "held[0]",
    "type(first)",
    # Values of other kinds: ints into a float array, floats into an int array, bools.
    "k = np.arange(5)",
    "for i in range(5):\n    k[i] = k[i] * 3 // 2",
    "k",
    "for i in range(5):\n    k[i] = k[i] + 0.75",
    "k",
    "b = np.array([True, False, True])",
    "for i in range(3):\n    b[i] = not b[i]",
    "b",
    "q = np.zeros(4)",
    "for i in range(4):\n    q[i] = q[i - 1] + i if i else 1",
    "q",
    "q[4] = q[3]",
    "q[1] = q",
    "q",
]

SLICE_STATEMENTS = [
    "def walk(n, rate):\n    path = np.zeros((2, n + 1))\n    path[:, 0] = [1.0, -2.0]\n    for k in range(n):\n"
    "        step = np.array([0.5, -0.25]) * rate\n        path[:, k + 1] = step\n    return path",
    "walk(4, 0.1)",
    "def fill(n):\n    a = np.zeros((3, n))\n    for j in range(n):\n        a[:, j] = j\n        a[1, j:] += 0.5\n"
    "    return a",
    "fill(4)",
    "a = np.arange(12.0).reshape(3, 4)",
    "a[:, 1] = np.array([7, 8, 9])",
    "a",
    "a[1, 1:3] = np.array([True, False])",
    "a",
    "a[0, :] = 2.5",
    "a[..., 3] = -1",
    "a",
    "a[:, 0] = np.array([1.0, 2.0])",
    "a[:, 0] = [[1.0], [2.0], [3.0]]",
    "a[0:1, :] = np.ones((1, 1, 4))",
    "a",
    "a[1:, ::2] = np.array([[10.0, 20.0]])",
    "a",
    "a[::-1, 0] = np.arange(3)",
    "a",
    "a[None, 0, 1:3] = 4",
    "a",
    "i = np.arange(10).reshape(2, 5)",
    "i[:, 1] = np.array([1.9, -2.7])",
    "i",
    "i[0, 2:] = np.nan",
    "i",
    "i[1, :] = True",
    "i",
    "i[:, 0] = 2 ** 40",
    "i",
    "b = np.zeros((2, 3), dtype=bool)",
    "b[:, 1] = np.array([2, 0])",
    "b[0, :] = 0.5",
    "b",
    "c = np.zeros((2, 2))",
    "held = [c]",
    "other = c",
    "c[:, 0] = 3.0",
    "held[0]",
    "other",
    "v = c[0]",
    "c[0, :] = 9.0",
    "v",
    "row = c[1, :]",
    "c[1, :] = c[0, :] + 1",
    "row",
    "c",
    "def put(m):\n    m[:, 1] = -m[:, 0]",
    "put(c)",
    "c",
    "g = np.zeros((2, 3))",
    "def inner():\n    g[:, 2] = 5\n    return g",
    "inner()",
    "g",
    "f32 = np.zeros(3, dtype=np.float32)",
    "f32[1:] = np.array([0.1, 0.2])",
    "f32",
    "d = np.zeros(3)",
    "d[1:] = np.array([0.1, 0.2], dtype=np.float32)",
    "d",
    "d[:2] = 1 + 2j",
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session30_fixtures.py",
        "loops writing into an array values read from it, seen through every holder",
        STATEMENTS,
    )
    write_numpy_fixture(
        SLICE_OUTPUT,
        "make_session30_fixtures.py",
        "writes through a basic index with a slice, seen through every holder, with NumPy's casts and errors",
        SLICE_STATEMENTS,
    )
