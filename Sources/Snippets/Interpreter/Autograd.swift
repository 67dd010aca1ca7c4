import TensorCore

/// A function made by autograd's functional API: which derivative, of which function, by which argument.
struct Derivative: Sendable {
  /// The four functions of `from autograd import …`.
  enum Kind: String, Sendable {
    case grad
    case valueAndGrad = "value_and_grad"
    case elementwiseGrad = "elementwise_grad"
    case jacobian
  }

  var kind: Kind
  var function: Value
  var argnum: Int
  /// True when autograd's own function made it (`from autograd import grad`), false for docbuild's builtin `grad`,
  /// under which `np` is autograd's NumPy whatever the chapter imported.
  var isAutogradsOwn = true
}

extension Value {
  /// True for what Python's `callable` accepts.
  var isCallable: Bool {
    switch self {
    case .function, .userFunction, .method, .scalarType, .derivative: true
    case .wrapped(.autogradFunction, _): true
    // An instance whose class defines `__call__`, such as autograd.extend's `primitive`.
    case .object(let object): object.type.lookUp("__call__") != nil
    default: false
    }
  }
}

extension Interpreter {
  /// `grad(f, argnum=0)` and friends: a function computing the derivative, exactly as HIPS autograd's.
  mutating func functional(_ kind: Derivative.Kind, _ call: CallArguments, isAutogradsOwn: Bool = true)
    throws(PythonError) -> Value
  {
    var call = call
    call.function = kind.rawValue
    let bound = try call.bind(["fun", "argnum"], required: 1)
    if case .tuple = bound["argnum"] {
      // autograd differentiates by several arguments at once, returning a tuple of gradients: not reproduced here.
      throw Self.limit(
        "\(kind.rawValue)(f, argnum=(…)) with a tuple of argument numbers is not supported in snippets: take one "
          + "gradient per argument, or pass the arguments as one tuple, \(kind.rawValue)(f)((a, b))")
    }
    let argnum = try bound["argnum"]?.toInt() ?? 0
    return .derivative(
      Derivative(kind: kind, function: bound.value("fun"), argnum: argnum, isAutogradsOwn: isAutogradsOwn))
  }

  /// Calls a derivative: runs the function on a fresh leaf for argument `argnum` (so only this call's computation
  /// counts, as autograd boxes its argument) and differentiates what it returns.
  mutating func callDerivative(_ derivative: Derivative, _ call: consuming CallArguments) throws(PythonError) -> Value {
    guard derivative.argnum >= 0, derivative.argnum < call.positional.count else {
      throw PythonError.index("tuple index out of range")
    }
    let argument = call.positional[derivative.argnum]
    switch argument {
    case .list, .tuple, .dict:
      return try callContainerDerivative(derivative, call)
    default: break
    }
    // Inside another derivative (`grad(grad(f))`), this one's backward pass is recorded so the outer one can
    // differentiate it, and an input computed from the outer one's stays on its path (autograd boxes it twice).
    let outerLeaves = derivativeDepth > 0 ? derivativeLeaves : nil
    if derivativeDepth >= 3 {
      // Checked against autograd to the third derivative; beyond it the recorded passes grow large and their sums of
      // several contributions can round differently from autograd's order in the last printed digit.
      throw Self.limit(
        "derivatives nested more than three deep (such as grad(grad(grad(grad(f))))) are not supported in snippets: "
          + "beyond the third, docbuild's last digits can differ from autograd's")
    }
    var input = try Self.derivativeLeaf(argument)
    if outerLeaves != nil, case .tensor(let tensor) = argument, tensor.dtype == .float64,
      derivativeLeaves.contains(where: { tensor.dependsOn($0) })
    {
      input = try core { try tensor.tracedCopy() }
    }
    // Taken, not copied: the argument list is then the only holder of its array, which is written in place.
    var arguments = consume call
    arguments.positional[derivative.argnum] = .tensor(input)
    // Outside every derivative the list of leaves is empty: the outermost one fills it in place and empties it again,
    // keeping its storage (a gradient-descent loop made and freed an array for it at every step).
    let saved = (derivativeInput, outerLeaves == nil ? [] : derivativeLeaves)
    let savedNumpysOwn = tracesNumpysOwnFunctions
    tracesNumpysOwnFunctions = importedNumpyItself && derivative.isAutogradsOwn
    derivativeDepth += 1
    derivativeInput = input
    if let outerLeaves {
      // One new array, not an empty one joined to another by the generic `+`.
      derivativeLeaves = outerLeaves + [input]
    } else {
      // Emptied from the end: `removeAll(keepingCapacity: true)` took the generic `replaceSubrange`, which destroys
      // elements through the runtime's witness calls.
      while !derivativeLeaves.isEmpty { derivativeLeaves.removeLast() }
      derivativeLeaves.append(input)
    }
    defer {
      derivativeDepth -= 1
      tracesNumpysOwnFunctions = savedNumpysOwn
      if outerLeaves == nil {
        derivativeInput = saved.0
        while !derivativeLeaves.isEmpty { derivativeLeaves.removeLast() }
      } else {
        (derivativeInput, derivativeLeaves) = saved
      }
      if derivativeDepth == 0 { primitiveCalls = [] }
    }
    let output: Value
    do {
      // A Python float argument is bound as the float leaf; any other argument leaves the enclosing binding as it is,
      // without binding it again to the same value (each binding allocates, a gradient-descent loop's every step).
      let isFloat = if case .float = argument { true } else { false }
      output = try GradientTrace.$input.withValue(input) {
        guard isFloat else { return try callTraced(derivative.function, arguments) }
        return try AutogradTracing.$pythonFloatLeaf.withValue(input) { try callTraced(derivative.function, arguments) }
      }
    } catch let error as PythonError {
      throw error
    } catch {
      throw PythonError("SystemError", "\(error)")
    }
    let y: Tensor
    switch output {
    case .tensor(let tensor): y = tensor
    case .float, .int, .bool:
      // The function ignored its argument: autograd then warns, and its result's type depends on the constant's;
      // refused rather than printed differently.
      var error = PythonError(
        "NotImplementedError",
        "the function returned \(output.typeName) without using its argument; snippets differentiate only functions "
          + "of their argument")
      error.isLimit = true  // autograd answers (with a warning): never an expected output
      throw error
    default:
      throw Self.outputRefusal(output)
    }
    func gradient(upstream: Tensor?) throws(PythonError) -> Tensor {
      if y.dtype.isInteger || y.dtype == .bool {
        // autograd finds no vector space for an integer or bool NumPy scalar (a TypeError listing the types it
        // registered) and differentiates an integer array by its own rules: refused rather than answered with zeros.
        throw PythonError.limit(
          "differentiating a function that returns \(y.dtype.rawValue) values is not supported in snippets: autograd "
            + "raises TypeError: Can't find vector space for such a value, or answers from its vector space; return "
            + "a float")
      }
      guard y.dtype == .float64 else {
        // A float32 result computed from the argument would need autograd's float32 backward pass, which docbuild
        // does not run: refused rather than answered with zeros.
        if y.dependsOn(input) { throw PythonError.from(Tensor.gradientDetourRefusal(y.dtype)) }
        return try core { try Tensor.zerosLike(input) }
      }
      // The chapter's kept arrays are taken for this pass and handed back after it: a derivative run by a VJP inside
      // it (a primitive's snippet code) finds none and makes its own.
      var buffers = BackwardBuffers()
      swap(&buffers, &backwardBuffers)
      defer { swap(&buffers, &backwardBuffers) }
      let result = try core {
        try TensorCore.gradient(
          of: y, withRespectTo: input, upstream: upstream, recordingFor: outerLeaves, buffers: &buffers
        ) {
          primitive, inputs, answer, g, wanted in
          // Inside another derivative the VJP runs on the traced values, so the outer one differentiates it (as
          // autograd's inner VJP computes on the outer level's boxes).
          try self.primitiveVJP(
            primitive, inputs: inputs, upstream: g, wanted: wanted, tracedAnswer: outerLeaves != nil ? answer : nil)
        }
      }
      let value = result.value
      if case .float = argument, value.doubles.contains(where: { !$0.isFinite }) {
        // autograd runs a Python float's backward pass in Python float arithmetic, which raises ZeroDivisionError
        // (`0.0 ** -0.5`, `1.0 / 0.0`) where NumPy's gives inf or nan: refused rather than printed differently.
        var error = PythonError(
          "NotImplementedError",
          "this derivative is not finite at a Python float, where autograd may raise ZeroDivisionError instead of "
            + "returning inf or nan: pass np.float64(x) to get NumPy's inf or nan")
        error.isLimit = true
        throw error
      }
      guard value.shape.isEmpty else { return value }
      if value.doubles == [0], !y.dependsOn(input) {
        // No path from the argument to the result (a VJP that returned a constant, say): autograd returns its
        // vector space's zeros, a 0-d array, not the NumPy scalar a computed gradient is.
        return Tensor(shape: [], storage: .float64([0]), isScalar: false)
      }
      if outerLeaves != nil { return try core { try value.tracedReshape([], isScalar: result.isNumpyScalar) } }
      return Tensor(shape: [], storage: value.storage, isScalar: result.isNumpyScalar)
    }
    switch derivative.kind {
    case .grad, .valueAndGrad:
      guard y.size == 1 else {
        throw PythonError.type(
          "Grad only applies to real scalar-output functions. Try jacobian, elementwise_grad or holomorphic_grad.")
      }
      // autograd asks only for one element: a (1,) or (1, 1) output differentiates as a scalar does.
      let g = try gradient(upstream: nil)
      guard derivative.kind == .valueAndGrad else { return .tensor(g) }
      // autograd's value is what the function returned: the very argument when it returns it (`lambda x: x` of the
      // Python float 1.5 is 1.5, not np.float64(1.5)).
      let value = if case .tensor(let tensor) = output, tensor.isNode(of: input) { argument } else { output }
      return try .makeTuple([value, .tensor(g)])
    case .elementwiseGrad:
      return .tensor(try gradient(upstream: try core { try Tensor.onesLike(y) }))
    case .jacobian:
      // One backward pass per output element, stacked to shape y.shape + x.shape.
      var rows: [Double] = []
      let count = y.size
      if count * Swift.max(input.size, 1) > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      if outerLeaves != nil {
        // Inside another derivative (`hessian`): the rows stay recorded (AutogradHigherOrder.swift).
        return try Self.recordedJacobian(rows: count, shape: y.shape, inputShape: input.shape) {
          seed throws(PythonError) in
          try gradient(upstream: seed)
        }
      }
      for position in 0..<count {
        var seed = [Double](repeating: 0, count: count)
        seed[position] = 1
        let upstream = Tensor(shape: y.shape, storage: .float64(seed))
        rows += try gradient(upstream: upstream).doubles
      }
      return .tensor(Tensor(shape: y.shape + input.shape, storage: .float64(rows)))
    }
  }

  /// Calls the function a derivative differentiates. A snippet function of plain positional parameters, called with
  /// as many positional arguments, gets them straight in its frame (as `callCompiled` passes them), the frame reused
  /// from one call to the next; anything else goes through `callValue`, whose chain passes such a call to the same
  /// `callUser` (a module's function too, which `callValue` checks against autograd's refusals).
  private mutating func callTraced(_ function: Value, _ call: CallArguments) throws(PythonError) -> Value {
    guard case .userFunction(let closure) = function, closure.module == nil, call.keywords.isEmpty,
      closure.definition.takesOnlyPositional(call.positional.count)
    else { return try callValue(function, call) }
    var frame = takeFrame(for: closure)
    for slot in call.positional.indices { frame[slot] = call.positional[slot] }
    let result = try callUser(closure, frame: frame)
    recycle(&frame)
    return result
  }

  /// What autograd computes but snippets do not: a NotImplementedError no transcript may expect.
  /// The refusal of a derivative of a function returning neither an array nor a number: autograd answers from the
  /// value's vector space (a one-element tuple, list or dict differentiates to zeros; a longer one is "Grad only
  /// applies to real scalar-output functions"; None, a str or a range lists every type it registered).
  static func outputRefusal(_ output: Value) -> PythonError {
    limit(
      "differentiating a function that returns \(output.typeName) is not supported in snippets: autograd's answer "
        + "depends on the value's vector space; return a float or an array")
  }

  static func limit(_ message: String) -> PythonError {
    var error = PythonError("NotImplementedError", message)
    error.isLimit = true
    return error
  }

  /// A fresh leaf holding a differentiated argument's value, or autograd's error for a type it cannot differentiate.
  static func derivativeLeaf(_ argument: Value) throws(PythonError) -> Tensor {
    switch argument {
    case .float(let value):
      // A leaf made explicitly: the plain initializer gives no node while the chapter records no histories (one that
      // names only `value_and_grad`, say), and the derivative turns recording on only after this leaf is made.
      return Tensor(shape: [], storage: .float64([value]), isScalar: true).asDerivativeArgument
    case .tensor(let tensor) where tensor.dtype == .float64:
      // autograd boxes the very array it is given: a view keeps its memory (`v[::-1]`, `x.T`), which decides the
      // order of the sums its VJPs take.
      return tensor.asDerivativeArgument
    case .tensor(let tensor) where tensor.dtype.isNarrow:
      // autograd differentiates float32 in float32, and words its int errors by element type; docbuild tracks
      // neither, so it says so rather than print a different error or value.
      var error = PythonError(
        "NotImplementedError",
        "docbuild differentiates float64 values only, not \(tensor.dtype.rawValue); convert first with .astype(float)")
      error.isLimit = true
      throw error
    case .tensor(let tensor) where !tensor.isScalar || tensor.dtype.isComplex:
      // autograd boxes an array of any dtype (and a complex scalar) and fails, if at all, only where a result is an
      // integer scalar (`grad(f)(np.array([4, 5, 6]))` differentiates `np.log(x + 1e-9)`); docbuild does not follow it.
      var error = PythonError(
        "NotImplementedError",
        "docbuild differentiates float64 values only, not \(tensor.isScalar ? "a" : "an array of") "
          + "\(tensor.dtype.rawValue); convert first with .astype(float)")
      error.isLimit = true
      throw error
    case .tensor(let tensor):
      throw PythonError.type("Can't differentiate w.r.t. type <class 'numpy.\(tensor.dtype.rawValue)'>")
    case .object:
      // autograd differentiates an instance of a class registered with Box.register and VSpace.register (its rkhs.py
      // example), and otherwise names the class by its module (`<class '__main__.F'>`): refused either way.
      throw Self.limit(
        "differentiating with respect to an instance of a snippet's class is not supported in snippets (autograd "
          + "needs a Box and a VSpace registered for it): differentiate floats or float64 arrays")
    default:
      throw PythonError.type("Can't differentiate w.r.t. type <class '\(argument.typeName)'>")
    }
  }
}
