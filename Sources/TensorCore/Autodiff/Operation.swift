/// Every differentiable primitive, as data. `evaluate` is its forward rule; `GradientRules` holds the backward
/// rules. Composite operations (`mean`, `dot`, `outer`, `squeeze`, ...) are built from these, as tinygrad does.
enum Operation: Sendable {
  case binary(BinaryOperator)
  /// `np.fmax` (`isMax`) or `np.fmin`: the larger (smaller) operand, NaN only where both are; its gradient is
  /// `maximum`'s, shared at ties, as autograd defines it.
  case nanSkippingExtreme(isMax: Bool)
  case unary(UnaryOperator)
  case math(MathFunction)
  /// Elements picked from the inputs laid end to end (`concatenate`, `where`, `sort`, …).
  case select(SelectPlan)
  /// Running sums along an axis, from the start or (for the gradient) from the end.
  case cumsum(axis: Int, reverse: Bool)
  /// The product over already-normalised, sorted axes.
  case product(axes: [Int], keepdims: Bool)
  /// A reduction over already-normalised, sorted axes.
  case reduce(Reduction, axes: [Int], keepdims: Bool)
  /// `np.mean` of a non-empty float64 array over `axes` (normalised, sorted, at least one): NumPy's sum, then its
  /// division by the count of elements summed, as one primitive. Its value and gradient are those of the sum and the
  /// division recorded one after the other (a derivative inside a derivative follows autograd's `grad_np_mean`,
  /// `RecordedRules`); one node instead of two saves a loss's every gradient step a divisor array, a division's node
  /// and the division's rule.
  case mean(axes: [Int], keepdims: Bool)
  /// `np.var` or `np.std` over already-normalised, sorted axes: one primitive, as in autograd (see `Spread`).
  case spread(Spread, axes: [Int], ddof: Int, keepdims: Bool)
  case matmul
  /// `np.dot` (or `np.inner`) of two float64 vectors: `matmul`'s value, but autograd's VJP is
  /// `tensordot(g, other, 0)`, which adds the products into zeros (a -0 product is 0), where `@`'s is `g * other`.
  case vectorDot
  /// `np.outer` of two float64 vectors: every product `a[i] * b[j]`, as `np.multiply` of `a[:, None]` and
  /// `b[None, :]` makes them, but autograd's VJPs are `np.dot(g, b)` and `np.dot(a, g)`, which BLAS sums in its own
  /// order where the broadcast product's rule would sum each row pairwise.
  case outer
  /// A reshape to a fully resolved shape; `isScalar` is the result's scalar flag.
  case reshape([Int], isScalar: Bool)
  /// A permutation of the axes.
  case transpose([Int])
  case broadcastTo([Int])
  case index(IndexPlan)
  /// Advanced indexing: a gather of arbitrary positions.
  case take(TakePlan)
  /// The same values as a new array (`copy`, `astype(float64)` of a float).
  case identity
  /// Same-shaped inputs laid one after another as one float64 array of the given shape (`np.array([a, b])`).
  case stack([Int])
  /// A linear-algebra function of a stack of matrices (`inv`, `det`, `solve`, …; see `LinalgFunction`).
  case linalg(LinalgFunction)
  /// `np.einsum` by a parsed plan.
  case einsum(EinsumPlan)
  /// A function the snippet made primitive (autograd's `@primitive`): its value was computed by snippet code and its
  /// gradient comes from the snippet's own VJP (`defvjp`), which only the interpreter can run.
  case custom(CustomPrimitive)
  /// `np.linspace(start, stop, num, endpoint)` of two float64 0-d ends: recorded so that a gradient reaches the ends.
  case linspace(count: Int, endpoint: Bool)
  /// An array written in place (`b[i] = value`) where the array or the value is on a gradient path: its gradient is
  /// refused by name (the write is not recorded, and differentiating around it would be silently wrong).
  case assignment
  /// A value computed through a dtype the graph does not record (see `Detour.swift`): its gradient is refused.
  case detour(DType)

  /// Computes the operation's value, without recording it.
  func evaluate(_ inputs: [Tensor]) throws -> Tensor { try evaluate(NodeInputs(inputs)) }

  /// Computes the operation's value on a node's inputs, without recording it.
  func evaluate(_ inputs: NodeInputs) throws -> Tensor {
    switch self {
    // The operands are read in place: `inputs[0]` would copy the value (retaining and releasing its references).
    // `+ - * /` of float64 operands of one shape or with one number, and a plain array's power of a number, in one
    // loop (`Layout.plainArithmetic`: the same bits; `Tensor.record` sets the memory order of every element-wise
    // result).
    case .binary(let op):
      try inputs.withFirstTwo { a, b in try Layout.plainArithmetic(op, a, b) ?? op.evaluate(a, b) }
    case .nanSkippingExtreme(let isMax):
      try Tensor.nanSkippingExtremeValues(inputs[0].detached, inputs[1].detached, isMax: isMax)
    case .unary(let op): try inputs.withFirst { try op.evaluate($0) }
    case .math(let function): try inputs.withFirst { try function.evaluate($0) }
    case .select(let plan): plan.evaluate(inputs.array)
    case .cumsum(let axis, let reverse): Tensor.runningSums(inputs[0], axis: axis, reverse: reverse)
    case .product(let axes, let keepdims):
      try MemoryOrder.reduce(
        MemoryOrder.checkedOrder(inputs[0], axes: axes, for: "a product"), axes: axes, keepdims: keepdims
      ) {
        try Tensor.products($0, axes: $1, keepdims: $2)
      }
    case .reduce(let reduction, let axes, let keepdims):
      try inputs.withFirst { a in
        if reduction == .sum { try MemoryOrder.refuseBufferedSum(a, axes: axes) }
        return try MemoryOrder.reduce(a, axes: axes, keepdims: keepdims) {
          try reduction.evaluate($0, axes: $1, keepdims: $2)
        }
      }
    case .spread(let kind, let axes, let ddof, let keepdims):
      try inputs.withFirst { try kind.evaluate($0, axes: axes, ddof: ddof, keepdims: keepdims) }
    case .mean(let axes, let keepdims): try Operation.mean(inputs, axes: axes, keepdims: keepdims)
    case .matmul: try inputs.withFirstTwo { try MatrixProduct.evaluate($0, $1) }
    case .vectorDot: try inputs.withFirstTwo { try MatrixProduct.evaluate($0, $1) }
    case .outer:
      try inputs.withFirstTwo { a, b in
        try BinaryOperator.multiply.evaluate(a.reshapedUnrecorded([a.size, 1]), b.reshapedUnrecorded([1, b.size]))
      }
    case .reshape(let shape, let isScalar):
      Tensor(shape: shape, storage: inputs[0].storage, isScalar: isScalar, node: nil)
    case .transpose(let axes): ShapeKernels.transpose(inputs[0], axes: axes, deferring: true)
    case .broadcastTo(let shape): try ShapeKernels.broadcast(inputs[0], to: shape)
    case .index(let plan): plan.gather(inputs[0])
    case .take(let plan): plan.gather(inputs[0])
    case .identity: inputs[0].detached
    case .stack(let shape):
      Tensor(shape: shape, storage: Tensor.joined(inputs.array, as: .float64), isScalar: false, node: nil)
    case .linalg(let function): try function.evaluate(inputs.array)
    case .einsum(let plan):
      Tensor(
        shape: plan.outputShape,
        storage: .float64(try EinsumKernel.evaluate(plan, inputs.map(\.doubles), shapes: inputs.map(\.shape))),
        isScalar: plan.output.isEmpty, node: nil)
    case .linspace(let count, let endpoint):
      try Tensor.linspace(inputs[0].doubles[0], inputs[1].doubles[0], num: count, endpoint: endpoint)
    case .assignment:
      throw Tensor.assignmentRefusal
    case .detour(let dtype):
      throw Tensor.gradientDetourRefusal(dtype)
    case .custom:
      // Re-running it would run snippet code, which TensorCore cannot do.
      throw TensorError(
        "NotImplementedError",
        "numgrad cannot re-run a function made primitive with autograd.extend.primitive; compare with its VJP instead",
        isLimit: true)
    }
  }
}

extension Operation {
  /// NumPy's `_mean` divisor, the element count as a Python int (a weak operand, so a float32 mean stays float32).
  static func meanDivisor(count: Int) -> Tensor {
    var divisor = Tensor(shape: [], storage: .int64([Int64(count)]))
    divisor.isPythonScalar = true
    return divisor
  }

  /// `.mean`'s value: `wholeMean` when it applies, else the sum divided by the count (`meanQuotient`). Written as
  /// statements: a throwing sum as the right side of `??` inside the operand buffer's closure crashed the debug build
  /// when the sum refused (a signal 11, not the error).
  static func mean(_ inputs: NodeInputs, axes: [Int], keepdims: Bool) throws -> Tensor {
    let whole = inputs.withFirst { wholeMean($0, axes: axes, keepdims: keepdims) }
    if let whole { return whole }
    let total = try Operation.reduce(.sum, axes: axes, keepdims: keepdims).evaluate(inputs)
    return try meanQuotient(total, count: inputs.withFirst { $0.count(over: axes) })
  }

  /// The mean of every element of a C-ordered float64 array that owns its memory (a loss's `np.mean(…)`), as the
  /// sum and `meanQuotient` compute it: NumPy's whole-array sum is one pairwise row over the memory
  /// (`ReductionKernel.reduce` takes the same shortcut), and a sum that is not NaN is divided by the count. One value
  /// is made instead of the sum's and the quotient's. Nil for anything else.
  static func wholeMean(_ a: Tensor, axes: [Int], keepdims: Bool) -> Tensor? {
    guard !keepdims, a.ndim > 0, axes.count == a.ndim, !a.isView, a.dtype == .float64,
      a.unknownLayoutOrigin == nil, a.memoryAxes == nil, case .float64(let values) = a.storage, !values.isEmpty
    else { return nil }
    let sum = values.withUnsafeBufferPointer { 0 + ReductionKernel.pairwiseSum($0, 0, 1, $0.count) }
    guard !sum.isNaN else { return nil }
    return Tensor(shape: [], storage: .float64([sum / Double(values.count)]), isScalar: true, node: nil)
  }

  /// The mean from a full sum of `count` elements, as `.binary(.divide)` of the sum and `meanDivisor` evaluates it:
  /// a float64 sum that is not NaN is divided here, without the divisor array.
  static func meanQuotient(_ total: Tensor, count: Int) throws -> Tensor {
    if total.ndim == 0, total.dtype == .float64, let sum = Layout.single(total), !sum.isNaN {
      return Tensor(shape: [], storage: .float64([sum / Double(count)]), isScalar: true, node: nil)
    }
    let divisor = meanDivisor(count: count)
    var quotient = try Layout.plainArithmetic(.divide, total, divisor) ?? BinaryOperator.divide.evaluate(total, divisor)
    // NumPy divides the sum in place (`true_divide(ret, count, out=ret)`): the mean keeps the sum's memory order,
    // which decides the strides of a `keepdims=True` axis.
    if quotient.memoryAxes != total.memoryAxes { quotient.memoryAxes = total.memoryAxes }
    return quotient
  }

  /// True for `broadcast_to`, whose gradient autograd sums over all the broadcast axes at once.
  var isBroadcastTo: Bool {
    if case .broadcastTo = self { true } else { false }
  }

  /// True for the operations whose autograd VJP unbroadcasts its result (`unbroadcast_f`), summing every unit axis of
  /// the operand even where the gradient has extent 1 there: the element-wise binary ones and `matmul`.
  var isUnbroadcast: Bool {
    switch self {
    case .binary, .nanSkippingExtreme, .matmul: true
    default: false
    }
  }

  /// True when autograd's VJP of this operation for input `k` of no axes is a 0-d array rather than a NumPy scalar,
  /// given the upstream gradient's axes and, when it has none, whether it is a 0-d array: `np.where`'s
  /// `where(c, g, zeros)` and an index's `zeros` with `g` added are arrays, a reshape of an array is one (of a
  /// scalar, a scalar), and a rule that hands `g` on unchanged (`+`, the first operand of `-`, a copy, a transpose,
  /// a sum of a 0-d value, the broadcast of a 0-d operand of `np.where` to its 0-d result) keeps what `g` was.
  func leavesZeroDimensionalArray(passing k: Int, upstreamAxes: Int, upstreamIsArray: Bool) -> Bool {
    switch self {
    case .select(let plan): !plan.masksFirst
    case .index, .take: true
    case .reshape: upstreamAxes > 0 || upstreamIsArray
    // A sum of a 0-d array is autograd's `repeat_to_match_shape`, which returns g itself for shape ().
    case .binary(.add), .identity, .transpose, .reduce(.sum, _, _): upstreamIsArray
    case .broadcastTo(let shape): shape.isEmpty && upstreamIsArray
    case .binary(.subtract): k == 0 && upstreamIsArray
    default: false
    }
  }

  /// False for operations whose result shares its input's storage (a reshape, a copy-on-write copy).
  var allocates: Bool {
    switch self {
    case .reshape, .identity: false
    default: true
    }
  }
}
