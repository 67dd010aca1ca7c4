import Markdown

/// The plain text of inline Markdown, for heading ids, alt text, summaries and the search index.
enum InlinePlainText {
  /// Concatenates the text of `inlines`; formulas contribute their TeX (display formulas optionally nothing), raw
  /// HTML nothing.
  static func text(of inlines: [Inline], includingDisplayMath: Bool = true) -> String {
    inlines.map { text(of: $0, includingDisplayMath: includingDisplayMath) }.joined()
  }

  private static func text(of inline: Inline, includingDisplayMath: Bool) -> String {
    switch inline {
    case .text(let text), .code(let text): return text
    case .emphasis(let content), .strong(let content):
      return self.text(of: content, includingDisplayMath: includingDisplayMath)
    case .link(_, _, let content, _): return self.text(of: content, includingDisplayMath: includingDisplayMath)
    case .image(_, _, let alt, _): return self.text(of: alt, includingDisplayMath: includingDisplayMath)
    case .math(let span): return includingDisplayMath || !span.isDisplay ? span.tex : ""
    case .html: return ""
    case .softBreak, .lineBreak: return " "
    }
  }
}
