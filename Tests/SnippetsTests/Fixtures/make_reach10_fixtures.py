#!/usr/bin/env python3
"""Writes the transcript of what the tutorial probe (Benchmarks/reach_probe.py) found wrong or missing, from CPython.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach10_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/45-reach10-modules-and-annotations.txt` (and ranges as arrays, np.fill_diagonal, ufunc.identity); rerunning gives identical bytes. Each statement runs as the
interactive REPL runs it (make_interpreter_fixtures.run_single), in one namespace that holds only `np`, as a snippet
starts. Modules CPython prints by name alone (frozen or built in) are echoed; the others print their file's path,
which docbuild refuses (SnippetsTests/ModuleEchoRefusalTests.swift).
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "45-reach10-modules-and-annotations.txt"

MODULES = [
    "import os, io, sys, itertools", "from os import path", "import os.path as osp", "os", "os.path", "path", "osp",
    "io", "sys", "itertools", "[os, sys]", "(io,)", "{'m': itertools}", "print(os)", "print(os.path, sys)", "str(io)",
    "repr(sys)", "f'{os}'", "'%s' % (sys,)", "type(os).__name__", "os is os.path", "os == os",
]

# An annotated target without a value: Python evaluates an attribute's object, a subscript's object and its index
# (IPython's `In [2]: …` prompts pasted into code are this statement), and binds nothing.
ANNOTATIONS = [
    "In [2]: np.arange(3)", "Out[2]: np.arange(3)", "x: int", "x", "d = {}", "d['k']: int", "d",
    "d[missing]: int", "xs = [1, 2, 3]", "xs[0]: float", "xs[5]: float", "xs[1:unknown]: float",
    "xs[::2]: float", "xs[0, y]: float", "a = np.zeros((2, 2))", "a[0, 1]: float", "a[0, nothing]: float",
    "a.shape: tuple", "a.nope: int", "nothing.attribute: int", "d['j']: int = 5", "d",
    "class P:\n    pass", "p = P()", "p.x: int", "p.y: int = 2", "p.y",
    "def f(q):\n    q.attribute: int\n    q[0]: int\n    return 'ran'", "f(xs)",
    "def g():\n    undefined_object.attribute: int\n    return 'ran'", "g()",
    "def h():\n    z: undefined_type\n    return 'annotation not evaluated in a function'", "h()",
    "for k in range(2):\n    xs[k]: int\n    print(k)",
    "s = 'abc'", "s[0]: str", "s[10]: str",
]


# A range is a sequence of ints to NumPy: an array's input or operand (PDSH's `np.array([range(i, i + 3) ...])`).
RANGES = [
    "np.array(range(5))", "np.array([range(i, i + 3) for i in [2, 4, 6]])", "np.array((range(2), [1.5, 2]))",
    "np.array(range(10, 0, -3), dtype=float)", "np.array(range(-4, 4, 3))", "np.asarray(range(3))",
    "np.array([[range(2)], [range(2, 4)]])", "np.sum(range(4))", "np.mean(range(1, 11))", "np.cumsum(range(5))",
    "np.sqrt(range(4))", "np.array(range(3)) * 2", "np.arange(3) + range(3)", "range(3) - np.arange(3)",
    "np.arange(3.0) * range(1, 4)", "np.arange(3) == range(3)", "np.arange(3) < range(1, 4)",
    "np.arange(3) & range(3)", "np.arange(4) + range(3)", "np.zeros(3)[range(2)]", "np.array(range(2**62, 2**62 + 2))",
    "np.array([range(3), range(2)])", "np.exp(range(3))", "np.array(range(5))[::2]", "np.ones((2, 3)) + range(3)",
]


# np.fill_diagonal writes `a.flat[:end:step] = val` in place (numpy-tutorials' static-equilibrium chapter).
FILL_DIAGONAL = [
    "a = np.zeros((3, 3))", "np.fill_diagonal(a, 5)", "a", "np.fill_diagonal(a, [1, 2])", "a",
    "np.fill_diagonal(a, np.array([7.5, 8.5, 9.5]))", "a", "np.fill_diagonal(a, [])", "a",
    "np.fill_diagonal(a, [[1, 2], [3, 4]])", "a", "np.fill_diagonal(a, np.array(-1.0))", "a",
    "t = np.zeros((5, 3), dtype=int)", "np.fill_diagonal(t, 4)", "t", "np.fill_diagonal(t, [1.7, 2.2], wrap=True)", "t",
    "np.fill_diagonal(t, 9, True)", "t", "w = np.zeros((2, 4))", "np.fill_diagonal(w, [3, 4, 5])", "w",
    "c = np.zeros((3, 3, 3))", "np.fill_diagonal(c, 2)", "c[1, 1, 1], c.sum()", "np.fill_diagonal(c, [1, 2, 3])",
    "c[2, 2, 2], c[0, 0, 0], c.sum()", "np.fill_diagonal(np.zeros((3, 2, 3)), 1)", "np.fill_diagonal(np.zeros(3), 1)",
    "np.fill_diagonal([[1, 2], [3, 4]], 1)", "np.fill_diagonal(a)", "print(np.fill_diagonal(np.zeros((2, 2)), 1))",
    "z = np.zeros((0, 0))", "np.fill_diagonal(z, 3)", "z", "big = np.zeros((4, 4))", "view = big[1:, 1:]",
    "np.fill_diagonal(view, 6)", "big", "same = big", "np.fill_diagonal(big, 0)", "same",
    "b = np.ones((3, 3), dtype=bool)", "np.fill_diagonal(b, False)", "b", "k = np.eye(3) * 2",
    "np.fill_diagonal(k, np.diag(k) + 1)", "k", "np.fill_diagonal(np.broadcast_to(np.zeros(2), (2, 2)), 1)",
    "np.fill_diagonal(np.broadcast_to(np.zeros(2), (2, 2)), [])", "np.fill_diagonal(np.broadcast_to(np.zeros(0), (0, 0)), 1)",
    "np.fill_diagonal(a, 1, wrap=False)", "a",
]


# ufunc.identity, which NumPy's quickstart folds `np.ix_` grids from.
UFUNC_IDENTITY = [
    f"np.{name}.identity"
    for name in [
        "add", "multiply", "bitwise_and", "bitwise_or", "bitwise_xor", "gcd", "hypot", "logaddexp", "logaddexp2",
        "logical_and", "logical_or", "logical_xor", "subtract", "divide", "true_divide", "maximum", "minimum", "power",
        "sin", "exp", "arctan2", "left_shift", "mod", "logical_not", "isnan", "absolute", "lcm", "fmax", "copysign",
    ]
] + [
    "type(np.add.identity), type(np.logaddexp.identity)",
    "def fold(ufunc, *vectors):\n    result = ufunc.identity\n    for grid in np.ix_(*vectors):\n"
    "        result = ufunc(result, grid)\n    return result",
    "fold(np.add, np.array([1, 2]), np.array([10, 20, 30]))", "fold(np.multiply, np.arange(1, 3), np.arange(2, 5))",
    "fold(np.logical_or, np.array([True, False]), np.array([False, False]))",
    "np.add.reduce(np.array([], dtype=int)) == np.add.identity",
]


def main():
    write_transcript(
        OUTPUT,
        "# 45-reach10-modules-and-annotations: generated by make_reach10_fixtures.py from Python and NumPy "
        f"{np.__version__}.",
        MODULES + ANNOTATIONS + RANGES + FILL_DIAGONAL + UFUNC_IDENTITY,
        {"np": np, "__name__": "__main__"},
        quiet=True,
    )


if __name__ == "__main__":
    main()
