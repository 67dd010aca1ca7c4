import Testing

@testable import Snippets

/// `list.remove`, `index` and `count` of a NaN float in a container holding one: CPython takes an item for equal to
/// itself before calling `==`, so it finds the NaN it was given and no other (`xs.remove(n)` removes `n`;
/// `xs.count(float('nan'))` is 0). Snippets do not track which float object a NaN is, and `==` alone answered that it
/// is not there (`xs.remove(n)` raised ValueError, `xs.count(n)` was 0): refused as `n in xs` is.
struct NanSearchRefusalTests {
  static let setup = """
    >>> n = float('nan')
    >>> xs = [1, n, 2]
    """

  @Test(arguments: [
    "xs.remove(n)", "xs.count(n)", "xs.index(n)", "(1, n).index(n)", "(n, n).count(n)", "xs.count(float('nan'))",
    "n in xs",
  ])
  func nanIdentitySearchesAreRefused(statement: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: "same float object")
  }

  @Test func searchesForOtherValuesAnswer() throws {
    #expect(try RefusalProbe.output(Self.setup, "xs.count(1), xs.index(2), [n, n].count(0.5)") == "(1, 2, 0)")
  }
}
