import Foundation
import Testing

@testable import Pipeline

/// A book whose chapters read each other: a numbered equation checked by another chapter's code, references to it,
/// a link to a heading of another chapter, an image, and a page between them.
private let book: [String: String] = [
  "index.md": "# Record\n\nSee @eq-sum and [two](02-two.md).\n",
  "01-one.md": """
  # One

  Some prose with $x^2$ inline.

  $$a + b$$ {#eq-sum}

  ## Details {#sec-details}

  ```tensor
  >>> import numpy as np
  >>> np.arange(3) * 2.0
  array([0., 2., 4.])
  ```

  """,
  "02-two.md": """
  # Two

  As @eq-sum says, and [the details](01-one.md#sec-details) show:

  ![a square](images/square.svg)

  ```tensor checks=eq-sum
  import numpy as np
  b = np.array([1.0, 2.0])
  l = (np.ones((3, 2)) + b).sum()
  assert np.allclose(grad(l, b), numgrad(l, b))
  gradients(l, b)
  ```

  """,
  "03-three.md": "# Three\n\nThe end, after @sec-details.\n\n```tensor\n>>> 2 * 3\n6\n```\n",
  "style.css": "body { margin: 0; }\n",
  "images/square.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"></svg>\n",
]

/// The book in a temporary folder, with its run cache and key there too.
private struct RecordedBook {
  let folder: URL
  var content: URL { folder.appendingPathComponent("content") }
  var site: URL { folder.appendingPathComponent("site") }
  var record: URL { folder.appendingPathComponent(".docbuild/content/\(SiteRecord.fileName)") }

  init() throws {
    folder = try temporaryDirectory()
    try writeFiles(book.mapValues { Array($0.utf8) }, under: content)
  }

  func options(output: String = "site", enabled: Bool = true) -> PipelineOptions {
    var options = PipelineOptions(
      contentDirectory: content.path, outputDirectory: folder.appendingPathComponent(output).path, jobs: 2,
      workingDirectory: folder.path)
    options.cache = RunCacheSettings(enabled: enabled, keyFile: folder.appendingPathComponent("key").path)
    return options
  }

  func edit(_ name: String, _ text: String) throws {
    try writeFiles([name: Array(text.utf8)], under: content)
  }

  /// Builds into `site` with the cache and into a fresh folder without it; the trees must be equal. Returns whether
  /// the cached build re-did only the changed chapters (its outcome then holds no pages).
  @discardableResult
  func buildMatchingCold(_ round: String) throws -> Bool {
    let warm = try Pipeline.build(options())
    #expect(warm.verified, "\(round)")
    let cold = try Pipeline.build(options(output: "cold-\(round)", enabled: false))
    #expect(cold.verified, "\(round)")
    #expect(warm.statistics == cold.statistics, "\(round)")
    let coldFiles = try readTree(folder.appendingPathComponent("cold-\(round)"))
    #expect(coldFiles.count > 8, "\(round)")
    #expect(try readTree(site) == coldFiles, "\(round)")
    try FileManager.default.removeItem(at: folder.appendingPathComponent("cold-\(round)"))
    return warm.book.pages.isEmpty && warm.replayedStatistics != nil
  }
}

@Test func anEditOfOneChapterRebuildsOnlyItAndMatchesAColdBuild() throws {
  let recorded = try RecordedBook()
  defer { try? FileManager.default.removeItem(at: recorded.folder) }
  #expect(try !recorded.buildMatchingCold("first"))
  #expect(FileManager.default.fileExists(atPath: recorded.record.path))
  // Nothing changed: nothing is rebuilt, and the site stays as it is.
  let pageBefore = try FileManager.default.attributesOfItem(
    atPath: recorded.site.appendingPathComponent("one.html").path)
  #expect(try recorded.buildMatchingCold("unchanged"))
  let pageAfter = try FileManager.default.attributesOfItem(
    atPath: recorded.site.appendingPathComponent("one.html").path)
  #expect(pageBefore[.systemFileNumber] as? Int == pageAfter[.systemFileNumber] as? Int)
  // Prose and code inside one chapter: only it runs and renders; the print page and search index are spliced.
  try recorded.edit(
    "02-two.md",
    book["02-two.md"]!.replacingOccurrences(of: "![a square]", with: "New *words*.\n\n![a square]")
      .replacingOccurrences(of: "gradients(l, b)", with: "gradients(l, b)\nprint(l)"))
  #expect(try recorded.buildMatchingCold("prose"))
  try recorded.edit("01-one.md", book["01-one.md"]! + "\nMore prose, and $y$.\n")
  #expect(try recorded.buildMatchingCold("prose-with-label-page"))
  // The first paragraph is the chapter's summary in every page's chapter list: all pages are made again.
  try recorded.edit("03-three.md", book["03-three.md"]!.replacingOccurrences(of: "The end", with: "The very end"))
  #expect(try !recorded.buildMatchingCold("summary"))
  // Two chapters at once.
  try recorded.edit("01-one.md", book["01-one.md"]!)
  let three = recorded.content.appendingPathComponent("03-three.md")
  try recorded.edit("03-three.md", try String(contentsOf: three, encoding: .utf8) + "\nThe very last words.\n")
  #expect(try recorded.buildMatchingCold("two-chapters"))
}

@Test(arguments: [
  "label renumbered", "heading renamed", "title changed", "chapter renamed", "chapter deleted", "theme edited",
  "image removed", "site file touched", "record damaged", "home edited",
])
func aChangeOtherPagesReadTakesTheOrdinaryPathAndMatchesAColdBuild(change: String) throws {
  let recorded = try RecordedBook()
  defer { try? FileManager.default.removeItem(at: recorded.folder) }
  #expect(try !recorded.buildMatchingCold("first"))
  switch change {
  case "label renumbered":
    try recorded.edit(
      "01-one.md", book["01-one.md"]!.replacingOccurrences(of: "$$a + b$$", with: "$$c$$ {#eq-c}\n\n$$a + b$$"))
  case "heading renamed":
    try recorded.edit("01-one.md", book["01-one.md"]!.replacingOccurrences(of: "## Details", with: "## More details"))
  case "title changed":
    try recorded.edit("03-three.md", book["03-three.md"]!.replacingOccurrences(of: "# Three", with: "# Third"))
  case "chapter renamed":
    try FileManager.default.moveItem(
      at: recorded.content.appendingPathComponent("03-three.md"),
      to: recorded.content.appendingPathComponent("03-last.md"))
  case "chapter deleted":
    try FileManager.default.removeItem(at: recorded.content.appendingPathComponent("03-three.md"))
  case "theme edited":
    try recorded.edit("style.css", "body { color: teal; }\n")
  case "image removed":
    try recorded.edit(
      "02-two.md", book["02-two.md"]!.replacingOccurrences(of: "![a square](images/square.svg)", with: ""))
  case "site file touched":
    try Data("changed by hand".utf8).write(to: recorded.site.appendingPathComponent("three.html"))
  case "record damaged":
    var bytes = try Array(Data(contentsOf: recorded.record))
    bytes[bytes.count / 2] ^= 1
    try Data(bytes).write(to: recorded.record)
    try recorded.edit("03-three.md", book["03-three.md"]! + "\nMore.\n")
  case "home edited":
    try recorded.edit("index.md", book["index.md"]! + "\nMore.\n")
  default: Issue.record("unknown change \(change)")
  }
  #expect(try !recorded.buildMatchingCold(change))
  // The ordinary build recorded the new book: an edit after it takes the short path again.
  let changed = recorded.content.appendingPathComponent(change == "image removed" ? "02-two.md" : "01-one.md")
  try Data((String(contentsOf: changed, encoding: .utf8) + "\nAn afterword.\n").utf8).write(to: changed)
  #expect(try recorded.buildMatchingCold("\(change), then an edit"))
}

@Test func anEditThatFailsReportsWhatAColdBuildReportsAndKeepsTheSite() throws {
  let recorded = try RecordedBook()
  defer { try? FileManager.default.removeItem(at: recorded.folder) }
  #expect(try !recorded.buildMatchingCold("first"))
  let before = try readTree(recorded.site)
  try recorded.edit("03-three.md", book["03-three.md"]!.replacingOccurrences(of: "\n6\n", with: "\n7\n"))
  let warm = try Pipeline.build(recorded.options())
  let cold = try Pipeline.build(recorded.options(output: "cold", enabled: false))
  #expect(!warm.verified)
  #expect(warm.diagnostics == cold.diagnostics)
  #expect(warm.diagnostics.map(\.message) == ["output does not match"])
  #expect(try readTree(recorded.site) == before)
  // A broken link to another page's heading is found without rendering that page.
  try recorded.edit("03-three.md", book["03-three.md"]! + "\n[gone](01-one.md#no-such-heading)\n")
  let broken = try Pipeline.build(recorded.options())
  #expect(
    broken.diagnostics.map(\.message) == [
      "broken link '01-one.md#no-such-heading': 'one.html' has no heading with id 'no-such-heading'"
    ])
}

@Test func aRecordRoundTripsAndRejectsEveryTruncation() throws {
  let recorded = try RecordedBook()
  defer { try? FileManager.default.removeItem(at: recorded.folder) }
  _ = try Pipeline.build(recorded.options())
  let bytes = try Array(Data(contentsOf: recorded.record))
  // The file is a 64-digit signature, a newline and the payload.
  let payload = Array(bytes[65...])
  let decoded = try #require(SiteRecord(decoding: payload))
  #expect(decoded.encoded() == payload)
  #expect(decoded.pages.map(\.slug) == ["index", "one", "two", "three"])
  #expect(decoded.skeleton.targets["eq-sum"]?.checkedBy?.page == "two")
  for length in stride(from: 0, to: payload.count, by: max(1, payload.count / 97)) {
    #expect(SiteRecord(decoding: Array(payload[..<length])) == nil)
  }
}
