import Testing

@testable import Snippets

/// What reach28b took into the language stops where CPython's answer is out of reach, refused by name: a generic
/// alias (`list[int]`) forwards other attributes to its origin and hashes by its origin's address, and its `|` with a
/// class snippets cannot name makes a `types.UnionType` they cannot show; substitution beyond one level of TypeVars and arguments it cannot show are
/// refused. Of `enum`, `StrEnum` (reach29b took in `Flag`, `IntEnum` and `IntFlag`), `verify` and its checks, what
/// CPython warns about, and what changes or shows an enum class's namespace are refused. What runs is checked against
/// CPython in `Fixtures/interpreter/260-reach28b-generic-aliases.txt`, `261-reach28b-enums.txt` and
/// `262-reach28b-total-ordering.txt`.
struct Reach28bRefusalTests {
  static let typeVar = ">>> from typing import TypeVar\n>>> T = TypeVar('T')"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "list[int].append", "the attribute 'append' of a generic alias"),
    ("", "list[int].__dict__", "the attribute '__dict__' of a generic alias"),
    ("", "{list[int]: 1}", "class GenericAlias defines __hash__"),
    ("", "list[int] | np.ndarray", "numpy.ndarray.__module__ is not part"),
    ("", "list[[1]]", "is not part of the snippet language"),
    ("", "list[np.float64]", "numpy.float64"),
    (typeVar, "dict[str, T][int, str]", "substituting 2 types for the 1 type variables of dict[str, ~T]"),
    (typeVar, "list[T][[1]]", "substituting a list value into the generic alias list[~T]"),
    (typeVar, "dict[T, list[T]][int]", "substituting into the nested generic alias list[~T]"),
  ]

  static let color =
    ">>> from enum import Enum, auto\n>>> class Color(Enum):\n...     RED = 1\n...     GREEN = 2\n..."

  /// `enum` beyond plain Enum classes: (setup, statement, words the refusal says).
  static let enums: [(setup: String, statement: String, words: String)] = [
    (">>> from enum import StrEnum", "class N(StrEnum):\n...     A = 'a'\n...", "enum.StrEnum is not part"),
    (">>> from enum import verify, UNIQUE", "verify(UNIQUE)", "enum.verify is not part"),
    (">>> from enum import member", "member(1)", "enum.member is not part"),
    (color, "Color.RED = 3", "setting its attribute RED of the class Color"),
    (color, "del Color.RED", "deleting its attribute RED of the class Color"),
    (color, "Color.PURPLE", "its attribute PURPLE of the class Color"),
    (color, "3 in Color", "`in` an enum class with a value that is not a member"),
    (color, "Color.RED.__dict__", "the __dict__ of its members"),
    (color, "{Color.RED, Color.GREEN}", "this set prints in CPython's hash-table order"),
    (color, "class Twice(Enum):\n...     A = 1\n...     A = 2\n...", "binds the name A twice"),
    (color, "class Named(Enum):\n...     name = 1\n...", "an enum member named name"),
    (color, "class Loop(Enum):\n...     for i in range(2):\n...         pass\n...", "a statement other than"),
    (color, "class Late(Enum):\n...     A = 'x'\n...     B = auto()\n...", "auto() after values that are not"),
    (color, "class Reserved(Enum):\n...     _order_ = 'A'\n...     A = 1\n...", "the enum name _order_"),
    (color, "class More(Color):\n...     BLUE = 3\n...", "deriving from the enum Color, which has members"),
    (color, "Enum('X', 'A B', module='m')", "module=, qualname=, type= or boundary="),
    (color, "Enum('X', 'A A')", "the enum name 'A' given twice"),
  ]

  @Test(arguments: enums)
  func enumsBeyondPlainEnumAreRefused(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
