import TensorCore

/// How a statement ended: normally, or by `break`, `continue` or `return`.
enum Flow {
  case normal
  case breakLoop
  case continueLoop
  case returned(Value)
}

extension Interpreter {
  /// Between two passes of a loop: at the chapter's own level (not in a function, class body or module), every 64th
  /// pass or after 1,024 steps, the chapter's memory is freed and measured again when enough was allocated since
  /// (`releaseUnreachableValues`); a pass that calls functions doing the work may allocate much in few passes.
  /// Inside a function the memory is measured but nothing is freed (`measureWithinFunctionLoop`).
  @inline(__always)
  mutating func loopEdge() {
    guard runningModule == nil else { return }
    chapterLoopPasses &+= 1
    if chapterLoopPasses & 63 == 0 || steps &- stepsAtLoopMeasurement >= 1024 {
      stepsAtLoopMeasurement = steps
      if callDepth == 0, scope == nil {
        releaseUnreachableValues()
      } else {
        measureWithinFunctionLoop()
      }
    }
  }

  /// Runs `body`, a loop inside a function, with the meter's count at its start kept as its baseline.
  @inline(__always)
  mutating func withFunctionLoopBaseline<R>(_ body: (inout Interpreter) throws(PythonError) -> R) throws(PythonError)
    -> R
  {
    guard callDepth != 0 || scope != nil, runningModule == nil, let meter = ResourceMeter.current else {
      return try body(&self)
    }
    functionLoopBaselines.append((meter.bytesInUse, scope.map(ObjectIdentifier.init)))
    defer { functionLoopBaselines.removeLast() }
    return try body(&self)
  }

  /// Counts one step (a loop iteration or a call) and stops the statement past the budget.
  @inline(__always)
  mutating func tick() throws(PythonError) {
    steps &+= 1
    if steps > stepBudget {
      var error = PythonError(
        "RuntimeError",
        "step budget exhausted: a statement may take at most \(stepBudget) interpreter steps (expressions, loop "
          + "iterations, calls), so every snippet ends")
      error.isLimit = true
      throw error
    }
  }

  /// Runs statements in order until one breaks, continues or returns.
  mutating func run(_ statements: [Statement]) throws(PythonError) -> Flow {
    // By index through the buffer: iterating the array would copy each statement (retaining and releasing its node).
    try statements.withUnsafeBufferPointer { (buffer) throws(PythonError) -> Flow in
      for index in buffer.indices {
        let flow: Flow
        do throws(PythonError) {
          flow = try run(buffer[index])
        } catch {
          throw located(error, at: buffer[index])
        }
        if case .normal = flow { continue }
        return flow
      }
      return .normal
    }
  }

  /// Inside a function, an error is reported at the statement in the function that raised it.
  func located(_ error: PythonError, at statement: Statement) -> PythonError {
    guard scope != nil, runningModule == nil, error.location == nil else { return error }
    var error = error
    error.location = origin.fileLocation(statement.range.startLocation)
    return error
  }

  /// Runs one statement: the common kinds here, every other in `runOther`, kept out of line (one function holding
  /// every kind had a stack frame of 8 KB, written on each statement of each call).
  mutating func run(_ statement: Statement) throws(PythonError) -> Flow {
    switch statement.kind {
    case .assignment(let targets, let expression) where targets.count == 1:
      // One target, the common case: no array of targets to walk.
      let value = try evaluate(expression)
      if case .global(let slot, _, _) = targets[0], let source = globalSlot(expression) {
        globals.bind(slot, value, toObjectOf: source)
      } else {
        try assign(targets[0], consume value)
      }
    case .conditional(let branches, let orElse):
      for branch in branches where try truth(try evaluate(branch.condition)) {
        return try run(branch.body)
      }
      return try run(orElse)
    case .forLoop(let target, let iterable, let body, let orElse):
      return try runFor(
        target, try evaluateIterable(iterable),
        body: { (interpreter) throws(PythonError) in try interpreter.run(body) },
        orElse: { (interpreter) throws(PythonError) in try interpreter.run(orElse) })
    case .returnValue(let expression):
      return .returned(try expression.map { (value) throws(PythonError) in try evaluate(value) } ?? .none)
    default:
      return try runOther(statement)
    }
    return .normal
  }

  /// The statements `run` does not handle itself.
  @inline(never)
  private mutating func runOther(_ statement: Statement) throws(PythonError) -> Flow {
    switch statement.kind {
    case .importModule(let path, let name):
      if let missing = Modules.missingModuleError(path) { throw missing }
      if runningModule == nil, path == "numpy" || path.hasPrefix("numpy.") { importedNumpyItself = true }
      try store(name, Modules.module(path))
    case .importFrom(let path, let names) where names.first?.member == "*":
      if runningModule == nil, path == "numpy" || path.hasPrefix("numpy.") { importedNumpyItself = true }
      try importEverything(from: path, line: origin.lineOffset + statement.range.startLocation.line)
    case .importFrom(let path, let names):
      if let missing = Modules.missingModuleError(path) { throw missing }
      if runningModule == nil, path == "numpy" || path.hasPrefix("numpy.") { importedNumpyItself = true }
      if path == "__future__", names.contains(where: { $0.member == "annotations" }), scope == nil,
        runningModule == nil
      {
        postponesAnnotations = true
      }
      let module = Modules.module(path)
      for (member, name) in names {
        guard let value = try? attributeValue(module, member) else {
          if PythonNames.modules[path]?.contains(member) == true {
            // Python's module has it, snippets' does not: Python would have imported it and run on.
            var error = PythonError(
              "NotImplementedError", "\(path).\(member) is not part of the snippet language (Python has it)")
            error.isLimit = true
            throw error
          }
          // Catchable (`except ImportError:` falls back as in CPython); uncaught, it is refused as CPython's
          // message names the module's file (RefusedNames.swift).
          throw PythonError(
            "ImportError", "cannot import name '\(member)' from '\(path)': snippets' \(path) has no '\(member)'")
        }
        try store(name, value)
      }
    case .conditional, .forLoop, .returnValue:
      // Handled by `run`, which sends no such statement here.
      return try run(statement)
    case .assignment(let targets, let expression):
      let value = try evaluate(expression)
      for target in targets { try assign(target, value) }
    case .augmentedAssignment(let name, let op, let expression):
      let current = try lookUp(name)
      let walks = arrayWrites
      let operand = try evaluate(expression)
      try checkHeldArrays(since: walks, [current], at: expression)
      try assignInPlace(name, current, op, operand)
    case .expression(let expression):
      try echo(try evaluate(expression), of: expression)
    case .assertion(let condition, let message):
      let outcome = try check(condition, message: message)
      if !outcome.held {
        var error = PythonError("AssertionError", String(outcome.message.dropFirst("AssertionError".count)))
        if error.message.hasPrefix(": ") { error.message.removeFirst(2) }
        error.claim = ClaimOutcome(
          held: false, message: outcome.message, notes: outcome.notes, code: text(of: statement.range))
        error.location = origin.fileLocation(statement.range.startLocation)
        throw error
      }
    case .whileLoop(let condition, let body, let orElse):
      let ended = try withFunctionLoopBaseline { (interpreter) throws(PythonError) -> Flow? in
        while try interpreter.truth(try interpreter.evaluate(condition)) {
          try interpreter.tick()
          interpreter.loopEdge()
          switch try interpreter.run(body) {
          case .breakLoop: return .normal
          case .returned(let value): return .returned(value)
          case .normal, .continueLoop: continue
          }
        }
        return nil
      }
      if let ended { return ended }
      return try run(orElse)
    case .breakLoop:
      return .breakLoop
    case .continueLoop:
      return .continueLoop
    case .pass, .global, .nonlocal:
      break
    case .tryStatement(let body, let handlers, let orElse, let finally):
      return try runTry(body, handlers, orElse, finally)
    case .match(let subject, let cases):
      return try runMatch(subject, cases)
    case .raise(let expression):
      guard let expression else {
        guard let active = activeException else {
          throw PythonError("RuntimeError", "No active exception to reraise")
        }
        throw active
      }
      throw try raisableError(try evaluate(expression))
    case .functionDefinition(let definition):
      try store(definition.boundName, .userFunction(try makeClosure(definition)))
    case .classDefinition(let definition):
      try store(definition.boundName, try defineClass(definition))
    case .decorated(let decorators, let inner):
      var functions: [Value] = []
      for decorator in decorators { functions.append(try evaluate(decorator)) }
      let name: String
      var value: Value
      switch inner.kind {
      case .functionDefinition(let definition):
        name = definition.boundName
        value = .userFunction(try makeClosure(definition))
      case .classDefinition(let definition):
        name = definition.boundName
        value = try defineClass(definition)
        // A decorator may write the class's `__doc__` (dataclass does), which snippets would not see.
        if case .classObject(let type) = value { type.docstring = nil }
      default:
        return try run(inner)
      }
      // The decorator nearest the `def` applies first, as in Python.
      for function in functions.reversed() { value = try callValue(function, arguments([value])) }
      try store(name, value)
    case .augmentedTarget(let target, let op, let expression):
      try runAugmented(target, op, expression)
    case .augmentedBitwise(let target, let op, let expression):
      try runAugmentedBitwise(target, op, expression)
    case .delete(let targets):
      for target in targets { try delete(target) }
    case .with(let items, let body):
      return try runWith(items[...], body)
    case .yieldValue:
      // A generator's body runs through its plan (Generators.swift), never here; the parser allows `yield` only
      // in a def, which a call turns into a generator.
      throw PythonError("SyntaxError", "'yield' outside function")
    }
    return .normal
  }

  /// What an expression statement does with its value: the REPL echoes expression statements outside functions,
  /// loop and `if` bodies included; a script shows no matplotlib object (`plt.plot(x, y)` returns `[<Line2D …>]`),
  /// as a Python script would not.
  mutating func echo(_ value: Value, of expression: Expression) throws(PythonError) {
    guard scope == nil, !value.isNone, !(isRunningScript && value.isPlotObject) else { return }
    try Self.refuseEchoOfUninitializedMemory(expression, value)
    // CPython's displayhook sets `_` to None before the repr and to the value once it is printed.
    lastEchoed = Value.none
    let echoed = value
    let shown: Value
    do {
      (marksVariableTextAtDepth, markedParts) = (callDepth, 0)
      defer { marksVariableTextAtDepth = nil }
      shown = try printable(value, repr: true)
    } catch {
      // Python's repr of this value runs no snippet code (object's own, with an address): the refusal changes nothing.
      if error.isLimit, Self.printsWithoutRunningCode(value, depth: 0) { echoRefusedWithoutEffects = true }
      throw error
    }
    let value = shown
    var remaining = Interpreter.printLimit - printed.utf8.count
    try checkPrintable(value, repr: true, remaining: &remaining)
    try appendPrinted(value.repr + "\n")
    lastEchoed = echoed
    lastEchoedRefusedLine = nil
  }

  /// Whether Python's repr of `value` runs no snippet code: an object whose class has no `__repr__`, a function, an
  /// iterator or generator, numbers, strings, None, and lists and tuples of those (two levels down).
  static func printsWithoutRunningCode(_ value: Value, depth: Int) -> Bool {
    switch value {
    case .object(let object):
      object.array == nil && object.type.exceptionBase == nil && object.type.lookUp("__repr__") == nil
    case .userFunction, .function, .iterator, .none, .bool, .int, .bigInt, .float, .complex, .string: true
    case .list(let items) where depth < 2, .tuple(let items) where depth < 2:
      items.allSatisfy { printsWithoutRunningCode($0, depth: depth + 1) }
    default: false
    }
  }

  /// A function value for `definition`, its defaults then its annotations evaluated now, as Python does when `def`
  /// runs.
  mutating func makeClosure(_ definition: FunctionDefinition) throws(PythonError) -> Closure {
    var defaults: [String: Value] = [:]
    for parameter in definition.parameters {
      if let expression = parameter.defaultValue { defaults[parameter.name] = try evaluate(expression) }
    }
    try evaluateAnnotations(of: definition)
    let dispatchAnnotation = try self.dispatchAnnotation(of: definition)
    // A function made inside a call closes over that call's frame, which may come to hold the function: a cycle.
    guard let scope else {
      let closure = Closure(
        definition: resolvingGlobals(definition), defaults: defaults, enclosing: nil, origin: origin, code: code)
      closure.dispatchAnnotation = dispatchAnnotation
      return closure
    }
    cycles.register(scope: scope)
    let closure = Closure(definition: definition, defaults: defaults, enclosing: scope, origin: origin, code: code)
    closure.module = runningModule
    closure.dispatchAnnotation = dispatchAnnotation
    return closure
  }

  /// `for target in iterable`, the body and `else` block run by the closures given (the evaluator's or compiled).
  mutating func runFor(
    _ target: AssignmentTarget, _ iterable: Value, body: (inout Interpreter) throws(PythonError) -> Flow,
    orElse: (inout Interpreter) throws(PythonError) -> Flow
  ) throws(PythonError) -> Flow {
    let atChapterLevel = callDepth == 0 && scope == nil && runningModule == nil
    if atChapterLevel { chapterLoopIterables.append(iterable) }
    defer { if atChapterLevel { chapterLoopIterables.removeLast() } }
    // A loop inside a function keeps the meter's count at its start (`measureWithinFunctionLoop`).
    let baseline = atChapterLevel || runningModule != nil ? nil : ResourceMeter.current?.bytesInUse
    if let baseline { functionLoopBaselines.append((baseline, scope.map(ObjectIdentifier.init))) }
    defer { if baseline != nil { functionLoopBaselines.removeLast() } }
    if case .range(let start, let stop, let step) = iterable {
      // The common `for i in range(n)`: no list of items, one small int per step, stored straight into its slot.
      let slot: (isGlobal: Bool, index: Int)? =
        switch target {
        case .global(let index, _, _): (true, index)
        case .local(let index, _, _): (false, index)
        default: nil
        }
      var index = start
      while step > 0 ? index < stop : index > stop {
        try tick()
        loopEdge()
        if let slot {
          if slot.isGlobal { globals.set(slot.index, .int(index)) } else { scope?[slot.index] = .int(index) }
        } else {
          try assign(target, .int(index))
        }
        switch try body(&self) {
        case .breakLoop: return .normal
        case .returned(let value): return .returned(value)
        case .normal, .continueLoop: break
        }
        let (next, overflowed) = index.addingReportingOverflow(step)
        if overflowed { break }
        index = next
      }
      return try orElse(&self)
    }
    /// The body run once with `item` bound: what the loop returns when this pass ends it, nil to go on.
    func pass(_ interpreter: inout Interpreter, _ item: Value) throws(PythonError) -> Flow? {
      try interpreter.assign(target, item)
      switch try body(&interpreter) {
      case .breakLoop: return .normal
      case .returned(let value): return .returned(value)
      case .normal, .continueLoop: return nil
      }
    }
    if case .object(let object) = iterable, let iterator = try objectIterator(object),
      case .object(let source) = iterator
    {
      // An iterator object is asked for one item at a time, so a loop that breaks out of an endless one ends.
      while let item = try nextItem(of: source) {
        if let ended = try pass(&self, item) { return ended }
      }
      return try orElse(&self)
    }
    switch iterable {
    case .dict, .dictView, .set:
      // CPython's dict and set iterators check at each step that the body left the container's size alone.
      let box = try makeIterator(iterable)
      while let item = try box.next(&self) {
        try tick()
        loopEdge()
        if let ended = try pass(&self, item) { return ended }
      }
      return try orElse(&self)
    default: break
    }
    if case .tensor(let array) = iterable, ArrayRowsSource.iterates(array) {
      // NumPy reads each row when the loop reaches it, so the body's writes into the array are seen.
      let rows = IteratorBox(kind: "iterator", source: try ArrayRowsSource(array))
      while let item = try rows.next(&self) {
        try tick()
        loopEdge()
        if let ended = try pass(&self, item) { return ended }
      }
      return try orElse(&self)
    }
    if case .iterator(let box) = iterable {
      // Consumed one item at a time: after a `break`, the next loop over the same iterator goes on from there.
      while let item = try box.next(&self) {
        try tick()
        loopEdge()
        if let ended = try pass(&self, item) { return ended }
      }
      return try orElse(&self)
    }
    if case .list(let list) = iterable {
      // CPython's list iterator reads the list itself by position, so items appended, inserted or removed by the
      // body are seen (or skipped) exactly as in Python.
      var position = 0
      while position < list.count {
        let item = list[position]
        position += 1
        try tick()
        loopEdge()
        if let ended = try pass(&self, item) { return ended }
      }
      return try orElse(&self)
    }
    let items = try iterate(iterable)
    // The items made from a generator or an array exist only here until bound: the loop's memory counts them (inside
    // a function, as part of the loop's baseline, taken again now that they are made).
    if atChapterLevel { chapterLoopIterables.append(.tuple(ValueList(items))) }
    if baseline != nil, let meter = ResourceMeter.current {
      functionLoopBaselines[functionLoopBaselines.count - 1].bytes = meter.bytesInUse
    }
    defer { if atChapterLevel { chapterLoopIterables.removeLast() } }
    for item in items {
      try tick()
      loopEdge()
      if let ended = try pass(&self, item) { return ended }
    }
    return try orElse(&self)
  }

  /// Binds `value` to an assignment target, unpacking tuples, lists, strings, arrays and iterators.
  /// The value is taken, not borrowed: an element write may then hold a temporary alone (`writeElementInPlace`).
  /// `constant`: an item target's key read off its expression when the statement was compiled (`ConstantIndexItems`).
  mutating func assign(
    _ target: AssignmentTarget, _ value: consuming Value, constant: ConstantIndexItems? = nil
  ) throws(PythonError) {
    switch target {
    case .local(let slot, _, _):
      scope?[slot] = value
    case .global(let slot, _, _):
      globals.set(slot, value)
    case .name(let name, _):
      try store(name, value)
    case .item(let base, let index, _):
      var container = try evaluate(base)
      if let constant {
        // `a[1:, ::2] = s`: a key of constants read off its expression; it holds a slice, so it selects no element.
        if writeSliceInPlace(base, &container, items: constant.items, &value, cache: constant.plans) {
          for _ in 0..<constant.steps { try tick() }
          return
        }
      }
      let key = try evaluate(index)
      if writeElementInPlace(base, &container, key, &value) { return }
      if writeSliceInPlace(base, &container, key, &value) { return }
      if writeMaskInPlace(base, &container, key, &value) { return }
      if case .attribute(let arrayExpression, "flags") = base.kind, case .rendered = container,
        case .tensor(let array) = try evaluate(arrayExpression)
      {
        // `a.flags['WRITEABLE'] = False`: as `a.flags.writeable = False`.
        return try setFlagItem(of: array, key, value)
      }
      if case .object(let object) = container {
        if object.array != nil, object.type.lookUp("__setitem__") == nil {
          return try assignArraySubclassItem(object, key, value)
        }
        guard try callSpecial(object, "__setitem__", [key, value]) != nil else {
          throw PythonError.type("'\(Value.object(object).typeName)' object does not support item assignment")
        }
        return
      }
      if case .set = container { throw PythonError.type("'set' object does not support item assignment") }
      // `xs[1:3] = (… for …)`: the generator's items are computed before the slice is replaced, as in CPython.
      var value = try materialized(value)
      if case .bytearray = container, case .slice = key, case .object(let object) = value,
        object.type.lookUp("__iter__") != nil,
        ["__index__", "__int__", "__float__", "__complex__"].allSatisfy({ object.type.lookUp($0) == nil })
      {
        // `sieve[i::n] = itertools.repeat(0, k)`: CPython makes `bytearray(value)` of an iterable object first.
        value = try .makeList(try items(value))
      }
      if case .tensor(let array) = container {
        try assignItem(array, key, value)
      } else if case .structArray(let array) = container {
        try assignStructured(array, key, value)
      } else if case .rawArray(let raw) = container, Self.isArrayDTypeView(container) {
        try assignThroughDTypeView(raw, key, value)
      } else {
        try Indexing.setItem(container, key, value)
      }
    case .attribute(let base, let name, _):
      if case .attribute(let arrayExpression, "flags") = base.kind,
        case .tensor(let array) = try evaluate(arrayExpression)
      {
        // `Z.flags.writeable = False`: the flags object is a printout here, so the array itself is changed.
        try setFlag(of: array, name, value)
        return
      }
      try setAttribute(try evaluate(base), name, value)
    case .starred:
      throw PythonError("SyntaxError", "starred assignment target must be in a list or tuple")
    case .unpack(let targets, _) where targets.contains(where: { if case .starred = $0 { true } else { false } }):
      try assignStarred(targets, value)
    case .unpack(let targets, _):
      // Arrays are checked by length first, so a huge array is never split into items just to fail.
      let count = if case .tensor(let tensor) = value, let first = tensor.shape.first { first } else { -1 }
      if count > targets.count { throw PythonError.value("too many values to unpack (expected \(targets.count))") }
      var items: [Value] = []
      if case .iterator(let box) = value, box.isLazy {
        // CPython takes one item more than the targets, no further: an endless generator still fails quickly.
        while items.count <= targets.count, let item = try box.next(&self) { items.append(item) }
      } else {
        items = try unpackedItems(value)
      }
      if items.count > targets.count {
        throw PythonError.value("too many values to unpack (expected \(targets.count))")
      }
      if items.count < targets.count {
        throw PythonError.value("not enough values to unpack (expected \(targets.count), got \(items.count))")
      }
      try assignUnpacked(Array(targets), items)
    }
  }

  /// The items Python's `for` would see: list/tuple items, characters, an array's rows, a range's ints, an
  /// iterator's remaining items.
  static func iterationItems(_ value: Value) throws(PythonError) -> [Value] {
    try WorkMeter.charge(value.weight)
    switch value {
    case .range(let start, let stop, let step):
      let count = Self.rangeCount(start, stop, step)
      if count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      return (0..<count).map { .int(start + $0 * step) }
    case .iterator(let box):
      guard !box.isLazy else { throw Self.lazyIteratorRefusal(box) }
      return box.drainBuffered()
    case .list(let items), .tuple(let items): return items.items
    case .plot(let reference) where !reference.arrayItems.isEmpty: return reference.arrayItems
    case .string(let text), .textScalar(let text, false): return text.unicodeScalars.map { .string(String($0)) }
    case .textArray(let array):
      guard let rows = array.shape.first else { throw PythonError.type("iteration over a 0-d array") }
      var items: [Value] = []
      for row in 0..<rows { items.append(try StringArrays.index(array, .int(row))) }
      return items
    case .dict(let dict): return dict.keys
    case .objectArray(let array):
      guard let rows = array.shape.first else { throw PythonError.type("iteration over a 0-d array") }
      var items: [Value] = []
      for row in 0..<rows { items.append(try ObjectArrays.index(array, .int(row))) }
      return items
    case .dateArray(let array): return try DateTimes.rows(array)
    case .structArray(let array): return try StructuredArrays.rows(array)
    case .rawArray(let array):
      guard let rows = array.shape.first else { throw PythonError.type("iteration over a 0-d array") }
      var items: [Value] = []
      for row in 0..<rows { items.append(try RawArrays.index(array, .int(row))) }
      return items
    case .bytearray(let memory): return memory.bytes.map { .int(Int($0)) }
    case .bytes(let text): return text.unicodeScalars.map { .int(Int($0.value)) }
    case .set(let set): return try set.orderedItems()
    case .dictView(let view, let dict): return dict.items(view)
    case .tensor(let tensor) where tensor.ndim > 0:
      try FlatIterator.beginIteration(tensor)
      var rows: [Value] = []
      for position in 0..<tensor.shape[0] {
        let row = try core { try tensor.index([.int(position)]) }
        // A row is a view of the array in NumPy: a write to it changes the array.
        rows.append(.tensor(ViewTracking.indexView(of: tensor, [.int(position)], row)))
      }
      return rows
    case .tensor(let tensor) where tensor.isScalar: throw PythonError.type("'\(value.typeName)' object is not iterable")
    case .tensor: throw PythonError.type("iteration over a 0-d array")
    case .classObject(let type) where type.metaclass != nil:
      // The paths that iterate an enum class through its metaclass are the interpreter's (`iterate`); this one is not.
      throw metaclassRefusal(type, "iterating it here")
    default: throw PythonError.type("'\(value.typeName)' object is not iterable")
    }
  }

  /// The refusal where an iterable is taken whole by code that cannot run a lazy iterator's steps (a function of
  /// NumPy's or matplotlib's given a generator or a `map`): docbuild would otherwise print something Python does not.
  static func lazyIteratorRefusal(_ box: IteratorBox) -> PythonError {
    PythonError.limit(
      "a \(box.kind) object is not taken here: this function reads its argument whole; pass list(…) of it instead")
  }

  /// How many ints `range(start, stop, step)` yields.
  static func rangeCount(_ start: Int, _ stop: Int, _ step: Int) -> Int {
    if step > 0 {
      guard start < stop else { return 0 }
      let (span, overflowed) = stop.subtractingReportingOverflow(start)
      if overflowed { return Int.max }
      return (span - 1) / step + 1
    }
    guard start > stop else { return 0 }
    let (span, overflowed) = start.subtractingReportingOverflow(stop)
    if overflowed { return Int.max }
    return (span - 1) / -step + 1
  }
}

extension Interpreter {
  /// The items an unpacking assignment takes, with CPython's message for a value that cannot be iterated.
  mutating func unpackedItems(_ value: Value) throws(PythonError) -> [Value] {
    do {
      return try iterate(value)
    } catch {
      if error.type == "TypeError", error.message.hasSuffix("is not iterable") {
        throw PythonError.type("cannot unpack non-iterable \(value.typeName) object")
      }
      throw error
    }
  }

  /// `first, *rest = value`: the starred target takes the items the others leave, as a list.
  mutating func assignStarred(_ targets: [AssignmentTarget], _ value: Value) throws(PythonError) {
    let items = try unpackedItems(value)
    guard let star = targets.firstIndex(where: { if case .starred = $0 { true } else { false } }) else { return }
    let after = targets.count - star - 1
    guard items.count >= targets.count - 1 else {
      throw PythonError.value(
        "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
    }
    var grouped = Array(items[..<star])
    grouped.append(try .makeList(Array(items[star..<(items.count - after)])))
    grouped += items[(items.count - after)...]
    var plain = targets
    if case .starred(let inner, _) = targets[star] { plain[star] = inner }
    try assignUnpacked(plain, grouped)
  }
}
