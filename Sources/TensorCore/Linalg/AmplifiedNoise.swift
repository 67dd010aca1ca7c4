/// Rounding noise that a product or quotient scales up: `v / v.sum()` where the eigenvector `v` sums to LAPACK's
/// noise (an eigenvector of a stochastic matrix's transpose other than the stationary one sums to zero). Every digit
/// of such a quotient is the noise's, however large it prints, so measuring its entries against its largest
/// (`approximateDigitsRefusal`) cannot see it.
extension Tensor {
  /// How many steps back `amplifiedNoiseRefusal` looks through products, quotients and gathers.
  static let amplifiedNoiseSteps = 8

  /// Why this value cannot be printed as NumPy's because a sum or difference of values computed from a decomposition
  /// sits at rounding-noise level and reaches it through steps that keep its relative error (products, quotients,
  /// negation, absolute values, reshapes, transposes and gathers), or nil. A few steps only, each numeric test made
  /// before the search for the decomposition: `np.round` asks it of every array it rounds.
  func amplifiedNoiseRefusal() -> TensorError? {
    // A sum at noise level that is the value itself, or reaches it unscaled (`np.abs(v.sum())`), is measured by
    // `approximateDigitsRefusal` (`cancellationScale`); here only one a product or quotient scaled.
    guard let start = node, Self.approximateResultsExist.load(ordering: .relaxed) else { return nil }
    var pending = [(start, false)]
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(start)]
    var visits = 0
    while let (current, scaledBelow) = pending.popLast(), visits < Self.amplifiedNoiseSteps {
      visits += 1
      let (operation, held) = current.recipeParts
      guard let operation, Self.keepsRelativeError(operation) else { continue }
      let scales: Bool
      switch operation {
      case .binary(.multiply), .binary(.divide): scales = true
      default: scales = scaledBelow
      }
      for input in held.array {
        if scales, let refusal = Self.cancellationNoiseRefusal(input) { return refusal }
        if let next = input.node, seen.insert(ObjectIdentifier(next)).inserted { pending.append((next, scales)) }
      }
    }
    return nil
  }

  /// The rounding noise this value's entries carry, in absolute terms, when it is a decomposition's result (or an
  /// entry of it) scaled by products and quotients with values not computed from one, shifted by such values, negated
  /// or reshaped, a few steps back: `w[2] * 1e16` carries 10^16 times the noise of the eigenvalues `w`, whichever of
  /// them it took. That noise is measured as the near-integer and order checks measure it, 10^-11 of the larger of
  /// the decomposition result's largest entry and its matrix's, or as `conditionedError` where that is larger. Nil
  /// when no such path leads to a decomposition.
  public func scaledDecompositionNoise() -> Double? {
    guard let source = scaledDecompositionSource() else { return nil }
    // An ill-conditioned matrix's `solve` errs by more than rounding (`conditionedError`).
    let rounding = Swift.max(source.largest, source.origin.inputScale) * 1e-11
    return source.factor * Swift.max(rounding, Self.conditionedError(source.origin, largest: source.largest))
  }

  /// How far this scalar or array, scaled from the result of `inv`, `solve`, `det` or `slogdet` of an ill-conditioned
  /// matrix as `scaledDecompositionNoise` follows it, may lie from NumPy's: the result's `conditionedError` times
  /// the scale (`x[0]` of `x = solve(a, b)` errs as much as x's largest entry does); nil for any other value.
  public func scaledConditionedError() -> (error: Double, origin: String)? {
    guard let source = scaledDecompositionSource(), source.origin.conditionedError > 0 else { return nil }
    return (source.factor * Self.conditionedError(source.origin, largest: source.largest), source.origin.name)
  }

  /// The decomposition result this value was scaled, shifted, negated, reshaped or gathered from, a few steps back,
  /// with that result's largest entry and the factor the steps scaled it by (`scaledDecompositionNoise`).
  private func scaledDecompositionSource() -> (factor: Double, largest: Double, origin: DecompositionOrigin)? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil else { return nil }
    var current = self
    var factor = 1.0
    for _ in 0..<Self.amplifiedNoiseSteps {
      guard let node = current.node else { return nil }
      if let origin = Self.ownDecomposition(of: node) {
        let largest = current.doubles.reduce(0) { Swift.max($0, Swift.abs($1)) }
        guard largest.isFinite else { return nil }
        return (factor, largest, origin)
      }
      let (operation, held) = node.recipeParts
      guard let operation else { return nil }
      let inputs = held.array
      switch operation {
      case .binary(.multiply), .binary(.divide), .binary(.add), .binary(.subtract):
        guard inputs.count == 2 else { return nil }
        let derived = inputs.map { $0.decompositionOrigin() != nil }
        guard derived[0] != derived[1] else { return nil }
        let carrier = derived[0] ? 0 : 1
        let magnitudes = inputs[1 - carrier].doubles.map { Swift.abs($0) }
        switch operation {
        case .binary(.multiply): factor *= magnitudes.max() ?? 1
        case .binary(.divide):
          // Only a quotient of the noisy value by another: its smallest divisor scales the noise most.
          guard carrier == 0, let smallest = magnitudes.min(), smallest > 0 else { return nil }
          factor /= smallest
        default: break
        }
        guard factor.isFinite else { return nil }
        current = inputs[carrier]
      case .unary(.negate), .unary(.abs), .unary(.fabs), .reshape, .transpose, .broadcastTo, .identity, .index, .take:
        guard let first = inputs.first else { return nil }
        current = first
      default: return nil
      }
    }
    return nil
  }

  /// Why `what`, a function whose result shows its operand's absolute error (`np.sin`, `np.cos`), cannot be promised
  /// to print NumPy's digits of this value, or nil: the operand is a decomposition's result scaled so far that its
  /// rounding noise (`scaledDecompositionNoise`, measured at 10^-11 of its size, where docbuild's and LAPACK's
  /// results differ by about 10^-15) exceeds 10^-7: the differences then near the eighth digit a sine prints
  /// (`np.sin(w * 1e16)` printed docbuild's noise as ordinary numbers; `np.cos(w * 10)` of eigenvalues runs).
  public func scaledNoiseRefusal(_ what: String) -> TensorError? {
    guard let noise = scaledDecompositionNoise(), noise > 1e-7, let name = decompositionName else { return nil }
    return TensorError(
      "NotImplementedError",
      "\(what) of this value, computed from \(name)'s result and scaled until its rounding noise is about \(noise), "
        + "shows that noise in its digits, which are LAPACK's rounding, which docbuild does not reproduce; compare it "
        + "with np.isclose", isLimit: true)
  }

  /// True for the steps through which an input's relative error reaches the result whole.
  private static func keepsRelativeError(_ operation: Operation) -> Bool {
    switch operation {
    case .binary(.multiply), .binary(.divide), .unary(.negate), .unary(.abs), .unary(.fabs), .unary(.square),
      .unary(.sqrt), .reshape, .transpose, .broadcastTo, .identity, .index, .take:
      true
    default: false
    }
  }

  /// The refusal of `value` when it is a sum, mean, difference or matrix product of values computed from a
  /// decomposition and holds an entry at rounding-noise level beside the terms it cancelled from; nil otherwise. A
  /// zero counts when it is the whole value (`v.sum()` of nonzero terms), whose sign or size in NumPy is LAPACK's.
  private static func cancellationNoiseRefusal(_ value: Tensor) -> TensorError? {
    guard let node = value.node, value.dtype == .float64, case .float64(let entries) = value.storage else { return nil }
    let (operation, held) = node.recipeParts
    guard let operation else { return nil }
    let inputs = held.array
    let scale: Double
    switch operation {
    case .reduce(.sum, _, _), .mean: scale = largestMagnitude(inputs[0])
    case .binary(.add), .binary(.subtract): scale = inputs.reduce(0) { Swift.max($0, largestMagnitude($1)) }
    case .matmul, .vectorDot: scale = largestMagnitude(inputs[0]) * largestMagnitude(inputs[1])
    default: return nil
    }
    guard scale > 0, scale.isFinite else { return nil }
    func noisyEntry(_ level: Double) -> Double? {
      if let noisy = entries.first(where: { $0 != 0 && Swift.abs($0) <= level * scale }) { return noisy }
      return entries == [0] ? 0 : nil
    }
    // Eigenvalues and singular values carry noise of a fraction of their matrix's largest entry (as
    // `approximateDigitsRefusal` measures them); the other results only at noise level.
    guard noisyEntry(1e-8) != nil, let origin = decompositionOrigin(from: node),
      let noisy = noisyEntry(origin.noiseFraction)
    else { return nil }
    return TensorError(
      "NotImplementedError",
      "this array was computed from \(origin.name)'s result through a sum or difference at rounding-noise level "
        + "(\(noisy), from terms as large as \(scale)), whose digits are LAPACK's rounding, which docbuild does not "
        + "reproduce, however far a product or quotient scales them; compare it with np.allclose",
      isLimit: true)
  }

  private static func largestMagnitude(_ value: Tensor) -> Double {
    switch value.storage {
    case .float64(let reals): reals.reduce(0) { Swift.max($0, Swift.abs($1)) }
    case .complex128(let numbers): numbers.reduce(0) { Swift.max($0, Swift.abs($1.real), Swift.abs($1.imag)) }
    default: value.doubles.reduce(0) { Swift.max($0, Swift.abs($1)) }
    }
  }

}
