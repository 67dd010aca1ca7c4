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
}

/// ∂y/∂x, or the vector–Jacobian product with `upstream` (of y's shape) when y is not a scalar.
public func gradient(of y: Tensor, withRespectTo x: Tensor, upstream: Tensor? = nil) throws -> Gradient {
  try gradients(of: y, withRespectTo: [x], upstream: upstream)[0]
}

/// The gradients of y with respect to several values, in one backward pass.
public func gradients(of y: Tensor, withRespectTo xs: [Tensor], upstream: Tensor? = nil) throws -> [Gradient] {
  let seed = try GraphWalk.seed(for: y, upstream: upstream)
  let targets = try xs.map { try GraphWalk.node(of: $0, role: "x") }
  let yNode = try GraphWalk.node(of: y, role: "y")
  let walk = GraphWalk(from: y, yNode: yNode, reaching: Set(targets.map(ObjectIdentifier.init)))
  var accumulated: [ObjectIdentifier: Tensor] = [ObjectIdentifier(yNode): seed]
  var summedAxes: [ObjectIdentifier: Set<Int>] = [:]
  let wantedIDs = Set(targets.map(ObjectIdentifier.init))
  for (value, node) in walk.order.reversed() {
    let id = ObjectIdentifier(node)
    guard let operation = node.operation, let upstreamGradient = accumulated[id]
    else { continue }
    let wanted = node.inputs.map { input in input.node.map { walk.relevant.contains(ObjectIdentifier($0)) } ?? false }
    guard wanted.contains(true) else { continue }
    let contributions = try GradientRules.vjp(
      operation, inputs: node.inputs, output: value, upstream: upstreamGradient, wanted: wanted)
    for (input, contribution) in zip(node.inputs, contributions) {
      guard let inputNode = input.node, let contribution, walk.relevant.contains(ObjectIdentifier(inputNode)) else {
        continue
      }
      let inputID = ObjectIdentifier(inputNode)
      let (reduced, axes) = try Unbroadcast.apply(contribution, to: input.shape)
      if wantedIDs.contains(inputID) { summedAxes[inputID, default: []].formUnion(axes) }
      if let existing = accumulated[inputID] {
        accumulated[inputID] = try BinaryOperator.add.evaluate(existing, reduced)
      } else {
        accumulated[inputID] = reduced
      }
    }
  }
  return try zip(xs, targets).map { x, node in
    let id = ObjectIdentifier(node)
    let found = accumulated[id]
    let values = found?.doubles ?? [Double](repeating: 0, count: x.size)
    _ = try Shape.checkedCount(x.shape)
    return Gradient(
      value: Tensor(shape: x.shape, storage: .float64(values), isScalar: false),
      summedAxes: (summedAxes[id] ?? []).sorted())
  }
}

/// The part of the graph between y and the values asked about, in topological order (inputs before users).
struct GraphWalk {
  /// Every value y depends on, each once, inputs first, with its node.
  var order: [(Tensor, GraphNode)] = []
  /// The nodes on some path from a target to y (targets included).
  var relevant: Set<ObjectIdentifier> = []

  /// Orders the graph under y iteratively (deep graphs cannot overflow the stack) and marks what reaches a target.
  init(from y: Tensor, yNode: GraphNode, reaching targets: Set<ObjectIdentifier>) {
    var visited: Set<ObjectIdentifier> = []
    var stack: [(Tensor, GraphNode, expanded: Bool)] = [(y, yNode, false)]
    while let (value, node, expanded) = stack.popLast() {
      let id = ObjectIdentifier(node)
      if expanded {
        order.append((value, node))
        let reachesTarget =
          targets.contains(id)
          || node.inputs.contains { input in input.node.map { relevant.contains(ObjectIdentifier($0)) } ?? false }
        if reachesTarget { relevant.insert(id) }
        continue
      }
      guard !visited.contains(id) else { continue }
      visited.insert(id)
      stack.append((value, node, true))
      for input in node.inputs.reversed() {
        if let inputNode = input.node, !visited.contains(ObjectIdentifier(inputNode)) {
          stack.append((input, inputNode, false))
        }
      }
    }
  }

  /// The graph node of a float value, or an error that says how to make the value float.
  static func node(of value: Tensor, role: String) throws -> GraphNode {
    guard let node = value.node else {
      throw TensorError.type(
        "grad needs float values, but \(role) has dtype \(value.dtype.rawValue); make it float with "
          + "`.astype(np.float64)` or by writing float literals such as `1.0`")
    }
    return node
  }

  /// The gradient that starts the backward pass: `upstream`, or 1 when y is a single number.
  static func seed(for y: Tensor, upstream: Tensor?) throws -> Tensor {
    guard let upstream else {
      guard y.size == 1 else {
        throw TensorError.value(
          "grad(y, x) needs y to be a scalar, but y has shape \(Shape.python(y.shape)); reduce it first "
            + "(e.g. `y.sum()`) or pass the upstream gradient of that shape as a third argument: grad(y, x, g)")
      }
      return Tensor(shape: y.shape, storage: .float64([1]), isScalar: y.isScalar, node: nil)
    }
    guard upstream.shape == y.shape else {
      throw TensorError.value(
        "the upstream gradient must have y's shape \(Shape.python(y.shape)), but it has shape "
          + "\(Shape.python(upstream.shape))")
    }
    return upstream.asDoubles
  }
}
