import Foundation
import Testing

@testable import DocbuildCLI
@testable import Pipeline

/// The shipped book's script blocks print, in docbuild, exactly what they print in CPython with NumPy and autograd:
/// `Fixtures/script-outputs.txt` is written by `python3 Tests/numpy-parity.py --fix` (which also checks it against
/// CPython on every run), and this test holds docbuild's own output to it. Transcripts need no such file: their
/// expected text is in the chapter, and both docbuild and the parity script compare with it.
@Suite struct ShippedBookScriptOutputTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/script-outputs.txt")

  /// "content/04-training.md #1: def loss(W, b):" → printed text, from the fixture's `== ` sections.
  static func expectedOutputs() throws -> [String: String] {
    var outputs: [String: String] = [:]
    var key: String?
    var lines: [String] = []
    func finish() { if let key { outputs[key] = lines.joined(separator: "\n") } }
    let text = try String(contentsOf: fixture, encoding: .utf8)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") && key == nil { continue }
      if line.hasPrefix("== ") {
        finish()
        key = String(line.dropFirst(3))
        lines = []
      } else if key != nil {
        lines.append(String(line))
      }
    }
    if lines.last == "" { lines.removeLast() }
    finish()
    return outputs
  }

  @Test func everyPrintingScriptMatchesCPython() throws {
    let expected = try Self.expectedOutputs()
    #expect(expected.keys.contains { $0.hasPrefix("content/04-training.md") })
    let outcome = try Pipeline.check(
      PipelineOptions(
        contentDirectory: Self.repository.appendingPathComponent("content").path,
        outputDirectory: "/nonexistent", jobs: 2, workingDirectory: Self.repository.path))
    #expect(outcome.diagnostics.isEmpty)
    var actual: [String: String] = [:]
    for page in outcome.book.pages {
      for (ordinal, block) in page.tensorBlocks.enumerated() {
        let words = block.block.info.split(separator: " ")
        guard let result = page.results[block.id], result.form == .script, !words.contains("hide"),
          !words.contains("error")
        else { continue }
        let printed = result.statements.map { trimmingFinalNewlines($0.output) }.filter { !$0.isEmpty }
        guard !printed.isEmpty else { continue }
        let firstLine = block.block.literal.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        actual["\(page.source.path) #\(ordinal): \(firstLine)"] = printed.joined(separator: "\n")
      }
    }
    #expect(actual.keys.sorted() == expected.keys.sorted())
    for key in expected.keys.sorted() {
      #expect(actual[key] == expected[key], "\(key)")
    }
  }
}
