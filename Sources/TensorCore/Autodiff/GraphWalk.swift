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
        let reachesTarget = targets.contains(id) || node.inputs.contains(where: isRelevant)
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

  /// True when `value` lies on a path from a target to y.
  func isRelevant(_ value: Tensor) -> Bool {
    guard let node = value.node else { return false }
    return relevant.contains(ObjectIdentifier(node))
  }

  /// The graph node of a float value, or an error that says how to make the value float.
  static func node(of value: Tensor, role: String, function: String = "grad") throws -> GraphNode {
    guard let node = value.node else {
      throw TensorError.type(
        "\(function) needs float values, but \(role) has dtype \(value.dtype.rawValue); make it float with "
          + "`.astype(np.float64)` or by writing float literals such as `1.0`")
    }
    return node
  }

  /// The gradient that starts the backward pass: `upstream`, or 1 when y is a single number.
  static func seed(for y: Tensor, upstream: Tensor?, function: String = "grad") throws -> Tensor {
    guard let upstream else {
      guard y.size == 1 else {
        throw TensorError.value(
          "\(function)(y, x) needs y to be a scalar, but y has shape \(Shape.python(y.shape)); reduce it first "
            + "(e.g. `y.sum()`) or pass the upstream gradient of that shape as a third argument: "
            + "\(function)(y, x, g)")
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
