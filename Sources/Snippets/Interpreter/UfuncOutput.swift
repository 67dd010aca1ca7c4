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
    if let signature = Self.generalizedUfuncs[ufunc] {
      // NumPy resolves the loop from the inputs' dtypes and checks the output's cast before any shape.
      let inputs = forwarded.positional.prefix(2).compactMap { try? $0.toTensor() }
      if inputs.count == 2 {
        let computed = DType.promoted(inputs[0].dtype, inputs[1].dtype)
        guard DType.canCast(computed, to: target.dtype, casting: "same_kind") else {
          throw PythonError.ufuncOutputCast(ufunc, from: computed, to: target.dtype)
        }
      }
      guard case .tensor(let result) = try callFunction(name, forwarded) else {
        throw PythonError.limit("np.\(ufunc)(…, out=…) is not part of the snippet language here (NumPy has it)")
      }
      try Self.checkGeneralizedOutput(ufunc, signature, result, target, forwarded)
      return try writeUfuncResult(result, into: target, ufunc)
    }
    let inputShapes = forwarded.positional.compactMap { try? $0.toTensor().shape }
    if inputShapes.count == forwarded.positional.count,
      (try? Tensor.broadcastShapes(inputShapes + [target.shape])) == nil
    {
      // NumPy resolves the loop, and checks the output's cast, before it broadcasts the operands.
      if let computed = probedResultDTypes(name, forwarded).first,
        !DType.canCast(computed, to: target.dtype, casting: "same_kind")
      {
        throw PythonError.ufuncOutputCast(
          PythonNames.ufuncCanonicalNames[ufunc] ?? ufunc, from: computed, to: target.dtype)
      }
      throw PythonError.value(
        "operands could not be broadcast together with shapes "
          + (inputShapes + [target.shape]).map(Self.compactShape).joined(separator: " ") + " ")
    }
    guard case .tensor(let result) = try callFunction(name, forwarded) else {
      throw PythonError.limit("np.\(ufunc)(…, out=…) is not part of the snippet language here (NumPy has it)")
    }
    guard DType.canCast(result.dtype, to: target.dtype, casting: "same_kind") else {
      throw PythonError.ufuncOutputCast(
        PythonNames.ufuncCanonicalNames[ufunc] ?? ufunc, from: result.dtype, to: target.dtype)
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

  /// The ufuncs with core dimensions (NumPy's generalized ufuncs), whose `out` is checked against the result, with
  /// their signatures as NumPy's errors print them.
  private static let generalizedUfuncs: [String: String] = [
    "matmul": "(n?,k),(k,m?)->(n?,m?)", "vecdot": "(n),(n)->()", "matvec": "(m,n),(n)->(m)",
    "vecmat": "(n),(n,m)->(m)",
  ]

  /// NumPy's checks of a gufunc's `out` against the result it computed (its inputs already checked): the result's
  /// dtype cast `same_kind`, then the output's core dimensions (the last ones, as many as the result has: matmul's
  /// n and m unless an operand is 1-d) equal to the result's, then its loop dimensions at least the inputs' broadcast
  /// ones, which the result is written across (`np.matmul(m, v, out=np.zeros((3, 2)))` repeats m @ v in each row).
  /// An output with fewer dimensions than the core, or whose loop dimensions the inputs' do not broadcast to, is
  /// refused (NumPy's errors there describe its iterator's remapped axes).
  private static func checkGeneralizedOutput(
    _ ufunc: String, _ signature: String, _ result: Tensor, _ target: Tensor, _ call: CallArguments
  ) throws(PythonError) {
    guard DType.canCast(result.dtype, to: target.dtype, casting: "same_kind") else {
      throw PythonError.ufuncOutputCast(ufunc, from: result.dtype, to: target.dtype)
    }
    if result.shape == target.shape { return }
    let inputDimensions = call.positional.prefix(2).compactMap { try? $0.toTensor().ndim }
    let coreCount: Int
    switch ufunc {
    case "matmul":
      guard inputDimensions.count == 2 else { coreCount = result.ndim; break }
      coreCount = inputDimensions.filter { $0 >= 2 }.count
    case "vecdot": coreCount = 0
    default: coreCount = 1
    }
    guard target.ndim >= coreCount, result.ndim >= coreCount else {
      // An out of fewer dimensions is matched against the last core ones (m before n).
      let core = result.shape.suffix(Swift.min(target.ndim, result.ndim))
      for (index, (given, computed)) in zip(target.shape, core).enumerated() where given != computed {
        throw PythonError.value(
          "\(ufunc): Output operand 0 has a mismatch in its core dimension \(index), with gufunc signature "
            + "\(signature) (size \(given) is different from \(computed))")
      }
      throw PythonError.limit(
        "np.\(ufunc)(…, out=…) with an out of fewer dimensions than the result's core is not supported in snippets")
    }
    for index in 0..<coreCount {
      let given = target.shape[target.ndim - coreCount + index]
      let computed = result.shape[result.ndim - coreCount + index]
      if given != computed {
        throw PythonError.value(
          "\(ufunc): Output operand 0 has a mismatch in its core dimension \(index), with gufunc signature "
            + "\(signature) (size \(given) is different from \(computed))")
      }
    }
    guard (try? Tensor.broadcastShapes([result.shape, target.shape])) == target.shape else {
      throw PythonError.limit(
        "np.\(ufunc)(…, out=…) with an out whose loop dimensions the inputs' do not broadcast to is not supported in "
          + "snippets")
    }
  }

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
    var targets: [Tensor?] = []
    for output in outputs {
      if output.isNone {
        targets.append(nil)
        continue
      }
      guard case .tensor(let target) = output, !target.isPythonScalar, !target.isScalar else {
        throw PythonError.type("return arrays must be of ArrayType")
      }
      targets.append(target)
    }
    var forwarded = call
    forwarded.positional = Array(call.positional.prefix(inputs))
    forwarded.positionalTexts = Array(call.positionalTexts.prefix(inputs))
    forwarded.keywords.removeAll { $0.name == "out" }
    guard targets.contains(where: { $0 != nil }) else { return try callFunction(name, forwarded) }
    return try writeTwoOutputs(name, ufunc, forwarded, into: targets)
  }

  /// `np.divmod(a, b, out=(q, r))`, `np.modf(x, out=(f, None))`, `np.frexp(x, None, e)`: each output array checked
  /// as NumPy checks it — first every output's `same_kind` cast (its error names the operand by its place after the
  /// inputs), then the operands broadcast together, outputs included, to exactly each output's shape — then written
  /// as `out[...] = result` writes. Returns the tuple NumPy returns: each given array itself, a new one for None.
  private mutating func writeTwoOutputs(
    _ name: String, _ ufunc: String, _ call: CallArguments, into targets: [Tensor?]
  ) throws(PythonError) -> Value {
    let canonical = PythonNames.ufuncCanonicalNames[ufunc] ?? ufunc
    let inputs = Self.inputCount(ufunc)
    if derivativeInput != nil {
      throw PythonError.limit("out= inside a differentiated function is not part of the snippet language")
    }
    for target in targets.compactMap({ $0 }) { try target.requireWriteable("output array is read-only") }
    let inputShapes = call.positional.compactMap { try? $0.toTensor().shape }
    let outputShapes = targets.compactMap { $0?.shape }
    if inputShapes.count == call.positional.count,
      (try? Tensor.broadcastShapes(inputShapes + outputShapes)) == nil
    {
      let computed = probedResultDTypes(name, call)
      for (index, target) in targets.enumerated() {
        guard let target, index < computed.count else { continue }
        if !DType.canCast(computed[index], to: target.dtype, casting: "same_kind") {
          throw Self.twoOutputCast(canonical, index + inputs, computed[index], target.dtype)
        }
      }
      throw PythonError.value(
        "operands could not be broadcast together with shapes "
          + (inputShapes + outputShapes).map(Self.compactShape).joined(separator: " ") + " ")
    }
    guard case .tuple(let items) = try callFunction(name, call), items.count == 2,
      case .tensor(let first) = items[0], case .tensor(let second) = items[1]
    else {
      throw PythonError.limit("np.\(ufunc)'s out= is not part of the snippet language here (NumPy has it)")
    }
    let results = [first, second]
    for (index, target) in targets.enumerated() {
      guard let target else { continue }
      if !DType.canCast(results[index].dtype, to: target.dtype, casting: "same_kind") {
        throw Self.twoOutputCast(canonical, index + inputs, results[index].dtype, target.dtype)
      }
    }
    // The loop runs over the shape of every operand broadcast together: each output array must be exactly that
    // shape, and an output given as None is made in it.
    let loopShape = (try? Tensor.broadcastShapes(inputShapes + outputShapes)) ?? first.shape
    for target in targets.compactMap({ $0 }) where target.shape != loopShape {
      throw PythonError.value(
        "non-broadcastable output operand with shape \(Self.compactShape(target.shape)) doesn't match the broadcast "
          + "shape \(Self.compactShape(loopShape))")
    }
    var returned: [Value] = []
    for (index, target) in targets.enumerated() {
      if let target {
        returned.append(.tensor(try assignItem(target, .ellipsis, .tensor(results[index]))))
      } else if results[index].shape == loopShape {
        returned.append(.tensor(results[index]))
      } else {
        let result = results[index]
        returned.append(.tensor(try core { try result.broadcast(to: loopShape).copy() }))
      }
    }
    return .tuple(ValueList(returned))
  }

  /// NumPy's error for an output of a ufunc with several outputs that its result cannot be cast to: the output named
  /// by its operand number (inputs first).
  private static func twoOutputCast(_ ufunc: String, _ operand: Int, _ from: DType, _ to: DType) -> PythonError {
    PythonError(
      "UFuncTypeError",
      "Cannot cast ufunc '\(ufunc)' output \(operand) from dtype('\(from.rawValue)') to dtype('\(to.rawValue)') with "
        + "casting rule 'same_kind'")
  }

  /// The dtypes of the ufunc's results for the inputs' dtypes, found by calling it on 0-d zeros of those dtypes (a
  /// Python number as it is, since its kind alone decides); empty when that call fails.
  private mutating func probedResultDTypes(_ name: String, _ call: CallArguments) -> [DType] {
    var probe = call
    for (index, value) in call.positional.enumerated() {
      switch value {
      case .int, .float, .bool, .complex: continue
      default:
        guard let tensor = try? value.toTensor(), let zero = try? Tensor.zeros([], dtype: tensor.dtype) else {
          return []
        }
        var probed = zero
        probed.isScalar = tensor.isScalar
        probe.positional[index] = .tensor(probed)
      }
    }
    switch try? callFunction(name, probe) {
    case .tensor(let result)?: return [result.dtype]
    case .tuple(let items)?:
      return items.compactMap { if case .tensor(let result) = $0 { result.dtype } else { nil } }
    default: return []
    }
  }
}
