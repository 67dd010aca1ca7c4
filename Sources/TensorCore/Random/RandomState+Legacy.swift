/// The legacy module's other draws (`randint`, `choice`, `permutation`, `shuffle`, `uniform`, `normal`,
/// `exponential`, `random_sample`) on the MT19937 stream, bit for bit with NumPy's `RandomState`.
extension RandomState: IntervalShuffling {
  /// `random_sample(size)` (also `np.random.random`): uniform doubles in [0, 1).
  public mutating func randomSample(size: [Int]?) throws -> Tensor {
    try rand(shape: size ?? []).asScalar(size == nil)
  }

  /// `uniform(low, high, size)`: `low + (high - low) * u`.
  public mutating func uniform(low: Double, high: Double, size: [Int]?) throws -> Tensor {
    let range = high - low
    guard range.isFinite else { throw RandomError.rejected("OverflowError: Range exceeds valid bounds") }
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(low + range * generator.nextDouble()) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `normal(loc, scale, size)`: `loc + scale * g` for each polar Box–Muller gaussian g (shared with `randn`).
  public mutating func normal(loc: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(scale, "scale")
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(loc + scale * randn()) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `binomial(n, p, size)`: NumPy's legacy sampler, the Generator's inversion and BTPE on the MT19937 stream without
  /// its shortcut for n = 0 and p = 0 (`legacyBinomial`).
  public mutating func binomial(n: Int, p: Double, size: [Int]?) throws -> Tensor {
    // NumPy checks p before n.
    guard p >= 0 && p <= 1 else { throw RandomError.rejected("ValueError: p < 0, p > 1 or p is NaN") }
    if n < 0 { throw RandomError.rejected("ValueError: n < 0") }
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(generator.legacyBinomial(Int64(n), p)) }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// `poisson(lam, size)`: the Generator's `random_poisson` on the MT19937 stream, as NumPy's legacy sampler.
  public mutating func poisson(lam: Double, size: [Int]?) throws -> Tensor {
    guard lam >= 0 else { throw RandomError.rejected("ValueError: lam < 0 or lam is NaN") }
    if lam > RandomGenerator.poissonMeanLimit { throw RandomError.rejected("ValueError: lam value too large") }
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(generator.poisson(lam)) }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// `exponential(scale, size)` (and `standard_exponential`): `scale * -log(1 - u)`, with the C library's log as
  /// NumPy's legacy sampler calls it.
  public mutating func exponential(scale: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(scale, "scale")
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(scale * -GlibcMath.log(1.0 - generator.nextDouble())) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `randint(low, high, size)` with dtype int64: masked rejection on [low, high).
  public mutating func randint(low: Int, high: Int, size: [Int]?) throws -> Tensor {
    // NumPy checks the interval only when it draws: an empty size is an empty array whatever the bounds.
    if let size, try Sampling.count(size) == 0 { return try Tensor.zeros(size, dtype: .int64) }
    let (offset, range) = try RandomGenerator.integerRange(low: low, high: high, endpoint: false)
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      values.append(Int64(bitPattern: UInt64(bitPattern: Int64(offset)) &+ generator.maskedBounded(range)))
    }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// `randint(low, high, size, dtype)` for a dtype narrower than int64 (or bool), as NumPy's `_bounded_integers`
  /// draws it on the legacy stream: `high` checked against the dtype's range, then masked rejection of 32-bit draws
  /// (int32, uint32), or of 16- or 8-bit pieces cut from one 32-bit draw at a time (int16, uint16, int8, uint8), or
  /// one bit at a time of a 32-bit draw (bool); the buffer starts empty for each call. Signed values are drawn as
  /// their unsigned offsets from `low` and wrap, as NumPy's do. NumPy's 100 exercises draw uint8 images this way.
  public mutating func randint(low: Int, high: Int, size: [Int]?, dtype: DType) throws -> Tensor {
    if let size, try Sampling.count(size) == 0 { return try Tensor.zeros(size, dtype: dtype) }
    guard let (bits, minimum, maximum) = Sampling.narrowIntegerDraws(dtype) else {
      if dtype == .uint64, low < 0 { throw RandomError.rejected("ValueError: low is out of bounds for uint64") }
      return try randint(low: low, high: high, size: size).astype(dtype).asScalar(size == nil)
    }
    let name = dtype == .bool ? "bool" : dtype.rawValue
    if low < minimum { throw RandomError.rejected("ValueError: low is out of bounds for \(name)") }
    if high - 1 > maximum { throw RandomError.rejected("ValueError: high is out of bounds for \(name)") }
    if low > high - 1 { throw RandomError.rejected("ValueError: low >= high") }
    let range = UInt32(high - 1 - low)
    let mask = range == 0 ? 0 : UInt32.max >> range.leadingZeroBitCount
    let count = try Sampling.count(size)
    var buffer: UInt32 = 0
    var remaining = 0
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      var drawn: UInt32
      switch bits {
      case 1:
        if range == 0 {
          drawn = 0
        } else {
          if remaining == 0 {
            buffer = generator.nextUInt32()
            remaining = 31
          } else {
            buffer >>= 1
            remaining -= 1
          }
          drawn = buffer & 1
        }
      case 8, 16:
        let full: UInt32 = bits == 8 ? 0xFF : 0xFFFF
        drawn = 0
        if range != 0 {
          repeat {
            if remaining == 0 {
              buffer = generator.nextUInt32()
              remaining = 32 / bits - 1
            } else {
              buffer >>= UInt32(bits)
              remaining -= 1
            }
            drawn = range == full ? buffer & full : buffer & full & mask
          } while drawn > range
        }
      default:
        if range == 0 {
          drawn = 0
        } else if range == UInt32.max {
          drawn = generator.nextUInt32()
        } else {
          repeat { drawn = generator.nextUInt32() & mask } while drawn > range
        }
      }
      values.append(Int64(low) + Int64(drawn))
    }
    return try Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil).astype(dtype)
      .asScalar(size == nil)
  }

  /// `choice(a, size, replace, p)` where `a` is an int: indices into `range(a)`.
  public mutating func choice(
    populationSize: Int, size: [Int]?, replace: Bool, p: [Double]?, isArray: Bool = false
  ) throws -> Tensor {
    let indices = try Sampling.choiceIndices(
      populationSize: populationSize, size: size, replace: replace, p: p, isArray: isArray, legacy: true,
      tooLarge: "ValueError: Cannot take a larger sample than population when 'replace=False'",
      uniform: { generator.nextDouble() }, bounded: { generator.maskedBounded($0) },
      unweighted: { count in
        _ = try Sampling.count([populationSize])  // NumPy permutes all of arange(a): refuse one past the limit
        var order = (0..<Int64(populationSize)).map { $0 }
        shuffleIndices(&order)
        return Array(order.prefix(count))
      })
    return Tensor(shape: size ?? [], storage: .int64(indices), isScalar: size == nil)
  }

  /// `choice(a, ...)` for an array `a`: its rows at the chosen indices.
  public mutating func choice(from tensor: Tensor, size: [Int]?, replace: Bool, p: [Double]?) throws -> Tensor {
    try Sampling.rows(of: tensor, size: size) {
      try choice(populationSize: $0, size: size, replace: replace, p: p, isArray: true)
    }
  }

  /// `random_interval` on MT19937, which the legacy `shuffle` and `permutation` draw their swap partners with.
  public mutating func randomInterval(_ max: UInt64) -> UInt64 { generator.interval(max) }
}

extension Tensor {
  /// The same values marked as a NumPy scalar when `scalar` is true.
  func asScalar(_ scalar: Bool) -> Tensor {
    var copy = self
    copy.isScalar = scalar
    return copy
  }
}

/// The legacy module's lognormal, Laplace and multinomial draws, as NumPy's `RandomState` makes them on its MT19937
/// stream.
extension RandomState {
  /// `lognormal(mean, sigma, size)`: `exp(mean + sigma * g)` for each polar Box–Muller gaussian g (NumPy's
  /// `legacy_lognormal`), with the C library's exp.
  public mutating func lognormal(mean: Double, sigma: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(sigma, "sigma")
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(GlibcMath.exp(mean + sigma * randn())) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `standard_cauchy(size)`: NumPy's legacy sampler, one Gaussian (the polar method's, with its cached second
  /// value) divided by the next.
  public mutating func standardCauchy(size: [Int]?) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      let numerator = randn()
      values.append(numerator / randn())
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// One standard gamma draw of NumPy's legacy sampler (`StandardGamma`): its exponentials are `-log(1 - u)` and its
  /// normals the polar Gaussians.
  mutating func legacyStandardGamma(_ shape: Double) -> Double {
    StandardGamma.draw(
      shape, uniform: { generator.nextDouble() }, exponential: { -GlibcMath.log(1.0 - generator.nextDouble()) },
      normal: { randn() })
  }

  /// The legacy gamma family, each value made from standard gamma draws as NumPy's legacy samplers make it.
  public enum GammaFamily: Sendable {
    /// `standard_gamma(shape)` and `gamma(shape, scale)`: scale · gamma(shape).
    case gamma(shape: Double, scale: Double)
    /// `chisquare(df)`: 2 · gamma(df / 2).
    case chisquare(df: Double)
    /// `standard_t(df)`: a Gaussian, then gamma(df / 2): sqrt(df / 2) · g / sqrt(gamma).
    case studentT(df: Double)
    /// `f(dfnum, dfden)`: (chisquare(dfnum) · dfden) / (chisquare(dfden) · dfnum).
    case f(dfnum: Double, dfden: Double)
  }

  /// `size` draws of a member of the gamma family, after NumPy's checks of its parameters (a NaN passes them).
  public mutating func gammaFamily(_ family: GammaFamily, size: [Int]?) throws -> Tensor {
    func positive(_ value: Double, _ name: String) throws {
      if value <= 0 { throw RandomError.rejected("ValueError: \(name) <= 0") }
    }
    switch family {
    case .gamma(let shape, let scale):
      try RandomGenerator.checkNonNegative(shape, "shape")
      try RandomGenerator.checkNonNegative(scale, "scale")
    case .chisquare(let df), .studentT(let df): try positive(df, "df")
    case .f(let dfnum, let dfden):
      try positive(dfnum, "dfnum")
      try positive(dfden, "dfden")
    }
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      switch family {
      case .gamma(let shape, let scale): values.append(scale * legacyStandardGamma(shape))
      case .chisquare(let df): values.append(2.0 * legacyStandardGamma(df / 2.0))
      case .studentT(let df):
        let numerator = randn()
        let denominator = legacyStandardGamma(df / 2.0)
        values.append((df / 2.0).squareRoot() * numerator / denominator.squareRoot())
      case .f(let dfnum, let dfden):
        let top = 2.0 * legacyStandardGamma(dfnum / 2.0) * dfden
        values.append(top / (2.0 * legacyStandardGamma(dfden / 2.0) * dfnum))
      }
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `beta(a, b, size)`: NumPy's `legacy_beta`, Johnk's algorithm on two uniforms when both parameters are at most 1
  /// (through logarithms when both powers underflow, and without the Generator's rejection of two zero uniforms or
  /// its shortcut for tiny parameters), else two legacy standard gamma draws.
  public mutating func beta(a: Double, b: Double, size: [Int]?) throws -> Tensor {
    if a <= 0 { throw RandomError.rejected("ValueError: a <= 0") }
    if b <= 0 { throw RandomError.rejected("ValueError: b <= 0") }
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      if a <= 1.0 && b <= 1.0 {
        while true {
          let u = generator.nextDouble()
          let v = generator.nextDouble()
          let x = GlibcMath.pow(u, 1.0 / a)
          let y = GlibcMath.pow(v, 1.0 / b)
          guard x + y <= 1.0 else { continue }
          if x + y > 0 {
            values.append(x / (x + y))
          } else {
            var logX = GlibcMath.log(u) / a
            var logY = GlibcMath.log(v) / b
            let largest = logX > logY ? logX : logY
            logX -= largest
            logY -= largest
            values.append(GlibcMath.exp(logX - GlibcMath.log(GlibcMath.exp(logX) + GlibcMath.exp(logY))))
          }
          break
        }
      } else {
        let first = legacyStandardGamma(a)
        let second = legacyStandardGamma(b)
        values.append(first / (first + second))
      }
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `pareto(a, size)`, `weibull(a, size)` and `power(a, size)`: NumPy's legacy samplers, each a function of one
  /// standard exponential e = -log(1 - u) per draw: `exp(e / a) - 1` (the legacy sampler's, not `expm1`),
  /// `pow(e, 1 / a)` (no draw at all when a is 0, which gives 0) and `pow(1 - exp(-e), 1 / a)`, with the C
  /// library's exp, log and pow. A NaN `a` passes NumPy's checks and gives NaN.
  public mutating func shapedExponential(_ kind: ShapedExponential, a: Double, size: [Int]?) throws -> Tensor {
    switch kind {
    case .pareto, .power:
      if a <= 0 { throw RandomError.rejected("ValueError: a <= 0") }
    case .weibull:
      if a < 0 { throw RandomError.rejected("ValueError: a < 0") }
    }
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      if kind == .weibull && a == 0 {
        values.append(0)
        continue
      }
      let exponential = -GlibcMath.log(1.0 - generator.nextDouble())
      switch kind {
      case .pareto: values.append(GlibcMath.exp(exponential / a) - 1)
      case .weibull: values.append(GlibcMath.pow(exponential, 1.0 / a))
      case .power: values.append(GlibcMath.pow(1 - GlibcMath.exp(-exponential), 1.0 / a))
      }
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// `laplace(loc, scale, size)`: NumPy's `random_laplace` on the MT19937 stream, one uniform u per draw (a u of 0
  /// is drawn again), `loc - scale * log(2 - 2u)` from the upper half and `loc + scale * log(2u)` from the lower.
  public mutating func laplace(loc: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(scale, "scale")
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      var uniform = generator.nextDouble()
      while uniform == 0 { uniform = generator.nextDouble() }
      values.append(
        uniform >= 0.5
          ? loc - scale * GlibcMath.log(2.0 - uniform - uniform) : loc + scale * GlibcMath.log(uniform + uniform))
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }

  /// The probability each binomial draw of `multinomial` uses for the outcomes before the last: each outcome's
  /// probability over what the earlier ones left (`pvals[j] / remaining`), as NumPy's `random_multinomial` divides.
  public static func multinomialConditionals(_ pvals: [Double]) -> [Double] {
    var remaining = 1.0
    var conditionals: [Double] = []
    for probability in pvals.dropLast() {
      conditionals.append(probability / remaining)
      remaining -= probability
    }
    return conditionals
  }

  /// Throws what NumPy's legacy `multinomial` raises for its arguments: each of `pvals` in [0, 1], the Kahan sum of
  /// all but the last at most 1 + 1e-12, then `n` not negative.
  public static func checkMultinomial(n: Int, pvals: [Double]) throws {
    guard pvals.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
      throw RandomError.rejected("ValueError: pvals < 0, pvals > 1 or pvals contains NaNs")
    }
    if let first = pvals.first {
      // NumPy's kahan_sum(pvals, d - 1) starts from pvals[0] even when it sums no element (d == 1).
      var sum = first
      var compensation = 0.0
      for value in pvals.dropFirst().dropLast() {
        let adjusted = value - compensation
        let total = sum + adjusted
        compensation = (total - sum) - adjusted
        sum = total
      }
      if sum > 1.0 + 1e-12 { throw RandomError.rejected("ValueError: sum(pvals[:-1]) > 1.0") }
    }
    if n < 0 { throw RandomError.rejected("ValueError: n < 0") }
  }

  /// `multinomial(n, pvals, size)`: int64 counts of shape `size + (len(pvals),)`; each row draws, outcome by
  /// outcome before the last, a binomial of the trials left with the outcome's conditional probability, stopping once
  /// none are left; the last outcome takes the rest (NumPy's `random_multinomial`).
  public mutating func multinomial(n: Int, pvals: [Double], size: [Int]?) throws -> Tensor {
    try Self.checkMultinomial(n: n, pvals: pvals)
    return try generator.multinomial(n: n, pvals: pvals, size: size)
  }
}

extension BitSource {
  /// NumPy's `random_multinomial` for each row of `size + (len(pvals),)` int64 counts (both APIs draw alike).
  mutating func multinomial(n: Int, pvals: [Double], size: [Int]?) throws -> Tensor {
    let shape = (size ?? []) + [pvals.count]
    let total = try RandomState.elementCount(shape)
    let rows = pvals.isEmpty ? 0 : total / pvals.count
    let conditionals = RandomState.multinomialConditionals(pvals)
    var values = [Int64](repeating: 0, count: total)
    for row in 0..<rows {
      let offset = row * pvals.count
      var left = Int64(n)
      for (outcome, probability) in conditionals.enumerated() {
        let drawn = binomial(left, probability)
        values[offset + outcome] = drawn
        left -= drawn
        if left <= 0 { break }
      }
      if left > 0 { values[offset + pvals.count - 1] = left }
    }
    return Tensor(shape: shape, storage: .int64(values), isScalar: false)
  }
}

/// The legacy draws that transform one standard exponential by a shape parameter `a`.
public enum ShapedExponential: String, Sendable {
  case pareto, weibull, power
}
