import Testing

@testable import Snippets

/// What session 51 refuses where docbuild printed unrefused digits: the `.base` of a view of a decomposition's result.
/// `.base` gathered the root's elements without the history that told printing they came from `np.linalg.eigvals` or
/// `np.linalg.svd`, so an entry at rounding-noise level printed docbuild's digits where NumPy prints LAPACK's
/// (`w[1:].base` printed -3.21775239e-16 where NumPy prints -9.75918483e-16).
struct Session51RefusalTests {
  static let singular = """
    >>> import numpy as np
    >>> m = np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]])
    """

  @Test(arguments: [
    ("w = np.linalg.eigvals(m)", "w[1:].base"), ("w = np.linalg.eigvals(m)", "w.base"),
    ("w, v = np.linalg.eig(m)", "w.base"), ("w = np.linalg.eigvals(m)", "w.reshape(3, 1).base.real"),
    ("s = np.linalg.svd(m, compute_uv=False)", "s[:1].base"),
  ])
  func basesOfDecompositionViewsKeepTheOrigin(computed: String, shown: String) throws {
    try RefusalProbe.expectRefused(
      Self.singular + "\n>>> " + computed, shown, saying: "rounding-noise level")
  }
}
