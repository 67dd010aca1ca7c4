import Testing

@testable import Snippets

/// What session 35's dataclasses and class-statement names leave refused, by name: `dataclass(slots=True)` (main
/// ignored it: `s.b = 2` ran where CPython raises AttributeError), a field's annotation (`Field.type`) and metadata,
/// `field(metadata=...)`; and what an instance would find in the namespace of a class snippets write in their own
/// Python (`hasattr(x, '__weakref__')` of a Counter subclass's, an int subclass's); `__new__` in an exception or
/// enum class. What runs is checked against CPython in `Fixtures/interpreter/330-session35-class-statement-names.txt`
/// to `334-session35-classes-defining-new.txt`.
struct Session35LeadRefusalTests {
  static let setup = """
    >>> import dataclasses, collections, enum
    >>> @dataclasses.dataclass
    ... class P:
    ...     x: int
    ...
    """

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("@dataclasses.dataclass(slots=True)\n... class S:\n...     a: int\n...", "dataclass(slots=True)"),
    ("dataclasses.fields(P)[0].type", "a dataclass field's type"),
    ("dataclasses.fields(P)[0].metadata", "a dataclass field's metadata"),
    ("dataclasses.field(metadata={'unit': 'm'})", "dataclasses.field(metadata=...)"),
    ("class D(collections.Counter):\n...     pass\n...\n>>> hasattr(D(), '__weakref__')", "the attribute __weakref__"),
    ("class I(int):\n...     pass\n...\n>>> hasattr(I(1), '__weakref__')", "the attribute __weakref__"),
    ("class A:\n...     pass\n...\n>>> A().__weakref__", "attribute '__weakref__'"),
    ("class Color(enum.Enum):\n...     RED = 1\n...\n>>> hasattr(Color.RED, '__annotations__')", "__annotations__"),
    (
      "class E(Exception):\n...     def __new__(cls, *args):\n...         return super().__new__(cls)\n...",
      "defines __new__"
    ),
    (
      "class Planet(enum.Enum):\n...     EARTH = 1\n...     def __new__(cls, value):\n...         return object()\n...",
      "defines __new__"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedByName(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }
}
