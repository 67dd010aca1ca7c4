/// Python's protocols that snippet classes take part in beyond operators: iterator objects (`__iter__` returning an
/// object with `__next__`), exception classes (`class E(Exception)`), and searching lists by identity, then `==`.
extension Interpreter {
  /// What `iter(object)` gives: `__iter__`'s result, checked to be an iterator as CPython checks it; nil when the
  /// class defines no `__iter__`.
  mutating func objectIterator(_ object: ObjectBox) throws(PythonError) -> Value? {
    guard let iterator = try callSpecial(object, "__iter__", []) else { return nil }
    switch iterator {
    case .iterator: return iterator
    case .object(let source) where source.type.lookUp("__next__") != nil: return iterator
    default: throw PythonError.type("iter() returned non-iterator of type '\(iterator.typeName)'")
    }
  }

  /// The next item of an iterator object (`__next__`), or nil when it raised StopIteration.
  mutating func nextItem(of source: ObjectBox) throws(PythonError) -> Value? {
    try tick()
    do throws(PythonError) {
      guard let item = try callSpecial(source, "__next__", []) else {
        throw PythonError.type("'\(Value.object(source).typeName)' object is not an iterator")
      }
      return item
    } catch {
      if !error.isLimit, exception(error, isA: .function("StopIteration")) { return nil }
      throw error
    }
  }

  /// `str(e)` or `repr(e)` of an exception object whose class defines neither: BaseException's, from `args`.
  mutating func exceptionText(_ object: ObjectBox, repr: Bool, depth: Int) throws(PythonError) -> String {
    let arguments: [Value] =
      switch object.attributes["args"] {
      case .tuple(let items)?: Array(items)
      case let other?: [other]
      case nil: []
      }
    var parts: [String] = []
    for argument in arguments { parts.append(try text(argument, repr: true, depth: depth + 1)) }
    if repr { return "\(object.type.name)(\(parts.joined(separator: ", ")))" }
    switch arguments.count {
    case 0: return ""
    case 1:
      // KeyError's own `__str__` shows its one argument's repr (`E('k')` prints `'k'`).
      if let base = object.type.exceptionBase, Builtins.exception(base, isA: "KeyError") { return parts[0] }
      return try text(arguments[0], repr: false, depth: depth + 1)
    default: return "(" + parts.joined(separator: ", ") + ")"
    }
  }

  /// The error `raise` throws for an instance of a snippet exception class: its class name as CPython's traceback
  /// prints it (a snippet's class by its qualified name, `f.<locals>.E`, `Outer.Inner`; a module's by its name, which
  /// OutputComparison matches with the module-qualified spelling) and `str`, carrying the object for `except … as e`.
  mutating func raisedError(_ object: ObjectBox) throws(PythonError) -> PythonError {
    let type = object.type
    var error = PythonError(
      type.module == "__main__" ? type.qualifiedName : type.name, try text(.object(object), repr: false))
    error.exceptionObject = object
    return error
  }

  /// The error `raise value` throws: an exception instance as it is, an exception class made without arguments.
  mutating func raisableError(_ value: Value) throws(PythonError) -> PythonError {
    switch value {
    case .exception(let exception):
      var error = PythonError(exception.type, exception.message)
      error.exceptionArguments = exception.arguments
      return error
    case .object(let object) where object.type.exceptionBase != nil: return try raisedError(object)
    case .classObject(let type) where type.exceptionBase != nil:
      guard case .object(let object)? = try callObject(.classObject(type), arguments([])) else { break }
      return try raisedError(object)
    case .function(let name) where Builtins.onlyCaught.contains(name): throw Builtins.refusalToMake(name)
    case .function(let name) where Builtins.exceptionBases[name] != nil: return PythonError(name, "")
    default: break
    }
    throw PythonError.type("exceptions must derive from BaseException")
  }

  /// The error `generator.throw(type, value=None, traceback=None)` raises at the generator's `yield`, with CPython's
  /// TypeErrors for what is no exception (snippets have no traceback objects, so a third argument is one).
  mutating func thrownError(_ given: [Value]) throws(PythonError) -> PythonError {
    let first = given[0]
    let value = given.count > 1 ? given[1] : .none
    if given.count > 2, !given[2].isNone {
      throw PythonError.type("throw() third argument must be a traceback object")
    }
    let isClass: Bool
    switch first {
    case .classObject(let type): isClass = type.exceptionBase != nil
    case .function(let name): isClass = Builtins.exceptionBases[name] != nil || Builtins.onlyCaught.contains(name)
    case .exception: isClass = false
    case .object(let object) where object.type.exceptionBase != nil: isClass = false
    default:
      throw PythonError.type(
        "exceptions must be classes or instances deriving from BaseException, not \(first.typeName)")
    }
    guard isClass else {
      guard value.isNone else { throw PythonError.type("instance exception may not have a separate value") }
      return try raisableError(first)
    }
    if !value.isNone, try truth(try callValue(.function("isinstance"), arguments([value, first]))) {
      return try raisableError(value)
    }
    let made: Value
    switch value {
    case .none: made = try callValue(first, arguments([]))
    case .tuple(let items): made = try callValue(first, arguments(Array(items)))
    default: made = try callValue(first, arguments([value]))
    }
    return try raisableError(made)
  }

  /// True when `except handlerClass` catches `error`: a snippet class by subclassing, a built-in class by the
  /// built-in hierarchy (a snippet exception through the built-in class it derives from).
  func exception(_ error: PythonError, isA handlerClass: Value) -> Bool {
    switch handlerClass {
    case .classObject(let type):
      return error.exceptionObject?.type.isSubclass(of: type) ?? false
    case .function(let name):
      if let object = error.exceptionObject {
        return Builtins.exception(object.type.exceptionBase ?? "Exception", isA: name)
      }
      return Builtins.exception(error.type, isA: name)
    default:
      return false
    }
  }

  /// The value `except … as e` binds.
  static func caught(_ error: PythonError) -> Value {
    if let object = error.exceptionObject { return .object(object) }
    return .exception(ExceptionValue(error))
  }

  /// `item == value` as `list.index`, `count`, `remove` and `in` decide it: identity first, then `==` (an object's
  /// `__eq__` is the item's, as CPython calls it).
  mutating func searchEquals(_ item: Value, _ value: Value) throws(PythonError) -> Bool {
    if Self.sameObject(item, value) || Value.sameArrayObject(item, value) { return true }
    // Two NaN floats (or complex numbers or NumPy scalars holding a NaN, or NaTs) are found equal exactly when they
    // are one object (`xs.remove(n)` of the `n` in `xs`), which snippets do not track; `==` alone answered no, where
    // CPython removes, counts and finds it.
    if Value.mayBeOneSelfUnequalObject(item, value) { throw Operators.nanIdentityError }
    if let equal = Operators.plainEquals(item, value) {
      try Interpreter.chargeSequenceWork(item, value)
      return equal
    }
    if let equal = try containerEquals(item, value) { return equal }
    if item.isObject || value.isObject { return try truth(try objectCompare(.equal, item, value)) }
    return try Operators.compare(.equal, item, value).truthValue()
  }
}
