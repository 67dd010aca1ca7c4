import TensorCore

/// NumPy's answers for the unusual argument values the session-42 probe (`Benchmarks/unusual_arguments_probe.py`)
/// gave the calls the corpora make: ints past a C int or long, bools where a count is taken, NumPy scalars where a
/// Python int is taken. Each answer is NumPy 2.4's own (fixtures 437–442, `make_probe42_fixtures.py`); what snippets
/// do not reproduce is refused by name.
enum UnusualArguments {
  /// NumPy's C `int` converter (`np.round`'s decimals): a Python int past a C long is "Python int too large to
  /// convert to C long", one past a C int "signed integer is greater than maximum" (or "less than minimum").
  static func cInt(_ value: Value) throws(PythonError) -> Int {
    if case .bigInt = value { throw PythonError("OverflowError", "Python int too large to convert to C long") }
    let number = try value.toInt()
    if number > Int(Int32.max) { throw PythonError("OverflowError", "signed integer is greater than maximum") }
    if number < Int(Int32.min) { throw PythonError("OverflowError", "signed integer is less than minimum") }
    return number
  }
}

extension UnusualArguments {
  /// A parameter by its name and its position among the positional arguments (as `NoneArguments.Parameter`).
  typealias Parameter = NoneArguments.Parameter

  private static let keywordOnly = Int.max

  /// NumPy's reductions whose axis goes through its C converter of an int or a tuple of ints: a list is "'list'
  /// object cannot be interpreted as an integer" and an array of one or more dimensions its own `__index__` error
  /// (`np.sum(m, axis=[0])`), where the Python-level functions (np.median, np.flip) take any sequence.
  static let tupleAxisFunctions: NameTable<Int> = [
    "sum": 1, "prod": 1, "mean": 1, "std": 1, "var": 1, "max": 1, "min": 1, "amax": 1, "amin": 1, "any": 1, "all": 1,
    "ptp": 1, "nanmax": 1, "nanmin": 1, "nansum": 1, "nanprod": 1, "nanmean": 1, "nanstd": 1, "nanvar": 1,
    "count_nonzero": 1, "squeeze": 1,
  ]

  /// The array methods' such axes, as `tupleAxisFunctions`.
  static let tupleAxisMethods: NameTable<Int> = [
    "sum": 0, "prod": 0, "mean": 0, "std": 0, "var": 0, "max": 0, "min": 0, "any": 0, "all": 0, "squeeze": 0,
  ]

  /// NumPy's Python-level functions that read these parameters as any sequence (`np.zeros(range(2, 4))`,
  /// `np.flip(m, range(2))`, `np.repeat(a, range(6))`): a range there is read as the list it holds.
  static let sequenceFunctions: NameTable<[Parameter]> = [
    "zeros": [("shape", 0)], "ones": [("shape", 0)], "empty": [("shape", 0)], "full": [("shape", 0)],
    "repeat": [("repeats", 1)], "tile": [("reps", 1)], "resize": [("new_shape", 1)], "reshape": [("shape", 1)],
    "split": [("indices_or_sections", 1)], "array_split": [("indices_or_sections", 1)],
    "hsplit": [("indices_or_sections", 1)], "vsplit": [("indices_or_sections", 1)],
    "roll": [("shift", 1), ("axis", 2)], "flip": [("axis", 1)], "moveaxis": [("source", 1), ("destination", 2)],
    "transpose": [("axes", 1)], "median": [("axis", 1)], "percentile": [("axis", 2)], "quantile": [("axis", 2)],
    "average": [("axis", 1)], "gradient": [("axis", keywordOnly)], "stack": [("arrays", 0)],
  ]

  /// The array methods' such parameters, as `sequenceFunctions`.
  static let sequenceMethods: NameTable<[Parameter]> = ["repeat": [("repeats", 0)], "reshape": [("shape", 0)]]

  /// NumPy's functions that read a NumPy bool (`np.True_`, `np.array(True)`) given to these parameters as the int it
  /// holds (NumPy casts it or computes with it), where Python's `__index__` takes none: `np.repeat(a, np.True_)` is
  /// `a`. np.rot90 takes the scalar only (a 0-d bool array's `k % 4` cannot cast back to bool); np.diff returns its
  /// input for a false n before reading n as an index.
  static let boolCountFunctions: NameTable<[Parameter]> = [
    "repeat": [("repeats", 1)], "tile": [("reps", 1)], "tri": [("N", 0), ("M", 1), ("k", 2)],
    "split": [("indices_or_sections", 1)], "array_split": [("indices_or_sections", 1)],
    "hsplit": [("indices_or_sections", 1)], "vsplit": [("indices_or_sections", 1)], "base_repr": [("base", 1)],
    "polyfit": [("deg", 2)], "roll": [("shift", 1)], "rot90": [("k", 1)], "std": [("ddof", 4)],
    "var": [("ddof", 4)], "diff": [("n", 1)],
  ]

  /// The array methods' such parameters, as `boolCountFunctions`.
  static let boolCountMethods: NameTable<[Parameter]> = ["repeat": [("repeats", 0)]]

  /// The int a NumPy bool given to `name`'s count parameter reads as (nil: read as given).
  private static func boolCount(_ name: String, _ value: Value) -> Value? {
    guard case .tensor(let tensor) = value, tensor.ndim == 0, tensor.dtype == .bool,
      case .bool(let flags) = tensor.storage
    else { return nil }
    if name == "rot90" && !tensor.isScalar { return .string("__rot90_bool_array__") }
    if ["split", "hsplit", "vsplit"].contains(name) && !flags[0] {
      // NumPy's `N % sections` with a NumPy zero warns instead of raising; np.array_split then refuses it.
      return .string("__no_sections__")
    }
    if name == "diff" && flags[0] { return nil }
    return .int(flags[0] ? 1 : 0)
  }

  /// NumPy's functions whose count or shape parameter goes through its C converter of an integer, which takes no bool
  /// (Python's or NumPy's scalar): "an integer is required" (`np.eye(True)`, `np.indices((True, 2))`), where
  /// snippets read the bool as 0 or 1. A tuple's bool items are refused the same.
  static let integerRequiredFunctions: NameTable<[Parameter]> = [
    "eye": [("N", 0), ("M", 1)], "identity": [("n", 0)], "vander": [("N", 1)], "indices": [("dimensions", 0)],
    "unravel_index": [("shape", 1)], "ravel_multi_index": [("dims", 1)],
  ]

  /// NumPy's errors for a bool or a NumPy number given to the parameters above, to np.resize's shape, np.histogram's
  /// bins and an array's `item`.
  private static func checkIntegers(_ name: String, _ call: CallArguments, isMethod: Bool) throws(PythonError)
    -> CallArguments
  {
    var call = call
    if isMethod {
      if name == "take" { try checkTakeIndices(argument(("indices", 0), of: call)) }
      if name == "repeat" {
        let keyword = call.keywords.firstIndex { $0.name == "repeats" }
        if let converted = try repeatCounts(call.positional.first ?? keyword.map { call.keywords[$0].value }) {
          if let keyword { call.keywords[keyword].value = converted } else { call.positional[0] = converted }
        }
      }
      return call
    }
    for parameter in integerRequiredFunctions[name] ?? [] {
      var given = argument(parameter, of: call).map { [$0] } ?? []
      if case .tuple(let items)? = given.first { given = Array(items) }
      if given.contains(where: \.isBoolNumber) { throw PythonError.type("an integer is required") }
    }
    switch name {
    case "tile":
      // NumPy's tile repeats the data by each rep (np.repeat truncates a float, with its errors), then reshapes to
      // the product of the extents and the reps, where a float is "'float' object cannot be interpreted as an
      // integer".
      let reps = argument(("reps", 1), of: call)
      var items: [Value] = []
      switch reps {
      case .float?: items = [reps!]
      case .tuple(let given)?, .list(let given)?: items = Array(given)
      default: break
      }
      guard items.contains(where: { if case .float = $0 { true } else { false } }),
        items.allSatisfy({
          switch $0 {
          case .int, .bool, .float: true;
          default: false
          }
        })
      else { break }
      let isOne: (Value) -> Bool = {
        switch $0 {
        case .int(let count): count == 1
        case .bool(let flag): flag
        case .float(let number): number == 1
        default: false
        }
      }
      if items.allSatisfy(isOne) {
        // Every rep 1: NumPy copies the array without reading them further.
        let ones = items.map { _ in Value.int(1) }
        let read: Value = if case .float? = reps { .int(1) } else { .tuple(ValueList(ones)) }
        if call.positional.count > 1 {
          call.positional[1] = read
        } else if let keyword = call.keywords.firstIndex(where: { $0.name == "reps" }) {
          call.keywords[keyword].value = read
        }
        break
      }
      let hasData: Bool
      switch call.positional.first {
      case .tensor(let tensor)?: hasData = tensor.size > 0
      default: hasData = true
      }
      if hasData {
        for case .float(let number) in items where number != 1 {
          if number.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
          if number.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
          if Swift.abs(number) >= 0x1p63 {
            throw PythonError("OverflowError", "Python int too large to convert to C long")
          }
          if Int(number) < 0 { throw PythonError.value("negative dimensions are not allowed") }
        }
      }
      throw PythonError.type("'float' object cannot be interpreted as an integer")
    case "bincount":
      // NumPy casts a list (not an array) to intp unsafely: floats truncate, bools count as ints.
      guard case .list(let items)? = call.positional.first else { break }
      var ints: [Value] = []
      for item in items {
        switch item {
        case .int, .bool: ints.append(item)
        case .float(let number) where number.isFinite && Swift.abs(number) < 9e18: ints.append(.int(Int(number)))
        default: return call
        }
      }
      call.positional[0] =
        ints.isEmpty ? .tensor(Tensor(shape: [0], storage: .int64([]), isScalar: false)) : .list(ValueList(ints))
    case "pad":
      // NumPy requires `asarray(pad_width)` to be of a signed integer kind.
      let width = argument(("pad_width", 1), of: call)
      var isIntegral = true
      switch width {
      case .float?: isIntegral = false
      case .tensor(let tensor)?: isIntegral = tensor.dtype.isInteger && !tensor.dtype.isUnsigned
      case .tuple(let items)?, .list(let items)?:
        isIntegral = !items.contains { if case .float = $0 { true } else { false } }
      default: break
      }
      if !isIntegral { throw PythonError.type("`pad_width` must be of integral type.") }
    case "expand_dims":
      if case .tensor(let tensor)? = argument(("axis", 1), of: call), tensor.ndim > 0 {
        throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
      }
    case "tril":
      // np.tril builds `arange(-k, …)` in k's own type: an unsigned k wraps there.
      if case .tensor(let tensor)? = argument(("k", 1), of: call), tensor.dtype.isUnsigned {
        throw PythonError.limit(
          "np.tril with an unsigned NumPy k is not supported in snippets: NumPy's arange(-k, …) wraps it")
      }
    case "diff":
      // NumPy's normalize_axis_index takes a Python float (NumPy's float64 is one) with its own words, once n is
      // not 0 and the array has dimensions.
      let axis = argument(("axis", 2), of: call)
      var isPythonFloat = false
      if case .float? = axis { isPythonFloat = true }
      if case .tensor(let tensor)? = axis, tensor.isScalar, tensor.dtype == .float64 { isPythonFloat = true }
      if isPythonFloat, case .tensor(let array)? = call.positional.first, array.ndim > 0 {
        if case .int(let n)? = argument(("n", 1), of: call) ?? .int(1), n > 0 {
          throw PythonError.type("integer argument expected, got float")
        }
      }
      switch argument(("n", 1), of: call) {
      case .list?, .tuple?, .range?, .bytes?, .complex?, .dict?, .set?:
        let given = argument(("n", 1), of: call)!
        throw PythonError.type("'<' not supported between instances of '\(given.typeName)' and 'int'")
      default: break
      }
    case "eye":
      if case .range? = argument(("k", 2), of: call) {
        throw PythonError.type("'>=' not supported between instances of 'range' and 'int'")
      }
    case "take", "insert":
      if name == "take" { try checkTakeIndices(argument(("indices", 1), of: call)) }
      // A NumPy complex number (np.take casts it, np.insert compares it) or an infinite position meet NumPy's own
      // conversions.
      let given = argument((name == "take" ? "indices" : "obj", 1), of: call)
      var isOdd = false
      if case .tensor(let tensor)? = given, tensor.isScalar, tensor.dtype.isComplex { isOdd = true }
      if name == "insert", case .float(let number)? = given, number.isInfinite { isOdd = true }
      if isOdd {
        throw PythonError.limit(
          "np.\(name) with a \(given!.typeName) position is not supported in snippets: NumPy converts it its own way")
      }
    case "split", "array_split", "hsplit", "vsplit":
      // NumPy indexes the shape with the axis before anything reads it as an int.
      if case .tensor(let tensor)? = argument(("axis", 2), of: call), tensor.ndim > 0 {
        throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
      }
    case "unique":
      if case .range? = argument(("axis", 5), of: call) {
        throw PythonError.type("list indices must be integers or slices, not range")
      }
    case "repeat":
      let keyword = call.keywords.firstIndex { $0.name == "repeats" }
      if let converted = try repeatCounts(
        call.positional.count > 1 ? call.positional[1] : keyword.map { call.keywords[$0].value })
      {
        if let keyword { call.keywords[keyword].value = converted } else { call.positional[1] = converted }
      }
      // NumPy counts the copies item by item once the repeats match the array's length.
      guard case .tensor(let array)? = call.positional.first, argument(("axis", 2), of: call)?.isNone ?? true
      else { break }
      var counts: [Int]?
      switch argument(("repeats", 1), of: call) {
      case .list(let items)?, .tuple(let items)?:
        counts = items.compactMap { if case .int(let n) = $0 { n } else { nil } }
        if counts?.count != items.count { counts = nil }
      case .tensor(let tensor)? where tensor.ndim == 1 && tensor.dtype.isInteger: counts = try tensor.exactInts()
      default: break
      }
      if let counts, counts.count == array.size, counts.contains(where: { $0 < 0 }) {
        throw PythonError.value("repeats may not contain negative values.")
      }
    case "resize":
      // NumPy's resize reads the shape with `len()` after trying it as an int with its C converter.
      switch argument(("new_shape", 1), of: call) {
      case .bool?: throw PythonError.type("an integer is required")
      case .tensor(let tensor)? where tensor.ndim == 0:
        if tensor.isScalar && tensor.dtype == .bool {
          throw PythonError.type("'numpy.bool' object is not iterable")
        }
        if !tensor.isScalar { throw PythonError.type("iteration over a 0-d array") }
      default: break
      }
    case "histogram":
      // An int of any kind (a Python bool too: `bins=True` is one bin) is a count of bins; a float, a NumPy bool or
      // a 0-d bool array is none of NumPy's three kinds.
      let keyword = call.keywords.firstIndex { $0.name == "bins" }
      let given = call.positional.count > 1 ? call.positional[1] : keyword.map { call.keywords[$0].value }
      var read: Value?
      switch given {
      case .bool(let flag)?: read = .int(flag ? 1 : 0)
      case .float?: throw PythonError.type("`bins` must be an integer, a string, or an array")
      case .tensor(let tensor)? where tensor.ndim == 0:
        guard tensor.dtype.isInteger else {
          throw PythonError.type("`bins` must be an integer, a string, or an array")
        }
        read = .int(try given!.toInt())
      default: break
      }
      if let read {
        if let keyword { call.keywords[keyword].value = read } else { call.positional[1] = read }
      }
    default: break
    }
    return call
  }

  /// np.repeat's repeats as NumPy converts them to intp: a number (a Python or NumPy float, a NumPy complex number's
  /// real part) truncates, with Python's errors for NaN and infinity and the C long's past 2**63; a 0-d float array
  /// meets the 'safe' cast's error; a list's floats truncate. nil: read as given.
  private static func repeatCounts(_ given: Value?) throws(PythonError) -> Value? {
    func truncated(_ number: Double) throws(PythonError) -> Value {
      if number.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
      if number.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
      guard Swift.abs(number) < 0x1p63 else {
        throw PythonError("OverflowError", "Python int too large to convert to C long")
      }
      return .int(Int(number))
    }
    switch given {
    case .float(let number)?: return try truncated(number)
    case .tensor(let tensor)? where tensor.ndim == 0 && (tensor.dtype.isFloat || tensor.dtype.isComplex):
      guard tensor.isScalar else {
        throw PythonError.type(
          "Cannot cast scalar from dtype('\(tensor.dtype.rawValue)') to dtype('int64') according to the rule 'safe'")
      }
      return try truncated(tensor.doubles[0])
    case .complex?:
      throw PythonError.type("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
    case .list(let items)?:
      guard items.contains(where: { if case .float = $0 { true } else { false } }),
        items.allSatisfy({
          switch $0 {
          case .int, .bool, .float: true;
          default: false
          }
        })
      else { return nil }
      var counts: [Value] = []
      for item in items {
        if case .float(let number) = item { counts.append(try truncated(number)) } else { counts.append(item) }
      }
      return .list(ValueList(counts))
    default: return nil
    }
  }

  /// `take`'s indices as NumPy casts them ('same_kind'): a 0-d float array cannot become an index (a NumPy float
  /// scalar can, and an array of floats meets the array cast's own error).
  private static func checkTakeIndices(_ indices: Value?) throws(PythonError) {
    guard case .tensor(let tensor)? = indices, tensor.ndim == 0, !tensor.isScalar, tensor.dtype.isFloat else { return }
    throw PythonError.type(
      "Cannot cast scalar from dtype('\(tensor.dtype.rawValue)') to dtype('int64') according to the rule 'same_kind'")
  }

  /// `call` as NumPy reads its unusual arguments (`isMethod` for an array method's): NumPy's TypeError for a list or
  /// an array as a reduction's axis, and a range read as the list it holds where NumPy takes any sequence.
  static func checked(_ name: String, _ call: CallArguments, isMethod: Bool = false) throws(PythonError)
    -> CallArguments
  {
    if let position = (isMethod ? tupleAxisMethods : tupleAxisFunctions)[name] {
      switch argument(("axis", position), of: call) {
      case .list?: throw PythonError.type("'list' object cannot be interpreted as an integer")
      case .tensor(let tensor)? where tensor.ndim > 0:
        throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
      default: break
      }
    }
    var result = try checkIntegers(name, call, isMethod: isMethod)
    for parameter in (isMethod ? boolCountMethods : boolCountFunctions)[name] ?? [] {
      let keyword = call.keywords.firstIndex { $0.name == parameter.name }
      let given =
        call.positional.count > parameter.position
        ? call.positional[parameter.position] : keyword.map { call.keywords[$0].value }
      guard let given else { continue }
      var read = boolCount(name, given)
      if case .tuple(let items) = given, items.contains(where: { boolCount(name, $0) != nil }) {
        read = .tuple(ValueList(items.map { boolCount(name, $0) ?? $0 }))
      }
      guard let read else { continue }
      if case .string("__no_sections__") = read { throw PythonError.value("number sections must be larger than 0.") }
      if case .string("__rot90_bool_array__") = read {
        throw PythonError.limit(
          "np.rot90 with a 0-d bool array k is not supported in snippets: NumPy's k % 4 cannot cast back to bool")
      }
      if let keyword {
        result.keywords[keyword].value = read
      } else {
        result.positional[parameter.position] = read
      }
    }
    for parameter in (isMethod ? sequenceMethods : sequenceFunctions)[name] ?? []
    where !(isMethod && name == "reshape" && result.positional.count != 1) {
      let keyword = result.keywords.firstIndex { $0.name == parameter.name }
      let given =
        result.positional.count > parameter.position
        ? result.positional[parameter.position] : keyword.map { result.keywords[$0].value }
      if case .tensor(let tensor)? = given, tensor.ndim == 1, tensor.dtype.isInteger, tensor.size <= 32 {
        // An integer array is read item by item as the sequence it is (`np.flip(m, np.array([1]))`).
        let items = Value.list(ValueList(try tensor.exactInts().map { Value.int($0) }))
        if let keyword {
          result.keywords[keyword].value = items
        } else {
          result.positional[parameter.position] = items
        }
        continue
      }
      guard case .range(let start, let stop, let step)? = given else { continue }
      let count = Interpreter.rangeCount(start, stop, step)
      // A sequence as long as an array may be (a longer one is refused where the list is read).
      guard count <= 1 << 24 else { continue }
      let items = Value.list(ValueList((0..<count).map { .int(start + $0 * step) }))
      if let keyword {
        result.keywords[keyword].value = items
      } else {
        result.positional[parameter.position] = items
      }
    }
    return result
  }

  /// The value `call` gives `parameter`, by position or by keyword; nil when it gives none.
  private static func argument(_ parameter: Parameter, of call: CallArguments) -> Value? {
    call.positional.count > parameter.position
      ? call.positional[parameter.position] : call.keywords.first { $0.name == parameter.name }?.value
  }
}

extension UnusualArguments {
  /// The kinds of argument value a guarded function meets with a conversion of its own.
  enum GuardedKind: Sendable {
    /// A NaN or infinite Python float.
    case nonFinite
    /// A NumPy float or complex number.
    case numpyFloat
    /// A 0-d float or complex array.
    case zeroDimensionalFloat
    /// A Python complex number.
    case complex
    /// A bytes value.
    case bytes
    /// A tuple or list holding a complex number, a NaN or infinite float, a range, an empty container or a 0-d
    /// float array (`np.tile(a, (2 + 0j, 1))`).
    case oddItem
    /// A list, tuple or range given to the count parameter (`sequenceGuardedCounts`).
    case sequence
    /// A str or bytes given to the count parameter.
    case text
    /// An array with dimensions given to the count parameter.
    case array
    /// A Python float.
    case pythonFloat
    /// A Python float past 2**63 in magnitude.
    case hugeFloat
  }

  /// NumPy's functions that take a count, an axis or an index through their own Python code (a cast, a comparison,
  /// `int()`, a `%`), so that these kinds of value meet an error (or a result) of their own there: snippets'
  /// conversion error for one is refused. Each function's kinds are those the probe found snippets' error wrong for
  /// and none it found right.
  static let guardedFunctions: NameTable<Set<GuardedKind>> = {
    let numbers: Set<GuardedKind> = [.nonFinite, .numpyFloat, .zeroDimensionalFloat, .complex, .bytes]
    return [
      "repeat": [.bytes], "array_split": numbers.union([.pythonFloat]), "split": numbers.union([.pythonFloat]),
      "hsplit": numbers.union([.sequence, .text, .pythonFloat]), "vsplit": numbers.union([.pythonFloat]),
      "average": numbers, "base_repr": numbers.union([.sequence, .text, .pythonFloat]), "flip": numbers,
      "gradient": numbers.union([.pythonFloat]), "histogram": numbers, "median": numbers, "percentile": numbers,
      "quantile": numbers, "moveaxis": numbers, "polyfit": numbers.union([.sequence, .text, .array, .pythonFloat]),
      "resize": numbers.union([.text, .pythonFloat]), "roll": numbers,
      "rot90": numbers.union([.sequence, .text, .array, .pythonFloat]), "unique": numbers,
      "tri": numbers.union([.sequence, .text, .array, .pythonFloat]),
      "tile": [.zeroDimensionalFloat, .complex, .bytes, .oddItem], "take": [.complex],
      "insert": [.complex, .hugeFloat], "eye": [.hugeFloat], "binary_repr": [.sequence, .text, .pythonFloat],
      "geomspace": [.sequence, .array],
    ]
  }()

  /// The number parameter of NumPy's functions whose code compares it or computes with it first (`N <= 0`,
  /// `k %= 4`): the `sequence`, `text` and `array` kinds apply to it alone.
  static let sequenceGuardedCounts: NameTable<Parameter> = [
    "tri": ("N", 0), "polyfit": ("deg", 2), "binary_repr": ("width", 1), "base_repr": ("base", 1), "rot90": ("k", 1),
    "geomspace": ("num", 2), "resize": ("new_shape", 1), "hsplit": ("indices_or_sections", 1), "tile": ("reps", 1),
    "split": ("indices_or_sections", 1), "array_split": ("indices_or_sections", 1),
    "vsplit": ("indices_or_sections", 1), "gradient": ("axis", keywordOnly), "insert": ("obj", 1), "eye": ("k", 2),
  ]

  /// The array methods' guarded kinds, as `guardedFunctions`.
  static let guardedMethods: NameTable<Set<GuardedKind>> = ["repeat": [.bytes]]

  /// The keywords that name an axis (or axes) in NumPy's functions and methods.
  private static let axisKeywords: NameSet = [
    "axis", "axis1", "axis2", "axes", "source", "destination", "start",
  ]

  /// The positions of NumPy's functions' axis parameters, past the first.
  private static let axisPositions: NameTable<[Int]> = [
    "split": [2], "array_split": [2], "trapezoid": [3], "rollaxis": [1, 2], "moveaxis": [1, 2], "swapaxes": [1, 2],
    "flip": [1], "squeeze": [1], "expand_dims": [1], "roll": [2], "take": [2], "repeat": [2], "delete": [2],
    "insert": [3], "append": [2], "diff": [2], "sum": [1], "mean": [1], "std": [1], "var": [1], "prod": [1],
    "max": [1], "min": [1], "amax": [1], "amin": [1], "ptp": [1], "any": [1], "all": [1], "cumsum": [1],
    "cumprod": [1], "sort": [1], "argsort": [1], "argmax": [1], "argmin": [1], "concatenate": [1], "stack": [1],
    "median": [1], "percentile": [2], "quantile": [2], "average": [1], "nansum": [1], "nanmean": [1], "nanstd": [1],
    "nanvar": [1], "nanmax": [1], "nanmin": [1], "nanmedian": [1], "count_nonzero": [1], "unique": [],
    "diagonal": [2, 3], "trace": [2, 3], "partition": [2], "argpartition": [2], "take_along_axis": [2],
    "apply_along_axis": [1], "transpose": [1], "rot90": [2],
  ]

  /// NumPy's functions whose first argument is a count or a shape, not the data: an unusual value there is guarded
  /// too.
  private static let countFirst: NameSet = ["zeros", "ones", "empty", "full", "eye", "identity", "tri"]

  /// What is unusual about one of `call`'s arguments past its data (its first, unless `name` is in `countFirst`),
  /// for a refusal: an int past 64 bits (alone or in a tuple or list) for any function, and for a guarded one the
  /// kinds `guardedFunctions` lists. NumPy converts each its own way in each function — an OverflowError, "Maximum
  /// allowed dimension exceeded", a cast, a comparison — where snippets' conversions raise one error for all.
  static func unusualKind(_ name: String, _ call: CallArguments, isMethod: Bool) -> String? {
    let skip = isMethod || countFirst.contains(name) ? 0 : 1
    // An axis past 64 bits meets NumPy's axis converters, whose errors snippets give (fixture 98): not guarded.
    let axes = isMethod ? [] : axisPositions[name] ?? []
    let values: [(value: Value, isAxis: Bool)] =
      call.positional.enumerated().filter { $0.offset >= skip }.map { ($0.element, axes.contains($0.offset)) }
      + call.keywords.map { ($0.value, axisKeywords.contains($0.name)) }
    let kinds = (isMethod ? guardedMethods : guardedFunctions)[name] ?? []
    func isOddItem(_ item: Value) -> Bool {
      switch item {
      case .complex, .range: true
      case .float(let number): !number.isFinite || kinds.contains(.pythonFloat)
      case .list(let items), .tuple(let items): items.isEmpty
      case .tensor(let tensor): tensor.ndim == 0 && !tensor.isScalar && tensor.dtype.isFloat
      default: false
      }
    }
    for (value, isAxis) in values {
      switch value {
      case .bigInt where !isAxis: return hugeIntKind
      case .float(let number) where kinds.contains(.nonFinite) && !number.isFinite: return "a NaN or infinite float"
      case .tensor(let tensor) where tensor.ndim == 0 && (tensor.dtype.isFloat || tensor.dtype.isComplex):
        if tensor.isScalar && kinds.contains(.numpyFloat) { return "a numpy.\(tensor.dtype.rawValue) number" }
        if !tensor.isScalar && kinds.contains(.zeroDimensionalFloat) {
          return "a 0-d \(tensor.dtype.rawValue) array"
        }
      case .tuple(let items), .list(let items):
        if !isAxis, items.contains(where: { if case .bigInt = $0 { true } else { false } }) {
          return hugeIntKind
        }
        if kinds.contains(.oddItem), let odd = items.first(where: isOddItem) {
          return "a \(value.typeName) holding a \(odd.typeName)"
        }
      case .complex where kinds.contains(.complex): return "a complex number"
      case .bytes where kinds.contains(.bytes): return "a bytes value"
      default: continue
      }
    }
    // A sequence where the function reads one number (np.tri([2])): NumPy's comparison or arithmetic names its type.
    guard !isMethod, let parameter = sequenceGuardedCounts[name] else { return nil }
    switch argument(parameter, of: call) {
    case .float(let number)? where Swift.abs(number) >= 0x1p63 && kinds.contains(.hugeFloat):
      return "a float past 2**63 for \(parameter.name)"
    case .float?: return kinds.contains(.pythonFloat) ? "a float for \(parameter.name)" : nil
    case .list?, .tuple?, .range?: return kinds.contains(.sequence) ? "a sequence for \(parameter.name)" : nil
    case .string?, .bytes?: return kinds.contains(.text) ? "a str or bytes for \(parameter.name)" : nil
    case .tensor(let tensor)? where tensor.ndim > 0:
      return kinds.contains(.array) ? "an array for \(parameter.name)" : nil
    default: return nil
    }
  }

  /// `unusualKind`'s words for an int past 64 bits.
  static let hugeIntKind = "an int past 64 bits"

  /// Whether `call` gives an int past 64 bits, alone or in a tuple or list.
  static func hasHugeInt(_ call: CallArguments) -> Bool {
    func huge(_ value: Value) -> Bool {
      switch value {
      case .bigInt: true
      case .tuple(let items), .list(let items): items.contains { if case .bigInt = $0 { true } else { false } }
      default: false
      }
    }
    return call.positional.contains(where: huge) || call.keywords.contains { huge($0.value) }
  }

  /// `body`, NumPy's `name` called with `call`; an error it raises with an unusual argument (`unusualKind`) becomes a
  /// refusal naming the function and the argument, since NumPy's own error (or result) for it is not reproduced.
  static func refusingUnusual<T>(
    _ name: String, _ call: CallArguments, isMethod: Bool = false, shown: String? = nil,
    _ body: () throws(PythonError) -> T
  ) throws(PythonError) -> T {
    do {
      return try body()
    } catch {
      guard !error.isLimit, let kind = unusualKind(name, call, isMethod: isMethod) else { throw error }
      // An int past 64 bits is refused where snippets' own int conversion failed on it; an error the callee raises
      // deliberately (NumPy's C long overflow for keepdims, its text for a kind or mode) is NumPy's.
      if kind == hugeIntKind, !error.message.contains("cannot fit 'int' into an index-sized integer"),
        !error.message.hasPrefix("slice indices must be integers")
      {
        throw error
      }
      let shown = shown ?? (isMethod ? "ndarray.\(name)" : "np.\(name)")
      throw PythonError.limit(
        "\(shown) with \(kind) is not supported in snippets: NumPy converts such an argument its own way in each "
          + "function (an OverflowError, a cast, a comparison or a result), which snippets do not reproduce for "
          + "\(shown) (they raised \(error.type): \(error.message))")
    }
  }
}

extension Value {
  /// The value as a Python int by its `__index__`, as CPython's slice bounds, `int()`'s base and `bin()` read one:
  /// ints and bools, and NumPy integers (0-d integer arrays too); nil for a value with no `__index__`. A NumPy array
  /// of other kinds raises its own `__index__` error.
  func indexInteger() throws(PythonError) -> BigInt? {
    if let integer = bigInteger { return integer }
    guard case .tensor(let tensor) = self else { return nil }
    // A uint64 from 2**63 up is the Python int it stands for (its storage is the negative bit pattern).
    if tensor.ndim == 0, tensor.dtype == .uint64, case .int64(let values) = tensor.storage, values[0] < 0 {
      return Value.pythonInt(values[0], of: .uint64).bigInteger
    }
    do {
      return BigInt(try toInt())
    } catch {
      if !tensor.isScalar { throw error }
      return nil
    }
  }

  /// The value as a C `Py_ssize_t` (`list.insert`'s and `list.pop`'s index): an int past 64 bits is CPython's
  /// OverflowError.
  func toSsize() throws(PythonError) -> Int {
    if case .bigInt = self { throw PythonError("OverflowError", "Python int too large to convert to C ssize_t") }
    return try toInt()
  }
}

extension Value {
  /// A positive Python int too large for a double as C's `frexp` gives it (`_PyLong_Frexp`): a mantissa in
  /// [0.5, 1) rounded half to even from all the int's bits, and the power of two; nil for any other value.
  var hugeFrexp: (Double, Int)? {
    guard case .bigInt(let big) = self, !big.negative, big.double == nil else { return nil }
    let width = big.bitWidth
    let shift = width - 64
    // The top 64 bits, with a sticky low bit for any bit below them, round once to 53 in the conversion.
    let top = big.shiftedRight(shift)
    var bits: UInt64 = 0
    for (position, limb) in top.limbs.prefix(2).enumerated() { bits |= UInt64(limb) << (32 * UInt64(position)) }
    let fullLimbs = shift / 32
    var sticky = big.limbs.prefix(fullLimbs).contains { $0 != 0 }
    if !sticky, shift % 32 != 0, fullLimbs < big.limbs.count {
      sticky = big.limbs[fullLimbs] & ((1 << UInt32(shift % 32)) - 1) != 0
    }
    if sticky { bits |= 1 }
    var mantissa = Double(bits) / 18_446_744_073_709_551_616.0
    var exponent = width
    if mantissa == 1 {
      mantissa = 0.5
      exponent += 1
    }
    return (mantissa, exponent)
  }
}
