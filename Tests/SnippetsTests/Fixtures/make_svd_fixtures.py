#!/usr/bin/env python3
"""Writes what NumPy prints for `np.linalg.svd` with U and Vh (issue 10) and for `multivariate_normal`, whose samples
are built from the covariance's SVD.

Run: `python3 Tests/SnippetsTests/Fixtures/make_svd_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/67-svd.txt` and `interpreter/67-multivariate-normal.txt`; rerunning gives identical bytes.

NumPy calls LAPACK's dgesdd (OpenBLAS's bundled reference LAPACK); docbuild follows its steps (BidiagonalSVD.swift)
so that every singular vector has NumPy's sign. The matrices here are random ones of every shape from 1x1 to 12x9 in
both orientations, long ones (LAPACK's QR-first and LQ-first paths), reduced and full, integer input, stacks,
reconstructions, the named tuple's fields, NumPy's errors, and the tutorials' own statements that the reach probe
found; the samplers' streams for the legacy functions, RandomState and Generator with each method.
`Tests/TensorCoreTests/Fixtures/make_svd_sign_fixtures.py` sweeps 2,400 more matrices.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
SVD_OUTPUT = HERE / "interpreter" / "67-svd.txt"
SAMPLER_OUTPUT = HERE / "interpreter" / "67-multivariate-normal.txt"

RNG = np.random.default_rng(67)


def literal(a):
    """The matrix as a NumPy literal a snippet can type."""
    return "np.array(" + repr(a.tolist()) + ")"


def random_matrix(m, n):
    return np.round(RNG.standard_normal((m, n)), 3)


TUTORIALS = [
    # numpy-100 exercise 83 and handson-ml3's linear algebra section (with `linalg` imported from numpy).
    "np.random.seed(0)",
    "Z = np.random.uniform(0,1,(10,10))",
    "U, S, V = np.linalg.svd(Z) # Singular Value Decomposition",
    "threshold = len(S) * S.max() * np.finfo(S.dtype).eps",
    "rank = np.sum(S > threshold)",
    "print(rank)",
    "np.round(S, 6)",
    "import numpy.linalg as linalg",
    "m3 = np.array([[1, 2, 3], [5, 7, 11], [21, 29, 31]])",
    "U, S_diag, V = linalg.svd(m3)",
    "U",
    "S_diag",
    "V",
    "S = np.zeros((3, 3))",
    "S[np.diag_indices(3)] = S_diag",
    "np.allclose(U.dot(S).dot(V), m3)",
]

SHAPES = []
for m in range(1, 13):
    for n in (1, 2, 3, 5, 7, 9):
        if (m + n) % 2 == 0 or m in (1, 12):
            SHAPES.append((m, n))
            SHAPES.append((n, m))

RANDOM = []
for index, (m, n) in enumerate(dict.fromkeys(SHAPES)):
    a = random_matrix(m, n)
    RANDOM.append(f"a = {literal(a)}")
    RANDOM.append("np.linalg.svd(a)" if index % 2 == 0 else "np.linalg.svd(a, full_matrices=False)")

LONG = [
    # m >> n and n >> m: dgesdd factors A = QR (or LQ) first, then decomposes R (L).
    f"t = {literal(random_matrix(14, 2))}",
    "np.linalg.svd(t, full_matrices=False)",
    "U, S, Vh = np.linalg.svd(t)",
    "U.shape, S.shape, Vh.shape",
    "U[:, :4]",
    "np.allclose(U.T @ U, np.eye(14))",
    f"w = {literal(random_matrix(3, 11))}",
    "np.linalg.svd(w, full_matrices=False)",
    "U, S, Vh = np.linalg.svd(w)",
    "Vh[:5]",
    "np.allclose(Vh @ Vh.T, np.eye(11))",
    f"np.linalg.svd({literal(random_matrix(20, 3))}, full_matrices=False).U[:4]",
    f"np.linalg.svd({literal(random_matrix(2, 9))})",
]

INTEGERS = [
    "np.linalg.svd(np.array([[1, 2], [3, 4]]))",
    "np.linalg.svd([[2, -1, 0], [1, 3, 1]])",
    "np.linalg.svd([[4, 0], [3, -5]], full_matrices=False)",
    "np.linalg.svd(np.array([[1, 2, 3], [4, 5, 7], [2, -1, 1]]))",
    "np.linalg.svd([[True, False], [True, True]])",
    "np.linalg.svd([[5]])",
    "np.linalg.svd([[-2.5]])",
    "np.linalg.svd([[3], [4]])",
    "np.linalg.svd([[3, -4]])",
    "np.linalg.svd(np.diag([1.0, -2.0, 3.0]))",
    "np.linalg.svd(np.eye(3))",
    "np.linalg.svd(np.zeros((2, 3)))",
    "np.linalg.svd(np.array([[0.0, 2.0], [1.0, 0.0]]))",
    "np.linalg.svd(np.diag([2.0, 2.0]), full_matrices=False)",
]

STACKS = [
    f"s = np.array([{literal(random_matrix(3, 2))[9:-1]}, {literal(random_matrix(3, 2))[9:-1]}])",
    "np.linalg.svd(s)",
    "np.linalg.svd(s, full_matrices=False)",
    "U, S, Vh = np.linalg.svd(s, full_matrices=False)",
    "np.allclose(U @ (S[..., None] * Vh), s)",
    f"np.linalg.svd({literal(random_matrix(4, 3).reshape(2, 2, 3))})",
    "np.linalg.svd(np.zeros((2, 0, 3)))",
    "np.linalg.svd(np.zeros((0, 3)))",
    "np.linalg.svd(np.zeros((3, 0)), full_matrices=False)",
]

RECONSTRUCTIONS = [
    f"a = {literal(random_matrix(4, 3) + 3.0)}",
    "U, S, Vt = np.linalg.svd(a, full_matrices=False)",
    "U @ np.diag(S) @ Vt",
    "np.allclose(U @ np.diag(S) @ Vt, a)",
    "np.allclose(U.T @ U, np.eye(3))",
    "U, S, Vt = np.linalg.svd(a)",
    "Sigma = np.zeros((4, 3))",
    "Sigma[:3, :3] = np.diag(S)",
    "U @ Sigma @ Vt",
    "U[:, 0] * S[0]",
    "np.outer(U[:, 0], Vt[0]) * S[0]",
    "Vt[0] @ Vt[1] < 1e-12",
    f"b = {literal(random_matrix(3, 5) - 4.0)}",
    "U, S, Vt = np.linalg.svd(b)",
    "(U * S) @ Vt[:3]",
    "np.round(S, 4), np.round(S ** 2, 4)",
    "np.isclose(np.sqrt((b ** 2).sum()), np.sqrt((S ** 2).sum()))",
    "S.sum() > 0",
]

RESULT = [
    f"r = np.linalg.svd({literal(random_matrix(3, 3))})",
    "r",
    "r.U",
    "r.S",
    "r.Vh",
    "r[1]",
    "len(r)",
    "u, s, vh = r",
    "s",
    "np.linalg.svd(np.array([[1.5, 2.0], [0.5, -1.0]]), compute_uv=False)",
    "np.linalg.svd(np.array([[1.5, 2.0], [0.5, -1.0]]), True, True)",
    "np.linalg.svd(np.array([[1.5, 2.0], [0.5, -1.0]]), full_matrices=0)",
]

ERRORS = [
    "np.linalg.svd(np.ones(3))",
    "np.linalg.svd(5.0)",
    "np.linalg.svd(np.array([[1.0, np.nan], [2.0, 3.0]]))",
    "np.linalg.svd(np.array([[1.0, np.nan], [2.0, 3.0]]), compute_uv=False)",
    "np.linalg.svd()",
    "np.linalg.svd(np.eye(2), bogus=1)",
    # autograd 1.9's grad_svd has no rule for full matrices (NumPy's default).
    "from autograd import grad",
    "import autograd.numpy as anp",
    "grad(lambda a: anp.linalg.svd(a)[1].sum())(np.array([[1.0, 2.0], [3.0, 4.0]]))",
    "grad(lambda a: anp.linalg.svd(a)[0][0, 0])(np.array([[1.0, 2.0], [3.0, 4.0]]))",
]


SAMPLER = [
    # pdsh 02.07, with its Generator.
    "rng = np.random.default_rng(0)",
    "mean = [0, 0]",
    "cov = [[1, 2], [2, 5]]",
    "X = rng.multivariate_normal(mean, cov, 100)",
    "X.shape",
    "X[:5]",
    "np.round(X.mean(axis=0), 6)",
    "np.random.seed(0)",
    "np.random.multivariate_normal(mean, cov, 5)",
    "np.random.multivariate_normal([1, -1], [[2, 0.5], [0.5, 1]], size=(2, 3))",
    "np.random.multivariate_normal([0, 0, 0], np.eye(3), 4)",
    "np.random.multivariate_normal([3.0, 1.0], [[1.0, 0.0], [0.0, 4.0]])",
    "np.random.multivariate_normal([0, 0], [[1, 0.9], [0.9, 1]], 3, check_valid='raise')",
    "np.random.multivariate_normal([0, 0], [[1, 0.9], [0.9, 1]], 2, tol=1e-6)",
    "np.random.normal(size=3)",
]
for seed in range(6):
    cov = np.round(RNG.standard_normal((3, 3)), 2)
    cov = np.round(cov @ cov.T + 0.5 * np.eye(3), 3)
    mean = np.round(RNG.standard_normal(3), 2)
    SAMPLER.append(f"np.random.seed({seed + 10})")
    SAMPLER.append(f"np.random.multivariate_normal({mean.tolist()}, {cov.tolist()}, {seed + 2})")
    SAMPLER.append(f"rs = np.random.RandomState({seed + 100})")
    SAMPLER.append(f"rs.multivariate_normal({mean.tolist()}, {cov.tolist()}, {seed + 1})")
    method = ["svd", "eigh", "cholesky"][seed % 3]
    SAMPLER.append(f"g = np.random.default_rng({seed + 1000})")
    SAMPLER.append(f"g.multivariate_normal({mean.tolist()}, {cov.tolist()}, {seed + 2}, method='{method}')")
    SAMPLER.append(f"g.multivariate_normal({mean.tolist()}, {cov.tolist()})")
SAMPLER += [
    "g = np.random.default_rng(5)",
    "g.multivariate_normal([0.0, 1.0], [[2.0, -0.6], [-0.6, 1.0]], 4, method='eigh')",
    "g.multivariate_normal([0.0, 1.0], [[2.0, -0.6], [-0.6, 1.0]], 4, method='cholesky')",
    "g.multivariate_normal([0.0, 1.0], [[2.0, -0.6], [-0.6, 1.0]], (2, 2))",
    "g.multivariate_normal(np.zeros(2), np.diag([1.0, 9.0]), 3)",
    "g.multivariate_normal([0, 0], [[1, 0], [0, 1]], 2, check_valid='ignore')",
    # NumPy's checks.
    "g.multivariate_normal([0, 0], [[1, 0], [0, 1]], method='qr')",
    "g.multivariate_normal([[0, 0]], [[1, 0], [0, 1]])",
    "g.multivariate_normal([0, 0], [1, 1])",
    "g.multivariate_normal([0, 0, 0], [[1, 0], [0, 1]])",
    "g.multivariate_normal([0, 0], [[1, 0], [0, 1]], check_valid='maybe')",
    "g.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise')",
    "g.multivariate_normal([0, 0], [[1, 2], [2, 1]], method='cholesky')",
    "np.random.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise')",
    "g.random()",
]


def main():
    statements = TUTORIALS + RANDOM + LONG + INTEGERS + STACKS + RECONSTRUCTIONS + RESULT + ERRORS
    header = (
        f"# 67-svd: generated by make_svd_fixtures.py from Python and NumPy {np.__version__}; np.linalg.svd's U and "
        "Vh with LAPACK dgesdd's signs."
    )
    write_transcript(SVD_OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)
    header = (
        f"# 67-multivariate-normal: generated by make_svd_fixtures.py from Python and NumPy {np.__version__}; the "
        "legacy and Generator samplers."
    )
    write_transcript(SAMPLER_OUTPUT, header, SAMPLER, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
