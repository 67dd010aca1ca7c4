import TensorCore

/// NumPy's errors for an axis no C int holds (`np.sum(a, axis=np.uint64(2**63))`, `a.mean(axis=2**40)`), by the
/// way each function converts its axis, as the answer47 probe (`Fuzz/answer47_probe.py wide-axes`) found them in
/// NumPy 2.4: every converter fails on an int no C long holds with "Python int too large to convert to C long"; on
/// one a C long holds but a C int does not, the C converter of the reductions says "integer won't fit into a C int",
/// `normalize_axis_index` (the Python-level functions) "Python int too large to convert to C int" and swapaxes' int
/// parser "signed integer is greater than maximum". Snippets refuse such an axis where they read it (`toAxis`, the
/// core's normaliser: `TensorError.axisBeyondCInt`); the functions listed here turn that refusal into NumPy's error.
enum WideAxes {
  /// How a function reads its axis.
  enum Converter {
    /// `PyArray_AxisConverter` and kin (the reductions, concatenate, take, repeat, ...).
    case cInt
    /// `normalize_axis_index` / `normalize_axis_tuple` (mean, sort, flip, expand_dims, moveaxis, ...).
    case normalizer
    /// The `i` argument parser of swapaxes.
    case signedInt
    /// `PyArray_IntpConverter` of transpose's axes: only an int past a C long is answered.
    case intp
  }

  /// NumPy's functions by the name docbuild calls them (`numpy.sum`), each with its converter.
  static let functions: [String: Converter] = {
    var table: [String: Converter] = [:]
    for name in [
      "sum", "prod", "max", "min", "amax", "amin", "any", "all", "ptp", "argmax", "argmin", "cumsum", "cumprod",
      "argsort", "nansum", "nanmean", "nanmax", "nanmin", "nanstd", "nanvar", "nanprod", "nanargmax", "nanargmin",
      "nancumsum", "count_nonzero", "add.reduce", "maximum.reduce", "add.accumulate", "multiply.reduce",
      "concatenate", "squeeze", "take", "repeat", "append", "argpartition", "linalg.norm", "cumulative_sum",
      "compress",
    ] {
      table["numpy." + name] = .cInt
    }
    for name in [
      "mean", "std", "var", "sort", "median", "percentile", "quantile", "average", "stack", "expand_dims", "flip",
      "roll", "diff", "moveaxis", "rollaxis", "delete", "insert", "unique", "gradient", "cross", "partition",
      "apply_along_axis", "take_along_axis", "nanmedian", "lexsort",
    ] {
      table["numpy." + name] = .normalizer
    }
    table["numpy.swapaxes"] = .signedInt
    table["numpy.transpose"] = .intp
    return table
  }()

  /// The array methods, by name, each with its converter.
  static let methods: [String: Converter] = [
    "sum": .cInt, "prod": .cInt, "max": .cInt, "min": .cInt, "any": .cInt, "all": .cInt, "argmax": .cInt,
    "argmin": .cInt, "cumsum": .cInt, "cumprod": .cInt, "argsort": .cInt, "squeeze": .cInt, "take": .cInt,
    "repeat": .cInt, "mean": .normalizer, "std": .normalizer, "var": .normalizer, "sort": .normalizer,
    "partition": .normalizer, "swapaxes": .signedInt, "transpose": .intp,
  ]

  /// True for the functions whose axis refusals `answering` turns into NumPy's errors.
  static func answers(function name: String) -> Bool {
    // Every one is NumPy's: a Python builtin's call hashes its name for neither table.
    name.hasPrefix("numpy.") && (functions[name] != nil || tupleIndexingFunctions[name] != nil)
  }

  /// `body`, NumPy's `name` (a method when `isMethod`) called with `call`, with the refusal of an axis no C int holds
  /// made NumPy's error for the way `name` converts it.
  static func answering<T>(
    _ name: String, isMethod: Bool, _ call: CallArguments, _ body: () throws(PythonError) -> T
  ) throws(PythonError) -> T {
    do {
      return try body()
    } catch {
      if error.isLimit, error.message == Value.highUnsignedIndex.message, !isMethod,
        let indexError = tupleIndexError(name, call)
      {
        throw indexError
      }
      guard error.isLimit, var converter = isMethod ? methods[name] : functions[name],
        let axis = beyondCInt(error)
      else { throw error }
      // np.mean, np.var and np.std with a mask sum the mask over the axes first, with the C converter.
      if ["numpy.mean", "numpy.var", "numpy.std", "mean", "var", "std"].contains(name),
        let mask = call.keywords.first(where: { $0.name == "where" })?.value
      {
        if case .bool(true) = mask {} else { converter = .cInt }
      }
      // np.linalg.norm reads one axis with `int()` and the C converter, a tuple of them with the normaliser.
      if name == "numpy.linalg.norm", case .tuple? = call.keywords.first(where: { $0.name == "axis" })?.value {
        converter = .normalizer
      }
      if name == "numpy.linalg.norm", call.positional.count > 2, case .tuple = call.positional[2] {
        converter = .normalizer
      }
      guard let cLong = axis else {
        if converter == .intp { throw PythonError.value("Maximum allowed dimension exceeded") }
        throw PythonError("OverflowError", "Python int too large to convert to C long")
      }
      switch converter {
      case .cInt: throw PythonError.value("integer won't fit into a C int")
      case .normalizer: throw PythonError("OverflowError", "Python int too large to convert to C int")
      case .signedInt:
        throw PythonError(
          "OverflowError", "signed integer is \(cLong < 0 ? "less than minimum" : "greater than maximum")")
      case .intp: throw error
      }
    }
  }

  /// The functions that index a shape tuple with their axis (`shape[axis]`), by the position of the axis: a uint64
  /// from 2**63 up is CPython's IndexError naming its type.
  private static let tupleIndexingFunctions: [String: (name: String, position: Int)] = [
    "numpy.split": ("axis", 2), "numpy.array_split": ("axis", 2), "numpy.trapezoid": ("axis", 3),
    "numpy.tensordot": ("axes", 2),
  ]

  /// CPython's IndexError for the uint64 from 2**63 up given as the axis of a function that indexes a tuple with it
  /// (in np.tensordot's pair of axes, the first), when no other argument is such a uint64; nil otherwise.
  private static func tupleIndexError(_ name: String, _ call: CallArguments) -> PythonError? {
    guard let parameter = tupleIndexingFunctions[name] else { return nil }
    var axis = call.keywords.first(where: { $0.name == parameter.name })?.value
    if axis == nil, call.positional.count > parameter.position { axis = call.positional[parameter.position] }
    if name == "numpy.tensordot" {
      // np.tensordot reads `axes[0]` as a sequence first: a 0-d array there is unhashable in NumPy.
      guard case .tuple(let pair)? = axis, let first = pair.first, case .tensor(let scalar) = first, scalar.isScalar
      else { return nil }
      axis = first
    }
    guard let axis, axis.isHighUnsigned else { return nil }
    let others = call.positional.filter(\.isHighUnsigned).count + call.keywords.filter(\.value.isHighUnsigned).count
    guard others == (name == "numpy.tensordot" ? 0 : 1) else { return nil }
    return axis.cannotFitIndex("IndexError")
  }

  /// The axis a refusal of `TensorError.axisBeyondCInt` names: `.some(value)` for one a C long holds, `.some(nil)`
  /// for one past it; nil for any other error.
  private static func beyondCInt(_ error: PythonError) -> Int?? {
    let prefix = "axis "
    let suffix = " is beyond a C int, which is not supported in snippets"
    guard error.message.hasPrefix(prefix), let end = error.message.range(of: suffix) else { return nil }
    let text = error.message[error.message.index(error.message.startIndex, offsetBy: prefix.count)..<end.lowerBound]
    return .some(Int(text))
  }
}
