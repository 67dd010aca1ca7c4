import Testing

@testable import Snippets

/// What `Fuzz/signature_sweep.py` (None and str for every parameter of NumPy's functions) found NumPy answering in a
/// way snippets do not reproduce: a str NumPy goes on with character by character (`axes='ab'` unpacked into two), a
/// str cast into an array or compared with its `int()`, arrays of ends for np.logspace, float shifts np.roll
/// truncates. NumPy's errors for the other calls of the sweep are `Fixtures/interpreter/418-*` and `419-*`.
struct Session42RefusalTests {
  static let setup =
    ">>> a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])\n>>> i = np.array([[3, -7, 2], [0, 5, -1]])"

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.tensordot(a, a, axes='ab')", "np.tensordot with a str axes of two characters"),
    ("np.rot90(a, axes='ab')", "np.rot90 with a str axes of two characters"),
    ("np.histogram(a, range='ab')", "np.histogram with a str range of two characters"),
    ("np.nan_to_num(a, nan='1')", "np.nan_to_num with a str nan"),
    ("np.nan_to_num(a, posinf='x')", "np.nan_to_num with a str posinf"),
    ("np.cov(a, ddof='1')", "np.cov with a str ddof"),
    ("np.trapezoid(a, dx='1')", "np.trapezoid with a str dx"),
    ("np.logspace(a, a, 3)", "np.logspace with a numpy.ndarray start"),
    ("np.logspace(0, a, 3)", "np.logspace with a numpy.ndarray stop"),
    ("np.logspace(1j, 2, 3)", "np.logspace of complex128 values is not supported"),
    ("np.roll(a, [1.5, 2.5])", "np.roll with float shifts"),
    ("np.roll(a, np.array([1.0, 2.0]), axis=(0, 1))", "np.roll with float shifts"),
    ("i.clip(-2**70, a_max=2)", "ndarray.clip with a_max= and a bound given to an integer array"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }
}
