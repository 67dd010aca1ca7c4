/// The class of a highlighted piece of snippet code.
public enum TokenKind: String, Sendable, Hashable {
  case keyword
  case name
  case builtin
  case number
  case string
  case `operator`
  case punctuation
  case comment
  case plain
}

/// A piece of code and its class; the pieces of `highlight(_:)` concatenate back to the input exactly.
public struct HighlightedToken: Sendable, Hashable {
  /// The token's class.
  public var kind: TokenKind
  /// The token's text (whitespace and unlexable text come as `.plain`).
  public var text: String

  /// Makes a token.
  public init(kind: TokenKind, text: String) {
    self.kind = kind
    self.text = text
  }
}

/// Splits code (no prompts) into classified tokens for syntax highlighting; never fails, even on broken code.
public func highlight(_ code: String) -> [HighlightedToken] {
  // Placeholder until the lexer lands.
  [HighlightedToken(kind: .plain, text: code)]
}
