/// Methods taken from a builtin type (`str.lower`, `list.append`): CPython's method descriptors, which take the
/// instance as their first argument. A descriptor is `.method(.function(type), name)`.
enum TypeMethods {
  /// Attributes of the types that are not plain instance methods: data descriptors (`int.real`) print and behave
  /// otherwise, and classmethods (`dict.fromkeys`) print with a memory address; they stay refused.
  private static let notMethods: Set<String> = [
    "real", "imag", "numerator", "denominator", "fromkeys", "fromhex", "from_bytes", "maketrans", "mro",
  ]

  /// `str.lower` as a value, when `type` is a builtin type and `name` one of its instance methods.
  static func unbound(_ type: String, _ name: String) -> Value? {
    guard Attributes.builtinTypes.contains(type), !name.hasPrefix("__"), !notMethods.contains(name),
      PythonNames.types[type]?.contains(name) == true
    else { return nil }
    return .method(.function(type), name)
  }

  /// True for a method descriptor value.
  static func isDescriptor(_ value: Value) -> Bool {
    guard case .method(.function(let type), let name) = value else { return false }
    return unbound(type, name) != nil
  }

  /// CPython's repr: `<method 'lower' of 'str' objects>`.
  static func repr(_ type: String, _ name: String) -> String { "<method '\(name)' of '\(type)' objects>" }

  /// The bound method `instance.name` a descriptor call stands for, after CPython's checks on the first argument.
  static func bind(_ type: String, _ name: String, _ call: CallArguments) throws(PythonError) -> (Value, CallArguments)
  {
    guard let instance = call.positional.first else {
      throw PythonError.type("unbound method \(type).\(name)() needs an argument")
    }
    switch (type, instance) {
    case ("int", .bool), ("int", .int), ("int", .bigInt), ("float", .float), ("str", .string), ("list", .list),
      ("set", .set), ("tuple", .tuple):
      break
    case ("dict", .dict(let dict)) where !dict.isMappingProxy:
      break
    case (_, .tensor), (_, .textScalar), (_, .object), (_, .wrapped):
      // NumPy scalars (np.float64 is a float) and user classes may subclass the type: not decided here.
      var error = PythonError(
        "NotImplementedError",
        "\(type).\(name) applied to a \(instance.typeName) is not part of the snippet language: call the method "
          + "on the value instead")
      error.isLimit = true
      throw error
    default:
      throw PythonError.type(
        "descriptor '\(name)' for '\(type)' objects doesn't apply to a '\(instance.typeName)' object")
    }
    var rest = call
    rest.positional.removeFirst()
    if !rest.positionalTexts.isEmpty { rest.positionalTexts.removeFirst() }
    let method: Value
    do {
      method = try Attributes.get(name, of: instance)
    } catch {
      throw Attributes.builtinTypeAttribute(type, name) ?? error
    }
    return (method, rest)
  }
}
