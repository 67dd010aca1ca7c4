import Testing

@testable import Snippets

/// Where reach29a's fixes stop. An instance's `__dict__` cannot be replaced (python-patterns' Borg shares one dict
/// among instances: docbuild's instances keep their own attributes, and would print the state unshared); a
/// classmethod bound by hand needs a snippet class. What docbuild now runs is checked against CPython in
/// `Fixtures/interpreter/250-reach29a-element-writes-of-sequences.txt`, `251-reach29a-arrays-as-python-scalars.txt`
/// and `252-reach29a-class-body-names-and-descriptors.txt`.
struct Reach29aRefusalTests {
  static let borg =
    ">>> class Borg:\n...     shared = {}\n...     def __init__(self):\n...         self.__dict__ = self.shared\n..."
  static let plain = ">>> class P:\n...     pass\n...\n>>> p = P()"
  static let catalog =
    ">>> class A:\n...     @classmethod\n...     def c(cls):\n...         return cls\n...     table = {'c': c}\n..."

  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (borg, "Borg()", "setting the __dict__ of a 'Borg' object", "NotImplementedError"),
    (plain, "p.__dict__ = {'a': 1}", "setting the __dict__ of a 'P' object", "NotImplementedError"),
    (catalog, "A.table['c'].__get__(3)", "classmethod.__get__", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
