import FlyingFox
import FlyingSocks
import Foundation
import Pipeline

/// `docbuild serve`: an HTTP server over a `LiveBook`, a watcher that rebuilds it when the content folder changes,
/// and a server-sent event stream that tells open pages to reload.
public final class ServeSession: @unchecked Sendable {
  /// The book being served.
  public let book: LiveBook
  /// The port the server listens on (the one asked for, or the one the system chose for 0).
  public private(set) var port: UInt16 = 0
  private let server: HTTPServer
  private var serverTask: Task<Void, any Error>?
  private var watcher: Thread?
  private let stopped = NSCondition()
  private var isStopped = false

  /// How often the content folder is polled for changes: portable, and fast enough that a save shows in well under
  /// a second.
  static let pollInterval: TimeInterval = 0.1
  /// The most files the watcher looks at, so a content folder holding a huge tree cannot make each poll slow.
  static let maximumWatchedFiles = 20_000

  /// Builds the book once and starts serving it on `host:port` (port 0: any free port); `onRebuild` gets each
  /// rebuild's diagnostics text.
  public init(
    book: LiveBook, host: String, port: UInt16, onRebuild: @escaping @Sendable (String) -> Void
  ) async throws {
    self.book = book
    let address: any SocketAddress
    if host.contains(":") {
      address = try sockaddr_in6.inet6(ip6: host, port: port)
    } else {
      address = try sockaddr_in.inet(ip4: host, port: port)
    }
    server = HTTPServer(address: address, timeout: 3600, logger: .disabled)
    await server.appendRoute("GET /__docbuild/events") { [book] _ in
      HTTPResponse(
        statusCode: .ok,
        headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
        body: HTTPBodySequence(from: ReloadEvents(book: book)))
    }
    await server.appendRoute("GET *") { [book] request in
      Self.response(for: request.path, in: book)
    }
    // The folder as it was before the first build: a save during that build, or before the watcher thread is
    // scheduled, is then still a change (taking the first look on the thread missed such saves).
    let before = Self.snapshot(of: book.contentFolder)
    onRebuild(book.rebuild())
    let server = self.server
    serverTask = Task { try await server.run() }
    // Binding fails at once when it fails; the wait is only for the server task to be scheduled, which can take
    // as long as the longest synchronous work holding Swift's few cooperative threads (a test run's heaviest
    // tests took over 60 s on two loaded cores).
    try await server.waitUntilListening(timeout: 600)
    if case .ip4(_, let listening)? = await server.listeningAddress {
      self.port = listening
    } else if case .ip6(_, let listening)? = await server.listeningAddress {
      self.port = listening
    }
    startWatching(from: before, onRebuild: onRebuild)
  }

  /// Stops the watcher and the server.
  public func stop() async {
    markStopped()
    await server.stop(timeout: 1)
    serverTask?.cancel()
  }

  private func markStopped() {
    stopped.lock()
    isStopped = true
    stopped.unlock()
  }

  private var shouldStop: Bool {
    stopped.lock()
    defer { stopped.unlock() }
    return isStopped
  }

  private func startWatching(from snapshot: [String: [Int]], onRebuild: @escaping @Sendable (String) -> Void) {
    let folder = book.contentFolder
    let thread = Thread { [self] in
      var last = snapshot
      let signal = ChangeSignal()
      signal.watch(Self.folders(in: snapshot, under: folder))
      while !shouldStop {
        signal.wait(timeout: Self.pollInterval)
        let now = Self.snapshot(of: folder)
        signal.watch(Self.folders(in: now, under: folder))
        if now != last {
          last = now
          onRebuild(book.rebuild())
        }
      }
    }
    thread.start()
    watcher = thread
  }

  /// The folders a snapshot of `folder` looked into, `folder` itself included, as absolute paths.
  static func folders(in snapshot: [String: [Int]], under folder: String) -> Set<String> {
    var result: Set<String> = [folder]
    for (path, values) in snapshot
    where mode_t(values[0]) & S_IFMT == S_IFDIR && !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
      result.insert(folder + "/" + path)
    }
    return result
  }

  /// Every file under `folder` (links not followed into folders) with its size and modification time.
  static func snapshot(of folder: String) -> [String: [Int]] {
    var result: [String: [Int]] = [:]
    var pending = [""]
    while let relative = pending.popLast(), result.count < maximumWatchedFiles {
      let path = relative.isEmpty ? folder : folder + "/" + relative
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
      for name in names.sorted() {
        let child = relative.isEmpty ? name : relative + "/" + name
        var status = stat()
        guard lstat(folder + "/" + child, &status) == 0 else { continue }
        // A link is reported by what it points to, so editing a linked chapter is seen too.
        var target = status
        if status.st_mode & S_IFMT == S_IFLNK { _ = stat(folder + "/" + child, &target) }
        if status.st_mode & S_IFMT == S_IFDIR, !name.hasPrefix(".") {
          pending.append(child)
        }
        result[child] = [
          Int(target.st_mode), Int(target.st_size), Int(target.st_mtim.tv_sec), Int(target.st_mtim.tv_nsec),
          Int(target.st_ino),
        ]
      }
    }
    return result
  }

  /// The page or file at a request path, or a plain 404.
  static func response(for requestPath: String, in book: LiveBook) -> HTTPResponse {
    var path = requestPath.removingPercentEncoding ?? requestPath
    while path.hasPrefix("/") { path.removeFirst() }
    if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
    guard let bytes = book.file(path) else {
      return HTTPResponse(
        statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
        body: Data("not found: \(path)\n".utf8))
    }
    return HTTPResponse(
      statusCode: .ok, headers: [.contentType: contentType(of: path), .cacheControl: "no-store"], body: Data(bytes))
  }

  /// The media type browsers need for the files a site holds; anything else is served as bytes to download.
  static func contentType(of path: String) -> String {
    let types = [
      "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
      "json": "application/json", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
      "svg": "image/svg+xml", "webp": "image/webp", "woff2": "font/woff2", "ico": "image/x-icon",
      "txt": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8",
    ]
    let ext = (path as NSString).pathExtension.lowercased()
    return types[ext] ?? "application/octet-stream"
  }
}

/// The server-sent event stream of versions: the current one at once, then each new one as the book rebuilds; a
/// comment line every 15 s keeps proxies from closing it.
struct ReloadEvents: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8
  let book: LiveBook

  func makeAsyncIterator() -> Iterator { Iterator(book: book) }

  struct Iterator: AsyncBufferedIteratorProtocol {
    let book: LiveBook
    var seen: Int?

    mutating func next() async throws -> UInt8? { nil }

    mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
      guard let previous = seen else {
        let version = book.currentVersion
        seen = version
        return Array("retry: 300\ndata: \(version)\n\n".utf8)
      }
      while !Task.isCancelled {
        let book = self.book
        // The wait blocks a thread, so it runs on a dispatch thread, never on the few threads async code shares.
        let version = await withCheckedContinuation { continuation in
          DispatchQueue.global().async {
            continuation.resume(returning: book.waitForVersion(after: previous, timeout: 15))
          }
        }
        if version > previous {
          seen = version
          return Array("data: \(version)\n\n".utf8)
        }
        return Array(": keep-alive\n\n".utf8)
      }
      return nil
    }
  }
}
