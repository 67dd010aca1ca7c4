import Foundation
import TestSupport
import Testing

@testable import DocbuildCLI
@testable import Pipeline

/// End-to-end tests over real snippets, math and pages.
@Suite
struct WholeBookTests {
  let bookFolder = goldenDirectory.appendingPathComponent("book")

  func options(content: URL, output: URL, jobs: Int) -> PipelineOptions {
    PipelineOptions(
      contentDirectory: content.path, outputDirectory: output.path, jobs: jobs,
      workingDirectory: content.deletingLastPathComponent().path)
  }

  @Test func theTestBookVerifiesAndRendersToGoldenPages() throws {
    let outcome = try Pipeline.check(
      options(
        content: bookFolder.appendingPathComponent("content"), output: URL(fileURLWithPath: "/nonexistent"), jobs: 2))
    #expect(
      outcome.diagnostics.isEmpty,
      "\(DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source)))")
    #expect(outcome.statistics == Statistics(chapters: 3, snippets: 6, gradientTables: 1, claims: 1))
    let files = try #require(outcome.book.site?.files)
    for path in files.keys.sorted() where path.hasSuffix(".html") {
      let html = String(decoding: files[path] ?? [], as: UTF8.self)
      Golden.check(mainElement(of: html), against: goldenDirectory.appendingPathComponent("book-html/\(path)"))
    }
  }

  /// The sites `content` builds into under `folder` with 1, 2, 2 and 8 jobs, each read as a tree of bytes.
  func sitesBuiltWithSeveralJobCounts(content: URL, under folder: URL) throws -> [[String: [UInt8]]] {
    var trees: [[String: [UInt8]]] = []
    for (index, jobs) in [1, 2, 2, 8].enumerated() {
      let output = folder.appendingPathComponent("site\(index)")
      let outcome = try Pipeline.build(options(content: content, output: output, jobs: jobs))
      #expect(outcome.diagnostics.isEmpty)
      trees.append(try readTree(output))
    }
    return trees
  }

  @Test func twoBuildsAndAnyJobCountGiveIdenticalBytes() throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = bookFolder.appendingPathComponent("content")
    let trees = try sitesBuiltWithSeveralJobCounts(content: content, under: folder)
    #expect(!trees[0].isEmpty)
    #expect(trees.allSatisfy { $0 == trees[0] })
  }

  @Test func anyJobCountGivesIdenticalBytesOnAManyChapterBook() throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = folder.appendingPathComponent("content")
    try writeSyntheticBook(chapters: 40, marker: "same", under: content)
    let trees = try sitesBuiltWithSeveralJobCounts(content: content, under: folder)
    // The home page, 40 chapters and the print page.
    #expect(trees[0].keys.filter { $0.hasSuffix(".html") }.count == 42)
    #expect(trees.allSatisfy { $0 == trees[0] })
  }

  @Test func aBadBookReportsEveryProblemAsGoldenDiagnostics() throws {
    let content = goldenDirectory.appendingPathComponent("bad/content")
    let outcome = try Pipeline.check(
      PipelineOptions(
        contentDirectory: content.path, outputDirectory: "/nonexistent", jobs: 2,
        workingDirectory: goldenDirectory.appendingPathComponent("bad").path))
    #expect(!outcome.diagnostics.isEmpty)
    let printed = DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source))
    Golden.check(printed, against: goldenDirectory.appendingPathComponent("bad/diagnostics.txt"))
  }

  @Test func aFailedBuildLeavesThePreviousSite() throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("site")
    try writeFiles(["index.html": Array("previous".utf8)], under: output)
    let outcome = try Pipeline.build(
      options(content: goldenDirectory.appendingPathComponent("bad/content"), output: output, jobs: 2))
    #expect(!outcome.diagnostics.isEmpty)
    #expect(try readTree(output) == ["index.html": Array("previous".utf8)])
  }
}
