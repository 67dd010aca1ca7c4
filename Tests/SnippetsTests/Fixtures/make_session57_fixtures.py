#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements session 57 found docbuild answering wrongly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session57_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/157-*` fixture; rerunning gives identical bytes.

157: `np.ix_` of an empty array. NumPy's `ix_` reshapes every array it is given (`new.reshape(...)`), empty or not;
only a list (or tuple) becomes an array first, of intp when empty, and a mask its `nonzero()[0]`. So the grid line of
an empty array is a view of that array and its `.base` follows the array's own chain
(`np.ix_(np.ravel(np.ones((4, 0, 2))))[0].base` is the (4, 0, 2) array); docbuild answered with a new array of shape
(0,), as if NumPy had copied it. The empty lines' strides are not here: docbuild refuses them by name.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session57_fixtures.py"

EMPTY_GRID_LINES = [
    "e = np.ones((4, 0, 2))",
    "r = np.ix_(np.ravel(e))[0]; r.dtype, r.shape, r.base.shape, r.base is e",
    "r = np.ix_(np.ravel(e), np.arange(2))[0]; r.shape, r.base is e, np.shares_memory(r, e)",
    "i = np.ones((4, 0, 2), dtype=np.int32)",
    "r = np.ix_(np.ravel(i))[0]; r.dtype, r.base.shape, r.base is i",
    "z = np.zeros(0)",
    "r = np.ix_(z)[0]; r.dtype, r.base is z, r.base.shape",
    "r = np.ix_(np.arange(3), z)[1]; r.dtype, r.shape, r.base is z",
    "r = np.ix_(z, np.arange(3))[0]; r.shape, r.base is z",
    "x = np.arange(6.0)",
    "r = np.ix_(x[3:3])[0]; r.base is x, r.shape, r.dtype",
    "r = np.ix_(x[3:3], x[:2]); r[0].base is x, r[1].base is x, r[1].strides",
    "r = np.ix_(np.zeros(0, dtype=np.uint8), np.arange(3))[0]; r.dtype, r.base.shape, r.shape",
    "r = np.ix_([])[0]; r.dtype, r.base.shape, r.base.base",
    "r = np.ix_([], np.arange(3))[0]; r.dtype, r.shape, r.base.shape",
    "r = np.ix_(np.zeros(3, dtype=bool), np.arange(3))[0]; r.dtype, r.shape, r.base.shape, r.base.base",
    "r = np.ix_(np.array([True, False]), np.arange(3))[0]; r.dtype, r.shape, r.base.shape, r.base.base",
    "r = np.ix_(np.arange(3), np.zeros(0, dtype=bool))[1]; r.shape, r.base.shape",
    "r = np.ix_(np.ones(0, dtype=int))[0]; r.dtype, r.base.shape, r.base.base",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "157-np-ix-of-empty-arrays-views-of-them.txt", SCRIPT,
        "np.ix_ of empty arrays: views of them, their base the array's own", EMPTY_GRID_LINES)


if __name__ == "__main__":
    main()
