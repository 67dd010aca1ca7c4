#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the names an instance finds in its class statement's namespace: `__module__`
(the first class's: `__main__` for a snippet's class, a namedtuple, an Enum member; a standard-library class's module
for the ones CPython writes in Python), `__weakref__` (added by a class without `__slots__`) and `__annotations__`
(an annotated class's, read through its instances and subclasses' instances), and a namedtuple's `__match_args__`.
docbuild raised AttributeError for most of them (`hasattr(B(), '__annotations__')` was False, `q.__module__` of a
namedtuple an AttributeError).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session35_lead_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/330-session35-class-statement-names.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "330-session35-class-statement-names.txt"

STATEMENTS = [
    "import collections, fractions, functools, decimal, enum",
    "class A:\n    pass",
    "class B:\n    x: int = 1",
    "class C(B):\n    pass",
    "class S:\n    __slots__ = ('x',)",
    "class S2(S):\n    pass",
    "class SW:\n    __slots__ = ('x', '__weakref__')",
    "hasattr(A(), '__annotations__')",
    "hasattr(B(), '__annotations__')",
    "hasattr(C(), '__annotations__')",
    "hasattr(A(), '__weakref__')",
    "hasattr(S(), '__weakref__')",
    "hasattr(S2(), '__weakref__')",
    "hasattr(SW(), '__weakref__')",
    "A().__module__",
    "S2().__module__",
    "hasattr(B(), '__module__')",
    "getattr(A(), '__module__', None)",
    "class D(collections.Counter):\n    pass",
    "D().__module__",
    "class F(fractions.Fraction):\n    pass",
    "F(1).__module__",
    "class G(int):\n    pass",
    "G(1).__module__",
    "class H(list):\n    pass",
    "H().__module__",
    "class Color(enum.Enum):\n    RED = 1\n    GREEN = 2",
    "Color.RED.__module__",
    "hasattr(Color.GREEN, '__module__')",
    "E = enum.Enum('E', 'a b')",
    "E.a.__module__",
    "Point = collections.namedtuple('Point', 'x y')",
    "q = Point(1, 2)",
    "q.__module__",
    "hasattr(q, '__match_args__')",
    "Point.__match_args__",
    "q.__match_args__",
    "objs = [collections.Counter(), fractions.Fraction(1), functools.partial(max), decimal.Decimal(1), "
    "collections.ChainMap(), collections.UserDict(), collections.UserList(), collections.UserString('s')]",
    "[hasattr(o, '__module__') for o in objs]",
    "[o.__module__ for o in objs]",
    "c_types = [collections.deque(), collections.OrderedDict(), collections.defaultdict()]",
    "[hasattr(o, '__module__') for o in c_types]",
    "[hasattr(o, '__weakref__') for o in c_types]",
    "[hasattr(o, '__annotations__') for o in c_types]",
    "collections.deque().__module__",
    "class K:\n    def __getattr__(self, name):\n        return 'hooked ' + name",
    "K().__module__",
    "K().__annotations__",
    "K().other",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session35_lead_fixtures.py",
        "__module__, __weakref__ and __annotations__ read through instances, and a namedtuple's __match_args__",
        STATEMENTS,
    )
