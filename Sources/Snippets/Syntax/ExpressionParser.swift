extension Parser {
  /// The comparison symbol `text` spells, if any: tested on its bytes (a table keyed by the text hashed every symbol
  /// that ended an operand, `)` and `,` included, on every parse).
  private static func comparisonOperator(_ text: String) -> ComparisonOperator? {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next() else { return nil }
    let second = bytes.next()
    guard bytes.next() == nil else { return nil }
    switch (first, second) {
    case (UInt8(ascii: "="), UInt8(ascii: "=")): return .equal
    case (UInt8(ascii: "!"), UInt8(ascii: "=")): return .notEqual
    case (UInt8(ascii: "<"), nil): return .less
    case (UInt8(ascii: "<"), UInt8(ascii: "=")): return .lessOrEqual
    case (UInt8(ascii: ">"), nil): return .greater
    case (UInt8(ascii: ">"), UInt8(ascii: "=")): return .greaterOrEqual
    default: return nil
    }
  }

  /// `e1, e2, …` as a tuple (a trailing comma makes a 1-tuple), or a single expression.
  mutating func parseExpressionList() throws(SyntaxError) -> Expression {
    let first = try parseItem(allowingNamed: false)
    guard current.isSymbol(",") else { return first }
    var items = [first]
    var range = first.range
    while let comma = accept(",") {
      range = range.union(comma.range)
      if startsExpression(current) || current.isSymbol("*") {
        let item = try parseItem(allowingNamed: false)
        items.append(item)
        range = range.union(item.range)
      } else {
        break
      }
    }
    return try node(.tuple(items), range)
  }

  /// An item of a display or an expression list: an expression, or `*` and an operand to unpack there. A display's
  /// item may be `name := value`; an expression list's (a statement, the right side of `=`, `return`, `for … in`) may
  /// not: CPython's grammar allows the walrus there only inside parentheses.
  mutating func parseItem(allowingNamed: Bool = true) throws(SyntaxError) -> Expression {
    guard let star = accept("*") else { return allowingNamed ? try parseNamedExpression() : try parseExpression() }
    let operand = try parseBitwise(level: 0)
    return try node(.starred(operand), star.range.union(operand.range))
  }

  /// Whether `name :=` starts here.
  var startsNamedExpression: Bool {
    // The `:=` is tested before the keyword table, which hashes the name.
    current.kind == .name && peek(1).isSymbol(":=") && !Keywords.reserved.contains(current.text)
  }

  /// `name := value` or an expression: what CPython's grammar calls a named expression, allowed only in a display's
  /// items, a positional argument, a lone subscript, and the conditions of `if`, `elif` and `while`, and a decorator.
  mutating func parseNamedExpression() throws(SyntaxError) -> Expression {
    guard startsNamedExpression else { return try parseExpression() }
    let name = advance()
    _ = advance()
    let value = try parseExpression()
    return try node(.namedValue(.name(mangled(name.text), name.range), value), name.range.union(value.range))
  }

  /// One expression: `a if c else b`, the loosest-binding form in the language, or anything tighter. An unparenthesized
  /// `name := value` here (a dictionary's key or value, a keyword argument, a slice bound, another `:=`'s value) is
  /// CPython's "invalid syntax" at the `:=`.
  mutating func parseExpression() throws(SyntaxError) -> Expression {
    if current.isName("lambda") { return try parseLambda() }
    if startsNamedExpression { throw SyntaxError(message: "invalid syntax", range: peek(1).range) }
    let body = try parseOr()
    if parsingPattern, current.isName("as") { return try parsePatternAlias(of: body) }
    guard current.isName("if") else { return body }
    let keyword = advance()
    return try nested(at: keyword) { (parser) throws(SyntaxError) in
      let test = try parser.parseOr()
      if parser.current.isSymbol(":=") {
        throw SyntaxError(message: "expected 'else' after 'if' expression", range: body.range.union(test.range))
      }
      guard parser.current.isName("else") else { throw parser.unexpected(expected: "'else' after the condition") }
      _ = parser.advance()
      if parser.startsNamedExpression {
        throw SyntaxError(
          message: "cannot use assignment expressions with conditional expression",
          range: body.range.union(parser.current.range))
      }
      let orElse = try parser.parseExpression()
      return try parser.node(
        .conditional(test: test, body: body, orElse: orElse), body.range.union(orElse.range))
    }
  }

  /// An `or` test: an expression without a conditional or lambda (comprehension iterables and conditions).
  mutating func parseOrTest() throws(SyntaxError) -> Expression { try parseOr() }

  /// `a or b or …`, left-associative.
  private mutating func parseOr() throws(SyntaxError) -> Expression {
    var left = try parseAnd()
    while current.isName("or") {
      _ = advance()
      let right = try parseAnd()
      left = try node(.logical(.or, left, right), left.range.union(right.range))
    }
    return left
  }

  private mutating func parseAnd() throws(SyntaxError) -> Expression {
    var left = try parseNot()
    while current.isName("and") {
      _ = advance()
      let right = try parseNot()
      left = try node(.logical(.and, left, right), left.range.union(right.range))
    }
    return left
  }

  private mutating func parseNot() throws(SyntaxError) -> Expression {
    let token = current
    guard token.isName("not") else { return try parseComparison() }
    _ = advance()
    let operand = try nested(at: token) { (parser) throws(SyntaxError) in try parser.parseNot() }
    return try node(.not(operand), token.range.union(operand.range))
  }

  /// The comparison operator at the current token (`not in` and `is not` take two), consumed; nil when none.
  private mutating func acceptComparisonOperator() -> ComparisonOperator? {
    if current.kind == .symbol, let op = Self.comparisonOperator(current.text) {
      _ = advance()
      return op
    }
    if current.isName("in") {
      _ = advance()
      return .in
    }
    if current.isName("not"), peek(1).isName("in") {
      _ = advance()
      _ = advance()
      return .notIn
    }
    if current.isName("is") {
      _ = advance()
      if current.isName("not") {
        _ = advance()
        return .isNot
      }
      return .is
    }
    return nil
  }

  /// A (possibly chained) comparison.
  private mutating func parseComparison() throws(SyntaxError) -> Expression {
    let first = try parseBitwise(level: 0)
    var rest: [(ComparisonOperator, Expression)] = []
    var range = first.range
    while let op = acceptComparisonOperator() {
      let operand = try parseBitwise(level: 0)
      rest.append((op, operand))
      range = range.union(operand.range)
    }
    return rest.isEmpty ? first : try node(.comparison(first, rest), range)
  }

  /// Python's bitwise levels, loosest first: `|`, `^`, `&`, then the shifts, each left-associative.
  private static let bitwiseLevelCount = 4

  /// The operator of bitwise level `level` that `text` spells, if any: tested on its bytes (a table per level keyed by
  /// the text hashed every symbol that ended an operand four times on every parse).
  private static func bitwiseOperator(_ text: String, level: Int) -> BitwiseOperator? {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next() else { return nil }
    let second = bytes.next()
    guard bytes.next() == nil else { return nil }
    switch (level, first, second) {
    case (0, UInt8(ascii: "|"), nil): return .or
    case (1, UInt8(ascii: "^"), nil): return .xor
    case (2, UInt8(ascii: "&"), nil): return .and
    case (3, UInt8(ascii: "<"), UInt8(ascii: "<")): return .leftShift
    case (3, UInt8(ascii: ">"), UInt8(ascii: ">")): return .rightShift
    default: return nil
    }
  }

  mutating func parseBitwise(level: Int) throws(SyntaxError) -> Expression {
    guard level < Self.bitwiseLevelCount else { return try parseSum() }
    var left = try parseBitwise(level: level + 1)
    while current.kind == .symbol, let op = Self.bitwiseOperator(current.text, level: level) {
      _ = advance()
      let right = try parseBitwise(level: level + 1)
      left = try node(.bitwise(op, left, right), left.range.union(right.range))
    }
    return left
  }

  private mutating func parseSum() throws(SyntaxError) -> Expression {
    var left = try parseTerm()
    while current.isSymbol("+") || current.isSymbol("-") {
      let op: BinaryOperator = advance().text == "+" ? .add : .subtract
      let right = try parseTerm()
      left = try node(.binary(op, left, right), left.range.union(right.range))
    }
    return left
  }

  private mutating func parseTerm() throws(SyntaxError) -> Expression {
    var left = try parseFactor()
    while true {
      let op: BinaryOperator
      switch current.kind == .symbol ? current.text : "" {
      case "*": op = .multiply
      case "/": op = .divide
      case "@": op = .matrixMultiply
      case "//": op = .floorDivide
      case "%": op = .modulo
      default: return left
      }
      _ = advance()
      let right = try parseFactor()
      left = try node(.binary(op, left, right), left.range.union(right.range))
    }
  }

  /// Unary `+`/`-`, which bind looser than `**` (so `-2**2` is -4) and tighter than `*`.
  private mutating func parseFactor() throws(SyntaxError) -> Expression {
    let token = current
    if token.isSymbol("-") || token.isSymbol("+") {
      _ = advance()
      let operand = try nested(at: token) { (parser) throws(SyntaxError) in try parser.parseFactor() }
      return try node(.unary(token.text == "-" ? .negate : .plus, operand), token.range.union(operand.range))
    }
    if token.isSymbol("~") {
      _ = advance()
      let operand = try nested(at: token) { (parser) throws(SyntaxError) in try parser.parseFactor() }
      return try node(.invert(operand), token.range.union(operand.range))
    }
    return try parsePower()
  }

  /// `primary ** factor`, right-associative, its right side allowing unary operators (`2**-1`).
  private mutating func parsePower() throws(SyntaxError) -> Expression {
    let base = try parsePrimary()
    guard let op = accept("**") else { return base }
    let exponent = try nested(at: op) { (parser) throws(SyntaxError) in try parser.parseFactor() }
    return try node(.binary(.power, base, exponent), base.range.union(exponent.range))
  }

  /// An atom followed by attribute accesses, calls and subscripts.
  mutating func parsePrimary() throws(SyntaxError) -> Expression {
    var expression = try parseAtom()
    while true {
      if accept(".") != nil {
        guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
          throw SyntaxError(
            message: "invalid syntax: expected an attribute name after '.', found \(describe(current))",
            range: current.range)
        }
        let name = advance()
        expression = try node(.attribute(expression, mangled(name.text)), expression.range.union(name.range))
      } else if let open = accept("(") {
        let (arguments, close) = try nested(at: open) { (parser) throws(SyntaxError) in
          try parser.parseArguments(openedBy: open)
        }
        expression = try node(.call(expression, arguments), expression.range.union(close.range))
      } else if let open = accept("[") {
        let (index, close) = try nested(at: open) { (parser) throws(SyntaxError) in
          try parser.parseSubscript(openedBy: open)
        }
        expression = try node(.index(expression, index), expression.range.union(close.range))
      } else {
        return expression
      }
    }
  }

  /// True when `token` can begin an expression.
  func startsExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .integer, .float, .string, .imaginary: return true
    case .name:
      return !Keywords.reserved.contains(token.text) || ["True", "False", "None", "not", "lambda"].contains(token.text)
    case .symbol: return ["(", "[", "{", "-", "+", "~", "..."].contains(token.text)
    default: return false
    }
  }

  /// Fails with Python's bracket messages when `close` is missing after something opened by `open`.
  func closingError(for open: Token, expected close: String, what: String) -> SyntaxError {
    if current.kind == .end || (current.kind == .newline && current.range.end == source.count) {
      return SyntaxError(message: "'\(open.text)' was never closed", range: open.range)
    }
    if current.kind == .symbol, [")", "]", "}"].contains(current.text) {
      return SyntaxError(
        message: "closing parenthesis '\(current.text)' does not match opening parenthesis '\(open.text)'",
        range: current.range)
    }
    return unexpected(expected: what)
  }
}
