import Markdown
import SourceText

/// One output page: where it goes and what fills it.
struct PlannedPage {
  /// The output file (`index.html`, `addition.html`).
  var file: String
  /// The page title (the chapter's, or the book's for the home page).
  var title: String
  /// The chapter to render; nil for a home page generated from the chapter list.
  var chapter: ChapterPage?
  /// True for `index.html`.
  var isHome: Bool

  /// The file as a relative URL for links to this page.
  var href: String { SafeURL.pagePath(file) }
}

/// The pages of a book in reading order, home first, with each chapter's output file decided once.
struct SitePlan {
  /// The home page, then the chapters.
  var pages: [PlannedPage]
  /// Chapters that could not be given a file of their own.
  var diagnostics: [Diagnostic]
  /// The book's image sizes, handed on to the resolver.
  var imageSizes: [String: ImageSize]

  /// Plans the pages of `book`; a chapter whose file another page already takes is reported and left out.
  init(_ book: BookSite) {
    pages = [PlannedPage(file: "index.html", title: book.title, chapter: book.home, isHome: true)]
    diagnostics = []
    imageSizes = book.imageSizes
    // print.html is the whole book on one page; a chapter called "print" must not silently replace it.
    var taken: Set<String> = ["index.html", PrintPage.file]
    for chapter in book.chapters {
      let file = chapter.slug + ".html"
      guard !chapter.slug.isEmpty, !chapter.slug.contains("/"), taken.insert(file).inserted else {
        diagnostics.append(
          Diagnostic(
            path: chapter.sourcePath, position: SourcePosition(line: 1, column: 1),
            message: "this chapter would be written to '\(file)', which another page already uses"))
        continue
      }
      pages.append(PlannedPage(file: file, title: chapter.title, chapter: chapter, isHome: false))
    }
  }

  /// The resolver for links between these pages: each chapter's source file name leads to its page.
  var resolver: LinkResolver {
    var pagesBySource: [String: String] = ["index.md": "index.html"]
    for page in pages {
      guard let sourcePath = page.chapter?.sourcePath else { continue }
      let fileName = sourcePath.split(separator: "/").last.map(String.init) ?? sourcePath
      pagesBySource[fileName] = page.file
    }
    return LinkResolver(pagesBySource: pagesBySource, pages: Set(pages.map(\.file)), imageSizes: imageSizes)
  }
}
