#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's session-24 corpora (QuantEcon's Python
lectures, the Coursera deep-learning assignments, donnemartin's notebooks) showed docbuild getting wrong or refusing,
around the statements docbuild now refuses instead: a module object's own attributes (`math.__dict__`; docbuild raised
AttributeError) and `__builtins__` (docbuild raised NameError) are refused, so these lines hold what still runs
beside them; a refused `x.__setitem__(0, 'aa')` or a call through a name a refusal left unknown
(`bisect.insort(seq, 8)` after a refused import) leaves what it was passed unknown, so the lines here show the same
writes done in the language; an `np.empty` array is shown only once every element has been written (docbuild showed
zeros where NumPy shows what its memory held), and these lines are those writes. Two refusals of those corpora now
run: `x.__class__` of Python's builtin values, and a standard-library module's `__name__`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach24b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/130-reach24b-module-attributes-empty-writes.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "130-reach24b-module-attributes-empty-writes.txt"

STATEMENTS = [
    "import math",
    "math.pi, math.e",
    "math.nonexistent",
    "x = ['a', 'b']",
    "x[0] = 'aa'",
    "x, len(x)",
    "seq = [1, 2, 2, 3, 5, 13]",
    "seq.insert(5, 8)",
    "seq",
    "z = np.empty(3)",
    "z[:] = 42",
    "z",
    "y = np.empty((2, 3))",
    "for i in range(2):\n    y[i, :] = i + 1",
    "print(y)",
    "w = np.empty_like(np.arange(4))",
    "w[0] = 7",
    "w[1:] = [1, 2, 3]",
    "w",
    "v = np.empty(2)",
    "v.fill(1.5)",
    "v, [v, v]",
    "u = np.empty(5)",
    "u[::2] = 1",
    "u[1::2] = 2",
    "print(u)",
    "t = np.empty((2, 2))",
    "t[[0, 1], [0, 1]] = 3",
    "t[[0, 1], [1, 0]] = 4",
    "t",
    "s = np.empty(4)",
    "s[s.shape[0] - 4:] = np.arange(4) * 0.5",
    "s",
    "def reciprocals(values):\n    output = np.empty(len(values))\n    for i in range(len(values)):\n        output[i] = 1.0 / values[i]\n    return output",
    "reciprocals([1, 2, 4])",
    "o = np.empty(4)",
    "o.reshape(2, 2)[...] = 1",
    "o",
    "p = np.empty((2, 2))",
    "p.T[:] = [[1, 2], [3, 4]]",
    "p",
    "(1).__class__, 'a'.__class__, [].__class__, True.__class__, (1.5).__class__, (2**70).__class__",
    "{}.__class__, {1}.__class__, (1,).__class__, b''.__class__, 1j.__class__",
    "x = 5",
    "x.__class__ is int, x.__class__.__name__, type(x) == x.__class__, [1, 2].__class__([3])",
    "import collections, itertools, functools, operator, string, random, copy, re",
    "math.__name__, collections.__name__, itertools.__name__, functools.__name__, operator.__name__",
    "string.__name__, random.__name__, copy.__name__, re.__name__",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_reach24b_fixtures.py",
        "module attributes beside refused dunders, mutating writes beside refused ones, np.empty arrays written whole",
        STATEMENTS,
    )
