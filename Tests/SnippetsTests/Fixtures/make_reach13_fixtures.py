#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the tutorial code the widened reach probe found docbuild getting wrong.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach13_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/54-reach13-tutorial-gaps.txt`; rerunning gives identical bytes.

`Benchmarks/reach_probe.py` now also reads NumPy's 100 exercises, From Python to NumPy, Kyubyong's NumPy exercises,
handson-ml3's NumPy notebooks, nn-zero-to-hero, jrjohansson's lectures and the Whirlwind Tour of Python. Each block
below is a construct where docbuild printed other text than Python there (a mismatch) and now prints Python's: `from
numpy import *` and `from math import *` (docbuild refused the import, then `sum(range(5), -1)` found Python's builtin
`sum` where NumPy's shadows it), a generator a `for` loop left with `break` (the next loop went on from the start, not
where it stopped), `str.format` of an object (its `__str__` was not called), the `__name__` of NumPy's aliases
(`np.abs` is `absolute`), a tuple inside an index tuple (`b[(0, 2), 2:5]`), a float as the shape of `np.ones`,
`np.arange` of strings, `np.put` and `np.random.randint(..., dtype=np.uint8)` (which NumPy's 100 exercises use),
`np.binary_repr` and `np.base_repr`, indexing a NumPy scalar with `None`, `...` or a mask, the order of an object's `__dict__`, writing to `np.broadcast_to` of a Python number, and the AttributeError NumPy 2
raises for the names it removed (`np.float`, `np.asfarray`, ...). The script also checks
`Sources/Snippets/Interpreter/StarImports.swift` against the names the star imports bind here, so a NumPy with other
names fails this script rather than the book.
"""

import pathlib
import re

import math
import typing
import numpy as np
import random
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "54-reach13-tutorial-gaps.txt"
STAR_TABLE = HERE.parents[2] / "Sources" / "Snippets" / "Interpreter" / "StarImports.swift"

GENERATORS = [
    "G = (n ** 2 for n in range(12))",
    "for n in G:\n    print(n, end=' ')\n    if n > 30: break",
    "print()",
    "for n in G:\n    print(n, end=' ')",
    "print()",
    "list(G)",
    "it = iter([1, 2, 3, 4])",
    "for x in it:\n    if x == 2:\n        break",
    "list(it)",
    "pairs = zip('abc', range(3))",
    "for letter, number in pairs:\n    print(letter, number)\n    break",
    "next(pairs), list(pairs)",
    "m = map(abs, [-1, -2, -3])",
    "for value in m:\n    break\nelse:\n    print('never')",
    "sum(m)",
]

FORMAT = [
    "class Name:\n    def __init__(self, name):\n        self.name = name\n"
    "    def __str__(self):\n        return self.name",
    "class Add:\n    def __init__(self, a, b):\n        self.a, self.b = a, b\n    def __str__(self):\n"
    "        return '{} + {}'.format(self.a, self.b)",
    "class Mul(Add):\n    def __str__(self):\n        return '({}) * ({})'.format(self.a, self.b)",
    "x, y = Name('x'), Name('y')",
    "f = Add(Mul(Mul(x, x), y), Add(y, 2))",
    "print(f)",
    "str(f), '{}'.format(f)",
    "'{0} and {0!s}'.format(x)",
    "'{:>4}'.format(x)",
    "class Point:\n    def __repr__(self):\n        return 'Point()'",
    "'{} {!r} {!s}'.format(Point(), Point(), Point())",
    "class Money:\n    def __format__(self, spec):\n        return '$' + spec",
    "'{:0.2f}|{}'.format(Money(), Money())",
    "'{p}'.format(p=Point())",
]

ALIASES = [
    "for func in (np.abs, np.sqrt, np.exp, np.log, np.sign, np.ceil, np.modf, np.isnan, np.cos):\n"
    "    print(func.__name__)",
    "[f.__name__ for f in (np.absolute, np.conj, np.conjugate, np.mod, np.remainder, np.true_divide, np.divide)]",
    "[f.__name__ for f in (np.power, np.arccos, np.arcsinh, np.arctan2, np.bitwise_not, np.invert)]",
    "[f.__name__ for f in (np.concatenate, np.transpose, np.max, np.amax, np.round, np.random.rand)]",
    "np.abs, np.conj, np.mod",
]

INDEXING = [
    "b = np.arange(48).reshape(4, 12)",
    "b[(0, 2), 2:5]",
    "b[:, (-1, 2, -1)]",
    "b[(-1, 2, -1, 2), (5, 9, 1, 9)]",
    "b[((0, 1), (2, 3)), 0]",
    "b[(0, [1, 2]), 3]",
    "b[(0, 1.0), 2]",
    "b[(0, slice(None)), 1]",
    "b[(True, False, True, False), 0]",
    "b[(), 1]",
]

SHAPES = [
    "y = np.array([[0.5], [3.705330123806773], [1.25]])",
    "np.ones(y.max() + 1)",
    "np.zeros(y.max())",
    "np.ones(np.float64(3.7))",
    "np.ones(3.5)",
    "np.zeros(np.float64(3.0))",
    "np.ones(np.float32(2))",
    "np.full(np.float64(2), 1)",
    "np.ones(np.array(2.0))",
    "np.ones(np.True_)",
    "np.zeros(np.complex128(2))",
    "np.ones(np.linspace(0, 1, 30)[7])",
    "np.ones((np.float64(2.0), 3))",
    "np.ones((2.0, 3))",
    "np.ones(np.array([2.0]))",
    "np.ones(np.int64(2)), np.zeros(np.int32(1)), np.ones(np.uint8(1))",
    "np.ones('3')",
    "np.arange('a', 'b')",
    "np.arange(0, 'a')",
    "np.arange(b'a', b'b')",
]

PUT = [
    "Z = np.zeros((4, 4))",
    "np.put(Z, [0, 5, 15], 1)",
    "Z",
    "a = np.arange(5)",
    "np.put(a, [0, 2], [-44, -55])",
    "a",
    "np.put(a, 22, -5, mode='clip')",
    "a",
    "np.put(a, [-1, 7, -9], [10, 20], mode='wrap')",
    "a",
    "np.put(a, [1, 1, 3], [7, 8, 9])",
    "a",
    "np.put(a, [-5], 3)",
    "a",
    "np.put(a, [5], 3)",
    "np.put(a, [0, 9], 1)",
    "a",
    "np.put(a, [], 1), np.put(a, [0], []), a",
    "np.put(a, [0, 1], 2.7)",
    "a",
    "b = np.arange(12.0).reshape(3, 4)",
    "view = b[:, 1:3]",
    "np.put(view, [0, 3, 5], [100, 200])",
    "b",
    "np.put(b, np.array([[0, 11], [4, 8]]), np.array([[1.5], [2.5]]))",
    "b",
    "np.put([1, 2], [0], 5)",
    "c = np.array(3)",
    "np.put(c, [0, 0], [1, 2])",
    "c",
    "np.put(np.zeros(3, dtype=bool), [1], 1)",
    "m = np.zeros(3, dtype=bool)",
    "np.put(m, [2], 5)",
    "m",
    "np.put(np.broadcast_to(np.arange(3), (2, 3)), [0], [])",
    "np.put(np.broadcast_to(np.arange(3), (2, 3)), [], 1)",
]

# NumPy's 100 exercises draw a uint8 image (`np.random.randint(0, 4, (h, w, 3), dtype=np.uint8)`): the legacy
# stream's narrow draws cut 8- and 16-bit pieces (and single bits, for bool) from 32-bit draws.
RANDINT = [
    "np.random.seed(0)",
    "np.random.randint(0, 4, (3, 5), dtype=np.uint8)",
    "np.random.randint(0, 256, 9, dtype=np.uint8)",
    "np.random.randint(-128, 128, 7, dtype=np.int8)",
    "np.random.randint(0, 10, (2, 2), dtype='int16')",
    "np.random.randint(-300, 70000, 5, dtype=np.int32)",
    "np.random.randint(0, 65536, 5, dtype=np.uint16)",
    "np.random.randint(5, 1000, 6, dtype=np.uint32)",
    "np.random.randint(0, 2, 40, dtype=bool)",
    "np.random.randint(1, 2, 3, dtype=bool), np.random.randint(7, 8, 2, dtype=np.uint8)",
    "np.random.randint(0, 2, dtype=bool), np.random.randint(0, 256, dtype=np.uint8)",
    "np.random.randint(5, dtype=np.int8), np.random.randint(0, 10, dtype=np.int64),"
    " np.random.randint(0, 10, dtype=int)",
    "np.random.randint(0, 10, dtype=np.uint64), np.random.randint(3, 9, 4, dtype=np.uint64)",
    "np.random.rand(2)",
    "np.random.randint(0, 257, dtype=np.uint8)",
    "np.random.randint(-1, 5, dtype=np.uint8)",
    "np.random.randint(5, 5, dtype=np.uint8)",
    "np.random.randint(0, 3, dtype=bool)",
    "np.random.randint(0, 10, 3, dtype=np.float64)",
    "np.random.randint(0, 2**40, dtype=np.uint32)",
    "np.random.randint(-2, 5, dtype=np.uint64)",
    "w, h = 256, 256",
    "I = np.random.randint(0, 4, (h, w, 3), dtype=np.uint8)",
    "I24 = np.dot(I.astype(np.uint32), [1, 256, 65536])",
    "len(np.unique(I24)), I[100, 200], I.sum()",
    "np.random.randint(0, 100, 3)",
]

# NumPy's 100 exercises (the cartesian product): `np.indices` takes `tuple(dimensions)`, so a generator.
INDICES = [
    "arrays = [np.asarray(a) for a in ([1, 2, 3], [4, 5], [6, 7])]",
    "np.indices((len(x) for x in arrays), dtype=int).reshape(3, -1).T",
    "np.indices(3)",
    "np.indices([2, 2.0])",
    "np.indices(np.array([2, 1]))",
    "np.indices(iter([2]), sparse=True)",
]

# Kyubyong's NumPy exercises (input and output): integers as text in base 2 and other bases.
REPRS = [
    "np.binary_repr(12), np.base_repr(12, base=2), np.base_repr(1100, base=16)",
    "np.binary_repr(0), np.binary_repr(0, width=5), np.binary_repr(0, width=0), np.binary_repr(1, 8)",
    "np.binary_repr(-3), np.binary_repr(-3, width=3), np.binary_repr(-3, width=8), np.binary_repr(-4, width=3)",
    "np.binary_repr(-8, width=4), np.binary_repr(-9, width=5), np.binary_repr(255, width=10)",
    "np.binary_repr(5, width=2)",
    "np.binary_repr(-5, width=2)",
    "np.binary_repr(2.0)",
    "np.binary_repr(np.int64(6)), np.binary_repr(True)",
    "np.base_repr(0), np.base_repr(-255, 16), np.base_repr(35, 36), np.base_repr(7, 3, padding=3)",
    "np.base_repr(-7, 2, 2), np.base_repr(12.7, 10), np.base_repr(np.int64(-10), 5)",
    "np.base_repr(5, 37)",
    "np.base_repr(5, 1)",
    "np.base_repr(0, padding=2)",
]

# `np.broadcast_to` of a Python number or list is a read-only view too (docbuild let `c[0] = 5` through).
BROADCAST = [
    "b = np.broadcast_to(np.arange(3), (2, 3))",
    "b[0, 0] = 5",
    "c = np.broadcast_to(1, (3,))",
    "c[0] = 5",
    "c, c.flags.writeable, c.strides",
    "d = np.broadcast_to([1.5, 2], (2, 2))",
    "d",
    "d[0] = 0",
    "np.put(c, [0], [])",
    "c + 1, c.base",
    "e = np.broadcast_to(2.5, (2, 2)).copy()",
    "e[0, 0] = 1",
    "e",
    "np.broadcast_to((1, 2), (3, 2))[1]",
]

# handson-ml3's linear algebra notebook: `import numpy.linalg as LA`.
LINALG_IMPORTS = [
    "import numpy.linalg as LA",
    "LA.norm([3.0, 4.0]), LA.det(np.eye(2))",
    "from numpy.linalg import inv, norm",
    "inv(np.array([[2.0, 0.0], [0.0, 4.0]]))",
    "norm(np.arange(3))",
    "import numpy.linalg",
    "numpy.linalg.matrix_rank(np.eye(3))",
]

REMOVED = sorted({**np._expired_attrs_2_0.__expired_attributes__, **np.__former_attrs__})
REMOVED_NAMES = [f"np.{name}" for name in REMOVED] + [
    "np.float(3)", "np.array(['Hello', 'Say'], dtype=np.str)", "hasattr(np, 'asfarray'), hasattr(np, 'float')",
]

# Star imports last: from here on NumPy's `sum`, `max`, `abs`, ... shadow Python's.
# A NumPy scalar indexes as a 0-d array, any failure reported as one IndexError (grad_wrong's report:
# `np.float64(0.7)[None]` raised where NumPy gives `array([0.7])`).
SCALAR_INDEX = [
    "s = np.float64(0.7)",
    "s[None]", "s[None, None]", "s[None, ...]", "s[..., None]", "s[True]", "s[False]", "s[np.array(True)]",
    "s[...]", "s[()]", "s[0]", "s[:]", "s[[0]]", "s[np.array([0])]", "s[None, 0]",
    "np.int64(3)[None, None]", "np.bool_(True)[None]", "np.float32(1.5)[np.newaxis]",
    "s[None] = 1", "s[...] = 2", "s",
]

# An object's __dict__ lists its attributes in the order they were bound (docbuild sorted them), with more names than
# the attribute table's indexed threshold (12) and names unbound and bound again; a held __dict__ is live (docbuild
# printed a snapshot). Writing into it is refused (TutorialGapRefusalTests).
OBJECT_DICT = [
    "class Bag:\n    pass",
    "bag = Bag()",
    "bag.b = 1; bag.a = 2; bag.c = 3",
    "bag.__dict__",
    "del bag.b; bag.b = 4",
    "bag.__dict__, list(bag.__dict__)",
    "many = Bag()",
    "for i in range(15):\n    setattr(many, f'a{i}', i)",
    "del many.a3",
    "hasattr(many, 'a3'), many.a14, many.a0",
    "many.a3 = 99",
    "[getattr(many, f'a{i}') for i in range(15)]",
    "list(many.__dict__)",
    "del many.a0; del many.a14; many.z = 1",
    "many.__dict__",
    "many.a0",
    # CPython's __dict__ is the object's own table: a held one shows later bindings, array writes and deletions.
    "held = bag.__dict__",
    "bag.q = 5; del bag.a",
    "held, bag.__dict__ is held",
    "bag.x = np.zeros(2)",
    "bag.x[0] = 7",
    "held",
    "bag.a = 2",
    "held, list(held), len(bag.__dict__), 'q' in bag.__dict__",
]

STAR_IMPORTS = [
    "from math import *",
    "x = cos(2 * pi)",
    "x",
    "sin(pi) ** 2 + cos(pi) ** 2",
    "log(10), log(10, 2), floor(2.5), e, tau",
    "from numpy import *",
    "print(sum(range(5), -1))",
    "sum(range(5), -1)",
    "v = array([1, 2, 3, 4])",
    "M = array([[1, 2], [3, 4]])",
    "shape(M), size(M), type(v)",
    "x = arange(0, 10, 1)",
    "x, linspace(0, 10, 5), diag([1, 2])",
    "cos(pi), log(10), e",
    "abs(array([-1, 2])), max(array([3, 9, 4])), min(array([3, 9, 4]))",
    "round(2.567, 1), all([1, 0]), any([0, 1])",
    "linalg.norm(array([3.0, 4.0])), dot(v, v), where(v > 2)",
    "bool(1), divmod(7, 2)",
    "max(3, 5)",
    "random.seed(0)",
    "random.rand(2)",
    "from random import *",
    "seed(1)",
    "randint(1, 10), random()",
]


def check_star_table():
    """StarImports.swift must hold exactly the names these imports bind in this CPython and NumPy."""
    text = STAR_TABLE.read_text(encoding="utf-8")
    expected = {
        "numpy": sorted(np.__all__),
        "math": sorted(name for name in dir(math) if not name.startswith("_")),
        "random": sorted(random.__all__),
        "typing": sorted(typing.__all__),
    }
    for module, names in expected.items():
        match = re.search(r"static let %s: \[String\] = \[(.*?)\n  \]" % module, text, re.S)
        assert match, f"StarImports.swift has no list for {module}"
        listed = re.findall(r'"([^"]*)"', match.group(1))
        assert listed == names, f"StarImports.swift's {module} list differs from Python's: " + str(
            sorted(set(listed) ^ set(names)))


def main():
    check_star_table()
    statements = (
        GENERATORS + FORMAT + ALIASES + INDEXING + SHAPES + PUT + RANDINT + INDICES + REPRS + BROADCAST
        + LINALG_IMPORTS + REMOVED_NAMES
        + SCALAR_INDEX + OBJECT_DICT + STAR_IMPORTS
    )
    header = (
        f"# 54-reach13-tutorial-gaps: generated by make_reach13_fixtures.py from Python and NumPy {np.__version__}; "
        "the code the widened reach probe found docbuild printing other text for."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
