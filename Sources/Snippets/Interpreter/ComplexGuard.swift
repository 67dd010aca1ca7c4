import TensorCore

/// The NumPy functions and array methods whose complex results docbuild computes as NumPy does; any other given a
/// complex operand is refused. Many functions read an array's values as doubles, which holds only the real parts of
/// complex values: without this gate, `np.std` or `np.linalg.norm` of a complex array would print a number NumPy does
/// not. Element-wise operations pass: `ComplexEvaluation` computes or refuses each of them itself.
enum ComplexGuard {
  /// `np.NAME` functions checked against NumPy's complex results (Tests/SnippetsTests/Fixtures/complex).
  static let functions: Set<String> = [
    // Creation, dtypes and printing.
    "array", "asarray", "zeros", "ones", "full", "empty", "zeros_like", "ones_like", "full_like", "empty_like",
    "arange", "linspace", "copy", "dtype", "complex128", "complex64", "cdouble", "csingle", "float64", "float32",
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool_", "finfo", "iinfo",
    "iscomplexobj", "isrealobj", "iscomplex", "isreal", "set_printoptions", "get_printoptions", "printoptions",
    "array2string", "array_repr", "array_str", "shape", "ndim", "size", "result_type", "can_cast",
    "promote_types", "min_scalar_type", "common_type",
    // Element-wise: computed or refused by ComplexEvaluation.
    "abs", "absolute", "real", "imag", "angle", "conj", "conjugate", "square", "add", "subtract", "multiply",
    "divide", "true_divide", "negative", "positive", "power", "maximum", "minimum", "equal", "not_equal", "isnan",
    "isinf", "isfinite", "exp", "exp2", "expm1", "sqrt", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "sign",
    "floor", "ceil", "round", "around", "rint", "trunc",
    // Reductions and comparisons with complex fixtures.
    "sum", "mean", "max", "min", "amax", "amin", "cumsum", "prod", "cumprod", "allclose", "isclose", "array_equal",
    // Moving elements without reading them as numbers.
    "reshape", "transpose", "ravel", "squeeze", "expand_dims", "concatenate", "stack", "hstack", "vstack",
    "column_stack", "dstack", "tile",
    "repeat", "flip", "diag", "where", "broadcast_to",
  ]

  /// Array methods (`z.sum()`) checked against NumPy's complex results.
  static let methods: Set<String> = [
    "sum", "mean", "max", "min", "cumsum", "prod", "cumprod", "reshape", "transpose", "astype", "item", "copy",
    "flatten", "ravel",
    "squeeze", "conj", "conjugate", "tolist", "view",
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
    let shown = isMethod ? "ndarray.\(name)()" : "np." + (name.hasPrefix("numpy.") ? name.dropFirst(6) : name[...])
    var error = PythonError(
      "NotImplementedError",
      "\(shown) of \(dtype.rawValue) values is not supported: docbuild checks only some NumPy functions' complex "
        + "results against NumPy's")
    error.isLimit = true
    throw error
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
