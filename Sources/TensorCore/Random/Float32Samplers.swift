/// The Generator's float32 samplers beyond the ziggurats: `standard_gamma(shape, size, dtype=np.float32)` and
/// `standard_exponential(size, dtype, method='inv')`, step for step as NumPy's `distributions.c` takes them.
extension RandomGenerator {
  /// `standard_gamma(shape, size, dtype=np.float32)` for a float32 shape that is not negative (NaN draws as NumPy's
  /// does).
  public mutating func float32StandardGamma(shape: Float, size: [Int]?) throws -> Tensor {
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
  /// NumPy's `random_standard_gamma_f`, every step in float: the float32 exponential at shape 1, 0 at 0; below 1,
  /// Johnk-style rejection from a uniform and a float32 exponential (glibc's `powf` and `logf`); above, Marsaglia and
  /// Tsang's method on float32 normals, with its squeeze test first and glibc's `logf` after.
  mutating func standardGammaFloat(_ shape: Float) -> Float {
    if shape == 1 { return standardExponentialFloat() }
    if shape == 0 { return 0 }
    if shape < 1 {
      while true {
        let u = nextFloat()
        let v = standardExponentialFloat()
        if u <= 1 - shape {
          let x = GlibcMath.powf(u, 1 / shape)
          if x <= v { return x }
        } else {
          let y = -GlibcMath.logf((1 - u) / shape)
          let x = GlibcMath.powf(1 - shape + shape * y, 1 / shape)
          if x <= v + y { return x }
        }
      }
    }
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
