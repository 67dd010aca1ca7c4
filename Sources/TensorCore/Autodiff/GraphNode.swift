/// A value's identity in the autodiff graph and, unless it is a leaf, the operation and inputs that made it.
///
/// Immutable, so it is `Sendable`: the operation is plain data, and re-running `operation.evaluate(inputs)` recomputes
/// the value (which `numericalGradient` relies on).
final class GraphNode: Sendable {
  /// The operation that produced the value; nil for leaves (values made by creation functions or literals).
  let operation: Operation?
  /// The operands the operation read, as they were then.
  let inputs: [Tensor]

  init(operation: Operation?, inputs: [Tensor]) {
    self.operation = operation
    self.inputs = inputs
  }

  /// A fresh graph input.
  static func leaf() -> GraphNode { GraphNode(operation: nil, inputs: []) }
}

extension Tensor {
  /// Runs `operation` on `inputs` and, when the result is float64, records it in the graph.
  static func record(_ operation: Operation, _ inputs: [Tensor]) throws -> Tensor {
    let value = try operation.evaluate(inputs)
    guard case .float64 = value.storage else { return value }
    return Tensor(
      shape: value.shape, storage: value.storage, isScalar: value.isScalar,
      node: GraphNode(operation: operation, inputs: inputs))
  }

  /// The same elements as a new, untracked value (used inside gradient rules, which are not differentiated again).
  var detached: Tensor { Tensor(shape: shape, storage: storage, isScalar: isScalar, node: nil) }
}
