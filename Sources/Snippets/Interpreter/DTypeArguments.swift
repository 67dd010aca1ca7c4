import TensorCore

/// NumPy's answers for array arguments of the dtypes, shapes and values `Fuzz/dtype_sweep.py` gives NumPy's functions
/// (every dtype, NumPy scalars and 0-d, empty and stepped arrays, wrapped integers, NaN, signed zeros and subnormals),
/// where docbuild printed other text than NumPy: NumPy's own error where it raises one (checked in
/// `Fixtures/interpreter/443-*` to `445-*`, `make_dtype43_fixtures.py`), and a refusal naming the function and the
/// dtype or shape where NumPy computes in a way snippets do not follow (`Dtype43RefusalTests`).
enum DTypeArguments {
  /// Checks `np.NAME(...)` (`name` as `np` spells it, `linalg.pinv`, `random.choice`): throws NumPy's error or a
  /// refusal for the operand dtypes and shapes below; returns for everything else.
  static func check(_ name: String, _ call: CallArguments) throws(PythonError) {
    let first = call.positional.first.flatMap(tensor)
    switch name {
    case "gcd", "lcm":
      // NumPy has no bool loop for them: two bool operands (arrays, NumPy bools or Python bools) find none.
      if call.positional.count == 2, call.positional.allSatisfy(isBool) {
        throw noLoop(name, ["<class 'numpy.dtypes.BoolDType'>", "<class 'numpy.dtypes.BoolDType'>"])
      }
    case "clip":
      if let given = call.positional.first, isBool(given), !givesBounds(call) { throw boolPositive }
    case "concatenate", "concat":
      // NumPy's dispatcher iterates the sequence of arrays; the C function then takes a sequence, not a flat iterator.
      if let first, first.ndim == 0 { throw dispatcherNotIterable }
      if let given = call.positional.first {
        if isPythonNumberOrNone(given) { throw dispatcherNotIterable }
        if let first, first.isView, first.isFlatIterator {
          throw PythonError.type("The first input argument needs to be a sequence")
        }
        let axis = call.positional.count > 1 ? call.positional[1] : keyword("axis", call)
        try refuseText(given, name, joinsCharacters: axis?.isNone ?? false)
      }
    case "stack":
      if let given = call.positional.first {
        if isPythonNumberOrNone(given) {
          throw PythonError.type("arrays to stack must be passed as a \"sequence\" type such as list or tuple.")
        }
        // Its dispatcher consumes the iterator, which leaves NumPy's list of arrays empty.
        if let first, first.isView, first.isFlatIterator { throw PythonError.value("need at least one array to stack") }
        try refuseText(given, name, joinsCharacters: true)
      }
      try checkStacked(name, first)
    case "hstack", "vstack", "dstack", "column_stack":
      if let given = call.positional.first { try refuseText(given, name, joinsCharacters: true) }
      try checkStacked(name, first)
    case "lexsort":
      if let first, first.ndim == 0 || first.size == 0 {
        throw PythonError.type("need sequence of keys with len > 0 in lexsort")
      }
    case "polyval":
      if let first, first.ndim == 0 { throw PythonError.type("iteration over a 0-d array") }
    case "compress":
      if let first, first.ndim != 1 { throw PythonError.value("condition must be a 1-d array") }
    case "cross":
      if call.positional.prefix(2).compactMap(tensor).contains(where: { $0.ndim == 0 }) {
        throw PythonError.value("At least one array has zero dimension")
      }
    case "correlate":
      let pair = call.positional.prefix(2).compactMap(tensor)
      if pair.count == 2 {
        // NumPy converts each to a 1-d array in turn, then checks each is not empty.
        for operand in pair where operand.ndim != 1 {
          throw PythonError.value(
            operand.ndim == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
        }
        if pair[0].size == 0 { throw PythonError.value("first array argument cannot be empty") }
        if pair[1].size == 0 { throw PythonError.value("second array argument cannot be empty") }
      }
    case "roll":
      if let shift = call.positional.dropFirst().first.flatMap(tensor) ?? keyword("shift", call).flatMap(tensor),
        shift.ndim > 0, shift.dtype == .bool || shift.dtype.isComplex
      {
        throw NumpyArrays.unsupported(
          "np.roll with an array of \(shift.dtype.rawValue) shifts is not supported in snippets: NumPy converts "
            + "each to an int its own way; give ints")
      }
    case "quantile", "nanquantile", "percentile", "nanpercentile":
      try checkQuantile(name, call)
    case "linalg.cond":
      if let first, first.size == 0 { throw PythonError("LinAlgError", "cond is not defined on empty arrays") }
    case "linalg.pinv":
      if let first, first.ndim == 1, first.size == 0 {
        throw PythonError.value("not enough values to unpack (expected 2, got 1)")
      }
    case "random.choice":
      guard let first else { break }
      if first.ndim == 0 && !(first.dtype.isInteger || first.dtype == .bool) {
        throw PythonError.value("a must be 1-dimensional or an integer")
      }
      if first.ndim > 1 { throw PythonError.value("a must be 1-dimensional") }
      if first.ndim == 1, first.size == 0, call.positional.count == 1, call.keywords.isEmpty {
        throw PythonError.value("'a' cannot be empty unless no samples are taken")
      }
    case "random.randint":
      if let first, first.ndim == 0, first.dtype.isInexact {
        throw NumpyArrays.unsupported(
          "np.random.randint with a \(first.dtype.rawValue) bound is not supported in snippets: NumPy converts a "
            + "NumPy float to an int; give ints")
      }
    default: break
    }
  }

  /// Checks the array method `receiver.name(...)` as `check` does the functions.
  static func checkMethod(_ name: String, _ receiver: Tensor, _ call: CallArguments) throws(PythonError) {
    if name == "clip", receiver.dtype == .bool, !givesBounds(call, isMethod: true) { throw boolPositive }
  }

  /// np.quantile's and np.percentile's arguments NumPy computes with in ways snippets do not follow: an integer q
  /// of a float array holding NaN, infinities or -0.0 (NumPy's virtual indexes stay integers, so it takes the
  /// elements themselves in the array's dtype, NaN, infinities and -0.0 included, where interpolating changes
  /// them). Integers past 2**53 are answered: `Tensor.quantiles` orders and subtracts them in their own dtype.
  private static func checkQuantile(_ name: String, _ call: CallArguments) throws(PythonError) {
    let array = call.positional.first.flatMap(tensor) ?? keyword("a", call).flatMap(tensor)
    let q = call.positional.dropFirst().first ?? keyword("q", call)
    // An integer or bool array's elements at an integer q are NumPy's (`NumpyStatistics`, fixture 452); a float
    // array's NaN, infinities and -0.0 are not.
    if name.hasSuffix("quantile"), let q, isIntegerKind(q), let array, array.dtype.isInexact,
      !holdsPlainFloats(array)
    {
      throw NumpyArrays.unsupported(
        "np.\(name) with an integer q is not supported in snippets: NumPy takes the elements themselves in the "
          + "array's dtype; give q as a float")
    }
  }

  /// NumPy's error for a bool array clipped without bounds (np.clip then applies np.positive).
  static let boolPositive = PythonError(
    "UFuncTypeError",
    "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None")

  /// NumPy's error when a function's dispatcher iterates a 0-d argument (np.concatenate).
  static let dispatcherNotIterable = PythonError.type("dispatcher for __array_function__ did not return an iterable")

  /// NumPy's error for a ufunc without a loop for these dtypes (their classes as NumPy prints them, `None` for a
  /// reduction's output).
  static func noLoop(_ ufunc: String, _ dtypes: [String]) -> PythonError {
    PythonError(
      "UFuncTypeError",
      "ufunc '\(ufunc)' did not contain a loop with signature matching types (\(dtypes.joined(separator: ", "))) "
        + "-> None")
  }

  /// NumPy's class of a dtype as its errors print it.
  static func dtypeClass(_ dtype: DType) -> String { "<class 'numpy.dtypes.\(dtypeClassName(dtype))'>" }

  /// The stack family's errors for a 0-d array in place of the sequence, and the refusal of a 1-d array's elements.
  private static func checkStacked(_ name: String, _ first: Tensor?) throws(PythonError) {
    guard let first else { return }
    if first.ndim == 0 {
      throw first.isScalar
        ? PythonError.type("'\(Value.tensor(first).typeName)' object is not iterable")
        : PythonError.type("iteration over a 0-d array")
    }
    if name == "stack", first.ndim == 1, first.dtype != .float64, first.dtype != .int64 {
      // Its elements are NumPy scalars of the array's dtype, which docbuild stacks as Python numbers.
      throw NumpyArrays.unsupported(
        "np.stack of the elements of one \(first.dtype.rawValue) array is not supported in snippets: give a "
          + "list of arrays")
    }
  }

  /// True for a Python number or None, which NumPy's joining functions cannot iterate.
  private static func isPythonNumberOrNone(_ value: Value) -> Bool {
    switch value {
    case .int, .bigInt, .float, .complex, .bool, .none: true
    default: false
    }
  }

  /// A string in place of the sequence of arrays: NumPy iterates its characters, each a 0-d string array. An empty
  /// string leaves none, NumPy's "need at least one array" error; np.concatenate along an axis meets the 0-d error
  /// the general path gives; a join of the characters themselves (`joinsCharacters`: axis=None, the stack family)
  /// is refused.
  private static func refuseText(_ value: Value, _ name: String, joinsCharacters: Bool) throws(PythonError) {
    guard case .string(let text) = value else { return }
    if text.isEmpty {
      throw PythonError.value("need at least one array to \(name == "stack" ? "stack" : "concatenate")")
    }
    if !joinsCharacters { return }
    throw NumpyArrays.unsupported(
      "np.\(name) of a string's characters is not supported in snippets: give a list of arrays")
  }

  private static func tensor(_ value: Value) -> Tensor? {
    if case .tensor(let tensor) = value { return tensor }
    return nil
  }

  private static func keyword(_ name: String, _ call: CallArguments) -> Value? {
    call.keywords.first { $0.name == name }?.value
  }

  private static func isBool(_ value: Value) -> Bool {
    switch value {
    case .bool: true
    case .tensor(let tensor): tensor.dtype == .bool
    default: false
    }
  }

  /// True for a float array whose values are finite and none -0.0: interpolating at an integer q gives the element.
  private static func holdsPlainFloats(_ array: Tensor) -> Bool {
    array.dtype.isFloat && array.doubles.allSatisfy { $0.isFinite && !($0 == 0 && $0.sign == .minus) }
  }

  /// True for a Python int or bool, or an integer or bool NumPy scalar or array.
  private static func isIntegerKind(_ value: Value) -> Bool {
    switch value {
    case .int, .bool, .bigInt: true
    case .tensor(let tensor): tensor.dtype.isInteger || tensor.dtype == .bool
    default: false
    }
  }

  /// Whether np.clip (or the method) is given a bound other than None.
  private static func givesBounds(_ call: CallArguments, isMethod: Bool = false) -> Bool {
    let bounds =
      call.positional.dropFirst(isMethod ? 0 : 1)
      + call.keywords.filter { ["a_min", "a_max", "min", "max"].contains($0.name) }.map(\.value)
    return bounds.contains { !$0.isNone }
  }
}
