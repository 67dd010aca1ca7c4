import Foundation
import Testing

@testable import Pipeline

/// `--memory-limit`: its values, and a chapter past it stopping at a located error while other chapters verify.
@Suite struct MemoryLimitTests {
  @Test(arguments: [
    ("2G", 2 << 30), ("512M", 512 << 20), ("4GiB", 4 << 30), ("1024K", 1 << 20), ("1048576", 1 << 20),
    ("3gb", 3 << 30),
  ])
  func sizesAreRead(text: String, bytes: Int) {
    #expect(PipelineOptions.memoryLimit(parsing: text) == bytes)
  }

  @Test(arguments: ["", "G", "-1G", "1.5G", "512", "1023K", "2T", "99999999999999999999", "１G", "0x10M"])
  func nonSizesAreRefused(text: String) {
    #expect(PipelineOptions.memoryLimit(parsing: text) == nil)
  }

  @Test func aChapterPastTheLimitStopsAtItsStatement() throws {
    let folder = try temporaryDirectory("docbuild-memory-limit")
    let content = folder.appendingPathComponent("content")
    try writeFiles(
      [
        "01-big.md": Array("# Big\n\n```tensor\nx = np.ones((200000,))\ny = x * 2.0\n```\n".utf8),
        "02-small.md": Array("# Small\n\n```tensor\n>>> np.ones((2,)).sum()\nnp.float64(2.0)\n```\n".utf8),
      ], under: content)
    var options = PipelineOptions(
      contentDirectory: content.path, outputDirectory: folder.appendingPathComponent("site").path, jobs: 2,
      workingDirectory: folder.path)
    options.memoryLimit = 2 << 20
    let outcome = try Pipeline.check(options)
    #expect(outcome.diagnostics.map { "\($0.path):\($0.line):\($0.column)" } == ["content/01-big.md:5:1"])
    #expect(
      outcome.diagnostics.first?.message.hasPrefix("MemoryError: the chapter's arrays would take more than 2 MiB")
        == true)
  }
}
