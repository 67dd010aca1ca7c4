import Foundation

extension Tensor {
  /// `np.logaddexp` (`base2: false`) and `np.logaddexp2`: NumPy's scalar loop (`npy_logaddexp`), which calls the C
  /// library's scalar `exp`/`exp2` and `log1p` rather than NumPy's vector ones, so each element is computed here with
  /// glibc's (`GlibcMath`): equal operands give `x + log(2)` (so equal infinities stay), otherwise the larger plus
  /// `log1p(exp(-|x - y|))`, and a NaN difference is returned as it is. The value is exact and untracked; float64
  /// operands get their gradients (`exp(x - result)`, `2^(x - result)`) through a zero-valued recorded term.
  public static func logAddExp(_ a: Tensor, _ b: Tensor, base2: Bool) throws -> Tensor {
    if a.dtype.isComplex || b.dtype.isComplex {
      throw TensorError.type("ufunc '\(base2 ? "logaddexp2" : "logaddexp")' not supported for complex values")
    }
    // NumPy's float16 and float32 loops compute in float with the C library's expf and log1pf, whose last bits
    // docbuild does not reproduce (np.logaddexp(np.float32(1), np.float32(0)) is 1.3132617, not 1.3132616 rounded
    // from double); integer operands take the narrowest float loop both cast to (int8 float16, int16 float32).
    let resultType = try Tensor.floatLoopType(a, b, base2 ? "logaddexp2" : "logaddexp")
    if resultType != .float64 { throw NarrowEvaluation.refused(base2 ? "np.logaddexp2" : "np.logaddexp", resultType) }
    let shape = try Tensor.broadcastOperandShapes(a.shape, b.shape)
    let xs = try a.broadcast(to: shape).doubles
    let ys = try b.broadcast(to: shape).doubles
    let log2e = 1.4426950408889634
    var values = [Double](repeating: 0, count: xs.count)
    for index in xs.indices {
      let (x, y) = (xs[index], ys[index])
      if x == y {
        values[index] = x + (base2 ? 1 : 0.6931471805599453)
        continue
      }
      let difference = x - y
      if difference > 0 {
        values[index] =
          x
          + (base2
            ? log2e * GlibcMath.log1p(GlibcMath.exp2(-difference)) : GlibcMath.log1p(GlibcMath.exp(-difference)))
      } else if difference <= 0 {
        values[index] =
          y
          + (base2
            ? log2e * GlibcMath.log1p(GlibcMath.exp2(difference)) : GlibcMath.log1p(GlibcMath.exp(difference)))
      } else {
        values[index] = difference
      }
    }
    var result = Tensor(
      shape: shape, storage: .float64(values), isScalar: shape.isEmpty && (a.ndim == 0 && b.ndim == 0))
    if resultType != .float64 { return try result.astype(resultType) }
    for operand in [a, b] {
      let slopes = try operand.broadcast(to: shape).doubles.enumerated().map { index, x -> Double in
        base2 ? Elementary.exp2(x - values[index]) : Elementary.exp(x - values[index])
      }
      result = try result.carryingGradient(of: operand, slopes: slopes)
    }
    return shape.isEmpty ? result.scalar : result
  }

  /// `np.float_power` of real operands: the C library's scalar `pow` per element in float64, as NumPy's float_power
  /// loop calls it (NumPy's `power` loop for float64 arrays is a vector one whose bits differ in a few elements).
  /// Gradients `y x^(y-1)` and `log(x) x^y` are carried as in `logAddExp`.
  public static func floatPower(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try Tensor.broadcastOperandShapes(a.shape, b.shape)
    let xs = try a.broadcast(to: shape).doubles
    let ys = try b.broadcast(to: shape).doubles
    let values = zip(xs, ys).map { GlibcMath.pow($0, $1) }
    var result = Tensor(shape: shape, storage: .float64(values))
    result = try result.carryingGradient(
      of: a, slopes: xs.indices.map { ys[$0] * GlibcMath.pow(xs[$0], ys[$0] - 1) })
    result = try result.carryingGradient(
      of: b, slopes: xs.indices.map { GlibcMath.log(xs[$0]) * values[$0] })
    return shape.isEmpty ? result.scalar : result
  }

  /// The same value plus a recorded term that is exactly zero but whose gradient with respect to a float64 array
  /// `operand` is `slopes` (one per element of the result): how an exactly computed, untracked value gets its
  /// derivative. Infinite operands and non-finite slopes contribute nothing, so the term stays zero.
  func carryingGradient(of operand: Tensor, slopes: [Double]) throws -> Tensor {
    guard operand.dtype == .float64, !operand.isPythonScalar else { return self }
    let finite = Tensor(shape: operand.shape, storage: .bool(operand.doubles.map(\.isFinite)))
    let kept = try Tensor.where(finite, operand, Tensor.weak(0))
    let zero = try kept.subtracting(Tensor(shape: kept.shape, storage: kept.storage))
    let cleaned = slopes.map { $0.isFinite ? $0 : 0 }
    var carried = try adding(zero.multiplying(Tensor(shape: shape, storage: .float64(cleaned))))
    // Adding the zero term would turn a -0.0 result into 0.0 (float_power(-0.0, 1.0) is -0.0): the value stays
    // this one's, the recorded sum only carries the gradient.
    carried.storage = storage
    return carried
  }
}
