#!/usr/bin/env python3
"""Writes the transcript of the backward pass's fast paths (issue 9's gradient loop) from Python, NumPy and autograd.

Run: `python3 Tests/SnippetsTests/Fixtures/make_gradspeed_fixtures.py` (Python 3.11+, NumPy 2.x, autograd 1.9). It
rewrites `interpreter/55-gradients-fast-paths.txt`; rerunning gives identical bytes. Statements run as the REPL runs
them (make_interpreter_fixtures.run_single) in one namespace that starts with `np` only.

What the statements pin down, each printed with every bit (`.tolist()`) where a summation order could show:
- an operand with a unit axis whose gradient already has its shape: autograd's unbroadcast still sums that axis,
  which turns a -0 into 0, and the sum keeps the memory order of the gradient it reads (a transposed one here);
- the matrix product's VJP with a C-ordered operand (docbuild multiplies it in place, with the transposed kernel),
  with a transposed (Fortran-ordered) one, and with an operand that has a unit axis;
- the gradient of a full `mean`, repeated to its operand's shape;
- a few steps of the benchmark's gradient-descent loop on a (64, 10) affine layer, and its gradient with the layer's
  input a strided view or an int array, with a value used twice and the argument at two depths;
- the square's rule on zeros of both signs, NaNs of both signs, inf and a subnormal (x ** 1.0 kept bit for bit), on
  plain arrays and on views;
- `+ - * /` of plain float64 arrays with each other and with single numbers (Python ints and floats, NumPy scalars,
  0-d arrays), which docbuild computes in one loop forward and backward.
docbuild's own `grad(y, x)` shows autograd's value for the same function (the pair form of `write_transcript`).
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "55-gradients-fast-paths.txt"

STATEMENTS = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad",
    # A unit axis summed although nothing was broadcast: -0 becomes 0.
    "c = np.array([[-0.0], [2.0], [-3.0]])",
    "w = np.ones((3, 1))",
    "agrad(lambda w: anp.sum(w * c))(w)",
    "agrad(lambda w: anp.sum(w * c))(w).tolist()",
    ("grad(np.sum(w * c), w)", "agrad(lambda w: anp.sum(w * c))(w)"),
    "r = np.array([[-0.0, 1.5, -2.5]])",
    "agrad(lambda w: anp.sum(w * r))(np.ones((1, 3))).tolist()",
    # Through a transpose the gradient is a transposed array: the unit-axis sum keeps its memory order.
    "d = np.array([[0.3, -0.0, 1.7], [2.2, -0.0, -0.4]])",
    "t = agrad(lambda w: anp.sum(w.T * d))(w)",
    "t.tolist()",
    "t.strides",
    "t.flags['C_CONTIGUOUS']",
    # Matrix products: a C-ordered operand, a Fortran-ordered one, one with a unit axis.
    "np.random.seed(3)",
    "A = np.random.randn(7, 5)",
    "B = np.random.randn(5, 4)",
    "AF = A.T.copy().T",
    "BF = B.T.copy().T",
    "agrad(lambda B: anp.sum((A @ B) ** 2))(B).tolist()",
    "agrad(lambda A: anp.sum((A @ B) ** 2))(A).tolist()",
    "agrad(lambda B: anp.sum((AF @ B) ** 2))(B).tolist()",
    "agrad(lambda A: anp.sum((A @ BF) ** 2))(A).tolist()",
    "agrad(lambda B: anp.sum((A.T.T @ B) * 1.5))(B).tolist()",
    "agrad(lambda B: anp.sum(anp.dot(A, B) ** 3))(B).tolist()",
    "agrad(lambda A: anp.sum(anp.dot(A, B) ** 3))(A).tolist()",
    "v = np.random.randn(5, 1)",
    "agrad(lambda v: anp.sum((A @ v) ** 2))(v).tolist()",
    "agrad(lambda A: anp.sum((A @ v) ** 2))(A).tolist()",
    "u = np.random.randn(1, 7)",
    "agrad(lambda A: anp.sum((u @ A) ** 2))(A).tolist()",
    "agrad(lambda B: anp.sum((A @ B) ** 2))(BF).tolist()",
    ("grad(np.sum((A @ B) ** 2), B).tolist()", "agrad(lambda B: anp.sum((A @ B) ** 2))(B).tolist()"),
    ("grad(np.sum((A @ B) ** 2), A).tolist()", "agrad(lambda A: anp.sum((A @ B) ** 2))(A).tolist()"),
    # The gradient of a full mean, repeated to the operand's shape.
    "agrad(lambda x: anp.mean(x * x))(A).tolist()",
    "agrad(lambda x: anp.sum(x) * 2.0)(np.array([[-0.0], [1.0]])).tolist()",
    # The benchmark's loop (LanguageBenchmarks), a few steps.
    "np.random.seed(0)",
    "X = np.random.randn(64, 10)",
    "Y = np.random.randn(64, 1)",
    "W = np.zeros((10, 1))",
    "def loss(W):\n    return anp.mean((anp.dot(X, W) - Y) ** 2)",
    "g = agrad(loss)",
    "g(W).tolist()",
    "for step in range(5):\n    W = W - 0.1 * g(W)",
    "W.tolist()",
    "loss(W)",
    ("grad(loss(W), W).tolist()", "g(W).tolist()"),
    # The backward pass places each node of the walk as it leaves it (a value used twice, the argument reached at
    # two depths, an int operand with no node), and the matrix product's VJP multiplies a C-ordered float64 operand
    # in place; a strided view or an int operand is read as before.
    "agrad(lambda W: anp.sum(anp.dot(X, W) * anp.dot(X, W) + W.sum()))(W).tolist()",
    "agrad(lambda x: anp.sum(x * x + anp.exp(x) * x))(A).tolist()",
    (
        "grad(np.sum(A * A + np.exp(A) * A), A).tolist()",
        "agrad(lambda x: anp.sum(x * x + anp.exp(x) * x))(A).tolist()",
    ),
    "XS = X[::2]",
    "agrad(lambda W: anp.mean((anp.dot(XS, W) - Y[::2]) ** 2))(W).tolist()",
    "XI = np.arange(640).reshape(64, 10) % 7 - 3",
    "agrad(lambda W: anp.mean((anp.dot(XI, W) - Y) ** 2))(W).tolist()",
    "agrad(lambda X: anp.mean((anp.dot(X, W) - Y) ** 2))(X)[:2].tolist()",
    # A column-reversed input: np.dot copies it for BLAS (cblas_matrixproduct's `_bad_strides`), `@` runs NumPy's own
    # loop forward, and the gradient's `XR.T @ g` runs that loop too (the transposed view's steps decide).
    "XR = X[:, ::-1]",
    "np.dot(XR, W).ravel().tolist(), (XR @ W).ravel().tolist()",
    "np.dot(XR, np.ones((10, 3))).ravel()[:6].tolist(), np.dot(X[::2, ::-1], W).ravel()[:6].tolist()",
    "agrad(lambda W: anp.sum((anp.dot(XR, W) - Y) ** 2))(W).ravel().tolist()",
    "agrad(lambda W: anp.sum((XR @ W - Y) ** 2))(W).ravel().tolist()",
    "agrad(lambda X: anp.sum((X[:, ::-1] @ W - Y) ** 2))(X).ravel()[:6].tolist()",
    "agrad(lambda W: anp.sum((XR @ W) ** 2))(np.ones((10, 2))).ravel().tolist()",
    "(XR.T @ Y).ravel().tolist(), np.dot(XR.T, Y).ravel().tolist()",
    ("grad(np.sum((XR @ W - Y) ** 2), W).ravel().tolist()", "agrad(lambda W: anp.sum((XR @ W - Y) ** 2))(W).ravel().tolist()"),
    # The square's rule, g * 2 * x ** 1.0: NumPy's power loop copies x for the exponent 1, so every bit of x (-0, a
    # NaN's sign, inf, a subnormal) reaches the product; docbuild multiplies by x itself when x owns C-ordered memory.
    "s = np.array([-0.0, np.nan, -np.nan, -np.inf, 5e-324, -2.5, 1e308])",
    "agrad(lambda x: anp.sum(x ** 2))(s).tolist()",
    "np.signbit(agrad(lambda x: anp.sum(x ** 2))(s)).tolist()",
    "np.signbit(agrad(lambda x: anp.sum(x ** 2.0))(s)).tolist()",
    "agrad(lambda x: anp.sum(-3.0 * x ** 2))(s).tolist()",
    "np.signbit(agrad(lambda x: anp.mean(x ** 2))(s)).tolist()",
    ("np.signbit(grad(np.sum(s ** 2), s)).tolist()", "np.signbit(agrad(lambda x: anp.sum(x ** 2))(s)).tolist()"),
    # ... and when x is a transposed or strided view, which takes NumPy's power of the view.
    "M = np.array([[-0.0, 1.5, -np.nan], [2.0, -np.inf, 0.25]])",
    "agrad(lambda x: anp.sum(x.T ** 2))(M).tolist()",
    "np.signbit(agrad(lambda x: anp.sum(x.T ** 2))(M)).tolist()",
    "agrad(lambda x: anp.sum(x.T ** 2))(M).strides",
    "agrad(lambda x: anp.sum(x[:, ::2] ** 2))(M).tolist()",
    "agrad(lambda x: anp.sum(x ** 2))(M.T).tolist()",
    "agrad(lambda x: anp.sum(x ** 2))(M.T).strides",
    # Arithmetic of plain float64 arrays and single numbers (one loop in docbuild, forward and backward): signs of
    # zeros, NaNs, a Python int converted to float64 (2**53 + 1 rounds to even), NumPy scalars and 0-d arrays.
    "p = np.array([1.5, -0.0, 0.0, np.inf, -2.0])",
    "(p * 2).tolist()",
    "(2 * p).tolist()",
    "(p - 0.0).tolist()",
    "(0.0 - p).tolist()",
    "(-0.0 + p).tolist()",
    "(p + -0.0).tolist()",
    "(p / 4).tolist()",
    "(3 / p[:1]).tolist()",
    "(p * (2**53 + 1)).tolist()",
    "(p[:1] * (2**63 - 1)).tolist()",
    "(p + np.int64(-7)).tolist()",
    "np.signbit(p * -1.0).tolist()",
    "np.signbit(-1 * p).tolist()",
    "(p * p).tolist()",
    "(p - p).tolist()",
    "(p / p).tolist()",
    "np.float64(3.0) / 4",
    "np.array(3.0) * 2",
    "type(np.array(3.0) * 2)",
    "np.int64(3) * np.array(2.5)",
    "2.5 - np.array(-0.0)",
    "np.array(-0.0) + np.array(-0.0)",
    "np.array(-0.0) + 0",
    "np.float64(-0.0) * 3",
    "agrad(lambda x: anp.sum(x * 2 - x / 3))(p).tolist()",
    "np.signbit(agrad(lambda x: anp.sum(x * -2))(p)).tolist()",
    "agrad(lambda x: (x * 2.0) / 7)(np.float64(1.5))",
    "agrad(lambda x: anp.mean(x) / 3)(p[:3])",
    # Calling a derivative: a function of as many plain positional parameters as the call passes gets them straight
    # in a frame reused from call to call (a frame something still holds is not reused); defaults, keywords, another
    # argnum, recursion inside the function, a derivative of a derivative and an error inside take their own paths.
    "fs = []",
    "def lossf(w):\n    t = len(fs) * 1.0\n    fs.append(lambda: t)\n    return anp.sum(w * t)",
    "gf = agrad(lossf)",
    "gf(np.array([1.0, 2.0])).tolist(), gf(np.array([3.0])).tolist(), gf(np.array([-0.5])).tolist()",
    "[f() for f in fs]",
    "agrad(lambda w, c: anp.sum(w * c), 1)(2.0, np.array([1.0, -0.0])).tolist()",
    "agrad(lambda w, c=3.0: anp.sum(w * c))(np.array([1.0, 2.0])).tolist()",
    "agrad(lambda w, c: anp.sum(w * c))(np.array([1.5]), c=2.0).tolist()",
    "def rl(w, n):\n    return anp.sum(w) if n == 0 else rl(w * 2.0, n - 1) + anp.sum(w)",
    "agrad(rl)(np.array([1.0, 2.0]), 3).tolist()",
    "agrad(agrad(lambda x: x ** 3.0))(2.0)",
    "agrad(lambda w: anp.sum(w) + undefined_name)(np.array([1.0]))",
    "gw = agrad(loss)",
    "[gw(W).ravel()[:2].tolist() for _ in range(3)]",
]


def main():
    write_transcript(
        OUTPUT,
        "# 55-gradients-fast-paths: generated by make_gradspeed_fixtures.py from Python, NumPy "
        f"{np.__version__} and autograd.",
        STATEMENTS,
        {"np": np, "__name__": "__main__"},
        quiet=True,
    )


if __name__ == "__main__":
    main()
