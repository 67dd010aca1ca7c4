import Testing

@testable import Snippets

/// Where session 29's element writes stop: an iterator over an array reads the rows a refused write would have
/// changed, so it is forgotten with the array. What docbuild now runs is checked against NumPy in
/// `Fixtures/interpreter/249-session29-element-writes.txt`.
struct Session29RefusalTests {
  static let iterators = ">>> x = np.arange(3)\n>>> it = iter(x)\n>>> e = enumerate(x)\n>>> x[1] = 1e300"

  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (iterators, "next(it)", "the statement on line 4", "NameError"),
    (iterators, "next(e)", "the statement on line 4", "NameError"),
  ]

  /// `np.put_along_axis` writes into its argument, as any write: a gradient through the written array is refused. (A
  /// property test compared its gradient with finite differences while the write inside a function was lost, so
  /// both were of the array before the write.)
  @Test func aGradientThroughPutAlongAxisIsRefused() throws {
    let setup = """
      >>> def _put(a, i, v):
      ...     np.put_along_axis(a, i, v, 1)
      ...     return a
      ...
      >>> x = np.array([[3.0, 1.0], [2.0, 5.0]])
      >>> y = np.sum(_put(x * 1.0, np.argsort(x, axis=1)[..., :1], 6.0))
      """
    try RefusalProbe.expectRefused(setup, "grad(y, x)", saying: "a gradient through an array written in place")
  }

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
