/// The part of the graph between y and the values asked about, in topological order (inputs before users).
struct GraphWalk {
  /// One value y depends on, with the inputs its node's recipe lists, read once (the recipe sits behind a lock, and
  /// reading it copies the inputs array).
  struct Entry {
    /// The value, as y's history holds it.
    var value: Tensor
    var node: GraphNode
    /// The operation's inputs.
    var inputs: NodeInputs
    /// Where this entry's input positions start in the walk's `inputPositions` (one slot per input, laid end to end,
    /// so no entry allocates an array of its own).
    var firstInput: Int
    /// True when the value lies on a path from a target to y (targets included).
    var isRelevant = false

    /// The operation that made the value; nil for a leaf. Read from the node when a pass needs it, once per entry:
    /// the walk itself never copies it (an `Operation` copy is a switch over every case with a payload, and the
    /// walk made four per node).
    var operation: Operation? { node.operation }
  }

  /// A node found but not yet placed: its value and inputs (moved into its entry when it is placed) and where its
  /// inputs' discovery indices start in `slots`.
  struct Found {
    /// Nil once moved into the node's entry.
    var value: Tensor?
    var inputs: NodeInputs
    var firstSlot: Int
  }

  /// A frame of the depth-first walk: a found node and the next of its inputs to visit.
  struct Frame {
    var index: Int
    var next: Int
  }

  /// The walk's arrays, empty, with the room an earlier walk gave them: a gradient-descent loop walks a graph of the
  /// same size at every step, and allocating each array again and freeing it cost more than the walk itself.
  struct Buffers {
    var found: [Found] = []
    var slots: [Int] = []
    var stack: [Frame] = []
    var order: [Entry] = []
    var inputPositions: [Int] = []
    var nodes = NodeIndex()
  }

  /// Every value y depends on, each once, inputs first; y is last.
  var order: [Entry] = []
  /// The position in `order` of each entry's inputs, -1 for an input without a node (int and bool values): entry
  /// `e`'s input `k` is at `inputPositions[order[e].firstInput + k]`.
  var inputPositions: [Int] = []
  /// The nodes found, by discovery index, with the position in `order` each was placed at.
  private var discovered = NodeIndex()

  /// An empty walk, to be replaced by one.
  init() {}

  /// Orders the graph under y iteratively (deep graphs cannot overflow the stack) and marks what reaches a target.
  ///
  /// The order is a depth-first post-order that visits a node's inputs first to last, as a recursive walk would. A
  /// node's inputs are read once, when it is discovered; it is placed when the walk leaves it, every input already
  /// placed (the graph has no cycles), so its entry, its input positions and its relevance are written then, once.
  /// The walk itself moves only integers (an array of optional entries, reached through `found[i]!`, copied a whole
  /// entry, operation included, at every edge; per-entry arrays and a separate post-order pass each allocated).
  init(from y: Tensor, yNode: GraphNode, reaching targets: [GraphNode]) {
    var buffers = Buffers()
    self.init(from: y, yNode: yNode, reaching: targets, buffers: &buffers)
  }

  /// The same walk in arrays taken from `buffers` (`found`, `slots` and `stack` are handed back empty at once; the
  /// rest when the walk is done with, by `recycle(into:)`).
  init(from y: Tensor, yNode: GraphNode, reaching targets: [GraphNode], buffers: inout Buffers) {
    // Taken, not copied: a copy would share the buffer, and the first append would copy it.
    var found: [Found] = []
    swap(&found, &buffers.found)
    // The discovery index of each input of each found node, -1 for an input without a node: node i's inputs are
    // slots `found[i].firstSlot ..< found[i].firstSlot + found[i].inputs.count`.
    var slots: [Int] = []
    swap(&slots, &buffers.slots)
    var discovered = NodeIndex()
    swap(&discovered, &buffers.nodes)
    var stack: [Frame] = []
    swap(&stack, &buffers.stack)
    var order: [Entry] = []
    swap(&order, &buffers.order)
    var inputPositions: [Int] = []
    swap(&inputPositions, &buffers.inputPositions)
    defer {
      // Each found record was emptied when its node was placed; the frames and slots are plain integers.
      found.removeAllKeepingRoom()
      slots.removeAll(keepingCapacity: true)
      stack.removeAll(keepingCapacity: true)
      swap(&found, &buffers.found)
      swap(&slots, &buffers.slots)
      swap(&stack, &buffers.stack)
    }
    discovered.reserveCapacity(16)
    found.reserveCapacity(16)
    slots.reserveCapacity(32)
    stack.reserveCapacity(16)
    stack.append(Frame(index: Self.discover(y, yNode, &discovered, &found, &slots), next: 0))
    // A few targets (one, usually) are compared by identity; many are hashed.
    let targetSet = targets.count > 8 ? Set(targets.map(ObjectIdentifier.init)) : nil
    order.reserveCapacity(16)
    inputPositions.reserveCapacity(32)
    while let top = stack.last {
      let inputCount = found[top.index].inputs.count
      guard top.next < inputCount else {
        // Every input is placed: place the node.
        stack.removeLast()
        let node = discovered.node(at: top.index)
        var isRelevant =
          targetSet?.contains(ObjectIdentifier(node))
          ?? targets.withUnsafeBufferPointer { buffer in buffer.indices.contains { buffer[$0] === node } }
        let firstInput = inputPositions.count
        let firstSlot = found[top.index].firstSlot
        for k in 0..<inputCount {
          let input = slots[firstSlot + k]
          let position = input >= 0 ? discovered.placement(at: input) : -1
          if position >= 0 && order[position].isRelevant { isRelevant = true }
          inputPositions.append(position)
        }
        discovered.place(top.index, at: order.count)
        // The value and inputs move into the entry (the found record keeps empty ones, never read again): taken in
        // place, not copied and then cleared, which retained and released each of them once more.
        let value = found[top.index].value.take()!
        var inputs = NodeInputs()
        swap(&inputs, &found[top.index].inputs)
        order.append(
          Entry(value: value, node: node, inputs: inputs, firstInput: firstInput, isRelevant: isRelevant))
        continue
      }
      stack[stack.count - 1].next += 1
      let slot = found[top.index].firstSlot + top.next
      // The input's node is read in place: only a newly found input is copied (its entry keeps the value).
      let inputNode = found.withUnsafeBufferPointer { buffer in buffer[top.index].inputs.node(at: top.next) }
      guard let inputNode else { continue }
      if let known = discovered.index(of: inputNode) {
        slots[slot] = known
        continue
      }
      let child = Self.discover(found[top.index].inputs[top.next], inputNode, &discovered, &found, &slots)
      slots[slot] = child
      stack.append(Frame(index: child, next: 0))
    }
    self.order = order
    self.inputPositions = inputPositions
    self.discovered = discovered
  }

  /// Records a newly found node: its discovery index, its value and inputs, and a slot per input. A function of its
  /// own, given the arrays: as a function nested in `init`, it captured them, and the captured arrays were boxed and
  /// checked for exclusive access at run time.
  private static func discover(
    _ value: Tensor, _ node: GraphNode, _ discovered: inout NodeIndex, _ found: inout [Found], _ slots: inout [Int]
  ) -> Int {
    let index = discovered.insert(node)
    let inputs = node.inputs
    found.append(Found(value: value, inputs: inputs, firstSlot: slots.count))
    for _ in 0..<inputs.count { slots.append(-1) }
    return index
  }

  /// Empties the walk's arrays into `buffers`, keeping their room for the next walk. The entries' values and inputs
  /// are released here, so nothing of this graph outlives the pass in the buffers.
  mutating func recycle(into buffers: inout Buffers) {
    order.removeAllKeepingRoom()
    inputPositions.removeAll(keepingCapacity: true)
    discovered.removeAll()
    swap(&order, &buffers.order)
    swap(&inputPositions, &buffers.inputPositions)
    swap(&discovered, &buffers.nodes)
  }

  /// The operation that made the value at `position` in `order`, read through the entry's node in place: reading the
  /// entry's `operation` copied the whole entry out of the array first (a retain and a release of every reference it
  /// holds) at every node of every backward pass.
  func operation(at position: Int) -> Operation? {
    order.withUnsafeBufferPointer { $0[position].node.operation }
  }

  /// The position in `order` of a node's entry, if the node is on the walk.
  func position(of node: GraphNode) -> Int? {
    discovered.index(of: node).map { discovered.placement(at: $0) }
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

/// The nodes a walk has found, each with its discovery index and, once placed, its position in the walk's order:
/// looked up by a scan of the array while there are few (a gradient step's graph has a handful, and hashing each
/// lookup and insertion cost more than the scan), through a table once there are more than `scanLimit`.
struct NodeIndex {
  /// A found node and the position in `order` it was placed at (-1 until then).
  private struct Slot {
    var node: GraphNode
    var placement: Int
  }
  /// The nodes, by discovery index.
  private var slots: [Slot] = []
  /// The discovery index of each node, built once the walk outgrows the scan.
  private var table: [ObjectIdentifier: Int]?
  /// The most nodes looked up by scanning.
  private static let scanLimit = 16

  /// Makes room for `count` nodes before the walk grows the array.
  mutating func reserveCapacity(_ count: Int) { slots.reserveCapacity(count) }

  /// Forgets every node, keeping the array's room (a table built for a large graph is dropped).
  mutating func removeAll() {
    slots.removeAllKeepingRoom()
    table = nil
  }

  /// How many nodes have been found.
  var count: Int { slots.count }

  /// The node found `index`-th.
  func node(at index: Int) -> GraphNode { slots[index].node }

  /// The position in the walk's order of the node found `index`-th (-1 while it is not placed).
  func placement(at index: Int) -> Int { slots[index].placement }

  /// Records where the node found `index`-th was placed.
  mutating func place(_ index: Int, at position: Int) { slots[index].placement = position }

  /// The discovery index of `node`, if it has been found.
  func index(of node: GraphNode) -> Int? {
    if let table { return table[ObjectIdentifier(node)] }
    return slots.withUnsafeBufferPointer { buffer in
      for i in buffer.indices where buffer[i].node === node { return i }
      return nil
    }
  }

  /// Records a newly found node and returns its discovery index.
  mutating func insert(_ node: GraphNode) -> Int {
    let index = slots.count
    slots.append(Slot(node: node, placement: -1))
    if table != nil {
      table![ObjectIdentifier(node)] = index
    } else if slots.count > Self.scanLimit {
      var built: [ObjectIdentifier: Int] = [:]
      built.reserveCapacity(2 * slots.count)
      for (i, found) in slots.enumerated() { built[ObjectIdentifier(found.node)] = i }
      table = built
    }
    return index
  }
}

extension Array {
  /// Empties the array and keeps its room, the elements destroyed one by one from the end by code specialized for
  /// their type. `removeAll(keepingCapacity: true)` runs the generic `replaceSubrange`, which destroys them through the
  /// runtime's `swift_arrayDestroy`, one call through the type's witness per element: the arrays a backward pass
  /// empties after each pass cost about 2,000 instructions more that way per gradient step.
  @inline(__always)
  mutating func removeAllKeepingRoom() {
    while !isEmpty { removeLast() }
  }
}
