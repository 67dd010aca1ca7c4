import TestSupport
import Testing

@testable import Snippets

/// Parser golden tests: each case's AST dump (every node with its range) against `golden/parser-cases.ast`.
@Test func parserDumpsMatchGolden() throws {
  let actual = try GoldenFile.cases("parser-cases.txt").map { testCase in
    let (statements, errors) = Parser.parse(testCase.text)
    let errorLines = errors.map {
      "error \($0.range.startLocation.line):\($0.range.startLocation.column) \($0.message)"
    }
    return (testCase.name, ([ASTDump.dump(statements)] + errorLines).joined(separator: "\n"))
  }
  try GoldenFile.verify(actual, against: "parser-cases.ast")
}

/// Syntax-error golden tests: messages against `golden/syntax-error-cases.expected`, positions from the markers.
@Test func syntaxErrorsMatchGoldenAndMarkers() throws {
  var actual: [(name: String, text: String)] = []
  for testCase in try GoldenFile.cases("syntax-error-cases.txt") {
    let marked = Marked(testCase.text)
    let (_, errors) = Parser.parse(marked.text)
    let positions: [String] = errors.map { "\($0.range.startLocation.line):\($0.range.startLocation.column)" }
    let markers: [String] = marked.marks.map { "\($0.line):\($0.column)" }
    #expect(positions == markers, "case \(testCase.name)")
    actual.append((testCase.name, errors.map(\.errorLine).joined(separator: "\n")))
  }
  try GoldenFile.verify(actual, against: "syntax-error-cases.expected")
}
