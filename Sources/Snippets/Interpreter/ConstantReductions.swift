import TensorCore

/// The arguments of `a.sum(axis=0)`, `a.mean(1, keepdims=True)`, `a.max(axis=-1)` when they are constants the parser
/// already read: an int axis (or None), given first by position or as `axis=`, and a bool `keepdims=`. Nothing else.
struct ConstantReductionArguments: Sendable {
  /// The axis given, nil for `axis=None` (every axis).
  var axis: Int?
  /// `keepdims`, false when not given.
  var keepdims = false
  /// The expression nodes the arguments hold, each a step of the budget as `evaluate` counts them.
  var steps = 0

  /// Nil unless every argument is such a constant, each named at most once, and one at least is given.
  init?(_ arguments: [Argument]) {
    guard !arguments.isEmpty, arguments.count <= 2 else { return nil }
    var seenAxis = false
    var seenKeepdims = false
    for (position, argument) in arguments.enumerated() {
      guard argument.unpacking == .none else { return nil }
      switch argument.keyword {
      case nil where position == 0, "axis":
        guard !seenAxis else { return nil }
        seenAxis = true
        switch argument.value.kind {
        case .integer(let number):
          axis = number
          steps += 1
        case .unary(.negate, let operand):
          guard case .integer(let number) = operand.kind, number != Int.min else { return nil }
          axis = -number
          steps += 2
        case .none:
          axis = nil
          steps += 1
        default: return nil
        }
      case "keepdims":
        guard !seenKeepdims, case .boolean(let flag) = argument.value.kind else { return nil }
        seenKeepdims = true
        keepdims = flag
        steps += 1
      default: return nil
      }
    }
  }

  /// The axes to reduce for an array of `rank` axes; nil when the axis is out of range (the general path raises
  /// NumPy's error for it).
  func axes(rank: Int) -> Axes? {
    guard let axis else { return .all }
    return (-rank..<rank).contains(axis) ? .one(axis) : nil
  }
}

extension Compiler {
  /// `a.sum(axis=0)` (or `mean`, `max`, `min`, with constant arguments): computed as `Methods.reduce` computes it at
  /// the end of the general path, whose other steps (signature, None, unusual and out checks, each matching the
  /// method's name by string comparisons) do nothing for such arguments, when `takesFullReductionDirectly` allows it;
  /// anything else takes the general path with the receiver already read. Nil for any other call.
  static func axisReductionCall(_ callee: Expression, _ arguments: [Argument]) -> CompiledExpression? {
    guard case .attribute(let base, let name) = callee.kind, let reduction = Methods.axisReduction(name),
      let constants = ConstantReductionArguments(arguments)
    else { return nil }
    let receiverOperand = Operand(base)
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      let receiver = try interpreter.methodReceiver(receiverOperand) { (interpreter) throws(PythonError) in
        for argument in arguments { _ = try interpreter.evaluate(argument.value) }
      }
      if case .tensor(let array) = receiver, interpreter.takesFullReductionDirectly(array),
        let axes = constants.axes(rank: array.ndim)
      {
        for _ in 0..<constants.steps { try interpreter.tick() }
        do throws(PythonError) {
          return Interpreter.separated(
            .tensor(try core { try reduction(array, axes, constants.keepdims) }), from: array)
        } catch {
          throw interpreter.noted(error, calling: .method(receiver, name), at: callee)
        }
      }
      let function = try interpreter.methodAttribute(of: receiver, name) { (interpreter) throws(PythonError) in
        for argument in arguments { _ = try interpreter.evaluate(argument.value) }
      }
      return try interpreter.evaluateGeneralCall(function, callee, arguments)
    }
  }
}

extension Compiler {
  /// `np.sum(X, axis=0)` (or `np.mean`, `np.max`, `np.min`, the array named, the other arguments constants): NumPy's
  /// function reduces an array as its method does (`np.sum` and `np.max` call the same ufunc reduction, `np.mean` the
  /// same `_methods._mean`), so it is computed as `axisReductionCall` computes the method, when the module member is
  /// NumPy's own function and `takesFullReductionDirectly` allows it. Reading the names has no effect, so any other
  /// case (an unbound name, another member, another value) is evaluated by the general path from the start. Nil for
  /// any other call.
  static func functionReductionCall(_ node: Expression, _ callee: Expression, _ arguments: [Argument])
    -> CompiledExpression?
  {
    guard case .attribute(let base, let name) = callee.kind, let reduction = Methods.axisReduction(name),
      let first = arguments.first, first.keyword == nil, first.unpacking == .none,
      let readModule = Self.nameReader(base), let readArray = Self.nameReader(first.value),
      let constants = ConstantReductionArguments(Array(arguments.dropFirst()))
    else { return nil }
    let qualified = "numpy." + name
    let memberCache = ModuleMemberCache()
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      guard case .module(let module)? = readModule(interpreter), case .tensor(let array)? = readArray(interpreter),
        interpreter.takesFullReductionDirectly(array), let axes = constants.axes(rank: array.ndim)
      else { return try interpreter.evaluate(node) }
      if let remembered = memberCache.holdsFunction(qualified, of: module, in: interpreter.globals.table) {
        guard remembered.holds else { return try interpreter.evaluate(node) }
      } else {
        guard let found = try? interpreter.moduleMember(module, name), found.isFixed else {
          return try interpreter.evaluate(node)
        }
        memberCache.remember(
          found.value, NumpyFastCalls.lookUp(found.value), throughAutograd: false, of: module,
          in: interpreter.globals.table)
        guard case .function(qualified) = found.value else { return try interpreter.evaluate(node) }
      }
      let member = Value.function(qualified)
      // The steps `evaluate` counts: the call, the attribute, the module's name, the array's name, the constants.
      for _ in 0..<(4 + constants.steps) { try interpreter.tick() }
      do throws(PythonError) {
        return Interpreter.separated(
          .tensor(try core { try reduction(array, axes, constants.keepdims) }), from: array)
      } catch {
        throw interpreter.noted(error, calling: member, at: callee)
      }
    }
  }

  /// Reads the value a name expression holds without counting a step or raising (nil when unbound); nil for any
  /// other expression.
  static func nameReader(_ expression: Expression) -> (@Sendable (borrowing Interpreter) -> Value?)? {
    switch expression.kind {
    case .local(let slot, _): return { interpreter in interpreter.scope?[slot] }
    case .global(let slot, _): return { interpreter in interpreter.globals.value(at: slot) }
    default: return nil
    }
  }
}
