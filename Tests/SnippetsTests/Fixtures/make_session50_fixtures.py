#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements session 50 found docbuild answering wrongly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session50_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/502-*` to `504-*`, `506-*` and `507-*` and `508-*` fixtures; rerunning gives identical bytes.

502: `a.reshape(s, order='F')` and `np.reshape(a, s, order='F')` where the reshape copies: NumPy's result is a view
of `PyArray_NewCopy(a, NPY_FORTRANORDER)`, a Fortran-ordered copy of `a` (its `.base` prints `a`'s values with
Fortran strides); docbuild printed the row-major copy of `a.T` it reshapes, the same memory described as another
array (12 of the first 28 statements here were wrong).

503: NumPy's view functions given Python complex numbers and ranges (views of the array NumPy makes, as of lists),
`np.real` and `np.imag` of lists, tuples and ranges (the `.real`/`.imag` of that array: a view of a complex one, the
array itself or read-only zeros of a real one), and `np.array_split` of a range (its `len`; docbuild raised
TypeError): 22 of these 74 statements were wrong on main at aac427f4.

504: `np.resize` of Python lists, tuples, ranges and numbers and of NumPy scalars: NumPy ravels the array it makes of
the value, joins copies of it and returns a view of the joined array (docbuild returned an array of its own, as
`Fuzz/python_values_probe.py` found: 8 of its 780 statements).

506: NumPy 2's `np.asarray(a, dtype, order, copy=…)` (`copy=True` a new array, `None` as without it, a falsy value
`a` itself where no copy is needed and NumPy's ValueError elsewhere), which docbuild refused by name.

507: results NumPy returns as views of an array it made on the way (`IntermediateViews`): `np.nonzero`'s and
`np.where`'s index arrays (columns of one (n, ndim) array), `np.flatnonzero`, `np.argwhere` (a transposed view),
`np.isclose`, `np.isin`, `np.roll` without an axis, `np.kron`, `np.tensordot`, the 0-d `np.cov`, `np.cross`,
`np.linspace` and counted histogram edges (an `arange` scaled in place) and `np.unique`'s inverse: their strides,
OWNDATA, `.base` and `np.shares_memory`. 100 of 150 such statements (`Fuzz/dtype_sweep.py --variants python` found
the class) were wrong on main at 6af7ec97.

508: Python values where NumPy raises or iterates (found by `dtype_sweep.py --variants python`): a Python number's
`.conj()` (an AttributeError: Python's numbers have `conjugate` only), `np.correlate` of a 0-d operand, `np.polyval`
of 0-d coefficients (NumPy's loop over them), `np.rollaxis` of a list or number (it reads `a.ndim`), each of which
docbuild answered with a value, and ranges joined by the stack functions (a sequence of ints to NumPy), which docbuild
refused with a TypeError; a Python number given to `np.histogramdd` (its dispatcher iterates it), `np.hsplit` (its
`ndim` checked first), the stacks and `np.lexsort` (NumPy's own TypeErrors).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session50_fixtures.py"

FORTRAN_COPIES = [
    "a = np.arange(24).reshape(2, 3, 4); r = a.reshape((4, 6), order='F'); r.base.shape, r.base.strides, r.strides, r.base.flags.f_contiguous",
    "a = np.arange(24).reshape(2, 3, 4); r = a.reshape((24,), order='F'); r.base, r.flags.owndata",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r[0, 0] = 99; r, r.base, a",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((6,), order='F'); b = r.base; b[0, 1] = -1; r, b.strides, b.flags.owndata",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape(6, order='F'); np.shares_memory(r, a), np.shares_memory(r, r.base), r.base.base",
    "a = np.arange(6.0).reshape(2, 3)[:, ::2]; r = a.reshape((4,), order='F'); r.base, r.base.strides",
    "a = np.arange(6.0).reshape(2, 3).T; r = a.reshape((6,), order='F'); r.base is a, r.base.shape",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((2, 3), order='F'); r.base is a",
    "a = np.arange(6.0).reshape(2, 3); r = np.reshape(a, (3, 2), 'F'); r.base, r.base.T.strides",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r.base.ravel(), r.base.ravel(order='K'), r.base.copy(order='A').strides",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r.base[1]",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r.base[:, 1].strides",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r2 = r.reshape(6); r2.base is r.base, r2.strides",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r.base.reshape(6).flags.owndata",
    "a = np.arange(8.0).reshape(2, 2, 2); r = a.reshape((2, 4), order='F'); r.base.strides, r.strides, r.base.flags.c_contiguous",
    "r = np.reshape(((1, 2, 3), (4, 5, 6)), (3, 2), order='F'); r, r.base, r.base.strides",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='A'); r.base, r.base.strides",
    "a = np.asfortranarray(np.arange(6.0).reshape(2, 3)); r = a.reshape((3, 2), order='C'); r.base, r.base.strides, r.strides",
    "a = np.arange(6.0).reshape(2, 3); r = a.reshape((3, 2), order='F'); r += 1; a, r.base",
    "a = np.array([[1, 2], [3, 4]]); r = np.reshape(a, (4,), order='F'); r.flags.owndata, r.base",
    "a = np.array([[1, 2], [3, 4]]); r = a.reshape((4,), order='F'); r.flags.owndata, r.base, r.base.strides",
    "a = np.array([[1, 2], [3, 4]]); r = np.reshape(a, (2, 2), order='F'); r.flags.owndata, r.base",
    "r = np.reshape([[1, 2], [3, 4]], (2, 2), order='F'); r.flags.owndata, r.base, r.strides",
    "r = np.reshape([[1, 2], [3, 4]], (4, 1), order='F'); r.flags.owndata, r.base, r.strides",
    "r = np.reshape([[1, 2], [3, 4]], (4,), order='A'); r.flags.owndata, r.base",
    "r = np.reshape([1, 2, 3, 4], (2, 2), order='F'); r.flags.owndata, r.base, r.strides",
    "r = np.ravel([[1, 2], [3, 4]], order='K'); r.flags.owndata, r.base",
    "r = np.ravel([[1, 2], [3, 4]], order='A'); r.flags.owndata, r.base",
]

PYTHON_VALUES = [
    'r = np.real([1.0, 2.0]); r.flags.owndata, r.base',
    'r = np.real([1.0 + 2j, 2.0]); r.flags.owndata, r.base, r.strides',
    'r = np.imag([1.0 + 2j, 2.0]); r.flags.owndata, r.base, r.strides',
    'r = np.imag([1.0, 2.0]); r.flags.owndata, r.base, r.flags.writeable',
    'r = np.real(2.5); type(r)',
    'r = np.ascontiguousarray([[1.0, 2.0]]); r.flags.owndata, r.base',
    'r = np.asfortranarray([[1.0, 2.0], [3.0, 4.0]]); r.flags.owndata, r.base, r.strides',
    'r = np.diag([[1.0, 2.0], [3.0, 4.0]]); r.flags.owndata, r.base, r.flags.writeable',
    'r = np.broadcast_to([1.0, 2.0], (2, 2)); r.flags.owndata, r.base, r.strides',
    'r = np.diagonal([[1.0, 2.0], [3.0, 4.0]]); r.flags.owndata, r.base',
    'r = np.matrix_transpose([[1.0, 2.0]]); r.base.shape, r.strides',
    'r = np.asarray((1, 2)).reshape(2, 1); r.base',
    'r = np.flipud([[1, 2], [3, 4]]); r.base, r.strides',
    'r = np.squeeze([[[1.0]]], axis=(0, 2)); r.flags.owndata, r.base, r.strides',
    'r = np.expand_dims((1.0, 2.0), (0, 2)); r.base, r.strides',
    "r = np.ravel([[1, 2], [3, 4]], order='F'); r.flags.owndata, r.base",
    "r = np.reshape([[1, 2], [3, 4]], (4,), order='F'); r.flags.owndata, r.base",
    'r = np.reshape([[1, 2], [3, 4]], -1); r.flags.owndata, r.base',
    'r = np.reshape([[1, 2], [3, 4]], shape=(4,)); r.flags.owndata, r.base',
    'r = np.transpose([[[1, 2]]], (2, 0, 1)); r.base.shape, r.strides',
    'r = np.transpose([[1, 2]], axes=None); r.base, r.strides',
    'r = np.moveaxis([[[1, 2]], [[3, 4]]], [0, 1], [1, 0]); r.base.shape, r.strides',
    'r = np.rot90([[1, 2], [3, 4]], 1, axes=(1, 0)); r.base, r.strides',
    'r = np.rot90([[1, 2], [3, 4]], 2); r.base, r.strides',
    'r = np.flip([[1, 2], [3, 4]], axis=(0, 1)); r.base, r.strides',
    'r = np.swapaxes([[1.0, 2.0]], -1, 0); r[0, 0] = 5.0; r, r.base',
    'r = np.ravel([True, False]); r.dtype, r.base',
    'r = np.reshape([1 + 1j, 2], (2, 1)); r.base, r.strides',
    'r = np.reshape([np.float32(1), np.float32(2)], (2, 1)); r.dtype, r.base, r.strides',
    'r = np.reshape([[1, 2], [3]], (2,)); r',
    'r = np.reshape(np.arange(4).tolist(), (2, 2)); r.base',
    'r = np.reshape(1j, (1,)); r.flags.owndata, r.base',
    'r = np.ravel(2 + 1j); r.flags.owndata, r.base',
    'r = np.atleast_1d(1j); r.flags.owndata, r.base',
    'r = np.expand_dims(1j, 0); r.base',
    'r = np.reshape(range(4), (2, 2)); r.flags.owndata, r.base',
    'r = np.transpose(range(3)); r.base',
    'r = np.atleast_2d(range(3)); r.base',
    'r = np.split(range(4), 2); r',
    'r = np.array_split(range(4), 2); [p.base for p in r]',
    'r = np.broadcast_to(1j, (2,)); r.base, r.flags.writeable',
    'r = np.broadcast_to(range(2), (2, 2)); r.base, r.strides',
    'r = np.real(range(3)); r.flags.owndata, r.base',
    'r = np.real((1j, 2)); r.flags.owndata, r.base, r.strides',
    'r = np.imag(((1j, 2), (3, 4j))); r.base, r.strides',
    'r = np.real(1j); type(r), r',
    'r = np.imag(True); type(r), r',
    'r = np.real([True, False]); r.flags.owndata, r.dtype',
    'r = np.imag([1, 2]); r.flags.writeable, r.flags.owndata, r.dtype',
    'r = np.real([1.0 + 2j]); r[0] = 7.0; r, r.base',
    'r = np.squeeze(1j); r.flags.owndata',
    'r = np.flip(1j); type(r)',
    'r = np.array_split(range(5), 2, axis=0); r',
    'r = np.array_split(range(0, 10, 3), [1, 2]); r',
    'r = np.split(range(4), [1]); [p.base for p in r]',
    'r = np.array_split(range(3), 2, axis=1); r',
]

RESIZES = [
    "x = [[1.0, 2.0], [3.0, 4.0]]; r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = ((1, 2), (3, 4)); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = [1.0, 2.0, 3.0, 4.0]; r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = 2.5; r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = 7; r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = [True, False]; r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = range(4); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = np.arange(4.0).reshape(2, 2); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = np.arange(8.0).reshape(2, 4)[:, ::2]; r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = np.asfortranarray(np.arange(6.0).reshape(2, 3)); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = np.array(3.5); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = np.float64(1.5); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    "x = np.arange(4, dtype=np.int32); r = np.resize(x, (2,)); (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)",
    'r = np.resize([1, 2, 3], (2, 4)); r, r.base, r.strides',
    'r = np.resize(np.float64(2.0), (3,)); r.base, r.flags.owndata',
    'r = np.resize([1, 2], 0); r.flags.owndata, r.base',
    'r = np.resize([], (2,)); r',
    'r = np.resize(np.array(5), (2, 2)); r.base, r.strides',
    'r = np.resize(np.int8(3), 4); r.dtype, r.base',
]

ASARRAY_COPIES = [
    'a = np.arange(3.0); r = np.asarray(a, copy=True); r is a, r.flags.owndata, r.base',
    'a = np.arange(3.0); r = np.asarray(a, copy=None); r is a',
    'a = np.arange(3.0); r = np.asarray(a, copy=False); r is a',
    'a = np.arange(3.0); r = np.asarray(a, dtype=np.int64, copy=False); r',
    'a = np.arange(3.0); r = np.asarray(a, np.float32, copy=True); r, r.dtype',
    'r = np.asarray([1, 2], copy=True); r, r.flags.owndata',
    'r = np.asarray([1, 2], copy=False); r',
    'r = np.asarray([1, 2], copy=None); r',
    'r = np.asarray(2.5, copy=True); r, type(r)',
    "a = np.arange(6.0).reshape(2, 3); r = np.asarray(a, None, 'F', copy=True); r.flags.f_contiguous, r.strides",
    'a = np.arange(6.0).reshape(2, 3).T; r = np.asarray(a, copy=True); r.strides, r.flags.owndata',
    'a = np.arange(6.0).reshape(2, 3)[:, 1]; r = np.asarray(a, copy=False); r is a, r.base is a.base',
    'a = np.float64(2.0); r = np.asarray(a, copy=False); r',
    'a = np.float64(2.0); r = np.asarray(a, copy=True); r, type(r)',
    "r = np.asarray([1, 2], copy='yes'); r",
    'r = np.asarray([1, 2], copy=0); r',
    'r = np.asarray([1, 2], copy=1); r',
    'a = np.arange(3); r = np.asarray(a, copy=()); r is a',
    "a = np.arange(3.0); r = np.asarray(a, dtype='f8', copy=False); r is a",
]

INTERMEDIATE_VIEWS = [
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.argwhere(x))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isclose(x, 1.5))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = np.array([0.0, 1.5, 0.0, -2.0]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.argwhere(x))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isclose(x, 1.5))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = np.array([[0, 1, 2], [3, 0, 5]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.argwhere(x))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isclose(x, 1.5))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = np.arange(24).reshape(2, 3, 4) % 3; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isclose(x, 1.5))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = np.array(5); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.argwhere(x))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isclose(x, 1.5))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = np.array([[True, False], [False, True]]); (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.argwhere(x))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isclose(x, 1.5))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = [0, 2, 0, 3]; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.nonzero(x))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.asarray(x).nonzero())',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.where(x))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.flatnonzero(x))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.argwhere(x))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.isin(x, [1.5, 3]))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, 1))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.roll(x, -2))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron(x, [1, 2]))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.kron([[1], [2]], x))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.tensordot(x, x, 0))',
    'x = np.arange(6.0).reshape(2, 3).T; (lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.cov(x))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 1, 5))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 1, 5, dtype=int))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 1, 1))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 1, 0))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(2, 2, 3))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 1, 5, endpoint=False))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 1, 4, retstep=True)[0])',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(np.float32(0), 1, 3))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(0, 10, 6, dtype=np.float32))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.linspace(np.array(0.0), np.array(1.0), 3))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.logspace(0, 2, 3))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.geomspace(1, 8, 4))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram([1, 2, 2, 5])[1])',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram([1, 2, 2, 5], bins=3)[1])',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram(np.arange(5), bins=[0, 2, 5])[1])',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram_bin_edges([1.0, 3.0], bins=2))',
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram([1, 2], range=(0, 4), bins=2)[1])',
    "(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram([1, 2], bins='auto')[1])",
    '(lambda r: [(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, None if e.base is None else (e.base.shape, e.base.strides, e.base), np.shares_memory(e, r[0])) for e in (r if isinstance(r, tuple) else (r,))])(np.histogram([1.0, 2.0, 3.0])[0])',
    'x = np.array([], dtype=float); r = np.nonzero(x); r[0].flags.owndata, r[0].base, np.shares_memory(r[0], r[0].base)',
    'x = np.zeros((2, 0)); r = np.nonzero(x); [(e.flags.owndata, e.base.shape) for e in r]',
    'x = np.array(5); r = np.argwhere(x); r.shape, r.flags.owndata, r.base',
    'x = np.array(0); r = np.argwhere(x); r.shape, r.flags.owndata, r.base.shape',
    'r = np.linspace(0, 1, 5); r[0] = 9.0; r, r.base',
    'r = np.linspace(0, 1, 5, retstep=True); r[0].base, r[1]',
    'i, j = np.nonzero(np.eye(3)); i[0] = 7; i, j, i.base',
    'r = np.where(np.eye(2) > 0); r[1][0] = 5; r, r[0].base',
    'x = np.array([[1, 0], [0, 1]]); k = np.argwhere(x); k[0, 0] = 9; k, k.base',
    'r = np.roll(np.arange(6).reshape(2, 3), 1); r[0, 0] = 99; r.base',
    'a = np.arange(4); r = np.isin(a, [1, 2]); r.base, np.shares_memory(r, a)',
    'c = np.cross([1, 2, 3], [4, 5, 6]); c.flags.owndata, c.base',
    'c = np.cross([1, 2], [4, 5, 6]); c.flags.owndata, c.base',
    'c = np.cross(np.ones((2, 3)), np.eye(3)[:2]); c.flags.owndata, c.base.shape, c.strides',
    'a = np.array([[1, 2], [1, 2], [3, 4]]); r = np.unique(a, return_inverse=True); r[1].flags.owndata, r[1].base, r[1].strides',
    'a = np.array([[1, 2], [1, 2], [3, 4]]); r = np.unique(a, return_inverse=True, return_counts=True); [x.flags.owndata for x in r], r[1].base',
    'a = np.array([[1, 2], [1, 2], [3, 4]]); r = np.unique(a, return_index=True, return_inverse=True); [x.flags.owndata for x in r]',
    'a = np.array([[1, 2], [1, 2], [3, 4]]); r = np.unique(a, return_inverse=True, axis=0); r[1].flags.owndata',
    'r = np.unique([3, 1, 3], return_inverse=True); r[1].flags.owndata, r[1].base',
    'r = np.unique(5, return_inverse=True); r[1].flags.owndata, r[1].base, r[1].shape',
    'r = np.unique_inverse([[1, 1], [2, 1]]); r.inverse_indices.flags.owndata, r.inverse_indices.base',
    'r = np.unique_all([[1, 1], [2, 1]]); r.inverse_indices.base, r.indices.flags.owndata',
]

PYTHON_VALUE_ERRORS = [
    '(2.5).conj()',
    '(3).conjugate(), (2.5).conjugate(), True.conjugate(), (1j).conjugate()',
    'x = 7; x.conj()',
    'np.float64(2.5).conj()',
    'np.correlate(2.0, 3.0)',
    'np.correlate([2.0], 3.0)',
    'np.correlate(np.array(2.0), [1.0, 2.0])',
    'np.convolve(2.0, 3.0)',
    'np.correlate([1.0, 2.0], [1.0])',
    'np.polyval(2.0, 3.0)',
    'np.polyval(np.array(2.0), [1, 2])',
    'np.polyval([2.0], 3.0)',
    'np.rollaxis([[1, 2]], 1)',
    'np.rollaxis((1, 2), 0)',
    'np.rollaxis(2.5, 0)',
    'np.rollaxis(np.float64(2), 0)',
    'np.rollaxis(np.ones((2, 3)), 1).shape',
    'np.hstack(range(4))',
    'np.vstack(range(3))',
    'np.column_stack(range(3))',
    'np.dstack(range(2))',
    'np.stack(range(3))',
    'np.concatenate(range(3))',
    'np.histogramdd(0.5)',
    'np.histogramdd(3)',
    'np.histogramdd(True)',
    'np.hsplit(2.5, 1)',
    'np.hsplit([1, 2], 2)',
    'np.hstack(2.5)',
    'np.vstack(3)',
    'np.dstack(None)',
    'np.column_stack(1.5)',
    'np.stack(2)',
    'np.lexsort(2.5)',
    'np.lexsort(7)',
    'np.concatenate(3)',
    'np.concatenate(2.5, axis=None)',
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "502-the-fortran-copy-a-reshape-in-fortran-order-views.txt", SCRIPT,
        "a.reshape(s, order='F') where it copies: a view of a Fortran-ordered copy of a", FORTRAN_COPIES)
    write_numpy_fixture(
        HERE / "interpreter" / "503-views-real-and-imag-of-python-complex-numbers-tuples-and-ranges.txt", SCRIPT,
        "view functions, np.real and np.imag of Python complex numbers, lists, tuples and ranges", PYTHON_VALUES)
    write_numpy_fixture(
        HERE / "interpreter" / "504-np-resize-of-python-values-and-numpy-scalars.txt", SCRIPT,
        "np.resize of Python values and NumPy scalars: a view of the joined copies", RESIZES)
    write_numpy_fixture(
        HERE / "interpreter" / "506-np-asarray-copy.txt", SCRIPT, "np.asarray(a, copy=True/None/False)",
        ASARRAY_COPIES)
    write_numpy_fixture(
        HERE / "interpreter" / "507-views-of-arrays-numpy-makes-on-the-way.txt", SCRIPT,
        "nonzero, argwhere, isin, roll, kron, tensordot, linspace...: views of an array NumPy made on the way",
        INTERMEDIATE_VIEWS)
    write_numpy_fixture(
        HERE / "interpreter" / "508-python-values-where-numpy-raises-or-iterates.txt", SCRIPT,
        "conj of Python numbers, correlate and polyval of 0-d values, rollaxis of lists, ranges joined",
        PYTHON_VALUE_ERRORS)


if __name__ == "__main__":
    main()
