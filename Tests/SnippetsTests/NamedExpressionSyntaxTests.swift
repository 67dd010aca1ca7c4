import Foundation
import Testing

@testable import Snippets

/// Where CPython 3.11's grammar allows `name := value` and where it is a SyntaxError, and the nesting limit of f-string
/// specs: each statement of `Fixtures/syntax/240-session27-named-expressions.jsonl` (written by
/// `make_session27_fixtures.py` from CPython's `compile`) parses, or fails with CPython's message at CPython's column.
struct NamedExpressionSyntaxTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let statement: String
    let message: String?
    let column: Int?
    var testDescription: String { statement }
  }

  static let cases: [Case] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/syntax/240-session27-named-expressions.jsonl")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      guard let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], fields.count == 3,
        let statement = fields[0] as? String
      else { return nil }
      return Case(statement: statement, message: fields[1] as? String, column: fields[2] as? Int)
    }
  }()

  @Test func theFixtureIsRead() {
    #expect(Self.cases.count >= 40)
  }

  @Test(arguments: cases)
  func parsesAsCPythonCompiles(testCase: Case) {
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
