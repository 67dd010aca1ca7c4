import Synchronization

/// An expression compiled once into a closure: running it evaluates the node exactly as `Interpreter.evaluate` does
/// (the same steps counted in the same order, the same errors), without a switch over the node's kind at each run.
typealias CompiledExpression = @Sendable (inout Interpreter) throws(PythonError) -> Value

/// A statement (or a block of them) compiled once into a closure, run exactly as `Interpreter.run` runs it.
typealias CompiledStatement = @Sendable (inout Interpreter) throws(PythonError) -> Flow

/// A test compiled once into a closure giving its truth value: evaluating the expression and then `isTrue` of it,
/// the same steps and errors, without making a bool value where the test is a comparison.
typealias CompiledCondition = @Sendable (inout Interpreter) throws(PythonError) -> Bool

/// An operand read in place by the closure that uses it: a name or an int constant costs no closure call of its own,
/// and every other expression is its compiled closure. Reading one counts the same step, in the same order, as
/// evaluating its node.
enum Operand: Sendable {
  case local(Int, String)
  case global(Int, String)
  case integer(Int)
  case compiled(CompiledExpression)

  init(_ expression: Expression) {
    switch expression.kind {
    case .local(let slot, let name): self = .local(slot, name)
    case .global(let slot, let name): self = .global(slot, name)
    case .integer(let number): self = .integer(number)
    default: self = .compiled(Compiler.expression(expression))
    }
  }

  /// The operand's value, its step counted first (as `evaluate` counts a node's).
  @inline(__always)
  func value(_ interpreter: inout Interpreter) throws(PythonError) -> Value {
    switch self {
    case .local(let slot, let name):
      try interpreter.tick()
      if let value = interpreter.scope?[slot] { return value }
      return try interpreter.unboundRead(name)
    case .global(let slot, let name):
      try interpreter.tick()
      // A bound global is read here, in place: calling `globalValue` for it copied the whole interpreter (728
      // bytes) to pass it as that method's receiver, at every read of a global name.
      if let value = interpreter.globals.value(at: slot) { return value }
      return try interpreter.globalValue(slot, name)
    case .integer(let number):
      try interpreter.tick()
      return .int(number)
    case .compiled(let compiled):
      return try compiled(&interpreter)
    }
  }
}

/// Compiles function bodies and top-level statements into trees of closures.
///
/// A function's body is compiled once, when its definition is made, so a call runs closures that already know their
/// node's kind, operator, constant operand and frame slot. The common kinds (names, numbers, arithmetic, comparisons,
/// calls, attribute reads, assignments, `if`, `for`, `while`, `return`) have closures of their own; every other kind
/// compiles to a closure that hands its node to the tree-walking evaluator, which therefore stays the definition of
/// what each node means.
enum Compiler {
  // MARK: Statements

  /// A block: its statements in order until one breaks, continues or returns, each error located at its statement
  /// (as `Interpreter.run(_: [Statement])`).
  static func block(_ statements: [Statement]) -> CompiledStatement {
    sequence(statements[...])
  }

  /// Statements run in order: halves joined by a closure that runs the second when the first ended normally, so
  /// a long body nests only as deep as the logarithm of its length, with no array walked at each run (and no
  /// closure kept in an array, which would be called through a reabstraction thunk).
  private static func sequence(_ statements: ArraySlice<Statement>) -> CompiledStatement {
    switch statements.count {
    case 0: return { _ in .normal }
    case 1: return statement(statements[statements.startIndex])
    default:
      let middle = statements.startIndex + statements.count / 2
      let first = sequence(statements[..<middle])
      let second = sequence(statements[middle...])
      return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
        let flow = try first(&interpreter)
        guard case .normal = flow else { return flow }
        return try second(&interpreter)
      }
    }
  }

  /// A statement whose errors are reported at it, as a block reports them.
  private static func located(_ compiled: @escaping CompiledStatement, at statement: Statement) -> CompiledStatement {
    { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
      try interpreter.locating(statement) { (interpreter) throws(PythonError) in try compiled(&interpreter) }
    }
  }

  /// One statement, its errors reported at it (the common kinds do so in their own closure, not in a wrapper). At the
  /// top level, where nothing is located, it runs as `Interpreter.run` runs it.
  static func statement(_ statement: Statement) -> CompiledStatement {
    switch statement.kind {
    case .assignment(let targets, let value) where targets.count == 1:
      let compiledValue = expression(value)
      if case .attribute(let base, let name, _) = targets[0], case .local(let slot, let baseName) = base.kind {
        // `self.x = x`: the value, then the target's object (its step counted as `evaluate` counts a local's).
        return located(
          { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
            let result = try compiledValue(&interpreter)
            try interpreter.tick()
            guard let receiver = interpreter.scope?[slot] else { throw Interpreter.unboundLocal(baseName) }
            try interpreter.setAttribute(receiver, name, result)
            return .normal
          }, at: statement)
      }
      switch targets[0] {
      case .local(let slot, _, _):
        return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
          let result = try interpreter.locating(statement) { (interpreter) throws(PythonError) in
            try compiledValue(&interpreter)
          }
          interpreter.scope?[slot] = result
          return .normal
        }
      case .global(let slot, _, _):
        if case .global(let source, _) = value.kind {
          // `b = a`: the two names hold one object until either is bound again (NameAliases.swift).
          return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
            let result = try interpreter.locating(statement) { (interpreter) throws(PythonError) in
              try compiledValue(&interpreter)
            }
            interpreter.globals.bind(slot, result, toObjectOf: source)
            return .normal
          }
        }
        return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
          let result = try interpreter.locating(statement) { (interpreter) throws(PythonError) in
            try compiledValue(&interpreter)
          }
          interpreter.globals.set(slot, result)
          return .normal
        }
      case let target:
        // `a[1:, ::2] = s`: a key of constants read once, here.
        let constant: ConstantIndexItems? =
          if case .item(_, let index, _) = target { ConstantIndexItems(index) } else { nil }
        return located(
          { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
            try interpreter.assign(target, try compiledValue(&interpreter), constant: constant)
            return .normal
          }, at: statement)
      }
    case .expression(let value):
      let compiledValue = expression(value)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
        try interpreter.locating(statement) { (interpreter) throws(PythonError) in
          let result = try compiledValue(&interpreter)
          if interpreter.scope == nil { try interpreter.echo(result, of: value) }
          return .normal
        }
      }
    case .returnValue(let value):
      guard let value else { return { _ in .returned(.none) } }
      let compiledValue = expression(value)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
        .returned(
          try interpreter.locating(statement) { (interpreter) throws(PythonError) in try compiledValue(&interpreter) })
      }
    case .conditional(let branches, let orElse) where branches.count == 1:
      let (test, body, compiledElse) = (condition(branches[0].condition), block(branches[0].body), block(orElse))
      return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
        let holds = try interpreter.locating(statement) { (interpreter) throws(PythonError) in try test(&interpreter) }
        // The branches' statements locate their own errors.
        return holds ? try body(&interpreter) : try compiledElse(&interpreter)
      }
    case .forLoop(let target, let iterable, let body, let orElse):
      let compiledIterable = Self.iterable(iterable)
      let compiledBody = block(body)
      let compiledElse = block(orElse)
      return located(
        { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
          try interpreter.runFor(target, try compiledIterable(&interpreter), body: compiledBody, orElse: compiledElse)
        }, at: statement)
    case .whileLoop(let condition, let body, let orElse):
      let compiledCondition = Self.condition(condition)
      let compiledBody = block(body)
      let compiledElse = block(orElse)
      return located(
        { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
          let ended = try interpreter.withFunctionLoopBaseline { (interpreter) throws(PythonError) -> Flow? in
            while try compiledCondition(&interpreter) {
              try interpreter.tick()
              interpreter.loopEdge()
              switch try compiledBody(&interpreter) {
              case .breakLoop: return .normal
              case .returned(let value): return .returned(value)
              case .normal, .continueLoop: continue
              }
            }
            return nil
          }
          if let ended { return ended }
          return try compiledElse(&interpreter)
        }, at: statement)
    case .augmentedTarget(.local(let slot, let name, _), let op, let value):
      let operandValue = Operand(value)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
        try interpreter.locating(statement) { (interpreter) throws(PythonError) in
          guard let frame = interpreter.scope, var current = frame[slot] else { throw Interpreter.unboundLocal(name) }
          let walks = interpreter.arrayWrites
          let operand = try operandValue.value(&interpreter)
          try interpreter.checkHeldArrays(since: walks, [current], at: value)
          if op == .add, case .string = current, case .string(let suffix) = operand {
            // `s += t` of two str: the slot lets go of the text so that it can grow where it is.
            frame[slot] = Value.none
            defer { frame[slot] = current }
            try Operators.appendInPlace(&current, suffix)
            return .normal
          }
          // `s += i` on two small ints or floats: the sum straight into the slot, no call made.
          if let result = Interpreter.fastArithmetic(op, current, operand) {
            frame[slot] = result
          } else {
            frame[slot] = try interpreter.inPlaceResult(current, op, operand)
          }
          return .normal
        }
      }
    case .augmentedTarget(.global(let slot, let name, let range), let op, let value):
      let operandValue = Operand(value)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
        try interpreter.locating(statement) { (interpreter) throws(PythonError) in
          guard var current = interpreter.globals.value(at: slot) else {
            // An unbound top-level name: the general path, which looks it up by name (and raises Python's error).
            try interpreter.runAugmented(.name(name, range), op, value)
            return .normal
          }
          let walks = interpreter.arrayWrites
          let operand = try operandValue.value(&interpreter)
          try interpreter.checkHeldArrays(since: walks, [current], at: value)
          if op == .add, case .string = current, case .string(let suffix) = operand {
            // `s += t` of two str: the slot lets go of the text so that it can grow where it is.
            interpreter.globals.set(slot, Value.none)
            defer { interpreter.globals.set(slot, current) }
            try Operators.appendInPlace(&current, suffix)
            return .normal
          }
          if let result = Interpreter.fastArithmetic(op, current, operand) {
            interpreter.globals.set(slot, result)
          } else {
            interpreter.globals.set(slot, try interpreter.inPlaceResult(current, op, operand))
          }
          return .normal
        }
      }
    case .pass: return { _ in .normal }
    case .breakLoop: return { _ in .breakLoop }
    case .continueLoop: return { _ in .continueLoop }
    case .conditional(let branches, let orElse):
      let compiledBranches = branches.map { (test: condition($0.condition), body: block($0.body)) }
      let compiledElse = block(orElse)
      return located(
        { (interpreter: inout Interpreter) throws(PythonError) -> Flow in
          for branch in compiledBranches where try branch.test(&interpreter) {
            return try branch.body(&interpreter)
          }
          return try compiledElse(&interpreter)
        }, at: statement)
    default:
      return located(
        { (interpreter: inout Interpreter) throws(PythonError) -> Flow in try interpreter.run(statement) },
        at: statement)
    }
  }

  // MARK: Expressions

  /// The iterable of a `for` statement or clause: a set display goes through `evaluateIterable`, since CPython
  /// iterates a display of constants there as a frozenset constant.
  static func iterable(_ expression: Expression) -> CompiledExpression {
    guard case .set = expression.kind else { return Self.expression(expression) }
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      try interpreter.evaluateIterable(expression)
    }
  }

  /// One expression. Each closure counts its node's step first, as `evaluate` does.
  static func expression(_ expression: Expression) -> CompiledExpression {
    switch expression.kind {
    case .local(let slot, let name):
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        if let value = interpreter.scope?[slot] { return value }
        return try interpreter.unboundRead(name)
      }
    case .global(let slot, let name):
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        // Read in place, as `Operand` reads it.
        if let value = interpreter.globals.value(at: slot) { return value }
        return try interpreter.globalValue(slot, name)
      }
    case .integer(let number):
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        return .int(number)
      }
    case .float(let number):
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        return .float(number)
      }
    case .binary(let op, let left, let right):
      return binary(op, left, right)
    case .comparison(let first, let rest):
      // `a is b` of two names may be decided by how they were bound (NameAliases.swift), which `evaluate` checks.
      if rest.contains(where: { $0.0 == .is || $0.0 == .isNot }) {
        return { (interpreter: inout Interpreter) throws(PythonError) -> Value in try interpreter.evaluate(expression) }
      }
      return comparison(first, rest)
    case .conditional(let test, let body, let orElse):
      let (compiledTest, bodyOperand, elseOperand) = (condition(test), Operand(body), Operand(orElse))
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        return try compiledTest(&interpreter)
          ? try bodyOperand.value(&interpreter) : try elseOperand.value(&interpreter)
      }
    case .logical(let op, let left, let right):
      let (compiledLeft, compiledRight) = (self.expression(left), self.expression(right))
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        let value = try compiledLeft(&interpreter)
        return try interpreter.isTrue(value) == (op == .and) ? try compiledRight(&interpreter) : value
      }
    case .not(let operand):
      let compiledOperand = self.expression(operand)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        return .bool(try !interpreter.isTrue(try compiledOperand(&interpreter)))
      }
    case .attribute(let base, let name):
      if case .local(let slot, let baseName) = base.kind {
        // `self.x`: the attribute's step, then the local's; an object's own attribute read in place in the frame.
        return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
          try interpreter.tick()
          try interpreter.tick()
          guard let frame = interpreter.scope else { throw Interpreter.unboundLocal(baseName) }
          if let own = frame.ownAttribute(at: slot, name) { return own }
          guard let receiver = frame[slot] else { throw Interpreter.unboundLocal(baseName) }
          return try interpreter.attribute(of: receiver, name)
        }
      }
      let baseOperand = Operand(base)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        return try interpreter.attribute(of: try baseOperand.value(&interpreter), name)
      }
    case .index(let base, let index):
      let (baseOperand, indexOperand) = (Operand(base), Operand(index))
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        let value = try baseOperand.value(&interpreter)
        if case .function(let name) = value, NumpyMoreGrids.qualifiedNames.contains(name) {
          return try NumpyMoreGrids.index(name, expression: index) { part throws(PythonError) in
            try interpreter.evaluate(part)
          }
        }
        if case .function(let name) = value, name == "numpy.r_" || name == "numpy.c_" {
          do throws(PythonError) {
            return try interpreter.indexTricks(name, expression: index)
          } catch {
            throw NumpyIndexTricks.refusingNonIntegerSlices(error, of: value)
          }
        }
        do throws(PythonError) {
          let walks = interpreter.arrayWrites
          let key = try indexOperand.value(&interpreter)
          try interpreter.checkHeldArrays(since: walks, [value], at: index)
          return try interpreter.item(of: value, key)
        } catch {
          throw NumpyIndexTricks.refusingNonIntegerSlices(error, of: value)
        }
      }
    case .call(let callee, let arguments):
      return call(expression, callee, arguments)
    default:
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in try interpreter.evaluate(expression) }
    }
  }

  /// `a op b`, its operands read in place when they are names or int constants (`n - 1`, `i * i`).
  private static func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> CompiledExpression {
    if case .local(let slot, let name) = left.kind, case .integer(let constant) = right.kind {
      // `n - 1`: the local's int read in place, no operand switched over or value copied.
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        try interpreter.tick()
        guard let frame = interpreter.scope else { throw Interpreter.unboundLocal(name) }
        if let number = frame.int(at: slot) {
          try interpreter.tick()
          if let result = PythonNumbers.smallIntegers(op, number, constant) { return result }
          return try interpreter.binaryGeneral(op, .int(number), .int(constant))
        }
        guard let a = frame[slot] else { throw Interpreter.unboundLocal(name) }
        try interpreter.tick()
        if op == .power, constant == 2, let squared = try interpreter.squaredDirectly(a) { return squared }
        if let result = Interpreter.fastArithmetic(op, a, .int(constant)) { return result }
        return try interpreter.binaryGeneral(op, a, .int(constant))
      }
    }
    let (leftOperand, rightOperand) = (Operand(left), Operand(right))
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      try interpreter.tick()
      let a = try leftOperand.value(&interpreter)
      let walks = interpreter.arrayWrites
      let b = try rightOperand.value(&interpreter)
      try interpreter.checkHeldArrays(since: walks, [a], at: right)
      if op == .power, Interpreter.isTwo(b), let squared = try interpreter.squaredDirectly(a) { return squared }
      if let result = Interpreter.fastArithmetic(op, a, b) { return result }
      return try interpreter.binaryGeneral(op, a, b)
    }
  }

  /// A test's truth value, for `if`, `while` and `x if test else y`: one comparison decided without making a bool
  /// value when its operands are ints; any other test is its value made true or false by `isTrue`.
  static func condition(_ test: Expression) -> CompiledCondition {
    guard case .comparison(let first, let rest) = test.kind, rest.count == 1, rest[0].0 != .is, rest[0].0 != .isNot
    else {
      let compiled = expression(test)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Bool in
        try interpreter.isTrue(try compiled(&interpreter))
      }
    }
    let op = rest[0].0
    if case .local(let slot, let name) = first.kind, case .integer(let constant) = rest[0].1.kind {
      return { (interpreter: inout Interpreter) throws(PythonError) -> Bool in
        try interpreter.isTrue(try interpreter.compareLocal(slot, name, op, constant))
      }
    }
    let (leftOperand, rightOperand) = (Operand(first), Operand(rest[0].1))
    return { (interpreter: inout Interpreter) throws(PythonError) -> Bool in
      try interpreter.isTrue(try interpreter.compare(leftOperand, op, rightOperand))
    }
  }

  /// A comparison; a chain of them, `a < b < c`, evaluates each middle operand once and stops at the first false.
  private static func comparison(_ first: Expression, _ rest: [(ComparisonOperator, Expression)])
    -> CompiledExpression
  {
    if rest.count == 1 {
      // `i < n`, `n < 2`: one comparison, its operands read in place when they are names or int constants.
      let op = rest[0].0
      if case .local(let slot, let name) = first.kind, case .integer(let constant) = rest[0].1.kind {
        return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
          try interpreter.compareLocal(slot, name, op, constant)
        }
      }
      let (leftOperand, rightOperand) = (Operand(first), Operand(rest[0].1))
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.compare(leftOperand, op, rightOperand)
      }
    }
    let compiledFirst = expression(first)
    let compiledRest = rest.map { (op: $0.0, operand: expression($0.1)) }
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      try interpreter.tick()
      var left = try compiledFirst(&interpreter)
      var result = Value.none
      for (position, (op, operand)) in compiledRest.enumerated() {
        let right = try operand(&interpreter)
        result = try interpreter.compareGeneral(op, left, right)
        if position < compiledRest.count - 1, try !interpreter.isTrue(result) { return result }
        left = right
      }
      return result
    }
  }

  /// A call. Plain positional arguments (`f(a, b)`, `obj.method(a)`, `Point(x, y)`) are evaluated by their own
  /// closures, straight into the new frame when a snippet's function is called; any other call is the evaluator's.
  private static func call(_ node: Expression, _ callee: Expression, _ arguments: [Argument]) -> CompiledExpression {
    if let compiled = axisReductionCall(callee, arguments) { return compiled }
    if let compiled = functionReductionCall(node, callee, arguments) { return compiled }
    // NumPy's everyday functions and methods (`EverydayRules`), each call site falling back to the one made below.
    var compiled = plainCall(node, callee, arguments)
    if let method = everydayMethodCall(callee, arguments, otherwise: compiled) { compiled = method }
    if let function = everydayCall(callee, arguments, otherwise: compiled) { compiled = function }
    return compiled
  }

  /// A call as `call` compiles it when no rule of NumPy's takes it.
  private static func plainCall(_ node: Expression, _ callee: Expression, _ arguments: [Argument])
    -> CompiledExpression
  {
    guard arguments.allSatisfy({ $0.keyword == nil && $0.unpacking == .none }) else {
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in try interpreter.evaluate(node) }
    }
    let compiledArguments = arguments.map { Operand($0.value) }
    if case .attribute(let base, let name) = callee.kind, name != "__class__", name != "__dict__" {
      // `obj.method(…)`: a method a snippet class defines (and the object does not shadow) is called with the
      // object as its first argument, without a bound method made first.
      let receiverOperand = Operand(base)
      // `np.dot(X, W)` in a loop: the member a native module gives for `name`, and its direct entry, found once.
      let memberCache = ModuleMemberCache()
      // `a.sum()` in a loop: the reduction looked up by name once, here, not by the string comparisons and hashes of
      // the general path's steps at every call (`takesFullReductionDirectly`).
      let fullReduction = compiledArguments.isEmpty ? Methods.axisReduction(name) : nil
      let containerMethod = ContainerFastMethod(name, arguments: compiledArguments.count)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        let receiver = try interpreter.methodReceiver(receiverOperand) { (interpreter) throws(PythonError) in
          for argument in compiledArguments { _ = try argument.value(&interpreter) }
        }
        if let containerMethod,
          let result = try interpreter.callContainerMethodDirectly(
            containerMethod, on: receiver, arguments, compiledArguments, at: callee)
        {
          return result
        }
        if case .object(let object) = receiver,
          let method = Interpreter.plainMethod(of: object, name, arguments: compiledArguments.count + 1)
        {
          return try interpreter.callMethod(method, receiver, compiledArguments)
        }
        if case .module(let module) = receiver {
          let table = interpreter.globals.table
          if let remembered = memberCache.member(of: module, in: table) {
            return try interpreter.callCompiled(
              remembered.member, callee, arguments, compiledArguments, lookup: remembered.lookup,
              throughAutograd: remembered.throughAutograd)
          }
          let member: (value: Value, isFixed: Bool)
          do throws(PythonError) {
            member = try interpreter.moduleMember(module, name)
          } catch {
            throw interpreter.argumentErrorFirst(error) { (interpreter) throws(PythonError) in
              for argument in compiledArguments { _ = try argument.value(&interpreter) }
            }
          }
          // `anp.dot(X, W)`: autograd's function calls NumPy's, so the call goes straight to NumPy's.
          let function = member.value.unwrappingAutogradFunction
          let throughAutograd = if case .wrapped(.autogradFunction, _) = member.value { true } else { false }
          guard member.isFixed else {
            return try interpreter.callCompiled(
              function, callee, arguments, compiledArguments, throughAutograd: throughAutograd)
          }
          let lookup = NumpyFastCalls.lookUp(function)
          memberCache.remember(function, lookup, throughAutograd: throughAutograd, of: module, in: table)
          return try interpreter.callCompiled(
            function, callee, arguments, compiledArguments, lookup: lookup, throughAutograd: throughAutograd)
        }
        if let fullReduction, case .tensor(let array) = receiver, interpreter.takesFullReductionDirectly(array) {
          do throws(PythonError) {
            return Interpreter.separated(.tensor(try core { try fullReduction(array, .all, false) }), from: array)
          } catch {
            throw interpreter.noted(error, calling: .method(receiver, name), at: callee)
          }
        }
        if case .tensor(let array) = receiver, name == "reshape" || name == "transpose", !array.isFlatIterator {
          return try interpreter.callArrayViewMethod(receiver, array, name, at: callee, compiledArguments)
        }
        let function = try interpreter.methodAttribute(of: receiver, name) { (interpreter) throws(PythonError) in
          for argument in compiledArguments { _ = try argument.value(&interpreter) }
        }
        return try interpreter.callCompiled(function, callee, arguments, compiledArguments)
      }
    }
    if compiledArguments.count == 1, let builtin = DirectBuiltin(calledName: callee) {
      let calleeOperand = Operand(callee)
      // `str(i)`, `len(xs)`: the builtin the name holds, when it still holds it, is called directly
      // (`callDirectBuiltin`).
      let argument = compiledArguments[0]
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        let function = try interpreter.callee(calleeOperand, compiledArguments)
        guard case .function(let name) = function, name == builtin.rawValue else {
          return try interpreter.callCompiled(function, callee, arguments, compiledArguments)
        }
        let value = try argument.value(&interpreter)
        do throws(PythonError) {
          if let result = try interpreter.callDirectBuiltin(builtin, value) { return result }
          return try interpreter.callEvaluated(
            function, CallArguments(function: "", positional: [value], keywords: [], positionalTexts: []))
        } catch {
          throw interpreter.noted(error, calling: function, at: callee)
        }
      }
    }
    if case .global(let slot, let name) = callee.kind, compiledArguments.count <= 2 {
      // `fib(n - 1)`: a top-level function with up to two arguments, each read by its own captured operand (no
      // argument array walked, no operand copied out of it) straight into the new frame.
      let count = compiledArguments.count
      let first = count > 0 ? compiledArguments[0] : .integer(0)
      let second = count > 1 ? compiledArguments[1] : .integer(0)
      return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
        try interpreter.tick()
        // The callee's own step, as `Operand.global` counts it.
        try interpreter.tick()
        let function: Value
        if let bound = interpreter.globals.value(at: slot) {
          function = bound
        } else {
          do throws(PythonError) {
            function = try interpreter.globalValue(slot, name)
          } catch {
            throw interpreter.argumentErrorFirst(error) { (interpreter) throws(PythonError) in
              for argument in compiledArguments { _ = try argument.value(&interpreter) }
            }
          }
        }
        let result = try interpreter.callPlainFunction(function, count: count, at: callee) {
          (interpreter, frame) throws(PythonError) in
          if count > 0 { frame[0] = try first.value(&interpreter) }
          if count > 1 {
            let walks = interpreter.arrayWrites
            frame[1] = try second.value(&interpreter)
            try interpreter.checkHeldArrays(since: walks, frame[0].map { [$0] } ?? [], at: arguments[1].value)
          }
        }
        if let result { return result }
        return try interpreter.callCompiled(function, callee, arguments, compiledArguments)
      }
    }
    let calleeOperand = Operand(callee)
    return { (interpreter: inout Interpreter) throws(PythonError) -> Value in
      try interpreter.tick()
      let function = try interpreter.callee(calleeOperand, compiledArguments)
      return try interpreter.callCompiled(function, callee, arguments, compiledArguments)
    }
  }
}

extension Interpreter {
  /// `n < 2`, a local compared with an int constant, counted as a compiled comparison counts it (the node's step,
  /// the local's, the constant's): two ints compare in place, anything else takes the general comparison.
  @inline(__always)
  mutating func compareLocal(_ slot: Int, _ name: String, _ op: ComparisonOperator, _ constant: Int)
    throws(PythonError) -> Value
  {
    try tick()
    try tick()
    guard let frame = scope else { throw Self.unboundLocal(name) }
    if let number = frame.int(at: slot) {
      try tick()
      if let result = Self.compareInts(op, number, constant) { return .bool(result) }
      return try compareGeneral(op, .int(number), .int(constant))
    }
    guard let left = frame[slot] else { throw Self.unboundLocal(name) }
    try tick()
    return try compareGeneral(op, left, .int(constant))
  }

  /// `a op b` of two operands, counted as a compiled comparison counts it (the node's step, then each operand's): two
  /// ints compare in place, anything else takes the general comparison.
  @inline(__always)
  mutating func compare(_ leftOperand: Operand, _ op: ComparisonOperator, _ rightOperand: Operand)
    throws(PythonError) -> Value
  {
    try tick()
    let left = try leftOperand.value(&self)
    let walks = arrayWrites
    let right = try rightOperand.value(&self)
    if case .int(let x) = left, case .int(let y) = right, let result = Self.compareInts(op, x, y) {
      return .bool(result)
    }
    try checkHeldArrays(since: walks, [left], at: nil)
    return try compareGeneral(op, left, right)
  }

  /// Calls `function` when it is a snippet function taking `count` plain positional arguments, which `fill` writes
  /// into its new frame, as `callCompiled` calls it (the same steps, errors and note); nil, with nothing evaluated,
  /// for any other callee.
  @inline(__always)
  mutating func callPlainFunction(
    _ function: Value, count: Int, at callee: Expression,
    _ fill: (inout Interpreter, Scope) throws(PythonError) -> Void
  ) throws(PythonError) -> Value? {
    // Inside a derivative, a function of a module (np.polyadd) goes through `callValue`, which refuses what autograd
    // refuses.
    guard case .userFunction(let closure) = function, closure.definition.takesOnlyPositional(count),
      derivativeDepth == 0 || closure.module == nil
    else { return nil }
    var frame = takeFrame(for: closure)
    try fill(&self, frame)
    let result: Value
    do throws(PythonError) {
      result = try callUser(closure, frame: frame)
    } catch {
      throw noted(error, calling: function, at: callee)
    }
    recycle(&frame)
    return result
  }

  /// Runs `body`, an error it raises reported at `statement` (inside a function; see `located`).
  @inline(__always)
  mutating func locating<Result>(
    _ statement: Statement, _ body: (inout Interpreter) throws(PythonError) -> Result
  ) throws(PythonError) -> Result {
    do throws(PythonError) {
      return try body(&self)
    } catch {
      throw located(error, at: statement)
    }
  }

  /// Python's truth value, a bool's read directly.
  @inline(__always)
  mutating func isTrue(_ value: Value) throws(PythonError) -> Bool {
    if case .bool(let flag) = value { return flag }
    return try truth(value)
  }

  /// A snippet function the object's class defines under `name`, when reading `object.name` would bind it to the
  /// object (no property, no attribute of the object's own by that name) and a call with `count` plain positional
  /// arguments (the object first) binds them to its first slots.
  static func plainMethod(of object: ObjectBox, _ name: String, arguments count: Int) -> Closure? {
    guard let closure = object.type.lookUpFunction(name), closure.definition.takesOnlyPositional(count),
      object.attributes[name] == nil
    else { return nil }
    return closure
  }

  /// Calls a method with its receiver and compiled plain positional arguments, as calling the bound method would.
  mutating func callMethod(_ method: Closure, _ receiver: Value, _ arguments: [Operand])
    throws(PythonError) -> Value
  {
    var frame = takeFrame(for: method)
    frame[0] = receiver
    for (position, argument) in arguments.enumerated() {
      let walks = arrayWrites
      frame[position + 1] = try argument.value(&self)
      try checkHeldArrays(since: walks, (0...position).compactMap { frame[$0] }, at: nil)
    }
    // A bound method's errors carry no note of the call (`noted` names only plain functions' calls).
    let result = try callUser(method, frame: frame)
    recycle(&frame)
    return result
  }

  /// Calls `function` with compiled plain positional arguments: straight into a snippet function's frame, a snippet
  /// class's `__init__` likewise, anything else through `callValue` (`arguments` are the call's nodes, for the calls
  /// that name their arguments by their code).
  mutating func callCompiled(
    _ function: Value, _ callee: Expression, _ arguments: [Argument], _ compiled: [Operand],
    lookup: NumpyFastCalls.DirectLookup = .unknown, throughAutograd: Bool = false
  ) throws(PythonError) -> Value {
    // NumPy's own function (not autograd.numpy's) while autograd's grad traces: `callValue` decides whether NumPy
    // hands the box to autograd or makes an array of objects of it (`AutogradTracing.refuseNumpysOwnCall`).
    let numpysOwnUnderTrace = !throughAutograd && tracesNumpysOwnFunctions
    // A NumPy function of the direct calls' table, given one or two arguments (`np.dot(X, W)`, `np.exp(a)`): its
    // arguments go to `NumpyFastCalls` as they are, and a list is built only when that path declines the call (no
    // other case below is such a function).
    if case .found(let direct) = lookup, case .function(let name) = function,
      compiled.count == 1 || compiled.count == 2,
      !numpysOwnUnderTrace
    {
      let a = try compiled[0].value(&self)
      var b: Value? = nil
      if compiled.count == 2 {
        let walks = arrayWrites
        b = try compiled[1].value(&self)
        try checkHeldArrays(since: walks, [a], at: arguments[1].value)
      }
      do throws(PythonError) {
        let inModule = runningModule != nil
        if let result = try NumpyFastCalls.directCall(name, direct, a, b, inModule: inModule) { return result }
        let call = CallArguments(
          function: "", positional: b.map { [a, $0] } ?? [a], keywords: [], positionalTexts: [])
        if let result = try NumpyFastCalls.directCall(name, call, inModule: inModule, lookup: lookup) {
          return result
        }
        return try callValue(function, call, throughAutograd: throughAutograd)
      } catch {
        throw noted(error, calling: function, at: callee)
      }
    }
    switch function {
    case .userFunction:
      let result = try callPlainFunction(function, count: compiled.count, at: callee) {
        (interpreter, frame) throws(PythonError) in
        for (slot, argument) in compiled.enumerated() {
          let walks = interpreter.arrayWrites
          frame[slot] = try argument.value(&interpreter)
          try interpreter.checkHeldArrays(since: walks, (0..<slot).compactMap { frame[$0] }, at: arguments[slot].value)
        }
      }
      if let result { return result }
    case .classObject(let type)
    where type.exceptionBase == nil && !type.derivesFromArray && type.metaclass == nil
      && type.abstractMethods?.isEmpty ?? true && type.userMetaclass == nil && type.builtinStandInAncestor == nil
      && !type.constructsWithNew:
      guard let initializer = type.lookUpFunction("__init__"),
        initializer.definition.takesOnlyPositional(compiled.count + 1)
      else { break }
      // `Point(x, y)`: the arguments first, then the object (as `callObject` makes it), then its `__init__`.
      var frame = takeFrame(for: initializer)
      for (position, argument) in compiled.enumerated() {
        let walks = arrayWrites
        frame[position + 1] = try argument.value(&self)
        try checkHeldArrays(since: walks, (0..<position).compactMap { frame[$0 + 1] }, at: arguments[position].value)
      }
      // Reading a name or an int constant runs no code, so only an argument computed otherwise may have changed it.
      let argumentsRanCode = compiled.contains { if case .compiled = $0 { true } else { false } }
      guard !argumentsRanCode || type.lookUpFunction("__init__") === initializer else {
        // An argument changed the class's `__init__`: Python looks it up only now, so the general path does.
        let call = CallArguments(
          function: "", positional: (0..<compiled.count).compactMap { frame[$0 + 1] }, keywords: [], positionalTexts: []
        )
        do throws(PythonError) {
          return try callValue(function, call)
        } catch {
          throw noted(error, calling: function, at: callee)
        }
      }
      try checkObjectBudget(adding: true)
      let box = ObjectBox(type: type)
      cycles.register(object: box)
      let object = Value.object(box)
      frame[0] = object
      let result = try callUser(initializer, frame: frame)
      recycle(&frame)
      guard result.isNone else {
        throw PythonError.type("__init__() should return None, not '\(result.typeName)'")
      }
      return object
    case .function("gradients"), .function("broadcast_diagram"):
      // They name their rows by the arguments' code: the general path keeps it.
      return try evaluateGeneralCall(function, callee, arguments)
    case .derivative(let derivative):
      // `g(W)` for `g = grad(f)`: every step of `callValue`'s chain before its switch acts on functions and methods
      // by name, so a derivative goes straight where that switch sends it.
      var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
      call.positional.reserveCapacity(compiled.count)
      for (position, argument) in compiled.enumerated() {
        let walks = arrayWrites
        call.positional.append(try argument.value(&self))
        try checkHeldArrays(
          since: walks, Self.heldBeside(function, call.positional.dropLast()), at: arguments[position].value)
      }
      do throws(PythonError) {
        // Handed over, not copied: `callDerivative` then writes its leaf into the one list of arguments in place (a
        // copy left this frame a second holder, and the write copied the list, an allocation a gradient step).
        return try callDerivative(derivative, consume call)
      } catch {
        throw noted(error, calling: function, at: callee)
      }
    default: break
    }
    var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
    call.positional.reserveCapacity(compiled.count)
    for (position, argument) in compiled.enumerated() {
      let walks = arrayWrites
      call.positional.append(try argument.value(&self))
      try checkHeldArrays(
        since: walks, Self.heldBeside(function, call.positional.dropLast()), at: arguments[position].value)
    }
    do throws(PythonError) {
      return try callEvaluated(function, call, lookup: lookup, throughAutograd: throughAutograd)
    } catch {
      throw noted(error, calling: function, at: callee)
    }
  }

  /// The called value of a call site; when reading it fails, the arguments are evaluated first and their error, if
  /// any, is the call's (`argumentErrorFirst`).
  @inline(__always)
  mutating func callee(_ operand: Operand, _ arguments: [Operand]) throws(PythonError) -> Value {
    do throws(PythonError) {
      return try operand.value(&self)
    } catch {
      throw argumentErrorFirst(error) { (interpreter) throws(PythonError) in
        for argument in arguments { _ = try argument.value(&interpreter) }
      }
    }
  }

  /// `callCompiled`'s general step, its arguments evaluated into `call`: NumPy's direct calls, else `callValue`.
  mutating func callEvaluated(
    _ function: Value, _ call: CallArguments, lookup: NumpyFastCalls.DirectLookup = .unknown,
    throughAutograd: Bool = false
  ) throws(PythonError) -> Value {
    if case .function(let name) = function, throughAutograd || !tracesNumpysOwnFunctions,
      let result = try NumpyFastCalls.directCall(name, call, inModule: runningModule != nil, lookup: lookup)
    {
      return result
    }
    return try callValue(function, call, throughAutograd: throughAutograd)
  }
}

/// A compiled `module.name(…)` call site's member of a native module, remembered with the chapter's table of names
/// it was found for (`Interpreter.moduleMember`: fixed for the chapter) and its `NumpyFastCalls` entry: a loop's
/// `np.dot(X, W)` then hashes neither the module and name (the chapter's table of members) nor the qualified name
/// (the direct calls' table) at every call. Guarded by a lock: a module written in Python is compiled once and its
/// functions run in every chapter, on their threads. Keyed by the table's identity (held, so it cannot be freed and
/// its address reused) and the module's name, so another chapter or another module value looks its member up itself.
final class ModuleMemberCache: Sendable {
  private struct Remembered: @unchecked Sendable {
    /// The chapter's table of names (`Namespace.Table`), compared by identity only.
    let table: AnyObject
    let module: String
    let member: Value
    let lookup: NumpyFastCalls.DirectLookup
    /// True when the member is autograd.numpy's function (`member` is the NumPy function it wraps).
    let throughAutograd: Bool
  }

  private let remembered = Mutex<Remembered?>(nil)

  /// The member remembered for `module` in the chapter of `table`, with its direct entry.
  func member(of module: String, in table: Namespace.Table) -> (
    member: Value, lookup: NumpyFastCalls.DirectLookup, throughAutograd: Bool
  )? {
    remembered.withLock { remembered in
      guard let remembered, remembered.table === table, remembered.module == module else { return nil }
      return (remembered.member, remembered.lookup, remembered.throughAutograd)
    }
  }

  /// Whether the member remembered for `module` in the chapter of `table` is NumPy's function `qualified`, and
  /// whether through autograd; nil when nothing is remembered for them. A call site that computes the function itself
  /// asks only this: copying the member out, and destroying the copy, cost about 100 instructions a call.
  func holdsFunction(_ qualified: String, of module: String, in table: Namespace.Table) -> (
    holds: Bool, throughAutograd: Bool
  )? {
    remembered.withLock { remembered in
      guard let remembered, remembered.table === table, remembered.module == module else { return nil }
      guard case .function(let name) = remembered.member else { return (false, remembered.throughAutograd) }
      return (name == qualified, remembered.throughAutograd)
    }
  }

  /// Remembers `member` (fixed for the chapter of `table`) for `module`, replacing what was remembered.
  func remember(
    _ member: Value, _ lookup: NumpyFastCalls.DirectLookup, throughAutograd: Bool, of module: String,
    in table: Namespace.Table
  ) {
    let entry = Remembered(
      table: table, module: module, member: member, lookup: lookup, throughAutograd: throughAutograd)
    remembered.withLock { $0 = entry }
  }
}

extension Interpreter {
  /// The receiver of `receiver.name(…)` at a compiled call site, read after the call's and the attribute's steps
  /// (where `evaluate` counts them); an error reading it comes after any error of the arguments, which
  /// `evaluateArguments` evaluates then (`argumentErrorFirst`).
  mutating func methodReceiver(
    _ operand: Operand, evaluatingArguments evaluateArguments: (inout Interpreter) throws(PythonError) -> Void
  ) throws(PythonError) -> Value {
    try tick()
    // The attribute's own step, where `evaluate` counts it: before its base.
    try tick()
    do throws(PythonError) {
      return try operand.value(&self)
    } catch {
      throw argumentErrorFirst(error, evaluatingArguments: evaluateArguments)
    }
  }

  /// `receiver.name` at a compiled call site, the method called next; an error looking it up comes after any error
  /// of the arguments, which `evaluateArguments` evaluates then (`argumentErrorFirst`).
  mutating func methodAttribute(
    of receiver: Value, _ name: String,
    evaluatingArguments evaluateArguments: (inout Interpreter) throws(PythonError) -> Void
  ) throws(PythonError) -> Value {
    do throws(PythonError) {
      return try attribute(of: receiver, name)
    } catch {
      throw argumentErrorFirst(error, evaluatingArguments: evaluateArguments)
    }
  }
}

/// The container methods a loop calls most (`xs.append(x)`, `s.add(x)`, `d.get(k)`, `d.get(k, 0)`), called at a
/// compiled site without the general path's steps: the bound method made as a value, its signature checked by name,
/// the None-argument and date, byte and text tables asked, the call's strings written. Each takes its arguments as
/// they are (any value, by position), so those steps have nothing to say; the general path cost `xs.append(i)` 17
/// times CPython's time and `counts.get(w, 0)` 13 times.
enum ContainerFastMethod: Sendable {
  case listAppend
  case setAdd
  case dictGet

  /// The method `name` called with `count` positional arguments, when it is one of these.
  init?(_ name: String, arguments count: Int) {
    switch (name, count) {
    case ("append", 1): self = .listAppend
    case ("add", 1): self = .setAdd
    case ("get", 1), ("get", 2): self = .dictGet
    default: return nil
    }
  }
}

extension Interpreter {
  /// `receiver.method(…)` for a receiver of the method's own type (a list, a set that is not frozen, a dict that is
  /// not a class's mapping proxy), its arguments evaluated in order as the general path evaluates them; nil, nothing
  /// evaluated, for any other receiver.
  mutating func callContainerMethodDirectly(
    _ method: ContainerFastMethod, on receiver: Value, _ arguments: [Argument], _ compiled: [Operand],
    at callee: Expression
  ) throws(PythonError) -> Value? {
    switch (method, receiver) {
    case (.listAppend, .list), (.dictGet, .dict), (.setAdd, .set): break
    default: return nil
    }
    if case .set(let set) = receiver, set.isFrozen { return nil }
    if case .dict(let dict) = receiver, dict.isMappingProxy { return nil }
    // One or two arguments, in locals: a list of them was an allocation a call.
    var walks = arrayWrites
    let first = try compiled[0].value(&self)
    try checkHeldArrays(since: walks, [receiver], at: arguments[0].value)
    var second = Value.none
    if compiled.count == 2 {
      walks = arrayWrites
      second = try compiled[1].value(&self)
      try checkHeldArrays(since: walks, [receiver, first], at: arguments[1].value)
    }
    do throws(PythonError) {
      switch receiver {
      case .list(let list):
        try list.append(first)
        return Value.none
      case .set(let set):
        try set.insert(first)
        return Value.none
      case .dict(let dict):
        return try dict.get(first) ?? second
      default:
        return nil
      }
    } catch {
      throw noted(error, calling: .method(receiver, Self.methodName(method)), at: callee)
    }
  }

  /// The method's name, as the general path's error notes name it.
  private static func methodName(_ method: ContainerFastMethod) -> String {
    switch method {
    case .listAppend: "append"
    case .setAdd: "add"
    case .dictGet: "get"
    }
  }
}
