import TensorCore

/// `np.emath` (NumPy's `numpy.lib.scimath`): the functions whose real arguments outside the real function's domain
/// NumPy computes in complex numbers instead of returning NaN; other inputs go to the ordinary function. Each
/// argument is an array first (`asarray`), as NumPy's, so a Python number is no weak scalar here.
enum NumpyEmath {
  /// The functions snippets offer.
  static let functions: Set<String> = [
    "sqrt", "log", "log2", "log10", "logn", "power", "arccos", "arcsin", "arctanh",
  ]

  /// Calls `np.emath.name(...)`.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "power":
      let bound = try call.bind(["x", "p"], required: 2)
      let x = try realBelowZeroToComplex(bound.value("x"))
      let p = try integerBelowZeroToFloat(bound.value("p"))
      return try forward("power", [x, p], call, texts: ["x", "p"])
    case "logn":
      let bound = try call.bind(["n", "x"], required: 2)
      let x = try realBelowZeroToComplex(bound.value("x"))
      let n = try realBelowZeroToComplex(bound.value("n"))
      let numerator = try forward("log", [x], call, texts: ["x"])
      let denominator = try forward("log", [n], call, texts: ["n"])
      return try forward("divide", [numerator, denominator], call, texts: ["x", "n"])
    case "arccos", "arcsin", "arctanh":
      let x = try call.bind(["x"], required: 1).value("x")
      return try forward(name, [try toComplex(x, where: { Swift.abs($0) > 1 })], call, texts: ["x"])
    default:
      let x = try call.bind(["x"], required: 1).value("x")
      return try forward(name, [try realBelowZeroToComplex(x)], call, texts: ["x"])
    }
  }

  /// `np.NAME(arguments)` as NumPy's ufunc is called on them.
  private static func forward(_ name: String, _ arguments: [Value], _ call: CallArguments, texts: [String])
    throws(PythonError) -> Value
  {
    var forwarded = call
    forwarded.function = name
    forwarded.positional = arguments
    forwarded.keywords = []
    forwarded.positionalTexts = texts.enumerated().map { index, text in
      index < call.positionalTexts.count ? call.positionalTexts[index] : text
    }
    return try NumpyFunctions.call(name, forwarded)
  }

  /// NumPy's `asarray(x)`: a Python number becomes an array of its default dtype (no weak scalar).
  private static func array(_ value: Value) throws(PythonError) -> Tensor {
    var array = try value.toTensor()
    array.isPythonScalar = false
    return array
  }

  /// An argument NumPy's fix leaves alone: an array as it was given (what autograd traces stays traced), anything
  /// else as `asarray` made it.
  private static func unchanged(_ value: Value, _ array: Tensor) -> Value {
    if case .tensor = value { return value }
    return .tensor(array)
  }

  /// NumPy's `_fix_real_lt_zero`: an array with a real element below zero in complex numbers.
  private static func realBelowZeroToComplex(_ value: Value) throws(PythonError) -> Value {
    try toComplex(value, where: { $0 < 0 })
  }

  /// `asarray(x)`, converted by NumPy's `_tocomplex` when a real element meets `test` (a complex array's elements are
  /// real where their imaginary part is 0: NumPy's `isreal`; converting it again changes nothing).
  private static func toComplex(_ value: Value, where test: (Double) -> Bool) throws(PythonError) -> Value {
    let x = try array(value)
    guard !x.dtype.isComplex, x.doubles.contains(where: test) else { return unchanged(value, x) }
    // NumPy's `_tocomplex`: the single-precision and small integer types become complex64, the others complex128.
    let narrow: Set<DType> = [.float32, .int8, .int16, .uint8, .uint16]
    let target: DType = narrow.contains(x.dtype) ? .complex64 : .complex128
    return .tensor(try core { try x.astype(target) })
  }

  /// NumPy's `_fix_int_lt_zero`: an array with a real element below zero times 1.0 (integers become float64).
  private static func integerBelowZeroToFloat(_ value: Value) throws(PythonError) -> Value {
    let p = try array(value)
    guard !p.dtype.isComplex, p.doubles.contains(where: { $0 < 0 }) else { return unchanged(value, p) }
    if p.dtype.isFloat { return unchanged(value, p) }
    return .tensor(try core { try p.astype(.float64) })
  }
}
