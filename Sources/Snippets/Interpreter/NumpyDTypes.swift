import TensorCore

/// NumPy's dtype objects as the language offers them: `np.dtype('f4')` and the attributes of `x.dtype`.
enum NumpyDTypes {
  /// The names this file answers as `np.name`.
  static let names: Set<String> = Set(["dtype", "iinfo", "finfo"]).union(NumpyComplex.names)

  /// Calls `np.name(...)`, or nil when the name is not one of this file's.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    if let result = try NumpyComplex.call(name, call) { return result }
    if name == "iinfo" || name == "finfo" { return try machineLimits(name, call) }
    if isUnsupportedType(name) { throw unsupportedType(name) }
    guard name == "dtype" else { return nil }
    let bound = try call.bind(["dtype"], required: 1)
    let value = bound.value("dtype")
    if let text = TextDType.parse(value) { return .textDType(text) }
    // A NumPy scalar is read as its type: `np.dtype(np.float32(1))` is dtype('float32').
    if case .tensor(let tensor) = value, tensor.isScalar, !tensor.isPythonScalar { return .dtype(tensor.dtype) }
    return .dtype(try value.toDType())
  }

  /// docbuild's refusal of a NumPy feature it does not have.
  static func unsupported(_ message: String) -> PythonError {
    var error = PythonError("NotImplementedError", message)
    error.isLimit = true
    return error
  }

  /// True for `np.float16`, `np.complex128` and the other scalar types of dtypes docbuild does not have.
  static func isUnsupportedType(_ name: String) -> Bool {
    DType(numpyName: name) == nil && DType.isUnsupportedNumpyName(name) && name.count > 2 && name != "void"
  }

  /// The refusal for a dtype docbuild does not have, used or echoed.
  static func unsupportedType(_ name: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "np.\(name) is not supported in snippets (they have bool, int8 to int64, uint8 to uint64, float16, float32, "
        + "float64, complex64 and complex128)")
    error.isLimit = true
    return error
  }

  /// `astype(..., casting=rule)`: NumPy's TypeError when the rule forbids the cast (of a `scalar` for a 0-d
  /// receiver, as NumPy words it).
  static func checkCasting(_ rule: Value, from: DType, to: DType, scalar: Bool = false) throws(PythonError) {
    let rules = ["no", "equiv", "safe", "same_kind", "unsafe"]
    guard case .string(let name) = rule, rules.contains(name) else {
      if case .string("same_value") = rule {
        var error = PythonError("NotImplementedError", "casting='same_value' is not supported in snippets")
        error.isLimit = true
        throw error
      }
      guard case .string(let name) = rule else {
        throw PythonError.type("casting must be str, not \(rule.typeName)")
      }
      throw PythonError.value(
        "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got \(Value.quote(name)))")
    }
    if !DType.canCast(from, to: to, casting: name) {
      throw PythonError.type(
        "Cannot cast \(scalar ? "scalar" : "array data") from dtype('\(from.rawValue)') to dtype('\(to.rawValue)') "
          + "according to the rule '\(name)'")
    }
  }

  /// `dtype.name`, `.itemsize`, `.kind`, `.char`, `.str`, `.type`, or nil for an attribute NumPy's dtype lacks here.
  static func attribute(_ name: String, of dtype: DType) -> Value? {
    switch name {
    case "name": .string(dtype.rawValue)
    case "itemsize", "alignment": .int(dtype.itemsize)
    case "kind": .string(String(dtype.kind))
    case "char": .string(String(dtype.character))
    case "str": .string(dtype.typeString)
    case "type": .scalarType(dtype)
    case "ndim": .int(0)
    case "shape": .tuple(ValueList([]))
    // Not a structured dtype: what `numpy.lib.recfunctions` and NumPy's own code test first.
    case "names", "fields": Value.none
    case "isalignedstruct": .bool(false)
    case "byteorder": ByteOrder.mark(itemsize: dtype.itemsize)
    case "isnative": .bool(true)
    default: nil
    }
  }

  /// `np.iinfo(type)` and `np.finfo(type)`, with NumPy's errors for the wrong kind of type.
  private static func machineLimits(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let parameter = name == "iinfo" ? "int_type" : "dtype"
    let argument = try call.bind([parameter], required: 1).value(parameter)
    var dtype: DType?
    var code = "O"
    switch argument {
    case .tensor(let tensor) where tensor.isScalar: dtype = tensor.dtype
    case .tensor: dtype = nil
    case .string(let text):
      dtype = DType(numpyName: text)
      code = "U"
    default: dtype = try? argument.toDTypeIgnoringCLongLong()
    }
    if name == "iinfo" {
      guard let dtype, dtype.isInteger else {
        throw PythonError.value("Invalid integer data type '\(dtype.map { String($0.kind) } ?? code)'.")
      }
      return .machineLimits(dtype)
    }
    guard let dtype else { throw PythonError.value("data type \(try argumentTypeText(argument)) not inexact") }
    // A complex dtype's limits are those of its parts.
    if dtype.isComplex { return .machineLimits(dtype.complexPartner) }
    guard dtype.isFloat else {
      // NumPy names the scalar class, which for a C long long is no int64.
      let spelling = argument.cLongLongSpelling
      let scalarClass = spelling == nil ? dtype.rawValue : dtype.isUnsigned ? "ulonglong" : "longlong"
      throw PythonError.value("data type <class 'numpy.\(scalarClass)'> not inexact")
    }
    return .machineLimits(dtype)
  }

  private static func argumentTypeText(_ value: Value) throws(PythonError) -> String {
    if case .tensor = value { return "<class 'numpy.ndarray'>" }
    throw PythonError.type("Cannot interpret '\(value.repr)' as a data type")
  }

  /// The float constants of `np.finfo`: IEEE binary16, binary32 or binary64.
  private struct FloatLimits {
    let precision: Int
    let machep: Int
    let minexp: Int
    let maxexp: Int
    let nexp: Int
    let nmant: Int

    init(_ dtype: DType) {
      if dtype == .float16 {
        (precision, machep, minexp, maxexp, nexp, nmant) = (3, -10, -14, 16, 5, 10)
      } else if dtype == .float32 {
        (precision, machep, minexp, maxexp, nexp, nmant) = (6, -23, -126, 128, 8, 23)
      } else {
        (precision, machep, minexp, maxexp, nexp, nmant) = (15, -52, -1022, 1024, 11, 52)
      }
    }
  }

  /// A NumPy scalar of a float dtype holding `value` (exactly representable in it).
  private static func float(_ value: Double, _ dtype: DType) -> Tensor {
    (try? Tensor.array(.scalar(.double(value)), dtype: dtype).scalar) ?? Tensor(value)
  }

  /// `np.finfo(t).eps` and the rest: exact powers of two and the largest finite value of the dtype.
  private static func floatLimit(_ name: String, _ dtype: DType) -> Tensor? {
    let limits = FloatLimits(dtype)
    func power(_ exponent: Int) -> Double { Double(sign: .plus, exponent: exponent, significand: 1) }
    let largest =
      dtype == .float16
      ? Double(Float16.greatestFiniteMagnitude)
      : dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
    switch name {
    case "eps": return float(power(limits.machep), dtype)
    case "epsneg": return float(power(limits.machep - 1), dtype)
    case "max": return float(largest, dtype)
    case "min": return float(-largest, dtype)
    case "tiny", "smallest_normal": return float(power(limits.minexp), dtype)
    case "smallest_subnormal": return float(power(limits.minexp - limits.nmant), dtype)
    // 10**-precision, rounded to the dtype.
    case "resolution":
      return float(
        dtype == .float16 ? HalfPrecision.rounded(1e-3) : dtype == .float32 ? Double(Float(1e-6)) : 1e-15, dtype)
    default: return nil
    }
  }

  /// An attribute of `np.iinfo(t)` or `np.finfo(t)`.
  static func limit(_ name: String, of dtype: DType) -> Value? {
    if name == "dtype" { return .dtype(dtype) }
    if name == "bits" { return .int(dtype.bits) }
    if name == "kind" { return .string(String(dtype.kind)) }
    if dtype.isInteger {
      let bounds = dtype.integerBounds
      switch name {
      case "min": return .int(Int(bounds.min) * (dtype == .uint64 ? 0 : 1))
      case "max":
        // 2^64 - 1 = 2 * Int.max + 1.
        return dtype == .uint64 ? .bigInt(BigInt(Int.max) + BigInt(Int.max) + BigInt(1)) : .int(Int(bounds.max))
      default: return nil
      }
    }
    let limits = FloatLimits(dtype)
    switch name {
    case "precision": return .int(limits.precision)
    case "machep": return .int(limits.machep)
    case "negep": return .int(limits.machep - 1)
    case "minexp": return .int(limits.minexp)
    case "maxexp": return .int(limits.maxexp)
    case "nexp", "iexp": return .int(limits.nexp)
    case "nmant": return .int(limits.nmant)
    default: return floatLimit(name, dtype).map { .tensor($0) }
    }
  }

  /// `repr(np.iinfo(t))`, `repr(np.finfo(t))`.
  static func limitsRepr(_ dtype: DType) -> String {
    if dtype.isInteger {
      let high = limit("max", of: dtype)?.repr ?? ""
      return "iinfo(min=\(limit("min", of: dtype)?.repr ?? ""), max=\(high), dtype=\(dtype.rawValue))"
    }
    // NumPy formats float16's limits with '%12.5e' (float32's '%15.7e' and float64's '%24.16e' give the str).
    let largest = dtype == .float16 ? "6.55040e+04" : floatText("max", dtype)
    return
      "finfo(resolution=\(floatText("resolution", dtype)), min=-\(largest), max=\(largest), dtype=\(dtype.rawValue))"
  }

  private static func floatText(_ name: String, _ dtype: DType) -> String {
    floatLimit(name, dtype)?.numpyStr ?? ""
  }

  /// `str(np.iinfo(t))`, `str(np.finfo(t))`: NumPy's table of machine parameters.
  static func limitsStr(_ dtype: DType) -> String {
    let rule = String(repeating: "-", count: 63)
    if dtype.isInteger {
      return "Machine parameters for \(dtype.rawValue)\n\(rule)\nmin = \(limit("min", of: dtype)?.repr ?? "")\n"
        + "max = \(limit("max", of: dtype)?.repr ?? "")\n\(rule)\n"
    }
    let limits = FloatLimits(dtype)
    return [
      "Machine parameters for \(dtype.rawValue)", rule,
      "precision = \(limits.precision)   resolution = \(floatText("resolution", dtype))",
      "machep = \(limits.machep)   eps =        \(floatText("eps", dtype))",
      "negep =  \(limits.machep - 1)   epsneg =     \(floatText("epsneg", dtype))",
      "minexp = \(limits.minexp)   tiny =       \(floatText("tiny", dtype))",
      "maxexp = \(limits.maxexp)   max =        \(floatText("max", dtype))",
      "nexp =   \(limits.nexp)   min =        -max",
      "smallest_normal = \(floatText("smallest_normal", dtype))   smallest_subnormal = "
        + floatText("smallest_subnormal", dtype), rule, "",
    ].joined(separator: "\n")
  }
}
