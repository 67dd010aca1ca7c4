/// Generator functions: calling one runs nothing and returns a generator; each `next` runs its body from where it
/// stopped to the next `yield` (GeneratorPlan.swift says why the body is walked this way rather than on a thread).

/// Where a suspended generator stopped inside one block: the statement it was running and that statement's state.
final class BlockCursor: @unchecked Sendable {
  var index = 0
  var inner: StepCursor?
}

/// Where a suspended generator stopped inside one compound statement (or at which `yield`).
enum StepCursor {
  /// At a `yield`: resuming binds its targets to None and goes on.
  case suspendedAtYield
  /// In `yield from`: the iterator it takes items from.
  case delegating(IteratorBox)
  /// In branch `n` of an `if` (`n` = the number of conditions for its `else`).
  case branch(Int, BlockCursor)
  /// In a loop's body; a `for` loop's iterator (nil for `while`).
  case loopBody(IteratorBox?, BlockCursor)
  case loopElse(BlockCursor)
  case tryBody(BlockCursor)
  /// In handler `n` of a `try`, handling the error.
  case tryHandler(Int, PythonError, BlockCursor)
  case tryElse(BlockCursor)
  /// In a `with` block's body, the manager whose `__exit__` runs when it ends.
  case withBody(Value, BlockCursor)
}

/// How running a generator's statements up to the next `yield` ended.
enum GeneratorOutcome {
  case yielded(Value)
  case finished(Flow)
}

/// How many generators are alive and not finished, bounded by `Interpreter.maxLiveGenerators`.
final class LiveGeneratorCount: @unchecked Sendable {
  var count = 0
  /// The top-level statements run so far, to tell which statement a generator stopped in.
  var statementSerial = 0
  /// The generators stopped at a `yield` inside `try`/`finally` or `with`, each with the statement it stopped in:
  /// Python runs that clean-up when it frees or closes the generator, a moment snippets do not follow. Freeing one
  /// refuses the statement that frees it, even where docbuild frees it as it forgets a refused statement's names.
  var stoppedInsideCleanUp: [ObjectIdentifier: Int] = [:]
  /// Set when a generator stopped inside `try`/`finally` or `with` is freed (Python would run the clean-up then).
  var freedInsideCleanUp = false
}

/// A generator made by calling a generator function: its frame, where it stopped, and whether it has finished.
final class GeneratorSource: IteratorSource, @unchecked Sendable {
  let closure: Closure
  let frame: Scope
  let cursor = BlockCursor()
  /// True while its body runs: `next` of itself from inside is CPython's ValueError.
  var running = false
  private(set) var finished = false
  /// True once a refusal (a limit, a construct outside the language) stopped its body: Python would have run on.
  private var stoppedByRefusal = false
  /// The refusal for resuming a generator a refusal stopped.
  static let refusedEarlier = PythonError.limit(
    "this generator was stopped inside by a refused statement, so where Python would resume it is unknown")
  /// What its `return` gave (the value of a `yield from` that delegated to it).
  private(set) var returnValue: Value = .none
  private let live: LiveGeneratorCount

  init(closure: Closure, frame: Scope, live: LiveGeneratorCount) {
    self.closure = closure
    self.frame = frame
    self.live = live
    live.count += 1
  }

  /// True while it is stopped at a `yield` inside `try`/`finally` or `with`.
  var stoppedInsideCleanUp = false {
    didSet {
      guard stoppedInsideCleanUp != oldValue else { return }
      live.stoppedInsideCleanUp[ObjectIdentifier(self)] = stoppedInsideCleanUp ? live.statementSerial : nil
    }
  }

  deinit {
    if !finished { live.count -= 1 }
    if stoppedInsideCleanUp {
      live.stoppedInsideCleanUp[ObjectIdentifier(self)] = nil
      if !finished { live.freedInsideCleanUp = true }
    }
  }

  /// What `send(value)` gives the `yield` the generator stopped at, while that `send` resumes it (None from `next`).
  var sentValue: Value = .none
  /// What `throw(...)` raises at the `yield` the generator stopped at, while that `throw` resumes it.
  var thrownError: PythonError?

  /// True once `next` has run its body (a value can then be sent to the `yield` it stopped at).
  var hasStarted: Bool { finished || cursor.index > 0 || cursor.inner != nil }

  /// `close()`: a generator suspended at a `yield` ends there (no `finally` or `with` can be around that yield; the
  /// parser refuses them), as CPython's GeneratorExit ends it.
  func close() throws(PythonError) {
    guard !running else { throw PythonError.value("generator already executing") }
    if stoppedInsideCleanUp && !finished {
      throw PythonError.limit(
        "close() of a generator stopped at a yield inside try/finally or with is not supported in snippets: Python "
          + "runs the clean-up then")
    }
    finish()
  }

  private func finish() {
    guard !finished else { return }
    stoppedInsideCleanUp = false
    finished = true
    live.count -= 1
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    if stoppedByRefusal { throw Self.refusedEarlier }
    guard !finished else { return nil }
    guard !running else { throw PythonError.value("generator already executing") }
    running = true
    defer { running = false }
    do throws(PythonError) {
      switch try interpreter.resume(self) {
      case .yielded(let value): return value
      case .finished(let flow):
        if case .returned(let value) = flow { returnValue = value }
        finish()
        return nil
      }
    } catch {
      // A generator that raised is finished, as CPython's is; a StopIteration leaving its body is PEP 479's
      // RuntimeError, so it cannot end a consumer's loop silently. One stopped by docbuild's refusal would have run
      // on in Python, to a point docbuild cannot know.
      finish()
      if error.isLimit { stoppedByRefusal = true }
      if !error.isLimit, interpreter.exception(error, isA: .function("StopIteration")) {
        var converted = PythonError("RuntimeError", "generator raised StopIteration")
        converted.location = error.location
        throw converted
      }
      throw error
    }
  }

  var returned: Value? { finished ? returnValue : nil }

  var heldValues: [Value] {
    guard !finished else { return [] }
    return [.userFunction(closure)] + (0..<frame.count).compactMap { frame[$0] }
  }
}

extension Interpreter {
  /// The most generators alive and unfinished at once (each holds a frame).
  static let maxLiveGenerators = 10_000

  /// A call of a generator function: the generator, its arguments bound and its body not yet started.
  mutating func makeGenerator(_ closure: Closure, frame: Scope) throws(PythonError) -> Value {
    guard liveGenerators.count < Self.maxLiveGenerators else {
      throw PythonError.limit(
        "more than \(Self.maxLiveGenerators) generators are alive and unfinished at once: snippets bound them; "
          + "consume a generator (or drop it) before making the next")
    }
    return .iterator(
      IteratorBox(kind: "generator", source: GeneratorSource(closure: closure, frame: frame, live: liveGenerators)))
  }

  /// Runs a generator's body from where it stopped to its next `yield` or its end, in its own frame and code.
  mutating func resume(_ generator: GeneratorSource) throws(PythonError) -> GeneratorOutcome {
    try checkCallDepth()
    let closure = generator.closure
    let saved = (scope, origin, code, currentClosure, runningModule, activeException)
    let hasCaller = scope != nil
    if let caller = scope { callerFrames.append(caller) }
    defer { if hasCaller { callerFrames.removeLast() } }
    scope = generator.frame
    origin = closure.origin
    code = closure.code
    currentClosure = closure
    runningModule = closure.module
    callDepth += 1
    defer {
      (scope, origin, code, currentClosure, runningModule, activeException) = saved
      callDepth -= 1
    }
    // Resuming walks the cursors straight back to the `yield` it stopped at, running nothing else first, so the sent
    // value reaches that `yield` and no other generator's.
    resumeValue = generator.sentValue
    defer { resumeValue = .none }
    resumeError = generator.thrownError
    generator.thrownError = nil
    defer { resumeError = nil }
    let outerYieldInsideCleanUp = yieldInsideCleanUp
    yieldInsideCleanUp = false
    defer { yieldInsideCleanUp = outerYieldInsideCleanUp }
    generator.stoppedInsideCleanUp = false
    let outcome = try advance(closure.definition.generatorPlan, generator.cursor)
    if case .yielded = outcome, yieldInsideCleanUp { generator.stoppedInsideCleanUp = true }
    return outcome
  }

  /// The refusal of a top-level statement after which a generator it stopped at a `yield` inside `try`/`finally`
  /// or `with` is alive, or during which such a generator was freed, or nil: Python runs that clean-up (which may
  /// print) when it frees the generator, a moment snippets do not follow. Rebinding or deleting a name this leaves
  /// unknown is refused later, as after a refused `__del__`. `starting`: the check before a statement runs, for a
  /// generator the collection after the previous statement freed.
  mutating func cleanUpTimingRefusal(line: Int, starting: Bool) -> PythonError? {
    let live = liveGenerators
    let stoppedHere = !starting && live.stoppedInsideCleanUp.values.contains(live.statementSerial)
    guard stoppedHere || live.freedInsideCleanUp else { return nil }
    live.freedInsideCleanUp = false
    refusedFinalizerLine = line
    refusedFinalizerIsCleanUp = true
    return PythonError.limit(
      stoppedHere
        ? "a generator stopped at a yield inside try/finally or with is alive after this statement: Python runs "
          + "that clean-up when it frees the generator, at a moment snippets do not follow; consume it whole (a for "
          + "loop, list()) within the statement"
        : "a generator stopped at a yield inside try/finally or with was freed here: Python runs that clean-up "
          + "(its finally block, the manager's __exit__) then, which snippets do not; consume it whole first")
  }

  /// Runs a block's steps from the cursor on, to a `yield` (the cursor then says where) or the block's end.
  private mutating func advance(_ steps: [GeneratorStep], _ cursor: BlockCursor) throws(PythonError)
    -> GeneratorOutcome
  {
    while cursor.index < steps.count {
      let outcome = try advance(steps[cursor.index], &cursor.inner)
      switch outcome {
      case .yielded: return outcome
      case .finished(.normal):
        cursor.index += 1
        cursor.inner = nil
      case .finished: return outcome
      }
    }
    return .finished(.normal)
  }

  /// Runs one step from where it stopped (`inner`, nil to start it).
  private mutating func advance(_ step: GeneratorStep, _ inner: inout StepCursor?) throws(PythonError)
    -> GeneratorOutcome
  {
    switch step {
    case .plain(let run):
      return .finished(try run(&self))
    case .yieldValue(let statement, let value, let delegating, let targets):
      return try advanceYield(statement, value, delegating: delegating, targets: targets, &inner)
    case .conditional(let statement, let conditions, let bodies, let orElse):
      if case .branch(let branch, let cursor)? = inner {
        return try advance(branch < bodies.count ? bodies[branch] : orElse, cursor)
      }
      var chosen = conditions.count
      for (index, condition) in conditions.enumerated() {
        let holds = try locating(statement) { (interpreter) throws(PythonError) in
          try interpreter.isTrue(try condition(&interpreter))
        }
        if holds {
          chosen = index
          break
        }
      }
      let cursor = BlockCursor()
      inner = .branch(chosen, cursor)
      return try advance(chosen < bodies.count ? bodies[chosen] : orElse, cursor)
    case .whileLoop(let statement, let condition, let body, let orElse):
      if inner == nil { inner = try whileStep(statement, condition) }
      while true {
        switch inner {
        case .loopBody(_, let cursor)?:
          let outcome = try advance(body, cursor)
          switch outcome {
          case .yielded, .finished(.returned): return outcome
          case .finished(.breakLoop): return .finished(.normal)
          case .finished: inner = try whileStep(statement, condition)
          }
        case .loopElse(let cursor)?: return try advance(orElse, cursor)
        default: return .finished(.normal)
        }
      }
    case .forLoop(let statement, let target, let iterable, let body, let orElse):
      if inner == nil {
        let box = try locating(statement) { (interpreter) throws(PythonError) in
          try interpreter.makeIterator(try iterable(&interpreter))
        }
        inner = try forStep(statement, target, box)
      }
      while true {
        switch inner {
        case .loopBody(let box?, let cursor)?:
          let outcome = try advance(body, cursor)
          switch outcome {
          case .yielded, .finished(.returned): return outcome
          case .finished(.breakLoop): return .finished(.normal)
          case .finished: inner = try forStep(statement, target, box)
          }
        case .loopElse(let cursor)?: return try advance(orElse, cursor)
        default: return .finished(.normal)
        }
      }
    case .tryStatement(_, let body, let handlers, let handlerBodies, let orElse, let finally):
      guard !finally.isEmpty else { return try advanceTry(body, handlers, handlerBodies, orElse, &inner) }
      let outcome: GeneratorOutcome
      do throws(PythonError) {
        outcome = try advanceTry(body, handlers, handlerBodies, orElse, &inner)
      } catch {
        // As runTry: the finally block runs for every error, and its own return or break wins.
        let final = try advance(finally, BlockCursor())
        if case .finished(.normal) = final { throw error }
        return final
      }
      if case .yielded = outcome {
        yieldInsideCleanUp = true
        return outcome
      }
      let final = try advance(finally, BlockCursor())
      if case .finished(.normal) = final { return outcome }
      return final
    case .withBlock(let statement, let manager, let target, let body):
      return try advanceWith(statement, manager, target, body, &inner)
    }
  }

  /// The `try`/`except`/`else` part of a `try` statement, from where it stopped.
  private mutating func advanceTry(
    _ body: [GeneratorStep], _ handlers: [ExceptHandler], _ handlerBodies: [[GeneratorStep]],
    _ orElse: [GeneratorStep], _ inner: inout StepCursor?
  ) throws(PythonError) -> GeneratorOutcome {
    if inner == nil { inner = .tryBody(BlockCursor()) }
    while true {
      switch inner {
      case .tryBody(let cursor)?:
        let outcome: GeneratorOutcome
        do throws(PythonError) {
          outcome = try advance(body, cursor)
        } catch {
          // A refusal (a limit, or a name Python has that snippets lack) is never caught, as in runTry.
          guard !error.isLimit, !Self.isMissingNameRefusal(error),
            let index = try matchingHandlerIndex(handlers, for: error)
          else { throw error }
          inner = .tryHandler(index, error, BlockCursor())
          if let name = handlers[index].name { try store(name, Self.caught(error)) }
          continue
        }
        guard case .finished(.normal) = outcome, !orElse.isEmpty else { return outcome }
        inner = .tryElse(BlockCursor())
      case .tryHandler(let index, let error, let cursor)?:
        let saved = activeException
        activeException = error
        defer { activeException = saved }
        let outcome: GeneratorOutcome
        do throws(PythonError) {
          outcome = try advance(handlerBodies[index], cursor)
        } catch {
          if let name = handlers[index].name { unbindCaught(name) }
          throw error
        }
        if case .yielded = outcome { return outcome }
        if let name = handlers[index].name { unbindCaught(name) }
        return outcome
      case .tryElse(let cursor)?: return try advance(orElse, cursor)
      default: return .finished(.normal)
      }
    }
  }

  /// `with manager as target:` around a `yield`, as runWith: `__enter__`, the body to its end or its next `yield`,
  /// then `__exit__`, which may swallow the body's exception by returning a true value.
  private mutating func advanceWith(
    _ statement: Statement, _ manager: CompiledExpression, _ target: AssignmentTarget?, _ body: [GeneratorStep],
    _ inner: inout StepCursor?
  ) throws(PythonError) -> GeneratorOutcome {
    if inner == nil {
      let object = try locating(statement) { (interpreter) throws(PythonError) -> ObjectBox in
        let value = try manager(&interpreter)
        guard case .object(let object) = value else {
          if case .printOptionsContext = value {
            throw PythonError.limit(Interpreter.yieldInsideOptionsContext)
          }
          throw PythonError.type("'\(value.typeName)' object does not support the context manager protocol")
        }
        guard object.type.lookUp("__exit__") != nil, let entered = try interpreter.callSpecial(object, "__enter__", [])
        else {
          let missing = object.type.lookUp("__enter__") == nil ? "" : " (missed __exit__ method)"
          throw PythonError.type(
            "'\(Value.object(object).typeName)' object does not support the context manager protocol\(missing)")
        }
        if let target { try interpreter.assign(target, entered) }
        return object
      }
      inner = .withBody(.object(object), BlockCursor())
    }
    guard case .withBody(.object(let object), let cursor)? = inner else { return .finished(.normal) }
    let outcome: GeneratorOutcome
    do throws(PythonError) {
      outcome = try advance(body, cursor)
    } catch {
      if error.isLimit || Self.isMissingNameRefusal(error) { throw error }
      let type = error.exceptionObject.map { Value.classObject($0.type) } ?? .function(error.type)
      let swallow = try callSpecial(object, "__exit__", [type, Self.caught(error), .none]) ?? .none
      if try truth(swallow) { return .finished(.normal) }
      throw error
    }
    if case .yielded = outcome {
      yieldInsideCleanUp = true
      return outcome
    }
    _ = try callSpecial(object, "__exit__", [.none, .none, .none])
    return outcome
  }

  /// A `yield` or `yield from` statement, started or resumed.
  private mutating func advanceYield(
    _ statement: Statement, _ value: CompiledExpression?, delegating: Bool, targets: [AssignmentTarget],
    _ inner: inout StepCursor?
  ) throws(PythonError) -> GeneratorOutcome {
    if !delegating {
      if inner == nil {
        let yielded = try locating(statement) { (interpreter) throws(PythonError) in
          try value.map { (value) throws(PythonError) in try value(&interpreter) } ?? .none
        }
        inner = .suspendedAtYield
        return .yielded(yielded)
      }
      // Resumed by `throw(...)`, which raises its exception here, as if the `yield` had.
      if let thrown = resumeError {
        resumeError = nil
        throw thrown
      }
      // Resumed by `next`, which sends None, or by `send(value)`.
      let received = resumeValue
      resumeValue = .none
      try bind(targets, received, at: statement)
      return .finished(.normal)
    }
    if resumeError != nil {
      throw PythonError.limit(
        "throw() into a generator stopped in `yield from` is not supported in snippets: CPython hands the exception "
          + "on to the iterator it delegates to")
    }
    if !resumeValue.isNone {
      // CPython hands the value on to the generator `yield from` delegates to (its own `send`).
      guard case .delegating(let current)? = inner, let generator = current.source as? GeneratorSource,
        current.isLazy, current.position >= current.items.count
      else {
        throw PythonError.limit(
          "send() of a value to a `yield from` over anything but a generator is not supported in snippets")
      }
      let sent = resumeValue
      resumeValue = .none
      generator.sentValue = sent
      defer { generator.sentValue = .none }
      if let item = try current.next(&self) { return .yielded(item) }
      try bind(targets, current.returned ?? .none, at: statement)
      return .finished(.normal)
    }
    let box: IteratorBox
    if case .delegating(let current)? = inner {
      box = current
    } else {
      guard let value else { return .finished(.normal) }
      box = try locating(statement) { (interpreter) throws(PythonError) in
        try interpreter.makeIterator(try value(&interpreter))
      }
      inner = .delegating(box)
    }
    if let item = try box.next(&self) { return .yielded(item) }
    try bind(targets, box.returned ?? .none, at: statement)
    return .finished(.normal)
  }

  private mutating func bind(_ targets: [AssignmentTarget], _ value: Value, at statement: Statement)
    throws(PythonError)
  {
    guard !targets.isEmpty else { return }
    try locating(statement) { (interpreter) throws(PythonError) in
      for target in targets { try interpreter.assign(target, value) }
    }
  }

  /// Whether a `while` loop runs its body again: its condition, and a step counted for each pass.
  private mutating func whileStep(_ statement: Statement, _ condition: CompiledExpression) throws(PythonError)
    -> StepCursor
  {
    let holds = try locating(statement) { (interpreter) throws(PythonError) in
      try interpreter.isTrue(try condition(&interpreter))
    }
    guard holds else { return .loopElse(BlockCursor()) }
    try tick()
    return .loopBody(nil, BlockCursor())
  }

  /// A `for` loop's next pass: the next item bound to the target, or the `else` block once the iterator ends.
  private mutating func forStep(_ statement: Statement, _ target: AssignmentTarget, _ box: IteratorBox)
    throws(PythonError) -> StepCursor
  {
    guard let item = try box.next(&self) else { return .loopElse(BlockCursor()) }
    try tick()
    try locating(statement) { (interpreter) throws(PythonError) in try interpreter.assign(target, item) }
    return .loopBody(box, BlockCursor())
  }
}
