import Foundation
import Testing

@testable import Pipeline

struct InjectedFailure: Error {}

let oldSite: [String: [UInt8]] = ["index.html": Array("old home".utf8), "gone.html": Array("old page".utf8)]
let newSite: [String: [UInt8]] = [
  "index.html": Array("new home".utf8), "addition.html": Array("new page".utf8), "assets/style.css": Array("css".utf8),
]
/// `newSite` as it lands on disk: every build adds the marker that lets the next build replace the folder.
let newSiteOnDisk = newSite.merging([OutputFolder.markerName: Array(OutputFolder.markerText.utf8)]) { $1 }

@Test func buildReplacesTheOutputFolderAsAWhole() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let output = folder.appendingPathComponent("site")
  try writeFiles(oldSite, under: output)
  try WriteStage.write(newSite, to: output.path)
  #expect(try readTree(output) == newSiteOnDisk)
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
}

@Test(arguments: ["index.html", "assets/style.css", "addition.html"])
func aBuildFailingMidWriteLeavesThePreviousSite(failingAt failingPath: String) throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let output = folder.appendingPathComponent("site")
  try writeFiles(oldSite, under: output)
  #expect(throws: CommandFailure.self) {
    try WriteStage.write(newSite, to: output.path) { path in
      if path == failingPath { throw InjectedFailure() }
    }
  }
  #expect(try readTree(output) == oldSite)
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
}

@Test func aBuildKilledBetweenTheRenamesIsRecoveredByTheNextOne() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  // What a kill right after "rename old away" leaves: no output, the old site beside it, a full staging folder.
  try writeFiles(oldSite, under: folder.appendingPathComponent(".site.previous"))
  try writeFiles(newSite, under: folder.appendingPathComponent(".site.staging"))
  let output = folder.appendingPathComponent("site")
  #expect(throws: CommandFailure.self) {
    try WriteStage.write(newSite, to: output.path) { _ in throw InjectedFailure() }
  }
  #expect(try readTree(output) == oldSite)
  try WriteStage.write(newSite, to: output.path)
  #expect(try readTree(output) == newSiteOnDisk)
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
}

@Test func anUnwritableOutputCannotRun() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["blocker": Array("a file, not a folder".utf8)], under: folder)
  #expect(throws: CommandFailure.self) {
    try WriteStage.write(newSite, to: folder.appendingPathComponent("blocker/site").path)
  }
}

@Test func pathsOutsideTheOutputAreRefused() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(throws: CommandFailure.self) {
    try WriteStage.write(["../escape.html": [0x41]], to: folder.appendingPathComponent("site").path)
  }
  #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.html").path))
}

@Test(arguments: ["", "content", "content/.."])
func theOutputMayNotHoldTheContentOrTheCurrentFolder(outputRelative: String) throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["content/01-a.md": Array("# A\n".utf8)], under: folder)
  let output = outputRelative.isEmpty ? folder.path : folder.appendingPathComponent(outputRelative).path
  #expect(throws: CommandFailure.self) {
    try WriteStage.write(
      newSite, to: output, protecting: [folder.appendingPathComponent("content").path, folder.path])
  }
  #expect(try readTree(folder) == ["content/01-a.md": Array("# A\n".utf8)])
}

@Test func filesCreatedAheadThatTheSiteLacksNeverReachTheOutput() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let output = folder.appendingPathComponent("site")
  let staging = try WriteStage.prepare(output: output.path, expectedFiles: ["index.html", "ghost.html"])
  try WriteStage.write(newSite, through: staging)
  #expect(try readTree(output) == newSiteOnDisk)
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
}

@Test func aDiscardedStagingFolderLeavesOnlyTheOldSite() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let output = folder.appendingPathComponent("site")
  try writeFiles(oldSite, under: output)
  let staging = try WriteStage.prepare(output: output.path, expectedFiles: (0..<200).map { "page\($0).html" })
  staging.discard()
  #expect(try readTree(output) == oldSite)
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
}
