import TensorCore

/// Which error NumPy reports first for an in-place operator on an array (`x op= y`, `x[i] op= y`): the in-place
/// ufunc resolves its loop for the two dtypes (a TypeError when there is none, `float_array |= 1`) and checks that
/// the result casts back into the array (`same_kind`: an int64 result into a uint8 or bool array does not) before it
/// looks at the shapes, so `x[[0, 1, 2]] *= [5.5, 6]` on an int array is NumPy's casting error, not its broadcast
/// error, and an empty selection (`x[x != x] |= 1`) still has its TypeError.
extension Interpreter {
  /// The TypeError or casting error NumPy reports for `array op= operand` before any shape error, or nil when the
  /// dtypes allow it. `apply` runs the operator on two arrays; it is tried on one element of each dtype, so that no
  /// shape can fail first.
  static func inPlaceTypeError(
    _ array: Tensor, _ operand: Value, ufunc: String,
    _ apply: (Value, Value) throws(PythonError) -> Value
  ) -> PythonError? {
    guard Operators.isArrayLike(operand), let operandTensor = try? operand.toTensor() else { return nil }
    // A Python number keeps its weak type (an int array plus 2.5 is float64 as the full operation would be), as a
    // 1 of its kind, which no loop refuses (`bool_array **= -1` is NumPy's casting error, not a negative power's).
    let sampleOperand: Tensor
    if operandTensor.isPythonScalar {
      let one: Value =
        switch operand {
        case .bool: .bool(true)
        case .float: .float(1)
        case .complex: .complex(Complex(1, 0))
        default: .int(1)
        }
      guard let weakOne = try? one.toTensor() else { return nil }
      sampleOperand = weakOne
    } else {
      guard let one = try? oneElement(operandTensor.dtype) else { return nil }
      sampleOperand = one
    }
    guard let sampleArray = try? oneElement(array.dtype) else { return nil }
    do {
      guard case .tensor(let result) = try apply(.tensor(sampleArray), .tensor(sampleOperand)) else { return nil }
      if result.dtype != array.dtype, !DType.canCast(result.dtype, to: array.dtype, casting: "same_kind") {
        return PythonError.ufuncOutputCast(ufunc, from: result.dtype, to: array.dtype)
      }
      return nil
    } catch {
      return error.type == "TypeError" || error.type == "UFuncTypeError" ? error : nil
    }
  }

  /// A one-element array of `dtype` holding 1 (True for bool), as a ufunc's loop sees any element of that dtype.
  private static func oneElement(_ dtype: DType) throws -> Tensor {
    try Tensor(shape: [1], storage: .int64([1])).astype(dtype)
  }

  /// NumPy's error for `x @= y` whose shapes do not fit, `nil` to keep the product's own: its in-place matmul
  /// passes fixed axes, which a 1-d `y` does not have (its own message), and writes into `x` (`result`, when the
  /// product could be computed, must have `x`'s core dimensions).
  static func inPlaceMatmulError(_ array: Tensor, _ operand: Value, result: Tensor?) -> PythonError? {
    guard let other = try? operand.toTensor() else { return nil }
    if other.ndim == 1 {
      return PythonError.value(
        "inplace matrix multiplication requires the first operand to have at least one and the second at least two "
          + "dimensions.")
    }
    guard let result, other.ndim >= 2, array.ndim >= 1, result.ndim == array.ndim else { return nil }
    // The first core dimension of x that differs from the product's: (n,) against (m,), or (n, m) against (n, m').
    let core = array.ndim == 1 ? [0] : [array.ndim - 2, array.ndim - 1]
    for (number, axis) in core.enumerated() where array.shape[axis] != result.shape[axis] {
      return PythonError.value(
        "matmul: Output operand 0 has a mismatch in its core dimension \(number), with gufunc signature "
          + "(n?,k),(k,m?)->(n?,m?) (size \(array.shape[axis]) is different from \(result.shape[axis]))")
    }
    return nil
  }
}

extension BinaryOperator {
  /// The operator whose result dtype this one's is, defined for one element of each operand: `*` for `@`, whose
  /// one-element arrays would need matching dimensions.
  var dtypeTwin: BinaryOperator { self == .matrixMultiply ? .multiply : self }
}
