import Foundation

/// The file-system calls the pipeline makes, in POSIX terms, so every failure reads as a plain sentence
/// (`Permission denied`) rather than a Foundation error domain and code.
enum FileAccess {
  /// The largest file docbuild reads (a chapter, theme file or `book.json`): 16 MiB, far beyond any real chapter,
  /// so a device or a huge file ends with a message instead of exhausting memory.
  static let maximumFileSize = 16 << 20

  /// The text of the current `errno`.
  static func errorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }

  /// `path` made absolute against `base` with every symbolic link of its existing part resolved; the part that does
  /// not exist yet is appended as written, with `.` and `..` applied. What every comparison of paths uses.
  static func resolved(_ path: String, base: String) -> String {
    let absolute = path.hasPrefix("/") ? path : base + "/" + path
    var result = "/"
    var existing = true
    for part in absolute.split(separator: "/").map(String.init) {
      switch part {
      case ".": continue
      case "..": result = (result as NSString).deletingLastPathComponent
      default:
        let candidate = result == "/" ? "/" + part : result + "/" + part
        var status = stat()
        if existing, lstat(candidate, &status) == 0, let real = realPath(candidate) {
          result = real
        } else {
          existing = false
          result = candidate
        }
      }
    }
    return result
  }

  /// `realpath(3)` of `path`, nil when it does not resolve.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// True when `path` is `folder` or inside it (both already resolved).
  static func isInside(_ path: String, _ folder: String) -> Bool {
    folder == "/" || path == folder || path.hasPrefix(folder + "/")
  }

  /// What kind of file `mode` describes, for messages.
  static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFREG: return "a regular file"
    case S_IFDIR: return "a folder"
    case S_IFLNK: return "a symbolic link"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFIFO: return "a named pipe"
    case S_IFSOCK: return "a socket"
    default: return "a special file"
    }
  }

  /// Reads the regular file at `path`, refusing anything else (a pipe would block, a device never ends), a file over
  /// `maximumFileSize`, and — when `root` is given — a file whose real location is outside `root`. The location is
  /// taken from the open descriptor, so swapping a link between the check and the read changes nothing. `shown` is
  /// the path messages print.
  static func readFile(_ path: String, shown: String, confinedTo root: String?) throws(CommandFailure) -> [UInt8] {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw CommandFailure("cannot read '\(shown)': \(errorText())")
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw CommandFailure("cannot read '\(shown)': it is \(kind(of: status.st_mode)), not a regular file")
    }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw CommandFailure("cannot read '\(shown)': \(errorText())") }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      throw CommandFailure("cannot read '\(shown)': it is not a regular file")
    }
    if let root {
      let location = realPath("/proc/self/fd/\(descriptor)") ?? realPath(path) ?? path
      guard isInside(location, root) else {
        throw CommandFailure(
          "refusing to read '\(shown)': it resolves to '\(location)', outside the content folder "
            + "(a book that means it sets \"allowFilesOutsideContent\": true in book.json)")
      }
    }
    return try readAll(descriptor, shown: shown)
  }

  /// Every byte of an open file, up to `maximumFileSize`.
  static func readAll(_ descriptor: Int32, shown: String) throws(CommandFailure) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandFailure("cannot read '\(shown)': \(errorText())")
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
      guard bytes.count <= maximumFileSize else {
        throw CommandFailure("cannot read '\(shown)': it is larger than \(maximumFileSize >> 20) MiB")
      }
    }
  }

  /// Writes all of `bytes` at the descriptor's position; nil on success, else the error text.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return errorText()
      }
      written += result
    }
    return nil
  }

  /// Removes `path` and everything under it without following links, first making folders writable and searchable
  /// so a read-only folder a killed build left behind never blocks the next one; nil on success, else the error.
  /// Every step goes through the descriptor of the folder above it, so a folder swapped for a link while the tree is
  /// being removed leads nowhere: the walk never leaves the tree it started in.
  static func removeTree(_ path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    let parent = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard parent >= 0 else { return errno == ENOENT ? nil : errorText() }
    defer { close(parent) }
    return removeEntry(url.lastPathComponent, in: parent)
  }

  /// Linux's `O_PATH`, which Glibc's Swift overlay does not export.
  private static let openPathOnly: Int32 = 0o10_000_000

  private static func removeEntry(_ name: String, in parent: Int32) -> String? {
    var status = stat()
    guard fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
      return errno == ENOENT ? nil : errorText()
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      return unlinkat(parent, name, 0) == 0 || errno == ENOENT ? nil : errorText()
    }
    if status.st_mode & 0o700 != 0o700 {
      // An O_PATH descriptor opens even a folder without permissions, and never through a link.
      let handle = openat(parent, name, openPathOnly | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if handle >= 0 {
        chmod("/proc/self/fd/\(handle)", (status.st_mode & 0o7777) | 0o700)
        close(handle)
      }
    }
    let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard folder >= 0 else { return errorText() }
    let names: [String]
    switch listFolder(descriptor: folder) {
    case .success(let listed): names = listed
    case .failure(let failure):
      close(folder)
      return failure.text
    }
    for entry in names {
      if let failure = removeEntry(entry, in: folder) {
        close(folder)
        return failure
      }
    }
    close(folder)
    return unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno == ENOENT ? nil : errorText()
  }

  /// The names in an open folder; the descriptor stays open and the caller's.
  private static func listFolder(descriptor: Int32) -> Result<[String], SystemError> {
    let copy = dup(descriptor)
    guard copy >= 0, let folder = fdopendir(copy) else {
      let code = errno
      if copy >= 0 { close(copy) }
      return .failure(SystemError(code: code))
    }
    defer { closedir(folder) }
    return readNames(folder)
  }

  /// The names in a folder (without `.` and `..`), or the `errno` that stopped listing it.
  static func listFolder(_ path: String) -> Result<[String], SystemError> {
    guard let folder = opendir(path) else { return .failure(SystemError(code: errno)) }
    defer { closedir(folder) }
    return readNames(folder)
  }

  private static func readNames(_ folder: OpaquePointer) -> Result<[String], SystemError> {
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(folder) else {
        if errno != 0 { return .failure(SystemError(code: errno)) }
        return .success(names)
      }
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { names.append(name) }
    }
  }
}

/// A failed system call's `errno`, for a caller that words the message.
struct SystemError: Error {
  /// The `errno` value.
  var code: Int32
  /// `strerror` of the code.
  var text: String { FileAccess.errorText(code) }
}
