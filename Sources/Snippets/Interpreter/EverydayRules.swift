import TensorCore

/// A NumPy function a compiled call site computes itself (`Compiler.everydayCall`): the parameters it binds (NumPy's
/// names, in NumPy's positional order) and its computation from the bound arguments. The computation returns nil,
/// having done nothing, for any argument it does not take; what it returns is what the general path gives for the
/// arguments it takes: `callValue`'s chain of checks (signatures, None and unusual values, dates, text, autograd's
/// refusals, memory orders) does nothing to them, and its dispatch ends in the same computation.
struct EverydayRule: Sendable {
  let parameters: [String]
  /// How many of the first parameters the rule takes by position only: NumPy's own (`np.where`'s three, the sequence
  /// `np.concatenate`'s C function takes), or those whose meaning a keyword changes (`np.arange(start=3)` raises,
  /// `np.arange(3)` is a stop). A call naming one is left whole to the general path.
  var positionalOnly = 0
  let compute: @Sendable (inout Interpreter, borrowing EverydayArguments) throws(PythonError) -> Value?

  init(
    parameters: [String], positionalOnly: Int = 0,
    compute: @escaping @Sendable (inout Interpreter, borrowing EverydayArguments) throws(PythonError) -> Value?
  ) {
    self.parameters = parameters
    self.positionalOnly = positionalOnly
    self.compute = compute
  }
}

/// The rules of NumPy's everyday functions, by name (`numpy.` left off).
enum EverydayRules {
  static func rule(for name: String) -> EverydayRule? { rules[name] }

  private static let rules: [String: EverydayRule] = [
    "argmax": EverydayRule(parameters: ["a", "axis"]) { _, arguments throws(PythonError) in
      try extremeIndex(maximum: true, arguments)
    },
    "argmin": EverydayRule(parameters: ["a", "axis"]) { _, arguments throws(PythonError) in
      try extremeIndex(maximum: false, arguments)
    },
    "cumsum": EverydayRule(parameters: ["a", "axis"]) { _, arguments throws(PythonError) in
      try cumulativeSum(arguments)
    },
    "where": EverydayRule(parameters: ["condition", "x", "y"], positionalOnly: 3) { _, arguments throws(PythonError) in
      try selected(arguments)
    },
    "clip": EverydayRule(parameters: ["a", "a_min", "a_max"]) { _, arguments throws(PythonError) in
      try clipped(arguments)
    },
    "concatenate": EverydayRule(parameters: ["arrays", "axis"], positionalOnly: 1) { _, arguments throws(PythonError) in
      try joined(arguments, stacking: false)
    },
    "stack": EverydayRule(parameters: ["arrays", "axis"]) { _, arguments throws(PythonError) in
      try joined(arguments, stacking: true)
    },
    "zeros": EverydayRule(parameters: ["shape"]) { _, arguments throws(PythonError) in
      try filled(arguments, ones: false)
    },
    "ones": EverydayRule(parameters: ["shape"]) { _, arguments throws(PythonError) in
      try filled(arguments, ones: true)
    },
    "arange": EverydayRule(parameters: ["start", "stop", "step"], positionalOnly: 3) {
      _, arguments throws(PythonError) in
      try range(arguments)
    },
    "linspace": EverydayRule(parameters: ["start", "stop", "num", "endpoint"]) { _, arguments throws(PythonError) in
      try spaced(arguments)
    },
    "array": EverydayRule(parameters: ["object"]) { _, arguments throws(PythonError) in
      try literal(arguments)
    },
  ]

  /// An array argument the general path hands to its computation as it is: a numeric array, not complex (whose
  /// functions `ComplexGuard` checks), not a flat iterator (`a.flat`, which `functionView` checks), held in C order
  /// (so `ResultLayout.settleFunction` leaves the result as it is); nil for anything else.
  static func plainArray(_ value: Value?) -> Tensor? {
    guard let value, case .tensor(let array) = value, !array.dtype.isComplex,
      !(array.isView && array.isFlatIterator), !ResultLayout.mayHoldNonRowMajor(value)
    else { return nil }
    return array
  }

  /// An axis argument given as a Python int within `-ndim..<ndim` (nil: the general path raises NumPy's error for
  /// any other, or reads `-2**31` as no axis), or absent (`.some(nil)`).
  static func axis(_ value: Value?, ndim: Int) -> Int?? {
    guard let value else { return .some(nil) }
    guard case .int(let axis) = value, (-ndim..<ndim).contains(axis) else { return nil }
    return .some(axis)
  }
}
