/// The backward pass's arithmetic with NumPy's memory order kept on every result, as autograd's VJPs produce it:
/// autograd runs NumPy on real arrays, so a gradient that went through a transpose is a transposed view, and the sums
/// its VJPs take later (unbroadcasting, the mean inside var's) walk that memory, in NumPy's order.
enum Layout {
  /// `a op b`, untracked, held in the order NumPy's iterator gives an element-wise result of these operands.
  static func binary(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    var value = try Tensor.untracked(op, a, b)
    let order = MemoryOrder.elementwise([a, b], shape: value.shape)
    if value.memoryAxes != order { value.memoryAxes = order }
    return value
  }

  /// A unary operation's value, untracked, in its operand's order.
  static func unary(_ op: UnaryOperator, _ a: Tensor) throws -> Tensor {
    var value = try Tensor.untracked(.unary(op), [a])
    let order = MemoryOrder.elementwise([a], shape: value.shape)
    if value.memoryAxes != order { value.memoryAxes = order }
    return value
  }

  /// `np.transpose(g, axes)`: the permuted elements, in the permuted memory order (NumPy returns a view).
  static func transposed(_ g: Tensor, axes: [Int]) -> Tensor {
    var result = ShapeKernels.transpose(g, axes: axes)
    let order = g.memoryAxes(afterTranspose: axes)
    if result.memoryAxes != order { result.memoryAxes = order }
    return result
  }

  /// `np.sum(g, axis=axes, keepdims=keepdims)` in g's memory order, with the result in NumPy's order.
  static func sum(_ g: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    try Operation.reduce(.sum, axes: axes, keepdims: keepdims).evaluate([g])
  }

  /// `np.reshape(g, shape)`: NumPy keeps a view when the memory allows it (`_attempt_nocopy_reshape`), so the result
  /// keeps g's order; otherwise it copies in C order.
  static func reshaped(_ g: Tensor, _ shape: [Int]) -> Tensor {
    var result = g.reshapedUnrecorded(shape)
    guard g.memoryAxes != nil, g.size > 0, let strides = noCopyStrides(g.shape, g.memoryStrides, to: shape) else {
      return result
    }
    // A view of g's dense memory: its axes ordered by stride, outermost first (unit axes where they stand).
    let order = shape.indices.sorted { left, right in
      let l = shape[left] == 1 ? Int.max : strides[left]
      let r = shape[right] == 1 ? Int.max : strides[right]
      return l != r ? l > r : left < right
    }
    result.memoryAxes = MemoryOrder.normalized(order)
    return result
  }

  /// NumPy's `_attempt_nocopy_reshape`: the strides of `newShape` over the memory of an array of `shape` and
  /// `strides` (elements, C order of the result), or nil when the reshape needs a copy.
  static func noCopyStrides(_ shape: [Int], _ strides: [Int], to newShape: [Int]) -> [Int]? {
    let old = shape.indices.filter { shape[$0] != 1 }
    let oldDims = old.map { shape[$0] }
    let oldStrides = old.map { strides[$0] }
    var newStrides = [Int].filled(0, count: newShape.count)
    var oi = 0
    var oj = 1
    var ni = 0
    var nj = 1
    while ni < newShape.count && oi < oldDims.count {
      var np = newShape[ni]
      var op = oldDims[oi]
      while np != op {
        if np < op {
          np *= newShape[nj]
          nj += 1
        } else {
          op *= oldDims[oj]
          oj += 1
        }
      }
      // The merged old axes must be contiguous with one another in C order.
      for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] { return nil }
      newStrides[nj - 1] = oldStrides[oj - 1]
      var nk = nj - 1
      while nk > ni {
        newStrides[nk - 1] = newStrides[nk] * newShape[nk]
        nk -= 1
      }
      ni = nj
      nj += 1
      oi = oj
      oj += 1
    }
    // Trailing unit axes take the last stride (their value is never used to step).
    let last = ni > 0 ? newStrides[ni - 1] : 1
    for k in ni..<newShape.count { newStrides[k] = last }
    return newStrides
  }
}
