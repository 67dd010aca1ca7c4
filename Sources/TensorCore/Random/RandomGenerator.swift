/// NumPy's modern `Generator` on a PCG64 bit generator seeded through `SeedSequence`, as `np.random.default_rng(seed)`
/// makes it, bit for bit.
///
/// Every method takes NumPy's `size`: nil draws one value (a 0-d NumPy scalar here; the caller decides whether NumPy
/// would hand back a Python scalar), otherwise an array of that shape in row-major order.
public struct RandomGenerator: Sendable, IntervalShuffling {
  var bits: PCG64
  /// The seed's words, its spawn key and how many children it has spawned (`SeedSequence`'s `entropy`, `spawn_key`
  /// and `n_children_spawned`), what `spawn` continues from; nil when the sequence is a snippet's own object.
  private var lineage: (entropy: [UInt32], spawnKey: [UInt32], childrenSpawned: Int)?

  /// NumPy's `rng.bit_generator.state` words: PCG64's state and increment as 32-bit words, least significant first,
  /// whether a 32-bit draw left a half word behind (`has_uint32`) and the last such half word (`uinteger`).
  public var bitGeneratorState: (state: [UInt32], increment: [UInt32], hasBuffered: Bool, buffered: UInt32) {
    let (state, increment, hasBuffered, buffered) = bits.stateWords
    func words(_ value: UInt128) -> [UInt32] { (0..<4).map { UInt32(truncatingIfNeeded: value >> (32 * $0)) } }
    return (words(state), words(increment), hasBuffered, buffered)
  }

  /// `default_rng(seed)` for a non-negative int seed (one entry) or a list of them.
  public init(entropy: [Int]) throws {
    var words: [UInt32] = []
    for value in entropy {
      guard value >= 0 else { throw RandomError.rejected("ValueError: expected non-negative integer") }
      words += SeedSequence.words(of: UInt64(value))
    }
    self.init(words: words)
  }

  /// `default_rng(seed)` for seed integers of any size, given as their 32-bit words, least significant first, one
  /// integer after another (what NumPy's `SeedSequence` hashes).
  public init(words: [UInt32]) {
    self.init(words: words, spawnKey: [])
  }

  /// `Generator(PCG64(SeedSequence(entropy, spawn_key=key)))`: the seed's words and the spawn key's, each index of
  /// the key one word. With `ownsSequence` false the sequence is an object the caller keeps (its spawn count lives
  /// there), so `spawn` answers nil.
  public init(words: [UInt32], spawnKey: [UInt32], ownsSequence: Bool = true) {
    let state = SeedSequence(entropy: words, spawnKey: spawnKey).generateLongs(4)
    bits = PCG64(
      seed: UInt128(state[0]) << 64 | UInt128(state[1]), stream: UInt128(state[2]) << 64 | UInt128(state[3]))
    lineage = ownsSequence ? (words, spawnKey, 0) : nil
  }

  /// `spawn(n)`: `count` (at least 0) independent generators, whose seed sequences extend this one's spawn key by
  /// the next `count` child indices (`SeedSequence.spawn`); the draws of this generator are untouched. Nil when the
  /// seed sequence is not this generator's own.
  public mutating func spawn(_ count: Int) -> [RandomGenerator]? {
    precondition(count >= 0, "spawn of a negative count")
    guard let (entropy, spawnKey, first) = lineage else { return nil }
    lineage?.childrenSpawned += count
    return (first..<first + count).map { RandomGenerator(words: entropy, spawnKey: spawnKey + [UInt32($0)]) }
  }

  /// `random(size)`: uniform doubles in [0, 1).
  public mutating func random(size: [Int]?) throws -> Tensor {
    try doubles(size) { $0.nextDouble() }
  }

  /// `standard_normal(size)`: the ziggurat normal.
  public mutating func standardNormal(size: [Int]?) throws -> Tensor {
    try doubles(size) { $0.standardNormal() }
  }

  /// `normal(loc, scale, size)`: `loc + scale * z` for each ziggurat normal z.
  public mutating func normal(loc: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(scale, "scale")
    return try doubles(size) { loc + scale * $0.standardNormal() }
  }

  /// `uniform(low, high, size)`: `low + (high - low) * u`.
  public mutating func uniform(low: Double, high: Double, size: [Int]?) throws -> Tensor {
    let range = high - low
    guard range.isFinite else {
      throw RandomError.rejected("OverflowError: high - low range exceeds valid bounds")
    }
    try Self.checkNonNegative(range, "high - low")
    return try doubles(size) { low + range * $0.nextDouble() }
  }

  /// `exponential(scale, size)`: the ziggurat exponential times `scale`.
  public mutating func exponential(scale: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(scale, "scale")
    return try doubles(size) { scale * $0.standardExponential() }
  }

  /// `integers(low, high, size, endpoint=)` with dtype int64: Lemire's bounded draws on [low, high) or [low, high].
  public mutating func integers(low: Int, high: Int, endpoint: Bool, size: [Int]?) throws -> Tensor {
    // NumPy checks the interval only when it draws: an empty size is an empty array whatever the bounds.
    if let size, try Sampling.count(size) == 0 { return try Tensor.zeros(size, dtype: .int64) }
    let (offset, range) = try Self.integerRange(low: low, high: high, endpoint: endpoint)
    return try integers(size) { Int64(bitPattern: UInt64(bitPattern: Int64(offset)) &+ $0.lemireBounded(range)) }
  }

  /// `binomial(n, p, size)`.
  public mutating func binomial(n: Int, p: Double, size: [Int]?) throws -> Tensor {
    // NumPy checks p before n.
    guard p >= 0 && p <= 1 else { throw RandomError.rejected("ValueError: p < 0, p > 1 or p is NaN") }
    if n < 0 { throw RandomError.rejected("ValueError: n < 0") }
    return try integers(size) { $0.binomial(Int64(n), p) }
  }

  /// NumPy's largest Poisson mean: `iinfo(int64).max - 10 * sqrt(iinfo(int64).max)`.
  static let poissonMeanLimit = 9_223_372_036_854_775_807.0 - 10 * (9_223_372_036_854_775_807.0).squareRoot()

  /// `poisson(lam, size)`.
  public mutating func poisson(lam: Double, size: [Int]?) throws -> Tensor {
    guard lam >= 0 else { throw RandomError.rejected("ValueError: lam < 0 or lam is NaN") }
    if lam > Self.poissonMeanLimit { throw RandomError.rejected("ValueError: lam value too large") }
    return try integers(size) { $0.poisson(lam) }
  }

  /// `choice(a, size, replace, p, shuffle=)` where `a` is an int: indices into `range(a)`.
  public mutating func choice(
    populationSize: Int, size: [Int]?, replace: Bool, p: [Double]?, isArray: Bool = false, shuffle: Bool = true
  ) throws -> Tensor {
    let indices = try Sampling.choiceIndices(
      populationSize: populationSize, size: size, replace: replace, p: p, isArray: isArray, legacy: false,
      tooLarge: "ValueError: Cannot take a larger sample than population when replace is False",
      uniform: { bits.nextDouble() }, bounded: { bits.lemireBounded($0) },
      unweighted: { try sampleWithoutReplacement(populationSize, $0, shuffle: shuffle) })
    return Tensor(shape: size ?? [], storage: .int64(indices), isScalar: size == nil)
  }

  /// `choice(a, ...)` for an array `a`: its rows at the chosen indices.
  public mutating func choice(
    from tensor: Tensor, size: [Int]?, replace: Bool, p: [Double]?, shuffle: Bool = true
  ) throws -> Tensor {
    try Sampling.rows(of: tensor, size: size) {
      try choice(populationSize: $0, size: size, replace: replace, p: p, isArray: true, shuffle: shuffle)
    }
  }

  /// `random_interval` on PCG64, which Generator's `shuffle` and `permutation` draw their swap partners with.
  public mutating func randomInterval(_ max: UInt64) -> UInt64 { bits.interval(max) }

  /// `_shuffle_int`: Fisher–Yates down to `first`, partners drawn by Lemire's method.
  private mutating func shuffleLemire(_ items: inout [Int64], first: Int) {
    var index = items.count - 1
    while index >= first {
      let partner = Int(bits.lemireBounded(UInt64(index)))
      items.swapAt(index, partner)
      index -= 1
    }
  }

  /// NumPy's sampling without replacement and without `p`: a partial tail shuffle of the whole population when the
  /// sample is a large share of a large population (above 1/50 of it, or 1/20 without `shuffle`), Floyd's algorithm
  /// otherwise, followed by a shuffle unless `shuffle` is false.
  private mutating func sampleWithoutReplacement(_ population: Int, _ count: Int, shuffle: Bool) throws -> [Int64] {
    if population > 10_000 && count > population / (shuffle ? 50 : 20) {
      _ = try Sampling.count([population])  // NumPy shuffles all of arange(population): refuse one past the limit
      var all = (0..<Int64(population)).map { $0 }
      shuffleLemire(&all, first: max(population - count, 1))
      return Array(all[(population - count)...])
    }
    var chosen = Set<Int64>()
    var result: [Int64] = []
    result.reserveCapacity(count)
    for upper in (population - count)..<population {
      let value = Int64(bits.lemireBounded(UInt64(upper)))
      if chosen.insert(value).inserted {
        result.append(value)
      } else {
        chosen.insert(Int64(upper))
        result.append(Int64(upper))
      }
    }
    if shuffle { shuffleLemire(&result, first: 1) }
    return result
  }

  private mutating func doubles(_ size: [Int]?, _ draw: (inout PCG64) -> Double) throws -> Tensor {
    let count = try Sampling.count(size)
    let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      for index in 0..<count { buffer[index] = draw(&bits) }
      initialized = count
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  private mutating func integers(_ size: [Int]?, _ draw: (inout PCG64) -> Int64) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(draw(&bits)) }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// NumPy's `CONS_NON_NEGATIVE`: a negative value, -0.0 included, is refused; NaN passes.
  static func checkNonNegative(_ value: Double, _ name: String) throws {
    if !value.isNaN && value.sign == .minus { throw RandomError.rejected("ValueError: \(name) < 0") }
  }

  /// The offset and inclusive range of `integers`/`randint`, with NumPy's messages for an empty interval.
  static func integerRange(low: Int, high: Int, endpoint: Bool) throws -> (offset: Int, range: UInt64) {
    if endpoint {
      if low > high { throw RandomError.rejected("ValueError: \(low == 0 ? "high < 0" : "low > high")") }
      return (low, UInt64(bitPattern: Int64(high) &- Int64(low)))
    }
    if low >= high { throw RandomError.rejected("ValueError: \(low == 0 ? "high <= 0" : "low >= high")") }
    return (low, UInt64(bitPattern: Int64(high) &- Int64(low)) &- 1)
  }
}
