#!/usr/bin/env python3
"""Writes what CPython 3.11, NumPy 2.4.6 and autograd 1.9.1 print for what the reach probe's session-26 corpora (Data
Science from Scratch's `scratch` modules, Nielsen's networks, autodidact) showed docbuild printing otherwise:
autograd's gradient of a 0-d argument is the 0-d array `vspace(ans).ones()` it seeds the backward pass with wherever
no rule computes a new value from it (`grad(lambda x: x + 1.0)(1.5)` is `array(1.)`; docbuild printed
`np.float64(1.0)`), through a sum of a 0-d value too, and `vspace(x).zeros()`, again a 0-d array, when every path
runs through a function autograd does not trace (`np.floor`); `value_and_grad` of a function returning its argument
returns that very argument; `from re import *` binds re's names over a name the chapter had bound (docbuild kept the
old `match = 10`), as the other standard-library star imports do; a class deriving from `typing.NamedTuple` is the
namedtuple of its annotated fields with the body's other names set on it (docbuild refused the import), and a
namedtuple class's `__bases__` and `__mro__` go on with `tuple` (Counter's with `dict`; docbuild showed its own helper
classes) and it has `_field_defaults`; a class may bind Python 2's special names (`__nonzero__ = __bool__`), which
CPython 3 never calls (docbuild refused the class).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach26b_fixtures.py` (Python 3.11, numpy 2.4.6, autograd 1.9.1).
It checks `Sources/Snippets/Interpreter/StarImportsStandardLibrary.swift` against this CPython's names and rewrites
`interpreter/180-reach26b-autograd-zero-dimensional-gradients.txt`, `181-reach26b-standard-library-star-imports.txt`
`182-reach26b-typing-named-tuple-classes.txt` and `183-reach26b-python2-special-names.txt`; rerunning gives identical
bytes.
"""

import importlib
import pathlib
import re
import warnings

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
FOLDER = HERE / "interpreter"
STAR_TABLE = HERE.parents[2] / "Sources" / "Snippets" / "Interpreter" / "StarImportsStandardLibrary.swift"
STAR_MODULES = ["re", "collections", "itertools", "functools", "operator", "string", "statistics", "cmath", "heapq",
                "bisect", "copy", "textwrap", "fractions", "decimal", "contextlib", "weakref"]

# Functions of a 0-d x whose gradient autograd leaves as its seed, a 0-d array, or makes a NumPy scalar.
ZERO_D = [
    "x", "x + 1.0", "1.0 + x", "x + x", "x - 3.0", "3.0 - x", "x * 1.0", "-x", "x / 1.0", "x ** 1",
    "np.add(x, 1.0)", "x + np.float64(2.0)", "x + np.array(2.0)", "np.floor(x) + x", "x - np.floor(x)",
    "np.floor(x) - x", "np.sign(x) + x", "np.sign(x) * x", "np.round(x) - x", "np.ceil(x) + x", "np.floor(x)",
    "np.floor(x) * np.ceil(x)", "np.sum(x)", "x.sum()", "np.sum(x) + np.floor(x)", "np.sum(np.sum(x))",
    "np.sum(x, keepdims=True)", "np.mean(x)", "np.max(x)", "np.prod(x)", "np.reshape(x, ())", "np.reshape(x, (1,))[0]",
    "np.squeeze(x)", "np.transpose(x)", "x.T", "np.where(x > 0, x, 0.0)", "np.where(x > 0, x, 0.0) + x",
    "np.clip(x, 0, 1)", "np.maximum(x, 0.0)", "np.abs(x)", "np.exp(x)", "np.tanh(x) + 1", "np.sin(x) + np.floor(x)",
    "x * 2.0 + x", "np.sum(x * np.ones(3))", "np.sum(x + np.ones(3))", "(x + np.ones(3))[1]",
    "np.array([x, x]).sum()", "np.array([x, 2.0])[0]", "np.expand_dims(x, 0).sum()", "np.atleast_1d(x)[0]",
    "x.reshape(1, 1).sum()", "np.square(x)",
]

AUTOGRAD = [
    "import autograd.numpy as anp",
    "from autograd import grad, elementwise_grad, value_and_grad",
] + [
    f"grad(lambda x: {f.replace('np.', 'anp.')})(1.5), grad(lambda x: {f.replace('np.', 'anp.')})(np.float64(1.5)), "
    f"grad(lambda x: {f.replace('np.', 'anp.')})(np.array(1.5))"
    for f in ZERO_D
] + [
    "elementwise_grad(lambda x: x + 1.0)(1.5), elementwise_grad(lambda x: anp.floor(x))(1.5)",
    "elementwise_grad(lambda x: x * x)(1.5), elementwise_grad(lambda x: anp.sum(x))(np.float64(1.5))",
    "value_and_grad(lambda x: x)(1.5), value_and_grad(lambda x: x)(np.float64(1.5))",
    "value_and_grad(lambda x: x)(np.array(1.5)), value_and_grad(lambda x: x + 0.0)(1.5)",
    "value_and_grad(lambda x: x * x)(1.5), value_and_grad(lambda x: anp.floor(x) + x)(1.5)",
    "grad(grad(lambda x: x * x))(1.5), grad(grad(lambda x: x * x + x))(1.5)",
    "grad(grad(lambda x: anp.sin(x) + x))(1.5), grad(grad(lambda x: x ** 3))(np.float64(1.5))",
    "def loss(w):\n    return anp.sum((w * 2.0 - 1.0) ** 2)",
    "grad(loss)(0.25), grad(loss)(np.array([0.25, 0.5]))",
    "def tanh(x):\n    y = anp.exp(-2.0 * x)\n    return (1.0 - y) / (1.0 + y)",
    "grad(tanh)(1.0), grad(lambda x: tanh(x) + x)(1.0)",
    "def foo(x):\n    return anp.floor(x) + x",
    "grad(foo)(1.5), grad(foo)(np.array([1.5, 2.5]).sum())",
    "grad(lambda x: anp.broadcast_to(x, (3,)).sum())(np.ones(1))",
    "grad(lambda x: anp.broadcast_to(x, [3]).sum())(np.ones(1))",
    "grad(lambda x: anp.broadcast_to(x, (2, 3)).sum())(np.ones(3))",
    "grad(lambda x: anp.broadcast_to(x, (2, 3)).sum())(np.ones((1, 3)))",
    "grad(lambda x: anp.broadcast_to(x, 3).sum())(np.ones(1))",
    "grad(lambda x: anp.dot(x, anp.ones(3)).sum())(np.ones(3))",
    "grad(lambda x: anp.dot(anp.ones((2, 3)), x).sum())(np.ones(3))",
]

STAR = [
    "match = 10",
    "from re import *",
    "type(match).__name__, match.__name__, match('a', 'abc'), sub('b', 'x', 'abc')",
    "compile('a+').findall('caaab'), split(',', 'a,b'), IGNORECASE == I, escape('a.b')",
    "count = 5",
    "from itertools import *",
    "type(count).__name__, list(islice(count(3), 4)), list(chain([1], [2])), list(accumulate([1, 2, 3]))",
    "list(product('ab', repeat=2)), list(permutations([1, 2, 3], 2))[:3], list(zip_longest([1], [2, 3]))",
    "reduce = None",
    "from functools import *",
    "reduce(lambda a, b: a + b, [1, 2, 3]), partial(pow, 2)(5)",
    "from collections import *",
    "Counter('abca').most_common(1), deque([1, 2], maxlen=2), defaultdict(int)['k']",
    "P = namedtuple('P', 'x y')",
    "P(1, 2), OrderedDict(a=1)",
    "from operator import *",
    "add(1, 2), mul(3, 4), itemgetter(1)([5, 6]), neg(3), truediv(1, 4)",
    "from string import *",
    "ascii_lowercase, digits, punctuation[:5]",
    "from heapq import *",
    "h = [3, 1, 2]",
    "heapify(h)",
    "heappop(h), h, nsmallest(2, [5, 1, 4])",
    "from bisect import *",
    "bisect([1, 2, 4], 3), bisect_left([1, 2, 2], 2), insort",
    "from copy import *",
    "a = [[1], [2]]",
    "b = deepcopy(a)",
    "b[0].append(9)",
    "a, b, copy(a) == a",
]


NAMED_TUPLES = [
    "from typing import NamedTuple, List, Any, Optional",
    "class StockPrice(NamedTuple):\n    symbol: str\n    date: str\n    closing_price: float\n\n"
    "    def is_high_tech(self) -> bool:\n        \"A class, so it can have methods too.\"\n"
    "        return self.symbol in ['MSFT', 'GOOG', 'FB', 'AMZN', 'AAPL']",
    "price = StockPrice('MSFT', '2018-12-14', 106.03)",
    "price, price.symbol, price.closing_price, price.is_high_tech(), price[0], len(price)",
    "print(price)",
    "f'{price}', str(price), price == ('MSFT', '2018-12-14', 106.03), isinstance(price, tuple)",
    "class Split(NamedTuple):\n    attribute: str\n    subtrees: dict\n    default_value: Any = None",
    "Split('a', {}), Split('a', {1: 2}, 5), Split._fields, Split._field_defaults",
    "Split('x', {})._replace(attribute='y'), Split('x', {})._asdict(), Split._make(['p', {}, 3])",
    "class Leaf(NamedTuple):\n    value: Any",
    "Leaf(3), type(Leaf(3)).__name__, Leaf.__name__, Leaf.__qualname__, Leaf.__module__",
    "Leaf.__bases__, Leaf.__mro__, Leaf.mro()",
    "class P(NamedTuple):\n    x: float = 0.0\n    y: float",
    "class Q(NamedTuple):\n    a: int = 1\n    b: int = 2\n    c: int",
    "class R(NamedTuple):\n    a: int\n    def _asdict(self):\n        return 1",
    "class R2(NamedTuple):\n    a: int\n    def __init__(self, a):\n        pass",
    "class S(NamedTuple):\n    a: int\n    b: List[int]\n    K = 10\n    def total(self):\n"
    "        return self.a + sum(self.b) + self.K",
    "s = S(1, [2, 3])",
    "s, s.total(), S.K, s == (1, [2, 3]), S(b=[1], a=2)",
    "S(1)",
    "S(1, 2, 3)",
    "S(1, [], c=3)",
    "x, y = S(5, [])",
    "x, y, sorted([S(2, []), S(1, [])]), S(1, []) < S(2, [])",
    "class T(NamedTuple, object):\n    a: int",
    "class U(NamedTuple):\n    \"Doc of U.\"\n    a: int\n    def __repr__(self):\n        return 'U!'",
    "U(1), str(U(1)), [U(2)]",
    "class V(NamedTuple):\n    a: int\n    a: str\n    b: int = 3",
    "V(1), V._fields",
    "class W(NamedTuple):\n    label: Optional[str] = None",
    "W(), W('x'), W(label='y').label",
    "class X(S):\n    def double(self):\n        return X(self.a * 2, self.b)",
    "X(2, [1]).double(), X(2, [1]).total(), X.__bases__, X.__mro__",
    "from collections import namedtuple, Counter, OrderedDict, defaultdict",
    "Pt = namedtuple('Pt', 'a b')",
    "Pt.__bases__, Pt.__mro__, Pt._field_defaults, namedtuple('Q3', 'a b', defaults=[1])._field_defaults",
    "namedtuple('R3', 'a', defaults=[1, 2])",
    "Counter.__bases__, Counter.__mro__, OrderedDict.__mro__, defaultdict.__mro__, defaultdict.__bases__",
]

PYTHON2_NAMES = [
    "class Box:\n    def __init__(self, v):\n        self.v = v\n    def __bool__(self):\n        return bool(self.v)\n"
    "    __nonzero__ = __bool__\n    def __div__(self, other):\n        return 'div'\n"
    "    def __rdiv__(self, other):\n        return 'rdiv'\n    def __cmp__(self, other):\n        return 0\n"
    "    def __unicode__(self):\n        return 'u'",
    "bool(Box(0)), bool(Box(2)), Box(1).__nonzero__(), Box(1).__div__(2), Box(3).__unicode__()",
    "Box(1) / 2",
    "2 / Box(1)",
    "Box(1) == Box(1), Box(1) != Box(1)",
    "Box(1) < Box(2)",
    "class N:\n    def __nonzero__(self):\n        return False\n    def __len__(self):\n        return 2",
    "bool(N()), len(N()), 'truthy' if N() else 'falsy'",
    "class M:\n    def __nonzero__(self):\n        return False",
    "bool(M()), not M()",
]


def check_star_table():
    """StarImportsStandardLibrary.swift must hold exactly the names these imports bind in this CPython."""
    text = STAR_TABLE.read_text(encoding="utf-8")
    for name in STAR_MODULES:
        module = importlib.import_module(name)
        names = getattr(module, "__all__", None)
        if names is None:
            names = [n for n in dir(module) if not n.startswith("_")]
        found = re.search(r"static let `?%s`?: \[String\] = \[(.*?)\n  \]" % name, text, re.S)
        assert found, f"StarImportsStandardLibrary.swift has no list for {name}"
        listed = re.findall(r'"([^"]*)"', found.group(1))
        assert listed == sorted(names), f"the {name} list differs from Python's: {sorted(set(listed) ^ set(names))}"


if __name__ == "__main__":
    check_star_table()
    warnings.simplefilter("ignore")
    write_numpy_fixture(
        FOLDER / "180-reach26b-autograd-zero-dimensional-gradients.txt",
        "make_reach26b_fixtures.py",
        "autograd's gradients of a 0-d argument: its seed, a 0-d array, where no rule makes a new value",
        AUTOGRAD,
    )
    write_numpy_fixture(
        FOLDER / "181-reach26b-standard-library-star-imports.txt",
        "make_reach26b_fixtures.py",
        "star imports of re, itertools, functools, collections, operator, string, heapq, bisect and copy",
        STAR,
    )
    write_numpy_fixture(
        FOLDER / "182-reach26b-typing-named-tuple-classes.txt",
        "make_reach26b_fixtures.py",
        "classes deriving from typing.NamedTuple, and the bases and field defaults of namedtuple classes",
        NAMED_TUPLES,
    )
    write_numpy_fixture(
        FOLDER / "183-reach26b-python2-special-names.txt",
        "make_reach26b_fixtures.py",
        "Python 2's special names (__nonzero__, __div__, __cmp__, ...), which CPython 3 never calls",
        PYTHON2_NAMES,
    )
