private typealias T = ElementaryTables
private typealias DD = DoubleDouble

extension Elementary {
  /// The inverse tangent, in [-pi/2, pi/2].
  public static func atan(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a >= 0x1p-27, a < 0x1p54, let fast = atanFast(a) { return signed(fast, negative: x < 0) }
    return atanSlow(x)
  }

  /// The inverse tangent by the double-double path alone (what `atan` falls back to).
  static func atanSlow(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a < 0x1p-27 { return x }  // atan x = x - x^3/3 rounds to x.
    if !(a < 0x1p54) { return a.isNaN ? x : signed(T.halfPiHi, negative: x < 0) }
    let (h, l) = atanRatio(a, 0, 1, 0)
    return signed(h + l, negative: x < 0)
  }

  /// The inverse sine: NaN beyond [-1, 1].
  public static func asin(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if a < 0x1p-26 { return x }  // asin x = x + x^3/6 rounds to x.
    if !(a < 1) { return a == 1 ? signed(T.halfPiHi, negative: x < 0) : domainError(x) }
    if let fast = asinFast(a) { return signed(fast, negative: x < 0) }
    return asinSlow(x)
  }

  /// The inverse sine by the double-double path alone (what `asin` falls back to), for 2^-26 <= |x| < 1.
  static func asinSlow(_ x: Double) -> Double {
    let (ch, cl) = complementSquareRoot(Swift.abs(x))
    let (h, l) = atanRatio(Swift.abs(x), 0, ch, cl)
    return signed(h + l, negative: x < 0)
  }

  /// The inverse cosine, in [0, pi]: NaN beyond [-1, 1]. A NaN argument comes back with its sign flipped, as glibc's
  /// `acos` (which NumPy's float64 loop calls) returns it.
  public static func acos(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if !(a <= 1) { return x.isNaN ? -quieted(x) : invalidNaN }
    if a == 1 { return x > 0 ? 0 : T.piHi }
    if let fast = acosFast(a, negative: x < 0) { return fast }
    return acosSlow(x)
  }

  /// The inverse cosine by the double-double path alone (what `acos` falls back to), for |x| < 1.
  static func acosSlow(_ x: Double) -> Double {
    let a = Swift.abs(x)
    let (ch, cl) = complementSquareRoot(a)
    let (h, l) = atanRatio(ch, cl, a, 0)
    if x >= 0 { return h + l }
    let (s, e) = DD.add(T.piHi, T.piLo, -h, -l)
    return s + e
  }

  /// asin a correctly rounded for 2^-26 <= a < 1, or nil when the plain-double evaluation cannot decide the
  /// rounding: atan(a / sqrt(1 - a^2)) with the square root ch + cl as a double-double (within 2^-100, which moves
  /// the angle by at most half that), by `atanFastUnit`, or pi/2 - atan(ch / a) above the diagonal, as `atanFast`.
  @inline(__always)
  static func asinFast(_ a: Double) -> Double? {
    let (ch, cl) = complementSquareRootFast(a)
    let above = a > ch
    let (h, l) = above ? atanFastUnit(ch, cl, a, 0) : atanFastUnit(a, 0, ch, cl)
    return atanFastRound(above ? T.halfPiHi : 0, above ? T.halfPiLo : 0, above ? -h : h, above ? -l : l)
  }

  /// acos of ±a correctly rounded for a < 1, or nil: the angle of (a, sqrt(1 - a^2)) as `atan2Fast` takes it,
  /// pi minus it for a negative argument.
  @inline(__always)
  static func acosFast(_ a: Double, negative: Bool) -> Double? {
    let (ch, cl) = complementSquareRootFast(a)
    let above = ch > a
    let (h, l) = above ? atanFastUnit(a, 0, ch, cl) : atanFastUnit(ch, cl, a, 0)
    let (kh, kl) = above ? (T.halfPiHi, T.halfPiLo) : negative ? (T.piHi, T.piLo) : (0, 0)
    let minus = above != negative
    return atanFastRound(kh, kl, minus ? -h : h, minus ? -l : l)
  }

  /// The angle of the point (x, y), in [-pi, pi], with C99's signed zeros and infinities.
  public static func atan2(_ y: Double, _ x: Double) -> Double {
    // A NaN comes back as given, y's first.
    if x.isNaN || y.isNaN { return y.isNaN ? quieted(y) : quieted(x) }
    let negativeY = y.sign == .minus
    let negativeX = x.sign == .minus
    if y == 0 {
      // ±0 for x > 0 or +0, ±pi for x < 0 or -0.
      return negativeX ? signed(T.piHi, negative: negativeY) : y
    }
    if x.isInfinite {
      if y.isInfinite {
        return signed(negativeX ? T.threeQuarterPiRounded : T.quarterPiRounded, negative: negativeY)
      }
      return negativeX ? signed(T.piHi, negative: negativeY) : (negativeY ? -0.0 : 0)
    }
    if x == 0 || y.isInfinite { return signed(T.halfPiHi, negative: negativeY) }
    if let fast = atan2Fast(y, x) { return fast }
    return atan2Slow(y, x)
  }

  /// atan2 by the double-double path alone, for finite nonzero x and y (what `atan2` falls back to).
  static func atan2Slow(_ y: Double, _ x: Double) -> Double {
    let negativeY = y.sign == .minus
    let negativeX = x.sign == .minus
    var ay = Swift.abs(y)
    var ax = Swift.abs(x)
    let ey = ay.exponent
    let ex = ax.exponent
    var h: Double
    var l: Double
    if ex - ey > 60 {
      // atan(y/x) = y/x - (y/x)^3/3: the quotient alone, correctly rounded even when subnormal.
      if !negativeX { return signed(ay / ax, negative: negativeY) }
      (h, l) = (ay / ax, 0)
    } else {
      // Scale both by the same power of two so neither overflows nor underflows in the double-double steps.
      let shift = -Int(Swift.max(ex, ey))
      ay = scaleByPowerOfTwo(ay, shift)
      ax = scaleByPowerOfTwo(ax, shift)
      (h, l) = atanRatio(ay, 0, ax, 0)
    }
    if negativeX { (h, l) = DD.add(T.piHi, T.piLo, -h, -l) }
    return signed(h + l, negative: negativeY)
  }

  /// atan a correctly rounded for 2^-27 <= a < 2^54, or nil when the plain-double evaluation cannot decide the
  /// rounding: atan(a / 1), or pi/2 - atan(1 / a) above 1, by `atanFastUnit`, whose error is below 2^-64 of the
  /// result (see there); pi/2 - h keeps that bound (the result is at least pi/4, and the subtraction is a TwoSum), so
  /// the test's 2^-62 has room to spare.
  @inline(__always)
  static func atanFast(_ a: Double) -> Double? {
    let above = a > 1
    let (h, l) = atanFastUnit(above ? 1 : a, 0, above ? a : 1, 0)
    return atanFastRound(above ? T.halfPiHi : 0, above ? T.halfPiLo : 0, above ? -h : h, above ? -l : l)
  }

  /// atan2(y, x) correctly rounded for normal finite nonzero x and y whose exponents differ by at most 60, or nil
  /// (those and every other input then take `atan2Slow`): both scaled exactly by 2^-max(exponents), the smaller
  /// over the larger by `atanFastUnit`, then k + s h for k in {0, pi/2, pi} and s = ±1 by the quadrant (pi/2 - h
  /// above the diagonal, pi - h or pi/2 + h for negative x), so the result is at least h and the error bound holds.
  @inline(__always)
  static func atan2Fast(_ y: Double, _ x: Double) -> Double? {
    var ay = Swift.abs(y)
    var ax = Swift.abs(x)
    guard ay >= 0x1p-1022, ax >= 0x1p-1022, ay < 0x1p1023, ax < 0x1p1023, Swift.abs(ax.exponent - ay.exponent) <= 60
    else { return nil }
    let scale = DD.power2(-Int(Swift.max(ax.exponent, ay.exponent)))
    ay *= scale
    ax *= scale
    let above = ay > ax
    let (h, l) = atanFastUnit(above ? ax : ay, 0, above ? ay : ax, 0)
    let negativeX = x < 0
    let (kh, kl) = above ? (T.halfPiHi, T.halfPiLo) : negativeX ? (T.piHi, T.piLo) : (0, 0)
    let minus = above != negativeX
    guard let result = atanFastRound(kh, kl, minus ? -h : h, minus ? -l : l) else { return nil }
    return signed(result, negative: y.sign == .minus)
  }

  /// (kh + kl) + (h + l) rounded, or nil when 2^-62 of the sum could change the rounding.
  @inline(__always)
  static func atanFastRound(_ kh: Double, _ kl: Double, _ h: Double, _ l: Double) -> Double? {
    let (s, e) = DD.twoSum(kh, h)
    let lo = e + (kl + l)
    let bound = Swift.abs(s) * 0x1p-62
    let result = s + (lo + bound)
    guard result == s + (lo - bound) else { return nil }
    return result
  }

  /// atan((n + nl) / (d + dl)) as hi + lo for 0 <= n <= d below 2^995, n / d >= 2^-27, lows at most 2^-52 of their
  /// heads, with error below 2^-64 of the result, in plain doubles with one division and one reciprocal.
  ///
  /// c = i/64 nearest y = n/d rounded, so |n/d - c| <= 2^-7 + 2^-52, and atan(n/d) = atan c + atan t with
  /// t = (n - c d) / (d + c n), |t| <= 2^-7 + 2^-51. The numerator is n - p - pe + (nl - c dl) with p + pe = c d
  /// exactly: two TwoSums make it nh + nl' with only nl' rounded (2^-104 of n, so 2^-104 absolute in t, since
  /// n <= d); the denominator d + r + re + (dl + c nl) with r + re = c n exactly (r <= d, so FastTwoSum) is dh + dl'
  /// with dl' rounded at 2^-104 relative. With r = 1/dh rounded, th = nh r is within 2^-51 of t; the
  /// remainder nh - th dh (TwoProduct's, exact) plus nl - th dl, times r, gives tl within 2^-50 of |tl| <= 2^-51
  /// |th|: t = th + tl within 2^-100 |t|. atan t = t - t^3/3 + ... + t^9/9 leaves 2^-80 (t^11/11), and th t2 p(t2)
  /// (below 2^-22.6) rounds at about 2^-74 in all; -tl t^2 is kept. For i >= 1 the result is at least
  /// atan(2^-7), so the absolute errors (2^-73 in all, with the sums into lo) are 2^-66 of it; for i = 0
  /// (c = 0, n/d exact in th + tl) the cubic's rounding is 2^-53 of t^3/3, so 2^-66 of t again.
  @inline(__always)
  static func atanFastUnit(_ n: Double, _ nLow: Double, _ d: Double, _ dLow: Double) -> (hi: Double, lo: Double) {
    let (scaled, i) = DD.roundToIntegerParts((n / d) * 64)
    let c = scaled * 0x1p-6
    let (p, pe) = DD.twoProduct(c, d)
    let (s1, e1) = DD.twoSum(n, -p)
    let (nh, e2) = DD.twoSum(s1, -pe)
    let nl = (e1 + e2) + (nLow - c * dLow)
    let (r, re) = DD.twoProduct(c, n)
    let (dh, de) = DD.fastTwoSum(d, r)
    let dl = (de + re) + (dLow + c * nLow)
    let inverse = 1 / dh
    let th = nh * inverse
    let (ph, pe2) = DD.twoProduct(th, dh)
    let tl = (((nh - ph) - pe2) + nl - th * dl) * inverse
    let t2 = th * th
    let poly = t2 * (-1.0 / 3 + t2 * (1.0 / 5 + t2 * (-1.0 / 7 + t2 * (1.0 / 9))))
    let index = Swift.min(i, 64) * 2
    let (s, e) = DD.twoSum(T.atanTable[index], th)
    return (s, e + (T.atanTable[index + 1] + (tl - tl * t2) + th * poly))
  }

  /// sqrt(1 - a^2) for 0 <= a < 1 as a double-double within 2^-100: 1 - a^2 = uh + ul exactly, s = sqrt(uh)
  /// correctly rounded, and the low part (uh - s^2 + ul) / (2 s) (below 2^-52 s; TwoProduct's exact s^2).
  @inline(__always)
  static func complementSquareRootFast(_ a: Double) -> (hi: Double, lo: Double) {
    let (sh, sl) = DD.twoProduct(a, a)
    let (dh, dl) = DD.twoSum(1, -sh)
    let (uh, ul) = DD.fastTwoSum(dh, dl - sl)
    let s = uh.squareRoot()
    let (p, e) = DD.twoProduct(s, s)
    return DD.fastTwoSum(s, (((uh - p) - e) + ul) / (2 * s))
  }

  /// sqrt(1 - a^2) for 0 <= a < 1 as a double-double; 1 - a^2 is exact as a double-double.
  @inline(__always)
  static func complementSquareRoot(_ a: Double) -> (hi: Double, lo: Double) {
    let (sh, sl) = DD.twoProduct(a, a)
    let (dh, dl) = DD.twoSum(1, -sh)
    let (uh, ul) = DD.fastTwoSum(dh, dl - sl)
    return DD.squareRoot(uh, ul)
  }

  /// atan(n / d) in [0, pi/2] for double-doubles n, d >= 0, not both zero, of moderate size.
  static func atanRatio(_ nh: Double, _ nl: Double, _ dh: Double, _ dl: Double) -> (hi: Double, lo: Double) {
    if nh <= dh {
      let (qh, ql) = DD.divide(nh, nl, dh, dl)
      return atanUnit(qh, ql)
    }
    let (qh, ql) = DD.divide(dh, dl, nh, nl)
    let (h, l) = atanUnit(qh, ql)
    return DD.add(T.halfPiHi, T.halfPiLo, -h, -l)
  }

  /// atan(qh + ql) for q in [0, 1]: atan q = atan c + atan((q - c) / (1 + q c)) with c = i/64 from the table.
  @inline(__always)
  static func atanUnit(_ qh: Double, _ ql: Double) -> (hi: Double, lo: Double) {
    let (scaled, i) = DD.roundToIntegerParts(qh * 64)
    let c = scaled * 0x1p-6
    let index = Swift.min(i, 64) * 2  // the table has atan(i/64) for i in 0...64
    let (nh, nl) = DD.fastTwoSum(qh - c, ql)  // qh - c is exact (Sterbenz)
    let (ph, pe) = DD.twoProduct(qh, c)
    let (dh, de) = DD.fastTwoSum(1, ph)
    let (th, tl) = DD.divide(nh, nl, dh, de + (pe + ql * c))
    // atan t = t + t^3 p(t^2) + tl (1 - t^2); |t| <= 2^-7, so the tail is below 2^-22.
    let t2 = th * th
    let p =
      -1.0 / 3 + t2 * (1.0 / 5 + t2 * (-1.0 / 7 + t2 * (1.0 / 9 + t2 * (-1.0 / 11))))
    let (s, e) = DD.twoSum(T.atanTable[index], th)
    return DD.fastTwoSum(s, e + (T.atanTable[index + 1] + tl * (1 - t2) + th * t2 * p))
  }

  /// v * 2^k exactly, for results that stay normal.
  @inline(__always)
  static func scaleByPowerOfTwo(_ v: Double, _ k: Int) -> Double {
    var result = v
    var remaining = k
    while remaining > 1000 {
      result *= 0x1p1000
      remaining -= 1000
    }
    while remaining < -1000 {
      result *= 0x1p-1000
      remaining += 1000
    }
    return result * DD.power2(remaining)
  }
}
