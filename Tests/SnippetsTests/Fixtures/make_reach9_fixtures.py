#!/usr/bin/env python3
"""Writes what CPython 3.11, NumPy and autograd 1.9.1 print for the constructs the reach probe's ninth pass found
docbuild refusing, and for `is` between numbers, strings and tuples where CPython's answer is fixed.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach9_fixtures.py` (Python 3.11, numpy 2.4.6, autograd 1.9.1). It
rewrites `interpreter/76-reach9-identity-and-tutorial-refusals.txt`; rerunning gives identical bytes.

Each statement is compiled alone, as the interactive REPL compiles it (docbuild's transcripts follow the REPL, not
`python3 -c`, where one module's constants are shared). `is` is decided by docbuild only where CPython 3.11's answer
does not depend on how the objects were made: values that differ are different objects; the ints -5 to 256 and the
empty tuple are cached singletons. `check_small_int_cache()` below checks, before anything is written, that every way a
snippet can produce such an int or an empty tuple gives CPython's cached object, so the fixture is not written if that
ever stops holding. What docbuild keeps refusing is in `Tests/SnippetsTests/Reach9RefusalTests.swift`.
"""

import math
import pathlib
import sys

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "76-reach9-identity-and-tutorial-refusals.txt"


EMPTY = ()


def check_small_int_cache():
    """Asserts that the ways a snippet makes an int in -5..256 or an empty tuple all give CPython's one object."""
    assert sys.version_info[:2] == (3, 11), sys.version
    for v in range(-5, 257):
        cached = [x for x in range(-5, 257) if x == v][0]
        made = [
            v + 1000 - 1000, (v * 3) // 3, -(-v), abs(v) if v >= 0 else -abs(v), int(str(v)), int(float(v)),
            int(f" {v} "), int(hex(v), 16), int(bin(v), 2), int(oct(v), 8), round(v + 0.25), round(float(v)),
            math.floor(v + 0.5), math.ceil(v - 0.5), math.trunc(float(v)), int(np.int64(v)), np.int64(v).item(),
            np.array([v]).tolist()[0], int(np.float64(v)), np.array([v], dtype=np.int8 if -128 <= v < 128 else
                                                                    np.int16)[0].item(),
            sum([v, 0]), sum([1] * (v + 5)) - 5, len([0] * (v + 5)) - 5, max(v, -6), min(v, 257),
            (v << 70) >> 70, v ^ 0, v | 0, v & -1, ~~v, divmod(v, 1)[0], v % 1000 if v >= 0 else -(-v % 1000),
            pow(v, 1), v ** 1, (2 ** 100 + v) - 2 ** 100, int.from_bytes(v.to_bytes(2, "big", signed=True), "big",
                                                                             signed=True),
            list(range(-5, 257))[v + 5], list(enumerate(range(v + 6)))[-1][0] - 5, [*range(v, v + 1)][0],
            int(True) * v, v * True, int(v / 1), math.gcd(v, 0) if v >= 0 else -math.gcd(v, 0), (v, 1)[0],
            {"k": v}["k"], next(iter([v])), sorted([v])[0], int("".join(reversed(str(v)[::-1]))),
            ord(chr(v)) if v >= 0 else v, len("x" * v) if v >= 0 else v, math.isqrt(v * v) if v >= 0 else v,
            math.comb(v, 1) if v >= 0 else v, math.factorial(1) * v, math.prod([v, 1]), hash(v) if v != -1 else v,
            "abc".count("a") * v, [0, 1, 2].index(2) * v // 2, np.sum(np.array([v])).item(), int(np.round(v + 0.1)),
        ]
        for value in made:
            assert value is cached, (v, value)
    for empty in [tuple([]), ()[:], (1, 2)[2:], tuple(x for x in []), () * 3, (1,) * 0, tuple(""), tuple(range(0)),
                  (1, 2)[::-1][2:], tuple(map(int, [])), tuple(sorted(())), () + (), tuple(zip()),
                  tuple({}), (lambda *a: a)(), np.float64(1).shape, np.zeros(3)[0].shape, tuple(np.zeros(0))]:
        assert empty is EMPTY, empty


IDENTITY = [
    # Ints CPython 3.11 caches: every way of making them gives the one object.
    "a = 5",
    "b = 2 + 3",
    "a is b",
    "a is not b",
    "n = 256",
    "n is 255 + 1",
    "n is int('256')",
    "m = -5",
    "m is -5",
    "m is not -5",
    "m is 0 - 5",
    "k = len([1, 2, 3])",
    "k is 3",
    "k is 4",
    "i = 0",
    "for i in range(3):\n    pass",
    "i is 2",
    "i is b - 3",
    "z = 0",
    "z is 0",
    "z is False",
    "z is 0.0",
    "1 is True",
    "True is True",
    "None is None",
    "None is not None",
    "... is Ellipsis",
    "NotImplemented is NotImplemented",
    "x = [1, 2, 3]",
    "x[0] is 1",
    "x[2] is len(x)",
    "x.index(3) is 2",
    "sum(x) is 6",
    "max(x) is 3",
    "min(x) is not 1",
    "d = {'one': 1, 'two': 2}",
    "d['one'] is 1",
    "d['two'] is d['one'] * 2",
    "d.get('three') is None",
    "d.get('one') is None",
    "int(np.int64(7)) is 7",
    "np.int64(7).item() is 7",
    "np.arange(5).tolist()[4] is 4",
    "round(2.6) is 3",
    "int(2.9) is 2",
    "abs(-9) is 9",
    "7 // 2 is 3",
    "-7 % 3 is 2",
    "2 ** 8 is 256",
    "2 ** 8 is not 256",
    "1 << 7 is 128",
    "divmod(17, 5)[0] is 3",
    "ord('a') is 97",
    # Different values are different objects, whatever their size.
    "big = 10 ** 6",
    "big is 10 ** 6 + 1",
    "big is not 999999",
    "big is 1000000.0",
    "2 ** 100 is 2 ** 100 + 1",
    "2 ** 100 is not 3 ** 70",
    "-6 is -7",
    "257 is 258",
    "1.5 is 2.5",
    "0.0 is -0.0",
    "f = 0.1 + 0.2",
    "f is 0.3",
    "f is not 0.3",
    "float('nan') is 1.0",
    "1j is 2j",
    "(1 + 2j) is not (1 + 3j)",
    "'abc' is 'abd'",
    "s = 'hello'",
    "s is 'world'",
    "s is not 'hell'",
    "s is s.upper()",
    "'' is 'a'",
    "b'x' is b'y'",
    "b'abc' is not b'ab'",
    "np.float64(1.5) is np.float64(2.5)",
    "np.float64(1.5) is 1.5",
    "np.int64(3) is 3",
    "np.int64(3) is np.int32(3)",
    "np.float32(0.5) is not np.float32(0.25)",
    "np.arange(3)[0] is np.arange(3)[1]",
    "np.sum(np.ones(3)) is 3.0",
    "'3' is 3",
    "3 is '3'",
    "(1,) is [1]",
    "[] is []",
    "[] is not []",
    "{} is {}",
    "L = [1, 2]",
    "M = L",
    "L is M",
    "L is L[:]",
    "L is list(L)",
    # Tuples: the empty tuple is one object; tuples that differ are different objects.
    "() is ()",
    "t = ()",
    "t is tuple()",
    "t is tuple([])",
    "t is (1, 2)[2:]",
    "t is not tuple(x for x in [])",
    "np.zeros(3)[0].shape is ()",
    "np.float64(1).shape is ()",
    "np.zeros((2, 3)).shape is (2, 3)[:0]",
    "(1, 2) is (1, 3)",
    "(1, 2) is (1, 2, 3)",
    "(1, 2) is not (2, 1)",
    "p = (1, 2)",
    "q = (1, 3)",
    "p is q",
    "p is not q",
    "p is (1,)",
    "(1, [2]) is (1, [2])",
    "(L, 1) is (L, 2)",
    "(L,) is ([1, 2],)",
    "((),) is ((1,),)",
    "np.zeros((2, 3)).shape is (3, 2)",
    "np.zeros(4).shape is not (5,)",
    "divmod(17, 5) is (3, 3)",
    # In expressions and statements tutorials write.
    "def sign(v):\n    if v is 0:\n        return 'zero'\n    return 'positive' if v > 0 else 'negative'",
    "sign(0), sign(3), sign(-2)",
    "values = [0, 1, 2, 1, 0]",
    "[v for v in values if v is 1]",
    "[v is 0 for v in values]",
    "sum(1 for v in values if v is not 0)",
    "def first_none(items):\n    for position, item in enumerate(items):\n        if item is None:\n"
    "            return position\n    return -1",
    "first_none([3, None, 5]), first_none([])",
    "x = None",
    "x is None and 1 is 1",
    "y = 5",
    "(y is 5) == (y == 5)",
    "y is 5 is not None",
    "z = (y is 6)",
    "z",
    "z is False",
    "type(1) is int",
    "type(1.0) is float",
    "type(np.float64(1)) is np.float64",
    "type('a') is not str",
    "type((1,)) is tuple",
]

ALIASES = [
    # A name bound to another's object (`b = a`) is that object, whatever its value (scipy-lectures' first chapter).
    "a = 'A string'",
    "b = a",
    "a is b",
    "b is a",
    "a is not b",
    "a is a",
    "big = 10 ** 20",
    "other = big",
    "big is other",
    "other is not big",
    "f = 0.1 + 0.2",
    "g = f",
    "h = g",
    "f is g, g is h, h is f",
    "f is g is h",
    "t = (1, 2, [3])",
    "u = t",
    "t is u",
    "n = float('nan')",
    "m = n",
    "n is m, n == m",
    "z = np.float64(2.5)",
    "w = z",
    "z is w",
    "s = 'hello' * 3",
    "r = s",
    "s is r",
    "r is not s",
    # Rebinding either name ends it: each is then its own object, or a new one.
    "g = 1.5",
    "f is g",
    "f is h",
    "h = f",
    "f is h",
    "f = 0.25",
    "f is h",
    "h = f",
    "f is h",
    "del f",
    "f is h",
    "i = 300",
    "j = i",
    "i is j",
    "i += 0",
    "i is 300 - 1",
    "k = j",
    "k is j",
    "for j in [1, 2]:\n    pass",
    "k is j",
    "j is 2",
]

SYS_VERSION = [
    # Notebooks start by asserting the Python they need (handson-ml3's every notebook).
    "import sys",
    "assert sys.version_info >= (3, 7)",
    "sys.version_info >= (3, 7)",
    "sys.version_info > (3, 11)",
    "sys.version_info >= (3, 11)",
    "sys.version_info < (3, 12)",
    "sys.version_info < (3,)",
    "sys.version_info >= (3,)",
    "sys.version_info <= (2, 7)",
    "sys.version_info > (3, 10, 5)",
    "sys.version_info == (3, 11)",
    "sys.version_info != (3, 11)",
    "sys.version_info == 3",
    "sys.version_info != 'x'",
    "(3, 7) <= sys.version_info",
    "(3, 12) > sys.version_info",
    "sys.version_info[0], sys.version_info[1], sys.version_info[:2], sys.version_info[:1]",
    "sys.version_info[-5], sys.version_info[-4], sys.version_info[0:2], sys.version_info[1:2]",
    "sys.version_info.major, sys.version_info.minor",
    "sys.version_info.major == 3 and sys.version_info.minor >= 8",
    "len(sys.version_info)",
    "sys.version_info[5]",
    "sys.version_info['major']",
    "if sys.version_info[0] < 3:\n    print('Python 2')\nelse:\n    print('Python 3')",
    "sys.version_info.nope",
    "sys.version_info < 3",
    "sys.version_info.n_fields, sys.version_info.n_unnamed_fields",
    "type(sys.version_info)",
]

PRINT_THRESHOLD = [
    # NumPy refuses the `threshold=np.nan` once suggested for printing whole arrays (gh-12351), after checking
    # floatmode and sign.
    "np.set_printoptions(precision=1, threshold=np.nan, suppress=True)",
    "np.get_printoptions()['threshold'], np.get_printoptions()['precision']",
    "np.set_printoptions(threshold=float('nan'))",
    "np.set_printoptions(threshold='all')",
    "np.set_printoptions(threshold=[10])",
    "np.set_printoptions(threshold=np.nan, sign='x')",
    "np.set_printoptions(threshold=np.nan, floatmode='exact')",
    "np.set_printoptions(threshold=np.nan, precision='x')",
    "np.set_printoptions(threshold=np.nan, sign='+', floatmode='fixed')",
    "np.set_printoptions(threshold=sys.maxsize)",
    "np.arange(1001)[-3:]",
    "np.set_printoptions(threshold=1000)",
]

DIR = [
    # dir() of the modules and builtin types whose every name docbuild knows (scipy-lectures' and jrjohansson's
    # first chapters print dir(math)).
    "import math",
    "print(dir(math))",
    "dir(math)",
    "len(dir(math)), 'sqrt' in dir(math), dir(math)[:7]",
    "[name for name in dir(math) if name.startswith('log')]",
    "import array",
    "dir(array)",
    "dir(np.char)[-6:]",
    "len(dir(np.strings))",
    "dir(str)",
    "print(dir('abc'))",
    "[m for m in dir(str) if not m.startswith('_')]",
    "len(dir(list)), dir([1, 2])[-11:]",
    "dir(dict) == dir({}), dir(tuple)[-3:]",
    "dir(set)[-10:], len(dir(bytes)), len(dir(b'x'))",
    "dir(int) == dir(7), dir(int) == dir(2 ** 80), dir(bool) == dir(True)",
    "[m for m in dir(float) if not m.startswith('__')]",
    "[m for m in dir(1j) if not m.startswith('__')]",
    "[m for m in dir(np.ndarray) if not m.startswith('_')]",
    "dir(np.zeros(3)) == dir(np.ndarray), len(dir(np.ones((2, 2))))",
    "sorted(set(dir(list)) - set(dir(tuple)))",
    "'__len__' in dir('x'), hasattr('x', '__len__')",
    # dir() of objects of a snippet's plain classes: object's names, the class statement's, the classes' and the
    # object's own, sorted.
    "class Point:\n    dims = 2\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n"
    "    def norm(self):\n        return (self.x ** 2 + self.y ** 2) ** 0.5",
    "p = Point(3, 4)",
    "dir(p)",
    "[name for name in dir(p) if not name.startswith('__')]",
    "p.z = 1",
    "dir(p)[-6:]",
    "class Point3(Point):\n    \"\"\"A point in space.\"\"\"\n    def __init__(self, x, y, z):\n"
    "        super().__init__(x, y)\n        self.z = z\n    def __repr__(self):\n        return 'Point3'",
    "q = Point3(1, 2, 3)",
    "print(dir(q))",
    "class Empty:\n    pass",
    "dir(Empty())",
    "e = Empty()",
    "e.w = 1",
    "len(dir(e)), dir(e)[-4:]",
    "del e.w",
    "dir(e)[-3:]",
    "class Mixin:\n    def hello(self):\n        return 'hi'",
    "class Both(Point, Mixin):\n    pass",
    "[name for name in dir(Both(0, 0)) if not name.startswith('_')]",
    "Point.extra = 5",
    "'extra' in dir(p), 'extra' in dir(q)",
    # hasattr of what Python has: True, though snippets do not give the attribute itself.
    "hasattr([], '__iter__'), hasattr(5, '__add__'), hasattr(np.zeros(2), '__len__'), hasattr(math, 'ulp')",
    "hasattr('x', 'nope'), hasattr(5, 'shape'), hasattr(np.zeros(2), 'nope')",
]


def main():
    check_small_int_cache()
    statements = IDENTITY + ALIASES + SYS_VERSION + PRINT_THRESHOLD + DIR
    header = (
        f"# 76-reach9-identity-and-tutorial-refusals: generated by make_reach9_fixtures.py from Python "
        f"{sys.version_info.major}.{sys.version_info.minor} and NumPy {np.__version__}; `is` where CPython's answer "
        f"is fixed, and tutorial code the reach probe found refused, as CPython runs it."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
