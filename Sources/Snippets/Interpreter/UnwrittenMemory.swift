import TensorCore

/// What is computed from the elements `np.empty` and `np.empty_like` leave unwritten (UninitializedMemory.swift
/// follows the arrays themselves and refuses showing them): a statement that shows a value computed from such an
/// array (`a.sum()`, `a[0]`, `print(a + 1)`) is refused, and so is showing a name a top-level statement computed from
/// one (`b = a + 1`) until a statement rebinds or writes into that name. The shape, dtype and size stay readable
/// (the manual, docs/05-limits.md, "What is refused").
extension Interpreter {
  /// Attributes that describe an array without reading its elements.
  static let elementFreeAttributes: Set<String> = [
    "shape", "dtype", "ndim", "size", "itemsize", "nbytes", "strides", "flags", "base", "fill",
  ]
  /// Builtins whose answer for an array does not depend on its elements.
  static let elementFreeBuiltins: Set<String> = ["len", "type", "isinstance", "id", "callable"]

  /// The chapter names that hold, or were computed from, elements never written.
  private func unwrittenNames(among names: Set<String>) -> [String] {
    names.filter { name in
      if computedFromUnwrittenMemory[name] != nil { return true }
      guard !uninitializedMemory.isEmpty, case .tensor(let array) = globals[name] else { return false }
      return uninitializedMemory.holdsUnwritten(array)
    }.sorted()
  }

  /// The names `statement` reads that hold, or were computed from, elements never written. An array np.empty made
  /// has a known shape, so `len(a)` and `a.shape` do not read its elements; but a value computed from them may have
  /// a shape they decided (`i = np.where(a < 0)[0]`, then `len(i)`: numerical-mooc's glider lesson), so any mention
  /// of such a name counts.
  private func unwrittenNamesRead(by statement: Statement) -> [String] {
    var read = Set(unwrittenNames(among: Self.namesReadingElements(of: statement)))
    if !computedFromUnwrittenMemory.isEmpty {
      read.formUnion(
        Self.namesMentioned(in: Self.topExpressions(of: statement)).filter {
          computedFromUnwrittenMemory[$0] != nil
        })
    }
    return read.sorted()
  }

  /// The names a compound statement's conditions read (an `if`'s or `while`'s tests, a `for` loop's iterable, also
  /// nested), which choose what its bodies do: whatever they bind then depends on elements never written. An
  /// np.empty array the statement writes into is left out: a loop filling it step by step reads what it wrote
  /// (`u[n + 1] = …`, then `if u[n + 1, 1] < 0: break`), as the statements that show it assume.
  private func unwrittenNamesDeciding(_ statement: Statement, changed: Set<String>) -> [String] {
    var conditions: [Expression] = []
    func collect(_ statement: Statement) {
      switch statement.kind {
      case .conditional(let branches, _): conditions += branches.map(\.condition)
      case .whileLoop(let condition, _, _): conditions.append(condition)
      case .forLoop(_, let iterable, _, _): conditions.append(iterable)
      default: break
      }
      for inner in Self.nestedStatements(of: statement) { collect(inner) }
    }
    collect(statement)
    guard !conditions.isEmpty else { return [] }
    var read = Set(unwrittenNames(among: Self.namesReadingElements(of: conditions)).filter { !changed.contains($0) })
    read.formUnion(Self.namesMentioned(in: conditions).filter { computedFromUnwrittenMemory[$0] != nil })
    return read.sorted()
  }

  /// Refuses a statement that would show a value computed from elements no statement has written.
  func refuseShowingUnwrittenMemory(_ statement: Statement) throws(PythonError) {
    guard Self.shows(statement) else { return }
    if let function = unwrittenArrayMadeInline(by: statement) {
      throw PythonError.limit(
        "this statement computes with the elements of an array np.\(function) makes and leaves unwritten: NumPy reads "
          + "whatever that memory held, different on each run; write every element first (`a = np.\(function)(…)`, "
          + "then `a.fill(0)` or `a[:] = …`) or use np.zeros")
    }
    guard !uninitializedMemory.isEmpty || !computedFromUnwrittenMemory.isEmpty else { return }
    let changed = Self.namesChanged(by: [statement], isModule: namesModule)
    // A name a condition reads decides what the statement shows even when a branch writes into it
    // (`if len(i) == 0: print(…) else: k = i[0]`).
    let read =
      unwrittenNamesDeciding(statement, changed: changed)
      + unwrittenNamesRead(by: statement).filter { !changed.contains($0) }
    guard let name = read.first else { return }
    let origin =
      computedFromUnwrittenMemory[name].map { "computed on line \($0) from elements" } ?? "holds elements"
    throw PythonError.limit(
      "\(name) \(origin) np.empty or np.empty_like left unwritten: NumPy shows whatever that memory held, different "
        + "on each run; write every element first (`\(name).fill(0)`, `\(name)[:] = …`) or use np.zeros")
  }

  /// Follows the names `statement`, which ran at file line `line`, computed from elements never written; a name it
  /// rebinds or writes into otherwise is no longer one.
  mutating func noteUnwrittenMemory(after statement: Statement, line: Int) {
    guard case .assignment(let targets, _) = statement.kind else {
      guard !uninitializedMemory.isEmpty || !computedFromUnwrittenMemory.isEmpty else { return }
      let changed = Self.namesChanged(by: [statement], isModule: namesModule)
      let decided = !unwrittenNamesDeciding(statement, changed: changed).isEmpty
      for name in changed {
        // `if len(i) == 0: k = N - 1 else: k = i[0]`: which branch ran, so k, depends on the unwritten elements.
        if decided, let value = globals[name], Self.canHoldUnwrittenElements(value) {
          if case .tensor(let array) = value, uninitializedMemory.holdsUnwritten(array) { continue }
          computedFromUnwrittenMemory[name] = line
        } else {
          computedFromUnwrittenMemory[name] = nil
        }
      }
      return
    }
    // `b = np.empty(3) + 2` computes from unwritten elements without any name holding them.
    let readsInline = unwrittenArrayMadeInline(by: statement) != nil
    guard readsInline || !uninitializedMemory.isEmpty || !computedFromUnwrittenMemory.isEmpty else { return }
    let read = unwrittenNamesRead(by: statement)
    for name in Self.namesChanged(by: [statement], isModule: namesModule) { computedFromUnwrittenMemory[name] = nil }
    guard readsInline || !read.isEmpty else { return }
    var bound: Set<String> = []
    for target in targets { ScopeAnalysis.names(in: target, into: &bound) }
    for name in bound {
      guard let value = globals[name], Self.canHoldUnwrittenElements(value) else { continue }
      // An empty result counts too: its length may be what the unwritten elements decided (`np.where(a < 0)[0]`).
      if case .tensor(let array) = value, uninitializedMemory.holdsUnwritten(array) { continue }
      computedFromUnwrittenMemory[name] = line
    }
  }

  /// Whether a value computed from unwritten elements shows them: an array or scalar, or a list, string or object
  /// made from their numbers (`a.tolist()`, `str(a[0])`); not None, a function, class or module.
  private static func canHoldUnwrittenElements(_ value: Value) -> Bool {
    switch value {
    case .none, .function, .userFunction, .classObject, .module, .bool: false
    default: true
    }
  }

  /// The NumPy function (`empty` or `empty_like`) of a call inside `statement` whose fresh array's elements the
  /// statement reads (`np.empty(3) + 2`, `print(np.empty_like(a).sum())`), if there is one. Not a read: the call as
  /// the whole value of an assignment or of an item of its tuple (`a, b = np.empty(2), np.empty(2)`, which tracks
  /// the arrays), as a whole expression statement (refused by its echo), as an `out=` argument, or under an
  /// element-free attribute (`np.empty(3).shape`, `.fill(0)`) or builtin (`len(np.empty(3))`).
  func unwrittenArrayMadeInline(by statement: Statement) -> String? {
    var found: String? = nil
    func emptyFunction(_ expression: Expression) -> (String, [Argument])? {
      guard case .call(let callee, let arguments) = expression.kind else { return nil }
      let qualified: String?
      switch callee.kind {
      case .attribute(let base, let attribute) where attribute == "empty" || attribute == "empty_like":
        switch base.kind {
        case .name(let module), .global(_, let module):
          guard case .module("numpy") = globals[module] else { return nil }
          qualified = "numpy." + attribute
        default: return nil
        }
      case .name(let name), .global(_, let name):
        guard case .function(let function) = globals[name] else { return nil }
        qualified = function
      default: return nil
      }
      guard let qualified, qualified == "numpy.empty" || qualified == "numpy.empty_like" else { return nil }
      return (String(qualified.dropFirst("numpy.".count)), arguments)
    }
    // Walks `expression`; `unread` says its own value is not read as elements.
    func walk(_ expression: Expression, unread: Bool = false) {
      guard found == nil else { return }
      if let (function, arguments) = emptyFunction(expression) {
        if !unread {
          found = function
          return
        }
        for argument in arguments { walk(argument.value) }
        return
      }
      switch expression.kind {
      case .attribute(let base, let attribute) where Self.elementFreeAttributes.contains(attribute):
        walk(base, unread: true)
        return
      case .call(let callee, let arguments):
        switch callee.kind {
        case .name(let function) where Self.elementFreeBuiltins.contains(function),
          .global(_, let function) where Self.elementFreeBuiltins.contains(function):
          for argument in arguments { walk(argument.value, unread: true) }
          return
        default: break
        }
        walk(callee)
        for argument in arguments { walk(argument.value, unread: argument.keyword == "out") }
        return
      default: break
      }
      for child in Expression.children(of: expression.kind) { walk(child) }
    }
    func walkStatement(_ statement: Statement) {
      switch statement.kind {
      case .assignment(_, let value):
        if case .tuple(let items) = value.kind {
          for item in items { walk(item, unread: true) }
        } else {
          walk(value, unread: true)
        }
      case .expression(let expression):
        walk(expression, unread: true)
      default:
        for expression in ScopeAnalysis.expressions(of: statement) { walk(expression) }
        for inner in Self.nestedStatements(of: statement) { walkStatement(inner) }
        if case .with(let items, _) = statement.kind { items.forEach { walk($0.manager) } }
      }
    }
    walkStatement(statement)
    return found
  }

  /// True when `statement` shows values: an expression statement, which the REPL echoes (also in the body of a loop,
  /// branch, `with` or `try`), or one calling `print`.
  static func shows(_ statement: Statement) -> Bool {
    if case .expression = statement.kind { return true }
    // The REPL echoes an expression statement inside a loop's or a branch's body too.
    if nestedStatements(of: statement).contains(where: shows) { return true }
    var found = false
    visitExpressions(of: statement) { expression in
      guard case .call(let callee, _) = expression.kind else { return }
      switch callee.kind {
      case .name("print"), .global(_, "print"): found = true
      default: break
      }
    }
    return found
  }

  /// The chapter names `statement` reads as arrays of elements: every name it mentions but where only an
  /// element-free attribute (`a.shape`) or builtin (`len(a)`) reads it.
  static func namesReadingElements(of statement: Statement) -> Set<String> {
    namesReadingElements(of: topExpressions(of: statement))
  }

  /// The chapter names `expressions` read as arrays of elements (as `namesReadingElements(of:)` for a statement).
  static func namesReadingElements(of expressions: [Expression]) -> Set<String> {
    var names: Set<String> = []
    func walk(_ expression: Expression) {
      switch expression.kind {
      case .name(let name), .global(_, let name):
        names.insert(name)
        return
      case .attribute(let base, let attribute) where elementFreeAttributes.contains(attribute):
        switch base.kind {
        case .name, .global: return
        default: break
        }
      case .call(let callee, _):
        switch callee.kind {
        case .name(let function) where elementFreeBuiltins.contains(function),
          .global(_, let function) where elementFreeBuiltins.contains(function):
          return
        default: break
        }
      default: break
      }
      for child in Expression.children(of: expression.kind) { walk(child) }
    }
    for expression in expressions { walk(expression) }
    return names
  }

  /// Every name `expressions` mention, however they read it.
  static func namesMentioned(in expressions: [Expression]) -> Set<String> {
    var names: Set<String> = []
    func walk(_ expression: Expression) {
      switch expression.kind {
      case .name(let name), .global(_, let name): names.insert(name)
      default: for child in Expression.children(of: expression.kind) { walk(child) }
      }
    }
    for expression in expressions { walk(expression) }
    return names
  }

  /// Calls `visit` on every expression node of `statement` and the statements nested in it.
  private static func visitExpressions(of statement: Statement, _ visit: (Expression) -> Void) {
    func walk(_ expression: Expression) {
      visit(expression)
      for child in Expression.children(of: expression.kind) { walk(child) }
    }
    for expression in topExpressions(of: statement) { walk(expression) }
  }

  /// The outermost expressions of `statement` and of the statements nested in its bodies.
  static func topExpressions(of statement: Statement) -> [Expression] {
    var expressions = ScopeAnalysis.expressions(of: statement)
    if case .with(let items, _) = statement.kind { expressions += items.map(\.manager) }
    for inner in nestedStatements(of: statement) { expressions += topExpressions(of: inner) }
    return expressions
  }

  /// The statements in the bodies of a compound statement (not a function's or class's, which run later).
  static func nestedStatements(of statement: Statement) -> [Statement] {
    switch statement.kind {
    case .conditional(let branches, let orElse): branches.flatMap(\.body) + orElse
    case .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse): body + orElse
    case .with(_, let body): body
    case .tryStatement(let body, let handlers, let orElse, let finally):
      body + handlers.flatMap(\.body) + orElse + finally
    default: []
    }
  }
}
