import TensorCore

extension Value {
  /// What NumPy's scalar type `dtype` reads from a Python int past 63 bits (`np.uint64(2**63)`,
  /// `np.float32(2**70)`), as a value the scalar constructor then converts like any other: NumPy's integer types
  /// read the int as a C long (unsigned long for uint32 and uint64, which then checks the type's bounds), its float
  /// and complex types as Python's `float(n)` (so float32 rounds twice, through the double), and `np.bool_` by its
  /// truth value.
  static func numpyScalarOperand(_ big: BigInt, for dtype: DType) throws(PythonError) -> Value {
    switch dtype {
    case .bool:
      return .bool(true)
    case _ where dtype.isFloat || dtype.isComplex:
      guard let double = big.double else {
        throw PythonError("OverflowError", "int too large to convert to float")
      }
      return .float(double)
    case .uint64 where !big.negative && big.bitWidth <= 64:
      return .tensor(try Value.uint64Scalar(big))
    case .uint32 where !big.negative && big.bitWidth <= 64:
      throw PythonError("OverflowError", "Python integer \(big.decimal()) out of bounds for uint32")
    default:
      throw PythonError("OverflowError", "Python int too large to convert to C long")
    }
  }

  /// The uint64 NumPy scalar of an int from 2**63 to 2**64 - 1, held as its bit pattern (a negative Int64).
  static func uint64Scalar(_ big: BigInt) throws(PythonError) -> Tensor {
    let twoTo64 = BigInt(Int.max) * BigInt(2) + BigInt(2)
    guard !big.negative, big.bitWidth <= 64, let pattern = (big - twoTo64).asInt else { throw Value.bigIntInArray }
    return try core { try Tensor.array(.scalar(.int(Int64(pattern))), dtype: .int64).astype(.uint64).scalar }
  }
}

extension Value {
  /// True for a uint64 NumPy scalar or 0-d array from 2**63 up (held as its negative bit pattern), whose
  /// `__index__` gives a Python int no C long holds.
  var isHighUnsigned: Bool {
    guard case .tensor(let tensor) = self, tensor.ndim == 0, tensor.dtype == .uint64,
      case .int64(let values) = tensor.storage
    else { return false }
    return values[0] < 0
  }

  /// True for an integer NumPy's `npy_intp` converters overflow on: a Python int past 63 bits (either sign) or a
  /// uint64 from 2**63 up (`np.zeros(np.uint64(2**63))` is "Maximum allowed dimension exceeded", as for `2**63`).
  var exceedsIntp: Bool {
    if case .bigInt = self { return true }
    return isHighUnsigned
  }

  /// CPython's error where a sequence reads an index-sized integer (`PyNumber_AsSsize_t`) from a uint64 past
  /// 2**63 - 1: `kind` is IndexError for an item index (`[1, 2][s]`), OverflowError for a repeat count (`[0] * s`).
  func cannotFitIndex(_ kind: String) -> PythonError {
    PythonError(kind, "cannot fit '\(typeName)' into an index-sized integer")
  }
}
