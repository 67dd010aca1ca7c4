/// The table of vector–Jacobian products: for each primitive, how the gradient of its output flows to each input.
///
/// Element-wise rules return gradients of the broadcast output's shape; the backward pass unbroadcasts them in one
/// place. Rules compute on detached inputs (no graph identity), so nothing they make joins the user's graph:
/// gradients are not differentiated again.
enum GradientRules {
  /// `np.sign` of a float: ±1, 0 for either zero, the NaN itself.
  static func numpySign(_ x: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x }

  /// A float64 tensor of `like`'s shape holding `values` (one per element), not recorded, in the memory order NumPy
  /// gives an element-wise function of `like`.
  static func elementwise(_ like: Tensor, _ values: [Double]) -> Tensor {
    var result = Tensor(shape: like.shape, storage: .float64(values), isScalar: like.isScalar, node: nil)
    result.memoryAxes = MemoryOrder.elementwise([like], shape: like.shape)
    return result
  }

  /// The gradients of `operation`'s inputs given `upstream` (the gradient of `output`); nil where `wanted` is false.
  static func vjp(
    _ operation: Operation, inputs: [Tensor], output: Tensor, upstream g: Tensor, wanted: [Bool]
  ) throws -> [Tensor?] {
    func want(_ i: Int, _ rule: () throws -> Tensor) rethrows -> Tensor? { wanted[i] ? try rule() : nil }
    switch operation {
    case .binary(let op):
      let (a, b) = try binaryVJP(op, inputs[0], inputs[1], output: output, upstream: g, wanted: wanted)
      return [a, b]
    case .nanSkippingExtreme:
      // autograd gives np.fmax and np.fmin maximum's rule.
      return [
        try want(0) { try mul(g, tieShare(inputs[0], output.detached, inputs[1])) },
        try want(1) { try mul(g, tieShare(inputs[1], output.detached, inputs[0])) },
      ]
    case .unary(let op):
      let a = inputs[0]
      let y = output
      switch op {
      case .negate: return [try neg(g)]
      case .exp: return [try mul(g, y)]
      case .log: return [try div(g, a)]
      // autograd's own formulas, operation for operation, so a gradient prints autograd's last digit:
      // sqrt's is g * 0.5 * x**-0.5 and tanh's g / cosh(x)**2 (not 0.5 / y or 1 - y*y, which round differently).
      case .sqrt:
        // x**-0.5 as NumPy computes it: its array loop's power (SVML's) for arrays, C's pow (glibc's) for a scalar.
        let root =
          a.isScalar || a.isPythonScalar
          ? a.doubles.map { GlibcMath.pow($0, -0.5) } : NumpyElementary.power(a.doubles, exponent: -0.5)
        return [try mul(mul(g, Tensor(0.5)), elementwise(a, root))]
      case .tanh:
        // NumPy's cosh ufunc, as autograd calls it: the C library's of an operand NumPy reads backwards.
        let cosh = try a.numpyUnaryLoopValues(for: "np.cosh", vector: NumpyElementary.cosh, scalar: GlibcMath.cosh)
        return [try div(g, elementwise(a, cosh.map { $0 * $0 }))]
      case .abs:
        // autograd's `g * where(x, x, 0) / where(ans, ans, 1)`: not g * sign(x), which differs where g * x rounds
        // (a subnormal x, an overflow to inf) and at x = ±inf (nan), and gives g * 0 at a zero.
        let nonzeroX = elementwise(a, a.doubles.map { $0 == 0 ? 0 : $0 })
        let nonzeroY = elementwise(y, y.doubles.map { $0 == 0 ? 1 : $0 })
        return [try div(mul(g, nonzeroX), nonzeroY)]
      case .fabs: return [try mul(elementwise(a, a.doubles.map(GradientRules.numpySign)), g)]
      case .square: return [try mul(mul(g, Tensor(2.0)), a)]
      }
    case .select(let plan):
      return try plan.vjp(g, inputs: inputs)
    case .product(let axes, _):
      // autograd's: (g * ans) repeated to the input's shape, divided by x.
      let a = inputs[0]
      return [try div(Spread.repeated(mul(g, output.detached), like: a, axes: axes), a)]
    case .spread(let kind, let axes, let ddof, _):
      return [try kind.vjp(g, x: inputs[0], output: output, axes: axes, ddof: ddof)]
    case .cumsum(let axis, let reverse):
      // autograd's `cumsum` of g reversed along the axis: allocated in g's order (the reversal itself, a view with a
      // negative step, is not kept: a later sum along that axis would walk it backwards).
      var sums = Tensor.runningSums(g.asDoubles, axis: axis, reverse: !reverse)
      sums.memoryAxes = MemoryOrder.elementwise([g], shape: g.shape)
      return [sums]
    case .math(let function) where [.floor, .ceil, .trunc, .rint, .sign].contains(function):
      // autograd does not trace these (its `nograd_functions`): no gradient flows through them, not even g * 0,
      // whose -0 would turn a -0 from another path into 0 when the two are added.
      return [nil]
    case .math(let function):
      let operandLoop = try inputs[0].numpyUnaryLoop(for: "np.\(function.rawValue)")
      var gradient = try function.vjp(g, inputs[0].detached, output.detached, operandLoop: operandLoop)
      // Its formula is element-wise in g and x, so NumPy holds it in their iterator's order.
      let order = MemoryOrder.elementwise([g, inputs[0]], shape: gradient.shape)
      if gradient.memoryAxes != order { gradient.memoryAxes = order }
      return [gradient]
    case .mean(let axes, _):
      return [try meanVJP(inputs[0], upstream: g, axes: axes)]
    case .reduce(let reduction, let axes, _):
      let a = inputs[0]
      let spread = try Spread.repeated(g, like: a, axes: axes)
      if reduction == .sum { return [spread] }
      var kept = a.shape
      for axis in axes { kept[axis] = 1 }
      // Max and min: the gradient goes to the elements equal to the extreme, shared equally among ties.
      let extreme = try ShapeKernels.broadcast(output.detached.reshapedUnrecorded(kept), to: a.shape)
      let hits = try BinaryOperator.equal.evaluate(a, extreme).asDoubles
      let ties = try Reduction.sum.evaluate(hits, axes: axes, keepdims: true)
      return [try div(mul(spread, hits), ShapeKernels.broadcast(ties, to: a.shape))]
    case .vectorDot:
      // `tensordot(g, other, 0)`: BLAS adds each product into a zero.
      return [
        try want(0) { try add(mul(g, inputs[1]), Tensor(0.0)) },
        try want(1) { try add(mul(g, inputs[0]), Tensor(0.0)) },
      ]
    case .outer:
      // autograd's `dot(g, b.T)` and `dot(a.T, g)`: matrix–vector products, as `np.dot` runs them.
      return [
        try want(0) { try g.dot(inputs[1].detached) },
        try want(1) { try inputs[0].detached.dot(g) },
      ]
    case .matmul:
      // The operands as they were, memory order included (the products read it).
      return try matmulVJP(inputs[0], inputs[1], g, wanted: wanted)
    case .reshape:
      return [Layout.reshaped(g, inputs[0].shape)]
    case .transpose(let axes):
      // autograd's `np.transpose(g, argsort(axes))`: a view, so g's memory order goes with it.
      return [Layout.transposed(g, axes: MemoryOrder.inverse(axes))]
    case .broadcastTo:
      return [g]
    case .index(let plan):
      let values = plan.view.scatterAdd(g.doubles, sourceCount: Shape.count(plan.sourceShape))
      return [Tensor(shape: plan.sourceShape, storage: .float64(values), isScalar: false, node: nil)]
    case .take(let plan):
      return [
        Tensor(shape: plan.sourceShape, storage: .float64(plan.scatterAdd(g.doubles)), isScalar: false, node: nil)
      ]
    case .identity:
      return [g]
    case .linalg(let function):
      return try function.vjp(g, inputs: inputs, output: output, wanted: wanted)
    case .einsum(let plan):
      return try inputs.indices.map { k in
        guard wanted[k] else { return nil }
        var others = inputs.map(\.detached)
        others.remove(at: k)
        let operands = [g.asDoubles] + others
        let gradientPlan = plan.gradientPlan(for: k)
        let values = try EinsumKernel.evaluate(gradientPlan, operands.map(\.doubles), shapes: operands.map(\.shape))
        return Tensor(shape: inputs[k].shape, storage: .float64(values), isScalar: false, node: nil)
      }
    case .linspace(let count, let endpoint):
      // autograd's VJP: each sample's weight on an end (`linspace(1, 0, num)` for the start, `linspace(0, 1, num)` for
      // the stop, with the same endpoint, as the mathematics has it) dotted with g, as `np.dot` sums it.
      return try [(1.0, 0.0), (0.0, 1.0)].enumerated().map { k, ends in
        guard wanted[k] else { return nil }
        let weights = try Tensor.linspace(ends.0, ends.1, num: count, endpoint: endpoint)
        return try MatrixProduct.evaluate(weights, g.asDoubles)
      }
    case .assignment:
      throw Tensor.assignmentRefusal
    case .detour(let dtype):
      throw Tensor.gradientDetourRefusal(dtype)
    case .custom:
      // The backward pass hands these to the interpreter before consulting the table.
      return inputs.map { _ in nil }
    case .stack:
      let values = g.doubles
      var start = 0
      return inputs.map { input in
        defer { start += input.size }
        let part = Array(values[start..<(start + input.size)])
        return Tensor(shape: input.shape, storage: .float64(part), isScalar: false, node: nil)
      }
    }
  }

  /// The gradients of `operation`'s inputs, as `vjp` gives them, written into `contributions` (emptied first, its
  /// room kept): the backward pass keeps the list from one rule to the next. The rules of two operands a loss's
  /// gradient step runs (arithmetic, a product of matrices) and a mean's hand their gradients over without the list
  /// `vjp` returns, which was an allocation per rule.
  static func vjp(
    _ operation: Operation, inputs: NodeInputs, output: Tensor, upstream g: Tensor, wanted: [Bool],
    into contributions: inout [Tensor?]
  ) throws {
    // The backward pass hands the list over empty: emptying an empty list still went through the generic
    // `replaceSubrange`, about 80 instructions a rule.
    if !contributions.isEmpty { contributions.removeAll(keepingCapacity: true) }
    switch operation {
    case .binary(let op):
      let (a, b) = try inputs.withFirstTwo { x, y in
        try binaryVJP(op, x, y, output: output, upstream: g, wanted: wanted)
      }
      contributions.append(a)
      contributions.append(b)
    case .mean(let axes, _):
      contributions.append(try inputs.withFirst { try meanVJP($0, upstream: g, axes: axes) })
    case .matmul where inputs.withFirstTwo { $0.ndim <= 2 && $1.ndim <= 2 }:
      // The operands as they were, memory order included (the products read it).
      let (a, b) = try inputs.withFirstTwo { x, y in try matrixVJP(x, y, g, wanted: wanted) }
      contributions.append(a)
      contributions.append(b)
    default:
      contributions.append(
        contentsOf: try vjp(operation, inputs: inputs.array, output: output, upstream: g, wanted: wanted))
    }
  }

  /// The gradients of a binary operator's two operands (nil where `wanted` is false, or where none flows).
  private static func binaryVJP(
    _ op: BinaryOperator, _ a: Tensor, _ b: Tensor, output: Tensor, upstream g: Tensor, wanted: [Bool]
  ) throws -> (Tensor?, Tensor?) {
    func want(_ i: Int, _ rule: () throws -> Tensor) rethrows -> Tensor? { wanted[i] ? try rule() : nil }
    // Element-wise rules read their operands only through untracked arithmetic, which records nothing, so the
    // operands need no detached copies (each would be a new value).
    switch op {
    case .add: return (g, g)
    case .subtract: return (g, try want(1) { try neg(g) })
    case .multiply: return (try want(0) { try mul(g, b) }, try want(1) { try mul(g, a) })
    case .divide:
      return (try want(0) { try div(g, b) }, try want(1) { try neg(div(mul(g, a), mul(b, b))) })
    case .power:
      return (
        // autograd's rule, `g * y * x ** where(y, y - 1, 1)`: a zero exponent has a zero derivative, even at
        // x = 0 (where `0 * 0 ** -1` would be NaN). Here `b - (b != 0)` keeps 0 where b is 0, and x ** 0 = 1.
        try want(0) {
          // A square (`x ** 2`, reduced exponent 1): `x ** 1.0` of an array is NumPy's power loop copying x, every
          // bit kept (NaNs and -0 included), so x itself is multiplied when x owns C-ordered memory (the copy's
          // order would be its own).
          if Layout.single(b) == 2, a.dtype == .float64, a.ndim > 0, Layout.isPlainFloat(a) {
            return try Layout.scaledProduct(g, b, a) ?? mul(mul(g, b), a)
          }
          return try mul(mul(g, b), pow(a, reducedExponent(b)))
        },
        try want(1) { try mul(mul(g, output.detached), safeLog(a)) }
      )
    case .remainder:
      // autograd's: the divisor's gradient is -g * floor(a / b).
      return (
        g,
        try want(1) {
          let quotient = try div(a, b).doubles.map { $0.rounded(.down) }
          return try mul(
            neg(g), Tensor(shape: output.shape, storage: .float64(quotient), isScalar: output.isScalar, node: nil))
        }
      )
    case .arctan2:
      return (
        try want(0) { try div(mul(g, b), add(mul(a, a), mul(b, b))) },
        try want(1) { try div(mul(g, neg(a)), add(mul(a, a), mul(b, b))) }
      )
    case .hypot:
      return (
        try want(0) { try div(mul(g, a), output.detached) }, try want(1) { try div(mul(g, b), output.detached) }
      )
    case .maximum, .minimum:
      return (
        try want(0) { try mul(g, tieShare(a, output.detached, b)) },
        try want(1) { try mul(g, tieShare(b, output.detached, a)) }
      )
    default: return (nil, nil)
    }
  }

  /// A mean's gradient: the division's rule, then the sum's, `g / n` spread over the input `a`.
  private static func meanVJP(_ a: Tensor, upstream g: Tensor, axes: [Int]) throws -> Tensor {
    let count = a.count(over: axes)
    // A whole-array mean's 0-d g (a number, not NaN) divided as a double, without the divisor array and the
    // quotient's: `float64 / int64` divides in float64, and the count is exact there. Spread as `repeated` does.
    if a.ndim > 0, g.ndim == 0, g.dtype == .float64, let upstream = Layout.single(g), !upstream.isNaN {
      let share = upstream / Double(count) + 0
      return Tensor(shape: a.shape, storage: .float64(.filled(share, count: a.size)), isScalar: false, node: nil)
    }
    return try Spread.repeated(div(g, Operation.meanDivisor(count: count)), like: a, axes: axes)
  }

  /// ∂(a @ b): `g @ bᵀ` and `aᵀ @ g` on the operands as matrices (1-d ones given a unit axis, then dropped again),
  /// batch axes left broadcast for the backward pass to unbroadcast.
  private static func matmulVJP(_ a: Tensor, _ b: Tensor, _ g: Tensor, wanted: [Bool]) throws -> [Tensor?] {
    if a.ndim <= 2 && b.ndim <= 2 {
      let (gradA, gradB) = try matrixVJP(a, b, g, wanted: wanted)
      return [gradA, gradB]
    }
    let a2 = a.ndim == 1 ? a.reshapedUnrecorded([1, a.shape[0]]) : a
    let b2 = b.ndim == 1 ? b.reshapedUnrecorded([b.shape[0], 1]) : b
    var gShape = g.shape
    if a.ndim == 1 { gShape.insert(1, at: gShape.count - (b.ndim == 1 ? 0 : 1)) }
    if b.ndim == 1 { gShape.append(1) }
    let g2 = g.reshapedUnrecorded(gShape)
    var gradA: Tensor? = nil
    var gradB: Tensor? = nil
    if wanted[0] {
      let full = try MatrixProduct.evaluate(g2, b2, transposeB: true)
      gradA = a.ndim == 1 ? full.reshapedUnrecorded(Array(full.shape.dropLast(2)) + [a.shape[0]]) : full
    }
    if wanted[1] {
      let full = try MatrixProduct.evaluate(a2, g2, transposeA: true)
      gradB = b.ndim == 1 ? full.reshapedUnrecorded(Array(full.shape.dropLast(2)) + [b.shape[0]]) : full
    }
    return [gradA, gradB]
  }

  /// autograd's `matmul_adjoint_0` and `matmul_adjoint_1` for operands of at most two axes, on the arrays NumPy
  /// would hold: the other operand swapped as a view (so a transposed operand is read in place, as BLAS reads it),
  /// g with unit axes added as a view, a 1-d operand's product an outer product. The products then take the
  /// forward pass's kernels, which choose BLAS's routine from these layouts.
  private static func matrixVJP(_ a: Tensor, _ b: Tensor, _ g: Tensor, wanted: [Bool]) throws -> (Tensor?, Tensor?) {
    if g.ndim == 0 {
      return (try want(wanted[0]) { try mul(g, b) }, try want(wanted[1]) { try mul(g, a) })
    }
    func unit(_ t: Tensor, at axis: Int) -> Tensor {
      var shape = t.shape
      shape.insert(1, at: axis)
      return Layout.reshaped(t, shape)
    }
    func swapped(_ t: Tensor) -> Tensor { Layout.transposed(t, axes: [1, 0]) }
    // NumPy's matmul of `t.T`, for a view t, reads t's memory with t's steps swapped, and runs its own loop when BLAS
    // cannot take them (`x[:, ::-1].T @ g`); `swapped` makes a copy, so the choice is made here from t's geometry.
    func product(_ left: Tensor, _ right: Tensor, swappedView view: Tensor, isLeft: Bool) throws -> Tensor {
      let geometry = ([view.shape[1], view.shape[0]], [view.memoryStrides[1], view.memoryStrides[0]])
      let other = isLeft ? right : left
      let otherGeometry = (other.shape, other.memoryStrides)
      let isChosen =
        view.view != nil && view.ndim == 2 && other.ndim <= 2 && left.dtype == .float64 && right.dtype == .float64
        && MatrixProduct.NumpyLoop.isChosen(
          core: isLeft ? geometry : otherGeometry, isLeft ? otherGeometry : geometry)
      return try isChosen ? MatrixProduct.NumpyLoop.product(left, right) : MatrixProduct.evaluate(left, right)
    }
    // `swapped(t)` of a C-ordered matrix is a transposed view, which `MatrixProduct` copies back into t's order and
    // multiplies with `transposeA`/`transposeB`: when it would (no unit axis, a plain g), t itself is multiplied so,
    // without either copy. The same kernel on the same elements, so the same bits.
    // (Of a matrix, `t.memoryAxes(afterTranspose: [1, 0]) == [1, 0]` holds exactly when t is in C order, memory
    // axes [0, 1]: tested so, without building the permuted order's arrays.)
    func isSwappedBack(_ t: Tensor) -> Bool {
      // A view's own steps decide whether NumPy's matmul reads it with BLAS or its own loop (`x[:, ::-1].T @ g`):
      // a view takes the general path, which keeps them.
      guard t.ndim == 2, g.ndim == 2, g.view == nil, t.view == nil else { return false }
      let shape = t.shape
      guard shape[0] != 1, shape[1] != 1, !g.transposedLayout else { return false }
      guard let order = t.memoryAxes else { return true }
      return order.count == 2 && order[0] == 0 && order[1] == 1
    }
    // The operand as a plain float64 array. A transposed product reads only its dtype, layout check, shape and
    // elements, so a float64 operand that is no view and whose layout is known is passed as it is (no new value).
    func plain(_ t: Tensor) -> Tensor {
      if t.view == nil && t.unknownLayoutOrigin == nil && t.dtype == .float64 { return t }
      return Tensor(shape: t.shape, storage: t.storage, isScalar: false, node: nil)
    }
    var gradA: Tensor? = nil
    var gradB: Tensor? = nil
    if wanted[0], a.ndim == 2, isSwappedBack(b) {
      gradA = try MatrixProduct.evaluate(g, plain(b), transposeB: true)
    } else if wanted[0] {
      var g0 = g
      var other = b
      if a.ndim == 1 { g0 = unit(g0, at: g0.ndim - 1) }
      if b.ndim == 1 {
        other = unit(other, at: 0)
        g0 = unit(g0, at: g0.ndim)
      } else {
        other = swapped(other)
      }
      let full = try b.ndim == 2 ? product(g0, other, swappedView: b, isLeft: false) : MatrixProduct.evaluate(g0, other)
      // A 1-d operand's (1, k) gradient loses its unit axis (autograd sums it away: one element, the same value).
      gradA = a.ndim == 1 ? Layout.reshaped(full, [full.shape[full.ndim - 1]]) : full
    }
    if wanted[1], b.ndim == 2, isSwappedBack(a) {
      gradB = try MatrixProduct.evaluate(plain(a), g, transposeA: true)
    } else if wanted[1] {
      var g1 = g
      var other = a
      if b.ndim == 1 { g1 = unit(g1, at: g1.ndim) }
      if a.ndim == 1 {
        other = unit(other, at: 1)
        g1 = unit(g1, at: g1.ndim - 1)
      } else {
        other = swapped(other)
      }
      let full = try a.ndim == 2 ? product(other, g1, swappedView: a, isLeft: true) : MatrixProduct.evaluate(other, g1)
      gradB = b.ndim == 1 ? Layout.reshaped(full, [full.shape[0]]) : full
    }
    return (gradA, gradB)
  }

  private static func want(_ isWanted: Bool, _ rule: () throws -> Tensor) rethrows -> Tensor? {
    isWanted ? try rule() : nil
  }

  /// 1 where `x` is the extreme and the other operand is not, 0.5 at a tie, 0 elsewhere (as HIPS/autograd).
  private static func tieShare(_ x: Tensor, _ extreme: Tensor, _ other: Tensor) throws -> Tensor {
    let hit = try BinaryOperator.equal.evaluate(x, extreme).asDoubles
    let tie = try BinaryOperator.equal.evaluate(x, other).asDoubles
    return try div(hit, add(Tensor(1.0), tie))
  }

  /// `b - (b != 0)`, the exponent of autograd's power rule, as a float64 value; a single number directly.
  static func reducedExponent(_ b: Tensor) throws -> Tensor {
    // One float64 or int64 element, read without converting the whole array.
    if let exponent = Layout.single(b) {
      // float64 ** int64 computes in float64, so the float exponent gives the very same elements.
      return Tensor(shape: [], storage: .float64([exponent != 0 ? exponent - 1 : 0]), isScalar: true, node: nil)
    }
    return try sub(b, b.notEqual(Tensor(0.0)).astype(.float64))
  }

  // The rules' arithmetic, never recorded (see `Tensor.untracked`).
  private static func add(_ a: Tensor, _ b: Tensor) throws -> Tensor { try Layout.binary(.add, a, b) }
  private static func sub(_ a: Tensor, _ b: Tensor) throws -> Tensor { try Layout.binary(.subtract, a, b) }
  private static func mul(_ a: Tensor, _ b: Tensor) throws -> Tensor { try Layout.binary(.multiply, a, b) }
  private static func div(_ a: Tensor, _ b: Tensor) throws -> Tensor { try Layout.binary(.divide, a, b) }
  private static func pow(_ a: Tensor, _ b: Tensor) throws -> Tensor { try Layout.binary(.power, a, b) }
  private static func neg(_ a: Tensor) throws -> Tensor { try Layout.unary(.negate, a) }

  /// log(x) with zeros replaced by ones, so 0 ** y has a finite gradient in y (as HIPS/autograd).
  private static func safeLog(_ x: Tensor) throws -> Tensor {
    let values = x.doubles.map { $0 == 0 ? 0 : Elementary.log($0) }
    return Tensor(shape: x.shape, storage: .float64(values), isScalar: x.isScalar, node: nil)
  }

  /// -1, 0 or 1 by the sign of each element.
  static func sign(_ x: Tensor) -> Tensor {
    let values = x.doubles.map { $0 > 0 ? 1.0 : $0 < 0 ? -1.0 : $0.isNaN ? .nan : 0 }
    return Tensor(shape: x.shape, storage: .float64(values), isScalar: x.isScalar, node: nil)
  }
}

extension Tensor {
  /// The same elements under another shape, untracked.
  func reshapedUnrecorded(_ shape: [Int]) -> Tensor {
    Tensor(shape: shape, storage: storage, isScalar: false, node: nil)
  }

  /// The elements as float64, untracked.
  var asDoubles: Tensor { Tensor(shape: shape, storage: .float64(doubles), isScalar: isScalar, node: nil) }
}
