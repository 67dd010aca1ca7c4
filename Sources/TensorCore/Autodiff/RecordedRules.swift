/// The vector–Jacobian products of a backward pass that is itself recorded, for a derivative taken inside another
/// (`grad(grad(f))`): the same formulas as `GradientRules`, operation for operation (so the inner derivative prints
/// the same digits), but computed with recorded operations, so that the outer backward pass can differentiate them.
/// Only the element-wise arithmetic, `exp log sqrt square abs tanh sin cos sinh cosh`, sums, whole-array means,
/// `var`, `std`, reshapes and matrix products (`RecordedMatmul.swift`) have recorded rules; any other operation on the
/// path is refused, never differentiated as a constant.
enum RecordedRules {
  static func vjp(
    _ operation: Operation, inputs: [Tensor], output: Tensor, upstream g: Tensor, wanted: [Bool],
    outerLeaves: Set<ObjectIdentifier>
  ) throws -> [Tensor?] {
    func want(_ i: Int, _ rule: () throws -> Tensor) rethrows -> Tensor? { wanted[i] ? try rule() : nil }
    switch operation {
    case .binary(let op):
      let a = inputs[0]
      let b = inputs[1]
      switch op {
      case .add: return [g, g]
      case .subtract: return [g, try want(1) { try neg(g) }]
      case .multiply: return [try want(0) { try mul(g, b) }, try want(1) { try mul(g, a) }]
      case .divide:
        return [try want(0) { try div(g, b) }, try want(1) { try neg(div(mul(g, a), mul(b, b))) }]
      case .power
      where !wanted[1] && (b.node.map { $0.operation == nil && !outerLeaves.contains(ObjectIdentifier($0)) } ?? true):
        // A constant exponent (an int, or a float that is neither computed nor an outer derivative's input): the
        // same exponent value as the first-order rule.
        return [try mul(mul(g, b), pow(a, GradientRules.reducedExponent(b)))]
      default: break
      }
    case .unary(let op):
      let a = inputs[0]
      switch op {
      case .negate: return [try neg(g)]
      case .exp: return [try mul(g, output)]
      case .log: return [try div(g, a)]
      case .sqrt:
        // x ** -0.5 through the recorded power, which takes C's pow for a NumPy scalar and NumPy's loop for an
        // array, as the first-order rule does.
        let exponent = Tensor(shape: [], storage: .float64([-0.5]), isScalar: true, node: nil)
        return [try mul(mul(g, Tensor(0.5)), pow(a, exponent))]
      case .square: return [try mul(mul(g, Tensor(2.0)), a)]
      case .abs:
        // autograd's `g * where(x, x, 0) / where(ans, ans, 1)`, which away from zeros is `g * x / ans`: the outer
        // derivative differentiates that quotient (its rounding residue, 1.78e-15 for 3.3 * |x| at 0.3, included).
        // At a zero the `where` branches decide the signs of the outer derivative's zeros, which this does not follow.
        if a.doubles.contains(0) {
          throw TensorError(
            "NotImplementedError",
            "a derivative inside a derivative through np.abs at 0 is not supported in snippets (autograd's rule "
              + "replaces the zero there); differentiate away from 0", isLimit: true)
        }
        return [try div(mul(g, a), output)]
      case .fabs:
        // autograd's `sign(x) * g`: the sign is a constant (np.sign is not traced).
        return [try mul(GradientRules.elementwise(a, a.doubles.map(GradientRules.numpySign)), g)]
      case .tanh:
        // g / cosh(x)**2 with NumPy's cosh, squared as a product, as the first-order rule.
        let cosh = try Tensor.record(.math(.cosh), NodeInputs(a))
        return [try div(g, mul(cosh, cosh))]
      }
    case .math(let function) where [.sin, .cos, .sinh, .cosh].contains(function):
      // The first-order rules' kernels: glibc's cos and sin, NumPy's cosh, the correctly rounded sinh.
      let a = inputs[0]
      switch function {
      case .sin: return [try mul(g, Tensor.record(.math(.cos), NodeInputs(a)))]
      case .cos: return [try mul(neg(g), Tensor.record(.math(.sin), NodeInputs(a)))]
      case .sinh: return [try mul(g, Tensor.record(.math(.cosh), NodeInputs(a)))]
      default: return [try mul(g, Tensor.record(.math(.sinh), NodeInputs(a)))]
      }
    case .reduce(.sum, let axes, _):
      let a = inputs[0]
      var kept = a.shape
      for axis in axes { kept[axis] = 1 }
      let reshaped = try Tensor.record(.reshape(kept, isScalar: false), NodeInputs(g))
      return [try Tensor.record(.broadcastTo(a.shape), NodeInputs(reshaped))]
    case .mean(let axes, let keepdims):
      // autograd's `grad_np_mean`, operation for operation: g (reshaped to unit axes unless kept) plus zeros of x's
      // shape (`repeat_to_match_shape`), then divided by the count. The outer derivative then divides every element
      // before it sums them, one axis at a time (the sum's rule with the division first summed before dividing, which
      // printed another last digit).
      let a = inputs[0]
      var kept = a.shape
      for axis in axes { kept[axis] = 1 }
      let reshaped = keepdims ? g : try Tensor.record(.reshape(kept, isScalar: false), NodeInputs(g))
      let zeros = Tensor(shape: a.shape, storage: .float64(.filled(0, count: a.size)), isScalar: false, node: nil)
      let repeated = try Tensor.record(.binary(.add), NodeInputs(reshaped, zeros))
      return [try div(repeated, Operation.meanDivisor(count: a.count(over: axes)))]
    case .reshape:
      return [try Tensor.record(.reshape(inputs[0].shape, isScalar: false), NodeInputs(g))]
    case .transpose(let axes):
      let inverse = MemoryOrder.inverse(axes)
      var transposed = try Tensor.record(.transpose(inverse), NodeInputs(g))
      transposed.memoryAxes = g.memoryAxes(afterTranspose: inverse)
      return [transposed]
    case .spread(let kind, let axes, let ddof, _):
      return [try spreadVJP(kind, x: inputs[0], output: output, g: g, axes: axes, ddof: ddof)]
    case .broadcastTo, .identity:
      return [g]
    case .matmul, .vectorDot:
      return try matmulVJP(inputs[0], inputs[1], g, wanted: wanted)
    case .outer:
      return [wanted[0] ? try g.dot(inputs[1]) : nil, wanted[1] ? try inputs[0].dot(g) : nil]
    case .detour(let dtype):
      throw Tensor.gradientDetourRefusal(dtype)
    default: break
    }
    throw TensorError(
      "NotImplementedError",
      "a derivative inside a derivative passes through an operation whose gradient docbuild does not record "
        + "(only + - * / ** by a constant, negation, exp, log, sqrt, square, abs, tanh, sin, cos, sinh, cosh, sums, var, std, reshapes and matrix products): autograd computes "
        + "it; snippets do not", isLimit: true)
  }

  /// `gradient` summed down to `shape` (recorded), one axis at a time as `Unbroadcast.apply`.
  static func unbroadcast(_ gradient: Tensor, to shape: [Int]) throws -> Tensor {
    if gradient.shape == shape && !shape.contains(1) { return gradient }
    var summed = gradient
    for _ in 0..<Swift.max(gradient.ndim - shape.count, 0) {
      summed = try Tensor.record(.reduce(.sum, axes: [0], keepdims: false), NodeInputs(summed))
    }
    for axis in shape.indices where shape[axis] == 1 {
      summed = try Tensor.record(.reduce(.sum, axes: [axis], keepdims: true), NodeInputs(summed))
    }
    return summed.shape == shape ? summed : try Tensor.record(.reshape(shape, isScalar: false), NodeInputs(summed))
  }

  /// `Spread.vjp` recorded: autograd's var and std gradients, built from recorded operations.
  private static func spreadVJP(_ kind: Spread, x: Tensor, output: Tensor, g: Tensor, axes: [Int], ddof: Int) throws
    -> Tensor
  {
    let count = x.ndim == 0 ? 1 : axes.reduce(1) { $0 * x.shape[$1] }
    func repeated(_ t: Tensor) throws -> Tensor {
      if x.ndim == 0 { return t }
      var kept = x.shape
      for axis in axes { kept[axis] = 1 }
      let reshaped = try Tensor.record(.reshape(kept, isScalar: false), NodeInputs(t))
      return try Tensor.record(.broadcastTo(x.shape), NodeInputs(reshaped))
    }
    let mean =
      x.ndim == 0
      ? x : try div(Tensor.record(.reduce(.sum, axes: axes, keepdims: true), NodeInputs(x)), Tensor(Double(count)))
    let deviation = try Tensor.record(.binary(.subtract), NodeInputs(x, mean))
    let divisor = Tensor(Double(count - ddof))
    switch kind {
    case .variance:
      return try div(mul(mul(Tensor(2.0), repeated(g)), deviation), divisor)
    case .standardDeviation:
      if count <= 1 { return try mul(repeated(g), Tensor(0.0)) }
      return try div(mul(repeated(div(g, output)), deviation), divisor)
    }
  }

  private static func mul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.multiply), NodeInputs(a, b))
  }
  private static func div(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.divide), NodeInputs(a, b))
  }
  private static func pow(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.power), NodeInputs(a, b))
  }
  private static func neg(_ a: Tensor) throws -> Tensor { try Tensor.record(.unary(.negate), NodeInputs(a)) }
}

extension Tensor {
  /// The same elements as a recorded copy: the input of a derivative taken inside another, which must stay on the
  /// outer derivative's path.
  public func tracedCopy() throws -> Tensor { try Tensor.record(.identity, NodeInputs(self)) }

  /// The same elements under another shape and scalar flag, recorded.
  public func tracedReshape(_ shape: [Int], isScalar: Bool) throws -> Tensor {
    try Tensor.record(.reshape(shape, isScalar: isScalar), NodeInputs(self))
  }
}
