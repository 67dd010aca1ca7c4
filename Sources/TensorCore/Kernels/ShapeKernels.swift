/// Data movement for transpose and broadcast_to: each is a strided view of the source, gathered.
enum ShapeKernels {
  /// The array with its axes permuted (`axes` is a validated permutation).
  static func transpose(_ a: Tensor, axes: [Int]) -> Tensor {
    let strides = Shape.strides(a.shape)
    let view = StridedView(offset: 0, shape: axes.map { a.shape[$0] }, strides: axes.map { strides[$0] })
    return Tensor(shape: view.shape, storage: view.gather(a.storage), isScalar: a.isScalar, node: nil)
  }

  /// The array repeated along broadcast axes to `shape`, or NumPy's broadcast_to error.
  static func broadcast(_ a: Tensor, to shape: [Int]) throws -> Tensor {
    if shape.contains(where: { $0 < 0 }) {
      throw TensorError.value("all elements of broadcast shape must be non-negative")
    }
    if a.shape.count > shape.count {
      throw TensorError.value("input operand has more dimensions than allowed by the axis remapping")
    }
    let lead = shape.count - a.shape.count
    for axis in a.shape.indices where a.shape[axis] != 1 && a.shape[axis] != shape[lead + axis] {
      throw TensorError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + "\(Shape.compact(a.shape))  and requested shape \(Shape.compact(shape))")
    }
    // NumPy's iterator counts elements before bytes.
    var elements = 1
    for extent in shape {
      let (product, overflow) = elements.multipliedReportingOverflow(by: extent)
      if overflow { throw TensorError.value("iterator is too large") }
      elements = product
    }
    _ = try Shape.checkedCount(shape)
    let view = StridedView(offset: 0, shape: shape, strides: BroadcastWalk.strides(of: a.shape, in: shape))
    return Tensor(shape: shape, storage: view.gather(a.storage), isScalar: false, node: nil)
  }
}
