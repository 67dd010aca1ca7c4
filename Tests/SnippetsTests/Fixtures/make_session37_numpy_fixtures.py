#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the NumPy features session 37 (numpy37, issue 10) checked:

- `np.array(a, dtype='q')` of an int64 ndarray (and `'Q'` of a uint64 one): NumPy's copy keeps the array's `'l'`
  (`'L'`), so it prints as int64's array, with no `dtype=int64`. (A scalar, a list, `np.asarray` or `copy=None` give
  a `'q'` array, which docbuild refuses, as it refuses a structured field in `'q'`: that field's array prints
  `dtype=int64`; both checked in `Numpy37RefusalTests`. The structured dtype object itself prints `'<i8'` and
  equals int64's, so it is answered.)
- `np.broadcast_arrays`: the operands of the broadcast shape returned as they are, the others as views NumPy 2.4
  reports writeable with WARN_ON_WRITE (`WRITEABLE : True  (with WARN_ON_WRITE=True)`, inherited by their views);
  `np.broadcast_shapes` and its error. (A write into such a view, which NumPy makes with a DeprecationWarning, is
  refused.)
- `np.sort`, `ndarray.sort` and `np.argsort` of complex arrays: NumPy's order (by real part, then imaginary part;
  `R + nanj`, `nan + Rj`, `nan + nanj` last). Lines of up to 16 elements are sorted by insertion (stable); a longer
  quicksort line with equal elements is answered for the values where they print alike, refused where a zero part's
  sign tells them apart (and for argsort, as for real arrays).
- `np.linspace` of complex ends (numbers or 0-d arrays), composed as NumPy composes it.
- `mean`, `any` and `all` of object arrays over every element (Python numbers, None, strings).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session37_numpy_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/350-numpy37-c-long-long-copies.txt`, `351-numpy37-broadcast-arrays.txt`,
`352-numpy37-complex-sorts.txt`, `353-numpy37-complex-linspace.txt` and `354-numpy37-object-array-mean-any-all.txt`; rerunning gives identical
bytes.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
LONG_LONG_OUTPUT = HERE / "interpreter" / "350-numpy37-c-long-long-copies.txt"
BROADCAST_OUTPUT = HERE / "interpreter" / "351-numpy37-broadcast-arrays.txt"
COMPLEX_SORT_OUTPUT = HERE / "interpreter" / "352-numpy37-complex-sorts.txt"
LINSPACE_OUTPUT = HERE / "interpreter" / "353-numpy37-complex-linspace.txt"
OBJECT_OUTPUT = HERE / "interpreter" / "354-numpy37-object-array-mean-any-all.txt"

LONG_LONG_STATEMENTS = [
    "a = np.arange(6).reshape(2, 3)",
    "np.array(a, dtype='q')",
    "np.array(a, dtype='q').dtype.char, np.array(a, dtype=np.longlong).dtype.char, np.array(a, dtype='<q').dtype",
    "np.array(a, dtype='longlong'), np.array(a.T, dtype='=q'), np.array(a[:, 1], dtype='q')",
    "np.array(a, dtype='q', order='F').flags.f_contiguous, np.array(a, 'q') is a",
    "u = np.arange(4, dtype=np.uint64)",
    "np.array(u, dtype='Q'), np.array(u, dtype=np.ulonglong).dtype.char",
    "np.array(np.array(7), dtype='q'), np.array(np.array(7), dtype='q').dtype.char",
    "np.array(np.array([1, 2], dtype='p'), dtype='q'), np.array(np.rec.fromarrays([np.arange(2)]).f0, dtype='q')",
    "b = np.array(a, dtype='q')",
    "b + 1, b.sum(), b == a, b.dtype == np.int64",
    # A structured dtype prints a field in 'q' as '<i8' and equals int64's; only its arrays tell them apart.
    "d = np.dtype([('a', 'q'), ('b', 'f8')])",
    "d, d.descr, d.names, d.itemsize, d['b'], str(d), d.kind, d.char, d.isnative",
    "d == np.dtype([('a', 'i8'), ('b', 'f8')]), np.dtype('q,f8') == np.dtype('i8,f8'), np.dtype('Q,f4')",
    "np.dtype({'names': ['a'], 'formats': ['<Q']}), np.dtype({'x': (np.longlong, 0)}), np.dtype([('p', [('a', 'q')])])",
    "s = np.zeros(2, dtype=[('a', 'i8'), ('b', 'f8')])",
    "s, s.dtype, s['a'], s['a'].dtype.char, s.dtype == d",
]

BROADCAST_STATEMENTS = [
    "x = np.array([[1, 2, 3]])",
    "y = np.array([[4], [5]])",
    "a, b = np.broadcast_arrays(x, y)",
    "a",
    "b",
    "a.flags.writeable, a.flags['W'], a.flags['WRITEABLE'], a[0].flags.writeable, b.flags.owndata",
    "b.flags",
    "a.T.flags",
    "a[:, 1:].flags",
    "a.base is x, a.strides, b.strides, np.shares_memory(a, x), a.shape, b.size",
    "a.copy().flags.writeable, (a + b).flags.writeable, a.sum(axis=0), a * b",
    "c = a.copy()",
    "c[0, 0] = 9",
    "c, x",
    "np.broadcast_arrays(x, x)[0] is x, np.broadcast_arrays(x, x)[1] is x",
    "r = np.broadcast_arrays(x, np.ones((2, 3)))",
    "r[0], r[1].flags",
    "np.broadcast_arrays(x, 5)",
    "np.broadcast_arrays(x, 5)[0] is x, np.broadcast_arrays(x, 5)[1].flags.writeable",
    "np.broadcast_arrays([1, 2], [[3], [4]])",
    "np.broadcast_arrays(np.arange(3.0))",
    "np.broadcast_arrays()",
    "np.broadcast_arrays(np.arange(3), np.arange(2))",
    "np.broadcast_arrays(np.ones((2, 1)), np.ones((3,)), np.zeros((1, 1, 1)))[1].shape",
    "type(np.broadcast_arrays(x, y)), len(np.broadcast_arrays(x, y, x))",
    "np.broadcast_shapes((1, 2), (3, 1), (3, 2))",
    "np.broadcast_shapes(), np.broadcast_shapes(5, (2, 1)), np.broadcast_shapes((0,), (1,))",
    "np.broadcast_shapes((2,), (3,))",
    "np.broadcast_shapes((2, 3), (4, 1, 2))",
]

COMPLEX_SORT_STATEMENTS = [
    "z = np.array([3+1j, 1-2j, 1+2j, np.nan+0j, 2+np.nan*1j, -1j, complex(np.nan, np.nan), complex(np.nan, -1), "
    "complex(1, np.nan), 0j, 1-2j])",
    "np.sort(z)",
    "np.argsort(z)",
    "np.argsort(z, kind='stable'), np.sort(z, kind='mergesort')[-4:]",
    "w = z.copy()",
    "w.sort()",
    "w",
    "np.sort(z.reshape(1, 11), axis=0), np.argsort(z.reshape(1, 11), axis=1)",
    "m = np.array([[2+1j, 2-1j, 1+5j], [0j, -1+0j, 1j]])",
    "np.sort(m), np.sort(m, axis=0), np.sort(m, axis=None), m.argsort(), m.argsort(axis=0)",
    "np.sort(np.array([1+1j, 1+1j, 0j]).astype(np.complex64)), np.argsort(np.array([2j, 1j, 2j, 1j]))",
    "big = np.array([complex(k % 5, (7 * k) % 3) for k in range(40)])",
    "np.sort(big)",
    "np.sort(big, kind='stable')[:5], np.argsort(big, kind='stable')",
    "np.sort(np.array([0j, complex(-0.0, 0.0), 1j, complex(0.0, -0.0)]))",
    "np.sort(np.array([complex(k % 3, 0.0) * (1 if k % 2 else -1) for k in range(20)]), kind='stable')",
    "np.sort(np.array([], dtype=complex)), np.argsort(np.array([1j])), np.sort(np.array(2j), axis=None)",
]

LINSPACE_STATEMENTS = [line for line in """
np.linspace(0, 1+1j, 3)
np.linspace(1j, 2, 5)
np.linspace(-1.5+0.3j, 2.25-1.1j, 7)
np.linspace(0.1+0.2j, 0.7-0.3j, 10, endpoint=False)
np.linspace(1+1j, 3+1j, 4, retstep=True)
np.linspace(1+1j, 1+1j, 3, retstep=True)
np.linspace(2j, 3, 1), np.linspace(2j, 3, 0), np.linspace(2j, 3, 1, endpoint=False, retstep=True)
np.linspace(start=1j, stop=1e-320+0j, num=4)
np.linspace(np.complex128(1+2j), 1/3, 6)
np.linspace(1j, 2j, -1)
np.linspace(0, 1e308+1e308j, 3)
np.linspace(0.1+0.7j, -0.3+0.2j, 13).tolist()
np.linspace(1/3 - 2j/7, 5/11 + 1j/9, 9, endpoint=False).tolist()
np.linspace(np.pi * 1j, np.e, 21, retstep=True)[1]
""".strip().split("\n")] + [
    # Seeded random ends, every element's bits shown.
    f"np.linspace({complex(a, b)!r}, {complex(c, d)!r}, {int(n) + 11}).tolist()"
    for a, b, c, d, n in np.random.default_rng(37).uniform(-10, 10, size=(8, 5)).tolist()
]

OBJECT_STATEMENTS = [
    "o = np.array([1, 2.5, 3], dtype=object)",
    "o.mean(), np.mean(o), o.any(), o.all(), np.any(o), np.all(o)",
    "i = np.array([1, 2, 4], dtype=object)",
    "i.mean(), np.array([[1, 2], [3, 5]], dtype=object).mean(), np.array([True, 2], dtype=object).mean()",
    "np.array([True, True], dtype=object).mean(), np.array([0.1, 0.2, 0.3], dtype=object).mean()",
    "np.array([2**62, 2**61, 3], dtype=object).mean(), np.array([2**53 + 1, 0.5], dtype=object).mean()",
    "np.array([1e308, 1e308, -1e308], dtype=object).mean(), np.array([0.5, 2**60, 1], dtype=object).mean()",
    "np.array([0, 'a'], dtype=object).any(), np.array([0, 'a'], dtype=object).all(), np.array([None, 0], dtype=object).any()",
    "np.array([], dtype=object).any(), np.array([], dtype=object).all(), np.array(['', 'x'], dtype=object).all()",
    "np.array([[1, 0], [2, 3]], dtype=object).all(), np.array([[1, 0], [2, 3]], dtype=object).T.any()",
    "np.array([0.0, -0.0, False], dtype=object).any(), np.array([np.nan], dtype=object).all()",
    "type(o.any()), type(o.mean())",
    "np.array([], dtype=object).mean()",
]

if __name__ == "__main__":
    write_numpy_fixture(
        LONG_LONG_OUTPUT,
        "make_session37_numpy_fixtures.py",
        "np.array(a, dtype='q') of an int64 array keeps its 'l' (and 'Q' of uint64 its 'L')",
        LONG_LONG_STATEMENTS,
    )
    write_numpy_fixture(
        BROADCAST_OUTPUT,
        "make_session37_numpy_fixtures.py",
        "np.broadcast_arrays (views writeable with WARN_ON_WRITE) and np.broadcast_shapes",
        BROADCAST_STATEMENTS,
    )
    write_numpy_fixture(
        COMPLEX_SORT_OUTPUT,
        "make_session37_numpy_fixtures.py",
        "np.sort, ndarray.sort and np.argsort of complex arrays (NumPy's order: real, then imaginary, NaNs last)",
        COMPLEX_SORT_STATEMENTS,
    )
    write_numpy_fixture(
        LINSPACE_OUTPUT,
        "make_session37_numpy_fixtures.py",
        "np.linspace of complex ends, composed as NumPy composes it",
        LINSPACE_STATEMENTS,
    )
    write_numpy_fixture(
        OBJECT_OUTPUT,
        "make_session37_numpy_fixtures.py",
        "mean, any and all of object arrays over every element",
        OBJECT_STATEMENTS,
    )
