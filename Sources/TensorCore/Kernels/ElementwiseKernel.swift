/// Loops for element-wise operations: a contiguous fast path for equal shapes and scalars, and otherwise a
/// broadcast walk whose axes are merged where memory allows, so the inner loop is long and stride-0-or-1.
enum ElementwiseKernel {
  /// Applies `f` to each element.
  @inline(__always)
  static func map<A, R>(_ a: [A], _ f: (A) -> R) -> [R] {
    a.withUnsafeBufferPointer { input in
      [R].written(count: input.count) { out in
        for i in 0..<input.count { (out + i).initialize(to: f(input[i])) }
      }
    }
  }

  /// Applies `f` to pairs of elements of `a` and `b` broadcast to `shape` (which the caller has checked).
  @inline(__always)
  static func zip<A, B, R>(
    _ a: [A], _ aShape: [Int], _ b: [B], _ bShape: [Int], shape: [Int], count: Int, _ f: (A, B) -> R
  ) -> [R] {
    a.withUnsafeBufferPointer { lhs in
      b.withUnsafeBufferPointer { rhs in
        [R].written(count: count) { base in
          if lhs.count == count && rhs.count == count {
            for i in 0..<count { (base + i).initialize(to: f(lhs[i], rhs[i])) }
          } else if rhs.count == 1 && lhs.count == count {
            let y = rhs[0]
            for i in 0..<count { (base + i).initialize(to: f(lhs[i], y)) }
          } else if lhs.count == 1 && rhs.count == count {
            let x = lhs[0]
            for i in 0..<count { (base + i).initialize(to: f(x, rhs[i])) }
          } else if lhs.count == count && rhs.count > 0 && Shape.isTrailingBlock(bShape, of: shape) {
            // b repeats as a block along a's leading axes (a bias added to every row).
            let block = rhs.count
            var k = 0
            while k < count {
              for j in 0..<block { (base + k + j).initialize(to: f(lhs[k + j], rhs[j])) }
              k += block
            }
          } else if rhs.count == count && lhs.count > 0 && Shape.isTrailingBlock(aShape, of: shape) {
            let block = lhs.count
            var k = 0
            while k < count {
              for j in 0..<block { (base + k + j).initialize(to: f(lhs[j], rhs[k + j])) }
              k += block
            }
          } else if count > 0 {
            let plan = BroadcastWalk(shape: shape, aShape: aShape, bShape: bShape)
            plan.run { aOffset, aStride, bOffset, bStride, outOffset, length in
              var i = aOffset
              var j = bOffset
              for k in outOffset..<(outOffset + length) {
                (base + k).initialize(to: f(lhs[i], rhs[j]))
                i += aStride
                j += bStride
              }
            }
          }
        }
      }
    }
  }
}
