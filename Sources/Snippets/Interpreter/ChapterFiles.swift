import TensorCore

/// A chapter's files: what `open`, `np.save`, `np.savez` and `np.savetxt` wrote, kept in memory and never on disk,
/// shared by the chapter's blocks in order and gone when the chapter ends. A snippet reads only what an earlier
/// statement of its chapter wrote, so a page never depends on the author's disk.
struct ChapterFiles {
  /// What one file holds: text, one array (`.npy`) or named arrays (`.npz`).
  enum Content {
    case text(String)
    case array(Tensor)
    case archive([(String, Tensor)])

    /// The bytes this content counts against `maxBytes`: text as UTF-8, arrays by their elements.
    var bytes: Int {
      switch self {
      case .text(let text): text.utf8.count
      case .array(let array): 128 + array.size * array.dtype.itemsize
      case .archive(let items): items.reduce(22) { $0 + 128 + $1.0.utf8.count + $1.1.size * $1.1.dtype.itemsize }
      }
    }
  }

  /// The most bytes all of a chapter's files may hold together: the element limit's worth of float64s' text.
  static let maxBytes = 64 * 1024 * 1024
  /// The most files a chapter may hold.
  static let maxFiles = 1_000
  /// The longest file name, as on common file systems.
  static let maxNameBytes = 255

  /// A file name by its UTF-8 bytes: Swift's `String ==` equates canonically equivalent names (`café` composed and
  /// decomposed), which a Linux file system, and so Python, keeps apart.
  struct Key: Hashable {
    var bytes: [UInt8]
    init(_ name: String) { bytes = Array(name.utf8) }
    var name: String { String(decoding: bytes, as: UTF8.self) }
  }

  private var entries: [Key: Content] = [:]
  private var totalBytes = 0
  /// How many open files hold text written to each name since they were last flushed. Python buffers that text, and
  /// when a buffer reaches the file depends on its size and on when the file object is freed, so reading such a file
  /// is refused rather than guessed.
  private var unflushed: [Key: Int] = [:]

  /// Notes that an open file wrote to `name` (`true`), or flushed or closed (`false`).
  mutating func hold(_ name: String, _ held: Bool) {
    let key = Key(name)
    unflushed[key, default: 0] += held ? 1 : -1
    if unflushed[key] ?? 0 <= 0 { unflushed[key] = nil }
  }

  /// True while an open file holds unflushed text for `name`.
  func isHeld(_ name: String) -> Bool { unflushed[Key(name)] != nil }

  /// How many writes and removals the chapter has made, and the count after each name's last one.
  private var changes = 0
  private var lastChange: [Key: Int] = [:]
  /// The line of the chapter's last refused statement and the change count then: Python would have run that
  /// statement, which may have written or removed any file.
  private var refusal: (line: Int, changes: Int)?

  /// Notes a refused statement: files it may have changed are unknown until the chapter writes them again. The
  /// statements after a refused one in its block are noted too; with no file change between, the message keeps
  /// naming the first, the one that was refused.
  mutating func noteRefusal(line: Int) {
    if let refusal, refusal.changes == changes { return }
    refusal = (line, changes)
  }

  /// The content of a file a statement reads, or nil when there is none (a chapter starts in an empty folder of its
  /// own, so Python's FileNotFoundError). Refused when a statement docbuild refused may have written or removed the
  /// file since the chapter last did: Python would have run that statement.
  func readable(_ name: String) throws(PythonError) -> Content? {
    let key = Key(name)
    if let refusal, lastChange[key, default: 0] <= refusal.changes {
      throw Self.refusal(
        "the statement on line \(refusal.line) was refused, and Python would have run it: it may have written or "
          + "removed \(Self.quoted(name)), so docbuild cannot show what Python would read")
    }
    return entries[key]
  }

  /// Refuses to list the folder after a refused statement, which may have made or removed any file.
  func checkListable() throws(PythonError) {
    guard let refusal else { return }
    throw Self.refusal(
      "the statement on line \(refusal.line) was refused, and Python would have run it: it may have written or "
        + "removed files, so docbuild cannot list the folder as Python would")
  }

  /// Counts a write or removal of `name`.
  private mutating func noteChange(_ key: Key) {
    changes += 1
    lastChange[key] = changes
  }

  /// The names of the chapter's files, in code point order.
  var names: [String] { entries.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map(\.name) }

  /// Stores a file, replacing what it held, within the chapter's bounds.
  mutating func store(_ name: String, _ content: Content) throws(PythonError) {
    let new = content.bytes
    try checkRoom(name, new)
    let key = Key(name)
    totalBytes += new - (entries[key]?.bytes ?? 0)
    entries[key] = content
    noteChange(key)
  }

  /// Throws unless `bytes` fit in place of what `name` holds now (checked before an array is copied, too).
  func checkRoom(_ name: String, _ bytes: Int) throws(PythonError) {
    let key = Key(name)
    if entries[key] == nil, entries.count >= Self.maxFiles {
      throw Self.limit("a chapter may hold at most \(Self.maxFiles) files")
    }
    guard bytes <= Self.maxBytes, totalBytes - (entries[key]?.bytes ?? 0) + bytes <= Self.maxBytes else {
      throw Self.limit("a chapter's files may hold at most \(Self.maxBytes / 1024 / 1024) MiB together")
    }
  }

  /// Deletes a file; false when there was none.
  mutating func remove(_ name: String) -> Bool {
    guard let old = entries.removeValue(forKey: Key(name)) else { return false }
    totalBytes -= old.bytes
    noteChange(Key(name))
    return true
  }

  private static func limit(_ message: String) -> PythonError {
    var error = PythonError("OSError", "[Errno 28] No space left on device: \(message) (they live in memory)")
    error.isLimit = true
    return error
  }

  /// A refusal: Python would have gone on (or touched the author's disk), so no transcript may expect it.
  static func refusal(_ message: String) -> PythonError {
    var error = PythonError("NotImplementedError", message)
    error.isLimit = true
    return error
  }

  /// Python's text for a name in messages (`'x.npy'`).
  static func quoted(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "\\'") + "'" }

  /// The file name a snippet may use: a plain name in the chapter's own folder. Absolute paths, folders, `..`,
  /// control characters and anything that could mean another file on a real disk are refused.
  static func name(_ value: Value) throws(PythonError) -> String {
    guard case .string(let path) = value else {
      if case .int = value {
        throw refusal("snippets open files by name only, not by file descriptor")
      }
      throw PythonError.type("expected str, bytes or os.PathLike object, not \(value.typeName)")
    }
    if path.unicodeScalars.contains("\0") { throw PythonError.value("embedded null byte") }
    if path.isEmpty { throw PythonError("FileNotFoundError", "[Errno 2] No such file or directory: ''") }
    let rule =
      "snippets read and write only their chapter's own files, kept in memory, by plain names such as 'data.csv'"
    if path.hasPrefix("/") || path.hasPrefix("~") {
      throw refusal("\(quoted(path)) is an absolute path: \(rule)")
    }
    if path.contains("/") || path.contains("\\") {
      throw refusal("\(quoted(path)) names a folder: \(rule)")
    }
    if path == "." || path == ".." { throw refusal("\(quoted(path)) is a folder: \(rule)") }
    if path.utf8.count > maxNameBytes { throw PythonError("OSError", "[Errno 36] File name too long: \(quoted(path))") }
    // Control characters (C0, DEL, C1), which a terminal may act on when a diagnostic names the file.
    if let odd = path.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == ":" })
    {
      throw refusal("\(quoted(path)) holds the character U+\(String(odd.value, radix: 16, uppercase: true)): \(rule)")
    }
    return path
  }
}

extension Interpreter {
  /// The error for a file the chapter has not written: Python's, with a note that says where snippet files live.
  static func missingFile(_ name: String) -> PythonError {
    var error = PythonError("FileNotFoundError", "[Errno 2] No such file or directory: \(ChapterFiles.quoted(name))")
    error.notes = [
      "snippets read only files an earlier statement of the chapter wrote (they live in memory, never on disk)"
    ]
    return error
  }

  /// `__docbuild_file__(operation, …)`: the file store's operations, for the modules written in the snippet
  /// language (ChapterFilesSource.swift).
  mutating func callChapterFiles(_ call: CallArguments) throws(PythonError) -> Value {
    let arguments = call.positional
    guard case .string(let operation) = arguments.first else { throw PythonError.type("__docbuild_file__(op, …)") }
    func argument(_ index: Int) throws(PythonError) -> Value {
      guard index < arguments.count else { throw PythonError.type("__docbuild_file__(\(operation)) arguments") }
      return arguments[index]
    }
    func text(_ index: Int) throws(PythonError) -> String {
      guard case .string(let text) = try argument(index) else {
        throw PythonError.type("__docbuild_file__(\(operation)) needs a str")
      }
      return text
    }
    switch operation {
    case "raise":
      // Errors whose class the snippet language has no Python name for (`io.UnsupportedOperation`).
      throw PythonError(try text(1), try text(2))
    case "refuse":
      throw ChapterFiles.refusal(try text(1))
    case "list":
      try chapterFiles.checkListable()
      return try .makeList(chapterFiles.names.map { .string($0) })
    default: break
    }
    let name = try ChapterFiles.name(try argument(1))
    switch operation {
    case "name": return .string(name)
    case "missing":
      // NumPy's own words for a missing file (`x.csv not found.`), with the note about where snippet files live.
      var error = Self.missingFile(name)
      error.message = try text(2)
      throw error
    case "exists": return .bool(try chapterFiles.readable(name) != nil)
    case "kind":
      switch try chapterFiles.readable(name) {
      case nil: throw Self.missingFile(name)
      case .text: return .string("text")
      case .array: return .string("npy")
      case .archive: return .string("npz")
      }
    case "size":
      switch try chapterFiles.readable(name) {
      case nil: throw Self.missingFile(name)
      case .text(let text): return .int(text.utf8.count)
      case .array, .archive:
        throw ChapterFiles.refusal(
          "the size of \(ChapterFiles.quoted(name)) depends on NumPy's file format, which snippets do not write")
      }
    case "hold", "release":
      chapterFiles.hold(name, operation == "hold")
      return .none
    case "read":
      if chapterFiles.isHeld(name) {
        throw ChapterFiles.refusal(
          "\(ChapterFiles.quoted(name)) is open for writing and not yet closed: Python may not have written its text "
            + "yet (it buffers), so close the file, or write it in a `with` block, before reading it")
      }
      switch try chapterFiles.readable(name) {
      case nil: throw Self.missingFile(name)
      case .text(let text): return .string(text)
      case .array:
        // A .npy file starts with the byte 0x93, which is not UTF-8: what Python's text-mode read says.
        throw PythonError(
          "UnicodeDecodeError", "'utf-8' codec can't decode byte 0x93 in position 0: invalid start byte")
      case .archive:
        throw ChapterFiles.refusal("\(ChapterFiles.quoted(name)) is a .npz archive: read it with np.load")
      }
    case "write", "append":
      var content = try text(2)
      if operation == "append", case .text(let old) = try chapterFiles.readable(name) { content = old + content }
      try chapterFiles.store(name, .text(content))
      return .none
    case "remove":
      guard try chapterFiles.readable(name) != nil, chapterFiles.remove(name) else { throw Self.missingFile(name) }
      return .none
    case "save":
      let source = try (try argument(2)).toTensor()
      try chapterFiles.checkRoom(name, ChapterFiles.Content.array(source).bytes)
      try chapterFiles.store(name, .array(try core { try source.copy() }))
      return .none
    case "load":
      guard case .array(let array) = try chapterFiles.readable(name) else { throw Self.missingFile(name) }
      return .tensor(try core { try array.copy() })
    case "savez":
      guard case .list(let names) = try argument(2), case .list(let arrays) = try argument(3) else {
        throw PythonError.type("__docbuild_file__(savez, name, names, arrays)")
      }
      var items: [(String, Tensor)] = []
      for (key, value) in zip(names.items, arrays.items) {
        guard case .string(let key) = key else { throw PythonError.type("array names must be str") }
        items.append((key, try core { try value.toTensor().copy() }))
      }
      try chapterFiles.store(name, .archive(items))
      return .none
    case "archive":
      guard case .archive(let items) = try chapterFiles.readable(name) else { throw Self.missingFile(name) }
      var values: [Value] = []
      for (key, array) in items {
        values.append(try .makeTuple([.string(key), .tensor(try core { try array.copy() })]))
      }
      return try .makeList(values)
    default:
      throw PythonError.type("__docbuild_file__: no operation \(operation)")
    }
  }
}

extension ChapterFiles {
  /// NumPy's file functions, written in the snippet language (NumpyFilesSource).
  static let numpyFunctions: Set<String> = [
    "numpy.save", "numpy.load", "numpy.savez", "numpy.savez_compressed", "numpy.savetxt", "numpy.loadtxt",
    "numpy.genfromtxt", "numpy.fromstring",
  ]
}

extension Interpreter {
  /// Calls a function of a module written in the snippet language from a native name (`open`, `np.loadtxt`): errors
  /// are reported at the snippet's statement, as for any module code.
  mutating func callFileFunction(_ module: String, _ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    guard let definition = PythonModules.definitions[module], let slot = definition.slotIndex[name] else {
      throw PythonError("AttributeError", "module '\(module)' has no attribute '\(name)'")
    }
    let frame = try loadModule(module, definition)
    guard let function = frame[slot] else {
      throw PythonError("AttributeError", "module '\(module)' has no attribute '\(name)'")
    }
    return try callValue(function, call)
  }
}
