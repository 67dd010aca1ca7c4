import Foundation
import Testing

@testable import Pipeline

/// A page whose expected outputs NumPy printed with OpenBLAS's Haswell kernels (a CPU without AVX-512) checks clean,
/// as does one printed with its SkylakeX kernels; the statements come from
/// `TensorCoreTests/Fixtures/haswell_products.json` (`make_haswell_product_fixtures.py`), NumPy's own output.
@Suite struct ProductKernelChoiceTests {
  struct Transcript: Decodable {
    var setup: String
    var statements: [String]
    var haswell: [String]
    var skylakex: [String]
  }

  static func transcript() throws -> Transcript {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("TensorCoreTests/Fixtures/haswell_products.json")
    struct Root: Decodable { var transcript: Transcript }
    return try JSONDecoder().decode(Root.self, from: Data(contentsOf: url)).transcript
  }

  /// A chapter of the fixture's statements with `outputs` as their expected text.
  static func chapter(_ transcript: Transcript, _ outputs: [String]) -> String {
    var lines = ["# Products", "", "```tensor"]
    lines += transcript.setup.components(separatedBy: "; ").map { ">>> " + $0 }
    for (statement, output) in zip(transcript.statements, outputs) {
      lines += [">>> " + statement, output]
    }
    return (lines + ["```", ""]).joined(separator: "\n")
  }

  static func check(_ chapter: String) throws -> [String] {
    let folder = try temporaryDirectory("docbuild-product-kernels")
    let content = folder.appendingPathComponent("content")
    try writeFiles(["01-products.md": Array(chapter.utf8)], under: content)
    let options = PipelineOptions(
      contentDirectory: content.path, outputDirectory: folder.appendingPathComponent("site").path, jobs: 1,
      workingDirectory: folder.path)
    return try Pipeline.check(options).diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
  }

  @Test func eitherRecordingChecksClean() throws {
    let transcript = try Self.transcript()
    #expect(transcript.haswell != transcript.skylakex)
    #expect(try Self.check(Self.chapter(transcript, transcript.skylakex)) == [])
    #expect(try Self.check(Self.chapter(transcript, transcript.haswell)) == [])
  }

  @Test func aMixedRecordingIsReportedInTheDefaultOrder() throws {
    // The first statement as Haswell printed it and the second as SkylakeX did: neither set prints both, so the
    // page keeps its first run and reports the first statement.
    let transcript = try Self.transcript()
    var outputs = transcript.skylakex
    outputs[0] = transcript.haswell[0]
    #expect(transcript.haswell[1] != transcript.skylakex[1])
    let problems = try Self.check(Self.chapter(transcript, outputs))
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("11:5: output does not match") == true)
  }
}
