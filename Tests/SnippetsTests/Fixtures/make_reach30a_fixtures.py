#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for private names in class bodies (name mangling) and for `bytes(obj)` of a class
with `__bytes__`, the two constructs behind most of the refusals on Fluent Python's examples (session 30's probe).

CPython's compiler renames a name with two leading underscores (and at most one trailing) written inside a class
body, its methods, lambdas, comprehensions and f-strings to `_Class__name` (the class's name without its leading
underscores); keyword arguments of calls and strings (`getattr(o, '__x')`) are not renamed, a `def __f` binds
`_Class__f` but keeps `__name__ == '__f'`, and a class whose name is all underscores renames nothing. docbuild
refused every such class. `bytes(obj)` calls the class's `__bytes__`, which must return bytes; docbuild refused a
class defining it.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach30a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/253-reach30a-private-names.txt`, `interpreter/254-reach30a-bytes-method.txt`,
`interpreter/255-reach30a-eval-send-match-args.txt` and `interpreter/256-reach30a-slots.txt`; rerunning gives
identical bytes.

`eval(text)` at the top level (Fluent Python's `eval(repr(v1)) == v1`) evaluates one expression among the snippet's
names, `gen.send(value)` resumes a generator with `value` as what its `yield` gives (Fluent Python's running
averagers), and `__match_args__` is plain class data (only `match`, which snippets refuse, reads it): docbuild refused
all three. The call that exhausts a generator raises StopIteration carrying what it returned (`StopIteration: 5`):
docbuild printed a bare `StopIteration`.
A class with `__slots__` (and every base with them too) gives its instances no `__dict__`: a new attribute is an
AttributeError, a class attribute is read-only through them, private slot names are renamed, and a slot that is also a
class variable is CPython's ValueError; docbuild refused `__slots__`.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
PRIVATE_NAMES_OUTPUT = HERE / "interpreter" / "253-reach30a-private-names.txt"
BYTES_METHOD_OUTPUT = HERE / "interpreter" / "254-reach30a-bytes-method.txt"
EVAL_OUTPUT = HERE / "interpreter" / "255-reach30a-eval-send-match-args.txt"
SLOTS_OUTPUT = HERE / "interpreter" / "256-reach30a-slots.txt"

PRIVATE_NAMES_STATEMENTS = [
    # Fluent Python's Vector2d: read-only coordinates behind private attributes and properties.
    "class Vector2d:\n"
    "    typecode = 'd'\n"
    "    def __init__(self, x, y):\n"
    "        self.__x = float(x)\n"
    "        self.__y = float(y)\n"
    "    @property\n"
    "    def x(self):\n"
    "        return self.__x\n"
    "    @property\n"
    "    def y(self):\n"
    "        return self.__y\n"
    "    def __iter__(self):\n"
    "        return (i for i in (self.x, self.y))\n"
    "    def __repr__(self):\n"
    "        return f'{type(self).__name__}({self.__x!r}, {self.__y!r})'\n"
    "    def __eq__(self, other):\n"
    "        return tuple(self) == tuple(other)\n"
    "    def __hash__(self):\n"
    "        return hash(self.x) ^ hash(self.y)",
    "v1 = Vector2d(3, 4)",
    "v1",
    "v1.x, v1.y",
    "v1.__x",
    "v1._Vector2d__x",
    "v1.__dict__",
    "sorted(v1.__dict__)",
    "hasattr(v1, '__x'), hasattr(v1, '_Vector2d__x')",
    "getattr(v1, '_Vector2d__y')",
    "v1.x = 7",
    "v1._Vector2d__x = 7",
    "v1",
    # Fluent Python's Order: `hasattr(self, '__total')` reads the string unrenamed, so it is always False there.
    "class Order:\n"
    "    def __init__(self, items):\n"
    "        self.items = list(items)\n"
    "    def total(self):\n"
    "        if not hasattr(self, '__total'):\n"
    "            self.__total = sum(self.items)\n"
    "        return self.__total\n"
    "    def __repr__(self):\n"
    "        return f'<Order total: {self.total():.2f} due: {self.__total:.2f}>'",
    "o = Order([1.5, 2.5, 3])",
    "o",
    "o.total(), o._Order__total",
    "o.__total",
    # Class attributes, private methods and their names.
    "class Counter:\n"
    "    __count = 0\n"
    "    def __bump(self):\n"
    "        Counter.__count += 1\n"
    "        return Counter.__count\n"
    "    def bump(self):\n"
    "        return self.__bump()\n"
    "    def peek(self):\n"
    "        return type(self).__count",
    "c = Counter()",
    "c.bump(), c.bump(), c.peek()",
    "Counter._Counter__count",
    "Counter.__count",
    "Counter.__bump",
    "Counter._Counter__bump.__name__, Counter._Counter__bump.__qualname__",
    "hasattr(Counter, '_Counter__bump'), hasattr(Counter, '__bump'), hasattr(c, '_Counter__count')",
    "c._Counter__bump()",
    # A subclass renames with its own name: the base's private attribute is not found under the subclass's.
    "class Base:\n"
    "    def __init__(self):\n"
    "        self.__secret = 'base'\n"
    "    def reveal(self):\n"
    "        return self.__secret",
    "class Derived(Base):\n"
    "    def peek(self):\n"
    "        return self.__secret",
    "d = Derived()",
    "d.reveal()",
    "d.peek()",
    "d._Base__secret",
    "class Overrides(Base):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self.__secret = 'derived'\n"
    "    def both(self):\n"
    "        return self.__secret, self.reveal()",
    "Overrides().both()",
    "sorted(Overrides().__dict__.items())",
    # The class's name loses its leading underscores; an all-underscore name renames nothing.
    "class _Hidden:\n"
    "    __tag = 'h'\n"
    "    def tag(self):\n"
    "        return self.__tag",
    "_Hidden().tag(), _Hidden._Hidden__tag",
    "class __Twice:\n"
    "    __tag = 't'",
    "__Twice._Twice__tag",
    "class _:\n"
    "    __plain = 'p'",
    "_.__plain",
    # Special names and names ending in two underscores are not renamed; one trailing underscore still is.
    "class Names:\n"
    "    __trail_ = 2\n"
    "    _single = 3\n"
    "    __ = 4",
    "Names._Names__trail_, Names._single, Names.__",
    "Names.__trail_",
    # Inside methods: locals, parameters, lambdas, comprehensions, f-strings, walrus, except-as, nested functions.
    "class Inside:\n"
    "    def locals_(self):\n"
    "        __v = 5\n"
    "        return [__v * k for k in range(3)], (lambda __a: __a + __v)(1), f'{__v:03d}'\n"
    "    def walrus(self):\n"
    "        return (__w := 3) + __w\n"
    "    def caught(self):\n"
    "        try:\n"
    "            1 / 0\n"
    "        except ZeroDivisionError as __e:\n"
    "            return type(__e).__name__\n"
    "    def nested(self):\n"
    "        __n = 'outer'\n"
    "        def inner():\n"
    "            return __n\n"
    "        return inner()\n"
    "    def param(self, __p=2):\n"
    "        return __p\n"
    "    def missing(self):\n"
    "        return __nowhere",
    "i = Inside()",
    "i.locals_(), i.walrus(), i.caught(), i.nested(), i.param(), i.param(9)",
    "i.param(_Inside__p=4)",
    "i.param(__p=4)",
    "i.missing()",
    # A keyword argument is not renamed, though a parameter is.
    "def kw(**named):\n"
    "    return sorted(named)",
    "class Caller:\n"
    "    def call(self):\n"
    "        return kw(__k=1, _j=2)",
    "Caller().call()",
    # `global` of a private name in a method binds the renamed module name.
    "class Globalist:\n"
    "    def set(self):\n"
    "        global __shared\n"
    "        __shared = 'set'\n"
    "        return __shared",
    "Globalist().set()",
    "_Globalist__shared",
    # A nested class renames its own body with its own name, and is bound renamed in the outer body.
    "class Outer:\n"
    "    class __Inner:\n"
    "        __z = 1\n"
    "        def z(self):\n"
    "            return self.__z\n"
    "    def make(self):\n"
    "        return self.__Inner().z()",
    "Outer().make()",
    "Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__",
    "Outer._Outer__Inner._Inner__z",
    # Outside any class nothing is renamed.
    "__module_level = 1",
    "__module_level",
    "def plain():\n"
    "    __local = 2\n"
    "    return __local",
    "plain()",
    # An instance attribute set from outside keeps its written name; the class's methods read the renamed one.
    "class Reader:\n"
    "    def read(self):\n"
    "        return self.__value",
    "r = Reader()",
    "r.__value = 'outside'",
    "r.read()",
    "r._Reader__value = 'inside'",
    "r.read(), r.__value",
    # A class body is no enclosing scope: its comprehensions (past the first iterable) and lambdas do not see its
    # names, renamed or not (docbuild's did).
    "class Scoped:\n"
    "    base = 10\n"
    "    firsts = [i for i in range(base)]\n"
    "    f = lambda self, k=base: k",
    "Scoped.firsts, Scoped().f()",
    "class Hidden1:\n"
    "    base = 10\n"
    "    items = [base + i for i in range(2)]",
    "class Hidden2:\n"
    "    __base = 10\n"
    "    items = [__base + i for i in range(2)]",
    "class Hidden3:\n"
    "    base = 3\n"
    "    pairs = {k: base for k in 'ab'}",
    "class Lazy:\n"
    "    base = 1\n"
    "    g = (base for _ in range(1))\n"
    "    h = lambda self: base",
    "list(Lazy.g)",
    "Lazy().h()",
    "base = 'module'",
    "class SeesModule:\n"
    "    base = 'class'\n"
    "    items = [base for _ in range(1)]\n"
    "    h = lambda self: base",
    "SeesModule.items, SeesModule().h(), SeesModule.base",
    "def outer():\n"
    "    base = 'function'\n"
    "    class Inner:\n"
    "        base = 'class'\n"
    "        items = [base for _ in range(1)]\n"
    "    return Inner.items",
    "outer()",
    # Dataclass fields are the annotations' renamed names.
    "from dataclasses import dataclass",
    "@dataclass\n"
    "class Hidden:\n"
    "    __code: int = 0\n"
    "    name: str = 'x'",
    "Hidden()",
    "Hidden(_Hidden__code=3)",
]

BYTES_METHOD_STATEMENTS = [
    "from array import array",
    "class Vector2d:\n"
    "    typecode = 'd'\n"
    "    def __init__(self, x, y):\n"
    "        self.x = float(x)\n"
    "        self.y = float(y)\n"
    "    def __iter__(self):\n"
    "        return (i for i in (self.x, self.y))\n"
    "    def __bytes__(self):\n"
    "        return bytes([ord(self.typecode)]) + bytes(array(self.typecode, self))",
    "v = Vector2d(3, 4)",
    "bytes(v)",
    "len(bytes(v)), bytes(v)[0]",
    "bytes(Vector2d(0.5, -1))[1:]",
    "class Tag:\n"
    "    def __init__(self, text):\n"
    "        self.text = text\n"
    "    def __bytes__(self):\n"
    "        return self.text.encode()",
    "bytes(Tag('abc'))",
    "bytes(Tag('\u00e9t\u00e9'))",
    "bytes(Tag('x')) + b'!'",
    "list(bytes(Tag('ok')))",
    "class Wrong:\n"
    "    def __bytes__(self):\n"
    "        return 'not bytes'",
    "bytes(Wrong())",
    "class AlsoWrong:\n"
    "    def __bytes__(self):\n"
    "        return bytearray(b'x')",
    "bytes(AlsoWrong())",
    "class Raises:\n"
    "    def __bytes__(self):\n"
    "        raise ValueError('no bytes here')",
    "bytes(Raises())",
    "class Plain:\n"
    "    pass",
    "bytes(Plain())",
    "bytes(Tag('a'), 'utf-8')",
    "class Both:\n"
    "    def __bytes__(self):\n"
    "        return b'from __bytes__'\n"
    "    def __iter__(self):\n"
    "        return iter([1, 2, 3])",
    "bytes(Both())",
    "list(Both())",
    "class Inherits(Tag):\n"
    "    pass",
    "bytes(Inherits('sub'))",
    # Any iterable of ints makes bytes and bytearrays: deques, dict views, generators, objects with __iter__ (keon's
    # algorithms build bytes from a deque).
    "from collections import deque",
    "buffer = deque([1, 2])",
    "buffer.appendleft(0x11)",
    "bytes(buffer), bytearray(buffer)",
    "bytes(deque())",
    "bytes(deque([256]))",
    "bytes(deque(['a']))",
    "bytes({1: 'a', 65: 'b'}.keys()), bytes({0: 66}.values()), bytearray({3: 4}.keys())",
    "bytes(x * 2 for x in range(4)), bytearray(x for x in b'hi')",
    "bytes(x for x in [300])",
    "bytes(map(ord, 'abc')), bytes(zip([1, 2]) for _ in []), bytes(filter(None, [0, 1, 2]))",
    "bytes(reversed([1, 2, 3])), bytes(iter([7])), bytes(enumerate([]))",
    "bytes(Both()), bytearray(Both())",
    "class Seq:\n"
    "    def __getitem__(self, i):\n"
    "        if i < 3:\n"
    "            return i + 40\n"
    "        raise IndexError(i)",
    "bytes(Seq()), bytearray(Seq())",
    "bytearray(Tag('no'))",
    "bytes(buffer, 'utf-8')",
    # Items are checked as they come: CPython stops at the first bad one, before the iterator says more.
    "def noisy():\n"
    "    for value in (1, 300, 2):\n"
    "        print('yield', value)\n"
    "        yield value",
    "bytes(noisy())",
    "bytearray(noisy())",
    "class Loud:\n"
    "    def __init__(self):\n"
    "        self.values = [7, -1, 8]\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        if not self.values:\n"
    "            raise StopIteration\n"
    "        value = self.values.pop(0)\n"
    "        print('next', value)\n"
    "        return value",
    "bytes(Loud())",
    "bytearray(Loud())",
    "class Fine(Loud):\n"
    "    def __init__(self):\n"
    "        self.values = [104, 105]",
    "bytes(Fine()), bytearray(Fine())",
    # An array.array gives its machine bytes (the buffer protocol), not its items.
    "array('d', [1.5]).tobytes(), bytes(array('h', [1, -2])), bytearray(array('B', [1, 255]))",
    "array('f', [0.1]).tobytes(), array('Q', [2**40 + 3]).tobytes(), array('i').tobytes(), bytes(array('b'))",
    "len(bytes(array('q', [1, 2]))), len(array('l', [3]).tobytes()), bytes(array('I', [7, 2**32 - 1]))",
    "bytes(array('d', [1.0, -0.0, float('inf')]))",
]

EVAL_STATEMENTS = [
    "eval('1 + 2')",
    "eval('  [x * 2 for x in range(3)]'), eval('\\t(1, 2)'), eval('1, 2'), eval('\\n3\\n')",
    "x = 10",
    "eval('x + 1'), eval('x') is x",
    "eval('sum(i for i in range(5))'), eval(\"'text'.upper()\"), eval('lambda a: a + x')(1)",
    "eval('undefined_name')",
    "eval('1 / 0')",
    "eval('[1, 2][5]')",
    "eval(5)",
    "eval(None)",
    "eval(repr([1.5, 'a', None, {'k': (1, -2)}, True, 2**70, 3j]))",
    "eval(repr(\"quote's\")), eval(repr('tab\\there'))",
    "eval(repr(1e308 * 10))",
    "eval(repr(float('nan')))",
    "eval('np.arange(3) * 2'), eval(repr(np.float64(2.5))), eval(repr(np.array([1.5, 2.0])))",
    "eval(repr(np.int8(-3))) + 1",
    "class Vector2d:\n"
    "    __match_args__ = ('x', 'y')\n"
    "    def __init__(self, x, y):\n"
    "        self.x = float(x)\n"
    "        self.y = float(y)\n"
    "    def __repr__(self):\n"
    "        return f'{type(self).__name__}({self.x!r}, {self.y!r})'\n"
    "    def __eq__(self, other):\n"
    "        return (self.x, self.y) == (other.x, other.y)",
    "v1 = Vector2d(3, 4)",
    "v1_clone = eval(repr(v1))",
    "v1 == v1_clone, v1 is v1_clone, v1_clone",
    "Vector2d.__match_args__, v1.__match_args__",
    "eval('Vector2d(1, 2) == Vector2d(1.0, 2.0)')",
    "eval(\"f'{v1.x:.1f}'\")",
    "list(map(eval, (repr(v1), '0.1', repr('z'))))",
    "y = eval('x * 2')",
    "y",
    # Coroutines written as generators: what `yield` gives back is what send() sent.
    "def averager():\n"
    "    total = 0.0\n"
    "    count = 0\n"
    "    average = None\n"
    "    while True:\n"
    "        term = yield average\n"
    "        total += term\n"
    "        count += 1\n"
    "        average = total / count",
    "coro_avg = averager()",
    "next(coro_avg)",
    "coro_avg.send(10)",
    "coro_avg.send(30)",
    "coro_avg.send(5)",
    "coro_avg.send('spam')",
    "coro_avg.send(1)",
    "fresh = averager()",
    "fresh.send(1)",
    "fresh.send(None), fresh.send(4), next(fresh), fresh.send(8)",
    "def averager2():\n"
    "    total = 0.0\n"
    "    count = 0\n"
    "    average = None\n"
    "    while True:\n"
    "        term = yield\n"
    "        if term is None:\n"
    "            break\n"
    "        total += term\n"
    "        count += 1\n"
    "        average = total / count\n"
    "    return (count, average)",
    "coro = averager2()",
    "next(coro)",
    "coro.send(10)",
    "coro.send(30)",
    "coro.send(6.5)",
    "coro.send(None)",
    "coro.send(None)",
    "coro2 = averager2()",
    "next(coro2), coro2.send(2)",
    "try:\n"
    "    coro2.send(None)\n"
    "except StopIteration as exc:\n"
    "    result = exc.args[0]\n"
    "    print(repr(exc), str(exc))",
    "result",
    "def echo():\n"
    "    received = []\n"
    "    for i in range(3):\n"
    "        if i % 2:\n"
    "            value = yield i * 10\n"
    "        else:\n"
    "            first, second = yield i\n"
    "            value = first + second\n"
    "        received.append(value)\n"
    "    return received",
    "e = echo()",
    "next(e), e.send((1, 2)), e.send('b')",
    "e.send(('c', 'd'))",
    "e.send(1)",
    "next(e, 'default')",
    # The call that exhausts a generator carries its return value; later calls raise a bare StopIteration.
    "def short():\n"
    "    yield 1\n"
    "    return 'done'",
    "it = short()",
    "next(it)",
    "next(it)",
    "next(it)",
    "it2 = short()",
    "next(it2), next(it2, 'fallback'), next(it2, 'again')",
    "it3 = short()",
    "it3.__next__()",
    "it3.__next__()",
    "def empty_return():\n"
    "    yield 1\n"
    "    return ''",
    "it4 = empty_return()",
    "next(it4)",
    "next(it4)",
    "list(short()), [v for v in short()]",
]

SLOTS_STATEMENTS = [
    # Fluent Python's Pixel (slots.rst) and its subclasses.
    "class Pixel:\n"
    "    __slots__ = ('x', 'y')",
    "p = Pixel()",
    "p.x = 10",
    "p.y = 20",
    "p.x, p.y",
    "p.color = 'red'",
    "p.__dict__",
    "vars(p)",
    "p.__slots__, Pixel.__slots__",
    "hasattr(p, 'x'), hasattr(p, 'color'), getattr(p, 'y')",
    "setattr(p, 'x', 5)",
    "p.x",
    "setattr(p, 'z', 5)",
    "q = Pixel()",
    "q.x",
    "del q.x",
    "del p.x",
    "p.x",
    "del p.color",
    "class OpenPixel(Pixel):\n"
    "    pass",
    "op = OpenPixel()",
    "op.color = 'green'",
    "op.x = 1",
    "op.color, op.x",
    "class ColorPixel(Pixel):\n"
    "    __slots__ = ('color',)",
    "cp = ColorPixel()",
    "cp.x, cp.color = 3, 'blue'",
    "cp.x, cp.color",
    "cp.flavor = 'sweet'",
    "cp.__dict__",
    # A class attribute is read-only through an instance; methods and properties behave as usual.
    "class Vector2d:\n"
    "    __slots__ = ('__x', '__y')\n"
    "    typecode = 'd'\n"
    "    def __init__(self, x, y):\n"
    "        self.__x = float(x)\n"
    "        self.__y = float(y)\n"
    "    @property\n"
    "    def x(self):\n"
    "        return self.__x\n"
    "    @property\n"
    "    def y(self):\n"
    "        return self.__y\n"
    "    def __iter__(self):\n"
    "        return (i for i in (self.x, self.y))\n"
    "    def __repr__(self):\n"
    "        class_name = type(self).__name__\n"
    "        return '{}({!r}, {!r})'.format(class_name, *self)\n"
    "    def angle(self):\n"
    "        return 0.0",
    "v = Vector2d(3, 4)",
    "v, v.x, v._Vector2d__x",
    "v.typecode = 'f'",
    "v.angle = None",
    "v.x = 1",
    "v.__x = 1",
    "v._Vector2d__y = 9",
    "v",
    "Vector2d.__slots__, v.typecode",
    "class ShortVector2d(Vector2d):\n"
    "    typecode = 'f'",
    "sv = ShortVector2d(1 / 11, 1 / 27)",
    "sv, sv.typecode",
    "sv.extra = 1",
    "sv.extra",
    # A string is one slot; an empty tuple allows none.
    "class One:\n"
    "    __slots__ = 'only'",
    "o = One()",
    "o.only = 1",
    "o.only, One.__slots__",
    "o.other = 2",
    "class Nothing:\n"
    "    __slots__ = ()",
    "n = Nothing()",
    "n.anything = 1",
    "class ListSlots:\n"
    "    __slots__ = ['a', 'b']\n"
    "    def __init__(self):\n"
    "        self.a = 1\n"
    "        self.b = 2",
    "ls = ListSlots()",
    "ls.a + ls.b",
    # CPython's errors when the class is made.
    "class Conflict:\n"
    "    __slots__ = ('a',)\n"
    "    a = 1",
    "class PrivateConflict:\n"
    "    __slots__ = ('__a',)\n"
    "    __a = 1",
    "class BadName:\n"
    "    __slots__ = ('1a',)",
    "class BadName2:\n"
    "    __slots__ = ('a b',)",
    "class Weak:\n"
    "    __slots__ = ('v', '__weakref__')",
    "w = Weak()",
    "w.v = 1",
    "w.v",
    "w.other = 1",
    # A dataclass-like class with slots and a default set in __init__.
    "class Point:\n"
    "    __slots__ = ('x', 'y')\n"
    "    def __init__(self, x=0, y=0):\n"
    "        self.x, self.y = x, y\n"
    "    def __eq__(self, other):\n"
    "        return (self.x, self.y) == (other.x, other.y)\n"
    "    def __repr__(self):\n"
    "        return f'Point({self.x}, {self.y})'",
    "[Point(), Point(1, 2)], Point(1, 2) == Point(1, 2)",
    "pt = Point(1)",
    "pt.x += 5",
    "pt",
    "pt.z = 0",
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        PRIVATE_NAMES_OUTPUT,
        "make_reach30a_fixtures.py",
        "private names in class bodies renamed _Class__name (name mangling), and where they are not",
        PRIVATE_NAMES_STATEMENTS,
    )
    write_numpy_fixture(
        BYTES_METHOD_OUTPUT,
        "make_reach30a_fixtures.py",
        "bytes(obj) of a class defining __bytes__, and its TypeErrors",
        BYTES_METHOD_STATEMENTS,
    )
    write_numpy_fixture(
        EVAL_OUTPUT,
        "make_reach30a_fixtures.py",
        "eval(text) at the top level, generator.send(value) and StopIteration's value, __match_args__ as class data",
        EVAL_STATEMENTS,
    )
    write_numpy_fixture(
        SLOTS_OUTPUT,
        "make_reach30a_fixtures.py",
        "classes with __slots__: no instance __dict__, read-only class attributes, renamed private slots",
        SLOTS_STATEMENTS,
    )
