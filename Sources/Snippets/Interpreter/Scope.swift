/// The variables of one running call of a function defined in a snippet.
///
/// A class, so closures share it: a nested function sees the enclosing call's variables as they are when it runs
/// (cells, not copies), and `nonlocal` writes reach them. Interpreter values never leave the thread running their
/// chapter, which is why the unchecked Sendable conformance is sound.
final class Scope: @unchecked Sendable {
  let definition: FunctionDefinition
  var locals: [String: Value] = [:]
  /// The scope of the call that created this function, for its free variables.
  let parent: Scope?

  init(definition: FunctionDefinition, parent: Scope?) {
    self.definition = definition
    self.parent = parent
  }
}

/// A function value: its definition, its defaults (evaluated when `def` ran) and the scope it closes over.
final class Closure: @unchecked Sendable {
  let definition: FunctionDefinition
  let defaults: [String: Value]
  let enclosing: Scope?
  /// Where the `def` was, in file coordinates, for errors raised inside the function.
  let origin: CodeOrigin
  /// The code the `def` was in, for the source text of arguments and claims inside the function.
  let code: [UInt8]
  /// The class whose body defined the function, for `super()`; weak, since the class holds the function.
  weak var owner: ClassBox?

  init(
    definition: FunctionDefinition, defaults: [String: Value], enclosing: Scope?, origin: CodeOrigin, code: [UInt8]
  ) {
    self.definition = definition
    self.defaults = defaults
    self.enclosing = enclosing
    self.origin = origin
    self.code = code
  }
}

/// A one-pass iterator over items computed when it was made (`zip`, `enumerate`, `map`, `filter`, `reversed`).
final class IteratorBox: @unchecked Sendable {
  /// Python's type name: `zip`, `enumerate`, `map`, `filter`, `list_reverseiterator`.
  let kind: String
  var items: [Value]
  var position = 0

  init(kind: String, items: [Value]) {
    self.kind = kind
    self.items = items
  }

  /// The items not yet consumed, consuming them.
  func drain() -> [Value] {
    let rest = Array(items[position...])
    position = items.count
    return rest
  }
}

/// Maps locations in the code being run to file locations: a line and column offset.
struct CodeOrigin: Sendable, Hashable {
  var lineOffset = 0
  var columnOffset = 0

  func fileLocation(_ location: SourceLocation) -> SourceLocation {
    SourceLocation(line: location.line + lineOffset, column: location.column + columnOffset)
  }
}

extension Interpreter {
  /// The value of a name where the running code sees it: the function's locals, enclosing functions' variables,
  /// the chapter's names, then the builtins.
  func lookUp(_ name: String) throws(PythonError) -> Value {
    if let scope {
      // Only the function's own (local) names are ever stored in its frame, so a hit needs no scope analysis.
      if let value = scope.locals[name] { return value }
      let definition = scope.definition
      if definition.locals.contains(name) {
        if let value = scope.locals[name] { return value }
        throw PythonError(
          "UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
      }
      if !definition.globals.contains(name) {
        var outer = scope.parent
        while let enclosing = outer {
          if enclosing.definition.locals.contains(name) {
            if let value = enclosing.locals[name] { return value }
            throw PythonError(
              "NameError",
              "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
          }
          outer = enclosing.parent
        }
      }
    }
    if let value = globals[name] { return value }
    return try lookUpBuiltin(name)
  }

  /// Binds a name where an assignment in the running code binds it.
  mutating func store(_ name: String, _ value: Value) throws(PythonError) {
    if let scope, scope.definition.declaresNoOuterNames {
      scope.locals[name] = value
      return
    }
    if let scope, !scope.definition.globals.contains(name) {
      if scope.definition.nonlocals.contains(name) {
        var outer = scope.parent
        while let enclosing = outer {
          if enclosing.definition.locals.contains(name) {
            enclosing.locals[name] = value
            return
          }
          outer = enclosing.parent
        }
        throw PythonError("SyntaxError", "no binding for nonlocal '\(name)' found")
      }
      scope.locals[name] = value
      return
    }
    globals[name] = value
  }
}
