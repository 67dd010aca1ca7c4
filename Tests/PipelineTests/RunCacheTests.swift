import Foundation
import Testing

@testable import Pipeline

/// SHA-256 against FIPS 180-4's published examples, and HMAC-SHA-256 against RFC 4231's test cases 1 and 2.
@Test func sha256AndHMACMatchThePublishedTestVectors() {
  #expect(
    SHA256.hex(SHA256.digest(Array("abc".utf8)))
      == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  #expect(
    SHA256.hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  #expect(
    SHA256.hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
      == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  #expect(
    SHA256.hex(SHA256.authenticationCode(Array("Hi There".utf8), key: [UInt8](repeating: 0x0b, count: 20)))
      == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
  #expect(
    SHA256.hex(SHA256.authenticationCode(Array("what do ya want for nothing?".utf8), key: Array("Jefe".utf8)))
      == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
}

/// A book in a temporary folder, built with its run cache and key kept in that folder too.
private struct CachedBook {
  let folder: URL
  var content: URL { folder.appendingPathComponent("content") }
  var cacheFolder: URL { folder.appendingPathComponent(".docbuild/content") }

  init(_ chapters: [String: String]) throws {
    folder = try temporaryDirectory()
    try writeFiles(chapters.mapValues { Array($0.utf8) }, under: folder.appendingPathComponent("content"))
  }

  func options(output: String = "site", key: String = "key", enabled: Bool = true) -> PipelineOptions {
    var options = PipelineOptions(
      contentDirectory: content.path, outputDirectory: folder.appendingPathComponent(output).path, jobs: 2,
      workingDirectory: folder.path)
    options.cache = RunCacheSettings(enabled: enabled, keyFile: folder.appendingPathComponent(key).path)
    return options
  }

  /// The run entries (64 hex digits each), without the book manifest and the site record beside them.
  func entries() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).filter { $0.utf8.count == 64 }.sorted()
  }
}

private let chapters = [
  "index.md": "# Cached\n\nA book.\n",
  "01-one.md":
    "# One\n\n$$x^2$$\n\n```tensor\n>>> import numpy as np\n>>> np.arange(3) * 2.0\narray([0., 2., 4.])\n```\n",
  "02-two.md": """
  # Two

  ```tensor
  import numpy as np
  b = np.array([1.0, 2.0])
  l = (np.ones((3, 2)) + b).sum()
  assert np.allclose(grad(l, b), numgrad(l, b))
  gradients(l, b)
  ```

  """,
]

@Test func aCachedBuildIsByteIdenticalToAColdOne() throws {
  let book = try CachedBook(chapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  let cold = try Pipeline.build(book.options(output: "cold"))
  #expect(cold.verified)
  #expect(cold.book.cachedPageCount == 0)
  #expect(try book.entries().count == 3)
  let warm = try Pipeline.build(book.options(output: "warm"))
  #expect(warm.verified)
  #expect(warm.book.cachedPageCount == 3)
  #expect(warm.statistics == cold.statistics)
  let coldFiles = try readTree(book.folder.appendingPathComponent("cold"))
  #expect(!coldFiles.isEmpty)
  #expect(try readTree(book.folder.appendingPathComponent("warm")) == coldFiles)
}

@Test func anEditedChapterRunsAgainAndItsOldEntryGoes() throws {
  let book = try CachedBook(chapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  _ = try Pipeline.check(book.options())
  let before = try book.entries()
  try writeFiles(
    ["01-one.md": Array("# One\n\n```tensor\n>>> 1 + 1\n3\n```\n".utf8)], under: book.content)
  let outcome = try Pipeline.check(book.options())
  #expect(outcome.book.cachedPageCount == 2)
  #expect(outcome.diagnostics.map(\.message) == ["output does not match"])
  let after = try book.entries()
  #expect(after.count == 3)
  #expect(Set(after).intersection(before).count == 2)
  // The failure itself is cached: the next run reports it without running the chapter.
  let again = try Pipeline.check(book.options())
  #expect(again.book.cachedPageCount == 3)
  #expect(again.diagnostics == outcome.diagnostics)
}

@Test func corruptOrForeignEntriesAreIgnoredAndRewritten() throws {
  let book = try CachedBook(chapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  let cold = try Pipeline.build(book.options(output: "cold"))
  let names = try book.entries()
  // Truncated, garbage, and a valid-looking entry whose payload claims nothing was wrong but is signed by no one.
  let damaged = [Array(repeating: UInt8(ascii: "0"), count: 64) + [10] + Array("{}".utf8), [], Array("x".utf8)]
  for (name, bytes) in zip(names, damaged) {
    try Data(bytes).write(to: book.cacheFolder.appendingPathComponent(name))
  }
  let rebuilt = try Pipeline.build(book.options(output: "rebuilt"))
  #expect(rebuilt.book.cachedPageCount == 0)
  #expect(
    try readTree(book.folder.appendingPathComponent("rebuilt")) == readTree(book.folder.appendingPathComponent("cold")))
  #expect(cold.verified && rebuilt.verified)
  // Another user's key (a cache committed by someone else) signs nothing this user trusts.
  let foreign = try Pipeline.check(book.options(key: "other-key"))
  #expect(foreign.book.cachedPageCount == 0)
  #expect(try Pipeline.check(book.options(key: "other-key")).book.cachedPageCount == 3)
}

@Test func noCacheWritesNothingAndAPlantedLinkIsNotFollowed() throws {
  let book = try CachedBook(chapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  let outcome = try Pipeline.check(book.options(enabled: false))
  #expect(outcome.verified)
  #expect(!FileManager.default.fileExists(atPath: book.folder.appendingPathComponent(".docbuild").path))
  #expect(!FileManager.default.fileExists(atPath: book.folder.appendingPathComponent("key").path))
  // A `.docbuild` that is a link to a folder elsewhere gets no files.
  let elsewhere = book.folder.appendingPathComponent("elsewhere")
  try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
  try FileManager.default.createSymbolicLink(
    atPath: book.folder.appendingPathComponent(".docbuild").path, withDestinationPath: elsewhere.path)
  let linked = try Pipeline.check(book.options())
  #expect(linked.verified)
  #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
}

/// The attack the signature stops: an entry that records a pass, filed under the name of a chapter whose claim is
/// false. Signed with the author's own key it would be believed (which shows the forgery is real); signed with anyone
/// else's, the chapter runs and its false claim fails the build.
@Test func aForgedEntryForAFalseClaimIsBelievedOnlyUnderItsOwnKey() throws {
  let honest = "# One\n\n```tensor\nassert 1 + 1 == 2\n```\n"
  let lying = "# One\n\n```tensor\nassert 1 + 1 == 3\n```\n"
  let book = try CachedBook(["01-one.md": honest])
  defer { try? FileManager.default.removeItem(at: book.folder) }
  let options = book.options(key: "attacker-key")
  #expect(try Pipeline.check(options).verified)
  let root = FileAccess.realPath(book.content.path)!
  let cache = try #require(RunCache(settings: options.cache, contentRoot: root, memoryLimit: options.memoryLimit))
  let passing = try #require(cache.lookup(cache.entryName(for: Array(honest.utf8))))
  try writeFiles(["01-one.md": Array(lying.utf8)], under: book.content)
  cache.store(passing, as: cache.entryName(for: Array(lying.utf8)))

  #expect(try Pipeline.check(book.options(key: "attacker-key")).verified)
  let victim = try Pipeline.check(book.options(key: "victim-key"))
  #expect(!victim.verified)
  #expect(victim.diagnostics.map(\.message) == ["claim failed: assert 1 + 1 == 3"])
}

// MARK: - The book manifest: `check` with nothing changed

/// `check` as the command line runs it: verifying only, with the run cache, recording the progress lines.
private func checkOnly(_ book: CachedBook, key: String = "key") throws -> (PipelineOutcome, [String]) {
  let lines = ProgressLines()
  var options = book.options(key: key)
  options.rendersPages = false
  options.progress = { lines.append("\($0.path) \($0.snippets) \($0.problems)") }
  let outcome = try Pipeline.check(options)
  return (outcome, lines.sorted())
}

/// Progress lines collected from any thread.
private final class ProgressLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  func append(_ line: String) {
    lock.lock()
    lines.append(line)
    lock.unlock()
  }
  func sorted() -> [String] {
    lock.lock()
    defer { lock.unlock() }
    return lines.sorted()
  }
}

private let linkedChapters = chapters.merging(
  ["03-three.md": "# Three\n\n![A picture](images/dot.svg)\n\n[The data](files/data.csv)\n"], uniquingKeysWith: { $1 })
private let linkedFiles: [String: [UInt8]] = [
  "images/dot.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"></svg>\n".utf8),
  "files/data.csv": Array("x,y\n1,2\n".utf8),
]

@Test func anUnchangedBookReplaysItsVerdictWithTheSameSummaryAndProgress() throws {
  let book = try CachedBook(linkedChapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  try writeFiles(linkedFiles, under: book.content)
  let (ran, ranLines) = try checkOnly(book)
  #expect(ran.verified)
  #expect(ran.replayedStatistics == nil)
  #expect(ran.book.pages.count == 4)
  let (replayed, replayedLines) = try checkOnly(book)
  #expect(replayed.verified)
  #expect(replayed.replayedStatistics != nil)
  #expect(replayed.book.pages.isEmpty)
  #expect(replayed.statistics == ran.statistics)
  #expect(replayed.statistics.snippets == 2)
  #expect(replayedLines == ranLines)
  #expect(ranLines.count == 4)
}

/// Each change to something the verdict read makes `check` run again and see it, even within the clock's tick.
@Test(arguments: ["chapter", "same-size chapter, old times", "linked file", "new file", "theme file", "book.json"])
func aChangeToAnyInputMakesCheckRunAgain(change: String) throws {
  let book = try CachedBook(linkedChapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  try writeFiles(linkedFiles, under: book.content)
  #expect(try checkOnly(book).0.verified)
  #expect(try checkOnly(book).0.replayedStatistics != nil)
  let chapter = book.content.appendingPathComponent("01-one.md")
  switch change {
  case "chapter":
    try writeFiles(["01-one.md": Array("# One\n\n```tensor\n>>> 1 + 1\n3\n```\n".utf8)], under: book.content)
  case "same-size chapter, old times":
    // The same length and modification time: only the status-change time (or the bytes) can tell.
    let text = try String(contentsOf: chapter, encoding: .utf8)
    let modified = try FileManager.default.attributesOfItem(atPath: chapter.path)[.modificationDate]
    try writeFiles(
      ["01-one.md": Array(text.replacingOccurrences(of: "0., 2., 4.", with: "0., 2., 5.").utf8)], under: book.content)
    try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: chapter.path)
  case "linked file":
    try FileManager.default.removeItem(at: book.content.appendingPathComponent("files/data.csv"))
  case "new file":
    try writeFiles(["04-four.md": Array("# Four\n\n```tensor\nassert 1 == 2\n```\n".utf8)], under: book.content)
  case "theme file":
    try writeFiles(["page.mustache": Array("{{#broken}}\n".utf8)], under: book.content)
  default:
    try writeFiles(["book.json": Array("{\"allowRawHTML\": 1}".utf8)], under: book.content)
  }
  let again: PipelineOutcome
  do {
    again = try checkOnly(book).0
  } catch {
    // A malformed book.json stops the command: it was read, not replayed.
    #expect(change == "book.json")
    return
  }
  #expect(again.replayedStatistics == nil)
  #expect(!again.verified)
}

@Test func aManifestSignedByAnotherKeyOrDamagedIsNotReplayed() throws {
  let book = try CachedBook(chapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  #expect(try checkOnly(book, key: "author-key").0.verified)
  #expect(try checkOnly(book, key: "author-key").0.replayedStatistics != nil)
  #expect(try checkOnly(book, key: "other-key").0.replayedStatistics == nil)
  let manifest = book.cacheFolder.appendingPathComponent(BookManifest.fileName)
  var bytes = try Array(Data(contentsOf: manifest))
  bytes[bytes.count - 3] ^= 1
  try Data(bytes).write(to: manifest)
  #expect(try checkOnly(book, key: "other-key").0.replayedStatistics == nil)
  // A failing book records nothing, so its failure is reported every time.
  try writeFiles(["02-two.md": Array("# Two\n\n```tensor\nassert 1 == 2\n```\n".utf8)], under: book.content)
  #expect(try !checkOnly(book).0.verified)
  let failing = try checkOnly(book).0
  #expect(!failing.verified)
  #expect(failing.replayedStatistics == nil)
}

@Test func aManifestRoundTripsAndRejectsEveryTruncation() throws {
  let stamp = try #require(FileStamp(values: [1, 2, 0o100644, 30, 1_700_000_000, 5, 1_700_000_000, 6]))
  let manifest = BookManifest(
    context: "c", root: [1, 7], names: ["a.md", "b.md"],
    inputs: [
      BookManifest.Input(path: "/x/a.md", stamp: stamp, target: nil, digest: [1, 2, 3], racy: true),
      BookManifest.Input(path: "/x/b.md", stamp: stamp, target: stamp, digest: [], racy: false),
    ],
    pages: [("a.md", 3)], statistics: Statistics(chapters: 1, snippets: 3, gradientTables: 0, claims: -1))
  let bytes = manifest.encoded()
  let decoded = try #require(BookManifest(decoding: bytes))
  #expect(decoded.encoded() == bytes)
  #expect(decoded.inputs.map(\.path) == ["/x/a.md", "/x/b.md"])
  #expect(decoded.inputs[1].target == stamp)
  #expect(decoded.statistics.claims == -1)
  for length in 0..<bytes.count { #expect(BookManifest(decoding: Array(bytes[..<length])) == nil) }
  #expect(BookManifest(decoding: bytes + [0]) == nil)
}

// MARK: - The memo `serve` keeps between rebuilds

private let referencingChapters = [
  "index.md": "# Memo\n\nSee @eq-sum.\n",
  "01-one.md": "# One\n\n$$a + b$$ {#eq-sum}\n\n```tensor\nassert 1 + 1 == 2\n```\n",
  "02-two.md": "# Two\n\nAs @eq-sum says:\n\n```tensor\n>>> 2 * 3\n6\n```\n",
]

/// A check that renders pages, as `serve` runs it, without the disk cache, with or without a memo.
private func renderedSite(_ book: CachedBook, memo: PageMemo?) throws -> PipelineOutcome {
  var options = book.options(enabled: false)
  options.memo = memo
  return try Pipeline.check(options)
}

@Test func aMemoReusesUnchangedPagesAndMatchesAColdRunAfterALabelMoves() throws {
  let book = try CachedBook(referencingChapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  let memo = PageMemo()
  let first = try renderedSite(book, memo: memo)
  #expect(first.verified)
  #expect(first.book.cachedPageCount == 0)
  let second = try renderedSite(book, memo: memo)
  #expect(second.book.cachedPageCount == 3)
  #expect(second.book.site?.files == first.book.site?.files)
  // A new equation before the labelled one renumbers it, which the other pages print: only chapter one runs again,
  // and every page equals a run without the memo.
  try writeFiles(
    [
      "01-one.md": Array(
        "# One\n\n$$c$$ {#eq-first}\n\n$$a + b$$ {#eq-sum}\n\n```tensor\nassert 1 + 1 == 2\n```\n".utf8)
    ],
    under: book.content)
  let edited = try renderedSite(book, memo: memo)
  #expect(edited.book.cachedPageCount == 2)
  let cold = try renderedSite(book, memo: nil)
  #expect(edited.book.site?.files == cold.book.site?.files)
  let home = String(decoding: cold.book.site?.files["index.html"] ?? [], as: UTF8.self)
  #expect(home.contains("1.2"))
  #expect(edited.book.site?.files != second.book.site?.files)
  // A prose edit that moves no label: the other pages' bodies come from the memo, and every file equals a cold run.
  try writeFiles(
    ["02-two.md": Array("# Two\n\nAs @eq-sum says, and more:\n\n```tensor\n>>> 2 * 3\n6\n```\n".utf8)],
    under: book.content)
  let prose = try renderedSite(book, memo: memo)
  #expect(prose.book.cachedPageCount == 2)
  #expect(prose.book.site?.files == (try renderedSite(book, memo: nil)).book.site?.files)
  let two = String(decoding: prose.book.site?.files["two.html"] ?? [], as: UTF8.self)
  #expect(two.contains("and more"))
  // A new title shows in every page's sidebar and in its neighbours' links; a theme file changes every page.
  try writeFiles(
    ["02-two.md": Array("# Second\n\nAs @eq-sum says, and more:\n\n```tensor\n>>> 2 * 3\n6\n```\n".utf8)],
    under: book.content)
  let retitled = try renderedSite(book, memo: memo)
  #expect(retitled.book.site?.files == (try renderedSite(book, memo: nil)).book.site?.files)
  let one = String(decoding: retitled.book.site?.files["one.html"] ?? [], as: UTF8.self)
  #expect(one.contains("Second"))
  try writeFiles(
    ["sidebar.mustache": Array("<nav>{{bookTitle}} {{#nearbyChapters}}{{title}} {{/nearbyChapters}}</nav>\n".utf8)],
    under: book.content)
  let themed = try renderedSite(book, memo: memo)
  #expect(themed.book.site?.files == (try renderedSite(book, memo: nil)).book.site?.files)
  #expect(themed.book.site?.files != retitled.book.site?.files)
  try FileManager.default.removeItem(at: book.content.appendingPathComponent("sidebar.mustache"))
  // A failing edit is reported from the memo as from a cold run.
  try writeFiles(["02-two.md": Array("# Two\n\n```tensor\n>>> 2 * 3\n7\n```\n".utf8)], under: book.content)
  let failing = try renderedSite(book, memo: memo)
  #expect(failing.diagnostics == (try renderedSite(book, memo: nil)).diagnostics)
  #expect(!failing.diagnostics.isEmpty)
  #expect(try renderedSite(book, memo: memo).diagnostics == failing.diagnostics)
}

@Test func aRebuildOverTheOldSiteMatchesAColdBuildAfterALabelMovesAndAfterAChapterGoes() throws {
  let book = try CachedBook(referencingChapters)
  defer { try? FileManager.default.removeItem(at: book.folder) }
  /// Builds into `site` (cached, over the previous site, whose unchanged files are linked) and into a fresh folder
  /// with `--no-cache`; the two trees must be equal.
  func expectSameAsCold(_ round: String) throws {
    let warm = try Pipeline.build(book.options(output: "site"))
    #expect(warm.verified, "\(round)")
    let cold = try Pipeline.build(book.options(output: "cold-\(round)", enabled: false))
    #expect(cold.verified, "\(round)")
    let coldFiles = try readTree(book.folder.appendingPathComponent("cold-\(round)"))
    #expect(!coldFiles.isEmpty)
    #expect(try readTree(book.folder.appendingPathComponent("site")) == coldFiles, "\(round)")
  }
  try expectSameAsCold("first")
  // A new equation before the referenced one renumbers it: the home page and chapter two, unchanged, must change.
  let homeBefore = try readTree(book.folder.appendingPathComponent("site"))["index.html"]
  try writeFiles(
    [
      "01-one.md": Array(
        "# One\n\n$$c$$ {#eq-first}\n\n$$a + b$$ {#eq-sum}\n\n```tensor\nassert 1 + 1 == 2\n```\n".utf8)
    ], under: book.content)
  try expectSameAsCold("label-moved")
  #expect(try readTree(book.folder.appendingPathComponent("site"))["index.html"] != homeBefore)
  try FileManager.default.removeItem(at: book.content.appendingPathComponent("02-two.md"))
  try expectSameAsCold("chapter-deleted")
  #expect(try readTree(book.folder.appendingPathComponent("site"))["two.html"] == nil)
}
