import Testing

@testable import Snippets

/// What snippets do not compute on NumPy string arrays must be refused: an error marked as docbuild's own limit that
/// names string arrays, so no transcript can show it as expected output and no page shows a value NumPy would not.
/// (`np.zeros`, `ones`, `full`, `linspace` and `logspace` with a string dtype run since session 45: fixture 467.)
struct StringArrayRefusalTests {
  static let setup = """
    >>> a = np.array(['b', 'a', 'hello'])
    >>> m = np.array([['b', 'a'], ['c', 'd']])
    """

  static let refused: [String] = [
    "np.exp(a)", "np.sqrt(a)", "np.mean(a, axis=0)", "np.roll(a, 1)", "np.tile(a, 2)", "np.repeat(a, 2)",
    "np.flip(a)", "np.zeros(3, dtype='>U5')", "np.full(2, 1j, dtype=str)", "np.full(2, 'x')", "np.linalg.norm(a)",
    "a.fill('x')", "a.clip(1, 2)", "np.sort(m, axis=0)", "np.array([a[0], 10**20])", "a @ a", "a ** 2", "a // 2",
    "np.char.split(a)", "np.char.partition(a, 'l')", "np.isnan(a)", "np.abs(a)", "a.view()", "np.dot(a, a)",
    "np.diff(a)", "np.char.encode(a)", "np.strings.slice(a, 1)", "np.arange(3) + a[0]",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: "")
  }
}
