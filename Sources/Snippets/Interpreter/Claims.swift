import TensorCore

/// The outcome of an `assert`: whether it held, and for a failed comparison both sides and their largest difference.
struct ClaimOutcome: Sendable {
  /// True when the condition was true.
  var held: Bool
  /// The failure message (Python's `AssertionError` line).
  var message: String
  /// Notes for a failed claim: both sides in NumPy's text and the largest absolute difference.
  var notes: [String]
  /// The assert's own code, when it ran inside a loop or function (the statement's code otherwise).
  var code: String?
}

extension Interpreter {
  /// Runs `assert condition[, message]`; a false claim is an outcome, not an exception, so it can be reported richly.
  mutating func check(_ condition: Expression, message: Expression?) throws(PythonError) -> ClaimOutcome {
    let value = try evaluate(condition)
    if try value.truthValue() { return ClaimOutcome(held: true, message: "", notes: []) }
    var line = "AssertionError"
    if let message {
      let text = try evaluate(message)
      var remaining = Interpreter.printLimit
      try checkPrintable(text, repr: false, remaining: &remaining)
      line += ": " + text.str
    }
    return ClaimOutcome(held: false, message: line, notes: try sides(of: condition))
  }

  /// For `np.allclose(a, b)`, `np.array_equal(a, b)` and `a == b`: both sides and their largest difference.
  private mutating func sides(of condition: Expression) throws(PythonError) -> [String] {
    let pair: (Expression, Expression)
    switch condition.kind {
    case .call(let callee, let arguments) where arguments.count >= 2 && isComparisonFunction(callee):
      pair = (arguments[0].value, arguments[1].value)
    case .comparison(let left, let rest) where rest.count == 1 && rest[0].0 == .equal:
      pair = (left, rest[0].1)
    default:
      return []
    }
    // The sides are evaluated again for the notes; nothing they print or draw from the generator may count twice.
    let (savedRandom, savedObjects, savedPrinted, savedSpans) = (random, randomObjects, printed, printedSpans)
    defer { (random, randomObjects, printed, printedSpans) = (savedRandom, savedObjects, savedPrinted, savedSpans) }
    let left = try evaluate(pair.0)
    let right = try evaluate(pair.1)
    var notes = [side("left: ", pair.0, left), side("right:", pair.1, right)]
    if let a = try? left.toTensor(), let b = try? right.toTensor(),
      let difference = try? core({ try a.subtracting(b).abs().max() }).doubles.first
    {
      notes.append("largest absolute difference: \(pythonFloatRepr(difference))")
    }
    return notes
  }

  /// `left:  a * 2 = [2. 2.]`, or just the value when the code is the value (a literal); continuation lines of an
  /// array line up under its first line.
  private func side(_ label: String, _ expression: Expression, _ value: Value) -> String {
    let code = text(of: expression.range)
    let shown = shownInNote(value)
    let prefix = code == shown ? "\(label) " : "\(label) \(code) = "
    let padding = String(repeating: " ", count: prefix.count)
    return prefix + shown.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + padding)
  }

  /// A value's str for a note, or a short description when it is too long for one (a note is read on a terminal).
  private func shownInNote(_ value: Value) -> String {
    var remaining = 1 << 16
    do throws(PythonError) {
      try checkPrintable(value, repr: false, remaining: &remaining)
      return value.str
    } catch {
      if case .tensor(let tensor) = value {
        return "<array of shape \(pythonShapeRepr(tensor.shape)), too long to show here>"
      }
      return "<\(value.typeName) too long to show here>"
    }
  }

  private func isComparisonFunction(_ callee: Expression) -> Bool {
    let name: String
    switch callee.kind {
    case .name(let plain), .local(_, let plain), .global(_, let plain): name = plain
    case .attribute(_, let member): name = member
    default: return false
    }
    return name == "allclose" || name == "array_equal"
  }
}
