@testable import TensorCore

/// Maps each fixture operation name to the TensorCore call it exercises.
extension OperationFixture {
  func run() throws -> FixtureOutcome {
    let a = args.first?.tensor ?? Tensor(false)
    let b = args.count > 1 ? args[1].tensor : Tensor(false)
    let dtype = kwargs["dtype"]?.string.flatMap(DType.init(rawValue:))
    switch op {
    case "add": return .tensor(try a + b)
    case "subtract": return .tensor(try a - b)
    case "multiply": return .tensor(try a * b)
    case "divide": return .tensor(try a / b)
    case "power": return .tensor(try a ** b)
    case "maximum": return .tensor(try Tensor.maximum(a, b))
    case "minimum": return .tensor(try Tensor.minimum(a, b))
    case "equal": return .tensor(try a.equal(b))
    case "not_equal": return .tensor(try a.notEqual(b))
    case "less": return .tensor(try a.less(b))
    case "less_equal": return .tensor(try a.lessEqual(b))
    case "greater": return .tensor(try a.greater(b))
    case "greater_equal": return .tensor(try a.greaterEqual(b))
    case "negative": return .tensor(try -a)
    case "exp": return .tensor(try a.exp())
    case "log": return .tensor(try a.log())
    case "sqrt": return .tensor(try a.sqrt())
    case "tanh": return .tensor(try a.tanh())
    case "abs": return .tensor(try a.abs())
    case "square": return .tensor(try a.square())
    case "sum", "mean", "max", "min":
      let axis = kwargs["axis"]?.axes ?? .all
      let keepdims = kwargs["keepdims"]?.bool ?? false
      switch op {
      case "sum": return .tensor(try a.sum(axis: axis, keepdims: keepdims))
      case "mean": return .tensor(try a.mean(axis: axis, keepdims: keepdims))
      case "max": return .tensor(try a.max(axis: axis, keepdims: keepdims))
      default: return .tensor(try a.min(axis: axis, keepdims: keepdims))
      }
    case "matmul": return .tensor(try a.matmul(b))
    case "dot": return .tensor(try a.dot(b))
    case "outer": return .tensor(try a.outer(b))
    case "reshape": return .tensor(try a.reshape(kwargs["shape"]?.ints ?? []))
    case "transpose": return .tensor(try a.transpose(kwargs["shape"]?.ints))
    case "expand_dims":
      if case .tuple(let axes) = args[1] { return .tensor(try a.expandDims(axes)) }
      return .tensor(try a.expandDims([Int(b.int64s[0])]))
    case "squeeze":
      let axis = kwargs["axis"]
      if let one = axis?.int { return .tensor(try a.squeeze([one])) }
      return .tensor(try a.squeeze(axis?.ints))
    case "broadcast_to":
      guard case .tuple(let shape) = args[1] else { return .none }
      return .tensor(try a.broadcast(to: shape))
    case "broadcast_shapes":
      return .tuple(try Tensor.broadcastShapes(args.map { if case .tuple(let s) = $0 { s } else { [] } }))
    case "index": return .tensor(try a.index(kwargs["items"]?.items ?? []))
    case "astype": return .tensor(try a.astype(dtype!))
    case "copy": return .tensor(try a.copy())
    case "flatten": return .tensor(try a.flatten())
    case "item": return .python(try a.item())
    case "isclose": return .tensor(try Tensor.isclose(a, b))
    case "allclose": return .python(.bool(try Tensor.allclose(a, b)))
    case "array_equal": return .python(.bool(Tensor.arrayEqual(a, b)))
    default: return try runCreation(dtype: dtype)
    }
  }

  private func runCreation(dtype: DType?) throws -> FixtureOutcome {
    let shape = kwargs["shape"]?.ints ?? []
    func number(_ value: FixtureValue) -> Scalar {
      if case .python(let number) = value { return number }
      return .int(0)
    }
    switch op {
    case "array":
      guard case .nested(let nested) = args[0] else { return .none }
      return .tensor(try Tensor.array(nested, dtype: dtype))
    case "zeros": return .tensor(try Tensor.zeros(shape, dtype: dtype ?? .float64))
    case "ones": return .tensor(try Tensor.ones(shape, dtype: dtype ?? .float64))
    case "full":
      guard case .tuple(let shape) = args[0] else { return .none }
      return .tensor(try Tensor.full(shape, Tensor(scalar: number(args[1]), isScalar: false), dtype: dtype))
    case "zeros_like": return .tensor(try Tensor.zerosLike(args[0].tensor, dtype: dtype))
    case "ones_like": return .tensor(try Tensor.onesLike(args[0].tensor, dtype: dtype))
    case "arange":
      return .tensor(try Tensor.arange(number(args[0]), number(args[1]), step: number(args[2]), dtype: dtype))
    case "linspace":
      return .tensor(
        try Tensor.linspace(
          number(args[0]).doubleValue, number(args[1]).doubleValue, num: Int(number(args[2]).doubleValue),
          endpoint: kwargs["endpoint"]?.bool ?? true))
    case "eye":
      let columns: Int? = if case .python(let m) = args[1] { Int(m.doubleValue) } else { nil }
      return .tensor(
        try Tensor.eye(
          Int(number(args[0]).doubleValue), columns, k: Int(number(args[2]).doubleValue), dtype: dtype ?? .float64))
    default:
      throw TensorError("FixtureError", "unknown operation \(op)")
    }
  }
}
