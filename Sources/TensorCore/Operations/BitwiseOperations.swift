/// NumPy's bitwise ufuncs on bool and integer arrays: `&`, `|`, `^`, `<<`, `>>`, `~` and `np.bitwise_count`.
/// The result dtype is NumPy 2's (NEP 50: Python ints are weak and must fit the array's dtype); values are computed
/// on the 64-bit storage and wrapped to the result's width, which is exactly what NumPy's C loops give, shifts
/// included (a shift count at or beyond the width, or negative, gives 0, or -1 for a negative value shifted right).
/// Floats and complex values have no bitwise loops: NumPy's TypeError. Not differentiable (autograd has no rule).
public enum BitwiseFunction: String, Sendable, CaseIterable {
  case and = "bitwise_and"
  case or = "bitwise_or"
  case xor = "bitwise_xor"
  case leftShift = "left_shift"
  case rightShift = "right_shift"

  var isShift: Bool { self == .leftShift || self == .rightShift }
}

extension Tensor {
  /// NumPy's TypeError for a ufunc that has no loop for its operands' dtypes.
  static func noLoop(_ ufunc: String) -> TensorError {
    TensorError.type(
      "ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely coerced to any "
        + "supported types according to the casting rule ''safe''")
  }

  /// The dtype a bitwise ufunc computes in, or NumPy's TypeError when it has no loop for it.
  static func bitwiseType(_ function: BitwiseFunction, _ a: Tensor, _ b: Tensor) throws -> DType {
    let common = try NarrowEvaluation.commonType(a, b, for: function.rawValue)
    if common.isInexact { throw noLoop(function.rawValue) }
    // The shifts have no bool loop: two bools shift as int8.
    if common == .bool && function.isShift { return .int8 }
    return common
  }

  /// `np.bitwise_and(a, b)` and its siblings by name, as `a & b`, `a | b`, `a ^ b`, `a << b`, `a >> b`.
  public static func bitwise(_ function: BitwiseFunction, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let common = try bitwiseType(function, a, b)
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    if common == .bool {
      let (x, y) = (a.bools, b.bools)
      let combine: (Bool, Bool) -> Bool =
        function == .and ? { $0 && $1 } : function == .or ? { $0 || $1 } : { $0 != $1 }
      let values = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count, combine)
      return Tensor(shape: shape, storage: .bool(values), isScalar: shape.isEmpty, node: nil)
    }
    let x = a.converted(as: common).int64s
    let y = b.converted(as: common).int64s
    let bits = UInt64(common.bits)
    let unsigned = common.isUnsigned
    let combine: (Int64, Int64) -> Int64
    switch function {
    case .and: combine = { $0 & $1 }
    case .or: combine = { $0 | $1 }
    case .xor: combine = { $0 ^ $1 }
    case .leftShift:
      // A count read as unsigned: negative counts are beyond the width, as in NumPy's npy_lshift.
      combine = { value, count in UInt64(bitPattern: count) < bits ? value &<< count : 0 }
    case .rightShift:
      combine = { value, count in
        if UInt64(bitPattern: count) < bits {
          return unsigned ? Int64(bitPattern: UInt64(bitPattern: value) >> UInt64(count)) : value >> count
        }
        return !unsigned && value < 0 ? -1 : 0
      }
    }
    let values = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count, combine)
    return Tensor(shape: shape, storage: .int64(values), isScalar: shape.isEmpty, node: nil).tagged(common)
  }

  /// `~a` (`np.invert`, `np.bitwise_not`): logical not for bools, every bit flipped for integers.
  public func inverted() throws -> Tensor {
    switch storage {
    case .bool(let values):
      return Tensor(shape: shape, storage: .bool(values.map { !$0 }), isScalar: isScalar || isPythonScalar, node: nil)
    case .int64(let values):
      let type = dtype
      return Tensor(shape: shape, storage: .int64(values.map { ~$0 }), isScalar: isScalar || isPythonScalar, node: nil)
        .tagged(type)
    default:
      throw Tensor.noLoop("invert")
    }
  }

  /// `np.bitwise_count(a)`: the number of one bits of each element's absolute value, as uint8.
  public func bitwiseCount() throws -> Tensor {
    let counts: [Int64]
    switch storage {
    case .bool(let values): counts = values.map { $0 ? 1 : 0 }
    case .int64(let values) where dtype == .uint64: counts = values.map { Int64($0.nonzeroBitCount) }
    case .int64(let values): counts = values.map { Int64($0.magnitude.nonzeroBitCount) }
    default: throw Tensor.noLoop("bitwise_count")
    }
    return Tensor(shape: shape, storage: .int64(counts), isScalar: isScalar || isPythonScalar, node: nil)
      .tagged(.uint8)
  }
}
