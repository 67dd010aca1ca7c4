import Foundation
import TestSupport
import Testing

@testable import Pipeline

/// Markdown pages without tensor blocks, rendered through the whole pipeline; the page's `<main>` is the golden.
@Suite
struct MarkdownHTMLGoldenTests {
  @Test(arguments: ["prose.md", "seed.md"])
  func markdownRendersToTheGoldenHTMLFragment(_ name: String) throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try Data(contentsOf: goldenDirectory.appendingPathComponent("markdown/\(name)"))
    try writeFiles(["content/01-\(name)": [UInt8](source)], under: folder)
    let outcome = try Pipeline.check(
      PipelineOptions(
        contentDirectory: folder.appendingPathComponent("content").path, outputDirectory: "/nonexistent", jobs: 1,
        workingDirectory: folder.path))
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
    let page = String(decoding: outcome.book.site?.files["\(name.dropLast(3)).html"] ?? [], as: UTF8.self)
    let fragment = mainElement(of: page)
    Golden.check(fragment, against: goldenDirectory.appendingPathComponent("markdown/\(name.dropLast(3)).html"))
  }
}

/// The `<main …>…</main>` element of a page, or the whole page when it has none.
func mainElement(of page: String) -> String {
  guard let start = page.range(of: "<main"),
    let end = page.range(of: "</main>", range: start.upperBound..<page.endIndex)
  else { return page }
  return String(page[start.lowerBound..<end.upperBound]) + "\n"
}
