/// The `match` statement (Python 3.10's structural pattern matching): its patterns are read with the expression
/// grammar (which holds them all, `as` inside brackets read as a marked `:=` node), then checked as CPython's parser
/// and compiler check them.
extension Parser {
  /// One top-level item of a case's pattern, before it is checked: `*name`, or an expression with its `as` name.
  private struct PatternItem {
    var expression: Expression
    var starred: Bool
    var alias: Token?
  }

  /// A case as parsed, checked once it is known whether it is the last.
  private struct ParsedCase {
    var keyword: Token
    var items: [PatternItem]
    var isOpenSequence: Bool
    var guardCondition: Expression?
    var body: [Statement]
  }

  /// The names a pattern binds so far and whether an irrefutable pattern is allowed where the check is.
  private struct PatternContext {
    var bound: [String] = []
    var allowsIrrefutable: Bool
  }

  /// True when the line starting at the current `match` ends with `:`: a match statement, not a name's use.
  var startsMatchStatement: Bool {
    guard current.isName("match") else { return false }
    var end = position
    while tokens[end].kind != .newline && tokens[end].kind != .end { end += 1 }
    return end > position + 1 && tokens[end - 1].isSymbol(":")
  }

  /// `match subject:` then an indented block of `case pattern [if guard]: body` clauses.
  mutating func parseMatch(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    guard startsExpression(current) || current.isSymbol("*") else { throw unexpected(expected: "a subject") }
    let subject = try parseExpressionList()
    _ = try expect(":", "':'")
    guard current.kind == .newline else { throw unexpected(expected: "a new line after 'match …:'") }
    _ = advance()
    let column = current.range.startLocation.column
    guard current.kind != .end, column > indent else {
      throw SyntaxError(
        message: "expected an indented block after 'match' statement on line \(keyword.range.startLocation.line)",
        range: current.range)
    }
    var parsed: [ParsedCase] = []
    try nested(at: keyword) { (parser) throws(SyntaxError) in
      while parser.current.kind != .end, parser.current.range.startLocation.column >= column {
        guard parser.current.range.startLocation.column == column else {
          throw SyntaxError(message: "unexpected indent", range: parser.current.range)
        }
        guard parser.current.isName("case") else { throw parser.unexpected(expected: "'case'") }
        parsed.append(try parser.parseCase(column: column))
      }
    }
    var cases: [MatchCase] = []
    var range = keyword.range.union(subject.range)
    for (index, parsedCase) in parsed.enumerated() {
      var context = PatternContext(allowsIrrefutable: parsedCase.guardCondition != nil || index == parsed.count - 1)
      let pattern = try topPattern(parsedCase, &context)
      cases.append(MatchCase(pattern: pattern, guardCondition: parsedCase.guardCondition, body: parsedCase.body))
      if let last = parsedCase.body.last { range = range.union(last.range) }
    }
    return Statement(kind: .match(subject, cases), range: range)
  }

  private mutating func parseCase(column: Int) throws(SyntaxError) -> ParsedCase {
    let keyword = advance()
    parsingPattern = true
    defer { parsingPattern = false }
    var items: [PatternItem] = []
    var isOpenSequence = false
    repeat {
      if current.isSymbol(":") || current.isName("if") { break }
      if let star = accept("*") {
        guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
          throw unexpected(expected: "a name after '*'")
        }
        let name = advance()
        items.append(
          PatternItem(
            expression: try node(.name(mangled(name.text)), name.range), starred: true, alias: nil))
        _ = star
      } else {
        let expression: Expression
        do {
          expression = try parseOrTest()
        } catch {
          throw Self.patternMessage(error)
        }
        var alias: Token?
        if current.isName("as") {
          _ = advance()
          guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
            throw unexpected(expected: "a name after 'as'")
          }
          alias = advance()
        }
        items.append(PatternItem(expression: expression, starred: false, alias: alias))
      }
      if current.isSymbol(",") { isOpenSequence = true }
    } while accept(",") != nil
    guard !items.isEmpty else { throw unexpected(expected: "a pattern") }
    parsingPattern = false
    var guardCondition: Expression?
    if current.isName("if") {
      _ = advance()
      guardCondition = try parseNamedExpression()
    }
    let body = try parseSuite(after: keyword, indent: column)
    return ParsedCase(
      keyword: keyword, items: items, isOpenSequence: isOpenSequence || items.count > 1,
      guardCondition: guardCondition, body: body)
  }

  /// `p as name` inside a pattern's brackets, read as a `:=` node recorded in `patternAliases`.
  mutating func parsePatternAlias(of pattern: Expression) throws(SyntaxError) -> Expression {
    _ = advance()
    guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
      throw unexpected(expected: "a name after 'as'")
    }
    let name = advance()
    let alias = try node(
      .namedValue(.name(mangled(name.text), name.range), pattern), pattern.range.union(name.range))
    // Keyed by the name's range: a group's parentheses may widen the node's own.
    patternAliases.insert([name.range.start, name.range.end])
    return alias
  }

  /// The call grammar's errors in a class pattern, as CPython's pattern grammar words them.
  private static func patternMessage(_ error: SyntaxError) -> SyntaxError {
    let repeated = "keyword argument repeated: "
    if error.message.hasPrefix(repeated) {
      return SyntaxError(
        message: "attribute name repeated in class pattern: " + error.message.dropFirst(repeated.count),
        range: error.range)
    }
    if error.message == "positional argument follows keyword argument" {
      return SyntaxError(message: "positional patterns follow keyword patterns", range: error.range)
    }
    return error
  }

  private func topPattern(_ parsedCase: ParsedCase, _ context: inout PatternContext) throws(SyntaxError) -> Pattern {
    guard parsedCase.isOpenSequence else {
      let item = parsedCase.items[0]
      if item.starred {
        throw SyntaxError(message: "invalid syntax: a starred pattern needs a sequence", range: item.expression.range)
      }
      return try aliased(item, &context)
    }
    var subcontext = PatternContext(bound: context.bound, allowsIrrefutable: true)
    let pattern = try sequencePattern(
      parsedCase.items.map { ($0.expression, $0.starred, $0.alias) }, &subcontext)
    context.bound = subcontext.bound
    return pattern
  }

  private func aliased(_ item: PatternItem, _ context: inout PatternContext) throws(SyntaxError) -> Pattern {
    let inner = try pattern(item.expression, &context)
    guard let alias = item.alias else { return inner }
    return .capturing(inner, try captureTarget(alias.text, alias.range, &context))
  }

  /// A name a pattern binds, checked for `_` and for a second binding in the same pattern.
  private func captureTarget(_ name: String, _ range: SourceRange, _ context: inout PatternContext)
    throws(SyntaxError) -> AssignmentTarget
  {
    if name == "_" { throw SyntaxError(message: "cannot use '_' as a target", range: range) }
    if context.bound.contains(name) {
      throw SyntaxError(message: "multiple assignments to name '\(name)' in pattern", range: range)
    }
    context.bound.append(name)
    return .name(name, range)
  }

  private func sequencePattern(
    _ items: [(expression: Expression, starred: Bool, alias: Token?)], _ context: inout PatternContext
  ) throws(SyntaxError) -> Pattern {
    var before: [Pattern] = []
    var after: [Pattern] = []
    var star: AssignmentTarget??
    for item in items {
      if item.starred {
        guard case .name(let name) = item.expression.kind else {
          throw SyntaxError(message: "invalid syntax: '*' in a pattern takes a name", range: item.expression.range)
        }
        if star != nil {
          throw SyntaxError(message: "multiple starred names in sequence pattern", range: item.expression.range)
        }
        star = .some(name == "_" ? nil : try captureTarget(name, item.expression.range, &context))
        continue
      }
      let inner = try aliased(PatternItem(expression: item.expression, starred: false, alias: item.alias), &context)
      if star == nil { before.append(inner) } else { after.append(inner) }
    }
    return .sequence(before: before, star: star, after: after)
  }

  /// True for a dotted name (`Color.RED`), which a value pattern is.
  private static func isDottedName(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .attribute(let base, _):
      if case .name = base.kind { return true }
      return isDottedName(base)
    default: return false
    }
  }

  /// True for a literal a pattern may hold: numbers (negated, and `real ± imaginary`), strings, bytes.
  private static func isLiteral(_ expression: Expression) -> Bool {
    func isNumber(_ value: Expression) -> Bool {
      switch value.kind {
      case .integer, .bigInteger, .float, .imaginary: true
      case .unary(.negate, let operand):
        switch operand.kind {
        case .integer, .bigInteger, .float, .imaginary: true
        default: false
        }
      default: false
      }
    }
    switch expression.kind {
    case .string, .bytes: return true
    case .binary(let op, let real, let imaginary) where op == .add || op == .subtract:
      guard case .imaginary = imaginary.kind, isNumber(real) else { return false }
      if case .imaginary = real.kind { return false }
      if case .unary(_, let operand) = real.kind, case .imaginary = operand.kind { return false }
      return true
    default: return isNumber(expression)
    }
  }

  private static let notAPattern =
    "invalid syntax: not a pattern (a pattern is a literal, a name, a dotted name, [p, …], (p, …), {key: p, …}, "
    + "Class(p, name=p), p | q or p as name)"

  /// Checks one expression as a pattern and builds it.
  private func pattern(_ expression: Expression, _ context: inout PatternContext) throws(SyntaxError) -> Pattern {
    switch expression.kind {
    case .name(let name):
      if !context.allowsIrrefutable {
        let message =
          name == "_"
          ? "wildcard makes remaining patterns unreachable"
          : "name capture '\(name)' makes remaining patterns unreachable"
        throw SyntaxError(message: message, range: expression.range)
      }
      if name == "_" { return .wildcard }
      return .capture(try captureTarget(name, expression.range, &context))
    case .none, .boolean: return .singleton(expression)
    case .attribute where Self.isDottedName(expression): return .value(expression)
    case _ where Self.isLiteral(expression): return .value(expression)
    case .list(let items), .tuple(let items):
      var subcontext = PatternContext(bound: context.bound, allowsIrrefutable: true)
      let pattern = try sequencePattern(
        items.map { item in
          if case .starred(let inner) = item.kind { return (inner, true, nil) }
          return (item, false, nil)
        }, &subcontext)
      context.bound = subcontext.bound
      return pattern
    case .dict(let pairs):
      var subcontext = PatternContext(bound: context.bound, allowsIrrefutable: true)
      var keyed: [(key: Expression, pattern: Pattern)] = []
      var rest: AssignmentTarget?
      var literalKeys: [String] = []
      for (index, pair) in pairs.enumerated() {
        if case .starred(let inner) = pair.key.kind {
          guard case .name(let name) = inner.kind, index == pairs.count - 1 else {
            throw SyntaxError(message: Self.notAPattern, range: pair.key.range)
          }
          if name == "_" { throw SyntaxError(message: "invalid syntax", range: inner.range) }
          rest = try captureTarget(name, inner.range, &subcontext)
          continue
        }
        guard Self.isLiteral(pair.key) || Self.isDottedName(pair.key) || pair.key.isSingletonLiteral else {
          throw SyntaxError(
            message: "mapping pattern keys may only match literals and attribute lookups", range: pair.key.range)
        }
        if Self.isLiteral(pair.key) || pair.key.isSingletonLiteral {
          // CPython compares the constants as a set does (`'a'` is `"a"`, `1` is `1.0` and `True`); a big int is
          // compared as its nearest double, which can only find more repeats than CPython (a refusal, never a run).
          let key = pair.key.patternKeyValue ?? text(of: pair.key.range)
          if literalKeys.contains(key) {
            throw SyntaxError(
              message:
                "mapping pattern checks duplicate key (\(pair.key.simpleStringRepr ?? text(of: pair.key.range)))",
              range: pair.key.range)
          }
          literalKeys.append(key)
        }
        keyed.append((pair.key, try pattern(pair.value, &subcontext)))
      }
      context.bound = subcontext.bound
      return .mapping(keyed, rest: rest)
    case .call(let callee, let arguments):
      guard Self.isDottedName(callee) || { if case .name = callee.kind { true } else { false } }() else {
        throw SyntaxError(message: Self.notAPattern, range: callee.range)
      }
      var subcontext = PatternContext(bound: context.bound, allowsIrrefutable: true)
      var positional: [Pattern] = []
      var keywords: [(name: String, pattern: Pattern)] = []
      for argument in arguments {
        guard argument.unpacking == .none else {
          throw SyntaxError(message: Self.notAPattern, range: argument.value.range)
        }
        if let keyword = argument.keyword {
          if keywords.contains(where: { $0.name == keyword }) {
            throw SyntaxError(
              message: "attribute name repeated in class pattern: \(keyword)", range: argument.value.range)
          }
          keywords.append((keyword, try pattern(argument.value, &subcontext)))
        } else {
          guard keywords.isEmpty else {
            throw SyntaxError(message: "positional patterns follow keyword patterns", range: argument.value.range)
          }
          positional.append(try pattern(argument.value, &subcontext))
        }
      }
      context.bound = subcontext.bound
      return .instance(callee, positional: positional, keywords: keywords)
    case .bitwise(.or, _, _):
      var options: [Expression] = []
      func flatten(_ value: Expression) {
        if case .bitwise(.or, let left, let right) = value.kind {
          flatten(left)
          options.append(right)
        } else {
          options.append(value)
        }
      }
      flatten(expression)
      var patterns: [Pattern] = []
      var firstNames: Set<String>?
      var orderedNames: [String] = []
      for (index, option) in options.enumerated() {
        var subcontext = PatternContext(
          allowsIrrefutable: index == options.count - 1 && context.allowsIrrefutable)
        patterns.append(try pattern(option, &subcontext))
        if let firstNames {
          guard Set(subcontext.bound) == firstNames else {
            throw SyntaxError(message: "alternative patterns bind different names", range: option.range)
          }
        } else {
          firstNames = Set(subcontext.bound)
          orderedNames = subcontext.bound
        }
      }
      for name in orderedNames { _ = try captureTarget(name, expression.range, &context) }
      return .alternatives(patterns)
    case .namedValue(.name(let alias, let aliasRange), let inner)
    where patternAliases.contains([aliasRange.start, aliasRange.end]):
      let matched = try pattern(inner, &context)
      return .capturing(matched, try captureTarget(alias, aliasRange, &context))
    case .namedValue:
      throw SyntaxError(message: "invalid syntax", range: expression.range)
    case .formatted:
      throw SyntaxError(message: "patterns may only match literals and attribute lookups", range: expression.range)
    default:
      throw SyntaxError(message: Self.notAPattern, range: expression.range)
    }
  }
}

extension Expression {
  /// A literal mapping key's value as a text equal for keys Python's sets hold as one (strings and bytes by their
  /// contents, numbers and bools by their complex value, `None` by itself); nil for other expressions.
  fileprivate var patternKeyValue: String? {
    func number(_ expression: Expression) -> (real: Double, imaginary: Double)? {
      switch expression.kind {
      case .integer(let value): return (Double(value), 0)
      case .bigInteger(let value): return Double(value.decimal()).map { ($0, 0) }
      case .float(let value): return (value, 0)
      case .imaginary(let value): return (0, value)
      case .boolean(let value): return (value ? 1 : 0, 0)
      case .unary(.negate, let operand): return number(operand).map { (-$0.real, -$0.imaginary) }
      case .binary(let op, let left, let right) where op == .add || op == .subtract:
        guard let left = number(left), let right = number(right) else { return nil }
        let sign: Double = op == .add ? 1 : -1
        return (left.real + sign * right.real, left.imaginary + sign * right.imaginary)
      default: return nil
      }
    }
    switch kind {
    case .string(let text): return "s" + text
    case .bytes(let text): return "b" + text
    case .none: return "None"
    default:
      // -0.0 and 0.0 are one key, as they are equal.
      return number(self).map { "n\($0.real + 0)|\($0.imaginary + 0)" }
    }
  }

  /// Python's repr of a string literal of printable ASCII without quotes or backslashes (`'a'` however it was
  /// spelled), as CPython's message shows the key; nil for any other expression, which the message shows as written.
  fileprivate var simpleStringRepr: String? {
    guard case .string(let text) = kind,
      text.unicodeScalars.allSatisfy({ (0x20..<0x7F).contains($0.value) && !"'\"\\".unicodeScalars.contains($0) })
    else { return nil }
    return "'" + text + "'"
  }

  /// True for `None`, `True`, `False`.
  fileprivate var isSingletonLiteral: Bool {
    switch kind {
    case .none, .boolean: true
    default: false
    }
  }
}
