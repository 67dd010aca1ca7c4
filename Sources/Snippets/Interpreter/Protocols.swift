/// `typing.Protocol` (the typing module's source): a class naming `Protocol` among its bases is a protocol, which
/// `object.__new__`'s abstract check aside cannot be made ("Protocols cannot be instantiated", unless it defines
/// `__init__`). `isinstance` and `issubclass` raise CPython's TypeError for it unless it (or a protocol it derives
/// from) was made `@runtime_checkable`; then they check structurally as CPython 3.11's `_ProtocolMeta` and
/// `_proto_hook` do, for protocols whose members are all methods. A class deriving from a protocol without naming
/// `Protocol` is an ordinary class.
extension Interpreter {
  /// `__docbuild_protocol__(Protocol, _ProtocolMeta)`: marks typing's `Protocol` as the root of protocols, made by
  /// `_ProtocolMeta` (an `abc.ABCMeta`, so abstract methods count), whose order CPython completes with `Generic`.
  mutating func markProtocolRoot(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 2, case .classObject(let root) = call.positional[0],
      case .classObject(let metaclass) = call.positional[1]
    else { throw PythonError.type("__docbuild_protocol__(Protocol, _ProtocolMeta)") }
    root.abstractMethods = []
    root.shownMetaclass = metaclass
    root.derivesFromTypingAlias = true
    root.isProtocolRoot = true
    root.isProtocol = true
    return .none
  }

  /// `__docbuild_runtime_protocol__(cls)`, typing's `runtime_checkable`: marks a protocol class as checkable by
  /// `isinstance` and `issubclass`, with CPython's TypeError for any other class.
  func markRuntimeProtocol(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 1 else { throw PythonError.type("__docbuild_runtime_protocol__(cls)") }
    guard case .classObject(let type) = call.positional[0], type.isProtocol else {
      let shown = try Self.reprForProtocolError(call.positional[0])
      throw PythonError.type("@runtime_checkable can be only applied to protocol classes, got \(shown)")
    }
    type.isRuntimeProtocol = true
    return call.positional[0]
  }

  /// The repr CPython's runtime_checkable error shows: a class's, or a refusal for other values.
  private static func reprForProtocolError(_ value: Value) throws(PythonError) -> String {
    if case .classObject(let type) = value { return "<class '\(type.module).\(type.qualifiedName)'>" }
    throw PythonError.limit(
      "runtime_checkable applied to a value of type \(value.typeName) is not part of the snippet language")
  }

  /// CPython's TypeError for `isinstance` or `issubclass` with a protocol that is not runtime-checkable.
  static func protocolCheckError(_ classes: Value) -> PythonError? {
    guard case .classObject(let type) = classes, type.isProtocol, !type.isRuntimeCheckable else { return nil }
    return PythonError.type("Instance and class checks can only be used with @runtime_checkable protocols")
  }

  /// CPython 3.11's `_SPECIAL_NAMES` and `_TYPING_INTERNALS`, which are no protocol members (nor `__qualname__`,
  /// which a class body binds and `type.__new__` takes out of the class's namespace).
  private static let protocolExcludedNames: Set<String> = [
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
    "__orig_class__", "_is_protocol", "_is_runtime_protocol", "_MutableMapping__marker", "__qualname__",
  ]

  /// A runtime protocol's members (typing's `_get_protocol_attrs`), refused unless every one is a method: a data
  /// member or a property makes CPython's checks depend on which caller asks (`_allow_reckless_class_checks`).
  static func protocolMethods(_ type: ClassBox) throws(PythonError) -> [String] {
    var names: Set<String> = []
    for box in type.resolutionOrder where !box.isProtocolRoot && !box.isGenericRoot {
      for name in Array(box.attributes.keys) + box.annotations
      where !name.hasPrefix("_abc_") && !protocolExcludedNames.contains(name) {
        names.insert(name)
      }
    }
    for name in names {
      let member = type.lookUp(name)?.value
      switch member {
      case .userFunction?, .wrapped(.staticMethod, _)?, .wrapped(.classMethod, _)?: continue
      default:
        throw PythonError.limit(
          "isinstance() and issubclass() with the protocol \(type.name), whose member \(name) is not a method, are not "
            + "part of the snippet language")
      }
    }
    if names.contains("__hash__") {
      // CPython sets a class's `__hash__` to None when it defines `__eq__` alone, which snippets' classes do not show.
      throw PythonError.limit("isinstance() and issubclass() with a protocol naming __hash__ are not supported")
    }
    return names.sorted()
  }

  /// Whether `candidate` (a class, as `issubclass`'s first argument) satisfies the runtime protocol `type`:
  /// `_proto_hook`'s structural check (each member found in the namespace of a class along its order, and not set
  /// to None there), else ABCMeta's nominal one (the protocol among its bases).
  func conformsToProtocol(_ candidate: Value, _ type: ClassBox) throws(PythonError) -> Bool {
    let members = try Self.protocolMethods(type)
    switch candidate {
    case .classObject(let other):
      var structural = true
      for name in members where structural {
        structural = try Self.namespaceDefines(other, name)
      }
      return structural || other.isSubclass(of: type)
    case .function(let name) where DirListing.completeTypes.contains(name) && name != "numpy.ndarray":
      // A builtin type's `dir()` is its order's namespaces; none of them holds None for a method but `__hash__`.
      guard let names = PythonNames.types[name] else { break }
      return members.allSatisfy(names.contains)
    case .function(let name) where Builtins.isType(name): break
    case .scalarType: break
    default:
      throw PythonError.type("issubclass() arg 1 must be a class")
    }
    throw PythonError.limit(
      "issubclass() of \(Self.shownName(candidate)) with a protocol is not part of the snippet language")
  }

  /// Whether the first namespace along `type`'s order that holds `name` holds something other than None. The
  /// classes snippets write in Python in a builtin's place, or for a standard-library module, do not hold CPython's
  /// namespaces: a builtin's is read from its `dir()`, and another module's class is refused.
  private static func namespaceDefines(_ type: ClassBox, _ name: String) throws(PythonError) -> Bool {
    for box in type.resolutionOrder where !box.isBuiltinStandIn {
      if let value = box.attributes[name] { return !value.isNone }
      guard box.module == "__main__" || box.isProtocol || box.isGenericRoot else {
        throw PythonError.limit(
          "issubclass() of \(type.name), which derives from \(box.module).\(box.name), with a protocol is not part "
            + "of the snippet language")
      }
    }
    return try builtinAncestorDefines(type, name)
  }

  /// Whether a member not found in a snippet class's own namespaces comes from what it derives from beyond them:
  /// `object`'s namespace, or a builtin's the class emulates.
  private static func builtinAncestorDefines(_ type: ClassBox, _ name: String) throws(PythonError) -> Bool {
    if DirListing.objectNames.contains(name) { return true }
    if let builtin = type.emulatedBuiltin, DirListing.completeTypes.contains(builtin),
      let names = PythonNames.types[builtin]
    {
      return names.contains(name)
    }
    guard type.emulatedBuiltin == nil, type.exceptionBase == nil, type.metaclass == nil else {
      throw PythonError.limit(
        "issubclass() of \(type.name), which derives from a builtin class, with a protocol is not part of the "
          + "snippet language")
    }
    return false
  }

  private static func shownName(_ value: Value) -> String {
    if case .function(let name) = value { return name }
    if case .scalarType(let dtype) = value { return "numpy.\(dtype.rawValue)" }
    return value.typeName
  }

  /// `isinstance(value, type)` for a runtime protocol: the value's class satisfies it, or the value has every
  /// member, none of them None (`_ProtocolMeta.__instancecheck__`).
  mutating func isProtocolInstance(_ value: Value, _ type: ClassBox) throws(PythonError) -> Bool {
    let members = try Self.protocolMethods(type)
    switch value {
    case .object(let object) where object.array == nil:
      if try conformsToProtocol(.classObject(object.type), type) { return true }
      for name in members {
        let member: Value
        do {
          member = try attributeValue(value, name)
        } catch {
          guard error.type == "AttributeError", Self.refusalForMissingName(error) == nil else { throw error }
          return false
        }
        if member.isNone { return false }
      }
      return true
    default:
      // A builtin value has no attributes of its own: its class decides.
      let kind = Self.typeOf(value)
      if DirListing.isPlainBuiltin(value), case .function = kind { return try conformsToProtocol(kind, type) }
      throw PythonError.limit(
        "isinstance() of a value of type \(value.typeName) with a protocol is not part of the snippet language")
    }
  }
}

extension ClassBox {
  /// True for a class deriving from `typing.Protocol`, named or not.
  var derivesFromProtocol: Bool { resolutionOrder.contains(where: \.isProtocolRoot) }

  /// True for a protocol that is `@runtime_checkable` or derives from one (CPython reads `_is_runtime_protocol`
  /// through the class's order).
  var isRuntimeCheckable: Bool { resolutionOrder.contains(where: \.isRuntimeProtocol) }
}
