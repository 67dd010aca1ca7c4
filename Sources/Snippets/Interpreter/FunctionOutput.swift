import TensorCore

extension Interpreter {
  /// How a function's result meets the array given as its `out`.
  enum OutputFit {
    /// A reduction's (or `percentile`'s) result: exactly `out`'s shape and dtype.
    case sameShapeAndDType
    /// A ufunc's bool result: broadcast to `out`'s shape, cast to its dtype (`same_kind` from bool takes any).
    case broadcastBool
  }

  /// NumPy functions (not ufuncs) whose `out=` snippets write, with the position of `out` among their parameters.
  static let functionOutputs: [String: (position: Int, fit: OutputFit)] = [
    "numpy.any": (2, .sameShapeAndDType), "numpy.all": (2, .sameShapeAndDType),
    "numpy.percentile": (3, .sameShapeAndDType), "numpy.quantile": (3, .sameShapeAndDType),
    "numpy.nanpercentile": (3, .sameShapeAndDType), "numpy.nanquantile": (3, .sameShapeAndDType),
    "numpy.isposinf": (1, .broadcastBool), "numpy.isneginf": (1, .broadcastBool),
  ]

  /// True for `np.NAME(…, out=array)` with NAME one of `functionOutputs` (`out=None` is the call without it).
  static func writesFunctionOutput(_ name: String, _ call: CallArguments) -> Bool {
    guard let entry = functionOutputs[name] else { return false }
    if call.positional.count > entry.position { return !call.positional[entry.position].isNone }
    return call.keywords.last { $0.name == "out" }.map { !$0.value.isNone } ?? false
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
    guard case .tensor(let result) = try callFunction(name, forwarded) else {
      throw NumpyArrays.unsupported("\(shown)'s out= is not supported in snippets here")
    }
    let fits: Bool
    switch entry.fit {
    case .sameShapeAndDType:
      fits = result.shape == target.shape && result.dtype == target.dtype
    case .broadcastBool:
      fits = result.dtype == .bool && (try? Tensor.broadcastShapes([result.shape, target.shape])) == target.shape
    }
    guard fits else {
      throw NumpyArrays.unsupported(
        "\(shown)'s out= of another shape or dtype than its result (\(target.dtype.rawValue) "
          + "\(Self.compactShape(target.shape)), not \(result.dtype.rawValue) \(Self.compactShape(result.shape))) "
          + "is not supported in snippets")
    }
    return .tensor(try assignItem(target, .ellipsis, .tensor(result)))
  }
}
