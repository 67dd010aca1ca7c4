import Snippets

/// Turns code into HTML lines with `<span class="tok-…">` tokens, using the snippet lexer.
enum CodeHighlighter {
  /// The highlighted code split at its newlines; a token that spans lines is closed and reopened on each.
  static func highlightedLines(_ code: String) -> [HTML] {
    var lines: [HTML] = []
    var line = HTML()
    for token in highlight(code) {
      // Most tokens hold no line break: write them without splitting (highlighting is most of a page's rendering).
      guard token.text.utf8.contains(UInt8(ascii: "\n")) else {
        write(token.text, kind: token.kind, into: &line)
        continue
      }
      for (index, piece) in token.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if index > 0 {
          lines.append(line)
          line = HTML()
        }
        write(String(piece), kind: token.kind, into: &line)
      }
    }
    lines.append(line)
    return lines
  }

  /// Writes the highlighted code into `html`, a line break between its lines (the lines of `highlightedLines`, joined
  /// without making each one apart); `lineStart` is called at the start of each line with its 0-based index.
  static func write(_ code: String, into html: inout HTML, lineStart: (Int, inout HTML) -> Void = { _, _ in }) {
    var line = 0
    lineStart(line, &html)
    for token in highlight(code) {
      guard token.text.utf8.contains(UInt8(ascii: "\n")) else {
        write(token.text, kind: token.kind, into: &html)
        continue
      }
      for (index, piece) in token.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if index > 0 {
          html.literal("\n")
          line += 1
          lineStart(line, &html)
        }
        write(String(piece), kind: token.kind, into: &html)
      }
    }
  }

  /// Escaped code without highlighting, split at its newlines.
  static func plainLines(_ code: String) -> [HTML] {
    code.split(separator: "\n", omittingEmptySubsequences: false).map { HTML.text(String($0)) }
  }

  private static func write(_ text: String, kind: TokenKind, into html: inout HTML) {
    if text.isEmpty { return }
    if kind == .plain { return html.text(text) }
    html.literal(openingTag(kind))
    html.text(text)
    html.literal("</span>")
  }

  /// The opening tag of a token of `kind`, fixed in the code so no class name is built or escaped per token.
  private static func openingTag(_ kind: TokenKind) -> StaticString {
    switch kind {
    case .keyword: "<span class=\"tok-keyword\">"
    case .name: "<span class=\"tok-name\">"
    case .builtin: "<span class=\"tok-builtin\">"
    case .number: "<span class=\"tok-number\">"
    case .string: "<span class=\"tok-string\">"
    case .operator: "<span class=\"tok-operator\">"
    case .punctuation: "<span class=\"tok-punctuation\">"
    case .comment: "<span class=\"tok-comment\">"
    case .plain: ""
    }
  }
}
