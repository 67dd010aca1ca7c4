#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for an array `np.empty` made once a statement has written into
it: its shape, size, dtype and length are readable before (they do not depend on the memory's old contents), and
after `fill`, a slice assignment or a loop of item assignments its elements are the ones written. The statements
that would show unwritten memory are refused (`UnwrittenMemoryRefusalTests`); this file holds the ones docbuild must
print as NumPy does, found with the reach probe on lijin-THU's notes-python (`a = np.empty(2)`, `a`). And
`sys.float_info`, which the same notes print: IEEE binary64's parameters, CPython's structseq of eleven named items;
and `np.meshgrid(…, sparse=True)`, each coordinate a copy of its input with extent 1 along the other axes.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session24_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/140-session24-written-empty-arrays.txt`, `interpreter/141-session24-sys-float-info.txt` and
`interpreter/142-session24-sparse-meshgrid.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "140-session24-written-empty-arrays.txt"
MESHGRID_OUTPUT = HERE / "interpreter" / "142-session24-sparse-meshgrid.txt"
FLOAT_INFO_OUTPUT = HERE / "interpreter" / "141-session24-sys-float-info.txt"

STATEMENTS = [
    "a = np.empty(2)",
    "a.shape, a.size, a.dtype, len(a), a.ndim, a.itemsize, a.nbytes",
    "type(a).__name__, isinstance(a, np.ndarray)",
    "a.fill(5)",
    "a",
    "print(a * 2)",
    "b = np.empty((2, 3), dtype=int)",
    "b[:] = 7",
    "b",
    "c = np.empty_like(b)",
    "c.shape, c.dtype",
    "c[...] = b + 1",
    "c.sum(), c",
    "out = np.empty(4)",
    "for i in range(4):\n    out[i] = i ** 2",
    "out",
    "d = np.empty(3, dtype=np.float32)",
    "d.fill(0.1)",
    "print(d, d.dtype)",
    "e = np.empty((2, 2))",
    "e[:, :] = np.eye(2)",
    "e",
    "e = np.empty(0)",
    "e",
]

FLOAT_INFO_STATEMENTS = [
    "import sys",
    "sys.float_info",
    "sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig",
    "sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp",
    "sys.float_info.radix, sys.float_info.rounds, sys.float_info[0], sys.float_info[-1], len(sys.float_info)",
    "list(sys.float_info)[3:6], sys.float_info[1:3]",
    "type(sys.float_info).__name__, type(sys.float_info)",
    "sys.float_info == tuple(sys.float_info)",
    "sys.float_info.max * 2, sys.float_info.min / 2 ** 52, 1.0 + sys.float_info.epsilon / 2 == 1.0",
    "np.finfo(float).eps == sys.float_info.epsilon, np.finfo(np.float64).max == sys.float_info.max",
    "for name in ('max', 'epsilon', 'dig'):\n    print(name, getattr(sys.float_info, name))",
]

MESHGRID_STATEMENTS = [
    "x = np.arange(3)",
    "y = np.linspace(0, 1, 2)",
    "xx, yy = np.meshgrid(x, y, sparse=True)",
    "xx, yy, xx.shape, yy.shape, xx.dtype, yy.dtype",
    "xx.flags.owndata, np.shares_memory(xx, x), xx.flags.c_contiguous, yy.strides",
    "xx + yy, np.sqrt(xx ** 2 + yy ** 2)",
    "np.meshgrid(x, y, sparse=True, indexing='ij')",
    "np.meshgrid(x, sparse=True), np.meshgrid(sparse=True)",
    "a, b, c = np.meshgrid(x, y, np.array([5, 6]), sparse=True)",
    "a.shape, b.shape, c.shape, (a + b + c).shape",
    "np.meshgrid(x.reshape(3, 1), y, sparse=True, indexing='ij')",
    "np.meshgrid(x, y, sparse=False, copy=True)",
    "xx[0, 0] = 10",
    "x",
    "np.meshgrid(x, y, sparse=True, indexing='xz')",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_session24_fixtures.py",
        "arrays np.empty made, read once written: fill, slice and item assignment, their shape before",
        STATEMENTS,
    )
    write_numpy_fixture(
        FLOAT_INFO_OUTPUT,
        "make_session24_fixtures.py",
        "sys.float_info: IEEE binary64's parameters as CPython's named tuple of eleven items",
        FLOAT_INFO_STATEMENTS,
    )
    write_numpy_fixture(
        MESHGRID_OUTPUT,
        "make_session24_fixtures.py",
        "np.meshgrid(..., sparse=True): copies with extent 1 along the other axes, both indexings",
        MESHGRID_STATEMENTS,
    )
