import Foundation
import Testing

@testable import Pipeline

/// A chapter whose transcript `fix` must rewrite, and the same chapter fixed.
let staleChapter = Array("# Fix\n\n```tensor\n>>> 1 + 1\n3\n```\n".utf8)
let fixedChapter = Array("# Fix\n\n```tensor\n>>> 1 + 1\n2\n```\n".utf8)

/// A folder with `content/` to fix; `chapter` is where the chapter's bytes live (maybe behind a link).
struct FixWorkspace {
  let folder: URL
  var content: URL { folder.appendingPathComponent("content") }
  var chapterPath: String { content.path + "/01-fix.md" }

  init() throws {
    folder = try temporaryDirectory("docbuild-fix")
    try writeFiles(["content/01-fix.md": staleChapter, "victim.txt": Array("victim".utf8)], under: folder)
  }

  func fix(beforeRewrite: (@Sendable (String) -> Void)? = nil) throws -> PipelineOutcome {
    var options = PipelineOptions(
      contentDirectory: content.path, outputDirectory: "/nonexistent", jobs: 1, workingDirectory: folder.path)
    options.beforeRewrite = beforeRewrite
    return try Pipeline.fix(options)
  }

  func status(_ path: String) -> stat {
    var status = stat()
    _ = lstat(path, &status)
    return status
  }

  func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Test func aPlantedTemporaryLinkIsNeverFollowed() throws {
  let workspace = try FixWorkspace()
  defer { workspace.remove() }
  let plant = workspace.content.path + "/.01-fix.md.fix"
  try FileManager.default.createSymbolicLink(atPath: plant, withDestinationPath: "../victim.txt")
  chmod(workspace.folder.path + "/victim.txt", 0o600)
  let outcome = try workspace.fix()
  #expect(outcome.verified && outcome.rewrittenPaths == ["content/01-fix.md"])
  #expect(try workspace.bytes(workspace.chapterPath) == fixedChapter)
  #expect(try workspace.bytes(workspace.folder.path + "/victim.txt") == Array("victim".utf8))
  #expect(workspace.status(workspace.folder.path + "/victim.txt").st_mode & 0o7777 == 0o600)
  #expect(
    try FileManager.default.contentsOfDirectory(atPath: workspace.content.path).sorted() == [
      ".01-fix.md.fix", "01-fix.md",
    ])
}

@Test func aLinkedChapterIsRewrittenAtItsTarget() throws {
  let workspace = try FixWorkspace()
  defer { workspace.remove() }
  try FileManager.default.createDirectory(atPath: workspace.content.path + "/src", withIntermediateDirectories: true)
  rename(workspace.chapterPath, workspace.content.path + "/src/fix.md")
  try FileManager.default.createSymbolicLink(atPath: workspace.chapterPath, withDestinationPath: "src/fix.md")
  #expect(try workspace.fix().verified)
  #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.chapterPath) == "src/fix.md")
  #expect(try workspace.bytes(workspace.content.path + "/src/fix.md") == fixedChapter)
}

@Test(arguments: [0o600, 0o640, 0o444, 0o2755] as [mode_t])
func fixKeepsTheChaptersMode(mode: mode_t) throws {
  let workspace = try FixWorkspace()
  defer { workspace.remove() }
  chmod(workspace.chapterPath, mode)
  #expect(try workspace.fix().verified)
  #expect(try workspace.bytes(workspace.chapterPath) == fixedChapter)
  #expect(workspace.status(workspace.chapterPath).st_mode & 0o7777 == mode)
}

@Test func fixKeepsHardLinks() throws {
  let workspace = try FixWorkspace()
  defer { workspace.remove() }
  let other = workspace.folder.path + "/other-name.md"
  #expect(link(workspace.chapterPath, other) == 0)
  let inode = workspace.status(workspace.chapterPath).st_ino
  #expect(try workspace.fix().verified)
  #expect(try workspace.bytes(other) == fixedChapter)
  #expect(workspace.status(workspace.chapterPath).st_ino == inode)
  #expect(workspace.status(workspace.chapterPath).st_nlink == 2)
}

/// Run as root, `fix` must not hand a user's chapter to root.
@Test(.enabled(if: geteuid() == 0, "only root can give a file to another user"))
func fixKeepsTheChaptersOwner() throws {
  let workspace = try FixWorkspace()
  defer { workspace.remove() }
  chmod(workspace.chapterPath, 0o600)
  #expect(chown(workspace.chapterPath, 65534, 65534) == 0)
  #expect(try workspace.fix().verified)
  let status = workspace.status(workspace.chapterPath)
  #expect(try workspace.bytes(workspace.chapterPath) == fixedChapter)
  #expect(status.st_uid == 65534 && status.st_gid == 65534 && status.st_mode & 0o7777 == 0o600)
}

@Test func aChapterEditedWhileFixRunsKeepsTheEditAndFails() throws {
  let workspace = try FixWorkspace()
  defer { workspace.remove() }
  let edited = staleChapter + Array("\nA paragraph saved while fix ran.\n".utf8)
  let path = workspace.chapterPath
  let outcome = try workspace.fix { _ in try? Data(edited).write(to: URL(fileURLWithPath: path)) }
  #expect(try workspace.bytes(path) == edited)
  #expect(outcome.rewrittenPaths.isEmpty)
  #expect(!outcome.verified)
  #expect(outcome.diagnostics.contains { $0.path == "content/01-fix.md" && $0.message.contains("changed on disk") })
}
