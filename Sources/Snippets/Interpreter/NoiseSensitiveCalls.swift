import TensorCore

/// The NumPy calls that carry a decomposition's rounding noise past what printing measures
/// (`Tensor.noisyOperandRefusal`): refused, naming the call, when an array operand holds an entry at noise level
/// (`np.log10(s)` of a rank-deficient matrix's singular values, `np.unique(w)` of its eigenvalues) or, for those that
/// decide at integers, one at noise distance from an integer. Found by `Fuzz/dtype_sweep.py --variants noise`.
enum NoiseSensitiveCalls {
  /// Functions whose result shows an operand's noise as digits printing does not measure: logarithms and other
  /// steps that turn noise into ordinary-sized numbers, decisions by sign, and functions whose result is made without
  /// the history that tells printing where its entries came from (the set operations, order statistics,
  /// interpolation, polynomials).
  static let functions: NameSet = [
    "log", "log2", "log10", "sqrt", "cbrt", "spacing", "nextafter", "frexp", "angle", "arctan2", "signbit", "copysign",
    "unique", "unique_all", "unique_counts", "unique_inverse", "unique_values", "intersect1d", "union1d",
    "setdiff1d", "setxor1d", "isin", "in1d", "interp", "poly", "polymul", "polydiv", "polyval", "convolve",
    "correlate", "median", "nanmedian", "percentile", "nanpercentile", "quantile", "nanquantile", "full_like",
    "full", "histogram", "histogram_bin_edges", "digitize", "searchsorted", "partition",
  ]
  /// Functions that decide an order among an operand's entries, refused only where two of them lie within rounding
  /// noise of each other (`Tensor.noisyOrderRefusal`): an entry at noise level among others far from it decides
  /// nothing (`np.argmin(abs(w - 1))`).
  static let orderDecisions: NameSet = [
    "argmax", "argmin", "nanargmax", "nanargmin", "argsort", "argpartition", "lexsort",
  ]
  /// Functions whose result shows the operand's absolute error as ordinary digits: refused where a decomposition's
  /// result was scaled until its noise passes what eight printed digits allow (`Tensor.scaledNoiseRefusal`).
  static let scaleSensitive: NameSet = ["sin", "cos", "tan"]
  /// Functions that decide at integers: which side of one an entry lies on is the answer.
  static let integerDecisions: NameSet = [
    "floor", "ceil", "trunc", "rint", "fix", "modf", "divmod", "mod", "remainder", "fmod", "floor_divide",
  ]
  /// Ufuncs whose methods (`reduce`, `accumulate`, `outer`, `reduceat`) are checked besides those above: their
  /// chains of powers and quotients make noise any size.
  static let ufuncsForMethods: NameSet = ["power", "float_power", "divide", "true_divide"]
  /// A ufunc's methods.
  static let ufuncMethods: NameSet = ["reduce", "accumulate", "outer", "reduceat", "at"]

  /// True when `check` looks at the arguments of `fullName` (`numpy.name` or `numpy.ufunc.method`).
  static func checks(_ fullName: String) -> Bool {
    guard fullName.hasPrefix("numpy.") else { return false }
    let parts = fullName.dropFirst(6).split(separator: ".")
    guard let first = parts.first else { return false }
    let name = String(first)
    let named =
      integerDecisions.contains(name) || functions.contains(name) || orderDecisions.contains(name)
      || scaleSensitive.contains(name)
    switch parts.count {
    case 1: return named
    case 2: return ufuncMethods.contains(String(parts[1])) && (named || ufuncsForMethods.contains(name))
    default: return false
    }
  }

  /// Throws the refusal of `numpy.name(…)` or `numpy.ufunc.method(…)` when an array among its arguments (or the
  /// lists and tuples of them) holds a decomposition's noise where the call would carry it.
  static func check(_ fullName: String, _ call: CallArguments) throws(PythonError) {
    guard Tensor.approximateResultsMayExist else { return }
    if fullName == "numpy.format_float_positional" || fullName == "numpy.format_float_scientific" {
      return try checkFloatText(call, scientific: fullName == "numpy.format_float_scientific")
    }
    guard checks(fullName) else { return }
    try checkArguments(fullName, call.positional + call.keywords.map(\.value))
  }

  /// `check` of the arguments `values` (the positional ones first) of `fullName`, which `checks` takes.
  static func checkArguments(_ fullName: String, _ values: [Value]) throws(PythonError) {
    let name = String(fullName.dropFirst(6).prefix { $0 != "." })
    let what = "np." + fullName.dropFirst(6)
    for value in values {
      try forEachArray(in: value) { array in
        if scaleSensitive.contains(name) { return array.scaledNoiseRefusal(what) }
        return orderDecisions.contains(name)
          ? array.noisyOrderRefusal(what, deciding: decision(of: name, alongAxis: values.count > 1))
          : array.noisyOperandRefusal(what, decidesAtIntegers: integerDecisions.contains(name))
      }
    }
  }

  /// Throws the refusal of the random draw `what` (`np.random.choice`, `Generator.permutation`) when an array among
  /// its arguments was computed from a decomposition (`Tensor.untrackedEntriesRefusal`): the draw's result has no
  /// history, so printing cannot tell its digits are not NumPy's. The refused statement leaves the random state
  /// unknown, as any refused draw does (`RefusedNames`).
  static func checkRandom(_ what: String, _ call: CallArguments) throws(PythonError) {
    guard Tensor.approximateResultsMayExist else { return }
    for value in call.positional + call.keywords.map(\.value) {
      try forEachArray(in: value) { array in array.untrackedEntriesRefusal(what) }
    }
  }

  /// The order `name` (`argmin`, `nanargmax`, `argsort`, …) decides: an extreme of the whole array, or, along an
  /// axis, each row's, for which every pair of neighbours is compared.
  static func decision(of name: String, alongAxis: Bool) -> OrderDecision {
    if alongAxis { return .everyNeighbour }
    return name.hasSuffix("argmin") ? .smallest : name.hasSuffix("argmax") ? .largest : .everyNeighbour
  }

  /// Throws the refusal `refusal` gives for `value` when it is an array, or for each array in it when it is a list or
  /// tuple (`np.lexsort`'s keys, `np.concatenate`'s arrays).
  static func forEachArray(in value: Value, _ refusal: (Tensor) -> TensorError?) throws(PythonError) {
    switch value {
    case .tensor(let tensor):
      if let found = refusal(tensor) { throw PythonError(found) }
    case .list(let items), .tuple(let items):
      for item in items {
        if case .tensor(let tensor) = item, let found = refusal(tensor) { throw PythonError(found) }
      }
    default: break
    }
  }

  /// `np.format_float_positional(x, precision=None, …)` and `np.format_float_scientific`: every digit without a
  /// precision (Dragon4's unique digits, as repr shows them), the first `precision` with one, refused for a value
  /// computed from a decomposition as printing and formatting it are.
  private static func checkFloatText(_ call: CallArguments, scientific: Bool) throws(PythonError) {
    guard let value = call.positional.first ?? call.keywords.first(where: { $0.name == "x" })?.value else { return }
    let precision =
      call.positional.count > 1 ? call.positional[1] : call.keywords.first { $0.name == "precision" }?.value
    let everyDigit = precision?.isNone ?? true
    switch value {
    case .tensor(let tensor):
      if everyDigit {
        if let refusal = tensor.approximateDigitsRefusal(everyDigit: true) { throw PythonError(refusal) }
        return
      }
      let digits = precision?.bigInteger?.asInt
      let lastDigit = digits.flatMap {
        Interpreter.lastShownDigit(of: tensor, type: scientific ? "e" : "f", precision: $0)
      }
      if let refusal = tensor.formattedDigitsRefusal(lastDigit: lastDigit) { throw PythonError(refusal) }
    default:
      if everyDigit { try ApproximateFloats.refuse(in: value) } else { try ApproximateFloats.refuseNoise(in: value) }
    }
  }

  /// Array methods checked as the functions of their names are; `astype` to an integer or bool dtype decides at
  /// integers, and to text shows every digit.
  static let methods: NameSet = ["argmax", "argmin", "argsort", "partition", "argpartition", "searchsorted", "astype"]

  /// Throws the refusal of `array.name(arguments…)` when the array holds a decomposition's noise where the method
  /// would carry it (`arguments`: the positional ones, then the keywords' values).
  static func checkMethod(_ name: String, of array: Tensor, _ arguments: [Value]) throws(PythonError) {
    guard Tensor.approximateResultsMayExist, methods.contains(name) else { return }
    let what = "a.\(name)"
    if orderDecisions.contains(name) {
      let decision = decision(of: name, alongAxis: !arguments.isEmpty)
      if let refusal = array.noisyOrderRefusal(what, deciding: decision) { throw PythonError(refusal) }
      return
    }
    // An integer or bool dtype decides at integers; a narrower float (float32, float16) is a new array holding the
    // noise without its history; text shows every digit.
    var decidesAtIntegers = false
    if name == "astype" {
      guard let dtype = arguments.first else { return }
      if TextDType.parse(dtype) != nil {
        if let refusal = array.approximateDigitsRefusal(everyDigit: true) { throw PythonError(refusal) }
        return
      }
      guard let target = try? dtype.toDType(), target != .float64, !target.isComplex else { return }
      decidesAtIntegers = !target.isInexact
    }
    if let refusal = array.noisyOperandRefusal(what, decidesAtIntegers: decidesAtIntegers) {
      throw PythonError(refusal)
    }
  }
}
