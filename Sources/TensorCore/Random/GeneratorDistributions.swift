/// The Generator's `standard_exponential` and `standard_cauchy`, and the gamma and beta samplers its distributions share
/// (step for step as NumPy's `distributions.c` takes them, glibc's `log`, `exp`, `pow` and `log1p` through
/// `GlibcMath`); the samplers with parameters are `GeneratorDistribution`'s.
extension RandomGenerator {
  /// `standard_exponential(size)`: the ziggurat exponential.
  public mutating func standardExponential(size: [Int]?) throws -> Tensor {
    try doubleDraws(size) { $0.standardExponential() }
  }

  /// `standard_cauchy(size)`: one ziggurat normal over another.
  public mutating func standardCauchy(size: [Int]?) throws -> Tensor {
    try doubleDraws(size) { bits in
      let numerator = bits.standardNormal()
      return numerator / bits.standardNormal()
    }
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
  /// NumPy's `random_standard_gamma` on this stream's uniform, ziggurat exponential and ziggurat normal draws.
  mutating func standardGamma(_ shape: Double) -> Double {
    StandardGamma.draw(
      shape, uniform: { nextDouble() }, exponential: { standardExponential() }, normal: { standardNormal() })
  }

  /// NumPy's `random_beta`: for a and b both at most 1, one uniform against a / (a + b) when both are below
  /// 3e-103, else Johnk's algorithm (through logarithms when a power underflows); above, two standard gammas.
  mutating func beta(_ a: Double, _ b: Double) -> Double {
    if a <= 1.0 && b <= 1.0 {
      if a < 3e-103 && b < 3e-103 {
        // So small a and b give 0 or 1 but with a chance below 1e-100.
        return (a + b) * nextDouble() < a ? 1 : 0
      }
      while true {
        let u = nextDouble()
        let v = nextDouble()
        let x = GlibcMath.pow(u, 1.0 / a)
        let y = GlibcMath.pow(v, 1.0 / b)
        let sum = x + y
        // Both draws 0 (about 1 in 10^106) is rejected.
        if sum <= 1.0 && u + v > 0.0 {
          if x > 0 && y > 0 { return x / sum }
          // A power underflowed to 0: x / (x + y) from the logarithms instead.
          let delta = GlibcMath.log(u) / a - GlibcMath.log(v) / b
          if delta > 0 { return GlibcMath.exp(-GlibcMath.log1p(GlibcMath.exp(-delta))) }
          return GlibcMath.exp(delta - GlibcMath.log1p(GlibcMath.exp(delta)))
        }
      }
    }
    let first = standardGamma(a)
    let second = standardGamma(b)
    return first / (first + second)
  }
}

extension RandomGenerator {
  /// `integers(low, high, size, dtype=, endpoint=)` for a dtype other than int64, as NumPy's `_bounded_integers`
  /// draws it: the dtype's bounds checked, then Lemire's method on 32-bit draws for (u)int32, on 16- or 8-bit pieces
  /// cut from one 32-bit draw at a time for (u)int16 and (u)int8, one bit at a time for bool (the pieces' buffer
  /// starts empty each call; the PCG64 stream's own 32-bit buffer carries over); uint64 as int64's draws.
  public mutating func integers(low: Int, high: Int, endpoint: Bool, size: [Int]?, dtype: DType) throws -> Tensor {
    if let size, try Sampling.count(size) == 0 { return try Tensor.zeros(size, dtype: dtype) }
    guard let (bits, minimum, maximum) = Sampling.narrowIntegerDraws(dtype) else {
      if dtype == .uint64, low < 0 { throw RandomError.rejected("ValueError: low is out of bounds for uint64") }
      let drawn = try integers(low: low, high: high, endpoint: endpoint, size: size)
      return try drawn.astype(dtype).asScalar(size == nil)
    }
    let name = dtype == .bool ? "bool" : dtype.rawValue
    let top = endpoint ? high : high - 1
    if low < minimum { throw RandomError.rejected("ValueError: low is out of bounds for \(name)") }
    if top > maximum { throw RandomError.rejected("ValueError: high is out of bounds for \(name)") }
    if low > top {
      let message = endpoint ? (low == 0 ? "high < 0" : "low > high") : (low == 0 ? "high <= 0" : "low >= high")
      throw RandomError.rejected("ValueError: \(message)")
    }
    let range = UInt32(top - low)
    let count = try Sampling.count(size)
    var buffer: UInt32 = 0
    var remaining = 0
    /// The next `bits` bits: a new 32-bit draw when the buffer is spent, else the buffer shifted on.
    func piece() -> UInt32 {
      if remaining == 0 {
        buffer = self.bits.nextUInt32()
        remaining = 32 / bits - 1
      } else {
        buffer >>= UInt32(bits)
        remaining -= 1
      }
      return bits == 32 ? buffer : buffer & ((1 << UInt32(bits)) - 1)
    }
    var values: [Int64] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      var drawn: UInt32
      if range == 0 {
        drawn = 0
      } else if bits == 32 {
        drawn = UInt32(self.bits.lemireBounded(UInt64(range)))
      } else if bits == 1 || range == (1 << UInt32(bits)) - 1 {
        drawn = piece()
      } else {
        // Lemire's method in the piece's width: the product's high half, rejecting the biased low ones.
        let exclusive = range + 1
        let width = UInt32(bits)
        let lowMask: UInt32 = (1 << width) - 1
        var product = piece() * exclusive
        var leftover = product & lowMask
        if leftover < exclusive {
          let threshold = (lowMask - range) % exclusive
          while leftover < threshold {
            product = piece() * exclusive
            leftover = product & lowMask
          }
        }
        drawn = product >> width
      }
      values.append(Int64(low) + Int64(drawn))
    }
    let result = Tensor(shape: size ?? [], storage: .int64(values), isScalar: size == nil)
    return try result.astype(dtype).asScalar(size == nil)
  }
}

extension RandomGenerator {
  /// `random(size, dtype=np.float32)`: NumPy's `next_float`, the top 24 bits of a 32-bit draw over 2^24 (the PCG64
  /// stream's 32-bit buffer used as for the narrow integers).
  public mutating func randomFloat32(size: [Int]?) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(Double(Float(bits.nextUInt32() >> 8) * (1.0 / 16_777_216.0))) }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil).tagged(.float32)
  }

  /// `standard_normal(size, dtype=np.float32)` and `standard_exponential(size, dtype=np.float32)`: NumPy's float32
  /// ziggurats.
  public mutating func float32Ziggurat(exponential: Bool, size: [Int]?) throws -> Tensor {
    let count = try Sampling.count(size)
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      values.append(Double(exponential ? bits.standardExponentialFloat() : bits.standardNormalFloat()))
    }
    return Tensor(shape: size ?? [], storage: .float64(values), isScalar: size == nil).tagged(.float32)
  }
}

/// NumPy's standard gamma sampler, shared by the Generator's `random_standard_gamma` and the legacy
/// `legacy_standard_gamma`, which differ only in the exponential and normal draws they take.
enum StandardGamma {
  /// An exponential at shape 1, 0 at shape 0; below 1, Johnk-style rejection from a uniform and an exponential;
  /// above, Marsaglia and Tsang's method on the normals, with its squeeze test first. The C library's pow and log, as
  /// NumPy calls them.
  static func draw(
    _ shape: Double, uniform: () -> Double, exponential: () -> Double, normal: () -> Double
  ) -> Double {
    if shape == 1.0 { return exponential() }
    if shape == 0.0 { return 0.0 }
    if shape < 1.0 {
      while true {
        let u = uniform()
        let v = exponential()
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
        x = normal()
        v = 1.0 + c * x
      } while v <= 0.0
      v = v * v * v
      let u = uniform()
      if u < 1.0 - 0.0331 * (x * x) * (x * x) { return b * v }
      if GlibcMath.log(u) < 0.5 * x * x + b * (1.0 - v + GlibcMath.log(v)) { return b * v }
    }
  }
}
