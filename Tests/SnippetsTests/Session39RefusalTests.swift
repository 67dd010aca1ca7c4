import Testing

@testable import Snippets

/// What session 39's `Fuzz/numpy_differential.py --grammar functions` turned into refusals: a weighted histogram with
/// given edges where equal values carry different weights whose running sums round (NumPy adds them in the order
/// its unstable argsort leaves them), and `np.unique` given a tuple or list axis (NumPy fails inside `moveaxis` or
/// the indexing after it, differently for each shape). What still runs is checked against NumPy in
/// `Fixtures/interpreter/356-*` and `357-*` (`make_session39_fixtures.py`).
struct Session39RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> x = np.array([1.0, 1.0, 2.0, 2.0, 3.0])",
      "np.histogram(x, bins=[0, 1.5, 4], weights=[0.1, 0.2, 0.3, 0.7, 0.5])",
      "np.histogram with bin edges and weights, where equal values carry different weights"
    ),
    (
      ">>> x = np.array([3.0, 1.0, 3.0])", "np.histogram(x, bins=[0, 2, 4], weights=np.array([0.1, 0.2, 0.3]))",
      "NumPy adds them in the order its unstable argsort leaves them"
    ),
    (">>> a = np.ones((2, 2))", "np.unique(a, axis=(0, 1))", "np.unique with a tuple or list as its axis"),
    (">>> a = np.ones((2, 2))", "np.unique(a, axis=[1])", "np.unique with a tuple or list as its axis"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
