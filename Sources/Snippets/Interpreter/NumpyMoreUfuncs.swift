import TensorCore

/// The ufunc methods (`outer`, `reduce`, `accumulate`) of the binary ufuncs beyond the arithmetic ones:
/// comparisons, the bitwise and logical ufuncs, `power`, `fmax`/`fmin`, `hypot`, `arctan2`, `gcd`/`lcm`, ….
/// Each applies the ufunc itself through `np.name(a, b)`, so the values, dtypes and errors are the function's.
enum NumpyMoreUfuncs {
  /// The ufuncs whose methods are answered here.
  static let names: Set<String> = [
    "greater", "less", "equal", "not_equal", "greater_equal", "less_equal", "logical_xor", "bitwise_and",
    "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "power", "fmax", "fmin", "hypot", "arctan2",
    "floor_divide", "remainder", "mod", "logaddexp", "logaddexp2", "copysign", "heaviside", "gcd", "lcm",
  ]

  /// The identity a reduction of no elements gives, for the reorderable ufuncs that have one.
  static func identity(_ ufunc: String) -> Tensor? {
    switch ufunc {
    case "bitwise_and": Tensor(-1)
    case "bitwise_or", "bitwise_xor", "gcd", "hypot": Tensor(0)
    case "logical_xor": Tensor(false)
    case "logaddexp", "logaddexp2": Tensor(-Double.infinity)
    default: nil
    }
  }

  /// The name NumPy's errors give a ufunc (`np.mod` is `remainder`, `np.true_divide` is `divide`).
  static func numpyName(_ ufunc: String) -> String {
    ["mod": "remainder", "true_divide": "divide", "pow": "power", "atan2": "arctan2"][ufunc] ?? ufunc
  }

  /// True for the comparison ufuncs, whose loops give bools.
  static func isComparison(_ ufunc: String) -> Bool {
    ["greater", "less", "equal", "not_equal", "greater_equal", "less_equal"].contains(ufunc)
  }

  /// True for the ufuncs NumPy reduces over several axes at once (associative and commutative).
  static func isReorderable(_ ufunc: String) -> Bool {
    [
      "bitwise_and", "bitwise_or", "bitwise_xor", "logical_xor", "fmax", "fmin", "gcd", "hypot", "logaddexp",
      "logaddexp2",
    ]
    .contains(ufunc)
  }

  /// NumPy's error for `ufunc.outer` without exactly two operands.
  static func checkOuterArguments(_ call: CallArguments) throws(PythonError) {
    if call.keywords.isEmpty && call.positional.count != 2 {
      throw PythonError.type("exactly two arguments expected")
    }
  }

  /// NumPy's error for reducing with a comparison, whose bool result cannot be fed back into a non-bool input.
  static func checkReducible(_ ufunc: String, _ array: Tensor) throws(PythonError) {
    let comparisons: Set<String> = ["greater", "less", "equal", "not_equal", "greater_equal", "less_equal"]
    if comparisons.contains(ufunc) && array.dtype != .bool {
      throw PythonError.type("No loop matching the specified signature and casting was found for ufunc \(ufunc)")
    }
  }

  /// `np.ufunc(a, b)`, or nil for a ufunc not listed here.
  static func apply(_ ufunc: String, _ a: Tensor, _ b: Tensor) throws -> Tensor? {
    guard names.contains(ufunc) else { return nil }
    let call = CallArguments(
      function: ufunc, positional: [.tensor(a), .tensor(b)], keywords: [], positionalTexts: ["", ""])
    guard case .tensor(let result) = try NumpyFunctions.call(ufunc, call) else {
      throw PythonError.type("ufunc '\(ufunc)' returned no array")
    }
    return result
  }
}
