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
  Lexer.tokenize(code).compactMap { token in
    token.text.isEmpty ? nil : HighlightedToken(kind: highlightKind(of: token), text: token.text)
  }
}

/// Names the interpreter provides before any assignment, shown as builtins.
private let builtinNames: Set<String> = [
  "np", "numpy", "print", "len", "float", "int", "grad", "numgrad", "gradients",
  "broadcast_diagram",
]

/// The lexer's one-character symbols shown as punctuation (a set lookup: a substring search went through
/// Foundation's string search, once per token).
private let punctuation: Set<String> = ["(", ")", "[", "]", "{", "}", ",", ":", ".", ";"]

private func highlightKind(of token: Token) -> TokenKind {
  switch token.kind {
  case .name:
    if Keywords.reserved.contains(token.text) { return .keyword }
    return builtinNames.contains(token.text) ? .builtin : .name
  case .integer, .float, .imaginary: return .number
  case .string: return .string
  case .symbol: return punctuation.contains(token.text) ? .punctuation : .operator
  case .comment: return .comment
  case .newline, .end, .whitespace, .lineJoin, .invalid: return .plain
  }
}
