import TensorCore

/// Issue 10's seventh round of NumPy functions: the bitwise ufuncs (`np.bitwise_and` … `np.bitwise_count`) and the
/// functions registered from the `NumpyMore*` files, each binding its arguments as NumPy names them.
enum NumpyMore {
  /// The names answered, callable as `np.name`.
  static let names: Set<String> = Set([
    "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "bitwise_left_shift",
    "bitwise_right_shift", "invert", "bitwise_not", "bitwise_invert", "bitwise_count",
  ]).union(NumpyMoreFunctions.names).union(NumpyDTypeQueries.names)

  /// The bitwise ufunc behind each of NumPy's names (the `bitwise_*_shift` ones are the Array API's aliases).
  static func bitwiseFunction(_ name: String) -> BitwiseFunction? {
    switch name {
    case "bitwise_left_shift": .leftShift
    case "bitwise_right_shift": .rightShift
    default: BitwiseFunction(rawValue: name)
    }
  }

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard names.contains(name) else { return nil }
    if let result = try NumpyDTypeQueries.call(name, call) { return result }
    if let function = bitwiseFunction(name) {
      let (a, b) = try binaryUfuncOperands(name, call)
      return .tensor(try core { try Tensor.bitwise(function, a, b) })
    }
    switch name {
    case "invert", "bitwise_not", "bitwise_invert", "bitwise_count":
      let x = try unaryUfuncOperand(name, call)
      var result = try core { name == "bitwise_count" ? try x.bitwiseCount() : try x.inverted() }
      // A ufunc of a 0-d operand gives a NumPy scalar.
      if x.ndim == 0 { result.isScalar = true }
      return .tensor(result)
    default:
      return try NumpyMoreFunctions.call(name, call)
    }
  }

  /// The two operands of a binary ufunc call, with NumPy's messages for a wrong count and `out=`/`dtype=` refused.
  static func binaryUfuncOperands(_ name: String, _ call: CallArguments) throws(PythonError) -> (Tensor, Tensor) {
    try refuseUfuncKeywords(name, call, inputs: 2)
    return (try call.positional[0].toTensor(), try call.positional[1].toTensor())
  }

  /// The operand of a unary ufunc call.
  static func unaryUfuncOperand(_ name: String, _ call: CallArguments) throws(PythonError) -> Tensor {
    try refuseUfuncKeywords(name, call, inputs: 1)
    return try call.positional[0].toTensor()
  }

  /// NumPy's ufunc argument errors, and docbuild's refusal of the keywords it does not implement.
  private static func refuseUfuncKeywords(_ name: String, _ call: CallArguments, inputs: Int) throws(PythonError) {
    let count = call.positional.count
    if count < inputs || count > inputs + 1 {
      let takes = inputs == 1 ? "from 1 to 2" : "from 2 to 3"
      throw PythonError.type(
        "\(name)() takes \(takes) positional arguments but \(count) \(count == 1 ? "was" : "were") given")
    }
    if count > inputs, !call.positional[inputs].isNone {
      throw NumpyArrays.unsupported("np.\(name)'s out= is not supported in snippets")
    }
    for (keyword, value) in call.keywords {
      switch keyword {
      case "out" where value.isNone: continue
      case "out", "dtype", "where", "casting", "order", "subok", "signature":
        throw NumpyArrays.unsupported("np.\(name)'s \(keyword)= is not supported in snippets")
      default:
        throw PythonError.type("\(name)() got an unexpected keyword argument '\(keyword)'")
      }
    }
  }
}
