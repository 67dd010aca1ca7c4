#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements session 51 found docbuild answering wrongly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session51_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/509-*` and `510-*` fixtures; rerunning gives identical bytes.

509: `np.linalg.eig` and `np.linalg.eigvals` of a real matrix whose eigenvalues are all real: NumPy returns `w.real`
and `v.real`, views of the complex128 arrays its LAPACK wrapper filled (strides of 16 bytes an element, OWNDATA
False, neither C- nor F-contiguous for a matrix, the complex arrays as `.base`, writes showing through them).
docbuild printed arrays of their own (42 of the first 77 statements here were wrong on main at 4066db65).

510: `np.cov` and `np.corrcoef` of no variables (a (0, n) array, or (n, 0) with `rowvar=False`): NumPy returns
`np.array([]).reshape(0, 0)`, a view of an empty float64 array; docbuild printed an array of its own.
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


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "509-real-eigenvalues-are-views-of-complex-arrays.txt", SCRIPT,
        "np.linalg.eig and eigvals with real eigenvalues: w.real and v.real, views of complex arrays", EIGEN_VIEWS)
    write_numpy_fixture(
        HERE / "interpreter" / "510-covariances-of-no-variables-are-views.txt", SCRIPT,
        "np.cov and np.corrcoef of no variables: np.array([]).reshape(0, 0)", EMPTY_COVARIANCES)


if __name__ == "__main__":
    main()
