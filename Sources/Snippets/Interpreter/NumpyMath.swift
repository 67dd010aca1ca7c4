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
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    if let function = MathFunction(rawValue: name) {
      let x = try call.bind(["x"], required: 1).value("x").toTensor()
      return .tensor(try core { try x.apply(function) })
    }
    switch name {
    case "floor_divide", "remainder", "mod", "arctan2", "hypot", "logical_and", "logical_or", "logical_xor", "add",
      "subtract", "multiply", "divide", "true_divide", "power":
      let bound = try call.bind(["x1", "x2"], required: 2)
      let a = try bound.value("x1").toTensor()
      let b = try bound.value("x2").toTensor()
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
          case "power": try a.power(b)
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
      let decimals = try bound["decimals"]?.toInt() ?? 0
      return .tensor(try core { try a.rounded(decimals: decimals) })
    default:
      return nil
    }
  }
}
