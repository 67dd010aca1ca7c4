private typealias T = ElementaryTables
private typealias DD = DoubleDouble

extension Elementary {
  /// The sine (radians); exact argument reduction for every finite x, NaN for ±inf.
  public static func sin(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a < 0x1p-26 { return x }  // sin x = x - x^3/6: the cubic is under a quarter ulp.
    if !a.isFinite { return domainError(x) }
    let (n, rh, rl) = TrigonometricReduction.reduce(x)
    let (sh, sl, ch, cl) = sinCos(rh, rl)
    switch n & 3 {
    case 0: return sh + sl
    case 1: return ch + cl
    case 2: return -(sh + sl)
    default: return -(ch + cl)
    }
  }

  /// The cosine (radians).
  public static func cos(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a < 0x1p-27 { return 1 }  // cos x = 1 - x^2/2 rounds to 1.
    if !a.isFinite { return domainError(x) }
    let (n, rh, rl) = TrigonometricReduction.reduce(x)
    let (sh, sl, ch, cl) = sinCos(rh, rl)
    switch n & 3 {
    case 0: return ch + cl
    case 1: return -(sh + sl)
    case 2: return -(ch + cl)
    default: return sh + sl
    }
  }

  /// The tangent (radians).
  public static func tan(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a < 0x1p-27 { return x }  // tan x = x + x^3/3: the cubic is under a quarter ulp.
    if !a.isFinite { return domainError(x) }
    let (n, rh, rl) = TrigonometricReduction.reduce(x)
    let (sh, sl, ch, cl) = sinCos(rh, rl)
    if n & 1 == 0 {
      let (qh, ql) = DD.divide(sh, sl, ch, cl)
      return qh + ql
    }
    let (qh, ql) = DD.divide(ch, cl, sh, sl)
    return -(qh + ql)
  }

  /// sin and cos of r = rh + rl, |r| <= pi/4 + a little, as double-doubles: r = i/64 + t with |t| <= 1/128, the
  /// table's sin and cos of i/64, and short Taylor series for t.
  @inline(__always)
  static func sinCos(_ rh: Double, _ rl: Double) -> (sh: Double, sl: Double, ch: Double, cl: Double) {
    let (scaled, i) = DD.roundToIntegerParts(rh * 64)
    let index = Swift.min(Swift.abs(i), 51) * 4  // |i| <= 51 for |r| <= pi/4 + a little; the table has 52
    let t = rh - scaled * 0x1p-6  // exact (Sterbenz)
    let t2 = t * t
    // sin t = t + t^3 p(t^2) + rl (1 - t^2/2); the tail after t is below 2^-22, so a double suffices.
    let p = -1.0 / 6 + t2 * (1.0 / 120 + t2 * (-1.0 / 5040 + t2 * (1.0 / 362_880)))
    let stl = t * t2 * p + rl * (1 - 0.5 * t2)
    // cos t = 1 - t^2/2 + t^4 q(t^2) - rl t, with t^2/2 exact.
    let (qh, ql) = DD.twoProduct(t, t)
    let q = 1.0 / 24 + t2 * (-1.0 / 720 + t2 * (1.0 / 40320 + t2 * (-1.0 / 3_628_800)))
    let (c1, c2a) = DD.fastTwoSum(1, -0.5 * qh)
    let c2 = c2a - 0.5 * ql + t2 * t2 * q - rl * t
    let sign: Double = i < 0 ? -1 : 1
    let sah = sign * T.sinCos[index]
    let sal = sign * T.sinCos[index + 1]
    let cah = T.sinCos[index + 2]
    let cal = T.sinCos[index + 3]
    // sin(a + t) = sin a cos t + cos a sin t; cos(a + t) = cos a cos t - sin a sin t.
    let (p1h, p1e) = DD.twoProduct(sah, c1)
    let p1l = p1e + (sah * c2 + sal * c1)
    let (p2h, p2e) = DD.twoProduct(cah, t)
    let p2l = p2e + (cah * stl + cal * t)
    let (s, se) = DD.twoSum(p1h, p2h)
    let (sh, sl) = DD.fastTwoSum(s, se + (p1l + p2l))
    let (p3h, p3e) = DD.twoProduct(cah, c1)
    let p3l = p3e + (cah * c2 + cal * c1)
    let (p4h, p4e) = DD.twoProduct(sah, t)
    let p4l = p4e + (sah * stl + sal * t)
    let (c, ce) = DD.twoSum(p3h, -p4h)
    let (ch, cl) = DD.fastTwoSum(c, ce + (p3l - p4l))
    return (sh, sl, ch, cl)
  }
}
