import Foundation
import Testing

@testable import Pipeline

/// The `docbuild` executable built beside this test bundle.
let docbuildExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  .appendingPathComponent("docbuild")

/// Writes a book of `chapters` chapters whose pages carry `marker`.
func writeSyntheticBook(chapters: Int, marker: String, under content: URL) throws {
  var files: [String: [UInt8]] = [:]
  for index in 1...chapters {
    let text = """
      # Chapter \(index) \(marker)

      Some prose about $x_\(index)$ and more prose.

      ```tensor
      >>> a = np.arange(\(index % 7 + 1))
      >>> a.shape
      (\(index % 7 + 1),)
      ```

      """
    files[String(format: "%04d-chapter-%d.md", index, index)] = Array(text.utf8)
  }
  try writeFiles(files, under: content)
}

/// A real `docbuild build` killed at many moments leaves either the whole old site or the whole new one.
@Suite
struct KilledBuildTests {
  func build(content: URL, output: URL) throws -> Process {
    // `swift test` builds the executable beside the test bundle.
    try #require(FileManager.default.isExecutableFile(atPath: docbuildExecutable.path), "no docbuild beside the tests")
    let process = Process()
    process.executableURL = docbuildExecutable
    process.arguments = ["build", "--content", content.path, "--output", output.path, "--jobs", "2", "--quiet"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func killingABuildAtAnyMomentLeavesAWholeSite() throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let oldContent = folder.appendingPathComponent("old")
    let newContent = folder.appendingPathComponent("new")
    try writeSyntheticBook(chapters: 120, marker: "old", under: oldContent)
    try writeSyntheticBook(chapters: 120, marker: "new", under: newContent)
    let reference = folder.appendingPathComponent("reference")
    let site = folder.appendingPathComponent("site")
    for (content, output) in [(newContent, reference), (oldContent, site)] {
      let process = try build(content: content, output: output)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let oldTree = try readTree(site)
    let newTree = try readTree(reference)
    #expect(oldTree != newTree)
    let started = Date()
    let full = try build(content: newContent, output: folder.appendingPathComponent("timing"))
    full.waitUntilExit()
    let duration = Date().timeIntervalSince(started)
    var sawOld = false
    for step in 0..<12 {
      try? FileManager.default.removeItem(at: site)
      try writeFiles(oldTree, under: site)
      let process = try build(content: newContent, output: site)
      Thread.sleep(forTimeInterval: duration * Double(step) / 10)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let tree = try readTree(site)
      #expect(tree == oldTree || tree == newTree, "killed after \(step)/10 of a build: a mixed site")
      sawOld = sawOld || tree == oldTree
    }
    #expect(sawOld)
  }
}
