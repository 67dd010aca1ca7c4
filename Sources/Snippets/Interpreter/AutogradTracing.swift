import TensorCore

/// What autograd does while it traces a function its functional API differentiates (`grad(f)`, `value_and_grad`,
/// `elementwise_grad`, `jacobian`): a value computed from the argument is an `ArrayBox`, so calling a NumPy function
/// autograd wraps without a VJP raises `NotImplementedError: VJP of NAME wrt argnums (k,) not defined` at the call,
/// and an attribute an `ArrayBox` lacks (`a.copy`, `a.dot`, `a.real`) is an AttributeError. docbuild's own
/// `grad(y, x)` is not traced: it differentiates the recorded mathematics (`np.take` and `np.flip` included).
enum AutogradTracing {
  /// The functions of `autograd.numpy` 1.9.1 that have no VJP and are not among its non-differentiable
  /// (`nograd_functions`) ones: every wrapped primitive outside `primitive_vjps` and `notrace_primitives`.
  static let functionsWithoutVJP: NameSet = [
    "apply_along_axis", "apply_over_axes", "arange", "array2string", "array_repr", "array_str", "asanyarray",
    "asarray", "asarray_chkfinite", "ascontiguousarray", "asfortranarray", "asmatrix", "average", "bartlett",
    "base_repr", "binary_repr", "bincount", "bitwise_and", "bitwise_count", "bitwise_invert",
    "bitwise_left_shift", "bitwise_not", "bitwise_or", "bitwise_right_shift", "bitwise_xor", "blackman", "block",
    "bmat", "broadcast_arrays", "broadcast_shapes", "busday_count", "busday_offset", "can_cast", "cbrt", "choose",
    "common_type", "compress", "concat", "convolve", "copy", "copysign", "copyto", "corrcoef", "correlate", "cov",
    "cumprod", "cumulative_prod", "cumulative_sum", "datetime_as_string", "datetime_data", "delete",
    "diag_indices", "diag_indices_from", "diagflat", "digitize", "divmod", "dstack", "ediff1d", "einsum_path",
    "empty", "extract", "eye", "fill_diagonal", "flip", "float_power", "fmod", "format_float_positional",
    "format_float_scientific", "frexp", "from_dlpack", "frombuffer", "fromfile", "fromfunction", "fromiter",
    "frompyfunc", "fromregex", "fromstring", "gcd", "genfromtxt", "geomspace", "get_include", "get_printoptions",
    "getbufsize", "geterr", "geterrcall", "hamming", "hanning", "heaviside", "histogram", "histogram2d",
    "histogram_bin_edges", "histogramdd", "i0", "identity", "indices", "info", "insert", "interp", "intersect1d",
    "invert", "is_busday", "isdtype", "isfortran", "isin", "isnat", "isrealobj", "issubdtype", "iterable", "ix_",
    "kaiser", "lcm", "ldexp", "left_shift", "lexsort", "load", "loadtxt", "logspace", "mask_indices",
    "matrix_transpose", "matvec", "may_share_memory", "median", "meshgrid", "min_scalar_type", "mintypecode",
    "modf", "nanargmax", "nanargmin", "nancumprod", "nancumsum", "nanmax", "nanmean", "nanmedian", "nanmin",
    "nanpercentile", "nanprod", "nanquantile", "nanstd", "nansum", "nanvar", "nested_iters", "nextafter", "ones",
    "packbits", "percentile", "piecewise", "place", "poly", "polyadd", "polyder", "polydiv", "polyfit", "polyint",
    "polymul", "polysub", "polyval", "positive", "printoptions", "promote_types", "ptp", "put", "put_along_axis",
    "putmask", "quantile", "ravel_multi_index", "require", "resize", "right_shift", "roots", "save", "savetxt",
    "savez", "savez_compressed", "set_printoptions", "setbufsize", "setdiff1d", "seterr", "seterrcall",
    "setxor1d", "shares_memory", "show_config", "show_runtime", "signbit", "sort_complex", "spacing", "take",
    "take_along_axis", "test", "trapezoid", "tri", "tril_indices", "tril_indices_from", "trim_zeros",
    "triu_indices", "triu_indices_from", "typename", "union1d", "unique", "unique_all", "unique_counts",
    "unique_inverse", "unique_values", "unpackbits", "unravel_index", "unstack", "unwrap", "vander", "vdot",
    "vecdot", "vecmat", "zeros",
  ]

  /// The public attributes of autograd 1.9.1's `ArrayBox` (its methods refer to `autograd.numpy` functions).
  static let arrayBoxAttributes: NameSet = [
    "T", "all", "any", "argmax", "argmin", "argpartition", "argsort", "astype", "clip", "compress", "cumprod",
    "cumsum", "diagonal", "dtype", "flatten", "max", "mean", "min", "ndim", "nonzero", "prod", "ptp", "ravel",
    "register", "repeat", "reshape", "round", "searchsorted", "shape", "size", "squeeze", "std", "sum", "swapaxes",
    "take", "trace", "transpose", "type_mappings", "types", "var",
  ]

  /// The leaf standing for a differentiated argument that is a Python float, while its function runs: autograd's box
  /// then holds the float itself (every `autograd.numpy` function of it returns a NumPy value), and `box[…]` indexes
  /// the float.
  @TaskLocal static var pythonFloatLeaf: Tensor?

  /// Python's TypeError where autograd's box of a Python float argument is subscripted; nothing for any other value.
  /// Only NumPy scalars can be that leaf, so arrays pay one flag test.
  static func checkPythonFloatLeafSubscript(_ tensor: Tensor) throws(PythonError) {
    guard tensor.isScalar, let leaf = pythonFloatLeaf, tensor.isNode(of: leaf) else { return }
    throw PythonError.type("'float' object is not subscriptable")
  }

  /// The refusal of np.cumsum of a Python float argument while autograd traces it: autograd's VJP reads the
  /// argument's `shape` and fails in the backward pass, after the function has run.
  static func refuseCumulativeSumOfPythonFloat(_ tensor: Tensor) throws(PythonError) {
    guard tensor.isScalar, let leaf = pythonFloatLeaf, tensor.isNode(of: leaf) else { return }
    var error = PythonError(
      "NotImplementedError",
      "np.cumsum of a Python float argument under autograd's grad is not supported in snippets: autograd's backward "
        + "pass fails on it (the float has no shape); pass np.array(x) or differentiate an array")
    error.isLimit = true
    throw error
  }

  /// True when `value` is what autograd would hold as a box: a value computed from the differentiated argument.
  static func isTraced(_ value: Value) -> Bool {
    guard let traced = GradientTrace.input, case .tensor(let tensor) = value else { return false }
    return tensor.dependsOn(traced)
  }

  /// NumPy's scalar types: called on a box they fail as NumPy fails on any object it cannot convert.
  static let scalarTypes: NameSet = [
    "float64", "float32", "float16", "double", "single", "half", "int8", "int16", "int32", "int64", "uint8", "uint16",
    "uint32", "uint64", "intp", "uintp", "complex64", "complex128", "cdouble", "csingle",
  ]

  /// The `math` functions of real numbers: given a box they fail as CPython fails converting it to a float.
  static let mathFunctionsOfReals: NameSet = [
    "sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
    "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "hypot", "pow", "fabs", "floor", "ceil", "isnan",
    "isinf", "isfinite", "isclose", "copysign", "degrees", "radians", "erf", "erfc", "gamma", "lgamma", "fmod",
    "remainder", "modf", "frexp", "cbrt", "dist", "nextafter", "ulp",
  ]

  /// What `str` and `print` show for a traced value inside autograd's `grad`: autograd's box prints itself as
  /// `Autograd ArrayBox with value …`; its repr names a memory address, which is refused. Nil for other values.
  static func boxText(_ value: Value, repr: Bool) throws(PythonError) -> String? {
    guard GradientTrace.input != nil, isTraced(value) else { return nil }
    if repr {
      throw PythonError.limit(
        "the repr of a value autograd's grad is tracing names its ArrayBox's memory address, which differs on every "
          + "run: print it with print(a) or str(a)")
    }
    return "Autograd ArrayBox with value " + value.str
  }

  /// An f-string field of a traced value inside autograd's `grad`: the box's text with an empty spec, else the
  /// TypeError of `ArrayBox.__format__` (object's, which takes no spec). Nil for other values.
  static func formattedBox(_ value: Value, _ spec: String) throws(PythonError) -> String? {
    guard let text = try boxText(value, repr: false) else { return nil }
    if !spec.isEmpty { throw PythonError.type("unsupported format string passed to ArrayBox.__format__") }
    return text
  }

  /// autograd's errors for a traced value converted to a Python number (`float(a[0])`, `int(…)`, `complex(…)`) or a
  /// NumPy scalar (`np.float64(a[0])`): the conversion would cut the gradient's path, and autograd refuses it, so
  /// `agrad` raises the same error instead of differentiating the rest as if the number were a constant.
  static func refuseConversion(_ name: String, _ call: CallArguments) throws(PythonError) {
    // The name first: whether the argument is traced walks its graph, which every other call would pay for.
    guard conversionNames.contains(name), GradientTrace.input != nil, let first = call.positional.first,
      isTraced(first)
    else { return }
    switch name {
    case "float": throw PythonError("TypeError", "float() argument must be a string or a real number, not 'ArrayBox'")
    case "int":
      throw PythonError(
        "TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'ArrayBox'")
    case "complex":
      throw PythonError("TypeError", "complex() first argument must be a string or a number, not 'ArrayBox'")
    case "round": throw PythonError("TypeError", "type ArrayBox doesn't define __round__ method")
    case "math.trunc": throw PythonError("TypeError", "type ArrayBox doesn't define __trunc__ method")
    case _ where name.hasPrefix("math.") && mathFunctionsOfReals.contains(String(name.dropFirst(5))):
      throw PythonError("TypeError", "must be real number, not ArrayBox")
    default:
      guard name.hasPrefix("numpy."), scalarTypes.contains(String(name.dropFirst(6))) else { return }
      throw PythonError("ValueError", "setting an array element with a sequence.")
    }
  }

  /// The full names whose call `refuseConversion` checks: Python's number conversions, `math.trunc`, the `math`
  /// functions of reals and NumPy's scalar types. One lookup of the name as it comes (testing prefixes and hashing
  /// a new string cut from the name cost every NumPy call under `grad` two thousand instructions).
  static let conversionNames = NameSet(
    ["float", "int", "complex", "round", "math.trunc"] + mathFunctionsOfReals.map { "math." + $0 }
      + scalarTypes.map { "numpy." + $0 })

  /// `functionsWithoutVJP` under their full names (`numpy.take`), looked up as the call names them.
  static let numpyFunctionsWithoutVJP = NameSet(functionsWithoutVJP.map { "numpy." + $0 })

  /// False when `refuseCall` returns for `name` whatever the call: no rule of its own and a VJP autograd defines.
  static func mayRefuseCall(_ name: String) -> Bool {
    name == "numpy.linspace" || name == "numpy.diagonal" || numpyFunctionsWithoutVJP.contains(name)
  }

  /// autograd's error for `numpy.NAME(...)` called on traced values when autograd defines no VJP for it.
  static func refuseCall(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard GradientTrace.input != nil else { return }
    if name == "numpy.linspace" { return try refuseLinspace(call) }
    if name == "numpy.diagonal" { return try refuseDiagonal(call) }
    if name == "numpy.tile" { return try refuseTile(call) }
    if name == "numpy.broadcast", call.positional.contains(where: isTraced) {
      // autograd.numpy passes NumPy's broadcast class through unwrapped: NumPy would iterate the ArrayBox objects.
      throw PythonError.limit("np.broadcast of a value autograd traces is not supported in snippets")
    }
    guard numpyFunctionsWithoutVJP.contains(name) else { return }
    // autograd boxes only positional arguments.
    let argnums = call.positional.indices.filter { isTraced(call.positional[$0]) }
    guard !argnums.isEmpty else { return }
    throw withoutVJP(String(name.dropFirst(6)), argnums: argnums)
  }

  /// autograd 1.9.1's VJP of `tile` sums the gradient's pieces along the first `len(reps)` axes, where NumPy repeats
  /// the last ones: with fewer repetitions than the traced array has axes (not all of them 1) it gives another
  /// derivative than the true one, which docbuild would print; refused, with the repetitions to write instead.
  static func refuseTile(_ call: CallArguments) throws(PythonError) {
    guard call.positional.count == 2, case .tensor(let array) = call.positional[0], isTraced(call.positional[0])
    else { return }
    let reps: [Int]
    switch call.positional[1] {
    case .int(let count): reps = [count]
    case .tuple(let items), .list(let items):
      reps = items.items.compactMap { if case .int(let n) = $0 { n } else { nil } }
    default: return
    }
    guard reps.count < array.ndim, reps.contains(where: { $0 != 1 }) else { return }
    let spelled = (Array(repeating: 1, count: array.ndim - reps.count) + reps).map(String.init).joined(separator: ", ")
    throw PythonError.limit(
      "autograd's grad through np.tile with fewer repetitions than the array has axes is not supported in snippets: "
        + "autograd 1.9.1 sums the gradient along the first axes, where np.tile repeats the last ones, a derivative "
        + "that is not the true one; give one repetition per axis, np.tile(a, (\(spelled)))")
  }

  /// autograd 1.9.1 defines linspace's VJP as `lambda ans, start, stop, num: …`, called with the call's own arguments
  /// once a positional end is traced: any other keyword (`endpoint`, `retstep`, `dtype`, `axis`), a fifth positional
  /// argument or a missing `num` is Python's TypeError for that lambda. A traced end given by keyword is not boxed by
  /// autograd (NumPy then fails on the box), so it is refused by name rather than differentiated differently.
  static func refuseLinspace(_ call: CallArguments) throws(PythonError) {
    if call.keywords.contains(where: { ["start", "stop"].contains($0.name) && isTraced($0.value) }) {
      throw PythonError.limit(
        "autograd's grad through np.linspace with a traced start= or stop= keyword is not supported in snippets: "
          + "pass the ends positionally, np.linspace(start, stop, num)")
    }
    guard call.positional.contains(where: isTraced) else { return }
    if let keyword = call.keywords.first(where: { !["start", "stop", "num"].contains($0.name) }) {
      throw PythonError("TypeError", "<lambda>() got an unexpected keyword argument '\(keyword.name)'")
    }
    if call.positional.count > 3 {
      throw PythonError(
        "TypeError", "<lambda>() takes 4 positional arguments but \(call.positional.count + 1) were given")
    }
    if call.positional.count < 3 && !call.keywords.contains(where: { $0.name == "num" }) {
      throw PythonError("TypeError", "<lambda>() missing 1 required positional argument: 'num'")
    }
  }

  /// autograd 1.9.1 defines `clip`'s VJP for the array only, as `lambda ans, x, a_min, a_max`, and makes it when the
  /// call is traced: a traced bound passed positionally is its NotImplementedError for one boxed argument
  /// (`wrt argnum 0`, worded so whatever the position) or two (`wrt argnums 0, 1`), and a KeyError for three; a
  /// keyword other than `a_min`/`a_max` beside a traced array is that lambda's TypeError. A traced bound given by
  /// keyword is not boxed (NumPy then fails on the box with a message naming memory addresses): refused by name.
  /// `receiver` is the array of `a.clip(…)`, the call's first argument otherwise.
  static func refuseClip(_ call: CallArguments, receiver: Value?) throws(PythonError) {
    guard GradientTrace.input != nil else { return }
    if call.keywords.contains(where: { ["a_min", "a_max", "min", "max"].contains($0.name) && isTraced($0.value) }) {
      throw PythonError.limit(
        "autograd's grad through np.clip with a traced a_min= or a_max= keyword is not supported in snippets: pass "
          + "the bounds positionally, np.clip(a, a_min, a_max)")
    }
    let arguments = (receiver.map { [$0] } ?? []) + call.positional
    let boxed = arguments.indices.filter { isTraced(arguments[$0]) }
    switch boxed.count {
    case 0: return
    case 1:
      guard boxed == [0] else { throw PythonError("NotImplementedError", "VJP of clip wrt argnum 0 not defined") }
      if let keyword = call.keywords.first(where: { !["a_min", "a_max"].contains($0.name) }) {
        throw PythonError("TypeError", "<lambda>() got an unexpected keyword argument '\(keyword.name)'")
      }
    case 2: throw PythonError("NotImplementedError", "VJP of clip wrt argnums 0, 1 not defined")
    default: throw PythonError("KeyError", "1")
    }
  }

  /// autograd 1.9.1's VJP of `diagonal` calls its `make_diagonal`, which raises `NotImplementedError: Currently
  /// make_diagonal only supports offset=0, axis1=-1, axis2=-2` unless the call gave exactly those (NumPy's defaults,
  /// axis1=0 and axis2=1, included) — in the backward pass, after the function has run. docbuild does not raise it at
  /// that moment, so a traced `np.diagonal` with other arguments is refused by name (never an expected output).
  static func refuseDiagonal(_ call: CallArguments) throws(PythonError) {
    guard let first = call.positional.first, isTraced(first) else { return }
    let names = ["a", "offset", "axis1", "axis2"]
    var given: [String: Value] = [:]
    for (index, value) in call.positional.enumerated().dropFirst() where index < names.count {
      given[names[index]] = value
    }
    for keyword in call.keywords { given[keyword.name] = keyword.value }
    func isInt(_ name: String, _ wanted: Int) -> Bool {
      guard let value = given[name] else { return false }
      if case .int(let number) = value { return number == wanted }
      return false
    }
    let offsetIsZero = given["offset"] == nil || isInt("offset", 0)
    if offsetIsZero && isInt("axis1", -1) && isInt("axis2", -2) { return }
    throw diagonalRefusal
  }

  /// The refusal of `refuseDiagonal`, and of the `a.diagonal()` method of a traced array.
  static let diagonalRefusal = PythonError.limit(
    "autograd's grad through np.diagonal raises NotImplementedError in its backward pass (make_diagonal supports only "
      + "offset=0, axis1=-1, axis2=-2), at a moment snippets do not reproduce: write np.diagonal(a, axis1=-1, "
      + "axis2=-2), or use docbuild's grad(y, x)")

  /// autograd's error for `value.NAME` on a traced array: an attribute `ArrayBox` lacks, or a method that is a
  /// function without a VJP (`a.take`, `a.cumprod`, `a.ptp`), which fails when called on the box.
  static func refuseAttribute(_ name: String, of value: Value) throws(PythonError) {
    guard GradientTrace.input != nil, !name.hasPrefix("__") else { return }
    let isMissing = !arrayBoxAttributes.contains(name)
    guard isMissing || ["take", "cumprod", "ptp", "diagonal"].contains(name), isTraced(value) else { return }
    if name == "diagonal" { throw diagonalRefusal }
    if isMissing { throw PythonError("AttributeError", "'ArrayBox' object has no attribute '\(name)'") }
    throw withoutVJP(name, argnums: [0])
  }

  /// NumPy 2.4's functions that call the method of the same name on anything but an ndarray (`_wrapfunc`,
  /// `_wrapreduction`, `mean`/`std`/`var`, `squeeze`) where autograd's `ArrayBox` has that method, or read the box's
  /// attribute (`shape`, `ndim`, `size`): given a box as their first argument, they are autograd's function. Not
  /// `clip` and `cumsum`: autograd's VJPs of them reject the `out=` NumPy passes, and NumPy then converts the box;
  /// not `compress`, whose array is its second argument.
  static let numpyFunctionsCallingBoxMethods: NameSet = [
    "all", "amax", "amin", "any", "argmax", "argmin", "argpartition", "argsort", "around",
    "cumprod", "max", "mean", "min", "ndim", "nonzero", "prod", "repeat", "reshape", "round",
    "searchsorted", "shape", "size", "squeeze", "std", "sum", "swapaxes", "take", "transpose", "var",
  ]

  /// Whether autograd's refusals of its own functions (`refuseCall`) apply to a call of NumPy's own `function`
  /// (`import numpy as np` beside autograd's) while autograd's own grad traces, reached without autograd's wrapper
  /// (`Interpreter.tracesNumpysOwnFunctions`; docs/03-language.md, "autograd").
  /// NumPy hands the `ArrayBox` to autograd only through the ufunc protocol (`ArrayBox.__array_ufunc__` calls
  /// autograd's ufunc) and the functions that call the box's method; `np.flip` indexes the box (a differentiable
  /// `__getitem__`, so no refusal of autograd's `flip` applies). Every other function first converts the box to an
  /// array of Python objects (`np.asarray`, `np.tile`, `np.dot`, `np.zeros_like`, `np.where`), whose dtype, printing
  /// and in-order sums docbuild does not follow: refused, with the function to call instead.
  static func refuseNumpysOwnCall(_ function: Value, _ call: CallArguments) throws(PythonError) -> Bool {
    let name: Substring
    switch function {
    case .function(let qualified) where qualified.hasPrefix("numpy."): name = qualified.dropFirst(6)
    // A ufunc's method (`np.add.reduce`): the box's `__array_ufunc__` answers NotImplemented to every method but a
    // call, and NumPy raises a TypeError naming the box's address.
    case .method(.function(let qualified), let method) where Value.isUfunc(qualified):
      name = qualified.dropFirst(6) + "." + method
    case .userFunction(let closure) where closure.module == "_numpy_breadth" || closure.module == "_numpy_poly1d":
      // A NumPy function written in the snippet language; a method of its classes is not NumPy's function.
      guard PythonNames.modules["numpy"]?.contains(closure.definition.name) == true else { return true }
      name = Substring(closure.definition.name)
    default: return true
    }
    guard GradientTrace.input != nil else { return true }
    // Classes and scalar types autograd.numpy passes through as NumPy's own (`conversionNames` words their errors).
    if AutogradNumpyNames.numpyOwn["autograd.numpy"]?.contains(String(name)) == true
      || conversionNames.contains("numpy." + name)
    {
      return true
    }
    let tracedPositions = call.positional.indices.filter { isTraced(call.positional[$0]) }
    let nested = call.positional.contains { !isTraced($0) && holdsTraced($0) }
    let tracedKeywords = call.keywords.filter { holdsTraced($0.value) }
    if tracedPositions.isEmpty && !nested && tracedKeywords.isEmpty { return true }
    if !nested {
      let isUfunc = !name.contains(".") && PythonNames.ufuncs.contains(String(name))
      if isUfunc && tracedKeywords.isEmpty && !call.keywords.contains(where: { $0.name == "out" }) { return true }
      let firstAlone =
        tracedPositions == [0] && tracedKeywords.isEmpty
        || tracedPositions.isEmpty && tracedKeywords.count == 1 && tracedKeywords[0].name == "a"
          && isTraced(tracedKeywords[0].value)
      if firstAlone && numpyFunctionsCallingBoxMethods.contains(String(name)) { return true }
      if firstAlone && name == "flip" {
        // `m[indexer]` of the box: a Python float argument's box holds the float itself, which is not subscriptable.
        if case .tensor(let tensor)? = call.positional.first { try checkPythonFloatLeafSubscript(tensor) }
        return false
      }
    }
    throw PythonError.limit(
      "np.\(name) here is NumPy's own function (imported from numpy, not autograd.numpy): given a value autograd's "
        + "grad traces, NumPy makes an array of Python objects holding autograd's ArrayBox values, which snippets do "
        + "not follow; call autograd.numpy's \(name)")
  }

  /// True for a value autograd traces, or a list or tuple holding one at any depth.
  private static func holdsTraced(_ value: Value) -> Bool {
    switch value {
    case .list(let items), .tuple(let items): items.items.contains(where: holdsTraced)
    default: isTraced(value)
    }
  }

  /// `NotImplementedError: VJP of NAME wrt argnums (0,) not defined`, as autograd words it.
  static func withoutVJP(_ name: String, argnums: [Int]) -> PythonError {
    let tuple = argnums.count == 1 ? "(\(argnums[0]),)" : "(\(argnums.map(String.init).joined(separator: ", ")))"
    return PythonError("NotImplementedError", "VJP of \(name) wrt argnums \(tuple) not defined")
  }
}
