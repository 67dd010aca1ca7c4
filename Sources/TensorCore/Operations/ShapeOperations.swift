/// Operations that rearrange elements without computing new ones: reshape, transpose, expand_dims, squeeze,
/// broadcast_to, flatten, copy and astype.
extension Tensor {
  /// `a.reshape(shape)`: one extent may be negative (NumPy's -1) and is inferred.
  public func reshape(_ newShape: [Int]) throws -> Tensor {
    // The unknown extent and the (wrapping) product of the known ones, in one pass without temporary arrays.
    var unknownAxis: Int?
    var known = 1
    for (axis, extent) in newShape.enumerated() {
      if extent >= 0 {
        known = known.multipliedReportingOverflow(by: extent).partialValue
      } else if unknownAxis == nil {
        unknownAxis = axis
      } else {
        throw TensorError.value("can only specify one unknown dimension")
      }
    }
    var resolved = newShape
    // Written only when thrown: the text cost each `a.reshape(5, 20)` in a loop more than the reshape.
    func mismatch() -> TensorError {
      TensorError.value("cannot reshape array of size \(size) into shape \(Shape.compact(newShape))")
    }
    if let axis = unknownAxis {
      guard known != 0, size % known == 0 else { throw mismatch() }
      resolved[axis] = size / known
    }
    if newShape.count > Shape.maxDimensions { _ = try Shape.checkedCount(newShape) }
    // An overflow-checked product: extents such as (2**40, 2**40) must be a mismatch, not an overflow trap.
    // In order, zeros included, as NumPy multiplies: (2**62, 2**62, 0) overflows before it reaches the 0.
    var product: Int? = 1
    for extent in resolved {
      product = product.flatMap { $0.multipliedReportingOverflow(by: extent).overflow ? nil : $0 * extent }
    }
    guard product == size else { throw mismatch() }
    // A size-0 array may take a shape such as (2**40, 0) in NumPy; here its non-zero extents are held to the limit.
    _ = try Shape.checkedCount(resolved)
    return try Tensor.recordReshape(resolved, isScalar: isScalar && resolved.isEmpty, of: self)
  }

  /// `a.transpose()` reverses the axes; `a.transpose(axes)` permutes them (negative axes allowed).
  public func transpose(_ axes: [Int]? = nil) throws -> Tensor {
    let normalized: [Int]
    if let axes {
      if axes.count != ndim { throw TensorError.value("axes don't match array") }
      normalized = try axes.map { try Shape.normalize(axis: $0, ndim: ndim) }
      if Set(normalized).count != ndim { throw TensorError.value("repeated axis in transpose") }
    } else if ndim == 2 {
      // A matrix's `a.T` in a loop: one shared list, where a new one per call cost its allocation and its free.
      normalized = Self.swappedAxes
    } else {
      // Written in place: `Array((0..<ndim).reversed())` took the unspecialised allocator (`Array.filled`).
      var reversed = [Int].filled(0, count: ndim)
      for axis in 0..<ndim { reversed[axis] = ndim - 1 - axis }
      normalized = reversed
    }
    var result = try Tensor.recordTranspose(normalized, of: self)
    // NumPy's transpose is a view of the same memory: reductions and matrix products read it in that order. Reversing
    // the axes of a C-ordered value is its own inverse permutation, so the memory order is the list itself (what
    // `memoryAxes(afterTranspose:)` computes into a new list), nil below two axes.
    if axes == nil && memoryAxes == nil {
      result.memoryAxes = ndim < 2 ? nil : normalized
    } else {
      result.memoryAxes = memoryAxes(afterTranspose: normalized)
    }
    return result
  }

  /// The axes of a matrix reversed.
  static let swappedAxes = [1, 0]

  /// `a.T`: the axes reversed.
  public var T: Tensor { get throws { try transpose() } }

  /// `np.expand_dims(a, axis)`: inserts unit axes at the given positions of the result.
  public func expandDims(_ axes: [Int]) throws -> Tensor {
    let resultDimensions = ndim + axes.count
    if resultDimensions > Shape.maxDimensions {
      _ = try Shape.checkedCount([Int](repeating: 1, count: resultDimensions))
    }
    let normalized = try axes.map { try Shape.normalize(axis: $0, ndim: resultDimensions) }
    if Set(normalized).count != normalized.count { throw TensorError.value("repeated axis") }
    var remaining = shape.makeIterator()
    let newShape = (0..<resultDimensions).map { normalized.contains($0) ? 1 : remaining.next()! }
    return try Tensor.record(.reshape(newShape, isScalar: false), NodeInputs(self))
  }

  /// `np.squeeze(a, axis)`: removes the given unit axes, or every unit axis when `axes` is nil. `isSingleAxis` says
  /// the axis was one integer rather than a tuple: NumPy then lets a 0-d array squeeze axis 0 or -1 (it stays 0-d).
  public func squeeze(_ axes: [Int]? = nil, isSingleAxis: Bool = false) throws -> Tensor {
    var removed = Set(shape.indices.filter { shape[$0] == 1 })
    if ndim == 0, isSingleAxis, let axes, axes == [0] || axes == [-1] {
      return try Tensor.record(.reshape([], isScalar: isScalar), NodeInputs(self))
    }
    if let axes {
      let normalized = try Shape.normalize(axes: axes, ndim: ndim)
      if normalized.contains(where: { shape[$0] != 1 }) {
        throw TensorError.value("cannot select an axis to squeeze out which has size not equal to one")
      }
      removed = Set(normalized)
    }
    let newShape = shape.indices.filter { !removed.contains($0) }.map { shape[$0] }
    return try Tensor.record(.reshape(newShape, isScalar: isScalar), NodeInputs(self))
  }

  /// `np.broadcast_to(a, shape)`, as a new array.
  public func broadcast(to newShape: [Int]) throws -> Tensor {
    try Tensor.record(.broadcastTo(newShape), NodeInputs(self))
  }

  /// The broadcast shape of a binary ufunc's two operands, or the ufunc's error ("operands could not be broadcast
  /// together with shapes (3,2) (2,2) "), which differs from `np.broadcast_shapes`' wording.
  public static func broadcastOperandShapes(_ a: [Int], _ b: [Int]) throws -> [Int] {
    try Shape.broadcastOperands(a, b)
  }

  /// `np.broadcast_shapes(*shapes)`, with NumPy's error naming the two arguments that disagree.
  public static func broadcastShapes(_ shapes: [[Int]]) throws -> [Int] {
    let ndim = shapes.map(\.count).max() ?? 0
    var result = [Int].filled(1, count: ndim)  // `filled`: `init(repeating:count:)` took the unspecialised allocator
    for axis in 0..<ndim {
      var source = 0
      for (argument, shape) in shapes.enumerated() {
        let k = axis + shape.count - ndim
        guard k >= 0, shape[k] != 1 else { continue }
        if result[axis] == 1 {
          result[axis] = shape[k]
          source = argument
        } else if result[axis] != shape[k] {
          throw TensorError.value(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg \(source) "
              + "with shape \(Shape.python(shapes[source])) and arg \(argument) with shape \(Shape.python(shape)).")
        }
      }
    }
    return result
  }

  /// `a.flatten()`: a 1-d copy.
  public func flatten() throws -> Tensor {
    try Tensor.record(.reshape([size], isScalar: false), NodeInputs(self))
  }

  /// `a.copy()`: the same values as a new value (still connected to `a` for autodiff).
  public func copy() throws -> Tensor {
    try Tensor.record(.identity, NodeInputs(self))
  }

  /// `a.astype(dtype)`: float64 to float64 keeps the autodiff connection; anything else is a new, untracked value
  /// (float to int truncates toward zero, integers wrap, float32 rounds to nearest).
  public func astype(_ target: DType) throws -> Tensor {
    if dtype != .float64 || target != .float64 {
      try ResourceMeter.chargeAllocation(elements: size, itemSize: target.itemSize)
    }
    var result: Tensor
    if dtype == target {
      result = try copy()
    } else {
      if target == .float16 { try NarrowEvaluation.refuseFloat16Gradient(self) }
      try NarrowEvaluation.refuseIntegerCastGradient(self, to: target)
      result = try checkedConversion(to: target)
      if target == .float64 { result = Tensor(shape: shape, storage: result.storage, isScalar: isScalar) }
      result.detour(from: [self])
    }
    // NumPy's `astype` copies in the source's memory order (`order='K'`), so later sums walk that order.
    let order = iterationOrder
    if result.memoryAxes != order { result.memoryAxes = order }
    return result
  }
}
