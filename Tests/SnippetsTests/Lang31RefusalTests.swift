import Testing

@testable import Snippets

/// Where lang31's builtin subclasses, `collections.UserDict` and `typing.Generic` stop short of CPython, refused by
/// name rather than printing something else: `__slots__` in a builtin subclass, several bases with a builtin, an int
/// or float subclass's arithmetic with NumPy values, `%` formatting through a dict subclass's own `__getitem__`, a
/// builtin's special method taken from the type and given a plain value, a str subclass with its own `__eq__` as a
/// dict key, a UserDict subclass's `copy()` and `__mro__`, an instance of `Generic` itself (its repr holds an
/// address), `copy.copy` of a builtin subclass's instance or of a Counter subclass's, and a builtin's class attribute
/// (`int.from_bytes`) through a subclass. What runs is checked against CPython in `Fixtures/interpreter/288-lang31-dict-subclasses.txt` to
/// `297-lang31-builtin-subclass-overrides.txt` (`make_lang31_fixtures.py`).
struct Lang31RefusalTests {
  static let numbers =
    ">>> import numpy as np\n>>> class I(int):\n...     pass\n...\n>>> class F(float):\n...     pass\n..."
  static let userDict =
    ">>> from collections import UserDict\n>>> class U(UserDict):\n...     pass\n...\n>>> u = U(a=1)"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "class E(Exception):\n...     __slots__ = ('a',)\n...", "__slots__ in a class deriving from the built-in"),
    ("", "class M(dict, list):\n...     pass\n...", "derives from several classes, one of them the built-in"),
    (numbers, "I(2) * np.arange(3)", "arithmetic between an instance of a snippet class deriving from int or float"),
    (numbers, "np.float64(1.5) + F(1)", "arithmetic between an instance of a snippet class deriving from int or float"),
    (
      ">>> class D(dict):\n...     def __getitem__(self, key):\n...         return 0\n...", "'%(a)s' % D(a=1)",
      "a dict subclass defining __getitem__"
    ),
    ("", "dict.__init__({}, a=1)", "dict.__init__, taken from the type"),
    (
      ">>> class S(str):\n...     def __eq__(self, other):\n...         return True\n...     __hash__ = str.__hash__\n...",
      "{S('a'): 1}", "which defines __eq__ or __hash__, cannot be a dict key"
    ),
    (userDict, "u.copy()", "copy() of a UserDict subclass"),
    (userDict, "U.__mro__", "__mro__ of a UserDict class"),
    (">>> from typing import Generic", "Generic()", "printing a typing.Generic object is not supported"),
    (
      ">>> from typing import Generic, TypeVar\n>>> T = TypeVar('T')\n>>> class Box(Generic[T]):\n...     pass\n...",
      "Box.__parameters__", "__parameters__ of a class deriving from typing.Generic"
    ),
    (">>> class S(str):\n...     pass\n...", "S('a').upper", "a builtin method of an instance of a builtin subclass"),
    (">>> import copy\n>>> class L(list):\n...     pass\n...", "copy.copy(L([1]))", "copy.copy of a 'L' object"),
    (">>> import copy\n>>> class D(dict):\n...     pass\n...", "copy.deepcopy(D())", "copy.deepcopy of a 'D' object"),
    (
      ">>> import copy\n>>> from collections import Counter\n>>> class C(Counter):\n...     pass\n...",
      "copy.copy(C('ab'))", "a subclass of a collections class"
    ),
    (">>> class I(int):\n...     pass\n...", "I.from_bytes(b'\\x01', 'big')", "int.from_bytes of the class I"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
