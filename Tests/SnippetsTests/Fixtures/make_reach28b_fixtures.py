#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the constructs reach28b took into the snippet language: `types.GenericAlias`
values (`list[int]`, `tuple[float, ...]`, `dict[str, list[int]]`) made outside annotations, with their repr, `==`,
`__origin__ __args__ __parameters__`, calls, TypeVar substitution, their isinstance/issubclass and subscription errors,
and a type alias used in later annotations (TheAlgorithms' `Vector3d = tuple[float, float, float]`).

Also plain `enum.Enum` classes (CPython 3.11's Lib/enum.py): members from the class body and the functional API,
auto() and `_generate_next_value_`, aliases, `__init__` of tuple values, reprs, str, format, name and value, lookup
by value (with `_missing_`) and name, iteration, len, reversed, `in`, `__members__`, `unique`, and their errors; and
functools.total_ordering.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach28b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/260-reach28b-generic-aliases.txt`, `261-reach28b-enums.txt`, `262-reach28b-total-ordering.txt` and
`263-reach28b-method-func.txt` (a bound method's `__func__`, which python-library's stdtypes page showed docbuild
raising AttributeError for);
rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

GENERIC_ALIASES = [
    "t = list[str]",
    "t([1, 2, 3])",
    "type(t)",
    "l = t()",
    "type(l), l",
    "repr(list[int]), str(dict[str, list[int]]), f'{set[float]}'",
    "tuple[int, ...], tuple[()], list[()], type[int], frozenset[str], dict[str, tuple[int, int]]",
    "print(list[int], tuple[bool, bytes, complex, object])",
    "dict[str, list[int]].__args__",
    "list[int].__origin__, tuple[int, ...].__args__, list[int].__parameters__",
    "list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list, list[int] == 3",
    "list[int] is list[int], [list[int]] == [list[int]]",
    "from typing import TypeVar, List, Optional",
    "Y = TypeVar('Y')",
    "T = TypeVar('T')",
    "dict[str, Y][int]",
    "list[T].__parameters__, dict[T, Y].__parameters__, dict[T, list[Y]].__parameters__, tuple[T, T].__parameters__",
    "dict[T, Y][str, float], tuple[T, int, T][bool]",
    "list[T], dict[str, Y]",
    "class Node:\n    pass\n",
    "list[Node], list['Node'], list[None], tuple[1, 'a']",
    "list[List[int]], dict[str, Optional[int]]",
    "dict[str][str]",
    "list[int][int]",
    "isinstance([1, 2], list[str])",
    "isinstance([1, 2], (list, list[str]))",
    "isinstance([1, 2], (set, list[str]))",
    "issubclass(list, list[str])",
    "tuple[int](range(3)), dict[str, int](a=1), set[int]([3, 1])",
    "Vector3d = tuple[float, float, float]",
    "Point3d = tuple[float, float, float]",
    "Vector3d == Point3d, Vector3d",
    "def cross(a: Vector3d, b: Vector3d) -> Vector3d:\n    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])\n",
    "cross((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))",
    "def maybe(p: Point3d | None = None, q: None | list[int] = None) -> list[Vector3d] | None:\n    return p\n",
    "maybe((1.0, 2.0, 3.0)), maybe()",
    "Pairs = list[tuple[int, str]]",
    "def pairs(n: int) -> Pairs:\n    return [(i, str(i)) for i in range(n)]\n",
    "pairs(3), Pairs",
]

ENUMS = [
    "from enum import Enum, auto, unique",
    "class Color(Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = 3\n",
    "Color.GREEN, Color['BLUE'], Color(3), Color(Color.RED)",
    "print(Color.RED, repr(Color.RED), str(Color.RED), f'{Color.RED}', f'[{Color.RED:>14}]', format(Color.BLUE, '<12') + '|')",
    "Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_",
    "list(Color), len(Color), list(reversed(Color)), [c.name for c in Color]",
    "for c in Color:\n    print(c.name, c.value, c)\n",
    "Color, type(Color.RED), type(Color), Color.__name__, Color.__qualname__, Color.__module__",
    "Color.RED in Color, Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN",
    "isinstance(Color.RED, Color), isinstance(Color.RED, Enum), isinstance(Color, type), issubclass(Color, Enum)",
    "Color.__members__",
    "list(Color.__members__.items()), Color.__members__['RED'], len(Color.__members__), 'RED' in Color.__members__",
    "Color._member_names_",
    "Color(7)",
    "Color['PURPLE']",
    "Color('RED')",
    "Color.RED < Color.GREEN",
    "{Color.RED: 'stop', Color.GREEN: 'go'}",
    "d = {c: c.value * 10 for c in Color}",
    "d[Color.BLUE], d",
    "sorted(Color, key=lambda c: -c.value), max(Color, key=lambda c: c.value)",
    "class Shape(Enum):\n    SQUARE = 2\n    DIAMOND = 1\n    CIRCLE = 3\n    ALIAS_FOR_SQUARE = 2\n",
    "Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), len(Shape), Shape.__members__",
    "Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape['ALIAS_FOR_SQUARE'].name",
    "@unique\nclass Mistake(Enum):\n    ONE = 1\n    TWO = 2\n    THREE = 3\n    FOUR = 3\n",
    "@unique\nclass Fine(Enum):\n    ONE = 1\n    TWO = 2\n",
    "list(Fine)",
    "class Ordinal(Enum):\n    NORTH = auto()\n    SOUTH = auto()\n    EAST = auto()\n    WEST = auto()\n",
    "list(Ordinal), Ordinal.WEST.value",
    "class Mixed(Enum):\n    A = 10\n    B = auto()\n    C = 15\n    D = 20\n    E = auto()\n",
    "list(Mixed)",
    "class PowersOfThree(Enum):\n    @staticmethod\n    def _generate_next_value_(name, start, count, last_values):\n        return 3 ** (count + 1)\n    FIRST = auto()\n    SECOND = auto()\n",
    "PowersOfThree.SECOND.value, list(PowersOfThree)",
    "class Named(Enum):\n    def _generate_next_value_(name, start, count, last_values):\n        return name.lower()\n    NORTH = auto()\n    SOUTH = auto()\n",
    "list(Named), Named('south')",
    "class Planet(Enum):\n    MERCURY = (3.303e+23, 2.4397e6)\n    EARTH = (5.976e+24, 6.37814e6)\n    def __init__(self, mass, radius):\n        self.mass = mass\n        self.radius = radius\n    @property\n    def surface_gravity(self):\n        return 6.673e-11 * self.mass / (self.radius * self.radius)\n",
    "Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 6), Planet((3.303e+23, 2.4397e6))",
    "class Mood(Enum):\n    FUNKY = 1\n    HAPPY = 3\n    def describe(self):\n        return self.name, self.value\n    def __str__(self):\n        return 'my custom str! {0}'.format(self.value)\n    @classmethod\n    def favorite_mood(cls):\n        return cls.HAPPY\n",
    "Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), f'{Mood.FUNKY}', Mood.FUNKY, print(Mood.HAPPY)",
    "class OtherStyle(Enum):\n    ALTERNATE = auto()\n    OTHER = auto()\n    def __repr__(self):\n        cls_name = self.__class__.__name__\n        return f'{cls_name}.{self.name}'\n",
    "OtherStyle.ALTERNATE, str(OtherStyle.ALTERNATE), f'{OtherStyle.ALTERNATE}', [OtherStyle.OTHER]",
    "class Formatted(Enum):\n    A = 1\n    def __format__(self, spec):\n        return f'{self.name}!'\n",
    "Formatted.A, str(Formatted.A), f'{Formatted.A}'",
    "class Lookup(Enum):\n    ONE = 'one'\n    TWO = 'two'\n    @classmethod\n    def _missing_(cls, value):\n        value = value.lower()\n        for member in cls:\n            if member.value == value:\n                return member\n        return None\n",
    "Lookup('ONE'), Lookup('Two')",
    "Lookup('three')",
    "Animal = Enum('Animal', 'ANT BEE CAT DOG')",
    "Animal, list(Animal), Animal.CAT.value, Animal(2), Animal.__qualname__, Animal.__module__",
    "Cutlery = Enum('Cutlery', 'FORK, KNIFE,SPOON')",
    "list(Cutlery)",
    "Cutlery = Enum('Cutlery', ['FORK', 'KNIFE', 'SPOON'], start=10)",
    "list(Cutlery)",
    "Cutlery = Enum('Cutlery', {'FORK': 1, 'KNIFE': 2, 'SPOON': 3})",
    "list(Cutlery)",
    "Pairs = Enum('Pairs', [('A', 'x'), ('B', 'y'), ('C', 'x')])",
    "list(Pairs), Pairs.C, Pairs('y')",
    "import functools",
    "LogicOp = Enum('LogicOp', {'AND': functools.partial(lambda l, r: l and r), 'OR': functools.partial(lambda l, r: l or r)})",
    "LogicOp.AND.value(True, False), LogicOp.OR.value(True, False), LogicOp.AND.name, len(LogicOp)",
    "Direction = Enum('Direction', 'N E S W')",
    "direction = Direction.N",
    "direction, direction.value, Direction(4)",
    "Enum(1)",
    "def main():\n    import enum, random\n    class Kid(enum.Enum):\n        BOY = 0\n        GIRL = 1\n    random.seed(0)\n    kids = [random.choice([Kid.BOY, Kid.GIRL]) for _ in range(12)]\n    print(sum(k == Kid.GIRL for k in kids), kids[:3])\n",
    "main()",
    "class Nested:\n    class Inner(Enum):\n        X = 1\n",
    "Nested.Inner.X, Nested.Inner, Nested.Inner.__qualname__",
    "class Empty(Enum):\n    pass\n",
    "list(Empty), len(Empty)",
    "class Sub(Empty):\n    A = 1\n",
    "list(Sub), isinstance(Sub.A, Empty)",
    "Empty(1)",
    "Color.RED.value = 5",
    "Color.RED.name = 'X'",
    "del Color.RED.value",
    "Color.RED.label = 'stop'",
    "Color.RED.label, Color(1).label",
    "f'{Color}', str(Color), print(Color), {Color: 1}",
    "sum(c.value for c in Color), ', '.join(c.name for c in Color), dict(Color.__members__)",
    "list(zip(Color, range(3))), list(enumerate(Color)), [*Color], tuple(Color), any(Color)",
    "a, b, c = Color",
    "a, c, min(Color, key=lambda c: c.value), next(iter(Color))",
    "'%s and %r' % (Color.RED, Color.RED), '{} {!r} {:>12}'.format(Color.RED, Color.GREEN, Color.RED)",
    "import copy",
    "copy.deepcopy([Color.RED])[0] is Color.RED, copy.copy(Color.RED) is Color.RED",
    "sorted(Color)",
]

TOTAL_ORDERING = [
    "from functools import total_ordering",
    "@total_ordering\nclass MySortable:\n    def __init__(self, a):\n        self.a = a\n    def __eq__(self, other):\n        if isinstance(other, type(self)):\n            return self.a == other.a\n        return NotImplemented\n    def __lt__(self, other):\n        if isinstance(other, type(self)):\n            return self.a < other.a\n        return NotImplemented\n",
    "a, b, c = MySortable(1), MySortable(2), MySortable(1)",
    "a < b, a > b, a <= c, a >= c, b >= a, b <= a, a > c, a == c",
    "sorted([b, a, c], reverse=True)[0].a, max(a, b).a",
    "a > 3",
    "@total_ordering\nclass Version:\n    def __init__(self, n):\n        self.n = n\n    def __eq__(self, other):\n        return self.n == other.n\n    def __gt__(self, other):\n        return self.n > other.n\n",
    "Version(1) < Version(2), Version(2) <= Version(2), Version(3) >= Version(4), Version(1) > Version(0)",
    "@total_ordering\nclass Le:\n    def __init__(self, n):\n        self.n = n\n    def __le__(self, other):\n        return self.n <= other.n\n",
    "Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(2)",
    "@total_ordering\nclass Nothing:\n    pass\n",
    "class Base:\n    def __ge__(self, other):\n        return True\n",
    "@total_ordering\nclass Derived(Base):\n    pass\n",
    "Derived() < Derived(), Derived() <= Derived(), Derived() > Derived()",
    "MySortable.__gt__.__name__",
]

METHOD_FUNC = [
    "class C:\n    def method(self):\n        return 'called'\n",
    "c = C()",
    "c.method.whoami = 'my name is method'",
    "c.method.__func__.whoami = 'my name is method'",
    "c.method.whoami, C.method.whoami, c.method.__self__ is c",
    "c.method.__func__(c), c.method.__func__.__name__",
]

if __name__ == "__main__":
    write_numpy_fixture(
        HERE / "interpreter" / "260-reach28b-generic-aliases.txt",
        "make_reach28b_fixtures.py",
        "types.GenericAlias values: repr, ==, __origin__/__args__/__parameters__, calls, TypeVar substitution, errors",
        GENERIC_ALIASES,
    )
    write_numpy_fixture(
        HERE / "interpreter" / "261-reach28b-enums.txt",
        "make_reach28b_fixtures.py",
        "enum.Enum classes: members, auto(), aliases, lookups, iteration, __members__, functional API, unique, errors",
        ENUMS,
    )
    write_numpy_fixture(
        HERE / "interpreter" / "262-reach28b-total-ordering.txt",
        "make_reach28b_fixtures.py",
        "functools.total_ordering from each root comparison, NotImplemented passed on, its ValueError",
        TOTAL_ORDERING,
    )
    write_numpy_fixture(
        HERE / "interpreter" / "263-reach28b-method-func.txt",
        "make_reach28b_fixtures.py",
        "a bound method's __func__ and __self__, and the function attributes it reads",
        METHOD_FUNC,
    )
