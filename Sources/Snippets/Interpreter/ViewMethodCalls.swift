import TensorCore

extension Interpreter {
  /// `a.reshape(5, 20)`, `a.reshape(100)` and `a.transpose()` as a loop calls them: the same `Tensor.reshape` or
  /// `Tensor.transpose` and the same `methodView` as the general path, without the steps of `callValue`'s chain that
  /// leave these calls as they are (the signature check, which positional ints always pass; the date, byte-order,
  /// text and structured dispatch, which take other receivers or other names; the complex guard, which allows both
  /// methods; and `ResultLayout.settleMethod`, which returns their result unchanged: both are in `methodsRowMajor`).
  /// Nil for any other call (a keyword, an argument that is not a Python int, a tuple shape, other methods), which
  /// takes the general path.
  mutating func viewMethodCall(_ array: Tensor, _ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard call.keywords.isEmpty, !array.isFlatIterator else { return nil }
    let isReshape: Bool
    switch name {
    case "reshape": isReshape = true
    case "transpose": isReshape = false
    default: return nil
    }
    var shape: [Int] = []
    if isReshape {
      guard !call.positional.isEmpty else { return nil }
      shape = [Int].filled(0, count: call.positional.count)
      for k in call.positional.indices {
        guard case .int(let extent) = call.positional[k] else { return nil }
        shape[k] = extent
      }
    } else if !call.positional.isEmpty {
      return nil
    }
    let result = try core { isReshape ? try array.reshape(shape) : try array.transpose(nil) }
    // Handed over (`consume`): while this binding held the result too, `methodView` copied its parts to make it a
    // view (1,450 instructions, and as many to free the copy). `methodView`'s shortcut and inferred extent are known
    // here, from the ints just read.
    return try methodView(
      name, of: array, shape: isReshape ? shape : nil, shortcut: isReshape ? .rowMajorReshape : .reversedAxes,
      infersAnExtent: isReshape && shape.contains { $0 < 0 }, .tensor(consume result))
  }
}
