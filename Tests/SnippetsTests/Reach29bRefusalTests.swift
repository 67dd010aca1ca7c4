import Testing

@testable import Snippets

/// What reach29b took into the language stops where CPython's answer is out of reach, refused by name: a class
/// deriving from a typing alias has `typing.Generic` among its bases in CPython; functools.singledispatch fits
/// abstract base classes into the dispatch order from what each class registers with them, and evaluates string
/// annotations; enum's StrEnum, a Flag of values other than ints, the boundary keyword elsewhere; IntEnum and IntFlag
/// members are ints, which snippets' code for builtins does not always take, and whose int attributes snippets lack.
/// What runs is checked against CPython in `Fixtures/interpreter/264-reach29b-collections-subclasses.txt` to
/// `268-reach29b-int-enums.txt` (`make_reach29b_fixtures.py`).
struct Reach29bRefusalTests {
  static let dispatch =
    ">>> from functools import singledispatch\n>>> @singledispatch\n... def fun(arg):\n...     return 'base'\n..."
  static let numbers =
    ">>> from enum import IntEnum\n>>> class Numbers(IntEnum):\n...     ONE = 1\n...     TWO = 2\n..."

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> import typing\n>>> class Dist(typing.Counter):\n...     pass\n...", "Dist.__mro__",
      "of a class deriving from a typing alias"
    ),
    (">>> import typing", "class It(typing.Iterable):\n...     pass\n...", "a class deriving from typing.Iterable"),
    (
      Self.dispatch + "\n>>> from collections.abc import Mapping",
      "@fun.register\n... def _(arg: Mapping):\n...     pass\n...", "an abstract base class of collections.abc"
    ),
    (dispatch, "@fun.register\n... def _(arg: 'int'):\n...     pass\n...", "register() by an annotation other than"),
    (dispatch, "fun(np.float64(1.0))", "numpy.float64.__mro__"),
    ("", "from functools import singledispatchmethod", "singledispatchmethod is not part"),
    (">>> from enum import Flag", "class Q(Flag):\n...     A = 'x'\n...", "a Flag member whose value is a str"),
    (">>> from enum import Enum, KEEP", "class E(Enum, boundary=KEEP):\n...     A = 1\n...", "not a Flag"),
    (">>> from enum import Flag", "class F(Flag, boundary=3):\n...     A = 1\n...", "boundary= with a int"),
    (">>> from enum import KEEP", "class G(boundary=KEEP):\n...     pass\n...", "boundary= outside an enum class"),
    (">>> from enum import STRICT", "STRICT", "enum.STRICT is not part"),
    (">>> from enum import StrEnum", "class S(StrEnum):\n...     A = 'a'\n...", "enum.StrEnum is not part"),
    (numbers, "{Numbers.ONE: 1}", "class Numbers defines __hash__"),
    (numbers, "Numbers.__mro__", "an int in Python"),
    (numbers, "Numbers.ONE.to_bytes(2, 'big')", "int.to_bytes of a 'Numbers' object"),
    (numbers, "range(Numbers.TWO)", "an IntEnum or IntFlag member"),
    (
      ">>> from enum import IntEnum", "class Bad(IntEnum):\n...     A = 'x'\n...",
      "an IntEnum member whose value is a str"
    ),
  ]

  @Test(arguments: refused)
  func beyondReach29bIsRefused(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A refused `register` may have changed the registry in Python: the function has no known value afterwards (its
  /// state lives in the frame singledispatch made it in, RefusedEffects.swift).
  @Test func aRefusedRegistrationForgetsTheFunction() throws {
    let setup =
      Self.dispatch
      + "\n>>> from collections.abc import Mapping\n>>> @fun.register\n... def _(arg: Mapping):\n...     pass\n..."
    try RefusalProbe.expectRefused(setup, "fun({'a': 'b'})", saying: "has no value here", as: "NameError")
  }
}
