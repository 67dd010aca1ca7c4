import TensorCore

extension Interpreter {
  /// `np.nansum`, `np.nanprod`, `np.nanmax`, `np.nanmin` given `initial=` or `where=`, and `np.nanmean` given
  /// `where=`, as NumPy's `_nanfunctions_impl` composes them: the NaNs replaced, then `np.sum`/`np.prod` with the same
  /// keywords; an array's `np.fmax.reduce`/`np.fmin.reduce` (anything else's `np.amax`/`np.amin` of the replaced
  /// values, NaN where every element it looked at was NaN); the masked sum over the masked count. Nil for another
  /// call.
  mutating func callNanReductionWithKeywords(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    let hasWhere = call.keywords.contains { $0.name == "where" }
    let function = String(name.dropFirst("numpy.".count))
    switch name {
    case "numpy.nansum", "numpy.nanprod":
      guard Self.startsReduction("numpy.sum", call) else { return nil }
      try ComplexGuard.check(function, call)
      let bound = try call.bind(["a", "axis", "dtype", "out", "keepdims", "initial", "where"], required: 1)
      try NumpyEveryday.refuseOut(bound, function)
      let replaced = try core { try bound.value("a").toTensor().replacingNaN(name == "numpy.nansum" ? 0 : 1) }
      return try callStartedReduction(
        name == "numpy.nansum" ? "numpy.sum" : "numpy.prod", Self.replacingArray(call, with: replaced),
        shownAs: "np." + function)
    case "numpy.nanmax", "numpy.nanmin":
      guard Self.startsReduction("numpy.max", call) else { return nil }
      try ComplexGuard.check(function, call)
      let parameters = ["a", "axis", "out", "keepdims", "initial", "where"]
      let bound = try call.bind(parameters, required: 1)
      try NumpyEveryday.refuseOut(bound, function)
      let isMax = name == "numpy.nanmax"
      let given = bound.value("a")
      if case .tensor(let array) = given, !array.isScalar {
        // NumPy's fast path for an ndarray: the ufunc's reduce with the keywords given, over every axis by default.
        var keywords: [(name: String, value: Value)] = [("axis", bound.values["axis"] ?? .none)]
        for keyword in parameters.dropFirst(3) {
          if let value = bound.values[keyword] { keywords.append((keyword, value)) }
        }
        let reduce = CallArguments(
          function: "reduce", positional: [.tensor(array)], keywords: keywords, positionalTexts: [""])
        return try callStartedReduction(
          isMax ? "numpy.fmax.reduce" : "numpy.fmin.reduce", reduce, shownAs: "np." + function)
      }
      // A NumPy scalar or Python number: np.amax/np.amin of it with NaN replaced by -inf/+inf, then NaN where every
      // element the mask let through was NaN (none let through counts as all NaN).
      let a = try given.toTensor()
      guard a.ndim == 0 else {
        throw NumpyArrays.unsupported(
          "np.\(function) of a \(given.typeName) with initial= or where= is not supported in snippets; pass an array")
      }
      let replaced = try core { try a.replacingNaN(isMax ? -.infinity : .infinity) }
      let result = try callStartedReduction(
        isMax ? "numpy.amax" : "numpy.amin", Self.replacingArray(call, with: replaced), shownAs: "np." + function)
      guard a.dtype.isInexact, case .tensor(var extreme) = result else { return result }
      var isTaken = true
      if let flag = bound["where"] {
        isTaken = try core { try flag.toTensor().astype(.bool) }.doubles.allSatisfy { $0 != 0 }
      }
      if !isTaken || a.doubles[0].isNaN {
        extreme = try core { try Tensor.full(extreme.shape, Tensor(Double.nan), dtype: extreme.dtype) }
        extreme.isScalar = extreme.ndim == 0
      }
      return .tensor(extreme)
    case "numpy.nanmean":
      guard hasWhere else { return nil }
      try ComplexGuard.check(function, call)
      let bound = try call.bind(["a", "axis", "dtype", "out", "keepdims", "where"], required: 1)
      try NumpyEveryday.refuseOut(bound, function)
      let a = try bound.value("a").toTensor()
      // Without NaNs to replace (an integer or bool array) NumPy's nanmean is np.mean with the same keywords.
      if !a.dtype.isInexact { return try callMaskedStatistic("numpy.mean", Self.replacingArray(call, with: a)) }
      if let dtype = try NumpyEverydayMath.nanFunctionDType(bound, of: a) {
        throw NumpyArrays.unsupported(
          "np.nanmean(..., dtype=\(dtype.rawValue), where=…) is not supported in snippets")
      }
      var counting = call
      counting.keywords.removeAll { $0.name == "dtype" }
      let notNaN = try core { try a.equal(a) }
      guard
        case .tensor(let count) = try callStartedReduction("numpy.sum", Self.replacingArray(counting, with: notNaN)),
        case .tensor(let total) = try callStartedReduction(
          "numpy.sum", Self.replacingArray(counting, with: try core { try a.replacingNaN(0) }),
          shownAs: "np.nanmean")
      else { throw PythonError.limit("np.nanmean(where=…) gave no array") }
      // NumPy divides the total by the count in float64 (the int count promotes float32) and casts the quotient
      // into the total's dtype (`_divide_by_count`, `casting='unsafe'`).
      var mean = try core { try total.astype(.float64).dividing(count.astype(.float64)).astype(total.dtype) }
      mean.isScalar = total.isScalar
      return .tensor(mean)
    case "numpy.nanvar", "numpy.nanstd":
      guard hasWhere else { return nil }
      let bound = try call.bind(["a", "axis", "dtype", "out", "ddof", "keepdims", "where"], required: 1)
      try NumpyEveryday.refuseOut(bound, function)
      let a = try bound.value("a").toTensor()
      if !a.dtype.isInexact {
        return try callMaskedStatistic(
          name == "numpy.nanvar" ? "numpy.var" : "numpy.std", Self.replacingArray(call, with: a))
      }
      if let dtype = try NumpyEverydayMath.nanFunctionDType(bound, of: a) {
        throw NumpyArrays.unsupported(
          "np.\(function)(..., dtype=\(dtype.rawValue), where=…) is not supported in snippets")
      }
      guard !a.dtype.isComplex else {
        throw NumpyArrays.unsupported(
          "np.\(function)(..., where=…) of \(a.dtype.rawValue) values is not supported in snippets")
      }
      let variance = try maskedNanVariance(a, bound, function: function)
      guard name == "numpy.nanstd" else { return .tensor(variance) }
      var deviation = try core { try variance.sqrt() }
      deviation.isScalar = variance.isScalar
      return .tensor(deviation)
    default:
      return nil
    }
  }

  /// `np.nanvar(a, …, where=mask)` of a float array in NumPy's steps: the count and sum of the non-NaN elements the
  /// mask lets through (kept dims), their quotient in the array's dtype as the mean, the deviations (zero at NaNs)
  /// squared and summed under the mask, over `count - ddof` (NaN where that is not positive), each quotient taken in
  /// float64 and cast back as NumPy's `_divide_by_count` does.
  private mutating func maskedNanVariance(_ a: Tensor, _ bound: BoundArguments, function: String)
    throws(PythonError) -> Tensor
  {
    let keepdims = try bound.flag("keepdims")
    func maskedSum(_ values: Tensor, keepingDims: Bool) throws(PythonError) -> Tensor {
      let keywords: [(name: String, value: Value)] = [
        ("axis", bound.values["axis"] ?? .none), ("keepdims", .bool(keepingDims)), ("where", bound.value("where")),
      ]
      let call = CallArguments(
        function: "sum", positional: [.tensor(values)], keywords: keywords, positionalTexts: [""])
      guard case .tensor(let sum) = try callStartedReduction("numpy.sum", call, shownAs: "np.\(function)") else {
        throw PythonError.limit("np.\(function)(where=…) gave no array")
      }
      return sum
    }
    let isNaN = a.nanMask
    let replaced = try core { try a.replacingNaN(0) }
    let count = try maskedSum(try core { try a.equal(a) }, keepingDims: true)
    let ddof = try NumpyArrays.ddofValue(bound, of: "np.\(function)")
    let total = try maskedSum(replaced, keepingDims: true)
    let mean = try core { try total.astype(.float64).dividing(count.astype(.float64)).astype(a.dtype) }
    let deviation = try core { try Tensor.where(isNaN, Tensor(0.0), replaced.subtracting(mean)).astype(a.dtype) }
    let squares = try maskedSum(try core { try deviation.multiplying(deviation) }, keepingDims: keepdims)
    return try core {
      let freedom = try count.reshape(squares.shape).subtracting(Tensor(ddof))
      let quotient = try squares.astype(.float64).dividing(freedom.astype(.float64)).astype(a.dtype)
      var variance = try Tensor.where(freedom.lessEqual(Tensor(0)), Tensor(Double.nan), quotient)
        .astype(a.dtype)
      variance.isScalar = variance.ndim == 0
      return variance
    }
  }

  /// `call` with its array argument (the first positional one, or `a=`) replaced by `array`.
  private static func replacingArray(_ call: CallArguments, with array: Tensor) -> CallArguments {
    var replaced = call
    if !replaced.positional.isEmpty {
      replaced.positional[0] = .tensor(array)
    } else if let slot = replaced.keywords.firstIndex(where: { $0.name == "a" }) {
      replaced.keywords[slot].value = .tensor(array)
    }
    return replaced
  }
}

extension Interpreter {
  /// `np.mean`, `np.var` and `np.std` (and their methods) with a `dtype=` keyword that computes as they do without
  /// it: float64 for a real array (NumPy's sums then cast the elements to float64 as they read them, the same values
  /// as the array cast first; integers and bools take float64 anyway), or the array's own float32 or float64 dtype
  /// (a complex array's own for the mean). The call without `dtype=`, and the array to call it on; nil for another call. float16 in float16 is not
  /// its default (which sums in float32), and other dtypes stay with the calls that refuse them.
  static func statisticInDefaultDType(_ name: String, _ array: Tensor, _ call: CallArguments)
    -> (array: Tensor, call: CallArguments)?
  {
    guard ["mean", "var", "std"].contains(name), let slot = call.keywords.firstIndex(where: { $0.name == "dtype" }),
      let dtype = try? call.keywords[slot].value.toDType()
    else { return nil }
    var converted = array
    // A mean sums in the dtype given and divides in it: the mean of the array cast to it, for a float32 or float64
    // or complex dtype of a real array (float16's sums run in float, an integer's wrap and truncate).
    let isMeanCast =
      name == "mean" && dtype != array.dtype && !array.dtype.isComplex
      && (dtype == .float32 || dtype == .float64 || dtype.isComplex)
    let isCast = isMeanCast || (dtype == .float64 && !array.dtype.isComplex && array.dtype != .float64)
    // Past its 8192-element buffer NumPy casts and sums the array a buffer at a time: another order than the cast
    // array's one pairwise sum.
    if isCast && array.size > 8192 { return nil }
    if isCast {
      guard let cast = try? array.astype(dtype) else { return nil }
      converted = cast
      converted.isScalar = array.isScalar
    } else if dtype != array.dtype || !(dtype == .float32 || dtype == .float64 || (name == "mean" && dtype.isComplex)) {
      // var and std of complex values sum the squared moduli in the dtype given: a complex result, not the default's
      // real one.
      return nil
    }
    var plain = call
    plain.keywords.remove(at: slot)
    return (converted, plain)
  }
}
