/// The one place broadcast gradients are summed back (HIPS/autograd's `unbroadcast`): sum away the leading axes that
/// broadcasting added, then sum (keeping them) the axes where the operand had extent 1.
enum Unbroadcast {
  /// `gradient` summed down to `shape`, and the axes of `gradient` that were summed (for the gradient table).
  ///
  /// The sums are autograd's, one NumPy sum per axis in its order (`sum(axis=0)` while there are extra leading axes,
  /// then `sum(axis=k, keepdims=True)` for every unit axis of the operand), each in the memory order of the array it
  /// reads, so the gradient has autograd's last digits. `atOnce` is `broadcast_to`'s VJP instead: one sum over all
  /// the broadcast axes.
  /// `sumsUnitAxes` is false for a rule autograd does not unbroadcast (a reshape's, say): a gradient already of the
  /// operand's shape is then kept as it is (summing a unit axis would turn a -0 into 0, as NumPy's sum does).
  static func apply(_ gradient: Tensor, to shape: [Int], atOnce: Bool = false, sumsUnitAxes: Bool = true) throws -> (
    Tensor, summedAxes: [Int]
  ) {
    // The common cases first, before any axis list is built: a gradient of the operand's shape needs nothing or only
    // its unit axes summed (no axis is reported: none was broadcast).
    if gradient.shape == shape {
      if !sumsUnitAxes || !shape.contains(1) { return (gradient, []) }
      if !atOnce, gradient.dtype == .float64, case .float64(let values) = gradient.storage {
        return (unitAxesSummed(gradient, values), [])
      }
    }
    let lead = gradient.ndim - shape.count
    var axes = Array(0..<Swift.max(lead, 0))
    for axis in shape.indices where shape[axis] == 1 && gradient.shape[lead + axis] != 1 { axes.append(lead + axis) }
    var summed = gradient
    if atOnce {
      if axes.isEmpty { return (gradient, []) }
      summed = try Layout.sum(gradient, axes: axes, keepdims: true)
    } else {
      for _ in 0..<lead { summed = try Layout.sum(summed, axes: [0], keepdims: false) }
      for axis in shape.indices where shape[axis] == 1 { summed = try Layout.sum(summed, axes: [axis], keepdims: true) }
    }
    if summed.shape != shape { summed = Layout.reshaped(summed, shape) }
    return (summed, axes)
  }

  /// `gradient` summed over its unit axes one by one, as `Layout.sum` would (the common case: an operand of shape
  /// (64, 1) whose gradient already has that shape). A sum over one element adds it to the sum's zero, so each
  /// element is `0 + x` (a -0 becomes 0), held in the order the reduction walks `gradient`; done without building
  /// the reduction's walk, which cost more than the additions.
  private static func unitAxesSummed(_ gradient: Tensor, _ values: [Double]) -> Tensor {
    let count = values.count
    // `0 + x` is x itself, bit for bit, unless x is -0 (which becomes 0) or a NaN the addition changes: a C-ordered
    // gradient whose every sum keeps its bits is its own sum, with no new array. Tested on the sums' bits themselves,
    // with no branch per element (the compiler vectorises the loop; testing each element for -0 and NaN did not).
    if !gradient.isView, gradient.memoryAxes == nil, gradient.unknownLayoutOrigin == nil {
      let changed = values.withUnsafeBufferPointer { source in
        var changed: UInt64 = 0
        for i in 0..<count { changed |= (0 + source[i]).bitPattern ^ source[i].bitPattern }
        return changed
      }
      if changed == 0 { return gradient }
    }
    // Written through `Array.written`: `map` allocated through the standard library's unspecialised path.
    let sums = [Double].written(count: count) { out in
      values.withUnsafeBufferPointer { source in
        for i in 0..<count { (out + i).initialize(to: 0 + source[i]) }
      }
    }
    var result = Tensor(shape: gradient.shape, storage: .float64(sums), isScalar: false, node: nil)
    if let order = gradient.iterationOrder { result.memoryAxes = order }
    return result
  }
}
