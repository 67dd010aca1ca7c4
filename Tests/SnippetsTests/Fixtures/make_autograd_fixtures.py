#!/usr/bin/env python3
"""Writes the transcripts of autograd's modules beyond its functional API from HIPS autograd 1.9 itself.

Run: `python3 Tests/SnippetsTests/Fixtures/make_autograd_fixtures.py` (Python 3.11+, numpy 2.x, `pip install
autograd` (1.9), scipy 1.17 for autograd.scipy.special). It rewrites `interpreter/38-autograd-modules.txt`, `39-autograd-higher-order.txt` and
`44-autograd-hessians.txt`; rerunning
gives identical bytes. Each statement runs as the interactive REPL runs it (make_interpreter_fixtures.run_single), in
one namespace that holds only `np`, as a snippet starts.
"""

import pathlib
import warnings

import numpy as np
from make_interpreter_fixtures import prompted, run_single

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "38-autograd-modules.txt"

STATEMENTS = [
    "import autograd.numpy as np", "from autograd import grad, value_and_grad",
    # autograd.misc.flatten: leaves in order, dict keys sorted; unflatten gives the structure back (floats as 0-d).
    "from autograd.misc.flatten import flatten", "from autograd.misc import flatten as flatten2",
    "params = {'b': 1.0, 'a': [np.ones(2), (3.0, np.zeros((2, 1)))]}", "flat, unflatten = flatten(params)", "flat",
    "unflatten(flat * 2)", "flatten([])[0]", "flatten(2.0)[0]", "flatten((np.arange(3), [np.eye(2)]))[0]",
    "flatten2([1.5, np.ones(2)])[0]",
    # grad of a function of a list, tuple or dict: the gradient has the argument's structure.
    "def loss(p):\n    W, b = p\n    return np.sum(np.tanh(np.dot(np.ones((2, 3)), W) + b) ** 2)",
    "p0 = [np.linspace(-1, 1, 6).reshape(3, 2), np.array([0.5, -0.25])]", "grad(loss)(p0)",
    "grad(loss)(tuple(p0))", "value_and_grad(loss)(p0)",
    "grad(lambda d: d['w'] * 2.0 + np.sum(d['v'] ** 3))({'w': 1.5, 'v': np.array([1.0, -2.0])})",
    "grad(lambda p: p[0] * p[1])([2.0, 3.0])", "grad(lambda p: p[0] * p[1])([2.0, 3])",
    "grad(lambda p, s: s * np.sum(p[0] ** 2), 0)([np.ones(2)], 3.0)",
    # autograd.misc.optimizers on nested parameters, with a callback.
    "from autograd.misc.optimizers import sgd, adam, rmsprop",
    "target = [np.array([1.0, -2.0]), np.array([[0.5]])]",
    "def objective(p, i):\n    return np.sum((p[0] - target[0]) ** 2) + np.sum((p[1] - target[1]) ** 2)",
    "objective_grad = grad(objective)",
    "init = [np.zeros(2), np.zeros((1, 1))]",
    "sgd(objective_grad, init, num_iters=20, step_size=0.1)",
    "adam(objective_grad, init, num_iters=50, step_size=0.1)",
    "rmsprop(objective_grad, init, num_iters=30, step_size=0.05)",
    "def report(p, i, g):\n    if i % 10 == 0:\n        print(i, objective(p, i), np.sum(g[0]))",
    "result = adam(objective_grad, init, callback=report, num_iters=30, step_size=0.2)", "result",
    "sgd(lambda x, i: 2 * x, np.array([1.0, -1.0]), num_iters=5)",
    "adam(grad(lambda d, i: np.sum((d['x'] - 3.0) ** 2)), {'x': np.zeros(3)}, num_iters=10, step_size=0.5)",
    # autograd.scipy.special.logsumexp: SciPy's value, autograd's gradient.
    "from autograd.scipy.special import logsumexp",
    "x = np.array([[1.0, 2.0, 3.0], [4.0, -1.0, 4.0]])", "logsumexp(x)", "logsumexp(x, axis=1)",
    "logsumexp(x, axis=0, keepdims=True)", "logsumexp(x, axis=-1, keepdims=True)",
    "logsumexp(np.array([1000.0, 1000.0]))", "logsumexp(np.array([-np.inf, -np.inf]))", "logsumexp(3.0)",
    "logsumexp(np.array([0.5, 0.25, -3.0]))", "logsumexp(np.arange(4.0).reshape(2, 2), axis=(0, 1))",
    "grad(logsumexp)(np.array([0.5, 0.25, -3.0]))", "grad(lambda x: np.sum(logsumexp(x, axis=1)))(x)",
    "grad(lambda x: np.sum(logsumexp(x, axis=0, keepdims=True) ** 2))(x)",
    "grad(lambda x: np.sum(x - logsumexp(x, axis=1, keepdims=True)))(x)",
    "grad(logsumexp)(2.0)",
    # autograd.extend: a primitive with its own VJP, as autograd's "define your own gradient" example.
    "from autograd.extend import primitive, defvjp",
    "@primitive\ndef logsumexp2(x):\n    max_x = np.max(x)\n    return max_x + np.log(np.sum(np.exp(x - max_x)))",
    "def logsumexp2_vjp(ans, x):\n    x_shape = x.shape\n    return lambda g: np.full(x_shape, g) * np.exp(x - np.full(x_shape, ans))",
    "defvjp(logsumexp2, logsumexp2_vjp)",
    "def example_func(y):\n    z = y ** 2\n    lse = logsumexp2(z)\n    return np.sum(lse)",
    "grad_of_example = grad(example_func)", "y = np.array([1.1, -2.0, 0.5])", "logsumexp2(y)",
    "grad_of_example(y)", "grad(lambda y: logsumexp2(y) * 2.0 + np.sum(y))(y)",
    "@primitive\ndef scaled(x, s):\n    return x * s",
    "defvjp(scaled, lambda ans, x, s: lambda g: g * s)", "scaled(np.ones(2), 3.0)",
    "grad(lambda x: np.sum(scaled(x, 3.0) ** 2))(np.array([1.0, 2.0]))",
    "grad(lambda s: np.sum(scaled(np.ones(2), s)))(3.0)",
    "@primitive\ndef cube(x):\n    return x ** 3",
    "defvjp(cube, lambda ans, x: lambda g: g * 3 * x ** 2)", "cube(2.0)", "grad(cube)(2.0)",
    "grad(lambda x: cube(np.sin(x)))(0.5)", "grad(lambda p: cube(p[0]) + p[1])([2.0, 1.0])",
    # autograd.test_util.check_grads: silent when the VJP is right, autograd's AssertionError when it is wrong.
    "from autograd.test_util import check_grads", "np.random.seed(0)",
    "check_grads(example_func, modes=['rev'], order=1)(y)", "check_grads(np.tanh, modes=['rev'], order=1)(y)",
    "@primitive\ndef wrong(x):\n    return np.sin(x)",
    "defvjp(wrong, lambda ans, x: lambda g: g * np.sin(x))",
    "check_grads(wrong, modes=['rev'], order=1)(np.array([0.5, 1.0]))",
    "np.random.randn(2)",
    # autograd.misc.fixed_points: the forward iteration.
    "from autograd.misc.fixed_points import fixed_point",
    "def newton_sqrt_iter(a):\n    return lambda x: 0.5 * (x + a / x)",
    "def distance(x, y):\n    return np.abs(x - y)",
    "fixed_point(newton_sqrt_iter, 2.0, 10.0, distance, 1e-4)",
    "def grad_descent_sqrt_iter(a):\n    return lambda x: x - 0.05 * (x**2 - a)",
    "def sqrt(a, guess=10.0):\n    return fixed_point(grad_descent_sqrt_iter, a, guess, distance, 1e-4)",
    "print(sqrt(2.0))", "print(grad(sqrt)(2.0))", "grad(lambda a: sqrt(a) * a)(np.array(3.0))",
    "grad(lambda a: fixed_point(newton_sqrt_iter, a, 1.0, distance, 1e-10))(5.0)",
]


# Derivatives of derivatives: the backward pass recorded when a derivative runs inside another.
HIGHER_ORDER = [
    "import autograd.numpy as np", "from autograd import grad, elementwise_grad as egrad, jacobian, value_and_grad",
    "def tanh(x):\n    return (1.0 - np.exp(-2 * x)) / (1.0 + np.exp(-(2 * x)))",
    "x = np.linspace(-7, 7, 7)", "egrad(tanh)(x)", "egrad(egrad(tanh))(x)", "egrad(egrad(egrad(tanh)))(x)",
    "grad(grad(np.sqrt))(2.0)", "grad(grad(grad(np.sqrt)))(2.0)", "grad(grad(lambda x: x ** 3))(2.0)",
    "grad(grad(lambda x: x ** 3))(np.float64(-1.5))", "grad(grad(lambda x: np.log(x) * x))(3.0)",
    "grad(grad(lambda x: np.exp(-x * x / 2.0)))(0.5)", "grad(lambda x: grad(lambda y: x * y ** 2)(3.0))(2.0)",
    "egrad(grad(lambda x: np.sum(x ** 2 * np.sqrt(x))))(np.array([1.0, 4.0]))",
    "jacobian(grad(lambda x: np.sum(x ** 3) + np.sum(x) ** 2))(np.array([1.0, 2.0]))",
    "jacobian(egrad(lambda x: np.exp(x) / x))(np.array([0.5, 2.0, 3.0]))",
    "value_and_grad(grad(lambda x: 1.0 / x))(4.0)",
    "grad(grad(lambda x: np.sum(np.abs(x) * x)))(np.array([-2.0]))",
    "f = lambda x: 3.0 * x ** 4 - 2.0 * x", "d = f", "for _ in range(3):\n    d = grad(d)\n    print(d(1.5))",
    "grad(lambda x: x * 2.0)(np.array([1.0]))", "grad(lambda x: np.sum(x) * np.ones((1, 1)))(np.array([1.0, 2.0]))",
    "egrad(egrad(np.sqrt))(np.array([0.25, 1.0, 9.0]))", "grad(grad(lambda x: np.sum(x.T ** 2)))(1.5)",
    "grad(grad(lambda x: np.mean(np.exp(x) * x)))(0.3)",
    "egrad(egrad(np.tanh))(x)", "egrad(egrad(egrad(np.tanh)))(x)", "grad(grad(np.sin))(1.0)",
    "grad(grad(grad(np.cos)))(0.7)", "egrad(egrad(np.sinh))(x)", "egrad(egrad(np.cosh))(x)",
    "grad(grad(lambda x: np.tanh(x) * np.cosh(x)))(0.4)", "grad(grad(lambda x: np.sin(x) ** 2 + np.cos(2.0 * x)))(1.3)",
]


# hessian, hessian_vector_product, make_hvp and check_grads of order 2: derivatives of derivatives through matrix
# products (np.dot, @, np.matmul, np.tensordot, np.outer) and the element-wise functions, for each function the same
# six questions; check_grads draws from NumPy's global generator, so a draw after each check shows the state matches.
VECTOR_FUNCTIONS = [
    "lambda x: np.dot(x, np.dot(A, x))",
    "lambda x: np.sum(np.tanh(np.dot(A, x)))",
    "lambda x: np.sum(np.exp(np.matmul(A, x)) * x)",
    "lambda x: np.dot(np.sin(x), np.cos(x))",
    "lambda x: np.sum(x ** 3) + np.dot(x, x) ** 2",
    "lambda x: np.log(np.sum(np.exp(np.dot(B, x))))",
    "lambda x: np.sqrt(np.dot(x, x) + 1.0)",
    "lambda x: x @ A @ x",
    "lambda x: np.sum(np.outer(x, x) ** 2)",
    "lambda x: np.tensordot(x, A, 1) @ np.tanh(x)",
    "lambda x: np.dot(np.dot(x, A), np.dot(A, x)) / np.dot(x, x)",
    "lambda x: np.sum(np.square(np.dot(B.T, np.dot(B, x)) - 1.0))",
    "lambda x: np.sum(np.dot(x.reshape(1, 3), A.T))",
    "lambda x: np.sum(np.abs(np.dot(A, x)) * x)",
]

HESSIANS = [
    "import autograd.numpy as np",
    "from autograd import grad, jacobian, elementwise_grad as egrad",
    "from autograd import hessian, hessian_vector_product, hessian_tensor_product, make_hvp, tensor_jacobian_product",
    "from autograd.test_util import check_grads",
    "from scipy.optimize import minimize",
    "import scipy.optimize",
    "A = np.array([[1.0, 2.0, -0.5], [0.25, 3.0, 1.0], [2.0, -1.0, 0.5]])",
    "B = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])",
    "x0 = np.array([0.3, -1.2, 0.7])",
    "v = np.array([1.0, 0.5, -2.0])",
    "np.random.seed(0)",
]
for function in VECTOR_FUNCTIONS:
    HESSIANS += [
        f"f = {function}",
        "hessian(f)(x0)",
        "hessian_vector_product(f)(x0, v)",
        "make_hvp(f)(x0)[0](v)",
        "grad(lambda x: np.dot(grad(f)(x), v))(x0)",
        "jacobian(grad(f))(x0)[1]",
        "check_grads(f, modes=['rev'], order=2)(x0)",
        "np.random.randn()",
    ]
HESSIANS += [
    "hessian(lambda x: x ** 3)(2.0)", "hessian(np.sin)(0.5)", "hessian(lambda x: np.exp(x) * x)(np.float64(0.25))",
    "hvp, g = make_hvp(lambda x: np.sum(x ** 4))(np.array([1.0, 2.0]))", "g", "hvp(np.array([1.0, 0.0]))",
    "hvp(np.array([0.5, -1.0]))",
    "hessian(lambda a, b: np.sum(a * b * b), 1)(np.array([1.0, 2.0]), np.array([3.0, -1.0]))",
    "hessian(lambda a, b: np.dot(a, b) ** 2, 0)(np.array([1.0, 2.0]), np.array([3.0, -1.0]))",
    "hessian_tensor_product(lambda x: np.sum(np.tanh(x) ** 2))(np.array([[0.5, 1.0], [-0.5, 2.0]]), np.eye(2))",
    "tensor_jacobian_product(lambda x: np.tanh(np.dot(A, x)))(x0, v)",
    "X = np.array([[1.0, 2.0, 0.5], [-1.0, 0.25, 1.5]])",
    "W = np.array([[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]])",
    "g = lambda W: np.sum(np.tanh(np.dot(X, W)) ** 2)",
    "hessian(g)(W).shape", "hessian(g)(W)[0, 1]", "hessian(g)(W).reshape(6, 6)[2]",
    "check_grads(g, modes=['rev'], order=2)(W)", "np.random.randn(2)",
    "check_grads(lambda W: np.sum(np.matmul(X, W) ** 3), modes=['rev'], order=2)(W)", "np.random.randn(2)",
    "check_grads(lambda x: np.sum(np.sin(x) * x), modes=['rev'], order=2)(1.5)", "np.random.randn()",
    "loss = lambda w, X, t: np.sum((np.tanh(np.dot(X, w)) - t) ** 2)",
    "t = np.array([1.0, -1.0])",
    "hessian(loss)(np.array([0.1, -0.2, 0.3]), X, t)",
    "check_grads(loss, modes=['rev'])(np.array([0.1, -0.2, 0.3]), X, t)", "np.random.randn()",
    "check_grads(loss, modes=['rev'], order=2)(np.array([0.1, -0.2, 0.3]), X, t)", "np.random.randn()",
    "H = hessian(lambda x: np.dot(x, np.dot(A + A.T, x)) / 2.0)(x0)", "H", "np.allclose(H, A + A.T)",
    "grad(lambda x: np.sum(np.dot(X, grad(lambda y: np.sum(np.tanh(y) ** 2))(x))))(x0)",
    "grad(grad(lambda s: np.sum(np.dot(X, np.array([1.0, 2.0, 3.0]) * s) ** 2)))(0.5)",
]


def main():
    namespace = {"np": np, "__name__": "__main__"}
    lines = [f"# 38-autograd-modules: generated by make_autograd_fixtures.py from Python, NumPy {np.__version__} and autograd."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for statement in STATEMENTS:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    namespace = {"np": np, "__name__": "__main__"}
    lines = [f"# 39-autograd-higher-order: generated by make_autograd_fixtures.py from Python, NumPy {np.__version__} and autograd."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for statement in HIGHER_ORDER:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    (HERE / "interpreter" / "39-autograd-higher-order.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    namespace = {"np": np, "__name__": "__main__"}
    lines = [
        f"# 44-autograd-hessians: generated by make_autograd_fixtures.py from Python, NumPy {np.__version__}, "
        f"autograd and SciPy."
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for statement in HESSIANS:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    (HERE / "interpreter" / "44-autograd-hessians.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
