#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements session 51 found docbuild answering wrongly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session51_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/509-*` to `513-*` fixtures; rerunning gives identical bytes.

509: `np.linalg.eig` and `np.linalg.eigvals` of a real matrix whose eigenvalues are all real: NumPy returns `w.real`
and `v.real`, views of the complex128 arrays its LAPACK wrapper filled (strides of 16 bytes an element, OWNDATA
False, neither C- nor F-contiguous for a matrix, the complex arrays as `.base`, writes showing through them).
docbuild printed arrays of their own (42 of the first 77 statements here were wrong on main at 4066db65).

510: `np.cov` and `np.corrcoef` of no variables (a (0, n) array, or (n, 0) with `rowvar=False`): NumPy returns
`np.array([]).reshape(0, 0)`, a view of an empty float64 array; docbuild printed an array of its own.

511: NumPy 2's array-API functions of `np.linalg` (`matmul`, `cross`, `diagonal`, `trace`, `svdvals`, `tensordot`,
`matrix_transpose`, `matrix_norm`, `vector_norm`), which docbuild refused by name (`Fuzz/dtype_sweep.py --modules
linalg --variants memory` listed them): values, their errors and their signatures' TypeErrors.

512: `np.cross` given `axis`, `axisa`, `axisb` or `axisc` (and `np.linalg.cross`): NumPy returns `moveaxis(cp, -1,
axisc)`, a view of the array it wrote the products into; docbuild printed an array of its own (11 of 16 statements
were wrong or refused on main at 4066db65).

513: `np.partition` of an array not in C order: NumPy partitions `a.copy(order='K')`, keeping the operand's memory
order, where docbuild printed C-order strides (found by the memory sweep).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session51_fixtures.py"

REAL_EIGEN_MATRICES = [
    "np.array([[2., 1.], [1., 3.]])",
    "np.array([[[2., 1], [1, 3]], [[4., 1], [2, 3]]])",
    "np.eye(3, dtype=int)",
    "np.array([[5.]])",
    "np.asfortranarray(np.array([[2., 1.], [1., 3.]]))",
    "np.array([[2., 0.], [0., 3.]])",
    "np.diag([1., 2., 3.])",
]

EIGEN_VIEWS = [
    statement
    for m in REAL_EIGEN_MATRICES
    for statement in (
        f"w = np.linalg.eigvals({m}); (w.flags.owndata, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.dtype)",
        f"w = np.linalg.eigvals({m}); w.base",
        f"w, v = np.linalg.eig({m}); (w.flags.owndata, w.strides, v.flags.owndata, v.strides, v.flags.c_contiguous, "
        "v.flags.f_contiguous)",
        f"w, v = np.linalg.eig({m}); (v.base, np.shares_memory(w, v), w.flags.writeable)",
        f"w, v = np.linalg.eig({m}); w[...] = 7; (w, w.base)",
        f"w, v = np.linalg.eig({m}); x = v.T; (x.strides, x.base is v, x.base is v.base)",
        f"w, v = np.linalg.eig({m}); c = w.copy(); (c.flags.owndata, c.strides, np.round(c, 6))",
        f"w = np.linalg.eigvals({m}); v = w[:]; v.sort(); np.round(w, 6)",
        f"w = np.linalg.eigvals({m}); np.round(w.reshape(-1), 6).tolist()",
    )
] + [
    # Complex eigenvalues of a real matrix: NumPy's arrays own their memory.
    "w, v = np.linalg.eig(np.array([[1., 2], [-3, 1]])); (w.dtype, w.flags.owndata, w.strides, v.flags.owndata, "
    "v.strides, w.base is None)",
    "w = np.linalg.eigvals(np.array([[0., -1], [1, 0]])); (w.flags.owndata, w.strides)",
]


EMPTY_COVARIANCES = [
    "c = np.cov(np.zeros((0, 3))); (c.flags.owndata, c.shape, c.dtype, c.base, c.flags.c_contiguous)",
    "c = np.cov(np.zeros((0, 3), dtype=int)); (c.dtype, c.flags.owndata, c.base.dtype)",
    "c = np.cov(np.zeros((0, 3)), np.zeros((0, 3))); (c.shape, c.flags.owndata, c.base)",
    "c = np.corrcoef(np.zeros((0, 3))); (c.shape, c.flags.owndata, c.base)",
    "c = np.cov(np.zeros((3, 0)), rowvar=False); (c.shape, c.flags.owndata, c.base.shape)",
    "c = np.cov(np.zeros((0, 3))); d = c.T; (d.base is c.base, np.shares_memory(c, d))",
    "c = np.cov(np.array([[1., 2, 4], [2, 1, 0]])); (c.flags.owndata, c.base is None)",
    "c = np.cov(np.array([1., 2, 4])); (c.flags.owndata, c.shape, c.base.shape)",
]


LINALG_ARRAY_API = [
    "np.linalg.matmul(np.array([[1., 2], [3, 4]]), np.array([[5., 6], [7, 8]]))",
    "np.linalg.matmul(np.arange(6).reshape(2, 3), np.arange(3))",
    "np.linalg.matmul(np.ones((2, 2)))",
    "np.linalg.matmul(np.ones((2, 2)), np.ones((2, 2)), np.ones((2, 2)))",
    "np.linalg.matmul(np.ones(3), 2.0)",
    "np.linalg.cross(np.array([1., 2, 3]), np.array([4., 5, 6]))",
    "np.linalg.cross(np.array([[1., 2, 3], [0, 1, 0]]), np.array([4., 5, 6]))",
    "np.linalg.cross(np.array([1., 2]), np.array([4., 5]))",
    "np.linalg.cross(np.arange(6.).reshape(3, 2), np.ones((3, 2)), axis=0)",
    "np.linalg.cross(np.arange(6.).reshape(3, 2), np.ones((3, 2)), 0)",
    "np.linalg.diagonal(np.arange(9).reshape(3, 3))",
    "np.linalg.diagonal(np.arange(9).reshape(3, 3), offset=1)",
    "np.linalg.diagonal(np.arange(24).reshape(2, 3, 4), offset=-1)",
    "np.linalg.diagonal(np.arange(3))",
    "np.linalg.diagonal(np.arange(9).reshape(3, 3), 1)",
    "d = np.linalg.diagonal(np.arange(9.).reshape(3, 3)); (d.flags.owndata, d.flags.writeable, d.strides)",
    "np.linalg.trace(np.arange(9.).reshape(3, 3))",
    "np.linalg.trace(np.arange(24).reshape(2, 3, 4), offset=1)",
    "np.linalg.trace(np.arange(9).reshape(3, 3), dtype=np.float64)",
    "np.linalg.trace(np.arange(9).reshape(3, 3), dtype=np.int8)",
    "np.linalg.trace(np.arange(3))",
    "np.linalg.trace(np.ones((2, 2)), foo=1)",
    "np.linalg.svdvals(np.array([[3., 0], [0, 4]]))",
    "np.linalg.svdvals(np.array([[[2., 0], [0, 1]], [[1., 0], [0, 5]]]))",
    "np.linalg.svdvals(np.arange(3.))",
    "np.linalg.svdvals(np.ones((2, 2)), 1)",
    "np.linalg.tensordot(np.arange(6.).reshape(2, 3), np.arange(6.).reshape(3, 2), axes=1)",
    "np.linalg.tensordot(np.arange(24.).reshape(2, 3, 4), np.arange(12.).reshape(3, 4))",
    "np.linalg.tensordot(np.arange(6.).reshape(2, 3), np.arange(6.).reshape(3, 2), 1)",
    "np.linalg.matrix_transpose(np.arange(6).reshape(2, 3))",
    "np.linalg.matrix_transpose(np.arange(24).reshape(2, 3, 4)).shape",
    "np.linalg.matrix_transpose(np.arange(3))",
    "np.linalg.matrix_norm(np.array([[3., 4], [0, 0]]))",
    "np.linalg.matrix_norm(np.array([[3., 4], [0, 0]]), ord=1)",
    "np.linalg.matrix_norm(np.array([[3., 4], [1, 2]]), ord=np.inf)",
    "np.linalg.matrix_norm(np.arange(8.).reshape(2, 2, 2), keepdims=True)",
    "np.linalg.matrix_norm(np.arange(3.))",
    "np.linalg.vector_norm(np.array([3., 4]))",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3))",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), axis=1)",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), axis=0, keepdims=True)",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), keepdims=True)",
    "np.linalg.vector_norm(np.arange(24.).reshape(2, 3, 4), axis=(0, 2))",
    "np.linalg.vector_norm(np.arange(24.).reshape(2, 3, 4), axis=(2, 0), keepdims=True)",
    "np.linalg.vector_norm(np.arange(24.).reshape(2, 3, 4), axis=(-1, 0), ord=1)",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), ord=np.inf)",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), ord=0)",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), axis=(0, 0))",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), axis=(0, 5))",
    "np.linalg.vector_norm(np.arange(6.).reshape(2, 3), axis=5)",
    "np.linalg.vector_norm(np.arange(6).reshape(2, 3))",
    "np.linalg.vector_norm(np.float64(-3.0))",
    "np.linalg.vector_norm([3, 4])",
]

CROSS_VIEWS = [
    "r = np.cross(np.array([[1.5, -2.0, 0.5], [3.0, 0.25, -1.0]]), np.array([1., 2, 3])); (r, r.flags.owndata, r.strides, r.base.shape, r.flags.c_contiguous)",
    "a = np.arange(6.).reshape(3, 2); r = np.cross(a, a[::-1], axisa=0, axisb=0); (r, r.flags.owndata, r.strides, r.base.shape)",
    "a = np.arange(6.).reshape(3, 2); r = np.cross(a, a[::-1], axis=0); (r, r.flags.owndata, r.strides, r.base.shape, r.base, r.flags.f_contiguous)",
    "a = np.arange(6.).reshape(2, 3); r = np.cross(a, a[::-1], axisc=0); (r, r.flags.owndata, r.strides, r.base.shape, r.flags.c_contiguous, r.flags.f_contiguous)",
    "a = np.arange(24.).reshape(2, 3, 4); r = np.cross(a, a + 1, axis=1); (r.shape, r.strides, r.base.shape, r.base.strides)",
    "a = np.arange(24.).reshape(2, 3, 4); r = np.cross(a, a * 2, axisa=1, axisb=1, axisc=0); (r.shape, r.strides, r.base.shape)",
    "a = np.arange(24).reshape(2, 3, 4); r = np.cross(a, a * 2, axisa=1, axisb=1, axisc=-2); (r.shape, r.strides, r.base.shape, r.dtype)",
    "r = np.cross([1, 2, 3], [4, 5, 6]); (r, r.flags.owndata, r.base)",
    "r = np.cross(np.array([1., 2]), np.array([4., 5, 6])); (r, r.flags.owndata, r.base.shape)",
    "a = np.array([[1.5, -2.0, 0.5], [3.0, 0.25, -1.0]]); r = np.linalg.cross(a, a[::-1]); (r, r.flags.owndata, r.base.shape)",
    "a = np.arange(6.).reshape(3, 2); r = np.linalg.cross(a, a[::-1], axis=0); (r, r.flags.owndata, r.strides, r.base.shape)",
    "a = np.arange(6.).reshape(3, 2); r = np.cross(a, a[::-1], axis=0); r[0, 1] = 100; (r, r.base)",
    "a = np.arange(6.).reshape(3, 2); r = np.cross(a, a[::-1], axis=0); v = r.T; (v.base is r.base, np.shares_memory(v, r))",
    "a = np.arange(6.).reshape(2, 3); np.linalg.cross(a, a[:, :2])",
]

PARTITION_ORDERS = [
    "r = np.partition(np.asfortranarray(np.array([[3., 1, 2], [9, 7, 8]])), 1); (r, r.strides, r.flags.f_contiguous)",
    "r = np.partition(np.array([[3., 1, 2], [9, 7, 8]]).T, 1); (r, r.strides)",
    "r = np.partition(np.array([[3., 1, 2], [9, 7, 8]]).T, 1, axis=0); (r, r.strides)",
    "r = np.partition(np.array([[3., 1, 2], [9, 7, 8]]).T, 1, axis=None); (r, r.strides)",
    "r = np.partition(np.array([[3., 1, 2], [9, 7, 8]])[:, ::-1], 1); (r, r.strides)",
    "r = np.partition(np.arange(24.).reshape(2, 3, 4).transpose(2, 0, 1), 1); (r.strides, r.sum())",
    "r = np.argpartition(np.asfortranarray(np.array([[3., 1, 2], [9, 7, 8]])), 1); (r, r.strides)",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "509-real-eigenvalues-are-views-of-complex-arrays.txt", SCRIPT,
        "np.linalg.eig and eigvals with real eigenvalues: w.real and v.real, views of complex arrays", EIGEN_VIEWS)
    write_numpy_fixture(
        HERE / "interpreter" / "510-covariances-of-no-variables-are-views.txt", SCRIPT,
        "np.cov and np.corrcoef of no variables: np.array([]).reshape(0, 0)", EMPTY_COVARIANCES)
    write_numpy_fixture(
        HERE / "interpreter" / "511-numpy-linalg-array-api-functions.txt", SCRIPT,
        "np.linalg's array-API functions: matmul, cross, diagonal, trace, svdvals, ..., vector_norm", LINALG_ARRAY_API)
    write_numpy_fixture(
        HERE / "interpreter" / "512-np-cross-with-axes-is-a-view.txt", SCRIPT,
        "np.cross with axis=, axisa=, axisb=, axisc=: moveaxis(cp, -1, axisc), a view", CROSS_VIEWS)
    write_numpy_fixture(
        HERE / "interpreter" / "513-np-partition-keeps-the-memory-order.txt", SCRIPT,
        "np.partition of an array not in C order: a.copy(order='K') partitioned", PARTITION_ORDERS)


if __name__ == "__main__":
    main()
