import Testing

@testable import Snippets

/// What the session-27 corpora (learn-python's lessons, TheAlgorithms' maths and sorts) showed snippets printing
/// otherwise, where exactness is out of reach, refused by name: a union of classes outside an annotation that shows a
/// class snippets cannot name (`np.ndarray | None`; lang33 made `types.UnionType`), a type hint joined with `|` to a
/// value that is not a class, a bytearray's slice assigned from an object of a snippet class that is not iterable,
/// and `collections.abc`'s abstract classes anywhere but in an annotation. What runs is checked against CPython in `Fixtures/interpreter/220-reach27b-annotations-evaluated.txt`
/// `221-reach27b-bytearray-slice-iterables.txt` and `222-reach27b-collections-abc-annotations.txt`.
struct Reach27bRefusalTests {
  /// (setup, statement, words the refusal says, its Python type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    ("", "np.ndarray | None", "numpy.ndarray.__module__ is not part", "NotImplementedError"),
    ("", "x: list[int] | 3 = 1", "a type hint joined with '|' to a 'int' object", "NotImplementedError"),
    ("", "def f() -> {[1]}: pass", "a set display of a 'list' value in an annotation", "NotImplementedError"),
    ("", "def f() -> {int} | None: pass", "a set display joined with '|' in an annotation", "NotImplementedError"),
    (
      ">>> class Thing:\n...     pass\n...\n>>> b = bytearray(2)", "b[0:2] = Thing()",
      "a bytearray's slice from a 'Thing' object", "NotImplementedError"
    ),
  ]

  static let abc = ">>> from collections.abc import Iterable, Sequence, Callable"

  /// `collections.abc`'s classes beyond annotations: (setup, statement, words the refusal says).
  static let abstractClasses: [(setup: String, statement: String, words: String)] = [
    (abc, "Iterable", "collections.abc.Iterable is not part of the snippet language beyond annotations"),
    (abc, "print(Sequence)", "collections.abc.Sequence is not part"),
    (abc, "Iterable[int]()", "collections.abc.Iterable() is not part"),
    (abc, "Iterable()", "collections.abc.Iterable() is not part"),
    (abc, "isinstance([1], Iterable)", "isinstance() with a collections.abc class"),
    (abc, "isinstance([1], (int, Sequence))", "isinstance() with a collections.abc class"),
    (abc, "issubclass(list, Sequence)", "issubclass() with a collections.abc class"),
    (abc, "issubclass(Sequence, object)", "issubclass() with a collections.abc class"),
    (abc, "class Foo(Sequence):\n...     pass\n...", "can derive only from another snippet class"),
    (abc, "Iterable.register", "the attribute .register of a collections.abc class"),
    (abc, "Iterable | None", "a union of types (a class | None)"),
    (abc, "def f(g: Callable[int]): pass", "collections.abc.Callable[...] without [arguments, result]"),
    (abc, "def f(g: Callable[int, int]): pass", "collections.abc.Callable[...] without a list of arguments"),
  ]

  @Test(arguments: abstractClasses)
  func abstractClassesAreRefusedBeyondAnnotations(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// `None | None` is no union in CPython either: its TypeError, as before.
  @Test func noneOrNoneIsATypeError() throws {
    let output = try RefusalProbe.output("", "None | None")
    #expect(output.contains("TypeError: unsupported operand type(s) for |: 'NoneType' and 'NoneType'"))
  }
}
