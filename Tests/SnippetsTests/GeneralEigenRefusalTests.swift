import Testing

@testable import Snippets

/// What `np.linalg.eig` and `np.linalg.eigvals` refuse: results that LAPACK's rounding decides (eigenvalues that
/// nearly coincide, an eigenvector's sign or phase settled at noise level, entries and scalars whose last digits are
/// LAPACK's), sizes and magnitudes where LAPACK takes paths docbuild does not follow, and gradients. What they compute
/// is checked against NumPy in `Fixtures/interpreter/66-eig.txt` and `TensorCoreTests/GeneralEigenSweepTests.swift`.
struct GeneralEigenRefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // A defective matrix: the double eigenvalue 1 splits by rounding (NumPy prints 1 ± 1e-8-sized noise).
    ("", "np.linalg.eigvals(np.array([[2., 1.], [-1., 0.]]))", "two eigenvalues nearly coincide"),
    ("", "np.linalg.eig(np.array([[2., 1.], [-1., 0.]]))", "two eigenvalues nearly coincide"),
    // Equal eigenvalues inside the QR iteration: which eigenvectors span the eigenspace is rounding.
    ("", "np.linalg.eig(np.array([[1., 2., 2.], [2., 1., 2.], [2., 2., 1.]]))", "nearly coincide"),
    // Printed entries and scalars.
    ("", "np.linalg.eig(np.array([[1., 1.], [0., 1.]])).eigenvectors", "rounding-noise level"),
    // A complex pair whose eigenvectors' phase rounding decides: the refusal says what computes instead (its
    // eigenvalues, checked against NumPy in `Fixtures/interpreter/81-house4-argument-conversion-and-method-names.txt`).
    (
      "", "np.linalg.eig(np.array([[0., -1.], [1., 0.5]]))",
      "eigenvectors follow LAPACK's rounding, which docbuild does not reproduce; np.linalg.eigvals of the same matrix "
        + "gives its eigenvalues alone"
    ),
    ("", "np.linalg.eigvals(np.array([[2., 1.], [1., 3.]]))[0]", "computed from np.linalg.eigvals's result"),
    ("", "np.linalg.eigvals(np.array([[0., -1.], [1., 2.5]]))[1]", "computed from np.linalg.eigvals's result"),
    ("", "np.linalg.eig(np.array([[1., 2.], [3., 4.]])).eigenvectors.sum()", "computed from np.linalg.eig's"),
    (
      ">>> m3 = np.array([[1,2,3],[5,7,11],[21,29,31]])\n>>> w, v = np.linalg.eig(m3)", "m3.dot(v) - w * v",
      "rounding-noise level"
    ),
    ("", "np.linalg.eig(np.ones((76, 76)))", "larger than 75×75"),
    ("", "np.linalg.eigvals(np.array([[1e200, 0.], [1., 1.]]))", "LAPACK rescales such a matrix first"),
    ("", "np.linalg.eig(np.eye(2, dtype=np.float32))", "float32"),
    ("", "np.linalg.eigvals(np.array([[1j, 0], [0, 1]]))", "complex128"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// Where the eigenvalues themselves are noise, eigvals is refused too, so the refusal does not point at it.
  @Test func noEigvalsAdviceWhereTheEigenvaluesAreNoise() throws {
    let output = try RefusalProbe.output("", "np.linalg.eig(np.array([[2., 1.], [-1., 0.]]))")
    #expect(output.contains("two eigenvalues nearly coincide"), "\(output)")
    #expect(!output.contains("np.linalg.eigvals of the same matrix"), "\(output)")
  }

  /// Gradients: autograd defines none for eigvals (its own error), and docbuild refuses one through complex values.
  @Test func gradients() throws {
    let setup = ">>> x = np.array([[2., 1.], [1., 3.]])"
    #expect(
      try RefusalProbe.output(setup, "grad(np.linalg.eigvals(x).sum(), x)")
        == "NotImplementedError: VJP of eigvals wrt argnums (0,) not defined")
    try RefusalProbe.expectError(
      ">>> x = np.array([[0., -1.], [1., 0.5]])", "grad(np.abs(np.linalg.eig(x).eigenvalues).sum(), x)",
      saying: "complex")
  }

  /// NumPy's LinAlgError for input it rejects, as in the transcript fixture.
  @Test func errors() throws {
    #expect(
      try RefusalProbe.output("", "np.linalg.eig(np.ones((2, 3)))")
        == "LinAlgError: Last 2 dimensions of the array must be square")
    #expect(
      try RefusalProbe.output("", "np.linalg.eigvals(np.array([[1., np.nan], [0., 1.]]))")
        == "LinAlgError: Array must not contain infs or NaNs")
  }
}
