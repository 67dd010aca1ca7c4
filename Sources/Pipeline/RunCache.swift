import Foundation
import Snippets

/// Where `build`, `check`, `fix` and `serve` remember each chapter's run, so an unchanged chapter is not run again
/// (the manual, docs/01-books.md, "The run cache").
public struct RunCacheSettings: Sendable {
  /// False for `--no-cache`: every chapter runs.
  public var enabled = true
  /// The cache folder; nil for the default, `.docbuild/NAME` beside the content folder `NAME`.
  public var folder: String?
  /// The file holding this user's signing key; nil for `$XDG_CACHE_HOME/docbuild/key` (or `~/.cache/docbuild/key`).
  public var keyFile: String?

  /// Settings with the default folder and key.
  public init(enabled: Bool = true, folder: String? = nil, keyFile: String? = nil) {
    self.enabled = enabled
    self.folder = folder
    self.keyFile = keyFile
  }
}

/// One chapter's run as the cache keeps it: everything the math and run stages add to a page.
struct CachedRun: Codable {
  /// The tensor blocks' results by block id.
  var results: [Int: BlockResult]
  /// The formulas' MathML by span id.
  var math: [Int: String]
  /// The math stage's diagnostics, without the path (which depends on the folder the command runs from).
  var diagnostics: [CachedDiagnostic]
}

/// A diagnostic without its path.
struct CachedDiagnostic: Codable {
  var line: Int
  var column: Int
  var message: String
  var notes: [String]
}

/// The run cache of one content folder. An entry is named by the SHA-256 of everything a chapter's run depends on —
/// its bytes, the docbuild executable, the cache format and the memory limit — and signed with HMAC-SHA-256 under a
/// key in the user's own cache folder: an entry someone else wrote (a `.docbuild/` committed to a repository) fails
/// the check and is ignored, so no cache can make a claim pass that never ran. Anything unreadable, foreign or
/// corrupt is a miss; a cache that cannot be written is no cache. It never changes what a build writes.
final class RunCache: Sendable {
  /// Bumped whenever `CachedRun` or what a run computes changes shape.
  static let formatVersion = "docbuild-run-cache-3"
  /// Entries over this size are not read: no chapter's results come near it.
  static let largestEntry = 64 << 20

  private let folder: String
  private let key: [UInt8]
  private let fixedKeyPart: [UInt8]

  /// Opens (creating if needed) the cache for a content folder whose links-resolved path is `contentRoot`; nil when
  /// caching is off or impossible here (no home folder for the key, a planted link, a read-only disk).
  init?(settings: RunCacheSettings, contentRoot: String, memoryLimit: Int) {
    guard settings.enabled, let identity = Self.executableIdentity(),
      let key = Self.signingKey(at: settings.keyFile ?? Self.defaultKeyFile())
    else { return nil }
    let folder = settings.folder ?? Self.defaultFolder(contentRoot: contentRoot)
    guard let folder, Self.makeCacheFolder(folder) else { return nil }
    self.folder = folder
    self.key = key
    self.fixedKeyPart = Array("\(Self.formatVersion)\n\(identity)\n\(memoryLimit)\n".utf8)
  }

  /// `.docbuild/NAME` in the content folder's parent; inside the content folder when that holds the folder the
  /// command runs in (`--content .`), so the cache never lands above the project.
  static func defaultFolder(contentRoot: String) -> String? {
    let url = URL(fileURLWithPath: contentRoot)
    let name = url.lastPathComponent
    guard !name.isEmpty, name != "/" else { return nil }
    let here = FileAccess.realPath(FileManager.default.currentDirectoryPath) ?? FileManager.default.currentDirectoryPath
    let holder = FileAccess.isInside(here, contentRoot) ? url : url.deletingLastPathComponent()
    return holder.appendingPathComponent(".docbuild").appendingPathComponent(name).path
  }

  /// The entry name for a chapter with these bytes.
  func entryName(for source: [UInt8]) -> String {
    SHA256.hex(SHA256.digest(fixedKeyPart + SHA256.digest(source)))
  }

  /// The cached run of a chapter with these bytes, if a valid entry exists.
  func lookup(_ name: String) -> CachedRun? {
    guard let payload = loadSigned(name) else { return nil }
    return try? BinaryCoder.decode(CachedRun.self, from: payload)
  }

  /// Remembers a chapter's run; failures are silent, since the cache only saves time.
  func store(_ run: CachedRun, as name: String) {
    guard let payload = try? BinaryCoder.encode(run) else { return }
    storeSigned(payload, as: name)
  }

  /// The payload of the cache file `name` when its signature is this user's; nil when it is missing, unreadable,
  /// corrupt or signed by anyone else.
  func loadSigned(_ name: String) -> [UInt8]? {
    guard let bytes = Self.readFile(folder + "/" + name, limit: Self.largestEntry),
      bytes.count > 65, bytes[64] == UInt8(ascii: "\n")
    else { return nil }
    let payload = Array(bytes[65...])
    let expected = SHA256.hex(SHA256.authenticationCode(Array(name.utf8) + payload, key: key))
    guard String(decoding: bytes[..<64], as: UTF8.self) == expected else { return nil }
    return payload
  }

  /// Writes `payload` as the cache file `name`, signed (the signature covers the name too, so an entry cannot be
  /// passed off under another chapter's name).
  func storeSigned(_ payload: [UInt8], as name: String) {
    let tag = SHA256.hex(SHA256.authenticationCode(Array(name.utf8) + payload, key: key))
    Self.replaceFile(folder + "/" + name, with: Array(tag.utf8) + [10] + payload)
  }

  /// Removes entries no chapter of this run used, so the folder holds one entry per chapter, not one per edit.
  func prune(keeping names: Set<String>) {
    guard case .success(let listing) = FileAccess.listFolder(folder) else { return }
    for entry in listing where !names.contains(entry) && entry.utf8.count >= 64 {
      let name = entry.prefix(64)
      // Entries, and the temporary files of writes a killed docbuild never finished.
      guard name.allSatisfy(\.isHexDigit), entry.count == 64 || entry.dropFirst(64).hasPrefix(".tmp-") else { continue }
      unlink(folder + "/" + entry)
    }
  }

  /// The cache of `options`' content folder, with the folder's links-resolved path and `executableIdentity()`; nil
  /// when caching is off or impossible, or the content folder is not a folder (the load stage reports that; no cache
  /// folder is made for a mistyped path). The book manifest and the site record both open theirs so.
  static func ofContentFolder(_ options: PipelineOptions) -> (cache: RunCache, root: String, identity: String)? {
    guard options.cache.enabled else { return nil }
    let root = FileAccess.resolved(options.contentDirectory, base: options.workingDirectory)
    var status = stat()
    guard stat(root, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, let identity = executableIdentity(),
      let cache = RunCache(settings: options.cache, contentRoot: root, memoryLimit: options.memoryLimit)
    else { return nil }
    return (cache, root, identity)
  }

  /// The running executable's device, inode, size and modification time: a rebuilt docbuild never reads an old
  /// docbuild's entries. Hashing the executable itself would cost more than most chapters take to run.
  static func executableIdentity() -> String? {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return nil }
    return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }

  /// `$XDG_CACHE_HOME/docbuild/key`, else `$HOME/.cache/docbuild/key`; nil without either.
  static func defaultKeyFile() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/docbuild/key" }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/docbuild/key" }
    return nil
  }

  /// Reads the 32-byte key at `path`, creating it (mode 0600, from the system's random source) the first time.
  static func signingKey(at path: String?) -> [UInt8]? {
    guard let path else { return nil }
    if let key = Self.readFile(path, limit: 64), key.count == 32 { return key }
    guard makeFolder((path as NSString).deletingLastPathComponent) else { return nil }
    var key = [UInt8](repeating: 0, count: 32)
    var generator = SystemRandomNumberGenerator()
    for index in key.indices { key[index] = generator.next() }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      let written = key.withUnsafeBytes { write(descriptor, $0.baseAddress, 32) }
      close(descriptor)
      if written == 32 { return key }
      unlink(path)
      return nil
    }
    // Another docbuild made it first: use theirs.
    guard let existing = Self.readFile(path, limit: 64), existing.count == 32 else { return nil }
    return existing
  }

  /// Creates `path` and its missing parents (as `mkdir -p`); false when some part is not a folder.
  static func makeFolder(_ path: String) -> Bool {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      var status = stat()
      if stat(current, &status) == 0 {
        guard status.st_mode & S_IFMT == S_IFDIR else { return false }
        continue
      }
      guard mkdir(current, 0o755) == 0 || errno == EEXIST else { return false }
    }
    return true
  }

  /// Creates the cache folder and the one holding it (`.docbuild`) if missing, neither through a link: a
  /// `.docbuild` planted in a book as a link to somewhere else must not receive the cache's files.
  static func makeCacheFolder(_ folder: String) -> Bool {
    let holder = (folder as NSString).deletingLastPathComponent
    for path in [holder, folder] {
      if mkdir(path, 0o755) != 0, errno != EEXIST { return false }
      guard isRealFolder(path) else { return false }
    }
    return true
  }

  /// True when `path` itself is a folder and not a link.
  static func isRealFolder(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// The bytes of the regular file at `path` if it is at most `limit` bytes; never through a link, never blocking.
  static func readFile(_ path: String, limit: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit else {
      return nil
    }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
    var count = 0
    while count < bytes.count {
      let result = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
      if result < 0, errno == EINTR { continue }
      guard result >= 0 else { return nil }
      if result == 0 { break }
      count += result
    }
    // A file that grew while being read is someone else's write in progress.
    guard count <= Int(status.st_size) else { return nil }
    return Array(bytes[..<count])
  }

  /// Writes `bytes` to a new file beside `path`, created exclusively and never through a link, then renames it
  /// over `path`, so a reader sees the old entry or the new one, never half of one.
  static func replaceFile(_ path: String, with bytes: [UInt8]) {
    var generator = SystemRandomNumberGenerator()
    let temporary = path + ".tmp-" + String(generator.next() as UInt64, radix: 16)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    let failure = FileAccess.writeAll(bytes, to: descriptor)
    close(descriptor)
    if failure != nil || rename(temporary, path) != 0 { unlink(temporary) }
  }
}
