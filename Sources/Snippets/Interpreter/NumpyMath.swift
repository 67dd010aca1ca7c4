import TensorCore

/// NumPy's element-wise math beyond the first few: the trigonometric, hyperbolic, logarithmic and rounding ufuncs,
/// the two-operand ones (`floor_divide`, `remainder`, `arctan2`, `hypot`, `logical_and`, …), the arithmetic ufuncs by
/// name and the float tests (`isnan`, `isinf`, `isfinite`).
enum NumpyMath {
  /// The names this file answers, callable as `np.name` or plain `name`.
  static let names: Set<String> = Set(MathFunction.allCases.map(\.rawValue)).union([
    "floor_divide", "remainder", "mod", "arctan2", "hypot", "logical_and", "logical_or", "logical_xor",
    "logical_not", "add", "subtract", "multiply", "divide", "true_divide", "power", "negative", "isnan", "isinf",
    "isfinite", "round", "around",
  ])

  /// Calls `np.name(...)`, or nil when the name is not one of this file's.
  /// A binary ufunc's operands for `dtype=`: NumPy runs the loop of that dtype, casting each input to it under the
  /// `same_kind` rule (bool, unsigned, signed, float, complex: only towards the later kinds, or within one).
  static func castOperands(_ a: Tensor, _ b: Tensor, to dtype: DType, ufunc: String) throws(PythonError)
    -> (Tensor, Tensor)
  {
    let loopName = ufunc == "true_divide" ? "divide" : ufunc
    if loopName == "divide", !dtype.isFloat && !dtype.isComplex {
      throw PythonError.type(
        "No loop matching the specified signature and casting was found for ufunc \(loopName)")
    }
    // Loops these ufuncs lack (NumPy's `ufunc.types`): power, floor_divide and remainder have none for bool, the
    // last two none for complex; subtract's bool loop is its own TypeError.
    let lacksLoop =
      (dtype == .bool && ["power", "floor_divide", "remainder", "mod"].contains(loopName))
      || (dtype.isComplex && ["floor_divide", "remainder", "mod"].contains(loopName))
    if lacksLoop {
      throw PythonError.type(
        "No loop matching the specified signature and casting was found for ufunc \(loopName == "mod" ? "remainder" : loopName)"
      )
    }
    if dtype == .bool && loopName == "subtract" {
      throw PythonError.type(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the "
          + "logical_xor function instead.")
    }
    func rank(_ type: DType) -> Int {
      if type == .bool { return 0 }
      if type.isUnsigned { return 1 }
      if type.isInteger { return 2 }
      return type.isComplex ? 4 : 3
    }
    var cast: [Tensor] = []
    for (position, operand) in [a, b].enumerated() {
      guard rank(operand.dtype) <= rank(dtype) else {
        throw PythonError(
          "UFuncTypeError",
          "Cannot cast ufunc '\(loopName)' input \(position) from dtype('\(operand.dtype.rawValue)') to "
            + "dtype('\(dtype.rawValue)') with casting rule 'same_kind'")
      }
      var converted = try core { try operand.astype(dtype) }
      converted.isPythonScalar = false
      cast.append(converted)
    }
    return (cast[0], cast[1])
  }

  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    if let function = MathFunction(rawValue: name) {
      let x = try call.bind(["x"], required: 1).value("x").toTensor()
      return .tensor(try core { try x.apply(function) })
    }
    switch name {
    case "floor_divide", "remainder", "mod", "arctan2", "hypot", "logical_and", "logical_or", "logical_xor", "add",
      "subtract", "multiply", "divide", "true_divide", "power":
      let typed = ["add", "subtract", "multiply", "power", "floor_divide", "remainder", "divide", "true_divide"]
      let bound = try call.bind(typed.contains(name) ? ["x1", "x2", "dtype"] : ["x1", "x2"], required: 2)
      var a = try bound.value("x1").toTensor()
      var b = try bound.value("x2").toTensor()
      if let given = bound["dtype"] {
        (a, b) = try Self.castOperands(a, b, to: try given.toDType(), ufunc: name)
      }
      return .tensor(
        try core {
          switch name {
          case "floor_divide": try a.floorDivided(by: b)
          case "remainder", "mod": try a.remainder(b)
          case "arctan2": try Tensor.arctan2(a, b)
          case "hypot": try Tensor.hypot(a, b)
          case "add": try a.adding(b)
          case "subtract": try a.subtracting(b)
          case "multiply": try a.multiplying(b)
          case "divide", "true_divide": try a.dividing(b)
          case "power": try a.ufuncPower(b)
          default: try Tensor.logical(name, a, b)
          }
        })
    case "negative":
      let x = try call.bind(["x"], required: 1).value("x").toTensor()
      return .tensor(try core { try x.negated() })
    case "logical_not", "isnan", "isinf", "isfinite":
      let x = try call.bind(["x"], required: 1).value("x").toTensor()
      let flags: [Bool]
      switch x.storage {
      case .float64(let values):
        flags = values.map {
          switch name {
          case "logical_not": $0 == 0
          case "isnan": $0.isNaN
          case "isinf": $0.isInfinite
          default: $0.isFinite
          }
        }
      case .int64(let values): flags = values.map { name == "logical_not" ? $0 == 0 : name == "isfinite" }
      case .bool(let values): flags = values.map { name == "logical_not" ? !$0 : name == "isfinite" }
      case .complex128(let values):
        flags = values.map {
          switch name {
          case "logical_not": $0.real == 0 && $0.imag == 0
          case "isnan": $0.real.isNaN || $0.imag.isNaN
          case "isinf": $0.real.isInfinite || $0.imag.isInfinite
          default: $0.real.isFinite && $0.imag.isFinite
          }
        }
      }
      return .tensor(Tensor(shape: x.shape, storage: .bool(flags), isScalar: x.shape.isEmpty))
    case "round", "around":
      let bound = try call.bind(["a", "decimals"], required: 1)
      let a = try bound.value("a").toTensor()
      let decimals = try bound["decimals"].map(UnusualArguments.cInt) ?? 0
      if let refusal = a.roundingNoiseRefusal() { throw PythonError(refusal) }
      let rounded = try core { try a.rounded(decimals: decimals) }
      // NumPy's round of a 0-d array returns a NumPy scalar.
      return .tensor(rounded.ndim == 0 ? rounded.scalar : rounded)
    default:
      return nil
    }
  }
}
