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
    return try viewMethodCall(array, isReshape: isReshape, shape: shape)
  }

  /// `viewMethodCall` once its arguments are read: `a.reshape(shape)` (`isReshape`) or `a.transpose()` of an array that
  /// is not a flat iterator.
  private mutating func viewMethodCall(_ array: Tensor, isReshape: Bool, shape: [Int]) throws(PythonError) -> Value {
    if makesViewsDirectly {
      let direct = try core { isReshape ? try array.rowMajorReshapeView(shape) : try array.matrixTransposeView() }
      if let direct { return .tensor(direct) }
    }
    let name = isReshape ? "reshape" : "transpose"
    let result = try core { isReshape ? try array.reshape(shape) : try array.transpose(nil) }
    let shortcut: ViewShortcut = isReshape ? .rowMajorReshape : .reversedAxes
    if makesViewsDirectly, let placement = ViewShortcutRules.placement(of: result, from: array, shortcut) {
      return .tensor(ViewShortcutRules.view(consume result, of: array, at: placement))
    }
    // Handed over (`consume`): while this binding held the result too, `methodView` copied its parts to make it a
    // view (1,450 instructions, and as many to free the copy). `methodView`'s shortcut and inferred extent are known
    // here, from the ints just read.
    return try methodView(
      name, of: array, shape: isReshape ? shape : nil, shortcut: shortcut,
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
    if name == "reshape", !compiled.isEmpty, !array.isFlatIterator {
      // `a.reshape(5, 20)`: the ints read straight into the shape, without the list of argument values `call` holds
      // (an allocation, and a retain and a release of each value).
      if let shape = try shapeArguments(compiled, else: &call) {
        do throws(PythonError) {
          return try viewMethodCall(array, isReshape: true, shape: shape)
        } catch {
          throw noted(error, calling: .method(receiver, name), at: callee)
        }
      }
    } else {
      call.positional.reserveCapacity(compiled.count)
      for argument in compiled { call.positional.append(try argument.value(&self)) }
    }
    do throws(PythonError) {
      if let result = try viewMethodCall(array, name, call) { return result }
      return try callValue(.method(receiver, name), call)
    } catch {
      throw noted(error, calling: .method(receiver, name), at: callee)
    }
  }

  /// The arguments `compiled` as a shape when every one is a Python int, read in order; nil, with every argument read
  /// into `call.positional`, when one is not: the ints before it become the values they were (an int is its value,
  /// and nothing is evaluated twice), and the rest are read as the general path reads them. One or two ints make a
  /// shared list (`SharedIntLists`), not one allocated per call.
  private mutating func shapeArguments(_ compiled: [Operand], else call: inout CallArguments) throws(PythonError)
    -> [Int]?
  {
    var first = 0
    var second = 0
    var all: [Int] = []
    for k in compiled.indices {
      let value = try compiled[k].value(&self)
      guard case .int(let extent) = value else {
        call.positional.reserveCapacity(compiled.count)
        for read in 0..<k { call.positional.append(.int(read == 0 ? first : read == 1 ? second : all[read])) }
        call.positional.append(value)
        for argument in compiled[(k + 1)...] { call.positional.append(try argument.value(&self)) }
        return nil
      }
      switch k {
      case 0: first = extent
      case 1: second = extent
      case 2:
        all.reserveCapacity(compiled.count)
        all.append(first)
        all.append(second)
        all.append(extent)
      default: all.append(extent)
      }
    }
    switch compiled.count {
    case 1: return SharedIntLists.single(first)
    case 2: return SharedIntLists.pair(first, second)
    default: return all
    }
  }
}
