import TensorCore

extension Interpreter {
  /// The most operands and axes one diagram draws; NumPy's own broadcasting stops at 32 operands, and a picture
  /// wider than that helps nobody.
  static let broadcastDiagramLimit = 32

  /// `broadcast_diagram(x1, x2, …)`: docbuild's own (not NumPy), like `gradients`. Each argument is an array or a
  /// shape (a tuple, list or int, as `np.broadcast_shapes` takes); prints nothing and puts a diagram of how their
  /// axes line up on the page. Shapes that do not broadcast raise `np.broadcast_shapes`'s ValueError.
  mutating func drawBroadcastDiagram(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard !call.positional.isEmpty else {
      throw PythonError.type("broadcast_diagram() needs at least one array or shape")
    }
    guard call.positional.count <= Self.broadcastDiagramLimit else {
      throw PythonError.value(
        "broadcast_diagram() draws at most \(Self.broadcastDiagramLimit) operands, not \(call.positional.count)")
    }
    var operands: [BroadcastDiagram.Operand] = []
    for (position, value) in call.positional.enumerated() {
      // An array is named by its code (`A`); a shape written as a tuple is its own label.
      var shape: [Int]
      var name = ""
      if case .tensor(let tensor) = value, !tensor.isScalar || tensor.dtype == .float64 {
        shape = tensor.shape
        name = call.positionalTexts.indices.contains(position) ? call.positionalTexts[position] : "arg \(position)"
      } else {
        shape = try value.toShape()
      }
      if shape.contains(where: { $0 < 0 }) { throw PythonError.value("negative dimensions are not allowed") }
      guard shape.count <= Self.broadcastDiagramLimit else {
        throw PythonError.value(
          "broadcast_diagram() draws at most \(Self.broadcastDiagramLimit) axes, not \(shape.count)")
      }
      operands.append(BroadcastDiagram.Operand(name: name, shape: shape))
    }
    let shapes = operands.map(\.shape)
    let result = try core { try Tensor.broadcastShapes(shapes) }
    broadcastDiagram = BroadcastDiagram(operands: operands, result: result)
    return .none
  }
}
