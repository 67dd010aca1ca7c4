import Foundation
import Markdown
import Site
import SourceText

/// A file of the content folder that a chapter links to or embeds, copied into the site at the same relative path.
public struct Asset: Sendable, Hashable {
  /// The file's bytes.
  public var bytes: [UInt8]
  /// The first chapter that refers to it and where, for a message about it.
  var sourcePath: String
  /// Where in that chapter.
  var position: SourcePosition
}

/// Assets: finds the files chapters link to or embed (`![plot](images/loss.png)`, `[data](files/x.csv)`), reads them
/// (inside the content folder only, regular files only, within the size cap), and records image sizes. A missing or
/// refused file is an error at the link; an image without alt text is a warning there.
enum AssetsStage {
  /// The most bytes of assets one book may copy, so a book of many large files fails with a message instead of
  /// exhausting memory (each file is also held to `FileAccess.maximumFileSize`).
  static let maximumTotalSize = 256 << 20

  /// A reference to a file found in a chapter.
  private struct Reference {
    var destination: String
    var isImage: Bool
    var hasAltText: Bool
    var position: SourcePosition
  }

  /// Reads every file the book's pages refer to; problems join the pages' diagnostics, missing alt text the book's
  /// warnings.
  static func collect(_ book: Book) -> Book {
    var book = book
    let root = book.resolvedContentDirectory
    let confinement = book.settings.allowsFilesOutsideContent ? nil : root
    var total = 0
    var failed: [String: String] = [:]
    for index in book.pages.indices {
      let page = book.pages[index]
      guard let document = page.parsed?.document else { continue }
      let folder = (page.source.fileSystemPath as NSString).deletingLastPathComponent
      let shownFolder = (page.source.path as NSString).deletingLastPathComponent
      var references: [Reference] = []
      collect(document.blocks, into: &references)
      for reference in references {
        func problem(_ message: String) {
          book.pages[index].diagnostics.append(
            Diagnostic(
              path: page.source.path, line: reference.position.line, column: reference.position.column,
              message: message))
        }
        if reference.isImage, !reference.hasAltText {
          book.warnings.append(
            Diagnostic(
              path: page.source.path, line: reference.position.line, column: reference.position.column,
              message: "image '\(reference.destination)' has no alt text: describe it for readers who cannot see it "
                + "(![what it shows](…))"))
        }
        let destination = SafeURL.normalized(reference.destination)
        guard let written = filePart(of: destination) else { continue }
        let sitePath: String
        switch sitePathOf(written) {
        case .failure(let failure):
          problem("\(reference.isImage ? "image" : "link") '\(reference.destination)': \(failure.message)")
          continue
        case .success(let path): sitePath = path
        }
        if let earlier = failed[sitePath] {
          problem(earlier)
          continue
        }
        if book.assets[sitePath] == nil {
          let shown = shownFolder.isEmpty || shownFolder == "." ? sitePath : shownFolder + "/" + sitePath
          let bytes: [UInt8]
          do throws(CommandFailure) {
            var status = stat()
            let fileSystemPath = folder + "/" + sitePath
            if lstat(fileSystemPath, &status) != 0, errno == ENOENT {
              throw CommandFailure("'\(shown)' does not exist")
            }
            bytes = try FileAccess.readFile(fileSystemPath, shown: shown, confinedTo: confinement)
          } catch {
            let message = "broken \(reference.isImage ? "image" : "link") '\(reference.destination)': \(error.message)"
            failed[sitePath] = message
            problem(message)
            continue
          }
          if !book.settings.allowsRawHTML, let refusal = ActiveAssets.refusal(path: sitePath, bytes: bytes) {
            let message =
              "\(reference.isImage ? "image" : "link") '\(reference.destination)' refused: \(refusal), with the site's "
              + "origin, once copied into the site; set \"allowRawHTML\": true in book.json to publish it"
            failed[sitePath] = message
            problem(message)
            continue
          }
          total += bytes.count
          guard total <= maximumTotalSize else {
            let message =
              "'\(reference.destination)': the book's linked files exceed \(maximumTotalSize >> 20) MiB in all"
            failed[sitePath] = message
            problem(message)
            continue
          }
          book.assets[sitePath] = Asset(bytes: bytes, sourcePath: page.source.path, position: reference.position)
        }
        if reference.isImage, let size = ImageSize.read(book.assets[sitePath]!.bytes) {
          book.imageSizes[destination] = size
        }
      }
    }
    return book
  }

  /// What other pages and the site's file list read of a page's links and images, as text: each image and each link
  /// to a file, with whether it has alt text, in order.
  static func referencesText(of document: Document) -> String {
    var references: [Reference] = []
    collect(document.blocks, into: &references)
    var text = ""
    for reference in references {
      guard reference.isImage || filePart(of: SafeURL.normalized(reference.destination)) != nil else { continue }
      text += "\(reference.destination.utf8.count):\(reference.destination) \(reference.isImage) "
      text += "\(reference.hasAltText)\n"
    }
    return text
  }

  /// The path part of a destination that names a file of the book, or nil for what is not one: another site, a
  /// scheme, a site-absolute path, a fragment, or a page (`.md`, `.html`, checked by the link checker).
  private static func filePart(of destination: String) -> String? {
    if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("/") { return nil }
    if SafeURL.scheme(of: destination) != nil { return nil }
    let end = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? destination.endIndex
    var path = String(destination[..<end])
    while path.hasPrefix("./") { path.removeFirst(2) }
    if path.isEmpty || path.hasSuffix(".md") || path.hasSuffix(".html") { return nil }
    return path
  }

  /// The file's path inside the content folder (and the site): percent-decoded component by component, `.` and `..`
  /// applied. A path that climbs out of the content folder, or spells a component a browser and the file system
  /// read differently (`\`, an encoded `/`, NUL), is refused.
  static func sitePathOf(_ written: String) -> Result<String, AssetPathError> {
    if written.contains("\\") {
      return .failure(
        AssetPathError(
          message: "a '\\' in a path is a folder separator to browsers and a name character to files; write '/'"))
    }
    var parts: [String] = []
    for raw in written.split(separator: "/", omittingEmptySubsequences: true) {
      let part = raw.removingPercentEncoding ?? String(raw)
      if part.contains("/") || part.contains("\0") || part.contains("\\") {
        return .failure(AssetPathError(message: "'\(part)' cannot be a file name"))
      }
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else {
          return .failure(
            AssetPathError(
              message: "it is outside the content folder, and only files inside it are copied into the site"))
        }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    guard !parts.isEmpty else { return .failure(AssetPathError(message: "it names the content folder itself")) }
    return .success(parts.joined(separator: "/"))
  }

  private static func collect(_ blocks: [Block], into references: inout [Reference]) {
    for block in blocks {
      switch block {
      case .heading(_, let content, _), .paragraph(let content, _): collect(content, into: &references)
      case .blockQuote(let children): collect(children, into: &references)
      case .list(_, _, _, let items): for item in items { collect(item, into: &references) }
      case .code, .html, .thematicBreak: break
      }
    }
  }

  private static func collect(_ inlines: [Inline], into references: inout [Reference]) {
    for inline in inlines {
      switch inline {
      case .emphasis(let content), .strong(let content): collect(content, into: &references)
      case .link(let destination, _, let content, let position):
        references.append(Reference(destination: destination, isImage: false, hasAltText: true, position: position))
        collect(content, into: &references)
      case .image(let source, _, let alt, let position):
        let altText = plainText(of: alt).trimmingCharacters(in: .whitespacesAndNewlines)
        references.append(
          Reference(destination: source, isImage: true, hasAltText: !altText.isEmpty, position: position))
        collect(alt, into: &references)
      case .text, .code, .math, .html, .softBreak, .lineBreak, .reference, .label: break
      }
    }
  }
}

/// Why a destination names no file the site can hold.
struct AssetPathError: Error {
  /// The reason, for a message after the destination.
  var message: String
}
