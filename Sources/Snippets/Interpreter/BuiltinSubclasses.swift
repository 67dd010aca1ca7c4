import TensorCore

/// Snippet classes deriving from Python's builtin types, as tutorials write them (`class StrKeyDict(dict)`,
/// `class Price(float)`, `class Point(tuple)` with its own `__new__`). Such a class derives, in the builtin's place,
/// from a class written in the snippet language (BuiltinBasesSource.swift) whose instances hold a value of the builtin
/// type: the builtin's methods run on that value and return the plain type, never calling the subclass's overrides,
/// as CPython's C methods do. `__mro__`, `__bases__`, `isinstance` and `issubclass` show the builtin itself. An
/// instance of an immutable one (`str`, `int`, `float`, `tuple`) given to a builtin function is the value it holds.
enum BuiltinSubclasses {
  /// The builtin types a snippet class may derive from.
  static let types: Set<String> = ["dict", "list", "tuple", "str", "int", "float"]

  /// The immutable ones, whose instances builtin functions read as the value they hold.
  static let immutableTypes: Set<String> = ["tuple", "str", "int", "float"]

  /// The attribute an instance keeps the builtin value in.
  static let valueAttribute = "_docbuild_value"

  /// The special methods snippets' class for each builtin defines (`dict.__init__`, `str.__new__`), read from its
  /// source: what `dict.__init__(self, ...)` reaches in a class deriving from the builtin.
  static let standInSpecialNames: [String: Set<String>] = {
    var names: [String: Set<String>] = [:]
    var current: String?
    for line in ModuleSources.builtinBases.split(separator: "\n") {
      if line.hasPrefix("class "), let end = line.firstIndex(of: ":") {
        current = String(line.dropFirst(6)[..<end])
      } else if let current, line.hasPrefix("    def __"), let open = line.firstIndex(of: "(") {
        names[current, default: []].insert(String(line.dropFirst(8)[..<open]))
      }
    }
    return names
  }()

  /// The refusal of `copy.copy` or `copy.deepcopy` of an instance of `type`: CPython rebuilds it through the
  /// class's own `__new__`, `append` or `__setitem__` (its `__reduce_ex__`), which snippets do not follow.
  static func copyRefusal(_ type: ClassBox, _ function: String) -> PythonError {
    PythonError.limit(
      "\(function) of a '\(type.name)' object (a subclass of \(type.builtinStandInAncestor?.emulates ?? "a builtin")) is "
        + "not part of the snippet language: CPython rebuilds it through the class's own __new__ and item methods")
  }

  /// The special methods a class deriving from a builtin may define beyond those every snippet class may.
  static let specialNames: Set<String> = ["__new__", "__missing__"]

  /// The builtin functions that read an instance through its class's special methods (`str`, `repr`, `format`,
  /// `len`, `hash`) or keep it as it is (`isinstance`, `type`, `id`, `print`, the container makers): they get the
  /// instance itself. Every other builtin function gets the value it holds, as CPython's C functions read a str, int or
  /// float subclass.
  static let functionsTakingTheInstance: Set<String> = [
    "print", "repr", "str", "format", "ascii", "len", "hash", "bool", "isinstance", "issubclass", "type", "id",
    "getattr", "setattr", "hasattr", "delattr", "vars", "dir", "iter", "next", "list", "tuple", "set", "frozenset",
    "dict", "sorted", "min", "max", "sum", "any", "all", "enumerate", "zip", "map", "filter", "reversed", "abs",
    "round", "divmod", "callable", "super", "object", "staticmethod", "classmethod", "property", "copy.copy",
    "copy.deepcopy", "functools.reduce", "operator.itemgetter", "operator.attrgetter",
    "__docbuild_raw__", "__docbuild_operand__", "__docbuild_new__", "__docbuild_builtin_base__",
  ]
}

extension ClassBox {
  /// The class standing in for a builtin among this class and its ancestors (see `BuiltinSubclasses`), nil when the
  /// class derives from none.
  var builtinStandInAncestor: ClassBox? {
    if isBuiltinStandIn { return self }
    for ancestor in ancestors where ancestor.isBuiltinStandIn { return ancestor }
    return nil
  }

  /// True for a class whose item lookup calls `__missing__`: one deriving from `dict` or from `collections.UserDict`.
  var callsMissing: Bool {
    builtinStandInAncestor != nil || resolutionOrder.contains { $0.module == "collections" && $0.name == "UserDict" }
  }

  /// True when a class below the stand-in for a builtin (the subclass or one between) binds `name`.
  func overridesBuiltin(_ name: String) -> Bool {
    for current in resolutionOrder {
      if current.isBuiltinStandIn { return false }
      if current.attributes[name] != nil { return true }
    }
    return false
  }
}

extension ObjectBox {
  /// The builtin value an instance of a class deriving from a builtin holds; nil for other objects.
  var builtinValue: Value? {
    guard type.builtinStandInAncestor != nil else { return nil }
    return attributes[BuiltinSubclasses.valueAttribute]
  }
}

extension ObjectBox {
  /// The items of a dict subclass's instance as CPython's `dict(x)`, `update(x)` and `**x` copy them: directly, never
  /// through the class's own `keys` or `__getitem__`, unless the class has its own `__iter__` (nil then, and for
  /// other objects).
  var heldDictionaryItems: [(Value, Value)]? {
    guard case .dict(let held)? = builtinValue, !type.overridesBuiltin("__iter__") else { return nil }
    return Array(zip(held.keys, held.values))
  }
}

extension Value {
  /// The value with each instance of a str, int, float or tuple subclass, itself or an item of a tuple, replaced by the
  /// value it holds: what NumPy reads from an index or a written value (`a[I(0)] = F(1.5)`).
  var unwrappingBuiltinSubclasses: Value {
    if let held = immutableBuiltinValue { return held }
    if case .tuple(let items) = self, items.contains(where: { $0.immutableBuiltinValue != nil }),
      let unwrapped = try? Value.makeTuple(items.map { $0.immutableBuiltinValue ?? $0 })
    {
      return unwrapped
    }
    return self
  }

  /// The value an instance of a class deriving from an immutable builtin (`str`, `int`, `float`, `tuple`) holds; nil
  /// for every other value.
  var immutableBuiltinValue: Value? {
    guard case .object(let object) = self, let standIn = object.type.builtinStandInAncestor,
      let builtin = standIn.emulates, BuiltinSubclasses.immutableTypes.contains(builtin)
    else { return nil }
    return object.builtinValue
  }
}

extension Interpreter {
  /// Snippets' class for the builtin `name` as a base (`class D(dict)`), loaded on first use; nil for other names.
  mutating func builtinStandIn(_ name: String) throws(PythonError) -> ClassBox? {
    guard BuiltinSubclasses.types.contains(name),
      case .classObject(let type)? = try pythonModuleMember("_builtin_bases", name)
    else { return nil }
    return type
  }

  /// `cls(...)` for a class deriving from a builtin: `__new__(cls, ...)` makes the instance, then `__init__` runs
  /// when the class has one and the instance is of the class, as CPython's `type.__call__` does.
  mutating func makeBuiltinSubclassInstance(_ type: ClassBox, _ call: CallArguments) throws(PythonError) -> Value {
    guard let constructor = type.lookUp("__new__") else { throw PythonError.type("\(type.name)() has no __new__") }
    return try makeInstance(type, through: constructor.value, call)
  }

  /// The internal functions of the stand-in classes' module; nil for other names.
  mutating func callBuiltinBaseFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "__docbuild_builtin_base__":
      guard call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .string(let builtin) = call.positional[1]
      else { throw PythonError.type("__docbuild_builtin_base__(class, name)") }
      type.emulates = builtin
      type.isBuiltinStandIn = true
      type.module = "builtins"
      return .none
    case "__docbuild_raw__":
      // The value an instance of a builtin's subclass holds (`__docbuild_raw__(x)`), or `x` itself; with a special
      // method's name, only when the class does not define its own (CPython's dict.update copies another dict's
      // items directly unless its class has its own `__iter__`).
      guard let value = call.positional.first else { throw PythonError.type("__docbuild_raw__(value)") }
      guard case .object(let object) = value, let held = object.builtinValue else { return value }
      if call.positional.count == 2, case .string(let special) = call.positional[1],
        object.type.overridesBuiltin(special)
      {
        return value
      }
      return held
    case "__docbuild_overrides__":
      // Whether a class deriving from a builtin defines `name` itself (`__docbuild_overrides__(cls, '__init__')`).
      guard call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .string(let special) = call.positional[1]
      else { throw PythonError.type("__docbuild_overrides__(class, name)") }
      return .bool(type.overridesBuiltin(special))
    case "__docbuild_operand__":
      // The other operand of an int or float subclass's arithmetic: a number (one a subclass holds included), or
      // NotImplemented, so the other operand's reflected method is asked.
      guard call.positional.count == 1 else { throw PythonError.type("__docbuild_operand__(value)") }
      let value = call.positional[0]
      switch value {
      case .int, .bigInt, .bool, .float, .complex: return value
      case .object(let object):
        if let held = object.builtinValue, let builtin = object.type.builtinStandInAncestor?.emulates,
          builtin == "int" || builtin == "float"
        {
          return held
        }
        return .function("NotImplemented")
      case .tensor:
        throw PythonError.limit(
          "arithmetic between an instance of a snippet class deriving from int or float and a NumPy value is not "
            + "part of the snippet language: use int(x) or float(x)")
      default: return .function("NotImplemented")
      }
    default: return nil
    }
  }

  /// The arguments a builtin function gets when some are instances of classes deriving from an immutable builtin:
  /// the values they hold, except for the functions that read the instance itself (see
  /// `BuiltinSubclasses.functionsTakingTheInstance`).
  static func unwrappingImmutableBuiltins(_ function: Value, _ call: CallArguments) -> CallArguments? {
    guard
      call.positional.contains(where: { $0.immutableBuiltinValue != nil })
        || call.keywords.contains(where: { $0.value.immutableBuiltinValue != nil })
    else { return nil }
    switch function {
    case .function("complex"):
      // complex() asks a class's own `__complex__` first.
      if case .object(let object)? = call.positional.first, object.type.lookUp("__complex__") != nil { return nil }
    case .function("pow"):
      // pow() of the held numbers, unless a class has its own `__pow__` or `__rpow__`.
      for case .object(let object) in call.positional
      where object.type.overridesBuiltin("__pow__") || object.type.overridesBuiltin("__rpow__") {
        return nil
      }
    case .function("hash"):
      // hash() of an instance is the held value's unless its class defines its own `__hash__`.
      if case .object(let object)? = call.positional.first, object.type.overridesBuiltin("__hash__") { return nil }
    case .function(let name):
      if BuiltinSubclasses.functionsTakingTheInstance.contains(name) { return nil }
    case .method(let receiver, let name):
      // A container's methods keep the instance (`list.append`, `dict.get`), as do str.format's (which format it
      // through its class); a str's other methods and a number's read the value.
      if name == "format" || name == "format_map" { return nil }
      switch receiver {
      case .string, .bytes, .int, .float, .bigInt, .bool, .complex: break
      default: return nil
      }
    default: return nil
    }
    var unwrapped = call
    unwrapped.positional = call.positional.map { $0.immutableBuiltinValue ?? $0 }
    unwrapped.keywords = call.keywords.map { keyword in
      var keyword = keyword
      keyword.value = keyword.value.immutableBuiltinValue ?? keyword.value
      return keyword
    }
    return unwrapped
  }

  /// True when `receiver` (a method's first argument) is an instance of a class deriving from the builtin `type`, or
  /// such a class (`str.__new__(cls, ...)`).
  static func isBuiltinSubclassReceiver(_ receiver: Value?, _ type: String) -> Bool {
    switch receiver {
    case .object(let object)?: return object.type.builtinStandInAncestor?.emulates == type
    case .classObject(let subclass)?: return subclass.builtinStandInAncestor?.emulates == type
    default: return false
    }
  }
}
