/// Data movement for transpose and broadcast_to: each is a strided view of the source, gathered.
enum ShapeKernels {
  /// The array with its axes permuted (`axes` is a validated permutation).
  static func transpose(_ a: Tensor, axes: [Int]) -> Tensor {
    // A permutation that leaves the extents where they were (`a.T` of a square matrix) shares the operand's shape
    // list, where a new one was allocated and freed with every result.
    let keepsShape = a.shape.withUnsafeBufferPointer { extents in
      axes.indices.allSatisfy { extents[axes[$0]] == extents[$0] }
    }
    let shape = keepsShape ? a.shape : axes.map { a.shape[$0] }
    if let operand = a.transposedOperand(undoneBy: axes) {
      return Tensor(shape: shape, storage: operand.storage, isScalar: a.isScalar, node: nil)
    }
    let tiled: Storage? =
      switch a.storage {
      case .float64(let values): TransposeKernel.permuted(values, shape: a.shape, axes: axes).map { .float64($0) }
      case .int64(let values): TransposeKernel.permuted(values, shape: a.shape, axes: axes).map { .int64($0) }
      case .bool(let values): TransposeKernel.permuted(values, shape: a.shape, axes: axes).map { .bool($0) }
      case .complex128(let values):
        TransposeKernel.permuted(values, shape: a.shape, axes: axes).map { .complex128($0) }
      }
    if let tiled { return Tensor(shape: shape, storage: tiled, isScalar: a.isScalar, node: nil) }
    let strides = Shape.strides(a.shape)
    let view = StridedView(offset: 0, shape: shape, strides: axes.map { strides[$0] })
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

extension Tensor {
  /// The operand of the recorded transpose that made this value, when permuting this value's axes by `axes` gives
  /// that operand back: its elements are the permutation's, with no copy (a reduction of `x.T`, which walks NumPy's
  /// memory order, reads `x` itself).
  fileprivate func transposedOperand(undoneBy axes: [Int]) -> Tensor? {
    guard let node, node.isTransposeResult, case (.transpose(let applied)?, let inputs) = node.recipeParts,
      inputs.count == 1,
      applied.count == axes.count, axes.indices.allSatisfy({ applied[axes[$0]] == $0 })
    else { return nil }
    let operand = inputs[0]
    guard operand.dtype == dtype, operand.shape == axes.map({ shape[$0] }) else { return nil }
    return operand
  }
}
