extension Interpreter {
  /// Refuses a call or display whose later argument wrote into memory an earlier argument's array may share:
  /// `print(a[0], a.fill(3))` shows `[3 3]` in NumPy, as the row is a view, but the values evaluated before the
  /// write are held nowhere the write's walk reaches (`transformEverywhere` updates names, containers and frames).
  /// Numbers, NumPy scalars (copies) and containers (changed in place by the walk) are safe; an earlier array is
  /// refused rather than printed stale.
  mutating func refuseStaleArrays<Values: Sequence<Value>>(
    since writes: Int, _ earlier: Values, at expression: Expression?
  ) throws(PythonError) {
    // An earlier array is out of date when its memory was written since (its lineage's stamp is newer): a write
    // into another array (a fresh one a NumPy function fills) leaves it as it is.
    let holdsStaleArray = earlier.contains { value in
      guard case .tensor(let tensor) = value, !tensor.isScalar, let lineage = tensor.madeLineage else { return false }
      return lineage.writeStamp.load(ordering: .relaxed) > writes
    }
    guard holdsStaleArray else { return }
    let writer = expression.map { "`\(text(of: $0.range))`" } ?? "an argument"
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
