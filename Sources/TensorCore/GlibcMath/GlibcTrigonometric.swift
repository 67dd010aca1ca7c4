// glibc 2.36's sin and cos (IBM's Accurate Mathematical Library, without the slow paths since 2.28), operation for
// operation as its FMA build computes them: CPython's `math.sin`/`math.cos` call them, and so does NumPy 2.4 for float64
// `np.sin`/`np.cos` (its SIMD loops cover float32 only), so both print these bits. A table of sin and cos at i/128 as
// double-double pairs turns the argument into a small remainder whose Taylor polynomials are short; arguments past
// 2.426 are first reduced by multiples of pi/2 (to 136 bits, by 2/pi in base-2^24 digits past 105414350).
// `fusedMultiplyAdd` marks each `a * b + c` that GCC fuses in that build; every other operation rounds as written.

extension GlibcMath {
  /// sin(x), as glibc's `sin` gives it.
  public static func sin(_ x: Double) -> Double {
    let absHigh = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7fff_ffff
    if absHigh < 0x3e50_0000 { return x }  // |x| < 2^-26
    if absHigh < 0x3feb_6000 { return Trigonometric.sineOfSmall(x, 0) }  // |x| < 0.855469
    if absHigh < 0x4003_68fd {  // |x| < 2.426265: cos(pi/2 - |x|)
      return Trigonometric.cosineOfSmall(Trigonometric.halfPiHigh - Swift.abs(x), Trigonometric.halfPiLow)
        .withSign(of: x)
    }
    if absHigh < 0x7ff0_0000 {
      let (n, a, da) = Trigonometric.reduced(x, isLarge: absHigh >= 0x4199_21fb)
      return Trigonometric.sinOrCos(a, da, quadrant: n)
    }
    return x / x
  }

  /// cos(x), as glibc's `cos` gives it.
  public static func cos(_ x: Double) -> Double {
    let absHigh = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7fff_ffff
    if absHigh < 0x3e40_0000 { return 1.0 }  // |x| < 2^-27
    if absHigh < 0x3feb_6000 { return Trigonometric.cosineOfSmall(x, 0) }
    if absHigh < 0x4003_68fd {  // sin(pi/2 - |x|), pi/2 - |x| as a double-double
      let y = Trigonometric.halfPiHigh - Swift.abs(x)
      let a = y + Trigonometric.halfPiLow
      return Trigonometric.sineOfSmall(a, (y - a) + Trigonometric.halfPiLow)
    }
    if absHigh < 0x7ff0_0000 {
      let (n, a, da) = Trigonometric.reduced(x, isLarge: absHigh >= 0x4199_21fb)
      return Trigonometric.sinOrCos(a, da, quadrant: n &+ 1)
    }
    return x / x
  }
}

/// glibc's sin and cos of a double-double a + da with |a| <= pi/4 (or a little more), and its reduction to it.
private enum Trigonometric {
  static let halfPiHigh = 0x1.921FB54442D18p0
  static let halfPiLow = 0x1.1A62633145C07p-54
  // Taylor coefficients of sin for |x| < 0.126, and of sin and cos near the table points.
  static let s1 = -0x1.5555555555555p-3
  static let s2 = 0x1.1111111110ECEp-7
  static let s3 = -0x1.A01A019DB08B8p-13
  static let s4 = 0x1.71DE27B9A7ED9p-19
  static let s5 = -0x1.ADDFFC2FCDF59p-26
  static let sn3 = -1.66666666666664880952546298448555E-01
  static let sn5 = 8.33333214285722277379541354343671E-03
  static let cs2 = 4.99999999999999999999950396842453E-01
  static let cs4 = -4.16666666666664434524222570944589E-02
  static let cs6 = 1.38888874007937613028114285595617E-03
  /// 1.5 * 2^45: adding it rounds |x| to a multiple of 1/128 whose low word is the table index.
  static let tableShift = 0x1.8p45
  // pi/2 in pieces for the reduction of |x| < 105414350 (mp1 + mp2 exact products, pp3 + pp4 the rest).
  static let mp1 = 0x1.921FB58000000p0
  static let mp2 = -0x1.DDE973C000000p-27
  static let pp3 = -0x1.CB3B398000000p-55
  static let pp4 = -0x1.d747f23e32ed7p-83
  static let inverseHalfPi = 0x1.45F306DC9C883p-1
  static let roundingShift = 0x1.8p52

  @inline(__always) static func fusedMultiplyAdd(_ a: Double, _ b: Double, _ c: Double) -> Double {
    c.addingProduct(a, b)
  }

  /// The table row nearest |x| (the multiple of 1/128) and |x| less it.
  @inline(__always) static func tableRow(_ magnitude: Double) -> (
    row: (sin: Double, sinLow: Double, cos: Double, cosLow: Double), rest: Double
  ) {
    let shifted = tableShift + magnitude
    let row = GlibcMathTables.sinCos[Int(shifted.bitPattern & 0xffff_ffff)]
    return (row, magnitude - (shifted - tableShift))
  }

  /// sin(x + dx).
  static func sineOfSmall(_ x: Double, _ dx: Double) -> Double {
    if Swift.abs(x) < 0.126 {
      let xx = x * x
      let p = fusedMultiplyAdd(
        fusedMultiplyAdd(fusedMultiplyAdd(fusedMultiplyAdd(s5, xx, s4), xx, s3), xx, s2), xx, s1)
      return x + fusedMultiplyAdd(fusedMultiplyAdd(p, x, -(0.5 * dx)), xx, dx)
    }
    let dx = x <= 0 ? -dx : dx
    let (table, r) = tableRow(Swift.abs(x))
    let rr = r * r
    let s = r + fusedMultiplyAdd(r * rr, fusedMultiplyAdd(rr, sn5, sn3), dx)
    let c = fusedMultiplyAdd(r, dx, rr * fusedMultiplyAdd(rr, fusedMultiplyAdd(rr, cs6, cs4), cs2))
    let correction = fusedMultiplyAdd(
      table.cos, s, fusedMultiplyAdd(-table.sin, c, fusedMultiplyAdd(s, table.cosLow, table.sinLow)))
    return (table.sin + correction).withSign(of: x)
  }

  /// cos(x + dx).
  static func cosineOfSmall(_ x: Double, _ dx: Double) -> Double {
    let dx = x < 0 ? -dx : dx
    let (table, rest) = tableRow(Swift.abs(x))
    let r = rest + dx
    let rr = r * r
    let s = fusedMultiplyAdd(r * rr, fusedMultiplyAdd(rr, sn5, sn3), r)
    let c = rr * fusedMultiplyAdd(rr, fusedMultiplyAdd(rr, cs6, cs4), cs2)
    let correction = fusedMultiplyAdd(
      -table.sin, s, fusedMultiplyAdd(-table.cos, c, fusedMultiplyAdd(-s, table.sinLow, table.cosLow)))
    return table.cos + correction
  }

  /// sin(a + da) rotated by `quadrant` quarter turns.
  static func sinOrCos(_ a: Double, _ da: Double, quadrant: Int) -> Double {
    let value = quadrant & 1 != 0 ? cosineOfSmall(a, da) : sineOfSmall(a, da)
    return quadrant & 2 != 0 ? -value : value
  }

  /// x = n pi/2 + (a + da), |a + da| <= pi/4, with n mod 4.
  static func reduced(_ x: Double, isLarge: Bool) -> (n: Int, a: Double, da: Double) {
    if isLarge { return LargeReduction.reduced(x) }
    let t = fusedMultiplyAdd(x, inverseHalfPi, roundingShift)
    let xn = t - roundingShift
    let y = fusedMultiplyAdd(-xn, mp2, fusedMultiplyAdd(-xn, mp1, x))
    let t2 = fusedMultiplyAdd(-xn, pp3, y)
    var db = fusedMultiplyAdd(-xn, pp3, y - t2)
    let b = fusedMultiplyAdd(-xn, pp4, t2)
    db += fusedMultiplyAdd(-xn, pp4, t2 - b)
    return (Int(t.bitPattern & 3), b, db)
  }
}

/// glibc's reduction of |x| >= 105414350 by pi/2 (branred.c, built without FMA): x split in two halves of 26 bits, each
/// multiplied by six base-2^24 digits of 2/pi chosen by its exponent, the integer parts dropped as they go.
private enum LargeReduction {
  static let split = 134_217_729.0  // 2^27 + 1
  static let shift52 = 0x1.8p52
  static let shift54 = 0x1.8p54
  static let mp2 = -0x1.DDE9740000000p-27  // branred.h's mp2, shorter than the one above

  static func reduced(_ x: Double) -> (n: Int, a: Double, da: Double) {
    let x = x * 0x1p-600
    let t = x * split
    let x1 = t - (t - x)
    let x2 = x - x1
    let (b1, bb1, sum1) = part(x1)
    let (b2, bb2, sum2) = part(x2)
    var sum = sum1 + sum2
    var b = b1 + b2
    let bb = Swift.abs(b1) > Swift.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1
    if b > 0.5 {
      b -= 1.0
      sum += 1.0
    } else if b < -0.5 {
      b += 1.0
      sum -= 1.0
    }
    let s = b + (bb + bb1 + bb2)
    let tail = ((b - s) + bb) + (bb1 + bb2)
    let splitS = s * split
    let t1 = splitS - (splitS - s)
    let t2 = s - t1
    let product = s * Trigonometric.halfPiHigh
    let productTail =
      (((t1 * Trigonometric.mp1 - product) + t1 * mp2) + t2 * Trigonometric.mp1)
      + (t2 * mp2 + s * Trigonometric.halfPiLow + tail * Trigonometric.halfPiHigh)
    let a = product + productTail
    return (Int(sum) & 3, a, (product - a) + productTail)
  }

  /// One half's product with 2/pi: the fraction as b + bb and the integer part (mod 4, with sign) as `sum`.
  private static func part(_ x: Double) -> (b: Double, bb: Double, sum: Double) {
    var k = Int((x.bitPattern >> 52) & 2047)
    k = Swift.max((k - 450) / 24, 0)
    var scale = Double(bitPattern: 0x63f0_0000_0000_0000 &- (UInt64(k * 24) << 52))  // 2^(576 - 24k)
    var r = [Double](repeating: 0, count: 6)
    let digits = GlibcMathTables.twoOverPiDigits
    for i in 0..<6 {
      r[i] = x * digits[k + i] * scale
      scale *= 0x1p-24
    }
    var sum = 0.0
    for i in 0..<3 {
      let s = (r[i] + shift52) - shift52
      sum += s
      r[i] -= s
    }
    var t = 0.0
    for i in 0..<6 { t += r[5 - i] }
    var bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5]
    let s = (t + shift52) - shift52
    sum += s
    t -= s
    let b = t + bb
    bb = (t - b) + bb
    sum -= (sum + shift54) - shift54
    return (b, bb, sum)
  }
}

extension Double {
  /// The magnitude of `self` with the sign of `other` (C's copysign).
  fileprivate func withSign(of other: Double) -> Double {
    Double(sign: other.sign, exponentBitPattern: exponentBitPattern, significandBitPattern: significandBitPattern)
  }
}
