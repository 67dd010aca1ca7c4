/// Frees what no name or gradient can reach again, and measures what the rest holds.
///
/// Every recorded value keeps its inputs alive, so `x = x * 1.0` repeated would keep every earlier `x` forever. But
/// `grad(y, x)` and `numgrad(y, x)` only ever follow paths from a value the snippet can still name (`x`) to another
/// (`y`): the history of a value that no named value feeds is never read again. `prune` cuts exactly that history,
/// which frees the inputs no other value holds.
public enum GraphMemory {
  /// Forgets the history of every value reachable from `roots` (the chapter's named values) that no root feeds,
  /// then returns the bytes the roots and their remaining histories hold (each storage counted once). Without
  /// `historyBetweenThem` (the chapter asks for no gradient between values it holds), every history goes.
  public static func prune(keeping roots: [Tensor], historyBetweenThem: Bool = true) -> Int {
    let named = historyBetweenThem ? Set(roots.compactMap { $0.node.map(ObjectIdentifier.init) }) : []
    // Post-order over the graph (iterative: graphs can be deeper than the stack): a node is fed when one of its
    // inputs is named or fed.
    var fed: [ObjectIdentifier: Bool] = [:]
    var stack: [(GraphNode, expanded: Bool)] = roots.compactMap { $0.node.map { ($0, false) } }
    while let (node, expanded) = stack.popLast() {
      let id = ObjectIdentifier(node)
      let inputs = node.inputs.compactMap(\.node)
      if expanded {
        let isFed = inputs.contains { named.contains(ObjectIdentifier($0)) || fed[ObjectIdentifier($0)] == true }
        fed[id] = isFed
        if !isFed && node.operation != nil {
          // Its inputs were visited first, so what its history showed of a decomposition is at most a step away.
          node.forgetHistory(keeping: Tensor.decompositionOrigin(from: node))
        }
        continue
      }
      guard fed[id] == nil else { continue }
      fed[id] = false
      stack.append((node, true))
      for input in inputs where fed[ObjectIdentifier(input)] == nil { stack.append((input, false)) }
    }
    return liveBytes(of: roots, countingValuesWithoutNodes: !historyBetweenThem)
  }

  /// The bytes `roots` hold: their storage and that of every value their graphs keep, each buffer once, plus a
  /// fixed overhead per graph node. With `countingValuesWithoutNodes` (a chapter that records no histories, where
  /// computed values have no node), a float64 value without a node counts that overhead once per buffer too. A
  /// chapter that records histories keeps its count as it was: counting more there made it measure less often, so
  /// its garbage lived longer (a 100,000-step training loop that names `builtins` held 7% more and, past half its
  /// budget, measured at every step).
  public static func liveBytes(of roots: [Tensor], countingValuesWithoutNodes: Bool = false) -> Int {
    var buffers: Set<UnsafeRawPointer> = []
    var nodes: Set<ObjectIdentifier> = []
    var total = 0
    var pending = roots
    while let value = pending.popLast() {
      // The buffer the value holds, read without making deferred elements (a measurement made every transpose it
      // met), whole (a deferred row keeps all of its operand's elements alive), and deferred elements themselves,
      // counted whether or not they were made yet: they will be when read, and the value still holds its operand's
      // buffer too.
      if let buffer = value.heldBufferIdentity, buffers.insert(buffer).inserted {
        total += value.heldBufferCount * value.dtype.itemSize
        // A float64 value a chapter keeping no history computed has no node (`Tensor.record`), but its parts and
        // headers weigh what a node's did: counted as one, so loops of small values stay bounded as before.
        if countingValuesWithoutNodes && value.node == nil && value.storageClass == .float64 {
          total += ResourceMeter.nodeOverhead
        }
      }
      if let deferred = value.deferredElementsIdentity, buffers.insert(deferred).inserted {
        total += value.size * value.dtype.itemSize
      }
      guard let node = value.node, nodes.insert(ObjectIdentifier(node)).inserted else { continue }
      total += ResourceMeter.nodeOverhead
      pending += node.inputs
    }
    return total
  }
}

extension Storage {
  /// The address of the elements' buffer: values sharing storage (a reshape, a copy) share it. Nil when empty.
  var bufferIdentity: UnsafeRawPointer? {
    switch self {
    case .bool(let values): values.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    case .int64(let values): values.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    case .float64(let values): values.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    case .complex128(let values): values.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }
  }
}
