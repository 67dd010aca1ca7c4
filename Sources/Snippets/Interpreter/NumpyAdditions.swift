import TensorCore

/// The NumPy functions of issue 10's fourth round that are not in `np.linalg`: `einsum`, and (in their own files)
/// the statistics and searching functions and the ufunc methods. One entry point, so `Builtins` lists them once.
enum NumpyAdditions {
  /// The names answered, callable as `np.name` or plain `name`.
  static let names: Set<String> = Set(["einsum"]).union(NumpyStatistics.names)

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "einsum": return try einsum(call)
    default: return try NumpyStatistics.call(name, call)
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
