import Synchronization

/// The Python floats a chapter took out of recorded values (`float(t)`, `t.item()`), so that `grad(y, x)` can refuse
/// a `y` that computed with one taken from a value depending on `x`: a Python float keeps no record, and its part of
/// ∂y/∂x would be silently missing. A float is recognised by its bits where it re-enters the graph as a Python-number
/// operand; one changed by Python arithmetic first (`float(x[0]) * 2`) is not recognised.
///
/// Each chapter keeps its own (its meter holds it): chapters built at once share nothing, so one chapter's floats can
/// neither push another's out of the record nor make its `grad` refuse.
public final class PythonNumberRecord: Sendable {
  /// One conversion: the float's bits and the values it was computed from, held weakly (the value itself is often a
  /// temporary such as `x[0]`, gone by the time `grad` runs; what it was computed from outlives it).
  private struct Entry: Sendable {
    var bits: UInt64
    var ancestors: [WeakNode]
    /// Where the walk stopped at `walkLimit`: values whose own ancestors were not noted.
    var frontier: [WeakNode]
  }

  /// A graph node held without keeping it alive.
  private struct WeakNode: Sendable {
    weak var node: GraphNode?
  }

  /// How many of a value's ancestors a conversion notes before it stops. A training loop's `float(loss)` would
  /// otherwise walk the whole chain of the weights' updates since the last time memory was measured, tens of
  /// thousands of values, at every step: the loop ran in quadratic time and held a gigabyte of references. Past the
  /// limit, the values where the walk stopped are noted, and `grad` walks on from them if it ever needs to.
  static let walkLimit = 64

  /// The most recent conversions, oldest first; a ring of `capacity`.
  private let entries = Mutex<[Entry]>([])
  private static let capacity = 4096

  /// An empty record (one per chapter).
  init() {}

  /// How many values the record holds references to, over all its conversions.
  var heldReferenceCount: Int {
    entries.withLock { $0.reduce(0) { $0 + $1.ancestors.count + $1.frontier.count } }
  }

  /// Notes that the Python float `value` was taken from `tensor`, in the running chapter's record.
  public static func note(_ value: Double, from tensor: Tensor) {
    guard let node = tensor.node, value != 0, let record = ResourceMeter.running?.pythonNumbers else { return }
    var ancestors: [WeakNode] = []
    var frontier: [WeakNode] = []
    var visited: Set<ObjectIdentifier> = []
    var pending = [node]
    while let current = pending.popLast() {
      guard visited.insert(ObjectIdentifier(current)).inserted else { continue }
      guard ancestors.count < walkLimit else {
        frontier.append(WeakNode(node: current))
        continue
      }
      ancestors.append(WeakNode(node: current))
      for input in current.inputs { if let next = input.node { pending.append(next) } }
    }
    record.entries.withLock { entries in
      if entries.count >= capacity { entries.removeFirst(capacity / 4) }
      entries.append(Entry(bits: value.bitPattern, ancestors: ancestors, frontier: frontier))
    }
  }

  /// Whether a conversion's value depends on `target`: one of its noted ancestors is it, or the walk from where the
  /// note stopped reaches it. Nil when that cannot be told: a value where the note stopped is gone, and with it the
  /// record of what it was computed from.
  private static func entry(_ entry: Entry, dependsOn target: GraphNode) -> Bool? {
    if entry.ancestors.contains(where: { $0.node === target }) { return true }
    var visited: Set<ObjectIdentifier> = []
    var pending: [GraphNode] = []
    for held in entry.frontier {
      guard let node = held.node else { return nil }
      pending.append(node)
    }
    while let current = pending.popLast() {
      if current === target { return true }
      guard visited.insert(ObjectIdentifier(current)).inserted else { continue }
      for input in current.inputs { if let next = input.node { pending.append(next) } }
    }
    return false
  }

  /// Refuses when `y`'s recorded computation has a Python-number operand whose bits are those of a float taken
  /// from a value that depends on `x`, or from one whose history is no longer known.
  static func refuseCut(of y: Tensor, by x: Tensor) throws {
    guard let target = x.node, let start = y.node, let record = ResourceMeter.running?.pythonNumbers else { return }
    let noted = record.entries.withLock { $0 }
    guard !noted.isEmpty else { return }
    let bits = Set(noted.map(\.bits))
    var visited: Set<ObjectIdentifier> = []
    var pending = [start]
    while let current = pending.popLast() {
      guard visited.insert(ObjectIdentifier(current)).inserted else { continue }
      for input in current.inputs {
        // A constant operand: untracked, or a leaf that is not x.
        if input.node.map({ $0.operation == nil && $0 !== target }) ?? true, input.size == 1,
          case .float64(let values) = input.storage,
          bits.contains(values[0].bitPattern)
        {
          let answers = noted.lazy.filter { $0.bits == values[0].bitPattern }.map { Self.entry($0, dependsOn: target) }
          if answers.contains(true) {
            throw TensorError(
              "NotImplementedError",
              "grad(y, x) of a y computed with the Python float \(values[0]), taken from a value computed from x "
                + "(float(…) or .item()): a Python number keeps no gradient, so that part of ∂y/∂x would be missing; "
                + "compute with the array element itself (x[0], not float(x[0]))", isLimit: true)
          }
          if answers.contains(nil) {
            throw TensorError(
              "NotImplementedError",
              "grad(y, x) of a y computed with the Python float \(values[0]), taken (float(…) or .item()) from a "
                + "value whose history docbuild no longer holds, so it cannot tell whether that value depended on x: "
                + "a Python number keeps no gradient, and that part of ∂y/∂x would be missing; compute with the "
                + "array itself, not a Python float taken from it", isLimit: true)
          }
        }
        if let node = input.node { pending.append(node) }
      }
    }
  }
}
