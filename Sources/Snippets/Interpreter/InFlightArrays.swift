extension Interpreter {
  /// Refuses a call, operator or display whose later operand wrote into memory an earlier operand's array shares:
  /// `print(a[0], a.fill(3))` shows `[3 3]` in NumPy, as the row is a view, but the values evaluated before the
  /// write are held nowhere the write's walk reaches (`transformEverywhere` updates names, containers and frames).
  /// Numbers, NumPy scalars (copies) and arrays of other memory are safe; an earlier array whose memory was written
  /// since, or a list, tuple, dict or object holding one, is refused rather than printed stale (a container a name
  /// holds was updated by the walk, but is refused too: its items carry the same stamp).
  mutating func refuseStaleArrays<Values: Sequence<Value>>(
    since writes: Int, _ earlier: Values, at expression: Expression?
  ) throws(PythonError) {
    guard earlier.contains(where: { Self.holdsArrayWritten(since: writes, in: $0, depth: 0) }) else { return }
    let writer = expression.map { "`\(text(of: $0.range))`" } ?? "an operand"
    var error = PythonError(
      "NotImplementedError",
      "\(writer) writes into an array while an earlier operand of the same call, operator or display holds an "
        + "array, which NumPy may show changed through shared memory; make the write a statement of its own first")
    error.isLimit = true
    throw error
  }
}

extension Interpreter {
  /// `refuseStaleArrays` when an array was written since `walks` was read (the operand just evaluated wrote one).
  @inline(__always)
  mutating func checkHeldArrays(
    since walks: Int, _ earlier: @autoclosure () -> [Value], at expression: Expression?
  ) throws(PythonError) {
    guard walks != arrayWrites else { return }
    try refuseStaleArrays(since: walks, earlier(), at: expression)
  }
}

extension Interpreter {
  /// The values a call holds before its next argument runs: the arguments evaluated so far, and a bound method's
  /// receiver (`a.dot(g(a))` read `a` before `g` wrote into it).
  static func heldBeside(_ function: Value, _ arguments: ArraySlice<Value>) -> [Value] {
    if case .method(let receiver, _) = function { return [receiver] + arguments }
    return Array(arguments)
  }
}

extension Interpreter {
  /// Whether `value` is, or holds within a few levels of lists, tuples, dicts and objects, an array whose memory was
  /// written after the write numbered `writes` (its lineage's stamp is newer).
  static func holdsArrayWritten(since writes: Int, in value: Value, depth: Int) -> Bool {
    guard depth < 4 else { return false }
    switch value {
    case .tensor(let tensor):
      guard !tensor.isScalar, let lineage = tensor.madeLineage else { return false }
      return lineage.writeStamp.load(ordering: .relaxed) > writes
    case .list(let items), .tuple(let items):
      if items.holdsNoArrays { return false }
      return items.items.contains { holdsArrayWritten(since: writes, in: $0, depth: depth + 1) }
    case .dict(let dict):
      return dict.values.contains { holdsArrayWritten(since: writes, in: $0, depth: depth + 1) }
    case .object(let object):
      if let array = object.array, holdsArrayWritten(since: writes, in: .tensor(array), depth: depth + 1) {
        return true
      }
      return object.attributes.values.contains { holdsArrayWritten(since: writes, in: $0, depth: depth + 1) }
    default: return false
    }
  }
}
