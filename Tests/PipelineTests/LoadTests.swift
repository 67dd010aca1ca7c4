import Foundation
import Testing

@testable import Pipeline

@Test(arguments: [
  ("01-addition.md", "addition"), ("02_affine-layers.md", "affine-layers"), ("intro.md", "intro"),
  ("10-broadcasting.md", "broadcasting"), ("2024.md", "2024"), ("3-.md", "3-"), ("07-a.md", "a"),
])
func pageNamesDropTheNumberPrefix(file: String, slug: String) {
  #expect(LoadStage.slug(forFileNamed: file) == slug)
}

@Test func chaptersAreOrderedByFileNameAndTheHomePageComesFirst() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(
    [
      "content/10-c.md": Array("# C\n".utf8), "content/02-b.md": Array("# B\n".utf8),
      "content/01-a.md": Array("# A\n".utf8), "content/index.md": Array("# Home\n".utf8),
      "content/notes.txt": Array("not a chapter".utf8), "content/.hidden.md": Array("# H\n".utf8),
    ], under: folder)
  let book = try LoadStage.load(
    contentDirectory: folder.appendingPathComponent("content").path, workingDirectory: folder.path)
  #expect(book.pages.map(\.slug) == ["index", "a", "b", "c"])
  #expect(
    book.pages.map(\.source.path) == ["content/index.md", "content/01-a.md", "content/02-b.md", "content/10-c.md"])
  #expect(book.chapters.count == 3)
}

@Test func aMissingContentFolderCannotRun() {
  #expect(throws: CommandFailure.self) {
    try LoadStage.load(contentDirectory: "/nonexistent/docbuild/content", workingDirectory: "/")
  }
}

@Test func invalidUTF8CannotRun() throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["01-bad.md": [0x23, 0x20, 0xFF, 0xFE, 0x0A]], under: folder)
  #expect(throws: CommandFailure.self) { try LoadStage.load(contentDirectory: folder.path, workingDirectory: "/") }
}

@Test(arguments: [
  ("/a/b/content/x.md", "/a/b", "content/x.md"), ("/a/content/x.md", "/a/b", "../content/x.md"),
  ("content/x.md", "/a/b", "content/x.md"), ("/a/b/./c/../content/x.md", "/a/b", "content/x.md"),
])
func diagnosticPathsAreRelativeToTheCurrentFolder(path: String, base: String, expected: String) {
  #expect(relativePath(of: path, from: base) == expected)
}

@Test func byteOrderMarkIsNotPartOfTheText() throws {
  let source = try #require(
    SourceFile(path: "a.md", fileSystemPath: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# A\r\nb".utf8)))
  #expect(source.byteOrderMarkLength == 3)
  #expect(source.text == "# A\r\nb")
  #expect(source.line(1) == "# A")
  #expect(source.line(2) == "b")
}
