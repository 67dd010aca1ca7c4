#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for operators between NumPy values and instances of a class of
one's own. NumPy hands `array op obj` to the object's reflected method (`obj.__radd__(array)`) only when the class
sets `__array_priority__` above the array's (0 for an array, -1,000,000 for a NumPy scalar), as DeZero's `Variable`
does (`np.array(2.0) + x`); otherwise it runs the ufunc over an array of dtype object, so a NumPy scalar or a 0-d
array meets the object as a Python number (`np.float64(2.0) + w` is `2.0 + w`). docbuild refused the class setting
`__array_priority__`, and handed the array itself to `__radd__` where NumPy hands a Python number (wrong outputs the
reach34b corpora showed); the N-d object-array cases stay refused (Reach34bRefusalTests).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34_reach34b_fixtures.py` (Python 3.11, numpy 2.4.6). It
rewrites `interpreter/224-reach34b-array-priority-and-object-operands.txt` and `225-reach34b-reflected-not-equal.txt`;
rerunning gives identical bytes. The second holds `5 != obj` for a class defining `__eq__` alone, which docbuild
answered by identity (True) where Python inverts the object's `__eq__` (the fixture's `np.float64(1.0) != x` met it).
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "224-reach34b-array-priority-and-object-operands.txt"
NOT_EQUAL_OUTPUT = HERE / "interpreter" / "225-reach34b-reflected-not-equal.txt"

STATEMENTS = [
    # DeZero's Variable (step 21): a priority above the array's, reflected methods taking the whole array.
    "class Variable:\n"
    "    __array_priority__ = 200\n"
    "    def __init__(self, data):\n"
    "        self.data = data\n"
    "    def __repr__(self):\n"
    "        return 'variable(' + str(self.data) + ')'\n"
    "    def __add__(self, other):\n"
    "        other = other.data if isinstance(other, Variable) else other\n"
    "        return Variable(self.data + other)\n"
    "    __radd__ = __add__\n"
    "    def __mul__(self, other):\n"
    "        other = other.data if isinstance(other, Variable) else other\n"
    "        return Variable(self.data * other)\n"
    "    __rmul__ = __mul__\n"
    "    def __rsub__(self, other):\n"
    "        return Variable(other - self.data)\n"
    "    def __rtruediv__(self, other):\n"
    "        return Variable(other / self.data)\n"
    "    def __rpow__(self, other):\n"
    "        return ('rpow', type(other).__name__)\n"
    "    def __eq__(self, other):\n"
    "        return ('eq', type(other).__name__)\n"
    "    def __lt__(self, other):\n"
    "        return ('lt', type(other).__name__)",
    "x = Variable(np.array(2.0))",
    "y = np.array(3.0) + x",
    "y",
    "np.array(3.0) * x",
    "np.array([1.0, 2.0]) * x",
    "np.array([1, 2]) - x",
    "np.float64(10.0) - x",
    "np.int64(3) / x",
    "np.arange(3) ** x",
    "np.float32(2) ** x",
    "3.0 * x",
    "x * np.array([1.0, 2.0])",
    "x + np.float64(1.5)",
    "np.array([1, 2]) == x",
    "np.array([1, 2]) > x",
    "np.float64(1.0) != x",
    "a = np.array([1.0, 2.0])",
    "a += x",
    "a",
    "b = np.ones((2, 2))",
    "b *= x",
    "b",
    # A priority with no reflected method: Python's TypeError, or the array's own for +.
    "class Marker:\n"
    "    __array_priority__ = 1.5\n"
    "    def __repr__(self):\n"
    "        return 'Marker()'",
    "np.array([1, 2]) + Marker()",
    "np.array([1, 2]) * Marker()",
    "np.float64(1.0) + Marker()",
    "np.array([1, 2]) @ Marker()",
    "np.array([1, 2]) ** Marker()",
    "np.array([1, 2]) == Marker()",
    "np.array([1, 2]) != Marker()",
    "np.array([1, 2]) < Marker()",
    # A priority no higher than the array's: a NumPy scalar or 0-d array meets the object as a Python number.
    "class Low:\n"
    "    __array_priority__ = -5\n"
    "    def __radd__(self, other):\n"
    "        return ('radd', type(other).__name__, other)",
    "np.float64(2.5) + Low()",
    "np.int64(4) + Low()",
    "np.array(1.5) + Low()",
    # No priority at all.
    "class Tag:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "    def __radd__(self, other):\n"
    "        return (self.name, type(other).__name__, other)\n"
    "    def __rmul__(self, other):\n"
    "        return other * 2\n"
    "    def __sub__(self, other):\n"
    "        return ('sub', type(other).__name__)",
    "np.float64(2.0) + Tag('t')",
    "np.int64(2) + Tag('t')",
    "np.int32(-7) + Tag('t')",
    "np.uint8(200) + Tag('t')",
    "np.bool_(True) + Tag('t')",
    "np.complex128(1 + 2j) + Tag('t')",
    "np.float32(0.1) + Tag('t')",
    "np.array(2.0) + Tag('t')",
    "np.array(7) + Tag('t')",
    "np.float64(1.5) * Tag('t')",
    "type(np.float64(1.5) * Tag('t'))",
    "np.array(4) * Tag('t')",
    "Tag('t') - np.array(3.0)",
    "Tag('t') - np.array([3.0, 4.0])",
    "s = np.float64(1.0)",
    "s += Tag('s')",
    "s",
    "class Plain:\n"
    "    pass",
    "np.float64(2.0) + Plain()",
    "np.int64(2) - Plain()",
    "np.array(2.0) * Plain()",
    "Plain() + np.float64(2.0)",
    "Plain() * np.array(3)",
    "np.float64(2.0) ** Plain()",
    "total = np.float64(0.5)",
    "for tag in [Tag('a'), Tag('b')]:\n"
    "    print(total + tag)",
]

# `5 != obj` where obj's class defines `__eq__` alone: int's `__ne__` gives NotImplemented, so Python calls the
# object's inherited `object.__ne__`, which inverts its `__eq__`. docbuild fell to identity and printed True.
STATEMENTS_NE = [
    "class Money:\n"
    "    def __init__(self, cents):\n"
    "        self.cents = cents\n"
    "    def __eq__(self, other):\n"
    "        print('eq with', type(other).__name__)\n"
    "        return self.cents == (other.cents if isinstance(other, Money) else other)",
    "5 != Money(5)",
    "5 != Money(6)",
    "'a' != Money(5)",
    "[1] != Money(5)",
    "Money(5) != 5",
    "Money(5) != Money(5)",
    "class Picky:\n"
    "    def __eq__(self, other):\n"
    "        return NotImplemented",
    "5 != Picky()",
    "p = Picky()",
    "p != p",
    "class Loud:\n"
    "    def __eq__(self, other):\n"
    "        return 'yes'\n"
    "    def __ne__(self, other):\n"
    "        return 'ne'",
    "5 != Loud()",
    "class Child(Money):\n"
    "    pass",
    "3.0 != Child(3)",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session34_reach34b_fixtures.py",
        "operators between NumPy values and objects: __array_priority__ hands them to the object's reflected method, "
        "else a NumPy scalar or 0-d array meets the object as a Python number",
        STATEMENTS,
    )
    write_numpy_fixture(
        NOT_EQUAL_OUTPUT,
        "make_session34_reach34b_fixtures.py",
        "`x != obj` where obj's class defines __eq__ alone: its inherited __ne__ inverts __eq__",
        STATEMENTS_NE,
    )
