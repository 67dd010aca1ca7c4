import Foundation
import ParallelMap

/// Load: finds `index.md` and the chapters in the content folder and reads their bytes.
enum LoadStage {
  /// Reads every `*.md` file of `contentDirectory` (chapters ordered by file name, byte-wise, whatever the locale).
  /// Every file must be a regular file inside the content folder once links are resolved, unless `book.json` allows
  /// files outside it; an empty book is refused, so a mistyped folder never replaces a site with nothing.
  /// Files are read on up to `jobs` threads; a failure is the first file's in chapter order, as reading in order finds.
  static func load(contentDirectory: String, workingDirectory: String, jobs: Int = 1) throws(CommandFailure) -> Book {
    let root = FileAccess.resolved(contentDirectory, base: workingDirectory)
    var status = stat()
    guard stat(root, &status) == 0 else {
      throw CommandFailure(
        errno == ENOENT
          ? "content folder '\(contentDirectory)' does not exist"
          : "cannot read content folder '\(contentDirectory)': \(FileAccess.errorText())")
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw CommandFailure(
        "content folder '\(contentDirectory)' is \(FileAccess.kind(of: status.st_mode)), not a folder")
    }
    let names: [String]
    switch FileAccess.listFolder(root) {
    case .success(let listed): names = listed
    case .failure(let failure):
      throw CommandFailure("cannot read content folder '\(contentDirectory)': \(failure.text)")
    }
    // Files are opened under the folder as given, made absolute against the working folder (a link in it is the
    // author's to follow), and each one's real location is then checked against `root`.
    let folder = contentDirectory.hasPrefix("/") ? contentDirectory : workingDirectory + "/" + contentDirectory
    let settings = try BookSettings.load(
      contentDirectory: folder, root: root, names: names, workingDirectory: workingDirectory)
    let markdownNames = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    guard !markdownNames.isEmpty else {
      throw CommandFailure("content folder '\(contentDirectory)' holds no chapters (no .md files): nothing to do")
    }
    let confinement = settings.allowsFilesOutsideContent ? nil : root
    let read = parallelMap(markdownNames, jobs: jobs) { name -> Result<Page, CommandFailure> in
      let fileSystemPath = (folder as NSString).appendingPathComponent(name)
      let path = relativePath(of: fileSystemPath, from: workingDirectory)
      let bytes: [UInt8]
      do throws(CommandFailure) {
        bytes = try FileAccess.readFile(fileSystemPath, shown: path, confinedTo: confinement)
      } catch {
        return .failure(error)
      }
      guard let source = SourceFile(path: path, fileSystemPath: fileSystemPath, bytes: bytes) else {
        let position = SourceFile.firstInvalidPosition(in: bytes)
        return .failure(
          CommandFailure(
            "not valid UTF-8 text (docbuild reads chapters as UTF-8)",
            at: "\(path):\(position?.line ?? 1):\(position?.column ?? 1)"))
      }
      let isHome = name == "index.md"
      return .success(Page(source: source, slug: isHome ? "index" : slug(forFileNamed: name), isHome: isHome))
    }
    var pages: [Page] = []
    for result in read {
      switch result {
      case .success(let page): pages.append(page)
      case .failure(let failure): throw failure
      }
    }
    // The home page comes first whatever its name sorts as.
    pages.sort { $0.isHome && !$1.isHome }
    var book = Book(contentDirectory: contentDirectory, pages: pages)
    book.settings = settings
    book.resolvedContentDirectory = root
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
