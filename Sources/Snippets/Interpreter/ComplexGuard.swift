import TensorCore

/// The NumPy functions and array methods whose complex results docbuild computes as NumPy does; any other given a
/// complex operand is refused. Many functions read an array's values as doubles, which holds only the real parts of
/// complex values: without this gate, `np.std` or `np.linalg.norm` of a complex array would print a number NumPy does
/// not. Element-wise operations pass: `ComplexEvaluation` computes or refuses each of them itself.
enum ComplexGuard {
  /// `np.NAME` functions checked against NumPy's complex results (Tests/SnippetsTests/Fixtures/complex).
  static let functions: NameSet = [
    // Creation, dtypes and printing.
    "array", "asarray", "zeros", "ones", "full", "empty", "zeros_like", "ones_like", "full_like", "empty_like",
    "arange", "linspace", "copy", "dtype", "complex128", "complex64", "cdouble", "csingle", "float64", "float32",
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool_", "finfo", "iinfo",
    "iscomplexobj", "isrealobj", "iscomplex", "isreal", "set_printoptions", "get_printoptions", "printoptions",
    "array2string", "array_repr", "array_str", "shape", "ndim", "size", "result_type", "can_cast",
    "promote_types", "min_scalar_type", "common_type", "isscalar",
    // A complex x is its real part (a NumPy scalar) or Python's TypeError (interpreter/476-…).
    "format_float_positional", "format_float_scientific",
    // Element-wise: computed or refused by ComplexEvaluation.
    "abs", "absolute", "real", "imag", "angle", "conj", "conjugate", "square", "add", "subtract", "multiply",
    "divide", "true_divide", "negative", "positive", "power", "maximum", "minimum", "equal", "not_equal", "isnan",
    "isinf", "isfinite", "exp", "exp2", "expm1", "sqrt", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "sign",
    "round", "around", "rint", "nan_to_num",
    // Reductions and comparisons with complex fixtures.
    "sum", "mean", "max", "min", "amax", "amin", "cumsum", "prod", "cumprod", "allclose", "isclose", "array_equal",
    // Moving elements without reading them as numbers.
    "reshape", "transpose", "ravel", "squeeze", "expand_dims", "concatenate", "stack", "hstack", "vstack",
    "column_stack", "dstack", "tile",
    "repeat", "flip", "diag", "where", "broadcast_to", "triu", "tril", "roll", "rot90", "swapaxes", "moveaxis",
    "atleast_1d", "atleast_2d", "atleast_3d", "fliplr", "flipud", "append", "split", "array_split", "hsplit", "vsplit",
    "diagonal", "take", "delete", "insert",
    // Products of element-wise multiplications.
    "outer",
    // NumPy's complex order (`Tensor.complexLess`), checked in interpreter/352-numpy37-complex-sorts.txt.
    "sort", "argsort",
    // Truth of either part (NaN true): Tensor.bools; var and std in ComplexEvaluation's steps of NumPy's `_var`
    // (interpreter/367-… and 368-…).
    "any", "all", "count_nonzero", "nonzero", "flatnonzero", "argwhere", "var", "std",
    // Vector · vector by OpenBLAS's zdotu/zdotc orders and NumPy's own product loops; the rest refused in
    // ComplexProduct (interpreter/375-… and 376-…).
    "dot", "matmul", "vdot", "inner",
    // Each output element zdotu of its window, as NumPy's _pyarray_correlate takes it (interpreter/382-…).
    "convolve",
    // complex64 var/std and these statistics in NumPy's steps (interpreter/377-…).
    "ptp", "average", "nanvar", "nanstd",
    // The truth of either part, as np.any and np.all read it (interpreter/433-…).
    "logical_and.reduce", "logical_or.reduce",
    // NaN (in either part) replaced by 0 or 1, then the complex sum or product (interpreter/434-…).
    "nansum", "nanprod", "nanmean", "nancumsum", "nancumprod",
    // NumPy's fmax/fmin fold in its lexicographic order (Tensor.complexNanExtreme, interpreter/434-…).
    "nanmax", "nanmin",
    // NumPy's complex argmax/argmin: the first NaN, else the first lexicographic extreme (interpreter/434-…).
    "argmax", "argmin", "nanargmax", "nanargmin",
    // np.sum, np.prod, np.max, np.min and np.cumsum under their ufuncs' names (interpreter/434-…); a running complex
    // product (multiply.accumulate) multiplies with or without fused steps by the layout, which is not followed.
    "add.reduce", "multiply.reduce", "maximum.reduce", "minimum.reduce", "add.accumulate",
    // Differences of neighbours, each one complex subtraction (answer47: interpreter/494-…).
    "diff",
  ]

  /// Array methods (`z.sum()`) checked against NumPy's complex results.
  static let methods: NameSet = [
    "sum", "mean", "max", "min", "cumsum", "prod", "cumprod", "reshape", "transpose", "astype", "item", "copy",
    "flatten", "ravel", "argmax", "argmin",
    "squeeze", "conj", "conjugate", "tolist", "view", "sort", "argsort", "any", "all", "nonzero", "var", "std",
    "dot",
    // Moving elements without reading them as numbers, as their functions do (answer47: interpreter/494-…).
    "swapaxes", "diagonal", "repeat", "take",
  ]

  /// Refuses `name` (a NumPy function, or with `isMethod` an array method) when any operand holds complex values and
  /// the name is not one checked for them.
  static func check(_ name: String, _ call: CallArguments, receiver: Value? = nil, isMethod: Bool = false)
    throws(PythonError)
  {
    let allowed = isMethod ? methods.contains(name) : functions.contains(name)
    if allowed { return }
    let operands = (receiver.map { [$0] } ?? []) + call.positional + call.keywords.map(\.value)
    guard let dtype = operands.lazy.compactMap(complexType).first else { return }
    try rejectWithoutComplexLoop(name, call, isMethod: isMethod)
    let shown = isMethod ? "ndarray.\(name)()" : "np." + (name.hasPrefix("numpy.") ? name.dropFirst(6) : name[...])
    var error = PythonError(
      "NotImplementedError",
      "\(shown) of \(dtype.rawValue) values is not supported: docbuild checks only some NumPy functions' complex "
        + "results against NumPy's")
    error.isLimit = true
    throw error
  }

  /// NumPy 2.4's ufuncs that have no complex loop, by the name `np` gives them, with the ufunc's own name (which its
  /// errors use) and its number of inputs: NumPy's `[u for u in ufuncs if no type of u.types takes 'F' or 'D']`,
  /// without `gcd`, `lcm` and `isnat`, whose errors say other things.
  static let ufuncsWithoutComplexLoop: NameTable<(ufunc: String, inputs: Int)> = [
    "arctan2": ("arctan2", 2), "atan2": ("arctan2", 2), "bitwise_and": ("bitwise_and", 2),
    "bitwise_count": ("bitwise_count", 1), "bitwise_invert": ("invert", 1), "bitwise_left_shift": ("left_shift", 2),
    "bitwise_not": ("invert", 1), "bitwise_or": ("bitwise_or", 2), "bitwise_right_shift": ("right_shift", 2),
    "bitwise_xor": ("bitwise_xor", 2), "cbrt": ("cbrt", 1), "ceil": ("ceil", 1), "copysign": ("copysign", 2),
    "deg2rad": ("deg2rad", 1), "degrees": ("degrees", 1), "divmod": ("divmod", 2), "fabs": ("fabs", 1),
    "floor": ("floor", 1), "floor_divide": ("floor_divide", 2), "fmod": ("fmod", 2), "frexp": ("frexp", 1),
    "heaviside": ("heaviside", 2), "hypot": ("hypot", 2), "invert": ("invert", 1), "ldexp": ("ldexp", 2),
    "left_shift": ("left_shift", 2), "logaddexp": ("logaddexp", 2), "logaddexp2": ("logaddexp2", 2),
    "mod": ("remainder", 2), "modf": ("modf", 1), "nextafter": ("nextafter", 2), "rad2deg": ("rad2deg", 1),
    "radians": ("radians", 1), "remainder": ("remainder", 2), "right_shift": ("right_shift", 2),
    "signbit": ("signbit", 1), "spacing": ("spacing", 1), "trunc": ("trunc", 1),
  ]

  /// NumPy's TypeError for a ufunc without a complex loop called on numbers one of which is complex (the caller saw
  /// one), when the call is plain: its inputs alone, each an array or a Python number, so no other error comes first.
  private static func rejectWithoutComplexLoop(_ name: String, _ call: CallArguments, isMethod: Bool)
    throws(PythonError)
  {
    guard !isMethod, let ufunc = ufuncsWithoutComplexLoop[name], call.keywords.isEmpty,
      call.positional.count == ufunc.inputs,
      call.positional.allSatisfy({
        switch $0 {
        case .tensor, .int, .float, .complex, .bool: true
        default: false
        }
      })
    else { return }
    throw PythonError.type(
      "ufunc '\(ufunc.ufunc)' not supported for the input types, and the inputs could not be safely coerced to any "
        + "supported types according to the casting rule ''safe''")
  }

  /// The complex dtype a value holds: a complex array, a Python complex, or a list or tuple holding one.
  private static func complexType(_ value: Value) -> DType? {
    switch value {
    case .tensor(let tensor): tensor.dtype.isComplex ? tensor.dtype : nil
    case .complex: .complex128
    case .list(let items), .tuple(let items): items.lazy.compactMap(complexType).first
    default: nil
    }
  }
}
