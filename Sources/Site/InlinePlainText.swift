import Markdown

/// The plain text of inline Markdown, for heading ids, alt text, summaries and the search index.
enum InlinePlainText {
  /// Concatenates the text of `inlines`; formulas contribute their TeX, or with `math` (MathML by `MathSpan.id`)
  /// their Unicode reading (display formulas optionally nothing), raw HTML nothing.
  static func text(of inlines: [Inline], includingDisplayMath: Bool = true, math: [Int: String]? = nil) -> String {
    inlines.map { text(of: $0, includingDisplayMath: includingDisplayMath, math: math) }.joined()
  }

  private static func text(of inline: Inline, includingDisplayMath: Bool, math: [Int: String]?) -> String {
    switch inline {
    case .text(let text), .code(let text): return text
    case .emphasis(let content), .strong(let content):
      return self.text(of: content, includingDisplayMath: includingDisplayMath, math: math)
    case .link(_, _, let content, _):
      return self.text(of: content, includingDisplayMath: includingDisplayMath, math: math)
    case .image(_, _, let alt, _): return self.text(of: alt, includingDisplayMath: includingDisplayMath, math: math)
    case .math(let span):
      guard includingDisplayMath || !span.isDisplay else { return "" }
      if let mathML = math?[span.id] { return MathPlainText.text(of: mathML) }
      return span.tex
    case .html, .label: return ""
    case .softBreak, .lineBreak: return " "
    // The body renderer puts resolved references' text in place before asking; this is the fallback.
    case .reference(let reference): return reference.written
    }
  }
}

/// The text a reader sees in some inlines, formulas read from their MathML (`math` by `MathSpan.id`): how a reference
/// to a section or figure reads.
public func readingText(of inlines: [Inline], math: [Int: String]) -> String {
  InlinePlainText.text(of: inlines, math: math).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
