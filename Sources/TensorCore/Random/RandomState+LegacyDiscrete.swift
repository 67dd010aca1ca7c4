/// NumPy's legacy geometric and negative binomial samplers (`legacy_random_geometric`, `legacy_negative_binomial` in
/// numpy/random/src/legacy/legacy-distributions.c) on the MT19937 stream.
extension RandomState {
  /// `geometric(p, size)`: the cumulative search from p = 1/3 up (the Generator's), below it the legacy inversion
  /// `ceil(log1p(-u) / log(1 - p))`, which differs from the Generator's exponential one.
  public mutating func geometric(p: Double, size: [Int]?) throws -> Tensor {
    guard p > 0 && p <= 1 else { throw RandomError.rejected("ValueError: p <= 0, p > 1 or p contains NaNs") }
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      if p >= 0.333333333333333333333333 {
        var (x, sum, product) = (Int64(1), p, p)
        let q = 1.0 - p
        let u = generator.nextDouble()
        while u > sum {
          product *= q
          sum += product
          x += 1
        }
        values.append(x)
        continue
      }
      let z = (GlibcMath.log1p(-generator.nextDouble()) / GlibcMath.log(1 - p)).rounded(.up)
      // NumPy casts the quotient to a C long as it is: for p below about 1e-16 it is infinite (log(1 - p) is 0), and
      // what the cast gives is the CPU's, not a count.
      guard z > -0x1p63 && z < 0x1p63 else {
        throw TensorError(
          "NotImplementedError",
          "geometric(p=\(p)) draws a count past int64 (p below about 1e-16 makes log(1 - p) zero), which NumPy's "
            + "legacy sampler casts as the CPU does; snippets do not reproduce it", isLimit: true)
      }
      values.append(Int64(z))
    }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// `negative_binomial(n, p, size)`: a Poisson draw of mean `gamma(n) · (1 - p) / p`, the gamma NumPy's legacy one.
  /// A NaN n passes NumPy's checks and draws 0 after its gamma's and the Poisson's uniforms, as here.
  public mutating func negativeBinomial(n: Double, p: Double, size: [Int]?) throws -> Tensor {
    if n <= 0 { throw RandomError.rejected("ValueError: n <= 0") }
    guard p >= 0 && p <= 1 else { throw RandomError.rejected("ValueError: p < 0, p > 1 or p is NaN") }
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      let mean = (1 - p) / p * legacyStandardGamma(n)
      // Past the limit (p = 0 makes it infinite) NumPy's Poisson sampler converts a double beyond int64.
      if mean > RandomGenerator.poissonMeanLimit {
        throw TensorError(
          "NotImplementedError",
          "negative_binomial(n=\(n), p=\(p)) drew a Poisson mean of \(mean), past NumPy's limit, whose draw snippets "
            + "do not reproduce", isLimit: true)
      }
      values.append(generator.poisson(mean))
    }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }
}
