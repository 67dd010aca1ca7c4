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

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
