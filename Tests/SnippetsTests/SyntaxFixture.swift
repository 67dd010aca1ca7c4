import Foundation
import Testing

/// One statement of a `Fixtures/syntax/*.jsonl` file, written from CPython 3.11's `compile`: the message of the
/// SyntaxError it raises and the column CPython gives it, both nil when it compiles.
struct SyntaxFixtureCase: Sendable, CustomTestStringConvertible {
  let statement: String
  let message: String?
  let column: Int?
  var testDescription: String { statement }

  /// The statements of `Fixtures/syntax/NAME` (its first line is a header), none when it cannot be read (each suite
  /// expects at least a count of them).
  static func read(_ name: String) -> [SyntaxFixtureCase] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/syntax/\(name)")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap { line in
      guard let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], fields.count == 3,
        let statement = fields[0] as? String
      else { return nil }
      return SyntaxFixtureCase(statement: statement, message: fields[1] as? String, column: fields[2] as? Int)
    }
  }
}
