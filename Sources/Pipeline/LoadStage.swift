import Foundation

/// Load: finds `index.md` and the chapters in the content folder and reads their bytes.
enum LoadStage {
  /// Reads every `*.md` file of `contentDirectory` (chapters ordered by file name, byte-wise, whatever the locale).
  static func load(contentDirectory: String, workingDirectory: String) throws(CommandFailure) -> Book {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CommandFailure("content folder '\(contentDirectory)' does not exist")
    }
    let names: [String]
    do {
      names = try fileManager.contentsOfDirectory(atPath: contentDirectory)
    } catch {
      throw CommandFailure("cannot read content folder '\(contentDirectory)'")
    }
    let markdownNames = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    var pages: [Page] = []
    for name in markdownNames {
      let fileSystemPath = (contentDirectory as NSString).appendingPathComponent(name)
      guard let data = fileManager.contents(atPath: fileSystemPath) else {
        throw CommandFailure("cannot read '\(fileSystemPath)'")
      }
      let path = relativePath(of: fileSystemPath, from: workingDirectory)
      guard let source = SourceFile(path: path, fileSystemPath: fileSystemPath, bytes: [UInt8](data)) else {
        throw CommandFailure("'\(path)' is not valid UTF-8 text")
      }
      let isHome = name == "index.md"
      pages.append(Page(source: source, slug: isHome ? "index" : slug(forFileNamed: name), isHome: isHome))
    }
    // The home page comes first whatever its name sorts as.
    pages.sort { $0.isHome && !$1.isHome }
    var book = Book(contentDirectory: contentDirectory, pages: pages)
    book.settings = try BookSettings.load(
      contentDirectory: contentDirectory, names: names, workingDirectory: workingDirectory)
    return book
  }

  /// The page name: `01-addition.md` → `addition` (a number prefix and its `-` or `_` dropped).
  static func slug(forFileNamed name: String) -> String {
    let stem = String(name.dropLast(".md".count))
    let digits = stem.prefix { $0.isASCII && $0.isNumber }
    let rest = stem.dropFirst(digits.count)
    guard !digits.isEmpty, let separator = rest.first, separator == "-" || separator == "_", rest.count > 1 else {
      return stem
    }
    return String(rest.dropFirst())
  }
}

/// `path` relative to `base` (both made absolute against `base`), with `..` where needed: what diagnostics print.
func relativePath(of path: String, from base: String) -> String {
  let target = components(ofAbsolute: path, base: base)
  let origin = components(ofAbsolute: base, base: base)
  var common = 0
  while common < target.count, common < origin.count, target[common] == origin[common] { common += 1 }
  let ups = Array(repeating: "..", count: origin.count - common)
  let result = (ups + target[common...]).joined(separator: "/")
  return result.isEmpty ? "." : result
}

private func components(ofAbsolute path: String, base: String) -> [String] {
  let absolute = path.hasPrefix("/") ? path : base + "/" + path
  var result: [String] = []
  for part in absolute.split(separator: "/") {
    switch part {
    case ".": continue
    case "..": if !result.isEmpty { result.removeLast() }
    default: result.append(String(part))
    }
  }
  return result
}
