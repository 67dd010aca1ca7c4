import Testing

@testable import Snippets

/// What session 36's reach probe (reach36) turned from a wrong output into a refusal: the residuals of
/// `np.linalg.lstsq` printed with every digit (NumPy's are LAPACK dgelsd's sums over its transformed right-hand side,
/// docbuild's over its own solution's misfit, so the last digits differ: QuantEcon's linear equations lecture printed
/// `0.07142857142857131` where NumPy prints `0.07142857142857066`), and `np.isclose` or `np.allclose` of complex values
/// beside float32 or complex64 ones (NumPy computes those in float32); a residual of lstsq at rounding-noise level
/// (a fit through exact data) where it is printed, no longer at the fit (making a Chebyshev, Legendre, Laguerre,
/// Hermite or HermiteE polynomial, refused then, runs since session 37: PolynomialBasesRefusalTests). What now runs is
/// checked against NumPy in
/// `Fixtures/interpreter/336-*` to `345-*` (`make_session36_reach_fixtures.py`).
struct Reach36RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> x, res, rank, s = np.linalg.lstsq(np.array([[1, -11], [1, -7], [1, -3]]), np.array([[1], [3], [8]]),"
        + " rcond=None)", "res[0]", "this number was computed from np.linalg.lstsq's result"
    ),
    (
      ">>> x, res, rank, s = np.linalg.lstsq(np.array([[1., 0], [1, 1], [1, 2]]), np.array([1., 0, 4]), rcond=None)",
      "print(f'{res[0]}')", "this number was computed from np.linalg.lstsq's result"
    ),
    (
      ">>> x, res, rank, s = np.linalg.lstsq(np.array([[1., 0], [1, 1], [1, 2]]), np.array([1., 0, 4]), rcond=None)",
      "res.tolist()", "this number was computed from np.linalg.lstsq's result"
    ),
    (
      "", "np.isclose(np.array([1+1j]), np.float32([1]))", "np.isclose and np.allclose of complex values beside float32"
    ),
    (
      ">>> x, res, rank, s = np.linalg.lstsq(np.array([[1., 0], [1, 1], [1, 2]]), np.array([1., 3, 5]), rcond=None)",
      "res", "this array was computed from np.linalg.lstsq's result and holds an entry at rounding-noise level"
    ),
    ("", "np.allclose(np.complex64([1+1j]), 1+1j)", "np.isclose and np.allclose of complex values beside complex64"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
