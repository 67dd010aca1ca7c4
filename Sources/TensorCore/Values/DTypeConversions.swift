/// NumPy's element conversions between dtypes: integers wrap to their width, float32 and float16 round to nearest.
extension DType {
  /// `value`, kept in int64 storage, wrapped to this integer dtype's width as NumPy's C casts do (uint64 keeps the
  /// bit pattern).
  @inline(__always)
  func wrapping(_ value: Int64) -> Int64 {
    switch self {
    case .int8: Int64(Int8(truncatingIfNeeded: value))
    case .int16: Int64(Int16(truncatingIfNeeded: value))
    case .int32: Int64(Int32(truncatingIfNeeded: value))
    case .uint8: Int64(UInt8(truncatingIfNeeded: value))
    case .uint16: Int64(UInt16(truncatingIfNeeded: value))
    case .uint32: Int64(UInt32(truncatingIfNeeded: value))
    case .bool: value != 0 ? 1 : 0
    default: value
    }
  }

  /// True when `value` (an exact integer) lies in this integer dtype's range; NumPy 2 refuses to store a Python
  /// integer outside it.
  func holds(_ value: Int64, isUnsignedBits: Bool = false) -> Bool {
    if self == .uint64 { return isUnsignedBits || value >= 0 }
    if isUnsignedBits && value < 0 { return false }
    let bounds = integerBounds
    return value >= bounds.min && value <= bounds.max
  }
}

extension Tensor {
  /// The same values stored as `dtype`, wrapped or rounded to it; `dtype` must belong to the storage class.
  func tagged(_ dtype: DType) -> Tensor {
    var result = self
    if dtype.storageClass != storageClass { return result }
    // Narrow values are never tracked by autodiff: a float32 leaves the graph.
    if dtype.isNarrow && node != nil { result = Tensor(shape: shape, storage: storage, isScalar: isScalar, node: nil) }
    if dtype.isNarrow {
      switch result.storage {
      case .int64(let values) where dtype != .uint64:
        result.storage = .int64(values.map(dtype.wrapping))
      case .float64(let values) where dtype == .float32:
        result.storage = .float64(values.map { Double(Float($0)) })
      case .float64(let values) where dtype == .float16:
        result.storage = .float64(values.map(HalfPrecision.rounded))
      case .complex128(let values) where dtype == .complex64:
        result.storage = .complex128(values.map(\.roundedToComplex64))
      default: break
      }
    }
    result.narrowType = dtype.isNarrow ? dtype : nil
    return result
  }

  /// The elements converted to int64 (complex values by their real part, floats truncated toward zero, NaN and infinities to Int64.min, as NumPy does on
  /// x86); uint64 values keep their bit pattern.
  var int64s: [Int64] {
    switch storage {
    case .int64(let values): values
    case .bool(let values): values.map { $0 ? 1 : 0 }
    case .float64(let values): values.map(Tensor.int64)
    case .complex128(let values): values.map { Tensor.int64($0.real) }
    }
  }

  /// One double converted to int64 as `int64s` converts it.
  private static func int64(_ value: Double) -> Int64 {
    value.isFinite && value > -9.223372036854775808e18 && value < 9.223372036854775808e18 ? Int64(value) : Int64.min
  }

  /// The elements converted to complex128 (imaginary parts zero for real dtypes).
  public var complexes: [Complex] {
    if case .complex128(let values) = storage { return values }
    return doubles.map { Complex($0) }
  }

  /// The elements converted to bool (non-zero is true, NaN is true).
  var bools: [Bool] {
    switch storage {
    case .bool(let values): values
    case .int64(let values): values.map { $0 != 0 }
    case .float64(let values): values.map { $0 != 0 }
    case .complex128(let values): values.map { $0.real != 0 || $0.imag != 0 }
    }
  }
}
