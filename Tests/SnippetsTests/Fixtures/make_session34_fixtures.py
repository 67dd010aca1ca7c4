#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for `hasattr` and `getattr(x, name, default)` on the builtin values
snippets make whose attributes docbuild did not list: iterators (zip, map, filter, enumerate, generators, list and
range iterators), slices, None, frozensets, bytearrays and dict views. docbuild answered False for special names their
CPython types have (`hasattr(zip(a, b), '__setstate__')`, `hasattr(iter(xs), '__length_hint__')`); it now knows each
type's `dir()` (Tests/fixtures/make_python_names.py) and refuses what it cannot know (a NumPy type's private names).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/284-session34-hasattr-of-builtin-values.txt`, `285-session34-autograd-transpose-axes.txt` and
`299-session34-ufunc-at-operands.txt`; rerunning gives identical bytes.

The second fixture holds `transpose(axes=…)` inside autograd's `grad`: autograd's box has a method of its own,
`transpose(A, axes=None)`, which takes the axes by keyword, where NumPy's `ndarray.transpose` takes none (docbuild
raised NumPy's TypeError inside `grad` too).
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "284-session34-hasattr-of-builtin-values.txt"
TRANSPOSE_OUTPUT = HERE / "interpreter" / "285-session34-autograd-transpose-axes.txt"
UFUNC_AT_OUTPUT = HERE / "interpreter" / "299-session34-ufunc-at-operands.txt"

VALUES = [
    ("z", "zip([1, 2], [3, 4])"),
    ("m", "map(abs, [-1, 2])"),
    ("f", "filter(None, [0, 1])"),
    ("e", "enumerate('ab')"),
    ("g", "(x * x for x in range(3))"),
    ("it", "iter([1, 2, 3])"),
    ("rit", "reversed([1, 2])"),
    ("rng", "iter(range(3))"),
    ("s", "slice(1, 5, 2)"),
    ("fs", "frozenset({1, 2})"),
    ("ba", "bytearray(b'ab')"),
    ("kv", "{'a': 1}.keys()"),
    ("iv", "{'a': 1}.items()"),
    ("nothing", "None"),
]

NAMES = [
    "__len__", "__iter__", "__next__", "__getitem__", "__contains__", "__setstate__", "__length_hint__",
    "__reversed__", "__hash__", "__bool__", "__call__", "__enter__", "send", "indices", "union", "append",
    "isdisjoint", "mapping", "start", "close", "count",
]

STATEMENTS = []
for name, expression in VALUES:
    STATEMENTS.append(f"{name} = {expression}")
    STATEMENTS.append(f"[n for n in {NAMES!r} if hasattr({name}, n)]")
    if name not in ("fs", "ba", "kv", "iv"):  # these have a __len__, which prints with its address
        STATEMENTS.append(f"getattr({name}, '__len__', 'no len')")
# Duck typing as tutorials write it.
STATEMENTS += [
    "def is_iterable(x):\n    return hasattr(x, '__iter__')",
    "[is_iterable(v) for v in (zip(), map(str, []), 3, 'ab', None, slice(1), frozenset())]",
    "def has_length(x):\n    return hasattr(x, '__len__')",
    "[has_length(v) for v in (zip(), (i for i in []), range(2), {}.values(), bytearray(), None)]",
    # Callables and what a bound method reads from its function; a class statement's __module__ through an instance.
    "def f():\n    return 1",
    "class C:\n    def m(self):\n        \"Answer one.\"\n        return 1",
    "[hasattr(x, '__call__') for x in (f, lambda: 1, C().m, C, len, print, max, [].append, str.upper, C(), 3, 'a')]",
    "C().m.__name__, C().m.__qualname__, C().m.__module__, C().m.__doc__",
    "C().__module__, hasattr(C(), '__module__'), hasattr(C().m, '__func__'), hasattr(C().m, '__wrapped__')",
]

TRANSPOSE_STATEMENTS = [
    "import autograd.numpy as anp",
    "from autograd import grad",
    "M = anp.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])",
    "def f(W):\n    return anp.sum(W.transpose(axes=(1, 0)) * M.T)",
    "grad(f)(anp.ones((2, 3)))",
    "def g(W):\n    return anp.sum(W.transpose(axes=None)[0] ** 2)",
    "grad(g)(anp.arange(6.0).reshape(2, 3))",
    "def h(W):\n    return anp.sum(W.transpose(axes=[2, 0, 1])[1])",
    "grad(h)(anp.ones((2, 2, 3)))",
    "def k(W):\n    return anp.sum(W.transpose((1, 0)) * M.T)",
    "grad(k)(anp.ones((2, 3)))",
    # Outside grad the array is NumPy's, whose method takes no keywords.
    "anp.ones((2, 3)).transpose(axes=(1, 0))",
    "def bad(W):\n    return anp.sum(W.transpose(axes=(1, 0), extra=1))",
    "grad(bad)(anp.ones((2, 3)))",
]

# np.ufunc.at's first operand: NumPy's own TypeError for anything but an array (docbuild's message was its own).
UFUNC_AT_STATEMENTS = [
    "a = np.zeros(4)",
    "np.add.at(a, [0, 0, 2], 1)",
    "a",
    "np.add.at([1, 2, 3], [0], 1)",
    "np.multiply.at(5, [0], 2)",
    "np.add.at((1, 2), [0], 1)",
    "np.add.at(np.float64(1.0), [0], 1)",
    "np.subtract.at(None, [0], 1)",
    "b = np.arange(6).reshape(2, 3)",
    "np.add.at(b, (0, [1, 1]), 10)",
    "b",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session34_fixtures.py",
        "hasattr and getattr with a default on iterators, slices, None, frozensets, bytearrays and dict views",
        STATEMENTS,
    )
    write_numpy_fixture(
        TRANSPOSE_OUTPUT,
        "make_session34_fixtures.py",
        "transpose(axes=...) of a value autograd's grad traces, and of a plain array",
        TRANSPOSE_STATEMENTS,
    )
    write_numpy_fixture(
        UFUNC_AT_OUTPUT,
        "make_session34_fixtures.py",
        "np.ufunc.at of an array, and NumPy's TypeError for a list, tuple, number, NumPy scalar or None",
        UFUNC_AT_STATEMENTS,
    )
