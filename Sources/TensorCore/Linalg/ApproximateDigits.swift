import Synchronization

/// The `np.linalg` function a value was computed from, whose last digits are docbuild's rather than LAPACK's, with the
/// largest entry of the matrix it decomposed for eigenvalues and singular values (0 for the others).
struct DecompositionOrigin: Sendable {
  let name: String
  let inputScale: Double
  /// How far docbuild's result may lie from LAPACK's, as a fraction of its largest entry, by its matrix's
  /// conditioning: for `inv`, `solve`, `det` and `slogdet` beyond the bit-exact order (`LUErrorBounds`), `lstsq`,
  /// `pinv` and `polyfit` (`svdConditionedError`); 0 for the others, whose differences are rounding's.
  /// `conditionedDigitsRefusal` measures printed digits against it.
  var conditionedError = 0.0
  /// The matrix's condition number behind `conditionedError` (1-norm for the LU functions, 2-norm for the others).
  var condition = 1.0
  /// True when `conditionedError` is measured against 1 rather than the largest entry: `slogdet`'s logarithm errs
  /// by the determinant's relative error, however small the logarithm.
  var errsAbsolutely = false
  /// polyfit's column scales: its coefficient j is the least-squares solution's entry j divided by scale j, so its
  /// error is `conditionedError` of that solution's largest entry, divided by scale j.
  var columnScales: [Double]? = nil
  /// How far each entry of the result itself may lie from LAPACK's, in its row-major order, where that is known
  /// entry by entry (`LUErrorBounds`); `conditionedError` is then the largest of them over the largest entry.
  var entryErrors: [Double]? = nil
  /// True when `condition` is ‖A‖ over the gap between the nearest eigenvalues or singular values (eigenvectors,
  /// singular vectors), not a condition number.
  var measuresSpectralGaps = false
  /// `conditionedCause` where it is not the function's own (a gradient's, named after its decomposition's).
  var givenCause: String? = nil

  /// Of two origins met by one backward pass, the one whose result errs most by its conditioning.
  static func worseConditioned(_ first: DecompositionOrigin?, _ second: DecompositionOrigin) -> DecompositionOrigin {
    guard let first else { return second }
    return first.condition >= second.condition ? first : second
  }

  /// Why docbuild's digits may differ from LAPACK's beyond rounding, for the refusals (a gradient's is its
  /// decomposition's).
  var conditionedCause: String {
    if let givenCause { return givenCause }
    switch name {
    case "np.linalg.lstsq", "np.linalg.pinv", "np.polyfit":
      return "docbuild's Jacobi SVD rounds otherwise than LAPACK's divide and conquer"
    case "np.linalg.eigh": return "docbuild's tridiagonal reduction rounds otherwise than LAPACK's blocked one"
    case "np.linalg.svd": return "docbuild's bidiagonal reduction rounds otherwise than LAPACK's blocked one"
    default:
      return "LAPACK's blocked factorization rounds otherwise than docbuild's beyond order "
        + "\(LUFactorization.largestBitExactOrder)"
    }
  }

  /// The `conditionedError` of a least-squares solution or pseudo-inverse of the matrices `matrices`: (16 + 4κ₂)·u
  /// of the largest entry, κ₂ the ratio of the largest singular value to the smallest kept above `rcond` of it (the
  /// rank dgelsd and pinv use). docbuild's one-sided Jacobi SVD and LAPACK's bidiagonal divide and conquer differ by
  /// up to 10·u of the largest entry for well-conditioned matrices and by 0.02 to 4 times κ₂·u for the others
  /// (measured against NumPy 2.4.6 on 104 matrices of 10×3 to 50×12 with condition numbers 1 to 10^12).
  static func svdConditionedError(_ matrices: Tensor, rcond: Double) -> (relative: Double, condition: Double) {
    guard matrices.ndim >= 2 else { return (0, 1) }
    let (m, n) = (matrices.shape[matrices.ndim - 2], matrices.shape[matrices.ndim - 1])
    guard m > 0, n > 0 else { return (0, 1) }
    let values = matrices.doubles
    var condition = 1.0
    var mixes = false
    for index in 0..<(values.count / (m * n)) {
      // A matrix whose nonzero entries share no row or column (a scaled permutation, a diagonal) mixes none: every
      // entry of its solution is one quotient in either SVD, whatever its condition number.
      if Self.mixesNoEntries(values[(index * m * n)..<((index + 1) * m * n)], columns: n) { continue }
      mixes = true
      let singular = JacobiSVD(rowMajor: Array(values[(index * m * n)..<((index + 1) * m * n)]), rows: m, columns: n)
        .values
      guard let largest = singular.max(), largest > 0, largest.isFinite else { continue }
      let kept = singular.filter { $0 > rcond * largest }
      if let smallest = kept.min() { condition = Swift.max(condition, largest / smallest) }
    }
    return mixes ? ((16 + 4 * condition) * 0x1p-53, condition) : (0, 1)
  }

  /// True when no row and no column of the row-major matrix `entries` holds two nonzero entries.
  static func mixesNoEntries(_ entries: ArraySlice<Double>, columns: Int) -> Bool {
    var rowsUsed = Set<Int>()
    var columnsUsed = Set<Int>()
    for (offset, value) in entries.enumerated() where value != 0 {
      guard rowsUsed.insert(offset / columns).inserted, columnsUsed.insert(offset % columns).inserted else {
        return false
      }
    }
    return true
  }

  /// The fraction of the largest magnitude at or below which an entry is rounding noise: eigenvalues and singular
  /// values (measured against their matrix) differ from LAPACK's from about the ninth significant digit on; other
  /// results only at rounding level.
  var noiseFraction: Double { inputScale > 0 ? 1e-8 : 1e-11 }
}

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
  /// This value, gathered again or written after a write through a view of `source`'s memory, keeping the
  /// decomposition `source` was computed from when its own graph node (none, or a new leaf) does not lead to it: such
  /// a write (`v = w[:]; v.sort()` of eigenvalues `w`) regathers `w` without a history, and its entries at
  /// rounding-noise level then printed docbuild's digits unrefused where NumPy prints LAPACK's noise.
  public func keepingDecompositionOrigin(of source: Tensor) -> Tensor {
    guard decompositionOrigin() == nil, let origin = source.decompositionOrigin() else { return self }
    return noting(origin)
  }

  /// This value with `origin` noted on its graph node when that is a leaf (a chapter keeping histories gives a new
  /// value a leaf of its own), or on a new leaf when it has none; as it is when its node records an operation.
  private func noting(_ origin: DecompositionOrigin) -> Tensor {
    if let node {
      if node.operation == nil { node.decomposition = origin }
      return self
    }
    let noted = GraphNode.leaf()
    noted.decomposition = origin
    var result = self
    result.node = noted
    return result
  }

  /// This gradient marked as computed through `origin`, an ill-conditioned matrix's `solve`, `inv`, `lstsq`, …:
  /// autograd's rules solve with the same matrix (`solve`'s gradient is `solve(a.T, g)`), so the gradient errs by
  /// the condition number too, about 4κ·u of its largest entry (normwise: its entries are not the result's).
  func notingGradient(through origin: DecompositionOrigin) -> Tensor {
    noting(
      DecompositionOrigin(
        name: "the gradient through \(origin.name)", inputScale: 0,
        conditionedError: Swift.max(origin.conditionedError, 4 * origin.condition * 0x1p-53),
        condition: origin.condition,
        measuresSpectralGaps: origin.measuresSpectralGaps, givenCause: origin.conditionedCause))
  }

  /// The name of the decomposition (`np.linalg.eigvals`) this value was computed from, or nil.
  public var decompositionName: String? { decompositionOrigin()?.name }

  /// This NumPy scalar marked as computed from the decomposition `name`: made from a Python float taken from that
  /// decomposition's result (`np.float64(x)`, or `x` as an operand of NumPy arithmetic), which has no history to
  /// show it, so that printing and what NumPy arithmetic makes of it are refused as the array's own entries are
  /// (`np.float64(x) * 2` printed docbuild's last digits). A value with a history of its own is returned as it is.
  public func notingDecomposition(named name: String) -> Tensor {
    guard dtype == .float64 || dtype == .complex128, decompositionOrigin() == nil else { return self }
    return noting(DecompositionOrigin(name: name, inputScale: 0))
  }

  func decompositionOrigin() -> DecompositionOrigin? {
    guard let start = node else { return nil }
    return Self.decompositionOrigin(from: start)
  }

  /// The decomposition the value of `start` was computed from, as `decompositionOrigin()`.
  static func decompositionOrigin(from start: GraphNode) -> DecompositionOrigin? {
    guard approximateResultsExist.load(ordering: .relaxed) else { return nil }
    var pending = [start]
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(start)]
    var budget = provenanceBudget
    while let current = pending.popLast(), budget > 0 {
      budget -= 1
      if let found = ownDecomposition(of: current) { return found }
      for input in current.inputs {
        if let next = input.node, seen.insert(ObjectIdentifier(next)).inserted { pending.append(next) }
      }
    }
    return nil
  }

  /// The decomposition `node` itself computed or noted, not looking at its inputs' histories (nil also when no
  /// decomposition result exists in this process).
  static func ownDecomposition(of node: GraphNode) -> DecompositionOrigin? {
    guard approximateResultsExist.load(ordering: .relaxed) else { return nil }
    if let noted = node.decomposition { return noted }
    guard case .linalg(let function) = node.operation else { return nil }
    switch function {
    // Eigenvalues and singular values: one at rounding-noise level is measured against the matrix they came from
    // (a slice holding only the smallest singular value of a rank-deficient matrix has nothing larger beside it).
    case .decomposition(.eig), .decomposition(.eigvals), .decomposition(.eigh(vectors: false)),
      .decomposition(.eigvalsh), .decomposition(.singularValues), .decomposition(.svd(_, part: 1)):
      let scale = node.inputs[0].doubles.reduce(0) { Swift.max($0, Swift.abs($1)) }
      return DecompositionOrigin(name: function.numpyName, inputScale: scale)
    case .decomposition(.leastSquares(let rcond, let scales)):
      // polyfit's matrix is its scaled Vandermonde matrix, its third input.
      let error = DecompositionOrigin.svdConditionedError(node.inputs[scales == nil ? 0 : 2], rcond: rcond)
      return conditionedOrigin(function, node, error, columnScales: scales)
    case .decomposition(.pseudoInverse(let rcond)):
      let error = DecompositionOrigin.svdConditionedError(node.inputs[0], rcond: rcond)
      return conditionedOrigin(function, node, error)
    case .decomposition(.eigh(vectors: true)):
      return spectralOrigin(function, node, SpectralGapBounds.eigenvectors(node.inputs[0]))
    case .decomposition(.svd(let full, let part)):
      return spectralOrigin(function, node, SpectralGapBounds.singularVectors(node.inputs[0], full: full, part: part))
    case .decomposition: return DecompositionOrigin(name: function.numpyName, inputScale: 0)
    case .determinant, .logAbsDeterminant, .inverse, .solve:
      guard let order = node.inputs[0].shape.last, order > LUFactorization.largestBitExactOrder else { return nil }
      // Factored again once, the first time a print asks, and kept on the node: no more work than computing the
      // value took, and none for a result never printed.
      if order > LUErrorBounds.largestEntrywiseOrder {
        let condition = conditionEstimate(node.inputs[0])
        return conditionedOrigin(
          function, node, (condition * 0x1p-53, condition), errsAbsolutely: function == .logAbsDeterminant)
      }
      let bounds = LUErrorBounds(function, node.inputs.array)
      let largestBound = bounds.entries.max() ?? 0
      let relative =
        function == .logAbsDeterminant
        ? largestBound : largestBound / Swift.max(bounds.largestResult, .leastNormalMagnitude)
      return conditionedOrigin(
        function, node, (relative, bounds.condition), errsAbsolutely: function == .logAbsDeterminant,
        entryErrors: bounds.entries)
    case .cholesky: return nil
    }
  }

  /// The origin of `node`'s value, computed by `function` with `conditionedError` `error`, kept on the node: the
  /// estimate is made once, the first time a print asks.
  private static func conditionedOrigin(
    _ function: LinalgFunction, _ node: GraphNode, _ error: (relative: Double, condition: Double),
    errsAbsolutely: Bool = false, columnScales: [Double]? = nil, entryErrors: [Double]? = nil,
    measuresSpectralGaps: Bool = false
  ) -> DecompositionOrigin {
    let origin = DecompositionOrigin(
      name: function.numpyName, inputScale: 0, conditionedError: error.relative, condition: error.condition,
      errsAbsolutely: errsAbsolutely, columnScales: columnScales, entryErrors: entryErrors,
      measuresSpectralGaps: measuresSpectralGaps)
    node.decomposition = origin
    return origin
  }

  /// The origin of eigenvectors or singular vectors with the bounds `bounds` (their entries are at most 1).
  private static func spectralOrigin(
    _ function: LinalgFunction, _ node: GraphNode, _ bounds: SpectralGapBounds
  ) -> DecompositionOrigin {
    let largestBound = bounds.entries.max() ?? 0
    return conditionedOrigin(
      function, node, (largestBound, bounds.condition), entryErrors: bounds.entries, measuresSpectralGaps: true)
  }

  /// The largest estimated 1-norm condition number of the matrices of the stack `matrices` (float64, square).
  private static func conditionEstimate(_ matrices: Tensor) -> Double {
    guard let n = matrices.shape.last, n > 0 else { return 1 }
    let values = matrices.doubles
    var largest = 1.0
    for m in 0..<(values.count / (n * n)) {
      let matrix = Array(values[(m * n * n)..<((m + 1) * n * n)])
      largest = Swift.max(largest, LUFactorization(matrix, order: n).conditionEstimate(of: matrix))
    }
    return largest
  }

  /// How many steps back `cancellationScale` looks for a sum or difference.
  static let cancellationSteps = 8

  /// The largest entry of the operands this value was added, subtracted or summed from, a few element-wise steps back
  /// (0 when there are none): a difference of two results that agree up to rounding (`inv(a) - pinv(a)`,
  /// `u - vt.T`) holds nothing but noise, so its own largest entry is noise too, and the noise is measured against
  /// what cancelled instead.
  func cancellationScale() -> Double {
    guard let start = node else { return 0 }
    var pending = [start]
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(start)]
    var visits = 0
    var scale = 0.0
    while let current = pending.popLast(), visits < Self.cancellationSteps {
      visits += 1
      let (operation, held) = current.recipeParts
      guard let operation else { continue }
      let inputs = held.array
      switch operation {
      // A sum or mean whose terms cancel (`v.sum()` of an eigenvector orthogonal to the ones) is noise as well.
      case .binary(.add), .binary(.subtract), .reduce(.sum, _, _), .mean:
        for input in inputs {
          switch input.storage {
          case .float64(let reals): scale = reals.reduce(scale) { Swift.max($0, Swift.abs($1)) }
          case .complex128(let numbers):
            scale = numbers.reduce(scale) { Swift.max($0, Swift.abs($1.real), Swift.abs($1.imag)) }
          default: break
          }
        }
      // Steps that keep each entry's size: the cancellation may be behind them (`np.abs(a - b)`, `(a - b).T`).
      case .unary, .reshape, .transpose, .broadcastTo, .identity: break
      default: continue
      }
      for input in inputs {
        if let next = input.node, seen.insert(ObjectIdentifier(next)).inserted { pending.append(next) }
      }
    }
    return scale
  }

  /// The numbers whose digits the decomposition checks measure: a float64 value's entries, both parts of a complex128
  /// one's (eig's complex results); nil for other dtypes.
  var measuredEntries: [Double]? {
    switch storage {
    case .float64(let reals) where dtype == .float64: reals
    case .complex128(let numbers) where dtype == .complex128: numbers.flatMap { [$0.real, $0.imag] }
    default: nil
    }
  }

  /// Why this value's text cannot be promised to be NumPy's, or nil when it can: a float scalar computed from a
  /// decomposition (its repr shows all 17 digits), or such an array holding an entry at rounding-noise level.
  /// `everyDigit` asks for every digit of every entry (`float(x)`, `x.item()`, `x.tolist()`), refused as a scalar's.
  public func approximateDigitsRefusal(everyDigit: Bool = false) -> TensorError? {
    guard let values = measuredEntries else { return nil }
    guard let origin = decompositionOrigin() else { return productNoiseRefusal(values) }
    let (function, inputScale) = (origin.name, origin.inputScale)
    let largest = values.reduce(Swift.max(inputScale, cancellationScale())) { Swift.max($0, Swift.abs($1)) }
    // Print options that show every digit (`floatmode='unique'`) or 12 and more after the point reach the digits
    // LAPACK's rounding decides in any entry, as a format precision of 12 does a Python float's.
    let options = PrintOptions.active
    let showsEveryDigit = everyDigit || options.floatMode == .unique || options.precision >= 12
    if ndim == 0 || showsEveryDigit {
      return TensorError(
        "NotImplementedError",
        "this number was computed from \(function)'s result, whose last digits come from LAPACK's "
          + "rounding, which docbuild does not reproduce; show it rounded (np.round(x, 8)) or in an array",
        isLimit: true)
    }
    if let refusal = amplifiedNoiseRefusal() { return refusal }
    // Eigenvalues and singular values (measured against their matrix's largest entry) differ from LAPACK's by a
    // small fraction of a unit in the last place of the largest: below 1e-8 of it that reached the ninth significant
    // digit an array shows (the smallest singular values of Vandermonde matrices); other results at noise level only.
    let noiseLevel = origin.noiseFraction
    for value in values where value != 0 && Swift.abs(value) <= largest * noiseLevel {
      if Swift.abs(value) > largest * 1e-11 {
        return TensorError(
          "NotImplementedError",
          "this array was computed from \(function)'s result and holds an entry below 1e-8 of the largest "
            + "(\(value)), whose last shown digits are LAPACK's rounding, which docbuild does not reproduce; show "
            + "fewer digits (np.set_printoptions(precision=4)) or compare it with np.allclose", isLimit: true)
      }
      return TensorError(
        "NotImplementedError",
        "this array was computed from \(function)'s result and holds an entry at rounding-noise level "
          + "(\(value)), where NumPy prints LAPACK's noise, which docbuild does not reproduce; compare it with "
          + "np.allclose", isLimit: true)
    }
    // Most origins carry no conditioning: no walk for the errors of a result that has none.
    guard origin.conditionedError > 0 else { return nil }
    let errorOf = conditionedErrors(values, origin, largest: largest)
    return Self.conditionedDigitsRefusal(values, origin, options: options, errorOf: errorOf)
  }

  /// How far each of `values`, this value's entries, computed from `origin`, may lie from NumPy's: measured against
  /// the largest entry (`largest`), or the result's own largest where this is a part of it; a polyfit's coefficients
  /// as they came each against its own column's scale.
  private func conditionedErrors(_ values: [Double], _ origin: DecompositionOrigin, largest: Double) -> (Int) -> Double
  {
    if let entries = origin.entryErrors, entries.count == values.count, isDirectResult { return { entries[$0] } }
    if let scales = origin.columnScales, !scales.isEmpty, values.count % scales.count == 0, isDirectResult {
      let perScale = values.count / scales.count
      var solutionLargest = 0.0
      for (index, value) in values.enumerated() {
        solutionLargest = Swift.max(solutionLargest, Swift.abs(value) * scales[index / perScale])
      }
      let error = origin.conditionedError * solutionLargest
      return { error / scales[$0 / perScale] }
    }
    let conditioned = Swift.max(
      Self.conditionedError(origin, largest: largest), scaledConditionedError()?.error ?? 0)
    return { _ in conditioned }
  }

  /// True when this value is a decomposition's result itself, or that result reshaped: its entries are the result's.
  private var isDirectResult: Bool {
    var current = node
    for _ in 0..<Self.amplifiedNoiseSteps {
      guard let step = current else { return false }
      if Self.ownDecomposition(of: step) != nil { return true }
      guard case .reshape = step.operation else { return false }
      current = step.inputs.array.first?.node
    }
    return false
  }

  /// The error a value's digits may carry by its origin's conditioning beside `largest`, the largest entry they are
  /// shown with (0 for an origin without one). A polyfit's coefficients err by the solution's largest entry over
  /// their own column's scale, which `largest` bounds only times the ratio of the largest scale to the smallest.
  static func conditionedError(_ origin: DecompositionOrigin, largest: Double) -> Double {
    var spread = 1.0
    if let scales = origin.columnScales, let most = scales.max(), let least = scales.min(), least > 0 {
      spread = most / least
    }
    return origin.conditionedError * spread * (origin.errsAbsolutely ? Swift.max(largest, 1) : largest)
  }

  /// How far, as a fraction of the last digit shown, docbuild's digits may stray from NumPy's before the text is
  /// refused. The bounds behind it (`conditionedError`) are at least every difference measured and about 50 times
  /// the median one, so an entry shown has its last digit flipped in well under one case in ten even where the bound
  /// is tight, and about one in a thousand typically.
  static let conditionedTolerance = 0.05

  /// Why an array computed from `inv`, `solve`, `det`, `slogdet`, `lstsq`, `pinv` or `polyfit` of an ill-conditioned
  /// matrix cannot be printed as NumPy's, or nil: entry i may differ from LAPACK's by `errorOf(i)`, and a difference
  /// of more than `conditionedTolerance` of the last digit printed may show. The last digit is NumPy's:
  /// 10^-precision in fixed notation, a 10^-(precision+1) fraction of the entry in scientific (chosen as
  /// `FloatFormat` chooses it).
  static func conditionedDigitsRefusal(
    _ values: [Double], _ origin: DecompositionOrigin, options: PrintOptions, errorOf: (Int) -> Double
  ) -> TensorError? {
    guard origin.conditionedError > 0 else { return nil }
    var (largestShown, smallestShown) = (0.0, Double.infinity)
    for value in values where value.isFinite && value != 0 {
      largestShown = Swift.max(largestShown, Swift.abs(value))
      smallestShown = Swift.min(smallestShown, Swift.abs(value))
    }
    guard largestShown > 0 else { return nil }
    let scientific =
      largestShown >= 1e8 || (!options.suppress && (smallestShown < 1e-4 || largestShown / smallestShown > 1e3))
    let shownFraction = Elementary.pow(10, -Double(options.precision))
    // The entry whose error is largest against its last digit, and the digits that would keep that one safe.
    var (worst, worstError, worstScale) = (0.0, 0.0, 1.0)
    for (index, value) in values.enumerated() where value.isFinite && value != 0 {
      let digitScale = scientific ? Swift.abs(value) / 10 : 1
      let error = errorOf(index)
      if error / (digitScale * shownFraction) > worst {
        (worst, worstError, worstScale) = (error / (digitScale * shownFraction), error, digitScale)
      }
    }
    guard worst > conditionedTolerance else { return nil }
    let digits = Elementary.log10(worstScale * conditionedTolerance / worstError).rounded(.down)
    let fewer = digits.isFinite ? Int(Swift.max(Swift.min(digits, 100), -100)) : 0
    let advice =
      fewer >= 1
      ? "show \(fewer) digits (np.set_printoptions(precision=\(fewer))) or compare it with np.allclose"
      : "compare it with np.allclose"
    return TensorError(
      "NotImplementedError",
      "this array was computed from \(origin.name) of \(conditionPhrase(origin)), so its entries may differ from NumPy's by about "
        + "\(shortDecimal(worstError)) (\(origin.conditionedCause)), more than the last digit printed allows; "
        + "\(advice)", isLimit: true)
  }

  /// Why rounding these entries to `decimals` places cannot be promised to give NumPy's result, or nil: they were
  /// computed from `inv`, `solve`, `det`, `slogdet`, `lstsq`, `pinv` or `polyfit` of an ill-conditioned matrix and
  /// may differ from LAPACK's by more than `conditionedTolerance` of the place rounded to
  /// (`np.round(np.linalg.solve(a, b), 6)`), so some entry may round the other way.
  func conditionedRoundingRefusal(_ values: [Double], decimals: Int) -> TensorError? {
    guard Self.approximateResultsExist.load(ordering: .relaxed), node != nil, let origin = decompositionOrigin(),
      origin.conditionedError > 0
    else { return nil }
    let largest = values.reduce(cancellationScale()) { Swift.max($0, Swift.abs($1)) }
    guard largest.isFinite else { return nil }
    let errorOf = conditionedErrors(values, origin, largest: largest)
    let error = values.indices.reduce(0) { Swift.max($0, errorOf($1)) }
    guard error > Elementary.pow(10, -Double(decimals)) * Self.conditionedTolerance else { return nil }
    return TensorError(
      "NotImplementedError",
      "np.round of this array, computed from \(origin.name) of \(Self.conditionPhrase(origin)), rounds at 1e\(-decimals), but its entries may differ from "
        + "NumPy's by about \(Self.shortDecimal(error)), so one may round the other way: round to fewer "
        + "decimals or compare it with np.allclose", isLimit: true)
  }

  /// What makes `origin`'s result sensitive, for the refusals: `a matrix whose condition number is about 1e10`, or
  /// for vectors `a matrix whose nearest eigenvalues lie about 1e-9 of its norm apart`.
  static func conditionPhrase(_ origin: DecompositionOrigin) -> String {
    let condition = origin.condition
    if origin.measuresSpectralGaps {
      let what = origin.name.hasSuffix("svd") ? "singular values" : "eigenvalues"
      guard condition.isFinite, condition >= 1 else { return "a matrix with repeated \(what)" }
      return "a matrix whose nearest \(what) lie about \(shortDecimal(1 / condition)) of its largest apart"
    }
    guard condition.isFinite else { return "a singular matrix" }
    return "a matrix whose condition number is about \(shortDecimal(condition))"
  }

  /// A positive number as the power of ten nearest it (`1e-5`), for the refusals' text.
  static func shortDecimal(_ value: Double) -> String {
    guard value.isFinite else { return "any amount" }
    guard value > 0 else { return "0" }
    return "1e\(Int(Elementary.log10(value).rounded()))"
  }

  /// Why a format with a precision (`"%.8e" % s[-1]`, `f"{w[0]:.6f}"`) of this float scalar cannot be promised to
  /// show NumPy's digits, or nil: an eigenvalue or singular value below 1e-8 of its matrix's largest entry, whose
  /// digits can differ from LAPACK's from about the ninth on (as `approximateDigitsRefusal` refuses such an entry).
  /// `lastDigit` is the place of the last digit the format shows (0.001 for `.3f`), when the caller knows it: a value
  /// computed from `inv`, `solve`, `det`, `slogdet`, `lstsq`, `pinv` or `polyfit` of an ill-conditioned matrix that
  /// may differ from NumPy's by more than `conditionedTolerance` of it is refused too (`conditionedError`).
  public func formattedDigitsRefusal(lastDigit: Double? = nil) -> TensorError? {
    if let lastDigit, let (error, name) = scaledConditionedError(), error > lastDigit * Self.conditionedTolerance {
      return TensorError(
        "NotImplementedError",
        "this number was computed from \(name) of an ill-conditioned matrix, so it may differ from NumPy's by "
          + "about \(Self.shortDecimal(error)), more than the last digit the format shows allows "
          + "(\(Self.shortDecimal(lastDigit))); show fewer digits or compare it with np.isclose", isLimit: true)
    }
    guard ndim == 0, dtype == .float64, case .float64(let values) = storage, let value = values.first, value != 0,
      value.isFinite, let origin = decompositionOrigin(), origin.inputScale > 0,
      Swift.abs(value) <= origin.inputScale * 1e-8
    else { return nil }
    return TensorError(
      "NotImplementedError",
      "this number was computed from \(origin.name)'s result and is below 1e-8 of its matrix's largest entry "
        + "(\(value)), so its formatted digits reach LAPACK's rounding, which docbuild does not reproduce; compare "
        + "it with np.isclose", isLimit: true)
  }

  /// The most multiply-adds the noise check of one value's printing does; a larger product is not checked.
  static let productNoiseBudget = 1 << 20

  /// A matrix or vector product (`mat @ inv(mat)`, `np.dot(u, v)`) holding an entry at rounding-noise level: one far
  /// smaller than the sum of its terms' sizes, so its digits are the rounding of whichever order the sum took.
  /// NumPy's own digits there differ between CPUs (OpenBLAS's Haswell kernels add in another order than its
  /// AVX-512 ones: the manual's "NumPy's own last bits depend on the CPU"), so no text can be promised. Integer
  /// data whose sums stay exact prints the same in every order and is never refused.
  /// The product may also be a few element-wise steps back (`mat @ inv(mat) - np.eye(5)`, `np.abs(…)`).
  func productNoiseRefusal(_ values: [Double]) -> TensorError? {
    guard let start = node else { return nil }
    var pending = [start]
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(start)]
    var visits = 0
    var budget = Self.productNoiseBudget
    while let current = pending.popLast(), visits < Self.productNoiseSteps {
      visits += 1
      let (operation, held) = current.recipeParts
      guard let operation else { continue }
      let inputs = held.array
      switch operation {
      case .matmul, .vectorDot:
        // The printed value itself, or the product recomputed from its operands (as `numericalGradient` does).
        let product: [Double]
        if current === start {
          product = values
        } else {
          // Recomputed only when the check will read it: a product past the budget is left unchecked.
          guard let size = Self.productExtents(inputs), size.m * size.n * size.k <= budget,
            let recomputed = try? Tensor.untracked(operation, inputs),
            case .float64(let entries) = recomputed.storage
          else { continue }
          product = entries
        }
        if let refusal = Self.productNoiseRefusal(product, inputs, budget: &budget) { return refusal }
      // Steps that keep each entry apart (a sum over noise entries rounds them away: its own rounding, not the
      // kernel's, decides its digits, and `(X @ Y).sum()` prints every digit the same on both kernel sets).
      case .binary, .unary, .math, .index, .take, .reshape, .transpose, .broadcastTo, .identity, .select:
        for input in inputs {
          if let next = input.node, seen.insert(ObjectIdentifier(next)).inserted { pending.append(next) }
        }
      default: continue
      }
    }
    return nil
  }

  /// Why rounding this value cannot be promised to print as NumPy's, or nil: a product holding rounding noise
  /// (`np.round(mat @ inv(mat), 6)`) rounds to zeros whose signs, `-0.` or `0.`, are the noise's, which NumPy's own
  /// kernels decide per CPU.
  public func roundingNoiseRefusal() -> TensorError? {
    // A decomposition's noise has its own refusal (`rounded`), which names the decomposition.
    guard dtype == .float64, case .float64(let values) = storage, decompositionOrigin() == nil,
      productNoiseRefusal(values) != nil
    else { return nil }
    return TensorError(
      "NotImplementedError",
      "rounding a matrix product that holds rounding noise: the signs of the zeros it rounds to (-0. or 0.) are the "
        + "noise's, which NumPy's own digits decide per CPU (its OpenBLAS adds in another order on AVX2 than on "
        + "AVX-512 machines); compare it with np.allclose", isLimit: true)
  }

  /// (m, k, n) of a product (m, k) @ (k, n) of two float64 operands of one or two axes, a vector on the left as one
  /// row and on the right as one column; nil for any other product.
  private static func productExtents(_ inputs: [Tensor]) -> (m: Int, k: Int, n: Int)? {
    guard inputs.count == 2, (1...2).contains(inputs[0].ndim), (1...2).contains(inputs[1].ndim) else { return nil }
    let (m, k) = inputs[0].ndim == 2 ? (inputs[0].shape[0], inputs[0].shape[1]) : (1, inputs[0].shape[0])
    let n = inputs[1].ndim == 2 ? inputs[1].shape[1] : 1
    guard k > 0, inputs[1].shape[0] == k else { return nil }
    return (m, k, n)
  }

  /// How many steps back `productNoiseRefusal` looks for a product.
  static let productNoiseSteps = 8

  private static func productNoiseRefusal(_ values: [Double], _ inputs: [Tensor], budget: inout Int)
    -> TensorError?
  {
    guard let (m, k, n) = productExtents(inputs), values.count == m * n, m * n * k <= budget,
      inputs[0].dtype == .float64, inputs[1].dtype == .float64, case .float64(let a) = inputs[0].storage,
      case .float64(let b) = inputs[1].storage
    else { return nil }
    budget -= m * n * k
    let largestA = a.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let largestB = b.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let integers = a.allSatisfy { $0 == $0.rounded() } && b.allSatisfy { $0 == $0.rounded() }
    if integers && Double(k) * largestA * largestB <= 0x1p53 { return nil }
    // (Every digit of a scalar's repr is the AVX-512 kernels', as the manual's "NumPy's own last bits depend on the
    // CPU" says.)
    for i in 0..<m {
      for j in 0..<n {
        var magnitude = 0.0
        for p in 0..<k { magnitude += Swift.abs(a[i * k + p]) * Swift.abs(b[p * n + j]) }
        let value = values[i * n + j]
        if isOrderNoise(value, terms: k, size: magnitude) {
          return orderNoiseRefusal("this matrix product holds an entry", value, size: magnitude)
        }
      }
    }
    return nil
  }

  /// True when `value`, a sum of `terms` products whose sizes add up to `size`, is at rounding-noise level: any order
  /// of the products errs by at most about terms·u of `size` (u = 2^-53), and an error that could reach the eighth
  /// significant digit is noise (NumPy prints 8 digits by default).
  static func isOrderNoise(_ value: Double, terms: Int, size: Double) -> Bool {
    let bound = Double(terms) * 0x1p-52 * size
    return bound > 0 && bound > Swift.abs(value) * 1e-8
  }

  /// The refusal of a product `what` (`this matrix product holds an entry`) whose `value`, from terms as large as
  /// `size`, is at rounding-noise level: its digits are the CPU's OpenBLAS kernels'.
  static func orderNoiseRefusal(_ what: String, _ value: Double, size: Double) -> TensorError {
    TensorError(
      "NotImplementedError",
      "\(what) at rounding-noise level (\(value), from terms as large as \(size)): NumPy's own digits there depend "
        + "on the CPU (its OpenBLAS adds in another order on AVX2 than on AVX-512 machines), so no text can be "
        + "promised; compare it with np.allclose", isLimit: true)
  }
}
