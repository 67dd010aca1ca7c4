/// Loops for element-wise operations: a contiguous fast path for equal shapes and scalars, and otherwise a
/// broadcast walk whose axes are merged where memory allows, so the inner loop is long and stride-0-or-1.
enum ElementwiseKernel {
  /// Applies `f` to each element.
  @inline(__always)
  static func map<A, R>(_ a: [A], _ f: (A) -> R) -> [R] {
    [R](unsafeUninitializedCapacity: a.count) { out, initialized in
      a.withUnsafeBufferPointer { input in
        for i in 0..<input.count { (out.baseAddress! + i).initialize(to: f(input[i])) }
      }
      initialized = a.count
    }
  }

  /// Applies `f` to pairs of elements of `a` and `b` broadcast to `shape` (which the caller has checked).
  @inline(__always)
  static func zip<A, B, R>(
    _ a: [A], _ aShape: [Int], _ b: [B], _ bShape: [Int], shape: [Int], count: Int, _ f: (A, B) -> R
  ) -> [R] {
    [R](unsafeUninitializedCapacity: count) { out, initialized in
      a.withUnsafeBufferPointer { lhs in
        b.withUnsafeBufferPointer { rhs in
          let base = out.baseAddress!
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
      initialized = count
    }
  }
}

/// The axes of a two-operand broadcast, merged where both operands are contiguous across them, walked as rows.
struct BroadcastWalk {
  var extents: [Int] = []
  var aStrides: [Int] = []
  var bStrides: [Int] = []

  init(shape: [Int], aShape: [Int], bShape: [Int]) {
    let a = BroadcastWalk.strides(of: aShape, in: shape)
    let b = BroadcastWalk.strides(of: bShape, in: shape)
    for axis in 0..<shape.count where shape[axis] != 1 {
      if let last = extents.indices.last, aStrides[last] == a[axis] * shape[axis],
        bStrides[last] == b[axis] * shape[axis]
      {
        extents[last] *= shape[axis]
        aStrides[last] = a[axis]
        bStrides[last] = b[axis]
      } else {
        extents.append(shape[axis])
        aStrides.append(a[axis])
        bStrides.append(b[axis])
      }
    }
    if extents.isEmpty {
      extents = [1]
      aStrides = [0]
      bStrides = [0]
    }
  }

  /// The strides of an operand of `operand` shape seen through the broadcast `shape` (0 along broadcast axes).
  static func strides(of operand: [Int], in shape: [Int]) -> [Int] {
    let own = Shape.strides(operand)
    let lead = shape.count - operand.count
    return (0..<shape.count).map { axis in
      axis < lead || operand[axis - lead] == 1 ? 0 : own[axis - lead]
    }
  }

  /// Calls `row(aOffset, aStride, bOffset, bStride, outOffset, length)` for each innermost row, in output order.
  @inline(__always)
  func run(_ row: (Int, Int, Int, Int, Int, Int) -> Void) {
    let last = extents.count - 1
    let length = extents[last]
    var index = [Int](repeating: 0, count: last)
    var aOffset = 0
    var bOffset = 0
    var outOffset = 0
    while true {
      row(aOffset, aStrides[last], bOffset, bStrides[last], outOffset, length)
      outOffset += length
      var axis = last - 1
      while axis >= 0 {
        index[axis] += 1
        aOffset += aStrides[axis]
        bOffset += bStrides[axis]
        if index[axis] < extents[axis] { break }
        aOffset -= aStrides[axis] * extents[axis]
        bOffset -= bStrides[axis] * extents[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }
}
