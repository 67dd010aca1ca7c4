#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for an array `np.empty` made once a statement has written into
it: its shape, size, dtype and length are readable before (they do not depend on the memory's old contents), and
after `fill`, a slice assignment or a loop of item assignments its elements are the ones written. The statements
that would show unwritten memory are refused (`UnwrittenMemoryRefusalTests`); this file holds the ones docbuild must
print as NumPy does, found with the reach probe on lijin-THU's notes-python (`a = np.empty(2)`, `a`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session24_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/140-session24-written-empty-arrays.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "140-session24-written-empty-arrays.txt"

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

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_session24_fixtures.py",
        "arrays np.empty made, read once written: fill, slice and item assignment, their shape before",
        STATEMENTS,
    )
