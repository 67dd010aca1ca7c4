import Foundation
import Testing

/// One formula of the golden files: a name, inline or display, and its TeX (or, in the expected file, its MathML).
struct GoldenCase: Sendable, CustomTestStringConvertible {
  var name: String
  var display: Bool
  var body: String

  var testDescription: String { name }

  /// Where the golden files live, found from this source file so the tests run from any clone.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  /// The TeX inputs.
  static let inputURL = directory.appendingPathComponent("formulas.tex")

  /// The reviewed MathML for each input.
  static let expectedURL = directory.appendingPathComponent("formulas.mathml")

  /// Reads blocks that each start with a `=== name display|inline` line; the lines up to the next header are the body.
  static func read(_ url: URL) throws -> [GoldenCase] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var cases: [GoldenCase] = []
    var lines: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("=== ") {
        if !cases.isEmpty { cases[cases.count - 1].body = lines.joined(separator: "\n") }
        let fields = line.dropFirst(4).split(separator: " ")
        cases.append(GoldenCase(name: String(fields[0]), display: fields.last == "display", body: ""))
        lines = []
      } else {
        lines.append(line)
      }
    }
    // The file ends with a newline, which leaves one empty line after the last body.
    if lines.last == "" { lines.removeLast() }
    if !cases.isEmpty { cases[cases.count - 1].body = lines.joined(separator: "\n") }
    return cases
  }

  /// Writes cases in the format `read` understands.
  static func write(_ cases: [GoldenCase], to url: URL) throws {
    let text = cases.map { "=== \($0.name) \($0.display ? "display" : "inline")\n\($0.body)\n" }.joined()
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// The inputs, or none when the file cannot be read (the coverage test then fails).
  static let inputs: [GoldenCase] = (try? read(inputURL)) ?? []
}
