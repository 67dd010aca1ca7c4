#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for `np.linalg.norm`'s matrix orders 2, -2 and 'nuc', which
snippets refused. NumPy moves the two axes last and reduces the singular values (`svd(y, compute_uv=False)`) over the
last axis: their largest, their smallest, their sum. Engineering Computations' PageRank loop stops on
`norm(v - v_old, 2) < eps` with v a column, a matrix to norm. Whole NumPy scalars computed from the singular values
stay refused (their last digits are LAPACK's), so the fixture shows them in arrays, rounded or compared.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34a_norm_fixtures.py` (Python 3.11, numpy 2.4.6). Rerunning
gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "219-session34-norm-singular-value-orders.txt"

STATEMENTS = [
    "A = np.array([[1.0, 2.0], [3.0, 4.0]])",
    "np.round(np.linalg.norm(A, 2), 8), np.round(np.linalg.norm(A, -2), 8), np.round(np.linalg.norm(A, 'nuc'), 8)",
    "np.linalg.norm(A, 2) > 5.46, np.linalg.norm(A, 2) < 5.47, np.linalg.norm(A, ord=-2) < 0.37",
    "np.linalg.norm(A, 2) <= np.linalg.norm(A, 'fro') <= np.linalg.norm(A, 'nuc')",
    "B = np.arange(24).reshape(2, 3, 4)",
    "np.linalg.norm(B, 2, axis=(1, 2))",
    "np.linalg.norm(B, 2, axis=(2, 1))",
    "np.linalg.norm(B, 'nuc', axis=(0, 2))",
    "np.linalg.norm(B, 'nuc', axis=(-1, -3))",
    "np.linalg.norm(B, 2, axis=(1, 2), keepdims=True)",
    "np.linalg.norm(B, 2, axis=(0, 1)).shape, np.linalg.norm(B, -2, axis=(0, 1), keepdims=True).shape",
    "np.linalg.norm(B + np.eye(3, 4), -2, axis=(1, 2))",
    "C = np.array([[[2.0, 0.0], [0.0, 3.0]], [[1.0, 1.0], [-1.0, 1.0]], [[0.5, 2.0], [0.0, 4.0]]])",
    "np.linalg.norm(C, 2, axis=(1, 2)), np.linalg.norm(C, -2, axis=(1, 2)), np.linalg.norm(C, 'nuc', axis=(1, 2))",
    "np.linalg.norm(np.array([[3, 0], [0, 4]]), 2) == 4",
    "np.linalg.norm([[True, False], [False, True]], 'nuc') > 1.99",
    # Engineering Computations' PageRank: power iteration until the 2-norm of the change is small.
    "Amod = np.array([[0.0, 1/2, 1/3, 0.0], [0.0, 0.0, 1/3, 1/2], [1.0, 0.0, 0.0, 1/2], [0.0, 1/2, 1/3, 0.0]])",
    "def pagerank(Amod, d=0.15, eps=1e-3):\n    n = Amod.shape[1]\n    v = np.ones((n, 1)) / n\n"
    "    G = (1-d)*Amod + d*1/n*np.ones((n,n))\n    steps = 0\n    while True:\n        v_old = v\n"
    "        v = G @ v\n        steps += 1\n        if np.linalg.norm(v - v_old, 2) < eps:\n            break\n"
    "    return v, steps",
    "pagerank(Amod)",
    "pagerank(Amod, eps=1e-9)",
    # Errors, as NumPy words them.
    "np.linalg.norm(A, 2, axis=(0, 0))",
    "np.linalg.norm(A, 3)",
    "np.linalg.norm(B, 'nuc')",
    "np.linalg.norm(np.arange(4.0), 'nuc')",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session34a_norm_fixtures.py",
        "np.linalg.norm's matrix orders 2, -2 and 'nuc' (singular values) over stacks, axes and keepdims",
        STATEMENTS,
    )
