import SourceText

/// A span of snippet code: byte offsets into the code and the 1-based line/column (columns in UTF-8 bytes) of its ends.
struct SourceRange: Hashable, Sendable {
  /// Byte offset of the first byte.
  var start: Int
  /// Byte offset just past the last byte.
  var end: Int
  /// Location of the first byte.
  var startLocation: SourcePosition
  /// Location just past the last byte.
  var endLocation: SourcePosition

  /// The smallest range covering both.
  func union(_ other: SourceRange) -> SourceRange {
    SourceRange(
      start: min(start, other.start), end: max(end, other.end),
      startLocation: min(startLocation, other.startLocation), endLocation: max(endLocation, other.endLocation))
  }
}

/// One lexical token of snippet code, trivia (spaces, comments, line joins) included so tokens tile the input.
struct Token: Hashable, Sendable {
  /// What sort of token this is.
  enum Kind: Hashable, Sendable {
    /// An identifier or keyword.
    case name
    /// An integer literal (decimal, hexadecimal, octal or binary).
    case integer
    /// A floating-point literal.
    case float
    /// A complex literal such as `2j` (lexed so it can be rejected by name).
    case imaginary
    /// A string literal, prefix and quotes included.
    case string
    /// An operator or delimiter.
    case symbol
    /// The end of a logical line.
    case newline
    /// The end of the input.
    case end
    /// Spaces, tabs, line breaks inside brackets, blank lines.
    case whitespace
    /// A `#` comment up to the end of its line.
    case comment
    /// A `\` that joins its line with the next.
    case lineJoin
    /// Text that is not a token; the message says why.
    case invalid(String)
  }

  /// What sort of token this is.
  var kind: Kind
  /// The token's exact text.
  var text: String
  /// Where it is.
  var range: SourceRange

  /// True for spaces, comments and line joins, which the parser skips.
  var isTrivia: Bool {
    switch kind {
    case .whitespace, .comment, .lineJoin: true
    default: false
    }
  }

  /// True when this token is the symbol `symbol`.
  func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

  /// True when this token is the name or keyword `name`.
  func isName(_ name: String) -> Bool { kind == .name && text == name }
}
