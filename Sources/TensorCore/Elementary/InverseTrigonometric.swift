private typealias T = ElementaryTables
private typealias DD = DoubleDouble

extension Elementary {
  /// The inverse tangent, in [-pi/2, pi/2].
  public static func atan(_ x: Double) -> Double {
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
    if !(a < 1) { return a == 1 ? signed(T.halfPiHi, negative: x < 0) : .nan }
    let (ch, cl) = complementSquareRoot(a)
    let (h, l) = atanRatio(a, 0, ch, cl)
    return signed(h + l, negative: x < 0)
  }

  /// The inverse cosine, in [0, pi]: NaN beyond [-1, 1].
  public static func acos(_ x: Double) -> Double {
    let a = Swift.abs(x)
    if !(a <= 1) { return .nan }
    if a == 1 { return x > 0 ? 0 : T.piHi }
    let (ch, cl) = complementSquareRoot(a)
    let (h, l) = atanRatio(ch, cl, a, 0)
    if x >= 0 { return h + l }
    let (s, e) = DD.add(T.piHi, T.piLo, -h, -l)
    return s + e
  }

  /// The angle of the point (x, y), in [-pi, pi], with C99's signed zeros and infinities.
  public static func atan2(_ y: Double, _ x: Double) -> Double {
    if x.isNaN || y.isNaN { return .nan }
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
