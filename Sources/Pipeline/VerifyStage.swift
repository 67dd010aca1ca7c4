import SourceText

/// Verify: gathers every problem of the book (snippets, math, Markdown) into one sorted list.
enum VerifyStage {
  /// Collects all diagnostics; the book verified when the list is empty.
  static func verify(_ book: Book) -> Book {
    var book = book
    var diagnostics = book.diagnostics
    // Two pages with one page name are reported by the site renderer, which owns file names.
    for page in book.pages {
      diagnostics += page.diagnostics
      for block in page.tensorBlocks {
        guard let result = page.results[block.id] else { continue }
        let layout = BlockLayout(block: block, source: page.source)
        diagnostics += result.diagnostics.map {
          // The interpreter counts columns in cmark's text of the line; the file may differ by tabs and prefixes.
          let column = layout.fileColumn(
            snippetLine: $0.location.line - block.contentStart.line,
            column: $0.location.column - block.contentStart.column + 1)
          return Diagnostic(
            path: page.source.path, line: $0.location.line, column: column, message: $0.message, notes: $0.notes)
        }
        // A failed statement always deserves a report, even if the interpreter forgot to explain it.
        if result.diagnostics.isEmpty, let failed = result.statements.first(where: { !$0.passed }) {
          diagnostics.append(
            Diagnostic(
              path: page.source.path, line: failed.location.line, column: failed.location.column,
              message: "this statement did not verify"))
        }
      }
    }
    book.diagnostics = Array(Set(diagnostics)).sorted()
    return book
  }
}
