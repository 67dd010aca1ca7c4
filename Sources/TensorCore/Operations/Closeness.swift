/// NumPy's tolerance and equality tests: isclose, allclose, array_equal.
extension Tensor {
  /// `np.isclose(a, b, rtol, atol, equal_nan)`: `|a - b| <= atol + rtol * |b|`, equal infinities close.
  public static func isclose(
    _ a: Tensor, _ b: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNan: Bool = false
  ) throws -> Tensor {
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    try ResourceMeter.chargeWork(a.size + b.size)
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 1)
    if a.dtype.isComplex || b.dtype.isComplex {
      return try complexIsclose(a, b, shape: shape, count: count, rtol: rtol, atol: atol, equalNan: equalNan)
    }
    // NumPy computes the tolerance in `b`'s float dtype (rtol and atol are weak Python floats) and the difference
    // in the promoted dtype: with a float32 or float16 `b`, in that dtype's arithmetic, each operation rounded once
    // (a double operation rounded once to float32 or float16 is the same value).
    let toleranceType: DType = b.dtype.isNarrowFloat ? b.dtype : .float64
    // A Python float is weak in `a - b` (NumPy leaves a Python `b` unconverted).
    let differenceType =
      toleranceType != .float64 && a.isPythonScalar
      ? toleranceType
      : b.isPythonScalar && a.dtype.isNarrowFloat ? a.dtype : DType.promoted(a.dtype, toleranceType)
    func rounded(_ value: Double, _ type: DType) -> Double {
      type == .float32 ? Double(Float(value)) : type == .float16 ? HalfPrecision.rounded(value) : value
    }
    let (relative, absolute) = (rounded(rtol, toleranceType), rounded(atol, toleranceType))
    let close = ElementwiseKernel.zip(a.doubles, a.shape, b.doubles, b.shape, shape: shape, count: count) {
      x, y -> Bool in
      if x.isNaN || y.isNaN { return equalNan && x.isNaN && y.isNaN }
      if x.isInfinite || y.isInfinite { return x == y }
      // A weak Python operand is rounded to the narrow dtype before the subtraction, as NumPy casts it.
      let difference = rounded(
        Swift.abs(rounded(x, differenceType) - rounded(y, differenceType)), differenceType)
      let tolerance = rounded(absolute + rounded(relative * Swift.abs(y), toleranceType), toleranceType)
      return difference <= tolerance || x == y
    }
    return Tensor(shape: shape, storage: .bool(close), isScalar: shape.isEmpty, node: nil)
  }

  /// `np.isclose` where either operand is complex: NumPy's `abs(x - y) <= atol + rtol * abs(y)` with the complex
  /// modulus (glibc's hypot), true only where y is finite in both parts, or where x == y (both parts), or with
  /// `equal_nan` where both hold a NaN part. complex64 computes in float32, which is refused here.
  private static func complexIsclose(
    _ a: Tensor, _ b: Tensor, shape: [Int], count: Int, rtol: Double, atol: Double, equalNan: Bool
  ) throws -> Tensor {
    for operand in [a, b] where operand.dtype == .complex64 || operand.dtype.isNarrowFloat {
      throw TensorError(
        "NotImplementedError",
        "np.isclose and np.allclose of complex values beside \(operand.dtype.rawValue) values are not supported "
          + "in snippets (complex128 beside float64 or integers is)", isLimit: true)
    }
    let close = ElementwiseKernel.zip(a.complexes, a.shape, b.complexes, b.shape, shape: shape, count: count) {
      x, y -> Bool in
      if x == y { return true }
      if x.hasNaN || y.hasNaN { return equalNan && x.hasNaN && y.hasNaN }
      guard y.real.isFinite && y.imag.isFinite else { return false }
      let difference = GlibcMath.hypot(x.real - y.real, x.imag - y.imag)
      return difference <= atol + rtol * GlibcMath.hypot(y.real, y.imag)
    }
    return Tensor(shape: shape, storage: .bool(close), isScalar: shape.isEmpty, node: nil)
  }

  /// `np.allclose(a, b, rtol, atol, equal_nan)`: every pair close; NumPy's broadcast error when shapes clash.
  public static func allclose(
    _ a: Tensor, _ b: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNan: Bool = false
  ) throws -> Bool {
    try isclose(a, b, rtol: rtol, atol: atol, equalNan: equalNan).bools.allSatisfy { $0 }
  }

  /// `np.array_equal(a, b)`: same shape and equal elements (NaN is never equal).
  public static func arrayEqual(_ a: Tensor, _ b: Tensor) -> Bool {
    guard a.shape == b.shape else { return false }
    // Element by element: Array's own == treats a buffer as equal to itself, which would make NaN equal to NaN.
    // Floats (float32 included) and mixed signedness compare as doubles; integers exactly.
    let common = DType.promoted(a.dtype, b.dtype)
    // Both parts of every element (reading complex values as doubles would compare their real parts only).
    if common.isComplex { return Swift.zip(a.complexes, b.complexes).allSatisfy { $0 == $1 } }
    if common.isFloat || a.dtype == .uint64 || b.dtype == .uint64 {
      if a.dtype == .uint64 && b.dtype == .uint64 { return a.int64s == b.int64s }
      return Swift.zip(a.doubles, b.doubles).allSatisfy { $0 == $1 }
    }
    return Swift.zip(a.int64s, b.int64s).allSatisfy { $0 == $1 }
  }
}
