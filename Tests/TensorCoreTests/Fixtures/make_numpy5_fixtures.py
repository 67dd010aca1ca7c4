#!/usr/bin/env python3
"""Writes the transcripts of issue 10's fifth round (the decompositions of `np.linalg`: `qr`, `eigh`, `eigvalsh`,
`svd(compute_uv=False)`, `pinv`, `lstsq`, `matrix_rank`, and `np.polyfit`) from real Python and NumPy 2.4.6 (and
HIPS autograd 1.9 for the gradient errors), into `Tests/SnippetsTests/Fixtures/numpy/` beside the earlier rounds.

Run: `python3 Tests/TensorCoreTests/Fixtures/make_numpy5_fixtures.py`; rerunning gives identical bytes. The random
matrices come from NumPy's own seeded generator and are written into the statements as literals.

docbuild computes these with LAPACK's algorithms (Householder QR, `dsytd2` + `dsteqr`) or with others that give
the same unique values, but not LAPACK's last bits: so the transcripts print at NumPy's default precision (8
digits), and a matrix whose NumPy result holds an entry at rounding-noise level is left out here (docbuild refuses
those; its unit tests say so), judged from NumPy's own result.
"""

import pathlib
import sys

import numpy as np

SNIPPET_FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "SnippetsTests" / "Fixtures"
sys.path.insert(0, str(SNIPPET_FIXTURES))

from make_numpy_fixtures import write_themes  # noqa: E402

THEMES = {}
EPS = np.finfo(float).eps


def literal(array):
    """An array as a Python literal with every float's repr, so the snippet builds exactly the same array."""
    return repr(np.asarray(array).tolist())


def noisy(values, scale, dimension):
    """True when NumPy's result has a nonzero entry at rounding-noise level (which docbuild refuses)."""
    values = np.asarray(values, dtype=float).ravel()
    threshold = scale * max(dimension, 1) * 64 * EPS
    # A margin of 1000 either way keeps out entries that are merely small but could fall on either side.
    return bool(np.any((values != 0) & (np.abs(values) <= threshold * 1000)))


def random_matrix(rng, shape, integer):
    if integer:
        return rng.integers(-9, 10, shape).astype(float)
    return np.round(rng.standard_normal(shape), 3)


def qr_theme(seed, integer):
    rng = np.random.default_rng(seed)
    statements = []
    for m, n in [(2, 2), (3, 3), (4, 4), (5, 5), (3, 2), (4, 2), (5, 3), (2, 3), (3, 5), (6, 4), (8, 8), (10, 7)] * 3:
        a = random_matrix(rng, (m, n), integer)
        q, r = np.linalg.qr(a)
        qc, rc = np.linalg.qr(a, mode="complete")
        scale = np.abs(a).max()
        if noisy(q, 1, max(m, n)) or noisy(r, scale, max(m, n)) or noisy(qc, 1, max(m, n)):
            continue
        statements += [f"a = np.array({literal(a)})", "np.linalg.qr(a)", "np.linalg.qr(a, mode='complete')"]
        statements += ["np.linalg.qr(a, mode='r')"]
    return statements


THEMES["15-linalg-qr-int"] = qr_theme(11, True)
THEMES["15-linalg-qr-float"] = qr_theme(12, False)


def symmetric(rng, n, integer):
    x = random_matrix(rng, (n, n), integer)
    return np.tril(x) + np.tril(x, -1).T


def eigh_theme(seed, integer, sizes, per_size):
    rng = np.random.default_rng(seed)
    statements = []
    for n in sizes:
        for _ in range(per_size):
            a = symmetric(rng, n, integer)
            w, v = np.linalg.eigh(a)
            largest = np.abs(w).max()
            gaps = np.diff(w)
            if noisy(w, largest, n) or noisy(v, 1, n) or (n > 1 and gaps.min() <= largest * 1e-7):
                continue
            statements += [f"a = np.array({literal(a)})", "np.linalg.eigh(a)", "np.linalg.eigvalsh(a)"]
    return statements


THEMES["16-linalg-eigh-int"] = eigh_theme(21, True, [1, 2, 3, 4, 5, 6], 6)
THEMES["16-linalg-eigh-float"] = eigh_theme(22, False, [2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25], 4)


def singular_theme(seed, integer):
    rng = np.random.default_rng(seed)
    statements = []
    for m, n in [(2, 2), (3, 3), (4, 4), (3, 2), (2, 3), (5, 3), (3, 5), (6, 6)] * 3:
        a = random_matrix(rng, (m, n), integer)
        s = np.linalg.svd(a, compute_uv=False)
        p = np.linalg.pinv(a)
        if noisy(s, s[0], max(m, n)) or noisy(p, np.abs(p).max(), max(m, n)):
            continue
        statements += [
            f"a = np.array({literal(a)})", "np.linalg.svd(a, compute_uv=False)", "np.linalg.pinv(a)",
            "np.linalg.matrix_rank(a)",
        ]
        if m >= n:
            b = random_matrix(rng, (m,), integer)
            x, residuals, rank, _ = np.linalg.lstsq(a, b)
            if noisy(x, np.abs(x).max(), m) or noisy(residuals, (b * b).sum(), m):
                continue
            statements += [f"b = np.array({literal(b)})", "np.linalg.lstsq(a, b)"]
    return statements


THEMES["17-linalg-singular-int"] = singular_theme(31, True)
THEMES["17-linalg-singular-float"] = singular_theme(32, False)


def polyfit_theme(seed):
    rng = np.random.default_rng(seed)
    statements = []
    for points, degree in [(5, 1), (6, 2), (8, 3), (10, 1), (7, 2), (12, 4), (4, 3), (9, 2)] * 2:
        x = np.round(np.sort(rng.uniform(-3, 5, points)), 2)
        y = np.round(rng.standard_normal(points) + 0.5 * x, 2)
        c = np.polyfit(x, y, degree)
        if noisy(c, np.abs(c).max(), points):
            continue
        statements += [f"x = np.array({literal(x)})", f"y = np.array({literal(y)})", f"np.polyfit(x, y, {degree})"]
    return statements


THEMES["18-polyfit"] = polyfit_theme(41)

# What tutorials write, and NumPy's errors. Left out, since docbuild's digits cannot be NumPy's there (its unit
# tests hold the refusals): `np.linalg.eig`, `eigvals` and `svd` with U and Vh (LAPACK's conventions), results at
# rounding-noise level such as `np.polyfit(x, y, 2)` here or `np.linalg.pinv(A) @ A`, and full-precision reprs of
# computed scalars (`m` after `m, c = np.linalg.lstsq(A, y)[0]`), whose last digits are LAPACK's.
THEMES["19-decompositions-printed"] = [
    "a = np.array([[1, 2], [3, 4]])", "q, r = np.linalg.qr(a)", "q", "r", "q @ r", "np.allclose(q @ r, a)",
    "np.linalg.qr(a)", "np.linalg.qr(a).Q", "np.linalg.qr(a).R", "np.linalg.qr(a, mode='r')",
    "np.linalg.qr(np.array([[12, -51, 4], [6, 167, -68], [-4, 24, -41]]))",
    "A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])", "np.linalg.qr(A)", "np.linalg.qr(A, 'complete')",
    "np.linalg.qr(A.T)", "np.linalg.qr(A, mode='raw')", "np.linalg.qr(np.eye(3))",
    "np.linalg.qr(np.arange(12.0).reshape(2, 3, 2) + np.eye(3, 2))",
    "np.linalg.qr(a, mode='bogus')", "np.linalg.qr(np.arange(3.0))",
    "s = np.array([[2.0, 1.0], [1.0, 2.0]])", "np.linalg.eigh(s)", "w, v = np.linalg.eigh(s)", "w", "v",
    "np.linalg.eigh(s).eigenvalues", "np.linalg.eigvalsh(s)",
    "np.linalg.eigh(np.array([[6, -2], [-2, 9]]))",
    "np.linalg.eigh(np.array([[2.0, 1.0], [5.0, 3.0]]))", "np.linalg.eigh(np.array([[2.0, 5.0], [1.0, 3.0]]), UPLO='U')",
    "np.linalg.eigvalsh(np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]]))",
    "np.linalg.eigh(np.array([[5.0]]))", "np.linalg.eigh(np.ones((2, 3)))", "np.linalg.eigh(np.arange(3.0))",
    "np.linalg.eigh(s, UPLO='X')",
    "np.linalg.svd(a, compute_uv=False)", "np.linalg.svd(A, compute_uv=False)", "np.linalg.svd(A.T, compute_uv=False)",
    "np.linalg.svd(np.eye(3), compute_uv=False)", "np.linalg.svd(np.arange(3.0), compute_uv=False)",
    "np.linalg.pinv(a)", "np.linalg.pinv(A)", "np.linalg.pinv(np.eye(2) * 4)",
    "np.linalg.matrix_rank(a)", "np.linalg.matrix_rank(np.eye(4))", "np.linalg.matrix_rank(np.ones((3, 3)))",
    "np.linalg.matrix_rank(np.zeros((2, 2)))", "np.linalg.matrix_rank(np.array([1, 2]))",
    "np.linalg.matrix_rank(np.zeros(3))", "np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))",
    "np.linalg.matrix_rank(np.arange(1.0, 10.0).reshape(3, 3))", "np.linalg.matrix_rank(A)",
    "np.linalg.matrix_rank(np.eye(3), tol=2.0)",
    "x = np.array([0, 1, 2, 3])", "y = np.array([-1, 0.2, 0.9, 2.1])", "A = np.vstack([x, np.ones(len(x))]).T", "A",
    "m, c = np.linalg.lstsq(A, y)[0]", "print(f'{m:.6f} {c:.6f}')", "np.linalg.lstsq(A, y)", "np.linalg.lstsq(A, np.stack([y, 2 * y], axis=1))",
    "np.linalg.lstsq(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([5.0, 6.0]))",
    "np.linalg.lstsq(A, np.ones(3))", "np.linalg.lstsq(np.arange(3.0), y)",
    "np.polyfit(x, y, 1)", "np.polyfit([0.0, 1.0, 2.0, 3.0, 4.0], [1.1, 2.9, 5.2, 7.1, 8.8], 1)",
    "p = np.polyfit(x, y, 1)", "np.round(np.polyval(p, 1.5), 8)", "np.polyfit(x, y, -1)", "np.polyfit(np.ones((2, 2)), y, 1)",
    "np.polyfit(x, y[:3], 1)", "np.polyfit(x, np.stack([y, 3 * y + 1], axis=1), 1)",
]

# Autograd's errors for the decompositions it does not differentiate.
THEMES["19-decompositions-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad",
    "a = np.array([[2.0, 1.0], [1.0, 3.0]])",
    "grad(lambda a: np.linalg.qr(a)[1].sum())(a)", "grad(lambda a: np.linalg.eigvalsh(a).sum())(a)",
    "grad(lambda a: np.linalg.lstsq(a, np.ones(2))[0].sum())(a)",
    "grad(lambda y: np.polyfit(np.arange(4.0), y, 1).sum())(np.array([1.0, 2.0, 2.5, 4.0]))",
]

THEMES["20-index-tricks-and-products"] = [
    "a = np.arange(6).reshape(2, 3)", "b = np.array([1.5, -2.0, 0.25])",
    "np.inner(np.array([1, 2, 3]), np.array([0, 1, 0]))", "np.inner(b, b)", "np.inner(a, a)", "np.inner(a, b)",
    "np.inner(a, np.ones(2))", "np.inner(2, b)", "np.inner(np.arange(24).reshape(2, 3, 4), np.arange(4))",
    "np.inner(np.arange(8.0).reshape(2, 2, 2), np.arange(4.0).reshape(2, 2))",
    "np.vdot(np.array([1, 2]), np.array([3, 4]))", "np.vdot(a, a)", "np.vdot(b, np.array([2.0, 0.5, 4.0]))",
    "np.vdot([1, 2], [3, 4, 5])",
    "a.item(4)", "a.item(1, 2)", "a.item((1, 2))", "a.item(-1)", "a.item(10)", "a.item(1, 5)", "a.item(1.0)",
    "a.item(1, 2, 0)", "b.item(2)", "np.array([True, False]).item(1)", "np.arange(3, dtype=np.uint8).item(2)",
    "np.r_[1:4, 0, 4]", "np.r_[np.array([1, 2, 3]), 0, 0, np.array([4, 5, 6])]", "np.r_[:5]", "np.r_[2:8:2]",
    "np.r_[5:]", "np.r_[1, 2.5]", "np.r_[b, 7]", "np.r_[np.array([1, 2], dtype=np.int8), 3]", "np.r_[a, a]",
    "np.r_[-1, a[0]]", "np.r_['-1', a, a]", "np.r_['0,2', [1, 2, 3], [4, 5, 6]]",
    "np.r_['0,2,0', [1, 2, 3], [4, 5, 6]]", "np.r_['1,2,0', [1, 2, 3], [4, 5, 6]]", "np.r_['0,3', [1, 2], [3, 4]]",
    "np.r_[1, 'x']", "np.r_['x', 1]", "np.r_[[1, 2], [3]]", "np.r_[0:3, [9, 8]]",
    "np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])]", "np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])]",
    "np.c_[b, b * 2]", "np.c_[a, np.ones(2)]", "np.c_[1:4, 4:7]", "np.c_[np.ones(3), b]",
    "np.c_[a, a]", "np.c_[[1, 2], [3, 4], [5, 6]]",
    "np.r_(1)",
]


def main():
    write_themes(THEMES, SNIPPET_FIXTURES / "numpy", "make_numpy5_fixtures.py")


if __name__ == "__main__":
    main()
