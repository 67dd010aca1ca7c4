import Testing

@testable import Snippets

/// Where CPython 3.11's grammar allows `name := value` and where it is a SyntaxError, and the nesting limit of f-string
/// specs: each statement of `Fixtures/syntax/240-session27-named-expressions.jsonl` (written by
/// `make_session27_fixtures.py` from CPython's `compile`) parses, or fails with CPython's message at CPython's column.
struct NamedExpressionSyntaxTests {
  static let cases = SyntaxFixtureCase.read("240-session27-named-expressions.jsonl")

  @Test func theFixtureIsRead() {
    #expect(Self.cases.count >= 40)
  }

  @Test(arguments: cases)
  func parsesAsCPythonCompiles(testCase: SyntaxFixtureCase) {
    let (_, errors) = Parser.parse(testCase.statement)
    guard let message = testCase.message else {
      #expect(errors.isEmpty, "\(errors.map(\.message))")
      return
    }
    #expect(errors.first?.message == message)
    // CPython 3.11 places an f-string's errors inside a copy of the expression; docbuild marks the literal.
    if !testCase.statement.hasPrefix("f'"), let column = testCase.column {
      #expect(errors.first?.range.startLocation.column == column)
    }
  }
}
