/// Python's `max` and `min`, with `key=` and `default=`.
extension Interpreter {
  /// `max(iterable)` or `max(a, b, …)` (and `min`), comparing with `>` (`<`) as Python does: the first of equal
  /// items wins.
  mutating func extreme(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    var fallback: Value?
    var key: Value?
    for (keyword, value) in call.keywords {
      switch keyword {
      case "key": key = value.isNone ? nil : value
      case "default": fallback = value
      default: throw PythonError.type("'\(keyword)' is an invalid keyword argument for \(name)()")
      }
    }
    guard !call.positional.isEmpty else {
      throw PythonError.type("\(name) expected at least 1 argument, got 0")
    }
    if call.positional.count > 1, fallback != nil {
      throw PythonError.type("Cannot specify a default for \(name)() with multiple positional arguments")
    }
    // A lazy iterator (a generator) is consumed one item at a time, each item's key called and compared before the
    // next is taken, as CPython's `min_max` does: what the generator and the key print interleave, and an error
    // leaves the rest unconsumed.
    var lazy: IteratorBox?
    var candidates: [Value] = []
    if call.positional.count > 1 {
      candidates = call.positional
    } else if case .set(let set) = call.positional[0], key == nil, !set.orderKnown, !set.holdsInstances {
      // Distinct elements without a key cannot tie, so the order they are compared in does not show.
      candidates = set.items
    } else if call.positional[0].isObject || call.positional[0].hasMetaclass {
      candidates = try items(call.positional[0])
    } else if case .iterator(let box) = call.positional[0], box.isLazy {
      lazy = box
    } else {
      candidates = try PythonReductions.items(of: call.positional[0], for: name)
    }
    var position = 0
    func nextCandidate(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
      if let lazy { return try lazy.next(&interpreter) }
      guard position < candidates.count else { return nil }
      position += 1
      return candidates[position - 1]
    }
    guard var best = try nextCandidate(&self) else {
      if let fallback { return fallback }
      throw PythonError.value("\(name)() arg is an empty sequence")
    }
    var bestKey = try key.map { (function) throws(PythonError) in try callValue(function, arguments([best])) } ?? best
    let op: ComparisonOperator = name == "max" ? .greater : .less
    while let item = try nextCandidate(&self) {
      let itemKey = try key.map { (function) throws(PythonError) in try callValue(function, arguments([item])) } ?? item
      // Objects compare through their special methods (`__gt__` for max, `__lt__` for min), as CPython's do.
      let better: Bool
      if itemKey.isObject || bestKey.isObject {
        better = try truth(try objectCompare(op, itemKey, bestKey))
      } else if let ordered = try containerOrder(op, itemKey, bestKey) {
        better = try truth(ordered)
      } else {
        better = try Operators.compare(op, itemKey, bestKey).truthValue()
      }
      if better {
        best = item
        bestKey = itemKey
      }
    }
    return best
  }
}
