/// Python's `is` between numbers, strings, bytes and tuples, which snippets hold as values without an object identity.
/// The answer is decided where CPython 3.11 fixes it whatever made the two objects: values that differ are two objects;
/// the ints -5 to 256 and the empty tuple are one object each (CPython 3.11 makes every such int and every empty tuple
/// from its cache: `make_reach9_fixtures.py` checks the ways a snippet can produce them). Equal values elsewhere are
/// one object or two depending on how CPython made them, which is refused with the reason.
enum ValueIdentity {
  /// The ints CPython 3.11 keeps one object for (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`).
  static let cachedInts = -5...256

  /// True or false where CPython's answer does not depend on how the two values were made; nil where it does.
  /// `identical` decides the items of tuples (containers, arrays, objects by their identity).
  static func decided(
    _ left: Value, _ right: Value, identical: (Value, Value) throws(PythonError) -> Bool
  ) -> Bool? {
    guard left.typeName == right.typeName else { return false }
    switch (left, right) {
    case (.int(let a), .int(let b)): return a != b ? false : cachedInts.contains(a) ? true : nil
    case (.tuple(let a), .tuple(let b)):
      if a.isEmpty && b.isEmpty { return true }
      guard a.count == b.count else { return false }
      // Two tuples are one object only if each item is the same object as the other's; items that are the same
      // objects still leave the tuples one object or two.
      for (x, y) in zip(a, b) where (try? identical(x, y)) == false { return false }
      return nil
    case (.randomObject(let a), .randomObject(let b)):
      // A generator is one object in the interpreter's table (`default_rng(rng)` hands back `rng` itself).
      return a.index == b.index
    case (.int, _), (.bigInt, _), (.float, _), (.complex, _), (.string, _), (.bytes, _), (.tensor, _):
      // repr is a function of the value that tells different values apart (-0.0 from 0.0): a different text is a
      // different value, so a different object. The same text may still be two objects.
      return left.repr == right.repr ? nil : false
    default: return nil
    }
  }

  /// Why `is` between these equal values is refused: what decides CPython's answer.
  static func refusal(_ left: Value, _ right: Value) -> PythonError {
    let reason: String
    switch left {
    case .int, .bigInt:
      reason =
        "CPython 3.11 keeps one object only for the ints -5 to 256; a larger int is one object when a name was bound "
        + "to another's value (b = a) or when both are constants of one statement, and two when each was computed "
        + "or written in its own statement"
    case .float, .complex:
      reason =
        "CPython makes a new \(left.typeName) for each result and each statement's constants, so two equal values "
        + "are one object only when a name was bound to the other's value (b = a) or both are constants of one "
        + "statement"
    case .string, .bytes:
      reason =
        "CPython interns some \(left.typeName) constants (identifier-like ones, single characters) but not computed "
        + "values, so equal \(left.typeName) values are one object or two depending on how each was made"
    case .tuple:
      reason =
        "CPython folds a tuple of constants into one object per statement but builds a new tuple for each display "
        + "of computed items, so equal tuples are one object or two depending on how each was made"
    case .tensor:
      reason =
        "NumPy makes a new scalar for each result, so equal scalars are one object only when a name was bound to "
        + "the other's value (b = a)"
    default:
      reason = "CPython makes such values once or many times depending on how each was made"
    }
    let operands = left.typeName == right.typeName ? "two equal \(left.typeName) values" : "these values"
    return PythonError.limit(
      "'is' between \(operands) asks whether CPython made one object or two, which snippets do not track for "
        + "numbers, strings and tuples: \(reason); use '==' to compare values")
  }
}
