private typealias T = ElementaryTables
private typealias DD = DoubleDouble

extension Elementary {
  /// e^x.
  public static func exp(_ x: Double) -> Double {
    // Fast path: plain doubles, relative error below 2^-59 (see expFast), so the rounding is certain unless the
    // exact value lies that close to a midpoint; then, and outside the normal range, the double-double path.
    if Swift.abs(x) < 708, let fast = expFast(x) { return fast }
    return expSlow(x)
  }

  /// e^x by the double-double path alone (what `exp` falls back to), so tests can hold the fast paths to it.
  static func expSlow(_ x: Double) -> Double {
    guard x > -746, x < 710 else {
      if x.isNaN { return x }
      return x > 0 ? .infinity : 0
    }
    let (hi, lo, k) = expCore(x, 0)
    return DD.scaledRound(hi, lo, k)
  }

  /// 2^x.
  public static func exp2(_ x: Double) -> Double {
    if Swift.abs(x) < 1020, let fast = exp2Fast(x) { return fast }
    return exp2Slow(x)
  }

  /// 2^x by the double-double path alone (what `exp2` falls back to).
  static func exp2Slow(_ x: Double) -> Double {
    guard x > -1076, x < 1024 else {
      if x.isNaN { return x }
      return x > 0 ? .infinity : 0
    }
    // x = n/128 + t exactly, and t * ln 2 as a double-double is the reduced argument.
    let (n, ni) = DD.roundToIntegerParts(x * 128)
    let t = x - n * 0x1p-7
    let (rh, rl0) = DD.twoProduct(t, T.ln2DDHi)
    let (hi, lo, k) = expReduced(rh, rl0 + t * T.ln2DDLo, ni)
    return DD.scaledRound(hi, lo, k)
  }

  /// e^x - 1, accurate near 0.
  public static func expm1(_ x: Double) -> Double {
    guard x > -40, x < 710 else {
      if x.isNaN { return x }
      return x > 0 ? .infinity : -1
    }
    if Swift.abs(x) >= 0x1p-5, x < 708, let fast = expm1Fast(x) { return fast }
    return expm1Slow(x)
  }

  /// e^x - 1 for -40 < x < 710 by the double-double path alone (what `expm1` falls back to).
  static func expm1Slow(_ x: Double) -> Double {
    if Swift.abs(x) < 0x1p-9 {
      if x == 0 { return x }
      let (h, l) = expm1Small(x)
      return h + l
    }
    let (hi, lo, k) = expCore(x, 0)
    if k >= 1020 { return DD.scaledRound(hi, lo, k) }
    let (h, l) = expm1Combine(hi, lo, k)
    return (h + l) * DD.power2(k)
  }

  /// e^x - 1 correctly rounded for 2^-5 <= |x|, -40 < x < 708, or nil when the plain-double evaluation cannot
  /// decide the rounding.
  ///
  /// e = eh + el = e^x (1 + d) with |d| <= 2^-63 (`expFastParts`, renormalised and scaled exactly), and s + se = eh - 1
  /// exactly; the tail se + el (below 2^-52 (eh + |s|)) and the test's sums round at 2^-104 (eh + |s|) in all, so the
  /// error is under 2^-62.9 (eh + |s|) and the test allows 2^-62 (eh + |s|). Below 2^-5 the cancellation in e - 1
  /// would make most inputs fall back.
  @inline(__always)
  static func expm1Fast(_ x: Double) -> Double? {
    let (th, lo, k) = expFastParts(x)
    let scale = DD.power2(k)
    let (eh, el) = DD.fastTwoSum(th * scale, lo * scale)
    let (s, se) = DD.twoSum(eh, -1)
    let tail = se + el
    let bound = (eh + Swift.abs(s)) * 0x1p-62
    let result = s + (tail + bound)
    guard result == s + (tail - bound) else { return nil }
    return result
  }

  /// e^x correctly rounded for |x| < 708, or nil when the plain-double evaluation cannot decide the rounding.
  ///
  /// Error budget, absolute, with th = 2^(j/1024) in [1, 2) (see expFastParts): r = (x - n A) - n B is off by at most
  /// 2^-65 + 2^-75 (x - n A is exact, n B rounds at 2^-76, the subtraction at half an ulp of |r| < 2^-11.5); the sum
  /// r + r^2 q(r) rounds at 2^-65 and r^2 q(r) is within 2^-75; th * p and the sum with tl round at 2^-64 each (both
  /// below 2^-10.5); the Taylor tail after r^5 is 2^-78. In all under th * 2^-63. Adding ±bound to lo rounds at
  /// 2^-64 more, so the test allows th * 2^-61: twice what it needs. About 0.5% of inputs fall back.
  @inline(__always)
  static func expFast(_ x: Double) -> Double? {
    let (th, lo, k) = expFastParts(x)
    let bound = th * 0x1p-61
    let result = th + (lo + bound)
    guard result == th + (lo - bound) else { return nil }
    return result * DD.power2(k)
  }

  /// 2^x correctly rounded for |x| < 1020, or nil when the plain-double evaluation cannot decide the rounding.
  ///
  /// x = n/1024 + t exactly (both are multiples of the smaller of ulp(x) and 2^-10, and |t| <= 2^-11), and
  /// r = t ln 2 rounds twice at half an ulp of |r| < 2^-11.5 (2^-65 each; ln 2's double-double error is 2^-115):
  /// 2^-64 where exp's r has 2^-65, the rest of exp's budget unchanged, so under th * 2^-62.4 with the test's own
  /// rounding, and the test allows th * 2^-61.
  @inline(__always)
  static func exp2Fast(_ x: Double) -> Double? {
    let (n, ni) = DD.roundToIntegerParts(x * 1024)
    let t = x - n * 0x1p-10
    let (th, lo, k) = expFastReduced(t * T.ln2DDHi + t * T.ln2DDLo, ni)
    let bound = th * 0x1p-61
    let result = th + (lo + bound)
    guard result == th + (lo - bound) else { return nil }
    return result * DD.power2(k)
  }

  /// e^x = (th + lo) * 2^k, unrounded, within th * 2^-63 (the budget of `expFast`), for |x| < 708.
  @inline(__always)
  static func expFastParts(_ x: Double) -> (th: Double, lo: Double, k: Int) {
    let (n, ni) = DD.roundToIntegerParts(x * T.invLn2Times1024)
    return expFastReduced((x - n * T.ln2Over1024A) - n * T.ln2Over1024Rest, ni)
  }

  /// 2^(n/1024) e^r = (th + lo) * 2^k for |r| <= ln2/2048 (a little more from rounding n).
  @inline(__always)
  static func expFastReduced(_ r: Double, _ ni: Int) -> (th: Double, lo: Double, k: Int) {
    let j = ni & 1023
    let th = T.exp2Fraction1024[2 * j]
    let tl = T.exp2Fraction1024[2 * j + 1]
    let p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))))
    return (th, tl + th * p, ni >> 10)
  }

  /// e^(xh + xl) as (hi + lo) * 2^k with hi in [0.7, 1.5); |xh| < 1100.
  @inline(__always)
  static func expCore(_ xh: Double, _ xl: Double) -> (hi: Double, lo: Double, k: Int) {
    let (n, ni) = DD.roundToIntegerParts(xh * T.invLn2Times128)
    // xh - n*A is exact (Sterbenz), n*A and n*B are exact products: the reduction loses nothing.
    let t = xh - n * T.ln2Over128A
    let (rh, rl) = DD.twoSum(t, -(n * T.ln2Over128B))
    return expReduced(rh, rl + (xl - n * T.ln2Over128C), ni)
  }

  /// 2^(n/128) * e^(rh + rl) as (hi + lo) * 2^k, for |rh| <= ln2/256 + a little.
  @inline(__always)
  static func expReduced(_ rh0: Double, _ rl0: Double, _ n: Int) -> (hi: Double, lo: Double, k: Int) {
    let (rh, rl) = DD.fastTwoSum(rh0, rl0)
    let j = n & 127
    let k = n >> 7
    let th = T.exp2Fraction[2 * j]
    let tl = T.exp2Fraction[2 * j + 1]
    // e^r - 1 = r + r^2/2 + r^3 q(r); the r^2 term is exact, the tail is below 2^-28 so a double suffices.
    let (sh, sl) = DD.twoProduct(rh, rh)
    let q =
      1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720 + rh * (1.0 / 5040 + rh * (1.0 / 40320)))))
    let (ph, pl0) = DD.fastTwoSum(rh, 0.5 * sh)
    // e^(rh+rl) - 1 = p + rl (1 + p).
    let pl = pl0 + 0.5 * sl + rh * sh * q + rl + rl * ph
    let (mh, ml) = DD.twoProduct(th, ph)
    let (hi, e) = DD.fastTwoSum(th, mh)
    let lo = e + (ml + tl + th * pl + tl * ph)
    let (h, l) = DD.fastTwoSum(hi, lo)
    return (h, l, k)
  }

  /// e^x - 1 for |x| < 2^-9, as a double-double with relative error near 2^-75.
  @inline(__always)
  static func expm1Small(_ x: Double) -> (hi: Double, lo: Double) {
    let (sh, sl) = DD.twoProduct(x, x)
    let q =
      1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040))))
    let (h, l) = DD.fastTwoSum(x, 0.5 * sh)
    return DD.fastTwoSum(h, l + 0.5 * sl + x * sh * q)
  }

  /// (hi + lo) - 2^-k, for the e^x - 1 of `expCore`'s result; the caller scales by 2^k.
  @inline(__always)
  static func expm1Combine(_ hi: Double, _ lo: Double, _ k: Int) -> (hi: Double, lo: Double) {
    let (s, e) = DD.twoSum(hi, -DD.power2(-k))
    return DD.fastTwoSum(s, e + lo)
  }

  /// e^x - 1 as a double-double with small relative error, for 2^-60 <= |x| <= 50.
  static func expm1DD(_ x: Double) -> (hi: Double, lo: Double) {
    if Swift.abs(x) < 0x1p-9 { return expm1Small(x) }
    let (hi, lo, k) = expCore(x, 0)
    let (h, l) = expm1Combine(hi, lo, k)
    let scale = DD.power2(k)
    return (h * scale, l * scale)
  }
}
