import TensorCore

extension Operators {
  /// True for a value NumPy wraps as a 0-d array of dtype object whose Python `==` with any number is False: None, a
  /// dict, a set, a module, a function or a builtin type (their equality is identity, or holds only for their own
  /// kind). A snippet class is not among them: its metaclass may define `==`.
  static func neverEqualsNumbers(_ value: Value) -> Bool {
    if wrapsAsObject(value) { return true }
    if case .function = value { return true }
    return false
  }

  /// `a == None`, `a != None` and the reflected forms, for a numeric, string or datetime array or NumPy scalar (or a
  /// flat iterator) meeting a value that never equals a number (`neverEqualsNumbers`): NumPy's object loop compares each element with it, so the answer is all
  /// False (`==`) or all True (`!=`) in the array's shape, a NumPy bool for a 0-d array; a NumPy scalar's own `==`
  /// answers with a Python bool. Nil for other operands.
  static func equalityWithObject(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError)
    -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    let array: Value
    if neverEqualsNumbers(right) {
      array = left
    } else if neverEqualsNumbers(left) {
      array = right
    } else {
      return nil
    }
    let shape: [Int]
    switch array {
    case .tensor(let tensor):
      if tensor.isScalar { return .bool(op == .notEqual) }
      // A flat iterator compares as the 1-d array of its elements.
      shape = tensor.isFlatIterator ? [tensor.size] : tensor.shape
    case .textArray(let text): shape = text.shape
    case .dateArray(let dates):
      if dates.isScalar { return .bool(op == .notEqual) }
      shape = dates.shape
    default: return nil
    }
    return .tensor(try filledComparison(op == .notEqual, shape: shape))
  }

  /// `np.equal(x, None)` and `np.not_equal(x, None)` (either order): as the operators for an array, and NumPy's bool
  /// scalar for a NumPy or Python scalar (the ufunc's 0-d result). Nil unless exactly one operand never equals a
  /// number; the other is converted as the ufunc converts it.
  static func equalityUfuncWithObject(_ ufunc: String, _ x1: Value, _ x2: Value) throws(PythonError) -> Value? {
    guard ufunc == "equal" || ufunc == "not_equal", neverEqualsNumbers(x1) != neverEqualsNumbers(x2) else {
      return nil
    }
    let operand = try (neverEqualsNumbers(x1) ? x2 : x1).toTensor()
    return .tensor(try filledComparison(ufunc == "not_equal", shape: operand.shape))
  }

  /// A bool array of `shape` holding `value` everywhere; 0-d results are NumPy bools, as the comparison ufuncs give.
  private static func filledComparison(_ value: Bool, shape: [Int]) throws(PythonError) -> Tensor {
    let filled = try core {
      value ? try Tensor.ones(shape, dtype: .bool) : try Tensor.zeros(shape, dtype: .bool)
    }
    return filled.ndim == 0 ? filled.scalar : filled
  }
}
