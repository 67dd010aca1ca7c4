import Foundation
import Testing

@testable import DocbuildCLI
@testable import Pipeline

/// A book in `folder/content` with one chapter, and a secret beside it that no link may publish.
struct LinkedBook {
  let folder: URL
  var content: URL { folder.appendingPathComponent("content") }
  let secret = "SECRET-4d1f"

  init(_ extra: [String: String] = [:]) throws {
    folder = try temporaryDirectory("docbuild-reading")
    try writeFiles(
      (["content/01-a.md": "# A\n\nText.\n", "secret.txt": "# \(secret)\n"].merging(extra) { $1 })
        .mapValues { Array($0.utf8) }, under: folder)
  }

  func link(_ name: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: content.appendingPathComponent(name).path, withDestinationPath: destination)
  }

  func check() throws -> PipelineOutcome {
    try Pipeline.check(
      PipelineOptions(
        contentDirectory: content.path, outputDirectory: "/nonexistent", jobs: 1, workingDirectory: folder.path))
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// Files that resolve outside the content folder, by the name they are linked under.
let outsideLinks: [(name: String, destination: String)] = [
  ("02-leak.md", "../secret.txt"), ("style.css", "../secret.txt"), ("page.mustache", "../secret.txt"),
  ("03-environ.md", "/proc/self/environ"), ("book.json", "../secret.txt"),
]

@Test(arguments: outsideLinks.map(\.name))
func aFileResolvingOutsideTheContentIsRefusedByName(name: String) throws {
  let book = try LinkedBook()
  defer { book.remove() }
  try book.link(name, to: try #require(outsideLinks.first { $0.name == name }).destination)
  let failure = commandFailure {
    _ = try book.check()
  }
  let message = failure?.message ?? "(no failure)"
  #expect(message.contains("refusing to read 'content/\(name)'"), "\(message)")
}

@Test func aBookMayOptInToFilesOutsideItsFolderButNotForBookJSON() throws {
  let book = try LinkedBook(["content/book.json": #"{"allowFilesOutsideContent": true}"#])
  defer { book.remove() }
  try book.link("02-leak.md", to: "../secret.txt")
  let outcome = try book.check()
  #expect(outcome.book.pages.map(\.title) == ["A", book.secret])
}

@Test func aLinkInsideTheContentIsFollowed() throws {
  let book = try LinkedBook(["content/chapters/b.md": "# B\n"])
  defer { book.remove() }
  try book.link("02-b.md", to: "chapters/b.md")
  #expect(try book.check().book.pages.map(\.title) == ["A", "B"])
}

@Test(arguments: ["pipe", "folder"])
func aChapterThatIsNotARegularFileIsRefusedWithoutWaiting(kind: String) throws {
  let book = try LinkedBook()
  defer { book.remove() }
  let path = book.content.appendingPathComponent("02-odd.md").path
  if kind == "pipe" {
    #expect(mkfifo(path, 0o644) == 0)
  } else {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  }
  let failure = commandFailure {
    _ = try book.check()
  }
  let message = failure?.message ?? "(no failure)"
  #expect(message.contains("content/02-odd.md") && message.contains("not a regular file"), "\(message)")
}

/// Invalid UTF-8 is reported at the first byte of the first bad sequence, as Python's
/// `UnicodeDecodeError.start` reports it; lines and columns count as diagnostics do (a byte-order mark not counted).
@Test(
  arguments: [
    ([0x23, 0x20, 0xFF, 0x0A], "1:3"), (Array("ok\r\nab".utf8) + [0xE2, 0x82, 0x41], "2:3"),
    ([0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0xAF], "1:2"), (Array("a\n\nxy".utf8) + [0xED, 0xA0, 0x80], "3:3"),
    (Array("é\n".utf8) + [0xF4, 0x90, 0x80, 0x80], "2:1"), (Array("€".utf8) + [0xE2, 0x82], "1:4"),
  ] as [([UInt8], String)])
func invalidUTF8IsReportedAtItsLineAndColumn(bytes: [UInt8], position: String) throws {
  let book = try LinkedBook()
  defer { book.remove() }
  try writeFiles(["02-bad.md": bytes], under: book.content)
  let location = commandFailure { _ = try book.check() }?.location
  #expect(location == "content/02-bad.md:\(position)")
}

@Test(
  arguments: [
    (["--jobs", "-1"], "--jobs must be at least 1"), (["check", "--jobs", "0"], "--jobs must be at least 1"),
    (["check", "--output", "x"], "takes no --output"), (["fix", "--output", "x"], "takes no --output"),
    (["check", "--memory-limit", "-5G"], "--memory-limit must be a size"),
    (["check", "--content", "--quiet"], "Missing value for '--content"),
  ] as [([String], String)])
func commandLineMistakesGetAPlainMessage(arguments: [String], message: String) {
  #expect(Docbuild.main(arguments) == 2)
  do {
    _ = try DocbuildCommand.parseAsRoot(Docbuild.joiningNegativeValues(arguments))
    Issue.record("\(arguments) parsed")
  } catch {
    #expect(DocbuildCommand.fullMessage(for: error).contains(message))
  }
}

/// The `CommandFailure` that `body` throws; nil when it throws nothing or another error.
func commandFailure(_ body: () throws -> Void) -> CommandFailure? {
  do {
    try body()
    return nil
  } catch let failure as CommandFailure {
    return failure
  } catch {
    return nil
  }
}
