#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for three constructs of NumPy's own docstring examples that
docbuild refused (issue 10; `Benchmarks/reach_probe.py --corpus numpy-docstrings`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach12_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/85-reach12-einsum-interleaved.txt` (and the other files named in FIXTURES); rerunning gives identical
bytes.

`np.einsum`'s interleaved form (`np.einsum(a, [0, 1], b, [1, 2], [0, 2])`) is the subscripts form NumPy's C einsum
builds from it (label 0-25 is 'A'-'Z', 26-51 is 'a'-'z'), so its results, views and errors are checked here.
`order='F'` makes a new Fortran-ordered array: its printed values are C order's, its strides, flags and reductions
are checked here. `np.broadcast` objects iterate tuples of NumPy scalars and keep an index that next() and reset()
move. What stays refused, by name, is in `Tests/SnippetsTests/Reach12RefusalTests.swift`.
"""

import pathlib
import sys

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# NumPy's own examples (`np.einsum`'s docstring), then what they rest on: views of the one operand, the implicit
# output's order across the two letter cases, and the errors of a malformed sublist.
EINSUM_INTERLEAVED = [
    "a = np.arange(25).reshape(5, 5)",
    "b = np.arange(5)",
    "c = np.arange(6).reshape(2, 3)",
    "np.einsum(a, [0, 0])",
    "np.einsum(a, [0, 0], [0])",
    "np.einsum(a, [0, 1], [0])",
    "np.einsum(a, [Ellipsis, 1], [Ellipsis])",
    "np.einsum(c, [1, 0])",
    "np.einsum(b, [0], b, [0])",
    "np.einsum(a, [0, 1], b, [1])",
    "np.einsum(3, [Ellipsis], c, [Ellipsis])",
    "np.einsum(np.arange(2) + 1, [0], b, [1])",
    "a3 = np.arange(60.).reshape(3, 4, 5)",
    "b3 = np.arange(24.).reshape(4, 3, 2)",
    "np.einsum(a3, [0, 1, 2], b3, [1, 0, 3], [2, 3])",
    "np.einsum(a3, (0, 1, 2), b3, (1, 0, 3), (2, 3))",
    "np.einsum(c, [0, 1], c, [0, 2], [1, 2])",
    "np.einsum(a, [0, 1], b, [1], [0], optimize=False)",
    "v = np.einsum(c, [1, 0])",
    "v[0, 1] = 30",
    "c",
    "v.strides, v.flags.c_contiguous, v.flags.f_contiguous",
    "d = np.einsum(a, [7, 7], [7])",
    "d[1] = -1",
    "a[1, 1]",
    "np.einsum(c, [26, 0])",
    "np.einsum(c, [25, 26])",
    "np.einsum(c, [51, 0])",
    "np.einsum(c, [0, np.int64(1)], [np.int64(1)])",
    "np.einsum(c, [0, np.uint8(1)])",
    "m = np.arange(6.).reshape(2, 3)",
    "np.einsum(m, [0, 1], m, [0, 1], [1, 0])",
    "np.einsum(m, [0, 1], m, [0, 1], [1, 0]).flags.f_contiguous",
    "np.einsum(c, [0, 52])",
    "np.einsum(c, [0, -1])",
    "np.einsum(c, [0, 1.5])",
    "np.einsum(c, [0, 'x'])",
    "np.einsum(c, [0, True])",
    "np.einsum(c, [0, 2**70])",
    "np.einsum(c, [Ellipsis, Ellipsis])",
    "np.einsum(c, 0)",
    "np.einsum(c)",
    "np.einsum(c, [0])",
    "np.einsum(c, [0, 1], [2])",
    "np.einsum(c, [0, 1], c)",
    "np.einsum(c, np.array([1, 0]))",
    "np.einsum(c, range(2))",
    "np.einsum(c, np.array([0., 1.]))",
    "np.einsum(c, np.array([True, False]))",
    "np.einsum(c, np.int64(0))",
    "np.einsum(c, 'ab')",
]

# `order=` of a new array: NumPy's own examples (`np.isfortran`, `ndarray.flags`, `ndarray.resize`), then what a
# Fortran-ordered array changes: flags, strides, an in-place resize, the summation order of a float reduction.
CREATION_ORDER = [
    "x = np.ones((2, 3), order='F')",
    "x.flags['F_CONTIGUOUS'], x.flags['C_CONTIGUOUS']",
    "x.strides",
    "a = np.array([[1, 2, 3], [4, 5, 6]], order='C')",
    "np.isfortran(a)",
    "b = np.array([[1, 2, 3], [4, 5, 6]], order='F')",
    "b",
    "np.isfortran(b)",
    "b.strides, b.flags.owndata",
    "np.isfortran(np.array([1, 2], order='F'))",
    "np.array([1, 2], order='F').strides",
    "np.array([[1, 2], [3, 4]], order='f').strides",
    "np.array([[1, 2], [3, 4]], order='A').strides",
    "np.array([[1, 2], [3, 4]], order='K').strides",
    "np.array([[1, 2], [3, 4]], order=None).strides",
    "np.array([[1, 2], [3, 4]], dtype=np.float32, order='F').strides",
    "np.asarray([[1, 2], [3, 4]], None, 'F').strides",
    "np.asarray([[1, 2], [3, 4]], order='F').flags.f_contiguous",
    "np.zeros((2, 3, 4), order='F').strides",
    "np.ones((1, 3), order='F').strides",
    "np.ones((2, 1, 3), order='F').strides",
    "np.full((2, 3), 7, order='F').strides",
    "np.full((2, 3), 7, None, 'F').strides",
    "np.zeros((2, 3), int, 'F').strides",
    "np.empty((2, 2), order='F').strides",
    "e = np.empty((2, 2), order='F')",
    "e[:] = 5",
    "e",
    "c = np.arange(6).reshape(2, 3)",
    "f = np.array(c, order='F')",
    "f, f.strides, np.may_share_memory(c, f)",
    "np.array(c, order='K').strides",
    "np.array(c, order='C').strides",
    "np.array(c, order='A').strides",
    "np.asarray(c, order='C') is c",
    "np.asarray(c, order='K') is c",
    "np.asarray(c, order='A') is c",
    "q = np.array([[0, 1], [2, 3]], order='C')",
    "q.resize((2, 1))",
    "q",
    "r = np.array([[0.1, 0.2, 0.3], [1e16, 1.0, -1e16]], order='F')",
    "r.sum(), r.T.sum(), np.array(r).sum(), r.copy().sum(), r.sum(axis=0), r.sum(axis=1)",
    "r.copy().strides, np.array(r).strides, r.T.strides, r.T.flags.c_contiguous",
    "r.ravel(), r.tobytes() == r.copy().tobytes(), r.tobytes(order='F') == r.T.copy().tobytes()",
    "(r + 1).strides, (r * r.T.T).flags.f_contiguous",
    "[v for v in np.nditer(r)]",
    "r[0].strides, r[:, 1].strides, r.reshape(3, 2).strides, np.copy(r).strides",
    "np.ascontiguousarray(r).strides, np.zeros_like(r).strides, np.exp(r).strides, r[::-1].strides",
    "g = np.array([[1., 2., 3.], [4., 5., 6.]], order='F')",
    "g[0, 0] = 9",
    "g += 1",
    "g, g.strides, list(g.flat), g.tolist()",
    "g @ g.T",
    "s = np.zeros((2, 3), order='F')",
    "s.shape = (3, 2)",
    "np.ones(2, order='Q')",
    "np.array([1], order='Q')",
    "np.array([1], order='FF')",
    "np.array([1], order=1)",
    "np.array([1], order='')",
    "np.asarray([1], None, 2)",
    "np.array([1, 2], int, 'F')",
]

# `np.broadcast` objects: NumPy's own examples (its docstring and its attributes'), then its items' dtypes, the
# iterator's state across next(), for loops and reset(), and its errors.
BROADCAST = [
    "x = np.array([[1], [2], [3]])",
    "y = np.array([4, 5, 6])",
    "b = np.broadcast(x, y)",
    "out = np.empty(b.shape)",
    "out.flat[:] = [u + v for (u, v) in b]",
    "out",
    "x + y",
    "b = np.broadcast(x, y)",
    "b.index",
    "next(b), next(b), next(b)",
    "b.index",
    "x = np.array([1, 2, 3])",
    "y = np.array([[4], [5], [6]])",
    "b = np.broadcast(x, y)",
    "b.ndim, b.nd, b.numiter, b.shape, b.size",
    "b.index",
    "next(b), next(b), next(b)",
    "b.index",
    "b.reset()",
    "b.index",
    "list(b)",
    "b.index",
    "next(b)",
    "list(b)",
    "b.reset()",
    "for u, v in b:\n    if u == v - 3:\n        print(b.index, u, v)",
    "type(b).__name__",
    "np.broadcast(1, 2.5).shape, list(np.broadcast(1, 2.5))",
    "list(np.broadcast([1, 2], 2.5))",
    "list(np.broadcast(np.array([True]), np.array([1.5], dtype=np.float32)))",
    "list(np.broadcast(np.float32(2), np.arange(2)))",
    "list(np.broadcast(np.arange(2.)[::-1], np.array([[1], [2]], dtype=np.uint8)))",
    "np.broadcast(x).shape, np.broadcast(x).numiter, list(np.broadcast(x))",
    "np.broadcast(x, y, x, y).numiter",
    "z = np.broadcast(np.zeros((0, 3)), 1)",
    "z.shape, z.size, list(z)",
    "np.broadcast(np.ones((2, 1, 3)), np.ones((4, 1))).shape",
    "np.broadcast(np.arange(2), np.arange(3))",
    "np.broadcast(np.arange(2), np.ones((4, 1)), np.arange(3))",
    "np.broadcast(x, y=2)",
    "np.broadcast(*[x] * 65)",
    "len(b)",
    "b[0]",
    "b.foo",
    "b.shape = 3",
    "b.reset(1)",
    "b.reset(x=1)",
]

FIXTURES = {
    "85-reach12-einsum-interleaved": (
        "np.einsum's interleaved form (operand, sublist, ..., [output sublist]): NumPy's docstring examples, views of "
        "one operand, both letter cases and the errors of malformed sublists.",
        EINSUM_INTERLEAVED,
    ),
    "86-reach12-creation-order": (
        "order='F' (and 'C', 'A', 'K') of np.array, np.asarray, np.zeros, np.ones, np.full and np.empty: flags, "
        "strides, an in-place resize and a float sum of Fortran-ordered arrays.",
        CREATION_ORDER,
    ),
    "87-reach12-broadcast-objects": (
        "np.broadcast objects: shape, nd, ndim, size, numiter, index, iterating them (tuples of NumPy scalars), "
        "next(), reset() and their errors.",
        BROADCAST,
    ),
}


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", "make_reach12_fixtures.py", description, statements)


if __name__ == "__main__":
    main()
