import TensorCore

/// NumPy's memory layout for the result of advanced indexing (`x[[0, 2, 1]]`, `x[:, idx]`, `x[mask, 1:]`), as
/// NumPy's mapping iterator allocates it (`PyArray_MapIterNew` in `mapping.c`).
///
/// NumPy allocates a new array whose outer axes are the broadcast index arrays' (C order) and whose inner axes are the
/// "subspace" (the axes the slices, new axes and the ellipsis keep, sorted by the size of their strides in the
/// indexed array, `PyArray_CreateSortedStridePerm`). When the index arrays (and ints) sit together after a slice
/// (`x[:, idx]`), it returns a transposed view of that array, the index axes moved back to their place.
enum IndexingLayout {
  /// `result` (= `source[items]`, an advanced index) held as NumPy holds it: an owner in NumPy's memory order, or a
  /// transposed view of one; nil when docbuild does not know NumPy's layout (index arrays not in C order deciding
  /// the order of the index axes).
  static func laidOut(_ result: Tensor, source: Tensor, items: [IndexItem], key: Value) -> Tensor? {
    // `x[idx]` with one 1-d index array, of an array whose memory strides never grow inwards after its first axis (C
    // order): what the plan below finds, without its dozen small lists (about 8,000 instructions of a small
    // `a[idx]`). The index axis comes first (the insertion point is 0) and the subspace's strides are already sorted
    // (largest first, ties in axis order), so NumPy's result is C-ordered.
    if items.count == 1, case .indices(let shape, _) = items[0], shape.count == 1, result.ndim == source.ndim {
      let strides = source.memoryStrides
      var sorted = strides.count == source.ndim
      var axis = 1
      while sorted && axis + 1 < strides.count {
        sorted = abs(strides[axis]) >= abs(strides[axis + 1])
        axis += 1
      }
      if sorted {
        var laid = result
        if laid.unknownLayoutOrigin != nil { laid.unknownLayoutOrigin = nil }
        if laid.memoryAxes != nil { laid.memoryAxes = nil }
        return laid
      }
    }
    guard let plan = Plan(source: source, items: items), result.ndim == plan.fancyShape.count + plan.subspace.count
    else { return nil }
    let fancyCount = plan.fancyShape.count
    // The subspace's extents, read off the result around the index axes.
    var extents = result.shape
    extents.removeSubrange(plan.insertion..<(plan.insertion + fancyCount))
    // With no subspace to walk, NumPy's iterator orders the index axes by the index arrays' own strides.
    if extents.reduce(1, *) <= 1, plan.fancyShape.filter({ $0 > 1 }).count > 1, Self.hasUnorderedIndexArray(key) {
      return nil
    }
    // The subspace's axes from the largest stride in `source` to the smallest, ties in axis order.
    let sortedSubspace = plan.subspace.indices.sorted { a, b in
      let strideA = abs(plan.subspace[a])
      let strideB = abs(plan.subspace[b])
      return strideA != strideB ? strideA > strideB : a < b
    }
    let memory = Array(0..<fancyCount) + sortedSubspace.map { fancyCount + $0 }
    var laid = result
    if laid.unknownLayoutOrigin != nil { laid.unknownLayoutOrigin = nil }
    guard plan.insertion > 0 else {
      let order = MemoryOrder.normalized(memory)
      if laid.memoryAxes != order { laid.memoryAxes = order }
      return laid
    }
    // Axis j of NumPy's array is axis `arrayAxes[j]` of the result: the subspace's axes before the insertion point
    // come after the index axes there.
    let arrayAxes =
      Array(plan.insertion..<(plan.insertion + fancyCount)) + Array(0..<plan.insertion)
      + Array((plan.insertion + fancyCount)..<result.ndim)
    if laid.memoryAxes != nil { laid.memoryAxes = nil }
    return laid.asTransposedView(arrayAxes: arrayAxes, memoryAxes: memory)
  }

  /// True when an integer index array in `key` is not C-ordered (`idx.T`): NumPy's iterator then orders the index
  /// axes by its strides.
  private static func hasUnorderedIndexArray(_ key: Value) -> Bool {
    let parts: [Value] = if case .tuple(let items) = key { Array(items) } else { [key] }
    return parts.contains { part in
      guard case .tensor(let array) = part, array.dtype != .bool, array.ndim > 1 else { return false }
      return array.memoryAxes != nil || array.hasUnknownLayout || (array.isView && !array.isCContiguous)
    }
  }

  /// The parts of NumPy's index that decide the layout (`mapiter_fill_info`).
  private struct Plan {
    /// The index arrays' broadcast shape.
    var fancyShape: [Int] = []
    /// The stride in `source` of each axis the subspace keeps (0 for a new axis).
    var subspace: [Int] = []
    /// Where the index axes stand in the result: 0 unless the index arrays and ints sit together after another
    /// item (NumPy's `consec`).
    var insertion = 0

    init?(source: Tensor, items: [IndexItem]) {
      let strides = source.memoryStrides
      let ndim = source.ndim
      var used = 0
      var hasEllipsis = false
      for item in items {
        switch item {
        case .int, .slice, .indices: used += 1
        case .mask(let shape, _): used += shape.count
        case .ellipsis: hasEllipsis = true
        case .newaxis: break
        }
      }
      guard used <= ndim, strides.count == ndim else { return nil }
      // NumPy appends an ellipsis to an index that leaves axes over.
      let expanded = !hasEllipsis && used < ndim ? items + [.ellipsis] : items
      // -1 before any index array or int, 0 among them, 1 after them, 2 once another has followed.
      var state = -1
      var resultAxis = 0
      var axis = 0
      var shapes: [[Int]] = []
      func meetIndex() {
        if state == -1 {
          insertion = resultAxis
          state = 0
        } else if state == 1 {
          state = 2
          insertion = 0
        }
      }
      func meetOther() { if state == 0 { state = 1 } }
      for item in expanded {
        switch item {
        case .int:
          meetIndex()
          axis += 1
          resultAxis += 1
        case .indices(let shape, _):
          meetIndex()
          shapes.append(shape)
          axis += 1
        case .mask(let shape, let values):
          let count = values.reduce(0) { $0 + ($1 ? 1 : 0) }
          if shape.isEmpty {
            // A 0-d boolean is an index array of one element (True) or none (False) that uses no axis of `source`
            // (`HAS_0D_BOOL`): it takes its place among the index arrays, so `x[::-1, True]` is transposed back.
            meetIndex()
            shapes.append([count])
            continue
          }
          for _ in shape {
            meetIndex()
            shapes.append([count])
            axis += 1
          }
        case .slice(_, _, let step):
          meetOther()
          subspace.append(strides[axis] * (step ?? 1))
          axis += 1
          resultAxis += 1
        case .newaxis:
          meetOther()
          subspace.append(0)
          resultAxis += 1
        case .ellipsis:
          meetOther()
          let kept = ndim - used
          subspace += strides[axis..<(axis + kept)]
          axis += kept
          resultAxis += kept
        }
      }
      guard let broadcast = try? Tensor.broadcastShapes(shapes) else { return nil }
      fancyShape = broadcast
    }
  }
}
