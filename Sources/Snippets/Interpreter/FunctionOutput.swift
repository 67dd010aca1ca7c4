import TensorCore

extension Interpreter {
  /// How a function's result meets the array given as its `out`.
  enum OutputFit {
    /// A reduction's (or `percentile`'s) result: exactly `out`'s shape and dtype.
    case sameShapeAndDType
    /// A ufunc's bool result: broadcast to `out`'s shape, cast to its dtype (`same_kind` from bool takes any).
    case broadcastBool
    /// `np.sum`, `np.prod`, `np.max`, `np.min` (and `ufunc.reduce`) into an array: NumPy's reduction loop takes the
    /// dtype `out` and the input promote to (the dtype given, if any), and casts its result into `out` unsafely.
    case castReduction(ufunc: String)
  }

  /// NumPy functions (not ufuncs) whose `out=` snippets write, with the position of `out` among their parameters.
  static let functionOutputs: [String: (position: Int, fit: OutputFit)] = [
    "numpy.any": (2, .sameShapeAndDType), "numpy.all": (2, .sameShapeAndDType),
    "numpy.percentile": (3, .sameShapeAndDType), "numpy.quantile": (3, .sameShapeAndDType),
    "numpy.nanpercentile": (3, .sameShapeAndDType), "numpy.nanquantile": (3, .sameShapeAndDType),
    "numpy.isposinf": (1, .broadcastBool), "numpy.isneginf": (1, .broadcastBool),
    "numpy.sum": (3, .castReduction(ufunc: "add")), "numpy.prod": (3, .castReduction(ufunc: "multiply")),
    "numpy.max": (2, .castReduction(ufunc: "maximum")), "numpy.amax": (2, .castReduction(ufunc: "maximum")),
    "numpy.min": (2, .castReduction(ufunc: "minimum")), "numpy.amin": (2, .castReduction(ufunc: "minimum")),
    "numpy.mean": (3, .sameShapeAndDType),
  ]

  /// True for `np.NAME(…, out=array)` with NAME one of `functionOutputs` (`out=None` is the call without it).
  static func writesFunctionOutput(_ name: String, _ call: CallArguments) -> Bool {
    guard let entry = functionOutputs[name] else { return false }
    let out: Value?
    if call.positional.count > entry.position {
      out = call.positional[entry.position]
    } else {
      out = call.keywords.last { $0.name == "out" }?.value
    }
    guard let out, !out.isNone else { return false }
    switch entry.fit {
    case .sameShapeAndDType where name == "numpy.mean", .castReduction:
      // An `out` that is no array is the reduction's own TypeError, raised where it reads its arguments; `initial`
      // and `where` beside an out (or arguments after a positional one) are left to the reductions' own refusal.
      guard case .tensor(let target) = out, !target.isPythonScalar, !target.isScalar,
        !call.keywords.contains(where: { $0.name == "initial" || $0.name == "where" }),
        call.positional.count <= entry.position + 2
      else { return false }
      return true
    default: return true
    }
  }

  /// True for `a.sum(…, out=array)` and `a.prod`, `a.max`, `a.min`, `a.mean`: the methods whose `out` snippets write
  /// as the functions' (`functionCall(of:_:)`).
  static func reductionMethodWritesOutput(_ name: String, _ array: Tensor, _ call: CallArguments) -> Bool {
    // An out is the second positional argument at the earliest (`a.max(0, o)`) or the `out` keyword: a call with
    // neither (`a.mean(axis=0)` in a loop) is answered before the names are compared and joined.
    guard call.positional.count >= 2 || call.keywords.contains(where: { $0.name == "out" }) else { return false }
    return ["sum", "prod", "max", "min", "mean"].contains(name) && !array.isScalar
      && writesFunctionOutput("numpy." + name, functionCall(of: array, call))
  }

  /// The method call `array.name(…)` as the function call `np.name(array, …)`.
  static func functionCall(of array: Tensor, _ call: CallArguments) -> CallArguments {
    var function = call
    function.positional.insert(.tensor(array), at: 0)
    if !function.positionalTexts.isEmpty { function.positionalTexts.insert("", at: 0) }
    return function
  }

  /// A call's `out` taken off it: the positional argument at `position` when the call has exactly one more positional
  /// argument than that, else the last `out=` keyword (`.none` without one); and the call without it. An `out` given
  /// both ways is NumPy's TypeError, in `givenTwice`'s words (a ufunc's and a Python function's differ).
  static func takingOutput(
    _ call: CallArguments, at position: Int, givenTwice: String
  ) throws(PythonError) -> (given: Value, rest: CallArguments) {
    var rest = call
    guard call.positional.count == position + 1 else {
      rest.keywords.removeAll { $0.name == "out" }
      return (call.keywords.last { $0.name == "out" }?.value ?? .none, rest)
    }
    if call.keywords.contains(where: { $0.name == "out" }) { throw PythonError.type(givenTwice) }
    let given = rest.positional.removeLast()
    rest.positionalTexts = Array(rest.positionalTexts.prefix(rest.positional.count))
    return (given, rest)
  }

  /// `np.any(x, out=o)`, `np.percentile(a, 50, axis=0, out=out)`, `np.isposinf(x, y)`: the function computed as
  /// without `out`, then written into `out` as `out[...] = result` writes it (through views, seen by every alias),
  /// returning `out` itself. Only where NumPy's result is plainly that: an `out` of another shape or dtype than a
  /// reduction's result (where NumPy casts or raises in its own words) is refused by name.
  mutating func callFunctionWithOutput(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    guard let entry = Self.functionOutputs[name] else { return try callFunction(name, call) }
    let shown = "np." + name.dropFirst("numpy.".count)
    if call.positional.count > entry.position + 1 {
      throw NumpyArrays.unsupported("\(shown) with arguments after a positional out is not supported in snippets")
    }
    let (given, forwarded) = try Self.takingOutput(
      call, at: entry.position, givenTwice: "\(name.dropFirst("numpy.".count))() got multiple values for argument 'out'"
    )
    guard case .tensor(let target) = given, !target.isPythonScalar else {
      throw NumpyArrays.unsupported("\(shown)'s out= of a \(given.typeName) is not supported in snippets")
    }
    if !target.geometry.isWriteable {
      throw NumpyArrays.unsupported("\(shown)'s out= of a read-only array is not supported in snippets")
    }
    if derivativeInput != nil {
      throw PythonError.limit("out= inside a differentiated function is not part of the snippet language")
    }
    if case .castReduction(let ufunc) = entry.fit {
      return try writeReduction(ufunc, name, forwarded, into: target)
    }
    guard case .tensor(let result) = try callFunction(name, forwarded) else {
      throw NumpyArrays.unsupported("\(shown)'s out= is not supported in snippets here")
    }
    if name == "numpy.mean", result.ndim != target.ndim, try !Self.keepsDimensions(forwarded) {
      // np.mean's sum into `out` is np.add's reduction, which checks the out's dimensions first.
      throw PythonError.value(
        "output parameter for reduction operation add has the wrong number of dimensions: Found \(target.ndim) but "
          + "expected \(result.ndim)")
    }
    if name == "numpy.mean", target.dtype == .float16 {
      // NumPy divides the float32 sum, written into the float16 out, in float16.
      throw NumpyArrays.unsupported("np.mean's out= of float16 is not supported in snippets")
    }
    let fits: Bool
    switch entry.fit {
    case .sameShapeAndDType:
      fits = result.shape == target.shape && result.dtype == target.dtype
    case .broadcastBool:
      fits = result.dtype == .bool && (try? Tensor.broadcastShapes([result.shape, target.shape])) == target.shape
    case .castReduction: fits = false
    }
    guard fits else {
      throw NumpyArrays.unsupported(
        "\(shown)'s out= of another shape or dtype than its result (\(target.dtype.rawValue) "
          + "\(Self.compactShape(target.shape)), not \(result.dtype.rawValue) \(Self.compactShape(result.shape))) "
          + "is not supported in snippets")
    }
    return .tensor(try assignItem(target, .ellipsis, .tensor(result)))
  }

  /// True when np.mean's call (its `out` taken off) asks for `keepdims` (the fifth argument, or by name).
  private static func keepsDimensions(_ call: CallArguments) throws(PythonError) -> Bool {
    let given =
      call.keywords.last { $0.name == "keepdims" }?.value ?? (call.positional.count > 4 ? call.positional[4] : nil)
    return try given?.truthValue() ?? false
  }

  /// `np.sum(a, axis, dtype, out)` and its kin into the array `target`: reduced in the dtype `target` and `a` promote
  /// to (or the `dtype` given), then cast into `target` unsafely (a float sum into an int array truncates), which
  /// is returned. An `out` of another number of dimensions than the result is NumPy's ValueError; one of another
  /// shape, or a complex result into a real `out`, is refused.
  private mutating func writeReduction(
    _ ufunc: String, _ name: String, _ call: CallArguments, into target: Tensor
  ) throws(PythonError) -> Value {
    let shown = "np." + name.dropFirst("numpy.".count)
    var forwarded = call
    let takesDType = ufunc == "add" || ufunc == "multiply"
    var explicit: Value? = forwarded.keywords.last { $0.name == "dtype" }?.value
    if takesDType, forwarded.positional.count > 2 { explicit = forwarded.positional[2] }
    var givenDType: DType?
    if takesDType, let explicit, !explicit.isNone { givenDType = try explicit.toDType() }
    guard let input = try forwarded.positional.first?.toTensor() else {
      return try callFunction(name, forwarded)
    }
    let loop = givenDType ?? DType.promoted(target.dtype, input.dtype)
    if DType.promoted(loop, target.dtype) != target.dtype {
      // NumPy accumulates in `out` itself, each step's value cast into its dtype (maximum's first element too).
      throw NumpyArrays.unsupported(
        "\(shown)'s out= of \(target.dtype.rawValue) for \(input.dtype.rawValue) values is not supported in snippets: "
          + "NumPy accumulates in the out array, casting each step's value into it")
    }
    if takesDType, givenDType == nil, loop != input.dtype {
      if forwarded.positional.count > 2 {
        forwarded.positional[2] = .dtype(loop)
      } else {
        forwarded.keywords.removeAll { $0.name == "dtype" }
        forwarded.keywords.append((name: "dtype", value: .dtype(loop)))
      }
    }
    let computed: Value
    do {
      computed = try callFunction(name, forwarded)
    } catch let error where input.size == 0 && !error.isLimit {
      // NumPy checks the out's shape before an empty reduction's own error.
      throw NumpyArrays.unsupported("\(shown)'s out= of an empty array that raises is not supported in snippets")
    }
    guard case .tensor(var result) = computed else {
      throw NumpyArrays.unsupported("\(shown)'s out= is not supported in snippets here")
    }
    if result.ndim != target.ndim {
      let keepdims =
        forwarded.keywords.last { $0.name == "keepdims" }?.value
        ?? (forwarded.positional.count > (takesDType ? 4 : 3) ? forwarded.positional[takesDType ? 4 : 3] : nil)
      if let keepdims, try keepdims.truthValue() {
        throw NumpyArrays.unsupported("\(shown)'s out= of another number of dimensions is not supported in snippets")
      }
      throw PythonError.value(
        "output parameter for reduction operation \(ufunc) has the wrong number of dimensions: Found "
          + "\(target.ndim) but expected \(result.ndim)")
    }
    guard result.shape == target.shape else {
      throw NumpyArrays.unsupported(
        "\(shown)'s out= of shape \(Self.compactShape(target.shape)) for a result of shape "
          + "\(Self.compactShape(result.shape)) is not supported in snippets")
    }
    if result.dtype.isComplex && !target.dtype.isComplex {
      throw NumpyArrays.unsupported("\(shown)'s out= of real numbers for a complex result is not supported in snippets")
    }
    if result.dtype != target.dtype {
      let source = result
      result = try core { try source.astype(target.dtype) }
    }
    return .tensor(try assignItem(target, .ellipsis, .tensor(result)))
  }
}
