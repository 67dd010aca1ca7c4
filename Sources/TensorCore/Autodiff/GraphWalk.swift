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
  /// The position in `order` of each node's entry, by the index the walk discovered it at (`discovered`).
  private var placement: [Int] = []
  /// The discovery index of each node of the walk.
  private var discovered: [ObjectIdentifier: Int] = [:]

  /// Orders the graph under y iteratively (deep graphs cannot overflow the stack) and marks what reaches a target.
  ///
  /// The order is a depth-first post-order that visits a node's inputs first to last, as a recursive walk would.
  /// Each node's recipe is read once, when it is discovered, into `found` (indexed by discovery); the walk itself
  /// moves only integers, and each entry is moved (not copied) into `order` when it is placed.
  init(from y: Tensor, yNode: GraphNode, reaching targets: Set<ObjectIdentifier>) {
    var found: [Entry?] = []
    // The discovery index of each input of each found node, -1 for an input without a node.
    var inputIndices: [[Int]] = []
    var discovered: [ObjectIdentifier: Int] = [:]
    discovered.reserveCapacity(16)
    func discover(_ value: Tensor, _ node: GraphNode) -> Int {
      let index = found.count
      discovered[ObjectIdentifier(node)] = index
      let recipe = node.recipeParts
      found.append(
        Entry(value: value, node: node, operation: recipe.operation, inputs: recipe.inputs, inputPositions: []))
      inputIndices.append([Int](repeating: -1, count: recipe.inputs.count))
      return index
    }
    // Frames of the depth-first walk: a found node and the next of its inputs to visit.
    var stack = [(index: discover(y, yNode), next: 0)]
    var postOrder: [Int] = []
    while let top = stack.last {
      let inputCount = inputIndices[top.index].count
      guard top.next < inputCount else {
        stack.removeLast()
        postOrder.append(top.index)
        continue
      }
      stack[stack.count - 1].next += 1
      // The input's node is read in place: copying the input out of the entry would retain every reference it
      // holds, which only a newly found input (whose entry keeps the value) needs.
      let inputNode = found[top.index]!.inputs.withUnsafeBufferPointer { $0[top.next].node }
      guard let inputNode else { continue }
      if let known = discovered[ObjectIdentifier(inputNode)] {
        inputIndices[top.index][top.next] = known
        continue
      }
      let child = discover(found[top.index]!.inputs[top.next], inputNode)
      inputIndices[top.index][top.next] = child
      stack.append((child, 0))
    }
    // Placement: entries move into `order` in post-order, with their inputs' positions and relevance.
    var placement = [Int](repeating: -1, count: found.count)
    order.reserveCapacity(postOrder.count)
    for index in postOrder {
      var entry = found[index].take()!
      var isRelevant = targets.contains(ObjectIdentifier(entry.node))
      entry.inputPositions = inputIndices[index].map { $0 >= 0 ? placement[$0] : -1 }
      for position in entry.inputPositions where position >= 0 && order[position].isRelevant { isRelevant = true }
      entry.isRelevant = isRelevant
      placement[index] = order.count
      order.append(entry)
    }
    self.placement = placement
    self.discovered = discovered
  }

  /// The position in `order` of a node's entry, if the node is on the walk.
  func position(of node: GraphNode) -> Int? {
    discovered[ObjectIdentifier(node)].map { placement[$0] }
  }

  /// The entry of a node on the walk, if it is one.
  func entry(of node: GraphNode) -> Entry? {
    position(of: node).map { order[$0] }
  }

  /// The graph node of a float value, or an error that says how to make the value float.
  static func node(of value: Tensor, role: String, function: String = "grad") throws -> GraphNode {
    // A float32 or complex value computed from graph values carries a detour node, which only marks the path.
    if let detour = value.node, value.dtype != .float64 {
      guard case .detour(let dtype) = detour.operation else { throw Tensor.gradientDetourRefusal(value.dtype) }
      throw Tensor.gradientDetourRefusal(dtype)
    }
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
