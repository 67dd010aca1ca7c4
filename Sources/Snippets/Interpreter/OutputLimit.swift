import TensorCore

extension Interpreter {
  /// The most output one statement may print: far more than any page shows, and it bounds the time and memory a
  /// statement spends on text (NumPy prints `np.ones((2,)*24)` in full: 16,777,216 elements, some 290 MB). The
  /// manual lists it with the other budgets (docs/05-limits.md, "Limits per statement").
  static let printLimit = 1 << 20

  /// Checks that `value`'s text (repr, or str for the top level of a `print`) fits in `remaining` bytes, and takes
  /// its length from it, at a cost bounded by `remaining` rather than by the value; past the limit, or for a tensor
  /// Python could not print, an error Python would not raise (so never an expected output).
  func checkPrintable(_ value: Value, repr: Bool, remaining: inout Int) throws(PythonError) {
    switch value {
    case .float, .complex:
      try ApproximateFloats.refuse(in: value)
      remaining -= value.repr.utf8.count
    case .tensor(let tensor):
      if let refusal = tensor.shownDigitsRefusal() { throw PythonError(refusal) }
      if tensor.failsFloatFormatting(repr: repr) { throw PythonError.value("precision must be >= 0") }
      do {
        remaining -= try tensor.numpyText(repr: repr, limit: Swift.max(remaining, 0)).utf8.count
      } catch let error as TensorError where error.pythonType == "SystemError" {
        throw PythonError(error)
      } catch {
        // Past what is left of the statement's output: the one message below, whichever value went over.
        remaining = -1
      }
    case .list(let items), .tuple(let items):
      // Each item takes at least one character and a separator: refuse before walking a list too long to print.
      remaining -= 2 * items.count + 2
      if remaining >= 0 {
        for item in items {
          try checkPrintable(item, repr: true, remaining: &remaining)
          if remaining < 0 { break }
        }
      }
    case .dict(let dict):
      remaining -= 4 * dict.count + 2
      if remaining >= 0 {
        for (key, item) in zip(dict.keys, dict.values) {
          try checkPrintable(key, repr: true, remaining: &remaining)
          try checkPrintable(item, repr: true, remaining: &remaining)
          if remaining < 0 { break }
        }
      }
    case .rendered(let text):
      remaining -= text.utf8.count
    case .rawArray(let array):
      let values = try array.values()
      if values.failsFloatFormatting(repr: repr) { throw PythonError.value("precision must be >= 0") }
      do {
        remaining -= try values.numpyText(
          repr: repr, limit: Swift.max(remaining, 0), dtypeName: repr ? array.dtype.arrayReprName : nil
        ).utf8.count
      } catch {
        remaining = -1
      }
    case .textArray(let array):
      let text = repr ? array.reprText(limit: Swift.max(remaining, 0)) : array.strText(limit: Swift.max(remaining, 0))
      remaining -= text?.utf8.count ?? remaining + 1
    case .structArray(let array):
      let text =
        try repr ? array.reprText(limit: Swift.max(remaining, 0)) : array.strText(limit: Swift.max(remaining, 0))
      remaining -= text?.utf8.count ?? remaining + 1
    case .string(let text):
      remaining -= text.utf8.count + (repr ? 2 : 0)
    case .randomObject(let handle) where repr, .method(.randomObject(let handle), _):
      throw Self.randomReprError(handle)
    case .plot(let reference) where reference.repr == nil:
      throw Self.plotReprError(reference)
    default:
      remaining -= value.repr.utf8.count
    }
    if remaining < 0 {
      var error = PythonError(
        "ValueError",
        "this statement's output would take more than 1 MiB, over docbuild's limit per statement; print a part "
          + "of it (an index or a slice) or a summary such as its shape")
      error.isLimit = true
      throw error
    }
  }

  /// Charges a Python-level walk over lists, tuples or strings (comparing, searching, summing them) to the running
  /// statement: each costs its operands' weight, and a statement may compare a 16,777,216-item list only so often.
  static func chargeSequenceWork(_ values: Value...) throws(PythonError) {
    var weight = 0
    for value in values {
      switch value {
      case .list, .tuple, .string: weight += value.weight
      default: break
      }
    }
    guard weight > 1 else { return }
    try core { try ResourceMeter.chargeWork(weight) }
  }
}

extension Tensor {
  /// True when NumPy's text of this value (its repr, or its str) formats floats under a negative precision, which
  /// NumPy's `FloatingFormat` refuses: a float or complex array with elements, not a NumPy scalar (whose text reads no
  /// option) nor a 0-d array's str (its scalar's), nor 1.13's repr of one (its item's).
  func failsFloatFormatting(repr: Bool) -> Bool {
    let options = PrintOptions.active
    guard options.failsFloatFormatting(isComplex: dtype.isComplex), dtype.isFloat || dtype.isComplex, size > 0,
      !isScalar
    else { return false }
    if ndim == 0 { return repr && !options.isLegacy113 }
    return true
  }
}
