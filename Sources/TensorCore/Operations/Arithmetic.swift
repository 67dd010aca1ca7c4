/// One of NumPy's six comparison ufuncs (`np.less` and the others), as `Tensor.compared(_:toPythonFloat:)` takes it.
public enum ComparisonUfunc: Sendable {
  case equal, notEqual, less, lessEqual, greater, greaterEqual
}

/// The element-wise operations as methods and throwing operators, each recorded for autodiff when float.
extension Tensor {
  /// `a + b`, broadcasting.
  public func adding(_ other: Tensor) throws -> Tensor { try Tensor.record(.binary(.add), NodeInputs(self, other)) }
  /// `a - b`, broadcasting.
  public func subtracting(_ other: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.subtract), NodeInputs(self, other))
  }
  /// `a * b`, broadcasting.
  public func multiplying(_ other: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.multiply), NodeInputs(self, other))
  }
  /// `a / b`, broadcasting; always float64 (1/0 is inf, 0/0 is nan).
  public func dividing(_ other: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.divide), NodeInputs(self, other))
  }
  /// `a ** b`, broadcasting; an int array to a negative int power is NumPy's ValueError.
  public func power(_ other: Tensor) throws -> Tensor {
    // A power below 1 (a root, a reciprocal) lifts rounding noise out of the noise level printing measures.
    if Tensor.approximateResultsMayExist, other.size == 1, other.dtype.isFloat || other.dtype.isInteger,
      let exponent = other.doubles.first, exponent < 1, exponent != 0,
      let refusal = noisyOperandRefusal("a power below 1")
    {
      throw refusal
    }
    return try Tensor.record(.binary(.power), NodeInputs(self, other))
  }
  /// `a ** b` as Python's operator: `power`, but for NumPy's fast path for an array to the power of a Python 2,
  /// np.square (number.c's fast_scalar_power), whose first loop for bool is int8's: `bool_array ** 2` is int8 where
  /// `** 3` and `np.power(bool_array, 2)` are int64. (Float and complex arrays take the fast paths in their loops.)
  public func powerOperator(_ other: Tensor) throws -> Tensor {
    if dtype == .bool, !isScalar, !isPythonScalar, other.isPythonScalar, other.storageClass == .int64,
      other.shape.isEmpty, other.int64s == [2]
    {
      return try square()
    }
    return try power(other)
  }
  /// `-a`; NumPy's TypeError for bool.
  public func negated() throws -> Tensor { try Tensor.record(.unary(.negate), NodeInputs(self)) }

  /// `a == b`, element-wise, bool.
  public func equal(_ other: Tensor) throws -> Tensor { try compared(.equal, other) }
  /// `a != b`, element-wise, bool.
  public func notEqual(_ other: Tensor) throws -> Tensor { try compared(.notEqual, other) }
  /// `a < b`, element-wise, bool.
  public func less(_ other: Tensor) throws -> Tensor { try compared(.less, other) }
  /// `a <= b`, element-wise, bool.
  public func lessEqual(_ other: Tensor) throws -> Tensor { try compared(.lessEqual, other) }
  /// `a > b`, element-wise, bool.
  public func greater(_ other: Tensor) throws -> Tensor { try compared(.greater, other) }
  /// `a >= b`, element-wise, bool.
  public func greaterEqual(_ other: Tensor) throws -> Tensor {
    try compared(.greaterEqual, other)
  }

  /// A comparison, unrecorded (its result is bool), charged as recorded operations are.
  private func compared(_ comparison: BinaryOperator, _ other: Tensor) throws -> Tensor {
    try ResourceMeter.chargeWork(size + other.size)
    if let refusal = Tensor.comparisonNoiseRefusal(self, other, "a comparison") { throw refusal }
    var result =
      dtype.isComplex || other.dtype.isComplex
      ? try ComplexEvaluation.evaluate(.binary(comparison), [self, other])
      : dtype.isNarrow || other.dtype.isNarrow
        ? try NarrowEvaluation.evaluate(.binary(comparison), [self, other]) : try comparison.evaluate(self, other)
    try ResourceMeter.chargeAllocation(elements: result.size, itemSize: 1)
    MemoryOrder.followElementwise(&result, [self, other])
    return result
  }

  /// `a < x` (or another of the six comparisons) of this float64 array and a Python float `x` (or a Python int
  /// converted to float64 as NumPy 2 converts a weak operand beside a float64 array): what `less(_:)` and the others
  /// compute with `x` made a NumPy scalar, charged alike, without making it one (its parts and its element were
  /// allocated and freed at every `a > 0` of a loop). Nil, with nothing computed, for an array of another dtype, a
  /// NumPy scalar or a 0-d array (whose comparisons are NumPy scalars).
  public func compared(_ comparison: ComparisonUfunc, toPythonFloat x: Double) throws -> Tensor? {
    guard !isScalar, !shape.isEmpty, dtype == .float64, case .float64(let values) = storage else { return nil }
    try ResourceMeter.chargeWork(size + 1)
    if let refusal = noiseDecisionRefusal(against: x, "a comparison") { throw refusal }
    let flags: [Bool] =
      switch comparison {
      case .equal: Self.flags(values) { $0 == x }
      case .notEqual: Self.flags(values) { $0 != x }
      case .less: Self.flags(values) { $0 < x }
      case .lessEqual: Self.flags(values) { $0 <= x }
      case .greater: Self.flags(values) { $0 > x }
      case .greaterEqual: Self.flags(values) { $0 >= x }
      }
    var result = Tensor(shape: shape, storage: .bool(flags), isScalar: false)
    try ResourceMeter.chargeAllocation(elements: result.size, itemSize: 1)
    // The 0-d operand `compared` would list beside this array has no axis to order (`MemoryOrder.elementwise`).
    MemoryOrder.followElementwise(&result, [self])
    return result
  }

  /// `test` of each of `values`, in a loop of its own for each comparison.
  @inline(__always)
  private static func flags(_ values: [Double], _ test: (Double) -> Bool) -> [Bool] {
    values.withUnsafeBufferPointer { input in
      [Bool].written(count: input.count) { out in
        for i in 0..<input.count { (out + i).initialize(to: test(input[i])) }
      }
    }
  }

  /// `np.exp(a)`.
  public func exp() throws -> Tensor { try Tensor.record(.unary(.exp), NodeInputs(self)) }
  /// `np.log(a)`: nan below 0, -inf at 0.
  public func log() throws -> Tensor { try Tensor.record(.unary(.log), NodeInputs(self)) }
  /// `np.sqrt(a)`: nan below 0.
  public func sqrt() throws -> Tensor { try Tensor.record(.unary(.sqrt), NodeInputs(self)) }
  /// `np.tanh(a)`.
  public func tanh() throws -> Tensor { try Tensor.record(.unary(.tanh), NodeInputs(self)) }
  /// `np.abs(a)`.
  public func abs() throws -> Tensor { try Tensor.record(.unary(.abs), NodeInputs(self)) }
  /// `np.square(a)`.
  public func square() throws -> Tensor { try Tensor.record(.unary(.square), NodeInputs(self)) }

  /// `a ** 2` of a float64 array with dimensions as NumPy computes it (`fast_scalar_power` calls `np.square`; its power
  /// loop takes 2 as `x * x` too), when the running chapter records no history and the array has none: the power's
  /// value and layout, and no graph node, as the power would have none. Nil otherwise (the power keeps its own node).
  public func squaredWithoutHistory() throws -> Tensor? {
    guard ndim > 0, dtype == .float64, !isPythonScalar, !ResourceMeter.runningRecordsHistories,
      !(node?.hasHistoryOrOrigin ?? false)
    else { return nil }
    return try square()
  }

  /// `np.maximum(a, b)`: element-wise, NaN propagating.
  public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try record(.binary(.maximum), NodeInputs(a, b))
  }
  /// `np.minimum(a, b)`: element-wise, NaN propagating.
  public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try record(.binary(.minimum), NodeInputs(a, b))
  }

  /// `a + b`.
  public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.adding(b) }
  /// `a - b`.
  public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.subtracting(b) }
  /// `a * b`.
  public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.multiplying(b) }
  /// `a / b`.
  public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.dividing(b) }
  /// `-a`.
  public static prefix func - (a: Tensor) throws -> Tensor { try a.negated() }
}

infix operator ** : PowerPrecedence
/// Python's `**`: binds tighter than `*`, groups to the right.
precedencegroup PowerPrecedence {
  higherThan: MultiplicationPrecedence
  associativity: right
}

extension Tensor {
  /// `a ** b`.
  public static func ** (a: Tensor, b: Tensor) throws -> Tensor { try a.power(b) }
}
