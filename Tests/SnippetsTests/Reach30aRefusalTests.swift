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
    // __slots__: what CPython's member descriptors and instance layouts decide is refused.
    (">>> class P:\n...     __slots__ = ('x',)\n...", "P.x", "member descriptor"),
    (">>> class P:\n...     __slots__ = ('x',)\n...", "hasattr(P, 'x')", "member descriptor"),
    ("", "class D:\n...     __slots__ = ('__dict__', 'a')\n...", "a '__dict__' slot"),
    (
      ">>> class P:\n...     __slots__ = ('x',)\n...\n>>> class Q(P):\n...     pass\n...\n>>> q = Q()\n>>> q.x = 1",
      "q.__dict__", "has both __slots__ and a __dict__"
    ),
    (
      ">>> class P:\n...     __slots__ = ('x',)\n...\n>>> class Q(P):\n...     pass\n...\n>>> q = Q()",
      "vars(q)", "has both __slots__ and a __dict__"
    ),
    (
      ">>> class A:\n...     __slots__ = ('a',)\n...\n>>> class B:\n...     __slots__ = ('b',)\n...",
      "class C(A, B):\n...     pass\n...", "several bases"
    ),
    (
      ">>> class A:\n...     __slots__ = ('a',)\n...\n>>> class B:\n...     __slots__ = ('b',)\n...",
      "class C(A, B):\n...     __slots__ = ()\n...", "several bases"
    ),
    (">>> class A:\n...     __slots__ = ('a',)\n...", "class E(A, Exception):\n...     pass\n...", ""),
    ("", "class E(Exception):\n...     __slots__ = ('code',)\n...", "deriving from the built-in"),
    ("", "class S:\n...     __slots__ = {'a': 'doc'}\n...", "__slots__ other than a str"),
    // An enum's private name is no member in CPython 3.11.
    (">>> import enum", "class Color(enum.Enum):\n...     RED = 1\n...     __secret = 2\n...", "'_Color__secret'"),
    (
      ">>> import enum",
      "class Shape(enum.IntEnum):\n...     A = 1\n...     def f(self):\n...         return self.__b\n...",
      "private name '__b'"
    ),
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
