import Testing

@testable import Snippets

/// Where reach29a's fixes stop. An instance's `__dict__` may be replaced (python-patterns' Borg, lang30's
/// `Fixtures/interpreter/283-lang30-shared-dicts.txt`) by a dict of string keys only, and not for the classes
/// snippets write in Python of their own (Counter); a classmethod bound by hand needs a snippet class. What docbuild now runs is checked against CPython in
/// `Fixtures/interpreter/250-reach29a-element-writes-of-sequences.txt`, `251-reach29a-arrays-as-python-scalars.txt`
/// and `252-reach29a-class-body-names-and-descriptors.txt`.
struct Reach29aRefusalTests {
  static let counter = ">>> from collections import Counter\n>>> c = Counter()"
  static let plain = ">>> class P:\n...     pass\n...\n>>> p = P()"
  static let catalog =
    ">>> class A:\n...     @classmethod\n...     def c(cls):\n...         return cls\n...     table = {'c': c}\n..."

  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (counter, "c.__dict__ = {}", "setting the __dict__ of a 'Counter' object", "NotImplementedError"),
    (plain, "p.__dict__ = {'a': 1, 2: 3}", "holding a key that is not a string", "NotImplementedError"),
    (catalog, "A.table['c'].__get__(3)", "classmethod.__get__", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
