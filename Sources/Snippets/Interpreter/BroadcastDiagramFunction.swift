import TensorCore

extension Interpreter {
  /// The most operands one diagram draws (NumPy itself broadcasts at most 32 axes, which bounds its width).
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
      let shape: [Int]
      var name = ""
      if case .tensor(let tensor) = value, !tensor.isScalar || tensor.dtype == .float64 {
        shape = tensor.shape
        name = call.positionalTexts.indices.contains(position) ? call.positionalTexts[position] : "arg \(position)"
      } else {
        shape = try BroadcastShapes.shape(value)
      }
      operands.append(BroadcastDiagram.Operand(name: name, shape: shape))
    }
    let result = try BroadcastShapes.broadcast(operands.map(\.shape))
    broadcastDiagram = BroadcastDiagram(operands: operands, result: result)
    return .none
  }
}

/// `np.broadcast_shapes` with NumPy's own checks in NumPy's order: each argument read as `np.empty` reads a shape,
/// then more than 32 axes, then the pairwise mismatch, then a result whose size does not fit an index.
enum BroadcastShapes {
  /// NumPy's array functions stop at 32 operand axes; an array at 64.
  static let maximumAxes = 64
  static let maximumBroadcastAxes = 32

  /// `np.broadcast_shapes(*arguments)`.
  static func call(_ arguments: [Value]) throws(PythonError) -> [Int] {
    var shapes: [[Int]] = []
    for argument in arguments { shapes.append(try shape(argument)) }
    return try broadcast(shapes)
  }

  /// One argument as `np.empty(argument)` reads it: an int, or a sequence (or 1-d int array) of ints.
  static func shape(_ value: Value) throws(PythonError) -> [Int] {
    let items: [Value]
    switch value {
    case .none: throw PythonError.type("Use () not None as shape arguments")
    case .tuple(let list), .list(let list): items = list.items
    case .tensor(let tensor) where tensor.ndim == 1:
      guard tensor.dtype != .float64 else {
        throw PythonError.type("'numpy.float64' object cannot be interpreted as an integer")
      }
      items = try tensor.exactInts().map { .int($0) }
    default: items = [value]
    }
    if items.count > maximumAxes {
      throw PythonError.value(
        "maximum supported dimension for an ndarray is currently \(maximumAxes), found \(items.count)")
    }
    var shape: [Int] = []
    for item in items {
      // An int past 2**63 - 1 (either sign) is NumPy's "too large" before it is negative.
      if case .bigInt = item { throw PythonError.value("Maximum allowed dimension exceeded") }
      shape.append(try item.toInt())
    }
    if shape.contains(where: { $0 < 0 }) { throw PythonError.value("negative dimensions are not allowed") }
    return shape
  }

  /// The broadcast of shapes that each passed `shape(_:)`.
  static func broadcast(_ shapes: [[Int]]) throws(PythonError) -> [Int] {
    if let wide = shapes.first(where: { $0.count > maximumBroadcastAxes }) {
      throw PythonError(
        "RuntimeError",
        "this function only supports up to \(maximumBroadcastAxes) dimensions but the array has \(wide.count).")
    }
    let result = try core { try Tensor.broadcastShapes(shapes) }
    // NumPy multiplies the extents left to right and refuses once the product overflows, even if a later one is 0.
    var size = 1
    for extent in result {
      let (product, overflow) = size.multipliedReportingOverflow(by: extent)
      if overflow { throw PythonError.value("broadcast dimensions too large.") }
      size = product
    }
    return result
  }
}
