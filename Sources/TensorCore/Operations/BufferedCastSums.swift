/// NumPy's float64 sums of float32 values (`np.sum(x, dtype=np.float64)`, `np.mean(x, dtype=np.float64)`): the
/// iterator casts the values through buffers of 8192 elements, each piece summed pairwise and the pieces added in
/// turn, as `halfSumInFloat32` follows for halves.
extension Tensor {
  /// `np.sum(x, axis, dtype=np.float64)` of float32 values (`mean` divides each sum by its count, in float64).
  /// Past 8192 elements only reductions over all axes, a trailing block or a leading block of axes follow NumPy's
  /// buffers in docbuild's walk; other axis sets, and values held in another memory order, are refused.
  public func float32SumInFloat64(axis: Axes, keepdims: Bool, mean: Bool) throws -> Tensor {
    let name = mean ? "np.mean(..., dtype=np.float64)" : "np.sum(..., dtype=np.float64)"
    let axes = try axis.resolve(ndim: ndim, lenient: !mean)
    if iterationOrder != nil {
      throw TensorError(
        "NotImplementedError",
        "\(name) of a float32 view out of C order is not supported: NumPy casts it in its memory order, which "
          + "docbuild does not reproduce; make a copy with .copy() first", isLimit: true)
    }
    try checkCastBuffers(over: axes, name, dtypeName: "float32")
    var keptShape = shape
    for axis in axes { keptShape[axis] = 1 }
    let resultShape = keepdims ? keptShape : shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    var sums = ReductionKernel.reduce(
      doubles, shape: shape, keptShape: keptShape, initial: 0.0, combine: +, row: Self.bufferedPairwiseSum)
    if mean {
      let count = Double(count(over: axes))
      sums = sums.map { $0 / count }
    }
    return Tensor(shape: resultShape, storage: .float64(sums), isScalar: resultShape.isEmpty, node: nil)
  }

  /// A row summed as NumPy's buffered float64 reduction sums it: pairwise within each 8192-element piece, the
  /// pieces added in turn.
  private static func bufferedPairwiseSum(
    _ values: UnsafeBufferPointer<Double>, _ start: Int, _ stride: Int, _ count: Int
  ) -> Double {
    var total = 0.0
    var done = 0
    while done < count {
      let piece = Swift.min(halfBufferSize, count - done)
      total += ReductionKernel.pairwiseSum(values, start + done * stride, stride, piece)
      done += piece
    }
    return total
  }
}
