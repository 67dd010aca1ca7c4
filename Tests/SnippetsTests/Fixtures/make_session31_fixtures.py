#!/usr/bin/env python3
"""Writes what CPython 3.11 with autograd 1.9.1 and NumPy 2.4.6 prints for `autograd.numpy`'s functions as values:
autograd's `wrap_namespace` makes a Python function of its own for every NumPy callable but the plain classes
(`primitive(np.sin)`), so `anp.sin` is not NumPy's ufunc. It has no `.outer`, `.reduce`, `.at` or `.nin`, `type()` of it
is `function`, `anp.sin is np.sin` is False, and it prints with its address. docbuild gave NumPy's own ufunc for it, so
`anp.add.outer(...)` answered where autograd raises and an echo printed `<ufunc 'sin'>`. Calls, gradients and the
functions taking it as an argument (map, sorted, functools, apply_along_axis, vectorize) are unchanged.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session31_fixtures.py` (Python 3.11, numpy 2.4.6, autograd 1.9.1). It
rewrites `interpreter/162-session31-autograd-numpy-functions.txt` and `163-session31-writes-through-other-holders.txt`;
rerunning gives identical bytes.

The second fixture holds element and slice writes through a function's parameter into an array its caller's names,
a list, a dict, an object and a default hold too, which docbuild now makes in the array's own memory (it set those
holders aside while testing that nothing else holds the array): every holder sees each write, and a copy or a view
taken before keeps NumPy's answer.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "162-session31-autograd-numpy-functions.txt"
HOLDERS_OUTPUT = HERE / "interpreter" / "163-session31-writes-through-other-holders.txt"

STATEMENTS = [
    "import autograd.numpy as anp",
    "import autograd.numpy.random as npr",
    "from autograd import grad, elementwise_grad, value_and_grad",
    "from autograd.numpy import sin as autograd_sin, tanh",
    "import functools",
    # A ufunc's own attributes are not the wrapper's.
    "anp.add.outer([1, 2], [3, 4])",
    "anp.add.reduce([1, 2, 3])",
    "anp.add.accumulate([1, 2])",
    "anp.add.at",
    "anp.multiply.outer(anp.arange(3), anp.arange(2))",
    "anp.maximum.reduce([1, 5, 2])",
    "anp.sin.nin",
    "anp.sin.types",
    "anp.exp.identity",
    "autograd_sin.outer",
    "hasattr(anp.sin, 'outer')",
    "hasattr(np.sin, 'outer')",
    "np.add.outer([1, 2], [3, 4])",
    # Identity and equality: one object per name, never NumPy's.
    "anp.sin is anp.sin",
    "anp.sin is np.sin",
    "autograd_sin is anp.sin",
    "anp.sin == anp.sin",
    "anp.sin == np.sin",
    "anp.sin != anp.cos",
    "anp.dot is np.dot",
    "anp.float64 is np.float64",
    "anp.ndarray is np.ndarray",
    "anp.sin in [anp.cos, anp.sin]",
    "np.sin in [anp.cos, anp.sin]",
    "{anp.sin: 's', anp.cos: 'c'}[anp.cos]",
    "np.sin in {anp.sin: 1}",
    # What type() and the names say.
    "type(anp.sin)",
    "type(anp.dot)",
    "type(anp.sin).__name__",
    "type(npr.randn)",
    "type(anp.linalg.inv).__name__",
    "anp.sin.__name__",
    "anp.abs.__name__",
    "anp.true_divide.__name__",
    "anp.dot.__name__",
    "anp.linalg.inv.__name__",
    "anp.concatenate.__name__",
    "anp.where.__name__",
    "autograd_sin.__name__",
    "tanh.__name__",
    "getattr(anp.sin, '__name__')",
    "anp.sin.foo",
    "callable(anp.sin), callable(anp.dot), callable(anp.float64)",
    "isinstance(anp.float64(1.0), anp.float64)",
    "isinstance(anp.zeros(2), anp.ndarray)",
    "isinstance(anp.zeros(2).dtype, anp.dtype)",
    "anp.dtype('float32')",
    "anp.zeros(2).dtype == anp.dtype('float64')",
    # Calls are NumPy's: directly, through a name, and through the functions that take one.
    "autograd_sin(0.5)",
    "f = anp.cos",
    "f(0.0)",
    "f is anp.cos",
    "anp.sin.__call__(0.0)",
    "getattr(anp, 'exp')(1.0)",
    "list(map(anp.cos, [0.0, 1.0]))",
    "sorted([-3, 1, -2], key=anp.abs)",
    "max([-3, 1, -2], key=anp.abs)",
    "functools.partial(anp.add, 1)(2)",
    "functools.reduce(anp.add, [1, 2, 3])",
    "anp.apply_along_axis(anp.sum, 0, anp.ones((2, 3)))",
    "np.apply_along_axis(anp.sum, 1, np.ones((2, 3)))",
    "anp.vectorize(anp.sin)(anp.array([0.0, 0.5]))",
    "[g(0.0) for g in (anp.sin, anp.cos, anp.exp)]",
    "activations = {'tanh': anp.tanh, 'relu': lambda x: anp.maximum(x, 0.0)}",
    "activations['tanh'](anp.array([-1.0, 0.0, 1.0]))",
    "[name for name, g in activations.items() if g is anp.tanh]",
    "anp.random.seed(0)",
    "anp.random.randn(2)",
    "npr.seed(1)",
    "npr.rand(2)",
    "anp.linalg.inv(anp.array([[2.0, 0.0], [0.0, 4.0]]))",
    "with anp.printoptions(precision=3):\n    print(anp.array([1 / 3]))",
    # Through a class: read from the class or wrapped in staticmethod it is the function; set on the instance too.
    "class Net:\n    act = anp.tanh\n    out = staticmethod(anp.exp)\n    def __init__(self):\n        self.g = anp.sin",
    "Net.act(0.5), Net.out(0.0), Net().out(1.0), Net().g(0.0)",
    # Gradients of the wrapped functions and of functions taking them.
    "grad(anp.tanh)(0.5)",
    "grad(tanh)(0.25)",
    "elementwise_grad(anp.sin)(anp.array([0.0, 1.0]))",
    "value_and_grad(anp.tanh)(0.5)",
    "def apply(g, x):\n    return anp.sum(g(x) ** 2)",
    "grad(lambda x: apply(anp.sin, x))(anp.array([0.5, 1.0]))",
    "grad(functools.partial(apply, anp.exp))(anp.array([0.0, -1.0]))",
    "def compose(*fs):\n    def h(x):\n        for g in fs:\n            x = g(x)\n        return x\n    return h",
    "grad(compose(anp.sin, anp.exp, anp.sum))(anp.array([0.1, 0.2]))",
]

HOLDER_STATEMENTS = [
    "def relu_in_place(a):\n    for i in range(a.shape[0]):\n        for j in range(a.shape[1]):\n"
    "            a[i, j] = max(a[i, j], 0.0)",
    "def fill_column(p, k, v):\n    p[:, k] = v",
    "def scale_rows(m):\n    for i in range(m.shape[0]):\n        m[i, :] = m[i, :] * (i + 1)",
    "def outer(m):\n    relu_in_place(m)\n    fill_column(m, 0, -2.0)\n    return m.sum()",
    "z = np.linspace(-1.0, 1.0, 12).reshape(3, 4).copy()",
    "alias = z",
    "holders = [z, 5]",
    "table = {'z': z}",
    "class Box:\n    pass",
    "box = Box()",
    "box.array = z",
    "def reads_default(x=z):\n    return x[0, 0]",
    "before = z.copy()",
    "relu_in_place(z)",
    "z",
    "alias is z, holders[0] is z, table['z'] is z, box.array is z",
    "holders[0][1, 2], table['z'][2, 3], box.array[0, 0], reads_default()",
    "before",
    "fill_column(alias, 1, 7.0)",
    "z[:, 1], holders[0][:, 1], box.array[:, 1]",
    "fill_column(z, 2, np.array([1.5, 2.5, 3.5]))",
    "table['z']",
    "scale_rows(box.array)",
    "z",
    "outer(z)",
    "z",
    # A view taken before: it sees every write, the array's memory being its.
    "w = np.arange(8.0).reshape(2, 4).copy()",
    "row = w[1]",
    "relu_in_place(w)",
    "fill_column(w, 3, 9.0)",
    "row",
    "w",
    # Ints and bools, and a value that NumPy converts.
    "k = np.arange(-3, 3).reshape(2, 3)",
    "kk = k",
    "relu_in_place(k)",
    "fill_column(kk, 0, 2.9)",
    "k, k.dtype",
    "flags = np.zeros((2, 2), dtype=bool)",
    "fill_column(flags, 1, True)",
    "flags",
    # NumPy's errors through a parameter, the array unchanged.
    "fill_column(z, 0, np.ones(4))",
    "fill_column(k, 1, np.nan)",
    "z[:, 0], k",
    # CFD Python's time loop: each step copies the grid, then writes it element by element from the copy.
    "g = np.ones((9, 9)) * np.arange(1.0, 10.0)",
    "g[3:6, 3:6] = 5.0",
    "for n in range(4):\n    gn = g.copy()\n    for j in range(1, 9):\n        for i in range(1, 9):\n"
    "            g[j, i] = gn[j, i] - 0.25 * (gn[j, i] - gn[j, i - 1]) - 0.25 * (gn[j, i] - gn[j - 1, i])\n"
    "            g[0, :] = 1\n            g[:, 0] = 1",
    "g.round(6)",
    "gn is g, float(gn.sum())",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session31_fixtures.py",
        "autograd.numpy's functions as values (not NumPy's ufuncs), called, compared and differentiated",
        STATEMENTS,
    )
    write_numpy_fixture(
        HOLDERS_OUTPUT,
        "make_session31_fixtures.py",
        "writes through a function's parameter into an array other names, a list, a dict, an object and a default hold",
        HOLDER_STATEMENTS,
    )
