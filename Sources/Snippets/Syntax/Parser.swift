/// Parses snippet code into statements: a hand-written recursive-descent parser for the statements and expressions of
/// the snippet language (the manual, docs/03-language.md), with Python's precedence and associativity.
///
/// Each logical line is parsed on its own, so one bad line yields one error and the lines after it are still checked.
struct Parser {
  /// How deeply brackets and unary operators may nest.
  static let maxNesting = 64
  /// How deep any expression tree may grow (long operator chains included), which bounds evaluation's recursion.
  static let maxTreeDepth = 256

  var tokens: [Token]
  var position = 0
  var nesting = 0
  /// How many `def`/`lambda` bodies enclose the current token (`return` needs one).
  var functionDepth = 0
  /// How many loops enclose the current token within the innermost function (`break` needs one).
  var loopDepth = 0
  /// The qualified-name prefixes of the enclosing `def`s (`f.<locals>.`) and `class`es (`C.`).
  var enclosingFunctions: [String] = []
  /// Whether a class body's private names (`__x`) are renamed `_Class__x`, as CPython's compiler does. Snippets and
  /// scripts are; the standard-library modules written in Python are not (they were written for unrenamed names).
  var manglesPrivateNames = false
  /// The innermost enclosing class's name without its leading underscores, while private names are renamed; nil
  /// outside a class body, or in a class whose name is all underscores (CPython renames nothing there).
  var privateNameOwner: String?
  let source: [UInt8]
  /// True while a `case` clause's pattern is read: `p as name` inside brackets is then read as a `:=` node whose
  /// range is recorded in `patternAliases` (MatchParser.swift turns it into an `as` pattern).
  var parsingPattern = false
  /// The ranges (start and end byte offsets) of the names bound by `p as name` in a pattern.
  var patternAliases: Set<[Int]> = []

  /// Prepares to parse `code`.
  init(_ code: String, manglesPrivateNames: Bool = false) {
    source = Array(code.utf8)
    tokens = Lexer.tokenizeSkippingTrivia(code)
    self.manglesPrivateNames = manglesPrivateNames
  }

  /// Parses every statement; statements of lines that failed are left out and their errors returned.
  /// `manglesPrivateNames` renames the private names of class bodies as CPython does (snippets and scripts).
  static func parse(_ code: String, manglesPrivateNames: Bool = false) -> (
    statements: [Statement], errors: [SyntaxError]
  ) {
    var parser = Parser(code, manglesPrivateNames: manglesPrivateNames)
    return parser.parseProgram()
  }

  /// The name as CPython compiles it here: inside a class body (its methods, lambdas, comprehensions and f-strings
  /// included) a name with two leading underscores and at most one trailing becomes `_Class__name`.
  func mangled(_ name: String) -> String {
    guard let owner = privateNameOwner, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else {
      return name
    }
    return "_" + owner + name
  }

  /// The exact source text of a range (used for gradient-table argument names and messages).
  func text(of range: SourceRange) -> String {
    String(decoding: source[range.start..<range.end], as: UTF8.self)
  }

  var current: Token { tokens[position] }

  func peek(_ ahead: Int) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  /// Consumes the symbol when it is next.
  mutating func accept(_ symbol: String) -> Token? {
    current.isSymbol(symbol) ? advance() : nil
  }

  /// Consumes `symbol` or fails saying it was expected.
  mutating func expect(_ symbol: String, _ what: String? = nil) throws(SyntaxError) -> Token {
    if let token = accept(symbol) { return token }
    throw unexpected(expected: what ?? "'\(symbol)'")
  }

  /// The error for the current token when something else was expected, naming unsupported constructs.
  func unexpected(expected: String) -> SyntaxError {
    let token = current
    if case .invalid(let message) = token.kind { return SyntaxError(message: message, range: token.range) }
    if token.kind == .name, let message = Keywords.unsupportedInExpression(token.text) {
      return SyntaxError(message: message, range: token.range)
    }
    if token.isSymbol(":="), position > 0, tokens[position - 1].kind == .name,
      !Keywords.reserved.contains(tokens[position - 1].text), position < 2 || !tokens[position - 2].isSymbol(".")
    {
      // `name := value` where CPython's grammar has no named expression (a comprehension's condition, `**` operand).
      return SyntaxError(message: "invalid syntax", range: token.range)
    }
    if token.kind == .symbol, let message = Keywords.unsupportedOperator(token.text) {
      return SyntaxError(message: message, range: token.range)
    }
    return SyntaxError(message: "invalid syntax: expected \(expected), found \(describe(token))", range: token.range)
  }

  /// Makes a node, refusing trees deeper than `maxTreeDepth`.
  func node(_ kind: Expression.Kind, _ range: SourceRange) throws(SyntaxError) -> Expression {
    let expression = Expression(kind, range: range)
    guard expression.depth <= Self.maxTreeDepth else {
      throw SyntaxError(
        message: "expression is too complex: more than \(Self.maxTreeDepth) operations deep; split it with assignments",
        range: range)
    }
    return expression
  }

  /// Runs `body` one nesting level deeper, refusing to go past `maxNesting`.
  mutating func nested<T>(at token: Token, _ body: (inout Parser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
    guard nesting < Self.maxNesting else {
      throw SyntaxError(
        message: "too deeply nested: brackets and unary operators may nest at most \(Self.maxNesting) levels",
        range: token.range)
    }
    nesting += 1
    defer { nesting -= 1 }
    return try body(&self)
  }
}
