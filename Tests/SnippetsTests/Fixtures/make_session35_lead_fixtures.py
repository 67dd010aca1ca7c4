#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the names an instance finds in its class statement's namespace: `__module__`
(the first class's: `__main__` for a snippet's class, a namedtuple, an Enum member; a standard-library class's module
for the ones CPython writes in Python), `__weakref__` (added by a class without `__slots__`) and `__annotations__`
(an annotated class's, read through its instances and subclasses' instances), `__doc__` (the class statement's
docstring, None for a subclass without one), a namedtuple's `__match_args__`; and `from collections import abc` (and `collections.abc` unimported, which
CPython's start-up imports), which docbuild refused.
docbuild raised AttributeError for most of them (`hasattr(B(), '__annotations__')` was False, `q.__module__` of a
namedtuple an AttributeError; a class's `__doc__` was refused).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session35_lead_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/330-session35-class-statement-names.txt`, `331-session35-dataclass-fields-kw-only.txt` and
`332-session35-hash-of-snippet-objects.txt`, `333-session35-builtin-classes-shown.txt`,
`334-session35-classes-defining-new.txt` and `335-session35-init-subclass.txt`; rerunning gives identical bytes.

The second fixture holds `dataclasses` where docbuild's differed from CPython's: `__dataclass_fields__` was a list
(`'x' in P.__dataclass_fields__` False, `P.__dataclass_fields__['x']` a TypeError), `kw_only=` was ignored
(`K(1)` ran), `fields(3)` raised AttributeError, `__match_args__` and `__dataclass_params__` were missing, and
`__init__` said "takes 1 positional arguments" of a class without fields.

The third holds `hash(obj)` of a snippet class's objects, which docbuild refused: a class's own `__hash__` is called
and its result taken as CPython's slot takes it (-1 becomes -2, an int past a machine word is hashed as an int, a
float is a TypeError), and `__eq__` without `__hash__` makes the objects unhashable.

The fourth holds the builtin classes docbuild refused to print as functions (`type(A.p)` is `<class 'property'>`,
`type(x for x in [])` `<class 'generator'>`), and NotImplemented, whose class docbuild named
`builtin_function_or_method` (`type(NotImplemented)`, `NotImplemented + 1`'s TypeError: wrong outputs) and called
callable.

The fifth holds classes that define `__new__` (a singleton, a counter of instances, `super().__new__(cls)` and
`object.__new__(cls)`, a `__new__` returning another object, which then skips `__init__`), which docbuild refused;
the sixth, `__init_subclass__` (registries of subclasses, a check that refuses a subclass), refused too.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "330-session35-class-statement-names.txt"
HASH_OUTPUT = HERE / "interpreter" / "332-session35-hash-of-snippet-objects.txt"
TYPE_OUTPUT = HERE / "interpreter" / "333-session35-builtin-classes-shown.txt"
NEW_OUTPUT = HERE / "interpreter" / "334-session35-classes-defining-new.txt"
INIT_SUBCLASS_OUTPUT = HERE / "interpreter" / "335-session35-init-subclass.txt"
DATACLASS_OUTPUT = HERE / "interpreter" / "331-session35-dataclass-fields-kw-only.txt"

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
    "class Documented:\n    'What it is.'\n    def m(self):\n        'What m does.'\n        return 1",
    "class Undocumented(Documented):\n    pass",
    "A.__doc__, A().__doc__",
    "Documented.__doc__, Documented().__doc__, Documented.m.__doc__, Documented().m.__doc__",
    "Undocumented.__doc__, Undocumented().__doc__",
    "print(Documented.__doc__)",
    "class Explicit:\n    __doc__ = 'set by assignment'",
    "Explicit.__doc__, Explicit().__doc__",
    "class NotADoc:\n    f'{1} is not a docstring'",
    "NotADoc.__doc__",
    "class Raised(Exception):\n    'A raised error.'",
    "Raised.__doc__, Raised().__doc__",
    "from collections import abc",
    "abc.__name__",
    "collections.abc.__name__",
    "class K:\n    def __getattr__(self, name):\n        return 'hooked ' + name",
    "K().__module__",
    "K().__annotations__",
    "K().other",
]

DATACLASS_STATEMENTS = [
    "from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass",
    "@dataclass\nclass P:\n    x: int\n    y: int = 0",
    "p = P(1, 2)",
    "'x' in P.__dataclass_fields__",
    "'z' in p.__dataclass_fields__",
    "len(P.__dataclass_fields__)",
    "list(P.__dataclass_fields__)",
    "type(P.__dataclass_fields__)",
    "P.__dataclass_fields__['x'].name",
    "P.__dataclass_fields__['y'].default",
    "sorted(P.__dataclass_fields__.keys())",
    "[f.name for f in P.__dataclass_fields__.values()]",
    "p.__dataclass_fields__ is P.__dataclass_fields__",
    "[(f.name, f.init, f.repr, f.compare, f.hash, f.kw_only) for f in fields(P)]",
    "P.__match_args__",
    "p.__match_args__",
    "P.__dataclass_params__",
    "fields(3)",
    "fields(P) == fields(p)",
    "asdict(P)",
    "astuple(P)",
    "replace(P, x=3)",
    "asdict(p), astuple(p)",
    "is_dataclass(P), is_dataclass(p), is_dataclass(3)",
    "@dataclass\nclass Outer:\n    inner: object",
    "asdict(Outer(P)), asdict(Outer(p))",
    "@dataclass(kw_only=True)\nclass K:\n    a: int\n    b: int = 2",
    "K(a=1)",
    "K(1)",
    "K(1, 2)",
    "K(1, a=2)",
    "K()",
    "K(b=1)",
    "K(a=1, c=3)",
    "K.__match_args__",
    "@dataclass\nclass Q:\n    a: int\n    b: int = field(default=1, kw_only=True)\n    c: int = 3",
    "Q(1, b=2)",
    "Q(1, 5)",
    "Q(1, 2, 3)",
    "Q(1, 2, 3, b=4)",
    "Q(1, 2, 3, z=4)",
    "Q(1, 2, a=4)",
    "Q()",
    "Q.__match_args__",
    "[(f.name, f.kw_only) for f in fields(Q)]",
    "@dataclass\nclass Both:\n    a: int = field(kw_only=True)\n    b: int = field(kw_only=True)\n    c: int = 0",
    "Both()",
    "Both(c=1)",
    "Both(1, a=1, b=2)",
    "Both(1, 2, a=1, b=2)",
    "@dataclass(kw_only=True)\nclass Base:\n    a: int = 0",
    "@dataclass\nclass Derived(Base):\n    b: int",
    "Derived(5)",
    "Derived(5, a=1)",
    "Derived.__match_args__",
    "@dataclass(order=True, match_args=False)\nclass R:\n    a: int",
    "hasattr(R, '__match_args__')",
    "R.__dataclass_params__",
    "@dataclass\nclass M:\n    __match_args__ = ('z',)\n    a: int",
    "M.__match_args__",
    "@dataclass\nclass Empty:\n    pass",
    "Empty(1)",
    "Empty()",
    "@dataclass\nclass One:\n    a: int",
    "One(1, 2)",
    "@dataclass\nclass Later:\n    a: int\n    b: int = field(default=0, init=False)",
    "replace(Later(1), b=2)",
    "replace(Later(1), a=2)",
    "replace(Later(1), q=2)",
    "@dataclass\nclass Bad:\n    a: int = 0\n    b: int",
]

HASH_STATEMENTS = [
    'class V:\n    def __init__(self, *a):\n        self.a = a\n    def __eq__(self, o):\n        return self.a == o.a',
    'hash(V(1))',
    'class H:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n    def __eq__(self, o):\n        return (self.x, self.y) == (o.x, o.y)\n    def __hash__(self):\n        return hash((self.x, self.y))',
    'hash(H(1, 2)) == hash((1, 2))',
    'hash(H(1, 2))',
    'class M:\n    def __hash__(self):\n        return -1',
    'hash(M())',
    'class B:\n    def __hash__(self):\n        return 2 ** 62',
    'hash(B())',
    'class BB:\n    def __hash__(self):\n        return 2 ** 70',
    'hash(BB())',
    'class T:\n    def __hash__(self):\n        return True',
    'hash(T())',
    'class F:\n    def __hash__(self):\n        return 1.5',
    'hash(F())',
    'class N:\n    __hash__ = None',
    'hash(N())',
    'class Sub(H):\n    pass',
    'hash(Sub(3, 4)) == hash((3, 4))',
    'class EqOnly(H):\n    def __eq__(self, o):\n        return True',
    'hash(EqOnly(1, 2))',
    'class Neg:\n    def __hash__(self):\n        return -2 ** 63',
    'hash(Neg())',
    'class Big:\n    def __hash__(self):\n        return 2 ** 63',
    'hash(Big())',
]

TYPE_STATEMENTS = [
    'class A:\n    @property\n    def p(self):\n        return 1\n    @staticmethod\n    def s():\n        return 3\n    @classmethod\n    def c(cls):\n        return 4',
    'type(A.p)',
    'type(A.p).__name__',
    'isinstance(A.p, property)',
    'type(NotImplemented)',
    'type(NotImplemented).__name__',
    'type(NotImplemented)()',
    'type(NotImplemented)(1)',
    'NotImplemented + 1',
    '1 - NotImplemented',
    'len(NotImplemented)',
    'callable(NotImplemented), callable(property), callable(super)',
    'isinstance(NotImplemented, type(NotImplemented))',
    'type(x for x in [])',
    'def gen():\n    yield 1',
    'type(gen())',
    'type(gen()).__name__',
    'property, staticmethod, classmethod, super',
    'type(property), type(staticmethod), type(classmethod), type(super)',
    'isinstance(property, type), isinstance(super, type)',
    'property.__name__, super.__name__',
    'str(type(NotImplemented)), repr(type(A.p))',
]

NEW_STATEMENTS = [
    'class WithNew:\n    def __new__(cls, *args):\n        inst = super().__new__(cls)\n        inst.created = True\n        return inst\n    def __init__(self, x):\n        self.x = x',
    'w = WithNew(3)',
    'w.created, w.x',
    'class Singleton:\n    _inst = None\n    def __new__(cls):\n        if cls._inst is None:\n            cls._inst = super().__new__(cls)\n        return cls._inst',
    'Singleton() is Singleton()',
    'class Args:\n    def __new__(cls, x):\n        return super().__new__(cls, x)',
    'Args(1)',
    'class NoInit:\n    def __new__(cls, a, b):\n        o = object.__new__(cls)\n        o.s = a + b\n        return o',
    'NoInit(1, 2).s',
    'class Other:\n    def __new__(cls):\n        return 42',
    'Other()',
    'class Sub(WithNew):\n    def __init__(self, x, y=0):\n        super().__init__(x)\n        self.y = y',
    's = Sub(1, y=2)',
    's.created, s.x, s.y',
    'type(s).__name__',
    'class Counted:\n    count = 0\n    def __new__(cls, *a, **k):\n        cls.count += 1\n        return super().__new__(cls)\n    def __init__(self, name):\n        self.name = name',
    "[Counted(n).name for n in 'abc'], Counted.count",
    'class Bad:\n    def __new__(cls):\n        return super().__new__(cls)\n    def __init__(self):\n        return 1',
    'Bad()',
    "class Pt:\n    __slots__ = ('x',)\n    def __new__(cls, x):\n        o = super().__new__(cls)\n        o.x = x\n        return o",
    'Pt(4).x',
    'class Abstract:\n    def __new__(cls):\n        return super().__new__(cls)',
    'Abstract.__new__(Abstract).__class__.__name__',
    "from abc import ABC, abstractmethod",
    "class N(ABC):\n    def __new__(cls):\n        return 1",
    "N()",
    "class Shape(ABC):\n    @abstractmethod\n    def area(self):\n        pass\n    def __new__(cls, *args):\n"
    "        return super().__new__(cls)",
    "Shape()",
    "class Square(Shape):\n    def __init__(self, side):\n        self.side = side\n    def area(self):\n"
    "        return self.side ** 2",
    "Square(3).area()",
    'object.__new__(Abstract, 1)',
    'object.__new__(3)',
]

INIT_SUBCLASS_STATEMENTS = [
    'class Base:\n    registry = []\n    def __init_subclass__(cls, **kw):\n        super().__init_subclass__(**kw)\n        Base.registry.append(cls.__name__)',
    'class A(Base): pass',
    'class B(A): pass',
    'Base.registry',
    "class Plugin:\n    plugins = {}\n    def __init_subclass__(cls):\n        cls.plugins[cls.__name__.lower()] = cls\n        cls.kind = 'plugin'",
    'class Csv(Plugin): pass',
    'class Json(Plugin): pass',
    'sorted(Plugin.plugins), Csv.kind, Json.kind',
    "hasattr(Plugin, 'kind')",
    'class Bad:\n    def __init_subclass__(cls):\n        super().__init_subclass__(1)',
    'class C(Bad): pass',
    "class Counted:\n    n = 0\n    def __init_subclass__(cls):\n        Counted.n += 1\n        print('made', cls.__qualname__)",
    'class D(Counted):\n    class Inner(Counted): pass',
    'Counted.n',
    'Base.__init_subclass__()',
    'Base.registry',
    "class Strict:\n    def __init_subclass__(cls):\n        if not hasattr(cls, 'required'):\n            raise TypeError(f'{cls.__name__} lacks required')",
    'class Ok(Strict):\n    required = 1',
    'class NotOk(Strict): pass',
    'NotOk',
    'from abc import ABC, abstractmethod',
    'class Shape(ABC):\n    kinds = []\n    def __init_subclass__(cls):\n        Shape.kinds.append(cls.__name__)\n    @abstractmethod\n    def area(self):\n        pass',
    'class Circle(Shape):\n    def area(self):\n        return 3',
    'Shape.kinds, Circle().area()',
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session35_lead_fixtures.py",
        "__module__, __weakref__ and __annotations__ read through instances, and a namedtuple's __match_args__",
        STATEMENTS,
    )
    write_numpy_fixture(
        DATACLASS_OUTPUT,
        "make_session35_lead_fixtures.py",
        "dataclasses' __dataclass_fields__ dict, kw_only fields and their __init__ errors, __match_args__, "
        "__dataclass_params__, and fields/asdict/astuple/replace of values that are not dataclass instances",
        DATACLASS_STATEMENTS,
    )
    write_numpy_fixture(
        HASH_OUTPUT,
        "make_session35_lead_fixtures.py",
        "hash() of snippet objects: a class's own __hash__, its result as CPython takes it, and unhashable classes",
        HASH_STATEMENTS,
    )
    write_numpy_fixture(
        TYPE_OUTPUT,
        "make_session35_lead_fixtures.py",
        "property, staticmethod, classmethod, super and generator shown as classes, and NotImplemented's class",
        TYPE_STATEMENTS,
    )
    write_numpy_fixture(
        NEW_OUTPUT,
        "make_session35_lead_fixtures.py",
        "classes defining __new__: object.__new__'s checks, __init__ after it, singletons and counters",
        NEW_STATEMENTS,
    )
    write_numpy_fixture(
        INIT_SUBCLASS_OUTPUT,
        "make_session35_lead_fixtures.py",
        "__init_subclass__: the nearest base's hook called for each new subclass, and object's at the chain's end",
        INIT_SUBCLASS_STATEMENTS,
    )
