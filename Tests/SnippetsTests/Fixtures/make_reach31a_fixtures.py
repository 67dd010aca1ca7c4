#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4 print for the neighbours of what session 31's NumPy corpora (reach31a)
brought in: `np.trace(a, offset=k)`, and the neighbours of `np.empty` arrays read in the statement that makes them.

`np.empty(...)` and `np.empty_like(...)` give memory as NumPy found it, so a statement computing with the elements of
such an array made inline (`np.empty([2, 3]) + 2`, which Kyle Mandli's numerical methods notes show) prints whatever
that memory held; docbuild printed its zeros plus two. Such statements are refused now (Reach31aRefusalTests), and
so is showing a name computed so. What reads no element still runs, as here: the shape, dtype, size and length of a
fresh array, `.fill`, arrays made whole by their writes, and the names `empty` and `empty_like` bound to other things.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach31a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/110-reach31a-*.txt` and `111-reach31a-*.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
EMPTY_OUTPUT = HERE / "interpreter" / "110-reach31a-fresh-empty-arrays.txt"
TRACE_OUTPUT = HERE / "interpreter" / "111-reach31a-trace-offsets.txt"

EMPTY_STATEMENTS = [
    "import numpy",
    "from numpy import empty, empty_like",
    "np.empty(3).shape",
    "numpy.empty([2, 3]).shape",
    "np.empty((2, 3), dtype=np.int32).dtype",
    "np.empty((4, 5)).size, np.empty((4, 5)).ndim",
    "len(np.empty(4))",
    "len(empty_like(np.ones((3, 2))))",
    "type(np.empty(2)).__name__",
    "print(np.empty((2, 3)).shape)",
    "print(empty(7).shape, empty_like(np.zeros(2)).dtype)",
    "np.empty((2, 3)).fill(0)",
    "a, b = np.empty(2), np.empty(2)",
    "a.fill(1.5)",
    "b[:] = 2",
    "a + b",
    "print(a * b)",
    "c = np.empty_like(a)",
    "c[0] = 1",
    "c[1] = 3",
    "c + 1",
    "d = empty((2, 2))",
    "d[:, 0] = 1",
    "d[:, 1] = [2, 3]",
    "d.sum(), d.T",
    "e = np.empty(3, dtype=np.int64)",
    "e[...] = 7",
    "e // 2",
    "out = np.empty(3)",
    "out[:] = np.arange(3) * 2.5",
    "[out, out.sum()]",
    "for i in range(2):\n    f = np.empty(2)\n    f[:] = i\n    print(f)",
    "g = np.empty((2, 2))",
    "g.shape, g.dtype, g.size",
    "class Stack:\n    def __init__(self):\n        self.items = []\n    def empty(self):\n        return not self.items",
    "s = Stack()",
    "print(s.empty())",
    "s.empty() and 1",
    "empty = lambda *shape: 0",
    "empty(2) + 1",
    "empty_like = [1, 2]",
    "empty_like + [3]",
]

# `np.trace(A, offset=1)` (a course's NumPy notebook) was refused: the sum of a diagonal above or below the main one,
# with NumPy's sum dtypes (int64 for small ints and bools), 0 past the edge, and the method with the offset positional.
TRACE_STATEMENTS = [
    "A = np.arange(12).reshape(3, 4)",
    "np.trace(A), np.trace(A, offset=1), np.trace(A, offset=-1)",
    "np.trace(A, 2), np.trace(A, 3), np.trace(A, 4), np.trace(A, -3), np.trace(A, -7)",
    "A.trace(1), A.trace(offset=-2), A.trace(0)",
    "F = A / 7",
    "np.trace(F, offset=1)",
    "F.trace(-1)",
    "np.trace(F, 9)",
    "np.trace(A > 3, 1), np.trace(A.astype(np.int8), 1), np.trace(A.astype(np.uint16), -1)",
    "np.trace(A.astype(np.float32), 1)",
    "np.trace(A.T, 1), A.T.trace(-2)",
    "np.trace(np.eye(4), offset=0), np.trace(np.eye(4), offset=1)",
    "np.trace(np.ones((1, 5)), offset=4)",
    'print("Matrix trace with offset +1\\n", "-" * 10, "\\n", np.trace(A, offset=1))',
    "t = np.trace(F, 1)",
    "t * 2, type(t)",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        EMPTY_OUTPUT,
        "make_reach31a_fixtures.py",
        "what reads no element of a fresh np.empty array, and arrays np.empty made that are written whole",
        EMPTY_STATEMENTS,
    )
    write_numpy_fixture(
        TRACE_OUTPUT,
        "make_reach31a_fixtures.py",
        "np.trace and a.trace with an offset above or below the main diagonal",
        TRACE_STATEMENTS,
    )
