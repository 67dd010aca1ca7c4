/// Python's numeric conversions of objects through their special methods, after CPython 3.11 (`bltinmodule.c`,
/// `floatobject.c`, `mathmodule.c`): `abs`, `float`, `round`, `divmod`, `math.floor`/`ceil`/`trunc`, and math's
/// functions of reals, which convert an object with `__float__` (or `__index__`). `fractions.Fraction` is the object
/// this serves first; a snippet class defining these methods gets the same.
extension Interpreter {
  /// The special methods of numbers this file calls.
  static let numberSpecialNames: Set<String> = [
    "__abs__", "__float__", "__index__", "__int__", "__round__", "__floor__", "__ceil__", "__trunc__", "__divmod__",
    "__rdivmod__",
  ]

  /// math's functions whose arguments are reals, converted as `PyFloat_AsDouble` does.
  private static let mathRealFunctions: Set<String> = [
    "sqrt", "exp", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
    "sinh", "cosh", "tanh", "fabs", "pow", "hypot", "isclose", "isnan", "isinf", "isfinite", "degrees", "radians",
    "copysign", "erf", "erfc", "asinh", "acosh", "atanh", "remainder", "fmod", "cbrt", "exp2", "gamma", "lgamma",
    "modf", "frexp",
  ]

  /// What builtin `name` returns for a call whose operand is an object, or nil when no operand is one.
  mutating func objectNumberCall(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard let first = call.positional.first else { return nil }
    switch name {
    case "abs":
      guard call.positional.count == 1, call.keywords.isEmpty, case .object(let object) = first else { return nil }
      guard let result = try callSpecial(object, "__abs__", []) else {
        throw PythonError.type("bad operand type for abs(): '\(object.type.name)'")
      }
      return result
    case "float":
      guard call.positional.count == 1, call.keywords.isEmpty, case .object(let object) = first else { return nil }
      return .float(try floatOfObject(object, forMath: false))
    case "round":
      guard case .object(let object) = first else { return nil }
      let bound = try call.bind(["number", "ndigits"], required: 1)
      let digits = bound["ndigits"].flatMap { $0.isNone ? nil : $0 }
      guard let result = try callSpecial(object, "__round__", digits.map { [$0] } ?? []) else {
        throw PythonError.type("type \(object.type.name) doesn't define __round__ method")
      }
      return result
    case "divmod":
      guard call.positional.count == 2, call.keywords.isEmpty, first.isObject || call.positional[1].isObject else {
        return nil
      }
      let second = call.positional[1]
      if case .object(let object) = first, let result = try callSpecial(object, "__divmod__", [second]),
        !result.isNotImplemented
      {
        return result
      }
      if case .object(let object) = second, let result = try callSpecial(object, "__rdivmod__", [first]),
        !result.isNotImplemented
      {
        return result
      }
      throw PythonError.type(
        "unsupported operand type(s) for divmod(): '\(first.typeName)' and '\(second.typeName)'")
    case "math.floor", "math.ceil", "math.trunc":
      guard call.positional.count == 1, call.keywords.isEmpty, case .object(let object) = first else { return nil }
      let function = String(name.dropFirst(5))
      if let result = try callSpecial(object, "__\(function)__", []) { return result }
      if function == "trunc" {
        throw PythonError.type("type \(object.type.name) doesn't define __trunc__ method")
      }
      return try MathModule.call(function, arguments([.float(try floatOfObject(object, forMath: true))]))
    case _ where name.hasPrefix("math."):
      let function = String(name.dropFirst(5))
      let holdsObject = { (value: Value) -> Bool in
        switch value {
        case .object: true
        case .list(let items), .tuple(let items): items.contains(where: \.isObject)
        default: false
        }
      }
      guard call.positional.contains(where: holdsObject) || call.keywords.contains(where: { holdsObject($0.value) })
      else { return nil }
      guard Self.mathRealFunctions.contains(function) || function == "fsum" else {
        throw PythonError.limit("math.\(function) of a \(first.typeName) object is not supported in snippets")
      }
      var converted = call
      func real(_ value: Value) throws(PythonError) -> Value {
        guard case .object(let object) = value else { return value }
        return .float(try floatOfObject(object, forMath: true))
      }
      if function == "fsum" {
        // fsum reads each item as a float.
        guard case .list(let items) = first else {
          throw PythonError.limit("math.fsum of a \(first.typeName) object is not supported in snippets")
        }
        var floats: [Value] = []
        for item in items { floats.append(try real(item)) }
        converted.positional[0] = try .makeList(floats)
      } else {
        for index in converted.positional.indices {
          converted.positional[index] = try real(converted.positional[index])
        }
        for index in converted.keywords.indices {
          converted.keywords[index].value = try real(converted.keywords[index].value)
        }
      }
      return try callFunction(name, converted)
    default:
      return nil
    }
  }

  /// An object as a float: its `__float__` (which must return a float), else its `__index__`, as CPython's
  /// `PyFloat_AsDouble` reads it; `forMath` picks math's TypeError over float()'s.
  mutating func floatOfObject(_ object: ObjectBox, forMath: Bool) throws(PythonError) -> Double {
    if let result = try callSpecial(object, "__float__", []) {
      // A float subclass's instance is taken as its float (CPython warns that this is deprecated, on stderr).
      if case .object(let returned) = result, case .float(let value)? = returned.builtinValue { return value }
      guard case .float(let value) = result else {
        throw PythonError.type("\(object.type.name).__float__ returned non-float (type \(result.typeName))")
      }
      return value
    }
    if let result = try callSpecial(object, "__index__", []) {
      guard result.bigInteger != nil, result.typeName == "int" || result.typeName == "bool" else {
        throw PythonError.type("__index__ returned non-int (type \(result.typeName))")
      }
      guard let value = try PythonNumbers.double(result), value.isFinite else {
        throw PythonError("OverflowError", "int too large to convert to float")
      }
      return value
    }
    throw PythonError.type(
      forMath
        ? "must be real number, not \(object.type.name)"
        : "float() argument must be a string or a real number, not '\(object.type.name)'")
  }
}
