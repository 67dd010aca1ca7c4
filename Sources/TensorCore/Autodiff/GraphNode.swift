import Synchronization

/// A value's identity in the autodiff graph and, unless it is a leaf, the operation and inputs that made it.
///
/// The recipe (operation and inputs) is plain data, and re-running `operation.evaluate(inputs)` recomputes the value
/// (which `numericalGradient` relies on). It changes only when `GraphMemory.prune` forgets the history of a value no
/// named value feeds, so the inputs can be freed; the lock keeps the node `Sendable` all the same.
final class GraphNode: Sendable {
  /// How the value was made.
  private struct Recipe: Sendable {
    var operation: Operation?
    var inputs: NodeInputs
    /// The decomposition the value was computed from, kept when the history that showed it is forgotten or cut.
    var decomposition: DecompositionOrigin?
  }

  private let recipe: Mutex<Recipe>

  init(operation: Operation?, inputs: consuming NodeInputs) {
    recipe = Mutex(Recipe(operation: operation, inputs: inputs, decomposition: nil))
  }

  /// A node over the inputs of a list (held inline when there are one or two).
  convenience init(operation: Operation?, inputs: [Tensor]) {
    self.init(operation: operation, inputs: NodeInputs(inputs))
  }

  /// True when a walk back from this node could find something: its operation and inputs, or a decomposition it
  /// noted (one lock, where reading both took two).
  var hasHistoryOrOrigin: Bool { recipe.withLock { $0.operation != nil || $0.decomposition != nil } }

  /// The operation that produced the value; nil for leaves (values made by creation functions or literals, and
  /// values whose history was pruned).
  var operation: Operation? { recipe.withLock { $0.operation } }

  /// The operands the operation read, as they were then.
  var inputs: NodeInputs { recipe.withLock { $0.inputs } }

  /// The operation and its inputs in one read of the recipe (one lock instead of two).
  var recipeParts: (operation: Operation?, inputs: NodeInputs) {
    recipe.withLock { ($0.operation, $0.inputs) }
  }

  /// True when the value was made by a transpose, read in place: `recipeParts` copies the operation and the inputs
  /// out (a retain and a release of each), which `a.T`'s check for a transpose it undoes paid on every call only to
  /// find another operation (about 400 instructions).
  var isTransposeResult: Bool {
    recipe.withLock { recipe in
      if case .transpose? = recipe.operation { return true }
      return false
    }
  }

  /// Adds an input to an assignment node that only the array written holds (`Tensor.writeElementInPlace`), unless one
  /// of the last few inputs already stands for the same node: a loop writing values read from one array
  /// (`x[i] = y[i] + 1`), or from a few in turn (`x[i] = y[i] if i % 2 else z[i]`), adds each array's node once, not
  /// once per write. Only the last `recentInputsChecked` are compared, so a loop of ever new sources stays linear.
  func appendInput(_ input: Tensor) {
    recipe.withLock { recipe in
      // Read in place: a copy of the inputs held across the append would make it copy the whole list, so that a loop
      // writing rows into one array took time quadratic in its steps.
      let count = recipe.inputs.endIndex
      for position in Swift.max(0, count - Self.recentInputsChecked)..<count
      where recipe.inputs.node(at: position) === input.node {
        return
      }
      recipe.inputs.append(input)
    }
  }

  /// How many of an assignment node's last inputs `appendInput` compares with a new one.
  static let recentInputsChecked = 8

  /// A fresh graph input.
  static func leaf() -> GraphNode { GraphNode(operation: nil, inputs: NodeInputs()) }

  /// Makes the node a leaf, releasing its inputs; `origin`, the decomposition its history showed, is kept.
  func forgetHistory(keeping origin: DecompositionOrigin? = nil) {
    _ = takeInputs()
    recipe.withLock {
      $0.operation = nil
      if $0.decomposition == nil { $0.decomposition = origin }
    }
  }

  /// The decomposition this value was computed from, noted when its history was forgotten or cut (nil otherwise:
  /// then the history itself tells).
  var decomposition: DecompositionOrigin? {
    get { recipe.withLock { $0.decomposition } }
    set { recipe.withLock { if $0.decomposition == nil { $0.decomposition = newValue } } }
  }

  /// Hands the node's inputs to the caller, leaving it none (its operation stays: `forgetHistory` drops it, and a
  /// node being freed, or dissolved by `Tensor.dissolvePrivateHistory`, has no use for it).
  func takeInputs() -> NodeInputs {
    recipe.withLock { recipe in
      // Moved out, not copied and then replaced (a retain and a release of each input, and the operation destroyed
      // and rebuilt, at every node a graph's teardown frees).
      var inputs = NodeInputs()
      swap(&inputs, &recipe.inputs)
      return inputs
    }
  }

  /// Releases a chain of nodes iteratively: left to the default, a node's release would release its inputs'
  /// nodes recursively, and a history of a hundred thousand statements (`x = x + 1.0`) would overflow the stack.
  deinit {
    var inputs = takeInputs()
    // The inputs of nodes freed while another's still wait: empty (not allocated) for a chain, where each freed
    // node's inputs replace those just emptied, and for a gradient step's graph.
    var waiting: [NodeInputs] = []
    while true {
      if inputs.isEmpty {
        guard let next = waiting.popLast() else { break }
        inputs = next
        continue
      }
      // The input is released once its node is read: a node only it held is then held by this loop alone.
      guard var node = inputs.popLast().unsafelyUnwrapped.node else { continue }
      // Only a node this loop holds the last reference to is about to die: take its inputs first, so its own
      // deinit finds none.
      guard isKnownUniquelyReferenced(&node) else { continue }
      let taken = node.takeInputs()
      if taken.isEmpty { continue }
      if !inputs.isEmpty { waiting.append(inputs) }
      inputs = taken
    }
  }
}

extension Tensor {
  /// Runs `operation` on `inputs` and, when the result is float64, records it in the graph. The work is charged to
  /// the running statement and a new value's storage to the chapter (see `ResourceMeter`).
  ///
  /// The operation and the inputs are taken, not borrowed: the graph node keeps them as they are (a borrowed
  /// operation was copied into the node, every array in its payload retained, and the inputs list retained), and
  /// the result's fields are written in one step once it is known (setting the node, the dtype, the scalar flag, the
  /// memory order and the lineage one by one tested the parts for a unique owner at each).
  static func record(_ operation: consuming Operation, _ inputs: consuming [Tensor]) throws -> Tensor {
    try record(operation, NodeInputs(inputs))
  }

  /// `record(_:_:)` of one or two operands held as the node will hold them (`NodeInputs(a, b)`): no list is made.
  static func record(_ operation: consuming Operation, _ inputs: consuming NodeInputs) throws -> Tensor {
    let operands = Operands(inputs)
    var (value, recordsHistories) = try compute(operation, inputs, operands, recording: true)
    // NumPy's memory order of the result: a reduction's kernel gives it (MemoryOrder.reduce), an element-wise
    // result follows its operands', anything else is C order (a transpose sets its own afterwards).
    let memoryAxes: [Int]?
    // A value made from one whose memory order docbuild does not know has an unknown order too (a reduction's
    // result excepted).
    var takesUnknownOrigin = true
    switch operation {
    case .reduce, .product, .mean:
      memoryAxes = value.memoryAxes
      takesUnknownOrigin = false
    case .spread: memoryAxes = value.memoryAxes
    // A running sum (`np.cumsum`, an accumulate) is allocated in its operand's order as an element-wise result is.
    case .binary, .nanSkippingExtreme, .unary, .math, .cumsum:
      // `MemoryOrder.elementwise`'s own first test, asked here so that nothing more is called when it fails; the
      // operands are then read where the node holds them, with no list of them unless the iterator decides.
      memoryAxes =
        inputs.containsInPlace(where: { $0.memoryAxes != nil || $0.isView })
        ? MemoryOrder.elementwise(inputs, shape: value.shape) : nil
    default: memoryAxes = nil
    }
    var unknownOrigin: String? = nil
    if takesUnknownOrigin && value.unknownLayoutOrigin == nil {
      // The first operand's, read in place.
      inputs.forEachInPlace { input in
        if unknownOrigin == nil, let origin = input.layoutUnknownOrigin { unknownOrigin = origin }
      }
    }
    guard value.dtype == .float64, !operands.isComplex, !operands.isNarrow else {
      value.settleLayout(memoryAxes, unknownOrigin: unknownOrigin)
      // A float64 result the narrow rules recorded themselves (`x * int32_array`) already holds its operands' paths.
      if value.dtype == .float64, value.node?.operation != nil { return value }
      // An integer or boolean result stays a constant (`detoured` returns it as it is): no list of the operands.
      return value.dtype.isInexact ? value.detoured(from: inputs.array) : value
    }
    // A rule that hands back an operand unchanged must not make the result a view of it. Asked before the node is
    // attached: attaching it to parts an operand shares copies them, and the copy keeps the operand's lineage.
    let isShared = inputs.containsInPlace { $0.sharesLineage(with: value) }
    // The computed value is new and untracked: it takes the node in place (a second Tensor would allocate another
    // array identity and copy the parts), and leaves its operand flags behind as a new value would (`.identity`
    // passes an input's through). In a chapter that reads no history it takes none (`historyIsNeverRead`).
    let node =
      !recordsHistories && historyIsNeverRead(operation, inputs)
      ? nil : GraphNode(operation: operation, inputs: inputs)
    value.attachRecord(node, memoryAxes: memoryAxes, unknownOrigin: unknownOrigin, newLineage: isShared)
    return value
  }

  /// `record(.index(plan), NodeInputs(source))` where it attaches no graph node and converts nothing (a bool, int64
  /// or float64 array; a float64 one only in a chapter that reads no history, `historyIsNeverRead`, from an array
  /// with none): the same gather, charge and layout, without the operation and its inputs built, read and freed
  /// around it (about a thousand instructions of a small `a[i]` in a loop, as much again as the gather).
  static func recordIndex(_ plan: consuming IndexPlan, of source: Tensor) throws -> Tensor {
    guard source.selectsWithoutRecord else { return try record(.index(plan), NodeInputs(source)) }
    // `compute`'s charge of an index reads none of the source's elements.
    return try source.selectedWithoutRecord(plan.gather(source), read: 0)
  }

  /// `record(.transpose(axes), NodeInputs(source))` where it attaches no graph node and converts nothing, as
  /// `recordIndex`.
  static func recordTranspose(_ axes: [Int], of source: Tensor) throws -> Tensor {
    guard source.selectsWithoutRecord else { return try record(.transpose(axes), NodeInputs(source)) }
    return try source.selectedWithoutRecord(
      ShapeKernels.transpose(source, axes: axes, deferring: true), read: source.size)
  }

  /// `record(.reshape(shape, isScalar:), NodeInputs(source))` where it attaches no graph node and converts nothing,
  /// as `recordIndex`: the same elements under another shape, no new storage.
  static func recordReshape(_ shape: [Int], isScalar: Bool, of source: Tensor) throws -> Tensor {
    guard source.selectsWithoutRecord else {
      return try record(.reshape(shape, isScalar: isScalar), NodeInputs(source))
    }
    let value = Tensor(shape: shape, storage: source.storage, isScalar: isScalar, node: nil)
    return try source.selectedWithoutRecord(value, read: source.size, allocates: false)
  }

  /// `record(.take(plan), NodeInputs(source))` (`a[idx]`, `a[mask]`) where it attaches no graph node and converts
  /// nothing, as `recordIndex`.
  static func recordTake(_ plan: consuming TakePlan, of source: Tensor) throws -> Tensor {
    guard source.selectsWithoutRecord else { return try record(.take(plan), NodeInputs(source)) }
    return try source.selectedWithoutRecord(plan.gather(source), read: source.size)
  }

  /// True when `record` would attach no graph node to a selection of this value's elements and convert none of them:
  /// a bool or int64 array, or a float64 one without a history in a chapter that reads none (`historyIsNeverRead`).
  var selectsWithoutRecord: Bool {
    let dtype = dtype
    return !dtype.isComplex && !dtype.isNarrow
      && (dtype != .float64 || floatHistoryIsUnread)
  }

  /// True when no history of this value is read: the running chapter records none and the value has none of its own,
  /// so a float64 selection of it attaches no graph node.
  var floatHistoryIsUnread: Bool {
    !ResourceMeter.runningRecordsHistories && !(node?.hasHistoryOrOrigin ?? false)
  }

  /// `value`, computed from this array, charged and laid out as `record` charges and lays out a selection, a
  /// transpose or a reshape: `compute`'s work (the elements written and `read`), the new storage when it `allocates`
  /// and a float64 result's node, and the memory order nobody knows when this array's is unknown.
  func selectedWithoutRecord(_ value: consuming Tensor, read: Int, allocates: Bool = true) throws -> Tensor {
    var value = value
    try chargeSelection(of: value.size, dtype: value.dtype, read: read, allocates: allocates)
    // Asked first without the origin's text: reading it took the lineage out of a view (a retain and a release, and
    // the root's lock) at every selection.
    if hasUnknownLayout, let origin = layoutUnknownOrigin { value.settleLayout(nil, unknownOrigin: origin) }
    return value
  }

  /// Charges a selection of `count` elements of `dtype` as `record` charges one without a node: the elements written
  /// and `read`, the new storage when it `allocates`, and a float64 result's node.
  func chargeSelection(of count: Int, dtype: DType, read: Int, allocates: Bool) throws {
    try ResourceMeter.charge(
      work: count + read,
      bytes: (allocates ? count * dtype.itemSize : 0) + (dtype == .float64 ? ResourceMeter.nodeOverhead : 0))
  }

  /// True, in a chapter that reads no value's history (`ResourceMeter.recordsHistories` is false: it takes no gradient
  /// between values it holds and no autograd derivative is running), when nothing a walk back from this result could
  /// find exists: no operand has a history or a noted decomposition of its own, and the operation is
  /// none whose own recipe such a walk reads (a decomposition's digits, a product's rounding, an assignment, a
  /// detour). The result then gets no graph node, as an int result has none: the node, its recipe and the
  /// operands it held cost about a thousand instructions per small operation, only for the chapter's next
  /// measurement to forget them (`GraphMemory.prune` forgets every history there). Values made without a node are
  /// constants to a later derivative, which is what they are: none depends on its traced argument.
  private static func historyIsNeverRead(_ operation: borrowing Operation, _ inputs: borrowing NodeInputs) -> Bool {
    switch operation {
    case .binary, .nanSkippingExtreme, .unary, .math, .index, .take, .reshape, .transpose, .broadcastTo, .select,
      .reduce, .product, .mean, .spread, .cumsum, .identity:
      break
    default: return false
    }
    return !inputs.containsInPlace { $0.node?.hasHistoryOrOrigin ?? false }
  }

  /// Runs `operation` on `inputs` without recording it: what gradient rules compute with (gradients are not
  /// differentiated again, and a graph node per temporary was much of the backward pass's cost). Only the work is
  /// charged: the backward pass checks its values' memory as transient (see `gradients(of:withRespectTo:)`).
  static func untracked(_ operation: Operation, _ inputs: [Tensor]) throws -> Tensor {
    let inputs = NodeInputs(inputs)
    return try compute(operation, inputs, Operands(inputs), recording: false).value
  }

  /// `untracked(.binary(op), [a, b])` without building the operand list: a backward pass makes several of these per
  /// recorded operation. The same evaluation and the same charge; complex and narrow operands take the general path.
  static func untracked(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let aType = a.dtype
    let bType = b.dtype
    guard !aType.isComplex, !aType.isNarrow, !bType.isComplex, !bType.isNarrow else {
      return try untracked(.binary(op), [a, b])
    }
    let value = try op.evaluate(a, b)
    try ResourceMeter.charge(work: value.size + a.size + b.size, bytes: 0)
    return value
  }

  /// What `compute` and `record` need to know of the operands, read in one pass through the buffer (iterating the
  /// array itself would copy each operand, retaining and releasing its references every time).
  private struct Operands {
    /// True when an operand is complex.
    var isComplex = false
    /// True when an operand has a narrow dtype.
    var isNarrow = false
    /// The operands' elements together.
    var elements = 0

    init(_ inputs: borrowing NodeInputs) {
      var isComplex = false
      var isNarrow = false
      var elements = 0
      inputs.forEachInPlace { input in
        let dtype = input.dtype
        if dtype.isComplex { isComplex = true }
        if dtype.isNarrow { isNarrow = true }
        elements += input.size
      }
      (self.isComplex, self.isNarrow, self.elements) = (isComplex, isNarrow, elements)
    }
  }

  /// The operation's value (complex values and narrow dtypes by their own rules), charged to the meter: the work,
  /// and when `recording`, the new storage and the graph node a float64 result gets. With it, whether the running
  /// chapter records histories (`ResourceMeter.recordsHistories`), which the charge reads from the same meter.
  private static func compute(_ operation: Operation, _ inputs: NodeInputs, _ operands: Operands, recording: Bool)
    throws -> (value: Tensor, recordsHistories: Bool)
  {
    // Complex values and narrow dtypes (int8 … uint64, float32) take their own rules and are never tracked (see
    // ComplexEvaluation and NarrowEvaluation).
    if operands.isComplex || operands.isNarrow {
      let value =
        operands.isComplex
        ? try ComplexEvaluation.evaluate(operation, inputs.array)
        : try NarrowEvaluation.evaluate(operation, inputs.array)
      let recordsHistories = try ResourceMeter.charge(
        work: value.size + operands.elements,
        bytes: recording && operation.allocates ? value.size * value.dtype.itemSize : 0)
      return (value, recordsHistories)
    }
    let value = try operation.evaluate(inputs)
    // Charged after the work, in one step: one operation is at most a few 128 MiB values, so the meter lags by
    // no more than that. Basic indexing reads only the elements it returns: `w[1, 1]` in a loop over a (243, 243)
    // array was charged the whole array at each read, and CFD Python's loops ran into the statement's limit.
    let isTracked = recording && value.dtype == .float64
    let read: Int
    if case .index = operation { read = 0 } else { read = operands.elements }
    let recordsHistories = try ResourceMeter.charge(
      work: value.size + read,
      bytes: recording
        ? (operation.allocates ? value.size * value.dtype.itemSize : 0) + (isTracked ? ResourceMeter.nodeOverhead : 0)
        : 0)
    return (value, recordsHistories)
  }

  /// The same elements as a new, untracked value (used inside gradient rules, which are not differentiated again).
  public var detached: Tensor {
    var result = Tensor(shape: shape, storage: storage, isScalar: isScalar, node: nil)
    result.narrowType = narrowType
    result.isPythonScalar = isPythonScalar
    return result
  }
}

extension Tensor {
  /// True when this value is `leaf` itself on the graph (not a value computed from it).
  public func isNode(of leaf: Tensor) -> Bool {
    guard let node else { return false }
    return node === leaf.node
  }

  /// True when this value was computed from `leaf` (or is it): what HIPS autograd boxes while tracing a function of
  /// `leaf`, and so refuses to assign into. Walks the recorded graph once, iteratively.
  public func dependsOn(_ leaf: Tensor) -> Bool {
    guard let target = leaf.node, let start = node else { return false }
    var visited: Set<ObjectIdentifier> = []
    var pending = [start]
    while let current = pending.popLast() {
      if current === target { return true }
      guard visited.insert(ObjectIdentifier(current)).inserted else { continue }
      for input in current.inputs { if let next = input.node { pending.append(next) } }
    }
    return false
  }
}
