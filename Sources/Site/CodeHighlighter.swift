import Snippets

/// Turns code into HTML lines with `<span class="tok-…">` tokens, using the snippet lexer.
enum CodeHighlighter {
  /// The highlighted code split at its newlines; a token that spans lines is closed and reopened on each.
  static func highlightedLines(_ code: String) -> [String] {
    var lines: [String] = [""]
    for token in highlight(code) {
      let pieces = token.text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, piece) in pieces.enumerated() {
        if index > 0 { lines.append("") }
        lines[lines.count - 1] += span(String(piece), kind: token.kind)
      }
    }
    return lines
  }

  /// Escaped code without highlighting, split at its newlines.
  static func plainLines(_ code: String) -> [String] {
    code.split(separator: "\n", omittingEmptySubsequences: false).map { escapeHTML(String($0)) }
  }

  private static func span(_ text: String, kind: TokenKind) -> String {
    if text.isEmpty { return "" }
    if kind == .plain { return escapeHTML(text) }
    return "<span class=\"tok-\(kind.rawValue)\">\(escapeHTML(text))</span>"
  }
}
