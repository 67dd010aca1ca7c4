/// Reduces an array over some axes by walking it in memory order with the output broadcast back over the reduced
/// axes (stride 0 there), so every case, from `sum()` to `sum(axis=0)`, runs as long rows.
enum ReductionKernel {
  /// Combines the elements of `values` (of `shape`) over the axes where `keptShape` is 1 but `shape` is not.
  static func reduce<T>(
    _ values: [T], shape: [Int], keptShape: [Int], initial: T, combine: (T, T) -> T,
    row: (UnsafeBufferPointer<T>, Int, Int, Int) -> T
  ) -> [T] {
    let outCount = Shape.count(keptShape)
    var out = [T](repeating: initial, count: outCount)
    guard !values.isEmpty else { return out }
    let walk = BroadcastWalk(shape: shape, aShape: keptShape, bShape: shape)
    out.withUnsafeMutableBufferPointer { result in
      values.withUnsafeBufferPointer { input in
        walk.run { outOffset, outStride, inOffset, inStride, _, length in
          if outStride == 0 {
            result[outOffset] = combine(result[outOffset], row(input, inOffset, inStride, length))
          } else {
            var o = outOffset
            var i = inOffset
            for _ in 0..<length {
              result[o] = combine(result[o], input[i])
              o += outStride
              i += inStride
            }
          }
        }
      }
    }
    return out
  }

  /// Folds one row sequentially.
  static func fold<T>(_ combine: @escaping (T, T) -> T, initial: T) -> (UnsafeBufferPointer<T>, Int, Int, Int) -> T {
    { input, offset, stride, length in
      var accumulator = initial
      var i = offset
      for _ in 0..<length {
        accumulator = combine(accumulator, input[i])
        i += stride
      }
      return accumulator
    }
  }

  /// NumPy's pairwise summation of one row (`pairwise_sum_DOUBLE`): eight running sums in blocks of up to 128
  /// elements, halves above that, so sums agree with NumPy's to the last bit.
  static func pairwiseSum(_ input: UnsafeBufferPointer<Double>, _ offset: Int, _ stride: Int, _ length: Int)
    -> Double
  {
    if length < 8 {
      var total = -0.0
      for k in 0..<length { total += input[offset + k * stride] }
      return total
    }
    if length <= 128 {
      var r = (0..<8).map { input[offset + $0 * stride] }
      var k = 8
      while k < length - length % 8 {
        for j in 0..<8 { r[j] += input[offset + (k + j) * stride] }
        k += 8
      }
      var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while k < length {
        total += input[offset + k * stride]
        k += 1
      }
      return total
    }
    var half = length / 2
    half -= half % 8
    return pairwiseSum(input, offset, stride, half)
      + pairwiseSum(input, offset + half * stride, stride, length - half)
  }
}
