import Testing

@testable import Snippets

/// The match statements CPython 3.11's compiler rejects and those it accepts: each statement of
/// `Fixtures/syntax/365-session37-match-syntax.jsonl` (written by `make_session37_match_fixtures.py` from CPython's
/// `compile`) parses, or fails with CPython's message. Columns are not compared: docbuild marks the pattern or name
/// at fault, CPython sometimes the whole pattern.
struct MatchSyntaxTests {
  static let cases = SyntaxFixtureCase.read("365-session37-match-syntax.jsonl")

  @Test func theFixtureIsRead() {
    #expect(Self.cases.count >= 25)
  }

  @Test(arguments: cases)
  func parsesAsCPythonCompiles(testCase: SyntaxFixtureCase) {
    let (_, errors) = Parser.parse(testCase.statement)
    guard let message = testCase.message else {
      #expect(errors.isEmpty, "\(errors.map(\.message))")
      return
    }
    #expect(errors.first?.message == message)
  }

  /// A `yield` inside a case of a generator function is refused, not run as a plain statement.
  @Test func yieldInsideACaseIsRefused() {
    let (_, errors) = Parser.parse("def g(x):\n    match x:\n        case 1:\n            yield 1")
    #expect(errors.first?.message.hasPrefix("'yield' inside a 'match' statement's case is not supported") == true)
  }
}
