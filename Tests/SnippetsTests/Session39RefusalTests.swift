import Testing

@testable import Snippets

/// What session 39's `Fuzz/numpy_differential.py --grammar functions` and `--grammar random` turned into refusals:
/// a weighted histogram with given edges where equal values carry different weights whose running sums round (NumPy
/// adds them in the order its unstable argsort leaves them), `np.unique` given a tuple or list axis (NumPy fails
/// inside `moveaxis` or the indexing after it, differently for each shape) or of both zeros (which one it keeps is
/// its SIMD sort's doing), medians over some of the axes, and arrays as the integer parameters of the random
/// samplers (a TypeError before). What still runs is checked against NumPy in `Fixtures/interpreter/356-*` to
/// `358-*` (`make_session39_fixtures.py`).
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
    ("", "np.unique(np.array([-0.0, 1.0, 0.0]))", "np.unique of values holding both 0.0 and -0.0"),
    ("", "np.union1d(np.array([-0.0, 1.0]), np.array([0.0]))", "holding both 0.0 and -0.0"),
    ("", "np.median(np.ones((2, 2, 2)), axis=(0, 1))", "np.median over a tuple of some of the axes"),
  ]

  /// The random module's refusals, which carry NumPy's ValueError class as docbuild's limit.
  static let refusedSamplerArguments: [(setup: String, statement: String, words: String)] = [
    (">>> g = np.random.default_rng(0)", "g.integers(0, [3.5, 300])", "takes arrays of ints"),
    (">>> g = np.random.default_rng(0)", "g.integers([1, 5], 20, dtype=np.int32)", "takes arrays of ints"),
    (">>> g = np.random.default_rng(0)", "g.binomial([5.0, 50.0], 0.3)", "arrays of ints for n"),
    ("", "np.random.binomial([5, 50], 0.3)", "takes a number for n"),
    ("", "np.random.randint(0, [3, 4])", "takes a number for high"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  @Test(arguments: refusedSamplerArguments)
  func samplerArrayArgumentIsRefused(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: "ValueError")
  }
}
