import Testing

@testable import Snippets

/// What stays refused, by name, of the NumPy functions session 26 added for issue 10 (NumPy's docstring examples):
/// `np.emath`'s results that need a complex function docbuild does not reproduce bit for bit (`log` of complex values
/// for `logn`, `**` of complex values with an exponent that is not a small integer, complex `arccos`). What now runs
/// is checked against NumPy in `Fixtures/interpreter/200-*` to `209-*` (`make_numpy26_fixtures.py`).
struct Numpy26RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.emath.logn(2, [-4, -8, 8])", "np.log of complex128 values is not supported"),
    ("", "np.emath.logn(-2, 4)", "np.log of complex128 values is not supported"),
    ("", "np.emath.power(-2., 0.5)", "** with an exponent that is not a small integer of complex128 values"),
    ("", "np.emath.arccos([1, 2])", "np.arccos of complex128 values is not supported"),
    ("", "np.emath.arcsin(np.float32([2]))", "np.arcsin of complex64 values is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
