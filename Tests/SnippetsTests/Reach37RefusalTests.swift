import Testing

@testable import Snippets

/// What session 37's reach probe (reach37) turned from a wrong output into a refusal: the condition number of an
/// ill-conditioned matrix formatted with nine significant digits (Praveen Chandrashekar's notes print
/// `np.linalg.cond` of Vandermonde matrices with `'%20.8e'`: past N = 18 docbuild's smallest singular value, and so
/// the ratio, differed from LAPACK's in the ninth digit), and eigenvalues or singular values below 1e-8 of their
/// matrix's largest entry shown in an array or formatted. What still runs is checked against NumPy in
/// `Fixtures/interpreter/360-*` to `362-*` (`make_session37_reach_fixtures.py`).
struct Reach37RefusalTests {
  /// A Vandermonde matrix of 22 points, whose condition number is about 2.5e9.
  static let vandermonde = ">>> V = np.vander(np.linspace(-1.0, 1.0, 22), increasing=True)"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      vandermonde, "print('%20.8e' % np.linalg.cond(V))", "np.linalg.cond of a matrix whose condition number passes 1e5"
    ),
    (vandermonde, "np.linalg.cond(V.T, 2) > 1e8", "np.linalg.cond of a matrix whose condition number passes 1e5"),
    (vandermonde, "np.linalg.cond(np.array([[1., 1], [1, 1]]))", "the singular values of this rank-deficient matrix"),
    (
      vandermonde, "np.linalg.svd(V, compute_uv=False)",
      "this array was computed from np.linalg.svd's result and holds an entry below 1e-8 of the largest"
    ),
    (
      vandermonde + "\n>>> s = np.linalg.svd(V, compute_uv=False)", "'%.8e' % s[-1]",
      "this number was computed from np.linalg.svd's result and is below 1e-8 of its matrix's largest entry"
    ),
    (
      vandermonde + "\n>>> s = np.linalg.svd(V, compute_uv=False)", "f'{s[-1]:.8e}'",
      "is below 1e-8 of its matrix's largest entry"
    ),
    (
      ">>> w = np.linalg.eigvalsh(np.array([[1., 0], [0, 1e-10]]) + 1e-12)", "w",
      "this array was computed from np.linalg.eigvalsh's result and holds an entry below 1e-8 of the largest"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
