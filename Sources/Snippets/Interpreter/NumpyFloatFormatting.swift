import TensorCore

/// `np.format_float_positional` and `np.format_float_scientific`: NumPy's Python wrapper's checks, then its C
/// argument parser's conversions, in their order, then Dragon4's text of one float.
enum NumpyFloatFormatting {
  /// Past this many requested digits or padding characters NumPy's 16,384-character Dragon4 buffer truncates the
  /// text (and docbuild would build a huge string), so larger values are refused.
  static let largestCount = 4_000

  /// `np.format_float_positional(x, ...)` (`positional`) or `np.format_float_scientific(x, ...)`.
  static func format(_ name: String, _ call: CallArguments) throws(PythonError) -> String {
    let positional = name == "format_float_positional"
    let parameters =
      positional
      ? ["x", "precision", "unique", "fractional", "trim", "sign", "pad_left", "pad_right", "min_digits"]
      : ["x", "precision", "unique", "trim", "sign", "pad_left", "exp_digits", "min_digits"]
    let bound = try call.bind(parameters, required: 1)
    // The Python wrapper: `_none_or_positive_arg` of each count (None is -1, `x < 0` a ValueError), then the
    // checks between them.
    let counts =
      positional
      ? ["precision", "pad_left", "pad_right", "min_digits"] : ["precision", "pad_left", "exp_digits", "min_digits"]
    var numbers: [String: Double] = [:]
    for count in counts {
      numbers[count] = try nonNegative(bound[count], count)
    }
    let precision = numbers["precision"] ?? -1
    let minDigits = numbers["min_digits"] ?? -1
    if positional, let fractional = bound.values["fractional"], !(try fractional.truthValue()), precision == 0 {
      throw PythonError.value("precision must be greater than 0 if fractional=False")
    }
    if minDigits > 0 && precision > 0 && minDigits > precision {
      throw PythonError.value("min_digits must be less than or equal to precision")
    }
    // The C parser converts every option after `x`, in the signature's order, to a C int (`trim` to its mode).
    var ints: [String: Int] = [:]
    var trim = "k"
    for parameter in parameters.dropFirst() {
      guard let given = bound.values[parameter] else { continue }
      if parameter == "trim" {
        guard case .string(let text) = given, FloatFormatting.isTrimLetter(text) else {
          let shown = given.str
          let padded = String(repeating: " ", count: max(100 - shown.count, 0)) + shown
          throw PythonError.type("if supplied, trim must be 'k', '.', '0' or '-' found `\(padded)`")
        }
        trim = text
      } else if !(counts.contains(parameter) && given.isNone) {
        ints[parameter] = try cInt(given)
      }
    }
    let unique = (ints["unique"] ?? 1) != 0
    if !unique && ints["precision"] == nil {
      throw PythonError.type("in non-unique mode `precision` must be supplied")
    }
    for count in counts where count != "exp_digits" && (ints[count] ?? 0) > largestCount {
      throw NumpyArrays.unsupported(
        "np.\(name)(..., \(count)=\(ints[count] ?? 0)) is not supported in snippets: give at most \(largestCount)")
    }
    let (value, float32, float16) = try floatValue(bound.value("x"))
    let sign = (ints["sign"] ?? 0) != 0
    if positional {
      return FloatFormatting.positional(
        value, precision: ints["precision"], unique: unique, fractional: (ints["fractional"] ?? 1) != 0, trim: trim,
        sign: sign, padLeft: ints["pad_left"], padRight: ints["pad_right"], minDigits: ints["min_digits"],
        float32: float32, float16: float16) ?? ""
    }
    return FloatFormatting.scientific(
      value, precision: ints["precision"], unique: unique, trim: trim, sign: sign, padLeft: ints["pad_left"],
      exponentDigits: ints["exp_digits"], minDigits: ints["min_digits"], float32: float32, float16: float16) ?? ""
  }

  /// NumPy's `_none_or_positive_arg`: nil for None, else the value compared with 0 as Python compares it.
  private static func nonNegative(_ value: Value?, _ name: String) throws(PythonError) -> Double? {
    guard let value else { return nil }
    let number: Double
    switch value {
    case .int(let int): number = Double(int)
    case .bool(let flag): number = flag ? 1 : 0
    case .float(let double): number = double
    case .bigInt(let big): number = big.compare(BigInt(0)) < 0 ? -1 : .infinity
    case .tensor(let tensor) where tensor.isScalar && !tensor.dtype.isComplex:
      number = tensor.doubles.first ?? 0
    case .string, .bytes, .list, .tuple, .dict, .set, .complex:
      throw PythonError.type("'<' not supported between instances of '\(value.typeName)' and 'int'")
    default:
      throw NumpyArrays.unsupported(
        "np.format_float_*(..., \(name)=) of a \(value.typeName) is not supported in snippets: give an int")
    }
    if number < 0 { throw PythonError.value("\(name) must be >= 0") }
    return number
  }

  /// NumPy's `PyArray_PythonPyIntFromInt`: a float is refused by name, anything else goes through `__index__` and
  /// must fit a C int.
  private static func cInt(_ value: Value) throws(PythonError) -> Int {
    // np.float64 is a Python float subclass, refused by the same check.
    if case .float = value { throw PythonError.type("integer argument expected, got float") }
    if case .tensor(let tensor) = value, tensor.isScalar, tensor.dtype == .float64 {
      throw PythonError.type("integer argument expected, got float")
    }
    if case .bigInt = value { throw PythonError("OverflowError", "Python int too large to convert to C long") }
    let int = try value.toInt()
    guard int >= Int(Int32.min), int <= Int(Int32.max) else {
      throw PythonError("OverflowError", "Python int too large to convert to C int")
    }
    return int
  }

  /// `x` as Dragon4 reads it: a NumPy float16, float32 or float64 scalar in its own format, anything else through
  /// Python's `float()` protocol (`PyFloat_AsDouble`) as a float64.
  private static func floatValue(_ x: Value) throws(PythonError) -> (Double, float32: Bool, float16: Bool) {
    switch x {
    case .tensor(let tensor) where tensor.isScalar && tensor.dtype.isFloat:
      return (tensor.doubles[0], tensor.dtype == .float32, tensor.dtype == .float16)
    case .float(let double): return (double, false, false)
    case .int, .bool, .bigInt:
      return (try PythonNumbers.double(x) ?? 0, false, false)
    case .tensor(let tensor):
      guard tensor.shape.isEmpty else {
        throw PythonError.type("only 0-dimensional arrays can be converted to Python scalars")
      }
      switch try core({ try tensor.item() }) {
      case .bool(let flag): return (flag ? 1 : 0, false, false)
      case .int(let int): return (try PythonNumbers.double(.pythonInt(int, of: tensor.dtype)) ?? 0, false, false)
      case .double(let double): return (double, false, false)
      case .complex(let complex):
        // A NumPy complex scalar's `__float__` gives its real part (with a ComplexWarning); a 0-d array's
        // converts through Python's complex, which has none.
        guard tensor.isScalar else {
          throw PythonError.type("float() argument must be a string or a real number, not 'complex'")
        }
        return (complex.real, false, false)
      }
    default:
      throw PythonError.type("must be real number, not \(x.typeName)")
    }
  }
}
