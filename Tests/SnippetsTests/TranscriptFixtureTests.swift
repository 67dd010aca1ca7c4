import Foundation
import SourceText
import Testing

@testable import Snippets
@testable import TensorCore

/// End-to-end transcripts whose expected text comes from real NumPy: `transcripts/` from
/// `Fixtures/make_transcript_fixtures.py`, `interpreter/` from `Fixtures/make_interpreter_fixtures.py` and `numpy/`
/// from `Fixtures/make_numpy_fixtures.py`, `dtypes/` from `Fixtures/make_dtype_fixtures.py`, `complex/` from
/// `Fixtures/make_complex_fixtures.py`, `strings/` from `Fixtures/make_string_fixtures.py`, `structured/` from
/// `Fixtures/make_structured_fixtures.py`, `float16/` from `Fixtures/make_float16_transcript_fixtures.py`, `memorder/`
/// from `Fixtures/make_memorder_fixtures.py`, `revstride/` from `Fixtures/make_revstride_fixtures.py`, `svmllogs/`
/// from `Fixtures/make_svmllogs_fixtures.py`, `svmltrig/` from `Fixtures/make_svmltrig_fixtures.py`. Every
/// statement of every file must run through `SnippetSession` and print exactly what Python and NumPy printed.
struct TranscriptFixtureTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Fixture files as paths relative to `Fixtures/`.
  static var fixtureNames: [String] {
    [
      "transcripts", "interpreter", "numpy", "dtypes", "complex", "strings", "structured", "float16", "memorder",
      "revstride", "svmllogs", "svmltrig",
    ]
    .flatMap { folder in
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? []
      return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
    }
  }

  /// Guards against a moved folder leaving the parameterised test with nothing to run.
  @Test(arguments: [
    ("transcripts/", 300), ("interpreter/", 1000), ("numpy/", 600), ("dtypes/", 500), ("complex/", 400),
    ("strings/", 300), ("structured/", 300), ("float16/", 250), ("memorder/", 1300), ("revstride/", 400),
    ("svmllogs/", 110), ("svmltrig/", 160),
  ])
  func thereAreEnoughFixtureStatements(folder: String, least: Int) throws {
    var count = 0
    for name in Self.fixtureNames where name.hasPrefix(folder) {
      let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
      count += text.split(separator: "\n").filter { $0.hasPrefix(">>> ") }.count
    }
    #expect(count >= least, "only \(count) fixture statements under \(folder)")
  }

  @Test(arguments: fixtureNames)
  func everyStatementMatchesNumPy(name: String) throws {
    let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    // The header comments before the first prompt describe the file; they are not part of the transcript.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let firstPrompt = lines.firstIndex { $0.hasPrefix(">>>") } ?? lines.count
    let transcript = lines[firstPrompt...].joined(separator: "\n")
    // Memory is measured after every statement, so each one runs on values whose unneeded histories were just
    // forgotten, as the book's run forgets them (all of them in a chapter that takes no gradient).
    let session = SnippetSession(
      meter: ResourceMeter(
        memoryLimit: ResourceMeter.defaultMemoryLimit, elementOperations: ResourceMeter.elementOperationLimit,
        multiplyAdds: ResourceMeter.multiplyAddLimit,
        numericalGradientOperations: ResourceMeter.numericalGradientLimit, measuresAlways: true))
    session.expectGradients(SnippetSession.mayTakeGradients(in: [transcript]))
    let result = session.check(
      Snippet(text: transcript, origin: SourcePosition(line: firstPrompt + 1, column: 1)))
    #expect(result.form == .transcript)
    #expect(result.statements.count == lines.filter { $0.hasPrefix(">>> ") }.count)
    for statement in result.statements where !statement.passed {
      Issue.record(
        """
        \(name):\(statement.location.line): >>> \(statement.code)
        --- expected
        \(statement.expected ?? "")
        --- actual
        \(statement.output)
        """)
    }
    for diagnostic in result.diagnostics
    where !result.statements.contains(where: { !$0.passed && $0.location == diagnostic.location }) {
      Issue.record("\(name):\(diagnostic.location.line): \(diagnostic.message) \(diagnostic.notes)")
    }
  }
}
