#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the tutorial code the reach probe found docbuild refusing (issue 9/10).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach14_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/56-reach14-refusals-lifted.txt`; rerunning gives identical bytes.

`Benchmarks/reach_probe.py` listed these among the refusals that blocked the most statements of published tutorials:
assigning an array's shape (`g.shape = (6, 4)`, handson-ml3's NumPy notebook), `np.__version__` (the first cell of
every one of Kyubyong's NumPy exercises), `np.hypot` of float32 arrays (From Python to NumPy's boids) and the
`np.ndarray` subclasses of NumPy's 100 exercises (`NamedArray`, `Symetric`), then `a.trace()`, a bound method's
`__name__`, `a.real = …` / `a.imag = …`, `np.array_str(a)`, and a call of a NumPy function snippets lack whose argument fails first. Each block below is what docbuild now
runs as CPython and NumPy do, the statements that raise included, with NumPy's own messages. What docbuild refuses
instead (the rest of an ndarray subclass) is in `Tests/SnippetsTests/ReachRefusalTests.swift`.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "56-reach14-refusals-lifted.txt"

VERSION = [
    "np.__version__",
    "print(np.__version__)",
    "type(np.__version__), np.__version__ > '2'",
    "from numpy import __version__",
    "__version__",
]

SHAPE = [
    # handson-ml3's tools_numpy: the same array object, seen through every name.
    "g = np.arange(24)",
    "g.shape = (6, 4)",
    "g",
    "g.shape = (2, 3, 4)",
    "g",
    "h = g",
    "h.shape = [4, -1]",
    "g.shape, h is g",
    "g.shape = 24",
    "g.shape = np.int64(24)",
    "g.shape = np.array([3, 8])",
    "g",
    "g.shape = (5, 5)",
    "g.shape = (-1, 5)",
    "g.shape = (5, -1)",
    "g.shape = (-1, -1)",
    "g.shape = ()",
    "g.shape = None",
    "g.shape = 'x'",
    "g.shape = 2.0",
    "g.shape = (2, 3.0, 4)",
    "g.shape = True",
    "g.reshape(np.float64(2.0)), g.reshape(np.True_)",
    "g.reshape(np.float32(24))",
    "g.shape = [[3, 8]]",
    "g.shape",
    "del g.shape",
    "s = np.float64(2.5)",
    "s.shape = (1,)",
    "del s.shape",
    "z = np.array(7)",
    "z.shape = (1, 1)",
    "z",
    "e = np.zeros((0, 3))",
    "e.shape = (3, 0, 2)",
    "e",
    "items = [g, {'g': g}]",
    "g.shape = (4, 6)",
    "items[0].shape, items[1]['g'].shape",
    # Views: the same view object changes, the array it views and its other views do not.
    "a = np.arange(12)",
    "r = a.reshape(3, 4)",
    "r.shape = (2, 6)",
    "r",
    "a.shape, r.base is a",
    "r[1, 0] = 100",
    "a",
    "a.shape = (3, 4)",
    "a",
    "r",
    "r[0, 0] = -1",
    "a[0]",
    "t = a.T",
    "t.shape = (12,)",
    "t.shape = (4, 3, 1)",
    "t",
    "t.shape",
    "t[1, 2, 0] = 55",
    "a",
    "v = a[:, ::2]",
    "v.shape = (6,)",
    "v.shape = (3, 2, 1)",
    "v",
    "w = a[1]",
    "w.shape = (2, 2)",
    "w",
    "a[1, 0] = 7",
    "w",
    "b = np.broadcast_to(np.arange(3), (2, 3))",
    "b.shape = (6,)",
    "c = np.arange(6.0)",
    "d = c[::-1]",
    "d.shape = (2, 3)",
    "d",
    "d[0, 0] = 50",
    "c",
    "f = np.exp(np.zeros((3, 2)).T)",
    "f.shape = (3, 2)",
    "f.shape = (6,)",
    "f.shape = (2, 3)",
    "f",
    "x = np.arange(6.0)",
    "x2 = x * 2",
    "x2.shape = (3, 2)",
    "x2.sum(axis=0), x2.T @ x2",
]

HYPOT = [
    # From Python to NumPy's boids: distances between float32 positions.
    "np.random.seed(0)",
    "position = np.random.uniform(-40, 40, (6, 2)).astype(np.float32)",
    "dx = np.subtract.outer(position[:, 0], position[:, 0])",
    "dy = np.subtract.outer(position[:, 1], position[:, 1])",
    "distance = np.hypot(dx, dy)",
    "distance",
    "distance.dtype, distance.sum(axis=1)",
    "x = np.random.standard_normal(40).astype(np.float32) * np.float32(1e3)",
    "y = np.random.standard_normal(40).astype(np.float32) * np.float32(1e-2)",
    "np.hypot(x, y)",
    "np.hypot(x * np.float32(1e-40), y * np.float32(1e-40))",
    "np.hypot(x * np.float32(1e35), y)",
    "np.hypot(np.float32(3), np.float32(4)), np.hypot(np.float32(3e38), np.float32(3e38))",
    "np.hypot(np.float32(1e-45), np.float32(1e-45)), np.hypot(np.float32(0.1), 0.2)",
    "special = np.array([np.inf, -np.inf, np.nan, 0.0, -0.0, 1.5, -2.5e-39], dtype=np.float32)",
    "np.hypot(special[:, None], special[None, :])",
    "np.signbit(np.hypot(special[:, None], special[None, :]))",
    "np.hypot(np.float32(-np.nan), np.float32(1)), np.signbit(np.hypot(np.float32(-np.nan), np.float32(1)))",
    "np.hypot(np.float32(1), np.float32(-np.nan)), np.signbit(np.hypot(np.float32(1), -np.float32(np.nan)))",
    "h = (np.random.standard_normal(30) * 100).astype(np.float16)",
    "k = (np.random.standard_normal(30) * 100).astype(np.float16)",
    "np.hypot(h, k)",
    "np.hypot(h, 3.0), np.hypot(np.float16(60000), np.float16(60000))",
    "np.hypot(special.astype(np.float16)[:, None], special.astype(np.float16))",
    "np.hypot(np.int8(3), np.int8(4)), np.hypot(np.uint8(5), 12), np.hypot(np.int16(8), np.int16(15))",
    "np.hypot(np.arange(5, dtype=np.uint16), 7)",
    "np.hypot(np.arange(-3, 3, dtype=np.int8), np.arange(6, dtype=np.int8))",
    "np.hypot(np.float32(3), np.float16(4)), np.hypot(np.float16(3), np.int16(4))",
    "np.hypot(np.float32(3), 4.0), np.hypot(np.float32(3), np.float64(4))",
]

SUBCLASSES = [
    # NumPy's 100 exercises, no. 62 and no. 87.
    "class NamedArray(np.ndarray):\n    def __new__(cls, array, name=\"no name\"):\n"
    "        obj = np.asarray(array).view(cls)\n        obj.name = name\n        return obj\n"
    "    def __array_finalize__(self, obj):\n        if obj is None: return\n"
    "        self.name = getattr(obj, 'name', \"no name\")",
    "Z = NamedArray(np.arange(10), \"range_10\")",
    "print (Z.name)",
    "print(Z)",
    "Z",
    "Z.shape, Z.ndim, Z.size, Z.dtype, Z.itemsize, Z.nbytes",
    "type(Z).__name__, isinstance(Z, NamedArray), Z.__dict__",
    "isinstance(Z, np.ndarray), issubclass(NamedArray, np.ndarray), NamedArray.__bases__",
    "W = NamedArray(np.linspace(0, 1, 30).reshape(3, 10))",
    "W",
    "W.name, str(W)",
    "Z[3] = 33",
    "print(Z)",
    "a = np.arange(4.0)",
    "N = a.view(NamedArray)",
    "N, N.name",
    "N[0] = 9",
    "a",
    "a[1] = 7",
    "print(N)",
    "[N, {'n': N}]",
    "hash(N)",
    "{N}",
    "E = np.arange(3, dtype=np.int8).view(type=NamedArray)",
    "E, repr(E), E.name",
    "class Symetric(np.ndarray):\n    def __setitem__(self, index, value):\n        i,j = index\n"
    "        super(Symetric, self).__setitem__((i,j), value)\n"
    "        super(Symetric, self).__setitem__((j,i), value)",
    "def symetric(Z):\n    return np.asarray(Z + Z.T - np.diag(Z.diagonal())).view(Symetric)",
    "np.random.seed(0)",
    "S = symetric(np.random.randint(0,10,(5,5)))",
    "S[2,3] = 42",
    "print(S)",
    "S",
    "S[0, 1:3] = [70, 80]",
    "S[4] = 1",
    "print(S)",
    "np.zeros((0, 3)).view(Symetric), np.array(5.0).view(Symetric)",
    "class Plain(np.ndarray):\n    pass",
    "P = np.arange(3).view(Plain)",
    "P[0] = -1",
    "P, str(P), P.dtype",
    "P.missing",
]

METHODS = [
    # handson-ml3: `D.trace()` and the names of bound methods in a loop.
    "D = np.array([[100, 200, 300], [10, 20, 30], [1, 2, 3]])",
    "D.trace()",
    "(D / 7).trace(), np.eye(3, dtype=bool).trace(), np.arange(6.0).reshape(2, 3).trace()",
    "np.arange(4, dtype=np.int8).reshape(2, 2).trace()",
    "a = np.array([[-2.5, 3.1, 7], [10, 11, 12]])",
    "for func in (a.min, a.max, a.sum, a.prod, a.std, a.var):\n    print(func.__name__, \"=\", func())",
    "[].append.__name__, 'x'.upper.__name__, D.reshape.__name__",
    # Kyubyong's exercises: writing a complex array's parts.
    "c = np.array([1+2j, 3+4j, 5+6j])",
    "c.real = 9",
    "c.imag = [5, 7, 9]",
    "print(c)",
    "v = c[::2]",
    "v.real = 1",
    "c",
    "r = np.arange(3.0)",
    "r.real = [4, 5, 6]",
    "r",
    "r.imag = 1",
    "i = np.arange(3)",
    "i.real = 2.7",
    "i",
    "np.float64(2).real = 3",
    "del r.real",
    "del c.imag",
    "c.imag = [1, 2]",
]

ARRAY_STR = [
    # Kyubyong's exercises: an array's text, parsed back.
    "x = np.arange(10).reshape(2,5)",
    "x_str = np.array_str(x)",
    "print(x_str, \"\\n\", type(x_str))",
    "x_str = x_str.replace(\"[\", \"\")",
    "x_str = x_str.replace(\"]\", \"\")",
    "x2 = np.fromstring(x_str, dtype=x.dtype, sep=\" \").reshape(x.shape)",
    "np.array_equal(x, x2)",
    "np.array_str(np.linspace(0, 1, 3)), np.array_str(np.arange(3), None, None, None)",
    "with np.printoptions(precision=2):\n    print(np.array_str(np.linspace(0, 1, 7)))",
    "np.array_str(np.array([1+2j, 3.5]))",
]

ARGUMENTS_FIRST = [
    # Kyubyong's exercises call NumPy functions snippets lack on a name an earlier failure left undefined: CPython
    # finds the function, then fails on the argument.
    "out = np.char.splitlines(undefined)",
    "np.fft.fft(undefined, n=4)",
    "np.fft.ifft(1 / 0)",
    "[np.char.join('-', undefined) for _ in range(2)]",
]


def main():
    statements = VERSION + SHAPE + HYPOT + SUBCLASSES + METHODS + ARRAY_STR + ARGUMENTS_FIRST
    header = (
        f"# 56-reach14-refusals-lifted: generated by make_reach14_fixtures.py from Python and NumPy {np.__version__}; "
        "tutorial code the reach probe found refused, as CPython runs it."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
