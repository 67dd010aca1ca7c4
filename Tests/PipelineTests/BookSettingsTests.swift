import Foundation
import Testing

@testable import Pipeline

/// A book's own theme files and `book.json` reach the rendered site; mistakes in them are reported, not ignored.
@Suite struct BookSettingsTests {
  private static let chapter = "# One\n\nText with <b>raw</b> HTML.\n"

  private func check(_ files: [String: String]) throws -> (PipelineOutcome, URL) {
    let folder = try temporaryDirectory("docbuild-settings")
    try writeFiles(files.mapValues { Array($0.utf8) }, under: folder.appendingPathComponent("content"))
    let options = PipelineOptions(
      contentDirectory: folder.appendingPathComponent("content").path,
      outputDirectory: folder.appendingPathComponent("site").path, jobs: 1, workingDirectory: folder.path)
    return (try Pipeline.check(options), folder)
  }

  private func page(_ outcome: PipelineOutcome, _ name: String) -> String {
    String(decoding: outcome.book.site?.files[name] ?? [], as: UTF8.self)
  }

  @Test func aBookTemplateReplacesTheDefaultOne() throws {
    let (outcome, _) = try check([
      "01-one.md": Self.chapter, "page.mustache": "<p>{{pageTitle}} of {{bookTitle}}</p>", "style.css": "p{}",
    ])
    #expect(outcome.diagnostics.isEmpty)
    #expect(page(outcome, "one.html") == "<p>One of Book</p>")
    #expect(page(outcome, "style.css") == "p{}")
  }

  @Test func aBrokenTemplateIsReportedAtItsPathInTheContentFolder() throws {
    let (outcome, _) = try check(["01-one.md": Self.chapter, "page.mustache": "{{#chapters}}never closed"])
    #expect(outcome.diagnostics.map(\.path) == ["content/page.mustache"])
  }

  @Test func rawHTMLIsDroppedUnlessBookJSONAllowsIt() throws {
    let (dropped, _) = try check(["01-one.md": Self.chapter])
    #expect(!page(dropped, "one.html").contains("<b>raw</b>"))
    let (kept, _) = try check(["01-one.md": Self.chapter, "book.json": #"{"allowRawHTML": true}"#])
    #expect(page(kept, "one.html").contains("<b>raw</b>"))
  }

  @Test(arguments: [#"[true]"#, #"{"allowRawHTML": 1}"#, #"{"allowRawHtml": true}"#])
  func aMalformedBookJSONStopsTheRun(text: String) throws {
    #expect(throws: CommandFailure.self) { try check(["01-one.md": Self.chapter, "book.json": text]) }
  }
}
