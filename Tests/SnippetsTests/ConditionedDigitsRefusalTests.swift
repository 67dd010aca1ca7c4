import Testing

@testable import Snippets

/// Results of `inv`, `solve`, `det` and `slogdet` beyond 5×5, and of `lstsq`, `pinv` and `polyfit`, of an
/// ill-conditioned matrix differ from NumPy's by about the condition number times the unit roundoff of their largest
/// entry (docbuild's LU and SVD round otherwise than LAPACK's blocked and divide-and-conquer ones): printing, rounding
/// or formatting them where that reaches the digits shown is refused, naming the condition number. Each statement
/// here printed digits NumPy 2.4.6 does not (the first from session 63's reach probe); what stays allowed beside them
/// is checked against NumPy in `Fixtures/interpreter/531-*` (`make_session64_fixtures.py`).
struct ConditionedDigitsRefusalTests {
  static let normalEquations = """
    >>> x = np.linspace(0, 1, 50)
    >>> A = np.vander(x, 8)
    >>> c = np.linalg.solve(A.T @ A, A.T @ np.cos(4 * x))
    """
  static let hilbert = ">>> H = 1.0 / (np.arange(1, 9)[:, None] + np.arange(8))"
  static let years = """
    >>> t = np.arange(1990, 2021)
    >>> v = np.sin(t / 7.0)
    """

  static let closeEigenvalues = """
    >>> Q, _ = np.linalg.qr(np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 10]]))
    >>> A = Q @ np.diag([1.0, 1.0 + 1e-9, 2.0]) @ Q.T
    >>> A = (A + A.T) / 2
    >>> B = Q @ np.diag([2.0, 1.0 + 1e-8, 1.0]) @ Q.T
    """

  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (normalEquations, "print(c)", "np.linalg.solve of a matrix whose condition number is about 1e10"),
    (normalEquations, "c", "np.linalg.solve of a matrix whose condition number is about 1e10"),
    (normalEquations, "print(np.round(c, 6))", "rounds at 1e-6, but its entries may differ from NumPy's"),
    (normalEquations, "print(f'{c[1]:.6f}')", "np.linalg.solve of an ill-conditioned matrix"),
    (normalEquations, "print('%.5f' % c[1])", "np.linalg.solve of an ill-conditioned matrix"),
    (normalEquations, "print(np.format_float_positional(c[1], precision=6))", "of an ill-conditioned matrix"),
    (normalEquations, "print(c * 2 + 1)", "np.linalg.solve of a matrix whose condition number"),
    (normalEquations, "print(c[:3])", "np.linalg.solve of a matrix whose condition number"),
    (hilbert, "print(np.linalg.inv(H)[0])", "np.linalg.inv of a matrix whose condition number is about 1e11"),
    (hilbert, "print(np.linalg.pinv(H)[0])", "np.linalg.pinv of a matrix whose condition number"),
    (hilbert, "print(np.linalg.solve(H, np.ones(8)))", "LAPACK's blocked factorization rounds otherwise"),
    (
      hilbert, "print(np.linalg.lstsq(H, np.ones(8), rcond=None)[0])",
      "docbuild's Jacobi SVD rounds otherwise than LAPACK's divide and conquer"
    ),
    (hilbert, "print(np.linalg.det(np.stack([H, H.T])))", "np.linalg.det of a matrix whose condition number"),
    (years, "print(np.polyfit(t, v, 3))", "np.polyfit of a matrix whose condition number is about 1e8"),
    (years, "print(np.round(np.polyfit(t, v, 3), 2))", "np.round of this array, computed from np.polyfit"),
    (years, "np.polyfit(t, v, 3)", "more than the last digit printed allows"),
    // autograd's rules solve with the same matrix: the gradients err as the results do.
    (hilbert, "print(grad(np.linalg.solve(H, np.ones(8)).sum(), H)[0])", "the gradient through np.linalg.solve"),
    (
      hilbert + "\n>>> import autograd.numpy as anp\n>>> from autograd import grad as agrad",
      "print(agrad(lambda b: anp.linalg.solve(H, b).sum())(np.ones(8)))", "the gradient through np.linalg.solve"
    ),
    (hilbert, "print(grad(np.linalg.inv(H).sum(), H)[0])", "the gradient through np.linalg.inv"),
    // Eigenvectors and singular vectors move by u·‖A‖/gap: eigenvalues 1e-9 apart printed docbuild's 7th digit.
    (closeEigenvalues, "print(np.linalg.eigh(A)[1])", "whose nearest eigenvalues lie about 1e-9 of its largest apart"),
    (closeEigenvalues, "print(np.linalg.eigh(A)[1][:, 0])", "computed from np.linalg.eigh"),
    (
      closeEigenvalues, "print(np.linalg.svd(B)[0])",
      "whose nearest singular values lie about 1e-8 of its largest apart"
    ),
    (closeEigenvalues, "print(np.linalg.svd(B)[2])", "whose nearest singular values lie about 1e-8"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// The advice names the precision that would be safe, and that precision prints.
  @Test func theAdvisedPrecisionPrints() throws {
    let setup = """
      >>> x = np.linspace(0, 1, 10)
      >>> y = np.array([-1.53, -0.367, -0.758, -0.482, 1.491, -0.28, 0.586, 1.586, 0.193, 0.73])
      >>> c = np.polyfit(x, y, 8)
      """
    try RefusalProbe.expectRefused(setup, "print(c)", saying: "(np.set_printoptions(precision=")
    let output = try RefusalProbe.output(setup + "\n>>> np.set_printoptions(precision=2)", "print(c)")
    #expect(!output.contains("Error"), "\(output)")
  }
}
