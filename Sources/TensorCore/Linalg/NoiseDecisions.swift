/// Comparisons and signs decided by rounding noise: `V.sum(axis=0) > 0` of eigenvectors that sum to zero, or
/// `np.sign` of such sums, shows which side of zero LAPACK's noise fell on, which docbuild's noise need not share.
/// Refused where an entry computed from a decomposition lies within its noise of the number it is compared with.
extension Tensor {
  /// Why `what` (a comparison, `np.sign`) of this value with the number `threshold` cannot be promised to give
  /// NumPy's answer, or nil: an entry computed from a decomposition lies at rounding-noise distance from it, or the
  /// value is noise scaled up by a quotient (`amplifiedNoiseRefusal`). Measured as `approximateDigitsRefusal`
  /// measures printed entries; a zero entry counts as exact, as there, and so does one equal to the threshold
  /// (`np.linalg.norm(np.diag([3., 4.]), 2) == 4`), as main answered such comparisons before this check existed.
  public func noiseDecisionRefusal(against threshold: Double, _ what: String) -> TensorError? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil, dtype == .float64,
      case .float64(let values) = storage, !values.isEmpty, threshold.isFinite
    else { return nil }
    let scale = values.reduce(cancellationScale()) { Swift.max($0, Swift.abs($1)) }
    guard scale.isFinite else { return nil }
    // The numeric test first: the search for a decomposition walks up to `provenanceBudget` nodes.
    let near = { (level: Double) in
      values.first { $0 != 0 && $0 != threshold && Swift.abs($0 - threshold) <= level }
    }
    if near(1e-8 * Swift.max(scale, Swift.abs(threshold))) != nil, let origin = decompositionOrigin() {
      // Docbuild's entries and LAPACK's differ by a few units in the last place of the largest magnitude involved
      // (their printed digits by more, `approximateDigitsRefusal`): 1e-11 of it is far beyond either.
      let largest = Swift.max(scale, origin.inputScale, Swift.abs(threshold))
      if let value = near(largest * 1e-11) {
        return TensorError(
          "NotImplementedError",
          "\(what) of this array, computed from \(origin.name)'s result, is decided by an entry at rounding-noise "
            + "distance from \(threshold) (\(value)), which side of it LAPACK's rounding puts it, which docbuild "
            + "does not reproduce; compare it with np.isclose", isLimit: true)
      }
    }
    if let refusal = amplifiedNoiseRefusal() {
      return TensorError("NotImplementedError", "\(what) of this array: " + refusal.message, isLimit: true)
    }
    return nil
  }

  /// `noiseDecisionRefusal` for a comparison of two values: either one against the other when that is one number.
  public static func comparisonNoiseRefusal(_ a: Tensor, _ b: Tensor, _ what: String) -> TensorError? {
    guard approximateResultsExist.load(ordering: .relaxed), a.node != nil || b.node != nil else { return nil }
    if b.size == 1, !b.dtype.isComplex, let threshold = b.doubles.first,
      let refusal = a.noiseDecisionRefusal(against: threshold, what)
    {
      return refusal
    }
    if a.size == 1, !a.dtype.isComplex, let threshold = a.doubles.first {
      return b.noiseDecisionRefusal(against: threshold, what)
    }
    return nil
  }
}
