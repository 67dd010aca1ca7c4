import TensorCore

/// `np.linalg`: argument binding as NumPy names its parameters, NumPy's named-tuple results, and `norm`'s orders
/// composed from recorded operations (so they differentiate as autograd's do).
enum NumpyLinalg {
  /// The functions `np.linalg` offers in snippets.
  static let functions: Set<String> = [
    "norm", "inv", "solve", "det", "slogdet", "cholesky", "matrix_power", "multi_dot", "qr", "eigh", "eigvalsh",
    "svd", "pinv", "lstsq", "matrix_rank", "eig", "eigvals",
  ]

  /// `np.linalg.name`, or nil when the name is not one of the module's.
  static func member(_ name: String) -> Value? {
    if name == "LinAlgError" { return .function("LinAlgError") }
    return functions.contains(name) ? .function("numpy.linalg.\(name)") : nil
  }

  /// Calls `np.linalg.name(...)`.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    try NumpyAdditions.refuseComplex(call, "np.linalg.\(name)")
    switch name {
    case "inv", "det", "cholesky":
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      return .tensor(
        try core {
          switch name {
          case "inv": try a.inverse()
          case "det": try a.determinant()
          default: try a.cholesky()
          }
        })
    case "slogdet":
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      let (sign, logAbs) = try core { try a.signAndLogDeterminant() }
      return try .makeNamedTuple(
        NamedTupleType(name: "SlogdetResult", fields: ["sign", "logabsdet"]), [.tensor(sign), .tensor(logAbs)])
    case "solve":
      let bound = try call.bind(["a", "b"], required: 2)
      let a = try bound.value("a").toTensor()
      let b = try bound.value("b").toTensor()
      return .tensor(try core { try Tensor.solve(a, b) })
    case "matrix_power":
      let bound = try call.bind(["a", "n"], required: 2)
      let a = try bound.value("a").toTensor()
      // NumPy reads n with `operator.index`: a Python bool or a NumPy integer is one; an int past 64 bits squares
      // its way to NaNs or zeros, which snippets do not follow.
      let exponent: Int
      switch bound.value("n") {
      case .bigInt:
        throw PythonError.limit("np.linalg.matrix_power with an exponent past 64 bits is not supported in snippets")
      case .int, .bool, .tensor:
        do {
          exponent = try bound.value("n").toInt()
        } catch {
          throw PythonError.type("exponent must be an integer")
        }
      default: throw PythonError.type("exponent must be an integer")
      }
      return .tensor(try core { try a.matrixPower(exponent) })
    case "multi_dot":
      let bound = try call.bind(["arrays"], required: 1)
      var arrays: [Tensor] = []
      for item in try Interpreter.iterationItems(bound.value("arrays")) { arrays.append(try item.toTensor()) }
      return .tensor(try core { try Tensor.multiDot(arrays) })
    case "norm":
      return try norm(call)
    case "qr", "eigh", "eigvalsh", "svd", "pinv", "lstsq", "matrix_rank", "eig", "eigvals":
      return try NumpyDecompositions.call(name, call)
    default:
      throw PythonError("AttributeError", "module 'numpy.linalg' has no attribute '\(name)'")
    }
  }

  /// `np.linalg.norm(x, ord=None, axis=None, keepdims=False)`, following NumPy's `linalg.norm` step by step.
  private static func norm(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["x", "ord", "axis", "keepdims"], required: 1)
    var x = try bound.value("x").toTensor()
    try NumpyArrays.refuseFloat32(x, "np.linalg.norm")
    if x.dtype.isComplex { throw NumpyComplex.refused("np.linalg.norm", x.dtype) }
    let keepdims = try bound.flag("keepdims")
    let order = bound.value("ord")
    switch order {
    case .list, .tuple, .range:
      // NumPy computes with the sequence as an array of orders (`ord=[1]` broadcasts to an array of norms).
      throw PythonError.limit("np.linalg.norm with a sequence for ord is not supported in snippets: give a number")
    default: break
    }
    if x.dtype != .float64 { x = try core { try x.astype(.float64) } }
    var axes: [Int]
    switch bound.value("axis") {
    case .none:
      if order.isNone || isFrobenius(order) && x.ndim == 2 || isNumber(order, 2) && x.ndim == 1 {
        return .tensor(try core { try x.norm(axis: .all, keepdims: keepdims) })
      }
      axes = Array(0..<x.ndim)
    case .int(let axis): axes = [axis]
    // A Python bool is an int to norm's `isinstance(axis, int)`.
    case .bool(let flag): axes = [flag ? 1 : 0]
    case .bigInt: axes = [try bound.value("axis").toAxis()]
    case .float:
      // NumPy's norm goes on with a float axis where snippets' axes are ints.
      throw PythonError.limit("np.linalg.norm with a float axis is not supported in snippets")
    case .tensor(let tensor) where tensor.ndim == 0 && !tensor.dtype.isComplex:
      // NumPy's norm reads an axis that is no tuple with `int()`, which truncates a NumPy float.
      let number = tensor.doubles[0]
      guard number.isFinite else {
        throw PythonError.type("'axis' must be None, an integer or a tuple of integers")
      }
      // `int()` of a float or of a uint64 from 2**63 up is a Python int no Int holds: the C converter's error.
      let truncated = number.rounded(.towardZero)
      if tensor.dtype.isInteger {
        axes = [try bound.value("axis").toAxis()]
      } else {
        guard truncated >= -0x1p63 && truncated < 0x1p63 else {
          throw PythonError(TensorError.axisBeyondCInt(String(number)))
        }
        axes = [Int(truncated)]
      }
    case let other:
      guard case .tuple(let items) = other else {
        throw PythonError.type("'axis' must be None, an integer or a tuple of integers")
      }
      axes = []
      for item in items { axes.append(try item.toAxis()) }
    }
    // NumPy's norm normalises the axes against the array before anything else (so a 0-d array has none).
    for axis in axes { _ = try AxisConversion.normalized(axis, ndim: x.ndim) }
    let x0 = x
    func absolute() throws(PythonError) -> Tensor { try core { try x0.abs() } }
    if axes.count == 1 {
      let axis = Axes.one(axes[0])
      if case .string(let text) = order { throw PythonError.value("Invalid norm order '\(text)' for vectors") }
      if order.isNone || isNumber(order, 2) {
        return .tensor(try core { try (x0 * x0).sum(axis: axis, keepdims: keepdims).sqrt() })
      }
      let p = try order.toTensor().doubles.first ?? 0
      return .tensor(
        try core {
          let magnitudes = try x0.abs()
          if p == .infinity { return try magnitudes.max(axis: axis, keepdims: keepdims) }
          if p == -.infinity { return try magnitudes.min(axis: axis, keepdims: keepdims) }
          if p == 0 {
            return try x0.notEqual(Tensor(0.0)).astype(.float64).sum(axis: axis, keepdims: keepdims)
          }
          if p == 1 { return try magnitudes.sum(axis: axis, keepdims: keepdims) }
          let powered = try magnitudes ** Tensor(p)
          return try powered.sum(axis: axis, keepdims: keepdims) ** Tensor(1 / p)
        })
    }
    guard axes.count == 2 else { throw PythonError.value("Improper number of dimensions to norm.") }
    let ndim = x.ndim
    var (row, column) = (axes[0], axes[1])
    row = try AxisConversion.normalized(row, ndim: ndim)
    column = try AxisConversion.normalized(column, ndim: ndim)
    if row == column { throw PythonError.value("Duplicate axes given.") }
    let result: Tensor
    if order.isNone || isFrobenius(order) {
      result = try core { try (x0 * x0).sum(axis: .many([row, column])).sqrt() }
    } else if isNumber(order, 1) || isNumber(order, -1) || isNumber(order, .infinity) || isNumber(order, -.infinity) {
      let p = try order.toTensor().doubles.first ?? 0
      // NumPy: for ord=±1 sum over rows then take the extreme over columns; for ±inf the other way round.
      var (summed, extreme) = p.isInfinite ? (column, row) : (row, column)
      if extreme > summed { extreme -= 1 }
      let magnitudes = try absolute()
      result = try core {
        let sums = try magnitudes.sum(axis: .one(summed))
        return p > 0 ? try sums.max(axis: .one(extreme)) : try sums.min(axis: .one(extreme))
      }
    } else if isNumber(order, 2) || isNumber(order, -2) || isString(order, "nuc") {
      // NumPy moves the two axes last and reduces `svd(y, compute_uv=False)` over its last axis: the largest
      // singular value, the smallest, or their sum (whose last digits are LAPACK's, refused when printed whole).
      let reduction = isString(order, "nuc") ? 0 : isNumber(order, 2) ? 1 : -1
      let others = (0..<ndim).filter { $0 != row && $0 != column }
      result = try core {
        let values = try x0.transpose(others + [row, column]).singularValues(exposingZeros: reduction == -1)
        let last = Axes.one(values.ndim - 1)
        switch reduction {
        case 0: return try values.sum(axis: last)
        case 1: return try values.max(axis: last)
        default: return try values.min(axis: last)
        }
      }
    } else {
      throw PythonError.value("Invalid norm order for matrices.")
    }
    guard keepdims else { return .tensor(result) }
    var shape = x.shape
    shape[row] = 1
    shape[column] = 1
    return .tensor(try core { try result.reshape(shape) })
  }

  private static func isFrobenius(_ order: Value) -> Bool { isString(order, "fro") || isString(order, "f") }

  private static func isString(_ value: Value, _ text: String) -> Bool {
    if case .string(let given) = value { return given == text }
    return false
  }

  private static func isNumber(_ value: Value, _ number: Double) -> Bool {
    switch value {
    case .int(let int): Double(int) == number
    case .float(let double): double == number
    default: false
    }
  }
}
