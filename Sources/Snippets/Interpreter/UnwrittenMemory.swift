import TensorCore

/// What `np.empty` and `np.empty_like` leave in an array: whatever its memory held, which NumPy prints differently on
/// each run and docbuild (whose fresh arrays are zeros) cannot reproduce. An array assigned from one (`a =
/// np.empty(2)`) is followed by name until a statement writes into it (`a.fill(5)`, `a[:] = …`, `out[i] = …` in a
/// loop), and a statement that would show its elements before then (`a`, `print(a)`, `a.sum()`) is refused, as is
/// showing a name computed from it (`b = a + 1`). Its shape, dtype and size stay readable. A partial write counts as
/// a write: tutorials fill what they allocate (the manual, docs/05-limits.md, "What is refused").
extension Interpreter {
  /// Attributes that describe an array without reading its elements.
  static let elementFreeAttributes: Set<String> = [
    "shape", "dtype", "ndim", "size", "itemsize", "nbytes", "strides", "flags", "base", "fill",
  ]
  /// Builtins whose answer for an array does not depend on its elements.
  static let elementFreeBuiltins: Set<String> = ["len", "type", "isinstance", "id", "callable"]

  /// Refuses a statement that would show the elements of an array no statement has written since `np.empty` made
  /// it.
  func refuseShowingUnwrittenMemory(_ statement: Statement) throws(PythonError) {
    guard !unwrittenArrays.isEmpty, Self.shows(statement) else { return }
    let read = Self.namesReadingElements(of: statement).filter { unwrittenArrays[$0] != nil }
    guard let name = read.sorted().first, let (function, line) = unwrittenArrays[name] else { return }
    if Self.namesChanged(by: [statement], isModule: namesModule).contains(name) { return }
    var error = PythonError(
      "ValueError",
      "\(name) holds elements of the np.\(function) call on line \(line) (or values computed from them) that "
        + "nothing has written yet: NumPy shows whatever that memory held, different on each run; fill the array "
        + "before showing it (`\(name).fill(0)`, `\(name)[:] = …`) or use np.zeros")
    error.isLimit = true
    throw error
  }

  /// Follows the arrays `statement`, which ran, left holding unwritten memory: an `np.empty` assigned to a name, and
  /// the names it assigns from one; a name it rebinds or writes into no longer is.
  mutating func noteUnwrittenMemory(after statement: Statement, line: Int) {
    let read = unwrittenArrays.isEmpty ? [] : Self.namesReadingElements(of: statement)
    let unwritten = unwrittenArrays
    let origin = read.sorted().lazy.compactMap { unwritten[$0] }.first
    if !unwrittenArrays.isEmpty {
      for name in Self.namesChanged(by: [statement], isModule: namesModule) { unwrittenArrays[name] = nil }
    }
    guard case .assignment(let targets, let value) = statement.kind else { return }
    var bound: Set<String> = []
    for target in targets { ScopeAnalysis.names(in: target, into: &bound) }
    let made = Self.uninitializedFunction(value).map { (function: $0, line: line) }
    guard let source = made ?? origin else { return }
    for name in bound {
      guard case .tensor(let array) = globals[name], array.size > 0 else { continue }
      unwrittenArrays[name] = source
    }
  }

  /// `empty` or `empty_like` when `expression` calls one of them, else nil.
  static func uninitializedFunction(_ expression: Expression) -> String? {
    guard case .call(let callee, _) = expression.kind else { return nil }
    let name: String
    switch callee.kind {
    case .attribute(_, let attribute): name = attribute
    case .name(let bare), .global(_, let bare): name = bare
    default: return nil
    }
    return name == "empty" || name == "empty_like" ? name : nil
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
