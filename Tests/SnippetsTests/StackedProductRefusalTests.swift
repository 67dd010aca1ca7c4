import Testing

@testable import Snippets

/// A product of stacks whose core product NumPy runs in its own loop instead of BLAS (a product with a vector and a
/// reversed or strided view) is refused: NumPy decides per stacked product. NumPy 2.4.6 prints
/// `[..., [0.2000000000000004, 0.17142857142857115, 0.1428571428571428]]` for the first, where docbuild's BLAS order
/// gave `0.20000000000000037` and `0.14285714285714282` (found by `Fuzz/numpy_differential.py --seed 302`).
struct StackedProductRefusalTests {
  static let setup = """
    >>> b = np.array([1.5, -2.0, 0.3])
    >>> c = np.arange(24.0).reshape(2, 3, 4) / 7
    """

  static let refused = ["(b @ c[:, ::-1, 1:]).tolist()", "(c[:, ::-1, 1:] @ b).tolist()"]
  static let computed = [
    "(b @ c[:, ::-1, 1:].copy()).tolist()", "(c.transpose(0, 2, 1) @ np.ones(3)).tolist()", "(c @ np.ones(4)).shape",
    "(c[::-1] @ np.ones(4)).tolist()",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "a matrix product of stacked arrays")
  }

  @Test(arguments: computed)
  func staysComputed(statement: String) throws {
    try RefusalProbe.expectComputed(Self.setup, statement)
  }
}
