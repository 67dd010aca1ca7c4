#!/usr/bin/env python3
"""Writes the transcripts of issue 10's fourth round (linear algebra, einsum, statistics, ufunc methods) from real
Python and NumPy 2.4.6 (and HIPS autograd 1.9 for the gradient themes), into `numpy/` beside the first round's.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy4_fixtures.py`; rerunning gives identical bytes. The random
matrices come from NumPy's own seeded generator and are written into the statements as literals, so a transcript
holds everything docbuild needs to replay it.
"""

import numpy as np

from make_numpy_fixtures import HERE, write_themes

THEMES = {}

# Every element at full repr precision (the snippet language has no `tolist`).
FULL = "def full(x):\n    return [float(v) for v in np.ravel(x)]"


def literal(array):
    """A matrix as a Python literal with every float's repr, so the snippet builds exactly the same array."""
    return repr(array.tolist())


def random_matrices(seed, sizes, per_size, integer):
    """Seeded square matrices: small integers (the tutorials' kind) or floats rounded to three decimals."""
    rng = np.random.default_rng(seed)
    matrices = []
    for n in sizes:
        for _ in range(per_size):
            if integer:
                matrices.append(rng.integers(-9, 10, (n, n)).astype(float))
            else:
                matrices.append(np.round(rng.standard_normal((n, n)), 3))
    return matrices


def exact_theme(seed, integer):
    """det, slogdet, inv and solve of many small matrices, each value printed at full repr precision."""
    statements = [FULL]
    rng = np.random.default_rng(seed + 100)
    for index, matrix in enumerate(random_matrices(seed, [2, 3, 4, 5], 12, integer)):
        n = len(matrix)
        rhs = np.round(rng.standard_normal(n), 2)
        statements += [
            f"a = np.array({literal(matrix)})",
            "float(np.linalg.det(a))",
            "[float(v) for v in np.linalg.slogdet(a)]",
        ]
        if np.linalg.det(matrix) != 0:
            statements += [
                "full(np.linalg.inv(a))",
                f"full(np.linalg.solve(a, np.array({literal(rhs)})))",
                f"full(np.linalg.solve(a, np.array({literal(np.stack([rhs, rhs[::-1]], axis=1))})))",
            ]
    return statements


THEMES["10-linalg-exact-int"] = exact_theme(1, True)
THEMES["10-linalg-exact-float"] = exact_theme(2, False)


def cholesky_theme():
    statements = [FULL]
    rng = np.random.default_rng(7)
    for n in [1, 2, 3, 4, 5, 6]:
        for _ in range(6):
            x = np.round(rng.standard_normal((n, n)), 2)
            spd = x @ x.T + n * np.eye(n)
            statements += [f"a = np.array({literal(spd)})", "full(np.linalg.cholesky(a))"]
    return statements


THEMES["10-linalg-cholesky"] = cholesky_theme()

THEMES["10-linalg-printed"] = [
    "a = np.array([[1, 2], [3, 4]])", "np.linalg.det(a)", "np.linalg.inv(a)", "np.linalg.slogdet(a)",
    "np.linalg.slogdet(a).sign", "sign, logdet = np.linalg.slogdet(a)", "logdet", "np.linalg.solve(a, [5, 6])",
    "np.linalg.solve(a, np.array([[5], [6]]))", "np.linalg.solve(a, np.eye(2))", "a @ np.linalg.inv(a)",
    "np.linalg.det(np.eye(3))", "np.linalg.det(np.zeros((2, 2)))", "np.linalg.slogdet(np.zeros((2, 2)))",
    "np.linalg.det(np.array([[2.0, 0.0], [0.0, -3.0]]))", "np.linalg.det(np.arange(9.0).reshape(3, 3))",
    "np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))", "np.linalg.solve(np.zeros((2, 2)), [1, 2])",
    "np.linalg.inv(np.ones(3))", "np.linalg.inv(np.ones((2, 3)))", "np.linalg.det(np.ones((3, 2)))",
    "np.linalg.inv(5.0)", "np.linalg.solve(a, [1, 2, 3])", "np.linalg.solve(a, 1.0)",
    "np.linalg.inv(np.array([[[1.0, 2.0], [3.0, 4.0]], [[2.0, 0.0], [0.0, 2.0]]]))",
    "np.linalg.det(np.array([[[1.0, 2.0], [3.0, 4.0]], [[2.0, 0.0], [0.0, 2.0]]]))",
    "np.linalg.inv(np.array([[True, False], [False, True]]))", "np.linalg.det(np.array([[3]]))",
    "np.linalg.inv(np.array([[4.0]]))",
    "m = np.array([[4.0, 2.0], [2.0, 3.0]])", "np.linalg.cholesky(m)", "L = np.linalg.cholesky(m)", "L @ L.T",
    "np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))", "np.linalg.cholesky(np.array([[-1.0]]))",
    "np.linalg.cholesky(np.ones((2, 3)))",
    "np.linalg.matrix_power(a, 0)", "np.linalg.matrix_power(a, 1)", "np.linalg.matrix_power(a, 2)",
    "np.linalg.matrix_power(a, 3)", "np.linalg.matrix_power(a, 5)", "np.linalg.matrix_power(a, 13)",
    "np.linalg.matrix_power(a, -1)", "np.linalg.matrix_power(a, -2)", "np.linalg.matrix_power(m, 4)",
    "np.linalg.matrix_power(np.ones(3), 2)", "np.linalg.matrix_power(np.ones((2, 3)), 2)",
    "np.linalg.matrix_power(a, 2.0)",
    "np.linalg.multi_dot([a, a, a])", "np.linalg.multi_dot([np.ones(2), a, a])",
    "np.linalg.multi_dot([np.ones(2), a, np.ones(2)])", "np.linalg.multi_dot([a, m, a, m])",
    "np.linalg.multi_dot([np.ones((3, 2)), np.ones((2, 4)), np.ones((4, 1)), np.ones((1, 5))])",
    "np.linalg.multi_dot([a])", "np.linalg.multi_dot([a, np.ones(3), a])",
    "v = np.array([3.0, -4.0, 0.0, 1.5])", "np.linalg.norm(v)", "np.linalg.norm(v, 1)", "np.linalg.norm(v, 2)",
    "np.linalg.norm(v, np.inf)", "np.linalg.norm(v, -np.inf)", "np.linalg.norm(v, 0)", "np.linalg.norm(v, 3)",
    "np.linalg.norm(v, 0.5)", "np.linalg.norm(v, -1)", "np.linalg.norm(v, ord=1)", "np.linalg.norm(v, 'fro')",
    "M = np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.5]])", "np.linalg.norm(M)", "np.linalg.norm(M, 'fro')",
    "np.linalg.norm(M, 1)", "np.linalg.norm(M, -1)", "np.linalg.norm(M, np.inf)", "np.linalg.norm(M, -np.inf)",
    "np.linalg.norm(M, 3)", "np.linalg.norm(M, axis=1)", "np.linalg.norm(M, 1, axis=0)",
    "np.linalg.norm(M, np.inf, axis=1)", "np.linalg.norm(M, 1, axis=1, keepdims=True)",
    "np.linalg.norm(M, axis=(0, 1))", "np.linalg.norm(M, 1, axis=(1, 0))", "np.linalg.norm(M, 'fro', keepdims=True)",
    "np.linalg.norm(M, np.inf, keepdims=True)", "np.linalg.norm(M, axis=(0, 0))", "np.linalg.norm(M, axis=2)",
    "np.linalg.norm(np.ones((2, 2, 2)), 1)", "np.linalg.norm(np.arange(6).reshape(2, 3), 1)",
    "np.linalg.norm(np.arange(4), np.inf)", "np.linalg.norm(M, 'bad')",
    "try:\n    np.linalg.inv(np.zeros((2, 2)))\nexcept np.linalg.LinAlgError as e:\n    print('caught', e)",
    "try:\n    np.linalg.solve(np.ones((3, 3)), np.ones(3))\nexcept ValueError as e:\n    print(type(e).__name__, e)",
]

THEMES["10-linalg-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad",
    "A = np.array([[2.0, 1.0, 0.5], [1.0, 3.0, -1.0], [0.5, -1.0, 4.0]])", "b = np.array([1.0, -2.0, 0.5])",
    "grad(lambda m: np.sum(np.linalg.inv(m)))(A)", "grad(lambda m: np.linalg.det(m))(A)",
    "grad(lambda m: np.linalg.slogdet(m)[1])(A)", "grad(lambda m: np.sum(np.linalg.solve(m, b)))(A)",
    "grad(lambda v: np.sum(np.linalg.solve(A, v) ** 2))(b)",
    "grad(lambda m: np.sum(np.linalg.solve(m, np.eye(3)) * np.arange(9.0).reshape(3, 3)))(A)",
    "grad(lambda m: np.sum(np.linalg.cholesky(m)))(A)",
    "grad(lambda v: np.linalg.norm(v, 3))(b)",
    "grad(lambda m: np.linalg.norm(m, 'fro'))(A)", "grad(lambda m: np.sum(np.linalg.norm(m, axis=0)))(A)",
    "grad(lambda m: np.linalg.det(np.linalg.inv(m)))(A)",
]


def einsum_exact_theme():
    """einsum's common forms on seeded random arrays of several sizes, every element at full repr precision."""
    rng = np.random.default_rng(11)
    statements = [FULL]
    forms = [
        ("ij,jk->ik", [("n", "k"), ("k", "m")]), ("ij,jk", [("n", "k"), ("k", "m")]), ("ij,kj->ik", [("n", "k"), ("m", "k")]),
        ("ji,jk->ik", [("k", "n"), ("k", "m")]), ("ij,j->i", [("n", "k"), ("k",)]), ("i,ij->j", [("k",), ("k", "m")]),
        ("i,i", [("k",)] * 2), ("i,i->", [("k",)] * 2), ("i,j->ij", [("n",), ("m",)]), ("i,j", [("n",), ("m",)]),
        ("ii", [("k", "k")]), ("ii->i", [("k", "k")]), ("ij->i", [("n", "k")]), ("ij->j", [("n", "k")]),
        ("ij->", [("n", "k")]), ("ij", [("n", "k")]), ("ji", [("n", "k")]), ("ij->ji", [("n", "k")]),
        ("bij,bjk->bik", [("b", "n", "k"), ("b", "k", "m")]), ("...ij,...jk->...ik", [("b", "n", "k"), ("k", "m")]),
        ("ij,ij->i", [("n", "k")] * 2), ("ij,ij->", [("n", "k")] * 2), ("ij,ij->ij", [("n", "k")] * 2),
        ("i,i,i->", [("k",)] * 3), ("ij,jk,kl->il", [("n", "k"), ("k", "m"), ("m", "n")]), ("i->", [("k",)]),
        ("ijk->ik", [("b", "n", "k")]), ("ijk->", [("b", "n", "k")]), ("...i->...", [("b", "n", "k")]),
        ("ij,i->j", [("n", "k"), ("n",)]), ("ii,i->i", [("k", "k"), ("k",)]), ("i,i->i", [("k",)] * 2),
    ]
    for sizes in [dict(b=2, n=2, k=3, m=2), dict(b=2, n=3, k=9, m=4), dict(b=3, n=2, k=17, m=3), dict(b=2, n=4, k=40, m=2)]:
        for subscripts, shapes in forms:
            arrays = [np.round(rng.standard_normal(tuple(sizes[d] for d in shape)), 4) for shape in shapes]
            names = ", ".join(f"np.array({literal(a)})" for a in arrays)
            statements.append(f"full(np.einsum({subscripts!r}, {names}))")
    return statements


THEMES["11-einsum-exact"] = einsum_exact_theme()

THEMES["11-einsum"] = [
    "a = np.arange(6.0).reshape(2, 3)", "b = np.arange(12).reshape(3, 4)", "v = np.array([1.0, -2.0, 0.5])",
    "np.einsum('ij,jk->ik', a, b)", "np.einsum('ij,jk', a, b)", "np.einsum('ij->ji', a)", "np.einsum('ij', a)",
    "np.einsum('ji', a)", "np.einsum('ii', np.arange(9).reshape(3, 3))", "np.einsum('ii->i', np.arange(9).reshape(3, 3))",
    "np.einsum('i,i', v, v)", "np.einsum('i,i->', v, v)", "np.einsum('i,j->ij', v, v)", "np.einsum('ij->', b)",
    "np.einsum('ij->j', b)", "np.einsum('ij->i', a)", "np.einsum('...j,j', a, v)", "np.einsum('i...->...', a)",
    "np.einsum('...', a)", "np.einsum('ij,j->i', a, v)", "np.einsum('ij,jk->ik', b.T, b)",
    "np.einsum('ij,jk->ik', a, b, optimize=False)", "np.einsum('ij->i', a, optimize=True)",
    "np.einsum('i,i', np.array([True, False]), np.array([True, True]))",
    "np.einsum('i,i', np.arange(3), np.arange(3))", "np.einsum('i,i', np.arange(3), v)",
    "np.einsum('b i j, b j k -> b i k', np.ones((2, 2, 3)), np.ones((2, 3, 1)))",
    "np.einsum('ij,jk->ik', a, a)", "np.einsum('ij,jk->ik', a)", "np.einsum('ij->ik', a)", "np.einsum('ij->ii', a)",
    "np.einsum('i2', a)", "np.einsum('ijk', a)", "np.einsum('i', a)", "np.einsum('i,i', v, np.ones(4))",
    "np.einsum('..i.', a)", "np.einsum('i', 5.0)", "np.einsum('', 5.0)", "np.einsum('i,i', v, np.ones(1))",
    "np.einsum('ij,kj->ik', np.ones((2, 1)), np.ones((3, 4)))", "np.einsum('...i,...i', np.ones((2, 3)), np.ones((4, 1, 3))).shape",
]

THEMES["11-einsum-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad",
    "A = np.array([[1.0, -2.0, 0.5], [0.25, 3.0, -1.5]])", "B = np.array([[2.0, 1.0], [-1.0, 0.5], [0.5, 4.0]])",
    "v = np.array([0.5, -1.0, 2.0])",
    "grad(lambda a: np.sum(np.einsum('ij,jk->ik', a, B) ** 2))(A)",
    "grad(lambda b: np.sum(np.einsum('ij,jk->ik', A, b) ** 2))(B)",
    "grad(lambda x: np.einsum('i,i', x, x))(v)", "grad(lambda x: np.sum(np.einsum('i,j->ij', x, v) ** 3))(v)",
    "grad(lambda a: np.sum(np.einsum('ij->j', a) ** 2))(A)", "grad(lambda a: np.einsum('ij->', a ** 2))(A)",
    "grad(lambda a: np.sum(np.einsum('ij,j->i', a, v) ** 2))(A)",
    "grad(lambda a: np.sum(np.einsum('...j,j', a, v)))(A)",
]


def main():
    write_themes(THEMES, HERE / "numpy", "make_numpy4_fixtures.py")


if __name__ == "__main__":
    main()
