import Markdown

/// The plain text of inline Markdown, for heading ids, alt text, summaries and the search index.
enum InlinePlainText {
  /// Concatenates the text of `inlines`; formulas contribute their TeX, raw HTML nothing.
  static func text(of inlines: [Inline]) -> String {
    inlines.map(text(of:)).joined()
  }

  private static func text(of inline: Inline) -> String {
    switch inline {
    case .text(let text), .code(let text): return text
    case .emphasis(let content), .strong(let content): return self.text(of: content)
    case .link(_, _, let content, _): return self.text(of: content)
    case .image(_, _, let alt, _): return self.text(of: alt)
    case .math(let span): return span.tex
    case .html: return ""
    case .softBreak, .lineBreak: return " "
    }
  }
}
