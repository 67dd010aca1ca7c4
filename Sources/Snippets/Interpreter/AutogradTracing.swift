import TensorCore

/// What autograd does while it traces a function its functional API differentiates (`grad(f)`, `value_and_grad`,
/// `elementwise_grad`, `jacobian`): a value computed from the argument is an `ArrayBox`, so calling a NumPy function
/// autograd wraps without a VJP raises `NotImplementedError: VJP of NAME wrt argnums (k,) not defined` at the call,
/// and an attribute an `ArrayBox` lacks (`a.copy`, `a.dot`, `a.real`) is an AttributeError. docbuild's own
/// `grad(y, x)` is not traced: it differentiates the recorded mathematics (`np.take` and `np.flip` included).
enum AutogradTracing {
  /// The functions of `autograd.numpy` 1.9.1 that have no VJP and are not among its non-differentiable
  /// (`nograd_functions`) ones: every wrapped primitive outside `primitive_vjps` and `notrace_primitives`.
  static let functionsWithoutVJP: Set<String> = [
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
  static let arrayBoxAttributes: Set<String> = [
    "T", "all", "any", "argmax", "argmin", "argpartition", "argsort", "astype", "clip", "compress", "cumprod",
    "cumsum", "diagonal", "dtype", "flatten", "max", "mean", "min", "ndim", "nonzero", "prod", "ptp", "ravel",
    "register", "repeat", "reshape", "round", "searchsorted", "shape", "size", "squeeze", "std", "sum", "swapaxes",
    "take", "trace", "transpose", "type_mappings", "types", "var",
  ]

  /// True when `value` is what autograd would hold as a box: a value computed from the differentiated argument.
  static func isTraced(_ value: Value) -> Bool {
    guard let traced = GradientTrace.input, case .tensor(let tensor) = value else { return false }
    return tensor.dependsOn(traced)
  }

  /// autograd's error for `numpy.NAME(...)` called on traced values when autograd defines no VJP for it.
  static func refuseCall(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard GradientTrace.input != nil, name.hasPrefix("numpy.") else { return }
    let short = String(name.dropFirst(6))
    guard functionsWithoutVJP.contains(short) else { return }
    // autograd boxes only positional arguments.
    let argnums = call.positional.indices.filter { isTraced(call.positional[$0]) }
    guard !argnums.isEmpty else { return }
    throw withoutVJP(short, argnums: argnums)
  }

  /// autograd's error for `value.NAME` on a traced array: an attribute `ArrayBox` lacks, or a method that is a
  /// function without a VJP (`a.take`, `a.cumprod`, `a.ptp`), which fails when called on the box.
  static func refuseAttribute(_ name: String, of value: Value) throws(PythonError) {
    guard GradientTrace.input != nil, !name.hasPrefix("__") else { return }
    let isMissing = !arrayBoxAttributes.contains(name)
    guard isMissing || ["take", "cumprod", "ptp"].contains(name), isTraced(value) else { return }
    if isMissing { throw PythonError("AttributeError", "'ArrayBox' object has no attribute '\(name)'") }
    throw withoutVJP(name, argnums: [0])
  }

  /// `NotImplementedError: VJP of NAME wrt argnums (0,) not defined`, as autograd words it.
  static func withoutVJP(_ name: String, argnums: [Int]) -> PythonError {
    let tuple = argnums.count == 1 ? "(\(argnums[0]),)" : "(\(argnums.map(String.init).joined(separator: ", ")))"
    return PythonError("NotImplementedError", "VJP of \(name) wrt argnums \(tuple) not defined")
  }
}
