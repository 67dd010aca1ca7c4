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


def statistics_exact_theme():
    """Quantiles, histograms, interp, correlate and convolve of seeded random data at full repr precision."""
    rng = np.random.default_rng(23)
    statements = [FULL]
    for size in [1, 2, 5, 10, 37]:
        data = np.round(rng.standard_normal(size) * 10, 3)
        a = f"np.array({literal(data)})"
        statements += [
            f"full(np.percentile({a}, [0, 10, 25, 33.3, 50, 75, 90, 99.9, 100]))",
            f"full(np.quantile({a}, [0.05, 0.5, 0.95], method='midpoint'))",
            f"full(np.quantile({a}, 0.3, method='nearest'))", f"full(np.quantile({a}, 0.71, method='lower'))",
            f"full(np.quantile({a}, 0.71, method='higher'))",
            f"[full(part) for part in np.histogram({a})]", f"[full(part) for part in np.histogram({a}, bins=7, density=True)]",
            f"[full(part) for part in np.histogram({a}, bins=4, range=(-5, 5))]",
        ]
        xp = np.sort(np.round(rng.uniform(-3, 3, size + 1), 3))
        fp = np.round(rng.standard_normal(size + 1), 3)
        x = np.round(rng.uniform(-4, 4, 9), 3)
        statements.append(f"full(np.interp(np.array({literal(x)}), np.array({literal(xp)}), np.array({literal(fp)})))")
        for kernel in [1, 2, 3, 5, 12, 15]:
            v = np.round(rng.standard_normal(kernel), 3)
            for mode in ["full", "same", "valid"]:
                statements.append(f"full(np.correlate({a}, np.array({literal(v)}), {mode!r}))")
                statements.append(f"full(np.convolve({a}, np.array({literal(v)}), {mode!r}))")
    matrix = np.round(rng.standard_normal((3, 6)), 3)
    statements += [f"full(np.cov(np.array({literal(matrix)})))", f"full(np.corrcoef(np.array({literal(matrix)})))",
                   f"full(np.cov(np.array({literal(matrix)}), rowvar=False))",
                   f"full(np.polyval(np.array([1.5, -2.25, 0.125]), np.array({literal(matrix[0])})))"]
    return statements


THEMES["12-statistics-exact"] = statistics_exact_theme()

THEMES["12-statistics"] = [
    "a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])", "m = np.arange(12).reshape(3, 4)",
    "np.percentile(a, 50)", "np.percentile(a, [25, 75])", "np.quantile(a, 0.5)", "np.percentile(m, 50)",
    "np.percentile(m, 50, axis=0)", "np.percentile(m, 30, axis=1)", "np.percentile(m, [10, 90], axis=1)",
    "np.percentile(m, 50, axis=1, keepdims=True)", "np.percentile(m, 50, method='lower')",
    "np.percentile(m, 50, method='higher')", "np.percentile(m, 40, method='nearest')",
    "np.percentile(m, 40, method='midpoint')", "np.percentile(a, 101)", "np.quantile(a, -0.1)",
    "np.percentile(np.array([1.0, np.nan, 3.0]), 50)",
    "np.nanpercentile(np.array([1.0, np.nan, 3.0]), 50)", "np.nanquantile(np.array([[1.0, np.nan], [3.0, 4.0]]), 0.5, axis=1)",
    "np.percentile(np.array([True, False, True]), 50)", "np.median(a)",
    "np.histogram(a)", "np.histogram(a, bins=3)", "np.histogram(a, bins=[0, 2, 4, 10])",
    "np.histogram(a, bins=[0, 2, 4, 10], weights=a)", "np.histogram(a, bins=4, range=(0, 8))",
    "np.histogram(a, bins=4, density=True)", "np.histogram(m, bins=3)", "np.histogram(np.array([5.0, 5.0]), bins=2)",
    "np.histogram(np.array([]), bins=3)", "np.histogram(a, bins=[3, 1])", "np.histogram(a, bins=0)",
    "np.histogram(a, range=(5, 1))", "np.histogram(np.array([1.0, np.nan]))", "np.histogram(a, bins=2, weights=np.ones(8))",
    "np.histogram(np.arange(10), bins=3)", "counts, edges = np.histogram(a, bins=4)", "counts.sum()", "edges",
    "s = np.array([1, 3, 5, 7])", "np.searchsorted(s, 5)", "np.searchsorted(s, 5, side='right')",
    "np.searchsorted(s, [0, 4, 8])", "np.searchsorted(s, np.array([[2, 6], [7, 1]]))", "np.searchsorted(s, 3.5)",
    "np.searchsorted(np.array([3, 1, 2]), 2, sorter=[1, 2, 0])", "np.searchsorted(s, 5, side='middle')",
    "np.searchsorted(np.array([1.0, np.nan]), np.nan)", "np.searchsorted(s, np.array([np.inf, -np.inf]))",
    "np.digitize(np.array([0.2, 6.4, 3.0, 1.6]), np.array([0.0, 1.0, 2.5, 4.0, 10.0]))",
    "np.digitize(np.array([1.0, 2.5]), np.array([0.0, 1.0, 2.5, 4.0]), right=True)",
    "np.digitize(np.array([1.0, 2.5]), np.array([4.0, 2.5, 1.0, 0.0]))", "np.digitize(3, [1, 5, 2])",
    "np.digitize(np.array([1, 7]), np.array([0, 5]))",
    "xp = np.array([1.0, 2.0, 3.0])", "fp = np.array([3.0, 2.0, 0.0])", "np.interp(2.5, xp, fp)",
    "np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp)", "np.interp(3.14, xp, fp, right=-99.0)", "np.interp(0, xp, fp, left=np.nan)",
    "np.interp(np.array([-180, -170, -185, 185, -10, -5, 0, 365]), np.array([190, -190, 350, -350]), np.array([5, 10, 3, 4]), period=360)",
    "np.interp(1.5, [1, 2], [1])", "np.interp(1.5, [], [])", "np.interp(np.nan, xp, fp)", "np.interp(1.5, xp, fp, period=0)",
    "np.interp(np.arange(4), [0, 1, 1, 3], [0.0, 1.0, 5.0, 7.0])",
    "np.polyval([3, 0, 1], 5)", "np.polyval([3, 0, 1], np.array([1.5, 2.0]))", "np.polyval([1.0, -2.0], np.arange(3))",
    "np.polyval(np.array([2]), 10)",
    "x = np.array([[0, 2], [1, 1], [2, 0]]).T", "np.cov(x)", "np.cov(x, bias=True)", "np.cov(x, ddof=0)",
    "np.cov(np.array([-2.1, -1, 4.3]))", "np.cov([-2.1, -1, 4.3], [3, 1.1, 0.12])", "np.cov(x.T, rowvar=False)",
    "np.corrcoef(x)", "np.corrcoef(np.array([1.0, 2.0, 4.0]), np.array([2.0, 1.0, 7.0]))", "np.corrcoef(np.array([1.0, 2.0, 4.0]))",
    "np.convolve([1, 2, 3], [0, 1, 0.5])", "np.convolve([1, 2, 3], [0, 1, 0.5], 'same')", "np.convolve([1, 2, 3], [0, 1, 0.5], 'valid')",
    "np.convolve([1, 2, 3], [1, 1])", "np.convolve([1, 2], [1, 2, 3, 4])", "np.correlate([1, 2, 3], [0, 1, 0.5])",
    "np.correlate([1, 2, 3], [0, 1, 0.5], 'full')", "np.correlate([1, 2], [1, 2, 3, 4], 'full')",
    "np.convolve([1, 2, 3], [1, 1], mode='bogus')", "np.convolve([], [1])",
]



THEMES["13-ufunc-methods"] = [
    "a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])", "i = np.arange(6).reshape(2, 3)",
    "np.add.reduce(a)", "np.add.reduce(a, axis=1)", "np.add.reduce(a, axis=None)", "np.add.reduce(a, axis=1, keepdims=True)",
    "np.multiply.reduce(a)", "np.maximum.reduce(a, axis=1)", "np.minimum.reduce(a, axis=None)", "np.subtract.reduce(a)",
    "np.subtract.reduce(a, axis=1)", "np.divide.reduce(a, axis=1)", "np.subtract.reduce(i, axis=None)",
    "np.logical_and.reduce(a > 1)", "np.logical_or.reduce(a > 5, axis=1)", "np.add.reduce(i)", "np.maximum.reduce(np.array([]))",
    "np.add.reduce(np.float64(3.0))", "np.add.reduce(a, axis=2)", "np.add.reduce([1, 2, 3])",
    "np.add.accumulate(a)", "np.add.accumulate(a, axis=1)", "np.add.accumulate(np.array([1.5, 2.5, -1.0]))",
    "np.multiply.accumulate(np.array([1.5, 2.0, -3.0, 0.5]))", "np.maximum.accumulate(np.array([1, 5, 2, 7, 3]))",
    "np.minimum.accumulate(a, axis=1)", "np.subtract.accumulate(i, axis=1)", "np.add.accumulate(i)",
    "np.multiply.outer(np.arange(1, 4), np.arange(1, 3))", "np.add.outer(np.array([0.5, 1.5]), a)",
    "np.subtract.outer([1, 2], [3, 4, 5])", "np.maximum.outer(np.array([1.0, 4.0]), np.array([2.0, 3.0]))",
    "x = np.zeros(5)", "np.add.at(x, [0, 1, 1, 4], 1)", "x", "np.add.at(x, [2, 2], [0.5, 0.25])", "x",
    "np.subtract.at(x, [1], 3.0)", "x", "np.multiply.at(x, [0, 0], 3.0)", "x", "np.maximum.at(x, [3, 4], [2.0, -1.0])", "x",
    "np.minimum.at(x, np.array([0]), -7.5)", "x", "y = x", "np.add.at(x, 0, 100.0)", "y",
    "c = np.zeros((2, 3), dtype=int)", "np.add.at(c, (np.array([0, 0, 1]), np.array([1, 1, 2])), 1)", "c",
    "np.add.at(c, [1], [[1, 2, 3]])", "c", "np.add.at(c, [0], 1.5)", "c", "np.add.at(c, [5], 1)", "np.add.at(c, [0], [1, 2])",
    "counts = np.zeros(4)", "np.add.at(counts, np.array([3, 1, 3, 3]), np.array([0.1, 0.2, 0.3, 0.4]))", "counts",
    "np.add.at(np.zeros(3), [0], [1])",
    "list(np.ndindex(2, 3))", "list(np.ndindex((2, 1, 2)))", "list(np.ndindex())", "list(np.ndindex(0, 3))",
    "for index in np.ndindex(2, 2):\n    print(index)", "list(np.ndenumerate(np.array([[1.5, 2.0], [3.0, -1.0]])))",
    "for index, value in np.ndenumerate(np.arange(3)):\n    print(index, value)", "list(np.ndenumerate(np.float64(2.0)))",
    "list(np.ndindex(-1))",
    "m = np.zeros((3, 2))", "np.add.at(m, [0, 2, 0], np.array([[1.0, 2.0]]))", "m",
]

THEMES["14-tolist"] = [
    "np.arange(6).reshape(2, 3).tolist()", "np.array([[0.1, 2.5]], dtype=np.float32).tolist()",
    "np.array(3.5).tolist()", "np.array([True, False]).tolist()", "np.zeros((2, 0)).tolist()",
    "np.zeros((0, 2)).tolist()", "np.array([1+2j, 3j]).tolist()",
    "(np.array([1, 2], dtype=np.uint64) * np.uint64(2**62)).tolist()", "np.arange(24).reshape(2, 3, 4).tolist()",
    "np.linspace(0, 1, 4).tolist()", "type(np.arange(3).tolist()[0])", "np.arange(3).tolist(1)",
]


def main():
    write_themes(THEMES, HERE / "numpy", "make_numpy4_fixtures.py")


if __name__ == "__main__":
    main()
