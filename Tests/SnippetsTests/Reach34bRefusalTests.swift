import Testing

@testable import Snippets

/// What reach34b's corpora (DeZero's steps) showed: an operator between a NumPy value and a snippet object. NumPy
/// hands it to the object's reflected method only when the class sets a higher `__array_priority__`; otherwise it runs
/// the ufunc over an array of dtype object, which snippets follow for a NumPy scalar or a 0-d array (checked against
/// CPython in `Fixtures/interpreter/224-reach34b-…`, `make_session34_reach34b_fixtures.py`) and refuse for the rest:
/// docbuild handed the whole array to `__radd__`, where NumPy makes an object array of each element's result.
struct Reach34bRefusalTests {
  static let tag =
    ">>> class Tag:\n...     def __radd__(self, other):\n...         return 'radd'\n...     "
    + "def __eq__(self, other):\n...         return 'eq'\n...     def __rand__(self, other):\n...         return 'rand'\n..."
  static let plain = ">>> class Plain:\n...     pass\n..."

  /// (setup, statement, words the refusal says, its type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (tag, "np.array([1, 2]) + Tag()", "array of dtype object", "NotImplementedError"),
    (tag, "np.ones((2, 2)) + Tag()", "array of dtype object", "NotImplementedError"),
    (tag, "np.array([1, 2]) == Tag()", "array of dtype object", "NotImplementedError"),
    (tag, "np.float64(1.0) == Tag()", "== between a NumPy value and a Tag object", "NotImplementedError"),
    (tag, "np.array(1.0) < Tag()", "< between a NumPy value and a Tag object", "NotImplementedError"),
    (tag, "np.array([1, 2]) & Tag()", "array of dtype object", "NotImplementedError"),
    (tag, "np.int64(3) & Tag()", "& between a NumPy value and a Tag object", "NotImplementedError"),
    (plain, "np.array(2.0) @ Plain()", "NumPy's matmul", "NotImplementedError"),
    (plain, "np.float64(2.0) @ Plain()", "NumPy's matmul", "NotImplementedError"),
    (plain, "Plain() + np.array([1.0, 2.0])", "array of dtype object", "NotImplementedError"),
    (plain, "Plain() == np.array([1.0, 2.0])", "array of dtype object", "NotImplementedError"),
    (plain, "Plain() != np.float64(1.0)", "!= between a NumPy value and a Plain object", "NotImplementedError"),
    (tag + "\n>>> a = np.array(2.0)", "a += Tag()", "fails to cast it", "NotImplementedError"),
    (tag + "\n>>> a = np.zeros(3)", "a += Tag()", "fails to cast it", "NotImplementedError"),
    (
      ">>> class Pair:\n...     def __len__(self):\n...         return 2\n...     def __getitem__(self, i):\n"
        + "...         return [5, 6][i]\n...     def __radd__(self, other):\n...         return 'radd'\n...",
      "np.array([1, 2]) + Pair()", "defines __len__", "NotImplementedError"
    ),
    (
      ">>> class L(list):\n...     pass\n...", "np.array([1, 2]) + L([1, 2])", "derives from list",
      "NotImplementedError"
    ),
    (
      ">>> class Odd:\n...     __array_priority__ = 'high'\n...     def __radd__(self, other):\n"
        + "...         return 'radd'\n...", "np.array([1, 2]) + Odd()", "set it to a number", "NotImplementedError"
    ),
    (
      tag + "\n>>> from autograd import grad", "grad(lambda w: np.sum(w * 2.0) + Tag())(np.ones(2))",
      "autograd traces", "NotImplementedError"
    ),
  ]

  @Test(arguments: refused)
  func beyondReach34bIsRefused(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// A class setting a higher priority is defined and its reflected method is called with the whole array.
  @Test func aHigherPriorityHandsTheArrayToTheObject() throws {
    let variable =
      ">>> class V:\n...     __array_priority__ = 200\n...     def __radd__(self, other):\n"
      + "...         return type(other).__name__\n..."
    #expect(try RefusalProbe.output(variable, "np.array([1.0, 2.0]) + V()") == "'ndarray'")
    #expect(try RefusalProbe.output(variable, "np.float64(1.0) + V()") == "'float64'")
  }
}
