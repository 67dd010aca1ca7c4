/// NumPy's dtype promotion and element conversions between the three dtypes.
extension DType {
  /// NumPy's promotion among the three dtypes: bool < int64 < float64.
  static func promoted(_ a: DType, _ b: DType) -> DType {
    if a == .float64 || b == .float64 { return .float64 }
    if a == .int64 || b == .int64 { return .int64 }
    return .bool
  }
}

extension Tensor {
  /// The elements converted to int64 (floats truncated toward zero, NaN and infinities to Int64.min, as NumPy does on
  /// x86).
  var int64s: [Int64] {
    switch storage {
    case .int64(let values): values
    case .bool(let values): values.map { $0 ? 1 : 0 }
    case .float64(let values):
      values.map { value in
        value.isFinite && value > -9.223372036854775808e18 && value < 9.223372036854775808e18
          ? Int64(value) : Int64.min
      }
    }
  }

  /// The elements converted to bool (non-zero is true, NaN is true).
  var bools: [Bool] {
    switch storage {
    case .bool(let values): values
    case .int64(let values): values.map { $0 != 0 }
    case .float64(let values): values.map { $0 != 0 }
    }
  }
}
