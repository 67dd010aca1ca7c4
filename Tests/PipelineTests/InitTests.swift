import Foundation
import Testing

@testable import DocbuildCLI
@testable import Pipeline

@Test func theStarterBookBuildsAndChecksClean() throws {
  let folder = try temporaryDirectory("docbuild-init")
  defer { try? FileManager.default.removeItem(at: folder) }
  let book = folder.appendingPathComponent("my book").path
  #expect(Docbuild.main(["init", book]) == 0)
  let options = PipelineOptions(
    contentDirectory: "content", outputDirectory: "site", jobs: 1, workingDirectory: book)
  let checked = try Pipeline.check(options)
  #expect(checked.diagnostics == [])
  #expect(checked.book.warnings == [])
  // Every kind of block the starter chapter is there to show.
  let statistics = checked.statistics
  #expect(statistics == Statistics(chapters: 1, snippets: 3, gradientTables: 1, claims: 1))
  let built = try Pipeline.build(options)
  #expect(built.verified)
  let page = try String(contentsOfFile: book + "/site/first-steps.html", encoding: .utf8)
  #expect(page.contains("<math display=\"block\""))
  #expect(page.contains("array([ 0.5, -2. ,  6. ])"))
  let ignore = try String(contentsOfFile: book + "/.gitignore", encoding: .utf8)
  #expect(ignore.contains("/site/") && ignore.contains("/.site.lock") && ignore.contains("/.docbuild/"))
  let ci = try String(contentsOfFile: book + "/ci/check-book.sh", encoding: .utf8)
  #expect(ci.contains("docbuild check"))
}

@Test func initNeverOverwritesAFile() throws {
  let folder = try temporaryDirectory("docbuild-init")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles([".gitignore": Array("mine\n".utf8)], under: folder)
  #expect(throws: CommandFailure("'\(folder.path)/.gitignore' already exists; docbuild init never overwrites a file")) {
    try StarterBook.create(in: folder.path)
  }
  #expect(Docbuild.main(["init", folder.path]) == 2)
  // Nothing was written, and the author's file is as it was.
  #expect(!FileManager.default.fileExists(atPath: folder.path + "/content"))
  #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == "mine\n")
}

@Test func initIntoAFileIsRefused() throws {
  let folder = try temporaryDirectory("docbuild-init")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["plain": [1]], under: folder)
  #expect(Docbuild.main(["init", folder.path + "/plain"]) == 2)
}
