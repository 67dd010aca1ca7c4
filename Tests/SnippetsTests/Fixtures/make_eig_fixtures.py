#!/usr/bin/env python3
"""Writes what NumPy prints for np.linalg.eig and np.linalg.eigvals, and NumPy's eigenvalues and eigenvectors of 2,000
random matrices.

Run: `python3 Tests/SnippetsTests/Fixtures/make_eig_fixtures.py` (Python 3.11, NumPy 2.4.6 with OpenBLAS 0.3.31's
LAPACK). It rewrites `interpreter/66-eig.txt` and `../../TensorCoreTests/Fixtures/eig_sweep.json`; rerunning gives
identical bytes.

NumPy's eig runs LAPACK's dgeev (jobvr='V'; eigvals jobvr='N'), whose order of eigenvalues and signs of eigenvectors
come from its steps (balancing, Hessenberg reduction, double-shift QR, back substitution, normalisation). The
transcript holds the published tutorials' statements (handson-ml3, scipy-lectures, NumPy's own docstring examples),
small matrices of every kind (symmetric, triangular, diagonal, rotations with complex pairs, integer and boolean
input, stacks, empty and 1×1) and seeded random ones from 2×2 to 12×12, each with its printed eigenvalues and
eigenvectors (eigenvalues only for a random matrix with complex pairs: see random_statements). Random matrices are
kept only where NumPy's eigenvalues are well apart (no two closer than 1e-6 of the largest entry): closer ones make
the order and signs LAPACK's rounding, which docbuild refuses (GeneralEigenRefusalTests.swift).

The sweep: 2,000 seeded random matrices (n = 2…10, entries rounded to 3 decimals so they are written exactly), with
NumPy's eigenvalues and eigenvectors to 10 significant digits (imaginary parts left out when NumPy's result is real).
GeneralEigenSweepTests compares docbuild's to within 1e-9: eigvals on every matrix, eig wherever docbuild does not
refuse it, which fixes the order and every sign and phase.
"""

import json
import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "66-eig.txt"
SWEEP = HERE.parent.parent / "TensorCoreTests" / "Fixtures" / "eig_sweep.json"


def well_separated(m):
    """True when no two of NumPy's eigenvalues of `m` are within 1e-6 of its largest entry."""
    w = np.linalg.eigvals(m)
    scale = np.abs(m).max()
    gaps = np.abs(w[:, None] - w[None, :]) + np.eye(len(w)) * scale
    return bool(gaps.min() > 1e-6 * scale)


def random_statements():
    """Seeded random matrices from 2×2 to 12×12: eig printed for ones whose eigenvalues are all real (whole up to 6×6,
    the first columns beyond), eigvals for ones with complex pairs. A complex pair's eigenvectors are printed for the
    small matrices above: in a random matrix, the phase NumPy gives them usually depends on whether a deflation test
    of LAPACK's QR iteration passed one sweep earlier or later, which docbuild refuses (GeneralEigenSweepTests)."""
    statements = []
    seed = 1
    for n in range(2, 13):
        # Past 8×8 a random matrix with only real eigenvalues is rare: its symmetric part stands in below.
        real_wanted = 2 if n <= 8 else 0
        real_kept, complex_kept = 0, 0
        while real_kept < real_wanted or complex_kept < 1:
            seed += 1
            np.random.seed(seed)
            m = np.random.randn(n, n)
            if not well_separated(m):
                continue
            is_real = not np.iscomplexobj(np.linalg.eigvals(m))
            if is_real and real_kept < real_wanted:
                real_kept += 1
                statements += [
                    f"np.random.seed({seed}); m = np.random.randn({n}, {n})",
                    "w, v = np.linalg.eig(m)",
                    "w",
                    "v" if n <= 6 else "v[:, :3]",
                    "np.allclose(m @ v, v * w)",
                ]
            elif not is_real and complex_kept < 1:
                complex_kept += 1
                statements += [
                    f"np.random.seed({seed}); m = np.random.randn({n}, {n})",
                    "np.linalg.eigvals(m)",
                ]
                if n > 8 and well_separated(m + m.T):
                    statements += [
                        "w, v = np.linalg.eig(m + m.T)",
                        "w",
                        "v[:, :3]",
                        "np.allclose((m + m.T) @ v, v * w)",
                    ]
    # Integer matrices (many have repeated eigenvalues; only well-separated ones with real eigenvalues kept).
    kept = 0
    while kept < 4:
        seed += 1
        np.random.seed(seed)
        m = np.random.randint(-5, 6, size=(4, 4))
        if not well_separated(m.astype(float)) or np.iscomplexobj(np.linalg.eigvals(m)):
            continue
        kept += 1
        statements += [
            f"np.random.seed({seed}); k = np.random.randint(-5, 6, size=(4, 4))",
            "np.linalg.eig(k)",
            "np.linalg.eigvals(k)",
        ]
    # Symmetric matrices through eig (dgeev's order, not eigh's ascending one).
    for s in (3, 5, 8):
        statements += [
            f"np.random.seed({100 + s}); b = np.random.randn({s}, {s}); sym = b + b.T",
            "np.linalg.eig(sym).eigenvalues",
            "np.linalg.eig(sym).eigenvectors[:, :2]",
            "np.linalg.eigvalsh(sym)",
        ]
    return statements


TUTORIALS = [
    # handson-ml3, tools_numpy: eig of an integer matrix.
    "import numpy.linalg as linalg",
    "m3 = np.array([[1,2,3],[5,7,11],[21,29,31]])",
    "eigenvalues, eigenvectors = linalg.eig(m3)",
    "eigenvalues # λ",
    "eigenvectors # v",
    "np.allclose(m3.dot(eigenvectors), eigenvalues * eigenvectors)",
    # scipy-lectures, NumPy exercises: the stationary distribution of a Markov chain.
    "rng = np.random.default_rng(27446968)",
    "n_states = 5",
    "n_steps = 50",
    "tolerance = 1e-5",
    "P = rng.random(size=(n_states, n_states))",
    "p = rng.random(n_states)",
    "P /= P.sum(axis=1)[:, np.newaxis]",
    "p /= p.sum()",
    "for k in range(n_steps):\n    p = P.T @ p",
    "p_50 = p",
    "print(p_50)",
    "w, v = np.linalg.eig(P.T)",
    "j_stationary = np.argmin(abs(w - 1.0))",
    "p_stationary = v[:, j_stationary].real",
    "p_stationary /= p_stationary.sum()",
    "print(p_stationary)",
    "bool(all(abs(p_50 - p_stationary) < tolerance))",
    "w",
    # NumPy's docstring examples.
    "from numpy import linalg as LA",
    "eigenvalues, eigenvectors = LA.eig(np.diag((1, 2, 3)))",
    "eigenvalues",
    "eigenvectors",
    "eigenvalues, eigenvectors = LA.eig(np.array([[1, -1], [1, 1]]))",
    "eigenvalues",
    "eigenvectors",
    "a = np.array([[1 + 1e-9, 0], [0, 1 - 1e-9]])",
    "eigenvalues, eigenvectors = LA.eig(a)",
    "eigenvalues",
    "eigenvectors",
    "D = np.diag((-1,1))",
    "LA.eigvals(D)",
]

SMALL = [
    "a = np.array([[2., 1.], [1., 3.]])",
    "np.linalg.eig(a)",
    "r = np.linalg.eig(a)",
    "r.eigenvalues",
    "r.eigenvectors",
    "r[0].dtype, r[1].shape",
    "np.linalg.eigvals(a)",
    "np.linalg.eig(np.array([[4, 1], [2, 3]]))",
    "np.linalg.eig(np.array([[1, 2], [3, 4]]))",
    "np.linalg.eigvals(np.array([[1, 2], [3, 4]]))",
    "np.linalg.eig(np.array([[0., 1.], [-2., -3.]]))",
    "np.linalg.eig(np.array([[5.]]))",
    "np.linalg.eig(np.zeros((0, 0)))",
    "np.linalg.eigvals(np.zeros((0, 0)))",
    "np.linalg.eig(np.eye(3))",
    "np.linalg.eig(np.eye(3, dtype=bool))",
    "np.linalg.eig(np.diag([3., 1., 2.]))",
    "np.linalg.eig(np.triu(np.arange(1., 10.).reshape(3, 3)))",
    "np.linalg.eig(np.tril(np.arange(1., 10.).reshape(3, 3)))",
    "np.linalg.eigvals(np.triu(np.arange(1., 17.).reshape(4, 4)))",
    "np.linalg.eig(np.array([[1., 1.], [0., 1.]])).eigenvalues",
    "np.linalg.eig(np.array([[2., 0., 0.], [1., 3., 0.], [4., 5., 6.]]))",
    "np.linalg.eigvals(np.array([[0., 2., 0.], [0., 0., 3.], [4., 0., 0.]]))",
    "np.linalg.eig(np.array([[1., 2., 0.], [2., 1., 0.], [0., 0., 5.]]))",
    "np.linalg.eig(np.array([[1., 2., 0.], [3., 1., 0.], [0., 0., 7.]]))",
    "np.linalg.eig(np.array([[2., -1.], [1., 2.]]))",
    "np.linalg.eig(np.array([[0., -1.], [1., 0.]]))",
    "np.linalg.eigvals(np.array([[0., -1.], [1., 0.]]))",
    "t = np.pi / 4",
    "rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])",
    "np.linalg.eig(rot)",
    "t = np.pi / 6",
    "rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])",
    "np.linalg.eig(rot)",
    "t = 1.0",
    "rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])",
    "np.linalg.eig(rot).eigenvalues",
    "np.linalg.eig(rot).eigenvectors",
    "rz = np.array([[np.cos(t), -np.sin(t), 0.], [np.sin(t), np.cos(t), 0.], [0., 0., 1.]])",
    "np.linalg.eig(rz)",
    "c = np.array([[1., 2., 3.], [-2., 1., 0.5], [0., 1., 2.]])",
    "w, v = np.linalg.eig(c)",
    "w",
    "v",
    "w.dtype, v.dtype",
    "np.allclose(c @ v.real, v.real * w.real - v.imag * w.imag)",
    "np.allclose(c @ v.imag, v.real * w.imag + v.imag * w.real)",
    "np.allclose(np.linalg.eigvals(c), w)",
    "w.real",
    "w.imag",
    "np.abs(w)",
    "v[:, 0]",
    "np.linalg.eig(np.array([[1, 2], [3, 4]], dtype=np.int32)).eigenvalues.dtype",
    # Stacks: one complex matrix makes the whole stack complex.
    "s = np.array([[[2., 1.], [1., 3.]], [[1., 2.], [3., 4.]]])",
    "np.linalg.eig(s)",
    "np.linalg.eigvals(s)",
    "s2 = np.array([[[2., 1.], [1., 3.]], [[0., -1.], [1., 0.]]])",
    "np.linalg.eig(s2)",
    "np.linalg.eigvals(s2)",
    "np.linalg.eig(np.zeros((0, 2, 2))).eigenvalues.shape",
    "np.random.seed(7); st = np.random.randn(2, 3, 3, 3)",
    "np.linalg.eigvals(st)",
    "np.linalg.eigvals(st).shape",
    "sts = st + np.swapaxes(st, -1, -2)",
    "np.linalg.eig(sts).eigenvalues",
    "np.linalg.eig(sts).eigenvectors[1, 2]",
    # Gradients: autograd's grad_eig, run by autograd itself (docbuild's own grad(y, x) gives the same numbers).
    "import autograd.numpy as anp",
    "from autograd import grad as agrad",
    "x = np.array([[2., 1.], [1., 3.]])",
    "agrad(lambda a: (anp.linalg.eig(a)[0] * np.array([1., 2.])).sum())(x)",
    "agrad(lambda a: anp.linalg.eig(a)[1][0, 1])(x)",
    "y = np.array([[4., 1., 0.5], [2., 3., 1.], [0.25, 1., 2.]])",
    "agrad(lambda a: anp.linalg.eig(a)[1][:, 0].sum())(y)",
    "agrad(lambda a: (anp.linalg.eig(a)[1] * np.arange(9.).reshape(3, 3)).sum())(y)",
    "agrad(lambda a: (anp.linalg.eig(a)[0] ** 2).sum() + anp.linalg.eig(a)[1][0, 1])(y)",
    "agrad(lambda a: anp.linalg.eig(a)[0][1] * anp.linalg.eig(a)[1][2, 2])(y)",
    # np.roots: NumPy's own Python code, through eigvals of the companion matrix.
    "np.roots([1, -3, 2, 5])",
    "np.roots([1, 0, -7, 6])",
    # Errors, with NumPy's messages.
    "np.linalg.eig(np.ones((2, 3)))",
    "np.linalg.eig(np.ones(3))",
    "np.linalg.eigvals(np.ones((3, 2)))",
    "np.linalg.eig(np.array([[1., np.nan], [0., 1.]]))",
    "np.linalg.eigvals(np.array([[1., np.inf], [0., 1.]]))",
    "np.linalg.eig([[1., 2.], [3., 4.]]).eigenvalues",
]


def sweep():
    """2,000 seeded random matrices with NumPy's eigenvalues and eigenvectors."""
    rng = np.random.RandomState(66)
    cases = []
    for index in range(2000):
        n = 2 + index % 9
        a = np.round(rng.randn(n, n), 3)
        w, v = np.linalg.eig(a)
        number = lambda x: float(f"{x:.10g}")
        real = not np.iscomplexobj(w)
        cases.append(
            {
                "n": n,
                "a": [float(x) for x in a.ravel()],
                "wr": [number(z.real) for z in w],
                "wi": [] if real else [number(z.imag) for z in w],
                "vr": [number(z.real) for z in v.ravel()],
                "vi": [] if real else [number(z.imag) for z in v.ravel()],
            }
        )
    return cases


def main():
    statements = TUTORIALS + SMALL + random_statements()
    write_transcript(
        OUTPUT,
        f"# 66-eig: generated by make_eig_fixtures.py from NumPy {np.__version__}.",
        statements,
        {"np": np},
    )
    text = json.dumps({"numpy": np.__version__, "cases": sweep()}, separators=(",", ":"))
    SWEEP.write_text(text + "\n", encoding="utf-8")
    print(f"{len(statements)} statements, {SWEEP.stat().st_size} bytes of sweep")


if __name__ == "__main__":
    main()
