import TensorCore

extension Interpreter {
  /// The NumPy functions that call a snippet function: `np.fromfunction`, `np.apply_along_axis` and
  /// `np.piecewise`, following NumPy's Python step by step (every call is counted by the step budget).
  mutating func callNumpyCallback(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "numpy.fromfunction": return try fromFunction(call)
    case "numpy.apply_along_axis": return try applyAlongAxis(call)
    case "numpy.apply_over_axes": return try applyOverAxes(call)
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
  private mutating func applyAlongAxis(_ given: CallArguments) throws(PythonError) -> Value {
    // `func1d`, `axis` and `arr` may be passed by name (`np.apply_along_axis(np.max, arr=a, axis=1)`); the other
    // keywords are func1d's.
    var call = given
    let parameters = ["func1d", "axis", "arr"]
    var bound = Array(call.positional.prefix(3).map(Optional.some))
    bound += [Value?](repeating: nil, count: 3 - bound.count)
    for (index, parameter) in parameters.enumerated() {
      guard let at = call.keywords.firstIndex(where: { $0.name == parameter }) else { continue }
      if index < call.positional.count {
        throw PythonError.type("apply_along_axis() got multiple values for argument '\(parameter)'")
      }
      bound[index] = call.keywords.remove(at: at).value
    }
    let missing = parameters.indices.filter { bound[$0] == nil }.map { parameters[$0] }
    if !missing.isEmpty { throw PythonSignature.missing("apply_along_axis", missing, kind: "positional") }
    call.positional = bound.compactMap { $0 } + call.positional.dropFirst(3)
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

  /// `np.apply_over_axes(func, a, axes)`: `func(a, axis)` for each axis in turn, each result given back its axis
  /// (`expand_dims`) when `func` dropped it, as NumPy's Python does.
  private mutating func applyOverAxes(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["func", "a", "axes"], required: 3)
    let function = try bound.value("func")
    let given = try bound.value("a")
    // NumPy reads `a.ndim` of the argument itself, before it is made an array.
    guard case .tensor(let array) = given, !array.isScalar else {
      if case .tensor = given {
      } else {
        throw PythonError("AttributeError", "'\(given.typeName)' object has no attribute 'ndim'")
      }
      throw NumpyArrays.unsupported("np.apply_over_axes of a NumPy scalar is not supported in snippets")
    }
    var axes: [Value]
    switch try bound.value("axes") {
    case .list(let items), .tuple(let items): axes = Array(items)
    case .tensor(let indices) where !indices.isScalar:
      throw NumpyArrays.unsupported("np.apply_over_axes with an array of axes is not supported in snippets")
    case let axis: axes = [axis]
    }
    let ndim = array.ndim
    var value = Value.tensor(array)
    for item in axes {
      var axis = try item.toInt()
      if axis < 0 { axis += ndim }
      let before = try value.toTensor().ndim
      let inner = CallArguments(
        function: "", positional: [value, .int(axis)], keywords: [], positionalTexts: ["", ""])
      // NumPy reads the result's `ndim`, which a Python number lacks.
      let returned = try callValue(function, inner)
      guard case .tensor(let result) = returned else {
        throw PythonError("AttributeError", "'\(returned.typeName)' object has no attribute 'ndim'")
      }
      if result.ndim == before {
        value = .tensor(result)
        continue
      }
      let expanded = try core { try result.expandDims([axis]) }
      guard expanded.ndim == before else {
        throw PythonError.value("function is not returning an array of the correct shape")
      }
      value = .tensor(expanded)
    }
    return value
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
