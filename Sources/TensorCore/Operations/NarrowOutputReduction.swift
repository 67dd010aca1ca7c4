/// NumPy's maximum and minimum reductions into an `out` array whose dtype does not hold the loop's values
/// (`np.max(a, axis=1, out=np.zeros(2, np.int8))` of an int64 `a`). Having no identity, NumPy first copies each
/// output's first element (index 0 along every reduced axis) into `out`, cast to `out`'s dtype, then reduces the rest
/// in the loop dtype starting from that cast value read back, and casts the result into `out` again: a wrapped first
/// element takes part in the comparison (`[300, 100]` into int8 is 100, not 300's 44).
extension Tensor {
  /// The elements NumPy's iterator casts in one go (its buffer size): a reduction into an `out` of another dtype casts
  /// into `out` again after each such block.
  public static let castBufferSize = 8192

  /// The reduction (`isMaximum` or the minimum) over `axis` computed as NumPy computes it into an `out` of dtype
  /// `outType` with its loop in `loop`, for arrays whose reduction runs in one of NumPy's cast buffers; the result
  /// in `outType`.
  public func extremeReduced(
    isMaximum: Bool, axis: Axes, keepdims: Bool, loop: DType, into outType: DType
  ) throws -> Tensor {
    let axes = try axis.resolve(ndim: ndim)
    var strides = [Int](repeating: 1, count: ndim)
    for index in stride(from: ndim - 2, through: 0, by: -1) { strides[index] = strides[index + 1] * shape[index + 1] }
    // The elements each output starts from: index 0 along every reduced axis.
    let firstPositions = (0..<size).filter { position in
      axes.allSatisfy { (position / strides[$0]) % shape[$0] == 0 }
    }
    let firstValues = Tensor(shape: [firstPositions.count], storage: storage.picking(firstPositions)).tagged(dtype)
    let startValues = try firstValues.astype(outType).astype(loop)
    let inLoop = try astype(loop)
    let started = Tensor(
      shape: shape, storage: inLoop.storage.replacing(firstPositions, with: startValues.storage)
    ).tagged(loop)
    let reduced =
      isMaximum
      ? try started.max(axis: .many(axes), keepdims: keepdims) : try started.min(axis: .many(axes), keepdims: keepdims)
    return try reduced.astype(outType)
  }
}

extension Storage {
  /// The elements at `positions`, in their order.
  fileprivate func picking(_ positions: [Int]) -> Storage {
    switch self {
    case .bool(let values): .bool(positions.map { values[$0] })
    case .int64(let values): .int64(positions.map { values[$0] })
    case .float64(let values): .float64(positions.map { values[$0] })
    case .complex128(let values): .complex128(positions.map { values[$0] })
    }
  }

  /// These elements with those at `positions` replaced by `replacement`'s, in order (both of one storage class).
  fileprivate func replacing(_ positions: [Int], with replacement: Storage) -> Storage {
    switch (self, replacement) {
    case (.bool(var values), .bool(let new)):
      for (position, value) in zip(positions, new) { values[position] = value }
      return .bool(values)
    case (.int64(var values), .int64(let new)):
      for (position, value) in zip(positions, new) { values[position] = value }
      return .int64(values)
    case (.float64(var values), .float64(let new)):
      for (position, value) in zip(positions, new) { values[position] = value }
      return .float64(values)
    case (.complex128(var values), .complex128(let new)):
      for (position, value) in zip(positions, new) { values[position] = value }
      return .complex128(values)
    default:
      return self
    }
  }
}

/// NumPy's sums into an `out` whose dtype does not hold the loop's values (`np.sum(x, out=np.zeros((), np.float32))`
/// of a float64 `x`) past one cast buffer. NumPy's iterator reads `out` into the loop dtype, adds one buffer of
/// elements to it, and casts it back into `out` at the buffer's end; so the cast rounds once per buffer. What the
/// answer47 probe (`Fuzz/answer47_probe.py narrow-out-long`) confirmed for a C-contiguous operand: a reduction to one
/// value (or of a 1-d array) and one along the last axis of a 2-d array add each buffer of 8192 elements of a line
/// by pairwise summation (`out += pairwise_sum(buffer)`). (Along the first axis NumPy's buffers hold a number of
/// rows its iterator chooses by the shape, not followed: refused.)
extension Tensor {
  /// The sum over `axis` (nil: every axis) as NumPy computes it into an `out` of dtype `outType` with its loop in
  /// `loop` (float64 or float32), the result in `outType`; nil for another layout or loop, which snippets refuse.
  public func bufferedNarrowSum(axis: Int?, keepdims: Bool, loop: DType, into outType: DType) throws -> Tensor? {
    guard loop == .float64 || loop == .float32 else { return nil }
    let inLoop = try astype(loop)
    guard case .float64(let values) = inLoop.storage else { return nil }
    let buffer = Self.castBufferSize
    /// One line's sum: each buffer's pairwise sum added to the out's value read back, cast into `out` after each.
    func lineSum(_ line: ArraySlice<Double>) throws -> Tensor {
      var total = try Tensor(0.0).astype(outType)
      var start = line.startIndex
      while start < line.endIndex {
        let end = Swift.min(start + buffer, line.endIndex)
        let chunk = Tensor(shape: [end - start], storage: .float64(Array(line[start..<end]))).tagged(loop)
        total = try total.astype(loop).adding(try chunk.sum()).astype(outType)
        start = end
      }
      return total
    }
    let resultShape: [Int]
    let results: [Tensor]
    switch axis {
    case _ where axis == nil || ndim == 1:
      results = [try lineSum(values[...])]
      resultShape = keepdims ? [Int](repeating: 1, count: ndim) : []
    case 1? where ndim == 2:
      let (rows, columns) = (shape[0], shape[1])
      results = try (0..<rows).map { row in try lineSum(values[(row * columns)..<((row + 1) * columns)]) }
      resultShape = keepdims ? [rows, 1] : [rows]
    default:
      return nil
    }
    let joined = try Tensor.concatenate(results.map { try $0.reshape([1]) }, axis: 0)
    return try joined.reshape(resultShape)
  }
}
