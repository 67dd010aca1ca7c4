import Foundation
import Testing

@testable import Snippets

/// The match statements CPython 3.11's compiler rejects and those it accepts: each statement of
/// `Fixtures/syntax/365-session37-match-syntax.jsonl` (written by `make_session37_match_fixtures.py` from CPython's
/// `compile`) parses, or fails with CPython's message. Columns are not compared: docbuild marks the pattern or name
/// at fault, CPython sometimes the whole pattern.
struct MatchSyntaxTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let statement: String
    let message: String?
    var testDescription: String { statement }
  }

  static let cases: [Case] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/syntax/365-session37-match-syntax.jsonl")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      guard let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], fields.count == 3,
        let statement = fields[0] as? String
      else { return nil }
      return Case(statement: statement, message: fields[1] as? String)
    }
  }()

  @Test func theFixtureIsRead() {
    #expect(Self.cases.count >= 25)
  }

  @Test(arguments: cases)
  func parsesAsCPythonCompiles(testCase: Case) {
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
