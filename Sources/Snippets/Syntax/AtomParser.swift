extension Parser {
  /// A literal, a name, or a bracketed form.
  mutating func parseAtom() throws(SyntaxError) -> Expression {
    let token = current
    switch token.kind {
    case .integer:
      _ = advance()
      return try node(try integerValue(token), token.range)
    case .float:
      _ = advance()
      guard let value = Double(token.text.filter { $0 != "_" }) else {
        throw SyntaxError(message: "invalid float literal '\(token.text)'", range: token.range)
      }
      return try node(.float(value), token.range)
    case .imaginary:
      _ = advance()
      guard let value = Double(token.text.dropLast().filter { $0 != "_" }) else {
        throw SyntaxError(message: "invalid imaginary literal '\(token.text)'", range: token.range)
      }
      return try node(.imaginary(value), token.range)
    case .string:
      return try parseStrings()
    case .name:
      return try parseNameAtom()
    case .symbol:
      if token.text == "(" || token.text == "[" {
        _ = advance()
        return try nested(at: token) { (parser) throws(SyntaxError) in try parser.parseDisplay(openedBy: token) }
      }
      if token.text == "{" {
        _ = advance()
        return try nested(at: token) { (parser) throws(SyntaxError) in try parser.parseDictDisplay(openedBy: token) }
      }
      if token.text == "..." {
        _ = advance()
        return try node(.ellipsis, token.range)
      }
      if token.text == "*" {
        throw SyntaxError(message: "unpacking with '*' is not supported", range: token.range)
      }
      if token.text == ")" || token.text == "]" || token.text == "}" {
        throw SyntaxError(message: "unmatched '\(token.text)'", range: token.range)
      }
      throw unexpected(expected: "an expression")
    default:
      throw unexpected(expected: "an expression")
    }
  }

  private mutating func parseNameAtom() throws(SyntaxError) -> Expression {
    let token = current
    switch token.text {
    case "True", "False":
      _ = advance()
      return try node(.boolean(token.text == "True"), token.range)
    case "None":
      _ = advance()
      return try node(.none, token.range)
    default:
      if let message = Keywords.unsupportedStatement(token.text) ?? Keywords.unsupportedInExpression(token.text) {
        throw SyntaxError(message: message, range: token.range)
      }
      if Keywords.reserved.contains(token.text) { throw unexpected(expected: "an expression") }
      _ = advance()
      return try node(.name(mangled(token.text)), token.range)
    }
  }

  private func integerValue(_ token: Token) throws(SyntaxError) -> Expression.Kind {
    let digits = token.text.filter { $0 != "_" }.lowercased()
    let (radix, body): (Int, Substring) =
      switch digits.prefix(2) {
      case "0x": (16, digits.dropFirst(2))
      case "0o": (8, digits.dropFirst(2))
      case "0b": (2, digits.dropFirst(2))
      default: (10, Substring(digits))
      }
    if let value = Int(body, radix: radix) { return .integer(value) }
    let big: BigInt?
    do {
      big = try BigInt(digits: body, radix: radix)
      if let big { try BigInt.checkSize(bits: big.bitWidth) }
    } catch {
      throw SyntaxError(message: error.message, range: token.range)
    }
    guard let big else { throw SyntaxError(message: "invalid integer literal '\(token.text)'", range: token.range) }
    return .bigInteger(big)
  }

  /// `( … )` (parenthesised expression or tuple) or `[ … ]` (list), after the opening bracket.
  private mutating func parseDisplay(openedBy open: Token) throws(SyntaxError) -> Expression {
    let close = open.text == "(" ? ")" : "]"
    var items: [Expression] = []
    var sawComma = false
    while !current.isSymbol(close) {
      if !startsExpression(current), !current.isSymbol("*") {
        throw closingError(for: open, expected: close, what: "',' or '\(close)'")
      }
      items.append(try parseItem())
      if current.isName("for"), items.count == 1, !sawComma {
        let clauses = try parseComprehensionClauses()
        guard current.isSymbol(close) else { throw closingError(for: open, expected: close, what: "'\(close)'") }
        let end = advance()
        let range = open.range.union(end.range)
        let kind: Comprehension.Kind = open.text == "[" ? .list : .generator
        return try node(
          .comprehension(Comprehension(kind: kind, element: items[0], key: nil, clauses: clauses, range: range)),
          range)
      }
      if accept(",") != nil {
        sawComma = true
      } else if !current.isSymbol(close) {
        throw closingError(for: open, expected: close, what: "',' or '\(close)'")
      }
    }
    let end = advance()
    let range = open.range.union(end.range)
    if open.text == "[" { return try node(.list(items), range) }
    if items.count == 1, !sawComma {
      // The parentheses belong to the expression's range.
      return Expression(items[0].kind, range: range)
    }
    return try node(.tuple(items), range)
  }

  /// `for target in iterable [if condition]…` clauses, one or more.
  mutating func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension.Clause] {
    var clauses: [Comprehension.Clause] = []
    while current.isName("for") {
      _ = advance()
      let target = try parseTargetList()
      guard current.isName("in") else { throw unexpected(expected: "'in'") }
      _ = advance()
      clauses.append(.loop(target, try parseOrTest()))
      while current.isName("if") {
        _ = advance()
        clauses.append(.condition(try parseOrTest()))
      }
    }
    return clauses
  }

  /// `{key: value, …}` after `{`; sets are left out.
  private mutating func parseDictDisplay(openedBy open: Token) throws(SyntaxError) -> Expression {
    var pairs: [(key: Expression, value: Expression)] = []
    while !current.isSymbol("}") {
      if let stars = accept("**") {
        let mapping = try parseBitwise(level: 0)
        let range = stars.range.union(mapping.range)
        pairs.append((try node(.starred(mapping), range), try node(.none, range)))
        if accept(",") == nil, !current.isSymbol("}") {
          throw closingError(for: open, expected: "}", what: "',' or '}'")
        }
        continue
      }
      if pairs.isEmpty, current.isSymbol("*") {
        return try parseSetDisplay(openedBy: open, first: try parseItem())
      }
      if !startsExpression(current) { throw closingError(for: open, expected: "}", what: "a key or '}'") }
      let keyIsNamed = startsNamedExpression
      if !pairs.isEmpty, keyIsNamed {
        throw SyntaxError(message: "':' expected after dictionary key", range: current.range)
      }
      // `{name := value}` is a set; as a dictionary's key it is CPython's "invalid syntax" at the `:` after it.
      let key = keyIsNamed ? try parseNamedExpression() : try parseExpression()
      if keyIsNamed, current.isSymbol(":") {
        throw SyntaxError(message: "invalid syntax", range: current.range)
      }
      guard accept(":") != nil else {
        if pairs.isEmpty { return try parseSetDisplay(openedBy: open, first: key) }
        throw closingError(for: open, expected: "}", what: "':'")
      }
      let value = try parseExpression()
      if current.isName("for"), pairs.isEmpty {
        let clauses = try parseComprehensionClauses()
        guard current.isSymbol("}") else { throw closingError(for: open, expected: "}", what: "'}'") }
        let end = advance()
        let range = open.range.union(end.range)
        return try node(
          .comprehension(Comprehension(kind: .dict, element: value, key: key, clauses: clauses, range: range)), range)
      }
      pairs.append((key, value))
      if accept(",") == nil, !current.isSymbol("}") { throw closingError(for: open, expected: "}", what: "',' or '}'") }
    }
    let close = advance()
    return try node(.dict(pairs), open.range.union(close.range))
  }

  /// `{a, b}` or `{x for x in xs}` after its first item.
  private mutating func parseSetDisplay(openedBy open: Token, first: Expression) throws(SyntaxError) -> Expression {
    if current.isName("for") {
      let clauses = try parseComprehensionClauses()
      guard current.isSymbol("}") else { throw closingError(for: open, expected: "}", what: "'}'") }
      let range = open.range.union(advance().range)
      return try node(
        .comprehension(Comprehension(kind: .set, element: first, key: nil, clauses: clauses, range: range)), range)
    }
    var items = [first]
    while accept(",") != nil, !current.isSymbol("}") {
      if !startsExpression(current), !current.isSymbol("*") {
        throw closingError(for: open, expected: "}", what: "an item or '}'")
      }
      items.append(try parseItem())
    }
    guard current.isSymbol("}") else { throw closingError(for: open, expected: "}", what: "',' or '}'") }
    return try node(.set(items), open.range.union(advance().range))
  }

  /// Call arguments after `(`: positional, then `keyword=value`.
  mutating func parseArguments(openedBy open: Token) throws(SyntaxError) -> ([Argument], Token) {
    var arguments: [Argument] = []
    while !current.isSymbol(")") {
      if let star = accept("*") ?? accept("**") {
        let value = try parseExpression()
        if star.text == "*", arguments.contains(where: { $0.unpacking == .keywords }) {
          throw SyntaxError(
            message: "iterable argument unpacking follows keyword argument unpacking", range: star.range)
        }
        arguments.append(
          Argument(keyword: nil, value: value, unpacking: star.text == "*" ? .positional : .keywords))
        if accept(",") == nil, !current.isSymbol(")") {
          throw closingError(for: open, expected: ")", what: "',' or ')'")
        }
        continue
      }
      if !startsExpression(current) { throw closingError(for: open, expected: ")", what: "an argument or ')'") }
      if current.kind == .name, peek(1).isSymbol("=") {
        let keyword = advance()
        _ = advance()
        if arguments.contains(where: { $0.keyword == keyword.text }) {
          throw SyntaxError(message: "keyword argument repeated: \(keyword.text)", range: keyword.range)
        }
        arguments.append(Argument(keyword: keyword.text, value: try parseExpression()))
      } else {
        let valueStart = current
        var value = try parseNamedExpression()
        if current.isName("for") {
          // `f(x for x in xs)`: a generator expression as the only argument needs no parentheses of its own.
          let clauses = try parseComprehensionClauses()
          value = try node(
            .comprehension(
              Comprehension(kind: .generator, element: value, key: nil, clauses: clauses, range: value.range)),
            value.range)
          if !arguments.isEmpty || !current.isSymbol(")") {
            throw SyntaxError(message: "Generator expression must be parenthesized", range: valueStart.range)
          }
        }
        if arguments.contains(where: { $0.keyword != nil }) {
          throw SyntaxError(message: "positional argument follows keyword argument", range: valueStart.range)
        }
        if arguments.contains(where: { $0.unpacking == .keywords }) {
          throw SyntaxError(
            message: "positional argument follows keyword argument unpacking", range: valueStart.range)
        }
        arguments.append(Argument(keyword: nil, value: value))
      }
      if current.isName("for") {
        throw SyntaxError(message: "Generator expression must be parenthesized", range: current.range)
      }
      if accept(",") == nil, !current.isSymbol(")") {
        throw closingError(for: open, expected: ")", what: "',' or ')'")
      }
    }
    return (arguments, advance())
  }

  /// The index after `[`: items (expressions or slices) separated by commas; two or more make a tuple.
  mutating func parseSubscript(openedBy open: Token) throws(SyntaxError) -> (Expression, Token) {
    var items: [Expression] = []
    var sawComma = false
    while !current.isSymbol("]") {
      items.append(try parseSliceItem(openedBy: open))
      if accept(",") != nil {
        sawComma = true
      } else if !current.isSymbol("]") {
        throw closingError(for: open, expected: "]", what: "',' or ']'")
      }
    }
    let close = advance()
    guard let first = items.first else {
      throw SyntaxError(message: "invalid syntax: expected an index between '[' and ']'", range: close.range)
    }
    if items.count == 1, !sawComma { return (first, close) }
    let range = items.dropFirst().reduce(first.range) { $0.union($1.range) }
    return (try node(.tuple(items), range), close)
  }

  private mutating func parseSliceItem(openedBy open: Token) throws(SyntaxError) -> Expression {
    let first = current
    let startIsNamed = startsNamedExpression
    let start: Expression? = startsExpression(current) ? try parseNamedExpression() : nil
    if startIsNamed, current.isSymbol(":") {
      throw SyntaxError(message: "invalid syntax", range: current.range)
    }
    guard accept(":") != nil else {
      guard let start else { throw closingError(for: open, expected: "]", what: "an index or ']'") }
      return start
    }
    let stop: Expression? = startsExpression(current) ? try parseExpression() : nil
    var step: Expression?
    if accept(":") != nil {
      step = startsExpression(current) ? try parseExpression() : nil
    }
    let range = first.range.union(tokens[max(position - 1, 0)].range)
    return try node(.slice(start, stop, step), range)
  }
}
