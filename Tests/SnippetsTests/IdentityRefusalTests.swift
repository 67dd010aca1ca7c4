import Testing

@testable import Snippets

/// `is` answers where docbuild knows which object a value is (containers, arrays, objects) and is refused by name
/// where CPython's answer depends on whether it made one object or two (numbers, strings, tuples).
struct IdentityRefusalTests {
  static let setup = """
    >>> a = 'A string'
    >>> b = a
    >>> xs = [1, 2]
    >>> ys = xs
    """

  @Test(arguments: [
    ("a is b", "two str values"), ("(1, 2) is (1, 2)", "two tuple values"), ("7 is 7", "two int values"),
  ])
  func numbersStringsAndTuplesAreRefusedByType(statement: String, naming: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: naming)
  }

  @Test func containersCompareByIdentity() throws {
    #expect(try RefusalProbe.output(Self.setup, "xs is ys, xs is [1, 2], xs is not ys") == "(True, False, False)")
  }
}
