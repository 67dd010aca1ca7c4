/// Reduces an array over some axes by walking it in memory order with the output broadcast back over the reduced
/// axes (stride 0 there), so every case, from `sum()` to `sum(axis=0)`, runs as long rows.
enum ReductionKernel {
  /// Combines the elements of `values` (of `shape`) over the axes where `keptShape` is 1 but `shape` is not. `row`
  /// reduces one strided row (pairwise for float sums); without it rows fold left to right. Inlined so that
  /// `combine` is too: the column-accumulating loop (`sum(axis=0)`) then vectorises. `takesShortcuts` false walks
  /// every case (tests compare the shortcuts with the walk).
  @inline(__always)
  static func reduce<T>(
    _ values: [T], shape: [Int], keptShape: [Int], initial: T, combine: (T, T) -> T,
    row: ((UnsafeBufferPointer<T>, Int, Int, Int) -> T)? = nil, takesShortcuts: Bool = true
  ) -> [T] {
    let outCount = Shape.count(keptShape)
    var out = [T].filled(initial, count: outCount)
    guard !values.isEmpty else { return out }
    if takesShortcuts && outCount == 1 {
      // Everything into one element (`sum()`): the walk below merges a whole contiguous array into one row, so this
      // is that row, without building the walk.
      values.withUnsafeBufferPointer { input in
        if let row {
          out[0] = combine(initial, row(input, 0, 1, input.count))
        } else {
          var accumulator = initial
          for k in 0..<input.count { accumulator = combine(accumulator, input[k]) }
          out[0] = accumulator
        }
      }
      return out
    }
    if takesShortcuts, let rows = leadingRows(shape: shape, keptShape: keptShape) {
      // Only leading axes reduced (`sum(axis=0)` of a matrix, a broadcast bias's gradient): the walk below would
      // merge them into one outer axis and the kept ones into one contiguous row, and combine each input row into
      // the output in turn. The same operations in the same order, without building the walk.
      out.withUnsafeMutableBufferPointer { result in
        values.withUnsafeBufferPointer { input in
          let target = result.baseAddress!
          var source = input.baseAddress!
          for _ in 0..<rows {
            for k in 0..<outCount { target[k] = combine(target[k], source[k]) }
            source += outCount
          }
        }
      }
      return out
    }
    let walk = BroadcastWalk(shape: shape, aShape: keptShape, bShape: shape)
    out.withUnsafeMutableBufferPointer { result in
      values.withUnsafeBufferPointer { input in
        let target = result.baseAddress!
        let source = input.baseAddress!
        walk.run { outOffset, outStride, inOffset, inStride, _, length in
          if outStride == 0 {
            if let row {
              target[outOffset] = combine(target[outOffset], row(input, inOffset, inStride, length))
            } else {
              var accumulator = target[outOffset]
              var i = inOffset
              for _ in 0..<length {
                accumulator = combine(accumulator, source[i])
                i += inStride
              }
              target[outOffset] = accumulator
            }
          } else if outStride == 1 && inStride == 1 {
            let o = target + outOffset
            let i = source + inOffset
            for k in 0..<length { o[k] = combine(o[k], i[k]) }
          } else {
            var o = outOffset
            var i = inOffset
            for _ in 0..<length {
              target[o] = combine(target[o], source[i])
              o += outStride
              i += inStride
            }
          }
        }
      }
    }
    return out
  }

  /// How many rows a reduction combines when every reduced axis (extent 1 in `keptShape`, longer in `shape`) comes
  /// before every kept axis longer than 1; nil otherwise.
  static func leadingRows(shape: [Int], keptShape: [Int]) -> Int? {
    var rows = 1
    var isKeptAxisSeen = false
    for axis in shape.indices {
      let extent = shape[axis]
      if keptShape[axis] == extent {
        if extent != 1 { isKeptAxisSeen = true }
      } else {
        if isKeptAxisSeen { return nil }
        rows *= extent
      }
    }
    return rows
  }

  /// NumPy's pairwise summation of one row (`pairwise_sum_DOUBLE`, and `pairwise_sum_FLOAT` for float32, every
  /// addition rounded to float32): eight running sums in blocks of up to 128 elements, halves above that, so sums
  /// agree with NumPy's to the last bit.
  static func pairwiseSum<F: BinaryFloatingPoint>(
    _ input: UnsafeBufferPointer<F>, _ offset: Int, _ stride: Int, _ length: Int
  ) -> F {
    if length < 8 {
      var total: F = -0.0
      for k in 0..<length { total += input[offset + k * stride] }
      return total
    }
    if length <= 128 {
      // Eight running sums in locals (not an array: this runs once per row), in NumPy's order.
      @inline(__always) func at(_ k: Int) -> F { input[offset + k * stride] }
      var (r0, r1, r2, r3) = (at(0), at(1), at(2), at(3))
      var (r4, r5, r6, r7) = (at(4), at(5), at(6), at(7))
      var k = 8
      while k < length - length % 8 {
        r0 += at(k)
        r1 += at(k + 1)
        r2 += at(k + 2)
        r3 += at(k + 3)
        r4 += at(k + 4)
        r5 += at(k + 5)
        r6 += at(k + 6)
        r7 += at(k + 7)
        k += 8
      }
      var total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
      while k < length {
        total += at(k)
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

extension ReductionKernel {
  /// `reduce` taking only the elements whose `mask` flag (`values`' layout) is true, in NumPy's masked order: a row
  /// that reduces into one element runs `row` on each run of unmasked elements (`generic_masked_strided_loop` calls
  /// the loop once per run), other rows combine each unmasked element in turn. A nil mask is `reduce` itself.
  static func maskedReduce<T>(
    _ values: [T], mask: [Bool]?, shape: [Int], keptShape: [Int], initial: T, combine: (T, T) -> T,
    row: ((UnsafeBufferPointer<T>, Int, Int, Int) -> T)?
  ) -> [T] {
    guard let mask else {
      return reduce(values, shape: shape, keptShape: keptShape, initial: initial, combine: combine, row: row)
    }
    var out = [T].filled(initial, count: Shape.count(keptShape))
    guard !values.isEmpty else { return out }
    let walk = BroadcastWalk(shape: shape, aShape: keptShape, bShape: shape)
    values.withUnsafeBufferPointer { input in
      walk.run { outOffset, outStride, inOffset, inStride, _, length in
        var k = 0
        if outStride == 0 {
          var accumulator = out[outOffset]
          while k < length {
            while k < length && !mask[inOffset + k * inStride] { k += 1 }
            let start = k
            while k < length && mask[inOffset + k * inStride] { k += 1 }
            guard k > start else { continue }
            if let row {
              accumulator = combine(accumulator, row(input, inOffset + start * inStride, inStride, k - start))
            } else {
              for j in start..<k { accumulator = combine(accumulator, input[inOffset + j * inStride]) }
            }
          }
          out[outOffset] = accumulator
        } else {
          for k in 0..<length where mask[inOffset + k * inStride] {
            let o = outOffset + k * outStride
            out[o] = combine(out[o], input[inOffset + k * inStride])
          }
        }
      }
    }
    return out
  }
}
