import Foundation

extension Tensor {
  /// `np.logaddexp` (`base2: false`) and `np.logaddexp2`: NumPy's scalar loop (`npy_logaddexp`), which calls the C
  /// library's scalar `exp`/`exp2` and `log1p` rather than NumPy's vector ones, so each element is computed here with
  /// the same C library functions (docbuild's own `Elementary` ones differ from glibc's in the last bit for some
  /// arguments, and NumPy's bits are glibc's on Linux): equal operands give `x + log(2)` (so equal infinities stay), otherwise the larger plus
  /// `log1p(exp(-|x - y|))`, and a NaN difference is returned as it is. The value is exact and untracked; float64
  /// operands get their gradients (`exp(x - result)`, `2^(x - result)`) through a zero-valued recorded term.
  public static func logAddExp(_ a: Tensor, _ b: Tensor, base2: Bool) throws -> Tensor {
    if a.dtype.isComplex || b.dtype.isComplex {
      throw TensorError.type("ufunc '\(base2 ? "logaddexp2" : "logaddexp")' not supported for complex values")
    }
    let type = DType.promoted(a.isPythonScalar ? b.dtype : a.dtype, b.isPythonScalar ? a.dtype : b.dtype)
    let resultType: DType = type.isFloat ? type : .float64
    let shape = try Tensor.broadcastShapes([a.shape, b.shape])
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
            ? log2e * Foundation.log1p(Foundation.exp2(-difference)) : Foundation.log1p(Foundation.exp(-difference)))
      } else if difference <= 0 {
        values[index] =
          y
          + (base2
            ? log2e * Foundation.log1p(Foundation.exp2(difference)) : Foundation.log1p(Foundation.exp(difference)))
      } else {
        values[index] = difference
      }
    }
    var result = Tensor(
      shape: shape, storage: .float64(values), isScalar: shape.isEmpty && (a.ndim == 0 && b.ndim == 0))
    if resultType != .float64 { return try result.astype(resultType) }
    for (operand, others) in [(a, values), (b, values)] where operand.dtype == .float64 && !operand.isPythonScalar {
      let slopes = try operand.broadcast(to: shape).doubles.enumerated().map { index, x -> Double in
        let slope = base2 ? Elementary.exp2(x - others[index]) : Elementary.exp(x - others[index])
        return slope.isFinite ? slope : 0
      }
      let finite = Tensor(shape: operand.shape, storage: .bool(operand.doubles.map(\.isFinite)))
      let kept = try Tensor.where(finite, operand, Tensor.weak(0))
      let zero = try kept.subtracting(Tensor(shape: kept.shape, storage: kept.storage))
      result = try result.adding(zero.multiplying(Tensor(shape: shape, storage: .float64(slopes))))
    }
    return shape.isEmpty ? result.scalar : result
  }
}
