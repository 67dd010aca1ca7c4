import TensorCore

/// One argument of a compiled `np.name(…)` call site: a constant the parser already read (its value made once, its
/// steps counted at each call where `evaluate` counts them), a display of such constants, a member of a module named
/// by a name (`np.float32`), or any other expression, evaluated at each call. Indirect: the call site reads each
/// operand out of its list at every call, and a copy of the inline enum (a closure, a name, a cache and an `Operand`)
/// was a `memcpy` and an outlined copy and destroy, about 370 instructions of a one-argument `np.zeros((10, 10))`; a
/// boxed one is a retain and a release.
indirect enum EverydayOperand: Sendable {
  case constant(Value, steps: Int)
  /// A tuple or list display of constants, made once and handed to each call with the charges `Value.makeTuple` and
  /// `Value.makeList` make for a new one (a rule only reads it; `fresh` makes the general path its own tuple or list,
  /// so no caller can change or keep the shared one).
  case display(Value, count: Int, steps: Int)
  /// `module.name` of a native module's fixed member, remembered per chapter (`ModuleMemberCache`); any other value
  /// of the name is `operand`'s, evaluated as written.
  case member(read: EverydayName, name: String, ModuleMemberCache, operand: Operand)
  case evaluated(Operand)

  init(_ expression: Expression) {
    if let (value, steps) = Self.constant(expression) {
      self = .constant(value, steps: steps)
    } else if let (items, isList) = Self.displayItems(expression), !items.isEmpty,
      case let constants = items.compactMap(Self.constant), constants.count == items.count
    {
      let list = ValueList(constants.map(\.value))
      self = .display(
        isList ? .list(list) : .tuple(list), count: items.count, steps: 1 + constants.reduce(0) { $0 + $1.steps })
    } else if case .attribute(let base, let name) = expression.kind, let read = EverydayName(base) {
      self = .member(read: read, name: name, ModuleMemberCache(), operand: Operand(expression))
    } else {
      self = .evaluated(Operand(expression))
    }
  }

  /// The items of a tuple or list display, and whether it is a list.
  private static func displayItems(_ expression: Expression) -> (items: [Expression], isList: Bool)? {
    switch expression.kind {
    case .tuple(let items): (items, false)
    case .list(let items): (items, true)
    default: nil
    }
  }

  /// The value of a constant node whose evaluation has no effect but its steps (and cannot fail), with the steps:
  /// an int, a float, a bool, None, a string, or a negated int or float.
  private static func constant(_ expression: Expression) -> (value: Value, steps: Int)? {
    switch expression.kind {
    case .integer(let number): return (.int(number), 1)
    case .float(let number): return (.float(number), 1)
    case .boolean(let flag): return (.bool(flag), 1)
    case .none: return (.none, 1)
    case .string(let text): return (.string(text), 1)
    case .unary(.negate, let operand):
      switch operand.kind {
      case .integer(let number) where number != Int.min: return (.int(-number), 2)
      case .float(let number): return (.float(-number), 2)
      default: return nil
      }
    default: return nil
    }
  }

  /// The argument's value, its steps counted as evaluating its node counts them.
  @inline(__always)
  func value(_ interpreter: inout Interpreter) throws(PythonError) -> Value {
    switch self {
    case .constant(let value, let steps):
      for _ in 0..<steps { try interpreter.tick() }
      return value
    case .display(let value, let count, let steps):
      for _ in 0..<steps { try interpreter.tick() }
      // `makeTuple`'s (and `makeList`'s) charges; the nesting and size checks they make cannot fail for a flat
      // display of constants.
      try WorkMeter.charge(count)
      try core { try ResourceMeter.chargePythonValue(bytes: count * MemoryLayout<Value>.stride) }
      return value
    case .member(let read, let name, let cache, let operand):
      guard case .module(let module)? = read.value(in: &interpreter),
        let member = cache.member(of: module, in: interpreter.globals.table)?.member
          ?? Self.fixedMember(&interpreter, module, name, cache)
      else { return try operand.value(&interpreter) }
      // The attribute's step, then the name's, where `evaluate` counts them.
      try interpreter.tick()
      try interpreter.tick()
      return member
    case .evaluated(let operand):
      return try operand.value(&interpreter)
    }
  }

  /// `module.name` when it is fixed for the chapter (then remembered), nil otherwise (the operand then evaluates it,
  /// with its errors).
  private static func fixedMember(
    _ interpreter: inout Interpreter, _ module: String, _ name: String, _ cache: ModuleMemberCache
  ) -> Value? {
    guard let found = try? interpreter.moduleMember(module, name), found.isFixed else { return nil }
    cache.remember(found.value, .absent, throughAutograd: false, of: module, in: interpreter.globals.table)
    return found.value
  }

  /// `value` as the general path would hold it: a tuple or list of constants made anew (a rule only read the shared
  /// one).
  static func fresh(_ value: Value) -> Value {
    switch value {
    case .tuple(let items): .tuple(ValueList(items.items))
    case .list(let items): .list(ValueList(items.items))
    default: value
    }
  }
}

/// A name a compiled call site reads (a module, a receiver) without counting a step or raising, as
/// `Compiler.nameReader` reads it, but in place: its closure took the interpreter `borrowing`, and the compiler copied
/// the whole interpreter (about 1,400 bytes, 160 instructions) to hand it over at every call.
enum EverydayName: Sendable {
  case local(Int)
  case global(Int)

  /// The name an expression reads; nil for any other expression.
  init?(_ expression: Expression) {
    switch expression.kind {
    case .local(let slot, _): self = .local(slot)
    case .global(let slot, _): self = .global(slot)
    default: return nil
    }
  }

  /// The value the name holds, nil when unbound.
  @inline(__always)
  func value(in interpreter: inout Interpreter) -> Value? {
    switch self {
    case .local(let slot): interpreter.scope?[slot]
    case .global(let slot): interpreter.globals.value(at: slot)
    }
  }
}

/// A call's arguments bound to an `EverydayRule`'s parameters by position: each parameter's value, nil when the call
/// does not give it. Four at most, held in place (a list would be an allocation at every call).
struct EverydayArguments: Sendable {
  private var values: (Value?, Value?, Value?, Value?) = (nil, nil, nil, nil)

  subscript(_ slot: Int) -> Value? {
    get {
      switch slot {
      case 0: values.0
      case 1: values.1
      case 2: values.2
      default: values.3
      }
    }
    set {
      switch slot {
      case 0: values.0 = newValue
      case 1: values.1 = newValue
      case 2: values.2 = newValue
      default: values.3 = newValue
      }
    }
  }
}

/// How a call site's arguments, in source order, fill a rule's parameters, worked out when the call is compiled:
/// nil when the call does not fit them (a keyword the rule does not take or takes by position only, one given twice or
/// also by position, more positional arguments than parameters), and such a call takes the general path, which raises
/// NumPy's error.
private func everydaySlots(_ arguments: [Argument], _ parameters: [String], positionalOnly: Int) -> [Int]? {
  var slots: [Int] = []
  var filled = Set<Int>()
  for (position, argument) in arguments.enumerated() {
    guard argument.unpacking == .none else { return nil }
    let slot: Int
    if let keyword = argument.keyword {
      guard let index = parameters.firstIndex(of: keyword), index >= positionalOnly else { return nil }
      slot = index
    } else {
      guard position < parameters.count else { return nil }
      slot = position
    }
    guard filled.insert(slot).inserted else { return nil }
    slots.append(slot)
  }
  return slots
}

extension Compiler {
  /// `np.where(m, a, 0)`, `np.argmax(a, axis=1)`, `np.linspace(0, 1, num=50)`: a call of one of NumPy's everyday
  /// functions (`EverydayRules`), its keywords bound to the rule's parameters here, once, and its constants read
  /// once. At each call the module's member is read as `evaluate` reads it (nothing else is evaluated when the name
  /// holds no module or the member is not NumPy's own function: `otherwise`, the call site the compiler would have
  /// made, then runs the whole call), the steps are counted where `evaluate`
  /// counts them, the arguments are evaluated in order, and the rule computes what the general path's chain of checks
  /// and dispatch ends in; when the rule declines (an argument it does not take, a derivative running), the same
  /// arguments go to `callValue` as `evaluateGeneralCall` hands them over. Nil for any other call.
  static func everydayCall(
    _ callee: Expression, _ arguments: [Argument], otherwise: @escaping CompiledExpression
  ) -> CompiledExpression? {
    guard case .attribute(let base, let name) = callee.kind, let rule = EverydayRules.rule(for: name),
      let readModule = EverydayName(base),
      let slots = everydaySlots(arguments, rule.parameters, positionalOnly: rule.positionalOnly)
    else { return nil }
    let qualified = "numpy." + name
    let noiseSensitive = NoiseSensitiveCalls.checks(qualified)
    let operands = arguments.map { EverydayOperand($0.value) }
    let keywords = arguments.map(\.keyword)
    let memberCache = ModuleMemberCache()
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      guard case .module(let module)? = readModule.value(in: &interpreter) else { return try otherwise(&interpreter) }
      let throughAutograd: Bool
      if let remembered = memberCache.holdsFunction(qualified, of: module, in: interpreter.globals.table) {
        guard remembered.holds else { return try otherwise(&interpreter) }
        throughAutograd = remembered.throughAutograd
      } else {
        guard let found = try? interpreter.moduleMember(module, name), found.isFixed else {
          return try otherwise(&interpreter)
        }
        let function = found.value.unwrappingAutogradFunction
        throughAutograd = if case .wrapped(.autogradFunction, _) = found.value { true } else { false }
        memberCache.remember(
          function, NumpyFastCalls.lookUp(function), throughAutograd: throughAutograd, of: module,
          in: interpreter.globals.table)
        guard case .function(qualified) = function else { return try otherwise(&interpreter) }
      }
      // The member is NumPy's function `qualified` itself, made only when the general path needs it.
      let member = Value.function(qualified)
      // The steps `evaluate` counts before the arguments: the call's, the attribute's, the module name's.
      try interpreter.tick()
      try interpreter.tick()
      try interpreter.tick()
      var bound = EverydayArguments()
      for position in operands.indices {
        let walks = interpreter.arrayWrites
        let value = try operands[position].value(&interpreter)
        // The arguments before this one, in order, as `evaluateGeneralCall` holds them.
        try interpreter.checkHeldArrays(
          since: walks, (0..<position).compactMap { bound[slots[$0]] }, at: arguments[position].value)
        bound[slots[position]] = value
      }
      if noiseSensitive, Tensor.approximateResultsMayExist {
        try NoiseSensitiveCalls.checkArguments(qualified, (0..<4).compactMap { bound[$0] })
      }
      if interpreter.computesEverydayCalls, let result = try rule.compute(&interpreter, bound) { return result }
      // As `evaluateGeneralCall` hands the arguments over (positional ones come first in a call without unpacking).
      var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
      for position in operands.indices {
        guard let value = bound[slots[position]].map(EverydayOperand.fresh) else { continue }
        if let keyword = keywords[position] {
          call.keywords.append((keyword, value))
        } else {
          call.positional.append(value)
        }
      }
      do throws(PythonError) {
        return try interpreter.callValue(member, call, throughAutograd: throughAutograd)
      } catch {
        throw interpreter.noted(error, calling: member, at: callee)
      }
    }
  }
}

extension Interpreter {
  /// True when NumPy's everyday functions may be computed at their call sites (`EverydayRules`): no derivative runs,
  /// so autograd's refusals (`AutogradTracing.refuseCall`, `refuseNumpysOwnCall`) have nothing to refuse (the
  /// derivatives that bind `GradientTrace.input` count themselves in `derivativeDepth`; reading the task-local value
  /// cost about 400 instructions a call), and no np.matrix was made, so no argument can be one (`callWithMatrices`).
  var computesEverydayCalls: Bool { derivativeDepth == 0 && !tracesNumpysOwnFunctions && !matricesInUse }
}

/// An array's (or a random generator's) method a compiled call site computes itself (`Compiler.everydayMethodCall`):
/// the parameters it binds and its computation from the receiver and the bound arguments, nil (having done nothing)
/// for anything it does not take, as `EverydayRule`.
struct EverydayMethodRule: Sendable {
  let parameters: [String]
  /// True for a receiver the rule may take (read before anything is evaluated); any other receiver's call is the
  /// compiled call site's own.
  /// (The interpreter is handed over `inout` only so that it is not copied to be read.)
  let accepts: @Sendable (inout Interpreter, Value) -> Bool
  /// True when looking the method up on a receiver the rule takes gives `.method(receiver, name)` and does nothing
  /// else (`Interpreter.attributeValue` of a plain array and a method name `Attributes.get` answers first), so the
  /// call site need not look it up.
  var isPlainAttribute = false
  let compute: @Sendable (inout Interpreter, borrowing Value, borrowing EverydayArguments) throws(PythonError) -> Value?
}

extension Compiler {
  /// `a.astype(np.float32)`, `rng.normal(size=10)`: a method of `EverydayRules.methodRule` called on a name, its
  /// keywords bound here, once. A receiver the rule does not take leaves the call to `otherwise` (the call site the
  /// compiler would have made), before anything is evaluated: reading a name has no effect. Otherwise the steps are
  /// counted where `evaluate` counts them, the method is looked up as the general path looks it up (`methodAttribute`),
  /// the arguments are evaluated in order and the rule computes; when it declines, the same arguments go to
  /// `callValue` as `evaluateGeneralCall` hands them over. Nil for any other call.
  static func everydayMethodCall(
    _ callee: Expression, _ arguments: [Argument], otherwise: @escaping CompiledExpression
  ) -> CompiledExpression? {
    guard case .attribute(let base, let name) = callee.kind, let rule = EverydayRules.methodRule(for: name),
      let readReceiver = EverydayName(base),
      let slots = everydaySlots(arguments, rule.parameters, positionalOnly: 0)
    else { return nil }
    let operands = arguments.map { EverydayOperand($0.value) }
    let keywords = arguments.map(\.keyword)
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      guard let receiver = readReceiver.value(in: &interpreter), rule.accepts(&interpreter, receiver) else {
        return try otherwise(&interpreter)
      }
      // The steps `evaluate` counts before the arguments: the call's, the attribute's, the receiver name's.
      try interpreter.tick()
      try interpreter.tick()
      try interpreter.tick()
      let function: Value
      if rule.isPlainAttribute {
        function = .method(receiver, name)
      } else {
        function = try interpreter.methodAttribute(of: receiver, name) { (interpreter) throws(PythonError) in
          for argument in arguments { _ = try interpreter.evaluate(argument.value) }
        }
        guard case .method(_, name) = function else {
          return try interpreter.evaluateGeneralCall(function, callee, arguments)
        }
      }
      var bound = EverydayArguments()
      for position in operands.indices {
        let walks = interpreter.arrayWrites
        let value = try operands[position].value(&interpreter)
        // The receiver and the arguments before this one, as `evaluateGeneralCall` holds them (`heldBeside`).
        try interpreter.checkHeldArrays(
          since: walks, [receiver] + (0..<position).compactMap { bound[slots[$0]] }, at: arguments[position].value)
        bound[slots[position]] = value
      }
      if Tensor.approximateResultsMayExist, NoiseSensitiveCalls.methods.contains(name),
        case .tensor(let array) = receiver
      {
        // The bound arguments in parameter order: `astype`'s dtype comes first.
        try NoiseSensitiveCalls.checkMethod(name, of: array, (0..<4).compactMap { bound[$0] })
      }
      if interpreter.computesEverydayCalls, let result = try rule.compute(&interpreter, receiver, bound) {
        return result
      }
      var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
      for position in operands.indices {
        guard let value = bound[slots[position]].map(EverydayOperand.fresh) else { continue }
        if let keyword = keywords[position] {
          call.keywords.append((keyword, value))
        } else {
          call.positional.append(value)
        }
      }
      do throws(PythonError) {
        return try interpreter.callValue(function, call)
      } catch {
        throw interpreter.noted(error, calling: function, at: callee)
      }
    }
  }
}

extension Interpreter {
  /// `value ** 2` as `binaryGeneral` computes it for a float64 array that is no flat iterator (no np.matrix made):
  /// NumPy squares it (`Tensor.squaredWithoutHistory`, when no history is kept), which is what the power gives
  /// without the Python number made an operand and the power's loop; nil for anything else.
  func squaredDirectly(_ value: Value) throws(PythonError) -> Value? {
    guard case .tensor(let array) = value, !matricesInUse, !(array.isView && array.isFlatIterator),
      let squared = try core({ try array.squaredWithoutHistory() })
    else { return nil }
    return .tensor(squared)
  }

  /// True for the Python int 2 or float 2.0 (an exponent NumPy's `fast_scalar_power` squares with).
  static func isTwo(_ value: Value) -> Bool {
    switch value {
    case .int(2), .float(2.0): true
    default: false
    }
  }
}
