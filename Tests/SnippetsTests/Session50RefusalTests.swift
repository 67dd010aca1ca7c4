import Testing

@testable import Snippets

/// What session 50 refuses where docbuild printed unrefused digits: eigenvalues written through a view of them. A
/// write through a view (`v = w[:]; v.sort()`) gathered `w` and `v` again without the history that told printing they
/// came from `np.linalg.eigvals`, so an entry at rounding-noise level printed docbuild's digits where NumPy prints
/// LAPACK's.
struct Session50RefusalTests {
  static let eigenvalues = """
    >>> import numpy as np
    >>> m = np.polynomial.laguerre.lagcompanion(np.polynomial.laguerre.lagfromroots([0, 1, 2]))
    >>> w = np.linalg.eigvals(m)
    """

  @Test(arguments: [
    ("v = w[:]\n>>> v.sort()", "w"), ("v = w[:]\n>>> v.sort()", "v"), ("v = w[::-1]\n>>> v[0] = 5.0", "w"),
    ("v = w[::-1]\n>>> v[0] = 5.0", "v"), ("v = w.reshape(3, 1)\n>>> v += 0", "w"),
  ])
  func writesThroughViewsKeepTheOrigin(write: String, shown: String) throws {
    try RefusalProbe.expectRefused(
      Self.eigenvalues + "\n>>> " + write, shown, saying: "computed from np.linalg.eigvals's result")
  }
}
