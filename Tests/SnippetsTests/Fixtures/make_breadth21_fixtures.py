#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for NumPy functions the reach probe found refused in NumPy's own
docstring examples that are short compositions of what snippets have (issue 10; `Benchmarks/reach_probe.py
--corpus numpy-docstrings`): `np.tril_indices_from`, `np.triu_indices_from`, `np.diag_indices_from`,
`np.cumulative_sum`, `np.cumulative_prod`, `np.unstack`, `np.astype`, `np.choose`, `np.mask_indices`, `np.s_`,
`np.index_exp`, `np.linalg.outer` and `np.size(a, axis)`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_breadth21_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/95-breadth21-index-helpers-cumulative-unstack.txt`; rerunning gives identical bytes.

NumPy's examples, then the errors of each (a wrong dimension, a missing argument, an axis out of bounds), views
(`np.unstack`'s items write into the array), dtypes and `include_initial`. What stays refused, by name (a k, n or m
that is not an integer in the triangle helpers, `out=`, an axis that is not an int), is in
`Tests/SnippetsTests/Breadth21RefusalTests.swift`.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

BREADTH = [
    # np.tril_indices_from, np.triu_indices_from, np.diag_indices_from (and what they index).
    "a = np.arange(16).reshape(4, 4)",
    "a",
    "trili = np.tril_indices_from(a)",
    "trili",
    "a[trili]",
    "np.tril_indices_from(a, k=1)",
    "np.tril_indices_from(a, -1)",
    "a = np.arange(12).reshape(3, 4)",
    "np.tril_indices_from(a)",
    "np.triu_indices_from(a)",
    "np.triu_indices_from(a, 2)",
    "np.triu_indices_from(a, k=-1)",
    "np.tril_indices_from(np.ones((2, 3)), np.int64(-1))",
    "np.triu_indices_from(np.ones((4, 2)), True)",
    "np.tril_indices_from(np.zeros((0, 3)))",
    "np.tril_indices_from(np.arange(3))",
    "np.triu_indices_from(np.ones((2, 2, 2)))",
    "np.tril_indices_from([[1, 2], [3, 4]])",
    "np.tril_indices_from()",
    "np.triu_indices_from(a, 1, 2)",
    "np.diag_indices_from(np.ones((3, 3)))",
    "np.diag_indices_from(np.ones((2, 2, 2)))",
    "np.diag_indices_from(np.ones((2, 3)))",
    "np.diag_indices_from(np.ones((2, 2, 3)))",
    "np.diag_indices_from(np.ones(3))",
    "np.diag_indices_from([[1, 2], [3, 4]])",
    "x = np.zeros((3, 3))",
    "x[np.diag_indices_from(x)] = 5",
    "x[np.triu_indices_from(x, 1)] = -1",
    "x[np.tril_indices_from(x, -1)] = 0.5",
    "x",
    "np.mask_indices(3, np.triu)",
    "np.mask_indices(3, np.triu, 1)",
    "np.mask_indices(3, np.tril, -1)",
    "np.mask_indices(0, np.triu)",
    "np.mask_indices(3, lambda m, k: m * 0)",
    "np.mask_indices(2.5, np.triu)",
    "np.mask_indices(-1, np.triu)",
    "np.mask_indices(3, 5)",
    "np.arange(9).reshape(3, 3)[np.mask_indices(3, np.triu)]",
    # np.cumulative_sum and np.cumulative_prod.
    "x = np.array([1, 2, 3, 4, 5, 6])",
    "np.cumulative_sum(x)",
    "np.cumulative_sum(x, include_initial=True)",
    "np.cumulative_sum(x, dtype=float)",
    "b = np.array([[1, 2, 3], [4, 5, 6]])",
    "np.cumulative_sum(b, axis=0)",
    "np.cumulative_sum(b, axis=1, include_initial=True)",
    "np.cumulative_sum(b, axis=-1)",
    "np.cumulative_sum(b, axis=np.int64(0), include_initial=True)",
    "np.cumulative_sum(b)",
    "np.cumulative_sum(b, axis=2)",
    "np.cumulative_sum(b, 0)",
    "np.cumulative_sum(np.array(5))",
    "np.cumulative_sum([1.5, 2.5])",
    "np.cumulative_sum(np.array([0.1] * 10))",
    "np.cumulative_sum(np.arange(4.) / 3, include_initial=True)",
    "np.cumulative_sum(np.array([], dtype=int), include_initial=True)",
    "np.cumulative_sum(np.array([True, True]))",
    "np.cumulative_sum(np.array([1, 2], dtype=np.int8))",
    "np.cumulative_sum(np.arange(3), dtype=np.int8, include_initial=True)",
    "np.cumulative_prod(x)",
    "np.cumulative_prod(x, include_initial=True)",
    "np.cumulative_prod(b, axis=1)",
    "np.cumulative_prod(b)",
    "np.cumulative_prod(np.array([1.5, 2.5]), dtype=np.float32)",
    "np.cumulative_prod(np.array([[0.5, 2.0], [3.0, 0.25]]), axis=0, include_initial=True)",
    "np.cumulative_prod(np.array([1 + 2j, 3 - 1j]))",
    # np.unstack: views of the array, one per index along the axis.
    "x = np.arange(24).reshape((2, 3, 4))",
    "np.unstack(x)",
    "np.unstack(x, axis=1)",
    "np.array_equal(np.stack(np.unstack(x, axis=1), axis=1), x)",
    "np.unstack(x, axis=-1)[0].shape",
    "b = np.array([[1, 2, 3], [4, 5, 6]])",
    "np.unstack(b, axis=1)",
    "np.unstack(np.arange(3))",
    "np.unstack(np.array(3))",
    "np.unstack(b, axis=2)",
    "np.unstack(b, 1)",
    "np.unstack([[1, 2], [3, 4]])",
    "u = np.unstack(b)",
    "u[0][0] = 99",
    "b",
    "np.unstack(np.zeros((0, 2)))",
    # np.astype.
    "np.astype(b, float)",
    "np.astype(b, np.int8, copy=False) is b",
    "np.astype(b, np.int64, copy=False) is b",
    "np.astype(b, np.int64) is b",
    "np.astype(b, 'f4')",
    "np.astype(np.float64(1.5), int)",
    "np.astype(np.float64(1.5), np.float32, copy=False)",
    "np.astype(np.arange(3), float, device='cpu')",
    "np.astype([1, 2], float)",
    "np.astype((1, 2), float)",
    "np.astype(None, float)",
    "np.astype(np.arange(3), float, True)",
    "np.astype(np.arange(3))",
    # np.linalg.outer, of vectors only.
    "np.linalg.outer(np.arange(3), np.arange(2.))",
    "np.linalg.outer([1, 2], [3, 4])",
    "np.linalg.outer(np.ones((2, 2)), np.arange(2))",
    "np.linalg.outer(3, [1])",
    "np.linalg.outer(np.arange(3))",
    "np.linalg.outer(np.arange(3), np.arange(3), np.arange(3))",
    # np.size with an axis.
    "np.size(b, 0)",
    "np.size(b, axis=1)",
    "np.size(b, -1)",
    "np.size(b, axis=(0, 1))",
    "np.size(b, [1, 0])",
    "np.size(b, None)",
    "np.size(b, np.int64(1))",
    "np.size(b, True)",
    "np.size([[1, 2, 3]], 1)",
    "np.size(5, ())",
    "np.size(b, 2)",
    "np.size(b, -3)",
    "np.size(b, (0, 0))",
    "np.size(b, (0, -2))",
    "np.size(b, 1.5)",
    "np.size(b, (0, 1.5))",
    "np.size(b, 0, 1)",
    "np.moveaxis(b, 1.0, 0)",
    "np.moveaxis(b, 0, 1.0)",
    # np.choose: NumPy's examples, the modes, broadcasting, dtypes and errors.
    "choices = [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]]",
    "np.choose([2, 3, 1, 0], choices)",
    "np.choose([2, 4, 1, 0], choices, mode='clip')",
    "np.choose([2, 4, 1, 0], choices, mode='wrap')",
    "np.choose([2, 4, 1, 0], choices)",
    "a = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]",
    "np.choose(a, [-10, 10])",
    "a = np.array([0, 1]).reshape((2, 1, 1))",
    "c1 = np.array([1, 2, 3]).reshape((1, 3, 1))",
    "c2 = np.array([-1, -2, -3, -4, -5]).reshape((1, 1, 5))",
    "np.choose(a, (c1, c2))",
    "np.choose([0, 1], [])",
    "np.choose([0.5, 1], [[1, 2], [3, 4]])",
    "np.choose([0, 1, 1], [[1, 2], [3, 4]])",
    "np.choose([0, -1], [[1, 2], [3, 4]], mode='wrap')",
    "np.choose([0, -1], [[1, 2], [3, 4]], mode='clip')",
    "np.choose([0, -1], [[1, 2], [3, 4]])",
    "np.choose(1, [5, 7.5])",
    "np.choose(0, [5, 7.5])",
    "np.choose([0, 1], [[1, 2], [3, 4]], mode=None)",
    "np.choose([True, False], [[1, 2], [3, 4]])",
    "np.choose(np.uint8([0, 1]), [[1, 2], [3, 4]])",
    "np.choose([0, 1], 5)",
    "np.choose([[0, 1]], np.arange(4).reshape(2, 2))",
    "np.choose([0, 1], [np.arange(2.), np.arange(2)])",
    "np.choose([0, 1], (np.float32([1.5, 2.5]), np.float32([3, 4])))",
    "np.choose(np.array([[0, 1], [1, 0]]), [np.zeros((2, 2)), np.ones(2)])",
    "np.choose([0, 2, 1], ([1.5, 2, 3], [4, 5, 6], [7, 8, 9]))",
    # Through autograd: NumPy's functions it wraps without a VJP raise its error for a traced argument.
    "import autograd.numpy as anp",
    "from autograd import grad",
    "grad(lambda x: anp.sum(anp.cumulative_sum(x)))(anp.array([1., 2.]))",
    "grad(lambda x: anp.sum(anp.cumulative_prod(x, include_initial=True)))(anp.array([1., 2.]))",
    "grad(lambda x: anp.sum(anp.unstack(anp.reshape(x, (1, 2)))[0]))(anp.array([1., 2.]))",
    "grad(lambda x: anp.sum(anp.linalg.outer(x, x)))(anp.array([1., 2.]))",
    "grad(lambda x: anp.sum(anp.linalg.outer(anp.ones(2), x)))(anp.array([1., 2.]))",
    "grad(lambda x: anp.sum(anp.astype(x, float) * x))(anp.array([1., 2.]))",
    "grad(lambda x: anp.sum(anp.choose(x, [[1., 2.], [3., 4.]])))(anp.array([0., 1.]))",
    "grad(lambda x: anp.sum(x[anp.tril_indices_from(anp.ones((2, 2)))]))(anp.ones((2, 2)))",
    # np.s_ and np.index_exp.
    "np.s_[2::2]",
    "np.index_exp[2::2]",
    "np.array([0, 1, 2, 3, 4])[np.s_[2::2]]",
    "np.s_[1, ::-1, ...]",
    "np.index_exp[1, 2]",
    "np.s_[:, None]",
    "np.arange(12).reshape(3, 4)[np.s_[::2, 1:]]",
    "np.delete(np.arange(12).reshape(3, 4), np.s_[::2], 1)",
    "type(np.s_), type(np.s_).__name__",
    "np.s_(1)",
    "len(np.s_)",
]

FIXTURES = {
    "95-breadth21-index-helpers-cumulative-unstack": (
        "np.tril_indices_from, np.triu_indices_from, np.diag_indices_from, np.cumulative_sum, np.cumulative_prod, "
        "np.unstack, np.astype, np.choose, np.mask_indices, np.s_, np.index_exp, np.linalg.outer and "
        "np.size(a, axis): NumPy's examples, views, dtypes and errors.",
        BREADTH,
    ),
}


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", "make_breadth21_fixtures.py", description, statements)


if __name__ == "__main__":
    main()
