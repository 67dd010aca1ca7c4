import Testing

@testable import Snippets

/// Where lang32's generic aliases of collections' classes, `collections.UserList` and `collections.UserString` stop
/// short of CPython, refused by name rather than printing something else: `__mro__` of a class deriving from
/// `ChainMap`, `UserList` or `UserString` (CPython's derive from collections.abc's classes), `__orig_bases__` of a
/// class deriving from a generic alias. What runs is checked against CPython in
/// `Fixtures/interpreter/164-lang32-collections-generic-aliases.txt` to `166-lang32-userstring.txt`
/// (`make_lang32_fixtures.py`).
struct Lang32RefusalTests {
  static let environment =
    ">>> from collections import ChainMap\n>>> class Environment(ChainMap[str, int]):\n...     pass\n..."

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (environment, "Environment.__mro__", "__mro__ of a class deriving from collections.ChainMap"),
    (environment, "Environment.mro()", "mro of a class deriving from collections.ChainMap"),
    (environment, "Environment.__orig_bases__", "__orig_bases__ of a class deriving from"),
    (">>> from collections import ChainMap", "ChainMap.__bases__", "__bases__ of a class deriving from"),
    (
      ">>> from collections import UserList\n>>> class Stack(UserList):\n...     pass\n...", "Stack.__mro__",
      "__mro__ of a class deriving from collections.UserList"
    ),
    (">>> from collections import UserString", "UserString.__bases__", "collections.UserString"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
