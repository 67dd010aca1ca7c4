#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the class features the pattern books use (faif/python-patterns): `abc.ABC` and
`@abstractmethod` (which names are still abstract when a class is made, and the TypeError that making an instance of
it raises, after the argument check), descriptors (`__get__`, `__set__`, `__delete__` and `__set_name__` on a class
attribute; data descriptors before an instance's own attribute, the others after; `functools.update_wrapper` on one),
`__getattr__` (asked only for what the usual lookup lacks), writes into an object's `__dict__` (which bind its
attributes) and replacing it (`self.__dict__ = shared`, the Borg pattern: every object given the dict shares it), a function's own `__get__`, and metaclasses deriving from `type` (their `__new__`, `__init__` and
`__call__`, as the registry and singleton patterns use them), and `typing.Protocol` subclassed (a protocol cannot be
made, nor used with isinstance or issubclass).

Run: `python3 Tests/SnippetsTests/Fixtures/make_lang30_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/278-lang30-*.txt` to `283-lang30-*.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent / "interpreter"

ABSTRACT_CLASSES = [
    "from abc import ABC, abstractmethod",
    "import abc",
    "class Shape(ABC):\n    def __init__(self, name):\n        self.name = name\n    @abstractmethod\n"
    "    def area(self):\n        'The area.'\n    @abstractmethod\n    def perimeter(self):\n        pass\n"
    "    def describe(self):\n        return f'{self.name}: {self.area()}'",
    "Shape('s')",
    "Shape()",
    "class Square(Shape):\n    def __init__(self, side):\n        super().__init__('square')\n"
    "        self.side = side\n    def area(self):\n        return self.side ** 2",
    "Square(2)",
    "class Box(Square):\n    def perimeter(self):\n        return 4 * self.side",
    "b = Box(3)",
    "b.describe(), b.perimeter(), isinstance(b, Shape), isinstance(b, ABC), issubclass(Box, ABC)",
    "Shape.area.__isabstractmethod__, Shape.describe.__name__, Shape.area.__doc__",
    "Box.area.__isabstractmethod__",
    "ABC, abc.ABC is ABC, ABC.__module__, ABC.__name__",
    "type(Shape), type(ABC), type(Box), type(b).__name__",
    "type(ABC()).__name__",
    "class Empty(ABC):\n    pass",
    "type(Empty()).__name__, Empty.__mro__",
    "Empty(1)",
    "class NoInit(ABC):\n    @abstractmethod\n    def f(self):\n        pass",
    "NoInit(1)",
    "NoInit(x=1)",
    "NoInit()",
    "class Kinds(ABC):\n    @property\n    @abstractmethod\n    def p(self):\n        pass\n    @staticmethod\n"
    "    @abstractmethod\n    def s():\n        pass\n    @classmethod\n    @abstractmethod\n    def c(cls):\n"
    "        pass\n    @abstractmethod\n    def a(self):\n        pass",
    "Kinds()",
    "class Some(Kinds):\n    p = 1\n    def a(self):\n        return 'a'",
    "Some()",
    "class All(Some):\n    @staticmethod\n    def s():\n        return 's'\n    @classmethod\n    def c(cls):\n"
    "        return cls.__name__",
    "x = All()",
    "x.p, x.s(), x.c(), x.a(), All.c()",
    "class Mixin:\n    @abstractmethod\n    def f(self):\n        pass",
    "class FromMixin(Mixin, ABC):\n    pass",
    "FromMixin().f()",
    "class Copied(ABC):\n    f = Mixin.f",
    "Copied()",
    "class Later(ABC):\n    @abstractmethod\n    def f(self):\n        pass",
    "Later.f = lambda self: 1",
    "Later()",
    "class Handler(ABC):\n    def __init__(self, successor=None):\n        self.successor = successor\n"
    "    def handle(self, request):\n        res = self.check_range(request)\n        if not res and self.successor:\n"
    "            self.successor.handle(request)\n    @abstractmethod\n    def check_range(self, request):\n"
    "        'Compare passed value to predefined interval'",
    "class Zero(Handler):\n    @staticmethod\n    def check_range(request):\n        if 0 <= request < 10:\n"
    "            print(f'request {request} handled in handler 0')\n            return True\n        return None",
    "class Fallback(Handler):\n    def check_range(self, request):\n        print(f'end of chain, no handler for {request}')\n"
    "        return False",
    "h = Zero(Fallback())",
    "for request in [2, 5, 14]:\n    h.handle(request)",
    "def f():\n    pass",
    "abstractmethod(f) == f, f.__isabstractmethod__",
    "try:\n    Shape('t')\nexcept TypeError as error:\n    print('caught', error)",
]

DESCRIPTORS = [
    "class Verbose:\n    def __set_name__(self, owner, name):\n        print('set_name', owner.__name__, name)\n"
    "        self.private = '_' + name\n    def __get__(self, obj, objtype=None):\n"
    "        print('get', type(obj).__name__, objtype.__name__)\n        if obj is None:\n            return self\n"
    "        return getattr(obj, self.private)\n    def __set__(self, obj, value):\n        print('set', value)\n"
    "        setattr(obj, self.private, value)",
    "class Point:\n    x = Verbose()\n    y = Verbose()\n    def __init__(self, x, y):\n        self.x = x\n"
    "        self.y = y",
    "p = Point(1, 2)",
    "p.x + p.y",
    "p.x = 5",
    "p.x, p._x, vars(p)",
    "type(Point.x).__name__",
    "p.__dict__['x'] = 'own'",
    "p.x",
    "class Lazy:\n    def __init__(self, function):\n        self.function = function\n"
    "    def __get__(self, obj, owner):\n        if obj is None:\n            return self\n"
    "        print('computing', self.function.__name__)\n        value = self.function(obj)\n"
    "        setattr(obj, self.function.__name__, value)\n        return value",
    "class Person:\n    def __init__(self, name):\n        self.name = name\n    @Lazy\n    def relatives(self):\n"
    "        return 'Many relatives of ' + self.name",
    "q = Person('Jhon')",
    "q.relatives",
    "q.relatives",
    "sorted(vars(q)), type(Person.relatives).__name__",
    "class Validator:\n    def __set_name__(self, owner, name):\n        self.private_name = f'_{name}'\n"
    "    def __set__(self, obj, value):\n        if value and value > 0:\n            setattr(obj, self.private_name, value)\n"
    "        else:\n            setattr(obj, self.private_name, None)\n    def __get__(self, obj, objtype=None):\n"
    "        return getattr(obj, self.private_name)",
    "class Order:\n    price = Validator()\n    def __init__(self, price):\n        self.price = price",
    "Order(3).price, Order(-1).price, Order(0)._price",
    "class SetOnly:\n    def __set__(self, obj, value):\n        print('stored', value)",
    "class HasSetOnly:\n    s = SetOnly()",
    "hs = HasSetOnly()",
    "hs.s = 4",
    "type(hs.s).__name__, type(HasSetOnly.s).__name__",
    "class DeleteOnly:\n    def __delete__(self, obj):\n        print('deleted')",
    "class HasDeleteOnly:\n    d = DeleteOnly()",
    "hd = HasDeleteOnly()",
    "hd.d = 1",
    "del hd.d",
    "type(hd.d).__name__",
    "class NoSetName:\n    pass",
    "class Plain:\n    n = NoSetName()",
    "type(Plain().n).__name__",
    "class Failing:\n    def __set_name__(self, owner, name):\n        raise ValueError('no')",
    "class Broken:\n    f = Failing()",
    "class Constant:\n    def __init__(self, value):\n        self.value = value\n    def __get__(self, obj, owner):\n"
    "        return self.value",
    "class Config:\n    limit = Constant(10)",
    "c = Config()",
    "c.limit, Config.limit",
    "c.limit = 3",
    "c.limit, Config.limit",
    "class Transactional:\n    def __init__(self, method):\n        self.method = method\n"
    "    def __get__(self, obj, T):\n        def transaction(*args, **kwargs):\n"
    "            print('begin', self.method.__name__)\n            return self.method(obj, *args, **kwargs)\n"
    "        return transaction",
    "class Account:\n    def __init__(self):\n        self.value = 0\n    @Transactional\n    def deposit(self, amount):\n"
    "        self.value += amount\n        return self.value",
    "a = Account()",
    "a.deposit(5), a.deposit(amount=2), a.value",
    "import functools",
    "class lazy:\n    def __init__(self, function):\n        self.function = function\n"
    "        functools.update_wrapper(self, function)\n    def __get__(self, obj, owner):\n        if obj is None:\n"
    "            return self\n        val = self.function(obj)\n        obj.__dict__[self.function.__name__] = val\n"
    "        return val",
    "class P:\n    @lazy\n    def rel(self) -> str:\n        'Relatives.'\n        return 'many'\n    @lazy\n"
    "    def plain(self):\n        return 1",
    "p = P()",
    "p.rel, p.plain, vars(p)",
    "P.rel.__name__, P.rel.__qualname__, P.rel.__doc__, P.rel.__module__, P.rel.__wrapped__ == P.rel.function",
    "sorted(vars(P.rel))",
    "def deco(f):\n    def inner(*a):\n        return f(*a)\n    return functools.update_wrapper(inner, f)",
    "@deco\ndef h(x):\n    'Doc.'\n    return x",
    "h(3), h.__name__, h.__doc__, h.__wrapped__(4)",
]

GETATTR = [
    "class Delegator:\n    def __init__(self, delegate):\n        self.delegate = delegate\n"
    "    def __getattr__(self, name):\n        attr = getattr(self.delegate, name)\n        if not callable(attr):\n"
    "            return attr\n        def wrapper(*args, **kwargs):\n            return attr(*args, **kwargs)\n"
    "        return wrapper",
    "class Delegate:\n    def __init__(self):\n        self.p1 = 123\n    def do_something(self, something):\n"
    "        return f'Doing {something}'",
    "d = Delegator(Delegate())",
    "d.p1",
    "d.p2",
    "d.do_something('nothing')",
    "d.do_anything()",
    "d.delegate.p1, hasattr(d, 'p1'), hasattr(d, 'p9'), getattr(d, 'p9', 'none')",
    "class Default:\n    known = 1\n    def __getattr__(self, name):\n        if name.startswith('x'):\n"
    "            return name.upper()\n        raise AttributeError(f'no {name} here')",
    "e = Default()",
    "e.known, e.xyz, getattr(e, 'x1')",
    "e.other",
    "hasattr(e, 'other'), getattr(e, 'other', 0)",
    "e.xyz = 'own'",
    "e.xyz",
    "class FromProperty:\n    @property\n    def broken(self):\n        raise AttributeError('inner')\n"
    "    def __getattr__(self, name):\n        return 'fallback ' + name",
    "FromProperty().broken",
    "class Adapter:\n    def __init__(self, obj, **adapted_methods):\n        self.obj = obj\n"
    "        self.__dict__.update(adapted_methods)\n    def __getattr__(self, attr):\n        return getattr(self.obj, attr)\n"
    "    def original_dict(self):\n        return self.obj.__dict__",
    "class Dog:\n    def __init__(self):\n        self.name = 'Dog'\n    def bark(self):\n        return 'woof!'",
    "dog = Dog()",
    "ad = Adapter(dog, make_noise=dog.bark)",
    "ad.name, ad.make_noise(), ad.original_dict()",
    "class Bag:\n    pass",
    "bag = Bag()",
    "bag.__dict__['z'] = 3",
    "bag.z, vars(bag)",
    "bag.__dict__.update(w=4, z=5)",
    "bag.z, bag.w, vars(bag)",
    "del bag.__dict__['z']",
    "hasattr(bag, 'z'), bag.__dict__.pop('w'), vars(bag)",
    "bag.__dict__.setdefault('q', 1), bag.q",
    "held = bag.__dict__",
    "bag.n = 2",
    "held, bag.__dict__ is held",
    "held.clear()",
    "vars(bag), hasattr(bag, 'n')",
    "bag.z",
    "def g(self):\n    return self",
    "class K:\n    pass",
    "g.__get__(None, K) == g, g.__get__(3)(), type(g.__get__(K(), K)).__name__",
    "g.__get__()",
    "g.__get__(1, 2, 3)",
    "g.__get__(None)",
    "g.__get__(1, owner=K)",
]

METACLASSES = [
    "class RegistryHolder(type):\n    REGISTRY = {}\n    def __new__(cls, name, bases, attrs):\n"
    "        new_cls = type.__new__(cls, name, bases, attrs)\n        cls.REGISTRY[new_cls.__name__] = new_cls\n"
    "        return new_cls\n    @classmethod\n    def get_registry(cls):\n        return dict(cls.REGISTRY)",
    "class BaseRegisteredClass(metaclass=RegistryHolder):\n    'Registered.'",
    "sorted(RegistryHolder.REGISTRY)",
    "class ClassRegistree(BaseRegisteredClass):\n    def __init__(self, *args, **kwargs):\n        pass",
    "sorted(RegistryHolder.REGISTRY), RegistryHolder.get_registry()['ClassRegistree'] is ClassRegistree",
    "type(BaseRegisteredClass), type(ClassRegistree), isinstance(ClassRegistree, RegistryHolder)",
    "isinstance(ClassRegistree, type), issubclass(RegistryHolder, type), RegistryHolder.__bases__",
    "RegistryHolder.__mro__, ClassRegistree.__mro__",
    "ClassRegistree.get_registry() == RegistryHolder.REGISTRY, ClassRegistree.REGISTRY is RegistryHolder.REGISTRY",
    "ClassRegistree().get_registry",
    "ClassRegistree(1, 2).__class__.__name__",
    "class Singleton(type):\n    _instances = {}\n    def __call__(cls, *args, **kwargs):\n"
    "        if cls not in cls._instances:\n            print('making', cls.__name__, args)\n"
    "            cls._instances[cls] = super().__call__(*args, **kwargs)\n        return cls._instances[cls]",
    "class Config(metaclass=Singleton):\n    def __init__(self, value=0):\n        self.value = value",
    "a = Config(1)",
    "b = Config(2)",
    "a is b, b.value, len(Singleton._instances)",
    "class Other(Config):\n    pass",
    "Other(5).value, Other() is Other(), Other() is a",
    "class Counted(type):\n    def __init__(cls, name, bases, namespace):\n        super().__init__(name, bases, namespace)\n"
    "        cls.fields = sorted(k for k in namespace if not k.startswith('__'))\n"
    "        print('init', name, [b.__name__ for b in bases], cls.fields)",
    "class Rec(metaclass=Counted):\n    x = 1\n    def f(self):\n        return self.x",
    "class Sub(Rec):\n    y = 2",
    "Rec.fields, Sub.fields, Sub().f(), type(Sub).__name__",
    "class Ordered(type):\n    def __new__(mcs, name, bases, namespace):\n        print('new', mcs.__name__, name, list(namespace))\n"
    "        return super().__new__(mcs, name, bases, namespace)\n    def describe(cls):\n        return 'class ' + cls.__name__\n"
    "    @property\n    def upper(cls):\n        return cls.__name__.upper()",
    "class Thing(metaclass=Ordered):\n    'Doc.'\n    a = 1\n    def m(self):\n        pass",
    "Thing.describe(), Thing.upper, Thing.a, Thing().m()",
    "Thing().describe()",
    "class Plain(metaclass=type):\n    pass",
    "type(Plain), Plain.__mro__",
]

PROTOCOLS = [
    "from typing import Protocol, Dict, Type",
    "from abc import abstractmethod",
    "class Localizer(Protocol):\n    def localize(self, msg: str) -> str:\n        pass",
    "Localizer()",
    "Localizer(1)",
    "class GreekLocalizer:\n    def __init__(self):\n        self.translations = {'dog': 'σκύλος', 'cat': 'γάτα'}\n"
    "    def localize(self, msg: str) -> str:\n        return self.translations.get(msg, msg)",
    "class EnglishLocalizer:\n    def localize(self, msg: str) -> str:\n        return msg",
    "def get_localizer(language: str = 'English') -> Localizer:\n"
    "    localizers: Dict[str, Type[Localizer]] = {'English': EnglishLocalizer, 'Greek': GreekLocalizer}\n"
    "    return localizers.get(language, EnglishLocalizer)()",
    "e, g = get_localizer(language='English'), get_localizer(language='Greek')",
    "for msg in 'dog parrot cat bear'.split():\n    print(e.localize(msg), g.localize(msg))",
    "class Explicit(Localizer):\n    pass",
    "x = Explicit()",
    "type(x).__name__, x.localize('a'), isinstance(x, Explicit)",
    "Explicit(1)",
    "isinstance(x, Localizer)",
    "issubclass(Explicit, Localizer)",
    "isinstance(x, (Explicit, Localizer))",
    "type(Localizer), type(Explicit), Localizer.__name__, Localizer.__module__, Protocol.__module__",
    "class WithInit(Protocol):\n    def __init__(self, x):\n        self.x = x",
    "WithInit(4).x",
    "class Shape(Protocol):\n    @abstractmethod\n    def area(self):\n        pass",
    "Shape()",
    "Shape(1)",
    "class Square(Shape):\n    pass",
    "Square(2)",
    "class Unit(Shape):\n    def area(self):\n        return 1",
    "Unit().area()",
    "Unit(3)",
    "class Both(Localizer, Protocol):\n    pass",
    "Both()",
]

SHARED_DICTS = [
    "class Borg:\n    _shared_state = {}\n    def __init__(self):\n        self.__dict__ = self._shared_state",
    "class YourBorg(Borg):\n    def __init__(self, state=None):\n        super().__init__()\n        if state:\n"
    "            self.state = state\n        elif not hasattr(self, 'state'):\n            self.state = 'Init'\n"
    "    def __str__(self):\n        return self.state",
    "rm1 = YourBorg()",
    "rm2 = YourBorg()",
    "rm1.state = 'Idle'",
    "rm2.state = 'Running'",
    "print('rm1: {0}'.format(rm1))",
    "rm2.state = 'Zombie'",
    "print(rm1, rm2, rm1 is rm2, rm1.__dict__ is rm2.__dict__)",
    "rm3 = YourBorg()",
    "rm4 = YourBorg('Running')",
    "print(rm3, rm4, rm1)",
    "rm1.x = 1",
    "rm2.x, vars(rm3), rm4.__dict__ is Borg._shared_state, Borg._shared_state",
    "del rm2.x",
    "hasattr(rm1, 'x'), hasattr(rm4, 'x')",
    "Borg._shared_state['y'] = 2",
    "rm1.y, rm3.y",
    "Borg._shared_state.pop('y'), hasattr(rm2, 'y')",
    "rm3.__dict__.update(z=3)",
    "rm1.z",
    "rm1.__dict__ = 3",
    "own = YourBorg()",
    "own.__dict__ = {'state': 'alone'}",
    "print(own, rm1, hasattr(own, 'z'))",
    "own.state = 'changed'",
    "print(own, rm1)",
    "import copy",
    "dup = copy.copy(rm1)",
    "dup.state = 'copied'",
    "print(dup, rm1)",
    "class P:\n    pass",
    "p1, p2 = P(), P()",
    "p1.k = 1",
    "p2.__dict__ = p1.__dict__",
    "p2.m = 2",
    "vars(p1), p1.__dict__ is p2.__dict__, p2.k",
    "d = {'a': 1}",
    "p3 = P()",
    "p3.__dict__ = d",
    "d['b'] = 2",
    "p3.b, p3.a",
    "p3.a = 5",
    "d",
    "d.clear()",
    "hasattr(p3, 'a'), vars(p3)",
]

FIXTURES = [
    ("278-lang30-abstract-classes.txt", "abc.ABC and abstractmethod: the abstract names a class keeps and CPython's "
     "TypeError for making one", ABSTRACT_CLASSES),
    ("279-lang30-descriptors.txt", "descriptors: __get__, __set__, __delete__ and __set_name__ on class attributes",
     DESCRIPTORS),
    ("280-lang30-getattr.txt", "__getattr__ for what the usual lookup lacks, and a function's own __get__", GETATTR),
    ("281-lang30-metaclasses.txt", "snippet metaclasses: __new__ with type.__new__ or super(), __init__, __call__ "
     "with super().__call__, their methods and properties read through their classes", METACLASSES),
    ("282-lang30-protocols.txt", "typing.Protocol as the pattern books subclass it: protocols cannot be made nor "
     "checked with isinstance, their abstract methods count", PROTOCOLS),
    ("283-lang30-shared-dicts.txt", "an object's __dict__ replaced by a dict, which every object given it shares "
     "(the Borg pattern)", SHARED_DICTS),
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / name, "make_lang30_fixtures.py", description, statements)
