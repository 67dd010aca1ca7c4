/// NumPy's `ufunc.identity`: the value a reduction over no elements starts from, as NumPy 2.4 defines it for each
/// ufunc the language has (None for the ufuncs without one).
enum UfuncIdentity {
  /// `np.name.identity` for the ufunc `function` (`numpy.add`), or nil when `function` is no ufunc.
  static func of(_ function: String) -> Value? {
    guard Value.isUfunc(function) else { return nil }
    switch String(function.dropFirst("numpy.".count)) {
    case "add", "bitwise_or", "bitwise_xor", "gcd", "hypot": return .int(0)
    case "multiply": return .int(1)
    case "bitwise_and": return .int(-1)
    case "logaddexp", "logaddexp2": return .float(-.infinity)
    case "logical_and": return .bool(true)
    case "logical_or", "logical_xor": return .bool(false)
    default: return Value.none
    }
  }
}

extension UfuncTypeTable {
  /// `np.name.nin`, `.nout`, `.nargs`, `.ntypes`, `.types` or `.signature` of the ufunc `function` (`numpy.add`),
  /// or nil for another attribute or a value that is no ufunc.
  static func attribute(_ function: String, _ name: String) throws(PythonError) -> Value? {
    guard Value.isUfunc(function), let entry = entries[String(function.dropFirst("numpy.".count))] else {
      return nil
    }
    switch name {
    case "nin": return .int(entry.inputs)
    case "nout": return .int(entry.outputs)
    case "nargs": return .int(entry.inputs + entry.outputs)
    case "ntypes": return .int(entry.types.count)
    case "types": return try .makeList(entry.types.map(Value.string))
    case "signature": return entry.signature.map(Value.string) ?? Value.none
    default: return nil
    }
  }
}
