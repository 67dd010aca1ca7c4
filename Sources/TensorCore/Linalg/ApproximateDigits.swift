import Synchronization

/// The `np.linalg` function a value was computed from, whose last digits are docbuild's rather than LAPACK's, with the
/// largest entry of the matrix it decomposed for eigenvalues and singular values (0 for the others).
struct DecompositionOrigin: Sendable {
  let name: String
  let inputScale: Double

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
    case .decomposition: return DecompositionOrigin(name: function.numpyName, inputScale: 0)
    case .determinant, .logAbsDeterminant, .inverse, .solve:
      if let order = node.inputs[0].shape.last, order > LUFactorization.largestBitExactOrder {
        return DecompositionOrigin(name: function.numpyName, inputScale: 0)
      }
      return nil
    case .cholesky: return nil
    }
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
    return nil
  }

  /// Why a format with a precision (`"%.8e" % s[-1]`, `f"{w[0]:.6f}"`) of this float scalar cannot be promised to
  /// show NumPy's digits, or nil: an eigenvalue or singular value below 1e-8 of its matrix's largest entry, whose
  /// digits can differ from LAPACK's from about the ninth on (as `approximateDigitsRefusal` refuses such an entry).
  public func formattedDigitsRefusal() -> TensorError? {
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
