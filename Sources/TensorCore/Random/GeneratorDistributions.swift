/// The Generator's continuous distributions built from its uniform, normal and exponential draws, step for step as
/// NumPy's `distributions.c` takes them (glibc's `log`, `exp`, `pow` and `log1p` through `GlibcMath`), with the
/// parameter checks of its `_generator.pyx`: `standard_exponential`, `standard_gamma`, `gamma`, `chisquare`, `beta`,
/// `laplace`, `rayleigh`, `standard_cauchy`, `lognormal` and `geometric`.
extension RandomGenerator {
  /// `standard_exponential(size)`: the ziggurat exponential.
  public mutating func standardExponential(size: [Int]?) throws -> Tensor {
    try doubleDraws(size) { $0.standardExponential() }
  }

  /// `standard_gamma(shape, size)`.
  public mutating func standardGamma(shape: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(shape, "shape")
    return try doubleDraws(size) { $0.standardGamma(shape) }
  }

  /// `gamma(shape, scale, size)`: `scale` times a standard gamma draw.
  public mutating func gamma(shape: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(shape, "shape")
    try Self.checkNonNegative(scale, "scale")
    return try doubleDraws(size) { scale * $0.standardGamma(shape) }
  }

  /// `chisquare(df, size)`: twice a standard gamma draw of shape df / 2.
  public mutating func chisquare(df: Double, size: [Int]?) throws -> Tensor {
    try Self.checkPositive(df, "df")
    return try doubleDraws(size) { 2.0 * $0.standardGamma(df / 2.0) }
  }

  /// `beta(a, b, size)`: Johnk's algorithm when both are at most 1, else two standard gamma draws.
  public mutating func beta(a: Double, b: Double, size: [Int]?) throws -> Tensor {
    try Self.checkPositive(a, "a")
    try Self.checkPositive(b, "b")
    return try doubleDraws(size) { $0.beta(a, b) }
  }

  /// `laplace(loc, scale, size)`: one uniform, redrawn while it is 0.
  public mutating func laplace(loc: Double, scale: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(scale, "scale")
    return try doubleDraws(size) { bits in
      while true {
        let u = bits.nextDouble()
        if u >= 0.5 { return loc - scale * GlibcMath.log(2.0 - u - u) }
        if u > 0.0 { return loc + scale * GlibcMath.log(u + u) }
      }
    }
  }

  /// `rayleigh(scale, size)`: `scale * sqrt(2 * exponential)`.
  public mutating func rayleigh(scale: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(scale, "scale")
    return try doubleDraws(size) { scale * (2.0 * $0.standardExponential()).squareRoot() }
  }

  /// `standard_cauchy(size)`: one ziggurat normal over another.
  public mutating func standardCauchy(size: [Int]?) throws -> Tensor {
    try doubleDraws(size) { bits in
      let numerator = bits.standardNormal()
      return numerator / bits.standardNormal()
    }
  }

  /// `lognormal(mean, sigma, size)`: `exp` of a normal draw.
  public mutating func lognormal(mean: Double, sigma: Double, size: [Int]?) throws -> Tensor {
    try Self.checkNonNegative(sigma, "sigma")
    return try doubleDraws(size) { GlibcMath.exp(mean + sigma * $0.standardNormal()) }
  }

  /// `geometric(p, size)`: a search through the cumulative probabilities from p = 1/3 up, else the inverted
  /// exponential, as int64.
  public mutating func geometric(p: Double, size: [Int]?) throws -> Tensor {
    guard p > 0, p <= 1 else { throw RandomError.rejected("ValueError: p <= 0, p > 1 or p contains NaNs") }
    let count = try Sampling.count(size)
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      if p >= 0.333333333333333333333333 {
        var (x, sum, product) = (Int64(1), p, p)
        let q = 1.0 - p
        let u = bits.nextDouble()
        while u > sum {
          product *= q
          sum += product
          x += 1
        }
        values.append(x)
      } else {
        let z = (-bits.standardExponential() / GlibcMath.log1p(-p)).rounded(.up)
        values.append(z >= 9.223372036854776e+18 ? Int64.max : Int64(z))
      }
    }
    return Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
  }

  /// NumPy's `CONS_POSITIVE`: zero or a negative value is refused; NaN passes.
  static func checkPositive(_ value: Double, _ name: String) throws {
    if value <= 0 { throw RandomError.rejected("ValueError: \(name) <= 0") }
  }

  private mutating func doubleDraws(_ size: [Int]?, _ draw: (inout PCG64) -> Double) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(draw(&bits)) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil)
  }
}

extension BitSource {
  /// NumPy's `random_standard_gamma`: an exponential at shape 1, 0 at shape 0, Johnk-style rejection below 1, and
  /// Marsaglia and Tsang's squeeze above.
  mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1.0 { return standardExponential() }
    if shape == 0.0 { return 0.0 }
    if shape < 1.0 {
      while true {
        let u = nextDouble()
        let v = standardExponential()
        if u <= 1.0 - shape {
          let x = GlibcMath.pow(u, 1.0 / shape)
          if x <= v { return x }
        } else {
          let y = -GlibcMath.log((1 - u) / shape)
          let x = GlibcMath.pow(1.0 - shape + shape * y, 1.0 / shape)
          if x <= v + y { return x }
        }
      }
    }
    let b = shape - 1.0 / 3.0
    let c = 1.0 / (9 * b).squareRoot()
    while true {
      var x: Double
      var v: Double
      repeat {
        x = standardNormal()
        v = 1.0 + c * x
      } while v <= 0.0
      v = v * v * v
      let u = nextDouble()
      if u < 1.0 - 0.0331 * (x * x) * (x * x) { return b * v }
      if GlibcMath.log(u) < 0.5 * x * x + b * (1.0 - v + GlibcMath.log(v)) { return b * v }
    }
  }

  /// NumPy's `random_beta`.
  mutating func beta(_ a: Double, _ b: Double) -> Double {
    if a <= 1.0 && b <= 1.0 {
      while true {
        let u = nextDouble()
        let v = nextDouble()
        let x = GlibcMath.pow(u, 1.0 / a)
        let y = GlibcMath.pow(v, 1.0 / b)
        let sum = x + y
        // Both draws 0 (about 1 in 10^106) is rejected; a sum too small for doubles goes through logarithms.
        if sum <= 1.0 && u + v > 0.0 {
          if sum > 0 { return x / sum }
          var logX = GlibcMath.log(u) / a
          var logY = GlibcMath.log(v) / b
          let largest = logX > logY ? logX : logY
          logX -= largest
          logY -= largest
          return GlibcMath.exp(logX - GlibcMath.log(GlibcMath.exp(logX) + GlibcMath.exp(logY)))
        }
      }
    }
    let first = standardGamma(a)
    let second = standardGamma(b)
    return first / (first + second)
  }
}
