import TensorCore

extension Interpreter {
  /// `grad(f)(params)` where `params` is a list, tuple or dict (nested) of arrays and floats, as autograd's optimizers
  /// and neural-net examples use it: each array becomes a leaf of its own, one backward pass gives every leaf's
  /// gradient, and the result has the argument's structure (a float's gradient is a 0-d array, as autograd's).
  mutating func callContainerDerivative(_ derivative: Derivative, _ call: CallArguments) throws(PythonError) -> Value {
    guard derivative.kind == .grad || derivative.kind == .valueAndGrad else {
      var error = PythonError(
        "NotImplementedError",
        "\(derivative.kind.rawValue) of a function of a list, tuple or dict is not supported in snippets; use grad")
      error.isLimit = true
      throw error
    }
    if derivativeDepth > 0 {
      var error = PythonError(
        "NotImplementedError", "a derivative inside a derivative (such as grad(grad(f))) is not supported in snippets")
      error.isLimit = true
      throw error
    }
    var leaves: [Tensor] = []
    let traced = try Self.withFreshLeaves(call.positional[derivative.argnum], &leaves)
    var arguments = call
    arguments.positional[derivative.argnum] = traced
    derivativeDepth += 1
    derivativeInput = leaves.first
    derivativeLeaves = leaves
    tracesNumpysOwnFunctions = importedNumpyItself && derivative.isAutogradsOwn
    defer {
      derivativeDepth -= 1
      tracesNumpysOwnFunctions = false
      derivativeInput = nil
      derivativeLeaves = []
      primitiveCalls = []
    }
    let output: Value
    do {
      output = try GradientTrace.$input.withValue(leaves.first) { try callValue(derivative.function, arguments) }
    } catch let error as PythonError {
      throw error
    } catch {
      throw PythonError("SystemError", "\(error)")
    }
    let y: Tensor
    switch output {
    case .tensor(let tensor): y = tensor
    case .float, .int, .bool:
      var error = PythonError(
        "NotImplementedError",
        "the function returned \(output.typeName) without using its argument; snippets differentiate only functions "
          + "of their argument")
      error.isLimit = true
      throw error
    default:
      throw Interpreter.outputRefusal(output)
    }
    guard y.size == 1, y.shape.isEmpty else {
      throw PythonError.type(
        "Grad only applies to real scalar-output functions. Try jacobian, elementwise_grad or holomorphic_grad.")
    }
    var gradients: [Tensor]
    if y.dtype == .float64, !leaves.isEmpty {
      gradients = try core {
        try TensorCore.gradients(of: y, withRespectTo: leaves) { primitive, inputs, _, g, wanted in
          try self.primitiveVJP(primitive, inputs: inputs, upstream: g, wanted: wanted)
        }.map(\.value)
      }
    } else {
      // A float32 result computed from the arguments would need autograd's float32 backward pass, which docbuild
      // does not run: refused rather than answered with zeros.
      if leaves.contains(where: { y.dependsOn($0) }) {
        throw PythonError.from(Tensor.gradientDetourRefusal(y.dtype))
      }
      gradients = try leaves.map { leaf throws(PythonError) in try core { try Tensor.zerosLike(leaf) } }
    }
    gradients = gradients.map { Tensor(shape: $0.shape, storage: $0.storage, isScalar: false) }
    var next = 0
    let result = try Self.replacingLeaves(traced, with: gradients, next: &next)
    return derivative.kind == .grad ? result : try .makeTuple([output, result])
  }

  /// The container with each array or float replaced by a fresh leaf (appended to `leaves` in order).
  private static func withFreshLeaves(_ value: Value, _ leaves: inout [Tensor]) throws(PythonError) -> Value {
    switch value {
    case .list(let items):
      var rebuilt: [Value] = []
      for item in items { rebuilt.append(try withFreshLeaves(item, &leaves)) }
      return try .makeList(rebuilt)
    case .tuple(let items):
      var rebuilt: [Value] = []
      for item in items { rebuilt.append(try withFreshLeaves(item, &leaves)) }
      return try .makeTuple(rebuilt)
    case .dict(let box):
      var pairs: [(Value, Value)] = []
      for (key, item) in zip(box.keys, box.values) { pairs.append((key, try withFreshLeaves(item, &leaves))) }
      return try .makeDict(pairs)
    default:
      let leaf = try derivativeLeaf(value)
      leaves.append(leaf)
      return .tensor(leaf)
    }
  }

  /// The container with its leaves, in the order `withFreshLeaves` met them, replaced by `gradients`.
  private static func replacingLeaves(_ value: Value, with gradients: [Tensor], next: inout Int)
    throws(PythonError) -> Value
  {
    switch value {
    case .list(let items):
      var rebuilt: [Value] = []
      for item in items { rebuilt.append(try replacingLeaves(item, with: gradients, next: &next)) }
      return try .makeList(rebuilt)
    case .tuple(let items):
      var rebuilt: [Value] = []
      for item in items { rebuilt.append(try replacingLeaves(item, with: gradients, next: &next)) }
      return try .makeTuple(rebuilt)
    case .dict(let box):
      var pairs: [(Value, Value)] = []
      for (key, item) in zip(box.keys, box.values) {
        pairs.append((key, try replacingLeaves(item, with: gradients, next: &next)))
      }
      return try .makeDict(pairs)
    default:
      defer { next += 1 }
      return .tensor(gradients[next])
    }
  }
}
