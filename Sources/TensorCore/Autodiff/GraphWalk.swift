/// The part of the graph between y and the values asked about, in topological order (inputs before users).
struct GraphWalk {
  /// One value y depends on, with what the passes read of its node, fetched once (the node's recipe sits behind a
  /// lock, and reading it copies the inputs array).
  struct Entry {
    /// The value, as y's history holds it.
    var value: Tensor
    var node: GraphNode
    /// The operation that made it; nil for a leaf.
    var operation: Operation?
    /// The operation's inputs.
    var inputs: [Tensor]
    /// The position in `order` of each input's entry, -1 for an input without a node (int and bool values).
    var inputPositions: [Int]
    /// True when the value lies on a path from a target to y (targets included).
    var isRelevant = false
  }

  /// Every value y depends on, each once, inputs first; y is last.
  var order: [Entry] = []
  /// The position of each node's entry in `order` (every node of the walk is placed by the time it ends).
  var positions: [ObjectIdentifier: Int] = [:]

  /// Orders the graph under y iteratively (deep graphs cannot overflow the stack) and marks what reaches a target.
  init(from y: Tensor, yNode: GraphNode, reaching targets: Set<ObjectIdentifier>) {
    // On a DAG, a node's inputs are all in `order` by the time it is popped expanded: each was either pushed above it
    // or visited earlier, and a visited node that is not done yet would be an ancestor, which a DAG cannot have.
    // `positions` doubles as the visited set: -1 for a node met but not yet placed.
    var stack: [(Tensor, GraphNode, recipe: (operation: Operation?, inputs: [Tensor])?)] = [(y, yNode, nil)]
    while let (value, node, expandedRecipe) = stack.popLast() {
      let id = ObjectIdentifier(node)
      if let (operation, inputs) = expandedRecipe {
        var isRelevant = targets.contains(id)
        // Operands are read in place through the buffer: iterating the array would copy each one.
        var inputPositions = [Int](repeating: -1, count: inputs.count)
        inputs.withUnsafeBufferPointer { buffer in
          for k in buffer.indices {
            guard let inputNode = buffer[k].node, let position = positions[ObjectIdentifier(inputNode)],
              position >= 0
            else { continue }
            if order[position].isRelevant { isRelevant = true }
            inputPositions[k] = position
          }
        }
        positions[id] = order.count
        order.append(
          Entry(
            value: value, node: node, operation: operation, inputs: inputs, inputPositions: inputPositions,
            isRelevant: isRelevant))
        continue
      }
      guard positions[id] == nil else { continue }
      positions[id] = -1
      // The recipe is read once, when the node is expanded, and travels with it to its placement.
      let recipe = node.recipeParts
      let inputs = recipe.inputs
      stack.append((value, node, recipe))
      inputs.withUnsafeBufferPointer { buffer in
        for k in buffer.indices.reversed() {
          if let inputNode = buffer[k].node, positions[ObjectIdentifier(inputNode)] == nil {
            stack.append((buffer[k], inputNode, nil))
          }
        }
      }
    }
  }

  /// The entry of a node on the walk, if it is one.
  func entry(of node: GraphNode) -> Entry? {
    positions[ObjectIdentifier(node)].map { order[$0] }
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
