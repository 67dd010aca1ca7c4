import Markdown
import ParallelMap
import SourceText

/// Parse: turns each page's text into a document, finds its title, and reads each tensor block once (its options,
/// and a transcript's statements and expected output).
enum ParseStage {
  /// Parses every page (in parallel); Markdown problems and unknown tensor options become diagnostics.
  static func parse(_ book: Book, jobs: Int, memo: PageMemo? = nil) -> Book {
    var book = book
    book.pages = parallelMap(book.pages, jobs: jobs) { page in
      var page = page
      if let entry = memo?.entry(for: page), let parsed = entry.parsed {
        page.parsed = parsed
        page.title = entry.title
        page.tensorBlocks = tensorBlocks(in: parsed.document)
        page.diagnostics += entry.parseDiagnostics
        return page
      }
      let parsed = MarkdownParser.parse(page.source.text)
      page.parsed = parsed
      page.title = firstTitle(in: parsed.document.blocks) ?? page.slug
      // The parser does not know the file's path; everything else of its diagnostics (notes too) is kept.
      var diagnostics = parsed.diagnostics.map { diagnostic in
        var located = diagnostic
        located.path = page.source.path
        return located
      }
      page.tensorBlocks = tensorBlocks(in: parsed.document)
      diagnostics += page.tensorBlocks.flatMap { $0.optionDiagnostics(path: page.source.path) }
      page.diagnostics += diagnostics
      memo?.rememberParse(of: page, parseDiagnostics: diagnostics)
      return page
    }
    memo?.keep(paths: Set(book.pages.map(\.source.path)))
    return book
  }

  /// The fenced `tensor` blocks of a document in document order, read.
  static func tensorBlocks(in document: Document) -> [TensorBlock] {
    codeBlocks(in: document.blocks).filter { $0.isFenced && $0.language == "tensor" }.map(TensorBlock.init)
  }

  /// The text of the first level-1 heading, formulas as their TeX between dollars.
  static func firstTitle(in blocks: [Block]) -> String? {
    for block in blocks {
      if case .heading(1, let content, _) = block {
        return plainText(of: Inline.splittingTrailingLabel(content).content)
      }
    }
    return nil
  }
}

/// The reading text of some inlines.
func plainText(of inlines: [Inline]) -> String {
  inlines.map { inline -> String in
    switch inline {
    case .text(let text), .code(let text): return text
    case .emphasis(let children), .strong(let children): return plainText(of: children)
    case .link(_, _, let content, _): return plainText(of: content)
    case .image(_, _, let alt, _): return plainText(of: alt)
    case .math(let span): return span.isDisplay ? "$$\(span.tex)$$" : "$\(span.tex)$"
    case .softBreak, .lineBreak: return " "
    case .reference(let reference): return reference.written
    case .html, .label: return ""
    }
  }.joined()
}
