import Foundation
import Testing

@testable import Pipeline

/// A build whose content fails writes nothing: the old site stays, and the files created ahead in the staging folder
/// while the book ran are gone.
@Test func aFailedBuildLeavesTheOldSiteAndNoStagingFolder() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let content = folder.appendingPathComponent("content")
  let output = folder.appendingPathComponent("site")
  try writeFiles(
    ["01-one.md": Array("# One\n\n```tensor\n>>> 1 + 1\n3\n```\n".utf8)], under: content)
  try writeFiles(["keep.html": Array("old".utf8)], under: output)
  let options = PipelineOptions(
    contentDirectory: content.path, outputDirectory: output.path, jobs: 2, workingDirectory: folder.path)
  let outcome = try Pipeline.build(options)
  #expect(!outcome.verified)
  #expect(try readTree(output) == ["keep.html": Array("old".utf8)])
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["content", "site"])
}
