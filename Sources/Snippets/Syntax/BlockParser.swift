/// Compound statements (`if`, `while`, `for`, `def`) and the statements that only make sense inside them.
extension Parser {
  /// Parses a compound statement starting at the current token, or returns nil when the line is not one.
  mutating func parseCompoundStatement(indent: Int) throws(SyntaxError) -> Statement? {
    let keyword = current
    guard keyword.kind == .name else {
      if keyword.isSymbol("@") { return try parseDecorated(indent: indent) }
      return nil
    }
    switch keyword.text {
    case "if": return try parseIf(indent: indent)
    case "while": return try parseWhile(indent: indent)
    case "for": return try parseFor(indent: indent)
    case "def": return try parseDef(indent: indent)
    case "class": return try parseClass(indent: indent)
    case "with": return try parseWith(indent: indent)
    case "try": return try parseTry(indent: indent)
    case "match" where startsMatchStatement: return try parseMatch(indent: indent)
    case "elif", "else", "except", "finally":
      let opener = keyword.text == "except" || keyword.text == "finally" ? "try" : "if"
      throw SyntaxError(
        message: "invalid syntax: '\(keyword.text)' without a matching '\(opener)'", range: keyword.range)
    default: return nil
    }
  }

  /// `break`, `continue`, `pass`, `return`, `global`, `nonlocal`, or nil for anything else.
  /// `yield`, `yield value`, `yield a, b`, `yield from iterable`, after `targets =` when there are targets.
  mutating func parseYield(targets: [AssignmentTarget]) throws(SyntaxError) -> Statement {
    let keyword = advance()
    guard functionDepth > 0 else { throw SyntaxError(message: "'yield' outside function", range: keyword.range) }
    if current.isName("from") {
      let from = advance()
      guard startsExpression(current) else {
        throw SyntaxError(message: "invalid syntax: expected an iterable after 'yield from'", range: from.range)
      }
      let value = try parseExpression()
      return Statement(
        kind: .yieldValue(value, delegating: true, targets: targets), range: keyword.range.union(value.range))
    }
    guard startsExpression(current) else {
      return Statement(kind: .yieldValue(nil, delegating: false, targets: targets), range: keyword.range)
    }
    let value = try parseExpressionList()
    return Statement(
      kind: .yieldValue(value, delegating: false, targets: targets), range: keyword.range.union(value.range))
  }

  mutating func parseFlowStatement() throws(SyntaxError) -> Statement? {
    let keyword = current
    switch keyword.text {
    case "pass":
      _ = advance()
      return Statement(kind: .pass, range: keyword.range)
    case "raise":
      _ = advance()
      guard startsExpression(current) else { return Statement(kind: .raise(nil), range: keyword.range) }
      let value = try parseExpression()
      if current.isName("from") {
        // The cause only changes the traceback's earlier lines, which transcripts do not show.
        _ = advance()
        guard startsExpression(current) else { throw unexpected(expected: "an exception after 'from'") }
        let cause = try parseExpression()
        return Statement(kind: .raise(value), range: keyword.range.union(cause.range))
      }
      return Statement(kind: .raise(value), range: keyword.range.union(value.range))
    case "break", "continue":
      guard loopDepth > 0 else {
        let message = keyword.text == "break" ? "'break' outside loop" : "'continue' not properly in loop"
        throw SyntaxError(message: message, range: keyword.range)
      }
      _ = advance()
      return Statement(kind: keyword.text == "break" ? .breakLoop : .continueLoop, range: keyword.range)
    case "return":
      guard functionDepth > 0 else { throw SyntaxError(message: "'return' outside function", range: keyword.range) }
      _ = advance()
      guard startsExpression(current) else { return Statement(kind: .returnValue(nil), range: keyword.range) }
      let value = try parseExpressionList()
      return Statement(kind: .returnValue(value), range: keyword.range.union(value.range))
    case "global", "nonlocal":
      _ = advance()
      var names: [String] = []
      var range = keyword.range
      repeat {
        guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
          throw unexpected(expected: "a name")
        }
        names.append(mangled(current.text))
        range = range.union(advance().range)
      } while accept(",") != nil
      if keyword.text == "nonlocal", functionDepth == 0 {
        throw SyntaxError(message: "nonlocal declaration not allowed at module level", range: keyword.range)
      }
      return Statement(kind: keyword.text == "global" ? .global(names) : .nonlocal(names), range: range)
    default:
      return nil
    }
  }

  /// The body after a header's `:`: simple statements on the same line, or an indented block on the next lines.
  mutating func parseSuite(after header: Token, indent: Int) throws(SyntaxError) -> [Statement] {
    _ = try expect(":", "':'")
    if current.kind != .newline && current.kind != .end {
      return try parseSimpleStatements()
    }
    _ = advance()
    let column = current.range.startLocation.column
    guard current.kind != .end, column > indent else {
      throw SyntaxError(
        message:
          "expected an indented block after '\(header.text)' statement on line \(header.range.startLocation.line)",
        range: current.range)
    }
    return try nested(at: header) { (parser) throws(SyntaxError) in try parser.parseBlock(indent: column) }
  }

  /// The statements of one block, all starting at column `indent`; the block ends at a line left of it.
  private mutating func parseBlock(indent: Int) throws(SyntaxError) -> [Statement] {
    var statements: [Statement] = []
    while current.kind != .end {
      let column = current.range.startLocation.column
      if column < indent { break }
      if column > indent { throw SyntaxError(message: "unexpected indent", range: current.range) }
      statements += try parseLine(indent: indent)
    }
    return statements
  }

  /// True when the current token is the clause keyword `word` at column `indent` (`elif`, `else` after a body).
  private func atClause(_ word: String, indent: Int) -> Bool {
    current.isName(word) && current.range.startLocation.column == indent
  }

  private mutating func parseIf(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    var branches: [(condition: Expression, body: [Statement])] = []
    let condition = try parseNamedExpression()
    branches.append((condition, try parseSuite(after: keyword, indent: indent)))
    var orElse: [Statement] = []
    while atClause("elif", indent: indent) {
      let clause = advance()
      let condition = try parseNamedExpression()
      branches.append((condition, try parseSuite(after: clause, indent: indent)))
    }
    if atClause("else", indent: indent) {
      let clause = advance()
      orElse = try parseSuite(after: clause, indent: indent)
    }
    return Statement(kind: .conditional(branches, orElse: orElse), range: rangeOf(keyword, branches.last!.body, orElse))
  }

  private mutating func parseTry(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    let body = try parseSuite(after: keyword, indent: indent)
    var handlers: [ExceptHandler] = []
    var last = body
    while atClause("except", indent: indent) {
      let clause = advance()
      if current.isSymbol("*") {
        throw SyntaxError(
          message: "'except*' is not supported in snippets: exception groups (ExceptionGroup) are not part of the "
            + "snippet language",
          range: current.range)
      }
      var types: Expression?
      var name: String?
      if !current.isSymbol(":") {
        types = try parseExpression()
        if current.isName("as") {
          _ = advance()
          guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
            throw unexpected(expected: "a name after 'as'")
          }
          name = mangled(advance().text)
        }
      }
      let handlerBody = try parseSuite(after: clause, indent: indent)
      handlers.append(ExceptHandler(types: types, name: name, body: handlerBody))
      last = handlerBody
    }
    var orElse: [Statement] = []
    if !handlers.isEmpty, atClause("else", indent: indent) {
      let clause = advance()
      orElse = try parseSuite(after: clause, indent: indent)
      last = orElse
    }
    var finally: [Statement] = []
    if atClause("finally", indent: indent) {
      let clause = advance()
      finally = try parseSuite(after: clause, indent: indent)
      last = finally
    }
    if handlers.isEmpty && finally.isEmpty {
      throw SyntaxError(message: "expected 'except' or 'finally' block", range: current.range)
    }
    return Statement(
      kind: .tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally),
      range: rangeOf(keyword, last, []))
  }

  private mutating func parseWhile(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    let condition = try parseNamedExpression()
    loopDepth += 1
    let body = try parseSuite(after: keyword, indent: indent)
    loopDepth -= 1
    var orElse: [Statement] = []
    if atClause("else", indent: indent) {
      let clause = advance()
      orElse = try parseSuite(after: clause, indent: indent)
    }
    return Statement(
      kind: .whileLoop(condition, body: body, orElse: orElse), range: rangeOf(keyword, body, orElse))
  }

  private mutating func parseFor(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    let target = try parseTargetList()
    guard current.isName("in") else { throw unexpected(expected: "'in'") }
    _ = advance()
    let iterable = try parseExpressionList()
    loopDepth += 1
    let body = try parseSuite(after: keyword, indent: indent)
    loopDepth -= 1
    var orElse: [Statement] = []
    if atClause("else", indent: indent) {
      let clause = advance()
      orElse = try parseSuite(after: clause, indent: indent)
    }
    return Statement(
      kind: .forLoop(target, iterable, body: body, orElse: orElse), range: rangeOf(keyword, body, orElse))
  }

  /// The target of `for` (and of comprehensions): names, or tuples and lists of them, before `in`.
  mutating func parseTargetList() throws(SyntaxError) -> AssignmentTarget {
    let first = try parseTargetItem()
    guard current.isSymbol(",") else { return try target(from: first) }
    var items = [first]
    var range = first.range
    while accept(",") != nil, !current.isName("in") {
      let item = try parseTargetItem()
      items.append(item)
      range = range.union(item.range)
    }
    return try target(from: node(.tuple(items), range))
  }

  /// A `for` target item: a primary, or `*` and one.
  private mutating func parseTargetItem() throws(SyntaxError) -> Expression {
    guard let star = accept("*") else { return try parsePrimary() }
    let operand = try parsePrimary()
    return try node(.starred(operand), star.range.union(operand.range))
  }

  private mutating func parseDef(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
      throw unexpected(expected: "a function name")
    }
    let name = advance().text
    let open = try expect("(", "'('")
    let parameters = try parseParameters(closing: ")", opening: open)
    _ = try expect(")", "')'")
    let returnAnnotation = accept("->") != nil ? try parseExpression() : nil
    let (savedFunctions, savedLoops) = (functionDepth, loopDepth)
    (functionDepth, loopDepth) = (functionDepth + 1, 0)
    defer { (functionDepth, loopDepth) = (savedFunctions, savedLoops) }
    let qualifiedName = qualify(name)
    enclosingFunctions.append(name + ".<locals>.")
    defer { enclosingFunctions.removeLast() }
    let body = try parseSuite(after: keyword, indent: indent)
    let range = rangeOf(keyword, body, [])
    let definition = FunctionDefinition(
      name: name, qualifiedName: qualifiedName, parameters: parameters, body: body, range: range,
      returnAnnotation: returnAnnotation, boundName: mangled(name))
    try checkScopes(definition, at: keyword)
    if let refusal = definition.generatorRefusal { throw refusal }
    return Statement(kind: .functionDefinition(definition), range: range)
  }

  /// `@decorator` lines, then the `def` or `class` they decorate.
  private mutating func parseDecorated(indent: Int) throws(SyntaxError) -> Statement {
    var decorators: [Expression] = []
    let first = current
    while let at = accept("@") {
      _ = at
      decorators.append(try parseNamedExpression())
      guard current.kind == .newline else { throw unexpected(expected: "the end of the decorator line") }
      _ = advance()
      guard current.range.startLocation.column == indent else {
        throw SyntaxError(message: "unexpected indent", range: current.range)
      }
    }
    guard current.isName("def") || current.isName("class") else {
      throw unexpected(expected: "'def' or 'class' after a decorator")
    }
    let inner = current.isName("def") ? try parseDef(indent: indent) : try parseClass(indent: indent)
    return Statement(kind: .decorated(decorators, inner), range: first.range.union(inner.range))
  }

  /// `class Name:` or `class Name(Base, …):` and its body.
  private mutating func parseClass(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
      throw unexpected(expected: "a class name")
    }
    let name = advance().text
    var bases: [Expression] = []
    var keywords: [ClassKeyword] = []
    if let open = accept("(") {
      let (arguments, _) = try parseArguments(openedBy: open)
      for argument in arguments {
        // `boundary=` is enum.Flag's keyword, checked when the class is made (Classes.swift); no other is kept.
        guard argument.keyword == nil || argument.keyword == "boundary" || argument.keyword == "metaclass",
          argument.unpacking == .none
        else {
          throw SyntaxError(
            message: "class keywords and unpacked bases are not supported: name the base classes",
            range: argument.value.range)
        }
        if let keyword = argument.keyword {
          keywords.append(ClassKeyword(name: keyword, value: argument.value))
        } else {
          bases.append(argument.value)
        }
      }
    }
    let qualifiedName = qualify(name)
    let (savedFunctions, savedLoops) = (functionDepth, loopDepth)
    (functionDepth, loopDepth) = (0, 0)
    defer { (functionDepth, loopDepth) = (savedFunctions, savedLoops) }
    enclosingFunctions.append(name + ".")
    defer { enclosingFunctions.removeLast() }
    // The class binds its renamed name in the enclosing class (bases are read there too); its own body renames with
    // its own name, less the leading underscores.
    let boundName = mangled(name)
    let savedOwner = privateNameOwner
    if manglesPrivateNames {
      let stripped = String(name.drop { $0 == "_" })
      privateNameOwner = stripped.isEmpty ? nil : stripped
    }
    defer { privateNameOwner = savedOwner }
    let body = try parseSuite(after: keyword, indent: indent)
    let range = rangeOf(keyword, body, [])
    let scope = FunctionDefinition(
      name: name, qualifiedName: qualifiedName, parameters: [], body: body, range: range, resolvesNames: false)
    if let declared = scope.nonlocals.first {
      throw SyntaxError(message: "'nonlocal' in a class body is not supported: '\(declared)'", range: keyword.range)
    }
    return Statement(
      kind: .classDefinition(
        ClassDefinition(
          name: name, qualifiedName: qualifiedName, bases: bases, keywords: keywords, body: scope, range: range,
          boundName: boundName)),
      range: range)
  }

  /// `with a as x, b:` and its body.
  private mutating func parseWith(indent: Int) throws(SyntaxError) -> Statement {
    let keyword = advance()
    var items: [(manager: Expression, target: AssignmentTarget?)] = []
    repeat {
      let manager = try parseExpression()
      var target: AssignmentTarget?
      if current.isName("as") {
        _ = advance()
        target = try self.target(from: try parsePrimary())
      }
      items.append((manager, target))
    } while accept(",") != nil
    let body = try parseSuite(after: keyword, indent: indent)
    return Statement(kind: .with(items, body: body), range: rangeOf(keyword, body, []))
  }

  /// Python's compile-time scope errors: a name both a parameter and `global`/`nonlocal`.
  private func checkScopes(_ definition: FunctionDefinition, at keyword: Token) throws(SyntaxError) {
    for parameter in definition.parameters
    where definition.globals.contains(parameter.name) || definition.nonlocals.contains(parameter.name) {
      let kind = definition.globals.contains(parameter.name) ? "global" : "nonlocal"
      throw SyntaxError(message: "name '\(parameter.name)' is parameter and \(kind)", range: keyword.range)
    }
  }

  /// `lambda params: expression`.
  mutating func parseLambda() throws(SyntaxError) -> Expression {
    let keyword = advance()
    let parameters = try parseParameters(closing: ":", opening: keyword)
    _ = try expect(":", "':'")
    let (savedFunctions, savedLoops) = (functionDepth, loopDepth)
    (functionDepth, loopDepth) = (functionDepth + 1, 0)
    defer { (functionDepth, loopDepth) = (savedFunctions, savedLoops) }
    if startsNamedExpression {
      throw SyntaxError(
        message: "cannot use assignment expressions with lambda", range: keyword.range.union(current.range))
    }
    let body = try nested(at: keyword) { (parser) throws(SyntaxError) in try parser.parseExpression() }
    let range = keyword.range.union(body.range)
    let definition = FunctionDefinition(
      name: "<lambda>", qualifiedName: qualify("<lambda>"), parameters: parameters,
      body: [Statement(kind: .returnValue(body), range: body.range)],
      range: range)
    return try node(.lambda(definition), range)
  }

  /// Parameters up to `closing`: `a, b=1, *args, c, **kwargs` (and a `def`'s annotations, `x: int`).
  private mutating func parseParameters(closing: String, opening: Token) throws(SyntaxError) -> [Parameter] {
    var parameters: [Parameter] = []
    var sawStar = false
    var sawDefault = false
    var sawSlash = false
    while !current.isSymbol(closing) {
      var kind = sawStar ? Parameter.Kind.keywordOnly : .normal
      if current.isSymbol("/") {
        // `/` ends the positional-only parameters, with CPython's messages for a misplaced one.
        let slash = advance()
        if sawSlash { throw SyntaxError(message: "/ may appear only once", range: slash.range) }
        if sawStar || parameters.contains(where: { $0.kind != .normal }) {
          throw SyntaxError(message: "/ must be ahead of *", range: slash.range)
        }
        if parameters.isEmpty { throw SyntaxError(message: "at least one argument must precede /", range: slash.range) }
        sawSlash = true
        for index in parameters.indices { parameters[index].positionalOnly = true }
        if accept(",") == nil, !current.isSymbol(closing) {
          throw closingError(for: opening, expected: closing, what: "',' or '\(closing)'")
        }
        continue
      }
      if accept("**") != nil {
        kind = .variadicKeywords
      } else if accept("*") != nil {
        sawStar = true
        if current.isSymbol(",") {
          _ = advance()
          continue
        }
        kind = .variadic
      }
      guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
        throw closingError(for: opening, expected: closing, what: "a parameter name")
      }
      let nameToken = advance()
      let parameterName = mangled(nameToken.text)
      if parameters.contains(where: { $0.name == parameterName }) {
        throw SyntaxError(
          message: "duplicate argument '\(parameterName)' in function definition", range: nameToken.range)
      }
      let annotation = closing == ")" && accept(":") != nil ? try parseExpression() : nil
      var defaultValue: Expression?
      if accept("=") != nil {
        guard kind == .normal || kind == .keywordOnly else {
          throw SyntaxError(message: "var-positional argument cannot have default value", range: nameToken.range)
        }
        defaultValue = try parseExpression()
        if kind == .normal { sawDefault = true }
      } else if kind == .normal, sawDefault {
        throw SyntaxError(message: "non-default argument follows default argument", range: nameToken.range)
      }
      parameters.append(
        Parameter(name: parameterName, kind: kind, defaultValue: defaultValue, annotation: annotation))
      if kind == .variadicKeywords, !current.isSymbol(closing) {
        _ = accept(",")
        if !current.isSymbol(closing) {
          throw SyntaxError(message: "arguments cannot follow var-keyword argument", range: current.range)
        }
      }
      if accept(",") == nil, !current.isSymbol(closing) {
        throw closingError(for: opening, expected: closing, what: "',' or '\(closing)'")
      }
    }
    return parameters
  }

  private func qualify(_ name: String) -> String {
    (enclosingFunctions + [name]).joined()
  }

  private func rangeOf(_ keyword: Token, _ body: [Statement], _ orElse: [Statement]) -> SourceRange {
    let last = orElse.last ?? body.last
    return last.map { keyword.range.union($0.range) } ?? keyword.range
  }
}
