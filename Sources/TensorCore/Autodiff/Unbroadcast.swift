/// The one place broadcast gradients are summed back (HIPS/autograd's `unbroadcast`): sum away the leading axes that
/// broadcasting added, then sum (keeping them) the axes where the operand had extent 1.
enum Unbroadcast {
  /// `gradient` summed down to `shape`, and the axes of `gradient` that were summed (for the gradient table).
  static func apply(_ gradient: Tensor, to shape: [Int]) throws -> (Tensor, summedAxes: [Int]) {
    if gradient.shape == shape { return (gradient, []) }
    let lead = gradient.ndim - shape.count
    var axes = Array(0..<lead)
    for axis in shape.indices where shape[axis] == 1 && gradient.shape[lead + axis] != 1 { axes.append(lead + axis) }
    var summed = try Reduction.sum.evaluate(gradient, axes: axes, keepdims: true)
    summed = Tensor(shape: shape, storage: summed.storage, isScalar: false, node: nil)
    return (summed, axes)
  }
}
