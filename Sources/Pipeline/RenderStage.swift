import Site

/// Render: turns the spliced book into the site's files in memory, checking internal links on the way.
enum RenderStage {
  /// The title used when the book has no home page with a heading.
  static let defaultTitle = "Book"

  /// Renders every page on up to `jobs` threads; broken links join the book's diagnostics.
  static func render(_ book: Book, jobs: Int) -> Book {
    var book = book
    let home = book.pages.first(where: \.isHome)
    let site = BookSite(
      title: home?.parsed.flatMap { ParseStage.firstTitle(in: $0.document.blocks) } ?? defaultTitle,
      home: home?.chapterPage, chapters: book.chapters.compactMap(\.chapterPage),
      allowsRawHTML: book.settings.allowsRawHTML)
    let rendered = SiteRenderer.render(site, templateOverrides: book.settings.themeOverrides, jobs: jobs)
    book.site = rendered
    let linkProblems = rendered.diagnostics.map {
      // The renderer names a book's theme file by its file name; print it as a path like every other one.
      Diagnostic(
        path: book.settings.themePaths[$0.sourcePath] ?? $0.sourcePath, line: $0.position.line,
        column: $0.position.column, message: $0.message)
    }
    book.diagnostics = Array(Set(book.diagnostics + linkProblems)).sorted()
    return book
  }
}
