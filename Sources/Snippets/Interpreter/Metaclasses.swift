/// Metaclasses, for the standard-library modules alone: `enum` (EnumSource.swift) marks its `Enum` class with its
/// `EnumType`, `abc` (AbcSource.swift) its `ABC` with `ABCMeta`, and every class deriving from one has the metaclass
/// too. CPython calls the metaclass's methods on the
/// class itself, so `Color(1)`, `Color['RED']`, `len(Color)`, `iter(Color)`, `reversed(Color)`, `x in Color` and the
/// class's repr run `EnumType`'s methods with the class as their first argument, and a class statement deriving from
/// one ends by calling its `_docbuild_class_made_`. A snippet cannot name a metaclass (`metaclass=` is a syntax error).
extension Interpreter {
  /// Calls the metaclass's method `name` with the class as its first argument; a method the metaclass lacks is refused.
  mutating func callMetaclass(_ type: ClassBox, _ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    guard let metaclass = type.metaclass, let found = metaclass.lookUp(name),
      case .userFunction(let closure) = found.value
    else { throw Self.metaclassRefusal(type, name) }
    return try callValue(.boundMethod(.classObject(type), closure), call)
  }

  /// An attribute of a class with a metaclass that the class itself lacks: the metaclass's property or method, bound
  /// to the class; anything else is refused, as the metaclass snippets model is not all of CPython's.
  mutating func metaclassAttribute(_ type: ClassBox, _ name: String) throws(PythonError) -> Value {
    guard let found = type.metaclass?.lookUp(name), !name.hasPrefix("_docbuild") else {
      throw Self.metaclassRefusal(type, "its attribute \(name)")
    }
    switch found.value {
    case .property(let getter, _, _): return try callValue(getter, arguments([.classObject(type)]))
    case .userFunction(let closure): return .boundMethod(.classObject(type), closure)
    default: throw Self.metaclassRefusal(type, "its attribute \(name)")
    }
  }

  /// The refusal of what a class with a metaclass does beyond what snippets model.
  static func metaclassRefusal(_ type: ClassBox, _ what: String) -> PythonError {
    let kind = type.metaclass.map { "\($0.module).\($0.name)" } ?? "metaclass"
    return PythonError.limit(
      "\(what) of the class \(type.name) (made by \(kind)) is not part of the snippet language (Python has it)")
  }

  /// The names a class body binds, in order, for a class with a metaclass: simple assignments (`RED = 1`, `a = b =
  /// 2`), `def`s, decorated `def`s, docstrings and `pass`. Anything else (a loop, an unpacking, an annotation, a name
  /// bound twice in an enum, which CPython's enum rejects in words of its own) is refused.
  static func metaclassBodyNames(_ definition: ClassDefinition, metaclass: ClassBox) throws(PythonError) -> [String] {
    let kind = "\(metaclass.module).\(metaclass.name)"
    var names: [String] = []
    func add(_ name: String) throws(PythonError) {
      // abc's classes bind a name again as CPython's classes do (a property's `@x.setter`); the name keeps its place.
      if names.contains(name) && metaclass.module == "abc" { return }
      guard !names.contains(name) else {
        throw PythonError.limit(
          "class \(definition.name) binds the name \(name) twice: snippets do not follow CPython's \(kind) there")
      }
      names.append(name)
    }
    for statement in definition.body.body {
      switch statement.kind {
      case .assignment(let targets, _):
        for target in targets {
          switch target {
          case .name(let name, _), .local(_, let name, _), .global(_, let name, _): try add(name)
          default:
            throw PythonError.limit(
              "class \(definition.name)'s body assigns to something other than a name: not supported in snippets")
          }
        }
      case .functionDefinition(let function): try add(function.name)
      case .decorated(_, let inner):
        guard case .functionDefinition(let function) = inner.kind else {
          throw PythonError.limit(
            "class \(definition.name) defines a decorated class in its body: not supported in snippets")
        }
        try add(function.name)
      case .expression, .pass:
        continue
      default:
        throw PythonError.limit(
          "class \(definition.name)'s body has a statement other than assignments to names, defs and docstrings: "
            + "not supported in snippets for a class made by \(kind)")
      }
    }
    return names
  }

  /// `__docbuild_class_body__(cls)`: the class body's bindings in order, as (name, value, is a descriptor), where a
  /// descriptor (a function, staticmethod, classmethod or property) is what CPython's enum never makes a member.
  mutating func classBody(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 1, case .classObject(let type) = call.positional[0] else {
      throw PythonError.type("__docbuild_class_body__(class)")
    }
    var items: [Value] = []
    for name in type.bodyNames {
      guard let value = type.attributes[name] else { continue }
      let isDescriptor: Bool
      switch value {
      case .userFunction, .wrapped, .property: isDescriptor = true
      case .classObject, .boundMethod, .superObject:
        throw PythonError.limit(
          "class \(type.name) binds \(name) to a \(value.typeName) in its body: not supported in snippets for a class "
            + "made by \(type.metaclass.map { "\($0.module).\($0.name)" } ?? "a metaclass")")
      default: isDescriptor = false
      }
      items.append(.tuple(ValueList([.string(name), value, .bool(isDescriptor)])))
    }
    return try .makeList(items)
  }
}

extension Value {
  /// True for a class whose metaclass is a standard-library class (an enum class).
  var hasMetaclass: Bool {
    if case .classObject(let type) = self { return type.metaclass != nil }
    return false
  }
}
