import Testing

@testable import Snippets

/// Eigenvalues and singular values at rounding-noise level are measured against the matrix they came from: a slice
/// holding only the smallest singular values of rank-deficient matrices, or `np.linalg.norm(x, -2)` of them, has
/// nothing larger beside it, and printed docbuild's noise where NumPy prints LAPACK's (`-3.33e-16` for `-5.62e-16`).
/// What they compute is checked against NumPy in `Fixtures/interpreter/219-session34-norm-singular-value-orders.txt`.
struct SpectrumNoiseRefusalTests {
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.linalg.svd(np.arange(24).reshape(2, 3, 4), compute_uv=False)[:, -1]", "rounding-noise level"),
    ("", "np.linalg.norm(np.arange(24).reshape(2, 3, 4), -2, axis=(2, 1))", "rounding-noise level"),
    ("", "np.linalg.norm(np.arange(24).reshape(2, 3, 4) * 1000, -2, axis=(1, 2))", "rounding-noise level"),
    ("", "np.linalg.eigvalsh(np.ones((3, 3)))[:2]", "rounding-noise level"),
    ("", "np.linalg.eigvalsh(np.outer([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]))[:2]", "rounding-noise level"),
    (
      "", "np.linalg.eigh(np.array([[1., 2., 3.], [2., 4., 6.], [3., 6., 10.]])).eigenvalues[:1]",
      "rounding-noise level"
    ),
    // A whole scalar computed from the singular values prints every digit, LAPACK's last ones included.
    ("", "np.linalg.norm(np.array([[1.0, 2.0], [3.0, 4.0]]), 2)", "computed from np.linalg.svd's result"),
    ("", "np.linalg.norm(np.array([[1.0, 2.0], [3.0, 4.0]]), 'nuc')", "computed from np.linalg.svd's result"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
