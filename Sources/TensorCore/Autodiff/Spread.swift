/// `np.var` and `np.std` as single recorded operations, as autograd makes them primitives: their gradient is
/// autograd's formula, `2 * g * (x - mean(x)) / (n - ddof)` and `(g / std) * (x - mean(x)) / (n - ddof)`, not the
/// derivative of the mean, deviations, squares and sums they are computed from (which adds a near-zero term through
/// the mean and rounds differently in the last digit).
enum Spread: Sendable, Equatable {
  case variance
  case standardDeviation

  /// The value as NumPy's `_var` computes it: the mean (a sum with kept axes divided by the count), the deviations,
  /// their squares, the squares' sum divided by `count - ddof`; `_std` takes its square root. Each step keeps the
  /// memory order NumPy gives it, so both sums walk memory as NumPy's do.
  func evaluate(_ x: Tensor, axes: [Int], ddof: Int, keepdims: Bool) throws -> Tensor {
    let count = axes.reduce(1) { $0 * x.shape[$1] }
    let deviation = try Layout.binary(.subtract, x, Spread.mean(x, axes: axes))
    let squares = try Layout.binary(.multiply, deviation, deviation)
    return try sumOfSquares(squares, axes: axes, ddof: ddof, keepdims: keepdims, count: count)
  }

  /// `_var`'s last steps from the squared deviations (float64): their sum over `axes` divided by
  /// `max(count - ddof, 0)`, and `_std`'s square root of that.
  func sumOfSquares(_ squares: Tensor, axes: [Int], ddof: Int, keepdims: Bool, count: Int) throws -> Tensor {
    let total = try Operation.reduce(.sum, axes: axes, keepdims: keepdims).evaluate([squares])
    var variance = try Layout.binary(.divide, total, Tensor(Double(Swift.max(count - ddof, 0))))
    // NumPy divides (and takes the square root) in place: the result keeps the sum's memory order, which decides
    // the strides of a `keepdims=True` axis.
    if variance.memoryAxes != total.memoryAxes { variance.memoryAxes = total.memoryAxes }
    guard self == .standardDeviation else { return variance }
    var root = try Layout.unary(.sqrt, variance)
    if root.memoryAxes != total.memoryAxes { root.memoryAxes = total.memoryAxes }
    return root
  }

  /// `np.mean(x, axis, keepdims=True)`: the sum over `axes` in x's memory order, divided by the count.
  static func mean(_ x: Tensor, axes: [Int]) throws -> Tensor {
    let count = axes.reduce(1) { $0 * x.shape[$1] }
    let total = try Operation.reduce(.sum, axes: axes, keepdims: true).evaluate([x])
    return try Layout.binary(.divide, total, Tensor(Double(count)))
  }

  /// autograd's VJP (`grad_np_var`, `grad_np_std`), operation for operation: the upstream gradient repeated to x's
  /// shape (`reshape(g, kept) + zeros(shape)`, a C-ordered array), times the deviations from NumPy's mean of x.
  func vjp(_ g: Tensor, x: Tensor, output: Tensor, axes: [Int], ddof: Int) throws -> Tensor {
    let count = x.ndim == 0 ? 1 : axes.reduce(1) { $0 * x.shape[$1] }
    let deviation =
      x.ndim == 0 ? try Layout.binary(.subtract, x, x) : try Layout.binary(.subtract, x, Spread.mean(x, axes: axes))
    let divisor = Tensor(Double(count - ddof))
    switch self {
    case .variance:
      let scaled = try Layout.binary(.multiply, Tensor(2.0), Spread.repeated(g, like: x, axes: axes))
      return try Layout.binary(.divide, Layout.binary(.multiply, scaled, deviation), divisor)
    case .standardDeviation:
      if count <= 1 { return try Layout.binary(.multiply, Spread.repeated(g, like: x, axes: axes), Tensor(0.0)) }
      let share = try Spread.repeated(Layout.binary(.divide, g, output), like: x, axes: axes)
      return try Layout.binary(.divide, Layout.binary(.multiply, share, deviation), divisor)
    }
  }

  /// autograd's `repeat_to_match_shape`: `g` with the reduced axes restored as units, broadcast to x's shape, held
  /// in C order (it is a sum with a C-ordered array of zeros, so a -0 in g is 0 there); g itself for a 0-d x.
  static func repeated(_ g: Tensor, like x: Tensor, axes: [Int]) throws -> Tensor {
    if x.ndim == 0 { return g }
    if g.size == 1, case .float64(let values) = g.storage {
      // One element (the gradient of a full sum or mean) repeated everywhere: the same sum with zero, without
      // the broadcast's walk.
      return Tensor(
        shape: x.shape, storage: .float64(.filled(values[0] + 0, count: x.size)), isScalar: false, node: nil)
    }
    var kept = x.shape
    for axis in axes { kept[axis] = 1 }
    let spread = try ShapeKernels.broadcast(g.reshapedUnrecorded(kept), to: x.shape)
    return Tensor(shape: x.shape, storage: .float64(spread.doubles.map { $0 + 0 }), isScalar: false, node: nil)
  }
}
