// The functions CPython 3.11's `math` module computes with its own algorithms (Modules/mathmodule.c) rather than the
// C library's: gamma and lgamma (a Lanczos sum, N = 13 and g = 6.024680040776729583740234375, the reflection formula
// below zero), and the Euclidean norm of hypot and dist (scaling by a power of two, Veltkamp-Dekker squares summed
// with separate compensations, one differential correction of the square root), and fsum (Shewchuk's exact partials). CPython's C is built without
// fused multiply-adds, so every operation rounds as written; the C library's exp, log, pow, sin and cos it calls are
// GlibcMath's, so the bits are CPython's on every machine.

/// What CPython 3.11's own `math.gamma`, `math.lgamma`, `math.hypot`, `math.dist` and `math.fsum` compute.
public enum CPythonMath {
  /// Why a call failed, as CPython's `math` reports it: `ValueError('math domain error')` or
  /// `OverflowError('math range error')`.
  public enum Failure: Error, Equatable { case domain, range }

  /// Why `fsum` failed: CPython's `OverflowError('intermediate overflow in fsum')` or
  /// `ValueError('-inf + inf in fsum')`.
  public enum FsumFailure: Error, Equatable { case intermediateOverflow, oppositeInfinities }

  /// `math.hypot(*coordinates)`.
  public static func hypot(_ coordinates: [Double]) -> Double { norm(coordinates.map { Swift.abs($0) }) }

  /// `math.dist(p, q)` of two points with as many coordinates.
  public static func dist(_ p: [Double], _ q: [Double]) -> Double {
    norm(zip(p, q).map { Swift.abs($0 - $1) })
  }

  /// vector_norm of absolute values, given their largest (a NaN never counts as larger) and whether one is a NaN.
  private static func norm(_ magnitudes: [Double]) -> Double {
    var largest = 0.0
    var hasNaN = false
    for x in magnitudes {
      hasNaN = hasNaN || x.isNaN
      if x > largest { largest = x }
    }
    return vectorNorm(magnitudes, largest: largest, hasNaN: hasNaN)
  }

  /// CPython's `math.fsum`: Shewchuk's exact partial sums, infinities and NaNs summed apart, then the partials added
  /// from the largest with CPython's half-even correction.
  public static func fsum(_ values: [Double]) throws(FsumFailure) -> Double {
    var partials: [Double] = []
    var specialSum = 0.0
    var infiniteSum = 0.0
    for value in values {
      var x = value
      var kept = 0
      for j in partials.indices {
        var y = partials[j]
        if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
        let high = x + y
        let low = y - (high - x)
        if low != 0 {
          partials[kept] = low
          kept += 1
        }
        x = high
      }
      partials.removeSubrange(kept...)
      if x != 0 {
        if !x.isFinite {
          // An infinity or NaN among the values, or an overflow of the partials themselves.
          if value.isFinite { throw .intermediateOverflow }
          if value.isInfinite { infiniteSum += value }
          specialSum += value
          partials.removeAll()
        } else {
          partials.append(x)
        }
      }
    }
    if specialSum != 0 {
      if infiniteSum.isNaN { throw .oppositeInfinities }
      return specialSum
    }
    var n = partials.count
    guard n > 0 else { return 0 }
    n -= 1
    var high = partials[n]
    var low = 0.0
    while n > 0 {
      let x = high
      n -= 1
      let y = partials[n]
      high = x + y
      low = y - (high - x)
      if low != 0 { break }
    }
    if n > 0, (low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0) {
      let y = low * 2
      let x = high + y
      if y == x - high { high = x }
    }
    return high
  }

  /// Gamma(x), CPython's `m_tgamma`.
  public static func gamma(_ x: Double) throws(Failure) -> Double {
    if !x.isFinite {
      if x.isNaN || x > 0 { return x }
      throw .domain  // Gamma(-inf)
    }
    if x == 0 { throw .domain }  // a pole
    if x == x.rounded(.down) {
      if x < 0 { throw .domain }
      if x <= Double(integralGammas.count) { return integralGammas[Int(x) - 1] }
    }
    let absX = Swift.abs(x)
    if absX < 1e-20 {
      let r = 1.0 / x
      if r.isInfinite { throw .range }
      return r
    }
    if absX > 200 {
      if x < 0 { return 0.0 / sinPi(x) }
      throw .range
    }
    let y = absX + lanczosGMinusHalf
    // The rounding error of y, which pow and exp would magnify, corrected for below to first order.
    var z: Double
    if absX > lanczosGMinusHalf {
      let q = y - absX
      z = q - lanczosGMinusHalf
    } else {
      let q = y - lanczosGMinusHalf
      z = q - absX
    }
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
      r = -Double.pi / sinPi(absX) / absX * GlibcMath.exp(y) / lanczosSum(absX)
      r -= z * r
      if absX < 140 {
        r /= GlibcMath.pow(y, absX - 0.5)
      } else {
        let squareRootOfPower = GlibcMath.pow(y, absX / 2.0 - 0.25)
        r /= squareRootOfPower
        r /= squareRootOfPower
      }
    } else {
      r = lanczosSum(absX) / GlibcMath.exp(y)
      r += z * r
      if absX < 140 {
        r *= GlibcMath.pow(y, absX - 0.5)
      } else {
        let squareRootOfPower = GlibcMath.pow(y, absX / 2.0 - 0.25)
        r *= squareRootOfPower
        r *= squareRootOfPower
      }
    }
    if r.isInfinite { throw .range }
    return r
  }

  /// log|Gamma(x)|, CPython's `m_lgamma`.
  public static func lgamma(_ x: Double) throws(Failure) -> Double {
    if !x.isFinite { return x.isNaN ? x : .infinity }
    if x == x.rounded(.down), x <= 2 {
      if x <= 0 { throw .domain }  // a pole
      return 0  // lgamma(1) = lgamma(2) = 0
    }
    let absX = Swift.abs(x)
    if absX < 1e-20 { return -GlibcMath.log(absX) }
    var r = GlibcMath.log(lanczosSum(absX)) - lanczosG
    r += (absX - 0.5) * (GlibcMath.log(absX + lanczosG - 0.5) - 1)
    if x < 0 {
      r = logPi - GlibcMath.log(Swift.abs(sinPi(absX))) - GlibcMath.log(absX) - r
    }
    if r.isInfinite { throw .range }
    return r
  }

  /// The Euclidean norm of `magnitudes` (absolute values whose largest non-NaN one is `largest`), CPython's
  /// `vector_norm`.
  static func vectorNorm(_ magnitudes: [Double], largest: Double, hasNaN: Bool) -> Double {
    if largest.isInfinite { return largest }
    if hasNaN { return .nan }
    if largest == 0 || magnitudes.count <= 1 { return largest }
    let splitter = 134_217_729.0  // 2^27 + 1
    var sum = 1.0
    var compensation1 = 0.0
    var compensation2 = 0.0
    var compensation3 = 0.0
    // Adds x to sum, accumulating the rounding error in compensation (|sum| >= |x| always holds here).
    func accumulate(_ x: Double, into compensation: inout Double) {
      let old = sum
      sum += x
      compensation += (old - sum) + x
    }
    let exponent = Int(largest.exponent) + 1  // frexp's
    if exponent >= -1023 {
      let scale = Double(sign: .plus, exponent: -exponent, significand: 1)
      for magnitude in magnitudes {
        let x = magnitude * scale
        let t = x * splitter
        let high = t - (t - x)
        let low = x - high
        accumulate(high * high, into: &compensation1)
        accumulate(2.0 * high * low, into: &compensation2)
        compensation3 += low * low
      }
      let h = (sum - 1.0 + (compensation1 + compensation2 + compensation3)).squareRoot()
      let t = h * splitter
      let high = t - (t - h)
      let low = h - high
      accumulate(-high * high, into: &compensation1)
      accumulate(-2.0 * high * low, into: &compensation2)
      accumulate(-low * low, into: &compensation3)
      let x = sum - 1.0 + (compensation1 + compensation2 + compensation3)
      return (h + x / (2.0 * h)) / scale
    }
    // 2^-exponent would overflow: divided by the largest instead.
    for magnitude in magnitudes {
      var x = magnitude / largest
      x = x * x
      accumulate(x, into: &compensation1)
    }
    return largest * (sum - 1.0 + compensation1).squareRoot()
  }

  // MARK: Lanczos

  private static let lanczosG = 6.024680040776729583740234375
  private static let lanczosGMinusHalf = 5.524680040776729583740234375
  private static let logPi = 1.144729885849400174143427351353058711647
  private static let lanczosNumerator: [Double] = [
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  ]
  /// The denominator x (x + 1) ... (x + 11)'s coefficients, from the constant term up.
  private static let lanczosDenominator: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
  ]
  /// Gamma(n) = (n - 1)! for n in 1...23, every one exact in a double.
  private static let integralGammas: [Double] = (0..<23).map { n in
    (0..<n).reduce(1.0) { product, k in product * Double(k + 1) }
  }

  /// The Lanczos sum as a rational function, in x below 5 and in 1/x above (where x^12 would overflow first).
  private static func lanczosSum(_ x: Double) -> Double {
    var numerator = 0.0
    var denominator = 0.0
    if x < 5.0 {
      for i in stride(from: lanczosNumerator.count - 1, through: 0, by: -1) {
        numerator = numerator * x + lanczosNumerator[i]
        denominator = denominator * x + lanczosDenominator[i]
      }
    } else {
      for i in lanczosNumerator.indices {
        numerator = numerator / x + lanczosNumerator[i]
        denominator = denominator / x + lanczosDenominator[i]
      }
    }
    return numerator / denominator
  }

  /// sin(pi x) for finite x, CPython's `m_sinpi`: reduced exactly to [0, 2), then glibc's sin or cos of an argument
  /// below pi / 4 in size.
  private static func sinPi(_ x: Double) -> Double {
    let y = Swift.abs(x).truncatingRemainder(dividingBy: 2.0)  // fmod, exact
    let r: Double
    switch Int((2.0 * y).rounded()) {  // C's round: halves away from zero
    case 0: r = GlibcMath.sin(Double.pi * y)
    case 1: r = GlibcMath.cos(Double.pi * (y - 0.5))
    case 2: r = GlibcMath.sin(Double.pi * (1.0 - y))
    case 3: r = -GlibcMath.cos(Double.pi * (y - 1.5))
    default: r = GlibcMath.sin(Double.pi * (y - 2.0))
    }
    return (x.sign == .minus ? -1.0 : 1.0) * r
  }
}
