import Testing

@testable import Snippets

/// What issue 10's eighth round refuses rather than print differently from NumPy (the `REFUSED` list of
/// Fixtures/make_numpy8_fixtures.py), each a NotImplementedError at the statement naming what is missing.
struct NumpyPolynomialRefusalTests {
  @Test(arguments: [
    ("np.polynomial.Polynomial([1, 2, 3, 4]).roots()[0]", "np.linalg.eigvals"),
    ("np.polynomial.Polynomial.fit([0.0, 1.0, 2.0], [1.0, 2.7, 5.8], 1)(2.5)", "lstsq"),
    ("np.poly1d(np.polyfit([0.0, 1.0, 2.0], [1.0, 2.7, 5.8], 1))(0.5)", "polyfit"),
    ("np.min_scalar_type(2**64)", "dtype('O')"), ("np.min_scalar_type('i4')", "string dtype"),
    ("np.poly1d([1j, 2])(3)", "complex"),
    ("np.polynomial.Chebyshev.fit([0.0, 1.0], [1.0, 2.0], 3)", "fewer points than coefficients"),
    ("np.ma.array([1, 2]).sum(axis=0, keepdims=True)", "arguments other than axis"),
    ("np.ma.median([1, 2])", "numpy.ma.median"),
    ("np.polynomial.polynomial.polyfit(np.arange(20.0), np.arange(20.0) % 3, 9)", "ill-conditioned"),
  ])
  func refusedWithItsName(code: String, named: String) {
    RefusalProbe.expectScriptRefused(code, naming: named)
  }
}
