/// List, dict and generator comprehensions, each with its own scope for its loop variables, as in Python 3.
extension Interpreter {
  mutating func evaluateComprehension(_ comprehension: Comprehension) throws(PythonError) -> Value {
    guard case .loop(_, let firstIterable) = comprehension.clauses.first else { return .none }
    // Python evaluates the first iterable in the enclosing scope, before the comprehension's own scope exists.
    let first = try evaluate(firstIterable)
    let frame = Scope.make(definition: comprehension.scope, parent: scope)
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
          throw PythonError("MemoryError", "a value may hold at most \(maxElementCount) elements")
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
          throw PythonError("MemoryError", "a value may hold at most \(maxElementCount) elements")
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
      if let firstValue { source = firstValue } else { source = try evaluate(iterable) }
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
      for item in try iterate(source) {
        try tick()
        try assign(target, item)
        try runClauses(comprehension, from: index + 1, firstValue: nil, body)
      }
    }
  }
}
