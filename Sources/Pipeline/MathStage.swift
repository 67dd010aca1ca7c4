import Markdown
import MathML
import ParallelMap
import SourceText

/// Math: renders each page's formulas to MathML; a formula that does not parse is a diagnostic at its character.
enum MathStage {
  /// Renders every page's formulas, pages in parallel.
  static func render(_ book: Book, jobs: Int) -> Book {
    var book = book
    book.pages = parallelMap(book.pages, jobs: jobs) { render($0) }
    return book
  }

  /// Renders one page's formulas, unless the reuse stage already took them from a memo or the cache.
  static func render(_ page: Page) -> Page {
    guard !page.reused else { return page }
    var page = page
    for span in page.parsed?.math ?? [] {
      do throws(MathError) {
        page.math[span.id] = try MathML.render(tex: span.tex, display: span.isDisplay)
      } catch {
        let position = position(inTeX: span, atByte: error.offset)
        page.mathDiagnostics.append(
          Diagnostic(path: page.source.path, line: position.line, column: position.column, message: error.message))
      }
    }
    return page
  }

  /// The file position of a byte offset into a formula's TeX: the TeX is a contiguous slice of the file, so its
  /// line breaks are the file's.
  static func position(inTeX span: MathSpan, atByte offset: Int) -> SourcePosition {
    var line = span.position.line
    var column = span.position.column
    let bytes = Array(span.tex.utf8)
    var index = 0
    while index < min(max(offset, 0), bytes.count) {
      if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
        let crlf =
          bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
        index += crlf ? 2 : 1
        line += 1
        column = 1
      } else {
        index += 1
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }
}
