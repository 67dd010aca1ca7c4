#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for snippet classes deriving from Python's builtin types, as tutorials write them
(Fluent Python's `StrKeyDict0(dict)`, `TomboList(list)` and `Symbol(str)`, python-patterns' `Price(float)`, a
namedtuple-style `Point(tuple)` with its own `__new__`): the builtin's methods running on the instance and returning
the plain type, the overrides CPython's C methods do not call (`dict.update` and `setdefault` skip `__setitem__`,
`dict.get` skips `__missing__`), `super()` and explicit `dict.__init__(self, ...)` calls into the builtin,
`isinstance`, `type(x).__name__`, `__mro__` and `__bases__`, reprs (a subclass's is the builtin's unless it defines
its own), arithmetic on int and float subclasses giving the base type, str, int and tuple subclasses as dict keys.
Also `collections.UserDict` (whose MutableMapping methods do call the class's own item methods), `typing.Generic`
(`Generic[T]` as a base, `Box[int]`), `typing.TypeAlias` and `@typing.overload`, and `complex(x)` asking the object's `__complex__`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_lang31_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/288-lang31-*.txt` to `298-lang31-*.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent / "interpreter"

DICT_SUBCLASSES = [
    "class D(dict):\n    pass",
    "d = D(a=1)",
    "d",
    "d['b'] = 2",
    "d, len(d), list(d), 'a' in d, type(d).__name__, isinstance(d, dict), type(d) is dict",
    "d.keys(), d.items(), d.values(), d.get('z', 0), d.pop('a')",
    "d.copy(), type(d.copy())",
    "D.__mro__, D.__bases__, issubclass(D, dict)",
    "print(d)",
    "str(d), repr(d), f'{d}'",
    "d == {'b': 2}, {'b': 2} == d, d != {}",
    "d['zz']",
    "D(1, 2)",
    "D([('x', 1)], y=2)",
    "d | {'c': 3}, type(d | {'c': 3}), {'c': 3} | d",
    "d |= {'e': 5}; d, type(d)",
    "sorted(D(b=1, a=2)), dict(D(a=1)), {**D(a=1), 'b': 2}",
    "D.fromkeys('ab', 0), type(D.fromkeys('ab'))",

    "class StrKeyDict0(dict):\n"
    "    def __missing__(self, key):\n"
    "        if isinstance(key, str):\n"
    "            raise KeyError(key)\n"
    "        return self[str(key)]\n"
    "    def get(self, key, default=None):\n"
    "        try:\n"
    "            return self[key]\n"
    "        except KeyError:\n"
    "            return default\n"
    "    def __contains__(self, key):\n"
    "        return key in self.keys() or str(key) in self.keys()",
    "s = StrKeyDict0([('2', 'two'), ('4', 'four')])",
    "s['2'], s[4]",
    "s[1]",
    "s.get('2'), s.get(4), s.get(1, 'N/A')",
    "2 in s, 1 in s",
    "class Missing(dict):\n    def __missing__(self, key):\n        return key * 2",
    "m = Missing(a=1)",
    "m['a'], m['xy'], m.get('xy'), 'xy' in m, m",
    "class Doubling(dict):\n    def __setitem__(self, key, value):\n        super().__setitem__(key, value * 2)",
    "u = Doubling(a=1)",
    "u['b'] = 2",
    "u.update(c=3)",
    "u.setdefault('d', 4)",
    "u",
    "Doubling.fromkeys('xy', 1)",
    "class Upper(dict):\n"
    "    def __init__(self, *args, **kwargs):\n"
    "        dict.__init__(self, *args, **kwargs)\n"
    "        self.made = True\n"
    "    def __getitem__(self, key):\n"
    "        return dict.__getitem__(self, key.upper())\n"
    "    def __repr__(self):\n"
    "        return 'Upper(' + dict.__repr__(self) + ')'",
    "w = Upper(A=1, B=2)",
    "w['a'], w.get('a'), w.made, w, [w], str(w)",
    "dict(w), {**w}",
    "class Env(dict):\n"
    "    def __init__(self, params=(), args=(), outer=None):\n"
    "        self.update(zip(params, args))\n"
    "        self.outer = outer\n"
    "    def find(self, var):\n"
    "        return self if (var in self) else self.outer.find(var)",
    "outer = Env(['x', 'y'], [1, 2])",
    "inner = Env(['y'], [20], outer)",
    "inner.find('x')['x'], inner.find('y')['y'], inner, outer",
    "len(inner), inner.outer is outer",
    "class E(D):\n    pass",
    "E(k=1), E.__mro__, isinstance(E(), D)",
]

LIST_SUBCLASSES = [
    "class L(list):\n    def push(self, x):\n        self.append(x)",
    "l = L([3, 1, 2])",
    "l.push(5); l",
    "l.sort(); l, type(l).__name__",
    "l[0], l[1:], type(l[1:]), l[-1]",
    "l + [9], type(l + [9]), [0] + l, l * 2, 2 * l",
    "l += [7]; l, type(l)",
    "len(l), sum(l), max(l), sorted(l, reverse=True), list(reversed(l))",
    "l == [1, 2, 3, 5, 7], l != [1], l < [2], isinstance(l, list), L.__mro__",
    "l.pop(), l.index(3), l.count(1), 3 in l, l",
    "l[0] = 10; del l[1]; l",
    "l.insert(0, -1); l.extend(range(2)); l.remove(10); l",
    "L()",
    "L(1, 2)",
    "L(x=1)",
    "L(5)",
    "l + (1,)",
    "[i * 2 for i in L([1, 2])], list(L('ab')), tuple(L([1]))",
    "print(L([1, 'a']))",

    "import random",
    "class TomboList(list):\n"
    "    def pick(self):\n"
    "        if self:\n"
    "            position = random.randrange(len(self))\n"
    "            return self.pop(position)\n"
    "        else:\n"
    "            raise LookupError('pop from empty TomboList')\n"
    "    load = list.extend\n"
    "    def loaded(self):\n"
    "        return bool(self)\n"
    "    def inspect(self):\n"
    "        return tuple(self)",
    "t = TomboList(range(3))",
    "t.loaded(), t.inspect(), len(t)",
    "t.load('ab'); t",
    "TomboList().pick()",
    "class Stack(list):\n"
    "    def __init__(self, items=()):\n"
    "        super().__init__(items)\n"
    "        self.pushes = len(self)\n"
    "    def push(self, item):\n"
    "        super().append(item)\n"
    "        self.pushes += 1\n"
    "    def __repr__(self):\n"
    "        return f'Stack({list.__repr__(self)}, pushes={self.pushes})'",
    "st = Stack([1])",
    "st.push(2); st, st.pushes, str(st), f'{st}'",
]

STR_SUBCLASSES = [
    "class S(str):\n    pass",
    "x = S('hello')",
    "x, str(x), type(str(x)), x.upper(), type(x.upper()), len(x), x[1:3], type(x[1:3]), x + '!', '!' + x",
    "print(x)",
    "f'{x}|{x:>8}|{x!r}', '{}'.format(x), '%s' % x",
    "{x: 1}['hello'], {'hello': 2}[x], {x} == {'hello'}",
    "x == 'hello', x < 'z', 'ell' in x, ', '.join([x, 'a']), x * 2, 2 * x",
    "isinstance(x, str), S.__mro__, type(x) is str",
    "x.split('l'), x.replace('l', 'L'), x.startswith('he'), x.find('l'), x.strip('ho')",
    "sorted([S('b'), 'a', S('c')]), max(S('x'), 'y')",
    "int(S('12')) + 1, float(S('2.5')), list(S('ab'))",
    "3 in x",
    "x + 1",
    "class Symbol(str): pass",
    "sym = Symbol('lambda')",
    "sym, type(sym).__name__, sym == 'lambda', [sym], {'lambda': 1}[sym]",
    "class Loud(str):\n"
    "    def __str__(self):\n"
    "        return self.upper()\n"
    "    def __repr__(self):\n"
    "        return f'Loud({str.__repr__(self)})'",
    "y = Loud('hey')",
    "y, str(y), print(y), f'{y}', f'{y:>5}', '%s' % y, [y], y + '!'",
    "class Tagged(str):\n"
    "    def __new__(cls, text, tag):\n"
    "        obj = super().__new__(cls, text)\n"
    "        obj.tag = tag\n"
    "        return obj",
    "g = Tagged('body', 'p')",
    "g, g.tag, g.upper(), len(g)",
]

NUMBER_SUBCLASSES = [
    "class I(int):\n    pass",
    "i = I(5)",
    "i, i + 1, 1 + i, i * 2, type(i + 1), i / 2, -i, abs(I(-3)), i // 2, i % 3, 2 ** i, i ** 2",
    "i << 1, i & 4, i | 2, 7 ^ i, ~i, divmod(i, 2), divmod(17, i)",
    "[10, 20, 30, 40, 50, 60][i], 'abcdefg'[i], range(i)",
    "float(i), int(i), type(int(i)), str(i), f'{i:03d}', f'{i}', hex(i), bin(i)",
    "i == 5, i < 6, i >= 5.0, isinstance(i, int), {i: 'a'}[5], {5: 'b'}[i], bool(I(0)), bool(i)",
    "I('42'), I('ff', 16), I(3.9), I()",
    "I('x')",
    "i.bit_length(), i.real, i.imag, i.numerator, i.denominator, i.conjugate()",
    "sorted([I(3), 1, I(2)]), sum([I(1), I(2)]), max(I(1), 2)",
    "[0] * I(3), I(2) * 'ab', (1,) * I(2)",
    "print(i), repr(i), I.__mro__, I.__bases__",
    "i + 'a'",
    "class F(float):\n    def __str__(self):\n        return f'{self:.2f}'",
    "p = F(1.5)",
    "p, print(p), str(p), p * 2, type(p * 2), p + 1, 2 - p, round(p), int(p), round(p, 1)",
    "'{}'.format(p), f'{p}', f'{p:.1f}', '%s' % p, '%.3f' % p",
    "p == 1.5, p > 1, isinstance(p, float), F.__mro__, type(p).__name__",
    "import math",
    "math.sqrt(F(4.0)), math.floor(p), math.isclose(p, 1.5), abs(F(-2.0)), -p",
    "F('2.5'), F(), F(3)",
    "F('x')",
    "p.is_integer(), p.as_integer_ratio(), p.real, p.imag, p.hex()",
    "class Price(float):\n"
    "    def __str__(self):\n"
    "        return f'{self:.2f}'",
    "products = {'milk': {'price': Price(1.50), 'quantity': 10}, 'eggs': {'price': Price(0.20), 'quantity': 100}}",
    "for name, info in products.items():\n    print(f\"Name: {name}, Price: {info['price']}, Quantity: {info['quantity']}\")",
    "print('Price:', products['milk']['price'])",
    "class Meters(float):\n"
    "    def __new__(cls, value, unit='m'):\n"
    "        obj = super().__new__(cls, value)\n"
    "        obj.unit = unit\n"
    "        return obj\n"
    "    def __repr__(self):\n"
    "        return f'Meters({float(self)!r}, {self.unit!r})'",
    "q = Meters(2.5, 'km')",
    "q, q.unit, q * 2, str(q), [q], q + Meters(1)",
    "class Even(int):\n"
    "    def __new__(cls, value):\n"
    "        if value % 2:\n"
    "            raise ValueError(f'{value} is odd')\n"
    "        return super().__new__(cls, value)",
    "Even(4), Even(4) + 1",
    "Even(3)",
]

TUPLE_SUBCLASSES = [
    "class T(tuple):\n"
    "    def __new__(cls, x, y):\n"
    "        return super().__new__(cls, (x, y))\n"
    "    @property\n"
    "    def x(self):\n"
    "        return self[0]\n"
    "    @property\n"
    "    def y(self):\n"
    "        return self[1]",
    "t = T(1, 2)",
    "t, t.x, t.y, t[1], len(t), t + (3,), type(t + (3,)), {t: 1}[(1, 2)], {(1, 2): 'a'}[t]",
    "a, b = t; a, b",
    "t == (1, 2), t < (1, 3), isinstance(t, tuple), T.__mro__, type(t).__name__, list(t), 2 in t",
    "t.x = 5",
    "t.z = 5; t.z",
    "t.count(1), t.index(2), t[::-1], type(t[::-1]), t * 2",
    "print(t), str(t), f'{t}'",
    "T(1)",
    "class Pair(tuple):\n    pass",
    "Pair([1, 2]), Pair(), Pair('ab')",
    "Pair(1, 2)",
    "Pair(x=1)",
    "class Point(tuple):\n"
    "    def __new__(cls, x, y):\n"
    "        return tuple.__new__(cls, (x, y))\n"
    "    def __repr__(self):\n"
    "        return f'Point(x={self[0]}, y={self[1]})'\n"
    "    def __add__(self, other):\n"
    "        return Point(self[0] + other[0], self[1] + other[1])",
    "pt = Point(1, 2) + Point(3, 4)",
    "pt, [pt], str(pt), pt[0], tuple(pt), sorted([Point(2, 1), Point(1, 5)])",
]

USERDICT = [
    "from collections import UserDict",
    "class StrKeyDict(UserDict):\n"
    "    def __missing__(self, key):\n"
    "        if isinstance(key, str):\n"
    "            raise KeyError(key)\n"
    "        return self[str(key)]\n"
    "    def __contains__(self, key):\n"
    "        return str(key) in self.data\n"
    "    def __setitem__(self, key, item):\n"
    "        self.data[str(key)] = item",
    "d = StrKeyDict([(2, 'two'), ('4', 'four')])",
    "d, d[2], d[4], d.get(4), d.get(1, 'N/A'), 2 in d, 1 in d",
    "d[1]",
    "d.update({5: 'five'}, six=6); d",
    "d.keys(), d.items(), d.values(), list(d.items()), len(d)",
    "d.pop('2'), d.pop('zz', 0), d.setdefault(7, 'seven'), d",
    "d.pop('zz')",
    "d == {'4': 'four', '5': 'five', 'six': 6, '7': 'seven'}, isinstance(d, dict), type(d).__name__",
    "type(UserDict), type(d.keys()).__name__",
    "u = UserDict(a=1); u2 = u.copy(); u2['b'] = 2; u, u2",
    "u | {'c': 3}, {'c': 3} | u, type(u | {}).__name__",
    "UserDict().popitem()",
    "print(UserDict({1: 2}))",
    "UserDict.fromkeys('ab', 0), u.data, 'a' in u.keys(), ('a', 1) in u.items(), 1 in u.values()",
    "u.clear(); u, len(u)",
    "class Doubling(UserDict):\n    def __setitem__(self, key, value):\n        super().__setitem__(key, value * 2)",
    "w = Doubling(a=1)",
    "w.update(b=2); w.setdefault('c', 3); w",
]

GENERIC = [
    "from typing import Generic, TypeVar, Any",
    "T = TypeVar('T')",
    "T_co = TypeVar('T_co', covariant=True)",
    "T_contra = TypeVar('T_contra', contravariant=True)",
    "class Box(Generic[T]):\n"
    "    def put(self, item: T) -> None:\n"
    "        self.contents = item\n"
    "    def get(self) -> T:\n"
    "        return self.contents",
    "b = Box(); b.put(3); b.get()",
    "Box[int], Box[str] == Box[str], Box[int] == Box[str]",
    "c = Box[int](); c.put('x'); c.get(), type(c).__name__",
    "Generic[T], Generic[T, T_co]",
    "Generic[T, T]",
    "Generic[int]",
    "Generic[()]",
    "isinstance(b, Generic), isinstance(b, Box), type(b).__name__",
    "class Plain(Generic):\n    pass",
    "class OutBox(Generic[T_co]):\n"
    "    def __init__(self, contents: Any):\n"
    "        self.contents = contents\n"
    "    def get(self) -> Any:\n"
    "        return self.contents",
    "OutBox(5).get(), OutBox[int](6).get()",
    "class InBox(Generic[T_contra]):\n    def put(self, item: T_contra) -> None:\n        self.contents = item",
    "bx: InBox[int] = InBox()",
    "bx.put(1); bx.contents",
    "class Pair(Box[T]):\n    pass",
    "pr = Pair(); pr.put('p'); pr.get(), isinstance(pr, Box)",
    "def first(items: list[T]) -> T:\n    return items[0]",
    "first([4, 5])",
    'from typing import overload, TypeAlias, Union',
    'Symbol: TypeAlias = str',
    'Atom: TypeAlias = Union[float, int]',
    'Symbol, Atom, TypeAlias',
    'TypeAlias[int]',
    'TypeAlias()',
    '@overload\ndef double(x: int) -> int: ...',
    '@overload\ndef double(x: str) -> str: ...',
    'double(2)',
    'double.__name__',
    'def double(x):\n    return x * 2',
    "double(2), double('a'), double.__name__",
    'import typing',
    '@typing.overload\ndef f(a: int) -> int: ...',
    'f(1)',
]

COMPLEX_PROTOCOL = [
    "class V:\n"
    "    def __init__(self, x, y):\n"
    "        self.x, self.y = x, y\n"
    "    def __complex__(self):\n"
    "        return complex(self.x, self.y)",
    "complex(V(3, 4)), abs(complex(V(3, 4)))",
    "class Bad:\n    def __complex__(self):\n        return 1.5",
    "complex(Bad())",
    "class Sized:\n    def __len__(self):\n        return 0",
    "bool(Sized()), not Sized(), 'yes' if Sized() else 'no'",
    "class Truthy:\n    def __bool__(self):\n        return True\n    def __len__(self):\n        return 0",
    "bool(Truthy())",
    "class Fmt:\n    def __format__(self, spec):\n        return 'Fmt<' + spec + '>'",
    "format(Fmt(), 'x'), f'{Fmt():>3}', '{:abc}'.format(Fmt())",
]

NEIGHBOURS = [
    'class I(int):\n    pass',
    'class F(float):\n    pass',
    'class S(str):\n    pass',
    'class T(tuple):\n    pass',
    'class D(dict):\n    pass',
    'class L(list):\n    pass',
    "'%d|%x|%s|%r' % (I(10), I(10), I(10), I(10))",
    "'%.2f|%s|%r|%d' % (F(1.5), F(1.5), F(1.5), F(1.5))",
    "'%s|%r|%5s' % (S('a'), S('a'), S('a'))",
    "'%s-%s' % T(('a', 'b'))",
    "'%(a)s' % D(a=1)",
    "'%s' % L([1])",
    'pow(I(2), 3), pow(I(2), 3, 5), pow(F(2.0), I(2))',
    'I(True), I(2) ** -1, round(I(15), -1), round(F(2.567), 2)',
    'I(3) == 3.0, I(3) + True, True + I(3), I(3) + 1.5, 1.5 + I(3), I(3) + 2j',
    'F(1) + I(2), I(2) + F(1), I(7) / F(2.0), F(1) < I(2), I(1) == F(1.0)',
    'divmod(F(7.5), 2), divmod(7, I(2)), abs(I(-2)), -F(0.0)',
    "format(I(255), 'x'), format(F(0.5), '%'), format(S('a'), '^5'), format(I(3)), format(F(3))",
    "str(I(7)), repr(I(7)), str(F(0.1)), str(S('q')), repr(S('q'))",
    "print(I(1), F(2), S('3'), T((4,)), D(a=5), L([6]))",
    "[I(1), F(2), S('3'), T((4,)), D(a=5), L([6])]",
    "{'k': (I(1), S('s'))}",
    'I(5).__class__.__name__, type(I(5) + 0).__name__, type(-I(5)).__name__, type(abs(I(5))).__name__',
    "bool(S('')), bool(T()), bool(D()), bool(L()), bool(F(0)), bool(I(0))",
    "not L(), len(S('abc')), S('abc')[::-1]",
    'I(10) // I(3), I(10) % I(3), I(2) ** I(3), I(6) & I(3)',
    'sum([F(0.5), F(0.25)]), sum([I(1)], I(2))',
    'sorted([T((2,)), T((1,))]), sorted([L([2]), L([1])])',
    "D(a=1) == D(a=1), L([1]) == L([1]), T((1,)) == T((1,)), S('a') == S('a'), I(1) == I(1)",
    'D(a=1) < D(b=2)',
    'L([1]) < T((1,))',
    "S('a') < 1",
    "I(1) < 'a'",
    'L([1]) + T((1,))',
    'T((1,)) + [1]',
    "S('a') + 1",
    "1 + S('a')",
    "I(1) + 'a'",
    "'a' + I(1)",
    "[1] + L([2]), (1,) + T((2,)), 'x' + S('y')",
    "L([1]) * I(2), I(2) * L([1]), S('ab') * I(2), T((0,)) * I(3)",
    "[1, 2, 3][I(1):], 'abc'[I(0)]",
    "D(a=1).get('a'), D(a=1).setdefault('b', 2), D().pop('x', None)",
    'D().popitem()',
    'L().pop()',
    'L([1]).index(5)',
    'T((1,)).index(5)',
    "S('abc').index('z')",
    "D({'a': 1}, {'b': 2})",
    'T(1)',
    "F('abc')",
    'I(1, 2)',
    'S(1, 2, 3, 4)',
    'I.__bases__, F.__bases__, S.__bases__, T.__bases__, D.__bases__, L.__bases__',
    'I.mro()',
    'issubclass(I, int), issubclass(I, float), issubclass(L, list), issubclass(L, tuple)',
    "isinstance(I(1), (str, int)), isinstance(S(''), str), isinstance(T(), tuple), isinstance(L(), list)",
]

OVERRIDES = [
    "class L(list):\n    def __getitem__(self, i):\n        return 'item'\n    def __len__(self):\n        return 99",
    'l = L([1, 2])',
    'l[0], len(l), list(l), [x for x in l], sorted(l), l, bool(l), max(l), 1 in l',
    "class L2(list):\n    def __iter__(self):\n        return iter(['it'])",
    'm = L2([1, 2])',
    'list(m), tuple(m), [x for x in m], m, len(m), sum(L2([1])) if False else 0, sorted(m)',
    '[0] + m, m + [0], m[0]',
    "class D2(dict):\n    def __iter__(self):\n        return iter(['x'])\n    def __getitem__(self, k):\n        return 'v'",
    'e = D2(a=1)',
    "list(e), e, dict(e), e.keys(), e['a'], e.get('a')",
    '{}.update(e)',
    'z = {}; z.update(e); z',
    "class D3(dict):\n    def __getitem__(self, k):\n        return 'v'\n    def keys(self):\n        return ['q']",
    'f = D3(a=1)',
    'dict(f), {**f}, f',
    'z = {}; z.update(f); z',
    'class D4(dict):\n    def __eq__(self, other):\n        return True',
    'D4() == 5, 5 == D4(), D4() != 5',
    'class S2(str):\n    def __eq__(self, other):\n        return True\n    __hash__ = str.__hash__',
    "S2('a') == 'b'",
    'class S3(str):\n    def __len__(self):\n        return 0\n    def __contains__(self, x):\n        return True',
    "len(S3('abc')), 'z' in S3('abc'), bool(S3('abc'))",
    "class I2(int):\n    def __add__(self, other):\n        return 'added'\n    def __radd__(self, other):\n        return 'radded'",
    'I2(1) + 1, 1 + I2(1), sum([I2(1)]), I2(1) + I2(2)',
    'class I3(int):\n    def __init__(self, v):\n        self.orig = v',
    "I3(5).orig, I3(5) + 1, I3('7')",
    'class F2(float):\n    def __init__(self, v, extra=0):\n        self.extra = extra',
    'F2(1.5, extra=3).extra',
    'class T2(tuple):\n    def __init__(self, items):\n        self.n = len(items)',
    'T2([1, 2]).n, T2([1, 2])',
    'class L3(list):\n    def __init__(self, n):\n        pass',
    'L3(5), len(L3(5))',
    'class L4(list):\n    def append(self, x):\n        super().append(x * 10)',
    'q = L4(); q.append(1); q.extend([2]); q.insert(0, 3); q += [4]; q',
    'class D5(dict):\n    def __init__(self, **kw):\n        super().__init__()\n        for k, v in kw.items():\n            self[k] = v\n    def __setitem__(self, k, v):\n        super().__setitem__(k.upper(), v)',
    'D5(a=1, b=2)',
    "class Vec(tuple):\n    def __new__(cls, *xs):\n        return super().__new__(cls, xs)\n    def __add__(self, other):\n        return Vec(*(a + b for a, b in zip(self, other)))\n    def __repr__(self):\n        return 'Vec' + super().__repr__()",
    'Vec(1, 2) + Vec(3, 4), Vec(1) + (5,), (5,) + Vec(1)',
    "class N(int):\n    def __repr__(self):\n        return f'N({int(self)})'",
    "N(3), str(N(3)), f'{N(3)}', f'{N(3):d}', [N(3)], print(N(3)), '%s %d' % (N(3), N(3))",
    "class FF(float):\n    def __repr__(self):\n        return 'FF!'",
    "FF(1.0), str(FF(1.0)), f'{FF(1.0)}', f'{FF(1.0):.1f}', print(FF(2))",
    "class SS(str):\n    def __repr__(self):\n        return 'SS!'",
    'SS(\'a\'), str(SS(\'a\')), f\'{SS("a")}\', print(SS(\'a\')), [SS(\'a\')], f\'{SS("a")!r}\'',
    'def kw(**k):\n    return k',
    'kw(**D3(a=1)), kw(**D2(b=2)), kw(**D4(c=3))',
    '{**D2(b=2)}',
]

COPIES_AND_INDICES = [
    'import copy',
    'from collections import Counter, OrderedDict, defaultdict',
    "c = Counter('ab'); c2 = copy.copy(c); c2['z'] = 1; c, c2",
    "o = OrderedDict(a=1); o2 = copy.copy(o); o2['z'] = 1; o, o2",
    "dd = defaultdict(int); dd2 = copy.copy(dd); dd2['z'] += 1; dd, dd2",
    'def keywords(**k):\n    return k',
    'keywords(**Counter(a=1)), keywords(**OrderedDict(b=2))',
    'class I(int):\n    pass',
    'class S(str):\n    pass',
    'class F(float):\n    pass',
    "I(5).to_bytes(2, 'big'), I(5).bit_count()",
    "list(enumerate(S('ab')))",
    "{S('a')} | {'a'}, S('a') in ['a'], 'a' in [S('a')], S('a') in {'a': 1}",
    "I(1) in {1: 'a'}, {1: 'x'}.get(I(1)), {1: 'x'}[I(1)], [1, 2].index(I(2)), [I(1)].count(1)",
    "sorted([S('b'), S('a')], key=len), sorted([S('bb'), 'a'], key=lambda s: s.upper())",
    'np.sqrt(I(4)), np.sqrt(F(2.25)), np.array([1, 2])[I(1)], np.zeros(3)[I(0):I(2)]',
    'np.arange(6).reshape(I(2), I(3))',
    'x = np.arange(3); x[I(0)] = I(7); x[I(1)] = F(2.9); x',
    'm = np.zeros((2, 2)); m[I(1), 0] = F(0.5); m, m[I(1), I(0)]',
    'import math',
    'math.factorial(I(5)), math.gcd(I(6), 4), math.pi * I(2), math.floor(F(-1.5)), math.log(F(math.e))',
    "max(S('a'), S('b')), type(max(S('a'), S('b'))).__name__",
    "'-'.join(S('abc')), S('a,b').split(','), type(S('a,b').split(',')[0])",
    "S('Hi').lower() == 'hi', S('x').__len__(), S('ab').__getitem__(0), I(1).__add__(2)",
    'int.__add__(I(1), 2)',
    "'{0}{0}'.format(S('z')), '{:>4}|{!r}'.format(I(3), S('q'))",
    "d = {}; d[S('k')] = 1; d[I(2)] = 2; d, type(list(d)[0]).__name__, d['k'], d[2]",
]

FIXTURES = [
    ("288-lang31-dict-subclasses.txt", "snippet classes deriving from dict: the builtin's methods on the instance, "
     "__missing__, the overrides dict's own methods skip, super() and dict.__init__ calls", DICT_SUBCLASSES),
    ("289-lang31-list-subclasses.txt", "snippet classes deriving from list: methods, slices and concatenation giving "
     "plain lists, TomboList", LIST_SUBCLASSES),
    ("290-lang31-str-subclasses.txt", "snippet classes deriving from str: methods giving plain strs, formatting, "
     "dict keys, __str__ and __repr__ overrides, __new__", STR_SUBCLASSES),
    ("291-lang31-number-subclasses.txt", "snippet classes deriving from int and float: arithmetic giving the base "
     "type, indexing, formatting, math, __new__ (python-patterns' Price)", NUMBER_SUBCLASSES),
    ("292-lang31-tuple-subclasses.txt", "snippet classes deriving from tuple, with a namedtuple-style __new__",
     TUPLE_SUBCLASSES),
    ("293-lang31-userdict.txt", "collections.UserDict and its subclasses: MutableMapping's methods call the class's "
     "own item methods", USERDICT),
    ("294-lang31-generic.txt", "typing.Generic and TypeVar: Generic[T] as a base, Box[int] aliases; TypeAlias "
     "and @overload", GENERIC),
    ("295-lang31-number-protocols.txt", "complex() asking __complex__, truthiness from __bool__ and __len__, "
     "__format__", COMPLEX_PROTOCOL),
    ("296-lang31-builtin-subclass-operators.txt", "instances of int, float, str, tuple, dict and list subclasses with "
     "each other and the builtins: operators, % and format(), errors naming the subclass, __bases__ and mro()",
     NEIGHBOURS),
    ("297-lang31-builtin-subclass-overrides.txt", "overrides in builtin subclasses that CPython's C code calls or "
     "skips: __getitem__, __len__, __iter__, keys, __eq__, __add__, __repr__, __init__ beside the builtin's __new__",
     OVERRIDES),
    ("298-lang31-copies-and-indices.txt", "copy.copy of Counter, OrderedDict and defaultdict (their items copied), and "
     "int, float and str subclass instances as NumPy indices and values, math arguments and dict keys", COPIES_AND_INDICES),
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / name, "make_lang31_fixtures.py", description, statements)
