/// List, dict and generator comprehensions, each with its own scope for its loop variables, as in Python 3.
extension Interpreter {
  mutating func evaluateComprehension(_ comprehension: Comprehension) throws(PythonError) -> Value {
    guard case .loop(_, let firstIterable) = comprehension.clauses.first else { return .none }
    // Python evaluates the first iterable in the enclosing scope, before the comprehension's own scope exists.
    let first = try evaluateIterable(firstIterable)
    let frame = Scope.make(definition: comprehension.scope, parent: scope)
    if comprehension.kind == .generator {
      // A generator expression takes `iter()` of its first iterable now and computes each item when asked.
      let source = GeneratorExpressionSource(
        comprehension, frame: frame, first: try makeIterator(first), interpreter: self)
      return .iterator(IteratorBox(kind: "generator", source: source))
    }
    let saved = scope
    scope = frame
    defer { scope = saved }
    var results: [Value] = []
    var pairs: [(Value, Value)] = []
    var weight = 0
    if comprehension.kind == .list, comprehension.clauses.count == 1,
      case .loop(.local(let slot, _, _), _) = comprehension.clauses[0],
      case .range(let start, let stop, let step) = first
    {
      // `[f(i) for i in range(n)]`: one loop storing each int into the variable's slot.
      results.reserveCapacity(Swift.min(Self.rangeCount(start, stop, step), 1 << 16))
      var value = start
      while step > 0 ? value < stop : value > stop {
        try tick()
        frame[slot] = .int(value)
        let item = try comprehension.compiledElement(&self)
        weight += item.weight
        if weight > maxElementCount {
          throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
        }
        results.append(item)
        let (next, overflowed) = value.addingReportingOverflow(step)
        if overflowed { break }
        value = next
      }
      return try .makeList(results)
    }
    try runClauses(comprehension, from: 0, firstValue: first) { (interpreter) throws(PythonError) in
      if let key = comprehension.key {
        pairs.append((try interpreter.evaluate(key), try interpreter.evaluate(comprehension.element)))
      } else {
        let item = try comprehension.compiledElement(&interpreter)
        weight += item.weight
        if weight > maxElementCount {
          throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
        }
        results.append(item)
      }
    }
    switch comprehension.kind {
    case .list: return try .makeList(results)
    case .dict: return try .makeDict(pairs)
    case .generator: return .iterator(IteratorBox(kind: "generator", items: results))
    case .set:
      let set = SetBox()
      for item in results { try set.insert(item) }
      return .set(set)
    }
  }

  private mutating func runClauses(
    _ comprehension: Comprehension, from index: Int, firstValue: Value?,
    _ body: (inout Interpreter) throws(PythonError) -> Void
  ) throws(PythonError) {
    guard index < comprehension.clauses.count else {
      try body(&self)
      return
    }
    switch comprehension.clauses[index] {
    case .condition(let condition):
      if try truth(try evaluate(condition)) {
        try runClauses(comprehension, from: index + 1, firstValue: nil, body)
      }
    case .loop(let target, let iterable):
      let source: Value
      if let firstValue { source = firstValue } else { source = try evaluateIterable(iterable) }
      if case .range(let start, let stop, let step) = source {
        var value = start
        while step > 0 ? value < stop : value > stop {
          try tick()
          try assign(target, .int(value))
          try runClauses(comprehension, from: index + 1, firstValue: nil, body)
          let (next, overflowed) = value.addingReportingOverflow(step)
          if overflowed { break }
          value = next
        }
        return
      }
      switch source {
      case .iterator, .object, .dict, .dictView, .set:
        // Asked one item at a time, so a generator's side effects and an object's `__next__` interleave with the
        // comprehension's own work (`[c.i for _ in c]` reads each new `c.i`, as CPython does).
        let box = try makeIterator(source)
        while let item = try box.next(&self) {
          try tick()
          try assign(target, item)
          try runClauses(comprehension, from: index + 1, firstValue: nil, body)
        }
      default:
        for item in try iterate(source) {
          try tick()
          try assign(target, item)
          try runClauses(comprehension, from: index + 1, firstValue: nil, body)
        }
      }
    }
  }
}

/// A generator expression, `(element for … in … if …)`: its clauses walked one item at a time, in its own frame.
final class GeneratorExpressionSource: IteratorSource, @unchecked Sendable {
  let comprehension: Comprehension
  let frame: Scope
  /// The code, origin, function and module the expression was made in, for its errors and its names.
  let code: [UInt8]
  let origin: CodeOrigin
  let closure: Closure?
  let module: String?
  /// Each loop clause's iterator while that loop runs.
  var iterators: [IteratorBox?]
  /// The clause to resume at: the innermost loop after an item, -1 once finished.
  var resumeAt = 0
  var running = false
  /// True once a refusal stopped it (see `GeneratorSource`).
  var stoppedByRefusal = false

  init(_ comprehension: Comprehension, frame: Scope, first: IteratorBox, interpreter: Interpreter) {
    self.comprehension = comprehension
    self.frame = frame
    code = interpreter.code
    origin = interpreter.origin
    closure = interpreter.currentClosure
    module = interpreter.runningModule
    iterators = [IteratorBox?](repeating: nil, count: comprehension.clauses.count)
    iterators[0] = first
  }

  func close() throws(PythonError) {
    guard !running else { throw PythonError.value("generator already executing") }
    resumeAt = -1
    iterators = []
  }

  /// The innermost loop clause before `index`, nil when there is none (the expression is then exhausted).
  private func loop(before index: Int) -> Int? {
    var position = index - 1
    while position >= 0 {
      if case .loop = comprehension.clauses[position] { return position }
      position -= 1
    }
    return nil
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    if stoppedByRefusal { throw GeneratorSource.refusedEarlier }
    guard resumeAt >= 0 else { return nil }
    guard !running else { throw PythonError.value("generator already executing") }
    running = true
    let saved = (
      interpreter.scope, interpreter.code, interpreter.origin, interpreter.currentClosure,
      interpreter.runningModule
    )
    (interpreter.scope, interpreter.code, interpreter.origin) = (frame, code, origin)
    (interpreter.currentClosure, interpreter.runningModule) = (closure, module)
    defer {
      running = false
      (
        interpreter.scope, interpreter.code, interpreter.origin, interpreter.currentClosure,
        interpreter.runningModule
      ) = saved
    }
    do throws(PythonError) {
      return try step(&interpreter)
    } catch {
      resumeAt = -1
      iterators = []
      if error.isLimit { stoppedByRefusal = true }
      throw error
    }
  }

  /// Walks the clauses from `resumeAt` to the next item.
  private func step(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    let clauses = comprehension.clauses
    var index = resumeAt
    var entering = false
    while true {
      if index == clauses.count {
        resumeAt = loop(before: index) ?? -1
        return try comprehension.compiledElement(&interpreter)
      }
      let matched: Bool
      switch clauses[index] {
      case .loop(let target, let iterable):
        if entering { iterators[index] = try interpreter.makeIterator(try interpreter.evaluateIterable(iterable)) }
        if let box = iterators[index], let item = try box.next(&interpreter) {
          try interpreter.tick()
          try interpreter.assign(target, item)
          matched = true
        } else {
          iterators[index] = nil
          matched = false
        }
      case .condition(let condition):
        matched = try interpreter.truth(try interpreter.evaluate(condition))
      }
      if matched {
        index += 1
        entering = true
      } else {
        // An exhausted loop or a false condition: back to the loop that encloses it.
        guard let back = loop(before: index) else {
          resumeAt = -1
          iterators = []
          return nil
        }
        index = back
        entering = false
      }
    }
  }

  var heldValues: [Value] {
    guard resumeAt >= 0 else { return [] }
    return iterators.compactMap { $0.map(Value.iterator) } + (0..<frame.count).compactMap { frame[$0] }
  }
}
