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

  /// Refuses a statement that would show a value computed from elements no statement has written.
  func refuseShowingUnwrittenMemory(_ statement: Statement) throws(PythonError) {
    guard !uninitializedMemory.isEmpty || !computedFromUnwrittenMemory.isEmpty, Self.shows(statement) else { return }
    let changed = Self.namesChanged(by: [statement], isModule: namesModule)
    let read = unwrittenNames(among: Self.namesReadingElements(of: statement)).filter { !changed.contains($0) }
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
    guard !uninitializedMemory.isEmpty || !computedFromUnwrittenMemory.isEmpty else { return }
    let read = unwrittenNames(among: Self.namesReadingElements(of: statement))
    for name in Self.namesChanged(by: [statement], isModule: namesModule) { computedFromUnwrittenMemory[name] = nil }
    guard !read.isEmpty, case .assignment(let targets, _) = statement.kind else { return }
    var bound: Set<String> = []
    for target in targets { ScopeAnalysis.names(in: target, into: &bound) }
    for name in bound {
      guard case .tensor(let array) = globals[name], array.size > 0, !uninitializedMemory.holdsUnwritten(array)
      else { continue }
      computedFromUnwrittenMemory[name] = line
    }
  }

  /// True when `statement` shows values: an expression statement, which the REPL echoes, or one calling `print`.
  static func shows(_ statement: Statement) -> Bool {
    if case .expression = statement.kind { return true }
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
    for expression in topExpressions(of: statement) { walk(expression) }
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
  private static func topExpressions(of statement: Statement) -> [Expression] {
    var expressions = ScopeAnalysis.expressions(of: statement)
    let nested: [Statement]
    switch statement.kind {
    case .conditional(let branches, let orElse): nested = branches.flatMap(\.body) + orElse
    case .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse): nested = body + orElse
    case .with(let items, let body):
      expressions += items.map(\.manager)
      nested = body
    case .tryStatement(let body, let handlers, let orElse, let finally):
      nested = body + handlers.flatMap(\.body) + orElse + finally
    default: nested = []
    }
    for inner in nested { expressions += topExpressions(of: inner) }
    return expressions
  }
}
