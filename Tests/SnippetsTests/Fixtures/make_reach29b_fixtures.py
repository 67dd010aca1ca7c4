#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the constructs reach29b took into the snippet language, from the standard
library pages and notebooks the reach probe runs (python-library's enum and functools pages, pytudes' probability
notebook):

- a class deriving from a typing alias of a collections class (`class Dist(typing.Counter)`), typing.Counter() and
  its kin called, and subclasses of Counter, defaultdict and OrderedDict, whose repr, copy() and `|` are of (and
  name) the subclass; `dict.update` and `{...} | mapping` reading a mapping object by its keys (docbuild raised
  ValueError for `Counter(...).copy()` and `{'z': 0} | OrderedDict(...)`);
- functools.singledispatch: register by annotation (a class, `int | float`, `Union[...]`, `Optional[...]`) and by
  class argument, dispatch along the method resolution order, `dispatch`, `registry`, and its TypeErrors;
- enum.Flag: auto() values, `| & ^ ~`, `in`, iteration, len, bool, pseudo-members and their reprs and str, aliases
  of several bits, definition order, the boundary keyword (STRICT, CONFORM, EJECT, KEEP) and their errors;
- enum.IntEnum and enum.IntFlag: members that are ints (operators, comparisons, conversions, str and format of the
  value) with the enum repr.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach29b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/264-reach29b-collections-subclasses.txt`, `265-reach29b-singledispatch.txt`, `266-reach29b-flags.txt`,
`267-reach29b-flag-boundaries.txt` and `268-reach29b-int-enums.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

COLLECTIONS = [
    "from collections import Counter, defaultdict, OrderedDict",
    "import typing",
    "class Dist(typing.Counter):\n    'A distribution of {outcome: frequency} pairs.'\n",
    "d = Dist('THHHTTHHT')",
    "d, Dist(H=5, T=4) == d, Dist({'H': 5, 'T': 4}) == d, Dist()",
    "d.copy(), type(d.copy()).__name__, type(d + d).__name__, d + d, d['X'], isinstance(d, dict)",
    "isinstance(d, Counter), type(d).__name__, d.most_common(1), sorted(d.elements()), len(d), list(d), d.total()",
    "Dist({1: 0.1, 2: 0.1, 6: 0.5}), sum(Dist(a=2, b=3).values())",
    "typing.Counter('abb'), type(typing.Counter('a')).__name__, typing.Counter('a').__orig_class__",
    "typing.DefaultDict(int), typing.OrderedDict(a=1), typing.Deque([1, 2])",
    "class C(Counter):\n    pass\n",
    "C('abca'), C(), C('ab').copy(), Counter('ab').copy(), type(C('a').copy()).__name__, type(+C('a')).__name__",
    "class DD(defaultdict):\n    pass\n",
    "dd = DD(list)",
    "dd['a'].append(1)",
    "dd, dd.copy(), type(dd.copy()).__name__, dd | {'b': 2}, {'c': 3} | dd, type({'c': 3} | dd).__name__",
    "class OD(OrderedDict):\n    pass\n",
    "o = OD(a=1, b=2)",
    "o, OD(), o.copy(), type(o.copy()).__name__, {'z': 0} | o, o | {'y': 5}",
    "OrderedDict(a=1).copy(), {'z': 0} | OrderedDict(a=1), type({'z': 0} | OrderedDict(a=1)).__name__",
    "class TD(typing.DefaultDict):\n    pass\n",
    "TD(int), isinstance(TD(int), dict), TD(int, a=1)['a'], TD(int)['b']",
    "class Dist2(Dist):\n    pass\n",
    "Dist2('ab'), type(Dist2('ab').copy()).__name__",
    "x = {'a': 1}",
    "x.update(Counter('bb'))",
    "x.update(OrderedDict(c=3))",
    "x, dict(Counter('zz')), dict(OrderedDict(q=1))",
    "x.update([('d', 4), (5,)])",
    "x",
    "x.update([1])",
    "typing.List()",
]

SINGLEDISPATCH = [
    "from functools import singledispatch",
    "@singledispatch\ndef fun(arg, verbose=False):\n    if verbose:\n        print('Let me just say,', end=' ')\n    print(arg)\n",
    "@fun.register\ndef _(arg: int, verbose=False):\n    if verbose:\n        print('Strength in numbers, eh?', end=' ')\n    print(arg)\n",
    "@fun.register\ndef _(arg: list, verbose=False):\n    if verbose:\n        print('Enumerate this:')\n    for i, elem in enumerate(arg):\n        print(i, elem)\n",
    "@fun.register\ndef _(arg: int | float, verbose=False):\n    print('num', arg)\n",
    "from typing import Union, Optional, List",
    "@fun.register\ndef _(arg: Union[list, set], verbose=False):\n    print('coll', arg)\n",
    "@fun.register(complex)\ndef _(arg, verbose=False):\n    if verbose:\n        print('Better than complicated.', end=' ')\n    print(arg.real, arg.imag)\n",
    "def nothing(arg, verbose=False):\n    print('Nothing.')\n",
    "fun.register(type(None), nothing).__name__",
    "fun('Hello, world.')",
    "fun('test.', verbose=True)",
    "fun(42, verbose=True)",
    "fun(['spam', 'spam', 'eggs', 'spam'], verbose=True)",
    "fun(None), fun(1.23), fun(2j, verbose=True), fun(True), fun({1}), fun((1, 2))",
    "fun.dispatch(float).__name__, fun.dispatch(dict).__name__, fun.registry[object].__name__, fun.dispatch(bool).__name__",
    "len(fun.registry), bool in fun.registry, float in fun.registry, fun.registry[int] == fun.registry[float]",
    "fun.registry.keys()",
    "fun.__name__, fun.__wrapped__.__name__, fun.__doc__",
    "fun()",
    "fun.register(3)",
    "fun.register(3, nothing)",
    "@fun.register\ndef _(a: List[int]):\n    pass\n",
    "@fun.register\ndef _(a: Union[int, List[int]]):\n    pass\n",
    "@fun.register\ndef _(a: Optional[str]):\n    print('opt', a)\n",
    "fun('s'), fun(None)",
    "class A:\n    pass\n",
    "class B(A):\n    pass\n",
    "@singledispatch\ndef g(x):\n    return 'base'\n",
    "@g.register\ndef _(x: A):\n    return 'A'\n",
    "g(B()), g(A()), g(3), g.dispatch(B).__name__, g.dispatch(object).__name__",
    "@g.register(ValueError)\ndef _(x):\n    return 'VE'\n",
    "@g.register(Exception)\ndef _(x):\n    return 'E'\n",
    "g(KeyError()), g(ValueError()), g(ZeroDivisionError()), g(UnicodeError())",
    "from collections import Counter, OrderedDict",
    "@g.register(dict)\ndef _(x):\n    return 'dict'\n",
    "g(Counter()), g(OrderedDict()), g({})",
    "@g.register(int)\n@g.register(str)\ndef h(x):\n    return 'int or str'\n",
    "h.__name__, g(1), g('a'), g(False)",
    "g.register(tuple, lambda x: 'tuple')(()), g((1,))",
]

FLAGS = [
    "from enum import Flag, auto, Enum",
    "class Color(Flag):\n    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n",
    "purple = Color.RED | Color.BLUE",
    "white = Color.RED | Color.GREEN | Color.BLUE",
    "Color.GREEN in purple, Color.GREEN in white, purple in white, white in purple",
    "list(Color.RED), list(purple), list(white), list(Color), len(Color)",
    "len(Color.GREEN), len(white), bool(Color.GREEN), bool(Color(0))",
    "Color.RED | Color.GREEN, purple & white, purple & Color.GREEN, purple ^ white, purple ^ Color.GREEN",
    "~white, ~purple, ~Color.RED, Color(0), Color(7), Color(3) == Color.RED | Color.GREEN",
    "str(purple), str(Color(0)), f'{purple}', format(Color.RED, '>12'), repr(Color), str(Color.RED)",
    "purple.name, purple.value, Color(0).name, Color(0).value, Color.RED.name",
    "Color(8)",
    "Color(-1)",
    "Color(-2), Color(-8)",
    "Color('red')",
    "Color.RED | 2",
    "2 | Color.RED",
    "1 in Color.RED",
    "Color.RED in Color, purple in Color",
    "Color.__members__",
    "class Perm(Flag):\n    R = 4\n    W = 2\n    X = 1\n    RWX = 7\n    NONE = 0\n",
    "list(Perm), Perm.RWX, Perm(7), Perm(6), Perm.NONE, Perm(0), list(Perm(5)), ~Perm.R, Perm._member_names_",
    "Perm['RWX'], Perm(3).name, len(Perm), repr(Perm.RWX), Perm.__members__",
    "class Mixed(Flag):\n    B = 2\n    A = 1\n    C = 8\n",
    "list(Mixed), list(Mixed(11)), Mixed(11), Mixed(9)",
    "Mixed(4)",
    "class Al(Flag):\n    X = auto()\n    Y = 3\n",
    "list(Al), Al.Y, Al(2), str(Al(2)), Al(3), Al._member_names_",
    "class P(Flag):\n    A = 1\n    B = 4\n",
    "P(2)",
    "P(5), ~P.A, ~P(0)",
    "class Start(Flag):\n    def _generate_next_value_(name, start, count, last_values):\n        return 16 * (count + 1)\n    A = auto()\n    B = auto()\n",
    "list(Start)",
    "class Cm(Flag):\n    A = auto()\n    B = auto()\n    def show(self):\n        return f'{self.name}={self.value}'\n",
    "(Cm.A | Cm.B).show(), [m.show() for m in Cm]",
    "import copy",
    "copy.copy(purple) == purple, copy.deepcopy(Color.RED) == Color.RED",
    "sorted(Color, key=lambda m: -m.value)",
    "Color.RED == Color.RED, Color.RED == 1, purple == Color(5), Color.RED != Color.BLUE",
    "isinstance(Color.RED, Color), isinstance(Color.RED, Flag), isinstance(Color.RED, Enum), issubclass(Color, Flag)",
    "type(purple).__name__",
    "Flag(1)",
    "Color(Color.RED)",
]

BOUNDARIES = [
    "from enum import Flag, auto, STRICT, CONFORM, EJECT, KEEP, Enum",
    "class StrictFlag(Flag, boundary=STRICT):\n    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n",
    "StrictFlag(2**2 + 2**4)",
    "class ConformFlag(Flag, boundary=CONFORM):\n    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n",
    "ConformFlag(2**2 + 2**4), ConformFlag(-1), ConformFlag(-9), ~ConformFlag.RED",
    "class EjectFlag(Flag, boundary=EJECT):\n    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n",
    "EjectFlag(2**2 + 2**4), EjectFlag(-1), EjectFlag(3), ~EjectFlag.RED",
    "class KeepFlag(Flag, boundary=KEEP):\n    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n",
    "KeepFlag(2**2 + 2**4), KeepFlag(16), ~KeepFlag.RED, KeepFlag(-1), list(KeepFlag(20)), len(KeepFlag(20))",
    "str(KeepFlag(20)), KeepFlag(20).name",
    "class Base(Flag, boundary=KEEP):\n    pass\n",
    "class Derived(Base):\n    A = 1\n    B = 2\n",
    "Derived(7)",
]

INT_ENUMS = [
    "from enum import IntEnum, IntFlag, auto, Enum, Flag",
    "import math",
    "class Numbers(IntEnum):\n    ONE = 1\n    TWO = 2\n    THREE = 3\n",
    "Numbers.THREE",
    "Numbers.ONE + Numbers.TWO",
    "Numbers.THREE + 5",
    "Numbers.THREE == 3, 3 == Numbers.THREE, Numbers.ONE != 1",
    "str(Numbers.ONE), f'{Numbers.TWO}', format(Numbers.TWO, '>4'), f'{Numbers.THREE:x}', f'{Numbers.ONE:03d}'",
    "print(Numbers.ONE, Numbers.TWO)",
    "Numbers.ONE < Numbers.TWO, Numbers.TWO >= 2, Numbers.ONE / 2, -Numbers.ONE, ~Numbers.ONE, abs(Numbers.ONE)",
    "Numbers.TWO ** 2, 2 ** Numbers.TWO, divmod(Numbers.TWO, 2), round(Numbers.TWO), int(Numbers.TWO), float(Numbers.TWO)",
    "Numbers.TWO.real, Numbers.TWO.bit_length(), Numbers.THREE.numerator",
    "isinstance(Numbers.ONE, int), isinstance(Numbers.ONE, Numbers), isinstance(Numbers.ONE, IntEnum)",
    "isinstance(Numbers.ONE, Enum), type(Numbers.ONE).__name__",
    "Numbers(2), Numbers['THREE'], list(Numbers), len(Numbers), Numbers.ONE.name, Numbers.ONE.value, repr(Numbers)",
    "Numbers(4)",
    "Numbers.ONE + 'a'",
    "Numbers.ONE < 'a'",
    "Numbers.ONE << 1.5",
    "Numbers.ONE + 1.5, 1.5 * Numbers.TWO, Numbers.TWO % 3, 7 // Numbers.TWO, Numbers.ONE | 2, 6 & Numbers.TWO",
    "Numbers.THREE ^ Numbers.ONE, Numbers.ONE << Numbers.TWO",
    "sum(Numbers), max(Numbers), sorted([Numbers.THREE, Numbers.ONE]), min(Numbers.TWO, 5)",
    "[10, 20, 30][Numbers.ONE], 'ab' * Numbers.TWO, [0] * Numbers.TWO, Numbers.TWO * (1,), chr(65 + Numbers.ONE)",
    "np.ones((Numbers.TWO, 1)).shape, '%s' % Numbers.ONE, 'a'.zfill(Numbers.TWO)",
    "math.floor(Numbers.TWO), math.sqrt(Numbers.THREE)",
    "'%d items' % Numbers.TWO",
    "np.zeros(Numbers.TWO)",
    "class Auto(IntEnum):\n    A = auto()\n    B = auto()\n",
    "list(Auto), Auto.B + 1",
    "class MyIntEnum(IntEnum):\n    __str__ = Enum.__str__\n",
    "class Color(IntFlag):\n    RED = auto()\n    GREEN = auto()\n    BLUE = auto()\n",
    "Color.RED & 2",
    "Color.RED | 2",
    "Color.RED + 2",
    "Color(0)",
    "~Color.RED, 2 | Color.RED, Color(9), list(Color(9)), Color.RED == 1, Color.RED ^ 3, Color(-1)",
    "str(Color.RED | Color.GREEN), format(Color.RED | Color.GREEN), f'{Color.BLUE:>3}', len(Color(9))",
    "Color.GREEN in Color(7), bool(Color(0)), Color(5).name, Color(9).name, Color(16).value",
    "isinstance(Color.RED, int), isinstance(Color.RED, Flag), Color.RED < Color.BLUE, Color.BLUE * 2",
    "2 in Color.RED",
    "Color.RED | 'a'",
]

if __name__ == "__main__":
    for number, name, description, statements in [
        (264, "collections-subclasses", "typing aliases of collections classes as bases and called, subclasses of Counter, defaultdict and OrderedDict, dict.update with a mapping", COLLECTIONS),
        (265, "singledispatch", "functools.singledispatch: register by annotation and class, dispatch, registry, errors", SINGLEDISPATCH),
        (266, "flags", "enum.Flag: auto(), | & ^ ~, in, iteration, len, pseudo-members, aliases, errors", FLAGS),
        (267, "flag-boundaries", "enum.Flag's boundary keyword: STRICT, CONFORM, EJECT, KEEP", BOUNDARIES),
        (268, "int-enums", "enum.IntEnum and enum.IntFlag members as ints", INT_ENUMS),
    ]:
        write_numpy_fixture(
            HERE / "interpreter" / f"{number}-reach29b-{name}.txt", "make_reach29b_fixtures.py", description, statements
        )
