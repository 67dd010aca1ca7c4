import TensorCore

/// `np.binary_repr` and `np.base_repr`, the integer-to-text functions of NumPy's `numeric.py`, step by step as NumPy
/// 2.4 writes them (Kyubyong's NumPy exercises use both), and `np.array_str(a, ...)` / `np.array_repr(a, ...)`, an
/// array's `str` and `repr` under array2string's options.
enum NumpyReprFunctions {
  /// The names answered, callable as `np.name`.
  static let names: Set<String> = ["binary_repr", "base_repr", "array_str", "array_repr"]

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "binary_repr":
      let bound = try call.bind(["num", "width"], required: 1)
      let number = try integer(bound.value("num"), exact: true)
      // NumPy compares the width as given (a NaN is never smaller, so no padding) and names it by its repr.
      var width: Int?
      let given = bound["width"]
      switch given {
      case nil, .none?: width = nil
      case .float(let value)? where value.isNaN: width = nil
      case .tensor(let tensor)? where tensor.ndim == 0 && (tensor.dtype.isInteger || tensor.dtype == .bool):
        width = Int(tensor.doubles[0])
      case .bool(let flag)?: width = flag ? 1 : 0
      default: width = try given!.toInt()
      }
      do {
        return .string(try binaryRepr(number, width: width))
      } catch {
        guard let given, error.message.hasPrefix("Insufficient bit width=") else { throw error }
        let rest = error.message.range(of: " provided").map { String(error.message[$0.lowerBound...]) } ?? ""
        throw PythonError.value("Insufficient bit width=\(given.repr)" + rest)
      }
    case "array_str":
      // `array2string(a, max_line_width, precision, suppress_small, ' ', "")`: the text `print(a)` shows under those
      // options; a 0-d array's is its scalar's str, which no option but the legacy mode changes (and which NumPy
      // gives without checking the options).
      let bound = try call.bind(["a", "max_line_width", "precision", "suppress_small"], required: 1)
      let given = bound.value("a")
      if let missing = try missingArrayAttribute(given, "shape", of: "array_str") { throw missing }
      guard case .tensor(var array) = given else {
        throw NumpyArrays.unsupported("np.array_str of a \(given.typeName) is not supported in snippets")
      }
      if array.isScalar {
        // NumPy's str of a 0-d array indexes it with `ndarray.__getitem__`, which a NumPy scalar is not; 1.13's mode
        // gives its item's str first.
        if PrintOptions.active.isLegacy113 {
          array.isScalar = false
          return .string(try Value.tensor(array).pythonNumber(for: "str").str)
        }
        throw PythonError.type(
          "descriptor '__getitem__' requires a 'numpy.ndarray' object but received a '\(given.typeName)'")
      }
      if array.ndim == 0 {
        if let refusal = array.shownDigitsRefusal() { throw PythonError(refusal) }
        if PrintOptions.active.isLegacy113 { return .string(try Value.tensor(array).pythonNumber(for: "str").str) }
        array.isScalar = true
        return .string(Value.tensor(array).str)
      }
      var forwarded = call
      forwarded.function = "array2string"
      return try NumpyPrintOptions.arrayToString(forwarded)
    case "array_repr":
      // NumPy's `_array_repr_implementation` for an ndarray: `array(` + array2string with these options and the
      // suffix `)` + the dtype and shape when needed, placed by the given line width, which is repr(arr) under them.
      let bound = try call.bind(["arr", "max_line_width", "precision", "suppress_small"], required: 1)
      let given = bound.value("arr")
      if PrintOptions.active.isLegacy113, let missing = try missingArrayAttribute(given, "shape", of: "array_repr") {
        throw missing
      }
      if let missing = try missingArrayAttribute(given, "size", of: "array_repr") {
        // array2string checks its options before it reads the array's size.
        if let precision = bound["precision"], !precision.isNone, (try? precision.toInt()) == nil {
          throw PythonError.type("precision must be an integer")
        }
        throw missing
      }
      guard case .tensor(var array) = given else {
        throw NumpyArrays.unsupported("np.array_repr of a \(given.typeName) is not supported in snippets")
      }
      if let refusal = array.shownDigitsRefusal() { throw PythonError(refusal) }
      // A NumPy scalar's repr here is its 0-d array's, named by its type (`float64(1.5)`), as for an array subclass.
      let className = array.isScalar ? String(given.typeName.dropFirst("numpy.".count)) : "array"
      if array.isScalar && PrintOptions.active.isLegacy113 {
        // 1.13's mode writes the item's Python repr and the dtype unless it is int64, float64 or complex128.
        array.isScalar = false
        let item = try Value.tensor(array).pythonNumber(for: "repr").repr
        let implied: Set<DType> = [.int64, .float64, .complex128]
        return .string(
          "\(className)(\(item)" + (implied.contains(array.dtype) ? "" : ", dtype=\(array.dtype.rawValue)") + ")")
      }
      array.isScalar = false
      let shown = array
      // The repr keeps the closing parenthesis's width free itself.
      return try NumpyPrintOptions.withArrayOptions(bound, of: shown, suffix: "") { () throws(PythonError) in
        // Under the call's own options too: a precision of 12 or more shows digits LAPACK's rounding decides.
        if let refusal = shown.shownDigitsRefusal() { throw PythonError(refusal) }
        return .string(
          try core { try shown.numpyText(repr: true, limit: Interpreter.printLimit, className: className) })
      }
    case "base_repr":
      let bound = try call.bind(["number", "base", "padding"], required: 1)
      let number = try integer(bound.value("number"), exact: false)
      let base = try bound["base"]?.toInt() ?? 2
      let padding = try bound["padding"]?.toInt() ?? 0
      return .string(try baseRepr(number, base: base, padding: padding))
    default:
      return nil
    }
  }

  /// The AttributeError NumPy's text functions meet reading `attribute` (`shape`, `size`) of a Python value that is
  /// no array (`np.array_str([1, 2])`); nil for a NumPy value. Objects of snippet classes, which may have the
  /// attribute, are refused.
  private static func missingArrayAttribute(_ value: Value, _ attribute: String, of function: String)
    throws(PythonError)
    -> PythonError?
  {
    switch value {
    case .int, .bigInt, .float, .bool, .complex, .string, .bytes, .none, .list, .tuple, .dict, .set, .range:
      return PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(attribute)'")
    case .tensor: return nil
    default:
      throw NumpyArrays.unsupported("np.\(function) of a \(value.typeName) is not supported in snippets")
    }
  }

  /// `operator.index(value)` (exact) or `int(value)`, within Int's range.
  private static func integer(_ value: Value, exact: Bool) throws(PythonError) -> Int {
    switch value {
    case .float(let double) where !exact:
      guard double.isFinite else {
        throw PythonError(
          double.isNaN ? "ValueError" : "OverflowError",
          double.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
      }
      guard abs(double) < 9.2e18 else { throw NumpyArrays.unsupported("np.base_repr of a number this large") }
      return Int(double)
    case .bigInt: throw NumpyArrays.unsupported("np.binary_repr and np.base_repr of an int beyond 64 bits")
    default: return try value.toInt()
    }
  }

  /// Guards the text's length: `width` and `padding` are the caller's.
  private static func checkLength(_ count: Int) throws(PythonError) {
    if count > maxElementCount {
      throw PythonError.limit("a str may hold at most \(maxElementCount) characters", type: "MemoryError")
    }
  }

  static func binaryRepr(_ number: Int, width: Int?) throws(PythonError) -> String {
    func checkWidth(_ binaryWidth: Int) throws(PythonError) {
      if let width, width < binaryWidth {
        throw PythonError.value("Insufficient bit width=\(width) provided for binwidth=\(binaryWidth)")
      }
    }
    if number == 0 {
      let count = width.map { $0 == 0 ? 1 : $0 } ?? 1
      try checkLength(count)
      return String(repeating: "0", count: Swift.max(count, 0))
    }
    if number > 0 {
      let binary = String(number, radix: 2)
      let outWidth = width.map { Swift.max(binary.count, $0) } ?? binary.count
      try checkWidth(binary.count)
      try checkLength(outWidth)
      return String(repeating: "0", count: outWidth - binary.count) + binary
    }
    let magnitude = number.magnitude
    guard let width else { return "-" + String(magnitude, radix: 2) }
    var positiveWidth = String(magnitude, radix: 2).count
    if positiveWidth >= 1, UInt(1) << (positiveWidth - 1) == magnitude { positiveWidth -= 1 }
    guard positiveWidth + 1 < 64 else { throw NumpyArrays.unsupported("np.binary_repr of a number this large") }
    let twosComplement = (1 << (positiveWidth + 1)) + number
    let binary = String(twosComplement, radix: 2)
    let outWidth = Swift.max(binary.count, width)
    try checkWidth(binary.count)
    try checkLength(outWidth)
    return String(repeating: "1", count: outWidth - binary.count) + binary
  }

  static func baseRepr(_ number: Int, base: Int, padding: Int) throws(PythonError) -> String {
    let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if base > digits.count { throw PythonError.value("Bases greater than 36 not handled in base_repr.") }
    if base < 2 { throw PythonError.value("Bases less than 2 not handled in base_repr.") }
    var rest = number.magnitude
    var reversed: [Character] = []
    while rest != 0 {
      reversed.append(digits[Int(rest % UInt(base))])
      rest /= UInt(base)
    }
    if padding > 0 {
      try checkLength(padding)
      reversed += Array(repeating: "0", count: padding)
    }
    if number < 0 { reversed.append("-") }
    // NumPy appends `'0' * padding` even for a padding below 0 (an empty str), so its `res or '0'` keeps the
    // empty digits of a zero: `np.base_repr(0, padding=-1)` is ''.
    return reversed.isEmpty && padding == 0 ? "0" : String(reversed.reversed())
  }
}

extension Interpreter {
  /// `np.asanyarray(a, ...)`: `np.asarray`, but an array of a subclass (a record array, a masked array) is returned
  /// itself when nothing asks for another dtype, order or a copy.
  mutating func anyArray(_ call: CallArguments) throws(PythonError) -> Value {
    var forwarded = call
    forwarded.function = "asanyarray"
    if let first = call.positional.first, first.isArraySubclass {
      guard call.positional.count == 1, call.keywords.isEmpty else {
        throw NumpyArrays.unsupported(
          "np.asanyarray of a \(first.typeName) with other arguments is not supported in snippets")
      }
      return first
    }
    return try callFunction("numpy.asarray", forwarded)
  }
}

extension Value {
  /// True for a NumPy record array or masked array, the subclasses of ndarray snippets have.
  fileprivate var isArraySubclass: Bool {
    switch self {
    case .structArray(let array): array.isRecord
    case .object: typeName == "MaskedArray"
    default: false
    }
  }
}
