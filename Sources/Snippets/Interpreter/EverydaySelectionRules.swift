import TensorCore

/// The rules of NumPy's functions that pick or accumulate elements: argmax, argmin, cumsum, where, clip.
extension EverydayRules {
  /// `np.argmax(a, axis)` (or argmin): `NumpyArrays.method`'s `argExtreme`, keepdims left false.
  static func extremeIndex(maximum: Bool, _ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard let a = plainArray(arguments[0]), a.ndim > 0, let axis = axis(arguments[1], ndim: a.ndim) else {
      return nil
    }
    return Interpreter.separated(
      .tensor(try core { try a.argExtreme(maximum: maximum, axis: axis, keepdims: false) }), from: a)
  }

  /// `np.cumsum(a, axis)`: `NumpyArrays.method`'s `cumulativeSum` (its refusal of a traced Python float has nothing
  /// to refuse outside a derivative).
  static func cumulativeSum(_ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard let a = plainArray(arguments[0]), a.ndim > 0, let axis = axis(arguments[1], ndim: a.ndim) else {
      return nil
    }
    return Interpreter.separated(.tensor(try core { try a.cumulativeSum(axis: axis) }), from: a)
  }

  /// `np.where(condition, x, y)` of plain arrays and Python numbers: `NumpyArrays.call`'s `Tensor.where` of the three
  /// as `toTensor` converts them (a Python number a weak scalar).
  static func selected(_ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard let condition = plainArray(arguments[0]), let xValue = arguments[1], let yValue = arguments[2] else {
      return nil
    }
    if let x = whereOperand(xValue), let y = whereOperand(yValue),
      let selected = try core({ try Tensor.selectedWithoutRecord(condition, x, y) })
    {
      return Interpreter.separated(.tensor(selected), from: condition)
    }
    guard let x = operand(xValue), let y = operand(yValue) else { return nil }
    let result = Value.tensor(try core { try Tensor.where(condition, x, y) })
    return Interpreter.separated(result, from: condition)
  }

  /// `np.clip(a, a_min, a_max)` of a plain array between two Python numbers: `NumpyArrays.clip`, which
  /// `NumpyArrays.call` reaches with both bounds given (autograd's refusals have nothing to refuse outside a
  /// derivative).
  static func clipped(_ arguments: borrowing EverydayArguments) throws(PythonError) -> Value? {
    guard let a = plainArray(arguments[0]), let low = arguments[1], let high = arguments[2], isPythonNumber(low),
      isPythonNumber(high)
    else { return nil }
    if a.dtype == .float64, let lowest = pythonDouble(low), let highest = pythonDouble(high),
      let clipped = try core({ try a.clippedWithoutRecord(lowest, highest) })
    {
      return Interpreter.separated(.tensor(clipped), from: a)
    }
    return Interpreter.separated(try NumpyArrays.clip(a, low, high), from: a)
  }

  /// A plain array or a Python number as `Tensor.selectedWithoutRecord` takes it (an int as the double nearest it, as
  /// NumPy casts the weak scalar to float64).
  private static func whereOperand(_ value: Value) -> Tensor.WhereOperand? {
    switch value {
    case .int(let number): .number(Double(number))
    case .float(let number): .number(number)
    default: plainArray(value).map { .array($0) }
    }
  }

  /// A plain array, or a Python int or float as `toTensor` converts it (a weak scalar); nil for anything else.
  static func operand(_ value: Value?) -> Tensor? {
    guard let value else { return nil }
    if isPythonNumber(value) { return try? value.toTensor() }
    return plainArray(value)
  }

  /// True for a Python int (within 64 bits) or float.
  static func isPythonNumber(_ value: Value) -> Bool {
    switch value {
    case .int, .float: true
    default: false
    }
  }
}
