import Testing

@testable import Snippets

/// Differentiating with respect to an integer, bool or complex array, or a complex scalar: autograd boxes them and
/// fails, if at all, only where a result is an integer scalar, so Hjorth-Jensen's notes take `grad(cost)(a)` of
/// `a = np.array([[4, 5, 6]]).T` and print its float gradient; main raised `Can't differentiate w.r.t. type <class
/// 'numpy.ndarray'>` there, an error CPython does not raise. Refused; a NumPy integer scalar keeps autograd's
/// TypeError (`<class 'numpy.int64'>` has no box), checked below against the text CPython prints.
struct IntegerDerivativeRefusalTests {
  static let setup = ">>> import autograd.numpy as anp\n>>> from autograd import grad"

  static let refused: [String] = [
    "grad(lambda x: anp.sum(anp.log(x + 10e-10)))(np.array([[4, 5, 6]]).T)",
    "grad(lambda x: anp.sum(x * 2.0))(np.array([True, False]))",
    "grad(lambda x: anp.sum(anp.abs(x)))(np.array([1j, 2.0]))",
    "grad(lambda x: anp.abs(x))(np.complex128(1j))",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "docbuild differentiates float64 values only")
  }

  @Test func aNumpyIntegerScalarKeepsAutogradsError() throws {
    #expect(
      try RefusalProbe.output(Self.setup, "grad(lambda x: x * 2.0)(np.int64(3))")
        == "TypeError: Can't differentiate w.r.t. type <class 'numpy.int64'>")
  }
}
