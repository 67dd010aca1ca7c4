#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the language constructs session 32 (lang32) added or refused precisely:
subscripting collections' classes (`ChainMap[str, Any]`, `deque[int]`, `Counter[str]`: a `types.GenericAlias`, which
Fluent Python's lis.py derives its `Environment` from), a class deriving from a generic alias (`class L(list[int])`),
`collections.UserList` and `collections.UserString` (whose methods go through the class's own item methods),
`memoryview` over bytes with `cast` (Fluent Python's `Vector2d.frombytes`), `sys.hexversion` compared with a
constant every CPython 3.11 release decides, and a mixin beside `collections.Counter` or `OrderedDict` among a class's
bases (Fluent Python's `UpperCounter`), with Counter calling a subclass's own `__setitem__` and `get` as it counts.

Run: `python3 Tests/SnippetsTests/Fixtures/make_lang32_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/164-lang32-*.txt` onwards; rerunning gives identical bytes.
"""

import os
import pathlib
import sys
import tempfile

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent / "interpreter"

GENERIC_ALIASES = [
    "import collections",
    "from collections import ChainMap, Counter, OrderedDict, UserDict, defaultdict, deque",
    "from typing import Any",
    # Fluent Python's lis.py (chapters 2 and 18).
    "class Environment(ChainMap[str, Any]):\n"
    "    \"A ChainMap that allows changing an item in-place.\"\n"
    "    def change(self, key, value):\n"
    "        for map in self.maps:\n"
    "            if key in map:\n"
    "                map[key] = value\n"
    "                return\n"
    "        raise KeyError(key)",
    "e = Environment({'a': 1}, {'b': 2})",
    "e",
    "e.change('b', 3); e",
    "e.change('z', 0)",
    "e['b'], e.maps, len(e), sorted(e)",
    "e.new_child({'c': 5})",
    "isinstance(e, ChainMap), type(e).__name__",
    "Environment.__bases__",
    "Environment[str, int]",
    "ChainMap[str, Any]",
    "ChainMap[str, int]",
    "deque[int]",
    "deque[int](range(3))",
    "type(deque[int])",
    "deque[int] == deque[int], deque[int] == deque[str], deque[int] == list[int]",
    "deque[int].__origin__, deque[int].__args__",
    "collections.defaultdict[str, list[int]]",
    "defaultdict[str, int](int, a=1)",
    "OrderedDict[str, int]",
    "OrderedDict[str, int](a=1)",
    "Counter[str]",
    "Counter[str]('abca')",
    "collections.Counter[str]('abca').most_common(1)",
    "UserDict[str, int]",
    "collections.UserList[int], collections.UserString[()]",
    "list[collections.deque]",
    "dict[str, collections.OrderedDict[str, int]]",
    "tuple[collections.Counter, ...]",
    "class Bag(Counter[str]):\n    pass",
    "Bag('hello')",
    "Bag('hello')['l'], Bag.__bases__",
    "Bag[int]",
    "class Ordered(OrderedDict[str, int]):\n    pass",
    "Ordered(a=1, b=2)",
    "class Queue(deque[int]):\n    pass",
    "q = Queue([1, 2]); q.appendleft(0); q",
    "class Store(UserDict[str, int]):\n    pass",
    "Store(a=1), Store(a=1).data",
    "class Numbers(list[int]):\n    pass",
    "Numbers([3, 1, 2]), sorted(Numbers([3, 1, 2])), Numbers.__bases__",
    "class Table(dict[str, float]):\n    pass",
    "Table(x=1.5), Table.__mro__",
    "str[int]",
    "Counter[str][int]",
    "collections.ChainMap[str]",
    "isinstance(deque(), deque[int])",
    "issubclass(deque, deque[int])",
    "str(Counter[str]), f'{OrderedDict[str, int]}'",
    "print(ChainMap[str, int])",
    "def f(x: deque[int]) -> Counter[str]:\n    return Counter(x)",
    "f(deque('ab'))",
]

USERLIST = [
    "from collections import UserList",
    "import collections",
    "u = UserList([3, 1, 2])",
    "u",
    "print(u), str(u), repr(u)",
    "u[0], u[-1], u[1:], type(u[1:]).__name__, len(u), 2 in u, 5 not in u",
    "list(u), list(reversed(u)), sorted(u), [x * 10 for x in u], sum(u), max(u)",
    "u + [4], [0] + u, u * 2, 2 * u, type(u + [4]).__name__, type([0] + u).__name__",
    "u + UserList([8]), u + (5,), type(u + (5,)).__name__",
    "u.append(9); u.sort(); u",
    "u.sort(reverse=True); u",
    "u.sort(key=lambda x: -x); u",
    "u == [1, 2, 3, 9], u == UserList([1, 2, 3, 9]), u != [1], u < [5], u >= [1], u > UserList([0]), u.data",
    "u == (1, 2, 3, 9), u == 5",
    "u.index(2), u.count(2), u.copy(), type(u.copy()).__name__",
    "u.index(2, 2)",
    "u += (7,); u",
    "u *= 2; u",
    "u.insert(0, 'a'); u.pop(), u.pop(0), u",
    "u.extend([5, 6]); u.extend(UserList([0])); u",
    "u.reverse(); u",
    "u[0] = 100; del u[1]; u",
    "u[1:3] = ['x', 'y']; u",
    "del u[:2]; u",
    "u.clear(); u, len(u), bool(u)",
    "u.remove(99)",
    "u[10]",
    "u.pop()",
    "{u}",
    "{u: 1}",
    "UserList('abc'), UserList(), UserList(range(3)), UserList(UserList([1]))",
    "isinstance(u, UserList), isinstance(u, list), type(u), type(u).__name__",
    "l = [1, 2]; w = UserList(l); w.append(3); l, w",
    "class Stack(UserList):\n"
    "    def push(self, x):\n"
    "        self.append(x)\n"
    "    def peek(self):\n"
    "        return self[-1]",
    "s = Stack(); s.push(1); s.push(2); s, s.peek(), s.pop(), s",
    "s[0:1], type(s[0:1]), type(s + [3]).__name__, type(s * 2).__name__, type(s.copy()).__name__",
    "isinstance(s, UserList), Stack.__bases__",
    "class Doubling(UserList):\n"
    "    def __getitem__(self, i):\n"
    "        return self.data[i] * 2",
    "d = Doubling([1, 2, 3])",
    "d[0], list(d), list(reversed(d)), [x for x in d], 2 in d",
    "class Logged(UserList):\n"
    "    def __setitem__(self, i, value):\n"
    "        print('set', i, value)\n"
    "        self.data[i] = value",
    "g = Logged([0, 0]); g[1] = 5; g",
    "g.append(1); g",
    "collections.UserList([1, 2])",
    # copy.copy copies the data (UserList's and UserDict's __copy__), a subclass's other attributes shared.
    "import copy",
    "a = UserList([1]); b = copy.copy(a); b.append(2); a, b, type(b).__name__",
    "d = collections.UserDict(x=1); e = copy.copy(d); e['y'] = 2; d, e",
    "s.tag = ['t']; c = copy.copy(s); c.push(9); s, c, c.tag is s.tag",
    "copy.deepcopy(UserList([[1]])), copy.copy(collections.UserString('ab'))",
    "v = UserList([1, 2, 3]); v[1:2] = UserList([5, 6]); v",
    "v[:1] = collections.UserString('xy'); v",
]

USERSTRING = [
    "from collections import UserString",
    "t = UserString('Hello')",
    "t",
    "print(t)",
    "str(t), repr(t), len(t), bool(t), bool(UserString(''))",
    "t.upper(), type(t.upper()).__name__, t[1], type(t[1]).__name__, t[1:3], t[-1], t[::-1]",
    "t + '!', '>' + t, t + UserString('?'), t * 2, 2 * t, 'ell' in t, UserString('ell') in t",
    "type(t + '!').__name__, type('>' + t).__name__, type(t * 2).__name__",
    "t.split('l'), t.rsplit('l', 1), t.find('l'), t.rfind('l'), t.count('l'), t.startswith('He'), t.endswith('o')",
    "t.replace('l', 'L'), t.replace(UserString('l'), 'L', 1), type(t.replace('l', 'L')).__name__",
    "list(t), [type(c).__name__ for c in t][:1], list(reversed(t)), sorted(t)",
    "t == 'Hello', t == UserString('Hello'), t != 'x', t < 'World', t >= 'Hello', t > UserString('A')",
    "UserString.maketrans('a', 'b'), t.translate({72: 74})",
    "t.join(['a', 'b']), type(t.join(['a', 'b'])).__name__",
    "t.encode(), t.partition('l'), t.rpartition('l'), t.zfill(8), t.center(9, '*'), t.ljust(7, '.'), t.rjust(7)",
    "UserString(' x ').strip(), UserString('xxaxx').strip('x'), UserString(' a').lstrip(), UserString('a ').rstrip()",
    "UserString('a\\tb').expandtabs(4), UserString('a\\nb').splitlines(), UserString('a\\nb').splitlines(True)",
    "t.lower(), t.casefold(), t.capitalize(), t.swapcase(), t.title(), t.removeprefix('He'), t.removesuffix('lo')",
    "t.isalpha(), t.isalnum(), t.isascii(), t.isdecimal(), t.isdigit(), t.isidentifier(), t.islower()",
    "t.isnumeric(), t.isprintable(), t.isspace(), t.istitle(), t.isupper()",
    "UserString('{} and {x}').format(1, x=2), UserString('{a}').format_map({'a': 3})",
    "UserString(42), UserString(42) + 1, UserString(1.5), UserString(None), UserString(t), UserString([1])",
    "int(UserString('42')), float(UserString('1.5'))",
    "'%s!' % UserString('x'), UserString('%d items') % 3, type(UserString('%d') % 3).__name__",
    "t.index('l'), t.index('z')",
    "t.rindex('z')",
    "t[10]",
    "t.lower().capitalize().swapcase().title()",
    "f'{t}', f'{t!r}', f'{t!s}'",
    "f'{t:>8}'",
    "int(t)",
    "isinstance(t, UserString), isinstance(t, str), type(t).__name__, t.data",
    "''.join(UserString('ab'))",
    "''.join([UserString('a').data, 'b']), str(UserString('q')) + 'r'",
    "class Shout(UserString):\n"
    "    def __str__(self):\n"
    "        return self.data.upper() + '!'",
    "h = Shout('hey')",
    "h, print(h), str(h), f'{h}', type(h.upper()).__name__, type(h[0]).__name__, h + 'x'",
]

MEMORYVIEW = [
    "from array import array",
    # Fluent Python's Vector2d.frombytes (chapters 11, 13 and 16).
    "class Vector2d:\n"
    "    typecode = 'd'\n"
    "    def __init__(self, x, y):\n"
    "        self.x = float(x)\n"
    "        self.y = float(y)\n"
    "    def __iter__(self):\n"
    "        return (i for i in (self.x, self.y))\n"
    "    def __repr__(self):\n"
    "        class_name = type(self).__name__\n"
    "        return '{}({!r}, {!r})'.format(class_name, *self)\n"
    "    def __bytes__(self):\n"
    "        return (bytes([ord(self.typecode)]) + bytes(array(self.typecode, self)))\n"
    "    def __eq__(self, other):\n"
    "        return tuple(self) == tuple(other)\n"
    "    @classmethod\n"
    "    def frombytes(cls, octets):\n"
    "        typecode = chr(octets[0])\n"
    "        memv = memoryview(octets[1:]).cast(typecode)\n"
    "        return cls(*memv)",
    "v1 = Vector2d(3, 4)",
    "octets = bytes(v1); octets",
    "v1_clone = Vector2d.frombytes(octets)",
    "v1_clone, v1 == v1_clone",
    "Vector2d.frombytes(bytes(Vector2d(-0.0, 1e-310))), Vector2d.frombytes(bytes(Vector2d(float('inf'), 2.5)))",
    "m = memoryview(b'abcdef')",
    "len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides",
    "m[0], m[-1], m.tolist(), list(m), bytes(m), m.tobytes(), m.hex()",
    "m[1:4].tolist(), m[::2].tolist(), m[::-1].tobytes(), len(m[2:]), m[2:].nbytes, m[::2].strides",
    "m[1:4][0], m[10:].tolist(), type(m[1:3]).__name__, type(m).__name__",
    "m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m == b'abc', m != b'x', m == 'abcdef'",
    "[x for x in m[:3]], sum(m), max(m), 99 in m",
    "m[6]",
    "m[-7]",
    "m['a']",
    "m[1.0]",
    "m[0] = 1",
    "del m[0]",
    "memoryview(m).tolist() == m.tolist(), m.obj",
    "d = memoryview(bytes(array('d', [1.5, -2.0, 0.1]))).cast('d')",
    "d.format, d.itemsize, len(d), d.nbytes, d.shape, d.strides, d.tolist(), d[1], d[-1]",
    "d[1:].tolist(), list(d), d.cast('B')[:8].tolist()",
    "i = memoryview(bytes(array('i', [1, -2, 300]))).cast('i')",
    "i.tolist(), i[1], i.format, i.itemsize, i.nbytes",
    "memoryview(bytes(array('h', [-1, 2]))).cast('h').tolist(), memoryview(bytes(array('H', [65535]))).cast('H')[0]",
    "memoryview(bytes(array('q', [-5]))).cast('q').tolist(), memoryview(b'\\xff' * 8).cast('Q')[0]",
    "memoryview(bytes(array('f', [0.1, -3.5]))).cast('f').tolist()",
    "memoryview(b'\\x00\\x01\\x02').cast('?').tolist(), memoryview(b'ab').cast('c').tolist(), "
    "memoryview(b'\\xff').cast('b')[0]",
    "memoryview(b'abc').cast('@B').tolist(), memoryview(b'abcd').cast('I')[0], memoryview(b'abcdefgh').cast('L')[0]",
    "memoryview(b'abc').cast('d')",
    "memoryview(b'abcd').cast('x')",
    "memoryview(b'abcd').cast(1)",
    "memoryview(b'abcdefgh').cast('i').cast('h')",
    "memoryview(b'abcdefgh')[::2].cast('h')",
    "memoryview(b'abcdefgh').cast('i') == memoryview(b'abcdefgh').cast('i')",
    "memoryview([1, 2])",
    "memoryview(5)",
    "memoryview('abc')",
    "memoryview(b'').tolist(), len(memoryview(b'')), memoryview(b'').nbytes",
    "isinstance(m, memoryview), isinstance(b'', memoryview)",
]

HEXVERSION = [
    "import sys",
    "sys.hexversion >= 0x030700F0, sys.hexversion > 0x03000000, sys.hexversion < 0x030C0000",
    "sys.hexversion >= 0x030D0000, sys.hexversion == 0x02070000, sys.hexversion != 0x02070000",
    "0x030700F0 <= sys.hexversion, 0x03100000 > sys.hexversion",
    "if sys.hexversion >= 0x03060000:\n    print('new enough')",
    "'yes' if sys.hexversion < 0x03000000 else 'no'",
    "sys.version_info >= (3, 7), sys.version_info[:2]",
    "sys.hexversion == sys.hexversion, sys.hexversion <= sys.hexversion, sys.hexversion < sys.hexversion",
    "isinstance(sys.hexversion, int), isinstance(sys.hexversion, (float, int)), type(sys.hexversion)",
    "type(sys.hexversion) is int, isinstance(sys.hexversion, bool), bool(sys.hexversion)",
    "sys.hexversion in (1, 2), [sys.hexversion] == [5], sys.hexversion is None",
    "max(sys.hexversion, 0x02000000) is sys.hexversion",
    # hex, oct and bin ask an IntEnum member's or an int subclass instance's __index__.
    "from enum import IntEnum",
    "class Numbers(IntEnum):\n    ONE = 1\n    TWO = 2",
    "hex(Numbers.TWO), oct(Numbers.ONE), bin(Numbers.TWO)",
    "class Small(int):\n    pass",
    "hex(Small(255)), bin(Small(-3))",
    "hex(object())",
]

COUNTER_MIXINS = [
    "import collections",
    "from collections import Counter, OrderedDict, defaultdict, UserDict, ChainMap",
    # Fluent Python's uppermixin.py (chapter 14).
    "def upper_case_key(key):\n"
    "    try:\n"
    "        return key.upper()\n"
    "    except AttributeError:\n"
    "        return key",
    "class UpperCaseMixin:\n"
    "    def __setitem__(self, key, item):\n"
    "        super().__setitem__(upper_case_key(key), item)\n"
    "    def __getitem__(self, key):\n"
    "        return super().__getitem__(upper_case_key(key))\n"
    "    def get(self, key, default=None):\n"
    "        return super().get(upper_case_key(key), default)\n"
    "    def __contains__(self, key):\n"
    "        return super().__contains__(upper_case_key(key))",
    "class UpperDict(UpperCaseMixin, collections.UserDict):\n    pass",
    "class UpperCounter(UpperCaseMixin, collections.Counter):\n    \"\"\"Specialized 'Counter' that uppercases string keys\"\"\"",
    "d = UpperDict([('a', 'letter A'), (2, 'digit two')])",
    "list(d.keys())",
    "d['b'] = 'letter B'",
    "'b' in d",
    "d['a'], d.get('B')",
    "list(d.keys())",
    "c = UpperCounter('BaNanA')",
    "c.most_common()",
    "c['a'], c['n'], c['z'], 'b' in c, c.get('a'), len(c)",
    "c.update('abc'); c",
    "c.update({'x': 2, 'a': 1}); c",
    "c.subtract('aa'); c",
    "c2 = UpperCounter({'q': 1}); c2",
    "UpperCounter(), UpperCounter(a=2)",
    "isinstance(c, Counter), isinstance(c, dict), isinstance(c, UpperCaseMixin), type(c).__name__",
    "UpperCounter.__mro__",
    "UpperCounter.__bases__",
    "class UpperOrdered(UpperCaseMixin, OrderedDict):\n    pass",
    "o = UpperOrdered(); o['x'] = 1; o['y'] = 2; o",
    "o['X'], 'x' in o, o.get('y'), list(o)",
    # A Counter subclass's own item methods, which CPython's Counter calls while it counts.
    "class Shouting(Counter):\n"
    "    def __setitem__(self, key, value):\n"
    "        super().__setitem__(key.upper(), value)",
    "Shouting('aab')",
    "s = Shouting(); s.update('xyx'); s",
    "s.update({'q': 2}); s",
    "class Tens(Counter):\n"
    "    def get(self, key, default=None):\n"
    "        return 10",
    "Tens('aab')",
    "t = Tens(); t.subtract('ab'); t",
    "class Logged(Counter):\n"
    "    def __setitem__(self, key, value):\n"
    "        print('set', key, value)\n"
    "        super().__setitem__(key, value)",
    "g = Logged('ab')",
    "g.update('a')",
    "g.update({'a': 5})",
    "g.subtract(b=1)",
    "Counter(UserDict(a=3)), Counter(ChainMap({'a': 1}, {'b': 2})), Counter(OrderedDict(z=2))",
    "k = Counter('ab'); k.update(UserDict(a=2)); k.subtract(ChainMap({'b': 5})); k",
    "k.update(a=1); k.subtract(a=10); k",
]

BUILTIN_SLOTS = [
    # The Python documentation's namedtuple subclass with `__slots__ = ()`.
    'from collections import namedtuple, Counter, OrderedDict, defaultdict, deque',
    "class Point(namedtuple('Point', ['x', 'y'])):\n    __slots__ = ()\n    @property\n    def hypot(self):\n        return (self.x ** 2 + self.y ** 2) ** 0.5\n    def __str__(self):\n        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)",
    'p = Point(3, 4)',
    'p, p.hypot, p.x, p[1], len(p), p._asdict(), p._replace(x=1)',
    'print(p)',
    'p.z = 1',
    'p.x = 5',
    'p.__dict__',
    'vars(p)',
    'isinstance(p, tuple), Point.__slots__, Point._fields',
    "class Point3(namedtuple('Point3', 'x y z')):\n    __slots__ = ('w',)",
    'class T(tuple):\n    __slots__ = ()',
    't = T([1, 2])',
    't, type(t).__name__, t + (3,)',
    't.a = 1',
    'class I(int):\n    __slots__ = ()',
    'I(5) + 1, I(5).real',
    'I(5).b = 2',
    "class I2(int):\n    __slots__ = ('a',)",
    "class S(str):\n    __slots__ = ('a',)",
    "class Tp(tuple):\n    __slots__ = ('__weakref__',)",
    "class D(dict):\n    __slots__ = ('meta',)",
    'd = D(a=1)',
    "d.meta = 'm'",
    "d, d.meta, d['a']",
    'd.other = 1',
    'd.__dict__',
    'class L(list):\n    __slots__ = ()',
    'l = L([1])',
    'l.append(2)',
    'l',
    'l.x = 1',
    "class F(float):\n    __slots__ = ('unit',)",
    'f = F(2.5)',
    "f.unit = 'm'",
    'f, f.unit, f * 2',
    'class Frozen(D):\n    __slots__ = ()',
    'fz = Frozen(b=2)',
    'fz.meta = 1',
    'fz.meta, fz',
    'fz.nope = 1',
    'class Open(D):\n    pass',
    'o = Open()',
    'o.anything = 1',
    'o.anything',
    "class C(Counter):\n    __slots__ = ('tag',)",
    "c = C('aab')",
    "c.tag = 't'",
    'c, c.tag',
    'c.more = 2',
    'c.more',
    'class DD(defaultdict):\n    __slots__ = ()',
    'dd = DD(int)',
    "dd['a'] += 1",
    'dd',
    'dd.x = 1',
    "class Q(deque):\n    __slots__ = ('name',)",
    'q = Q([1])',
    "q.name = 'q'",
    'q, q.name',
    'class OD(OrderedDict):\n    __slots__ = ()',
    'od = OD(a=1)',
    'od.x = 1',
    'od.x',
]

GENERATOR_CLEANUP = [
    "def countdown(n):\n"
    "    try:\n"
    "        while n > 0:\n"
    "            yield n\n"
    "            n -= 1\n"
    "    finally:\n"
    "        print('countdown done')",
    "list(countdown(3))",
    "for x in countdown(2):\n    print('got', x)",
    "sum(countdown(4)), [x * 2 for x in countdown(2)]",
    "def guarded(items):\n"
    "    try:\n"
    "        for item in items:\n"
    "            yield 10 / item\n"
    "    except ZeroDivisionError:\n"
    "        print('skipped a zero')\n"
    "        yield 0\n"
    "    else:\n"
    "        print('no zero')\n"
    "    finally:\n"
    "        print('cleanup')",
    "list(guarded([1, 2]))",
    "list(guarded([1, 0, 2]))",
    "def failing():\n"
    "    try:\n"
    "        yield 1\n"
    "        raise ValueError('bad')\n"
    "    finally:\n"
    "        print('finally runs')",
    "list(failing())",
    "def returning():\n"
    "    try:\n"
    "        yield 1\n"
    "        return 'early'\n"
    "    finally:\n"
    "        print('finally before return')",
    "def outer():\n"
    "    result = yield from returning()\n"
    "    print('got', result)\n"
    "    yield 2",
    "list(outer())",
    "def overriding():\n"
    "    try:\n"
    "        yield 1\n"
    "        raise KeyError('lost')\n"
    "    finally:\n"
    "        return",
    "list(overriding())",
    "def nested():\n"
    "    try:\n"
    "        try:\n"
    "            yield 'a'\n"
    "        finally:\n"
    "            print('inner')\n"
    "        yield 'b'\n"
    "    finally:\n"
    "        print('outer')",
    "list(nested())",
    "def looped():\n"
    "    for i in range(3):\n"
    "        try:\n"
    "            if i == 1:\n"
    "                continue\n"
    "            yield i\n"
    "        finally:\n"
    "            print('pass', i)",
    "list(looped())",
    "class Manager:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "    def __enter__(self):\n"
    "        print('enter', self.name)\n"
    "        return self.name.upper()\n"
    "    def __exit__(self, kind, value, traceback):\n"
    "        print('exit', self.name, kind.__name__ if kind else None)\n"
    "        return kind is KeyError",
    "def managed():\n"
    "    with Manager('a') as label:\n"
    "        yield label\n"
    "        yield label + '!'\n"
    "    yield 'after'",
    "list(managed())",
    "for v in managed():\n    print(v)",
    "def swallowing():\n"
    "    with Manager('k'):\n"
    "        yield 1\n"
    "        raise KeyError('x')\n"
    "    yield 'went on'",
    "list(swallowing())",
    "def raising():\n"
    "    with Manager('v'):\n"
    "        yield 1\n"
    "        raise ValueError('y')",
    "list(raising())",
    "def two():\n"
    "    with Manager('x') as a, Manager('y') as b:\n"
    "        yield a + b",
    "list(two())",
    "with open('lines.txt', 'w') as f:\n    f.write('one\\ntwo\\nthree\\n')",
    "def read_lines(path):\n"
    "    with open(path) as handle:\n"
    "        for line in handle:\n"
    "            yield line.strip()",
    "list(read_lines('lines.txt'))",
    "[line.upper() for line in read_lines('lines.txt') if 't' in line]",
    "def no_manager():\n    with 5:\n        yield 1",
    "list(no_manager())",
    "def after_stop():\n"
    "    try:\n"
    "        yield 1\n"
    "    finally:\n"
    "        print('closing')\n"
    "    yield 2",
    "g = after_stop(); next(g), next(g)",
    "next(g, 'end')",
]

COROUTINES = [
    # Fluent Python's coroaverager2.py (chapter 17): a coroutine returning its result, read from StopIteration.value,
    # and driven through `yield from` with send().
    "from typing import NamedTuple",
    "class Result(NamedTuple):\n    count: int\n    average: float",
    "class Sentinel:\n    def __repr__(self):\n        return f'<Sentinel>'",
    "STOP = Sentinel()",
    "def averager2(verbose=False):\n"
    "    total = 0.0\n"
    "    count = 0\n"
    "    average = 0.0\n"
    "    while True:\n"
    "        term = yield\n"
    "        if verbose:\n"
    "            print('received:', term)\n"
    "        if isinstance(term, Sentinel):\n"
    "            break\n"
    "        total += term\n"
    "        count += 1\n"
    "        average = total / count\n"
    "    return Result(count, average)",
    "coro_avg = averager2()",
    "next(coro_avg)",
    "coro_avg.send(10)",
    "coro_avg.send(30)",
    "coro_avg.send(6.5)",
    "try:\n    coro_avg.send(STOP)\nexcept StopIteration as exc:\n    result = exc.value",
    "result",
    "def compute():\n"
    "    res = yield from averager2(True)\n"
    "    print('computed:', res)\n"
    "    return res",
    "comp = compute()",
    "for v in [None, 10, 20, 30, STOP]:\n"
    "    try:\n"
    "        comp.send(v)\n"
    "    except StopIteration as exc:\n"
    "        result = exc.value",
    "result",
    "StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value",
    "def gives(n):\n    yield n\n    return n * 10",
    "g = gives(4); next(g)",
    "try:\n    next(g)\nexcept StopIteration as e:\n    print(e.value, e.args, repr(e))",
    "try:\n    next(g)\nexcept StopIteration as e:\n    print(e.value, e.args)",
    "try:\n    next(iter([]))\nexcept StopIteration as e:\n    print(e.value)",
    "try:\n    raise StopIteration('done')\nexcept StopIteration as e:\n    print(e.value)",
    "def echo():\n"
    "    while True:\n"
    "        received = yield\n"
    "        if received is None:\n"
    "            return 'stopped'\n"
    "        print('echo', received)",
    "def relay():\n"
    "    outcome = yield from echo()\n"
    "    print('relay got', outcome)\n"
    "    yield 'after'",
    "r = relay(); next(r)",
    "r.send('a'); r.send('b')",
    "r.send(None)",
    "def inner():\n    x = yield 1\n    yield x",
    "def outer():\n    yield from inner()",
    "g = outer(); next(g)",
    "g.send(5)",
    "g.send(6)",
    "def over_list():\n    yield from [1, 2, 3]",
    "o = over_list(); next(o)",
]

PROPERTY_NAMES = [
    # The Python Cookbook's StructTupleMeta (9.20): properties a metaclass sets with setattr have no name in CPython
    # 3.11's errors, those a class body binds do.
    "import operator",
    "class StructTupleMeta(type):\n"
    "    def __init__(cls, *args, **kwargs):\n"
    "        super().__init__(*args, **kwargs)\n"
    "        for n, name in enumerate(cls._fields_):\n"
    "            setattr(cls, name, property(operator.itemgetter(n)))",
    "class StructTuple(tuple, metaclass=StructTupleMeta):\n"
    "    _fields_ = []\n"
    "    def __new__(cls, *args):\n"
    "        if len(args) != len(cls._fields_):\n"
    "            raise ValueError('{} arguments required'.format(len(cls._fields_)))\n"
    "        return super().__new__(cls, args)",
    "class Stock(StructTuple):\n    _fields_ = ['name', 'shares', 'price']",
    "s = Stock('ACME', 50, 91.1)",
    "print(s); print(s[0]); print(s.name); print(s.shares * s.price)",
    "s.shares = 23",
    "try:\n    s.shares = 23\nexcept AttributeError as e:\n    print(e)",
    "del s.price",
    "Stock('x')",
    "class Temperature:\n"
    "    def __init__(self):\n"
    "        self._c = 0\n"
    "    @property\n"
    "    def celsius(self):\n"
    "        return self._c\n"
    "    kelvin = property(lambda self: self._c + 273.15)",
    "t = Temperature()",
    "t.celsius = 5",
    "t.kelvin = 5",
    "del t.celsius",
    "Temperature.later = property(lambda self: 1)",
    "t.later, Temperature().later",
    "t.later = 2",
    "Temperature.moved = Temperature.kelvin",
    "t.moved = 3",
    "class Warmer(Temperature):\n    pass",
    "Warmer().celsius = 1",
    "Warmer().later = 1",
    "class Shadow(Temperature):\n    celsius = property(lambda self: 'shadow')",
    "Shadow().celsius, Temperature().celsius",
    "Shadow().celsius = 1",
]

FIXTURES = [
    ("164-lang32-collections-generic-aliases.txt", "subscripting collections' classes (ChainMap[str, Any], deque[int], "
     "Counter[str]): types.GenericAlias, and classes deriving from generic aliases", GENERIC_ALIASES),
    ("165-lang32-userlist.txt", "collections.UserList and its subclasses: slices, + and * making the class again, the "
     "list methods, iteration through the class's own __getitem__", USERLIST),
    ("166-lang32-userstring.txt", "collections.UserString and its subclasses: str's methods, the text results made the "
     "class again, comparisons, % and format", USERSTRING),
    ("167-lang32-memoryview.txt", "memoryview over bytes: len, nbytes, readonly, indexing, slicing, tolist, tobytes, "
     "== and cast to the native formats (Fluent Python's Vector2d.frombytes)", MEMORYVIEW),
    ("168-lang32-hexversion.txt", "sys.hexversion compared with constants that every CPython 3.11 release decides",
     HEXVERSION),
    ("169-lang32-counter-mixins.txt", "a mixin class with collections.Counter or OrderedDict as bases (Fluent Python's "
     "UpperCounter), and Counter calling a subclass's own __setitem__ and get while it counts", COUNTER_MIXINS),
    ("173-lang32-builtin-subclass-slots.txt", "__slots__ in classes deriving from builtins, a namedtuple's class and "
     "collections' classes: no __dict__ where CPython's has none, CPython's TypeError for tuple and int", BUILTIN_SLOTS),
    ("174-lang32-generator-cleanup.txt", "a yield inside try/finally and with, the generator consumed within the "
     "statement: finally blocks and __exit__ run as the body leaves them, on return, break, continue and errors",
     GENERATOR_CLEANUP),
    ("175-lang32-coroutines.txt", "coroutines returning a value read from StopIteration.value, and send() through "
     "yield from (Fluent Python's coroaverager2)", COROUTINES),
    ("176-lang32-property-names.txt", "CPython 3.11's messages for a property without a setter or deleter: named when "
     "the class body bound it, unnamed when set on the class later (the Python Cookbook's StructTupleMeta)",
     PROPERTY_NAMES),
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    start = os.getcwd()
    # The statements write files (lines.txt) where they run, as a chapter writes into its own folder.
    with tempfile.TemporaryDirectory() as place:
        os.chdir(place)
        try:
            for name, description, statements in FIXTURES:
                write_numpy_fixture(HERE / name, "make_lang32_fixtures.py", description, statements)
        finally:
            os.chdir(start)
