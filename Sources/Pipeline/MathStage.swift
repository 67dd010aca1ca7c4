import Markdown
import MathML
import ParallelMap
import SourceText
import Synchronization

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
        page.math[span.id] = try FormulaCache.shared.render(tex: span.tex, display: span.isDisplay)
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

/// MathML by formula, kept for the life of the process: a formula's MathML depends on its TeX and whether it is
/// displayed, nothing else, and books repeat formulas (`$x$`, a chapter's running symbols; `serve` renders a saved
/// chapter's formulas again). Held to `byteLimit` bytes of TeX and MathML; beyond it formulas are rendered and not kept.
final class FormulaCache: Sendable {
  /// The cache every build of this process shares.
  static let shared = FormulaCache()

  /// The most TeX and MathML, in UTF-8 bytes, the cache holds.
  let byteLimit: Int

  private struct Key: Hashable {
    var tex: String
    var display: Bool
  }

  private let state = Mutex<(entries: [Key: Result<String, MathError>], bytes: Int)>(([:], 0))

  /// An empty cache holding up to `byteLimit` bytes.
  init(byteLimit: Int = 32 << 20) {
    self.byteLimit = byteLimit
  }

  /// What `MathML.render(tex:display:)` returns or throws for this formula.
  func render(tex: String, display: Bool) throws(MathError) -> String {
    let key = Key(tex: tex, display: display)
    let result =
      state.withLock { $0.entries[key] }
      ?? {
        let made: Result<String, MathError>
        do throws(MathError) { made = .success(try MathML.render(tex: tex, display: display)) } catch {
          made = .failure(error)
        }
        let size: Int
        switch made {
        case .success(let mathML): size = tex.utf8.count + mathML.utf8.count
        case .failure(let error): size = tex.utf8.count + error.message.utf8.count
        }
        state.withLock { state in
          guard state.bytes + size <= byteLimit, state.entries[key] == nil else { return }
          state.entries[key] = made
          state.bytes += size
        }
        return made
      }()
    return try result.get()
  }
}
