/// Metaclasses a snippet defines (`class Registry(type)` and `class Base(metaclass=Registry)`), as the pattern books'
/// registry and singleton use them. The class statement makes the class as before; with a metaclass, CPython then has
/// made it by calling the metaclass: its `__new__(mcs, name, bases, namespace)`, whose `type.__new__` (or
/// `super().__new__`) hands back the class being made, then its `__init__(cls, name, bases, namespace)`. Calling the
/// class runs the metaclass's `__call__`, whose `super().__call__` makes the instance; the metaclass's methods and
/// properties are the class's attributes (never its instances'). A classmethod `__prepare__` is called before the
/// class body runs; the namespace it returns may be an empty dict or `OrderedDict`, which the body fills as CPython's
/// would (any other mapping, whose item methods CPython calls as the body runs, is refused). A metaclass defining any
/// other special method (`__repr__`, `__getitem__`, …), which CPython would call on its classes, is refused where it
/// is defined, as is calling a metaclass to make a class (`Registry('X', (), {})`).
extension Interpreter {
  /// The special methods a snippet metaclass may define: what making and calling its classes runs.
  static let metaclassSpecialNames: Set<String> = [
    "__new__", "__init__", "__call__", "__doc__", "__module__", "__qualname__", "__prepare__",
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

  /// The names a straight-line class body binds, in the order it first binds them (the order of its namespace), or
  /// nil for a body whose order depends on how it runs (branches, loops, `del`, `try`, `with`).
  static func classBodyBindingOrder(_ body: [Statement]) -> [String]? {
    var names: [String] = []
    func add(_ name: String) {
      if !names.contains(name) { names.append(name) }
    }
    func bind(_ target: AssignmentTarget) {
      switch target {
      case .name(let name, _), .local(_, let name, _), .global(_, let name, _): add(name)
      case .unpack(let targets, _): targets.forEach(bind)
      case .starred(let inner, _): bind(inner)
      case .item, .attribute: break
      }
    }
    func walk(_ statement: Statement) -> Bool {
      switch statement.kind {
      case .importModule(_, let name): add(name)
      case .importFrom(_, let imported):
        if imported.contains(where: { $0.name == "*" }) { return false }
        imported.forEach { add($0.name) }
      case .assignment(let targets, _): targets.forEach(bind)
      case .augmentedAssignment(let name, _, _): add(name)
      case .augmentedTarget(let target, _, _), .augmentedBitwise(let target, _, _): bind(target)
      case .expression, .assertion, .pass: break
      case .functionDefinition(let function): add(function.boundName)
      case .classDefinition(let definition): add(definition.boundName)
      case .decorated(_, let inner): return walk(inner)
      default: return false
      }
      return true
    }
    for statement in body where !walk(statement) { return nil }
    return names
  }

  /// The namespace a metaclass's `__prepare__(name, bases)` makes for a class statement before its body runs, or nil
  /// when the metaclass has none: an empty dict or `collections.OrderedDict`, which hold what the body binds as a
  /// class body's own namespace does; anything else is refused.
  mutating func preparedNamespace(_ metaclass: ClassBox, name: String, bases: [ClassBox]) throws(PythonError)
    -> Value?
  {
    guard let prepare = metaclass.lookUp("__prepare__") else { return nil }
    guard case .wrapped(.classMethod, let function) = prepare.value else {
      throw PythonError.limit("a metaclass __prepare__ that is not a classmethod is not part of the snippet language")
    }
    let prepared = try callValue(
      bind(function, to: .classObject(metaclass), type: metaclass),
      arguments([.string(name), try .makeTuple(bases.map { .classObject($0) })]))
    switch prepared {
    case .dict(let box) where box.count == 0 && !box.isMappingProxy: return prepared
    case .object(let object) where object.type.module == "collections" && object.type.name == "OrderedDict":
      guard case .dict(let items)? = object.attributes["_data"], items.count == 0 else { fallthrough }
      return prepared
    default:
      throw PythonError.limit(
        "a metaclass __prepare__ returning a '\(prepared.typeName)' object is not part of the snippet language: CPython "
          + "stores the class body's names through its item methods as the body runs; return an empty dict or "
          + "OrderedDict")
    }
  }

  /// Runs the metaclass's `__new__` and `__init__` on a class the class statement just made, as CPython's call of
  /// the metaclass does; `prepared` is what its `__prepare__` returned.
  mutating func runMetaclass(
    _ metaclass: ClassBox, on type: ClassBox, definition: ClassDefinition, bodyNames: [String], prepared: Value? = nil
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
    // The body's names in the order it bound them, which the namespace keeps (a frame's slots keep another).
    let receivesNamespace = ["__new__", "__init__", "__prepare__"].contains { metaclass.lookUp($0) != nil }
    var ordered: [String] = bodyNames
    if receivesNamespace {
      guard let order = Self.classBodyBindingOrder(definition.body.body), Set(order).isSuperset(of: bodyNames) else {
        throw PythonError.limit(
          "a class body with control flow, del or nested bindings, given to a snippet metaclass's __new__, __init__ or "
            + "__prepare__, is not part of the snippet language: snippets do not keep the order its namespace has")
      }
      ordered = order.filter(bodyNames.contains)
    }
    for name in ordered {
      if let value = type.attributes[name] { pairs.append((.string(name), value)) }
    }
    let namespace: Value
    switch prepared {
    case .dict(let box)?:
      for (key, value) in pairs { try box.set(key, value) }
      namespace = .dict(box)
    case .object(let object)?:
      for (key, value) in pairs { _ = try callSpecial(object, "__setitem__", [key, value]) }
      namespace = .object(object)
    default:
      namespace = try Value.makeDict(pairs)
    }
    let arguments = [Value.string(type.name), bases, namespace]
    if let new = metaclass.lookUp("__new__") {
      let saved = (classUnderConstruction, namespaceUnderConstruction)
      classUnderConstruction = type
      namespaceUnderConstruction = pairs.compactMap { key, value in
        if case .string(let name) = key { (name, value) } else { nil }
      }
      defer { (classUnderConstruction, namespaceUnderConstruction) = saved }
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
    try applyNamespaceChanges(call.positional[3], to: type)
    return .classObject(type)
  }

  /// What a metaclass's `__new__` changed in the namespace it hands `type.__new__` (`d = dict(ns)`,
  /// `d['_order'] = order`): names it adds with plain data become the class's attributes, as CPython makes the class
  /// from that namespace. A name it removes or rebinds, or a function, property or special name it adds, is refused.
  private mutating func applyNamespaceChanges(_ namespace: Value, to type: ClassBox) throws(PythonError) {
    let given = try namespacePairs(namespace)
    let passed = Dictionary(namespaceUnderConstruction, uniquingKeysWith: { _, last in last })
    let refusal = { (what: String) -> PythonError in
      PythonError.limit(
        "a metaclass __new__ that \(what) in the namespace it passes to type.__new__ is not part of the snippet language"
      )
    }
    for (name, value) in given {
      if let before = passed[name] {
        guard Self.sameNamespaceValue(before, value) else { throw refusal("rebinds '\(name)'") }
        continue
      }
      guard !(name.hasPrefix("__") && name.hasSuffix("__")) else { throw refusal("adds '\(name)'") }
      switch value {
      case .userFunction, .wrapped, .property, .boundMethod:
        throw refusal("adds the function or descriptor '\(name)'")
      default: type.attributes[name] = value
      }
    }
    let givenNames = Set(given.map(\.name))
    if let missing = namespaceUnderConstruction.first(where: { !givenNames.contains($0.name) }) {
      throw refusal("leaves out '\(missing.name)'")
    }
  }

  /// The string keys and values of a class namespace: a dict, or an `OrderedDict` (its items); else refused.
  private mutating func namespacePairs(_ namespace: Value) throws(PythonError) -> [(name: String, value: Value)] {
    var mapping = namespace
    if case .object(let object) = namespace, object.type.module == "collections", object.type.name == "OrderedDict",
      let items = object.attributes["_data"]
    {
      mapping = items
    }
    guard case .dict(let box) = mapping else {
      throw PythonError.limit(
        "type.__new__ given a '\(namespace.typeName)' namespace by a metaclass is not part of the snippet language")
    }
    var pairs: [(name: String, value: Value)] = []
    for key in box.keys {
      guard case .string(let name) = key, let value = try box.get(key) else {
        throw PythonError.limit("a class namespace with a key that is not a str is not part of the snippet language")
      }
      pairs.append((name, value))
    }
    return pairs
  }

  /// Whether two values a class namespace holds are one object, where snippets can tell (functions, classes,
  /// objects, containers by identity; None, bools, numbers and strings by value, which a namespace copy keeps).
  static func sameNamespaceValue(_ left: Value, _ right: Value) -> Bool {
    switch (left, right) {
    case (.userFunction(let a), .userFunction(let b)): a === b
    case (.object, .object), (.classObject, .classObject): sameObject(left, right)
    case (.wrapped(let a, let inner), .wrapped(let b, let other)): a == b && sameNamespaceValue(inner, other)
    case (.property(let a, let b, let c), .property(let d, let e, let f)):
      sameNamespaceValue(a, d) && sameNamespaceValue(b, e) && sameNamespaceValue(c, f)
    case (.none, .none): true
    case (.list(let a), .list(let b)): a === b
    case (.dict(let a), .dict(let b)): a === b
    case (.tuple(let a), .tuple(let b)): a.count == b.count && zip(a, b).allSatisfy { sameNamespaceValue($0, $1) }
    case (.bool, .bool), (.int, .int), (.bigInt, .bigInt), (.float, .float), (.string, .string):
      left.repr == right.repr
    default: false
    }
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
