/// Reverse-mode differentiation over the recorded graph: `gradient(of:withRespectTo:upstream:)`.
///
/// The pass visits only values that lie on a path from `x` to `y`, in reverse topological order, pushes each
/// upstream gradient through the rule table, and accumulates with `+` where a value was used more than once.

/// ∂y/∂x as an array of x's shape, and where broadcasting made the backward pass sum.
public struct Gradient: Sendable {
  /// The gradient: float64, x's shape; zeros where y does not depend on x.
  public var value: Tensor
  /// Axes (of the broadcast results x took part in) that were summed to bring the gradient back to x's shape;
  /// empty when x was never broadcast.
  public var summedAxes: [Int]
  /// The shapes of the broadcast results x took part in (distinct, in the order the backward pass met them), so a
  /// page can draw how x's axes lined up under each; empty when x was never broadcast.
  public var broadcastShapes: [[Int]] = []
  /// For a 0-d x: false when autograd's last rule leaves its gradient a 0-d array (`np.where`'s, a reshape's, an
  /// index's), which prints `array(…)`, rather than the NumPy scalar its ufunc arithmetic gives.
  public var isNumpyScalar = true
}

/// ∂y/∂x, or the vector–Jacobian product with `upstream` (of y's shape) when y is not a scalar.
/// `custom` runs the VJPs of functions the snippet made primitive.
public func gradient(
  of y: Tensor, withRespectTo x: Tensor, upstream: Tensor? = nil, recordingFor outerLeaves: [Tensor]? = nil,
  custom: CustomVJP = refuseCustomVJP
) throws -> Gradient {
  try gradients(of: y, withRespectTo: [x], upstream: upstream, recordingFor: outerLeaves, custom: custom)[0]
}

/// The `custom` of a backward pass that cannot run snippet code.
public func refuseCustomVJP(_: CustomPrimitive, _: [Tensor], _: Tensor, _: Tensor, _: [Bool]) throws -> [Tensor?] {
  throw TensorError(
    "NotImplementedError",
    "this gradient passes through a function made primitive, whose VJP only autograd's grad runs",
    isLimit: true)
}

extension Tensor {
  /// The same value as a new leaf of the graph, its memory kept (a view stays that view): the argument a derivative
  /// differentiates by, as autograd boxes the very array it is given.
  public var asDerivativeArgument: Tensor {
    var leaf = self
    leaf.node = dtype == .float64 ? GraphNode.leaf() : nil
    return leaf
  }
}

/// The gradients of y with respect to several values, in one backward pass.
public func gradients(
  of y: Tensor, withRespectTo xs: [Tensor], upstream: Tensor? = nil, recordingFor outerLeaves: [Tensor]? = nil,
  custom: CustomVJP = refuseCustomVJP
) throws -> [Gradient] {
  // With `outerLeaves` (the inputs of the derivatives around this one), the pass itself is recorded, so that an outer
  // derivative can differentiate the gradient it returns.
  let recorded = outerLeaves.map { Set($0.compactMap { $0.node.map(ObjectIdentifier.init) }) }
  for x in xs { try PythonNumberRecord.refuseCut(of: y, by: x) }
  let targets = try xs.map { try GraphWalk.node(of: $0, role: "x") }
  let yNode = try GraphWalk.node(of: y, role: "y")
  let seed = try GraphWalk.seed(for: y, upstream: upstream)
  let walk = GraphWalk(from: y, yNode: yNode, reaching: targets)
  let order = walk.order
  let inputPositions = walk.inputPositions
  // The pass holds a gradient for every value on a path from an x to y until it is done.
  // Read through the buffer by index: a closure over the entries would copy each one (every reference it holds).
  let gradientBytes = order.withUnsafeBufferPointer { entries in
    entries.indices.reduce(0) { entries[$1].isRelevant ? $0 + entries[$1].value.size * 8 : $0 }
  }
  try ResourceMeter.checkTransient(bytes: gradientBytes)
  // Gradients by position in the walk's order (y is last), so the pass looks nothing up by identity.
  var accumulated = [Tensor?].filled(nil, count: order.count)
  accumulated[order.count - 1] = seed
  var isTarget = [Bool].filled(false, count: order.count)
  // Whether a gradient is already a sum of contributions, which autograd then adds to in place.
  var isAccumulated = [Bool].filled(false, count: order.count)
  for node in targets { if let position = walk.position(of: node) { isTarget[position] = true } }
  // The gradients autograd would hold as views of arrays its rules made (GradientView), by position.
  var views: [Int: GradientView] = [:]
  // The 0-d gradients autograd would hold as 0-d arrays, not NumPy scalars, by position.
  var zeroDimensionalArrays: Set<Int> = []
  var summedAxes: [Int: Set<Int>] = [:]
  var broadcastShapes: [Int: [[Int]]] = [:]
  // Which inputs of the node being visited lie on a path from an x: the rules compute only those gradients.
  var wanted: [Bool] = []
  wanted.reserveCapacity(4)
  for position in order.indices.reversed() {
    // Fields are read one by one: a copy of the whole entry would retain every reference it holds.
    guard order[position].isRelevant, accumulated[position] != nil, let operation = order[position].operation
    else { continue }
    // A value's gradient is complete once its users are done; only the targets' are kept to the end (the others are
    // taken out of the table, not copied and then cleared).
    let upstreamGradient = isTarget[position] ? accumulated[position]! : accumulated[position].take()!
    // Most passes hold no views and no 0-d arrays: the empty tables are not hashed into.
    let upstreamView = views.isEmpty ? nil : views.removeValue(forKey: position)
    let isUpstreamArray = !zeroDimensionalArrays.isEmpty && zeroDimensionalArrays.contains(position)
    if isTarget[position], let upstreamView { views[position] = upstreamView }
    let firstInput = order[position].firstInput
    let inputs = order[position].inputs
    // One buffer for every node's flags (a value passed to the rules, so a rule that kept it would keep its own copy).
    wanted.removeAll(keepingCapacity: true)
    for k in 0..<inputs.count {
      let inputPosition = inputPositions[firstInput + k]
      wanted.append(inputPosition >= 0 && order[inputPosition].isRelevant)
    }
    guard wanted.contains(true) else { continue }
    // A rule reads the upstream gradient and the inputs and writes one gradient per input.
    // Summed through the buffer by index: iterating the operands would copy each one.
    let inputElements = inputs.withUnsafeBufferPointer { buffer in buffer.indices.reduce(0) { $0 + buffer[$1].size } }
    try ResourceMeter.chargeWork(upstreamGradient.size + 2 * inputElements)
    let contributions: [Tensor?]
    if case .custom(let primitive) = operation {
      contributions = try custom(primitive, inputs, order[position].value, upstreamGradient, wanted)
    } else if let recorded {
      contributions = try RecordedRules.vjp(
        operation, inputs: inputs, output: order[position].value, upstream: upstreamGradient, wanted: wanted,
        outerLeaves: recorded)
    } else {
      contributions = try GradientRules.vjp(
        operation, inputs: inputs, output: order[position].value, upstream: upstreamGradient, wanted: wanted)
    }
    for (k, contribution) in contributions.enumerated() where k < wanted.count && wanted[k] {
      guard let contribution else { continue }
      let inputPosition = inputPositions[firstInput + k]
      let (reduced, axes) =
        recorded != nil
        ? (try RecordedRules.unbroadcast(contribution, to: inputs[k].shape), [])
        : try Unbroadcast.apply(
          contribution, to: inputs[k].shape, atOnce: operation.isBroadcastTo, sumsUnitAxes: operation.isUnbroadcast)
      if isTarget[inputPosition], !axes.isEmpty {
        summedAxes[inputPosition, default: []].formUnion(axes)
        if !broadcastShapes[inputPosition, default: []].contains(contribution.shape) {
          broadcastShapes[inputPosition, default: []].append(contribution.shape)
        }
      }
      if recorded == nil, axes.isEmpty, accumulated[inputPosition] == nil,
        let view = GradientView.made(
          by: operation, from: upstreamGradient, upstream: upstreamView, contribution: reduced)
      {
        views[inputPosition] = view
      } else if !views.isEmpty {
        views[inputPosition] = nil
      }
      if inputs[k].shape.isEmpty {
        // A sum of two gradients is a ufunc's, so a NumPy scalar.
        let isArray =
          accumulated[inputPosition] == nil
          && operation.leavesZeroDimensionalArray(
            passing: k, upstreamAxes: upstreamGradient.ndim, upstreamIsArray: isUpstreamArray)
        if isArray {
          zeroDimensionalArrays.insert(inputPosition)
        } else if !zeroDimensionalArrays.isEmpty {
          zeroDimensionalArrays.remove(inputPosition)
        }
      }
      if let existing = accumulated[inputPosition] {
        if recorded != nil {
          accumulated[inputPosition] = try Tensor.record(.binary(.add), [existing, reduced])
        } else {
          // autograd adds a second gradient as `prev + new` (a new array in the order NumPy's iterator gives it) and
          // later ones in place (`prev += new`, keeping prev's order): the order later sums walk.
          var sum = try BinaryOperator.add.evaluate(existing, reduced)
          let order =
            isAccumulated[inputPosition]
            ? existing.memoryAxes : MemoryOrder.elementwise([existing, reduced], shape: sum.shape)
          if sum.memoryAxes != order { sum.memoryAxes = order }
          accumulated[inputPosition] = sum
          isAccumulated[inputPosition] = true
        }
      } else {
        accumulated[inputPosition] = reduced
      }
    }
  }
  try ResourceMeter.chargeAllocation(elements: xs.reduce(0) { $0 + $1.size }, itemSize: 8)
  return zip(xs, targets).map { x, node in
    let position = walk.position(of: node)
    let found = position.flatMap { accumulated[$0] }
    let values = found?.doubles ?? [Double].filled(0, count: x.size)
    // A recorded gradient keeps its history (its shape is x's: every contribution was unbroadcast to it).
    let recordedValue = recorded != nil && found?.shape == x.shape ? found : nil
    var value = Tensor(shape: x.shape, storage: .float64(values), isScalar: false)
    // In the memory order autograd's backward pass leaves it (a gradient through `.T` is a transposed array), which
    // `.strides` shows and later sums walk.
    if let found, found.shape == x.shape, let order = found.memoryAxes { value.memoryAxes = order }
    if let view = position.flatMap({ views[$0] }), found?.shape == x.shape { value = view.applied(to: value) }
    return Gradient(
      value: recordedValue ?? value,
      summedAxes: (position.flatMap { summedAxes[$0] } ?? []).sorted(),
      broadcastShapes: position.flatMap { broadcastShapes[$0] } ?? [],
      isNumpyScalar: !(position.map { zeroDimensionalArrays.contains($0) } ?? false))
  }
}
