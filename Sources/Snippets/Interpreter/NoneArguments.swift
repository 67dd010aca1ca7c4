/// NumPy's errors for None given explicitly to a parameter whose NumPy default is not None (`np.round(a, None)`,
/// `a.sum(keepdims=None)`, `np.std(a, ddof=None)`): snippets' argument binding reads a None as an absent argument, so
/// without this check the call would run with the default where NumPy raises. Each error is NumPy 2.4's own (checked in
/// `Fixtures/interpreter/415-*`, `make_reach41_fixtures.py`); a None NumPy reads as a flag's value
/// (`np.cov(m, rowvar=None)` is rowvar=False) is passed on as that value; one NumPy answers in a way snippets do not
/// reproduce (`np.where(c, x, None)`, an array of objects) is refused.
enum NoneArguments {
  /// A parameter by its name and its position among the positional arguments (past any position for a keyword-only
  /// one).
  typealias Parameter = (name: String, position: Int)

  /// What NumPy does with None for a parameter.
  enum Answer {
    /// Raises this TypeError.
    case typeError(String)
    /// Raises this ValueError.
    case valueError(String)
    /// Reads it as this value (`rowvar=None` is false to `if not rowvar`; `bias=None` is true to np.cov's
    /// `bias == 0` test): the call goes on with it.
    case reads(Value)
    /// Answers in a way snippets do not reproduce (an array of objects, an error naming the other operand's type).
    case refused(String)
    /// A str unpacked into two names (`axes_a, axes_b = axes`): Python's ValueError for a length other than two
    /// (`lengthError` instead when NumPy checks the length first, np.rot90's "len(axes) must be 2."); two characters
    /// go on into NumPy's code, refused.
    case unpackedIntoTwo(lengthError: String?)
  }

  private static let notAnInteger = Answer.typeError("'NoneType' object cannot be interpreted as an integer")
  private static let ddofComparison = Answer.typeError("'<=' not supported between instances of 'int' and 'NoneType'")
  private static let nanDdofSubtraction = Answer.typeError("unsupported operand type(s) for -: 'int' and 'NoneType'")
  private static let notIterable = Answer.typeError("'NoneType' object is not iterable")
  private static let noIntegerConversion = Answer.typeError(
    "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
  private static let noIsfinite = Answer.typeError(
    "ufunc 'isfinite' not supported for the input types, and the inputs could not be safely coerced to any supported "
      + "types according to the casting rule ''safe''")
  private static let notAMethod = Answer.valueError(
    "None is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', "
      + "'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', "
      + "'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])")
  private static let objectArray = Answer.refused("NumPy makes an array of objects")
  private static let keywordOnly = Int.max

  /// NumPy's functions, by the name `np` gives them: each parameter and what NumPy does with None, in the order NumPy
  /// reaches them.
  static let functions: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    var table: [String: [(parameter: Parameter, answer: Answer)]] = [
      "round": [(("decimals", 1), notAnInteger)],
      "around": [(("decimals", 1), notAnInteger)],
      "diff": [
        // (Its axis=None is np.diff's own check, after n's and the dimension's.)
        (("n", 1), .typeError("'<' not supported between instances of 'NoneType' and 'int'")),
        (("prepend", 3), objectArray), (("append", 4), objectArray),
      ],
      "eye": [(("k", 2), .typeError("'>=' not supported between instances of 'NoneType' and 'int'"))],
      "tile": [(("reps", 1), .typeError("unsupported operand type(s) for *: 'int' and 'NoneType'"))],
      "split": [(("indices_or_sections", 1), .typeError("unsupported operand type(s) for %: 'int' and 'NoneType'"))],
      "array_split": [(("indices_or_sections", 1), noIntegerConversion)],
      "polyfit": [(("deg", 2), noIntegerConversion)],
      "histogram": [(("bins", 1), .typeError("`bins` must be an integer, a string, or an array"))],
      "where": [(("x", 1), objectArray), (("y", 2), objectArray)],
      "diag": [(("k", 1), notAnInteger)],
      "diagonal": [(("offset", 1), notAnInteger), (("axis1", 2), notAnInteger), (("axis2", 3), notAnInteger)],
      "trace": [(("offset", 1), notAnInteger), (("axis1", 2), notAnInteger), (("axis2", 3), notAnInteger)],
      "tril": [(("k", 1), .typeError("bad operand type for unary -: 'NoneType'"))],
      "triu": [(("k", 1), .typeError("unsupported operand type(s) for -: 'NoneType' and 'int'"))],
      "tril_indices": [(("k", 1), .typeError("bad operand type for unary -: 'NoneType'"))],
      "triu_indices": [(("k", 1), .typeError("unsupported operand type(s) for -: 'NoneType' and 'int'"))],
      "isclose": [(("rtol", 2), noIsfinite), (("atol", 3), noIsfinite)],
      "allclose": [(("rtol", 2), noIsfinite), (("atol", 3), noIsfinite)],
      "percentile": [(("method", 5), notAMethod)],
      "quantile": [(("method", 5), notAMethod)],
      "average": [(("keepdims", keywordOnly), notAnInteger)],
      "bincount": [(("minlength", 2), .typeError("use 0 instead of None for minlength"))],
      "searchsorted": [(("side", 2), .typeError("search side must be str, not NoneType"))],
      "gradient": [
        (("edge_order", keywordOnly), .typeError("'>' not supported between instances of 'NoneType' and 'int'"))
      ],
      "convolve": [(("mode", 2), .typeError("convolve/correlate mode not understood"))],
      "correlate": [(("mode", 2), .typeError("convolve/correlate mode not understood"))],
      "cov": [(("rowvar", 2), .reads(.bool(false))), (("bias", 3), .reads(.bool(true)))],
      "corrcoef": [(("rowvar", 2), .reads(.bool(false)))],
      "rot90": [
        (("k", 1), .typeError("unsupported operand type(s) for %=: 'NoneType' and 'int'")), (("axes", 2), notIterable),
      ],
      "pad": [(("mode", 2), .valueError("mode 'None' is not supported"))],
      "nan_to_num": [(("nan", 2), .refused("NumPy casts an object scalar into the array"))],
      "linspace": [(("axis", 6), notIterable)],
      "logspace": [(("axis", 6), notIterable)],
      "geomspace": [(("axis", 5), notIterable)],
      "repeat": [(("repeats", 1), noIntegerConversion)],
      "roll": [(("shift", 1), noIntegerConversion)],
      "moveaxis": [(("source", 1), notIterable), (("destination", 2), notIterable)],
      "trapezoid": [
        (("dx", 2), .refused("NumPy multiplies None by the samples, an error naming their type")),
        (("axis", 3), .typeError("list indices must be integers or slices, not NoneType")),
      ],
      "partition": [(("kind", 3), .typeError("select kind must be str, not NoneType"))],
      "linalg.qr": [(("mode", 1), .valueError("Unrecognized mode 'None'"))],
      // `if full_matrices:`, `if compute_uv:`.
      "linalg.svd": [(("full_matrices", 1), .reads(.bool(false))), (("compute_uv", 2), .reads(.bool(false)))],
      "argpartition": [(("kind", 3), .typeError("select kind must be str, not NoneType"))],
      "base_repr": [(("base", 1), .typeError("'>' not supported between instances of 'NoneType' and 'int'"))],
      "diag_indices": [(("ndim", 1), .typeError("can't multiply sequence by non-int of type 'NoneType'"))],
      "diagflat": [(("k", 1), .typeError("bad operand type for abs(): 'NoneType'"))],
      "histogram_bin_edges": [(("bins", 1), .typeError("`bins` must be an integer, a string, or an array"))],
      "lexsort": [(("axis", 1), notAnInteger)],
      "packbits": [(("bitorder", 2), .typeError("pack() argument 3 must be str, not None"))],
      "unpackbits": [(("bitorder", 3), .typeError("unpack() argument 4 must be str, not None"))],
      "rollaxis": [(("start", 2), .typeError("'<' not supported between instances of 'NoneType' and 'int'"))],
      "tri": [(("k", 2), .typeError("bad operand type for unary -: 'NoneType'"))],
      "tensordot": [(("axes", 2), .typeError("bad operand type for unary -: 'NoneType'"))],
    ]
    // Reductions with (a, axis, dtype, out, keepdims) and with (a, axis, out, keepdims). (A None mask, `where=None`,
    // is read where the mask is: `callStartedReduction`, `callMaskedStatistic`.)
    for name in ["sum", "prod", "mean", "nanmean", "nansum", "nanprod"] {
      table[name] = [(("keepdims", 4), notAnInteger)]
    }
    for name in ["max", "min", "amax", "amin", "all", "any", "ptp", "nanmax", "nanmin"] {
      table[name] = [(("keepdims", 3), notAnInteger)]
    }
    for name in ["std", "var"] { table[name] = [(("ddof", 4), ddofComparison), (("keepdims", 5), notAnInteger)] }
    for name in ["nanstd", "nanvar"] {
      table[name] = [(("ddof", 4), nanDdofSubtraction), (("keepdims", 5), notAnInteger)]
    }
    return NameTable(table)
  }()

  /// The array methods, by name, as `functions` (positions count from the first argument after the array).
  static let methods: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    var table: [String: [(parameter: Parameter, answer: Answer)]] = [
      "round": [(("decimals", 0), notAnInteger)],
      "diagonal": [(("offset", 0), notAnInteger), (("axis1", 1), notAnInteger), (("axis2", 2), notAnInteger)],
      "trace": [(("offset", 0), notAnInteger), (("axis1", 1), notAnInteger), (("axis2", 2), notAnInteger)],
      "repeat": [(("repeats", 0), noIntegerConversion)],
      "searchsorted": [(("side", 1), .typeError("search side must be str, not NoneType"))],
      // NumPy's default dtype.
      "astype": [(("dtype", 0), .reads(.dtype(.float64)))],
    ]
    // The methods all and any take (axis, dtype, out, keepdims), as NumPy's `_methods._all`/`_any` they call.
    for name in ["sum", "prod", "mean", "all", "any"] { table[name] = [(("keepdims", 3), notAnInteger)] }
    for name in ["max", "min"] { table[name] = [(("keepdims", 2), notAnInteger)] }
    for name in ["std", "var"] { table[name] = [(("ddof", 3), ddofComparison), (("keepdims", 4), notAnInteger)] }
    return NameTable(table)
  }()

  /// The reductions whose `keepdims` NumPy converts with C's int parser (`np.sum(a, keepdims='1')` is a TypeError,
  /// `keepdims=2` keeps them), found in `functions` and `methods` by that parameter's position; np.median,
  /// np.percentile and the others read it as Python's truth.
  static let integerKeepdims: NameSet = [
    "sum", "prod", "mean", "nanmean", "nansum", "nanprod", "max", "min", "amax", "amin", "all", "any", "ptp",
    "nanmax", "nanmin", "std", "var", "nanstd", "nanvar", "average",
  ]

  /// NumPy's TypeError for a bool given as the axis (a Python bool, NumPy's bool, or one in a tuple of axes), which
  /// Python reads as an int but NumPy's C axis converters do not: the reductions' (`np.sum(a, axis=True)`) and the
  /// others' ("… for the axis"); by function, the axis's position and the message. (A list of axes is
  /// `UnusualArguments`'.)
  static let boolAxisFunctions: NameTable<(parameter: Parameter, message: String)> = {
    // np.bincount's minlength, an int its C parser reads the same way.
    var table: [String: (parameter: Parameter, message: String)] = [
      "bincount": (("minlength", 2), "an integer is required")
    ]
    for name in [
      "sum", "prod", "mean", "max", "min", "amax", "amin", "std", "var", "any", "all", "ptp", "nansum", "nanmean",
      "nanmax", "nanmin", "nanstd", "nanvar", "nanprod", "count_nonzero",
    ] {
      table[name] = (("axis", 1), "an integer is required")
    }
    for name in [
      "argmax", "argmin", "argsort", "cumsum", "cumprod", "concatenate", "squeeze", "nancumsum", "nancumprod",
    ] {
      table[name] = (("axis", 1), "an integer is required for the axis")
    }
    for name in ["take", "repeat", "append", "argpartition", "compress"] {
      table[name] = (("axis", 2), "an integer is required for the axis")
    }
    for name in ["nanargmax", "nanargmin"] { table[name] = (("axis", 1), "an integer is required") }
    table["trapezoid"] = (("axis", 3), "an integer is required")
    return NameTable(table)
  }()

  /// The array methods' bool axes, as `boolAxisFunctions` (positions count from the first argument after the array).
  static let boolAxisMethods: NameTable<(parameter: Parameter, message: String)> = {
    var table: [String: (parameter: Parameter, message: String)] = [:]
    for name in ["sum", "prod", "mean", "max", "min", "std", "var", "any", "all"] {
      table[name] = (("axis", 0), "an integer is required")
    }
    for name in ["argmax", "argmin", "argsort", "cumsum", "cumprod", "squeeze"] {
      table[name] = (("axis", 0), "an integer is required for the axis")
    }
    for name in ["take", "repeat", "compress", "argpartition"] {
      table[name] = (("axis", 1), "an integer is required for the axis")
    }
    return NameTable(table)
  }()

  /// NumPy's TypeError for a float (a Python float or NumPy's float scalar) given as an axis or offset, whose words
  /// depend on the converter it meets: C's int parser ("integer argument expected, got float") or Python code that
  /// iterates the axes ("'float' object is not iterable"); snippets' own conversion words it as Python's
  /// `operator.index` does, which is NumPy's only for the other functions. A float shift of np.roll, which NumPy
  /// truncates, is refused.
  static let floatAxisFunctions: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    let integerExpected = Answer.typeError("integer argument expected, got float")
    let notIterable = Answer.typeError("'float' object is not iterable")
    var table: [String: [(parameter: Parameter, answer: Answer)]] = [
      "trace": [(("offset", 1), integerExpected), (("axis1", 2), integerExpected), (("axis2", 3), integerExpected)],
      "delete": [(("axis", 2), integerExpected)],
      "insert": [(("axis", 3), integerExpected)],
      "roll": [(("shift", 1), .refused("NumPy truncates a float shift")), (("axis", 2), notIterable)],
    ]
    for name in ["mean", "std", "var", "sort", "stack", "expand_dims", "apply_along_axis"] {
      table[name] = [(("axis", 1), integerExpected)]
    }
    let computed = Answer.refused("NumPy computes with it")
    table["tri"] = [(("M", 1), computed), (("k", 2), computed)]
    table["rot90"] = [(("k", 1), computed), (("axes", 2), notIterable)]
    table["base_repr"] = [
      (("base", 1), computed), (("padding", 2), .typeError("can't multiply sequence by non-int of type '{type}'")),
    ]
    table["binary_repr"] = [(("width", 1), computed)]
    table["diag_indices"] = [(("ndim", 1), .typeError("can't multiply sequence by non-int of type '{type}'"))]
    table["gradient"] = [(("edge_order", Int.max), computed), (("axis", Int.max), notIterable)]
    table["cov"] = [(("ddof", 4), computed)]
    table["lexsort"] = [(("axis", 1), integerExpected)]
    // np.repeat's float repeats are converted as NumPy does in UnusualArguments.repeatCounts.
    // NumPy formats an out-of-range start with %d (a NaN's ValueError) before inserting an in-range one.
    table["rollaxis"] = [(("start", 2), .refused("NumPy formats or inserts it by its value"))]
    table["partition"] = [(("axis", 2), integerExpected)]
    table["transpose"] = [(("axes", 1), computed)]
    table["trapezoid"] = [(("axis", 3), .typeError("list indices must be integers or slices, not {type}"))]
    table["histogram"] = [
      (("bins", 1), .typeError("`bins` must be an integer, a string, or an array")),
      (("range", 2), .unpackedIntoTwo(lengthError: nil)),
    ]
    table["histogram_bin_edges"] = table["histogram"]
    for name in ["nanmedian", "nanpercentile", "nanquantile"] {
      table[name] = [(("axis", name == "nanmedian" ? 1 : 2), notIterable)]
    }
    for name in ["flip", "median", "average"] { table[name] = [(("axis", 1), notIterable)] }
    for name in ["percentile", "quantile"] { table[name] = [(("axis", 2), notIterable)] }
    table["unique"] = [(("axis", 4), notIterable)]
    return NameTable(table)
  }()

  /// The array methods' float axes and offsets, as `floatAxisFunctions`.
  static let floatAxisMethods: NameTable<[(parameter: Parameter, answer: Answer)]> = [
    "mean": [(("axis", 0), .typeError("integer argument expected, got float"))],
    "std": [(("axis", 0), .typeError("integer argument expected, got float"))],
    "var": [(("axis", 0), .typeError("integer argument expected, got float"))],
    "sort": [(("axis", 0), .typeError("integer argument expected, got float"))],
    "trace": [(("offset", 0), .typeError("integer argument expected, got float"))],
  ]

  /// NumPy's answers to a str where a function takes an int (`np.split(a, '2')`), in the order its code reaches them:
  /// a comparison's or a slice's TypeError, or a refusal where NumPy parses the text as a number (`np.repeat(a, '2')`
  /// repeats twice) or formats it (`np.rot90`'s `k %= 4`).
  static let textFunctions: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    let comparison = Answer.typeError("'<' not supported between instances of 'str' and 'int'")
    let sliceIndex = Answer.typeError("slice indices must be integers or None or have an __index__ method")
    return [
      "diff": [(("n", 1), comparison)],
      "polyfit": [(("deg", 2), comparison)],
      "split": [(("indices_or_sections", 1), sliceIndex)],
      "array_split": [(("indices_or_sections", 1), sliceIndex)],
      "repeat": [(("repeats", 1), .refused("NumPy casts the text to an int"))],
      "roll": [(("shift", 1), .refused("NumPy converts the text with int()"))],
      "rot90": [
        (("k", 1), .refused("NumPy reduces k with %, which formats a str")),
        (("axes", 2), .unpackedIntoTwo(lengthError: "len(axes) must be 2.")),
      ],
      "base_repr": [(("padding", 2), .refused("NumPy multiplies '0' by it when it is not empty"))],
      "trapezoid": [(("dx", 2), .refused("NumPy multiplies the samples by the text, an error naming its dtype"))],
      "isclose": [(("rtol", 2), noIsfinite), (("atol", 3), noIsfinite)],
      "allclose": [(("rtol", 2), noIsfinite), (("atol", 3), noIsfinite)],
      "nan_to_num": [
        (("nan", 2), .refused("NumPy casts the text into the array, an error naming its dtype")),
        (("posinf", 3), .refused("NumPy casts the text into the array, an error naming its dtype")),
        (("neginf", 4), .refused("NumPy casts the text into the array, an error naming its dtype")),
      ],
      "cov": [(("ddof", 4), .refused("NumPy compares the text with its int()"))],
      "linalg.norm": [(("axis", 2), .refused("NumPy converts the text with int()"))],
      "linalg.matrix_rank": [(("tol", 1), .refused("NumPy compares the singular values with the text"))],
      "linalg.pinv": [(("rcond", 1), .refused("NumPy multiplies the singular values by the text"))],
      "tensordot": [(("axes", 2), .unpackedIntoTwo(lengthError: nil))],
      "histogram": [(("range", 2), .unpackedIntoTwo(lengthError: nil))],
      "histogram_bin_edges": [(("range", 2), .unpackedIntoTwo(lengthError: nil))],
    ]
  }()

  /// NumPy's errors for a value that is not a number (a str, list, tuple, dict, …; checked after `textFunctions`)
  /// where its Python code does arithmetic or a comparison with an int (`np.tri(3, k=[1])`), worded with the value's
  /// type (`{type}`); a pair (`range=`, `axes=`) unpacked into two names.
  static let nonNumberFunctions: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    let comparedAbove = Answer.typeError("'>' not supported between instances of '{type}' and 'int'")
    let comparedBelow = Answer.typeError("'<' not supported between instances of '{type}' and 'int'")
    let repeated = Answer.typeError("can't multiply sequence by non-int of type '{type}'")
    return [
      "diff": [(("n", 1), comparedBelow)],
      "base_repr": [
        (("base", 1), comparedAbove), (("padding", 2), .refused("NumPy multiplies '0' by it when it is not empty")),
      ],
      "binary_repr": [(("width", 1), comparedAbove)],
      "diag_indices": [(("ndim", 1), repeated)],
      "diagflat": [(("k", 1), .typeError("bad operand type for abs(): '{type}'"))],
      "gradient": [(("edge_order", keywordOnly), comparedAbove)],
      "rollaxis": [(("start", 2), comparedBelow)],
      "rot90": [(("k", 1), .typeError("unsupported operand type(s) for %=: '{type}' and 'int'"))],
      "tri": [
        (("M", 1), .typeError("unsupported operand type(s) for -: '{type}' and 'int'")),
        (("k", 2), .typeError("bad operand type for unary -: '{type}'")),
      ],
      "histogram": [(("range", 2), .unpackedIntoTwo(lengthError: nil))],
      "histogram_bin_edges": [(("range", 2), .unpackedIntoTwo(lengthError: nil))],
      "linalg.matrix_rank": [(("tol", 1), .refused("NumPy broadcasts a sequence of tolerances"))],
      "linalg.pinv": [(("rcond", 1), .refused("NumPy broadcasts a sequence of cutoffs"))],
      "interp": [
        (("left", 3), .typeError("must be real number, not {type}")),
        (("right", 4), .typeError("must be real number, not {type}")),
        (("period", 5), .typeError("bad operand type for abs(): '{type}'")),
      ],
      "trapezoid": [
        (("dx", 2), .refused("NumPy broadcasts a sequence of spacings")),
        (("axis", 3), .typeError("list indices must be integers or slices, not {type}")),
      ],
      // `bias == 0` decides: anything that is not a number is unequal, the biased estimate.
      "cov": [
        (("bias", 3), .reads(.bool(true))),
        (
          ("ddof", 4),
          .typeError("int() argument must be a string, a bytes-like object or a real number, not '{type}'")
        ),
      ],
      "isclose": [
        (("rtol", 2), .refused("NumPy broadcasts a sequence of tolerances")),
        (("atol", 3), .refused("NumPy broadcasts a sequence of tolerances")),
      ],
      "allclose": [
        (("rtol", 2), .refused("NumPy broadcasts a sequence of tolerances")),
        (("atol", 3), .refused("NumPy broadcasts a sequence of tolerances")),
      ],
    ]
  }()

  /// NumPy's errors for a value other than a str (a float, a list, a tuple, …; an int is left to the callee, where
  /// np.convolve takes one) given to a parameter that takes a str, worded with its type.
  static let textParameterFunctions: NameTable<[(parameter: Parameter, answer: Answer)]> = [
    "convolve": [(("mode", 2), .typeError("convolve/correlate mode not understood"))],
    "correlate": [(("mode", 2), .typeError("convolve/correlate mode not understood"))],
    "partition": [(("kind", 3), .typeError("select kind must be str, not {type}"))],
    "argpartition": [(("kind", 3), .typeError("select kind must be str, not {type}"))],
    "packbits": [(("bitorder", 2), .typeError("pack() argument 3 must be str, not {type}"))],
    "unpackbits": [(("bitorder", 3), .typeError("unpack() argument 4 must be str, not {type}"))],
  ]

  /// Parameters NumPy unpacks into two (`range=`) or iterates (`axes=`), given one number: its TypeError.
  static let numberPairFunctions: NameTable<[Parameter]> = [
    "histogram": [("range", 2)], "histogram_bin_edges": [("range", 2)], "rot90": [("axes", 2)],
  ]

  /// The words of `numberPairFunctions`' TypeError for `given`.
  private static func notIterableMessage(_ parameter: Parameter, _ given: Value) -> String {
    parameter.name == "range"
      ? "cannot unpack non-iterable \(given.typeName) object" : "'\(given.typeName)' object is not iterable"
  }

  /// Int parameters given a Python int of more than 63 bits, which NumPy's code meets in its own way (a C long's
  /// OverflowError, "Maximum allowed dimension exceeded", or a value: `np.rot90(a, 2**63)` is `a`): refused.
  static let bigIntFunctions: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    let refused = Answer.refused("NumPy's answer depends on where it converts the int")
    return [
      "round": [(("decimals", 1), refused)], "around": [(("decimals", 1), refused)], "diag": [(("k", 1), refused)],
      "diagonal": [(("offset", 1), refused)], "trace": [(("offset", 1), refused)],
      "binary_repr": [(("width", 1), refused)], "tensordot": [(("axes", 2), refused)],
      "base_repr": [(("base", 1), refused), (("padding", 2), refused)], "diag_indices": [(("ndim", 1), refused)],
      "diagflat": [(("k", 1), refused)], "eye": [(("M", 1), refused), (("k", 2), refused)],
      "vander": [(("N", 1), refused)], "polyint": [(("m", 1), refused)], "rot90": [(("k", 1), refused)],
      "tri": [(("M", 1), refused), (("k", 2), refused)], "cov": [(("ddof", 4), refused)],
      "gradient": [(("edge_order", keywordOnly), refused)], "trim_zeros": [(("axis", keywordOnly), refused)],
      "histogram": [(("bins", 1), refused)], "histogram_bin_edges": [(("bins", 1), refused)],
    ]
  }()

  /// The array methods' such parameters, as `bigIntFunctions`.
  static let bigIntMethods: NameTable<[(parameter: Parameter, answer: Answer)]> = [
    "round": [(("decimals", 0), .refused("NumPy raises a C long's OverflowError"))],
    "diagonal": [(("offset", 0), .refused("NumPy raises a C long's OverflowError"))],
    "trace": [(("offset", 0), .refused("NumPy raises a C long's OverflowError"))],
  ]

  /// The array methods' such parameters, as `textFunctions`.
  static let textMethods: NameTable<[(parameter: Parameter, answer: Answer)]> = [
    "repeat": [(("repeats", 0), .refused("NumPy casts the text to an int"))]
  ]

  /// Parameters NumPy takes as any number (np.std's ddof divides as a float; np.tril's k is compared with an index
  /// grid) that snippets read as an int: any other value there is refused rather than met with snippets' TypeError.
  static let numberParameters: NameTable<Parameter> = [
    "std": ("ddof", 4), "var": ("ddof", 4), "nanstd": ("ddof", 4), "nanvar": ("ddof", 4), "tril": ("k", 1),
    "triu": ("k", 1),
  ]

  /// The array methods' such parameters, as `numberParameters`.
  static let numberMethodParameters: NameTable<Parameter> = ["std": ("ddof", 3), "var": ("ddof", 3)]

  /// Python's builtins and the methods of str, bytes and list (`str.split`), as `functions`: CPython's errors for None
  /// where the parameter takes an int or a str.
  static let python: NameTable<[(parameter: Parameter, answer: Answer)]> = {
    let fillCharacter = Answer.typeError("The fill character must be a unicode character, not NoneType")
    return [
      "str.split": [(("maxsplit", 1), notAnInteger)],
      "str.rsplit": [(("maxsplit", 1), notAnInteger)],
      "str.replace": [(("count", 2), notAnInteger)],
      "str.ljust": [(("fillchar", 1), fillCharacter)],
      "str.rjust": [(("fillchar", 1), fillCharacter)],
      "str.center": [(("fillchar", 1), fillCharacter)],
      "str.encode": [
        (("encoding", 0), .typeError("encode() argument 'encoding' must be str, not None")),
        (("errors", 1), .typeError("encode() argument 'errors' must be str, not None")),
      ],
      "bytes.decode": [
        (("encoding", 0), .typeError("decode() argument 'encoding' must be str, not None")),
        (("errors", 1), .typeError("decode() argument 'errors' must be str, not None")),
      ],
      "str.expandtabs": [(("tabsize", 0), notAnInteger)],
      "str.splitlines": [(("keepends", 0), notAnInteger)],
      "list.pop": [(("index", 0), notAnInteger)],
      "list.sort": [(("reverse", keywordOnly), notAnInteger)],
      "enumerate": [(("start", 1), notAnInteger)],
      "sorted": [(("reverse", keywordOnly), notAnInteger)],
    ]
  }()

  /// `call` of a Python builtin or a str, bytes or list method (`key` as `python` names it) as CPython reads its Nones.
  static func checkedPython(_ key: String, _ call: CallArguments) throws(PythonError) -> CallArguments {
    guard let parameters = python[key] else { return call }
    return try checked(key, call, parameters, shown: key)
  }

  /// `call` as NumPy reads it: NumPy's error for a bool axis where its converters take none, or when it gives None to
  /// one of the parameters `name` lists (`isMethod` for an array method's); a refusal where snippets do not reproduce
  /// NumPy's answer (or take an int where NumPy takes any number); the value NumPy reads a None as in its place.
  static func checked(_ name: String, _ call: CallArguments, isMethod: Bool = false) throws(PythonError)
    -> CallArguments
  {
    if isMethod { try checkIntegerParameters(name, call) }
    if isMethod, name == "astype" { try checkAstype(call) }
    if let (parameter, message) = (isMethod ? boolAxisMethods : boolAxisFunctions)[name] {
      let axis = argument(parameter, of: call)
      var isBool = axis?.isBoolNumber ?? false
      if case .tuple(let items)? = axis, items.contains(where: \.isBoolNumber) { isBool = true }
      if isBool { throw PythonError.type(message) }
    }
    let shown = isMethod ? "ndarray.\(name)" : "np.\(name)"
    for (parameter, answer) in (isMethod ? floatAxisMethods : floatAxisFunctions)[name] ?? [] {
      guard let given = argument(parameter, of: call), given.isFloatNumber else { continue }
      if case .typeError(let message) = answer {
        // NumPy's float64 is a Python float, whose converters name it so; its float32 and float16 are not (and meet
        // the `__index__` error snippets give them), and its iteration names the scalar's own type.
        if case .tensor(let tensor) = given {
          guard tensor.dtype == .float64 else { continue }
          if message == "'float' object is not iterable" {
            throw PythonError.type("'numpy.float64' object is not iterable")
          }
        }
      }
      try raise(answer, given, shown, parameter, kind: "a float")
    }
    if let parameter = (isMethod ? numberMethodParameters : numberParameters)[name] {
      let given = argument(parameter, of: call)
      switch given {
      case nil, .none?, .int?, .bool?: break
      // A float ddof of integral value divides as the int does; a fractional one is refused where it is read
      // (`NumpyArrays.ddofValue`).
      case .float? where parameter.name == "ddof": break
      case .tensor(let tensor)? where tensor.isScalar && (tensor.dtype.isInteger || tensor.dtype == .bool): break
      case let other?:
        let shown = isMethod ? "ndarray.\(name)" : "np.\(name)"
        throw PythonError.limit(
          "\(shown) with \(parameter.name) of type \(other.typeName) is not supported in snippets: they take an int "
            + "there")
      }
    }
    for (parameter, answer) in (isMethod ? textMethods : textFunctions)[name] ?? [] {
      guard let given = argument(parameter, of: call), case .string = given else { continue }
      try raise(answer, given, shown, parameter, kind: "a str")
    }
    var call = call
    for (parameter, answer) in (isMethod ? [:] : nonNumberFunctions)[name] ?? [] {
      guard let given = argument(parameter, of: call), given.isNeitherNumberNorNone else { continue }
      if case .reads(let value) = answer {
        call = replacing(parameter, with: value, in: call)
        continue
      }
      try raise(answer, given, shown, parameter, kind: "a \(given.typeName)")
    }
    if !isMethod, name == "linalg.norm", let order = argument(("ord", 1), of: call), case .bool(let flag) = order {
      // A bool order compares equal to 1 or 0 in NumPy's tests.
      return replacing(("ord", 1), with: .int(flag ? 1 : 0), in: call)
    }
    if !isMethod, name == "isin", let kind = argument(("kind", keywordOnly), of: call) {
      // NumPy looks the kind up in a set of its names.
      switch kind {
      case .list, .dict, .set: throw PythonError.type("unhashable type: '\(kind.typeName)'")
      default: break
      }
    }
    if isMethod, name == "partition" || name == "argpartition" { try checkSelection(name, call) }
    for (parameter, answer) in (isMethod ? [:] : textParameterFunctions)[name] ?? [] {
      guard let given = argument(parameter, of: call) else { continue }
      switch given {
      case .string, .none: continue
      // np.convolve's C code takes its modes' numbers too.
      case _ where (name == "convolve" || name == "correlate") && given.isIntegerNumber: continue
      case .tensor(let tensor) where !tensor.isScalar: continue
      default: try raise(answer, given, shown, parameter, kind: "a \(given.typeName)")
      }
    }
    if !isMethod, let parameters = numberPairFunctions[name] {
      for parameter in parameters {
        guard let given = argument(parameter, of: call) else { continue }
        switch given {
        case .int, .bool, .bigInt: throw PythonError.type(notIterableMessage(parameter, given))
        case .tensor(let tensor) where tensor.isScalar: throw PythonError.type(notIterableMessage(parameter, given))
        default: continue
        }
      }
    }
    for (parameter, answer) in (isMethod ? bigIntMethods : bigIntFunctions)[name] ?? [] {
      guard case .bigInt? = argument(parameter, of: call) else { continue }
      try raise(answer, .int(0), shown, parameter, kind: "an int of more than 63 bits as")
    }
    try checkReductionConverters(name, call, isMethod: isMethod)
    if integerKeepdims.contains(name), let parameters = (isMethod ? methods : functions)[name],
      let parameter = parameters.first(where: { $0.parameter.name == "keepdims" })?.parameter,
      let given = argument(parameter, of: call)
    {
      try checkIntegerFlag(given)
    }
    guard let parameters = (isMethod ? methods : functions)[name] else { return call }
    return try checked(name, call, parameters, shown: shown)
  }

  /// The int parameters of array methods NumPy's parser converts in order (`a.trace(0, np.float32, None)` names the
  /// type, not the None): their positions, whether its C int parser reads them (a float is "integer argument
  /// expected"; `operator.index` names the float's type), and whether None is an axis there (argpartition's).
  private static let integerParameterMethods: NameTable<(parameters: [Parameter], isIntParser: Bool, takesNone: Bool)> =
    [
      "trace": ([("offset", 0), ("axis1", 1), ("axis2", 2)], true, false),
      "diagonal": ([("offset", 0), ("axis1", 1), ("axis2", 2)], false, false),
      "partition": ([("axis", 1)], true, false),
      "argpartition": ([("axis", 1)], false, true),
      // repeat's axis converter runs before its counts are read.
      "repeat": ([("axis", 1)], false, true),
    ]

  /// NumPy's error for the first of `integerParameterMethods`' parameters of `name` given no int; ints, bools and
  /// NumPy's integer scalars pass (a bool axis is `boolAxisMethods`').
  private static func checkIntegerParameters(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard let (parameters, isIntParser, takesNone) = integerParameterMethods[name] else { return }
    for parameter in parameters {
      guard let given = argument(parameter, of: call) else { continue }
      switch given {
      case .int, .bool, .bigInt: continue
      case .none where takesNone: continue
      case .none: throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
      case .float where isIntParser: throw PythonError.type("integer argument expected, got float")
      // NumPy's bool has no `__index__`.
      case .tensor(let tensor) where tensor.ndim == 0 && tensor.dtype.isInteger: continue
      case .tensor(let tensor) where tensor.isScalar && tensor.dtype == .float64 && isIntParser:
        throw PythonError.type("integer argument expected, got float")
      case .tensor(let tensor) where !tensor.isScalar:
        throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
      default: throw PythonError.type("'\(given.typeName)' object cannot be interpreted as an integer")
      }
    }
  }

  /// `a.astype(dtype, order, casting, …)` as NumPy's parser converts them in order: the dtype (a refusal of one
  /// snippets lack is left to the call), the order's type, then the casting's.
  private static func checkAstype(_ call: CallArguments) throws(PythonError) {
    if let dtype = argument(("dtype", 0), of: call), !dtype.isNone, TextDType.parse(dtype) == nil {
      do { _ = try dtype.toDType() } catch  where !error.isLimit { throw error } catch {}
    }
    if let order = argument(("order", 1), of: call), !order.isNone {
      if case .string = order {} else { throw PythonError.type("order must be str, not \(order.typeName)") }
    }
    if let casting = argument(("casting", 2), of: call) {
      if case .string = casting {} else { throw PythonError.type("casting must be str, not \(casting.typeName)") }
    }
  }

  /// `a.partition(kth, axis, kind)`'s and `a.argpartition(...)`'s kind, a str (converted after the axis,
  /// `integerParameterMethods`).
  private static func checkSelection(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard let kind = argument(("kind", 2), of: call) else { return }
    switch kind {
    case .string: return
    default: throw PythonError.type("select kind must be str, not \(kind.typeName)")
    }
  }

  /// The ufunc reductions' `dtype` and `out` positions (an array method's counted after the array), which NumPy's
  /// argument parser converts in order before `keepdims`.
  private static let reductionConverters: NameTable<(dtype: Int?, out: Int)> = {
    var table: [String: (dtype: Int?, out: Int)] = [:]
    for name in ["sum", "prod"] { table[name] = (2, 3) }
    for name in ["max", "min", "amax", "amin", "all", "any"] { table[name] = (nil, 2) }
    return NameTable(table)
  }()

  /// The array methods' such positions: any and all take `_methods._any`'s (axis, dtype, out, keepdims).
  private static let reductionMethodConverters: NameTable<(dtype: Int?, out: Int)> = [
    "sum": (1, 2), "prod": (1, 2), "all": (1, 2), "any": (1, 2), "max": (nil, 1), "min": (nil, 1),
  ]

  /// NumPy's errors for a ufunc reduction's `dtype` that is no dtype and `out` that is no array, which its parser
  /// raises before it reads `keepdims` (`a.sum(1, 0, 1, None)` names the dtype, not the None keepdims).
  private static func checkReductionConverters(_ name: String, _ call: CallArguments, isMethod: Bool)
    throws(PythonError)
  {
    guard let positions = (isMethod ? reductionMethodConverters : reductionConverters)[name] else { return }
    if let position = positions.dtype, let given = argument(("dtype", position), of: call), !given.isNone {
      _ = try given.toDType()
    }
    if let given = argument(("out", positions.out), of: call), !given.isNone, !NumpyArrays.isOutputArray(given) {
      if case .tuple = given { return }
      throw PythonError.type("return arrays must be of ArrayType")
    }
  }

  /// Raises what `answer` says NumPy does with `given` (`kind` describes it in a refusal: "a str"), its `{type}` the
  /// value's Python type; returns for an answer that lets the call go on.
  private static func raise(
    _ answer: Answer, _ given: Value, _ shown: String, _ parameter: Parameter, kind: String
  ) throws(PythonError) {
    func words(_ message: String) -> String { message.replacingOccurrences(of: "{type}", with: given.typeName) }
    switch answer {
    case .typeError(let message): throw PythonError.type(words(message))
    case .valueError(let message): throw PythonError.value(words(message))
    case .refused(let why):
      throw PythonError.limit("\(shown) with \(kind) \(parameter.name) is not supported in snippets: \(why)")
    case .unpackedIntoTwo(let lengthError):
      let length: Int
      switch given {
      case .string(let text): length = text.count
      case .list(let items), .tuple(let items): length = items.count
      default: throw PythonError.type("cannot unpack non-iterable \(given.typeName) object")
      }
      if length != 2, let lengthError { throw PythonError.value(lengthError) }
      if length < 2 { throw PythonError.value("not enough values to unpack (expected 2, got \(length))") }
      if length > 2 { throw PythonError.value("too many values to unpack (expected 2)") }
      // Two items go on into NumPy's code: a str's characters, which no snippet means; a pair of numbers is the
      // callee's own to read.
      guard case .string = given else { return }
      throw PythonError.limit(
        "\(shown) with a str \(parameter.name) of two characters is not supported in snippets: NumPy goes on with "
          + "each character")
    case .reads: return
    }
  }

  /// NumPy's error for a flag its C code converts to a C int (the reductions' `keepdims`): Python's ints and bools
  /// and NumPy's integer scalars and 0-d integer arrays within a C int's range pass, read then as their truth; None
  /// is the None table's.
  private static func checkIntegerFlag(_ given: Value) throws(PythonError) {
    func checkRange(_ value: Int, beyondLong: Bool = false) throws(PythonError) {
      if beyondLong { throw PythonError("OverflowError", "Python int too large to convert to C long") }
      if Int(Int32(truncatingIfNeeded: value)) != value {
        throw PythonError("OverflowError", "Python int too large to convert to C int")
      }
    }
    switch given {
    case .none, .bool: return
    case .int(let value): return try checkRange(value)
    case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C long")
    case .float: throw PythonError.type("integer argument expected, got float")
    case .tensor(let tensor) where tensor.ndim == 0 && tensor.dtype.isInteger:
      guard case .int64(let values) = tensor.storage else { return }
      // A uint64 from 2**63 up is held as a negative int64.
      return try checkRange(Int(values[0]), beyondLong: tensor.dtype == .uint64 && values[0] < 0)
    case .tensor(let tensor) where tensor.isScalar:
      // np.float64 is a Python float.
      if tensor.dtype == .float64 { throw PythonError.type("integer argument expected, got float") }
    case .tensor:
      throw PythonError.type("only integer scalar arrays can be converted to a scalar index")
    default: break
    }
    throw PythonError.type("'\(given.typeName)' object cannot be interpreted as an integer")
  }

  /// `call` with `value` given to `parameter` in the place it was given.
  private static func replacing(_ parameter: Parameter, with value: Value, in call: CallArguments) -> CallArguments {
    var result = call
    if call.positional.count > parameter.position {
      result.positional[parameter.position] = value
    } else if let keyword = call.keywords.firstIndex(where: { $0.name == parameter.name }) {
      result.keywords[keyword].value = value
    }
    return result
  }

  /// The value `call` gives `parameter`, by position or by keyword; nil when it gives none.
  private static func argument(_ parameter: Parameter, of call: CallArguments) -> Value? {
    call.positional.count > parameter.position
      ? call.positional[parameter.position] : call.keywords.first { $0.name == parameter.name }?.value
  }

  /// `call` with each of `parameters` given None answered as the table says (`shown` names the callee in a refusal).
  private static func checked(
    _ name: String, _ call: CallArguments, _ parameters: [(parameter: Parameter, answer: Answer)], shown: String
  ) throws(PythonError) -> CallArguments {
    var result = call
    for (parameter, answer) in parameters {
      let keyword = call.keywords.firstIndex { $0.name == parameter.name }
      let given =
        call.positional.count > parameter.position
        ? call.positional[parameter.position] : keyword.map { call.keywords[$0].value }
      guard case .none? = given else { continue }
      switch answer {
      case .typeError(let message): throw PythonError.type(message)
      case .valueError(let message): throw PythonError.value(message)
      case .refused(let why):
        throw PythonError.limit("\(shown) with \(parameter.name)=None is not supported in snippets: \(why)")
      case .unpackedIntoTwo:
        throw PythonError.limit("\(shown) with \(parameter.name)=None is not supported in snippets")
      case .reads(let value): result = replacing(parameter, with: value, in: result)
      }
    }
    return result
  }
}
