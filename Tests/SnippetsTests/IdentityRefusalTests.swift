import Testing

@testable import Snippets

/// `is` answers where docbuild knows which object a value is (containers, arrays, objects, names bound one to the
/// other) and is refused by name where CPython's answer depends on whether it made one object or two (equal numbers,
/// strings, tuples).
struct IdentityRefusalTests {
  static let setup = """
    >>> a = 'A string'
    >>> b = a
    >>> xs = [1, 2]
    >>> ys = xs
    """

  @Test(arguments: [
    ("a is 'A string'", "two equal str values"), ("(1, 2) is (1, 2)", "two equal tuple values"),
    ("1000 is 1000", "two equal int values"),
  ])
  func numbersStringsAndTuplesAreRefusedByType(statement: String, naming: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: naming)
  }

  @Test func containersCompareByIdentity() throws {
    #expect(try RefusalProbe.output(Self.setup, "xs is ys, xs is [1, 2], xs is not ys") == "(True, False, False)")
    #expect(try RefusalProbe.output(Self.setup, "a is b, b is not a, 7 is 7") == "(True, False, True)")
  }
}
