/// NumPy's memory order for values that are not C-ordered (`Tensor.memoryAxes`): transposes make them, reductions
/// walk their memory and allocate their results in it, and element-wise results follow their operands' order as
/// NumPy's iterator sorts them.
public enum MemoryOrder {
  /// `axes` as a value's memory order: nil when it is C order.
  public static func normalized(_ axes: [Int]) -> [Int]? {
    axes.elementsEqual(axes.indices) ? nil : axes
  }

  /// The inverse of the permutation `axes`.
  static func inverse(_ axes: [Int]) -> [Int] {
    var inverse = [Int].filled(0, count: axes.count)
    for (position, axis) in axes.enumerated() { inverse[axis] = position }
    return inverse
  }

  /// `a` with its axes permuted by `axes` into a new row-major value, keeping its dtype.
  static func permuted(_ a: Tensor, _ axes: [Int]) -> Tensor {
    let result = ShapeKernels.transpose(a, axes: axes)
    return a.dtype.isNarrow ? result.tagged(a.dtype) : result
  }

  /// Reduces `a` over `axes` as NumPy does: NumPy's reduction walks `a`'s memory with its axes sorted by stride,
  /// so `a` is reduced as the array in that order (`reduceRowMajor` over the mapped axes; each axis keeps its own
  /// direction, as NumPy's reductions do not flip negative strides), and the result is that one with its axes put
  /// back in `a`'s order, held in the order NumPy allocates it in.
  static func reduce(
    _ a: Tensor, axes: [Int], keepdims: Bool, _ reduceRowMajor: (Tensor, [Int], Bool) throws -> Tensor
  ) throws -> Tensor {
    guard let order = a.iterationOrder else { return try reduceRowMajor(a, axes, keepdims) }
    // Axis j of the memory array is axis order[j] of `a`; `position` maps back.
    let position = inverse(order)
    let memoryReduced = axes.map { position[$0] }.sorted()
    let reduced = try reduceRowMajor(permuted(a, order), memoryReduced, keepdims)
    if keepdims {
      var result = permuted(reduced, position)
      result.memoryAxes = order
      return result
    }
    let memoryRemaining = a.shape.indices.filter { !memoryReduced.contains($0) }
    let remainingOrder = a.shape.indices.filter { !axes.contains($0) }.map {
      memoryRemaining.firstIndex(of: position[$0])!
    }
    var result = permuted(reduced, remainingOrder)
    result.memoryAxes = normalized(inverse(remainingOrder))
    return result
  }

  /// The memory order `reduce` gives the result of reducing `a` over `axes`: the remaining axes (all of them with
  /// `keepdims`) in the order NumPy's reduction walks `a`.
  public static func reducedOrder(_ a: Tensor, axes: [Int], keepdims: Bool) -> [Int]? {
    guard let order = a.iterationOrder else { return nil }
    if keepdims { return order }
    let remaining = order.filter { !axes.contains($0) }
    // Renumber the remaining axes as the result's.
    let kept = a.shape.indices.filter { !axes.contains($0) }
    return normalized(remaining.map { kept.firstIndex(of: $0)! })
  }

  /// Refuses a sum or product over `axes` of `a` when docbuild does not know the memory order NumPy walks for it.
  static func refuseUnknownOrder(_ a: Tensor, axes: [Int], for operation: String) throws {
    if axes.contains(where: { a.shape[$0] > 1 }) { try a.checkKnownLayout(for: operation) }
  }

  /// `a`, once `refuseUnknownOrder` let it through.
  static func checkedOrder(_ a: Tensor, axes: [Int], for operation: String) throws -> Tensor {
    try refuseUnknownOrder(a, axes: axes, for: operation)
    return a
  }

  /// Refuses a float sum over several axes of a view whose memory has gaps or reversals, past 8192 elements: NumPy
  /// copies such a view through its 8192-element buffers and sums each buffer pairwise, an order docbuild does not
  /// reproduce (NumPy 2.4.6 differs from a sum of the walk in one piece on `x[::-1].sum()` of a (1000, 20) array).
  static func refuseBufferedSum(_ a: Tensor, axes: [Int]) throws {
    try refuseUnknownOrder(a, axes: axes, for: "a sum")
    guard a.size > 8192, a.dtype.isFloat || a.dtype.isComplex, let view = a.view, view.positions == nil,
      view.strides.count == a.ndim
    else { return }
    guard axes.filter({ a.shape[$0] != 1 }).count > 1 else { return }
    let strides = a.shape.indices.map { a.shape[$0] == 1 ? 0 : view.strides[$0] }
    var outer: Int? = nil
    var hasGap = false
    for axis in iteratorOrder([strides], ndim: a.ndim) where a.shape[axis] != 1 {
      if let outer, strides[outer] != strides[axis] * a.shape[axis] { hasGap = true }
      outer = axis
    }
    guard hasGap else { return }
    throw TensorError(
      "NotImplementedError",
      "a sum over several axes (sum, mean, var, nansum, …) of a non-contiguous view of more than 8192 elements is "
        + "not supported: NumPy sums it through its 8192-element buffers, in an order docbuild does not reproduce; "
        + "sum a copy (.copy()) instead", isLimit: true)
  }

  /// True when `iteratorOrder` of one operand with these strides (axes of extent 1 or stride 0 taking no part) is C
  /// order: the strides' magnitudes never grow from one compared axis to the next, so its insertion sort moves none.
  public static func isIteratorOrdered(_ shape: [Int], _ strides: [Int]) -> Bool {
    var previous = Int.max
    for axis in shape.indices where shape[axis] != 1 && strides[axis] != 0 {
      let magnitude = abs(strides[axis])
      if magnitude > previous { return false }
      previous = magnitude
    }
    return true
  }

  /// NumPy's iterator order of axes with these `strides` (one list per operand, 0 where an operand has none):
  /// the insertion sort of `npyiter_find_best_axis_ordering`, an axis moving inside another only when every operand
  /// with a stride on both agrees; outermost first.
  public static func iteratorOrder(_ strides: [[Int]], ndim: Int) -> [Int] {
    strideSorted(strides.map { $0.map { $0 == 0 ? nil : $0 } }, ndim: ndim, outermostFirst: false)
  }

  /// The order NumPy gives the axes of an array that joins arrays of these shapes and memory strides
  /// (`PyArray_CreateMultiSortedStridePerm`, as `np.concatenate` allocates its result): an insertion sort from C
  /// order, outermost first, an axis moving outside another only when every array with extent above 1 on both
  /// agrees its stride there is larger; nil for C order.
  public static func multiSortedOrder(shapes: [[Int]], strides: [[Int]]) -> [Int]? {
    guard let ndim = shapes.first?.count else { return nil }
    let compared = zip(shapes, strides).map { shape, stride in
      shape.indices.map { shape[$0] == 1 ? nil : stride[$0] }
    }
    return normalized(strideSorted(compared, ndim: ndim, outermostFirst: true))
  }

  /// NumPy's stable insertion sort of axes by the size of their strides (one list per operand; nil where an operand
  /// takes no part in comparing that axis), outermost first. Both of NumPy's sorts are this one: the iterator's
  /// starts from the innermost axis and moves an axis inward past a larger stride (`outermostFirst: false`); the
  /// joins' starts from the outermost and moves an axis outward past a smaller one (`outermostFirst: true`). An axis
  /// moves past another only when the operands comparing both agree; where they disagree, C order wins.
  static func strideSorted(_ strides: [[Int?]], ndim: Int, outermostFirst: Bool) -> [Int] {
    // The axes in the order the sort walks them: `order[0]` is the outermost or the innermost.
    var order = outermostFirst ? Array(0..<ndim) : Array((0..<ndim).reversed())
    for next in 1..<Swift.max(ndim, 1) {
      let moving = order[next]
      var insertAt = next
      var earlier = next - 1
      while earlier >= 0 {
        let passed = order[earlier]
        var isAmbiguous = true
        var shouldSwap = false
        for operand in strides {
          guard let movingStride = operand[moving], let passedStride = operand[passed] else { continue }
          // The iterator keeps the smaller stride first (inside); the joins keep the larger first (outside).
          let staysBehind =
            outermostFirst ? abs(movingStride) <= abs(passedStride) : abs(passedStride) <= abs(movingStride)
          if staysBehind {
            shouldSwap = false
          } else if isAmbiguous {
            shouldSwap = true
          }
          isAmbiguous = false
        }
        if !isAmbiguous {
          if shouldSwap { insertAt = earlier } else { break }
        }
        earlier -= 1
      }
      if insertAt != next {
        order.remove(at: next)
        order.insert(moving, at: insertAt)
      }
    }
    return outermostFirst ? order : order.reversed()
  }

  /// Gives `result`, computed element-wise from `inputs`, NumPy's memory order for it (or marks it unknown when an
  /// input's order is unknown).
  public static func followElementwise(_ result: inout Tensor, _ inputs: [Tensor]) {
    if let origin = firstUnknownOrigin(inputs) {
      if result.shape.filter({ $0 > 1 }).count > 1 { result.unknownLayoutOrigin = origin }
      return
    }
    let order = elementwise(inputs, shape: result.shape)
    if result.memoryAxes != order { result.memoryAxes = order }
  }

  /// The memory order NumPy gives the result of an element-wise operation on `inputs` (broadcast to `shape`): its
  /// iterator's axis order, found by the insertion sort of `npyiter_find_best_axis_ordering` over the operands'
  /// strides (an axis moves inside another only when every operand with a stride on both agrees; broadcast and
  /// unit axes have none).
  static func elementwise(_ inputs: [Tensor], shape: [Int]) -> [Int]? {
    guard inputs.contains(where: { $0.memoryAxes != nil || $0.isView }) else { return nil }
    if let order = contiguousOrder(inputs, shape: shape) { return order }
    let ndim = shape.count
    let strides: [[Int]] = inputs.map { operand in
      let lead = ndim - operand.ndim
      let own = operand.memoryStrides
      return (0..<ndim).map { axis in
        axis < lead || operand.shape[axis - lead] == 1 ? 0 : own[axis - lead]
      }
    }
    return normalized(iteratorOrder(strides, ndim: ndim))
  }
}

extension MemoryOrder {
  /// `order` (of an array of `shape` a ufunc made) as a second ufunc over that array leaves it: its trivial loop gives
  /// a C- or Fortran-contiguous array C or Fortran strides on its axes of extent 1 too.
  public static func retraced(_ order: [Int]?, shape: [Int]) -> [Int]? {
    guard let order, shape.count > 1 else { return nil }
    let extended = order.filter { shape[$0] != 1 }
    if extended.elementsEqual(extended.sorted()) { return nil }
    if extended.elementsEqual(extended.sorted(by: >)) { return Array((0..<shape.count).reversed()) }
    return order
  }

  /// The order of NumPy's trivial ufunc loop (`try_trivial_single_output_loop`), which skips the iterator when every
  /// operand but 0-d ones has the result's shape and all are contiguous in one order: Fortran order (`[]`'s reverse)
  /// when all are Fortran- and not C-contiguous, C order (`.some(nil)`) when all are C-contiguous; nil when the
  /// iterator decides. The two orders differ in the strides of axes of extent 1 (`np.exp(x.T[:, None])`).
  public static func contiguousOrder(_ inputs: [Tensor], shape: [Int]) -> [Int]?? {
    // One pass through the operands in place, with no lists of arrays or flags (this runs on every element-wise
    // operation that has a view or a non-C-ordered operand, `a + b` of a reshaped `a` included).
    inputs.withUnsafeBufferPointer { buffer in
      contiguousOrder(shape: shape) { visit in for i in buffer.indices { visit(buffer[i]) } }
    }
  }

  /// `elementwise` of a recorded operation's operands, read where the node holds them: the trivial loop's order
  /// (every operand contiguous in one order, `a + b` or `np.exp(a)` of a reshaped `a`) is found without the list of
  /// the operands `elementwise` takes, which allocated one and freed it on every such operation. The caller has
  /// found an operand that is a view or held in another order (`elementwise`'s first test).
  static func elementwise(_ inputs: borrowing NodeInputs, shape: [Int]) -> [Int]? {
    if let order = contiguousOrder(shape: shape, operands: { visit in inputs.forEachInPlace(visit) }) {
      return order
    }
    return elementwise(inputs.array, shape: shape)
  }

  /// `contiguousOrder` of the operands `forEach` hands to its argument in order.
  @inline(__always)
  private static func contiguousOrder(shape: [Int], operands forEach: ((Tensor) -> Void) -> Void) -> [Int]?? {
    guard shape.count > 1 else { return nil }
    var first: (c: Bool, f: Bool)? = nil
    var isTrivial = true
    forEach { operand in
      guard isTrivial, operand.ndim > 0 else { return }
      guard operand.shape == shape else {
        isTrivial = false
        return
      }
      let own = operand.contiguity
      if let first {
        if own != first { isTrivial = false }
      } else if own.c || own.f {
        first = own
      } else {
        isTrivial = false
      }
    }
    guard isTrivial, let first else { return nil }
    return .some(first.c ? nil : Array((0..<shape.count).reversed()))
  }

}

extension MemoryOrder {
  /// The order in which NumPy allocates an array "like" `prototype` (`PyArray_NewLikeArray` with `order='K'`, as
  /// `np.copy`, `np.zeros_like`, `np.array(a)`, `astype` and `np.sort`'s copy do): C order for a C-contiguous or
  /// one-dimensional prototype, Fortran order for a Fortran-contiguous one, else its axes sorted by the size of
  /// their strides, largest first, ties in axis order (`PyArray_CreateSortedStridePerm`, axes of extent 1 included).
  public static func likeOrder(_ prototype: Tensor) -> [Int]? {
    let ndim = prototype.ndim
    if ndim <= 1 || prototype.isCContiguous { return nil }
    if prototype.isFContiguous { return Array((0..<ndim).reversed()) }
    let strides = prototype.memoryStrides.map(abs)
    return normalized(
      prototype.shape.indices.sorted { strides[$0] != strides[$1] ? strides[$0] > strides[$1] : $0 < $1 })
  }
}

extension MemoryOrder {
  /// The first operand's `layoutUnknownOrigin`, read in place (a lazy `compactMap` over the list allocated its
  /// closure's context on every operation).
  static func firstUnknownOrigin(_ inputs: [Tensor]) -> String? {
    inputs.withUnsafeBufferPointer { buffer in
      for i in buffer.indices {
        if let origin = buffer[i].layoutUnknownOrigin { return origin }
      }
      return nil
    }
  }
}

extension Tensor {
  /// The operation whose result's memory order docbuild does not know, for this value or the array it views.
  public var layoutUnknownOrigin: String? {
    if let unknownLayoutOrigin { return unknownLayoutOrigin }
    guard isView else { return nil }
    return lineage.rootUnknownLayoutOrigin
  }

  /// Refuses `operation` on a value whose memory order docbuild does not know, when that order would decide the
  /// result's last digits: a float sum, product or matrix product over a value with more than one axis of extent
  /// above 1 walks NumPy's memory.
  public func checkKnownLayout(for operation: String) throws {
    guard let origin = layoutUnknownOrigin, dtype.isInexact, shape.filter({ $0 > 1 }).count > 1 else { return }
    throw TensorError(
      "NotImplementedError",
      "\(operation) of an array that \(origin) made from a transposed or strided array is not supported: NumPy keeps "
        + "such a result in its operand's memory order and \(operation) walks that order, which docbuild does not "
        + "follow for \(origin); make a C-ordered copy first (.copy())", isLimit: true)
  }

  /// The memory order after `transpose(axes)` (result axis i is axis `axes[i]`): the same memory, its axes renamed.
  func memoryAxes(afterTranspose axes: [Int]) -> [Int]? {
    let position = MemoryOrder.inverse(axes)
    // A C-ordered value's memory holds its axes in order, so the result's order is the inverse permutation itself.
    guard let memoryAxes else { return MemoryOrder.normalized(position) }
    return MemoryOrder.normalized(memoryAxes.map { position[$0] })
  }

  /// The order NumPy's reductions walk this value's axes in, outermost first (nil for C order): a view's strides in
  /// its root sorted as NumPy's iterator sorts them (`x.T[::-1]`, `x.transpose(1, 0, 2)[:, 1:]`), else
  /// `memoryAxes`.
  public var iterationOrder: [Int]? {
    guard let view, view.positions == nil, view.strides.count == ndim, size > 0 else { return memoryAxes }
    // Strides that shrink (or stay) from the outermost axis inwards are C order, which NumPy's sort leaves as it is:
    // the common view (`a.reshape(…)`, `a[i]`, `a[:, 1:]`) is decided without building the sort's lists.
    if MemoryOrder.isIteratorOrdered(shape, view.strides) { return nil }
    let strides = shape.indices.map { shape[$0] == 1 ? 0 : view.strides[$0] }
    return MemoryOrder.normalized(MemoryOrder.iteratorOrder([strides], ndim: ndim))
  }

  /// Each axis's step in elements through the value's memory: a view's strides in its root, else the row-major
  /// strides of the memory order.
  public var memoryStrides: [Int] {
    if let view, view.positions == nil, view.strides.count == ndim { return view.strides }
    guard let memory = memoryAxes, memory.count == ndim else { return Shape.strides(shape) }
    let memoryStrides = Shape.strides(memory.map { shape[$0] })
    var strides = [Int].filled(0, count: ndim)
    for (j, axis) in memory.enumerated() { strides[axis] = memoryStrides[j] }
    return strides
  }
}
