import Foundation

/// Where a link in a chapter leads once `.md` names are mapped to pages.
enum LinkDestination: Equatable {
  /// Leave it as written and do not check it: another site, or a file the book does not render.
  case unchecked(String)
  /// A page of this book, possibly with an anchor; `href` is what the page should say.
  case page(href: String, file: String, anchor: String?)
  /// A `.md` or `.html` link that names no page of the book.
  case missingPage(String)
}

/// Maps a chapter's link destinations to the site's pages: `02-affine-layers.md#x` → `affine-layers.html#x`.
struct LinkResolver: Sendable {
  /// Output page file names by source file name (`01-addition.md` → `addition.html`).
  var pagesBySource: [String: String]
  /// Every output page file name.
  var pages: Set<String>
  /// Sizes of the book's image files by normalised destination, for `<img width height>`.
  var imageSizes: [String: ImageSize] = [:]

  /// Resolves a destination written on page `currentPage`.
  func resolve(_ destination: String, from currentPage: String) -> LinkDestination {
    if destination.isEmpty || SafeURL.scheme(of: destination) != nil || destination.hasPrefix("//") {
      return .unchecked(destination)
    }
    let hashIndex = destination.firstIndex(of: "#")
    var path = String(destination[..<(hashIndex ?? destination.endIndex)])
    let fragment = hashIndex.map { String(destination[destination.index(after: $0)...]) }
    let anchor = fragment.map { $0.removingPercentEncoding ?? $0 }
    while path.hasPrefix("./") { path.removeFirst(2) }
    if path.isEmpty {
      return .page(href: destination, file: currentPage, anchor: anchor)
    }
    // A query stays on the link, but the page before it is still checked; page names are matched decoded, as the
    // asset stage matches files.
    var query = ""
    if let questionMark = path.firstIndex(of: "?") {
      query = String(path[questionMark...])
      path = String(path[..<questionMark])
    }
    path = path.removingPercentEncoding ?? path
    let suffix = query + (fragment.map { "#" + $0 } ?? "")
    if path.hasSuffix(".md") {
      // Chapters all sit in the content folder, so a path with a folder in it names no chapter.
      guard !path.contains("/"), let page = pagesBySource[path] else { return .missingPage(path) }
      return .page(href: SafeURL.pagePath(page) + suffix, file: page, anchor: anchor)
    }
    if path.hasSuffix(".html") {
      guard pages.contains(path) else { return .missingPage(path) }
      return .page(href: SafeURL.pagePath(path) + suffix, file: path, anchor: anchor)
    }
    return .unchecked(destination)
  }
}
