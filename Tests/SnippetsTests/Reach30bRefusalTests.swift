import Testing

@testable import Snippets

/// What reach30b took into the language stops where CPython's answer is out of reach, refused by name: abc's virtual
/// subclasses (`register`) and the deprecated `abstractproperty` family; the builtins `builtins` lacks (`super`), calling its `input`, and replacing one; a refused `np.set_printoptions(...)`, whatever refused it, leaves the arrays
/// after it unprintable until a call gives the options it gave (any call, for the formatter alone). What runs is checked against CPython and NumPy in
/// `Fixtures/interpreter/257-reach30b-positional-print-options.txt` and `258-reach30b-abstract-base-classes.txt`
/// (`make_reach30b_fixtures.py`).
struct Reach30bRefusalTests {
  static let abc = ">>> from abc import ABC, abstractmethod"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (abc + "\n>>> class A(ABC):\n...     pass\n...", "A.register(int)", "A.register (abc.ABCMeta's)"),
    (abc + "\n>>> class A(ABC):\n...     pass\n...", "A.__abstractmethods__", "A.__abstractmethods__ (abc.ABCMeta's)"),
    ("", "from abc import abstractproperty", "abstractproperty"),
    (">>> from builtins import range, input", "input('x? ')", "input() is not part"),
    ("", "from builtins import super", "builtins.super is not part"),
    (">>> import builtins", "builtins.print = None", "snippets cannot change module 'builtins'"),
    (">>> np.set_printoptions(formatter={'float': str})", "np.ones(2)", "which was refused"),
    // NumPy keeps a refused precision (or legacy mode) through a call that gives other options.
    (
      ">>> np.set_printoptions(precision=2000)\n>>> np.set_printoptions(suppress=True)", "np.ones(2)",
      "which was refused"
    ),
    (
      ">>> np.set_printoptions(legacy='1.13', formatter={'all': str})\n>>> np.set_printoptions(formatter=None)",
      "np.ones(2)", "which was refused"
    ),
  ]

  @Test(arguments: refused)
  func beyondReach30bIsRefused(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A call giving the refused option again lifts the refusal: the array prints with NumPy's options.
  @Test func aCallGivingTheRefusedOptionAgainLiftsTheRefusal() throws {
    let transcript =
      ">>> np.set_printoptions(precision=2000)\n>>> np.set_printoptions(precision=3)\n>>> np.array([1 / 3])"
    #expect(RefusalProbe.outputs(of: transcript).last == "array([0.333])")
  }

  /// A refused write through a view as another dtype may have changed, in Python, the array it views: that array
  /// has no known value afterwards (it printed its old elements).
  @Test func aRefusedWriteThroughADTypeViewForgetsTheArrayItViews() throws {
    let setup = ">>> x = np.array([1.0, 2.0])\n>>> v = x.view(np.int64)\n>>> v[0] = None"
    try RefusalProbe.expectRefused(setup, "x", saying: "has no value here", as: "NameError")
    let bytes =
      ">>> raw = bytearray(16)\n>>> a = np.frombuffer(raw, dtype=np.int64)\n>>> "
      + "b = np.frombuffer(raw, dtype=np.int64)\n>>> a[0] = None"
    try RefusalProbe.expectRefused(bytes, "b", saying: "has no value here", as: "NameError")
    try RefusalProbe.expectRefused(bytes, "raw", saying: "has no value here", as: "NameError")
  }
}
