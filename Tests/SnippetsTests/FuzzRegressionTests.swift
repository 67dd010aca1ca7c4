import Foundation
import SourceText
import Testing

@testable import Snippets

/// Every committed fuzz input (`Fuzz/seeds`, and `Fuzz/regressions` for inputs that once crashed or hung) runs
/// through the session and the highlighter exactly as the fuzz entry point runs them, without crashing.
struct FuzzRegressionTests {
  static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fuzz").standardized

  static var inputs: [String] {
    ["seeds", "regressions"].flatMap { folder in
      let path = fuzzFolder.appendingPathComponent(folder).path
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      // `regressions/pages` belongs to the page fuzzer (`PageFuzzRegressionTests`).
      return names.filter { !$0.hasPrefix(".") && $0 != "pages" }.sorted().map { "\(folder)/\($0)" }
    }
  }

  /// Guards against a moved `Fuzz/` folder leaving the replay with nothing to run.
  @Test func thereAreSeeds() {
    #expect(Self.inputs.filter { $0.hasPrefix("seeds/") }.count >= 3)
  }

  @Test(arguments: inputs)
  func committedInputRunsCleanly(name: String) throws {
    let bytes = try Data(contentsOf: Self.fuzzFolder.appendingPathComponent(name))
    guard let flags = bytes.first else { return }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let session = SnippetSession()
    for (position, block) in text.split(separator: "\0", omittingEmptySubsequences: false).enumerated() {
      let code = String(block)
      let options = SnippetOptions(
        hide: flags & 4 != 0, expectsError: flags & 1 != 0, fresh: position > 0 && flags & 2 != 0)
      _ = session.check(Snippet(text: code, origin: SourcePosition(line: 1, column: 1), options: options))
      #expect(highlight(code).map(\.text).joined() == code)
    }
  }
}
