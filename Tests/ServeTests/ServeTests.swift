import Foundation
import Testing

@testable import DocbuildCLI
@testable import Pipeline
@testable import Serve

/// One HTTP/1.1 exchange over a plain socket to 127.0.0.1: sends `GET path` and reads until `done` says the bytes so
/// far are enough (it sees them after every read), or `timeout`.
private func blockingExchange(
  port: UInt16, path: String, timeout: TimeInterval, until done: (String) -> Bool
) -> String {
  let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  guard descriptor >= 0 else { return "" }
  defer { close(descriptor) }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_port = port.bigEndian
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  let connected = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  guard connected == 0 else { return "" }
  var wait = timeval(tv_sec: 0, tv_usec: 100_000)
  setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
  let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
  _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
  var received: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65_536)
  let deadline = Date(timeIntervalSinceNow: timeout)
  while Date() < deadline {
    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    if count == 0 { break }
    if count > 0 { received += buffer[..<count] }
    if done(String(decoding: received, as: UTF8.self)) { break }
  }
  return String(decoding: received, as: UTF8.self)
}

private func page(_ port: UInt16, _ path: String) -> String {
  blockingExchange(port: port, path: path, timeout: 10) {
    $0.contains("</html>") || $0.hasPrefix("HTTP/1.1 404") && $0.hasSuffix("\n")
  }
}

/// The `docbuild` executable `swift test` builds beside this test bundle (`docbuild-serve` stands beside it).
private let docbuildExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  .appendingPathComponent("docbuild")

/// How long a step of a serve test may take before it fails. Only a failure waits this long: each wait ends as soon
/// as what it waits for has happened, so the bound can be generous enough for a machine whose load is 20 on two
/// cores (a tight bound made the test fail there, not the server).
private let patience: TimeInterval = 120

/// Waits, blocking this thread, until `condition` holds or `patience` runs out; answers whether it holds.
private func eventually(_ condition: () -> Bool) -> Bool {
  let deadline = Date(timeIntervalSinceNow: patience)
  while !condition() {
    if Date() > deadline { return condition() }
    Thread.sleep(forTimeInterval: 0.05)
  }
  return true
}

/// The versions a server-sent event stream announced (`data: N` lines), in order.
private func announcedVersions(_ stream: String) -> [Int] {
  // `isNewline`, not "\n": the chunked body's "\r\n" before a chunk's text is one Character, which "\n" never splits.
  stream.split(whereSeparator: \.isNewline).compactMap { line in
    line.hasPrefix("data: ") ? Int(line.dropFirst("data: ".count)) : nil
  }
}

/// `docbuild serve` on a book: a real server in its own process, so neither its startup nor its answers wait for this
/// test process's few shared threads (a test run's heaviest tests can hold them for minutes on a loaded machine).
/// The whole test is synchronous for the same reason: it never waits for this process's async work to be scheduled.
@Test func serveReloadsAnEditedChapterAndShowsADiagnosticPage() throws {
  try #require(FileManager.default.isExecutableFile(atPath: docbuildExecutable.path), "no docbuild beside the tests")
  let folder = try temporaryDirectory("docbuild-serve")
  defer { try? FileManager.default.removeItem(at: folder) }
  let chapter = folder.appendingPathComponent("content/01-a.md")
  try writeFiles(
    ["content/01-a.md": Array("# A\n\nFirst text.\n\n```tensor\nx = 1 + 1\nassert x == 2\n```\n".utf8)],
    under: folder)
  let terminal = TerminalText()
  let errors = Pipe()
  errors.fileHandleForReading.readabilityHandler = { handle in
    let bytes = handle.availableData
    if !bytes.isEmpty { terminal.append(String(decoding: bytes, as: UTF8.self)) }
  }
  let server = Process()
  server.executableURL = docbuildExecutable
  server.arguments = ["serve", "--content", "content", "--port", "0", "--jobs", "1"]
  server.currentDirectoryURL = folder
  var environment = ProcessInfo.processInfo.environment
  environment["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
  environment["NO_COLOR"] = "1"
  server.environment = environment
  server.standardOutput = FileHandle.nullDevice
  server.standardError = errors
  try server.run()
  defer {
    if server.isRunning { kill(server.processIdentifier, SIGKILL) }
    errors.fileHandleForReading.readabilityHandler = nil
  }

  // The server says where it listens once its first build is served.
  var port: UInt16 = 0
  #expect(
    eventually {
      guard let match = terminal.text.firstMatch(of: /serving content at http:\/\/127\.0\.0\.1:([0-9]+)\//) else {
        return false
      }
      port = UInt16(match.1) ?? 0
      return true
    }, "no serving line: \(terminal.text)")
  try #require(port != 0)

  let first = page(port, "/a.html")
  #expect(first.hasPrefix("HTTP/1.1 200"))
  #expect(first.contains("First text."))
  #expect(first.contains("/__docbuild/events"))
  #expect(page(port, "/missing.html").hasPrefix("HTTP/1.1 404"))

  // Listen for reload events; once the stream has announced the current version, save the chapter: a newer version
  // arrives, then the new page. How soon is measured by `Benchmarks/book_benchmark.py` (the serve row), not here.
  var saved = false
  let stream = blockingExchange(port: port, path: "/__docbuild/events", timeout: patience) { received in
    if !saved, announcedVersions(received).contains(1) {
      saved = true
      try? Data("# A\n\nSecond text.\n\n```tensor\nx = 1 + 1\nassert x == 2\n```\n".utf8).write(to: chapter)
    }
    return announcedVersions(received).contains { $0 > 1 }
  }
  #expect(stream.contains("text/event-stream"))
  #expect(announcedVersions(stream).first == 1)
  // A save is not one step (an editor truncates, writes, closes), so the watcher may rebuild from part of the file and
  // then again: any newer version is the reload, and the page a reader's browser reloads to is the new one.
  #expect(announcedVersions(stream).contains { $0 > 1 })
  #expect(eventually { page(port, "/a.html").contains("Second text.") })

  // A broken edit shows its diagnostic, escaped, in place of the page; the terminal gets the same text.
  try Data("# A\n\nSecond text.\n\n```tensor\nx = 1 + 1\nassert x == 3, \"<b>\"\n```\n".utf8).write(to: chapter)
  var broken = ""
  #expect(
    eventually {
      broken = page(port, "/a.html")
      return broken.contains("claim failed")
    })
  #expect(broken.contains("content/01-a.md:7:1: error: claim failed"))
  #expect(broken.contains("&lt;b&gt;"))
  #expect(!broken.contains("<b>"))
  #expect(!broken.contains("Second text."))
  // The terminal's copy is printed just after the new pages are swapped in.
  #expect(eventually { terminal.text.contains("content/01-a.md:7:1: error: claim failed") })

  // Fixing it restores the page.
  try Data("# A\n\nThird text.\n\n```tensor\nx = 1 + 1\nassert x == 2\n```\n".utf8).write(to: chapter)
  var fixed = ""
  #expect(
    eventually {
      fixed = page(port, "/a.html")
      return fixed.contains("Third text.")
    })
  #expect(!fixed.contains("claim failed"))
  #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))

  // Ctrl-C stops it cleanly.
  kill(server.processIdentifier, SIGINT)
  #expect(eventually { !server.isRunning })
  #expect(!server.isRunning && server.terminationStatus == 0)
  #expect(eventually { terminal.text.hasSuffix("stopped\n") })
}

@Test func serveListensOnLoopbackByDefault() {
  let command = try? ServeCommand.parse([])
  #expect(command?.host == "127.0.0.1")
  #expect(throws: (any Error).self) { try ServeCommand.parse(["--port", "70000"]) }
}

/// What the server printed to its terminal, collected from the pipe's reading thread as it arrives.
private final class TerminalText: @unchecked Sendable {
  private let lock = NSLock()
  private var received = ""
  func append(_ text: String) { lock.withLock { received += text } }
  var text: String { lock.withLock { received } }
}

private func temporaryDirectory(_ name: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

private func writeFiles(_ files: [String: [UInt8]], under folder: URL) throws {
  for (path, bytes) in files {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }
}

/// A built site's files, read back by relative path.
private func siteFile(_ folder: URL, _ name: String) throws -> [UInt8] {
  Array(try Data(contentsOf: folder.appendingPathComponent("site/" + name)))
}

@Test func serveMakesThePrintPageAndSearchIndexOnRequestWithTheBuildsBytes() throws {
  let folder = try temporaryDirectory("docbuild-serve-deferred")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(
    [
      "content/index.md": Array("# Book\n\nSee [b](02-b.md#two).\n".utf8),
      "content/01-a.md": Array("# A\n\n## One\n\n$x^2$ and [b](02-b.md).\n\n```tensor\n>>> 1 + 1\n2\n```\n".utf8),
      "content/02-b.md": Array("# B\n\n## Two\n\nBack to [one](01-a.md#one).\n".utf8),
    ], under: folder)
  var options = PipelineOptions(
    contentDirectory: "content", outputDirectory: "site", jobs: 2, workingDirectory: folder.path)
  options.cache.enabled = false
  let built = try Pipeline.build(options)
  #expect(built.diagnostics.map(\.message) == [])
  let book = LiveBook(options: options) { _ in "" }
  #expect(book.rebuild() == "")
  let version = book.currentVersion
  for name in ["search-index.json", "search-index.js", "a.html"] {
    let expected = try siteFile(folder, name)
    #expect(
      book.file(name)
        == (name.hasSuffix(".html") ? ErrorPage.injectReloadScript(into: expected, version: version) : expected))
  }
  #expect(
    book.file("print.html")
      == ErrorPage.injectReloadScript(into: try siteFile(folder, "print.html"), version: version))
  #expect(book.file("print.html")?.isEmpty == false)
}

@Test func serveStillRefusesALinkedFileNamedLikeTheDeferredSearchIndex() throws {
  let folder = try temporaryDirectory("docbuild-serve-clash")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(
    [
      "content/01-a.md": Array("# A\n\nSee [the file](search-index.json).\n".utf8),
      "content/search-index.json": Array("{}\n".utf8),
    ], under: folder)
  var options = PipelineOptions(
    contentDirectory: "content", outputDirectory: "site", jobs: 1, workingDirectory: folder.path)
  options.cache.enabled = false
  let book = LiveBook(options: options) { outcome in
    DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source))
  }
  let report = book.rebuild()
  #expect(report.contains("content/01-a.md:3:5: error: 'search-index.json' cannot be copied into the site"))
}

@Test func aSavedEditReRendersOnlyItsPageAndServesWhatABuildWrites() throws {
  let folder = try temporaryDirectory("docbuild-serve-edit")
  defer { try? FileManager.default.removeItem(at: folder) }
  let chapterA =
    "# A\n\n## One {#sec-one}\n\n$x^2$ and [b](02-b.md#two).\n\n$$a$$ {#eq-a}\n\n## Other\n\n```tensor\n>>> 1 + 1\n2\n```\n"
  try writeFiles(
    [
      "content/index.md": Array("# Book\n\nSee [b](02-b.md#two) and @eq-a.\n".utf8),
      "content/01-a.md": Array(chapterA.utf8),
      "content/02-b.md": Array("# B\n\n## Two\n\nBack to [other](01-a.md#other), @sec-one.\n".utf8),
      "content/03-c.md": Array("# C\n\nThe end.\n".utf8),
    ], under: folder)
  var options = PipelineOptions(
    contentDirectory: "content", outputDirectory: "site", jobs: 2, workingDirectory: folder.path)
  options.cache.keyFile = folder.appendingPathComponent("key").path
  let book = LiveBook(options: options) { outcome in
    DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source))
  }
  #expect(book.rebuild() == "")
  /// Every file a `--no-cache` build writes must be served with the same bytes (pages with the reload script).
  func expectServedAsBuilt(_ round: String) throws {
    var cold = options
    cold.cache.enabled = false
    try? FileManager.default.removeItem(at: folder.appendingPathComponent("site"))
    #expect(try Pipeline.build(cold).verified, "\(round)")
    let version = book.currentVersion
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("site").path)
    #expect(names.count > 8)
    for name in names where !name.hasPrefix(".") {
      let expected = try siteFile(folder, name)
      let served = book.file(name)
      #expect(
        served == (name.hasSuffix(".html") ? ErrorPage.injectReloadScript(into: expected, version: version) : expected),
        "\(round): \(name)")
    }
  }
  try expectServedAsBuilt("first")
  // Prose and code after the first paragraph: only this page changes, and the print page and search index follow.
  try writeFiles(
    ["content/01-a.md": Array((chapterA + "\nMore prose with $y$.\n\n```tensor\n>>> 2 + 2\n4\n```\n").utf8)],
    under: folder)
  #expect(book.rebuild() == "")
  #expect(book.partialRebuilds == 1)
  try expectServedAsBuilt("edit")
  // A heading another page links to is renamed: the link breaks, as a full render finds.
  try writeFiles(
    ["content/01-a.md": Array(chapterA.replacingOccurrences(of: "## Other", with: "## Another").utf8)], under: folder)
  #expect(book.rebuild().contains("broken link '01-a.md#other'"))
  try writeFiles(["content/01-a.md": Array(chapterA.utf8)], under: folder)
  #expect(book.rebuild() == "")
  try expectServedAsBuilt("fixed")
  try writeFiles(["content/03-c.md": Array("# C\n\nThe end.\n\n```tensor\n>>> 3\n3\n```\n".utf8)], under: folder)
  #expect(book.rebuild() == "")
  #expect(book.partialRebuilds == 2)
  try expectServedAsBuilt("another edit")
}
