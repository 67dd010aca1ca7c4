/// `np.fmax` and `np.fmin`, recorded as one primitive so that their gradient is autograd's (maximum's rule: `g` to
/// the operand equal to the result, half of it to each at a tie, `g * 0` to the other) rather than a selection's.
extension Tensor {
  /// `np.fmax(a, b)` (`isMax`) or `np.fmin(a, b)`, recorded when the result is float64.
  public static func nanSkippingExtreme(_ a: Tensor, _ b: Tensor, isMax: Bool) throws -> Tensor {
    let value = try nanSkippingExtremeValues(a, b, isMax: isMax)
    let isPlain = { (t: Tensor) in !t.dtype.isComplex && !t.dtype.isNarrow }
    guard value.dtype == .float64, isPlain(a), isPlain(b) else { return value }
    return try record(.nanSkippingExtreme(isMax: isMax), NodeInputs(a, b))
  }

  /// NumPy's loop, `(x >= y || isnan(y)) ? x : y` (with `<=` for fmin), as a selection between the operands.
  static func nanSkippingExtremeValues(_ a: Tensor, _ b: Tensor, isMax: Bool) throws -> Tensor {
    // A Python int the other operand's integer dtype cannot hold is NumPy's OverflowError (NEP 50), not a wrapped
    // value picked by the selection.
    _ = try NarrowEvaluation.weakType(a, against: b)
    _ = try NarrowEvaluation.weakType(b, against: a)
    let wins = isMax ? try a.greaterEqual(b) : try a.lessEqual(b)
    let pick = try logical("logical_or", wins, b.nanMask)
    return try Tensor.where(pick, a, b)
  }
}
