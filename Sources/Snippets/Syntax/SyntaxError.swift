/// A syntax error in snippet code: where, and a Python-like message saying what was expected or what to write instead.
struct SyntaxError: Error, Sendable {
  /// The message, without the `SyntaxError: ` prefix.
  var message: String
  /// The offending token's range in the statement's code.
  var range: SourceRange

  /// The error as Python's last traceback line prints it.
  var errorLine: String { "SyntaxError: \(message)" }
}

/// How the parser names a token in "expected …, found …" messages.
func describe(_ token: Token) -> String {
  switch token.kind {
  case .newline: "end of line"
  case .end: "end of input"
  case .name where Keywords.reserved.contains(token.text): "keyword '\(token.text)'"
  default: "'\(token.text)'"
  }
}

/// Python's reserved words, and what to say when a snippet uses one the language leaves out.
enum Keywords {
  /// Words Python reserves; none can be a snippet name.
  static let reserved: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  /// The error for a statement that starts with keyword `word`, or nil when the language has that statement.
  static func unsupportedStatement(_ word: String) -> String? {
    switch word {
    case "for", "while", "if", "elif", "else", "def", "class", "with", "try", "except", "finally":
      "invalid syntax: a '\(word)' statement must start its own line"
    case "yield":
      "'yield' inside an expression is not supported: write it as a statement of its own (`yield value`, "
        + "`x = yield value` or `yield from iterable`) in a def"
    case "async", "await": "'\(word)' is not supported: snippets run synchronously"
    default: nil
    }
  }

  /// The error for keyword `word` met where an operator or the end of an expression was expected, or nil.
  static func unsupportedInExpression(_ word: String) -> String? {
    switch word {
    case "for": "invalid syntax: a comprehension needs brackets around it, as in [x for x in xs]"
    case "await", "yield": unsupportedStatement(word)
    default: nil
    }
  }

  /// The error for an operator symbol outside the language, or nil when the language has it.
  static func unsupportedOperator(_ symbol: String) -> String? {
    switch symbol {
    case "+=", "-=", "*=", "/=", "**=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=":
      return nil  // handled where the target text is known
    case ":=": return "cannot use assignment expressions with this target: ':=' assigns to a name"
    case "->": return "annotations are not supported"
    default: return nil
    }
  }
}
