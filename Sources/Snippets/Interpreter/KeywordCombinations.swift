import TensorCore

/// NumPy's answers to keyword combinations `Fuzz/signature_sweep.py --bases all --pairs` found docbuild answering
/// otherwise (session 43), and what `--bases all` with floats, lists, empty tuples, bools, negatives, huge ints and
/// NaNs found (session 44): arguments NumPy reads in another order than docbuild's callee (the axes a reduction
/// counts first, the path `np.isin` takes), or never reads at all. Checked before `NoneArguments` and
/// `UnusualArguments`, whose rules would otherwise answer first.
enum KeywordCombinations {
  /// `call` as NumPy's `np.NAME` reads it: NumPy's error where it raises one before docbuild's callee would, an
  /// argument NumPy ignores removed, a refusal where docbuild's callee would answer otherwise.
  static func checked(_ name: String, _ call: CallArguments) throws(PythonError) -> CallArguments {
    switch name {
    case "histogram", "histogram_bin_edges":
      // `_get_bin_edges` never reads `range` when `bins` is a sequence: its check of the edges' order comes instead.
      guard let bins = argument("bins", 1, of: call), isSequence(bins) else { return call }
      return removing("range", 2, from: call)
    case "isclose", "allclose":
      for (parameter, position) in [("rtol", 2), ("atol", 3)] {
        guard let given = argument(parameter, position, of: call), isArray(given) else { continue }
        throw NumpyArrays.unsupported(
          "np.\(name) with an array \(parameter)= is not supported in snippets: NumPy broadcasts a sequence of "
            + "tolerances")
      }
      return call
    case "geomspace":
      // NumPy checks its ends for zeros before it reads `num`, `dtype` or `axis`.
      for (parameter, position) in [("start", 0), ("stop", 1)] {
        guard let given = argument(parameter, position, of: call), hasZero(given) else { continue }
        throw PythonError.value("Geometric sequence cannot include zero")
      }
      // Its `result_type(start, stop, float(num), ...)` reads the count as a float first.
      if case .string(let text)? = argument("num", 2, of: call), Double(text) == nil {
        throw PythonError.value("could not convert string to float: \(Value.string(text).repr)")
      }
      return call
    case "nanpercentile", "nanquantile":
      // NumPy looks the method up by name; a value that is not a str names itself in the error.
      guard let method = argument("method", 5, of: call) else { return call }
      switch method {
      case .string: return call
      case .none, .int, .float, .bool:
        throw PythonError.value(
          "\(method.repr) is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', "
            + "'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', "
            + "'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])")
      default: return call
      }
    case "count_nonzero":
      // With an axis NumPy sums the array as bools with `keepdims=keepdims`, a C int.
      guard let axis = argument("axis", 1, of: call), !axis.isNone,
        let keepdims = call.keywords.first(where: { $0.name == "keepdims" })?.value
      else { return call }
      switch keepdims {
      case .none, .string: throw PythonError.type("'\(keepdims.typeName)' object cannot be interpreted as an integer")
      default: return call
      }
    case "mean", "var", "std", "nanmean", "nanvar", "nanstd":
      // np.mean/np.var/np.std, and the nan-forms of an integer or bool array (or Python ints), which are theirs,
      // first count the items along each axis with `normalize_axis_index` (C's int parser: a Python float, NumPy's
      // float64 among them, is "integer argument expected", an int out of range the AxisError, in the axes' order);
      // np.var's next step compares `ddof >= rcount`.
      guard let given = argument("a", 0, of: call) else { return call }
      let isNumpysOwn = !name.hasPrefix("nan") || holdsIntegers(given)
      // (With a mask, `where=`, the axes go to the mask's sum first: its own conversion.)
      var isMasked = false
      if let mask = call.keywords.first(where: { $0.name == "where" })?.value {
        if case .bool(true) = mask {} else { isMasked = true }
      }
      if isNumpysOwn, !isMasked, let axis = argument("axis", 1, of: call), let ndim = dimensions(of: given) {
        try checkCountedAxes(axis, ndim: ndim)
      }
      guard name.hasPrefix("nan"), name != "nanmean", isNumpysOwn, case .none? = argument("ddof", 4, of: call)
      else { return call }
      throw PythonError.type("'<=' not supported between instances of 'int' and 'NoneType'")
    case "unique":
      // Of a 1-d array NumPy only checks the axis with `normalize_axis_index` (an int, or a bool as one), then
      // ignores it; the others move it with `np.moveaxis`.
      guard let ar = argument("ar", 0, of: call), let axis = argument("axis", 4, of: call), !axis.isNone else {
        return call
      }
      if dimensions(of: ar) == 0, case .bool(let flag) = axis {
        // np.moveaxis's AxisError, raised again with the axis as given.
        throw PythonError("AxisError", "axis \(flag ? "True" : "False") is out of bounds for array of dimension 0")
      }
      guard dimensions(of: ar) == 1 else { return call }
      switch axis {
      case .tuple, .list, .string, .dict, .set:
        throw PythonError.type("'\(axis.typeName)' object cannot be interpreted as an integer")
      default:
        try checkCountedAxes(axis, ndim: 1)
        return call
      }
    case "linalg.norm":
      try checkVectorNorm(call)
      return call
    case "nanargmax", "nanargmin":
      // An integer or bool array is np.argmax's (np.argmin's), whose axis converter words its bool error so.
      guard let given = argument("a", 0, of: call), holdsIntegers(given), let axis = argument("axis", 1, of: call),
        axis.isBoolNumber
      else { return call }
      throw PythonError.type("an integer is required for the axis")
    case "diag":
      // A 1-d `v` makes an (n + abs(k)) square: abs() of what is not a number.
      guard case .tensor(let vector)? = argument("v", 0, of: call), vector.ndim == 1,
        let k = argument("k", 1, of: call)
      else { return call }
      switch k {
      case .none, .string, .list, .tuple, .range, .dict, .set, .bytes:
        throw PythonError.type("bad operand type for abs(): '\(k.typeName)'")
      default: return call
      }
    case "isin":
      switch argument("invert", 3, of: call) {
      case .string?:
        throw NumpyArrays.unsupported(
          "np.isin with a str invert= is not supported in snippets: NumPy reads it by truth in one step and by "
            + "identity in another")
      case let given? where isSequence(given):
        // Its sorting path appends `[invert]` to the flags (an array of two or more dimensions: a concatenate
        // error), its other paths read invert by truth.
        let refusal = NumpyArrays.unsupported(
          "np.isin with a \(given.typeName) invert= is not supported in snippets: NumPy reads it by truth in one "
            + "step and as an array element in another")
        switch given {
        case .list(let items), .tuple(let items):
          if items.items.contains(where: isSequence) { throw refusal }
          return try isinReadingInvertByTruth(call, given, refusal)
        default: throw refusal
        }
      default: return call
      }
    case "base_repr":
      if case .tensor(let number)? = argument("number", 0, of: call), !number.dtype.isInteger {
        throw NumpyArrays.unsupported(
          "np.base_repr of a \(number.dtype.rawValue) number is not supported in snippets: NumPy truncates it "
            + "through its own steps")
      }
      return call
    case "trapezoid":
      let samples = argument("y", 0, of: call)
      let axis = argument("axis", 3, of: call)
      // A bool axis first indexes NumPy's lists of one slice per dimension of `y` (`slice1[axis] = …`, or with a
      // 1-d `x` `shape[axis] = …`): past them, the list's IndexError.
      func checkBoolAxis() throws(PythonError) {
        guard case .bool(let flag)? = axis, let samples, let ndim = dimensions(of: samples), (flag ? 1 : 0) >= ndim
        else { return }
        throw PythonError("IndexError", "list assignment index out of range")
      }
      guard let x = argument("x", 1, of: call), !x.isNone else {
        let dx = argument("dx", 2, of: call)
        if let dx, isArray(dx) {
          throw NumpyArrays.unsupported(
            "np.trapezoid with an array dx= is not supported in snippets: NumPy broadcasts a sequence of spacings")
        }
        try checkBoolAxis()
        if case .bigInt? = dx, let samples, holdsIntegers(samples) {
          // `dx * (y[…] + y[…])` converts the int to the samples' integer dtype.
          if case .tensor(let array) = samples, array.dtype.isUnsigned {
            throw NumpyArrays.unsupported(
              "np.trapezoid with an int dx= past 64 bits of unsigned samples is not supported in snippets")
          }
          throw PythonError("OverflowError", "Python int too large to convert to C long")
        }
        return call
      }
      // NumPy never reads `dx` beside an `x`: its default stands in for whatever was given.
      let call = replacing("dx", 2, with: .float(1.0), in: call)
      // With an `x` of more than one axis NumPy takes `np.diff(x, axis=axis)` first: its axis converter's TypeError.
      guard let xDimensions = dimensions(of: x), xDimensions > 1, let axis else {
        if dimensions(of: x) == 1 { try checkBoolAxis() }
        return call
      }
      switch axis {
      case _ where axis.isFloatNumber:
        // `normalize_axis_index`'s C int parser: a Python float (NumPy's float64 is one) is no int.
        if case .tensor(let number) = axis, number.dtype != .float64 { return call }
        throw PythonError.type("integer argument expected, got float")
      case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C long")
      case .none, .tuple, .list, .string, .dict:
        throw PythonError.type("'\(axis.typeName)' object cannot be interpreted as an integer")
      default: return call
      }
    default: return call
    }
  }

  /// The number of dimensions of the numeric array NumPy makes of `value` (a list or tuple of numbers: 1); nil for
  /// what is not numbers (text, objects), whose calls are left to the callee.
  static func dimensions(of value: Value) -> Int? {
    switch value {
    case .tensor(let array): return array.ndim
    case .int, .bigInt, .float, .bool, .complex: return 0
    case .list(let items), .tuple(let items):
      guard let first = items.items.first else { return 1 }
      return dimensions(of: first).map { 1 + $0 }
    default: return nil
    }
  }

  /// The argument given by keyword `name` or at `position`.
  static func argument(_ name: String, _ position: Int, of call: CallArguments) -> Value? {
    if let keyword = call.keywords.first(where: { $0.name == name }) { return keyword.value }
    return position < call.positional.count ? call.positional[position] : nil
  }

  /// `call` with the argument given by keyword `name` or at `position` (if given) replaced by `value`.
  static func replacing(_ name: String, _ position: Int, with value: Value, in call: CallArguments)
    -> CallArguments
  {
    var replaced = call
    if let slot = replaced.keywords.firstIndex(where: { $0.name == name }) {
      replaced.keywords[slot].value = value
    } else if position < replaced.positional.count {
      replaced.positional[position] = value
    }
    return replaced
  }

  /// `call` without the argument given by keyword `name` or at `position` (the last positional one only).
  private static func removing(_ name: String, _ position: Int, from call: CallArguments) -> CallArguments {
    var removed = call
    if let slot = removed.keywords.firstIndex(where: { $0.name == name }) {
      removed.keywords.remove(at: slot)
    } else if position == removed.positional.count - 1 {
      removed.positional.removeLast()
      if removed.positionalTexts.count > position { removed.positionalTexts.removeLast() }
    }
    return removed
  }

  /// True for an array of one or more axes: a list or tuple given for a tolerance or a spacing is `NoneArguments`'
  /// (its refusal names the type).
  private static func isArray(_ value: Value) -> Bool {
    if case .tensor(let tensor) = value { return tensor.ndim >= 1 }
    return false
  }

  /// True for an array of one or more axes or a list or tuple: what NumPy's `np.ndim` finds 1-d or more.
  static func isSequence(_ value: Value) -> Bool {
    switch value {
    case .tensor(let tensor): tensor.ndim >= 1
    case .list, .tuple: true
    default: false
    }
  }

  /// True for what NumPy makes an integer or bool array: such an array, a Python int or bool, or a list or tuple
  /// of them (nested too).
  private static func holdsIntegers(_ value: Value) -> Bool {
    switch value {
    case .tensor(let tensor): tensor.dtype.isInteger || tensor.dtype == .bool
    case .int, .bool: true
    case .list(let items), .tuple(let items):
      !items.items.isEmpty
        && items.items.allSatisfy { item in
          switch item {
          case .int, .bool: true
          case .list, .tuple: holdsIntegers(item)
          default: false
          }
        }
    default: false
    }
  }

  /// True when a real number or array holds a zero.
  private static func hasZero(_ value: Value) -> Bool {
    switch value {
    case .int(let number): number == 0
    case .float(let number): number == 0
    case .bool(let flag): !flag
    case .tensor(let tensor) where tensor.dtype.isFloat || tensor.dtype.isInteger || tensor.dtype == .bool:
      tensor.doubles.contains(0)
    default: false
    }
  }
}
