#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 prints for the strides of a reshape that keeps the array's own shape, with and without an
inferred extent: NumPy returns a plain view (the array's strides) only when the shape it is given equals the array's
own; a `-1` sends it through `_attempt_nocopy_reshape`, which gives axes of extent 1 other strides. docbuild kept the
array's strides for both (found by the reach13 branch's random tests of `order=`), in `reshape` and in `a.shape = …`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reshape_strides_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/89-reshape-strides-of-inferred-extents.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "89-reshape-strides-of-inferred-extents.txt"

SOURCES = [
    "np.arange(4.).reshape(4, 1).T",
    "np.arange(1.).reshape(1, 1)[::-1]",
    "np.arange(6.).reshape(2, 3)[:, :1]",
    "np.arange(24.).reshape(2, 3, 4)[:, :1, ::2]",
    "np.arange(12).reshape(3, 1, 4)[::-1]",
    "np.arange(8.).reshape(2, 4).T[:1]",
    "np.ones((1, 3, 1))",
]

STATEMENTS = []
for source in SOURCES:
    STATEMENTS += [
        f"a = {source}",
        "a.shape, a.strides",
        "a.reshape(a.shape).strides, a.reshape(*a.shape).strides, np.reshape(a, a.shape).strides",
        "a.reshape(-1, *a.shape[1:]).strides, a.reshape(*a.shape[:-1], -1).strides",
        "np.reshape(a, (-1,) + a.shape[1:]).strides, np.reshape(a, shape=a.shape[:-1] + (-1,)).strides",
        "a.reshape([-1] + list(a.shape[1:])).strides, a.reshape(-1, *a.shape[1:], order='C').strides",
        "b = a.reshape(-1, *a.shape[1:])",
        "np.shares_memory(a, b), b.flags['C_CONTIGUOUS'], b.flags['F_CONTIGUOUS'], b.tolist() == a.tolist()",
    ]

# `a.shape = …` reshapes the array object itself, through the same check.
STATEMENTS += [
    "a = np.arange(6.).reshape(2, 3)[:, :1]",
    "a.shape = (-1, 1)",
    "a.strides",
    "a = np.arange(6.).reshape(2, 3)[:, :1]",
    "a.shape = (2, 1)",
    "a.strides",
    "a = np.arange(4.).reshape(4, 1).T",
    "a.shape = (-1, 4)",
    "a.strides",
    "d = np.arange(6.)",
    "e = d[::2].reshape(3, 1)",
    "e.shape = (-1, 1)",
    "e.strides, e.base is d, e.tolist()",
    "f = np.ones((3, 1))",
    "f.shape = [-1, 1]",
    "f.strides",
]


def main():
    write_numpy_fixture(
        OUTPUT, "make_reshape_strides_fixtures.py",
        "strides of a reshape to the array's own shape, given as such or with an inferred extent.", STATEMENTS)


if __name__ == "__main__":
    main()
