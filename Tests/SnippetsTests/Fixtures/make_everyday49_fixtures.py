#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the paths session 49 made cheaper (helper everyday49).

Run: `python3 Tests/SnippetsTests/Fixtures/make_everyday49_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/505-everyday49-*` fixture; rerunning gives identical bytes.

505: list displays of constants handed to a call site (`np.array([1.0, -2, 3])`, made once per call site) and to
the general path when the rule declines; `np.dot` of a matrix and a vector either way round, of two vectors, of views
(reversed, strided, transposed) and of shapes that do not align; `astype(np.float32)` of views; `np.concatenate` and
`np.stack` of int64, bool and float64 arrays along each axis and with empty parts; `np.arange` of ints and floats with
negative and fractional steps; a seeded Generator's scalar parameter checks (`rng.normal(0, -1)`, triangular's and
negative_binomial's joint checks); the memory layout of element-wise results of views (`np.sqrt(a.T).strides`).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_everyday49_fixtures.py"

STATEMENTS = [
    "a = np.linspace(0.0, 1.0, 12).reshape(3, 4); v = np.ones(4); w = np.arange(3.0) - 1; i = np.arange(12).reshape(3, 4)",
    "np.array([1.0, 2.0, 3.0])", "np.array([1, -2, 3])", "np.array([1, -2.5, True])", "np.array([-0.0, 2])",
    "np.array([1, 'a'])", "np.array([])", "np.array([2**62, -2**62])",
    "for k in range(3):\n    x = np.array([1.5, -k])\n", "x",
    "xs = [np.array([1, 2]) for k in range(2)]; xs[0][0] = 9; xs[1]",
    "np.array([1.0, 2.0]).sum()", "np.where(a > 0.5, a, [1.0, 2.0, 3.0, 4.0])", "np.clip([1.5, -3.0, 0.2], 0, 1)",
    "np.concatenate([[1, 2], [3]])", "np.zeros((2, 3)).shape", "np.ones((1, 2, 1))",
    "np.dot(a, v)", "np.dot(w, a)", "np.dot(v, v)", "np.dot(a.T, w)", "np.dot(w, a[:, ::2])", "np.dot(a[::-1], v)",
    "np.dot(a[:, ::-1], v)", "np.dot(v[::-1], v)", "np.dot(a, v[::2])", "np.dot(i, v)", "np.dot(i[0], i.T)",
    "np.dot(a, w)", "np.dot(w, v)", "np.dot(a, np.ones((4, 1)))", "np.dot(np.ones((1, 3)), a)", "a @ v", "w @ a",
    "np.dot(a, v).shape", "np.dot(np.ones(0), np.ones(0))", "np.dot(np.ones((3, 0)), np.ones(0))",
    "a.astype(np.float32)", "a.T.astype(np.float32)", "a[:, ::2].astype(np.float32)", "a[::-1].astype(np.float32)",
    "a.astype(np.float32).dtype", "(a * 1e-40).astype(np.float32)", "np.array([1e300, -1e300]).astype(np.float32)",
    "a.T.astype(np.float32).strides", "a.astype(np.float32).sum()",
    "np.concatenate([a, a])", "np.concatenate([a, a], axis=1)", "np.concatenate([i, i], 1)",
    "np.concatenate([i > 5, i < 2])", "np.concatenate([a, np.zeros((0, 4))])", "np.concatenate([np.zeros((3, 0)), a], 1)",
    "np.concatenate([a.T, a.T])", "np.concatenate([a[:, ::2], a[:, 1::2]], axis=1)", "np.stack([i, i], axis=1)",
    "np.stack([i > 5, i > 6], 2).shape", "np.concatenate([np.arange(3), np.arange(2)])",
    "np.concatenate([np.ones((2, 2, 2)), np.zeros((2, 1, 2))], axis=1)",
    "np.arange(10)", "np.arange(10, 0, -3)", "np.arange(-5, 5, 2)", "np.arange(0)", "np.arange(-3)",
    "np.arange(0.5, 3.0, 0.5)", "np.arange(1.0, -1.0, -0.25)", "np.arange(2**62, 2**62 + 3)", "np.arange(3, 1)",
    "np.arange(5).dtype", "np.arange(0, 1, 0.1)",
    "rng = np.random.default_rng(3); rng.normal(size=3)", "rng = np.random.default_rng(3); rng.normal(0, -1)",
    "rng = np.random.default_rng(3); rng.normal(0, -1, size=2)", "rng = np.random.default_rng(3); rng.normal(0, 0, 2)",
    "rng = np.random.default_rng(3); rng.normal(0, np.nan, 2)", "rng = np.random.default_rng(3); rng.exponential(-1)",
    "rng = np.random.default_rng(3); rng.gamma(-1, 1)", "rng = np.random.default_rng(3); rng.gamma(1, -1)",
    "rng = np.random.default_rng(3); rng.beta(0, 1)", "rng = np.random.default_rng(3); rng.wald(1, 0)",
    "rng = np.random.default_rng(3); rng.triangular(1, 0, 2)", "rng = np.random.default_rng(3); rng.triangular(0, 2, 1)",
    "rng = np.random.default_rng(3); rng.triangular(1, 1, 1)", "rng = np.random.default_rng(3); rng.triangular(0, 1, 2, 3)",
    "rng = np.random.default_rng(3); rng.negative_binomial(1e30, 1e-30)",
    "rng = np.random.default_rng(3); rng.negative_binomial(3, 0.5, 4)", "rng = np.random.default_rng(3); rng.poisson(-1)",
    "rng = np.random.default_rng(3); rng.geometric(0)", "rng = np.random.default_rng(3); rng.vonmises(0, -1)",
    "rng = np.random.default_rng(3); rng.normal(size=2)",
    "np.sqrt(a.T).strides", "np.sqrt(a[::-1]).strides", "np.sqrt(a[:, ::2]).strides", "np.abs(a.T).strides",
    "np.sqrt(a.reshape(4, 3)).strides", "np.sqrt(a[None]).strides", "np.sqrt(a[:, None]).strides",
    "np.sqrt(np.broadcast_to(v, (3, 4))).strides", "np.sqrt(np.broadcast_to(w[:, None], (3, 4))).strides",
    "np.exp(a.T[:, :1]).strides", "np.sqrt(a.T[::-1]).strides", "np.sqrt(a[:, 1:2]).strides",
    "np.sqrt(a.T).sum(axis=0)", "np.abs(a[::-1] - 0.5)",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "505-everyday49-constant-lists-products-joins-ranges-and-view-layouts.txt", SCRIPT,
        "constant list displays, np.dot of matrices and vectors, astype, joins, ranges, a Generator's scalar "
        "checks and the layout of element-wise results of views", STATEMENTS)


if __name__ == "__main__":
    main()
