#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the language session 35 (lang35) added: `contextlib` (generator
context managers, `nullcontext`, `suppress`, `closing`) with `generator.throw`, `weakref.ref` while its object is
reachable from the program's names, and `dataclass(frozen=True)`. DeZero (Deep Learning from Scratch 3) keeps its
functions' outputs as weak references and turns backpropagation off with a `contextmanager`: the last fixture is its
step 18, shortened.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session35_lang35_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/300-session35-contextlib-and-throw.txt`, `301-session35-weakref.txt`, `302-session35-frozen-dataclasses.txt`
and `303-session35-dezero-step18.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent / "interpreter"

CONTEXTLIB = [
    "import contextlib",
    "from contextlib import contextmanager, nullcontext, suppress, closing",
    # Enter runs to the yield, `as` binds what it yields, exit runs the rest (the finally block too).
    "@contextmanager\ndef tag(name):\n    print('<' + name + '>')\n    try:\n        yield name.upper()\n"
    "    finally:\n        print('</' + name + '>')",
    "with tag('b') as shown:\n    print('body', shown)",
    "shown",
    # An exception in the body is thrown in at the yield: the finally block runs and the exception goes on.
    "with tag('i'):\n    raise ValueError('inside')",
    "try:\n    with tag('p'):\n        1 / 0\nexcept ZeroDivisionError as error:\n    print('caught outside:', error)",
    # A generator catching the exception and finishing swallows it.
    "@contextmanager\ndef catching(kind):\n    try:\n        yield\n    except kind as error:\n"
    "        print('handled', type(error).__name__, error)",
    "with catching(KeyError):\n    {}['missing']",
    "print('after the swallowed error')",
    "with catching(KeyError):\n    raise TypeError('not handled')",
    # One that re-raises a different exception.
    "@contextmanager\ndef translating():\n    try:\n        yield\n    except KeyError as error:\n"
    "        raise LookupError('translated ' + str(error))",
    "with translating():\n    {}['k']",
    # CPython's RuntimeErrors for a generator that does not yield once.
    "@contextmanager\ndef silent():\n    if False:\n        yield",
    "with silent():\n    print('never')",
    "@contextmanager\ndef chatty():\n    yield 1\n    yield 2",
    "with chatty() as first:\n    print(first)",
    "@contextmanager\ndef stubborn():\n    try:\n        yield 1\n    except ValueError:\n        yield 2",
    "with stubborn():\n    raise ValueError('x')",
    # The manager made by the decorator, its name, and nesting.
    "type(tag('x'))",
    "tag.__name__",
    "with tag('a'), tag('b') as inner:\n    print(inner)",
    "def nested():\n    with tag('f') as value:\n        return value * 2",
    "nested()",
    "@contextmanager\ndef counting(log):\n    log.append('enter')\n    yield len(log)\n    log.append('exit')",
    "log = []",
    "for _ in range(3):\n    with counting(log) as n:\n        log.append(n)",
    "log",
    # A manager used as a decorator makes a fresh generator each call.
    "@tag('call')\ndef decorated(x):\n    print('running with', x)\n    return x + 1",
    "decorated(1)",
    "decorated(2)",
    "decorated.__name__",
    # The state a configuration manager sets and restores (DeZero's using_config).
    "class Config:\n    enable_backprop = True",
    "@contextmanager\ndef using_config(name, value):\n    old_value = getattr(Config, name)\n"
    "    setattr(Config, name, value)\n    try:\n        yield\n    finally:\n        setattr(Config, name, old_value)",
    "with using_config('enable_backprop', False):\n    print(Config.enable_backprop)",
    "Config.enable_backprop",
    "try:\n    with using_config('enable_backprop', False):\n        raise RuntimeError('stop')\nexcept RuntimeError:\n"
    "    print(Config.enable_backprop)",
    # nullcontext, suppress and closing.
    "with nullcontext(41) as value:\n    print(value + 1)",
    "with nullcontext():\n    print('nothing bound')",
    "with suppress(ZeroDivisionError, KeyError):\n    print('before')\n    1 / 0\n    print('not reached')",
    "with suppress(KeyError):\n    [][1]",
    "with suppress():\n    print('no error')",
    "class Resource:\n    def close(self):\n        print('closed')",
    "with closing(Resource()) as resource:\n    print(type(resource).__name__)",
    # generator.throw on its own.
    "def numbers():\n    try:\n        yield 1\n        yield 2\n    except ValueError as error:\n"
    "        print('generator got', error)\n        yield 99",
    "it = numbers()",
    "next(it)",
    "it.throw(ValueError('bad'))",
    "next(it)",
    "it = numbers()",
    "next(it)",
    "it.throw(ValueError)",
    "it = numbers()",
    "next(it)",
    "it.throw(ValueError, 'from a class and a value')",
    "it = numbers()",
    "next(it)",
    "it.throw(KeyError('unhandled'))",
    "next(it)",
    "fresh = numbers()",
    "fresh.throw(ValueError('before start'))",
    "next(fresh)",
    "it = numbers()",
    "it.throw(1)",
    "it.throw(ValueError('v'), 'extra')",
    "it.throw(ValueError, None, 5)",
    "def finishing():\n    try:\n        yield 1\n    except ValueError:\n        return 'done'",
    "it = finishing()",
    "next(it)",
    "it.throw(ValueError)",
    # A star import binds contextlib's __all__.
    "from contextlib import *",
    "suppress is contextlib.suppress, contextmanager.__name__",
]

WEAKREF = [
    "import weakref",
    "class Variable:\n    def __init__(self, data):\n        self.data = data\n        self.grad = None",
    "a = Variable(1.0)",
    "r = weakref.ref(a)",
    "r() is a",
    "r().data",
    # CPython hands out the same reference while one without a callback lives.
    "weakref.ref(a) is r",
    "weakref.ref(a, None) is r",
    "type(r)",
    "weakref.ref",
    "weakref.ref is weakref.ReferenceType",
    "isinstance(r, weakref.ref)",
    "r.__callback__",
    "bool(r)",
    "r == weakref.ref(a)",
    "r != weakref.ref(a)",
    "r == 1",
    # What has no weak references: CPython's TypeError.
    "weakref.ref(1)",
    "weakref.ref(2.5)",
    "weakref.ref(None)",
    "weakref.ref(True)",
    "weakref.ref('text')",
    "weakref.ref((1, 2))",
    "weakref.ref([1])",
    "weakref.ref({})",
    "weakref.ref(range(3))",
    "weakref.ref(10 ** 30)",
    "weakref.ref(np.float64(1.0))",
    "class Slotted:\n    __slots__ = ('x',)",
    "weakref.ref(Slotted())",
    # Calling it, and making one, with CPython's argument errors.
    "r(1)",
    "r(x=1)",
    "weakref.ref()",
    "weakref.ref(a, None, 3)",
    "weakref.ref(a, callback=None)",
    "r.extra = 1",
    "vars(r)",
    # Objects reachable through lists, dicts, attributes and sets.
    "items = [Variable(i) for i in range(3)]",
    "refs = [weakref.ref(item) for item in items]",
    "[ref().data for ref in refs]",
    "[ref() is item for ref, item in zip(refs, items)]",
    "table = {'first': Variable('f')}",
    "weakref.ref(table['first'])().data",
    "class Holder:\n    pass",
    "holder = Holder()",
    "holder.inner = Variable('held')",
    "weakref.ref(holder.inner)().data",
    "weakref.ref(holder)().inner.data",
    "def make_and_call():\n    local = Variable('local')\n    ref = weakref.ref(local)\n    return ref().data",
    "make_and_call()",
    "def through_argument(value):\n    return weakref.ref(value)() is value",
    "through_argument(a)",
    "b = a",
    "del a",
    "r() is b",
    "r().data",
    "from weakref import *",
    "ref is weakref.ref, ReferenceType is weakref.ref",
    "ref(b)() is b",
]

FROZEN = [
    "from dataclasses import dataclass, field, FrozenInstanceError, replace, asdict",
    "import dataclasses",
    "@dataclass(frozen=True)\nclass Point:\n    x: int\n    y: int = 0",
    "p = Point(1, 2)",
    "p",
    "p.x = 5",
    "p.z = 1",
    "del p.x",
    "del p.z",
    "p",
    "try:\n    p.y = 3\nexcept FrozenInstanceError as error:\n"
    "    print(type(error).__name__, error, isinstance(error, AttributeError))",
    "try:\n    p.y = 3\nexcept AttributeError as error:\n    print('an AttributeError:', error)",
    "setattr(p, 'x', 9)",
    "p == Point(1, 2)",
    # With eq, a frozen class hashes its compared fields' tuple.
    "hash(p) == hash((1, 2))",
    "hash(Point(1, 2)) == hash(p)",
    "replace(p, y=7)",
    "asdict(p)",
    "Point.__dataclass_params__",
    "Point.__dataclass_params__.frozen",
    # A plain subclass: only the fields are frozen.
    "class Labelled(Point):\n    pass",
    "labelled = Labelled(3)",
    "labelled.x = 1",
    "labelled.label = 'free'",
    "labelled.label",
    # Frozen and not frozen dataclasses do not mix.
    "@dataclass\nclass Thawed(Point):\n    z: int = 1",
    "@dataclass\nclass Base:\n    a: int",
    "@dataclass(frozen=True)\nclass Derived(Base):\n    b: int = 0",
    "@dataclass(frozen=True)\nclass Point3(Point):\n    z: int = 0",
    "Point3(1, 2, 3)",
    "Point3(1).z = 4",
    "hash(Point3(1, 2, 3)) == hash((1, 2, 3))",
    # __post_init__ sets fields through object.__setattr__; a plain assignment there is refused as any other.
    "@dataclass(frozen=True)\nclass Derived2:\n    a: int\n    doubled: int = 0\n    def __post_init__(self):\n"
    "        object.__setattr__(self, 'doubled', self.a * 2)",
    "Derived2(3)",
    "@dataclass(frozen=True)\nclass BadPost:\n    a: int\n    def __post_init__(self):\n        self.a = 1",
    "BadPost(2)",
    # Without eq a frozen class compares by identity.
    "@dataclass(frozen=True, eq=False)\nclass Token:\n    name: str",
    "Token('t') == Token('t')",
    "@dataclass(frozen=True, order=True)\nclass Version:\n    major: int\n    minor: int = 0",
    "sorted([Version(2), Version(1, 5), Version(1)])",
    "Version(1) < Version(1, 1)",
    "@dataclass(frozen=True)\nclass Box:\n    items: list = field(default_factory=list)",
    "box = Box()",
    "box.items.append(1)",
    "box",
    "box.items = []",
    "@dataclass\nclass Mutable:\n    a: int",
    "m = Mutable(1)",
    "m.a = 2",
    "m",
    "Mutable.__dataclass_params__",
]

DEZERO = [
    "import weakref",
    "import contextlib",
    "class Config:\n    enable_backprop = True",
    "@contextlib.contextmanager\ndef using_config(name, value):\n    old_value = getattr(Config, name)\n"
    "    setattr(Config, name, value)\n    try:\n        yield\n    finally:\n        setattr(Config, name, old_value)",
    "def no_grad():\n    return using_config('enable_backprop', False)",
    "class Variable:\n"
    "    def __init__(self, data):\n"
    "        if data is not None:\n"
    "            if not isinstance(data, np.ndarray):\n"
    "                raise TypeError('{} is not supported'.format(type(data)))\n"
    "        self.data = data\n"
    "        self.grad = None\n"
    "        self.creator = None\n"
    "        self.generation = 0\n"
    "    def set_creator(self, func):\n"
    "        self.creator = func\n"
    "        self.generation = func.generation + 1\n"
    "    def backward(self, retain_grad=False):\n"
    "        if self.grad is None:\n"
    "            self.grad = np.ones_like(self.data)\n"
    "        funcs = []\n"
    "        seen_set = set()\n"
    "        def add_func(f):\n"
    "            if f not in seen_set:\n"
    "                funcs.append(f)\n"
    "                seen_set.add(f)\n"
    "                funcs.sort(key=lambda x: x.generation)\n"
    "        add_func(self.creator)\n"
    "        while funcs:\n"
    "            f = funcs.pop()\n"
    "            gys = [output().grad for output in f.outputs]\n"
    "            gxs = f.backward(*gys)\n"
    "            if not isinstance(gxs, tuple):\n"
    "                gxs = (gxs,)\n"
    "            for x, gx in zip(f.inputs, gxs):\n"
    "                if x.grad is None:\n"
    "                    x.grad = gx\n"
    "                else:\n"
    "                    x.grad = x.grad + gx\n"
    "                if x.creator is not None:\n"
    "                    add_func(x.creator)\n"
    "            if not retain_grad:\n"
    "                for y in f.outputs:\n"
    "                    y().grad = None",
    "def as_array(x):\n    if np.isscalar(x):\n        return np.array(x)\n    return x",
    "class Function:\n"
    "    def __call__(self, *inputs):\n"
    "        xs = [x.data for x in inputs]\n"
    "        ys = self.forward(*xs)\n"
    "        if not isinstance(ys, tuple):\n"
    "            ys = (ys,)\n"
    "        outputs = [Variable(as_array(y)) for y in ys]\n"
    "        if Config.enable_backprop:\n"
    "            self.generation = max([x.generation for x in inputs])\n"
    "            for output in outputs:\n"
    "                output.set_creator(self)\n"
    "            self.inputs = inputs\n"
    "            self.outputs = [weakref.ref(output) for output in outputs]\n"
    "        return outputs if len(outputs) > 1 else outputs[0]",
    "class Square(Function):\n    def forward(self, x):\n        return x ** 2\n    def backward(self, gy):\n"
    "        x = self.inputs[0].data\n        return 2 * x * gy",
    "class Add(Function):\n    def forward(self, x0, x1):\n        return x0 + x1\n    def backward(self, gy):\n"
    "        return gy, gy",
    "def square(x):\n    return Square()(x)",
    "def add(x0, x1):\n    return Add()(x0, x1)",
    "x0 = Variable(np.array(1.0))",
    "x1 = Variable(np.array(1.0))",
    "t = add(x0, x1)",
    "y = add(x0, t)",
    "y.backward()",
    "print(y.grad, t.grad)",
    "print(x0.grad, x1.grad)",
    "x = Variable(np.array(2.0))",
    "a = square(x)",
    "y = add(square(a), square(a))",
    "y.backward(retain_grad=True)",
    "print(y.data, x.grad, a.grad)",
    "y.creator.outputs[0]() is y",
    "with using_config('enable_backprop', False):\n    x = Variable(np.array(2.0))\n    y = square(x)",
    "y.creator is None",
    "with no_grad():\n    x = Variable(np.array(2.0))\n    y = square(x)\n    print(y.data, Config.enable_backprop)",
    "Config.enable_backprop",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    script = "make_session35_lang35_fixtures.py"
    write_numpy_fixture(
        HERE / "300-session35-contextlib-and-throw.txt", script,
        "contextlib's generator context managers, nullcontext, suppress and closing, and generator.throw", CONTEXTLIB)
    write_numpy_fixture(
        HERE / "301-session35-weakref.txt", script,
        "weakref.ref of objects the program's names reach, and CPython's errors", WEAKREF)
    write_numpy_fixture(
        HERE / "302-session35-frozen-dataclasses.txt", script,
        "dataclass(frozen=True): FrozenInstanceError, object.__setattr__, inheritance", FROZEN)
    write_numpy_fixture(
        HERE / "303-session35-dezero-step18.txt", script,
        "DeZero's step 18: outputs as weak references, backprop switched off by a contextmanager", DEZERO)
