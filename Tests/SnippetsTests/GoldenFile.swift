import Foundation
import TestSupport
import Testing

/// A golden-test case file: sections headed `== name`, each holding a snippet of code.
///
/// Re-record every golden file with `DOCBUILD_RECORD=1 swift test --filter SnippetsTests`; recording rewrites the
/// expected files and fails the tests on purpose, so a recorded run never passes silently (and CI never records).
enum GoldenFile {
  /// The folder holding the case and expected files.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/golden")

  /// True when the run should rewrite the expected files.
  static var isRecording: Bool { Golden.isRecording }

  /// The cases of `name`, in file order: (case name, its text without the trailing newline).
  static func cases(_ name: String) throws -> [(name: String, text: String)] {
    let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    return sections(of: text)
  }

  /// Splits `== name` sections.
  static func sections(of text: String) -> [(name: String, text: String)] {
    var result: [(name: String, text: String)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("== ") {
        result.append((String(line.dropFirst(3)), ""))
      } else if !result.isEmpty {
        result[result.count - 1].text += (result[result.count - 1].text.isEmpty ? "" : "\n") + line
      }
    }
    return result.map { ($0.name, String($0.text.reversed().drop { $0 == "\n" }.reversed())) }
  }

  /// Compares actual output per case with the expected file `name`, or rewrites it when recording.
  static func verify(_ actual: [(name: String, text: String)], against name: String) throws {
    let url = directory.appendingPathComponent(name)
    if Golden.shouldRecord() {
      let text = actual.map { "== \($0.name)\n\($0.text)\n" }.joined(separator: "\n")
      try text.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); run again without DOCBUILD_RECORD to verify")
      return
    }
    let expected = Dictionary(
      try cases(name).map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
    for (caseName, text) in actual {
      #expect(
        expected[caseName] == text,
        "case \(caseName) differs from \(name)\n--- expected\n\(expected[caseName] ?? "(missing)")\n--- actual\n\(text)"
      )
    }
    #expect(expected.count == actual.count, "\(name) has \(expected.count) cases, the input \(actual.count)")
  }
}
