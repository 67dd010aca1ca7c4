import TensorCore

/// NumPy's statistics and searching functions: quantiles and percentiles, histograms, sorted search, `interp`,
/// `polyval`, `cov`, `corrcoef`, `correlate` and `convolve`. `polyval`, `cov` and `corrcoef` are composed of recorded
/// operations in NumPy's own steps, so they differentiate as autograd's do.
enum NumpyStatistics {
  /// The names answered.
  static let names: Set<String> = [
    "percentile", "quantile", "nanpercentile", "nanquantile", "histogram", "searchsorted", "digitize", "interp",
    "polyval", "cov", "corrcoef", "correlate", "convolve", "polyfit",
  ]

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "percentile", "quantile", "nanpercentile", "nanquantile":
      return try quantile(name, call)
    case "histogram":
      return try histogram(call)
    case "searchsorted":
      let bound = try call.bind(["a", "v", "side", "sorter"], required: 2)
      let a = try bound.value("a").toTensor()
      let v = try bound.value("v").toTensor()
      let right = try side(bound["side"])
      var sorter: [Int]? = nil
      if let given = bound["sorter"], !given.isNone {
        // NumPy's converter takes an integer array: a number is its TypeError, as is a float array (an empty list).
        switch given {
        case .int, .bool, .float, .bigInt: throw PythonError.type("could not parse sorter argument")
        case .tensor(let tensor) where tensor.isScalar: throw PythonError.type("could not parse sorter argument")
        default: break
        }
        let indices = try given.toTensor()
        if !indices.dtype.isInteger { throw PythonError.type("sorter must only contain integers") }
        sorter = try indices.exactInts()
      }
      return .tensor(try core { try Tensor.searchSorted(a, v, right: right, sorter: sorter) })
    case "digitize":
      let bound = try call.bind(["x", "bins", "right"], required: 2)
      let x = try bound.value("x").toTensor()
      let bins = try bound.value("bins").toTensor()
      let right = try bound.flag("right")
      return .tensor(try core { try Tensor.digitize(x, bins, right: right) })
    case "interp":
      let bound = try call.bind(["x", "xp", "fp", "left", "right", "period"], required: 3)
      let x = try bound.value("x").toTensor()
      let xp = try bound.value("xp").toTensor()
      let fp = try bound.value("fp").toTensor()
      if bound["period"] == nil {
        // NumPy's C converter, fp first (an array by then) and xp as given: a nested list is too deep in its own words.
        for (array, given) in [(fp, Value.tensor(fp)), (xp, bound.value("xp"))] where array.ndim != 1 {
          if array.ndim == 0 { throw PythonError.value("object of too small depth for desired array") }
          if case .tensor = given { throw PythonError.value("object too deep for desired array") }
          throw PythonError.value(
            "setting an array element with a sequence. The requested array would exceed the maximum number of "
              + "dimension of 1.")
        }
      }
      for array in [x, xp, fp] { try NumpyArrays.refuseFloat32(array, "np.interp") }
      let left = try optionalDouble(bound["left"])
      let right = try optionalDouble(bound["right"])
      let period = try optionalDouble(bound["period"])
      return .tensor(try core { try Tensor.interp(x, xp, fp, left: left, right: right, period: period) })
    case "polyfit":
      return try NumpyDecompositions.polyfit(call)
    case "polyval":
      let bound = try call.bind(["p", "x"], required: 2)
      let p = try bound.value("p").toTensor()
      // NumPy's loop `for pv in p` over a 0-d array.
      if p.ndim == 0 { throw PythonError.type("iteration over a 0-d array") }
      let x = try bound.value("x").toTensor()
      return .tensor(
        try core {
          // NumPy: y = zeros_like(x); for pv in p: y = y * x + pv.
          var y = try Tensor.zerosLike(x)
          for index in 0..<(p.ndim == 0 ? 1 : p.shape[0]) {
            let coefficient = p.ndim == 0 ? p : try p.index([.int(index)])
            y = try y * x + coefficient
          }
          return y
        })
    case "cov":
      let bound = try call.bind(["m", "y", "rowvar", "bias", "ddof"], required: 1)
      return .tensor(try covariance(bound))
    case "corrcoef":
      let bound = try call.bind(["x", "y", "rowvar"], required: 1)
      var renamed = bound
      renamed.values["m"] = bound.values["x"]
      let c = try covariance(renamed)
      return .tensor(
        try core {
          if c.ndim == 0 { return try c / c }
          let stddev = try c.diag().sqrt()
          let n = stddev.shape[0]
          var result = try c / stddev.reshape([n, 1])
          result = try result / stddev.reshape([1, n])
          return try result.clip(Tensor(-1.0), Tensor(1.0))
        })
    case "correlate", "convolve":
      let bound = try call.bind(["a", "v", "mode"], required: 2)
      let a = try bound.value("a").toTensor()
      let v = try bound.value("v").toTensor()
      // NumPy's C correlate asks for 1-d operands (`convolve` makes 0-d ones 1-d first).
      if name == "correlate", a.ndim == 0 || v.ndim == 0 {
        throw PythonError.value("object of too small depth for desired array")
      }
      var mode = name == "correlate" ? "valid" : "full"
      if let given = bound["mode"] {
        // NumPy's C correlate also takes the modes' numbers (a Python or NumPy int, not a bool).
        let number: Int?
        switch given {
        case .string(let text): (mode, number) = (text, nil)
        case .int(let value): number = value
        case .tensor(let tensor) where tensor.isScalar && tensor.dtype.isInteger: number = try given.toInt()
        default: throw PythonError.type("convolve/correlate mode not understood")
        }
        if let number {
          guard (0...2).contains(number) else {
            throw PythonError.value("integer convolve/correlate mode must be 0, 1, or 2")
          }
          mode = ["valid", "same", "full"][number]
        }
      }
      let chosen = mode
      return .tensor(
        try core {
          name == "correlate"
            ? try Tensor.correlate(a, v, mode: chosen) : try Tensor.convolve(a, v, mode: chosen)
        })
    default:
      return nil
    }
  }

  /// `side=` as NumPy's converter reads it: a str or bytes whose first letter is l, L, r or R must then be exactly
  /// "left" or "right" (its own words), any other text is the general words, any other type a TypeError.
  private static func side(_ value: Value?) throws(PythonError) -> Bool {
    guard let value else { return false }
    let text: String
    switch value {
    case .string(let given), .bytes(let given): text = given
    default: throw PythonError.type("search side must be str, not \(value.typeName)")
    }
    guard let first = text.first, "lLrR".contains(first) else {
      throw PythonError.value("search side must be 'left' or 'right' (got \(value.repr))")
    }
    guard text == "left" || text == "right" else {
      throw PythonError.value("search side must be one of 'left' or 'right'")
    }
    return text == "right"
  }

  private static func optionalDouble(_ value: Value?) throws(PythonError) -> Double? {
    guard let value, !value.isNone else { return nil }
    return try value.toTensor().doubles.first
  }

  /// Refuses `overwrite_input=True`: NumPy then leaves the input partly sorted, in an order its selection algorithm
  /// decides, and docbuild (which never writes into it) would show it unchanged.
  static func refuseOverwrittenInput(_ bound: BoundArguments, _ name: String) throws(PythonError) {
    guard let flag = bound["overwrite_input"], try flag.truthValue() else { return }
    throw NumpyArrays.unsupported("np.\(name)(..., overwrite_input=True) is not supported in snippets")
  }

  /// `np.quantile`, `np.percentile` and their nan forms: q in [0, 1] (percent in [0, 100]), NumPy 2's methods.
  private static func quantile(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], required: 2)
    if bound["out"] != nil { throw NumpyArrays.unsupported("out= is not supported in snippets") }
    try NumpyStatistics.refuseOverwrittenInput(bound, name)
    let a = try bound.value("a").toTensor()
    // NumPy's `weak_q`: a Python int or float q takes NEP 50's weak promotion in the interpolation.
    let weakFraction: Bool
    switch bound.value("q") {
    case .int, .float: weakFraction = true
    default: weakFraction = false
    }
    var q = try bound.value("q").toTensor()
    let isPercent = name.hasSuffix("percentile")
    if isPercent { q = try core { try q.astype(.float64) / Tensor(100.0) } }
    let fractions = q.doubles
    if !fractions.allSatisfy({ $0 >= 0 && $0 <= 1 }) {
      throw PythonError.value(
        isPercent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
    }
    var method = QuantileMethod.linear
    if let given = bound["method"] {
      guard case .string(let text) = given, let chosen = QuantileMethod(rawValue: text) else {
        throw NumpyArrays.unsupported(
          "np.\(name)'s method=\(given.repr) is not supported in snippets: use 'linear', 'lower', 'higher', "
            + "'nearest' or 'midpoint'")
      }
      method = chosen
    }
    let axis = try AxisConversion.oneOrAll(bound["axis"], ndim: a.ndim, function: "np.\(name)")
    let keepdims = try bound.flag("keepdims")
    let ignoreNaN = name.hasPrefix("nan")
    let chosen = method
    if ignoreNaN, a.size == 0 {
      // NumPy's `_nanquantile_unchecked` answers an empty array with `np.nanmean(a, axis, keepdims=…)`, whatever q.
      let axes: Axes = axis.map { .one($0) } ?? .all
      return .tensor(try core { try a.mean(axis: axes, keepdims: keepdims) })
    }
    // An integer q of an integer or bool array makes NumPy's virtual indices `(n - 1) * q` integers (every method
    // here but midpoint, which adds 0.5): it takes the elements themselves, in the array's dtype.
    let takesElements =
      !isPercent && q.dtype.isInteger && (a.dtype.isInteger || a.dtype == .bool) && method != .midpoint
    if takesElements, a.dtype == .uint64 || a.doubles.contains(where: { abs($0) > 9_007_199_254_740_992 }) {
      throw NumpyArrays.unsupported(
        "np.\(name) with an integer q of integers past 2**53 is not supported in snippets")
    }
    if a.dtype == .bool {
      // NumPy checks q and the axis first; then a method that picks an element returns it as a bool, and one that
      // interpolates subtracts bools, which NumPy refuses.
      if let axis { _ = try core { try AxisArguments.normalize(axis, ndim: a.ndim) } }
      guard chosen.isDiscrete || takesElements else {
        throw PythonError.type(
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or "
            + "the logical_xor function instead.")
      }
      return .tensor(
        try core {
          try a.astype(.int64).quantiles(
            q, axis: axis, method: chosen, keepdims: keepdims, ignoreNaN: ignoreNaN, weakFraction: weakFraction
          ).astype(.bool)
        })
    }
    var result = try core {
      let values = try a.quantiles(
        q, axis: axis, method: chosen, keepdims: keepdims, ignoreNaN: ignoreNaN, weakFraction: weakFraction)
      return takesElements ? try values.astype(a.dtype) : values
    }
    // keepdims=True keeps a 0-d (or Python number) input's 0 axes: NumPy returns a 0-d array, not a scalar.
    if keepdims && result.ndim == 0 {
      result.isScalar = false
      result.isPythonScalar = false
    }
    return .tensor(result)
  }

  /// `np.histogram(a, bins=10, range=None, density=None, weights=None)`.
  private static func histogram(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "bins", "range", "density", "weights"], required: 1)
    let a = try bound.value("a").toTensor()
    var count = 10
    var edges: Tensor? = nil
    switch bound["bins"] {
    case nil: break
    case .int(let given)?: count = given
    // A 0-d count goes through `operator.index`: a Python bool, an integer scalar or 0-d array is a number of bins.
    case .bool(let flag)?: count = flag ? 1 : 0
    case .tensor(let tensor)? where tensor.ndim == 0 && tensor.dtype.isInteger: count = try Value.tensor(tensor).toInt()
    case .tensor(let tensor)? where tensor.ndim == 0:
      throw PythonError.type("`bins` must be an integer, a string, or an array")
    case .string(let text)?:
      throw NumpyArrays.unsupported(
        "np.histogram's bins='\(text)' is not supported in snippets: give a number of bins or the edges")
    case let other?: edges = try other.toTensor()
    }
    var range: (Double, Double)? = nil
    if let given = bound["range"], !given.isNone {
      let limits = try given.toTensor().doubles
      guard limits.count == 2 else { throw PythonError.value("too many values to unpack (expected 2)") }
      range = (limits[0], limits[1])
    }
    let weights = try bound["weights"].flatMap { (value) throws(PythonError) in
      value.isNone ? nil : try value.toTensor()
    }
    let density = try bound.flag("density")
    let flat = try core { try a.reshape([a.size]) }
    let flatWeights = try weights.map { (w) throws(PythonError) in try core { try w.reshape([w.size]) } }
    if let weights, weights.shape != a.shape {
      throw PythonError.value("weights should have the same shape as a.")
    }
    let (bins, givenEdges, limits) = (count, edges, range)
    if let weights { try checkWeightsDType(weights, byEdges: edges != nil, density: density) }
    var (counts, binEdges) = try core {
      try flat.histogram(bins: bins, edges: givenEdges, range: limits, weights: flatWeights, density: density)
    }
    if let weights, weights.dtype != .int64, weights.dtype != .float64 {
      // NumPy counts in the weights' dtype (`ntype`): a bool bin is whether a true weight fell in it (`n += …`
      // of bools is a logical or), a float32's the sum cast to it; a narrow integer's over equal bins the float64
      // sum cast to it (refused where it leaves the dtype's range: a CPU-dependent cast), over given edges the
      // difference of running sums wrapped into the dtype, which is the sum wrapped.
      let sums = counts.doubles
      if weights.dtype.isInteger && edges == nil && !sums.allSatisfy({ fits($0, weights.dtype) }) {
        throw NumpyArrays.unsupported(
          "np.histogram with \(weights.dtype.rawValue) weights= whose bin sums leave the dtype's range (NumPy's "
            + "float-to-integer cast) is not supported in snippets")
      }
      counts =
        weights.dtype == .bool
        ? Tensor(shape: counts.shape, storage: .bool(sums.map { $0 != 0 }), isScalar: false)
        : weights.dtype.isInteger
          ? try core { try counts.astype(.int64).astype(weights.dtype) } : try core { try counts.astype(weights.dtype) }
    }
    return try .makeTuple([.tensor(counts), .tensor(binEdges)])
  }

  /// True when `value`, an integral float, lies in `dtype`'s range.
  private static func fits(_ value: Double, _ dtype: DType) -> Bool {
    let bits = dtype.itemsize * 8
    if dtype.isUnsigned { return value >= 0 && value < Double(sign: .plus, exponent: bits, significand: 1) }
    let bound = Double(sign: .plus, exponent: bits - 1, significand: 1)
    return value >= -bound && value < bound
  }

  /// np.histogram's weights in a dtype other than int64 and float64, whose counts NumPy keeps in that dtype: bools
  /// with given edges meet the cast of the running sums back to bool (NumPy's UFuncTypeError); what snippets do not
  /// reproduce is refused — a density of such counts, a complex or float16 weight, float32 running sums over given
  /// edges or in more than one of NumPy's blocks, integer weights past float64's exact sums or in more than one
  /// block of equal bins.
  private static func checkWeightsDType(_ weights: Tensor, byEdges: Bool, density: Bool) throws(PythonError) {
    let dtype = weights.dtype
    if dtype == .int64 || dtype == .float64 { return }
    if dtype == .bool && byEdges && weights.size > 0 {
      throw PythonError.ufuncOutputCast("add", from: .int64, to: .bool)
    }
    func refuse(_ why: String) -> PythonError {
      NumpyArrays.unsupported("np.histogram with \(dtype.rawValue) weights=\(why) is not supported in snippets")
    }
    if density { throw refuse(" and density=True") }
    if dtype.isInteger {
      // The sums are exact in float64 below 2**53; NumPy's blocks of 65,536 values each add in the dtype.
      let total = weights.doubles.reduce(0) { $0 + Swift.abs($1) }
      if total >= 0x1p53 || (!byEdges && weights.size > 65_536) {
        throw refuse(" of so many or such large values (NumPy adds its blocks' counts in the dtype)")
      }
      return
    }
    if dtype == .bool { return }
    if dtype == .float32 && !byEdges && weights.size <= 65_536 { return }
    throw refuse(byEdges && dtype == .float32 ? " and given edges (NumPy's running sums in float32)" : "")
  }

  /// NumPy's `cov(m, y=None, rowvar=True, bias=False, ddof=None)`, step by step.
  private static func covariance(_ bound: BoundArguments) throws(PythonError) -> Tensor {
    var x = try bound.value("m").toTensor()
    try NumpyArrays.refuseFloat32(x, "np.cov")
    let rowvar = try bound["rowvar"]?.truthValue() ?? true
    let bias = try bound.flag("bias")
    var ddof = bias ? 0 : 1
    if let given = bound["ddof"], !given.isNone { ddof = try given.toInt() }
    var y = try bound["y"].flatMap { (value) throws(PythonError) in value.isNone ? nil : try value.toTensor() }
    let chosenDdof = ddof
    return try core {
      if x.ndim > 2 { throw TensorError("ValueError", "m has more than 2 dimensions") }
      x = try x.astype(.float64)
      if x.ndim < 2 { x = try x.reshape([1, x.size]) }
      if !rowvar && x.shape[0] != 1 { x = try x.transpose() }
      if var other = y {
        if other.ndim > 2 { throw TensorError("ValueError", "y has more than 2 dimensions") }
        other = try other.astype(.float64)
        if other.ndim < 2 { other = try other.reshape([1, other.size]) }
        if !rowvar && other.shape[0] != 1 { other = try other.transpose() }
        x = try Tensor.concatenate([x, other], axis: 0)
        y = other
      }
      let average = try x.mean(axis: .one(1))
      let fact = Double(Swift.max(x.shape[1] - chosenDdof, 0))
      let centred = try x - average.reshape([x.shape[0], 1])
      let product = try centred.matmul(centred.transpose())
      let scaled = try product * Tensor(1.0 / fact)
      return try scaled.squeeze()
    }
  }
}
