import Snippets

/// Turns code into HTML lines with `<span class="tok-…">` tokens, using the snippet lexer.
enum CodeHighlighter {
  /// The highlighted code split at its newlines; a token that spans lines is closed and reopened on each.
  static func highlightedLines(_ code: String) -> [HTML] {
    var lines = [HTML()]
    for token in highlight(code) {
      let pieces = token.text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, piece) in pieces.enumerated() {
        if index > 0 { lines.append(HTML()) }
        lines[lines.count - 1].append(span(String(piece), kind: token.kind))
      }
    }
    return lines
  }

  /// Escaped code without highlighting, split at its newlines.
  static func plainLines(_ code: String) -> [HTML] {
    code.split(separator: "\n", omittingEmptySubsequences: false).map { HTML.text(String($0)) }
  }

  private static func span(_ text: String, kind: TokenKind) -> HTML {
    if text.isEmpty { return HTML() }
    if kind == .plain { return .text(text) }
    return .element("span", [HTMLAttribute("class", "tok-\(kind.rawValue)")], .text(text))
  }
}
