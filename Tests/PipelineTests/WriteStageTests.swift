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

/// The inode and link count of the file at `path` (links not followed).
private func identity(_ path: URL) -> (inode: UInt, links: UInt)? {
  var status = stat()
  guard lstat(path.path, &status) == 0 else { return nil }
  return (UInt(status.st_ino), UInt(status.st_nlink))
}

@Test func aRebuildLinksTheOldSitesUnchangedFilesAndWritesTheRest() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let output = folder.appendingPathComponent("site")
  try WriteStage.write(newSite, to: output.path)
  let before = try #require(identity(output.appendingPathComponent("index.html")))
  let changedBefore = try #require(identity(output.appendingPathComponent("addition.html")))
  let styleBefore = try #require(identity(output.appendingPathComponent("assets/style.css")))
  var next = newSite
  next["addition.html"] = Array("new page, edited".utf8)
  next["subtraction.html"] = Array("another page".utf8)
  try WriteStage.write(next, to: output.path)
  #expect(try readTree(output) == next.merging([OutputFolder.markerName: Array(OutputFolder.markerText.utf8)]) { $1 })
  // The same file, not a copy, and once the old site is gone it has one name again.
  #expect(identity(output.appendingPathComponent("index.html"))?.inode == before.inode)
  #expect(identity(output.appendingPathComponent("assets/style.css"))?.inode == styleBefore.inode)
  #expect(identity(output.appendingPathComponent("index.html"))?.links == 1)
  #expect(identity(output.appendingPathComponent("addition.html"))?.inode != changedBefore.inode)
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
}

@Test(arguments: [
  "a link to a file with the same bytes", "a folder that is a link", "a second name", "writable by others",
  "same size, other bytes", "a named pipe",
])
func anOldFileThatIsNotProvablyTheBuildsIsWrittenAfresh(_ tampering: String) throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let output = folder.appendingPathComponent("site")
  try WriteStage.write(newSite, to: output.path)
  let outside = folder.appendingPathComponent("outside")
  try writeFiles(["index.html": newSite["index.html"]!, "style.css": newSite["assets/style.css"]!], under: outside)
  let target = tampering == "a folder that is a link" ? "assets/style.css" : "index.html"
  let old = output.appendingPathComponent(target)
  switch tampering {
  case "a link to a file with the same bytes":
    try FileManager.default.removeItem(at: old)
    try FileManager.default.createSymbolicLink(
      at: old, withDestinationURL: outside.appendingPathComponent("index.html"))
  case "a folder that is a link":
    try FileManager.default.removeItem(at: output.appendingPathComponent("assets"))
    try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("assets"), withDestinationURL: outside)
  case "a second name":
    #expect(link(old.path, folder.appendingPathComponent("second-name").path) == 0)
  case "writable by others":
    #expect(chmod(old.path, 0o666) == 0)
  case "a named pipe":
    try FileManager.default.removeItem(at: old)
    #expect(mkfifo(old.path, 0o644) == 0)
  default:
    try Data("old home".utf8).write(to: old)
  }
  let tampered = identity(old)
  let outsideFiles = [outside.appendingPathComponent("index.html"), outside.appendingPathComponent("style.css")]
  let outsideBefore = outsideFiles.map(identity)
  try WriteStage.write(newSite, to: output.path)
  #expect(try readTree(output) == newSiteOnDisk)
  let written = try #require(identity(output.appendingPathComponent(target)))
  #expect(written.inode != tampered?.inode)
  #expect(written.links == 1)
  // Nothing outside the site gained a name inside it.
  #expect(outsideFiles.map(identity).map { $0?.links } == outsideBefore.map { $0?.links })
  var status = stat()
  #expect(lstat(output.appendingPathComponent(target).path, &status) == 0 && status.st_mode & 0o7777 == 0o644)
}
