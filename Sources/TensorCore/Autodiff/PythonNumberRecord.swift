import Synchronization

/// The Python floats taken out of recorded values (`float(t)`, `t.item()`), so that `grad(y, x)` can refuse a `y`
/// that computed with one taken from a value depending on `x`: a Python float keeps no record, and its part of ∂y/∂x
/// would be silently missing. A float is recognised by its bits where it re-enters the graph as a Python-number
/// operand; one changed by Python arithmetic first (`float(x[0]) * 2`) is not recognised.
public enum PythonNumberRecord {
  /// One conversion: the float's bits and the values it was computed from, held weakly (the value itself is often a
  /// temporary such as `x[0]`, gone by the time `grad` runs; what it was computed from outlives it).
  private struct Entry: Sendable {
    var bits: UInt64
    var ancestors: [WeakNode]
  }

  /// A graph node held without keeping it alive.
  private struct WeakNode: Sendable {
    weak var node: GraphNode?
  }

  /// How many of a value's ancestors a conversion notes: enough for any snippet's `float(loss)`, bounded.
  private static let ancestorLimit = 20_000

  /// The most recent conversions, oldest first; a ring of `capacity`.
  private static let entries = Mutex<[Entry]>([])
  private static let capacity = 4096

  /// Notes that the Python float `value` was taken from `tensor`.
  public static func note(_ value: Double, from tensor: Tensor) {
    guard let node = tensor.node, value != 0 else { return }
    var ancestors: [WeakNode] = []
    var visited: Set<ObjectIdentifier> = []
    var pending = [node]
    while let current = pending.popLast(), ancestors.count < ancestorLimit {
      guard visited.insert(ObjectIdentifier(current)).inserted else { continue }
      ancestors.append(WeakNode(node: current))
      for input in current.inputs { if let next = input.node { pending.append(next) } }
    }
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeFirst(capacity / 4) }
      entries.append(Entry(bits: value.bitPattern, ancestors: ancestors))
    }
  }

  /// Refuses when `y`'s recorded computation has a Python-number operand whose bits are those of a float taken
  /// from a value that depends on `x`.
  static func refuseCut(of y: Tensor, by x: Tensor) throws {
    guard let target = x.node, let start = y.node else { return }
    let noted = entries.withLock { $0 }
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
          bits.contains(values[0].bitPattern),
          noted.contains(where: { entry in
            entry.bits == values[0].bitPattern && entry.ancestors.contains { $0.node === target }
          })
        {
          throw TensorError(
            "NotImplementedError",
            "grad(y, x) of a y computed with the Python float \(values[0]), taken from a value computed from x "
              + "(float(…) or .item()): a Python number keeps no gradient, so that part of ∂y/∂x would be missing; "
              + "compute with the array element itself (x[0], not float(x[0]))", isLimit: true)
        }
        if let node = input.node { pending.append(node) }
      }
    }
  }
}
