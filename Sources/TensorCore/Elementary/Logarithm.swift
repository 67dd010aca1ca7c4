private typealias T = ElementaryTables
private typealias DD = DoubleDouble

extension Elementary {
  /// The natural logarithm: NaN below 0, -inf at ±0.
  public static func log(_ x: Double) -> Double {
    if let fast = logFast(x) { return fast }
    return logSlow(x)
  }

  /// log x by the double-double path alone (what `log` falls back to), so tests can hold the fast paths to it.
  static func logSlow(_ x: Double) -> Double {
    guard let (k, mh, ml) = logParts(x) else { return logSpecial(x) }
    let kd = Double(k)
    let (s, e) = DD.twoSum(kd * T.ln2Hi, mh)
    return s + (e + (ml + kd * T.ln2Lo))
  }

  /// The base-2 logarithm; exact at powers of two.
  public static func log2(_ x: Double) -> Double {
    if let fast = logBaseFast(x, T.invLn2Hi, T.invLn2Lo, 1, 0) { return fast }
    return log2Slow(x)
  }

  /// log2 x by the double-double path alone (what `log2` falls back to).
  static func log2Slow(_ x: Double) -> Double {
    guard let (k, mh, ml) = logParts(x) else { return logSpecial(x) }
    let (ph, pl) = DD.multiply(mh, ml, T.invLn2Hi, T.invLn2Lo)
    let (s, e) = DD.twoSum(Double(k), ph)
    return s + (e + pl)
  }

  /// The base-10 logarithm.
  public static func log10(_ x: Double) -> Double {
    if let fast = logBaseFast(x, T.invLn10Hi, T.invLn10Lo, T.log10Of2Hi, T.log10Of2Lo) { return fast }
    return log10Slow(x)
  }

  /// log10 x by the double-double path alone (what `log10` falls back to).
  static func log10Slow(_ x: Double) -> Double {
    guard let (k, mh, ml) = logParts(x) else { return logSpecial(x) }
    let kd = Double(k)
    let (ph, pl) = DD.multiply(mh, ml, T.invLn10Hi, T.invLn10Lo)
    let (s, e) = DD.twoSum(kd * T.log10Of2Hi, ph)
    return s + (e + (pl + kd * T.log10Of2Lo))
  }

  /// log(1 + x), accurate near 0.
  public static func log1p(_ x: Double) -> Double {
    if !(x > -1 && x < .infinity) {
      if x == -1 { return -.infinity }
      return x == .infinity ? x : domainError(x)
    }
    if x == 0 { return x }
    let (h, l) = log1pDD(x, 0)
    return h + l
  }

  /// The reduction both plain-double logarithms share, for normal positive x (nil otherwise): x = 2^k z with z near
  /// the table's centre c_i, and r = z / c_i - 1 = rh + rl exactly (see `logFast`).
  @inline(__always)
  static func logReduction(_ x: Double) -> (i: Int, k: Double, rh: Double, rl: Double)? {
    let bits = x.bitPattern
    guard bits &- 0x0010_0000_0000_0000 < 0x7FE0_0000_0000_0000 else { return nil }
    let tmp = bits &- 0x3FE6_0000_0000_0000
    let i = Int((tmp >> 45) & 127)
    let k = Double(Int(Int64(bitPattern: tmp) >> 52))
    let zBits = bits &- (tmp & 0xFFF0_0000_0000_0000)
    let z = Double(bitPattern: zBits)
    let zh = Double(bitPattern: zBits & 0xFFFF_FFFF_FC00_0000)
    let invc = T.logInverseCenter[i]
    let (rh, rl) = DD.twoSum(zh * invc - 1, (z - zh) * invc)
    return (i, k, rh, rl)
  }

  /// log(x) correctly rounded for normal positive x, or nil when the plain-double evaluation cannot decide the
  /// rounding (or x is zero, subnormal, negative, infinite or NaN).
  ///
  /// r = z * invc - 1 stays exact without a double-double product: invc has 26 bits, so the 27-bit head of z times
  /// it is exact (and within 2^-7 of 1, so subtracting 1 is exact), and so is the 26-bit tail times it; TwoSum keeps
  /// their sum, and the next two sums are TwoSums too. What remains rounds in plain doubles: the r^2 term and the
  /// additions into `lo`, each within 2^-53 of a magnitude at most r^2/2 (about 2^-51 r^2 in all), and terms below
  /// 2^-80 (k times ln2Lo, the table's tail, the Taylor tail). Those are below 2^-74 |s|: with k = 0 and c_i = 1 only
  /// the Taylor tail is left, r^10/10 against s = r; with another centre |s| > 2^-8.2 (|log c_i| > 2^-7.1, |r| <=
  /// 2^-8); with k != 0, |s| > 0.3 |k|. The test allows 2^-50 r^2 + 2^-64 |s|.
  @inline(__always)
  static func logFast(_ x: Double) -> Double? {
    guard let (i, k, rh, rl) = logReduction(x) else { return nil }
    let (h, he) = DD.twoSum(k * T.ln2Hi, T.logCenter[2 * i])
    let (s, se) = DD.twoSum(h, rh)
    let r2 = rh * rh
    let q =
      1.0 / 3 + rh * (-1.0 / 4 + rh * (1.0 / 5 + rh * (-1.0 / 6 + rh * (1.0 / 7 + rh * (-1.0 / 8 + rh * (1.0 / 9))))))
    let lo = he + se + (k * T.ln2Lo + T.logCenter[2 * i + 1] + rl - rl * rh + r2 * (rh * q - 0.5))
    let bound = r2 * 0x1p-50 + Swift.abs(s) * 0x1p-64
    let result = s + (lo + bound)
    guard result == s + (lo - bound) else { return nil }
    return result
  }

  /// log(x) / log(b) correctly rounded for normal positive x, or nil when the plain-double evaluation cannot decide
  /// the rounding; (mh + ml) = 1/ln b and (kh + kl) = log_b 2, kh with at most 42 bits.
  ///
  /// As `logFast` without k: L = log z = (c0 + rh) + lo within 2^-51 r^2 + 2^-80 |L|; times 1/ln b (at most 1.45)
  /// by an exact product and roundings near 2^-105 of the result; then k log_b 2 added exactly (TwoSum), and k's
  /// term cannot cancel more than a factor 2 (|L / ln b| < 0.55 |k log_b 2| when k != 0): within 2^-50.5 r^2 +
  /// 2^-74 of the result. The test allows 2^-49 r^2 + 2^-64 |k log_b 2 + L / ln b|.
  @inline(__always)
  static func logBaseFast(_ x: Double, _ mh: Double, _ ml: Double, _ kh: Double, _ kl: Double) -> Double? {
    guard let (i, k, rh, rl) = logReduction(x) else { return nil }
    let (s, se) = DD.twoSum(T.logCenter[2 * i], rh)
    let r2 = rh * rh
    let q =
      1.0 / 3 + rh * (-1.0 / 4 + rh * (1.0 / 5 + rh * (-1.0 / 6 + rh * (1.0 / 7 + rh * (-1.0 / 8 + rh * (1.0 / 9))))))
    let lo = se + (T.logCenter[2 * i + 1] + rl - rl * rh + r2 * (rh * q - 0.5))
    let (ph, pe) = DD.twoProduct(s, mh)
    let pl = pe + (s * ml + lo * mh)
    let (total, totalError) = DD.twoSum(k * kh, ph)
    let tail = totalError + (pl + k * kl)
    let bound = r2 * 0x1p-49 + Swift.abs(total) * 0x1p-64
    let result = total + (tail + bound)
    guard result == total + (tail - bound) else { return nil }
    return result
  }

  /// The result of a logarithm at 0, negative numbers, infinity and NaN.
  private static func logSpecial(_ x: Double) -> Double {
    if x == 0 { return -.infinity }
    if x < 0 || x.isNaN { return domainError(x) }
    return x
  }

  /// x = 2^k * z with log(z) = mh + ml (z in [0.6875, 1.375)), for positive finite x; nil otherwise.
  @inline(__always)
  static func logParts(_ x: Double) -> (k: Int, mh: Double, ml: Double)? {
    var bits = x.bitPattern
    var bias = 0
    if bits &- 0x0010_0000_0000_0000 >= 0x7FE0_0000_0000_0000 {
      // Zero, subnormal, negative, infinite or NaN.
      guard x > 0, x < .infinity else { return nil }
      bits = (x * 0x1p52).bitPattern
      bias = 52
    }
    let tmp = bits &- 0x3FE6_0000_0000_0000
    let i = Int((tmp >> 45) & 127)
    let k = Int(Int64(bitPattern: tmp) >> 52) - bias
    let z = Double(bitPattern: bits &- (tmp & 0xFFF0_0000_0000_0000))
    let invc = T.logInverseCenter[i]
    // r = z * invc - 1 exactly: the product's rounded part is within 2^-7 of 1, so subtracting 1 is exact.
    let (p, e) = DD.twoProduct(z, invc)
    let (rh, rl) = DD.fastTwoSum(p - 1, e)
    let (mh, ml) = log1pReduced(rh, rl, T.logCenter[2 * i], T.logCenter[2 * i + 1])
    return (k, mh, ml)
  }

  /// (ch + cl) + log(1 + rh + rl) for |rh| < 2^-7 + a little.
  @inline(__always)
  static func log1pReduced(_ rh: Double, _ rl: Double, _ ch: Double, _ cl: Double) -> (hi: Double, lo: Double) {
    let (sh, sl) = DD.twoProduct(rh, rh)
    // log(1+r) = r - r^2/2 + r^3 q(r), the tail below 2^-21, so a double suffices.
    let q =
      1.0 / 3
      + rh
      * (-1.0 / 4
        + rh
        * (1.0 / 5
          + rh
          * (-1.0 / 6
            + rh * (1.0 / 7 + rh * (-1.0 / 8 + rh * (1.0 / 9 + rh * (-1.0 / 10 + rh * (1.0 / 11 - rh / 12))))))))
    let (a, ae) = DD.twoSum(ch, rh)
    let (b, be) = DD.twoSum(a, -0.5 * sh)
    let lo = ae + be + (cl + rl - rl * rh - 0.5 * sl + rh * sh * q)
    return DD.fastTwoSum(b, lo)
  }

  /// log(1 + xh + xl) as a double-double, for xh + xl > -1 finite.
  static func log1pDD(_ xh: Double, _ xl: Double) -> (hi: Double, lo: Double) {
    if Swift.abs(xh) < 0x1p-7 {
      if xh == 0 { return (xh, 0) }
      return log1pReduced(xh, xl, 0, 0)
    }
    let (s0, e0) = DD.twoSum(1, xh)
    let (s, e) = DD.fastTwoSum(s0, e0 + xl)
    guard let (k, mh, ml) = logParts(s) else { return (.nan, 0) }
    // log(s + e) = log(s) + c - c^2/2 with c = e/s, below 2^-52.
    let c = e / s
    let kd = Double(k)
    let (a, ae) = DD.twoSum(kd * T.ln2Hi, mh)
    return DD.fastTwoSum(a, ae + (ml + kd * T.ln2Lo + c - 0.5 * c * c))
  }

  /// log(x) as a double-double, for positive finite x.
  @inline(__always)
  static func logDD(_ x: Double) -> (hi: Double, lo: Double) {
    guard let (k, mh, ml) = logParts(x) else { return (.nan, 0) }
    let kd = Double(k)
    let (a, ae) = DD.twoSum(kd * T.ln2Hi, mh)
    return DD.fastTwoSum(a, ae + (ml + kd * T.ln2Lo))
  }
}
