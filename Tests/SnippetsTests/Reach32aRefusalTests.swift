import Testing

@testable import Snippets

/// What reach32a took into the language stops where CPython's text is out of reach, refused by name: str() and repr()
/// of an itertools iterator (CPython's text holds its address, which only an echo or `print` may leave open), the
/// method-wrappers `__repr__` and `__str__` printed themselves (`<method-wrapper '__repr__' of list object at 0x…>`),
/// and a standard-library stand-in whose CPython text docbuild does not make (`functools.partial(<built-in function
/// print>)`), which it refused before naming `__main__`; and calling the class `function` (or `method`, `module`),
/// whose arguments CPython checks with messages of its own. What runs is checked against CPython in
/// `Fixtures/interpreter/112-reach32a-itertools-objects.txt` and `113-reach32a-repr-and-str-methods.txt`
/// (`make_reach32a_fixtures.py`).
struct Reach32aRefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> import itertools", "str(itertools.chain([1]))", "prints as <itertools.chain object at 0x…>"),
    (">>> import itertools", "repr(itertools.combinations([1, 2], 1))", "<itertools.combinations object at 0x…>"),
    (">>> from itertools import groupby", "'%s' % (next(groupby('aa'))[1],)", "<itertools._grouper object at 0x…>"),
    (">>> from itertools import tee", "f'{tee([1])[0]}'", "<itertools._tee object at 0x…>"),
    ("", "[1, 2].__repr__", "memory address"),
    ("", "print((1).__str__)", "memory address"),
    (">>> import functools", "functools.partial(print)", "printing a functools.partial object is not supported"),
    ("", "type(lambda: 0)()", "calling the class function is not part of the snippet language"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
