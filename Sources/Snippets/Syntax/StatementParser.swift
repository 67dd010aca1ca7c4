extension Parser {
  private static let augmentedAssignments: Set<String> = [
    "+=", "-=", "*=", "/=", "**=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=",
  ]

  /// Parses logical lines until the end, collecting one error per failed line.
  mutating func parseProgram() -> (statements: [Statement], errors: [SyntaxError]) {
    var statements: [Statement] = []
    var errors: [SyntaxError] = []
    while current.kind != .end {
      do throws(SyntaxError) {
        if current.range.startLocation.column != 1 {
          throw SyntaxError(message: "unexpected indent", range: current.range)
        }
        statements += try parseLine(indent: 1)
      } catch {
        errors.append(error)
        skipLine()
        // The rest of a failed compound statement (its indented lines, `elif`/`else` clauses): one error is enough.
        while current.kind != .end,
          current.range.startLocation.column != 1 || ["elif", "else", "except", "finally"].contains(current.text)
        {
          skipLine()
        }
      }
    }
    return (statements, errors)
  }

  mutating func skipLine() {
    while current.kind != .newline && current.kind != .end { _ = advance() }
    _ = advance()
  }

  /// Parses one logical line at `indent`: a compound statement (with its indented body), or simple statements
  /// separated by `;` then the line's end.
  mutating func parseLine(indent: Int) throws(SyntaxError) -> [Statement] {
    if let compound = try parseCompoundStatement(indent: indent) { return [compound] }
    return try parseSimpleStatements()
  }

  /// Simple statements separated by `;`, then the line's end.
  mutating func parseSimpleStatements() throws(SyntaxError) -> [Statement] {
    var statements: [Statement] = []
    let lineStart = current
    if lineStart.kind == .name, ["match", "case"].contains(lineStart.text) {
      // A simple statement never ends with ':'; `match subject:` (however the subject parses) does.
      var end = position
      while tokens[end].kind != .newline && tokens[end].kind != .end { end += 1 }
      if end > position + 1, tokens[end - 1].kind == .symbol, tokens[end - 1].text == ":" {
        throw Self.matchStatement(lineStart)
      }
    }
    while true {
      if current.isName("import") {
        statements += try parseImport()
      } else {
        statements.append(try parseStatement())
      }
      if accept(";") != nil, current.kind != .newline, current.kind != .end { continue }
      if current.kind == .newline || current.kind == .end {
        _ = advance()
        return statements
      }
      if lineStart.kind == .name, ["match", "case"].contains(lineStart.text) { throw Self.matchStatement(lineStart) }
      throw unexpected(expected: "the end of the statement")
    }
  }

  /// `match` and `case` are soft keywords: names anywhere else; a `case` clause outside a match statement's block
  /// (a `match` line ending in `:` is one, MatchParser.swift) is invalid.
  static func matchStatement(_ word: Token) -> SyntaxError {
    SyntaxError(
      message: "invalid syntax: '\(word.text)' here is neither a name nor the start of a match statement's clause",
      range: word.range)
  }

  /// Parses one simple statement.
  private mutating func parseStatement() throws(SyntaxError) -> Statement {
    let first = current
    if first.kind == .name {
      if first.text == "from" { return try parseFromImport() }
      if first.text == "assert" { return try parseAssert() }
      if first.text == "del" { return try parseDelete() }
      if let statement = try parseFlowStatement() { return statement }
      if first.text == "yield" { return try parseYield(targets: []) }
      if let message = Keywords.unsupportedStatement(first.text) {
        throw SyntaxError(message: message, range: first.range)
      }
    }
    let value = try parseExpressionList()
    if current.isSymbol("=") {
      return try parseAssignment(startingWith: value)
    }
    if current.kind == .symbol, Self.augmentedAssignments.contains(current.text) {
      return try parseAugmentedAssignment(target: value)
    }
    if case .name("print") = value.kind, startsExpression(current) {
      throw SyntaxError(
        message: "Missing parentheses in call to 'print'. Did you mean print(...)?", range: value.range)
    }
    if current.isSymbol(":") { return try parseAnnotatedAssignment(target: value) }
    return Statement(kind: .expression(value), range: value.range)
  }

  private mutating func parseAugmentedAssignment(target: Expression) throws(SyntaxError) -> Statement {
    let symbol = current
    switch target.kind {
    case .name, .index, .attribute: break
    case .tuple, .list:
      throw SyntaxError(message: "'tuple' is an illegal expression for augmented assignment", range: target.range)
    case .call:
      throw SyntaxError(
        message: "'function call' is an illegal expression for augmented assignment", range: target.range)
    default:
      throw SyntaxError(message: "'expression' is an illegal expression for augmented assignment", range: target.range)
    }
    _ = advance()
    if !startsExpression(current) { throw unexpected(expected: "an expression after '\(symbol.text)'") }
    let value = try parseExpressionList()
    let range = target.range.union(value.range)
    let operatorText = String(symbol.text.dropLast())
    if let op = BinaryOperator(rawValue: operatorText) {
      if case .name(let name) = target.kind {
        return Statement(kind: .augmentedAssignment(name: name, op, value), range: range)
      }
      return Statement(kind: .augmentedTarget(try self.target(from: target), op, value), range: range)
    }
    guard let op = BitwiseOperator(rawValue: operatorText) else {
      throw SyntaxError(message: "'\(symbol.text)' is not an assignment operator", range: symbol.range)
    }
    // `&= |= ^= <<= >>=`: one statement kind for names, items and attributes.
    return Statement(kind: .augmentedBitwise(try self.target(from: target), op, value), range: range)
  }

  /// The modules snippets can import.
  static let importableModules: Set<String> = Set([
    "numpy", "numpy.random", "math", "autograd", "autograd.numpy", "autograd.numpy.random", "matplotlib",
    "matplotlib.pyplot", "numpy.lib", "numpy.lib.stride_tricks", "numpy.linalg", "autograd.numpy.fft",
    "numpy.version",
  ]).union(PythonModules.importable)

  private func unknownModule(_ path: String, at range: SourceRange) -> SyntaxError {
    let available =
      "snippets can import numpy, numpy.random, numpy.linalg, math, autograd, autograd.numpy, autograd.numpy.random, "
      + "matplotlib, "
      + "matplotlib.pyplot, " + PythonModules.importable.sorted().joined(separator: ", ")
    if let refusal = PythonModules.refusal(path) {
      return SyntaxError(message: refusal + "; " + available, range: range)
    }
    return SyntaxError(message: "No module named '\(path)' in snippets: " + available, range: range)
  }

  /// A dotted module name.
  private mutating func parseModulePath() throws(SyntaxError) -> (String, SourceRange) {
    guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
      throw unexpected(expected: "a module name")
    }
    var range = current.range
    var path = advance().text
    while accept(".") != nil {
      guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
        throw unexpected(expected: "a module name after '.'")
      }
      range = range.union(current.range)
      path += "." + advance().text
    }
    // A module autograd does not have is CPython's ModuleNotFoundError when the statement runs, not a refusal.
    guard Self.importableModules.contains(path) || Modules.missingModuleError(path) != nil else {
      throw unknownModule(path, at: range)
    }
    return (path, range)
  }

  private mutating func parseAlias() throws(SyntaxError) -> Token? {
    guard current.isName("as") else { return nil }
    _ = advance()
    guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
      throw unexpected(expected: "a name after 'as'")
    }
    return advance()
  }

  /// `import a.b [as c], d`: one statement per module.
  private mutating func parseImport() throws(SyntaxError) -> [Statement] {
    let keyword = advance()
    var range = keyword.range
    var statements: [Statement] = []
    repeat {
      let (path, pathRange) = try parseModulePath()
      range = range.union(pathRange)
      var name = String(path.split(separator: ".")[0])
      if let alias = try parseAlias() {
        name = mangled(alias.text)
        range = range.union(alias.range)
      } else {
        name = String(path.split(separator: ".")[0])
        // A missing module keeps its path, so running the statement raises CPython's error for it.
        let imported = Modules.missingModuleError(path) == nil ? name : path
        statements.append(Statement(kind: .importModule(path: imported, name: mangled(name)), range: range))
        continue
      }
      statements.append(Statement(kind: .importModule(path: path, name: name), range: range))
    } while accept(",") != nil
    return statements
  }

  /// `from module import a [as b], …` (also in parentheses).
  mutating func parseFromImport() throws(SyntaxError) -> Statement {
    let keyword = advance()
    let (path, _) = try parseModulePath()
    guard current.isName("import") else { throw unexpected(expected: "'import'") }
    var range = keyword.range.union(advance().range)
    if current.isSymbol("*") {
      // NumPy's, math's, random's, typing's and some standard-library modules' names are known (StarImports.swift);
      // any other module's are not.
      guard enclosingFunctions.isEmpty else {  // inside a function or class body
        throw SyntaxError(message: "import * only allowed at module level", range: keyword.range)
      }
      guard StarImports.modules.contains(path) else {
        throw SyntaxError(
          message: "'from \(path) import *' is not supported: import the names you use", range: current.range)
      }
      range = range.union(advance().range)
      return Statement(kind: .importFrom(path: path, names: [(member: "*", name: "*")]), range: range)
    }
    let parenthesized = accept("(") != nil
    var names: [(member: String, name: String)] = []
    repeat {
      if parenthesized, current.isSymbol(")") { break }
      guard current.kind == .name, !Keywords.reserved.contains(current.text) else {
        throw unexpected(expected: "a name to import")
      }
      let member = advance()
      range = range.union(member.range)
      if mangled(member.text) != member.text {
        // CPython looks the renamed name up in the module (`from m import __x` in class C reads `m._C__x`).
        throw SyntaxError(
          message: "importing the private name '\(member.text)' inside a class is not supported in snippets: Python "
            + "would import '\(mangled(member.text))'",
          range: member.range)
      }
      let alias = try parseAlias()
      if let alias { range = range.union(alias.range) }
      names.append((member.text, mangled(alias?.text ?? member.text)))
    } while accept(",") != nil
    if parenthesized { range = range.union(try expect(")", "')'").range) }
    return Statement(kind: .importFrom(path: path, names: names), range: range)
  }

  /// `target: annotation [= value]`: the value assigned (without one nothing is bound, as in Python), then, at a
  /// module's or class's top level, the annotation evaluated for what its evaluation does (a `NameError`), as CPython
  /// 3.11 does there (not in a function) unless `from __future__ import annotations` ran (Annotations.swift).
  private mutating func parseAnnotatedAssignment(target value: Expression) throws(SyntaxError) -> Statement {
    switch value.kind {
    case .name, .attribute, .index: break
    case .tuple: throw SyntaxError(message: "only single target (not tuple) can be annotated", range: value.range)
    case .list: throw SyntaxError(message: "only single target (not list) can be annotated", range: value.range)
    default: throw SyntaxError(message: "illegal target for annotation", range: value.range)
    }
    _ = advance()
    guard startsExpression(current) else { throw unexpected(expected: "an annotation after ':'") }
    let annotation = try parseExpression()
    let annotated: String? = if case .name(let name) = value.kind { name } else { nil }
    var checked: Expression?
    if functionDepth == 0, !annotation.isConstant {
      checked = try node(.annotation(annotation), annotation.range)
    }
    guard accept("=") != nil else {
      let range = value.range.union(annotation.range)
      let evaluated = Self.evaluatedParts(ofAnnotatedTarget: value) + (checked.map { [$0] } ?? [])
      guard !evaluated.isEmpty else { return Statement(kind: .pass, range: range, annotated: annotated) }
      // Python evaluates an attribute's object and a subscript's object and index even without a value, so
      // `In [2]: x` (IPython's prompt pasted) is its NameError. A non-empty tuple is true: nothing else runs.
      let parts = Expression(.tuple(evaluated), range: value.range)
      return Statement(
        kind: .conditional([(condition: parts, body: [])], orElse: []), range: range, annotated: annotated)
    }
    guard startsExpression(current) else { throw unexpected(expected: "an expression after '='") }
    let assigned = try parseExpressionList()
    let range = value.range.union(assigned.range)
    let assignment = Statement(kind: .assignment([try target(from: value)], assigned), range: range)
    guard let checked else { return Statement(kind: assignment.kind, range: range, annotated: annotated) }
    // The assignment, then the annotation (a non-empty tuple is true: nothing else runs), as one statement.
    let check = Statement(
      kind: .conditional([(condition: try node(.tuple([checked]), checked.range), body: [])], orElse: []),
      range: checked.range)
    return Statement(
      kind: .conditional([(condition: try node(.boolean(true), range), body: [assignment, check])], orElse: []),
      range: range, annotated: annotated)
  }

  /// What Python evaluates of an annotated target that has no value, in its order: an attribute's object, a
  /// subscript's object then its index (a slice's bounds standing for the slice, whose making cannot fail).
  private static func evaluatedParts(ofAnnotatedTarget target: Expression) -> [Expression] {
    switch target.kind {
    case .attribute(let base, _): return [base]
    case .index(let base, let index):
      let indices: [Expression] = if case .tuple(let items) = index.kind { items } else { [index] }
      return [base]
        + indices.flatMap { item -> [Expression] in
          if case .slice(let start, let stop, let step) = item.kind { return [start, stop, step].compactMap { $0 } }
          return [item]
        }
    default: return []
    }
  }

  private mutating func parseAssert() throws(SyntaxError) -> Statement {
    let keyword = advance()
    let condition = try parseExpression()
    if case .tuple(let items) = condition.kind, !items.isEmpty {
      throw SyntaxError(
        message: "this assert is always true: its condition is a non-empty tuple; write 'assert condition, message'",
        range: condition.range)
    }
    var message: Expression?
    if accept(",") != nil {
      message = try parseExpression()
    }
    let end = message?.range ?? condition.range
    return Statement(kind: .assertion(condition, message: message), range: keyword.range.union(end))
  }

  /// `del target, …`: names, items and attributes.
  private mutating func parseDelete() throws(SyntaxError) -> Statement {
    let keyword = advance()
    guard startsExpression(current) else { throw unexpected(expected: "a name, item or attribute to delete") }
    let value = try parseExpressionList()
    var targets: [AssignmentTarget] = []
    try collectDeleteTargets(value, into: &targets)
    return Statement(kind: .delete(targets), range: keyword.range.union(value.range))
  }

  /// A `del` target, where a tuple or list (`del [d['a']]`, `del (x, y)`) deletes each of its items in turn, as
  /// CPython's grammar allows.
  private func collectDeleteTargets(_ item: Expression, into targets: inout [AssignmentTarget]) throws(SyntaxError) {
    switch item.kind {
    case .name, .index, .attribute: targets.append(try target(from: item))
    case .tuple(let items), .list(let items):
      for inner in items { try collectDeleteTargets(inner, into: &targets) }
    case .call: throw SyntaxError(message: "cannot delete function call", range: item.range)
    default: throw SyntaxError(message: "cannot delete expression", range: item.range)
    }
  }

  private mutating func parseAssignment(startingWith first: Expression) throws(SyntaxError) -> Statement {
    var targets = [try target(from: first)]
    var value = first
    while let equals = accept("=") {
      if current.kind == .newline || current.kind == .end || current.isSymbol(";") {
        throw SyntaxError(message: "invalid syntax: expected an expression after '='", range: current.range)
      }
      _ = equals
      if current.isName("yield") {
        // `x = yield value`: the yield is the whole right side, as CPython's grammar allows without parentheses.
        return try parseYield(targets: targets)
      }
      value = try parseExpressionList()
      if current.isSymbol("=") { targets.append(try target(from: value)) }
    }
    return Statement(kind: .assignment(targets, value), range: first.range.union(value.range))
  }

  /// Turns the left side of `=` into a target, or explains why it cannot be assigned to.
  func target(from expression: Expression) throws(SyntaxError) -> AssignmentTarget {
    switch expression.kind {
    case .name(let name):
      return .name(name, expression.range)
    case .tuple(let items), .list(let items):
      var targets: [AssignmentTarget] = []
      var starred = 0
      for item in items {
        if case .starred(let inner) = item.kind {
          starred += 1
          if starred > 1 {
            throw SyntaxError(message: "multiple starred expressions in assignment", range: item.range)
          }
          targets.append(.starred(try target(from: inner), item.range))
        } else {
          targets.append(try target(from: item))
        }
      }
      return .unpack(targets, expression.range)
    case .starred:
      throw SyntaxError(message: "starred assignment target must be in a list or tuple", range: expression.range)
    case .index(let base, let index):
      return .item(base, index, expression.range)
    case .attribute(let base, let name):
      return .attribute(base, name, expression.range)
    case .call:
      throw SyntaxError(
        message: "cannot assign to function call here. Maybe you meant '==' instead of '='?", range: expression.range)
    default:
      throw SyntaxError(
        message: "cannot assign to expression here. Maybe you meant '==' instead of '='?", range: expression.range)
    }
  }
}
