import Testing

@testable import Snippets

/// What the reach probe's corpora of session 32 (reach32b) showed docbuild must refuse: `np.argsort`'s default sort of
/// a 32- or 64-bit line longer than 256 elements holding equal elements (shorter lines are ordered as its AVX-512
/// sorting network orders them); the `numpy.testing` checks that fail or meet values NumPy compares specially (NaN, float32, signed zeros, dicts); the
/// names of `numpy.testing` snippets lack; and `numpy.matrixlib`. What docbuild now runs is checked against NumPy in
/// `Fixtures/interpreter/135-reach32b-argsort-short-lines.txt`, `136-reach32b-numpy-testing.txt` and
/// `137-reach32b-lstsq-rcond-and-version.txt`; uint64 values past 2**63, refused here before, in
/// `446-uint44-sorting-and-arg-extremes-of-uint64.txt`.
struct Reach32bRefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.argsort(np.array([3, 1, 2] * 86))", "argsort of equal elements orders them"),
    ("", "np.argsort(np.ones((2, 257), dtype=np.float32) - np.eye(2, 257), axis=1)", "argsort of equal elements"),
    ("", "np.testing.assert_allclose(1.0, 1.1)", "fail its check"),
    ("", "np.testing.assert_almost_equal(np.array([1.0, 2.0]), [1.0, 2.001])", "fail its check"),
    ("", "np.testing.assert_array_equal(np.ones(2), np.ones(3))", "fail its check"),
    ("", "np.testing.assert_equal(0.0, -0.0)", "fail its check"),
    ("", "np.testing.assert_equal([1, 2], [1, 2, 3])", "fail its check"),
    ("", "np.testing.assert_allclose(np.array([np.nan]), np.array([np.nan]))", "NaN or infinity"),
    ("", "np.testing.assert_almost_equal(np.float32(1.0), 1.0)", "float32 values"),
    ("", "np.testing.assert_array_equal(np.array([2**60]), np.array([2**60]))", "integers past 2**53"),
    ("", "np.testing.assert_equal({'a': 1}, {'a': 1})", "of a dict"),
    // assert_raises and assert_array_less run since session 44 (fixture 134); a name snippets still lack, and
    // assert_array_less where it fails, are refused.
    ("", "np.testing.assert_warns", "numpy.testing.assert_warns is not part"),
    ("", "np.testing.assert_array_less(np.ones(2), np.zeros(2))", "fail its check"),
    ("", "np.matrixlib", "numpy.matrixlib is not part"),
    ("", "np.version.__file__", "numpy.version.__file__ is not part"),
    ("", "np.linalg.lstsq(np.eye(2), np.ones(2), rcond='x')", "rcond= is supported in snippets as a finite number"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
