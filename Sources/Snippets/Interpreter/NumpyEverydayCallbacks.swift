import TensorCore

extension Interpreter {
  /// The NumPy functions that call a snippet function: `np.fromfunction`, `np.apply_along_axis` and
  /// `np.piecewise`, following NumPy's Python step by step (every call is counted by the step budget).
  mutating func callNumpyCallback(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "numpy.fromfunction": return try fromFunction(call)
    case "numpy.apply_along_axis": return try applyAlongAxis(call)
    default: return try piecewise(call)
    }
  }

  /// `np.fromfunction(function, shape, *, dtype=float, **kwargs)`: `function(*np.indices(shape, dtype), **kwargs)`.
  private mutating func fromFunction(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 2 else {
      if call.positional.count < 2 {
        let missing =
          call.positional.isEmpty
          ? "2 required positional arguments: 'function' and 'shape'"
          : "1 required positional argument: 'shape'"
        throw PythonError.type("fromfunction() missing \(missing)")
      }
      throw PythonError.type("fromfunction() takes 2 positional arguments but \(call.positional.count) were given")
    }
    let shape = try call.positional[1].toShape()
    var dtype = DType.float64
    var keywords: [(name: String, value: Value)] = []
    for (name, value) in call.keywords {
      if name == "dtype" { dtype = try value.toDType() } else if name != "like" { keywords.append((name, value)) }
    }
    var grids: [Value] = []
    for (axis, extent) in shape.enumerated() {
      var lineShape = [Int](repeating: 1, count: shape.count)
      lineShape[axis] = extent
      let grid = try core {
        try Tensor.arange(.int(0), .int(Int64(extent)), dtype: dtype).reshape(lineShape).broadcast(to: shape).copy()
      }
      grids.append(.tensor(grid))
    }
    let inner = CallArguments(
      function: "", positional: grids, keywords: keywords, positionalTexts: grids.map { _ in "" })
    return try callValue(call.positional[0], inner)
  }

  /// `np.apply_along_axis(func1d, axis, arr, *args, **kwargs)`: `func1d` of every 1-d slice along `axis`, the
  /// results (cast to the first one's dtype, as NumPy's buffer does) placed where the axis was.
  private mutating func applyAlongAxis(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count >= 3 else {
      throw PythonError.type("apply_along_axis() missing required positional arguments: 'func1d', 'axis' and 'arr'")
    }
    let function = call.positional[0]
    let array = try call.positional[2].toTensor()
    let axis = try core { try AxisArguments.normalize(try call.positional[1].toAxis(), ndim: array.ndim) }
    let order = (0..<array.ndim).filter { $0 != axis } + [axis]
    let moved = try core { try array.transpose(order) }
    let outer = Array(moved.shape.dropLast())
    let count = outer.reduce(1, *)
    if count == 0 { throw PythonError.value("Cannot apply_along_axis when any iteration dimensions are 0") }
    let flat = try core { try moved.reshape([count, moved.shape.last ?? 1]) }
    var results: [Tensor] = []
    for position in 0..<count {
      let line = try core { try flat.index([.int(position)]) }
      let inner = CallArguments(
        function: "", positional: [.tensor(line)] + call.positional.dropFirst(3), keywords: call.keywords,
        positionalTexts: [String](repeating: "", count: call.positional.count - 2))
      var result = try callValue(function, inner).toTensor()
      result.isScalar = false
      result.isPythonScalar = false
      if let first = results.first {
        guard result.shape == first.shape else {
          throw PythonError.value(
            "could not broadcast input array from shape (\(result.shape.map(String.init).joined(separator: ",")),) "
              + "into shape (\(first.shape.map(String.init).joined(separator: ",")),)")
        }
        if result.dtype != first.dtype { result = try core { try result.astype(first.dtype) } }
      }
      results.append(result)
    }
    let resultShape = results[0].shape
    let stacked = try core { try Tensor.stack(results, axis: 0).reshape(outer + resultShape) }
    // NumPy's buff_permute: the outer axes before `axis`, the result's axes, then the remaining outer axes.
    let outerAxes = Array(0..<outer.count)
    let resultAxes = Array(outer.count..<(outer.count + resultShape.count))
    let permutation = Array(outerAxes.prefix(axis)) + resultAxes + Array(outerAxes.dropFirst(axis))
    return .tensor(try core { try stacked.transpose(permutation) })
  }

  /// `np.piecewise(x, condlist, funclist, *args, **kw)`: zeros like `x`, then each condition's positions set to its
  /// function of those elements (or to its value), in order; one more function than conditions is the otherwise.
  private mutating func piecewise(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count >= 3 else {
      throw PythonError.type("piecewise() missing required positional arguments: 'x', 'condlist' and 'funclist'")
    }
    let x = try call.positional[0].toTensor().asOperandArray
    var conditionValues: [Value]
    switch call.positional[1] {
    case .list(let items)
    where items.first.map({
      if case .list = $0 { true } else if case .tensor(let t) = $0 { t.ndim > 0 || x.ndim == 0 } else { false }
    }) == true || x.ndim == 0:
      conditionValues = Array(items)
    default:
      conditionValues = [call.positional[1]]
    }
    var conditions: [Tensor] = []
    for value in conditionValues {
      let condition = try value.toTensor()
      conditions.append(try core { try condition.astype(.bool).broadcast(to: x.shape).copy() })
    }
    guard case .list(let functionItems) = call.positional[2] else {
      throw PythonError.type("object of type '\(call.positional[2].typeName)' has no len()")
    }
    let functions = Array(functionItems)
    if conditions.count == functions.count - 1 {
      var otherwise = [Bool](repeating: true, count: x.size)
      for condition in conditions {
        for (index, flag) in condition.doubles.enumerated() where flag != 0 { otherwise[index] = false }
      }
      conditions.append(Tensor(shape: x.shape, storage: .bool(otherwise)))
    } else if conditions.count != functions.count {
      throw PythonError.value(
        "with \(conditions.count) condition(s), either \(conditions.count) or \(conditions.count + 1) functions are "
          + "expected")
    }
    var y = try core { try Tensor.zerosLike(x) }
    for (condition, function) in zip(conditions, functions) {
      let mask = IndexItem.mask(shape: x.shape, values: condition.doubles.map { $0 != 0 })
      let values: Tensor
      switch function {
      case .userFunction, .function, .boundMethod, .classObject, .object:
        let selected = try core { try x.index([mask]) }
        if selected.size == 0 { continue }
        let inner = CallArguments(
          function: "", positional: [.tensor(selected)] + call.positional.dropFirst(3), keywords: call.keywords,
          positionalTexts: [String](repeating: "", count: call.positional.count - 2))
        values = try callValue(function, inner).toTensor()
      default:
        values = try function.toTensor()
      }
      let current = y
      y = try core { try current.assigning([mask], values.astype(current.dtype)) }
    }
    return .tensor(y)
  }
}
