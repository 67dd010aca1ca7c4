import Foundation
import Testing

@testable import Pipeline

/// A PNG header of 37×21 pixels (the signature and IHDR chunk are all the size reader needs).
private let pngHeader: [UInt8] =
  [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 37, 0, 0, 0, 21]

/// A book in `folder/content` whose one chapter is `chapter`, with an image and a data file beside it and a secret
/// outside the content folder.
private struct AssetBook {
  let folder: URL
  var content: URL { folder.appendingPathComponent("content") }

  init(_ chapter: String, extra: [String: [UInt8]] = [:]) throws {
    folder = try temporaryDirectory("docbuild-assets")
    try writeFiles(
      [
        "content/01-a.md": Array(chapter.utf8), "content/images/plot.png": pngHeader,
        "content/files/x y.csv": Array("a,b\n1,2\n".utf8), "secret.txt": Array("SECRET".utf8),
      ].merging(extra) { $1 }, under: folder)
  }

  func options(_ output: String = "site") -> PipelineOptions {
    PipelineOptions(
      contentDirectory: "content", outputDirectory: output, jobs: 1, workingDirectory: folder.path)
  }

  func messages(_ outcome: PipelineOutcome) -> [String] {
    outcome.diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.message)" }
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Test func linkedFilesAreCopiedAndImagesGetTheirSize() throws {
  let book = try AssetBook(
    "# A\n\n![A plot](images/plot.png \"Loss\")\n\n[data](files/x%20y.csv), [again](./files/x%20y.csv#top)\n")
  defer { book.remove() }
  let outcome = try Pipeline.build(book.options())
  #expect(book.messages(outcome) == [])
  #expect(outcome.book.warnings == [])
  let site = try readTree(book.folder.appendingPathComponent("site"))
  #expect(site["images/plot.png"] == pngHeader)
  #expect(site["files/x y.csv"] == Array("a,b\n1,2\n".utf8))
  let page = String(decoding: site["a.html"] ?? [], as: UTF8.self)
  #expect(page.contains(#"<img src="images/plot.png" alt="A plot" title="Loss" width="37" height="21" />"#))
  // A second build gives the same bytes.
  _ = try Pipeline.build(book.options("again"))
  var again = try readTree(book.folder.appendingPathComponent("again"))
  again[OutputFolder.markerName] = site[OutputFolder.markerName]
  #expect(again == site)
}

@Test func aMissingFileIsAnErrorAtItsLink() throws {
  let book = try AssetBook("# A\n\nSee [the data](files/nope.csv) and\n![a plot](images/gone.png).\n")
  defer { book.remove() }
  let outcome = try Pipeline.check(book.options())
  #expect(
    book.messages(outcome) == [
      "content/01-a.md:3:5: broken link 'files/nope.csv': 'content/files/nope.csv' does not exist",
      "content/01-a.md:4:1: broken image 'images/gone.png': 'content/images/gone.png' does not exist",
    ])
}

@Test func filesOutsideTheContentFolderAreRefused() throws {
  let book = try AssetBook("# A\n\n[s](../secret.txt) [t](images/../../secret.txt) [u](leak.txt) [v](images)\n")
  defer { book.remove() }
  try FileManager.default.createSymbolicLink(
    atPath: book.content.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
  let outcome = try Pipeline.build(book.options())
  let messages = book.messages(outcome)
  #expect(messages.count == 4)
  #expect(messages[0].hasPrefix("content/01-a.md:3:1: link '../secret.txt': it is outside the content folder"))
  #expect(messages[1].hasPrefix("content/01-a.md:3:20: link 'images/../../secret.txt': it is outside"))
  #expect(messages[2].hasPrefix("content/01-a.md:3:49: broken link 'leak.txt': refusing to read 'content/leak.txt'"))
  #expect(
    messages[3]
      == "content/01-a.md:3:63: broken link 'images': cannot read 'content/images': it is a folder, not a regular file")
  #expect(!FileManager.default.fileExists(atPath: book.folder.appendingPathComponent("site").path))
}

@Test func aFileThatWouldReplaceAGeneratedOneIsRefused() throws {
  let book = try AssetBook("# A\n\n[css](search-index.js)\n", extra: ["content/search-index.js": [1, 2]])
  defer { book.remove() }
  let outcome = try Pipeline.check(book.options())
  #expect(
    book.messages(outcome) == [
      "content/01-a.md:3:1: 'search-index.js' cannot be copied into the site: the build writes its own "
        + "'search-index.js' there; rename the file"
    ])
}

@Test func anImageWithoutAltTextIsAWarning() throws {
  let book = try AssetBook("# A\n\nText ![](images/plot.png) and ![ ](https://example.com/x.png).\n")
  defer { book.remove() }
  let outcome = try Pipeline.check(book.options())
  #expect(outcome.verified)
  #expect(
    outcome.book.warnings.map { "\($0.line):\($0.column): \($0.message)" } == [
      "3:6: image 'images/plot.png' has no alt text: describe it for readers who cannot see it (![what it shows](…))",
      "3:31: image 'https://example.com/x.png' has no alt text: describe it for readers who cannot see it "
        + "(![what it shows](…))",
    ])
}

@Test func pathsABrowserAndTheFileSystemReadDifferentlyAreRefused() throws {
  #expect(AssetsStage.sitePathOf("a\\b.png").isFailure)
  #expect(AssetsStage.sitePathOf("a%2Fb.png").isFailure)
  #expect(AssetsStage.sitePathOf("a%00b.png").isFailure)
  #expect(AssetsStage.sitePathOf("..").isFailure)
  #expect(AssetsStage.sitePathOf("./").isFailure)
  #expect(try AssetsStage.sitePathOf("a/./b/../c%20d.png").get() == "a/c d.png")
}

extension Result {
  fileprivate var isFailure: Bool {
    if case .failure = self { return true }
    return false
  }
}
