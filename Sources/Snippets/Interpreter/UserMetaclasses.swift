/// Metaclasses a snippet defines (`class Registry(type)` and `class Base(metaclass=Registry)`), as the pattern books'
/// registry and singleton use them. The class statement makes the class as before; with a metaclass, CPython then has
/// made it by calling the metaclass: its `__new__(mcs, name, bases, namespace)`, whose `type.__new__` (or
/// `super().__new__`) hands back the class being made, then its `__init__(cls, name, bases, namespace)`. Calling the
/// class runs the metaclass's `__call__`, whose `super().__call__` makes the instance; the metaclass's methods and
/// properties are the class's attributes (never its instances'). A metaclass defining any other special method
/// (`__repr__`, `__getitem__`, `__prepare__`, …), which CPython would call on its classes, is refused where it is
/// defined, as is calling a metaclass to make a class (`Registry('X', (), {})`).
extension Interpreter {
  /// The special methods a snippet metaclass may define: what making and calling its classes runs.
  static let metaclassSpecialNames: Set<String> = [
    "__new__", "__init__", "__call__", "__doc__", "__module__", "__qualname__",
  ]

  /// Refuses a metaclass's special method that snippets would not call on its classes.
  func refuseMetaclassSpecialMethods(_ type: ClassBox) throws(PythonError) {
    for name in type.attributes.keys.sorted()
    where name.hasPrefix("__") && name.hasSuffix("__") && !Self.metaclassSpecialNames.contains(name) {
      throw PythonError.limit(
        "metaclass \(type.name) defines \(name), which snippets do not call on its classes; a snippet metaclass may "
          + "define __new__, __init__, __call__ and ordinary methods and properties")
    }
  }

  /// The metaclass a class statement names or its bases have (the most derived of them), or nil for `type`.
  func userMetaclass(named keyword: Value?, bases: [ClassBox?]) throws(PythonError) -> ClassBox? {
    var candidates: [ClassBox] = bases.compactMap { $0?.userMetaclass }
    switch keyword {
    case nil, .function("type")?: break
    case .classObject(let type)? where type.isMetaclass: candidates.insert(type, at: 0)
    case let other?:
      throw PythonError.limit(
        "metaclass=\(other.repr) is not part of the snippet language: name a class deriving from type")
    }
    guard var winner = candidates.first else { return nil }
    for candidate in candidates.dropFirst() where candidate !== winner {
      if candidate.isSubclass(of: winner) {
        winner = candidate
      } else if !winner.isSubclass(of: candidate) {
        throw PythonError.type(
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of "
            + "all its bases")
      }
    }
    return winner
  }

  /// Runs the metaclass's `__new__` and `__init__` on a class the class statement just made, as CPython's call of
  /// the metaclass does.
  mutating func runMetaclass(
    _ metaclass: ClassBox, on type: ClassBox, definition: ClassDefinition, bodyNames: [String]
  ) throws(PythonError) {
    type.userMetaclass = metaclass
    let bases: Value = try .makeTuple(type.bases.map { .classObject($0) })
    if !definition.annotations.isEmpty {
      throw PythonError.limit(
        "a class with annotations made by a snippet metaclass is not part of the snippet language (its namespace "
          + "holds __annotations__)")
    }
    // The namespace the body filled: `__module__` and `__qualname__` first, then `__doc__` and the body's names.
    var pairs: [(Value, Value)] = [
      (.string("__module__"), .string(type.module)), (.string("__qualname__"), .string(type.qualifiedName)),
    ]
    if let first = definition.body.body.first, case .expression(let expression) = first.kind,
      case .string(let text) = expression.kind
    {
      pairs.append((.string("__doc__"), .string(text)))
    }
    for name in bodyNames {
      if let value = type.attributes[name] { pairs.append((.string(name), value)) }
    }
    let namespace = try Value.makeDict(pairs)
    let arguments = [Value.string(type.name), bases, namespace]
    if let new = metaclass.lookUp("__new__") {
      let saved = classUnderConstruction
      classUnderConstruction = type
      defer { classUnderConstruction = saved }
      let function: Value
      switch new.value {
      case .wrapped(.staticMethod, let inner): function = inner
      case .userFunction: function = new.value
      default: throw PythonError.limit("a metaclass __new__ that is not a function is not part of the snippet language")
      }
      let made = try callValue(function, self.arguments([.classObject(metaclass)] + arguments))
      guard case .classObject(let result) = made, result === type else {
        throw PythonError.limit(
          "a metaclass __new__ returning something other than the class type.__new__ made is not part of the snippet "
            + "language")
      }
    }
    if let initializer = metaclass.lookUp("__init__") {
      let result = try callValue(
        bind(initializer.value, to: .classObject(type), type: metaclass), self.arguments(arguments))
      guard result.isNone else { throw PythonError.type("__init__() should return None, not '\(result.typeName)'") }
    }
  }

  /// `type.__new__(mcs, name, bases, namespace)` inside a metaclass's `__new__`: the class the statement made, when
  /// the arguments are the ones the metaclass was given.
  mutating func typeNew(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.keywords.isEmpty, call.positional.count == 4, let type = classUnderConstruction,
      case .classObject(let metaclass) = call.positional[0], type.userMetaclass.map(metaclass.isSubclass(of:)) ?? false,
      case .string(let name) = call.positional[1], name == type.name
    else {
      throw PythonError.limit(
        "type.__new__ is part of the snippet language only inside a metaclass's __new__, given the arguments it got")
    }
    return .classObject(type)
  }

  /// `type.__call__(cls, *args)`: a metaclass's `super().__call__(...)`, which makes the instance as calling a class
  /// without a metaclass does.
  mutating func typeCall(_ type: ClassBox, _ call: CallArguments) throws(PythonError) -> Value {
    try makeInstance(type, call)
  }

  /// `type.__init__(cls, name, bases, namespace)`: nothing to do beyond checking the arguments.
  static func typeInit(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.keywords.isEmpty, call.positional.count == 1 || call.positional.count == 3 else {
      throw PythonError.type("type.__init__() takes 1 or 3 arguments")
    }
    return .none
  }

  /// An attribute of a class that the class and its bases lack, from its snippet metaclass: a method bound to the
  /// class, a property's value, a classmethod bound to the metaclass, anything else as it is; nil when the metaclass
  /// lacks it too.
  mutating func userMetaclassAttribute(_ type: ClassBox, _ name: String) throws(PythonError) -> Value? {
    guard let metaclass = type.userMetaclass, let found = metaclass.lookUp(name) else { return nil }
    switch found.value {
    case .property(let getter, _, _): return try callValue(getter, arguments([.classObject(type)]))
    case .wrapped(.classMethod, .userFunction(let closure)): return .boundMethod(.classObject(metaclass), closure)
    case .wrapped(.staticMethod, let function): return function
    case .userFunction(let closure): return .boundMethod(.classObject(type), closure)
    default: return found.value
    }
  }
}

extension ClassBox {
  /// True for a class deriving from `type`: a metaclass.
  var isMetaclass: Bool { emulatedBuiltin == "type" }
}
