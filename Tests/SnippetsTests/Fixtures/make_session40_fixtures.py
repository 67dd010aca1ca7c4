#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 40's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session40_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/386-*` to `389-*` and `403-*` to `409-*` fixtures; rerunning gives identical bytes.

They hold what `Fuzz/numpy_differential.py --grammar memory` (new in session 40) found docbuild printing other than
NumPy, and their neighbours:

386: the strides and flags of empty arrays. NumPy allocates no memory for a new empty array and gives it strides of 0
(`PyArray_NewFromDescr_int`), which its slices, transposes, indexed views and broadcasts keep; an empty view of
memory that is not empty (`a[:0]`) keeps that memory's strides; an empty array is contiguous both ways
(`_UpdateContiguousFlags`). docbuild printed row-major strides for all of them.

387: which results are views, the very array, or copies: `a.squeeze()` that removes no axis and `a.conj()` of a real
array are the array itself; `np.real(a)` is `a.real`; `a.imag` of a real array is new read-only zeros (in Fortran
order for a Fortran-ordered array); `np.rollaxis` is a transpose; `np.tile` copies in the array's own order when
every repetition is 1 and is otherwise a view of its last `repeat`'s array; `np.ix_` reshapes each index array, a
view of it (or of the array it made of a mask or a list); `np.ascontiguousarray`/`np.asfortranarray` of a 0-d array
and a NumPy scalar's `reshape`/`ravel` are views of a 0-d array; a NumPy scalar's flags say it is not writeable;
the strides of a split's axes of extent 1.

388: the layout of an index holding a 0-d boolean (`x[::-1, True]`), which NumPy treats as an index array of one
element or none using no axis: after a slice the result is a transposed view of a new array.

389: the `copy` keyword of `np.array` (NumPy 2: `copy=False` never copies, and raises where it would have to;
`copy=None` copies only where needed) and of `astype`, and NumPy 2's `np.concat` and `np.permute_dims`, which are
`np.concatenate` and `np.transpose` themselves (the grammar's commonest refusals).

403: the grammar's second round, with more forms: an empty slice steps 1 (NumPy's `get_view_from_index`); a plain
dtype's subscript is its KeyError; `np.resize` is a view of the joined copies and a NumPy scalar's `reshape` one of a
0-d array; `np.vectorize` hands a NumPy scalar argument over as it is; `matrix_rank`, `pinv` and `lstsq` of a NaN
raise NumPy's LinAlgError; `np.einsum` computes in its operands' common dtype (int8 sums wrap in int8 — docbuild
summed in int64 and printed other numbers) and its views, `...` included, keep the operand's strides; a copy like a
broadcast array puts its axes of stride 0 innermost (`PyArray_CreateSortedStridePerm`).

404: a hunt for the einsum kind of wrong value elsewhere: products, convolutions, reductions and polynomials of
narrow integers that overflow. `np.convolve`, `np.correlate` and `np.polymul` of integers summed in float64 and
printed int64 (and a product past 2**63 crashed docbuild converting it back): they now wrap in the common dtype.

405: NumPy scalars of float32 and float16 where creation functions take numbers: `np.linspace` of float32 ends
computes in float32 (docbuild gave float64), `np.arange` works its length and second value out with its ends' own
arithmetic (a float32 start with a Python float step stays float32 there), `np.full` takes the fill value's dtype.

406: what `--grammar creation` (new in session 40) found next: a list where a bool meets a NumPy scalar of a narrow
dtype (`np.array([np.uint8(200), True])` is uint8; docbuild made int64), `np.arange` with a uint64 end (a float64
range) or a narrow integer one (its length in that dtype's wrapping arithmetic), a -0.0 start kept, and the sign of a zero `np.clip` returns, which NumPy's loop picks one way when both bounds are one element
(its contiguous path keeps the first operand on ties) and the other way for array bounds; and the legacy module's
`sample` and `ranf`, other names of `random_sample` (Python for Finance's `npr.sample`).

407: what the base grammar found on the session's final binary (seed 4080): `np.prod` of complex values starts from
the identity 1 + 0j in NumPy (docbuild started from the first element, keeping a -0.0 real part NumPy's turns to 0.0).

408: `--grammar creation` with more values (complex scalars, NaN, infinities): `np.where` of a complex64 with a
Python float made complex128 (and a Python complex beside a float32 array, complex64 in NumPy, dropped to float64's
rules); `np.float64(1j)` and the other real scalar types returned 0 where NumPy raises Python's TypeError;
`np.uint8([300])` wrapped where NumPy raises its OverflowError (a scalar type called with a list is `np.array` of
it); `np.arange` of a NaN end returned an empty array where NumPy cannot compute the length; NumPy's float32
kernels (`log1p`, `expm1`, `arctan`, `tan`, `arcsin`, ...) of a 0-d float32 array returned a 0-d array where a ufunc
returns a NumPy scalar; `np.where` with a Python int out of the array's range raised where NumPy casts it unsafely.

409: writes through the memory grammar's views (`r[...] = v`, `r += 1`, `r *= 2`): `y = np.array(5.0); y *= 2` made y
a NumPy scalar (NumPy keeps the 0-d array, and every name holding it sees the write); `np.conj` of a 0-d array
returned an array where the ufunc returns a NumPy scalar; a write into a read-only array raised the value's or the
index's error before NumPy's "assignment destination is read-only".
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session40_fixtures.py"

EMPTY_STRIDES = [
    "z = np.zeros((0, 3))",
    "w = np.ones((4, 0, 2))",
    "z.strides, w.strides, np.zeros(0).strides, np.zeros((2, 0)).strides",
    "np.arange(12.0).reshape(3, 4)[:, :0].strides, np.arange(12.0).reshape(3, 4)[1:1].strides",
    "np.arange(12.0).reshape(3, 4)[:0].T.flags.c_contiguous, np.arange(12.0).reshape(3, 4)[:0][:, 1:].strides",
    "z.T.strides, w.transpose(1, 0, 2).strides, w.swapaxes(0, 2).strides, np.transpose(w).strides",
    "np.moveaxis(w, 0, -1).strides, np.rollaxis(w, 2).strides, w.view().strides",
    "np.empty_like(z).strides, z.copy().strides, z[:, ::-1].copy().strides, np.zeros_like(z.T).strides",
    "(z.T + 1).strides, np.asfortranarray(z).strides, z.astype(np.float32).strides",
    "np.broadcast_to(z, (2, 0, 3)).strides, z.flatten().strides, z[None].strides, z[:, None].strides",
    "np.squeeze(z).strides, np.zeros((0, 3), order='F').T.strides, w[1:3].strides, w[:, :, ::-1].strides",
    "np.ascontiguousarray(w.T).strides, np.array(w.T).strides, np.copy(w.T).strides, w.T.copy().strides",
    "w[[0, 1]].strides, w[np.ones(4, bool)].strides, w.sum(0).strides, w.sum(1).strides",
    "np.ones((0,), complex).real.strides, np.ones((2, 0), complex).imag.strides",
    "np.ones((0,), complex).real.flags.c_contiguous, np.ones((2, 0), complex).imag.flags.f_contiguous",
    "np.diagonal(np.ones((0, 3))).strides, np.ones((3, 0)).diagonal().strides, np.ones((0, 3))[::2].strides",
    "w[:, :, 0].strides, w[1].strides, w[..., None].strides, np.atleast_3d(z).strides",
    "np.stack([z, z]).strides, np.concatenate([z, z]).strides, (z @ np.ones((3, 2))).strides",
    "np.ones((2, 0)) @ np.ones((0, 3))",
    "(np.ones((2, 0)) @ np.ones((0, 3))).strides",
    "np.arange(0).strides, np.array([]).strides, np.linspace(0, 1, 0).strides, z[:, 1].strides",
    "np.repeat(z, 2, axis=1).strides, np.flip(z).strides, z[::-1].strides, np.sort(z).strides",
    "np.hstack([z, z]).strides, np.vstack([z, z]).strides, np.zeros((0, 3), dtype=np.int8).strides",
    "np.ones((3, 0, 2), dtype=np.complex64).strides, np.eye(0).strides",
    "np.meshgrid(np.arange(0), np.arange(3))[0].strides",
    "np.where(z > 0, z, 1).strides, np.maximum(z, 0).strides, np.clip(z, 0, 1).strides",
    "z.cumsum(axis=0).strides, np.diff(z, axis=0).strides, w.sum(axis=2).strides",
    "np.zeros((0, 3))[np.array([], int)].strides, np.zeros((0, 3))[:, [0, 1]].strides",
    "np.zeros((2, 3))[[]].strides, np.zeros((2, 3))[:, []].strides, np.zeros((2, 3))[np.zeros(2, bool)].strides",
    "b = np.arange(24.0).reshape(2, 3, 4)",
    "b[1:, False].strides, b[..., False, None].strides, b[False].strides, b[False, 1:].strides",
    "b[:, :, False].strides, b[1:, []].strides, b[:, [], 1:].strides, b[[]].strides",
    "z.flags",
    "np.ones((0, 2, 3)).transpose(2, 0, 1).flags",
    "np.tile(z, 2).flags.c_contiguous, np.rollaxis(w, 2).flags.f_contiguous",
]

VIEWS_AND_COPIES = [
    "a = np.ones((2, 3))",
    "a.squeeze() is a, np.squeeze(a) is a, a.squeeze(axis=()) is a",
    "u = np.ones((3, 1, 2))",
    "u.squeeze() is u, u.squeeze().base is u, np.squeeze(u, axis=1).base is u",
    "np.ones((4, 0, 2)).squeeze().base is None",
    "i = np.arange(6, dtype=np.int8).reshape(2, 3)",
    "r = i.conj(); r[...] = 7; i",
    "i.conj() is i, i.conjugate() is i, np.conj(i) is i, np.arange(3.0).conj().base is None",
    "c = np.arange(4) + 1j",
    "c.conj().base is None, np.real(c).base is c, np.imag(c).base is c",
    "r = np.real(c); r[1] = 9; c",
    "f = np.arange(12.0).reshape(3, 4)",
    "np.real(f) is f, f.real is f, np.real(f[:, 1:]).base is f",
    "f.imag.flags",
    "np.imag(f).flags.writeable, np.imag(f).base is None, f.imag[1:].flags.writeable",
    "r = f.imag",
    "r[0, 0] = 1",
    "r[...] = 7",
    "F = np.asfortranarray(np.arange(6.0).reshape(2, 3))",
    "F.imag.flags",
    "F.imag.strides, np.stack([F.imag, F.imag]).flags.f_contiguous",
    "v = np.ones((4, 1, 2))",
    "np.rollaxis(v, 2).base is v, np.rollaxis(v, 2).flags.owndata, np.rollaxis(v, 2).strides",
    "g = np.arange(12.0).reshape(3, 4)[:, 1:]",
    "r = np.rollaxis(g, -1)[:]; r[...] = 7; g",
    "np.tile(f, 2).base is None, np.tile(f, 2).flags.owndata, np.tile(f, 2).base.shape",
    "np.tile(f, (2, 1)).base.shape, np.tile(f, (2, 1, 1)).base.shape, np.tile(f, (1, 3)).base.shape",
    "np.tile(f, (2, 1)).flags.c_contiguous, np.tile(np.arange(3), 2).base",
    "np.tile(F, 1).strides, np.tile(F, 1).flags.owndata, np.tile(F, (1, 1)).base is None",
    "np.tile(F, (1, 1, 1)).base.shape, np.tile(F, (1, 1, 1)).strides",
    "np.tile(np.arange(0), (2, 1)).flags.owndata, np.tile(np.ones((0, 2)), 2).base is None",
    "np.tile([1, 2], 1).base, np.tile([[1, 2]], (1, 1)).flags.owndata",
    "y = np.arange(12.0).reshape(3, 4)",
    "r = np.ix_(np.ravel(y))[0]; r.flags.owndata, np.shares_memory(r, y), r.strides",
    "r = np.ix_(y.diagonal(), np.arange(3))[0]; r.flags.owndata, np.shares_memory(r, y), r.strides, r.shape",
    "r = np.ix_(np.arange(3), y[:, 1])[1]; r.strides, r.base is None",
    "r = np.ix_([1, 2], np.array([True, False, True]))[1]; r.base is None, r.base, r",
    "r = np.ix_([1, 2], [0])[0]; r.base, r.strides",
    "z0 = np.array(5.0)",
    "r = np.asfortranarray(z0); r.flags.owndata, r.strides, r.base is z0",
    "r[0] = 9; z0",
    "r = np.ascontiguousarray(z0); r.base is z0, r.shape",
    "r = np.ascontiguousarray(np.float64(3.0)); r.flags.owndata, r.base",
    "r = np.asfortranarray(np.float64(3.0)); r.flags.owndata, r.base",
    "np.float64(1.0).ravel().flags.owndata, np.float64(1.0).reshape(1).base, np.ravel(np.int8(3)).base",
    "np.float64(1.0).flags.writeable, np.arange(3).sum().flags.writeable",
    "np.float64(0).flags",
    "s = np.ones((3, 1, 2))[::2]",
    "np.array_split(np.transpose(s), 2)[0].strides, np.split(s.transpose(1, 0, 2), 1, axis=1)[0].strides",
    "np.hsplit(np.arange(12.0).reshape(3, 4).T, 2)[0].strides, np.vsplit(np.ones((1, 4)).T, 2)[1].strides",
]

ZERO_D_BOOLEAN_LAYOUT = [
    "x = np.arange(6.0)",
    "x[::-1, True].base is None, x[True].base is None, x[::-1][True].base is None",
    "x[1:, None, True].base is None, x[..., True].base is None, x[True, ::-1].base is None",
    "x[2, True].base is None, x[::-1, False].base is None, x[::2, True, None].base is None",
    "x[::-1, True].flags.owndata, x[::-1, np.True_].base is None, x[None, True].base is None",
    "x[::-1, True].strides, x[::-1, True].flags.c_contiguous, x[::-1, True].flags.f_contiguous",
    "x[:, 0 < 1].base is None, x[:, True, True].base is None, x[:, True, True].shape",
    "a = np.zeros((3, 4))",
    "a[:, True].base is None, a[:, True].shape, a[:, True].flags.c_contiguous, a[:, True].strides",
    "a[..., True].strides, a[:, None, True].strides",
    "b = np.arange(24.0).reshape(2, 3, 4)",
    "b[:, True, 1:].strides, b[:, True, 1:].base is None, b[1:, [0, 1], True].strides",
    "b[True, ..., [1, 2]].strides, b[True, ..., [1, 2]].base is None, b[:, True, :, [1, 2]].strides",
    "b.T[:, True].strides, b.T[:, True].base is None, b[::2, True, ::-1].strides",
    "b[:, True, 1:]",
]

COPY_KEYWORDS = [
    "a = np.arange(6.0)",
    "F = np.asfortranarray(np.ones((2, 3)))",
    "np.array(a, copy=False) is a, np.array(a, copy=None) is a, np.array(a, copy=True) is a",
    "np.array(a[::2], copy=False).base is a, np.array(a.T, copy=False) is a",
    "np.array([1, 2], copy=False)",
    "np.array(a, dtype=np.float32, copy=False)",
    "np.array(a, dtype=np.float64, copy=False) is a, np.array(a, np.float64, copy=False) is a",
    "np.array(np.float64(2.0), copy=False)",
    "np.array(F, copy=False) is F, np.array(F.T, copy=None).base is F, np.array([1, 2], copy=None)",
    "r = np.array(a, copy=False); r[0] = 9; a",
    "a.astype(float, copy=False) is a, a.astype(np.float32, copy=False).dtype, a[::2].astype(float, copy=False).base is a",
    "F.astype(float, copy=False, order='C') is F, F.astype(float, copy=False) is F, a.astype(float, copy=True) is a",
    "a.astype(np.int64, copy=False)",
    "r = a.astype(a.dtype, copy=False); r[1] = -1; a",
    "np.concat([np.ones(2), np.zeros(1)]), np.concat.__name__, np.concat is np.concatenate",
    "np.permute_dims(np.ones((2, 3))).shape, np.permute_dims is np.transpose, np.permute_dims.__name__",
    "np.permute_dims(np.arange(6).reshape(2, 3), (1, 0))",
    "np.permute_dims(np.arange(6).reshape(2, 3), (1, 0)).base is None",
]

SECOND_ROUND = [
    "m = np.arange(12.0).reshape(3, 4)",
    "m[:0][::-1].strides, m[2:1:-1].strides, m[::-1][:0].strides, m[:, 3:1].strides, m[1:1:-2, ::-1].strides",
    "np.dtype(float)[0]",
    "np.dtype(np.int8)['a']",
    "np.dtype(bool)[1:]",
    "a = np.arange(12.0).reshape(3, 4).T",
    "r = np.resize(a, 4); r.flags.owndata, r.base.shape, r.base",
    "r = np.resize(a, (2, 3)); r.flags.owndata, r.base.shape, r",
    "r = np.resize(a, 30); r.base.shape, r.flags.c_contiguous",
    "np.resize(a, (0,)).base, np.resize(np.zeros(0), 3)",
    "s = np.float64(5.0)",
    "type(s.transpose()), s.transpose().flags.owndata, type(s.T), s.T.flags.owndata",
    "type(s.reshape(1)), type(s.reshape(())), s.reshape(1).base, type(s.squeeze())",
    "str(np.vectorize(lambda x: x * 2)(np.uint8(200)))",
    "np.vectorize(lambda x: x * 2)(np.uint8(200)), np.vectorize(lambda x: x / 3)(np.float32(1.0))",
    "np.vectorize(lambda x, y: x * y)(np.uint8(200), np.array([1, 2]))",
    "np.vectorize(lambda x: x * 2)(np.array([100], dtype=np.uint8))",
    "np.linalg.matrix_rank(np.array([[np.nan, 1.0], [0.0, 1.0]]))",
    "np.linalg.pinv(np.array([[np.nan, 1.0], [0.0, 1.0]]))",
    "np.linalg.lstsq(np.array([[np.nan, 1.0], [0.0, 1.0]]), np.ones(2))",
    "np.linalg.lstsq(np.array([[np.inf, 1.0], [0.0, 1.0]]), np.ones(2))",
    "np.linalg.lstsq(np.eye(2), np.array([np.nan, 1.0]))",
    "i8 = np.array([100, 100], dtype=np.int8)",
    "np.einsum('i->', i8), np.einsum('i,i->', i8, i8), np.einsum('i,i', i8, np.array([2, 2], dtype=np.int16))",
    "np.einsum('ij->', np.ones((2, 2), dtype=np.uint8) * 200), np.einsum('i->', np.array([True, True]))",
    "np.einsum('ij,jk->ik', np.ones((2, 2), dtype=np.int32), np.ones((2, 2), dtype=np.int32))",
    "np.einsum('i,i->', np.array([3], dtype=np.uint8), np.array([-1], dtype=np.int8))",
    "np.einsum('i->', np.array([2**62, 2**62])), np.einsum('i,i->', np.array([True, False]), np.array([3, 4], dtype=np.int8))",
    "np.einsum('i,i->', np.full(1, 2**62, dtype=np.uint64) * 2, np.array([1]))",
    "np.einsum('i->', np.full(2, 2**62, dtype=np.uint64) * 2)",
    "y = np.arange(6, dtype=np.int8).reshape(2, 3)",
    "np.einsum('...->...', y).dtype, np.einsum('ij->ji', y).dtype, np.einsum('ij->ji', y).base is None",
    "np.einsum('...->...', y).base is None, np.einsum('...->...', y).strides, np.einsum('ij', y).base is None",
    "np.einsum('ii->i', np.ones((3, 3), dtype=np.int32)).base is None, np.einsum('ij->j', y).dtype",
    "z = np.ones((3, 1, 2)).T",
    "np.einsum('...->...', z[..., None]).strides, np.einsum('ijk->kji', z).strides",
    "np.einsum('i...->...i', z).strides, np.einsum('...j->j...', z).strides",
    "np.einsum('ii...->...i', np.ones((2, 2, 1))).strides",
    "b = np.broadcast_to(np.arange(4.0), (2, 4))",
    "np.copy(b).strides, np.array(b).strides, b.astype(np.float32).strides, np.empty_like(b).strides",
    "np.zeros_like(b).strides, (b + 1).strides, np.exp(b).strides, b.copy().strides",
    "c = np.broadcast_to(np.arange(2.0)[:, None], (2, 4))",
    "np.copy(c).strides, (c + 1).strides, c.strides, np.copy(np.broadcast_to(np.arange(4) + 1j, (2, 4))).strides",
    "np.arange(2**62, 2**62 + 3), np.arange(2**62 + 5, 2**62, -2), np.arange(-2**62, -2**62 + 2)",
    "np.arange(2**53, 2**53 + 4), np.arange(0, 10, 3), np.arange(10, 0, -3), np.arange(5, 5), np.arange(3, 1)",
    "np.arange(2**62, 2**62 + 3, dtype=float), np.arange(0, 2**62, 2**61)",
]

NARROW_INTEGER_PRODUCTS = [
    'a = np.array([100, 120, -100], dtype=np.int8)',
    'b = np.array([[100, 50], [60, 120]], dtype=np.int8)',
    'u = np.array([200, 250, 10], dtype=np.uint8)',
    'np.dot(a, a), a @ a, np.inner(a, a), np.vdot(a, a)',
    'b @ b, np.dot(b, b), np.matmul(b, b)',
    'np.outer(a, a)',
    'np.tensordot(b, b, axes=1), np.tensordot(b, b)',
    'np.kron(a, a)',
    'np.convolve(a, a), np.correlate(a, a)',
    'np.cross(np.array([100, 100, 100], dtype=np.int8), np.array([-100, 100, 50], dtype=np.int8))',
    'np.trace(b), b.trace(), np.diagonal(b).sum()',
    'np.diff(a), np.diff(u), np.ediff1d(a)',
    'np.cumsum(a), np.cumprod(a), a.cumsum(), np.add.accumulate(a)',
    'np.add.reduce(a), np.multiply.reduce(a), np.sum(a), np.prod(a), a.sum(dtype=np.int8)',
    'np.linalg.matrix_power(b, 2), np.linalg.matrix_power(b, 3)',
    'np.vander(a, 3), np.polyval(a, np.int8(3))',
    'np.add.reduceat(a, [0, 1]), np.maximum.reduce(a), np.add.outer(a, a)',
    'np.multiply.outer(a, a), np.subtract.outer(u, u)',
    'np.mean(a), np.average(a), np.var(a), np.std(a)',
    'np.sum(u), np.cumsum(u), np.prod(u), u.mean()',
    'np.nansum(a), np.nancumsum(a), np.nanprod(a)',
    'np.count_nonzero(a), np.bincount(u)',
    "np.einsum('i,i', a, a), np.einsum('ij,jk', b, b)",
    'a * a, a * 2, a + np.int8(100), a // np.int8(-1), np.abs(np.int8(-128)), -np.int8(-128)',
    'np.square(a), np.power(a, 2), a ** 3',
    'np.left_shift(a, 2), np.right_shift(a, 1), a << 1',
    'np.linalg.norm(a), np.linalg.det(b.astype(float))',
    'np.median(a), np.percentile(a, 50)',
    'np.dot(a, np.int8(3)), np.dot(u, u)',
    'np.matmul(np.ones((2, 2), dtype=np.int16) * 300, np.ones((2, 2), dtype=np.int16) * 300)',
    'np.inner(b, b), np.outer(u, u)',
    'np.trapezoid(a), np.interp(1.5, [1, 2], np.array([100, 120], dtype=np.int8))',
    'np.polymul(a, a), np.polyadd(a, a), np.polyder(a), np.polyint(a)',
    'np.gcd(a, np.int8(30)), np.lcm(np.int8(100), np.int8(120))',
    'np.histogram(a, bins=2)',
    'np.convolve(a, a), np.correlate(a, a), np.polymul(a, a)',
    'np.convolve(np.array([2**40]), np.array([2**40]))',
    'np.convolve([True, False], [True, True]), np.correlate(np.array([True]), np.array([1], dtype=np.int8)).dtype',
    'np.convolve(np.array([1, 2], dtype=np.uint8), np.array([200], dtype=np.uint8))',
    "np.convolve([1, 2, 3], [0, 1, 0.5]), np.convolve([1, 2, 3], [0, 1], 'same'), np.convolve([1, 2, 3, 4, 5], [1, -1, 2], 'valid')",
    "np.correlate([1, 2, 3], [0, 1, 5], 'full'), np.correlate([1, 2, 3, 4], [1, 2], 'same'), np.correlate([1, 2], [1, 2, 3, 4], 'full')",
    "np.correlate([1, 2], [1, 2, 3, 4], 'same'), np.correlate([1, 2], [1, 2, 3, 4], 'valid'), np.convolve([1, 2], [1, 2, 3, 4], 'same')",
    'np.convolve(np.array([3], dtype=np.uint16), np.array([-1], dtype=np.int8)), np.convolve(np.arange(5), np.arange(3, dtype=np.uint64))',
    "np.correlate([True, True, False], [False, True], 'same'), np.convolve(np.array([5, 7], dtype=np.int32), [2, 3, 4], 'same')",
]

NARROW_SCALAR_ENDS = [
    'np.linspace(np.float32(0), np.float32(1), 4), np.linspace(np.float32(0.1), 1, 5), np.linspace(0, np.float32(7.3), 6)',
    'np.linspace(np.float32(0), np.float32(1), 4, retstep=True), np.linspace(np.float32(1), 2, 1, retstep=True)',
    'np.linspace(np.float32(0), 1, 4, endpoint=False), np.linspace(np.float32(0), 1, 0), np.linspace(np.float32(-3), 5, 7, dtype=int)',
    'np.linspace(np.float32(0), 1e-40, 3), np.linspace(np.array(0.5, dtype=np.float32), 1, 3)',
    'np.linspace(np.float32(2), np.int8(9), 4), np.linspace(np.float32(2), np.int32(9), 4)',
    'np.linspace(np.float32(0), 1, 3, dtype=np.float64)',
    'float(np.float32(0.1)), np.float32(0.1).item(), np.float64(np.float32(0.1)), np.float32(0.1) + 0.0',
    'np.arange(np.float32(0.1), 1, 0.3).dtype, np.arange(np.float32(0.1), 1, 0.3)[0] == np.float32(0.1)',
    'np.arange(np.float32(0.1), 1, 0.3)',
    'np.arange(0, 1, np.float32(0.3)), np.arange(np.float16(0.1), 1, 0.3), np.arange(np.int8(3)), np.arange(np.uint8(3)).dtype',
    'np.arange(np.float32(1.5), dtype=np.float32), np.arange(np.int32(2), 5).dtype',
    'np.arange(np.float32(0.5), 3), np.arange(1, np.float32(2.5), 0.5), np.arange(np.float32(0), np.float32(1), np.float32(0.1))',
    'np.arange(np.float16(5), 0, -1.5), np.arange(np.float32(1), 1), np.arange(np.float32(1e-45), 1e-44, 3e-45)',
    'np.arange(np.float32(0.1), 1, 0.3), np.arange(np.float32(3)), np.arange(0, np.float32(1), 0.25)',
    'np.full(3, np.float32(0.1)), np.full((2,), np.float16(0.1)).dtype, np.ones(2) * np.float32(0.1)',
    'np.array([np.float32(0.1), 0.2]), np.array([np.float32(0.1), np.float32(0.2)]), np.array([np.float32(0.1), 1])',
    'np.zeros(2, dtype=np.float32) + 0.1, np.eye(2, dtype=np.float32) * 0.3',
    'np.linspace(0, 1, 3, dtype=np.float32), np.linspace(0.1, 0.9, 4, dtype=np.float16)',
    'np.tri(2, dtype=np.float32), np.identity(2, dtype=np.float16)',
    'np.meshgrid(np.float32(0.5), np.array([1, 2], dtype=np.float32))',
    'np.fromfunction(lambda i: i * 0.1, (3,), dtype=np.float32)',
    'np.random.default_rng(0).random(3, dtype=np.float32)',
]

CREATION_ROUND = [
    'np.random.seed(0)',
    'np.random.sample(3), np.random.ranf(), np.random.sample((2, 2)), np.random.sample(size=2)',
    'np.random.sample.__name__, np.random.ranf.__name__',
    'import numpy.random as npr',
    'npr.seed(5); npr.sample((2,))',
    'np.random.RandomState(0).sample(2)',
    'np.arange(0.1, 3, np.float32(-0.0))',
    'np.arange(np.uint8(200), 3, np.int64(5)), np.arange(np.int8(100), 127, 10), np.arange(np.int16(-3), 4, 2)',
    'np.arange(np.float32(-0.0), np.array(2.5, dtype=np.float32)), np.arange(np.uint64(7)), np.arange(np.uint8(3))',
    'np.arange(np.int8(5)), np.arange(np.int32(2), np.int32(9), np.int32(3)), np.arange(np.bool_(True), 4)',
    'np.arange(np.uint8(250), np.uint8(5), np.uint8(3)), np.arange(np.int8(-128), 0, 50)',
    'np.arange(-0.0, 2.5), np.arange(-0.0, 1, 0.5), np.arange(-0.0, -3, -1)',
    'np.array([np.float16(1.5), True]).dtype, np.array([np.float16(1.5), np.bool_(True)]).dtype, np.array([np.float16(1.5), 2.5]).dtype',
    'np.array([np.uint8(200), True]).dtype, np.array([np.uint8(200), np.bool_(True)]).dtype, np.array([np.uint8(200), 3]).dtype',
    'np.array([np.int8(3), np.uint8(200)]).dtype, np.array([np.float32(1), np.int8(3)]).dtype, np.array([np.float32(1), 3]).dtype',
    'np.array([[np.uint8(200)], [True]]).dtype, np.array([np.float32(1), np.float16(2)]).dtype, np.array([np.int16(1), True, np.int8(2)]).dtype',
    'np.array([np.float32(1), np.int32(2)]).dtype, np.array([np.uint64(1), np.int64(2)]).dtype, np.array([np.uint64(1), 2]).dtype',
    'np.array([np.float32(1), 1.5]).dtype, np.array([np.complex64(1), np.float32(2)]).dtype, np.array([np.complex64(1), 2.5]).dtype',
    'np.array([np.array(2.5, dtype=np.float32), True]).dtype, np.array([np.array([1, 2], dtype=np.int8), [True, False]]).dtype',
    'np.array([np.int8(1), 300]), np.array([np.uint8(1), -1])',
    'np.arange(np.uint64(7)), np.arange(np.uint64(2), 5), np.arange(np.uint8(3)), np.arange(np.int8(2), np.int8(6)).dtype',
    'np.arange(np.uint64(1), np.uint64(4)), np.arange(0, np.uint64(3))',
    'np.clip(np.arange(4), 1e-3, np.float32(-0.0)), np.clip(np.arange(4.0), 2, 1), np.clip(np.array([0.0, 5.0]), 1.0, -0.0)',
    'np.clip(np.array([-0.0, 0.0]), 0.0, -0.0), np.clip(np.arange(3), 5, 1)',
    'np.minimum(np.maximum(np.arange(4), 1e-3), np.float32(-0.0))',
    'x = np.zeros(40)',
    'np.clip(x[::2], -0.0, 1.0)[:3], np.clip(x.reshape(5, 8).T, -0.0, 1.0)[0, :3], np.clip(x[:3], np.array([-0.0]), np.array([1.0]))',
    'np.clip(x.reshape(5, 8), np.full((5, 1), -0.0), 1.0)[0, :3], np.clip(x.reshape(5, 8), np.full((1, 8), -0.0), 1.0)[0, :3]',
    'np.clip(x[:1], -0.0, 1.0), np.clip(np.float64(0.0), -0.0, 1.0), np.clip(x.astype(np.float32)[:3], -0.0, 1.0)',
    'np.clip(np.array([0.0, -0.0]), np.array([-0.0, 0.0]), np.array([1.0, 1.0])), np.clip(np.array([0.0, -0.0, 0.5]), -0.0, 0.0)',
    'np.clip(np.array([-0.5, 0.5]), 0.0, -0.0), np.clip(np.array([-0.5, 0.5]), np.array([0.0, 0.0]), np.array([-0.0, -0.0]))',
]

COMPLEX_PRODUCTS = [
    'z = np.array([complex(-0.0, -0.2)])',
    'z.prod(), np.prod(z), z[0].prod(), np.prod(z[0])',
    'z.cumprod()',
    'np.array([complex(-0.0, -0.2), complex(1, 0)]).prod(), np.array([complex(-0.0, 0.2)]).prod(axis=0)',
    'np.array([[complex(-0.0, -0.2)], [complex(-0.0, 1)]]).prod(axis=1), z.sum(), np.array([complex(-0.0, -0.0)]).sum()',
    '(np.array([1+2j, -0.5j, 3]) / np.float64(2.5)).min().prod()',
    'np.array([-0.0]).prod(), np.float64(-0.0).prod(), np.array([complex(-0.0, 0.0)]).prod()',
    'a = np.array([complex(-0.0, -0.2), 1j])',
    'a.prod(), a[0] * a[1]',
    'b = np.array([[complex(-0.0, -0.2), complex(-0.0, -0.2)], [1j, 1j]])',
    'b.prod(axis=0), b.T.prod(axis=1), b.prod(axis=0, keepdims=True), b.prod(axis=1)',
    'c = np.array([[[complex(-0.0, -0.2)] * 3] * 2, [[1j] * 3] * 2])',
    'c.prod(axis=(0, 1)), c.prod(axis=0), c.prod(), np.array([], dtype=complex).prod()',
    'np.array([1 + 2j, 3 - 1j, 0.5j]).prod(), np.array([[1 + 2j, 3 - 1j], [0.5j, 2]]).prod(axis=0)',
]

CREATION_THIRD_ROUND = [
    'z = np.array(0.5, dtype=np.float32)',
    'i = np.array(3, dtype=np.int16)',
    'np.log1p(z)',
    'np.expm1(z)',
    'np.arctan(z)',
    'np.log2(z)',
    'np.log10(z)',
    'np.tan(z)',
    'np.arcsin(z)',
    'np.arccos(z)',
    'np.sinh(z)',
    'np.arcsinh(z)',
    'np.arctanh(z)',
    'np.log1p(i)',
    'np.expm1(i)',
    'np.arctan(i)',
    'np.log2(i)',
    'np.log10(i)',
    'np.tan(i)',
    'np.log1p(np.float32(0.25))',
    'np.expm1(np.float32(0.25))',
    'np.arctan(np.float32(0.25))',
    'np.log2(np.float32(0.25))',
    'c = np.arange(3) > 1',
    'np.where(c, np.int8(3), 2**40), np.where(c, np.int8(3), 300), np.where(c, np.uint8(3), -1), np.where(c, np.array([1, 2, 3], dtype=np.int16), 70000)',
    'np.where(c, 5, np.uint8(7)).dtype, np.where(c, True, np.int8(2))',
    'c = np.arange(3) > 1',
    'np.where(c, np.float32(1.5), 1e-3).dtype, np.where(c, np.complex64(1), 2).dtype, (np.complex64(1) + 1e-3).dtype',
    'np.where(c, np.complex64(1 + 2j), 1e-3).dtype, np.where(c, 1e-3, np.complex64(1)).dtype, np.where(c, np.complex64(1), 1j).dtype',
    'np.where(c, np.float16(1), 1e-3).dtype, np.where(c, np.array([1, 2, 3], dtype=np.complex64), 0.5).dtype',
    'np.float64(1j)',
    'np.float32(1j)',
    'np.int8(1j)',
    'np.bool_(1j), np.complex64(1j)',
    'np.arange(np.float64(np.nan))',
    "np.arange(float('nan'))",
    'np.arange(0, np.inf)',
    'np.where(c, 1j, np.float32(2)), np.where(c, 1j, np.arange(3)), np.where(c, 2.5j, np.array([1, 2, 3], dtype=np.float16))',
    'np.where(c, 1j, np.complex64(1)).dtype, np.where(c, np.int8(3), 1j).dtype, np.where(c, 0.5, np.int8(3)).dtype',
    'np.float16(1j)',
    'np.uint8(1j)',
    "np.arange(0, float('nan'), 2)",
    'np.float32([1j])',
    'np.uint8([300])',
    'np.float32([1, 2.5]), np.int16((1, 2)), np.bool_([0, 2]), np.uint8([[1], [2]]), np.float64([]), np.int8([1.7, -2.2])',
    'np.complex64([1, 2j]), np.float16([1e5]), np.uint8([-1])',
]

ZERO_D_WRITES = [
    'y = np.array(5.0); y *= 2; y',
    'y = np.array(5.0); y += 1; type(y).__name__, y',
    'y = np.array(5); y -= 1; y',
    'y = np.array(5.0); r = y; r *= 2; y',
    's = np.float64(5.0); s *= 2; s',
    's = np.float64(3.0)',
    's[0] = 7',
    's[()] = 7',
    's[...] = 1',
    'y = np.array(5.0)',
    'type(np.conj(y)).__name__, type(np.conjugate(y)).__name__, type(np.real(y)).__name__, type(np.imag(y)).__name__, type(np.abs(y)).__name__, type(np.negative(y)).__name__',
    'type(np.conj(np.array(5))).__name__, type(np.conj(np.array(True))).__name__, type(np.conj(np.array(1 + 2j))).__name__',
    'r = np.imag(np.tile(np.arange(6.0), 2))',
    'r[0] = np.arange(2)',
    'r[10] = 1',
    'r[0] = 1',
    'b = np.broadcast_to(np.arange(3), (2, 3))',
    'b[0, 5] = [1, 2]',
    'd = np.arange(9).reshape(3, 3).diagonal()',
    'd[[0, 1]] = np.arange(5)',
]

FIXTURES = {
    "386-empty-array-strides-and-flags": (
        "the strides and flags of empty arrays: 0 for every array NumPy allocates empty and the views of it, the "
        "memory's own for an empty view of memory that is not empty; contiguous both ways.",
        EMPTY_STRIDES,
    ),
    "387-views-copies-and-the-array-itself": (
        "squeeze and conj returning the array itself, np.real as .real, read-only zeros for .imag of a real array, "
        "rollaxis, tile, ix_ and 0-d arrays given an axis as views, a NumPy scalar's flags, a split's unit strides.",
        VIEWS_AND_COPIES,
    ),
    "388-zero-d-boolean-index-layout": (
        "the layout of an index holding a 0-d boolean, an index array of one element or none that uses no axis: "
        "after a slice, a transposed view of a new array.",
        ZERO_D_BOOLEAN_LAYOUT,
    ),
    "389-copy-keywords-concat-and-permute-dims": (
        "np.array(copy=False/None) returning the array itself or NumPy 2's ValueError, astype(copy=False), and "
        "np.concat and np.permute_dims, which are np.concatenate and np.transpose.",
        COPY_KEYWORDS,
    ),
    "403-second-round-empty-slices-einsum-dtypes-resize": (
        "an empty slice's stride, a plain dtype's subscript, np.resize and a NumPy scalar's reshape as views, "
        "vectorize's NumPy scalar argument, SVD-based functions of NaN, einsum in its operands' dtype (wrapping) "
        "and its views' strides, copies of broadcast arrays in their own order.",
        SECOND_ROUND,
    ),
    "404-narrow-integer-products-and-convolutions": (
        "products, convolutions, reductions and polynomials of int8, uint8 and int16 arrays that overflow, in "
        "NumPy's dtypes: np.convolve, np.correlate and np.polymul compute in the operands' common dtype and wrap.",
        NARROW_INTEGER_PRODUCTS,
    ),
    "405-float32-ends-of-linspace-arange-and-full": (
        "np.linspace of float32 ends in float32 arithmetic, np.arange's length and second value in its ends' own "
        "arithmetic, np.full with a NumPy scalar's dtype, and creation functions given narrow NumPy scalars.",
        NARROW_SCALAR_ENDS,
    ),
    "406-list-dtypes-uint64-ranges-and-clip-zeros": (
        "a list's dtype where bools meet NumPy scalars of narrow dtypes, np.arange with a uint64 end (float64), "
        "and the sign of a zero np.clip returns, which its loop picks by whether the bounds are one element each.",
        CREATION_ROUND,
    ),
    "407-complex-products-from-the-identity": (
        "np.prod of complex values, which NumPy's reduction starts from 1 + 0j: a first element's -0.0 real part "
        "beside a nonzero imaginary part becomes 0.0.",
        COMPLEX_PRODUCTS,
    ),
    "408-complex-weak-scalars-and-scalar-type-calls": (
        "np.where's Python float beside complex64 and Python complex beside float32, a NumPy scalar type called with a "
        "Python complex or a list (np.uint8([300]) is np.array's OverflowError), np.arange of a NaN end.",
        CREATION_THIRD_ROUND,
    ),
    "409-zero-d-augmented-writes-and-read-only-first": (
        "an augmented assignment to a 0-d array keeps it a 0-d array, np.conj of a 0-d array is a NumPy scalar, and a "
        "write into a read-only array is that error before the index's or the value's.",
        ZERO_D_WRITES,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
