import TensorCore

/// One call of a function made primitive, kept while a derivative runs so the backward pass can run its VJP with
/// what autograd passes a VJP maker: the output and the call's (unboxed) arguments.
struct PrimitiveCall: Sendable {
  /// The `primitive` object (its `vjps` dict maps argument positions to VJP makers).
  var primitive: Value
  /// The output, untracked.
  var answer: Value
  /// The positional arguments, untracked.
  var arguments: [Value]
  /// The positional arguments as the call got them, traced: what the VJP maker gets inside another derivative.
  var tracedArguments: [Value]
  var keywords: [(name: String, value: Value)]
  /// The position among the arguments of each recorded input.
  var argumentPositions: [Int]
}

extension Interpreter {
  /// `__docbuild_primitive__(p, args, kwargs)`, what a `primitive` object's `__call__` runs: outside a derivative, or
  /// when no argument depends on what it traces, the function itself; otherwise the function on untracked
  /// arguments, recorded as one operation whose gradient the snippet's VJP gives (autograd's primitive).
  mutating func callPrimitive(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 3, case .tuple(let items) = call.positional[1],
      case .dict(let keywordBox) = call.positional[2]
    else { throw PythonError.type("__docbuild_primitive__(primitive, args, kwargs)") }
    let primitive = call.positional[0]
    let function = try attributeValue(primitive, "fun")
    var keywords: [(name: String, value: Value)] = []
    for (key, value) in zip(keywordBox.keys, keywordBox.values) {
      guard case .string(let name) = key else { throw PythonError.type("keywords must be strings") }
      keywords.append((name, value))
    }
    let arguments = Array(items)
    var traced: [Int] = []
    if derivativeDepth > 0 {
      for (position, argument) in arguments.enumerated() {
        if case .tensor(let tensor) = argument, tensor.dtype == .float64,
          derivativeLeaves.contains(where: { tensor.dependsOn($0) })
        {
          traced.append(position)
        }
      }
    }
    if derivativeDepth > 0 {
      // autograd traces only positional arguments: a traced keyword reaches the function as a Box, where NumPy and
      // SciPy fail (`norm.logpdf(x, loc=m)` gives a ValueError). Refused rather than differentiated.
      for (name, value) in keywords {
        if case .tensor(let tensor) = value, derivativeLeaves.contains(where: { tensor.dependsOn($0) }) {
          var error = PythonError(
            "NotImplementedError",
            "keyword argument \(name)= depends on what the derivative traces; autograd traces only a primitive's "
              + "positional arguments (pass it by position)")
          error.isLimit = true
          throw error
        }
      }
    }
    let untracked = arguments.map { argument -> Value in
      if case .tensor(let tensor) = argument { return .tensor(tensor.detached) }
      return argument
    }
    let output = try callValue(
      function,
      CallArguments(
        function: "", positional: untracked, keywords: keywords, positionalTexts: untracked.map { _ in "" }))
    guard !traced.isEmpty else { return output }
    let value: Tensor
    switch output {
    case .float(let number): value = Tensor(shape: [], storage: .float64([number]), isScalar: true)
    case .tensor(let tensor) where tensor.dtype == .float64: value = tensor
    default:
      var error = PythonError(
        "NotImplementedError",
        "a function made primitive must return a float array while a derivative runs in snippets, not "
          + output.typeName)
      error.isLimit = true
      throw error
    }
    let number = primitiveCalls.count
    primitiveCalls.append(
      PrimitiveCall(
        primitive: primitive, answer: .tensor(value.detached), arguments: untracked, tracedArguments: arguments,
        keywords: keywords, argumentPositions: traced))
    var inputs: [Tensor] = []
    for position in traced { if case .tensor(let tensor) = arguments[position] { inputs.append(tensor) } }
    return .tensor(Tensor.recordPrimitive(CustomPrimitive(id: number), inputs: inputs, output: value))
  }

  /// The backward pass's step through a primitive: each wanted input's gradient from the snippet's VJP maker,
  /// `vjps[argnum](ans, *args, **kwargs)(g)`, as autograd calls it. With `tracedAnswer` (the backward pass of a
  /// derivative inside another, which is recorded) the maker gets the traced output and arguments and the VJP the
  /// traced upstream gradient, and what it returns keeps its history: autograd runs an inner derivative's VJPs on the
  /// outer one's boxes, so the outer derivative differentiates the VJP's own code (`grad(grad(f))` through `f`).
  mutating func primitiveVJP(
    _ primitive: CustomPrimitive, inputs: [Tensor], upstream: Tensor, wanted: [Bool], tracedAnswer: Tensor? = nil
  ) throws(PythonError) -> [Tensor?] {
    guard primitive.id < primitiveCalls.count else { throw PythonError("SystemError", "unknown primitive call") }
    let record = primitiveCalls[primitive.id]
    let table = try attributeValue(record.primitive, "vjps")
    guard case .dict(let makers) = table else { throw PythonError.type("a primitive's vjps must be a dict") }
    // autograd looks up every traced argument's maker first, with its own messages for a missing one, then makes
    // each VJP in order, then applies them to g; a None maker gives zeros.
    let argnums = record.argumentPositions
    var found: [Value] = []
    for argnum in argnums {
      guard let maker = try makers.get(.int(argnum)) else {
        let name = (try? attributeValue(record.primitive, "name")).flatMap { value -> String? in
          if case .string(let text) = value { return text }
          return nil
        }
        switch argnums.count {
        case 1: throw PythonError("NotImplementedError", "VJP of \(name ?? "primitive") wrt argnum 0 not defined")
        case 2: throw PythonError("NotImplementedError", "VJP of \(name ?? "primitive") wrt argnums 0, 1 not defined")
        default: throw PythonError("KeyError", "\(argnum)")
        }
      }
      found.append(maker)
    }
    var vjps: [Value?] = []
    for maker in found {
      if maker.isNone {
        vjps.append(nil)
        continue
      }
      vjps.append(
        try callValue(
          maker,
          CallArguments(
            function: "",
            positional: tracedAnswer.map { [.tensor($0)] + record.tracedArguments } ?? [record.answer]
              + record.arguments,
            keywords: record.keywords,
            positionalTexts: [String](repeating: "", count: record.arguments.count + 1))))
    }
    var result: [Tensor?] = []
    for (k, input) in inputs.enumerated() {
      guard k < wanted.count, wanted[k] else {
        result.append(nil)
        continue
      }
      guard let vjp = vjps[k] else {
        result.append(Tensor(shape: input.shape, storage: .float64(Array(repeating: 0, count: input.size))))
        continue
      }
      let gradient = try callValue(vjp, arguments([.tensor(tracedAnswer == nil ? upstream.detached : upstream)]))
      let tensor = try gradient.toTensor()
      if tracedAnswer != nil, tensor.dtype == DType.float64 {
        result.append(tensor)
        continue
      }
      guard tensor.dtype == DType.float64 || tensor.dtype.isInteger || tensor.dtype == DType.bool else {
        var error = PythonError(
          "NotImplementedError", "a VJP returned \(tensor.dtype.rawValue) values; snippets take float gradients")
        error.isLimit = true
        throw error
      }
      result.append(Tensor(shape: tensor.shape, storage: .float64(tensor.doubles), isScalar: tensor.isScalar))
    }
    return result
  }
}
