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

/// Functions that carry a decomposition's rounding noise past what printing measures: `np.log10(s)` of singular
/// values holding noise prints the noise's logarithm, an ordinary-looking number; `np.unique(w)` and
/// `np.percentile(w, 50)` return its entries without the history that tells printing where they came from; `np.floor`
/// and `astype(int)` decide at integers. Found by `Fuzz/dtype_sweep.py --variants noise` (session 51).
extension Tensor {
  /// True once this process has computed a result whose last digits are not NumPy's (a decomposition): until then
  /// no value can hold one, and the checks below ask nothing more.
  public static var approximateResultsMayExist: Bool { approximateResultsExist.load(ordering: .relaxed) }

  /// Why `what` of this value cannot be promised to give NumPy's answer, or nil: an entry computed from a
  /// decomposition lies at rounding-noise level (as `approximateDigitsRefusal` measures printed entries, a zero
  /// counting as exact), or, where `what` decides at integers (`np.floor`, `astype(int)`), within rounding noise of
  /// an integer it is not equal to. The numeric tests come first: the search for a decomposition walks the history.
  public func noisyOperandRefusal(_ what: String, decidesAtIntegers: Bool = false) -> TensorError? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil, let values = measuredEntries else {
      return nil
    }
    let largest = values.reduce(0) { Swift.max($0, Swift.abs($1)) }
    guard largest.isFinite else { return nil }
    // A scalar has nothing beside it to be small against: measured absolutely here, against its matrix below.
    let isTiny = { (value: Double) in value != 0 && (Swift.abs(value) <= largest * 1e-8 || Swift.abs(value) < 1e-6) }
    let isNearInteger = { (value: Double, level: Double) in
      decidesAtIntegers && value != value.rounded() && Swift.abs(value - value.rounded()) <= level
    }
    // A value scaled from a decomposition's result (`w[2] * 1e16`) carries the result's noise scaled with it: an
    // integer decision within that noise, or any once it reaches the units digit, is LAPACK's rounding's.
    if decidesAtIntegers, let noise = scaledDecompositionNoise(), noise > 0, let name = decompositionName,
      let value = values.first(where: { noise >= 0.5 || isNearInteger($0, noise) })
    {
      return TensorError(
        "NotImplementedError",
        "\(what) of this value, computed from \(name)'s result and scaled until its rounding noise is about "
          + "\(noise), is decided by that noise at \(value), which LAPACK's rounding decides, which docbuild does not "
          + "reproduce; compare it with np.isclose", isLimit: true)
    }
    guard values.contains(where: { isTiny($0) || isNearInteger($0, Swift.max(largest, 1) * 1e-11) }),
      let origin = decompositionOrigin()
    else { return nil }
    let scale = Swift.max(largest, origin.inputScale, cancellationScale())
    if let value = values.first(where: { $0 != 0 && Swift.abs($0) <= scale * origin.noiseFraction }) {
      return TensorError(
        "NotImplementedError",
        "\(what) of this value, computed from \(origin.name)'s result, depends on an entry at rounding-noise level "
          + "(\(value)), whose digits are LAPACK's rounding, which docbuild does not reproduce; compare it with "
          + "np.isclose", isLimit: true)
    }
    if let value = values.first(where: { isNearInteger($0, Swift.max(scale, 1) * 1e-11) }) {
      return TensorError(
        "NotImplementedError",
        "\(what) of this value, computed from \(origin.name)'s result, is decided by an entry at rounding-noise "
          + "distance from the integer \(value.rounded()) (\(value)), which side of it LAPACK's rounding puts it, "
          + "which docbuild does not reproduce; compare it with np.isclose", isLimit: true)
    }
    return nil
  }
}

extension Tensor {
  /// Why `what`, a call that returns this value's entries or numbers made from them without the history that tells
  /// printing where they came from (`np.random.choice(w)`, `rng.permutation(w)`, `rng.uniform(w, w)`), cannot be
  /// promised to print NumPy's text, or nil: the value was computed from a decomposition, whose last digits (and
  /// whose noise entries' every digit) are LAPACK's. Found by `Fuzz/dtype_sweep.py --variants noise` over the random
  /// modules (session 52): six such statements printed docbuild's digits.
  public func untrackedEntriesRefusal(_ what: String) -> TensorError? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil, dtype.isInexact,
      let origin = decompositionOrigin()
    else { return nil }
    return TensorError(
      "NotImplementedError",
      "\(what) of this value, computed from \(origin.name)'s result, returns its entries (or numbers made from them) "
        + "without the history that tells docbuild their last digits are LAPACK's rounding, which docbuild does not "
        + "reproduce; draw from np.round(x, 8) instead", isLimit: true)
  }
}

extension Tensor {
  /// The magnitude at or below which an entry of this value is rounding noise, as `approximateDigitsRefusal`
  /// measures printed entries, or nil when the value was not computed from a decomposition: a Python float taken out
  /// of it (`float(w[2])`) shows the noise's digits even rounded (`round(x, 20)`, `f"{x:.3e}"`).
  public func decompositionNoiseLevel() -> Double? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil, let origin = decompositionOrigin() else {
      return nil
    }
    let largest = doubles.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let scale = Swift.max(largest.isFinite ? largest : 0, origin.inputScale, cancellationScale())
    return scale * origin.noiseFraction
  }
}

/// Which order an order decision among an array's entries settles.
public enum OrderDecision: Sendable {
  /// The smallest entry (`np.argmin` of a whole array): it against the next.
  case smallest
  /// The largest entry (`np.argmax` of a whole array): it against the one before.
  case largest
  /// Every entry's place (`np.argsort`, or an extreme per row along an axis): every pair of neighbours.
  case everyNeighbour
}

extension Tensor {
  /// Why `what`, an order decision among this value's entries (`np.argmin`, `np.argsort`), cannot be promised to give
  /// NumPy's answer, or nil: two entries computed from a decomposition lie at rounding-noise distance from each other
  /// (equal ones count as exact, as a comparison's threshold does), so LAPACK's rounding decides which comes first.
  /// An entry at noise level among others far from it decides nothing: `np.argmin(abs(w - 1))` finds the eigenvalue
  /// 1 of a Markov matrix whatever the noise.
  public func noisyOrderRefusal(_ what: String, deciding decision: OrderDecision = .everyNeighbour) -> TensorError? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil, dtype == .float64,
      case .float64(let values) = storage, values.count > 1
    else { return nil }
    // `np.argmin` and `np.argmax` answer a NaN's index, whatever the other entries.
    if decision != .everyNeighbour, values.contains(where: \.isNaN) { return nil }
    let sorted = values.filter { !$0.isNaN }.sorted()
    let largest = sorted.reduce(0) { Swift.max($0, Swift.abs($1)) }
    guard largest.isFinite, sorted.count > 1 else { return nil }
    let pairs: [(Double, Double)] =
      switch decision {
      case .smallest: [(sorted[0], sorted[1])]
      case .largest: [(sorted[sorted.count - 2], sorted[sorted.count - 1])]
      case .everyNeighbour: Array(zip(sorted, sorted.dropFirst()))
      }
    let closest = { (level: Double) in pairs.first { $0 != $1 && $1 - $0 <= level } }
    guard closest(Swift.max(largest, 1e-300) * 1e-8) != nil, let origin = decompositionOrigin() else { return nil }
    let scale = Swift.max(largest, origin.inputScale, cancellationScale())
    guard let (first, second) = closest(scale * 1e-11) else { return nil }
    return TensorError(
      "NotImplementedError",
      "\(what) of this value, computed from \(origin.name)'s result, is decided between two entries at "
        + "rounding-noise distance from each other (\(first) and \(second)), whose order LAPACK's rounding decides, "
        + "which docbuild does not reproduce; compare them with np.isclose", isLimit: true)
  }
}
