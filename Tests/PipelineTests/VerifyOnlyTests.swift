import Foundation
import Testing

@testable import Pipeline

/// `check` and `fix` from the command line render only what finds problems (bodies, links, anchors); they must report
/// exactly what a full render reports, for every kind of problem rendering finds.
@Test func checkingWithoutPagesReportsWhatAFullRenderReports() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let content = folder.appendingPathComponent("content")
  try writeFiles(
    [
      "index.md": Array("# Book\n\n[One](01-one.md), [gone](missing.md), [the data](search-index.json)\n".utf8),
      "01-one.md": Array("# One\n\n[back](index.md#nowhere) and @eq-unknown.\n\n```tensor\n>>> 1 + 1\n2\n```\n".utf8),
      "search-index.json": Array("{}".utf8),
    ], under: content)
  var options = PipelineOptions(
    contentDirectory: content.path, outputDirectory: folder.appendingPathComponent("site").path, jobs: 2,
    workingDirectory: folder.path)
  let full = try Pipeline.check(options)
  options.rendersPages = false
  let verifyOnly = try Pipeline.check(options)
  #expect(full.diagnostics.count >= 3)
  #expect(verifyOnly.diagnostics == full.diagnostics)
  #expect(verifyOnly.statistics == full.statistics)
  // Nothing but the bodies was rendered: the page files are named and empty.
  #expect(verifyOnly.book.site?.files["one.html"] == [])
  #expect(full.book.site?.files["one.html"]?.isEmpty == false)
}
