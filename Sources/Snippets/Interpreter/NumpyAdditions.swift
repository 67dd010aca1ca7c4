import TensorCore

/// The NumPy functions of issue 10's fourth round that are not in `np.linalg`: `einsum`, and (in their own files)
/// the statistics and searching functions and the ufunc methods. One entry point, so `Builtins` lists them once.
enum NumpyAdditions {
  /// The names answered, callable as `np.name` or plain `name`.
  static let names: Set<String> = Set(["einsum"]).union(NumpyStatistics.names)

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard names.contains(name) || name.contains(".") else { return nil }
    try refuseComplex(call, "np.\(name)")
    switch name {
    case "einsum": return try einsum(call)
    default:
      if let result = try NumpyUfuncMethods.call(name, call) { return result }
      return try NumpyStatistics.call(name, call)
    }
  }

  /// Refuses complex arguments: these functions compute on real values, and would otherwise drop imaginary parts.
  static func refuseComplex(_ call: CallArguments, _ function: String) throws(PythonError) {
    func isComplex(_ value: Value) -> Bool {
      switch value {
      case .complex: return true
      case .tensor(let tensor): return tensor.dtype.isComplex
      case .list(let items), .tuple(let items): return items.contains(where: isComplex)
      default: return false
      }
    }
    if call.positional.contains(where: isComplex) || call.keywords.contains(where: { isComplex($0.value) }) {
      throw NumpyArrays.unsupported("\(function) of complex values is not supported in snippets")
    }
  }

  /// `np.einsum(subscripts, *operands, optimize=False)`.
  private static func einsum(_ call: CallArguments) throws(PythonError) -> Value {
    guard case .string(let subscripts)? = call.positional.first else {
      if call.positional.isEmpty {
        throw PythonError.type("einsum() missing 1 required positional argument: 'subscripts'")
      }
      throw NumpyArrays.unsupported(
        "np.einsum's interleaved form (operand, sublist, ...) is not supported in snippets: use a subscripts string")
    }
    var operands: [Tensor] = []
    for value in call.positional.dropFirst() { operands.append(try value.toTensor()) }
    for (name, value) in call.keywords {
      guard name == "optimize" else {
        throw NumpyArrays.unsupported("np.einsum's \(name)= is not supported in snippets")
      }
      // NumPy contracts through BLAS (tensordot) when optimizing two or more operands: other bits.
      if operands.count > 1, try value.truthValue() {
        throw NumpyArrays.unsupported(
          "np.einsum with optimize=\(value.repr) and several operands is not supported in snippets: NumPy then "
            + "contracts pairs through BLAS in an order docbuild does not reproduce; leave optimize=False")
      }
    }
    return .tensor(try core { try Tensor.einsum(subscripts, operands) })
  }
}
