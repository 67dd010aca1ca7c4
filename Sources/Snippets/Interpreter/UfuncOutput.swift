import TensorCore

extension Interpreter {
  /// True for `np.NAME(…, out=…)` with NAME a NumPy ufunc: the call `callUfuncWithOutput` answers.
  static func writesUfuncOutput(_ name: String, _ call: CallArguments) -> Bool {
    guard name.hasPrefix("numpy.") else { return false }
    let ufunc = String(name.dropFirst("numpy.".count))
    guard PythonNames.ufuncs.contains(ufunc) else { return false }
    let outputs = call.positional.count - inputCount(ufunc)
    return call.keywords.contains { $0.name == "out" } || outputs == 1
      || (outputs == 2 && severalOutputs.contains(ufunc))
  }

  /// The ufuncs with more than one output, whose `out=` is a tuple of arrays (not in the language).
  private static let severalOutputs: Set<String> = ["divmod", "modf", "frexp"]

  /// How many operands the ufunc takes before its positional `out`.
  private static func inputCount(_ ufunc: String) -> Int { PythonNames.unaryUfuncs.contains(ufunc) ? 1 : 2 }

  /// `np.multiply(x, 10, out=y)`: the ufunc computed as without `out` (NumPy resolves its loop from the inputs
  /// alone), then written into `out` as `out[...] = result` writes it — through views, seen by every alias — after
  /// NumPy's checks: `same_kind` casting of the result, and the inputs broadcasting to exactly `out`'s shape. Returns
  /// `out` itself, so `np.add(x, 1, out=y) is y`.
  mutating func callUfuncWithOutput(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let ufunc = String(name.dropFirst("numpy.".count))
    if Self.severalOutputs.contains(ufunc) { return try callTwoOutputUfunc(name, ufunc, call) }
    // `np.add(x, 1, y)`: the argument after the operands is `out`.
    let (given, forwarded) = try Self.takingOutput(
      call, at: Self.inputCount(ufunc), givenTwice: "cannot specify 'out' as both a positional and keyword argument")
    var output = given
    if case .tuple(let items) = given {
      guard items.count == 1 else { throw Self.outputTupleLength }
      output = items[0]
    }
    if output.isNone { return try callFunction(name, forwarded) }
    guard case .tensor(let target) = output, !target.isPythonScalar, !target.isScalar else {
      throw PythonError.type("return arrays must be of ArrayType")
    }
    if call.keywords.contains(where: { $0.name == "where" }) {
      throw PythonError.limit("np.\(ufunc)(…, out=…) is not part of the snippet language here (NumPy has it)")
    }
    try target.requireWriteable("output array is read-only")
    if ufunc == "negative", case .tensor(let input)? = forwarded.positional.first {
      try Self.refuseStridedNegativeInPlace(input, into: target)
    }
    if derivativeInput != nil {
      throw PythonError.limit("out= inside a differentiated function is not part of the snippet language")
    }
    if Self.generalizedUfuncs.contains(ufunc) {
      // A gufunc's output must match its loop and core dimensions, not broadcast with its inputs'.
      guard case .tensor(let result) = try callFunction(name, forwarded), result.shape == target.shape else {
        throw PythonError.limit(
          "np.\(ufunc)(…, out=…) with an out of another shape than the result is not supported in snippets")
      }
      return try writeUfuncResult(result, into: target, ufunc)
    }
    let inputShapes = forwarded.positional.compactMap { try? $0.toTensor().shape }
    if inputShapes.count == forwarded.positional.count,
      (try? Tensor.broadcastShapes(inputShapes + [target.shape])) == nil
    {
      throw PythonError.value(
        "operands could not be broadcast together with shapes "
          + (inputShapes + [target.shape]).map(Self.compactShape).joined(separator: " ") + " ")
    }
    guard case .tensor(let result) = try callFunction(name, forwarded) else {
      throw PythonError.limit("np.\(ufunc)(…, out=…) is not part of the snippet language here (NumPy has it)")
    }
    let resultShape = (try? Tensor.broadcastShapes([result.shape, target.shape])) ?? result.shape
    guard resultShape == target.shape else {
      throw PythonError.value(
        "non-broadcastable output operand with shape \(Self.compactShape(target.shape)) doesn't match the "
          + "broadcast shape \(Self.compactShape(resultShape))")
    }
    return try writeUfuncResult(result, into: target, ufunc)
  }

  /// Refuses `np.negative(v, out=v)` of a non-contiguous view of two or more axes holding 4- or 8-byte numbers:
  /// NumPy 2.4.6's in-place negative loop writes wrong elements there (`b[:, :, 1]` of a (2, 3, 4) float32 array
  /// negated into itself gets `[[-1, -2, -3], [-4, 2, -6]]` for `[[1, 5, 9], [13, 17, 21]]`; no other unary ufunc
  /// does, checked over 20 ufuncs, 12 dtypes and 11 views), output docbuild does not imitate.
  private static func refuseStridedNegativeInPlace(_ input: Tensor, into target: Tensor) throws(PythonError) {
    guard input.ndim >= 2, input.size > 0, !input.isScalar, [4, 8].contains(input.dtype.itemsize),
      !input.dtype.isComplex, input.sharesLineage(with: target), !input.isCContiguous, !input.isFContiguous
    else { return }
    throw PythonError.limit(
      "np.negative writing into the non-contiguous view it negates (out= sharing its memory) is not supported in "
        + "snippets: NumPy 2.4's in-place loop writes wrong elements for such views of 4- and 8-byte numbers, "
        + "which docbuild does not imitate; write v[...] = -v instead")
  }

  /// The ufuncs with core dimensions (NumPy's generalized ufuncs), whose `out` is checked against the result.
  private static let generalizedUfuncs: Set<String> = ["matmul", "vecdot", "matvec", "vecmat"]

  /// `out[...] = result` after NumPy's `same_kind` check of the result's dtype; returns `out`.
  private mutating func writeUfuncResult(
    _ result: Tensor, into target: Tensor, _ ufunc: String
  ) throws(PythonError) -> Value {
    guard DType.canCast(result.dtype, to: target.dtype, casting: "same_kind") else {
      throw PythonError.ufuncOutputCast(
        PythonNames.ufuncCanonicalNames[ufunc] ?? ufunc, from: result.dtype, to: target.dtype)
    }
    return .tensor(try assignItem(target, .ellipsis, .tensor(result)))
  }

  /// NumPy's error for an `out` tuple without one entry per output.
  private static let outputTupleLength = PythonError.value(
    "The 'out' tuple must have exactly one entry per ufunc output")

  /// `np.frexp(x, None, None)`, `np.divmod(a, b, out=(None, None))`: a ufunc of two outputs given its outputs by
  /// position or as the `out=` tuple, checked in NumPy's order (the count of positional arguments, `out` given twice,
  /// the keyword's form, each entry's type). None for every output is the call without them; an output array is
  /// refused, since writing a tuple of arrays is not in the language.
  private mutating func callTwoOutputUfunc(
    _ name: String, _ ufunc: String, _ call: CallArguments
  ) throws(PythonError) -> Value {
    let inputs = Self.inputCount(ufunc)
    if call.positional.count > inputs + 2 {
      throw PythonError.type(
        "\(PythonNames.ufuncCanonicalNames[ufunc] ?? ufunc)() takes from \(inputs) to \(inputs + 2) positional "
          + "arguments but \(call.positional.count) were given")
    }
    let positionalOutputs = Array(call.positional.dropFirst(inputs))
    let keyword = call.keywords.last { $0.name == "out" }?.value
    let outputs: [Value]
    if let keyword {
      if !positionalOutputs.isEmpty {
        throw PythonError.type("cannot specify 'out' as both a positional and keyword argument")
      }
      guard case .tuple(let items) = keyword else { throw PythonError.type("'out' must be a tuple of arrays") }
      guard items.count == 2 else { throw Self.outputTupleLength }
      outputs = Array(items)
    } else {
      outputs = positionalOutputs
    }
    for output in outputs where !output.isNone {
      guard case .tensor(let target) = output, !target.isPythonScalar, !target.isScalar else {
        throw PythonError.type("return arrays must be of ArrayType")
      }
    }
    if outputs.contains(where: { !$0.isNone }) {
      throw PythonError.limit("np.\(ufunc)'s out= is not part of the snippet language (NumPy has it)")
    }
    var forwarded = call
    forwarded.positional = Array(call.positional.prefix(inputs))
    forwarded.positionalTexts = Array(call.positionalTexts.prefix(inputs))
    forwarded.keywords.removeAll { $0.name == "out" }
    return try callFunction(name, forwarded)
  }
}
