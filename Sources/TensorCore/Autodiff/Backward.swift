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
}

/// ∂y/∂x, or the vector–Jacobian product with `upstream` (of y's shape) when y is not a scalar.
public func gradient(of y: Tensor, withRespectTo x: Tensor, upstream: Tensor? = nil) throws -> Gradient {
  try gradients(of: y, withRespectTo: [x], upstream: upstream)[0]
}

/// The gradients of y with respect to several values, in one backward pass.
public func gradients(of y: Tensor, withRespectTo xs: [Tensor], upstream: Tensor? = nil) throws -> [Gradient] {
  let targets = try xs.map { try GraphWalk.node(of: $0, role: "x") }
  let yNode = try GraphWalk.node(of: y, role: "y")
  let seed = try GraphWalk.seed(for: y, upstream: upstream)
  let walk = GraphWalk(from: y, yNode: yNode, reaching: Set(targets.map(ObjectIdentifier.init)))
  // The pass holds a gradient for every value on a path from an x to y until it is done.
  let gradientBytes = walk.order.reduce(0) { walk.relevant.contains(ObjectIdentifier($1.1)) ? $0 + $1.0.size * 8 : $0 }
  try ResourceMeter.checkTransient(bytes: gradientBytes)
  var accumulated: [ObjectIdentifier: Tensor] = [ObjectIdentifier(yNode): seed]
  var summedAxes: [ObjectIdentifier: Set<Int>] = [:]
  var broadcastShapes: [ObjectIdentifier: [[Int]]] = [:]
  let wantedIDs = Set(targets.map(ObjectIdentifier.init))
  for (value, node) in walk.order.reversed() {
    let id = ObjectIdentifier(node)
    guard let operation = node.operation, let upstreamGradient = accumulated[id] else { continue }
    let wanted = node.inputs.map(walk.isRelevant)
    guard wanted.contains(true) else { continue }
    // A rule reads the upstream gradient and the inputs and writes one gradient per input.
    try ResourceMeter.chargeWork(upstreamGradient.size + 2 * node.inputs.reduce(0) { $0 + $1.size })
    let contributions = try GradientRules.vjp(
      operation, inputs: node.inputs, output: value, upstream: upstreamGradient, wanted: wanted)
    for (input, contribution) in zip(node.inputs, contributions) {
      guard let inputNode = input.node, let contribution, walk.isRelevant(input) else { continue }
      let inputID = ObjectIdentifier(inputNode)
      let (reduced, axes) = try Unbroadcast.apply(contribution, to: input.shape)
      if wantedIDs.contains(inputID), !axes.isEmpty {
        summedAxes[inputID, default: []].formUnion(axes)
        if !broadcastShapes[inputID, default: []].contains(contribution.shape) {
          broadcastShapes[inputID, default: []].append(contribution.shape)
        }
      }
      if let existing = accumulated[inputID] {
        accumulated[inputID] = try BinaryOperator.add.evaluate(existing, reduced)
      } else {
        accumulated[inputID] = reduced
      }
    }
  }
  try ResourceMeter.chargeAllocation(elements: xs.reduce(0) { $0 + $1.size }, itemSize: 8)
  return zip(xs, targets).map { x, node in
    let id = ObjectIdentifier(node)
    let found = accumulated[id]
    let values = found?.doubles ?? [Double](repeating: 0, count: x.size)
    return Gradient(
      value: Tensor(shape: x.shape, storage: .float64(values), isScalar: false),
      summedAxes: (summedAxes[id] ?? []).sorted(), broadcastShapes: broadcastShapes[id] ?? [])
  }
}
