#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4 print for what reach30b took into the language from published NumPy code
(fast.ai's Computational Linear Algebra, numpy-ml): print options given by position (`np.set_printoptions(5)` is
precision=5, which docbuild refused while the arrays after it printed with the old precision, a mismatch), and
`abc`'s `ABC` and `abstractmethod` (numpy-ml's base classes), with CPython's TypeError for a class that leaves an
abstract method unimplemented; and a sequence written into one element of an array viewed as another dtype
(`x.view(np.int64)[0] = [1]`), which NumPy's scalar conversion refuses and docbuild wrote; and the `builtins` module
(python-future's `from builtins import range` in the Lazy Programmer's scripts).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach30b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/257-reach30b-positional-print-options.txt`, `interpreter/258-reach30b-abstract-base-classes.txt` and
`interpreter/259-reach30b-sequences-into-one-element-of-a-dtype-view.txt` and
`interpreter/276-reach30b-builtins-module.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
PRINT_OPTIONS_OUTPUT = HERE / "interpreter" / "257-reach30b-positional-print-options.txt"
ABSTRACT_CLASSES_OUTPUT = HERE / "interpreter" / "258-reach30b-abstract-base-classes.txt"
VIEW_WRITES_OUTPUT = HERE / "interpreter" / "259-reach30b-sequences-into-one-element-of-a-dtype-view.txt"
BUILTINS_OUTPUT = HERE / "interpreter" / "276-reach30b-builtins-module.txt"

PRINT_OPTIONS_STATEMENTS = [
    "a = np.array([[0.0187895, 0.61763521], [0.94374808, 0.68182034]])",
    "np.set_printoptions(5)",
    "a",
    "np.get_printoptions()['precision']",
    "np.set_printoptions(3, 4)",
    "np.arange(10.0) / 3",
    "np.set_printoptions(4, None, 2)",
    "np.arange(10.0) / 3",
    "np.set_printoptions(6, 1000, 3, 40)",
    "np.linspace(0, 1, 12)",
    "np.set_printoptions(3, None, None, None, True)",
    "np.array([1e-9, 1.5])",
    "np.set_printoptions(2, None, None, None, None, 'NaN', 'Inf')",
    "np.array([np.nan, -np.inf, 0.125])",
    "np.set_printoptions(8, None, None, None, None, None, None, None, '+')",
    "np.array([0.5, -0.5])",
    "np.set_printoptions(8, None, None, None, None, None, None, None, '-', 'fixed')",
    "np.array([0.5, 2.0])",
    "np.set_printoptions(3, precision=4)",
    "np.set_printoptions(1, 2, 3, 4, False, 'n', 'i', None, '-', 'fixed', False)",
    "np.set_printoptions('5')",
    "np.get_printoptions()['precision'], np.get_printoptions()['floatmode']",
    "np.set_printoptions()",
    "np.array([1 / 3])",
    "with np.printoptions(3):\n    print(np.array([1 / 3]))",
    "with np.printoptions(2, 1000, 3, 75, True):\n    print(np.array([1e-9, 1 / 3]))",
    "np.array([1 / 3])",
    "with np.printoptions(1, 2, 3, 4, False, 'n', 'i', None, '-', 'fixed', False):\n    pass",
    "np.set_printoptions(8, 1000, 3, 75, False, 'nan', 'inf', None, '-', 'maxprec')",
    "np.array([1 / 3])",
    "np.get_printoptions()['linewidth'], np.get_printoptions()['nanstr']",
]

ABSTRACT_CLASSES_STATEMENTS = [
    "from abc import ABC, abstractmethod",
    "class ActivationBase(ABC):\n"
    "    def __init__(self, **kwargs):\n"
    "        super().__init__()\n"
    "    def __call__(self, z):\n"
    "        if z.ndim == 1:\n"
    "            z = z.reshape(1, -1)\n"
    "        return self.fn(z)\n"
    "    @abstractmethod\n"
    "    def fn(self, z):\n"
    "        raise NotImplementedError\n"
    "    @abstractmethod\n"
    "    def grad(self, x, **kwargs):\n"
    "        raise NotImplementedError",
    "class Sigmoid(ActivationBase):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "    def __str__(self):\n"
    "        return 'Sigmoid'\n"
    "    def fn(self, z):\n"
    "        return 1 / (1 + np.exp(-z))\n"
    "    def grad(self, x):\n"
    "        fn_x = self.fn(x)\n"
    "        return fn_x * (1 - fn_x)",
    "s = Sigmoid()",
    "str(s)",
    "s(np.array([0.0, 1.0, -2.0]))",
    "s.grad(np.array([0.0, 2.0]))",
    "ActivationBase()",
    "class Half(ActivationBase):\n    def fn(self, z):\n        return z / 2",
    "Half()",
    "ActivationBase.fn.__isabstractmethod__",
    "isinstance(s, ABC), isinstance(s, ActivationBase), issubclass(Sigmoid, ABC)",
    "type(Sigmoid)",
    "ABC",
    "Sigmoid",
    "print(Sigmoid)",
    "Sigmoid.__mro__",
    "Sigmoid.__name__, Sigmoid.__qualname__, ABC.__module__",
    "class Plain(ABC):\n    pass",
    "p = Plain()",
    "Plain(1)",
    "class Args(ABC):\n    def __init__(self, a, b=2):\n        self.total = a + b",
    "Args(1).total, Args(1, b=5).total",
    "Args()",
    "class Bad(ABC):\n    def __init__(self):\n        return 3",
    "Bad()",
    "class Shape(ABC):\n"
    "    @property\n"
    "    @abstractmethod\n"
    "    def area(self):\n"
    "        pass\n"
    "    @staticmethod\n"
    "    @abstractmethod\n"
    "    def sides():\n"
    "        pass",
    "Shape()",
    "class Square(Shape):\n"
    "    def __init__(self, side):\n"
    "        self.side = side\n"
    "    @property\n"
    "    def area(self):\n"
    "        return self.side ** 2\n"
    "    @staticmethod\n"
    "    def sides():\n"
    "        return 4",
    "q = Square(3)",
    "q.area, q.sides(), Square.sides()",
    "class Lazy(Shape):\n    @property\n    def area(self):\n        return 0",
    "Lazy()",
    "def plain(x):\n    return x",
    "abstractmethod(plain).__name__, plain.__isabstractmethod__",
    "def tag(f):\n    f.tagged = 'yes'\n    return f",
    "class T:\n    @tag\n    def m(self):\n        return 1",
    "T.m.tagged, T().m.tagged, T().m()",
    "class NotAbc:\n    @abstractmethod\n    def f(self):\n        pass",
    "NotAbc().f() is None",
    "class Loss(ABC):\n"
    "    def __init__(self):\n"
    "        self.calls = 0\n"
    "    def __call__(self, y, y_pred):\n"
    "        self.calls += 1\n"
    "        return self.loss(y, y_pred)\n"
    "    @abstractmethod\n"
    "    def loss(self, y, y_pred):\n"
    "        pass",
    "class SquaredError(Loss):\n"
    "    def loss(self, y, y_pred):\n"
    "        return 0.5 * np.linalg.norm(y_pred - y) ** 2",
    "se = SquaredError()",
    "se(np.array([1.0, 2.0]), np.array([1.5, 1.0])), se.calls",
    "class Temperature(ABC):\n"
    "    def __init__(self):\n"
    "        self._celsius = 0.0\n"
    "    @property\n"
    "    def celsius(self):\n"
    "        return self._celsius\n"
    "    @celsius.setter\n"
    "    def celsius(self, value):\n"
    "        self._celsius = float(value)\n"
    "    def f(self):\n"
    "        return 1\n"
    "    @abstractmethod\n"
    "    def f(self):\n"
    "        return 2",
    "Temperature()",
    "class Room(Temperature):\n    def f(self):\n        return 3",
    "r = Room()",
    "r.celsius = 21",
    "r.celsius, r.f()",
]

# One element of a view as another dtype (or of bytes NumPy reads as an array) written with a sequence: NumPy's scalar
# conversion of the view's dtype refuses it (docbuild broadcast it into the element and wrote the bytes).
VIEW_WRITES_STATEMENTS = [
    "x = np.array([1.0, 2.0])",
    "v = x.view(np.int64)",
    "v[0] = [1]",
    "x",
    "v[1] = (1,)",
    "v[-1] = [[1]]",
    "v[0] = np.array([3])",
    "v[0] = []",
    "v[0] = range(1)",
    "x",
    "v[0] = 'a'",
    "x",
    "v[0] = 0",
    "x",
    "v[:1] = [4607182418800017408]",
    "x",
    "v[...] = [0, 4611686018427387904]",
    "x",
    "w = x.view(np.float32)",
    "w[0] = [1.5]",
    "w[1] = np.array([2.0])",
    "w[0] = 1.5",
    "w[:2]",
    "m = np.zeros((2, 2)).view(np.int64)",
    "m[0, 1] = [7]",
    "m[0] = [5, 6]",
    "m",
    "m[1, 0] = np.array([[9]])",
    "c = np.zeros(2, dtype=np.complex128).view(np.float64)",
    "c[1] = [2.0]",
    "c[1] = 2.0",
    "c",
    "b = np.zeros(4, dtype=np.uint8).view(bool)",
    "b[0] = [1]",
    "b[1] = []",
    "b[2] = np.array([3])",
    "b",
    "raw = np.frombuffer(bytearray(16), dtype=np.int64)",
    "raw[0] = [1]",
    "big = np.zeros(2, dtype='>i4')",
    "big[0] = [1]",
    "big[1] = (2,)",
    "big[0] = 3",
    "big",
]

# python-future's `from builtins import range` (the Lazy Programmer's scripts): the builtins themselves.
BUILTINS_STATEMENTS = [
    "from builtins import range, map, zip, str, object, dict",
    "list(range(3)), list(map(abs, [-1, 2])), list(zip('ab', [1, 2])), str(1.5), dict(a=1)",
    "class Point(object):\n    def __init__(self, x):\n        self.x = x",
    "Point(3).x",
    "for i in range(2):\n    print(i, np.arange(i + 1))",
    "import builtins",
    "builtins",
    "builtins.range is range, builtins.len([1, 2]), builtins.max(3, 4), builtins.sum(np.arange(4))",
    "isinstance(3, builtins.int), builtins.sorted([3, 1, 2])",
    "builtins.nosuch",
    "from builtins import ValueError as VE",
    "try:\n    int('x')\nexcept VE as e:\n    print('caught', e)",
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        PRINT_OPTIONS_OUTPUT,
        "make_reach30b_fixtures.py",
        "np.set_printoptions and np.printoptions given their options by position",
        PRINT_OPTIONS_STATEMENTS,
    )
    write_numpy_fixture(
        ABSTRACT_CLASSES_OUTPUT,
        "make_reach30b_fixtures.py",
        "abc.ABC and abstractmethod: abstract methods left unimplemented, instances, the metaclass",
        ABSTRACT_CLASSES_STATEMENTS,
    )
    write_numpy_fixture(
        VIEW_WRITES_OUTPUT,
        "make_reach30b_fixtures.py",
        "a sequence written into one element of a view as another dtype, of bytes, of a big-endian array",
        VIEW_WRITES_STATEMENTS,
    )
    write_numpy_fixture(
        BUILTINS_OUTPUT,
        "make_reach30b_fixtures.py",
        "the builtins module: python-future's `from builtins import range`",
        BUILTINS_STATEMENTS,
    )
