/// The part of the graph between y and the values asked about, in topological order (inputs before users).
struct GraphWalk {
  /// One value y depends on, with the inputs its node's recipe lists, read once (the recipe sits behind a lock, and
  /// reading it copies the inputs array).
  struct Entry {
    /// The value, as y's history holds it.
    var value: Tensor
    var node: GraphNode
    /// The operation's inputs.
    var inputs: [Tensor]
    /// The position in `order` of each input's entry, -1 for an input without a node (int and bool values).
    var inputPositions: [Int]
    /// True when the value lies on a path from a target to y (targets included).
    var isRelevant = false

    /// The operation that made the value; nil for a leaf. Read from the node when a pass needs it, once per entry:
    /// the walk itself never copies it (an `Operation` copy is a switch over every case with a payload, and the
    /// walk made four per node).
    var operation: Operation? { node.operation }
  }

  /// Every value y depends on, each once, inputs first; y is last.
  var order: [Entry] = []
  /// The position in `order` of each node's entry, by the index the walk discovered it at (`discovered`).
  private var placement: [Int] = []
  /// The discovery index of each node of the walk.
  private var discovered = NodeIndex()

  /// Orders the graph under y iteratively (deep graphs cannot overflow the stack) and marks what reaches a target.
  ///
  /// The order is a depth-first post-order that visits a node's inputs first to last, as a recursive walk would.
  /// Each node's inputs are read once, when it is discovered, into parallel arrays indexed by discovery (a node's
  /// input slots laid end to end in one array); the walk itself moves only integers, and each entry is built once,
  /// when it is placed. (An array of optional entries, reached through `found[i]!`, copied a whole entry, operation
  /// included, at every edge; nested and tuple arrays allocated and looked up their types each time.)
  init(from y: Tensor, yNode: GraphNode, reaching targets: [GraphNode]) {
    var values: [Tensor] = []
    var inputLists: [[Tensor]] = []
    // The discovery index of each input of each found node, -1 for an input without a node: node i's inputs are
    // slots `firstSlot[i] ..< firstSlot[i] + inputLists[i].count`.
    var firstSlot: [Int] = []
    var slots: [Int] = []
    var discovered = NodeIndex()
    discovered.reserveCapacity(16)
    values.reserveCapacity(16)
    inputLists.reserveCapacity(16)
    firstSlot.reserveCapacity(16)
    slots.reserveCapacity(32)
    func discover(_ value: Tensor, _ node: GraphNode) -> Int {
      let index = discovered.insert(node)
      let inputs = node.inputs
      values.append(value)
      firstSlot.append(slots.count)
      for _ in 0..<inputs.count { slots.append(-1) }
      inputLists.append(inputs)
      return index
    }
    /// A frame of the depth-first walk: a found node and the next of its inputs to visit.
    struct Frame {
      var index: Int
      var next: Int
    }
    var stack: [Frame] = []
    stack.reserveCapacity(16)
    stack.append(Frame(index: discover(y, yNode), next: 0))
    var postOrder: [Int] = []
    postOrder.reserveCapacity(16)
    while let top = stack.last {
      let inputs = inputLists[top.index]
      guard top.next < inputs.count else {
        stack.removeLast()
        postOrder.append(top.index)
        continue
      }
      stack[stack.count - 1].next += 1
      let slot = firstSlot[top.index] + top.next
      // The input's node is read in place: only a newly found input is copied (its entry keeps the value).
      guard let inputNode = inputs.withUnsafeBufferPointer({ $0[top.next].node }) else { continue }
      if let known = discovered.index(of: inputNode) {
        slots[slot] = known
        continue
      }
      let child = discover(inputs[top.next], inputNode)
      slots[slot] = child
      stack.append(Frame(index: child, next: 0))
    }
    // Placement: entries are built in post-order, with their inputs' positions and relevance. A few targets (one,
    // usually) are compared by identity; many are hashed.
    let targetSet = targets.count > 8 ? Set(targets.map(ObjectIdentifier.init)) : nil
    var placement = [Int].filled(-1, count: discovered.count)
    order.reserveCapacity(postOrder.count)
    for index in postOrder {
      let node = discovered.node(at: index)
      var isRelevant =
        targetSet?.contains(ObjectIdentifier(node))
        ?? targets.withUnsafeBufferPointer { buffer in buffer.indices.contains { buffer[$0] === node } }
      let inputCount = inputLists[index].count
      var inputPositions: [Int] = []
      inputPositions.reserveCapacity(inputCount)
      for k in 0..<inputCount {
        let found = slots[firstSlot[index] + k]
        let position = found >= 0 ? placement[found] : -1
        if position >= 0 && order[position].isRelevant { isRelevant = true }
        inputPositions.append(position)
      }
      placement[index] = order.count
      order.append(
        Entry(
          value: values[index], node: node, inputs: inputLists[index], inputPositions: inputPositions,
          isRelevant: isRelevant))
    }
    self.placement = placement
    self.discovered = discovered
  }

  /// The position in `order` of a node's entry, if the node is on the walk.
  func position(of node: GraphNode) -> Int? {
    discovered.index(of: node).map { placement[$0] }
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

/// The nodes a walk has found, each with its discovery index: looked up by a scan of the array while there are few
/// (a gradient step's graph has a handful, and hashing each lookup and insertion cost more than the scan), through a
/// table once there are more than `scanLimit`.
private struct NodeIndex {
  /// The nodes, by discovery index.
  private var nodes: [GraphNode] = []
  /// The discovery index of each node, built once the walk outgrows the scan.
  private var table: [ObjectIdentifier: Int]?
  /// The most nodes looked up by scanning.
  private static let scanLimit = 16

  /// Makes room for `count` nodes before the walk grows the array.
  mutating func reserveCapacity(_ count: Int) { nodes.reserveCapacity(count) }

  /// How many nodes have been found.
  var count: Int { nodes.count }

  /// The node found `index`-th.
  func node(at index: Int) -> GraphNode { nodes[index] }

  /// The discovery index of `node`, if it has been found.
  func index(of node: GraphNode) -> Int? {
    if let table { return table[ObjectIdentifier(node)] }
    return nodes.withUnsafeBufferPointer { buffer in
      for i in buffer.indices where buffer[i] === node { return i }
      return nil
    }
  }

  /// Records a newly found node and returns its discovery index.
  mutating func insert(_ node: GraphNode) -> Int {
    let index = nodes.count
    nodes.append(node)
    if table != nil {
      table![ObjectIdentifier(node)] = index
    } else if nodes.count > Self.scanLimit {
      var built: [ObjectIdentifier: Int] = [:]
      built.reserveCapacity(2 * nodes.count)
      for (i, found) in nodes.enumerated() { built[ObjectIdentifier(found)] = i }
      table = built
    }
    return index
  }
}
