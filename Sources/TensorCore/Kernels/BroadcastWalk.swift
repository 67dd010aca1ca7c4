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
    var index = [Int].filled(0, count: last)
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
