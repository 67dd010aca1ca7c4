import Snippets
import SourceText

/// Verify: judges what every tensor block did against what its page expects of it (`BlockVerdict`: expected output,
/// claims, gradients, `error` blocks), decides which equations the claims check, and gathers every problem of the
/// book into one sorted list.
enum VerifyStage {
  /// Judges the blocks of the book not yet judged, checks the equations, and collects all diagnostics; the book
  /// verified when the list is empty.
  static func verify(_ book: Book) -> Book {
    var book = book
    book.pages = book.pages.map(judge)
    book = EquationChecks.check(book)
    var diagnostics = book.diagnostics
    // Two pages with one page name are reported by the site renderer, which owns file names.
    for page in book.pages {
      diagnostics += page.diagnostics + page.mathDiagnostics
      for tensor in page.tensorBlocks {
        guard let result = page.results[tensor.id], let verdict = page.verdicts[tensor.id] else { continue }
        if !verdict.diagnostics.isEmpty {
          // Splitting the block into lines is needed only to place a problem, and most blocks have none.
          let layout = BlockLayout(block: tensor.block, source: page.source)
          diagnostics += verdict.diagnostics.map {
            // The interpreter counts columns in cmark's text of the line; the file may differ by tabs and prefixes.
            let column = layout.fileColumn(
              snippetLine: $0.location.line - tensor.block.contentStart.line,
              column: $0.location.column - tensor.block.contentStart.column + 1)
            return Diagnostic(
              path: page.source.path, line: $0.location.line, column: column, message: $0.message, notes: $0.notes)
          }
        }
        // A failed statement always deserves a report, even if the verdict forgot to explain it.
        if verdict.diagnostics.isEmpty, let failed = zip(result.statements, verdict.passed).first(where: { !$0.1 }) {
          diagnostics.append(
            Diagnostic(
              path: page.source.path, line: failed.0.location.line, column: failed.0.location.column,
              message: "this statement did not verify"))
        }
      }
    }
    book.diagnostics = Array(Set(diagnostics)).sorted()
    return book
  }

  /// Judges each block of a page that ran and has no verdict yet; the pipeline calls this as each page finishes
  /// running, so its progress line can count the page's problems.
  static func judge(_ page: Page) -> Page {
    var page = page
    for tensor in page.tensorBlocks where page.verdicts[tensor.id] == nil {
      guard let result = page.results[tensor.id] else { continue }
      page.verdicts[tensor.id] = BlockVerdict(judging: result, of: tensor.snippet)
    }
    return page
  }
}
