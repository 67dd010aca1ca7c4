import TensorCore

/// NumPy's questions about dtypes — `np.result_type`, `np.promote_types`, `np.can_cast`, `np.min_scalar_type`,
/// `np.common_type`, `np.typecodes` — answered from `DType`'s promotion and casting rules, with NEP 50's weak Python
/// scalars; and `np.format_float_positional` / `np.format_float_scientific`, NumPy's Dragon4 text of one float.
enum NumpyDTypeQueries {
  /// The names answered, callable as `np.name` (`typecodes` is a dict, answered by `member`).
  static let names: Set<String> = [
    "result_type", "promote_types", "can_cast", "min_scalar_type", "common_type", "format_float_positional",
    "format_float_scientific",
  ]

  /// `np.typecodes`, in NumPy's key order.
  static let typecodes: [(String, String)] = [
    ("Character", "c"), ("Integer", "bhilqnp"), ("UnsignedInteger", "BHILQNP"), ("Float", "efdg"),
    ("Complex", "FDG"), ("AllInteger", "bBhHiIlLqQnNpP"), ("AllFloat", "efdgFDG"), ("Datetime", "Mm"),
    ("All", "?bhilqnpBHILQNPefdgFDGSUVOMm"),
  ]

  /// `np.name` for the non-callable members of this file.
  static func member(_ name: String) -> Value? {
    guard name == "typecodes" else { return nil }
    return try? Value.makeDict(typecodes.map { (.string($0.0), .string($0.1)) })
  }

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard names.contains(name) else { return nil }
    switch name {
    case "result_type":
      try call.rejectKeywords()
      if call.positional.isEmpty { throw PythonError.value("at least one array or dtype is required") }
      return .dtype(try resultType(call.positional))
    case "promote_types":
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type(
          "promote_types() missing required positional argument \(min(call.positional.count, 1))")
      }
      return .dtype(DType.promoted(try dtypeLike(call.positional[0]), try dtypeLike(call.positional[1])))
    case "can_cast":
      let bound = try call.bind(["from_", "to", "casting"], required: 2)
      let from = bound.value("from_")
      switch from {
      case .int, .float, .complex, .bigInt:
        throw PythonError.type(
          "can_cast() does not support Python ints, floats, and complex because the result used to depend on the "
            + "value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.")
      default: break
      }
      // Casting rules do not tell a C long long from int64.
      let source = try operandDType(from, ignoringCLongLong: true)
      let target = try dtypeLike(bound.value("to"), ignoringCLongLong: true)
      var rule = "safe"
      if let given = bound["casting"] {
        let rules = ["no", "equiv", "safe", "same_kind", "unsafe"]
        guard case .string(let text) = given, rules.contains(text) else {
          throw PythonError.value(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got \(given.repr))")
        }
        rule = text
      }
      return .bool(DType.canCast(source, to: target, casting: rule))
    case "min_scalar_type":
      let value = try call.bind(["a"], required: 1).value("a")
      return .dtype(try minScalarType(value))
    case "common_type":
      try call.rejectKeywords()
      return .scalarType(try commonType(call.positional))
    default:
      return .string(try NumpyFloatFormatting.format(name, call))
    }
  }

  /// A dtype argument as `np.dtype` reads it (a dtype, a scalar type, a type code, `int`/`float`/...).
  private static func dtypeLike(_ value: Value, ignoringCLongLong: Bool = false) throws(PythonError) -> DType {
    if case .tensor(let tensor) = value, tensor.isScalar {
      throw PythonError.type("Cannot interpret '\(tensor.numpyRepr)' as a data type")
    }
    switch value {
    case .int, .float, .bool, .bigInt, .complex:
      throw PythonError.type("Cannot interpret '\(value.repr)' as a data type")
    // NumPy 2's codes for intp and uintp, which are int64 and uint64 on the 64-bit machines NumPy's fixtures use.
    case .string("n"): return .int64
    case .string("N"): return .uint64
    default: return ignoringCLongLong ? try value.toDTypeIgnoringCLongLong() : try value.toDType()
    }
  }

  /// The dtype of an array, NumPy scalar or dtype-like argument.
  private static func operandDType(_ value: Value, ignoringCLongLong: Bool = false) throws(PythonError) -> DType {
    switch value {
    case .tensor(let tensor): return tensor.dtype
    case .tuple(let items) where items.count != 2:
      // A tuple is a subarray dtype's (base, shape) pair.
      throw PythonError.type("Tuple must have size 2, but has size \(items.count)")
    case .list, .tuple:
      // NumPy reads a list as a structured dtype's fields; snippets have none.
      throw PythonError.type("Field elements must be 2- or 3-tuples, got '\(firstItem(value))'")
    default: return try dtypeLike(value, ignoringCLongLong: ignoringCLongLong)
    }
  }

  private static func firstItem(_ value: Value) -> String {
    switch value {
    case .list(let items), .tuple(let items): items.isEmpty ? "" : items[0].str
    default: value.str
    }
  }

  /// NEP 50: arrays, NumPy scalars and dtypes are strong; Python's int, float and complex are weak, and only raise
  /// the kind of the result (an int takes int64, a float float64, a complex the complex partner or complex128).
  static func resultType(_ operands: [Value]) throws(PythonError) -> DType {
    var strong: DType?
    var weakRank = 0
    for operand in operands {
      switch operand {
      case .int, .bigInt: weakRank = max(weakRank, 1)
      case .float: weakRank = max(weakRank, 2)
      case .complex: weakRank = max(weakRank, 3)
      case .bool: strong = strong.map { DType.promoted($0, .bool) } ?? .bool
      default:
        let dtype = try operandDType(operand)
        strong = strong.map { DType.promoted($0, dtype) } ?? dtype
      }
    }
    guard var result = strong else { return [.bool, .int64, .float64, .complex128][weakRank] }
    let rank = result == .bool ? 0 : result.isComplex ? 3 : result.isFloat ? 2 : 1
    if weakRank > rank {
      switch weakRank {
      case 1: result = .int64
      case 2: result = .float64
      default: result = result.isFloat ? result.complexPartner : .complex128
      }
    }
    return result
  }

  /// `np.min_scalar_type(a)`: the smallest dtype that holds a scalar's value (an array's own dtype otherwise).
  private static func minScalarType(_ value: Value) throws(PythonError) -> DType {
    var scalar = value
    if case .tensor(let tensor) = value {
      // A 0-d array is read by its value as a scalar is; other arrays keep their dtype.
      guard tensor.ndim == 0 else { return tensor.dtype }
      // NumPy narrows a scalar only below its own type: a float16 or complex64 stays, a float32 becomes float16
      // where its value fits (or is not finite), as its `min_scalar_type_num` reads each type.
      if tensor.dtype == .float16 || tensor.dtype == .complex64 { return tensor.dtype }
      if tensor.dtype == .float32, let number = tensor.doubles.first {
        return number.isFinite && number.magnitude >= 65_000 ? .float32 : .float16
      }
      scalar = try value.pythonNumber(for: "min_scalar_type")
    }
    switch scalar {
    case .bool: return .bool
    case .int(let int):
      let candidates: [DType] = int >= 0 ? [.uint8, .uint16, .uint32, .uint64] : [.int8, .int16, .int32, .int64]
      return candidates.first { Int64(int) >= $0.integerBounds.min && Int64(int) <= $0.integerBounds.max } ?? .int64
    case .bigInt(let big):
      // Above int64 (a Python int in a BigInt is outside it): uint64 up to 2**64 - 1.
      let uint64Max = BigInt(Int.max) * BigInt(2) + BigInt(1)
      if big.compare(BigInt(0)) > 0, big.compare(uint64Max) <= 0 { return .uint64 }
      throw NumpyArrays.unsupported(
        "np.min_scalar_type(\(value.repr)) is dtype('O') in NumPy, an object dtype snippets do not have")
    case .float(let double):
      // NumPy's bounds are the literals 65000 and 3.4e38 (not float32's largest value, 3.4028…e38).
      if double.isFinite, double.magnitude >= 65_000 { return double.magnitude < 3.4e38 ? .float32 : .float64 }
      return .float16
    case .complex(let complex):
      // Both parts strictly inside ±3.4e38 (an infinite or NaN part is not) narrow to complex64.
      let fits = [complex.real, complex.imag].allSatisfy { $0 > -3.4e38 && $0 < 3.4e38 }
      return fits ? .complex64 : .complex128
    default:
      throw NumpyArrays.unsupported(
        "np.min_scalar_type of \(value.typeName) is not supported in snippets (NumPy gives a string dtype)")
    }
  }

  /// `np.common_type(*arrays)`: float64 for integers, else the widest float precision (float16 with no arrays),
  /// complex if any is complex.
  private static func commonType(_ arrays: [Value]) throws(PythonError) -> DType {
    var isComplex = false
    // NumPy's precision ranks: 0 half, 1 single, 2 double.
    var precision = 0
    for array in arrays {
      let dtype = try array.toTensor().dtype
      if dtype == .bool { throw PythonError.type("can't get common type for non-numeric array") }
      if dtype.isComplex { isComplex = true }
      let rank =
        dtype.isInteger || dtype == .float64 || dtype == .complex128 ? 2 : dtype == .float16 ? 0 : 1
      precision = max(precision, rank)
    }
    if isComplex { return precision == 2 ? .complex128 : .complex64 }
    return [DType.float16, .float32, .float64][precision]
  }
}
