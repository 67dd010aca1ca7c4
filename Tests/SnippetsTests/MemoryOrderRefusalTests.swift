import Testing

@testable import Snippets

/// A sum over several axes of a non-contiguous view of more than 8192 elements runs through NumPy's 8192-element
/// buffers, an order docbuild does not reproduce: refused as docbuild's limit, never printed with other digits. What
/// stays in reach (one axis, a contiguous walk, a small view) runs.
struct MemoryOrderRefusalTests {
  static let setup = """
    >>> big = np.random.default_rng(0).random((1000, 20))
    >>> small = np.random.default_rng(0).random((40, 50))
    """

  static let refused = [
    "big[::-1].sum()", "big[:, 1:].mean()", "big.T[::-1].sum()", "big.astype(np.float32)[::2].sum()",
    "big[::-1].var()", "np.average(big[:, 1:])",
  ]

  static let computed = [
    "big[::-1].sum(axis=1).shape", "big[::-1].sum(axis=0).shape", "big.T.sum() > 0", "small[::-1].sum() > 0",
    "big[1:].sum() > 0", "big[::-1].copy().sum() > 0", "np.nansum(big[:, ::-1]) > 0",
    "big[:, ::2].mean() > 0",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "8192")
  }

  @Test(arguments: computed)
  func staysComputed(statement: String) throws {
    try RefusalProbe.expectComputed(Self.setup, statement)
  }
}
