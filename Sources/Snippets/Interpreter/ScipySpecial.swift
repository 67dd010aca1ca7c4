import TensorCore

/// The special functions `autograd.scipy.stats` needs, as SciPy 1.17 computes them: its `ndtr` is Cephes' (in the
/// xsf headers), whose rational approximations call the C library's `exp`, so with `GlibcMath.exp` every bit is
/// SciPy's (checked against SciPy itself by Tests/fixtures/make_scipy_stats_fixtures.py).
enum ScipySpecial {
  /// Cephes' erfc numerator and denominator for 1 <= x < 8.
  private static let erfcP: [Double] = [
    2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0, 4.86371970985681366614E1,
    1.96520832956077098242E2, 5.26445194995477358631E2, 9.34528527171957607540E2, 1.02755188689515710272E3,
    5.57535335369399327526E2,
  ]
  private static let erfcQ: [Double] = [
    1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2, 9.75708501743205489753E2,
    1.82390916687909736289E3, 2.24633760818710981792E3, 1.65666309194161350182E3, 5.57535340817727675546E2,
  ]
  /// Cephes' erfc numerator and denominator for x >= 8.
  private static let erfcR: [Double] = [
    5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0, 6.16021097993053585195E0,
    7.40974269950448939160E0, 2.97886665372100240670E0,
  ]
  private static let erfcS: [Double] = [
    2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1, 1.70814450747565897222E1,
    9.60896809063285878198E0, 3.36907645100081516050E0,
  ]
  /// Cephes' erf numerator and denominator for |x| <= 1.
  private static let erfT: [Double] = [
    9.60497373987051638749E0, 9.00260197203842689217E1, 2.23200534594684319226E3, 7.00332514112805075473E3,
    5.55923013010394962768E4,
  ]
  private static let erfU: [Double] = [
    3.35617141647503099647E1, 5.21357949780152679795E2, 4.59432382970980127987E3, 2.26290000613890934246E4,
    4.92673942608635921086E4,
  ]
  /// Cephes' MAXLOG, log(DBL_MAX).
  private static let maxLog = 7.09782712893383996843E2

  /// Cephes' polevl: Horner's rule from the leading coefficient, each step rounded twice (no fused multiply-add).
  private static func polevl(_ x: Double, _ coefficients: [Double]) -> Double {
    var answer = coefficients[0]
    for c in coefficients.dropFirst() { answer = answer * x + c }
    return answer
  }

  /// Cephes' p1evl: polevl with an implicit leading coefficient of 1.
  private static func p1evl(_ x: Double, _ coefficients: [Double]) -> Double {
    var answer = x + coefficients[0]
    for c in coefficients.dropFirst() { answer = answer * x + c }
    return answer
  }

  /// Cephes' erf.
  static func erf(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x < 0 { return -erf(-x) }
    if abs(x) > 1 { return 1 - erfc(x) }
    let z = x * x
    return x * polevl(z, erfT) / p1evl(z, erfU)
  }

  /// Cephes' erfc.
  static func erfc(_ a: Double) -> Double {
    if a.isNaN { return a }
    let x = a < 0 ? -a : a
    if x < 1 { return 1 - erf(a) }
    var z = -a * a
    if z < -maxLog { return a < 0 ? 2 : 0 }
    z = GlibcMath.exp(z)
    let p: Double
    let q: Double
    if x < 8 {
      p = polevl(x, erfcP)
      q = p1evl(x, erfcQ)
    } else {
      p = polevl(x, erfcR)
      q = p1evl(x, erfcS)
    }
    var y = (z * p) / q
    if a < 0 { y = 2 - y }
    if y != 0 { return y }
    return a < 0 ? 2 : 0
  }

  /// Cephes' ndtr, the standard normal distribution function (`scipy.special.ndtr`).
  static func ndtr(_ a: Double) -> Double {
    if a.isNaN { return a }
    let x = a * 0.70710678118654752440  // M_SQRT1_2
    let z = abs(x)
    if z < 1 { return 0.5 + 0.5 * erf(x) }
    var y = 0.5 * erfc(z)
    if x > 0 { y = 1 - y }
    return y
  }

  /// Cephes' Stirling coefficients for log Gamma (x >= 13), and its rational approximation between 2 and 3.
  private static let gammaA: [Double] = [
    8.11614167470508450300E-4, -5.95061904284301438324E-4, 7.93650340457716943945E-4, -2.77777777730099687205E-3,
    8.33333333333331927722E-2,
  ]
  private static let gammaB: [Double] = [
    -1.37825152569120859100E3, -3.88016315134637840924E4, -3.31612992738871184744E5, -1.16237097492762307383E6,
    -1.72173700820839662146E6, -8.53555664245765465627E5,
  ]
  private static let gammaC: [Double] = [
    -3.51815701436523470549E2, -1.70642106651881159223E4, -2.20528590553854454839E5, -1.13933444367982507207E6,
    -2.53252307177582951285E6, -2.01889141433532773231E6,
  ]
  /// log(sqrt(2 pi)), as Cephes writes it.
  private static let logSqrtTwoPi = 0.91893853320467274178

  /// Cephes' lgam (`scipy.special.gammaln`), log|Gamma(x)|, with glibc's `log`; nil below -34, where Cephes goes
  /// through its own `sinpi` (not reproduced).
  static func gammaln(_ x: Double) -> Double? {
    if !x.isFinite { return x }
    if x < -34 { return nil }
    if x < 13 {
      var z = 1.0
      var p = 0.0
      var u = x
      while u >= 3 {
        p -= 1
        u = x + p
        z *= u
      }
      while u < 2 {
        if u == 0 { return .infinity }
        z /= u
        p += 1
        u = x + p
      }
      if z < 0 { z = -z }
      if u == 2 { return GlibcMath.log(z) }
      p -= 2
      let shifted = x + p
      return GlibcMath.log(z) + shifted * polevl(shifted, gammaB) / p1evl(shifted, gammaC)
    }
    if x > 2.556348e305 { return .infinity }
    let q = (x - 0.5) * GlibcMath.log(x) - x + logSqrtTwoPi
    if x >= 1000 {
      if x > 1.0e8 { return q }
      let p = 1.0 / (x * x)
      return q
        + ((7.9365079365079365079365e-4 * p - 2.7777777777777777777778e-3) * p + 0.0833333333333333333333) / x
    }
    let p = 1.0 / (x * x)
    return q + polevl(p, gammaA) / x
  }

  /// The functions by SciPy's name (`log` is the C library's, which SciPy's `xlogy` calls); nil where refused.
  static let functions: [String: @Sendable (Double) -> Double?] = [
    "ndtr": ndtr, "erf": erf, "erfc": erfc, "gammaln": gammaln, "log": GlibcMath.log,
  ]
}

extension Interpreter {
  /// `__docbuild_special__(name, x)`: a SciPy special function of a float array (or number), element by element,
  /// as a float64 array of x's shape (a NumPy scalar for a number, as SciPy's ufuncs give).
  mutating func callScipySpecial(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 2, case .string(let name) = call.positional[0],
      let function = ScipySpecial.functions[name]
    else { throw PythonError.type("__docbuild_special__(name, x)") }
    let tensor = try call.positional[1].toTensor()
    guard tensor.dtype == .float64 || tensor.dtype.isInteger || tensor.dtype == .bool else {
      var error = PythonError(
        "NotImplementedError", "scipy.special.\(name) of \(tensor.dtype.rawValue) values is not supported in snippets")
      error.isLimit = true
      throw error
    }
    var values: [Double] = []
    values.reserveCapacity(tensor.size)
    for x in tensor.doubles {
      guard let y = function(x) else {
        var error = PythonError(
          "NotImplementedError",
          "scipy.special.\(name)(\(x)) goes through Cephes' sinpi, which docbuild does not reproduce")
        error.isLimit = true
        throw error
      }
      values.append(y)
    }
    return .tensor(Tensor(shape: tensor.shape, storage: .float64(values), isScalar: tensor.isScalar))
  }
}
