#!/usr/bin/env python3
"""Writes the transcript of `np.mean` over every axis, which docbuild records as one primitive (issue 9's loop).

Run: `python3 Tests/SnippetsTests/Fixtures/make_gradspeed8_fixtures.py` (Python 3.11, NumPy 2.4, autograd 1.9). It
rewrites `interpreter/88-gradspeed8-whole-array-means.txt`; rerunning gives identical bytes.

docbuild records the mean of every element of a float64 array of at least one axis as one operation whose value is
NumPy's sum divided by the element count and whose gradient is `g / n` spread over the operand. What the statements pin
down, printed with every bit (`.tolist()`) where a summation order or a sign could show: the value and type of full
means (a function, the method, `axis=None`, an axis tuple naming every axis, views, transposed and strided arrays, a
single element, NaNs, infinities and zeros of both signs), the means that stay a sum and a division (`keepdims`, one
axis, 0-d, int and float32 operands), their gradients under autograd's `grad`, `elementwise_grad`, `value_and_grad`,
`jacobian` and `hessian` (the recorded rule of a derivative inside a derivative), and docbuild's own `grad(y, x)`
beside autograd's value for the same function (the pair form of `write_transcript`).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "88-gradspeed8-whole-array-means.txt"

STATEMENTS = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad, elementwise_grad, value_and_grad, jacobian, hessian",
    "np.random.seed(8)",
    "A = np.random.randn(6, 5)",
    # Values and types of full means.
    "np.mean(A)",
    "A.mean()",
    "np.mean(A, axis=None)",
    "np.mean(A, axis=(0, 1))",
    "np.mean(A, axis=(1, 0))",
    "np.mean(A.T), np.mean(A[::2, 1::2]), np.mean(A[:, ::-1])",
    "type(np.mean(A)), np.mean(A).shape, np.mean(A).dtype",
    "np.mean(np.array([2.5])), np.mean(np.array([[-0.0]])), np.mean(np.array([-0.0, -0.0]))",
    "np.mean(np.array([1.0, np.nan, 2.0])), np.mean(np.array([np.inf, 1.0])), np.mean(np.array([np.inf, -np.inf]))",
    "np.mean(np.array([1e308, 1e308])), np.mean(np.arange(10.0).reshape(2, 5) / 3)",
    "np.mean(A) * 2 - 1, (np.mean(A) ** 2).tolist(), np.mean(A) / np.mean(A.T)",
    # Means that stay a sum and a division.
    "np.mean(A, keepdims=True), np.mean(A, axis=0).tolist(), np.mean(A, axis=-1, keepdims=True).tolist()",
    "np.mean(np.float64(2.5)), np.mean(np.array(3.5)), np.mean(np.arange(7)), np.mean(A.astype(np.float32))",
    # Gradients through autograd.
    "agrad(lambda x: anp.mean(x))(A).tolist()",
    "agrad(lambda x: x.mean())(A).tolist()",
    "agrad(lambda x: anp.mean(x ** 3 - x))(A).tolist()",
    "agrad(lambda x: anp.mean(x.T * 2.0) + anp.mean(x[:, ::2]))(A).tolist()",
    "agrad(lambda x: anp.mean(anp.mean(x) * x))(A).tolist()",
    "agrad(lambda x: anp.mean(x, axis=(0, 1)) * 3.0)(A).tolist()",
    "agrad(lambda x: anp.mean(x))(np.array([-0.0, np.nan, np.inf])).tolist()",
    "np.signbit(agrad(lambda x: -anp.mean(x))(np.array([1.0, -2.0]))).tolist()",
    "elementwise_grad(lambda x: anp.mean(x * x))(A[:2]).tolist()",
    "value_and_grad(lambda x: anp.mean(anp.exp(x)))(A[0])",
    "jacobian(lambda x: anp.mean(x ** 2))(A[1]).tolist()",
    "hessian(lambda x: anp.mean(x ** 3))(A[2]).tolist()",
    "agrad(agrad(lambda s: anp.mean(s * A) ** 2))(0.7)",
    "agrad(lambda x: anp.mean(x, keepdims=True).sum())(A).tolist()",
    "agrad(lambda x: anp.sum(anp.mean(x, axis=0) ** 2))(A).tolist()",
    # Means over some axes, kept or not: one primitive too, whose derivative inside a derivative is autograd's.
    "agrad(agrad(lambda s: anp.mean(s * A, axis=0).sum() ** 2))(0.7)",
    "agrad(agrad(lambda s: anp.mean(s * A, axis=1, keepdims=True).sum() ** 2))(0.7)",
    "agrad(agrad(lambda s: anp.sum(anp.mean(s * A ** 2, axis=(0,)) ** 3)))(-1.3)",
    "agrad(agrad(lambda s: anp.mean(anp.mean(s * A, axis=-1) * s)))(0.4)",
    "hessian(lambda x: anp.sum(anp.mean(x * x, axis=0) ** 2))(A[:3, :2]).tolist()",
    "agrad(lambda x: anp.mean(x.T, axis=1, keepdims=True).sum())(A).tolist()",
    "np.mean(A.T, axis=0, keepdims=True).strides, np.mean(A[:, ::2], axis=1).tolist()",
    # docbuild's own grad(y, x), beside autograd's value for the same function.
    ("grad(np.mean(A ** 2), A).tolist()", "agrad(lambda x: anp.mean(x ** 2))(A).tolist()"),
    ("grad(A.mean() * np.mean(A.T), A).tolist()", "agrad(lambda x: x.mean() * anp.mean(x.T))(A).tolist()"),
    ("grad(np.mean(A[::2] * 3.0), A).tolist()", "agrad(lambda x: anp.mean(x[::2] * 3.0))(A).tolist()"),
]


def main():
    write_numpy_fixture(
        OUTPUT, "make_gradspeed8_fixtures.py", "np.mean of a float64 array, values and gradients.",
        STATEMENTS)


if __name__ == "__main__":
    main()
