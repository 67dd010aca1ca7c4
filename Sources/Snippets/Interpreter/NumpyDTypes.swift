import TensorCore

/// NumPy's dtype objects as the language offers them: `np.dtype('f4')` and the attributes of `x.dtype`.
enum NumpyDTypes {
  /// The names this file answers as `np.name`.
  static let names: Set<String> = ["dtype"]

  /// Calls `np.name(...)`, or nil when the name is not one of this file's.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard name == "dtype" else { return nil }
    let bound = try call.bind(["dtype"], required: 1)
    let value = bound.value("dtype")
    if case .tensor(let tensor) = value, tensor.isScalar {
      throw PythonError.type("Cannot interpret '\(tensor.numpyRepr)' as a data type")
    }
    return .dtype(try value.toDType())
  }

  /// `astype(..., casting=rule)`: NumPy's TypeError when the rule forbids the cast.
  static func checkCasting(_ rule: Value, from: DType, to: DType) throws(PythonError) {
    let rules = ["no", "equiv", "safe", "same_kind", "unsafe"]
    guard case .string(let name) = rule, rules.contains(name) else {
      if case .string("same_value") = rule {
        var error = PythonError("NotImplementedError", "casting='same_value' is not supported in snippets")
        error.isLimit = true
        throw error
      }
      guard case .string(let name) = rule else {
        throw PythonError.type("astype() argument 'casting' must be str, not \(rule.typeName)")
      }
      throw PythonError.value(
        "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got \(Value.quote(name)))")
    }
    if !DType.canCast(from, to: to, casting: name) {
      throw PythonError.type(
        "Cannot cast array data from dtype('\(from.rawValue)') to dtype('\(to.rawValue)') according to the rule "
          + "'\(name)'")
    }
  }

  /// `dtype.name`, `.itemsize`, `.kind`, `.char`, `.str`, `.type`, or nil for an attribute NumPy's dtype lacks here.
  static func attribute(_ name: String, of dtype: DType) -> Value? {
    switch name {
    case "name": .string(dtype.rawValue)
    case "itemsize", "alignment": .int(dtype.itemsize)
    case "kind": .string(String(dtype.kind))
    case "char": .string(String(dtype.character))
    case "str": .string(dtype.typeString)
    case "type": .scalarType(dtype)
    case "ndim": .int(0)
    case "shape": .tuple(ValueList([]))
    default: nil
    }
  }
}
