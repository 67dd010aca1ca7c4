import Foundation
import Markdown
import TestSupport
import Testing

/// Markdown files in Golden/markdown, each with its document outline golden beside it.
let markdownGoldenInputs: [String] = {
  let folder = goldenDirectory.appendingPathComponent("markdown")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasSuffix(".md") }.sorted()
}()

/// Guards against a moved folder leaving the parameterised test with nothing to run.
@Test func thereAreMarkdownGoldenInputs() {
  #expect(markdownGoldenInputs.count >= 3)
}

@Test(arguments: markdownGoldenInputs)
func markdownParsesToTheGoldenOutline(_ name: String) throws {
  let url = goldenDirectory.appendingPathComponent("markdown/\(name)")
  let parsed = MarkdownParser.parse(try String(contentsOf: url, encoding: .utf8))
  let outline =
    parsed.document.outline + parsed.diagnostics.map { "diagnostic \($0.position): \($0.message)\n" }.joined()
  Golden.check(outline, against: goldenDirectory.appendingPathComponent("markdown/\(name.dropLast(3)).outline"))
}
