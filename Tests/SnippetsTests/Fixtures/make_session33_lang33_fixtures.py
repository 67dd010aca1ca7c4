#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the language features session 33 (lang33) added.

192: a memoryview's `release()` and its `with` block (Python's library reference, stdtypes): every later use of the
view is CPython's ValueError, equality of a released view is identity, and its sub-views and casts live on.

193: `typing.runtime_checkable` protocols (Fluent Python's RandomPicker), checked structurally by isinstance and
issubclass; `Protocol[T]` and generic protocols; `typing.SupportsAbs[float]` and the other Supports* protocols.

194: a snippet metaclass's namespace (the Python Cookbook's OrderedMeta, recipe 9.14): `__prepare__` returning an
empty dict or OrderedDict runs before the body; `__new__`/`__init__` see the body's names in the order it bound them
(main gave them in another order), and the plain data `__new__` adds to the namespace it hands `type.__new__`
become the class's attributes (main dropped them).

195: `types.UnionType`, what `|` makes of classes, None and generic aliases (Fluent Python's lis.py:
`Atom: TypeAlias = float | int | Symbol`), with its repr, `==`, `__args__` and isinstance/issubclass; and `bytes`
and `frozenset` as classes (`type(bytes)` was `builtin_function_or_method` on main, and `str | bytes` failed).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_lang33_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the fixtures named below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session33_lang33_fixtures.py"

MEMORYVIEW_RELEASE = [
    "m = memoryview(b'abcd')",
    "part = m[1:3]",
    "signed = m.cast('b')",
    "m.release()",
    "m.release()",
    "m[0]",
    "len(m)",
    "m.tolist()",
    "m.nbytes",
    "m.obj",
    "m.readonly",
    "m.format",
    "m.itemsize",
    "m.ndim",
    "m.shape",
    "m.strides",
    "m.suboffsets",
    "m.c_contiguous",
    "m.contiguous",
    "m.f_contiguous",
    "m.tobytes()",
    "m.hex()",
    "m.cast('B')",
    "m.toreadonly()",
    "bytes(m)",
    "memoryview(m)",
    "m[0:1]",
    "m[0] = 1",
    "m.nosuch",
    "m == b'abcd'",
    "b'abcd' == m",
    "m == m",
    "m != m",
    "m == memoryview(b'abcd')",
    "memoryview(b'abcd') == m",
    "part.tolist(), signed.tolist()",
    "with memoryview(b'xyz') as view:\n    print(view[0], view.tolist())\n    print(view.readonly)",
    "view[0]",
    "view == view",
    "view.tolist()",
    "with memoryview(b'xyz') as view:\n    inner = view[1:]",
    "inner.tobytes()",
    "view.release()",
    "r = memoryview(b'q')",
    "r.release()",
    "with r:\n    pass",
    "def first(data):\n    with memoryview(data) as v:\n        return v[0]",
    "first(b'hello')",
    "def released_first(data):\n    m = memoryview(data)\n    m.release()\n    try:\n        return m[0]\n"
    "    except ValueError as error:\n        return str(error)",
    "released_first(b'abc')",
]

PROTOCOLS = [
    "from typing import Protocol, runtime_checkable, Any, TypeVar, NamedTuple",
    "from typing import SupportsAbs, SupportsComplex, SupportsFloat, SupportsInt, SupportsIndex, SupportsRound",
    "from typing import SupportsBytes",
    "import math",
    # Fluent Python's RandomPicker and RandomPopper (chapters 13 and 15).
    "@runtime_checkable\nclass RandomPicker(Protocol):\n    def pick(self) -> Any: ...",
    "class SimplePicker:\n    def __init__(self, items):\n        self._items = list(items)\n"
    "    def pick(self):\n        return self._items.pop()",
    "isinstance(SimplePicker([1]), RandomPicker)",
    "issubclass(SimplePicker, RandomPicker)",
    "isinstance(3, RandomPicker), isinstance('pick', RandomPicker), issubclass(int, RandomPicker)",
    "class Nothing:\n    pass",
    "isinstance(Nothing(), RandomPicker), issubclass(Nothing, RandomPicker)",
    "class Blocked(SimplePicker):\n    pick = None",
    "isinstance(Blocked([1]), RandomPicker), issubclass(Blocked, RandomPicker)",
    "thing = Nothing()",
    "thing.pick = lambda: 7",
    "isinstance(thing, RandomPicker), issubclass(type(thing), RandomPicker)",
    "class Dynamic:\n    def __getattr__(self, name):\n        return 42",
    "isinstance(Dynamic(), RandomPicker), issubclass(Dynamic, RandomPicker)",
    "class Explicit(RandomPicker):\n    pass",
    "isinstance(Explicit(), RandomPicker), issubclass(Explicit, RandomPicker)",
    "Explicit().pick()",
    "RandomPicker()",
    "issubclass(SimplePicker([1]), RandomPicker)",
    "isinstance(SimplePicker([1]), (int, RandomPicker))",
    "@runtime_checkable\nclass RandomPopper(Protocol):\n    def pop_random(self) -> Any: ...",
    "class LottoBlower:\n    def __init__(self, items):\n        self._balls = list(items)\n"
    "    def pick(self):\n        return self._balls.pop(0)\n    def pop_random(self):\n        return self.pick()",
    "isinstance(LottoBlower([1, 2]), RandomPopper), isinstance(LottoBlower([1, 2]), RandomPicker)",
    "class Unchecked(Protocol):\n    def pick(self) -> Any: ...",
    "isinstance(SimplePicker([1]), Unchecked)",
    "issubclass(SimplePicker, Unchecked)",
    "class Both(RandomPicker, RandomPopper, Protocol):\n    pass",
    "isinstance(LottoBlower([1]), Both), isinstance(SimplePicker([1]), Both)",
    "runtime_checkable(SimplePicker)",
    "@runtime_checkable\nclass Sized2(Protocol):\n    def __len__(self) -> int: ...",
    "isinstance([], Sized2), isinstance(3, Sized2), isinstance({}, Sized2), isinstance('ab', Sized2)",
    "issubclass(list, Sized2), issubclass(float, Sized2), issubclass(bool, Sized2)",
    # Generic protocols.
    "T_co = TypeVar('T_co', covariant=True)",
    "@runtime_checkable\nclass GenericPicker(Protocol[T_co]):\n    def pick(self) -> T_co: ...",
    "isinstance(SimplePicker([1]), GenericPicker)",
    "GenericPicker[int]",
    "Protocol[T_co]",
    "Protocol[int]",
    "Protocol[T_co, T_co]",
    "GenericPicker()",
    # The typing module's Supports* protocols.
    "class Vector2d(NamedTuple):\n    x: float\n    y: float\n    def __abs__(self) -> float:\n"
    "        return math.hypot(self.x, self.y)",
    "def is_unit(v: SupportsAbs[float]) -> bool:\n    return math.isclose(abs(v), 1.0)",
    "SupportsAbs[float]",
    "SupportsRound[int]",
    "issubclass(Vector2d, SupportsAbs)",
    "is_unit(Vector2d(0, 1)), is_unit(Vector2d(1, 1)), is_unit(complex(.5, math.sqrt(3) / 2)), is_unit(1)",
    "isinstance(Vector2d(3, 4), SupportsAbs), isinstance(Vector2d(3, 4), SupportsComplex)",
    "class Complexish:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n"
    "    def __complex__(self):\n        return complex(self.x, self.y)",
    "isinstance(Complexish(1.5, 2.5), SupportsComplex), complex(Complexish(1.5, 2.5))",
    "[isinstance(3, p) for p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsIndex, SupportsAbs, "
    "SupportsRound, SupportsBytes)]",
    "[isinstance(2.5, p) for p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsIndex, SupportsAbs, "
    "SupportsRound, SupportsBytes)]",
    "[isinstance(1j, p) for p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsIndex, SupportsAbs, "
    "SupportsRound, SupportsBytes)]",
    "[isinstance(b'x', p) for p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsIndex, SupportsAbs, "
    "SupportsRound, SupportsBytes)]",
    "[isinstance('x', p) for p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsIndex, SupportsAbs, "
    "SupportsRound, SupportsBytes)]",
    "[issubclass(bool, p) for p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsIndex, SupportsAbs, "
    "SupportsRound, SupportsBytes)]",
    "SupportsAbs()",
    "SupportsInt.__slots__",
    "class Absolute(SupportsAbs):\n    pass",
    "Absolute()",
    "class Fine(SupportsAbs):\n    def __abs__(self):\n        return 1",
    "abs(Fine()), isinstance(Fine(), SupportsAbs), isinstance(Fine(), SupportsInt)",
    "SupportsAbs, SupportsInt",
    "type(SupportsAbs)",
]

METACLASS_NAMESPACES = [
    'from collections import OrderedDict',
    "class M(type):\n    def __new__(cls, name, bases, ns):\n        d = dict(ns)\n        d['extra'] = 5\n        d['names'] = [key for key in ns if not key.startswith('__')]\n        return type.__new__(cls, name, bases, d)",
    'class A(metaclass=M):\n    x = 1\n    def f(self):\n        return 2',
    'A.extra, A.names, A.x, A().f()',
    "class Typed:\n    _expected_type = type(None)\n    def __init__(self, name=None):\n        self._name = name\n    def __set__(self, instance, value):\n        if not isinstance(value, self._expected_type):\n            raise TypeError('Expected ' + str(self._expected_type))\n        instance.__dict__[self._name] = value",
    'class Integer(Typed):\n    _expected_type = int',
    'class Float(Typed):\n    _expected_type = float',
    'class String(Typed):\n    _expected_type = str',
    "class OrderedMeta(type):\n    def __new__(cls, clsname, bases, clsdict):\n        d = dict(clsdict)\n        order = []\n        for name, value in clsdict.items():\n            if isinstance(value, Typed):\n                value._name = name\n                order.append(name)\n        d['_order'] = order\n        return type.__new__(cls, clsname, bases, d)\n    @classmethod\n    def __prepare__(cls, clsname, bases):\n        print('preparing', clsname, bases)\n        return OrderedDict()",
    "class Structure(metaclass=OrderedMeta):\n    print('body of Structure')\n    def as_csv(self):\n        return ','.join(str(getattr(self, name)) for name in self._order)",
    'class Stock(Structure):\n    name = String()\n    shares = Integer()\n    price = Float()\n    def __init__(self, name, shares, price):\n        self.name = name\n        self.shares = shares\n        self.price = price',
    "s = Stock('GOOG', 100, 490.1)",
    's.name, s.as_csv(), Stock._order, Structure._order',
    "Stock('AAPL', 'a lot', 610.23)",
    'class Plain(type):\n    @classmethod\n    def __prepare__(mcs, name, bases):\n        namespace = super().__prepare__(name, bases)\n        print(type(namespace), namespace)\n        return namespace\n    def __new__(mcs, name, bases, ns):\n        print(list(ns))\n        return super().__new__(mcs, name, bases, ns)',
    "class B(metaclass=Plain):\n    '''Docs.'''\n    y = 2\n    z = 3\n    y = 4",
    'B.z, B.y',
    'class C(B):\n    w = 4',
    'class Copying(type):\n    def __new__(mcs, name, bases, ns):\n        return super().__new__(mcs, name, bases, dict(ns))',
    "class D(metaclass=Copying):\n    a = 1\n    b = 'text'\n    c = (1, 'x')\n    def m(self):\n        return self.a",
    'D().m(), D.b, D.c',
    'class Counting(type):\n    @classmethod\n    def __prepare__(mcs, name, bases):\n        return {}\n    def __init__(cls, name, bases, ns):\n        super().__init__(name, bases, ns)\n        cls.count = len(ns)',
    'class E(metaclass=Counting):\n    p = 1\n    q = 2',
    'E.count',
]

UNION_TYPES = [
    'import collections',
    'from typing import TypeAlias',
    'class Symbol:\n    pass',
    'int | str',
    'int | int, None | int, int | None | int',
    '(int | str) == (str | int), (int | str) == (int | str | int), (int | str) != (int | float), (int | str) == int',
    '(int | str).__args__, (int | None).__args__, (int | str).__parameters__',
    'float | int | Symbol',
    'Atom: TypeAlias = float | int | str',
    'Expression: TypeAlias = Atom | list',
    'Atom, Expression, list | Atom',
    'int | list[int], list[int] | None, list[int] | list[int], list[int] | list[str]',
    'int | collections.OrderedDict',
    'type(int | str)',
    "isinstance(3, int | str), isinstance('a', int | str), isinstance(2.5, int | str), isinstance(None, int | None)",
    'issubclass(bool, str | int), issubclass(float, str | int)',
    "isinstance('', int | list[int])",
    'isinstance(1, int | list[int])',
    'isinstance(Symbol(), Symbol | None), isinstance(3.5, Atom), isinstance([1], Expression)',
    'int | 3',
    '3 | int',
    "'x' | None",
    'def parse(token: str) -> Atom:\n    try:\n        return int(token)\n    except ValueError:\n        try:\n            return float(token)\n        except ValueError:\n            return str(token)',
    "[parse(t) for t in ['1', '2.5', 'x']]",
    'def check(x: int | None = None) -> str | None:\n    return None if x is None else str(x)',
    'check(), check(4)',
    'print(int | str)',
    'str(float | None), [int | str]',
    '(int | str) | (str | bytes)',
    'type(bytes), type(frozenset), type(bytearray)',
    'bytes | None, frozenset | int',
    "isinstance(b'', bytes), isinstance(frozenset(), frozenset), isinstance(frozenset(), set), isinstance(set(), frozenset)",
    'issubclass(bytes, object), issubclass(bytes, bytes), issubclass(frozenset, set), issubclass(bool, bytes)',
    'callable(bytes), bytes, frozenset',
    'isinstance(bytes, type), isinstance(frozenset, type)',
    'bytes(3), frozenset([1, 2])',
    "type(b'x') is bytes, type(frozenset()) is frozenset",
]

FIXTURES = [
    ("192-lang33-memoryview-release.txt",
     "a memoryview's release() and with block: later uses are CPython's ValueError", MEMORYVIEW_RELEASE),
    ("193-lang33-runtime-protocols.txt",
     "typing.runtime_checkable protocols with isinstance and issubclass, Protocol[T], typing's Supports* protocols",
     PROTOCOLS),
    ("194-lang33-metaclass-namespaces.txt",
     "a snippet metaclass's __prepare__ (an empty dict or OrderedDict), the namespace in the order the body bound "
     "it, and names its __new__ adds to the namespace it passes to type.__new__", METACLASS_NAMESPACES),
    ("195-lang33-union-types.txt",
     "types.UnionType (int | str, Fluent Python's Atom = float | int | Symbol) with isinstance and issubclass; "
     "type(bytes) and type(frozenset)", UNION_TYPES),
]

if __name__ == "__main__":
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / name, SCRIPT, description, statements)
