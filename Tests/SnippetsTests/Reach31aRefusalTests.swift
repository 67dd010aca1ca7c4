import Testing

@testable import Snippets

/// What session 31's NumPy corpora (reach31a) showed docbuild printing otherwise than NumPy is refused by name; its
/// neighbours that read no unwritten element run as NumPy runs them (`Fixtures/interpreter/110-…`,
/// `make_reach31a_fixtures.py`).
struct Reach31aRefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // A fresh np.empty array's elements read in the statement that makes it: NumPy shows whatever memory held.
    ("", "np.empty([2, 3]) + 2", "an array np.empty makes and leaves unwritten"),
    (">>> import numpy", "numpy.empty((2, 2)) * 0", "an array np.empty makes and leaves unwritten"),
    ("", "print(np.empty(3) * 0)", "an array np.empty makes and leaves unwritten"),
    ("", "np.empty(3)[0]", "an array np.empty makes and leaves unwritten"),
    ("", "np.empty((2, 2)).sum()", "an array np.empty makes and leaves unwritten"),
    ("", "[np.empty(2)]", "an array np.empty makes and leaves unwritten"),
    ("", "np.empty_like(np.ones(3)) - 1", "an array np.empty_like makes and leaves unwritten"),
    (">>> from numpy import empty", "empty(2).tolist()", "an array np.empty makes and leaves unwritten"),
    (">>> from numpy import empty_like as el", "el(np.ones(2)) + 1", "np.empty_like makes"),
    ("", "for i in range(2):\n...     print(np.empty(2) + i)\n...", "an array np.empty makes"),
    ("", "if True:\n...     np.empty(2).max()\n...", "an array np.empty makes"),
    // A name computed from such an array is refused when shown, whatever it holds.
    (">>> b = np.empty(3) + 2", "b", "b computed on line 1 from elements np.empty"),
    (">>> s = np.empty(2).tolist()", "s", "s computed on line 1 from elements np.empty"),
    (">>> t = str(np.empty(2)[0])", "print(t)", "t computed on line 1 from elements np.empty"),
    (">>> m = np.empty_like(np.ones(2)).max()", "m", "m computed on line 1"),
    // The REPL echoes an expression statement inside a block: a name holding such an array is refused there too.
    (">>> a = np.empty(2)", "for i in range(1):\n...     a.max()\n...", "a holds elements np.empty"),
    (">>> a = np.empty(2)", "if True:\n...     a + 1\n...", "a holds elements np.empty"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
