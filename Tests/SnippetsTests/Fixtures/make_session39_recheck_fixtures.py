#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 (and autograd 1.9) prints for the statements session 39's re-check of
older corpora (reach39b) found docbuild getting wrong or refusing with today's main.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session39_recheck_fixtures.py` (Python 3.11, numpy 2.4.6, `pip install
autograd`). It rewrites the `interpreter/390-*` fixtures it lists below; rerunning gives identical bytes.

390: autograd's `value_and_grad`, `elementwise_grad` and `jacobian` of a function of a Python float (or a list of
them) in a chapter that never names autograd's `grad` itself (Watt, Borhani and Katsaggelos's Machine Learning
Refined, chapter 3's problems: gradient descent on `w**4 + 0.1` from `w = -1.0`). Such a chapter keeps no histories
between its values, and the Python float's leaf was made before the derivative turned recording back on, so it had
no graph node: docbuild raised "TypeError: grad needs float values, but x has dtype float64". The statements here must
never spell autograd's `grad` as a word of its own, or the transcript test would record histories and not see it.
391: `numpy.typing.NDArray` in type annotations (TheAlgorithms' Gaussian elimination and Jacobi iteration annotate
`coefficients: NDArray[float64]`, which CPython 3.11 evaluates when the `def` runs): `from numpy.typing import NDArray`
was refused ("No module named 'numpy.typing'") and so was every statement after it; the alias's repr, subscribed with
NumPy's scalar types and builtin number types, `npt.ArrayLike`/`npt.DTypeLike` as annotations.
392: `==` and `!=` of tuples and lists holding NumPy arrays or scalars, found while checking NumPy's named results
(`np.linalg.svd`'s SVDResult): docbuild said False for every pair of arrays (`r == r`, `t == tuple(t)`), where CPython
takes an item that is the same object as its partner as equal and compares any other pair with `==` and the truth of
its result (NumPy's ambiguity error for several elements). The named results' `_fields`; their class, `_asdict` and
`_replace` are refused (docbuild's `type(r)` was `tuple`).
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session39_recheck_fixtures.py"

PYTHON_FLOAT_DERIVATIVES = [
    "from autograd import numpy as np",
    "from autograd import value_and_grad, elementwise_grad, jacobian",
    "def gradient_descent(g, alpha_choice, max_its, w):\n"
    "    gradient = value_and_grad(g)\n"
    "    weight_history = []\n"
    "    cost_history = []\n"
    "    alpha = 0\n"
    "    for k in range(1, max_its + 1):\n"
    "        if alpha_choice == 'diminishing':\n"
    "            alpha = 1 / float(k)\n"
    "        else:\n"
    "            alpha = alpha_choice\n"
    "        cost_eval, grad_eval = gradient(w)\n"
    "        weight_history.append(w)\n"
    "        cost_history.append(cost_eval)\n"
    "        w = w - alpha * grad_eval\n"
    "    weight_history.append(w)\n"
    "    cost_history.append(g(w))\n"
    "    return weight_history, cost_history",
    "g = lambda w: w**4 + 0.1",
    "w = -1.0; max_its = 10; alpha_choice = 10**(-1);",
    "weight_history, cost_history = gradient_descent(g, alpha_choice, max_its, w)",
    "weight_history",
    "cost_history",
    "weight_history, cost_history = gradient_descent(g, 'diminishing', 5, 0.75)",
    "weight_history",
    "value_and_grad(g)(-1.0)",
    "value_and_grad(lambda x: x)(1.5)",
    "value_and_grad(lambda x: np.sin(x) * x)(0.3)",
    "value_and_grad(lambda x: np.sin(x) * x)(np.float64(0.3))",
    "elementwise_grad(lambda x: np.exp(-x**2))(0.5)",
    "jacobian(lambda x: np.array([x, x**2, np.cos(x)]))(2.0)",
    "value_and_grad(lambda p: p[0] * p[1] ** 2)([2.0, 3.0])",
    "value_and_grad(lambda p: p[0] - np.tanh(p[1]))((0.5, -1.25))",
    "h = value_and_grad(lambda t: (t - 3.0) ** 2)",
    "t = 0.0",
    "for step in range(4):\n"
    "    cost, slope = h(t)\n"
    "    t = t - 0.25 * slope\n"
    "    print(step, cost, slope, t)",
]

NUMPY_TYPING = [
    "from numpy.typing import NDArray",
    "from numpy import float64",
    "NDArray",
    "NDArray[float64]",
    "NDArray[np.int32]",
    "NDArray[float]",
    "print(NDArray[np.complex128])",
    "[NDArray[t] for t in (np.bool_, np.uint8, np.float16, np.complex64, np.floating, int, complex)]",
    "def retroactive_resolution(\n"
    "    coefficients: NDArray[float64], vector: NDArray[float64]\n"
    ") -> NDArray[float64]:\n"
    "    rows, columns = np.shape(coefficients)\n"
    "    x: NDArray[float64] = np.zeros((rows, 1), dtype=float)\n"
    "    for row in reversed(range(rows)):\n"
    "        total = np.dot(coefficients[row, row + 1:], x[row + 1:])\n"
    "        x[row, 0] = (vector[row][0] - total[0]) / coefficients[row, row]\n"
    "    return x",
    "retroactive_resolution(np.array([[2.0, 2, -1], [0, -2, -1], [0, 0, 5]]), np.array([[5.0], [-7], [15]]))",
    "import numpy.typing as npt",
    "npt.NDArray[np.float32]",
    "np.typing.NDArray[np.uint8]",
    "NDArray[np.float64] == NDArray[float64]",
    "NDArray[np.float64] == NDArray[np.float32]",
    "def as_floats(a: npt.ArrayLike, d: npt.DTypeLike = None) -> NDArray[np.float64]:\n"
    "    return np.asarray(a, dtype=d if d is not None else np.float64)",
    "as_floats([1, 2, 3])",
    "as_floats([1, 2], np.float32)",
    "type(NDArray)",
    "NDArray[float64][float64]",
    "isinstance(np.zeros(2), NDArray[np.float64])",
    "def maybe(x: NDArray[np.float64] | None = None) -> NDArray[np.float64] | None:\n    return x",
    "maybe(np.ones(2))",
]

SEQUENCES_HOLDING_ARRAYS = [
    "r = np.linalg.svd(np.array([[3.0, 1.0], [1.0, 3.0]]))",
    "r._fields",
    "isinstance(r, tuple)",
    "tuple(r)[1]",
    "len(r)",
    "r.count(1)",
    "r[:2]",
    "type(r[:2])",
    "r == tuple(r)",
    "s = tuple(r)",
    "s == tuple(r)",
    "r == r",
    "r == s",
    "r != s",
    "np.linalg.slogdet(np.eye(2)) == (1.0, 0.0)",
    "np.linalg.qr(np.eye(2))._fields",
    "np.linalg.eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))._fields",
    "t = (np.eye(2), 1)",
    "t == tuple(t)",
    "u = t",
    "t == u",
    "t != u",
    "t == (t[0], 1)",
    "t == (t[0], 2)",
    "[t[0]] == [t[0]]",
    "[np.eye(2)] == [np.eye(2)]",
    "(np.float64(1.0), 2) == (1.0, 2)",
    "[np.float64(1.5)] != [1.5]",
    "(np.array([3]),) == (3,)",
    "(np.array([]),) == (np.array([]),)",
    "(np.zeros(2), 1) == (np.zeros(2), 2)",
    "((np.ones(2),), 1) == ((np.ones(2),), 1)",
    "x = np.ones(2)",
    "((x,), 1) == ((x,), 1)",
    "[x, x] == [x, x]",
    "[x, [x, (x,)]] == [x, [x, (x,)]]",
    "(x, 1) == [x, 1]",
    "(x,) == (x, 1)",
    "[x] == [x.copy()]",
    "[x[:1]] == [np.ones(1)]",
    "history = [x, x + 1]",
    "history == list(history)",
    "history == [x, x + 1]",
]

FIXTURES = [
    ("390-session39-python-float-derivatives-without-grad-named",
     "value_and_grad, elementwise_grad and jacobian of Python floats in a chapter that names no grad of its own",
     PYTHON_FLOAT_DERIVATIVES),
    ("391-session39-numpy-typing-ndarray",
     "numpy.typing.NDArray in annotations and its repr; ArrayLike and DTypeLike as annotations",
     NUMPY_TYPING),
    ("392-session39-sequences-holding-arrays-equality",
     "== and != of tuples and lists holding NumPy arrays (identity first, then == and its truth); named results' _fields",
     SEQUENCES_HOLDING_ARRAYS),
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
