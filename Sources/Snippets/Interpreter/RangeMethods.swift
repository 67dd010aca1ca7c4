/// `range.index`, `range.count` and `in` of a range, after CPython 3.11's `rangeobject.c`: an int (or bool) is found
/// by arithmetic; anything else (`10.0`, a NumPy scalar, an object with `__eq__`) by comparing it with each item in
/// turn, as `_PySequence_IterSearch` does, which docbuild does for ranges of at most a million items.
extension Interpreter {
  /// The most items a range is searched item by item for a value that is not an int.
  static let rangeSearchLimit = 1_000_000

  /// The position of `value` in `range(start, stop, step)`, or nil when no item equals it.
  mutating func rangePosition(of value: Value, _ start: Int, _ stop: Int, _ step: Int) throws(PythonError) -> Int? {
    if let number = value.bigInteger {
      guard let value = number.asInt else { return nil }
      guard step > 0 ? (value >= start && value < stop) : (value <= start && value > stop) else { return nil }
      let (offset, overflowed) = value.subtractingReportingOverflow(start)
      guard !overflowed, offset % step == 0 else { return nil }
      return offset / step
    }
    let count = Self.rangeCount(start, stop, step)
    guard count <= Self.rangeSearchLimit else {
      throw PythonError.limit(
        "searching a range of more than \(Self.rangeSearchLimit) items for a \(value.typeName) is not supported in "
          + "snippets (Python compares it with each item): search for an int")
    }
    for position in 0..<count where try searchEquals(.int(start + position * step), value) { return position }
    return nil
  }

  /// `r.index(x)` and `r.count(x)`.
  mutating func rangeMethod(_ name: String, _ start: Int, _ stop: Int, _ step: Int, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    guard call.keywords.isEmpty else { throw PythonError.type("range.\(name)() takes no keyword arguments") }
    guard call.positional.count == 1 else {
      throw PythonError.type("range.\(name)() takes exactly one argument (\(call.positional.count) given)")
    }
    let value = call.positional[0]
    if name == "count" {
      if value.bigInteger != nil { return .int(try rangePosition(of: value, start, stop, step) == nil ? 0 : 1) }
      // Every item that equals it counts (an object whose `__eq__` answers True for several).
      let count = Self.rangeCount(start, stop, step)
      guard count <= Self.rangeSearchLimit else { _ = try rangePosition(of: value, start, stop, step); return .none }
      var found = 0
      for position in 0..<count where try searchEquals(.int(start + position * step), value) { found += 1 }
      return .int(found)
    }
    guard let position = try rangePosition(of: value, start, stop, step) else {
      if value.bigInteger != nil { throw PythonError.value("\(try text(value, repr: true)) is not in range") }
      throw PythonError.value("sequence.index(x): x not in sequence")
    }
    return .int(position)
  }
}
