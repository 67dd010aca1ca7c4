import Site
import SourceText

/// Render: turns the spliced book into the site's files in memory, checking internal links on the way.
enum RenderStage {
  /// The title used when the book has no home page with a heading.
  static let defaultTitle = "Book"

  /// Renders every page on up to `jobs` threads; broken links join the book's diagnostics.
  static func render(
    _ book: Book, jobs: Int, pages: Bool = true, memo: PageMemo? = nil, defersWholeBook: Bool = false
  ) -> Book {
    var book = book
    let home = book.pages.first(where: \.isHome)
    var site = BookSite(
      title: home?.parsed.flatMap { ParseStage.firstTitle(in: $0.document.blocks) } ?? defaultTitle,
      home: home?.chapterPage, chapters: book.chapters.compactMap(\.chapterPage),
      allowsRawHTML: book.settings.allowsRawHTML)
    site.imageSizes = book.imageSizes
    var rendered = SiteRenderer.render(
      site, templateOverrides: book.settings.themeOverrides, jobs: jobs, pages: pages, memo: memo?.bodies,
      sources: memo == nil
        ? [:] : Dictionary(book.pages.map { ($0.source.path, $0.source.bytes) }, uniquingKeysWith: { a, _ in a }),
      defersWholeBook: defersWholeBook)
    rendered.diagnostics += addAssets(
      book.assets, to: &rendered.files, alsoGenerated: rendered.deferred?.names ?? [])
    book.site = rendered
    let linkProblems = rendered.diagnostics.map { diagnostic in
      // The renderer names a book's theme file by its file name; print it as a path like every other one.
      var located = diagnostic
      located.path = book.settings.themePaths[diagnostic.path] ?? diagnostic.path
      return located
    }
    book.diagnostics = Array(Set(book.diagnostics + linkProblems)).sorted()
    return book
  }

  /// Puts the linked files beside the pages; one whose path (or a folder on its way) is a file the build writes
  /// itself (a page, the stylesheet, the search index, the site marker) is an error at its first link.
  static func addAssets(
    _ assets: [String: Asset], to files: inout [String: [UInt8]], alsoGenerated deferred: Set<String> = []
  ) -> [Diagnostic] {
    let generated = Set(files.keys).union([OutputFolder.markerName]).union(deferred)
    var problems: [Diagnostic] = []
    for (path, asset) in assets.sorted(by: { $0.key < $1.key }) {
      let parts = path.split(separator: "/")
      let prefixes = parts.indices.map { parts[...$0].joined(separator: "/") }
      if let clash = prefixes.first(where: generated.contains) {
        problems.append(
          Diagnostic(
            path: asset.sourcePath, position: asset.position,
            message: "'\(path)' cannot be copied into the site: the build writes its own '\(clash)' there; "
              + "rename the file"))
        continue
      }
      files[path] = asset.bytes
    }
    return problems
  }
}
