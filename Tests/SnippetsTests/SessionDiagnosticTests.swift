import SourceText
import TestSupport
import Testing

@testable import Snippets

/// Session diagnostics: messages and notes against `golden/session-diagnostic-cases.expected`, positions (in file
/// coordinates, through a snippet origin that is neither line 1 nor column 1) from the markers.
@Test func sessionDiagnosticsMatchGoldenAndMarkers() throws {
  let origin = SourcePosition(line: 40, column: 5)
  var actual: [(name: String, text: String)] = []
  for testCase in try GoldenFile.cases("session-diagnostic-cases.txt") {
    var text = testCase.text
    var options = SnippetOptions()
    if text.hasPrefix("[error]\n") {
      options.expectsError = true
      text.removeFirst("[error]\n".count)
    }
    let marked = Marked(text)
    let result = SnippetSession().check(Snippet(text: marked.text, origin: origin, options: options))
    let positions = result.diagnostics.map { "\($0.location.line):\($0.location.column)" }
    let markers = marked.marks.map { "\(origin.line + $0.line - 1):\(origin.column + $0.column - 1)" }
    #expect(positions == markers, "case \(testCase.name)")
    let lines = result.diagnostics.flatMap { diagnostic in
      ["error: " + diagnostic.message] + diagnostic.notes.map { "note: " + $0 }
    }
    actual.append((testCase.name, lines.joined(separator: "\n")))
  }
  try GoldenFile.verify(actual, against: "session-diagnostic-cases.expected")
}
