/// What `choice`, `permutation` and `shuffle` share between the modern Generator and the legacy RandomState: the
/// probability checks, the cumulative search, and taking rows of an array.
enum Sampling {
  /// The most elements of p that drawing without replacement may rescan in one call.
  static let maximumWork = 400_000_000

  /// Python's `sqrt(finfo(float64).eps)`, the tolerance NumPy allows on `sum(p) - 1`.
  static let probabilityTolerance = 1.4901161193847656e-08

  /// NumPy's checks of `p` for a population of `populationSize`; `legacy` selects RandomState's wording.
  static func checkProbabilities(_ p: [Double], populationSize: Int, legacy: Bool) throws {
    if p.count != populationSize {
      throw RandomError.rejected("ValueError: \(legacy ? "'a' and 'p'" : "a and p") must have same size")
    }
    let total = kahanSum(p)
    if total.isNaN { throw RandomError.rejected("ValueError: \(legacy ? "p" : "P")robabilities contain NaN") }
    if p.contains(where: { $0 < 0 }) {
      throw RandomError.rejected("ValueError: \(legacy ? "p" : "P")robabilities are not non-negative")
    }
    if abs(total - 1) > probabilityTolerance {
      throw RandomError.rejected(
        legacy
          ? "ValueError: probabilities do not sum to 1"
          : "ValueError: Probabilities do not sum to 1. See Notes section of docstring for more information.")
    }
  }

  /// NumPy's `kahan_sum`, which only decides whether `p` sums to 1.
  static func kahanSum(_ values: [Double]) -> Double {
    guard var sum = values.first else { return 0 }
    var compensation = 0.0
    for value in values.dropFirst() {
      let y = value - compensation
      let t = sum + y
      compensation = (t - sum) - y
      sum = t
    }
    return sum
  }

  /// `cdf = p.cumsum(); cdf /= cdf[-1]`, NumPy's sequential running sum.
  static func normalizedCumulative(_ p: [Double]) -> [Double] {
    var running = 0.0
    var cumulative = p.map { value -> Double in
      running += value
      return running
    }
    if let last = cumulative.last {
      for index in cumulative.indices { cumulative[index] /= last }
    }
    return cumulative
  }

  /// `cdf.searchsorted(u, side='right')`: how many entries of the sorted `cdf` are at most `u`.
  static func searchRight(_ cdf: [Double], _ u: Double) -> Int {
    var low = 0
    var high = cdf.count
    while low < high {
      let middle = (low + high) / 2
      if cdf[middle] <= u { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Draws without replacement by `p`, as both generators do: draw, zero out what was found, renormalise, repeat,
  /// keeping each new index at its first appearance.
  static func weightedWithoutReplacement(
    _ p: [Double], count: Int, maximumWork: Int = Sampling.maximumWork, uniforms: (Int) throws -> [Double]
  ) throws -> [Int] {
    if p.lazy.filter({ $0 > 0 }).count < count {
      throw RandomError.rejected("ValueError: Fewer non-zero entries in p than size")
    }
    var weights = p
    var found: [Int] = []
    var work = 0
    while found.count < count {
      // Each round rescans all of p and may find only one new index: bound the rounds, as NumPy does not.
      work += p.count
      if work > maximumWork {
        throw TensorError.limit(
          "choice(..., replace=False, p=...) needed more than \(maximumWork) steps to find distinct draws; "
            + "draw fewer values or give p fewer, less skewed entries")
      }
      let draws = try uniforms(count - found.count)
      for index in found { weights[index] = 0 }
      let cdf = normalizedCumulative(weights)
      var seen = Set<Int>()
      for u in draws {
        let index = searchRight(cdf, u)
        if seen.insert(index).inserted { found.append(index) }
      }
    }
    return found
  }

  /// The rows of `tensor` (along axis 0) at `indices`, as `a[indices]` with `indices` shaped `shape`.
  static func take(_ tensor: Tensor, rows indices: [Int], shape: [Int], scalar: Bool) -> Tensor {
    let outer = tensor.shape.first ?? 0
    let rowSize = outer == 0 ? 0 : tensor.size / outer
    let resultShape = shape + tensor.shape.dropFirst()
    let isScalar = scalar && tensor.ndim == 1
    func gather<Element>(_ values: [Element]) -> [Element] {
      var result: [Element] = []
      result.reserveCapacity(indices.count * rowSize)
      for index in indices { result.append(contentsOf: values[index * rowSize..<(index + 1) * rowSize]) }
      return result
    }
    // Moving rows never changes their values: the rows keep the array's dtype (np.int8, np.float16, ...).
    switch tensor.storage {
    case .float64(let values):
      return Tensor(shape: resultShape, storage: .float64(gather(values)), isScalar: isScalar).tagged(tensor.dtype)
    case .int64(let values):
      return Tensor(shape: resultShape, storage: .int64(gather(values)), isScalar: isScalar).tagged(tensor.dtype)
    case .bool(let values):
      return Tensor(shape: resultShape, storage: .bool(gather(values)), isScalar: isScalar)
    case .complex128(let values):
      return Tensor(shape: resultShape, storage: .complex128(gather(values)), isScalar: isScalar)
        .tagged(tensor.dtype)
    }
  }

  /// The number of elements of a `size=` shape (nil is one draw), within the element limit.
  static func count(_ size: [Int]?) throws -> Int {
    try RandomState.elementCount(size ?? [])
  }

  /// `choice`'s indices into `range(populationSize)` for a `size=` shape, the same steps in both APIs (`legacy`
  /// selects RandomState's wording; `tooLarge` is its message for a sample larger than the population): with
  /// replacement, `p`'s cumulative sums searched with `uniform()` draws, or `bounded(populationSize - 1)` draws;
  /// without, `p`'s weighted draws, or `unweighted()`, each API's own permutation.
  static func choiceIndices(
    populationSize: Int, size: [Int]?, replace: Bool, p: [Double]?, isArray: Bool, legacy: Bool, tooLarge: String,
    uniform: () -> Double, bounded: (UInt64) -> UInt64, unweighted: (_ count: Int) throws -> [Int64]
  ) throws -> [Int64] {
    let count = try Sampling.count(size)
    try checkPopulation(populationSize, drawing: count, isArray: isArray, legacy: legacy)
    if let p { try checkProbabilities(p, populationSize: populationSize, legacy: legacy) }
    if replace {
      if let p {
        let cdf = normalizedCumulative(p)
        return (0..<count).map { _ in Int64(searchRight(cdf, uniform())) }
      }
      // No draw when none is asked for (an empty population is allowed then, and has no last index).
      if count == 0 { return [] }
      let range = UInt64(populationSize - 1)
      return (0..<count).map { _ in Int64(bitPattern: bounded(range)) }
    }
    if count > populationSize { throw RandomError.rejected(tooLarge) }
    if let p {
      return try weightedWithoutReplacement(p, count: count) { draws in (0..<draws).map { _ in uniform() } }
        .map(Int64.init)
    }
    return try unweighted(count)
  }

  /// `choice(a, ...)` for an array `a`, in both APIs: its rows at the indices `choose(rows)` draws.
  static func rows(of tensor: Tensor, size: [Int]?, chosenBy choose: (_ rows: Int) throws -> Tensor) throws -> Tensor {
    guard let rows = tensor.shape.first else {
      throw RandomError.rejected("ValueError: a must be 1-dimensional or an integer")
    }
    let indices = try choose(rows)
    guard case .int64(let values) = indices.storage else { return indices }
    return take(tensor, rows: values.map { Int($0) }, shape: size ?? [], scalar: size == nil)
  }

  /// The draw width and range of a dtype NumPy's `_bounded_integers` draws from pieces of 32-bit words (bool, int8 to
  /// uint32), in both APIs; nil for the 64-bit ones.
  static func narrowIntegerDraws(_ dtype: DType) -> (bits: Int, minimum: Int, maximum: Int)? {
    switch dtype {
    case .bool, .int8, .uint8, .int16, .uint16, .int32, .uint32:
      let bounds = dtype.integerBounds
      return (dtype == .bool ? 1 : dtype.bits, Int(bounds.min), Int(bounds.max))
    default: return nil
    }
  }

  /// NumPy's `a must be ...` check for `choice`.
  static func checkPopulation(_ populationSize: Int, drawing count: Int, isArray: Bool, legacy: Bool) throws {
    if populationSize <= 0 && count != 0 || populationSize < 0 {
      if isArray { throw RandomError.rejected("ValueError: a cannot be empty unless no samples are taken") }
      throw RandomError.rejected(
        legacy
          ? "ValueError: a must be greater than 0 unless no samples are taken"
          : "ValueError: a must be a positive integer unless no samples are taken")
    }
  }
}
