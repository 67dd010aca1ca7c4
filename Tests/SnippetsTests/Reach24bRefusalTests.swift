import Testing

@testable import Snippets

/// What the session-24 reach corpora (QuantEcon's Python lectures, donnemartin's notebooks) showed docbuild printing
/// otherwise than Python, now refused by name: a module object's own attributes that `dir` leaves out
/// (`math.__dict__`, docbuild's AttributeError), the globals CPython gives `__main__` (`__builtins__`, docbuild's
/// NameError), what a refused call may have changed (the receiver of a refused `x.__setitem__(…)`, the arguments of a
/// call through a name a refusal left unknown), and an `np.empty` array shown before every element is written
/// (docbuild showed zeros, NumPy what its memory held). What runs beside them is checked against CPython and NumPy in
/// `Fixtures/interpreter/130-reach24b-module-attributes-empty-writes.txt` (`make_reach24b_fixtures.py`).
struct Reach24bRefusalTests {
  /// (setup, statement, words the refusal says, the error type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> import math", "math.__dict__['pi']", "math.__dict__ is not part of", "NotImplementedError"),
    // (`math.__class__` is answered since session 41: `<class 'module'>`, fixture 412.)
    (">>> import math", "math.__spec__", "math.__spec__ is not part of", "NotImplementedError"),
    ("", "__builtins__.max", "the global __builtins__ that Python gives", "NameError"),
    ("", "dir(__builtins__)[:3]", "the global __builtins__ that Python gives", "NameError"),
    ("", "__spec__", "the global __spec__ that Python gives", "NameError"),
    (">>> x = ['a', 'b']\n>>> x.__setitem__(0, 'aa')", "x", "the statement on line 2", "NameError"),
    (">>> x = ['a', 'b']\n>>> x.__iadd__(['c'])", "x", "the statement on line 2", "NameError"),
    (
      ">>> import bisectfoo\n>>> seq = [1, 2, 13]\n>>> bisectfoo.insort(seq, 8)", "seq", "the statement on line 3",
      "NameError"
    ),
    (">>> import nomodule\n>>> d = {}\n>>> nomodule.fill (d)", "d", "the statement on line 3", "NameError"),
    (">>> z = np.empty(3)", "z", "np.empty or np.empty_like left unwritten", "NotImplementedError"),
    (">>> z = np.empty(3)", "print(z)", "np.empty or np.empty_like left unwritten", "NotImplementedError"),
    (">>> z = np.empty(3)\n>>> z[0] = 1", "z", "np.empty or np.empty_like left unwritten", "NotImplementedError"),
    (">>> z = np.empty(3)\n>>> z[1:] = 1", "[z]", "np.empty or np.empty_like left unwritten", "NotImplementedError"),
    (
      ">>> z = np.empty(3)\n>>> r = z[1:]\n>>> r[:] = 5", "z", "np.empty or np.empty_like left unwritten",
      "NotImplementedError"
    ),
    (
      ">>> z = np.empty_like(np.ones((2, 2)))\n>>> z[0] = 1", "print(z)", "np.empty or np.empty_like left unwritten",
      "NotImplementedError"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// A star import's name snippets lack is that module's function: calling it changes its arguments only when it is
  /// one of the in-place functions, so what it is passed stays known (`np.matrix` copies nothing back).
  @Test func aStarImportsMissingFunctionLeavesItsArgumentsKnown() throws {
    let output = try RefusalProbe.output(
      ">>> from numpy import *\n>>> A = array([1, 2])\n>>> M = matrix(A)\n>>> x = random.rand(1)", "A")
    #expect(output == "array([1, 2])")
  }

  /// A name that is unknown but never called leaves the values beside it known.
  @Test func readingAnUnknownNameLeavesItsNeighboursKnown() throws {
    let output = try RefusalProbe.output(">>> import nomodule\n>>> seq = [1, 2]\n>>> print(nomodule.x, seq)", "seq")
    #expect(output == "[1, 2]")
  }
}
