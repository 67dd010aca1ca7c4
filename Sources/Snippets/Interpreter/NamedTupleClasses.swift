/// `class Name(NamedTuple):` as CPython 3.11's `NamedTupleMeta` makes it: the class is
/// `collections.namedtuple(Name, fields, defaults=…)` of the names the body annotates, in order (those given a value
/// are the defaults, and must come last), and every other name the body binds is set on it.
extension Interpreter {
  /// True for `typing.NamedTuple` (the typing module's function of that name).
  static func isTypingNamedTuple(_ value: Value) -> Bool {
    guard case .userFunction(let closure) = value else { return false }
    return closure.module == "typing" && closure.definition.name == "NamedTuple"
  }

  /// NamedTupleMeta's attributes a class body may not bind.
  static let namedTupleProhibited: Set<String> = [
    "_replace", "__slots__", "_asdict", "__getnewargs__", "__init__", "_make", "__new__", "_source", "_fields",
    "_field_defaults",
  ]

  /// Makes the class of `definition`, whose bases (evaluated) include `typing.NamedTuple`.
  mutating func defineNamedTuple(_ definition: ClassDefinition, bases: [Value]) throws(PythonError) -> Value {
    try refusePrivateNames(in: definition)
    let body = Scope.make(definition: definition.body, parent: scope)
    let saved = scope
    scope = body
    try tick()
    do {
      _ = try run(definition.body.body)
    } catch {
      scope = saved
      throw error
    }
    scope = saved
    if bases.contains(where: { !Self.isTypingNamedTuple($0) }) {
      // CPython allows typing.Generic beside NamedTuple, which snippets' typing does not have.
      throw PythonError.type("can only inherit from a NamedTuple type and Generic")
    }
    try refuseUncalledSpecialMethods(definition, body: body, derivesFromArray: false)
    let bound = body.bound
    func value(of name: String) -> Value? { bound.first { $0.name == name }?.value }
    // `__annotations__` keeps the first place of a name annotated twice.
    var fields: [String] = []
    for name in definition.annotations where !fields.contains(name) { fields.append(name) }
    var defaultNames: [String] = []
    var defaults: [Value] = []
    for field in fields {
      if let given = value(of: field) {
        defaultNames.append(field)
        defaults.append(given)
      } else if !defaultNames.isEmpty {
        throw PythonError.type(
          "Non-default namedtuple field \(field) cannot follow default field\(defaultNames.count > 1 ? "s" : "") "
            + defaultNames.joined(separator: ", "))
      }
    }
    let factory = try attributeValue(.module("collections"), "namedtuple")
    let call = CallArguments(
      function: "namedtuple", positional: [.string(definition.name), try .makeList(fields.map { .string($0) })],
      keywords: [(name: "defaults", value: try .makeList(defaults))], positionalTexts: ["", ""])
    guard case .classObject(let type) = try callValue(factory, call) else {
      throw PythonError("SystemError", "collections.namedtuple made no class")
    }
    type.qualifiedName = definition.qualifiedName
    for (name, item) in bound {
      if Self.namedTupleProhibited.contains(name) {
        throw PythonError("AttributeError", "Cannot overwrite NamedTuple attribute \(name)")
      }
      guard !["__annotations__", "__name__", "__module__"].contains(name), !fields.contains(name) else { continue }
      type.attributes[name] = method(item, of: type, enclosing: saved, body: body)
    }
    return .classObject(type)
  }
}
