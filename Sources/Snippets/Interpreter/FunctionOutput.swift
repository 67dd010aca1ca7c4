import TensorCore

extension Interpreter {
  /// How a function's result meets the array given as its `out`.
  enum OutputFit {
    /// A reduction's (or `percentile`'s) result: exactly `out`'s shape and dtype.
    case sameShapeAndDType
    /// A ufunc's bool result: broadcast to `out`'s shape, cast to its dtype (`same_kind` from bool takes any).
    case broadcastBool
    /// `np.sum`, `np.prod`, `np.max`, `np.min` (and `ufunc.reduce`), `np.mean` into an array: NumPy's reduction loop
    /// takes the dtype `out` and the input promote to (the dtype given, if any), and casts its result into `out`
    /// unsafely.
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
    "numpy.mean": (3, .castReduction(ufunc: "add")),
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
    case .castReduction:
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
    if !target.isWriteable {
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

  /// `np.sum(a, axis, dtype, out)` and its kin into the array `target`: reduced in the dtype `target` and `a` promote
  /// to (or the `dtype` given), then cast into `target` unsafely (a float sum into an int array truncates), which
  /// is returned. Into a `target` whose dtype does not hold the loop's values, NumPy starts `target` from the
  /// reduction's identity (sums and products: one cast at the end) or from each output's first element cast into it
  /// (maximum, minimum: `extremeReduced`; a complex value's real part into a real `out`), and casts again at each of its 8192-element buffers: answered where one
  /// buffer holds the whole input or the cast wraps integers (which commutes with sums and products). `np.mean` is
  /// NumPy's sum into `target` divided in place by the count. An `out` of another number of dimensions than the
  /// result is NumPy's ValueError (checked before an empty maximum's own error); one of another shape is refused.
  private mutating func writeReduction(
    _ ufunc: String, _ name: String, _ call: CallArguments, into target: Tensor
  ) throws(PythonError) -> Value {
    let shown = "np." + name.dropFirst("numpy.".count)
    let isMean = name == "numpy.mean"
    var forwarded = call
    let takesDType = ufunc == "add" || ufunc == "multiply"
    var explicit: Value? = forwarded.keywords.last { $0.name == "dtype" }?.value
    if takesDType, forwarded.positional.count > 2 { explicit = forwarded.positional[2] }
    var givenDType: DType?
    if takesDType, let explicit, !explicit.isNone { givenDType = try explicit.toDType() }
    guard let input = try forwarded.positional.first?.toTensor() else {
      return try callFunction(name, forwarded)
    }
    let axisValue = forwarded.keywords.last { $0.name == "axis" }?.value ?? forwarded.positional.dropFirst().first
    let keepdimsValue =
      forwarded.keywords.last { $0.name == "keepdims" }?.value
      ?? (forwarded.positional.count > (takesDType ? 4 : 3) ? forwarded.positional[takesDType ? 4 : 3] : nil)
    let keepdims = try keepdimsValue?.truthValue() ?? false
    var meanCount = 0
    if isMean {
      // NumPy's mean sums integers and bools in float64 (`_mean`'s dtype='f8'), float16 in float32.
      let natural = givenDType ?? (input.dtype.isInteger || input.dtype == .bool ? .float64 : input.dtype)
      if target.dtype == .float16 || natural == .float16 {
        // NumPy divides the sum, written into the float16 out, in float16 (the float32 sum of halves rounded first).
        throw NumpyArrays.unsupported(
          "np.mean's out= of \(target.dtype.rawValue) for a \(natural.rawValue) mean is not supported in snippets")
      }
      if target.dtype == natural {
        // Its own dtype: the mean, written into `out`.
        guard case .tensor(let mean) = try callFunction(name, forwarded) else {
          throw NumpyArrays.unsupported("np.mean's out= is not supported in snippets here")
        }
        try Self.checkReductionOutput(target, mean.shape, ufunc: ufunc, keepdims: keepdims, shown: shown)
        return .tensor(try assignItem(target, .ellipsis, .tensor(mean)))
      }
      if target.dtype.isComplex {
        // NumPy divides the sum, written into the out, in the out's dtype: a complex one by its reciprocal.
        throw NumpyArrays.unsupported(
          "np.mean's out= of \(target.dtype.rawValue) for a \(natural.rawValue) mean is not supported in snippets")
      }
      // NumPy counts the items first (`_count_reduce_items`), naming a bad axis before the sum does.
      meanCount = try Self.reducedCount(input.shape, axisValue, lenient: false)
      if givenDType == nil, input.dtype.isInteger || input.dtype == .bool { givenDType = .float64 }
    }
    let loop = givenDType ?? DType.promoted(target.dtype, input.dtype)
    let isNarrow = DType.promoted(loop, target.dtype) != target.dtype
    var bufferedSum: (axis: Int?, keepdims: Bool)?
    if isNarrow {
      // Wrapping casts commute with integer sums and products, whatever NumPy's buffers; other casts do not. Rounding
      // into a float out is monotonic, so a real maximum or minimum is the same whatever the buffers.
      let wraps = takesDType && !isMean && loop.isInteger && target.dtype.isInteger
      let commutes = (ufunc == "maximum" || ufunc == "minimum") && target.dtype.isFloat && !loop.isComplex
      if input.size > Tensor.castBufferSize, !wraps, !commutes, ufunc == "add", target.dtype.isFloat,
        let axis = try Self.bufferedSumAxis(input, axisValue)
      {
        bufferedSum = (axis, keepdims)
      } else if input.size > Tensor.castBufferSize, !wraps, !commutes {
        throw NumpyArrays.unsupported(
          "\(shown)'s out= of \(target.dtype.rawValue) for a reduction in \(loop.rawValue) of more than "
            + "\(Tensor.castBufferSize) elements is not supported in snippets: NumPy casts into the out at each of its "
            + "\(Tensor.castBufferSize)-element buffers")
      }
    }
    // With an out, NumPy's sums and products of small integers and bools run in the loop dtype, not widened to int64.
    let widened: DType =
      input.dtype == .bool ? .int64 : input.dtype.isInteger ? (input.dtype.isUnsigned ? .uint64 : .int64) : input.dtype
    if takesDType, givenDType == nil || isMean, loop != input.dtype || (isNarrow && loop != widened) {
      if forwarded.positional.count > 2 {
        forwarded.positional[2] = .dtype(loop)
      } else {
        forwarded.keywords.removeAll { $0.name == "dtype" }
        forwarded.keywords.append((name: "dtype", value: .dtype(loop)))
      }
    }
    func checkDimensions(of resultShape: [Int]) throws(PythonError) {
      try Self.checkReductionOutput(target, resultShape, ufunc: ufunc, keepdims: keepdims, shown: shown)
    }
    let computed: Value
    do {
      computed = try callFunction(isMean ? "numpy.sum" : name, forwarded)
    } catch let error where input.size == 0 && !error.isLimit {
      // NumPy checks the out's dimensions before an empty reduction's own error.
      guard let reducedShape = try? Self.reducedShape(input.shape, axisValue, keepdims: keepdims) else { throw error }
      try checkDimensions(of: reducedShape)
      throw error
    }
    guard case .tensor(var result) = computed else {
      throw NumpyArrays.unsupported("\(shown)'s out= is not supported in snippets here")
    }
    try checkDimensions(of: result.shape)
    if let bufferedSum {
      // The sum NumPy's buffers round into the out (`Tensor.bufferedNarrowSum`).
      guard
        let summed = try core({
          try input.bufferedNarrowSum(
            axis: bufferedSum.axis, keepdims: bufferedSum.keepdims, loop: loop, into: target.dtype)
        })
      else {
        throw NumpyArrays.unsupported("\(shown)'s out= of \(target.dtype.rawValue) is not supported in snippets here")
      }
      result = summed
    }
    if isNarrow, ufunc == "maximum" || ufunc == "minimum" {
      let axes = try axisValue.map { (value) throws(PythonError) in try value.toAxes() } ?? .all
      result = try core {
        try input.extremeReduced(
          isMaximum: ufunc == "maximum", axis: axes, keepdims: keepdims, loop: loop, into: target.dtype)
      }
    }
    if result.dtype != target.dtype {
      let source = result
      result = try core { try source.astype(target.dtype) }
    }
    if isMean {
      // `true_divide(out, count, out=out, casting='unsafe')`: the count a Python int beside the out's dtype.
      guard case .tensor(let quotient) = try Operators.binary(.divide, .tensor(result), .int(meanCount)) else {
        throw NumpyArrays.unsupported("np.mean's out= is not supported in snippets here")
      }
      result = try core { try quotient.astype(target.dtype) }
    }
    return .tensor(try assignItem(target, .ellipsis, .tensor(result)))
  }

  /// The axis of a sum into a narrower out that `Tensor.bufferedNarrowSum` follows NumPy's buffers for (nil: every
  /// axis), or nil (as the outer optional) for another: a C-contiguous operand of known layout summed whole, or a
  /// 2-d one along its last axis.
  private static func bufferedSumAxis(_ input: Tensor, _ axisValue: Value?) throws(PythonError) -> Int?? {
    guard input.isCContiguous, !input.hasUnknownLayout, !input.dtype.isComplex else { return nil }
    let axes = try reducedAxes(input.shape, axisValue)
    if axes.count == input.ndim { return .some(nil) }
    guard input.ndim == 2, axes == [1] else { return nil }
    return .some(1)
  }

  /// NumPy's check of a reduction's `out` against the result's shape: another number of dimensions is its ValueError
  /// (worded for keepdims), another shape of as many dimensions refused.
  private static func checkReductionOutput(
    _ target: Tensor, _ resultShape: [Int], ufunc: String, keepdims: Bool, shown: String
  ) throws(PythonError) {
    if resultShape.count != target.ndim {
      throw PythonError.value(
        "output parameter for reduction operation \(ufunc) has the wrong number of dimensions: Found "
          + "\(target.ndim) but expected \(resultShape.count)"
          + (keepdims ? " (must match the operand's when keepdims=True)" : ""))
    }
    guard resultShape == target.shape else {
      throw NumpyArrays.unsupported(
        "\(shown)'s out= of shape \(compactShape(target.shape)) for a result of shape "
          + "\(compactShape(resultShape)) is not supported in snippets")
    }
  }

  /// The shape a reduction over `axis` (None for every axis) leaves of `shape`.
  private static func reducedShape(_ shape: [Int], _ axis: Value?, keepdims: Bool) throws(PythonError) -> [Int] {
    let axes = try reducedAxes(shape, axis)
    if keepdims { return shape.enumerated().map { axes.contains($0.offset) ? 1 : $0.element } }
    return shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
  }

  /// How many elements of `shape` each output of a reduction over `axis` takes (NumPy's `_count_reduce_items`).
  private static func reducedCount(_ shape: [Int], _ axis: Value?, lenient: Bool) throws(PythonError) -> Int {
    try reducedAxes(shape, axis, lenient: lenient).reduce(1) { $0 * shape[$1] }
  }

  /// The axes a reduction over `axis` (None for every axis) takes of an array of `shape`, normalised.
  private static func reducedAxes(_ shape: [Int], _ axis: Value?, lenient: Bool = true) throws(PythonError) -> [Int] {
    let axes = try axis.map { (value) throws(PythonError) in try value.toAxes() } ?? .all
    return try core { try axes.resolved(ndim: shape.count, lenient: lenient) }
  }
}
