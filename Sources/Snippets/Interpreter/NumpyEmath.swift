import TensorCore

/// `np.emath` (NumPy's `numpy.lib.scimath`): `sqrt` and the logarithms of real arrays with negative elements, which
/// NumPy computes in complex numbers instead of returning NaN; other inputs go to the ordinary function.
enum NumpyEmath {
  /// The functions snippets offer.
  static let functions: Set<String> = ["sqrt", "log", "log2", "log10"]

  /// Calls `np.emath.name(x)`.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["x"], required: 1)
    var argument = bound.value("x")
    let array = try argument.toTensor()
    if !array.dtype.isComplex, array.doubles.contains(where: { $0 < 0 }) {
      // NumPy's `_tocomplex`: the single-precision and small integer types become complex64, the others complex128.
      let narrow: Set<DType> = [.float32, .int8, .int16, .uint8, .uint16]
      let target: DType = narrow.contains(array.dtype) ? .complex64 : .complex128
      let converted = try core { try array.astype(target) }
      argument = .tensor(converted)
    }
    var forwarded = call
    forwarded.function = name
    forwarded.positional = [argument]
    forwarded.keywords = []
    forwarded.positionalTexts = [call.positionalTexts.first ?? "x"]
    return try NumpyFunctions.call(name, forwarded)
  }
}
