// glibc 2.36's erf and erfc (sysdeps/ieee754/dbl-64/s_erf.c, Sun's fdlibm algorithm), which CPython 3.11's math.erf
// and math.erfc call. glibc builds this file once, without -mfma (it has no ifunc variant on x86-64), so every
// operation below rounds as written: no fused multiply-adds. Beyond |x| = 0.84375 both go through e^x, the ifunc'd one
// that GlibcMath.exp reproduces.

extension GlibcMath {
  /// The error function, as glibc's `erf` gives it.
  public static func erf(_ x: Double) -> Double {
    let high = Int32(bitPattern: highWord(x))
    let absHigh = high & 0x7fff_ffff
    if absHigh >= 0x7ff0_0000 { return (high < 0 ? -1.0 : 1.0) + 1.0 / x }  // erf(+-inf) = +-1, erf(NaN) = NaN
    if absHigh < 0x3feb_0000 {  // |x| < 0.84375
      if absHigh < 0x3e30_0000 {  // |x| < 2^-28
        // Scaled by 16 below the normal range, so that efx * x does not underflow early.
        if absHigh < 0x0080_0000 { return 0.0625 * (16.0 * x + (16.0 * ErrorFunction.efx) * x) }
        return x + ErrorFunction.efx * x
      }
      return x + x * ErrorFunction.nearZeroRatio(x * x)
    }
    if absHigh < 0x3ff4_0000 {  // |x| < 1.25
      let ratio = ErrorFunction.nearOneRatio(Swift.abs(x) - 1.0)
      return high >= 0 ? ErrorFunction.erx + ratio : -ErrorFunction.erx - ratio
    }
    if absHigh >= 0x4018_0000 { return high >= 0 ? 1.0 - ErrorFunction.tiny : ErrorFunction.tiny - 1.0 }  // |x| >= 6
    let r = ErrorFunction.tailExponential(Swift.abs(x), nearThreshold: 0x4006_db6e)
    return high >= 0 ? 1.0 - r / Swift.abs(x) : r / Swift.abs(x) - 1.0
  }

  /// The complementary error function 1 - erf(x), as glibc's `erfc` gives it.
  public static func erfc(_ x: Double) -> Double {
    let high = Int32(bitPattern: highWord(x))
    let absHigh = high & 0x7fff_ffff
    if absHigh >= 0x7ff0_0000 { return (high < 0 ? 2.0 : 0.0) + 1.0 / x }  // erfc(+inf) = 0, erfc(-inf) = 2
    if absHigh < 0x3feb_0000 {  // |x| < 0.84375
      if absHigh < 0x3c70_0000 { return 1.0 - x }  // |x| < 2^-56
      let y = ErrorFunction.nearZeroRatio(x * x)
      if high < 0x3fd0_0000 { return 1.0 - (x + x * y) }  // x < 1/4
      var r = x * y
      r += x - 0.5
      return 0.5 - r
    }
    if absHigh < 0x3ff4_0000 {  // |x| < 1.25
      let ratio = ErrorFunction.nearOneRatio(Swift.abs(x) - 1.0)
      if high >= 0 { return (1.0 - ErrorFunction.erx) - ratio }
      return 1.0 + (ErrorFunction.erx + ratio)
    }
    if absHigh < 0x403c_0000 {  // |x| < 28
      if high < 0, absHigh >= 0x4018_0000 { return 2.0 - ErrorFunction.tiny }  // x <= -6
      let r = ErrorFunction.tailExponential(Swift.abs(x), nearThreshold: 0x4006_db6d)
      return high > 0 ? r / Swift.abs(x) : 2.0 - r / Swift.abs(x)
    }
    return high > 0 ? ErrorFunction.tiny * ErrorFunction.tiny : 2.0 - ErrorFunction.tiny
  }
}

/// fdlibm's constants and the three rational approximations erf and erfc share. Each denominator's array starts with
/// its constant term, 1.
private enum ErrorFunction {
  static let tiny = 1e-300
  /// erf(1) rounded to 24 bits.
  static let erx = 8.45062911510467529297e-01
  /// 2 / sqrt(pi) - 1.
  static let efx = 1.28379167095512586316e-01
  static let pp = [
    1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
    -5.77027029648944159157e-03, -2.37630166566501626084e-05,
  ]
  static let qq = [
    1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
    1.32494738004321644526e-04, -3.96022827877536812320e-06,
  ]
  static let pa = [
    -2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
    3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
  ]
  static let qa = [
    1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
    1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02,
  ]
  static let ra = [
    -9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
    -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
    -8.12874355063065934246e+01, -9.81432934416914548592e+00,
  ]
  static let sa = [
    1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
    6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
    6.57024977031928170135e+00, -6.04244152148580987438e-02,
  ]
  static let rb = [
    -9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
    -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
  ]
  static let sb = [
    1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
    3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
  ]

  /// c[0] + t c[1] + t^2 c[2] + … (at most nine coefficients) in fdlibm's order of operations, which the last bits follow: each pair
  /// c[2k] + t c[2k+1] first, then the pairs (a last unpaired coefficient alone) times t^2k, added from the lowest
  /// degree up, with t^4 = t^2 t^2, t^6 = t^4 t^2 and t^8 = t^4 t^4. No product is fused with a sum (glibc builds
  /// this file without fused multiply-adds).
  @inline(__always)
  static func pairedPolynomial(_ c: [Double], _ t: Double) -> Double {
    let t2 = t * t
    let t4 = t2 * t2
    var sum = c.count > 1 ? c[0] + t * c[1] : c[0]
    var k = 2
    while k < c.count {
      let term = k + 1 < c.count ? c[k] + t * c[k + 1] : c[k]
      let power =
        switch k {
        case 2: t2
        case 4: t4
        case 6: t4 * t2
        default: t4 * t4
        }
      sum = sum + power * term
      k += 2
    }
    return sum
  }

  /// erf(x) / x - 1 for |x| < 0.84375 as fdlibm's ratio of polynomials in z = x^2.
  static func nearZeroRatio(_ z: Double) -> Double {
    pairedPolynomial(pp, z) / pairedPolynomial(qq, z)
  }

  /// erf(1 + s) - erx for |s| < 0.25, fdlibm's P / Q.
  static func nearOneRatio(_ s: Double) -> Double {
    pairedPolynomial(pa, s) / pairedPolynomial(qa, s)
  }

  /// x erfc(x) for 1.25 <= x < 28: e^(-x^2 - 0.5625 + R/S) with x^2 split so that its high part is exact; the
  /// polynomials in 1 / x^2 switch at x = 1 / 0.35, whose high-word threshold erf and erfc write differently.
  static func tailExponential(_ x: Double, nearThreshold: UInt32) -> Double {
    let s = 1.0 / (x * x)
    let ratio =
      UInt32(truncatingIfNeeded: x.bitPattern >> 32) < nearThreshold
      ? pairedPolynomial(ra, s) / pairedPolynomial(sa, s) : pairedPolynomial(rb, s) / pairedPolynomial(sb, s)
    let z = Double(bitPattern: x.bitPattern & 0xffff_ffff_0000_0000)
    return GlibcMath.exp(-z * z - 0.5625) * GlibcMath.exp((z - x) * (z + x) + ratio)
  }
}
