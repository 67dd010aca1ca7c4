/// The Generator's float32 samplers beyond the ziggurats: `standard_gamma(shape, size, dtype=np.float32)` and
/// `standard_exponential(size, dtype, method='inv')`, step for step as NumPy's `distributions.c` takes them.
extension RandomGenerator {
  /// `standard_gamma(shape, size, dtype=np.float32)` for a float32 shape of 0, or at least 1 (below 1 NumPy takes
  /// glibc's `powf`, which docbuild does not have: nil). NaN shapes draw as NumPy's do.
  public mutating func float32StandardGamma(shape: Float, size: [Int]?) throws -> Tensor? {
    guard shape == 0 || shape >= 1 || shape.isNaN else { return nil }
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(Double(bits.standardGammaFloat(shape))) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil).tagged(.float32)
  }

  /// `standard_exponential(size, dtype, method='inv')`: -log1p(-U) of each uniform, in double (glibc's `log1p`) for
  /// float32 draws too, rounded to float then.
  public mutating func inverseExponential(float32: Bool, size: [Int]?) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      if float32 {
        values.append(Double(Float(-GlibcMath.log1p(Double(-bits.nextFloat())))))
      } else {
        values.append(-GlibcMath.log1p(-bits.nextDouble()))
      }
    }
    let drawn = Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
    return float32 ? drawn.tagged(.float32) : drawn
  }
}

extension BitSource {
  /// NumPy's `random_standard_gamma_f` for a shape of 0 or at least 1 (or NaN): the float32 exponential at 1, else
  /// Marsaglia and Tsang's method on float32 normals, every step in float, with its squeeze test first and glibc's
  /// `logf` after.
  mutating func standardGammaFloat(_ shape: Float) -> Float {
    if shape == 1 { return standardExponentialFloat() }
    if shape == 0 { return 0 }
    let b = shape - Float(1) / Float(3)
    let c = Float(1) / (Float(9) * b).squareRoot()
    while true {
      var x: Float
      var v: Float
      repeat {
        x = standardNormalFloat()
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = nextFloat()
      if u < 1 - Float(0.0331) * (x * x) * (x * x) { return b * v }
      if GlibcMath.logf(u) < Float(0.5) * x * x + b * (1 - v + GlibcMath.logf(v)) { return b * v }
    }
  }
}
