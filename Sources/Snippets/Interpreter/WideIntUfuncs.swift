import TensorCore

/// NumPy's two-operand ufuncs called with a Python int past 63 bits (`np.maximum(x, 2**64)`, `np.arctan2(3, 2**63)`):
/// NumPy 2 reads the int for the loop the other operand chooses (NEP 50), as the answer47 probe
/// (`Fuzz/answer47_probe.py wide-ufuncs`) found: as a Python float where the loop is inexact (a float or complex
/// operand, or a ufunc with float loops only), as a uint64 beside uint64 values when it fits, and otherwise its C
/// long conversion fails. Snippets hold no such int in an array, so the call is rewritten with the int so converted.
enum WideIntUfuncs {
  /// Ufuncs whose loops are all inexact: an integer operand is cast to float16, float32 or float64 first.
  private static let floatLoops: Set<String> = [
    "divide", "true_divide", "arctan2", "hypot", "copysign", "logaddexp", "logaddexp2", "nextafter", "heaviside",
    "float_power",
  ]

  /// Ufuncs with integer and inexact loops.
  private static let mixedLoops: Set<String> = [
    "add", "subtract", "multiply", "floor_divide", "remainder", "mod", "fmod", "power", "maximum", "minimum", "fmax",
    "fmin", "divmod",
  ]

  /// Ufuncs with integer loops only (an inexact operand finds no loop: left to the refusal).
  private static let integerLoops: Set<String> = [
    "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "gcd", "lcm",
  ]

  /// The ufuncs above with complex loops.
  private static let complexLoops: Set<String> = [
    "add", "subtract", "multiply", "divide", "true_divide", "power", "float_power", "maximum", "minimum", "fmax",
    "fmin",
  ]

  /// `np.name(x1, x2)` with the Python int past 63 bits among two plain operands read as NumPy reads it, NumPy's
  /// OverflowError for one it cannot read, or nil when the call is another (left to the callee's refusal).
  static func converted(_ name: String, _ call: CallArguments) throws(PythonError) -> CallArguments? {
    guard name.hasPrefix("numpy."), call.keywords.isEmpty, call.positional.count == 2 else { return nil }
    let function = String(name.dropFirst("numpy.".count))
    let isFloatLoop = floatLoops.contains(function)
    guard
      isFloatLoop || mixedLoops.contains(function) || integerLoops.contains(function)
        || function.hasPrefix("logical_")
    else { return nil }
    guard call.positional.contains(where: { if case .bigInt = $0 { true } else { false } }) else { return nil }
    // The logical ufuncs read every Python int as a C long.
    if function.hasPrefix("logical_") { throw cLongOverflow }
    var converted = call
    for (index, operand) in call.positional.enumerated() {
      guard case .bigInt(let big) = operand else { continue }
      let other = call.positional[1 - index]
      guard let read = try operandRead(big, beside: other, isFloatLoop: isFloatLoop, function: function) else {
        return nil
      }
      converted.positional[index] = read
    }
    return converted
  }

  private static let cLongOverflow = PythonError("OverflowError", "Python int too large to convert to C long")

  /// What the ufunc's loop reads `big` as beside `other`; nil where snippets do not follow NumPy (a float16 or
  /// float32 loop, whose cast of the int overflows with a warning).
  private static func operandRead(_ big: BigInt, beside other: Value, isFloatLoop: Bool, function: String)
    throws(PythonError) -> Value?
  {
    func asFloat(loop: DType) throws(PythonError) -> Value? {
      guard let double = big.double else { throw PythonError("OverflowError", "int too large to convert to float") }
      if loop == .float16 { return nil }
      if loop == .float32 || loop == .complex64, double.magnitude > Double(Float.greatestFiniteMagnitude) {
        return nil
      }
      // An integer operand's float32 loop (a 16-bit integer beside a float-only ufunc) takes the int as a float32,
      // rounded through the double as NumPy does; a Python float there would make the loop float64.
      if loop == .float32, isFloatLoop, case .tensor(let array) = other, !array.dtype.isInexact {
        return .tensor(try core { try Tensor.array(.scalar(.double(double)), dtype: .float32).scalar })
      }
      return .float(double)
    }
    let isIntegerOnly = integerLoops.contains(function)
    // The bitwise ufuncs' TypeError for an inexact operand names no value either (gcd's and lcm's name the DTypes).
    if isIntegerOnly, !["gcd", "lcm"].contains(function), other.holdsInexactNumber { return .float(0) }
    // A complex operand of a ufunc without complex loops is NumPy's TypeError before the int is read: any float in
    // its place raises it, as that error names no value.
    if !complexLoops.contains(function), other.holdsComplexNumber { return .float(0) }
    switch other {
    case .float, .complex:
      return isIntegerOnly ? nil : try asFloat(loop: .float64)
    case .int, .bool, .bigInt:
      if isFloatLoop { return try asFloat(loop: .float64) }
      throw cLongOverflow
    case .list, .tuple:
      guard let array = try? other.toTensor() else { return nil }
      return try operandRead(big, beside: .tensor(array), isFloatLoop: isFloatLoop, function: function)
    case .tensor(let array) where !array.isPythonScalar:
      if array.dtype.isInexact {
        if isIntegerOnly { return nil }
        let loop: DType = function == "float_power" ? (array.dtype.isComplex ? .complex128 : .float64) : array.dtype
        return try asFloat(loop: loop)
      }
      if isFloatLoop {
        let loop: DType =
          switch array.dtype {
          case _ where ["float_power", "divide", "true_divide"].contains(function): .float64
          case .bool, .int8, .uint8: .float16
          case .int16, .uint16: .float32
          default: .float64
          }
        return try asFloat(loop: loop)
      }
      if array.dtype == .uint64, let unsigned = Value.unsignedOperand(.bigInt(big), beside: array) {
        return .tensor(unsigned)
      }
      throw Operators.bigIntConversionError(big, beside: array.dtype)
    default:
      return nil
    }
  }
}

extension Value {
  /// True for a Python float or complex, an inexact array or NumPy scalar, or a list or tuple holding one or nothing.
  fileprivate var holdsInexactNumber: Bool {
    switch self {
    case .float, .complex: true
    case .tensor(let array): array.dtype.isInexact
    case .list(let items), .tuple(let items): items.isEmpty || items.contains { $0.holdsInexactNumber }
    default: false
    }
  }

  /// True for a Python complex, a complex array or NumPy scalar, or a list or tuple holding one.
  fileprivate var holdsComplexNumber: Bool {
    switch self {
    case .complex: true
    case .tensor(let array): array.dtype.isComplex
    case .list(let items), .tuple(let items): items.contains { $0.holdsComplexNumber }
    default: false
    }
  }
}
