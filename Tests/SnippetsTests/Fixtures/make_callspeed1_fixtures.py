#!/usr/bin/env python3
"""Writes the transcript of the calls and attribute reads and writes that docbuild compiles to direct paths (issue 9).

Run: `python3 Tests/SnippetsTests/Fixtures/make_callspeed1_fixtures.py` (Python 3.11, NumPy 2.4). It rewrites
`interpreter/103-callspeed1-direct-calls-and-attributes.txt`; rerunning gives identical bytes.

What the statements pin down, each where a direct path could differ from the general one: `n - 1` and `n < 2` of a
local whose value is an int near the 64-bit bounds, a bool, a float, a string, None, an array, a NumPy scalar and an
object with `__lt__`; a local read before it is bound, in a test and in arithmetic; calls of top-level functions with
none, one, two and three arguments, too few and too many; a name that is not defined called with an argument that is
not defined either; `self.x` read beside a property of the same class and a class attribute; `self.x = v` through a
property's setter, over an attribute already bound, and seen through the object's `__dict__` taken before; a class
whose `__init__` an argument replaces, and one whose `__init__` returns a value; `while`, `if` and `elif` tests and
conditional expressions on ints, floats and strings.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "103-callspeed1-direct-calls-and-attributes.txt"

STATEMENTS = [
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)",
    "fib(15), fib(2.5), fib(True), fib(-3)",
    "def dec(n):\n    return n - 1",
    "dec(2**63 - 1 + 1), dec(-2**63), dec(1.5), dec(True), dec(-9223372036854775808)",
    "dec(9223372036854775807) + 5, dec(2**70)",
    "dec('a')",
    "dec(None)",
    "dec(np.array([1, 2, 3])), dec(np.float32(1.5)), dec(np.int8(-128))",
    "def below(n):\n    return n < 2",
    "below(1), below(3.5), below(True), below(-2**63), below(2**64)",
    "below('a')",
    "below(np.array([1, 2, 3]))",
    "def early():\n    if n < 2:\n        pass\n    n = 3",
    "early()",
    "def early_sum():\n    x = n - 1\n    n = 3",
    "early_sum()",
    "def times(a, b):\n    return a * b - 2",
    "times(3, 4), times(2.0, 3), times('ab', 2)",
    "times(1)",
    "times(1, 2, 3)",
    "def seven():\n    return 7",
    "seven(), [seven() for _ in range(3)]",
    "def three(a, b, c):\n    return a + b + c",
    "three(1, 2, 3), three('a', 'b', 'c')",
    "undefined_name(1)",
    "undefined_name(other_missing)",
    "def add(a, b):\n    return a + b",
    "add([1], [2]), add('a', 'b'), add(1, 2.5), add(2**62, 2**62)",
    "def smaller(a, b):\n    return a if a < b else b",
    "smaller(1, 2), smaller(3.5, 1), smaller('b', 'a')",
    "def climb(n):\n    while n < 5:\n        n = n + 1\n    if n > 100:\n        return 0\n    elif n == 5:\n"
    "        return 1\n    return 2",
    "climb(0), climb(7), climb(200), climb(4.5)",
    "def half(x):\n    return x - 1 if x < 2 else x",
    "half(np.array([1, 2, 3]))",
    "class Less:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, other):\n        return 'lt'",
    "def compared(z):\n    return z < 2",
    "compared(Less(1))",
    "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n    def norm2(self):\n"
    "        return self.x * self.x + self.y * self.y",
    "p = Point(3, 4)",
    "p.norm2(), p.x, p.y, vars(p)",
    "[Point(i, 1).norm2() for i in range(4)]",
    "class Doubled:\n    def __init__(self, v):\n        self.v = v\n    @property\n    def w(self):\n"
    "        return self.v * 2\n    def get(self):\n        return self.w, self.v",
    "Doubled(5).get()",
    "class Stored:\n    def __init__(self):\n        self._a = 1\n    @property\n    def a(self):\n        return self._a\n"
    "    @a.setter\n    def a(self, value):\n        self._a = value * 10\n    def put(self, value):\n"
    "        self.a = value\n        return self.a",
    "s = Stored()",
    "s.put(3), s._a, vars(s)",
    "class ReadOnly:\n    @property\n    def a(self):\n        return 1\n    def put(self):\n        self.a = 2",
    "ReadOnly().put()",
    "class Missing:\n    def __init__(self):\n        self.a = 1\n    def miss(self):\n        return self.b",
    "Missing().miss()",
    "class Counter:\n    count = 0\n    def __init__(self):\n        self.n = Counter.count\n    def bump(self):\n"
    "        self.n = self.n + 1\n        return self.n\n    def total(self):\n        return self.count + self.n",
    "c = Counter()",
    "c.bump(), c.bump(), c.total(), Counter.count, vars(c)",
    "class Grows:\n    def __init__(self):\n        self.a = 1\n    def more(self):\n        self.a = 2\n"
    "        self.b = 3",
    "g = Grows()",
    "d = g.__dict__",
    "g.more()",
    "d, list(d)",
    "class Swapped:\n    def __init__(self, x):\n        self.x = x",
    "def swap_init():\n    def other(self, x):\n        self.x = -x\n    Swapped.__init__ = other\n    return 5",
    "Swapped(swap_init()).x, Swapped(2).x",
    "class Returns:\n    def __init__(self, x):\n        return 3",
    "Returns(1)",
    "class Appender:\n    def __init__(self):\n        self.items = []\n    def method(self):\n"
    "        return self.items.append",
    "a = Appender()",
    "a.method()(1)",
    "a.items",
    "def outer():\n    def inner(a):\n        return a + 1\n    return inner(1), inner(2)",
    "outer()",
    "def not_object(n):\n    return n.real, n.imag",
    "not_object(3), not_object(2.5)",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_callspeed1_fixtures.py",
        "calls of top-level functions and methods, tests of a local against an int, `self.x` read and bound.",
        STATEMENTS,
    )
