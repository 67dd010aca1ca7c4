import Synchronization

/// Printing values computed from the decompositions, whose last bits are docbuild's rather than LAPACK's: an
/// array prints NumPy's 8 digits, but a NumPy scalar prints every digit, and an entry at rounding-noise level
/// prints LAPACK's noise. Such text is refused rather than shown different from NumPy's.
extension Tensor {
  /// How many graph nodes the search for a decomposition visits: a long history is not searched to its end.
  static let provenanceBudget = 2000

  /// Set once this process has computed a result whose last digits are not NumPy's (`LinalgFunction.evaluate`):
  /// until then no value can hold one in its history, and `float(loss)` in a training loop searches nothing. The
  /// answer is the same either way, so another chapter setting it changes no output.
  static let approximateResultsExist = Atomic<Bool>(false)

  /// The name of the `np.linalg` decomposition this value was computed from, or nil (also when its history is
  /// longer than the search budget, or was forgotten).
  func decompositionAncestor() -> String? { decompositionOrigin()?.name }

  /// The decomposition this value was computed from, with the largest entry of the matrix it decomposed for `eig`
  /// and `eigvals` (0 for the others): a result of theirs whose every entry is noise (`a @ v - w * v`) is measured
  /// against it.
  func decompositionOrigin() -> (name: String, inputScale: Double)? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), let start = node else { return nil }
    var pending = [start]
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(start)]
    var budget = Self.provenanceBudget
    while let current = pending.popLast(), budget > 0 {
      budget -= 1
      if case .linalg(let function) = current.operation {
        switch function {
        case .decomposition(.eig), .decomposition(.eigvals):
          return (function.numpyName, current.inputs[0].doubles.reduce(0) { Swift.max($0, Swift.abs($1)) })
        case .decomposition: return (function.numpyName, 0)
        case .determinant, .logAbsDeterminant, .inverse, .solve:
          if let order = current.inputs[0].shape.last, order > LUFactorization.largestBitExactOrder {
            return (function.numpyName, 0)
          }
        case .cholesky: break
        }
      }
      for input in current.inputs {
        if let next = input.node, seen.insert(ObjectIdentifier(next)).inserted { pending.append(next) }
      }
    }
    return nil
  }

  /// Why this value's text cannot be promised to be NumPy's, or nil when it can: a float scalar computed from a
  /// decomposition (its repr shows all 17 digits), or such an array holding an entry at rounding-noise level.
  /// `everyDigit` asks for every digit of every entry (`float(x)`, `x.item()`, `x.tolist()`), refused as a scalar's.
  public func approximateDigitsRefusal(everyDigit: Bool = false) -> TensorError? {
    let values: [Double]
    switch storage {
    case .float64(let reals) where dtype == .float64: values = reals
    // eig's complex results: both parts of every entry.
    case .complex128(let numbers) where dtype == .complex128: values = numbers.flatMap { [$0.real, $0.imag] }
    default: return nil
    }
    guard let (function, inputScale) = decompositionOrigin() else { return nil }
    let largest = values.reduce(inputScale) { Swift.max($0, Swift.abs($1)) }
    if ndim == 0 || everyDigit {
      return TensorError(
        "NotImplementedError",
        "this number was computed from \(function)'s result, whose last digits come from LAPACK's "
          + "rounding, which docbuild does not reproduce; show it rounded (np.round(x, 8)) or in an array",
        isLimit: true)
    }
    for value in values where value != 0 && Swift.abs(value) <= largest * 1e-11 {
      return TensorError(
        "NotImplementedError",
        "this array was computed from \(function)'s result and holds an entry at rounding-noise level "
          + "(\(value)), where NumPy prints LAPACK's noise, which docbuild does not reproduce; compare it with "
          + "np.allclose", isLimit: true)
    }
    return nil
  }
}
