/// NumPy's legacy `logistic`, `gumbel`, `rayleigh` and `zipf` on the MT19937 stream (numpy/random/mtrand.pyx, the
/// `random_logistic`, `random_gumbel`, `legacy_rayleigh` and `legacy_random_zipf` samplers), with the C library's
/// log, log1p and pow.
extension RandomState {
  /// `logistic(loc, scale, size)`: `loc + scale * log(u / (1 - u))`, a u of 0 drawn again.
  public mutating func logistic(loc: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(scale, "scale")
    return try drawing(size) { state in
      var uniform = state.generator.nextDouble()
      while uniform <= 0 { uniform = state.generator.nextDouble() }
      return loc + scale * GlibcMath.log(uniform / (1.0 - uniform))
    }
  }

  /// `gumbel(loc, scale, size)`: `loc - scale * log(-log(u))` for u = 1 - the draw, a u of 1 drawn again.
  public mutating func gumbel(loc: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(scale, "scale")
    return try drawing(size) { state in
      var uniform = 1.0 - state.generator.nextDouble()
      while !(uniform < 1.0) { uniform = 1.0 - state.generator.nextDouble() }
      return loc - scale * GlibcMath.log(-GlibcMath.log(uniform))
    }
  }

  /// `rayleigh(scale, size)`: the legacy sampler's `scale * sqrt(-2 * log1p(-u))` (NumPy's Generator uses the
  /// standard exponential instead, a different stream).
  public mutating func rayleigh(scale: Double, size: [Int]?) throws -> Tensor {
    try RandomGenerator.checkNonNegative(scale, "scale")
    return try drawing(size) { state in
      scale * (-2.0 * GlibcMath.log1p(-state.generator.nextDouble())).squareRoot()
    }
  }

  /// `zipf(a, size)`: the legacy rejection sampler, two uniforms a try: X = floor(u^(-1 / (a - 1))) for u = 1 - the
  /// first, rejected outside [1, 2**63 - 1], kept when `v * X * (T - 1) / (b - 1) <= T / b` (T = (1 + 1/X)^(a - 1),
  /// b = 2^(a - 1)). Each try counts against the statement's work: for `a` barely above 1 nearly every try is
  /// rejected, and a caller refuses an `a` whose b overflows, for which NumPy's loop never ends.
  public mutating func zipf(a: Double, size: [Int]?) throws -> Tensor {
    guard a > 1 else { throw RandomError.rejected("ValueError: a <= 1 or a is NaN") }
    let am1 = a - 1.0
    let b = GlibcMath.pow(2.0, am1)
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      while true {
        try ResourceMeter.chargeWork(1)
        let u = 1.0 - generator.nextDouble()
        let v = generator.nextDouble()
        let x = (GlibcMath.pow(u, -1.0 / am1)).rounded(.down)
        // 2**63 - 1 as a double is 2**63: NumPy compares with that.
        if x > 9_223_372_036_854_775_807.0 || x < 1.0 { continue }
        let t = GlibcMath.pow(1.0 + 1.0 / x, am1)
        if v * x * (t - 1.0) / (b - 1.0) <= t / b {
          values.append(Int64(x))
          break
        }
      }
    }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// `size` draws of `draw` (one NumPy float scalar for no size), in order.
  private mutating func drawing(_ size: [Int]?, _ draw: (inout RandomState) -> Double) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(draw(&self)) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }
}
