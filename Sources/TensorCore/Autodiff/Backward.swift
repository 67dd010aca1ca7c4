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
  var buffers = BackwardBuffers()
  return try gradient(
    of: y, withRespectTo: x, upstream: upstream, recordingFor: outerLeaves, buffers: &buffers, custom: custom)
}

/// `gradient(of:withRespectTo:upstream:recordingFor:custom:)` in the arrays `buffers` keeps between passes (handed
/// back empty: no value of this graph stays in them).
public func gradient(
  of y: Tensor, withRespectTo x: Tensor, upstream: Tensor? = nil, recordingFor outerLeaves: [Tensor]? = nil,
  buffers: inout BackwardBuffers, custom: CustomVJP = refuseCustomVJP
) throws -> Gradient {
  // The one x sits in a kept list, and its gradient is taken as it is made: no array of xs or of results per pass.
  var xs: [Tensor] = []
  swap(&xs, &buffers.xs)
  defer {
    xs.removeAllKeepingRoom()
    swap(&xs, &buffers.xs)
  }
  xs.append(x)
  var result: Gradient?
  try backwardPass(
    of: y, withRespectTo: xs, upstream: upstream, recordingFor: outerLeaves, buffers: &buffers,
    custom: custom
  ) { _, gradient in result = gradient }
  return result!
}

/// The arrays a backward pass fills and empties again, kept by their owner (a chapter's interpreter) from one pass to
/// the next: a gradient-descent loop walks a graph of the same size at every step, and allocating each array anew
/// and freeing it again cost more than most of the work done in them. Empty between passes.
public struct BackwardBuffers: Sendable {
  var walk = GraphWalk.Buffers()
  var xs: [Tensor] = []
  var targets: [GraphNode] = []
  var slots: [BackwardSlot] = []
  var wanted: [Bool] = []
  var contributions: [Tensor?] = []
  /// The seed of 1 the last pass of a scalar y started from, kept when nothing else took it (a gradient-descent
  /// loop's every pass made and freed one: its parts and its one-element storage); the only value kept between
  /// passes, and no value of any graph.
  var seed: Tensor?

  /// Empty buffers.
  public init() {}
}

/// What the backward pass holds for one value of the walk: its gradient so far and how it was made.
struct BackwardSlot {
  /// The gradient summed so far; nil until a user of the value contributes.
  var gradient: Tensor?
  /// True for the values asked about, whose gradients are kept to the end.
  var isTarget = false
  /// Whether the gradient is already a sum of contributions, which autograd then adds to in place.
  var isAccumulated = false
  /// True for a 0-d gradient autograd would hold as a 0-d array, not a NumPy scalar (a flag here, not a set of
  /// positions: the set was allocated, hashed into and searched at every pass of a 0-d loss).
  var isZeroDimensionalArray = false
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
  var buffers = BackwardBuffers()
  var results: [Gradient] = []
  results.reserveCapacity(xs.count)
  try backwardPass(
    of: y, withRespectTo: xs, upstream: upstream, recordingFor: outerLeaves, buffers: &buffers,
    custom: custom
  ) { _, gradient in results.append(gradient) }
  return results
}

/// The backward pass: hands `found` each x's gradient, in the order of `xs`.
private func backwardPass(
  of y: Tensor, withRespectTo xs: [Tensor], upstream: Tensor?, recordingFor outerLeaves: [Tensor]?,
  buffers: inout BackwardBuffers, custom: CustomVJP, found: (Int, Gradient) -> Void
) throws {
  // With `outerLeaves` (the inputs of the derivatives around this one), the pass itself is recorded, so that an outer
  // derivative can differentiate the gradient it returns.
  let recorded = outerLeaves.map { Set($0.compactMap { $0.node.map(ObjectIdentifier.init) }) }
  for x in xs { try PythonNumberRecord.refuseCut(of: y, by: x) }
  // The kept arrays are taken out of the buffers while the pass runs and handed back emptied, whatever happens.
  var targets: [GraphNode] = []
  swap(&targets, &buffers.targets)
  var slots: [BackwardSlot] = []
  swap(&slots, &buffers.slots)
  // Which inputs of the node being visited lie on a path from an x: the rules compute only those gradients.
  var wanted: [Bool] = []
  swap(&wanted, &buffers.wanted)
  // The gradients a rule gives its node's inputs, one list for every node.
  var contributions: [Tensor?] = []
  swap(&contributions, &buffers.contributions)
  var walkBuffers = GraphWalk.Buffers()
  swap(&walkBuffers, &buffers.walk)
  var walk = GraphWalk()
  defer {
    targets.removeAllKeepingRoom()
    slots.removeAllKeepingRoom()
    wanted.removeAll(keepingCapacity: true)
    contributions.removeAllKeepingRoom()
    walk.recycle(into: &walkBuffers)
    swap(&targets, &buffers.targets)
    swap(&slots, &buffers.slots)
    swap(&wanted, &buffers.wanted)
    swap(&contributions, &buffers.contributions)
    swap(&walkBuffers, &buffers.walk)
  }
  for x in xs { targets.append(try GraphWalk.node(of: x, role: "x")) }
  let yNode = try GraphWalk.node(of: y, role: "y")
  // The kept seed when it fits this y. Not in a recorded pass, whose gradients keep their values (the seed could
  // reach the snippet as one), nor with an upstream gradient, which is the snippet's own value.
  let keepsSeed = upstream == nil && recorded == nil
  var keptSeed = keepsSeed ? buffers.seed.take() : nil
  let seed =
    if keptSeed?.isUnsharedSeed(shape: y.shape, isScalar: y.isScalar) == true {
      keptSeed.take()!
    } else {
      try GraphWalk.seed(for: y, upstream: upstream)
    }
  // Kept for the next pass only once this pass let go of it: a rule or a VJP that held on to it would see it change
  // hands (checked again when it is next taken).
  defer { if keepsSeed { buffers.seed = seed } }
  walk = GraphWalk(from: y, yNode: yNode, reaching: targets, buffers: &walkBuffers)
  let count = walk.order.count
  // The pass holds a gradient for every value on a path from an x to y until it is done.
  // Read through the buffer by index: a closure over the entries would copy each one (every reference it holds).
  let gradientBytes = walk.order.withUnsafeBufferPointer { entries in
    entries.indices.reduce(0) { entries[$1].isRelevant ? $0 + entries[$1].value.size * 8 : $0 }
  }
  try ResourceMeter.checkTransient(bytes: gradientBytes)
  // Gradients by position in the walk's order (y is last), so the pass looks nothing up by identity.
  slots.reserveCapacity(count)
  for _ in 0..<count { slots.append(BackwardSlot()) }
  slots[count - 1].gradient = seed
  for node in targets { if let position = walk.position(of: node) { slots[position].isTarget = true } }
  // The gradients autograd would hold as views of arrays its rules made (GradientView), by position.
  var views: [Int: GradientView] = [:]
  // autograd seeds a 0-d y's pass with `vspace(ans).ones()`, a 0-d array, which rules that pass g on unchanged (an
  // add's, an identity's) leave an array: `grad(lambda x: x + 1.0)(1.5)` is `array(1.)`. A NumPy scalar given as the
  // upstream gradient stays one.
  if y.shape.isEmpty, !(upstream?.isScalar ?? false) { slots[count - 1].isZeroDimensionalArray = true }
  var summedAxes: [Int: Set<Int>] = [:]
  var broadcastShapes: [Int: [[Int]]] = [:]
  var conditionedOrigin: DecompositionOrigin? = nil
  wanted.reserveCapacity(4)
  for position in walk.order.indices.reversed() {
    // Fields are read one by one: a copy of the whole entry would retain every reference it holds.
    guard walk.order[position].isRelevant, slots[position].gradient != nil,
      let operation = walk.operation(at: position)
    else { continue }
    // A value's gradient is complete once its users are done; only the targets' are kept to the end (the others are
    // taken out of the table, not copied and then cleared).
    let upstreamGradient =
      slots[position].isTarget ? slots[position].gradient! : slots[position].gradient.take()!
    // Most passes hold no views: the empty table is not hashed into.
    let upstreamView = views.isEmpty ? nil : views.removeValue(forKey: position)
    let isUpstreamArray = slots[position].isZeroDimensionalArray
    if slots[position].isTarget, let upstreamView { views[position] = upstreamView }
    let firstInput = walk.order[position].firstInput
    let inputs = walk.order[position].inputs
    // One buffer for every node's flags (a value passed to the rules, so a rule that kept it would keep its own copy).
    // Rewritten in place to the node's length: `removeAll(keepingCapacity:)` took the generic `replaceSubrange` at
    // every node.
    while wanted.count > inputs.count { wanted.removeLast() }
    for k in 0..<inputs.count {
      let inputPosition = walk.inputPositions[firstInput + k]
      let isWanted = inputPosition >= 0 && walk.order[inputPosition].isRelevant
      if k < wanted.count { wanted[k] = isWanted } else { wanted.append(isWanted) }
    }
    guard wanted.contains(true) else { continue }
    // A gradient through an ill-conditioned matrix's `solve`, `inv`, `lstsq`, … carries that result's error
    // (autograd's rules solve with the same matrix), noted on the gradients this pass hands back.
    if case .linalg = operation, Tensor.approximateResultsMayExist,
      let origin = Tensor.ownDecomposition(of: walk.order[position].node), origin.conditionedError > 0
    {
      conditionedOrigin = DecompositionOrigin.worseConditioned(conditionedOrigin, origin)
    }
    // A rule reads the upstream gradient and the inputs and writes one gradient per input.
    // Summed through the buffer by index: iterating the operands would copy each one.
    let inputElements = inputs.indices.reduce(0) { $0 + inputs.size(at: $1) }
    try ResourceMeter.chargeWork(upstreamGradient.size + 2 * inputElements)
    if case .custom(let primitive) = operation {
      contributions = try custom(primitive, inputs.array, walk.order[position].value, upstreamGradient, wanted)
    } else if let recorded {
      contributions = try RecordedRules.vjp(
        operation, inputs: inputs.array, output: walk.order[position].value, upstream: upstreamGradient, wanted: wanted,
        outerLeaves: recorded)
    } else {
      try GradientRules.vjp(
        operation, inputs: inputs, output: walk.order[position].value, upstream: upstreamGradient, wanted: wanted,
        into: &contributions)
    }
    for (k, contribution) in contributions.enumerated() where k < wanted.count && wanted[k] {
      guard let contribution else { continue }
      let inputPosition = walk.inputPositions[firstInput + k]
      let (reduced, axes) =
        recorded != nil
        ? (try RecordedRules.unbroadcast(contribution, to: inputs[k].shape), [])
        : try Unbroadcast.apply(
          contribution, to: inputs[k].shape, atOnce: operation.isBroadcastTo, sumsUnitAxes: operation.isUnbroadcast)
      if slots[inputPosition].isTarget, !axes.isEmpty {
        summedAxes[inputPosition, default: []].formUnion(axes)
        if !broadcastShapes[inputPosition, default: []].contains(contribution.shape) {
          broadcastShapes[inputPosition, default: []].append(contribution.shape)
        }
      }
      if recorded == nil, axes.isEmpty, slots[inputPosition].gradient == nil,
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
          slots[inputPosition].gradient == nil
          && operation.leavesZeroDimensionalArray(
            passing: k, upstreamAxes: upstreamGradient.ndim, upstreamIsArray: isUpstreamArray)
        slots[inputPosition].isZeroDimensionalArray = isArray
      }
      if let existing = slots[inputPosition].gradient {
        if recorded != nil {
          slots[inputPosition].gradient = try Tensor.record(.binary(.add), NodeInputs(existing, reduced))
        } else {
          // autograd adds a second gradient as `prev + new` (a new array in the order NumPy's iterator gives it) and
          // later ones in place (`prev += new`, keeping prev's order): the order later sums walk.
          var sum = try BinaryOperator.add.evaluate(existing, reduced)
          let order =
            slots[inputPosition].isAccumulated
            ? existing.memoryAxes : MemoryOrder.elementwise([existing, reduced], shape: sum.shape)
          if sum.memoryAxes != order { sum.memoryAxes = order }
          slots[inputPosition].gradient = sum
          slots[inputPosition].isAccumulated = true
        }
      } else {
        slots[inputPosition].gradient = reduced
      }
    }
    // Released now, as a rule's own list was, its room kept for the next rule (one by one from the end: a rule
    // gives one or two, and `removeAll(keepingCapacity:)` took the generic `replaceSubrange`).
    while !contributions.isEmpty { contributions.removeLast() }
  }
  try ResourceMeter.chargeAllocation(elements: xs.reduce(0) { $0 + $1.size }, itemSize: 8)
  for k in xs.indices {
    let x = xs[k]
    let position = walk.position(of: targets[k])
    let gradient = position.flatMap { slots[$0].gradient }
    let values = gradient?.doubles ?? [Double].filled(0, count: x.size)
    // A recorded gradient keeps its history (its shape is x's: every contribution was unbroadcast to it).
    let recordedValue = recorded != nil && gradient?.shape == x.shape ? gradient : nil
    var value = Tensor(shape: x.shape, storage: .float64(values), isScalar: false)
    // In the memory order autograd's backward pass leaves it (a gradient through `.T` is a transposed array), which
    // `.strides` shows and later sums walk.
    if let gradient, gradient.shape == x.shape, let order = gradient.memoryAxes { value.memoryAxes = order }
    if let view = position.flatMap({ views[$0] }), gradient?.shape == x.shape { value = view.applied(to: value) }
    if let conditionedOrigin, recordedValue == nil { value = value.notingGradient(through: conditionedOrigin) }
    found(
      k,
      Gradient(
        value: recordedValue ?? value,
        // Sorted only when some axis was summed: sorting the empty set allocated an array at every pass.
        summedAxes: position.flatMap { summedAxes[$0] }.map { $0.sorted() } ?? [],
        broadcastShapes: position.flatMap { broadcastShapes[$0] } ?? [],
        // No rule passed x a gradient (every path ran through `floor`, `sign`, …, which autograd does not trace):
        // autograd's output is then independent of x, and its gradient `vspace(x).zeros()`, a 0-d array.
        isNumpyScalar: gradient != nil && !(position.map { slots[$0].isZeroDimensionalArray } ?? false)))
  }
}
