import Testing

@testable import Snippets

/// What session 30's corpora (Fluent Python's examples, python-is-cool, keon's algorithms) brought in runs as CPython
/// runs it (`Fixtures/interpreter/253-…` to `255-…`, `make_reach30a_fixtures.py`); its neighbours that docbuild
/// cannot follow are refused by name, never printed otherwise.
struct Reach30aRefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // eval sees a function's locals (and a comprehension's), not the names around them.
    ("", "def f():\n...     a = 1\n...     return eval('a')\n...\n>>> f()", "eval() inside a function"),
    ("", "[eval('k') for k in range(2)]", "eval() inside a function or comprehension"),
    ("", "eval('1', {})", "eval() with globals or locals"),
    ("", "eval('1', None, {'a': 1})", "eval() with globals or locals"),
    ("", "eval(b'1 + 1')", "eval() of bytes"),
    ("", "eval('(w := 3)')", "walrus"),
    ("", "eval('1 +')", "eval() of text that is not one expression"),
    ("", "eval('x = 1')", "eval() of text that is not one expression"),
    ("", "eval('yield 1')", "eval() of text that is not one expression"),
    // Values past int64 in an unsigned array are refused when it is turned into bytes, as when it is made.
    (">>> from array import array", "bytes(array('Q', [2**64 - 1]))", ""),
    // A typing.NamedTuple's private field: CPython refuses the renamed name.
    (
      ">>> from typing import NamedTuple", "class Hidden(NamedTuple):\n...     __code: int = 0\n...",
      "which Python renames to '_Hidden__code'"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
