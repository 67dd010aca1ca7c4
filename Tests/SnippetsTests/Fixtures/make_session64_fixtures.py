#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 64's fixtures.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session64_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/531-*` fixture; rerunning gives identical bytes.

531: what stays printed beside the refusals of results of ill-conditioned matrices (`ConditionedDigitsRefusalTests`):
`inv`, `solve`, `det` and `slogdet` of well-conditioned matrices beyond 5×5, straight-line and quadratic `polyfit`s
and their rounding and evaluation, `lstsq` and `pinv` of tall well-conditioned matrices, and the ill-conditioned ones
printed with the fewer digits the refusal advises (`np.set_printoptions(precision=2)`), rounded to whole units, or
compared with `np.allclose`; eigenvectors and singular vectors of eigenvalues 10^-3 apart; and gradients through the well-conditioned ones, as autograd 1.9 gives them.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session64_fixtures.py"

WELL_CONDITIONED = [
    "M = np.array([[4.0 if i == j else 1.0 / (1 + abs(i - j)) for j in range(8)] for i in range(8)])",
    "print(np.linalg.inv(M))",
    "print(np.linalg.solve(M, np.arange(8.0)))",
    "print(np.linalg.solve(M, np.eye(8)[:, :3]))",
    "print(np.linalg.det(np.stack([M, M / 2])))",
    "sign, logdet = np.linalg.slogdet(np.stack([M, M / 3]))",
    "print(sign, logdet)",
    "print(np.round(np.linalg.inv(M), 4))",
    "print(f'{np.linalg.solve(M, np.ones(8))[0]:.6f}')",
    "x = np.linspace(0, 10, 30)",
    "y = 2 * x ** 2 - 3 * x + 1 + np.sin(x)",
    "print(np.polyfit(x, y, 1))",
    "c = np.polyfit(x, y, 2)",
    "print(c)",
    "print(np.round(c, 3))",
    "print(np.polyval(c, x[:5]))",
    "print(f'{c[0]:.4f} {c[1]:.4f}')",
    "T = np.column_stack([np.ones(12), np.arange(12.0), np.cos(np.arange(12.0))])",
    "b = np.sin(np.arange(12.0))",
    "print(np.linalg.lstsq(T, b, rcond=None)[0])",
    "print(np.linalg.pinv(T)[:, :4])",
    "H = 1.0 / (np.arange(1, 9)[:, None] + np.arange(8))",
    "np.allclose(H @ np.linalg.solve(H, np.ones(8)), np.ones(8))",
    "u = np.linspace(0, 1, 10)",
    "w = np.array([-1.53, -0.367, -0.758, -0.482, 1.491, -0.28, 0.586, 1.586, 0.193, 0.73])",
    "np.set_printoptions(precision=2)",
    "print(np.polyfit(u, w, 8))",
    "np.set_printoptions(precision=8)",
    "t = np.linspace(0, 1, 50)",
    "A = np.vander(t, 8)",
    "print(np.round(np.linalg.solve(A.T @ A, A.T @ np.cos(4 * t))))",
    # Eigenvectors and singular vectors of eigenvalues 10^-3 apart: they move by about u·‖A‖/gap, far below the
    # digits shown (10^-9 apart is refused).
    "Q, _ = np.linalg.qr(np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 10]]))",
    "A3 = Q @ np.diag([1.0, 1.001, 2.0]) @ Q.T",
    "A3 = (A3 + A3.T) / 2",
    "print(np.linalg.eigh(A3)[1])",
    "print(np.linalg.svd(A3)[2])",
    # Gradients through well-conditioned matrices beyond 5×5, as autograd gives them.
    "import autograd.numpy as anp",
    "from autograd import grad",
    "print(grad(lambda b: anp.linalg.solve(M, b).sum())(np.ones(8)))",
    "print(grad(lambda m: anp.linalg.solve(m, np.ones(8)).sum())(M)[:2])",
    "print(grad(lambda m: anp.linalg.inv(m).sum())(M)[0])",
    "print(grad(lambda m: anp.linalg.det(m))(M)[0])",
]

FIXTURES = {
    "531-well-conditioned-linalg-beside-the-refusals": (
        "inv, solve, det, slogdet, lstsq, pinv and polyfit of well-conditioned matrices, and ill-conditioned results "
        "shown with the fewer digits their refusal advises.",
        WELL_CONDITIONED,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
