import Testing

@testable import Snippets

/// What numpy.polynomial's other bases (Chebyshev, Legendre, Hermite, HermiteE, Laguerre; session 37) refuse rather
/// than print differently from NumPy: Gauss quadratures past degree 2 (their nodes and weights start from
/// `np.linalg.eigvalsh`, whose last bits docbuild has for one or two rows only), roots where LAPACK would permute a
/// 2-by-2 companion matrix, roots at rounding-noise level, complex roots whose order NumPy's sort decides by rules of
/// its own (NaN, zeros' signs), fits of ill-conditioned least-squares problems (docbuild's least squares are not
/// LAPACK's bit for bit, and there the difference could show in the printed decimals), and `axis=` other than 0. What runs is checked against NumPy in
/// `Fixtures/interpreter/343-*` to `349-*` (`make_session37_polynomial_bases_fixtures.py`).
struct PolynomialBasesRefusalTests {
  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.polynomial.legendre.leggauss(3)", "numpy.polynomial.legendre.leggauss of degree 3 is not supported"),
    ("np.polynomial.hermite.hermgauss(5)", "numpy.polynomial.hermite.hermgauss of degree 5 is not supported"),
    ("np.polynomial.hermite_e.hermegauss(4)", "numpy.polynomial.hermite_e.hermegauss of degree 4 is not supported"),
    ("np.polynomial.laguerre.laggauss(3)", "numpy.polynomial.laguerre.laggauss of degree 3 is not supported"),
    (
      "np.polynomial.laguerre.lagroots(np.polynomial.laguerre.lagfromroots([1, 3]))",
      "LAPACK's dgeev would permute its companion matrix"
    ),
    ("np.polynomial.chebyshev.chebroots((-1, 1, -1, 1))", "rounding-noise level"),
    ("np.polynomial.Laguerre.fromroots([0, 1, 2]).roots()", "rounding-noise level"),
    ("np.polynomial.chebyshev.chebder([[1, 2], [3, 4]], axis=1)", "axis= other than 0"),
    ("np.polynomial.legendre.legint([[1, 2], [3, 4]], axis=1)", "axis= other than 0"),
    (
      "np.polynomial.Laguerre.fit([-1, -0.5, 0, 0.25, 0.5, 0.75, 1], [1.5, 0.25, -2, 3, 0.5, 4, -1], 4)",
      "fit of an ill-conditioned least-squares problem"
    ),
    (
      "np.polynomial.chebyshev.chebfit([-1, -0.5, 0, 0.25, 0.5], [1.5, 0.25, -2, 3, 0.5], 3, rcond=0.5)",
      "too near the cutoff"
    ),
    ("np.polynomial.legendre.legfit([0, 1], [1, 0], 3)", "fewer points than coefficients"),
    ("np.polynomial.hermite.hermfromroots([0j, -0j])", "equal but for the sign of a zero"),
    ("np.polynomial.legendre.legfromroots([complex(np.nan, 1), 1j])", "complex values that hold NaN"),
    ("np.polynomial.Legendre([1, 2])._repr_latex_()", "_repr_latex_ (the series as LaTeX)"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: words)
  }
}
