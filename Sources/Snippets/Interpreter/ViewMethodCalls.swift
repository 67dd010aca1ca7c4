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

  /// `a.reshape(…)`/`a.transpose(…)` written as a call (`Compiler.call`): the call `callCompiled` makes of the bound
  /// method `attribute(of:_:)` gives for them (`.method(a, name)`: of an array that is not a flat iterator, neither name
  /// is refused while tracing, shadowed by a flag record or made a view), without that method made and taken apart
  /// first, and `viewMethodCall` tried before `callValue`'s chain, which reaches it unchanged for these arguments.
  mutating func callArrayViewMethod(
    _ receiver: Value, _ array: Tensor, _ name: String, at callee: Expression, _ compiled: [Operand]
  ) throws(PythonError) -> Value {
    var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
    call.positional.reserveCapacity(compiled.count)
    for argument in compiled { call.positional.append(try argument.value(&self)) }
    do throws(PythonError) {
      if let result = try viewMethodCall(array, name, call) { return result }
      return try callValue(.method(receiver, name), call)
    } catch {
      throw noted(error, calling: .method(receiver, name), at: callee)
    }
  }
}
