import TensorCore

/// `np.zeros`, `np.ones`, `np.full`, `np.linspace` and `np.logspace` with a string dtype (`dtype=str`, `'U5'`,
/// `'S3'`), as NumPy makes them: zeros are empty strings, ones `'1'`, a fill value its text, each cut to the dtype's
/// width (the flexible `str` is one character wide for these: NumPy's `np.empty(shape, str)` is `<U1`); linspace and
/// logspace compute their floats, then convert as `astype(str)` does (`'7.199999999999999'`, width 32).
enum TextDTypeCreation {
  /// Where each function takes `dtype` positionally.
  private static let dtypePositions = ["zeros": 1, "ones": 1, "full": 2, "linspace": 5, "logspace": 5]

  /// NumPy's result when `name` is one of these functions and its dtype a string dtype; nil otherwise.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard let position = dtypePositions[name] else { return nil }
    let given =
      call.keywords.first(where: { $0.name == "dtype" })?.value
      ?? (call.positional.count > position ? call.positional[position] : nil)
    guard let given, let dtype = TextDType.parse(given) else { return nil }
    if dtype.isBigEndian {
      throw StringArrays.refusal("np.\(name) with a big-endian string dtype")
    }
    switch name {
    case "zeros", "ones":
      let bound = try call.bind(["shape", "dtype", "order"], required: 1)
      try NumpyFunctions.requireCreationOrder(bound["order"], name)
      let shape = try bound.value("shape").toCreationShape()
      return filled(shape, with: name == "zeros" ? "" : "1", dtype)
    case "full":
      let bound = try call.bind(["shape", "fill_value", "dtype", "order"], required: 2)
      try NumpyFunctions.requireCreationOrder(bound["order"], name)
      let shape = try bound.value("shape").toCreationShape()
      return filled(shape, with: try fillText(bound.value("fill_value"), dtype), dtype)
    default:
      // The floats first (with NumPy's checks and errors), then `astype` of them.
      var numeric = call
      if let slot = numeric.keywords.firstIndex(where: { $0.name == "dtype" }) {
        numeric.keywords.remove(at: slot)
      } else {
        numeric.positional[position] = .none
      }
      guard case .tensor(let floats) = try NumpyFunctions.call(name, numeric) else {
        throw StringArrays.refusal("np.\(name)(..., retstep=True) with a string dtype")
      }
      return .textArray(try StringArrays.text(of: floats, dtype: dtype))
    }
  }

  /// An array of `shape` whose every element is `text` cut to the dtype's width (1 for the flexible one).
  private static func filled(_ shape: [Int], with text: String, _ dtype: TextDType) -> Value {
    let width = dtype.width == 0 ? 1 : dtype.width
    let element = TextArray.truncate(text, to: width)
    return .textArray(
      TextArray(
        Array(repeating: element, count: shape.reduce(1, *)), shape: shape,
        dtype: TextDType(isBytes: dtype.isBytes, width: width)))
  }

  /// The text NumPy stores for `np.full`'s fill value: a number's (or bool's) as `astype(str)` writes it, a str
  /// itself (into a str dtype; bytes and str mixed, arrays and other values are refused).
  private static func fillText(_ value: Value, _ dtype: TextDType) throws(PythonError) -> String {
    switch value {
    case .string(let text) where !dtype.isBytes: return text
    case .textScalar(let text, let isBytes) where isBytes == dtype.isBytes: return text
    case .int, .float, .bool:
      return try StringArrays.text(of: try value.toTensor(), dtype: TextDType(isBytes: false, width: 64)).elements[0]
    case .tensor(let tensor) where tensor.isScalar && !tensor.dtype.isComplex:
      return try StringArrays.text(of: tensor, dtype: TextDType(isBytes: false, width: 64)).elements[0]
    default:
      throw StringArrays.refusal("np.full with a fill value of type '\(value.typeName)' and a string dtype")
    }
  }
}
