import Foundation

/// What `lstat` (or `stat`) says about a file that moves whenever its bytes may have changed: device, inode, type
/// and mode, size, and the modification and status-change times to the nanosecond. No program can set a status-change
/// time (only the system clock can), so a rewrite that restores size and modification time still shows.
struct FileStamp: Equatable {
  /// The eight numbers, in the order above.
  var values: [Int]

  init(_ status: stat) {
    values = [
      Int(status.st_dev), Int(status.st_ino), Int(status.st_mode), Int(status.st_size), Int(status.st_mtim.tv_sec),
      Int(status.st_mtim.tv_nsec), Int(status.st_ctim.tv_sec), Int(status.st_ctim.tv_nsec),
    ]
  }

  init?(values: [Int]) {
    guard values.count == 8 else { return nil }
    self.values = values
  }

  /// Reads the eight numbers `write(to:)` wrote; nil when they are not there.
  init?(reading reader: inout ByteReader) {
    var values: [Int] = []
    for _ in 0..<8 {
      guard let value = reader.readInt() else { return nil }
      values.append(value)
    }
    self.init(values: values)
  }

  /// Writes the eight numbers, for `init(reading:)`.
  func write(to writer: inout ByteWriter) { for value in values { writer.write(value) } }

  /// The stamp of `path` itself (`lstat`), or of what it links to; nil when it does not exist.
  static func of(_ path: String, followingLinks: Bool) -> FileStamp? {
    var status = stat()
    let result = followingLinks ? stat(path, &status) : lstat(path, &status)
    return result == 0 ? FileStamp(status) : nil
  }

  /// True for a symbolic link.
  var isLink: Bool { mode_t(values[2]) & S_IFMT == S_IFLNK }

  /// True when the file changed (or claims a change time) less than `BookManifest.racyWindow` seconds before
  /// `time`, or after it: a later write within the clock's granularity might leave this stamp as it is.
  func isRecent(comparedWith time: timespec) -> Bool {
    max(values[4], values[6]) >= time.tv_sec - BookManifest.racyWindow
  }
}

/// The book manifest: a record, kept in the run cache folder and signed like its entries, of a `check` that
/// verified — every file it read (chapters, `book.json`, theme files, linked files) with its stamp and SHA-256, the
/// content folder's listing, and the summary it printed. When nothing in it changed, `check` replays the verdict
/// without reading or running a chapter (the manual, docs/01-books.md, "The run cache").
///
/// A file is taken as unchanged when its stamps are equal. Timestamps are only as fine as the kernel's clock tick,
/// so a file that changed within `racyWindow` seconds of being read is "racy": its bytes are hashed again on every
/// replay until it is old enough to trust its stamp (git's racy-clean rule).
struct BookManifest {
  /// Seconds within which a change time is too close to the read to prove anything; 3 covers FAT's 2-second clock.
  static let racyWindow = 3
  /// The manifest's name in the cache folder (entries are 64 hex digits, so pruning never removes it).
  static let fileName = "book-check"
  static let magic = "docbuild-book-manifest-1"

  /// One file the verdict depended on.
  struct Input {
    /// The path it was opened under.
    var path: String
    /// Its `lstat` stamp.
    var stamp: FileStamp
    /// For a link, the stamp of the file it leads to.
    var target: FileStamp?
    /// The SHA-256 of the bytes the run read.
    var digest: [UInt8]
    /// True when its bytes must be hashed again on each replay.
    var racy: Bool

    /// Writes the input, for `init(reading:)` (the manifest and the site record store inputs alike).
    func write(to writer: inout ByteWriter) {
      writer.write(path)
      stamp.write(to: &writer)
      writer.write(target != nil)
      target?.write(to: &writer)
      writer.write(bytes: digest)
      writer.write(racy)
    }
  }

  /// The format, docbuild executable, memory limit and folders of the run: anything else is another run.
  var context: String
  /// The content folder's device and inode.
  var root: [Int]
  /// The content folder's names, sorted.
  var names: [String]
  var inputs: [Input]
  /// Each page's path and snippet count, for the progress lines.
  var pages: [(path: String, snippets: Int)]
  var statistics: Statistics

  /// The current time.
  static func now() -> timespec {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return time
  }

  func encoded() -> [UInt8] {
    var writer = ByteWriter()
    Self.writeHead(magic: Self.magic, context: context, root: root, names: names, inputs: inputs, to: &writer)
    writer.write(unsigned: UInt64(pages.count))
    for page in pages {
      writer.write(page.path)
      writer.write(page.snippets)
    }
    let numbers = statistics
    for value in [
      numbers.chapters, numbers.snippets, numbers.gradientTables, numbers.claims, numbers.equations,
      numbers.checkedEquations,
    ] {
      writer.write(value)
    }
    return writer.bytes
  }

  /// Reads what `encoded` wrote; nil for anything else.
  init?(decoding bytes: [UInt8]) {
    var reader = ByteReader(bytes)
    guard let head = Self.readHead(magic: Self.magic, from: &reader) else { return nil }
    (context, root, names, inputs) = head
    guard let pageCount = reader.readCount() else { return nil }
    pages = []
    for _ in 0..<pageCount {
      guard let path = reader.readString(), let snippets = reader.readInt() else { return nil }
      pages.append((path, snippets))
    }
    var numbers: [Int] = []
    for _ in 0..<6 {
      guard let value = reader.readInt() else { return nil }
      numbers.append(value)
    }
    guard reader.isAtEnd else { return nil }
    statistics = Statistics(
      chapters: numbers[0], snippets: numbers[1], gradientTables: numbers[2], claims: numbers[3],
      equations: numbers[4], checkedEquations: numbers[5])
  }

  init(
    context: String, root: [Int], names: [String], inputs: [Input], pages: [(path: String, snippets: Int)],
    statistics: Statistics
  ) {
    self.context = context
    self.root = root
    self.names = names
    self.inputs = inputs
    self.pages = pages
    self.statistics = statistics
  }

  /// The manifest of one content folder in its run cache: replays a verdict whose inputs are unchanged, and records
  /// a new one.
  struct Store {
    private let cache: RunCache
    private let root: String
    private let context: String
    private let contentDirectory: String

    /// Nil when caching is off or impossible, or the content folder is not a folder (the load stage reports that;
    /// no cache folder is made for a mistyped path).
    init?(_ options: PipelineOptions) {
      guard let folder = RunCache.ofContentFolder(options) else { return nil }
      let (cache, root, identity) = folder
      self.cache = cache
      self.root = root
      contentDirectory = options.contentDirectory
      context = [
        RunCache.formatVersion, identity, String(options.memoryLimit), options.workingDirectory,
        options.contentDirectory, root,
      ].joined(separator: "\n")
    }

    /// The recorded outcome, progress lines included, when every input is as recorded; nil otherwise.
    func replay(progress: @Sendable (PageProgress) -> Void) -> PipelineOutcome? {
      guard let payload = cache.loadSigned(BookManifest.fileName),
        var manifest = BookManifest(decoding: payload), manifest.context == context,
        let rootStamp = FileStamp.of(root, followingLinks: true), Array(rootStamp.values[0..<2]) == manifest.root,
        case .success(let names) = FileAccess.listFolder(root), names.sorted() == manifest.names
      else { return nil }
      let now = BookManifest.now()
      var settled = false
      for index in manifest.inputs.indices {
        let input = manifest.inputs[index]
        guard FileStamp.of(input.path, followingLinks: false) == input.stamp else { return nil }
        if let target = input.target, FileStamp.of(input.path, followingLinks: true) != target { return nil }
        guard input.racy else { continue }
        guard let bytes = Self.contents(of: input.path), SHA256.digest(bytes) == input.digest else { return nil }
        if !(input.target ?? input.stamp).isRecent(comparedWith: now) {
          manifest.inputs[index].racy = false
          settled = true
        }
      }
      if settled { cache.storeSigned(manifest.encoded(), as: BookManifest.fileName) }
      for page in manifest.pages { progress(PageProgress(path: page.path, snippets: page.snippets, problems: 0)) }
      var outcome = PipelineOutcome(book: Book(contentDirectory: contentDirectory, pages: []))
      outcome.replayedStatistics = manifest.statistics
      return outcome
    }

    /// Records a book that verified with no warnings (a verdict with anything to print is never replayed);
    /// `started` is when the command began, before it read anything.
    func record(_ book: Book, started: timespec) {
      guard book.diagnostics.isEmpty, book.warnings.isEmpty, book.resolvedContentDirectory == root,
        let rootStamp = FileStamp.of(root, followingLinks: true),
        case .success(let names) = FileAccess.listFolder(root)
      else { return }
      var files = book.pages.map { ($0.source.fileSystemPath, $0.source.bytes) }
      files += book.settings.filesRead.map { ($0.key, Array($0.value.utf8)) }
      // Linked files are read relative to the chapters' folder, as the assets stage does.
      if let folder = book.pages.first.map({ ($0.source.fileSystemPath as NSString).deletingLastPathComponent }) {
        files += book.assets.map { (folder + "/" + $0.key, $0.value.bytes) }
      }
      var inputs: [Input] = []
      for (path, bytes) in files {
        guard let stamp = FileStamp.of(path, followingLinks: false) else { return }
        var target: FileStamp?
        if stamp.isLink {
          guard let linked = FileStamp.of(path, followingLinks: true) else { return }
          target = linked
        }
        // A file that changed after the command started may have changed after it was read: its stamp proves
        // nothing, so its bytes are compared on each replay.
        let racy = (target ?? stamp).isRecent(comparedWith: started) || stamp.isRecent(comparedWith: started)
        inputs.append(Input(path: path, stamp: stamp, target: target, digest: SHA256.digest(bytes), racy: racy))
      }
      let manifest = BookManifest(
        context: context, root: Array(rootStamp.values[0..<2]), names: names.sorted(), inputs: inputs,
        pages: book.pages.map { ($0.source.path, $0.results.count) }, statistics: Statistics(book))
      cache.storeSigned(manifest.encoded(), as: BookManifest.fileName)
    }

    /// The bytes of the file at `path` (links followed, as the load stage reads), if it is a regular file within
    /// the size limit.
    private static func contents(of path: String) -> [UInt8]? {
      let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
      return try? FileAccess.readAll(descriptor, shown: path)
    }
  }
}

extension BookManifest.Input {
  /// Reads an input `write(to:)` wrote; nil when it is not there.
  init?(reading reader: inout ByteReader) {
    guard let path = reader.readString(), let own = FileStamp(reading: &reader), let linked = reader.readBool()
    else { return nil }
    var target: FileStamp?
    if linked {
      guard let stamp = FileStamp(reading: &reader) else { return nil }
      target = stamp
    }
    guard let digest = reader.readBytes(), let racy = reader.readBool() else { return nil }
    self.init(path: path, stamp: own, target: target, digest: digest, racy: racy)
  }
}

extension BookManifest {
  /// Writes the start the manifest and the site record share: `magic`, the context, the content folder's device and
  /// inode (`root`), the names found in it and the inputs read, for `readHead`.
  static func writeHead(
    magic: String, context: String, root: [Int], names: [String], inputs: [Input], to writer: inout ByteWriter
  ) {
    writer.write(magic)
    writer.write(context)
    for value in root { writer.write(value) }
    writer.write(unsigned: UInt64(names.count))
    for name in names { writer.write(name) }
    writer.write(unsigned: UInt64(inputs.count))
    for input in inputs { input.write(to: &writer) }
  }

  /// Reads what `writeHead` wrote after `magic`; nil for anything else.
  static func readHead(
    magic: String, from reader: inout ByteReader
  ) -> (context: String, root: [Int], names: [String], inputs: [Input])? {
    guard reader.readString() == magic, let context = reader.readString(), let device = reader.readInt(),
      let inode = reader.readInt(), let nameCount = reader.readCount()
    else { return nil }
    var names: [String] = []
    for _ in 0..<nameCount {
      guard let name = reader.readString() else { return nil }
      names.append(name)
    }
    guard let inputCount = reader.readCount() else { return nil }
    var inputs: [Input] = []
    for _ in 0..<inputCount {
      guard let input = Input(reading: &reader) else { return nil }
      inputs.append(input)
    }
    return (context, [device, inode], names, inputs)
  }
}
