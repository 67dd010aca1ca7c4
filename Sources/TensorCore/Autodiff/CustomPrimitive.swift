/// One call of a function the snippet made primitive (autograd's `@primitive`), as the graph records it: the
/// interpreter numbers each call so that the backward pass can hand it back to run the snippet's own VJP.
public final class CustomPrimitive: Sendable {
  /// The interpreter's number for the call.
  public let id: Int

  /// Names a call by the interpreter's number for it.
  public init(id: Int) { self.id = id }
}

/// Runs a primitive's VJP during the backward pass: given the call, its recorded inputs, its output, the upstream
/// gradient and which inputs are wanted, one gradient per input (nil where not wanted).
public typealias CustomVJP = (CustomPrimitive, [Tensor], Tensor, Tensor, [Bool]) throws -> [Tensor?]

extension Tensor {
  /// `output`, which snippet code computed from `inputs` outside the graph, recorded as one primitive operation.
  public static func recordPrimitive(_ primitive: CustomPrimitive, inputs: [Tensor], output: Tensor) -> Tensor {
    var value = Tensor(shape: output.shape, storage: output.asDoubles.storage, isScalar: output.isScalar, node: nil)
    value.node = GraphNode(operation: .custom(primitive), inputs: inputs)
    return value
  }
}
