import TensorCore

extension Interpreter {
  /// The statistics whose `where=` snippets take here, by qualified function name or array method, with their
  /// parameters after the array (`np.var(a, axis, dtype, out, ddof, keepdims, *, where)`).
  private static let maskedStatistics: NameTable<[String]> = {
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
    // `where=` is a keyword: a call with none is answered before the name is looked up.
    guard !call.keywords.isEmpty, isMethod != name.hasPrefix("numpy."), maskedStatistics[name] != nil else {
      return false
    }
    return call.keywords.contains { $0.name == "where" }
  }

  /// `np.any(a, where=mask)`, `np.all`, and `np.mean`, `np.var`, `np.std` (`ddof=` too) over the elements `where`
  /// lets through, as NumPy's `_methods` compute them, summing in NumPy's masked order (`maskedFloatStatistic`;
  /// integer and bool arrays as float64; complex ones by `Tensor.complexMaskedMean` and `complexMaskedSpread`). Other dtypes, views of integer arrays out of C order, other masks (not
  /// bools, or broadcasting beyond the array), `out=`, `dtype=` and a differentiated value are refused by name.
  mutating func callMaskedStatistic(_ name: String, _ call: CallArguments, receiver: Tensor? = nil)
    throws(PythonError) -> Value
  {
    let result = try maskedStatistic(name, call, receiver: receiver)
    // NumPy's statistic of a 0-d array is a NumPy scalar, keepdims or not.
    if case .tensor(let tensor) = result, tensor.ndim == 0, !tensor.isScalar { return .tensor(tensor.scalar) }
    return result
  }

  /// `callMaskedStatistic`'s work, before a 0-d result becomes a NumPy scalar.
  private mutating func maskedStatistic(_ name: String, _ call: CallArguments, receiver: Tensor?)
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
    if let axis = bound["axis"] {
      // The mask's sum (`umr_sum(where, axis, …)`) reads the axes first, with NumPy's C converter: no bool.
      var isBool = axis.isBoolNumber
      if case .tuple(let items) = axis, items.contains(where: \.isBoolNumber) { isBool = true }
      if isBool { throw PythonError.type("an integer is required") }
    }
    var given = bound.value("where")
    if given.isNone {
      // NumPy's array of None: false everywhere to np.any and np.all; np.mean, np.var and np.std count its elements
      // with int().
      guard kind == "any" || kind == "all" else {
        throw PythonError.type("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
      }
      given = .bool(false)
    }
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
    if (try? Tensor.broadcastShapes([array.shape, flags.shape])) != array.shape {
      guard kind == "any" || kind == "all" else { throw Self.maskBroadcastError(flags.shape, to: array.shape) }
      // np.any and np.all are a logical reduction: its axes, then its iterator's error for the mask.
      let axes: Axes = try bound["axis"].map { (axis) throws(PythonError) in try axis.toAxes() } ?? .all
      _ = try core { try Tensor.zeros(array.shape.map { _ in 1 }).sum(axis: axes) }
      try core { try array.checkReductionMask(flags) }
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
    let ddof = kind == "mean" ? 0 : try NumpyArrays.ddofValue(bound, of: shown)
    let counts = try Self.maskedCounts(mask, array.shape, axes)
    if counts.doubles.contains(where: { $0 <= Double(ddof) }) {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) with no more elements let through than ddof is not supported in snippets")
    }
    if flags.size != 1 && (array.iterationOrder != nil || array.size > 8192) {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) of a view out of C order or of more than 8192 elements is not supported in "
          + "snippets: NumPy's buffers then split its sums in an order docbuild does not follow")
    }
    if array.dtype.isComplex && kind == "mean" {
      // `_mean`'s masked complex sum over the intp counts, in the array's dtype (Tensor.complexMaskedMean).
      let kept = try core { try array.complexMaskedMean(mask: mask, axis: axes, counts: counts.doubles) }
      if keepdims { return .tensor(kept) }
      let reducedShape = try core {
        try Tensor(shape: array.shape, storage: .float64([Double](repeating: 0, count: array.size)))
          .sum(axis: axes, keepdims: false).shape
      }
      let result = try core { try kept.reshape(reducedShape) }
      return .tensor(result.ndim == 0 ? result.scalar : result)
    }
    if array.dtype.isComplex {
      // complex64 and complex128 in `_var`'s own steps (Tensor.complexMaskedSpread).
      let results = try core {
        try array.complexMaskedSpread(
          mask: mask, axis: axes, counts: counts.doubles, ddof: ddof, standardDeviation: kind == "std")
      }
      return try Self.statisticResult(results, counts, array.shape, axes, keepdims, dtype: array.dtype.complexPartner)
    }
    var values = array
    if array.dtype.isInteger || array.dtype == .bool {
      // NumPy sums them as float64 (`dtype='f8'`).
      values = try core { try array.astype(.float64) }
    } else if array.dtype != .float64 && array.dtype != .float32 {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) of \(array.dtype.rawValue) values is not supported in snippets (float64, float32, "
          + "integer and bool arrays are)")
    }
    let results = try Self.maskedFloatStatistic(kind, values, flags, mask, axes, counts.doubles, ddof, shown)
    return try Self.statisticResult(results, counts, array.shape, axes, keepdims, dtype: values.dtype)
  }

  /// NumPy's error for a mean's, variance's or deviation's mask that does not broadcast to the array: `_methods`
  /// counts the elements it lets through in `np.broadcast_to(where, a.shape)` before anything else (the axes too).
  private static func maskBroadcastError(_ mask: [Int], to shape: [Int]) -> PythonError {
    if shape.isEmpty { return PythonError.value("cannot broadcast a non-scalar to a scalar array") }
    if mask.count > shape.count {
      return PythonError.value("input operand has more dimensions than allowed by the axis remapping")
    }
    func compact(_ shape: [Int]) -> String {
      shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
    }
    return PythonError.value(
      "operands could not be broadcast together with remapped shapes [original->remapped]: \(compact(mask))  and "
        + "requested shape \(compact(shape))")
  }

  /// `np.mean`, `np.var` or `np.std` (`kind`) of a float64 or float32 `array` over the elements `flags` lets through,
  /// as NumPy's `_methods` compute them: the masked sum in the array's dtype in NumPy's order (`Tensor.reduced`: a
  /// pairwise sum per run of unmasked elements), divided by the count in float64 and rounded to the dtype; for the
  /// spread, every element's deviation from that mean squared in the dtype and summed the same way. Values that are
  /// not finite, or deviations whose squares overflow, are refused (NumPy's warnings about them are not followed).
  private static func maskedFloatStatistic(
    _ kind: String, _ array: Tensor, _ flags: Tensor, _ mask: [Bool], _ axes: Axes, _ counts: [Double], _ ddof: Int,
    _ shown: String
  ) throws(PythonError) -> [Double] {
    let isSingle = array.dtype == .float32
    // float32 arithmetic: each result rounded to float32 (the values are float32 already).
    func rounded(_ value: Double) -> Double { isSingle ? Double(Float(value)) : value }
    let values = try core { try array.copy() }.doubles
    if zip(values, mask).contains(where: { $1 && !$0.isFinite }) {
      throw NumpyArrays.unsupported("\(shown)(..., where=…) of values past float64's range is not supported")
    }
    let zero = try core { try Tensor(0.0).astype(array.dtype) }
    let total = try core { try array.reduced(.sum, axis: axes, keepdims: true, initial: zero, where: flags) }
    let means = zip(total.doubles, counts).map { rounded($0 / $1) }
    guard means.allSatisfy(\.isFinite) else {
      throw NumpyArrays.unsupported("\(shown)(..., where=…) whose sum overflows is not supported in snippets")
    }
    if kind == "mean" { return means }
    let meanShape = total.shape
    let spread = try core {
      try Tensor(shape: meanShape, storage: .float64(means)).broadcast(to: array.shape).copy()
    }.doubles
    let squares = zip(values, spread).map { value, mean in
      let deviation = rounded(value - mean)
      return rounded(deviation * deviation)
    }
    guard squares.allSatisfy(\.isFinite) else {
      throw NumpyArrays.unsupported(
        "\(shown)(..., where=…) of values whose squared deviations overflow is not supported in snippets")
    }
    let squareArray = try core { try Tensor(shape: array.shape, storage: .float64(squares)).astype(array.dtype) }
    let squareTotal = try core {
      try squareArray.reduced(.sum, axis: axes, keepdims: true, initial: zero, where: flags)
    }
    let variances = zip(squareTotal.doubles, counts).map { rounded($0 / Swift.max($1 - Double(ddof), 0)) }
    if kind == "var" { return variances }
    return variances.map { isSingle ? Double(Float($0).squareRoot()) : $0.squareRoot() }
  }

  /// The number of elements `mask` lets through over `axes` (kept as extent-1 axes), as float64 counts.
  private static func maskedCounts(_ mask: [Bool], _ shape: [Int], _ axes: Axes) throws(PythonError) -> Tensor {
    let ones = Tensor(shape: shape, storage: .float64(mask.map { $0 ? 1 : 0 }))
    return try core { try ones.sum(axis: axes, keepdims: true) }
  }

  /// `results` (over the kept shape of `kept`) as NumPy returns them: its shape without the reduced axes unless
  /// `keepdims`, a NumPy float64 scalar when nothing is left.
  private static func statisticResult(
    _ results: [Double], _ kept: Tensor, _ shape: [Int], _ axes: Axes, _ keepdims: Bool, dtype: DType = .float64
  ) throws(PythonError) -> Value {
    let full = try core { try Tensor(shape: kept.shape, storage: .float64(results)).astype(dtype) }
    if keepdims { return .tensor(full) }
    let reducedShape = try core {
      try Tensor(shape: shape, storage: .float64([Double](repeating: 0, count: shape.reduce(1, *))))
        .sum(axis: axes, keepdims: false).shape
    }
    let result = try core { try full.reshape(reducedShape) }
    return .tensor(result.ndim == 0 ? result.scalar : result)
  }
}
