import TensorCore

extension Interpreter {
  /// The statistics whose `where=` snippets take here, by qualified function name or array method, with their
  /// parameters after the array (`np.var(a, axis, dtype, out, ddof, keepdims, *, where)`).
  private static let maskedStatistics: [String: [String]] = {
    let mean = ["axis", "dtype", "out", "keepdims", "where"]
    let spread = ["axis", "dtype", "out", "ddof", "keepdims", "where"]
    let truth = ["axis", "out", "keepdims", "where"]
    return [
      "numpy.mean": mean, "numpy.var": spread, "numpy.std": spread, "numpy.any": truth, "numpy.all": truth,
      "mean": mean, "var": spread, "std": spread, "any": truth, "all": truth,
    ]
  }()

  /// True for a call of one of `maskedStatistics` (a method when `isMethod`) given `where=`: the call
  /// `callMaskedStatistic` answers.
  static func takesMaskedStatistic(_ name: String, _ call: CallArguments, isMethod: Bool = false) -> Bool {
    guard isMethod != name.hasPrefix("numpy."), maskedStatistics[name] != nil else { return false }
    return call.keywords.contains { $0.name == "where" }
  }

  /// `np.any(a, where=mask)`, `np.all`, and `np.mean`, `np.var`, `np.std` (`ddof=` too) of integer and bool arrays
  /// over the elements `where` lets through, as NumPy's `_methods` compute them. The sums NumPy makes there run in
  /// an order docbuild does not follow, so they are taken only where every order gives the same bits: sums of whole
  /// numbers below 2**53 and, for the deviations, values whose last bits leave room for the whole sum. Float arrays, other masks (not bools, or broadcasting beyond the array), `out=`, `dtype=`
  /// and a differentiated value are refused by name.
  mutating func callMaskedStatistic(_ name: String, _ call: CallArguments, receiver: Tensor? = nil)
    throws(PythonError) -> Value
  {
    let kind = name.hasPrefix("numpy.") ? String(name.dropFirst("numpy.".count)) : name
    let shown = receiver == nil ? "np." + kind : "ndarray." + kind
    let parameters = Self.maskedStatistics[name]!
    let bound = try call.bind((receiver == nil ? ["a"] : []) + parameters, required: receiver == nil ? 1 : 0)
    let array: Tensor
    if let receiver { array = receiver } else { array = try bound.value("a").toTensor() }
    for unsupported in ["out", "dtype"] where !(bound[unsupported]?.isNone ?? true) {
      throw NumpyArrays.unsupported("\(shown)'s \(unsupported)= with where= is not supported in snippets")
    }
    if derivativeInput != nil || GradientTrace.input != nil {
      throw PythonError.limit("where= inside a differentiated function is not part of the snippet language")
    }
    let given = bound.value("where")
    if case .bool(true) = given {
      var plain = call
      plain.keywords.removeAll { $0.name == "where" }
      if receiver == nil { return try callFunction(name, plain) }
      return try Methods.call(name, on: .tensor(array), plain)
    }
    let flags = try given.toTensor()
    guard flags.dtype == .bool else {
      throw NumpyArrays.unsupported(
        "\(shown)'s where= of \(flags.dtype.rawValue) values is not supported in snippets (give bools)")
    }
    guard (try? Tensor.broadcastShapes([array.shape, flags.shape])) == array.shape else {
      throw NumpyArrays.unsupported(
        "\(shown)'s where= of a shape that does not broadcast to the array's is not supported in snippets")
    }
    let mask = try core { try flags.broadcast(to: array.shape).copy() }.doubles.map { $0 != 0 }
    var axes = Axes.all
    if let axis = bound["axis"], !axis.isNone { axes = try axis.toAxes() }
    let keepdims = try bound.flag("keepdims")
    if kind == "any" || kind == "all" {
      let truths = try core { try array.astype(.bool) }.doubles.map { $0 != 0 }
      // any: a true element the mask lets through; all: no false one it lets through.
      let selected = zip(truths, mask).map { kind == "any" ? $0 && $1 : $0 || !$1 }
      let chosen = Tensor(shape: array.shape, storage: .bool(selected))
      return .tensor(try core { try chosen.anyAll(isAny: kind == "any", axes: axes, keepdims: keepdims) })
    }
    guard array.dtype.isInteger || array.dtype == .bool, !array.dtype.isComplex else {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) of \(array.dtype.rawValue) values is not supported in snippets: NumPy sums the "
          + "elements where= lets through in an order docbuild does not follow (integer and bool arrays are taken)")
    }
    let ddof = kind == "mean" ? 0 : try bound["ddof"]?.toInt() ?? 0
    let values = try core { try array.astype(.float64) }.doubles
    let total = try Self.exactMaskedSum(values, mask, array.shape, axes, shown)
    let counts = try Self.exactMaskedSum(mask.map { $0 ? 1.0 : 0.0 }, mask, array.shape, axes, shown)
    if counts.doubles.contains(where: { $0 <= Double(ddof) }) {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) with no more elements let through than ddof is not supported in snippets")
    }
    let means = zip(total.doubles, counts.doubles).map { $0 / $1 }
    if kind == "mean" { return try Self.statisticResult(means, counts, array.shape, axes, keepdims) }
    // NumPy's _var: the deviations from the mean (kept over the reduced axes), squared, summed where= lets through.
    let meanShape = counts.shape
    let spread = try core {
      try Tensor(shape: meanShape, storage: .float64(means)).broadcast(to: array.shape).copy()
    }.doubles
    let squares = zip(values, spread).map { ($0 - $1) * ($0 - $1) }
    let squareTotal = try Self.exactMaskedSum(squares, mask, array.shape, axes, shown)
    let variances = zip(squareTotal.doubles, counts.doubles).map { $0 / Swift.max($1 - Double(ddof), 0) }
    let results = kind == "var" ? variances : variances.map { $0.squareRoot() }
    return try Self.statisticResult(results, counts, array.shape, axes, keepdims)
  }

  /// The sums over `axes` (kept as extent-1 axes) of `values` where `mask` is true, refused unless every order of the
  /// additions gives the same bits: each summed value a multiple of the smallest value's last bit, 2**lowest, and the
  /// magnitudes together below 2**(52 + lowest) (a bit to spare for their own rounding), so every partial sum is
  /// exact.
  private static func exactMaskedSum(
    _ values: [Double], _ mask: [Bool], _ shape: [Int], _ axes: Axes, _ shown: String
  ) throws(PythonError) -> Tensor {
    var chosen = [Double](repeating: 0, count: values.count)
    var magnitude = 0.0
    var lowestBit = Int.max
    for index in values.indices where mask[index] {
      let value = values[index]
      guard value.isFinite else {
        throw NumpyArrays.unsupported("\(shown)(..., where=…) of values past float64's range is not supported")
      }
      chosen[index] = value
      magnitude += Swift.abs(value)
      if value != 0 { lowestBit = Swift.min(lowestBit, Int(value.exponent) - value.significandWidth) }
    }
    if lowestBit != Int.max, magnitude >= Double(sign: .plus, exponent: 52 + lowestBit, significand: 1) {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) of these values is not supported in snippets: NumPy sums the elements where= "
          + "lets through in an order docbuild does not follow, and their sum rounds")
    }
    return try core { try Tensor(shape: shape, storage: .float64(chosen)).sum(axis: axes, keepdims: true) }
  }

  /// `results` (over the kept shape of `kept`) as NumPy returns them: its shape without the reduced axes unless
  /// `keepdims`, a NumPy float64 scalar when nothing is left.
  private static func statisticResult(
    _ results: [Double], _ kept: Tensor, _ shape: [Int], _ axes: Axes, _ keepdims: Bool
  ) throws(PythonError) -> Value {
    let full = Tensor(shape: kept.shape, storage: .float64(results))
    if keepdims { return .tensor(full) }
    let reducedShape = try core {
      try Tensor(shape: shape, storage: .float64([Double](repeating: 0, count: shape.reduce(1, *))))
        .sum(axis: axes, keepdims: false).shape
    }
    let result = try core { try full.reshape(reducedShape) }
    return .tensor(result.ndim == 0 ? result.scalar : result)
  }
}
