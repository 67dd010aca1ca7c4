/// Data movement for transpose and broadcast_to: each is a strided view of the source, gathered.
enum ShapeKernels {
  /// The array with its axes permuted (`axes` is a validated permutation). `deferring`: the copy is left to the first
  /// reader of the result's elements (`DeferredTranspose`): `c = a.T` in a loop copied 100 elements a call that
  /// nothing read, where NumPy swaps two strides; a result without two axes or without elements, or one made without
  /// a copy, is made at once.
  static func transpose(_ a: Tensor, axes: [Int], deferring: Bool = false) -> Tensor {
    let shape = transposedShape(a, axes: axes)
    if let operand = a.transposedOperand(undoneBy: axes) {
      return Tensor(shape: shape, storage: operand.storage, isScalar: a.isScalar, node: nil)
    }
    if deferring && axes.count >= 2 && a.size > 0 { return Tensor(deferring: a, axes: axes, shape: shape) }
    if let (operandElements, deferred) = a.deferredTransposeOperand {
      // A transpose not made yet is permuted once, from its operand's elements: the matrix kernels' copy of `a.T` in
      // `a`'s order (`a.T @ b`) is `a`'s elements themselves, where the transpose was made only to be undone.
      // Whether the two permutations compose to none is asked without making the composed list (an allocation and
      // a free of every `a.T @ b`).
      let undoes = axes.indices.allSatisfy { deferred.axes[axes[$0]] == $0 }
      let storage =
        undoes
        ? operandElements
        : permuted(operandElements, shape: deferred.sourceShape, axes: deferred.axes(followedBy: axes))
      return Tensor(shape: shape, storage: storage, isScalar: a.isScalar, node: nil)
    }
    return Tensor(
      shape: shape, storage: permuted(a.storage, shape: a.shape, axes: axes), isScalar: a.isScalar, node: nil)
  }

  /// The shape of `a` with its axes permuted by `axes`: `a`'s own list when the permutation leaves every extent where
  /// it was (`a.T` of a square matrix), where a new one was allocated and freed with every result.
  private static func transposedShape(_ a: Tensor, axes: [Int]) -> [Int] {
    let keepsShape = a.shape.withUnsafeBufferPointer { extents in
      axes.indices.allSatisfy { extents[axes[$0]] == extents[$0] }
    }
    return keepsShape ? a.shape : axes.map { a.shape[$0] }
  }

  /// `storage` (row-major, `shape`) with its axes permuted: result axis k is axis `axes[k]`.
  static func permuted(_ storage: Storage, shape: [Int], axes: [Int]) -> Storage {
    let tiled: Storage? =
      switch storage {
      case .float64(let values): TransposeKernel.permuted(values, shape: shape, axes: axes).map { .float64($0) }
      case .int64(let values): TransposeKernel.permuted(values, shape: shape, axes: axes).map { .int64($0) }
      case .bool(let values): TransposeKernel.permuted(values, shape: shape, axes: axes).map { .bool($0) }
      case .complex128(let values):
        TransposeKernel.permuted(values, shape: shape, axes: axes).map { .complex128($0) }
      }
    if let tiled { return tiled }
    let strides = Shape.strides(shape)
    let view = StridedView(offset: 0, shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] })
    return view.gather(storage)
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
