// CPython's `math` module and its float `**` call the C library, so a snippet prints what CPython prints only if its
// float functions give the C library's bits, not the correctly rounded ones (glibc's tanh differs from the correctly
// rounded value on about one input in nine, its sinh and cosh on one in four). These are the algorithms of glibc 2.36
// on x86-64 with FMA (the build its `ifunc`s pick on every CPU with AVX2 and FMA, which the project's fixtures were
// made on), operation for operation: exp, log and pow are Szabolcs Nagy's table-driven ones, expm1, tanh, sinh, cosh,
// log1p and log10 the Sun fdlibm ones. Where glibc's FMA build lets the compiler fuse `a * b + c`, the code below fuses the same
// ones with `addingProduct`, which rounds once on every machine, with or without FMA hardware; every other operation
// rounds as written. The tests hold each function to CPython's own results on thousands of inputs per branch.

/// The C library's float functions as CPython's `math` module and float `**` give them (glibc 2.36, x86-64 with FMA).
public enum GlibcMath {
  /// e^x.
  public static func exp(_ x: Double) -> Double {
    var absTop = UInt32(truncatingIfNeeded: x.bitPattern >> 52) & 0x7ff
    if absTop &- tinyTop >= 0x408 - tinyTop {
      if absTop &- tinyTop >= 0x8000_0000 { return 1.0 + x }
      if absTop >= 0x409 {
        if x == -.infinity { return 0 }
        if absTop >= 0x7ff { return 1.0 + x }
        return x.sign == .minus ? 0 : .infinity
      }
      absTop = 0  // |x| >= 512: the scale may leave the normal range, handled below
    }
    return exponential(x, tail: nil, signBias: 0, largeInput: absTop == 0)
  }

  /// x^y, as `math.pow` and float `**` give it (CPython raises for the domain errors before calling it).
  public static func pow(_ x: Double, _ y: Double) -> Double {
    var signBias: UInt64 = 0
    var ix = x.bitPattern
    let iy = y.bitPattern
    var topX = UInt32(truncatingIfNeeded: ix >> 52)
    let topY = UInt32(truncatingIfNeeded: iy >> 52)
    if topX &- 0x001 >= 0x7ff - 0x001 || (topY & 0x7ff) &- 0x3be >= 0x43e - 0x3be {
      if isZeroInfinityOrNaN(iy) {
        if iy << 1 == 0 { return 1.0 }
        if ix == (1.0).bitPattern { return 1.0 }
        if ix << 1 > Double.infinity.bitPattern << 1 || iy << 1 > Double.infinity.bitPattern << 1 { return x + y }
        if ix << 1 == (1.0).bitPattern << 1 { return 1.0 }
        if (ix << 1 < (1.0).bitPattern << 1) == (iy >> 63 == 0) { return 0.0 }
        return y * y
      }
      if isZeroInfinityOrNaN(ix) {
        var square = x * x
        if ix >> 63 != 0, integerKind(iy) == .odd { square = -square }
        return iy >> 63 != 0 ? 1 / square : square
      }
      if ix >> 63 != 0 {
        switch integerKind(iy) {
        case .notInteger: return Elementary.domainError(x)  // glibc's (x - x) / (x - x)
        case .odd: signBias = 0x800 << 7
        case .even: break
        }
        ix &= 0x7fff_ffff_ffff_ffff
        topX &= 0x7ff
      }
      if (topY & 0x7ff) &- 0x3be >= 0x43e - 0x3be {
        if ix == (1.0).bitPattern { return 1.0 }
        if topY & 0x7ff < 0x3be { return ix > (1.0).bitPattern ? 1.0 + y : 1.0 - y }
        return (ix > (1.0).bitPattern) == (topY < 0x800) ? .infinity : 0
      }
      if topX == 0 {
        // A subnormal x, normalised so that its exponent goes negative.
        ix = (x * 0x1p52).bitPattern & 0x7fff_ffff_ffff_ffff
        ix &-= 52 << 52
      }
    }
    let (logarithm, logarithmTail) = logarithmWithTail(ix)
    let product = y * logarithm
    let productTail = fma(y, logarithmTail, fma(y, logarithm, -product))
    return powerExponential(product, tail: productTail, signBias: signBias)
  }

  /// e^x - 1 (fdlibm's rational approximation after reduction by multiples of ln 2).
  public static func expm1(_ x: Double) -> Double {
    var x = x
    let high = highWord(x)
    let negative = high & 0x8000_0000 != 0
    let absHigh = high & 0x7fff_ffff
    if absHigh >= 0x4043_687a {  // |x| >= 56 ln 2
      if absHigh >= 0x4086_2e42 {  // |x| >= 709.78
        if absHigh >= 0x7ff0_0000 { return x.isNaN ? x + x : (negative ? -1.0 : x) }
        if x > 7.09782712893383973096e+02 { return .infinity }
      }
      if negative { return 1.0e-300 - 1.0 }
    }
    var k: Int32 = 0
    var correction = 0.0
    if absHigh > 0x3fd6_2e42 {  // |x| > ln 2 / 2
      let reducedHigh: Double
      let reducedLow: Double
      if absHigh < 0x3ff0_a2b2 {  // and |x| < 1.5 ln 2
        if negative {
          (reducedHigh, reducedLow, k) = (x + ln2High, -ln2Low, -1)
        } else {
          (reducedHigh, reducedLow, k) = (x - ln2High, ln2Low, 1)
        }
      } else {
        k = Int32(fma(inverseLn2, x, negative ? -0.5 : 0.5).rounded(.towardZero))
        let t = Double(k)
        reducedHigh = fma(-t, ln2High, x)
        reducedLow = t * ln2Low
      }
      x = reducedHigh - reducedLow
      correction = (reducedHigh - x) - reducedLow
    } else if absHigh < 0x3c90_0000 {  // |x| < 2^-54
      return x
    }
    let halfX = 0.5 * x
    let halfXSquared = x * halfX
    let r1 = fma(halfXSquared, expm1Coefficients[1], 1.0)
    let h2 = halfXSquared * halfXSquared
    let r2 = fma(halfXSquared, expm1Coefficients[3], expm1Coefficients[2])
    let h4 = h2 * h2
    let r3 = fma(halfXSquared, expm1Coefficients[5], expm1Coefficients[4])
    let r = fma(h4, r3, fma(h2, r2, r1))
    var t = fma(-r, halfX, 3.0)
    var e = halfXSquared * ((r - t) / fma(-x, t, 6.0))
    if k == 0 { return x - fma(x, e, -halfXSquared) }
    e = fma(x, e - correction, -correction)
    e -= halfXSquared
    if k == -1 { return fma(0.5, x - e, -0.5) }
    if k == 1 { return x < -0.25 ? -2.0 * (e - (x + 0.5)) : fma(2.0, x - e, 1.0) }
    if k <= -2 || k > 56 {
      let y = 1.0 - (e - x)
      return addingToExponent(y, k) - 1.0
    }
    if k < 20 {
      t = Double(bitPattern: UInt64(0x3ff0_0000 - (0x20_0000 >> UInt32(k))) << 32)  // 1 - 2^-k
      return addingToExponent(t - (e - x), k)
    }
    t = Double(bitPattern: UInt64(UInt32(0x3ff - k) << 20) << 32)  // 2^-k
    return addingToExponent(x - (e + t) + 1.0, k)
  }

  /// The hyperbolic tangent, from expm1.
  public static func tanh(_ x: Double) -> Double {
    let high = highWord(x)
    let absHigh = high & 0x7fff_ffff
    let positive = high & 0x8000_0000 == 0
    if absHigh >= 0x7ff0_0000 { return positive ? 1.0 / x + 1.0 : 1.0 / x - 1.0 }
    let z: Double
    if absHigh < 0x4036_0000 {  // |x| < 22
      if x == 0 { return x }
      if absHigh < 0x3c80_0000 { return x * (1.0 + x) }  // |x| < 2^-55
      if absHigh >= 0x3ff0_0000 {
        let t = expm1(2.0 * Swift.abs(x))
        z = 1.0 - 2.0 / (t + 2.0)
      } else {
        let t = expm1(-2.0 * Swift.abs(x))
        z = -t / (t + 2.0)
      }
    } else {
      z = 1.0 - 1.0e-300
    }
    return positive ? z : -z
  }

  /// The hyperbolic sine, from expm1 below 22 and exp above.
  public static func sinh(_ x: Double) -> Double {
    let high = highWord(x)
    let absHigh = high & 0x7fff_ffff
    if absHigh >= 0x7ff0_0000 { return x + x }
    let half = high & 0x8000_0000 != 0 ? -0.5 : 0.5
    if absHigh < 0x4036_0000 {
      if absHigh < 0x3e30_0000 { return x }  // |x| < 2^-28
      let t = expm1(Swift.abs(x))
      if absHigh < 0x3ff0_0000 { return half * (2.0 * t - t * t / (t + 1.0)) }
      return half * (t + t / (t + 1.0))
    }
    if absHigh < 0x4086_2e42 { return half * exp(Swift.abs(x)) }
    if isBelowOverflowThreshold(x) {
      let w = exp(0.5 * Swift.abs(x))
      return half * w * w
    }
    return x * 1.0e307
  }

  /// The hyperbolic cosine, from expm1 below ln 2 / 2 and exp above.
  public static func cosh(_ x: Double) -> Double {
    let absHigh = highWord(x) & 0x7fff_ffff
    if absHigh < 0x4036_0000 {
      if absHigh < 0x3fd6_2e43 {
        if absHigh < 0x3c80_0000 { return 1.0 }
        let t = expm1(Swift.abs(x))
        let w = 1.0 + t
        return 1.0 + (t * t) / (w + w)
      }
      let t = exp(Swift.abs(x))
      return 0.5 * t + 0.5 / t
    }
    if absHigh < 0x4086_2e42 { return 0.5 * exp(Swift.abs(x)) }
    if isBelowOverflowThreshold(x) {
      let w = exp(0.5 * Swift.abs(x))
      return 0.5 * w * w
    }
    return absHigh >= 0x7ff0_0000 ? x * x : .infinity
  }

  /// log(1 + x) (fdlibm's: reduction to 1 + f in [sqrt(2)/2, sqrt(2)) and a polynomial in s = f / (2 + f)).
  public static func log1p(_ x: Double) -> Double {
    let high = Int32(bitPattern: highWord(x))
    let absHigh = high & 0x7fff_ffff
    var k: Int32 = 1
    var f = 0.0
    var highU: Int32 = 0
    var correction = 0.0
    if high < 0x3fda_827a {  // x < 0.41422
      if absHigh >= 0x3ff0_0000 { return x == -1.0 ? -.infinity : Elementary.domainError(x) }  // x <= -1
      if absHigh < 0x3e20_0000 {  // |x| < 2^-29
        if absHigh < 0x3c90_0000 { return x }
        return x - x * x * 0.5
      }
      if high > 0 || high <= Int32(bitPattern: 0xbfd2_bec3) {  // -0.2929 < x < 0.41422
        k = 0
        f = x
        highU = 1
      }
    } else if high >= 0x7ff0_0000 {
      return x + x
    }
    if k != 0 {
      var u: Double
      if high < 0x4340_0000 {
        u = 1.0 + x
        highU = Int32(bitPattern: highWord(u))
        k = (highU >> 20) - 1023
        correction = (k > 0 ? 1.0 - (u - x) : x - (u - 1.0)) / u
      } else {
        u = x
        highU = Int32(bitPattern: highWord(u))
        k = (highU >> 20) - 1023
      }
      highU &= 0x000f_ffff
      if highU < 0x6_a09e {
        u = replacingHighWord(u, UInt32(highU) | 0x3ff0_0000)
      } else {
        k += 1
        u = replacingHighWord(u, UInt32(highU) | 0x3fe0_0000)
        highU = (0x0010_0000 - highU) >> 2
      }
      f = u - 1.0
    }
    let halfFSquared = 0.5 * f * f
    let kd = Double(k)
    if highU == 0 {  // |f| < 2^-20
      if f == 0 { return k == 0 ? 0 : kd * ln2High + (correction + kd * ln2Low) }
      let r = halfFSquared * (1.0 - 0.66666666666666666 * f)
      if k == 0 { return f - r }
      return kd * ln2High - ((r - (kd * ln2Low + correction)) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    let z2 = z * z
    let r2 = fma(z, log1pCoefficients[3], log1pCoefficients[2])
    let z4 = z2 * z2
    let r3 = fma(z, log1pCoefficients[5], log1pCoefficients[4])
    let z6 = z4 * z2
    let r4 = fma(z, log1pCoefficients[7], log1pCoefficients[6])
    let r = fma(z6, r4, fma(z4, r3, fma(z, log1pCoefficients[1], z2 * r2)))
    if k == 0 { return f - (halfFSquared - s * (halfFSquared + r)) }
    return kd * ln2High - ((halfFSquared - (s * (halfFSquared + r) + (kd * ln2Low + correction))) - f)
  }

  /// The natural logarithm (a table of 128 intervals and a polynomial; near 1 a longer polynomial of x - 1).
  public static func log(_ x: Double) -> Double {
    var ix = x.bitPattern
    let top = UInt32(truncatingIfNeeded: ix >> 48)
    let nearOneLow = (1.0 - 0x1p-4).bitPattern
    let nearOneHigh = (1.0 + 0x1.09p-4).bitPattern
    if ix &- nearOneLow < nearOneHigh - nearOneLow {
      if x == 1.0 { return 0 }
      let b = logNearOneCoefficients
      let r = x - 1.0
      let r2 = r * r
      let r3 = r * r2
      let inner3 = fma(r3, b[10], fma(r2, b[9], fma(r, b[8], b[7])))
      let inner2 = fma(r3, inner3, fma(r2, b[6], fma(r, b[5], b[4])))
      let inner1 = fma(r3, inner2, fma(r2, b[3], fma(r, b[2], b[1])))
      // r split so that its high part's square is exact.
      var w = r * 0x1p27
      let rHigh = r + w - w
      let rLow = r - rHigh
      w = rHigh * rHigh * b[0]
      let high = r + w
      var low = r - high + w
      low = fma(b[0] * rLow, rHigh + r, low)
      return fma(r3, inner1, low) + high
    }
    if top &- 0x0010 >= 0x7ff0 - 0x0010 {
      if ix << 1 == 0 { return -.infinity }
      if x == .infinity { return x }
      if top & 0x8000 != 0 || top & 0x7ff0 == 0x7ff0 { return Elementary.libmLogarithmNaN(x) }
      ix = (x * 0x1p52).bitPattern &- (52 << 52)  // subnormal: normalised
    }
    let (index, k, z) = reduction(ix, offset: 0x3fe6_0000_0000_0000)
    let entry = GlibcMathTables.log[index]
    let r = fma(z, entry.inverse, -1.0)
    let w = fma(k, powLn2High, entry.log)
    let high = w + r
    let low = fma(k, powLn2Low, w - high + r)
    let r2 = r * r
    let a = logCoefficients
    let polynomial = fma(r2, fma(r, a[4], a[3]), fma(r, a[2], a[1]))
    return fma(r * r2, polynomial, fma(r2, a[0], low)) + high
  }

  /// The base-10 logarithm (fdlibm's: the exponent times log10(2) in two parts, plus log of the mantissa / ln 10).
  public static func log10(_ x: Double) -> Double {
    var x = x
    var high = Int32(bitPattern: highWord(x))
    let low = UInt32(truncatingIfNeeded: x.bitPattern)
    var k: Int32 = 0
    if high < 0x0010_0000 {  // x < 2^-1022
      if (high & 0x7fff_ffff) | Int32(bitPattern: low) == 0 { return -.infinity }
      if high < 0 { return Elementary.libmLogarithmNaN(x) }
      k -= 54
      x *= 0x1p54
      high = Int32(bitPattern: highWord(x))
    }
    if high >= 0x7ff0_0000 { return x + x }
    k += (high >> 20) - 1023
    let negative: Int32 = k < 0 ? 1 : 0
    high = (high & 0x000f_ffff) | ((0x3ff - negative) << 20)
    let y = Double(k + negative)
    x = replacingHighWord(x, UInt32(bitPattern: high))
    let z = y * log10Of2Low + inverseLn10 * log(x)
    return z + y * log10Of2High
  }

  // MARK: exp and pow's shared parts

  /// The top 12 bits of 2^-54: below it, e^x rounds to 1 + x.
  private static let tinyTop: UInt32 = 0x3c9
  private static let inverseLn2TimesN = 0x1.71547652b82fep0 * 128
  private static let negativeLn2OverNHigh = -0x1.62e42fefa0000p-8
  private static let negativeLn2OverNLow = -0x1.cf79abc9e3b3ap-47
  private static let roundingShift = 0x1.8p52
  private static let expCoefficients = [
    0x1.ffffffffffdbdp-2, 0x1.555555555543cp-3, 0x1.55555cf172b91p-5, 0x1.1111167a4d017p-7,
  ]

  /// e^(x + tail) with the sign bias pow uses for a negative base and an odd exponent.
  private static func exponential(_ x: Double, tail: Double?, signBias: UInt64, largeInput: Bool) -> Double {
    let shifted = fma(inverseLn2TimesN, x, roundingShift)
    let ki = shifted.bitPattern
    let kd = shifted - roundingShift
    var r = fma(kd, negativeLn2OverNLow, fma(kd, negativeLn2OverNHigh, x))
    if let tail { r += tail }
    let index = Int(2 * (ki % 128))
    let top = (ki &+ signBias) << 45
    let tableTail = Double(bitPattern: GlibcMathTables.exp[index])
    let scaleBits = GlibcMathTables.exp[index + 1] &+ top
    let r2 = r * r
    let c = expCoefficients
    let sum = fma(r2 * r2, fma(r, c[3], c[2]), fma(r2, fma(r, c[1], c[0]), tableTail + r))
    if largeInput { return scaledOutOfRange(sum, scaleBits: scaleBits, ki: ki, signed: tail != nil) }
    let scale = Double(bitPattern: scaleBits)
    return fma(scale, sum, scale)
  }

  /// scale * (1 + sum) when the scale's exponent has left the normal range: scaled back in, then out, rounding once
  /// into the subnormal range.
  private static func scaledOutOfRange(_ sum: Double, scaleBits: UInt64, ki: UInt64, signed: Bool) -> Double {
    if ki & 0x8000_0000 == 0 {
      let scale = Double(bitPattern: scaleBits &- (1009 << 52))
      return 0x1p1009 * fma(scale, sum, scale)
    }
    let adjustedBits = scaleBits &+ (1022 << 52)
    let scale = Double(bitPattern: adjustedBits)
    // GCC fuses a product only where all its uses sit in one basic block: scale * sum is used again inside the
    // branch below, so glibc's FMA build rounds it separately in both places.
    let product = scale * sum
    var y = scale + product
    if Swift.abs(y) < 1.0 {
      let one = signed && y < 0 ? -1.0 : 1.0
      var low = scale - y + product
      let high = one + y
      low = one - high + y + low
      y = (high + low) - one
      if y == 0 { y = signed ? Double(bitPattern: adjustedBits & 0x8000_0000_0000_0000) : 0 }
    }
    return 0x1p-1022 * y
  }

  /// pow's e^(x + tail), with its own handling of tiny and huge products.
  private static func powerExponential(_ x: Double, tail: Double, signBias: UInt64) -> Double {
    var absTop = UInt32(truncatingIfNeeded: x.bitPattern >> 52) & 0x7ff
    if absTop &- tinyTop >= 0x408 - tinyTop {
      if absTop &- tinyTop >= 0x8000_0000 {
        let one = 1.0 + x
        return signBias != 0 ? -one : one
      }
      if absTop >= 0x409 {
        let magnitude: Double = x.sign == .minus ? 0 : .infinity
        return signBias != 0 ? -magnitude : magnitude
      }
      absTop = 0
    }
    return exponential(x, tail: tail, signBias: signBias, largeInput: absTop == 0)
  }

  private static let powLn2High = 0x1.62e42fefa3800p-1
  private static let powLn2Low = 0x1.ef35793c76730p-45
  private static let powLogCoefficients = [
    -0x1p-1, 0x1.555555555556p-2 * -2, -0x1.0000000000006p-2 * -2, 0x1.999999959554ep-3 * 4,
    -0x1.555555529a47ap-3 * 4, 0x1.2495b9b4845e9p-3 * -8, -0x1.0002b8b263fc3p-3 * -8,
  ]

  /// log(x) as a double and a tail carrying about 15 more bits, for pow; `bits` is x's bit pattern, a subnormal one
  /// normalised with a negative exponent.
  private static func logarithmWithTail(_ bits: UInt64) -> (Double, Double) {
    let (index, k, z) = reduction(bits, offset: 0x3fe6_9555_0000_0000)
    let entry = GlibcMathTables.powLog[index]
    let r = fma(z, entry.inverse, -1.0)
    let t1 = fma(k, powLn2High, entry.log)
    let t2 = t1 + r
    let low1 = fma(k, powLn2Low, entry.logTail)
    let low2 = t1 - t2 + r
    let a = powLogCoefficients
    let ar = a[0] * r
    let ar2 = r * ar
    let ar3 = r * ar2
    let high = t2 + ar2
    let low3 = fma(ar, r, -ar2)
    let low4 = t2 - high + ar2
    let polynomial = fma(ar2, fma(ar2, fma(r, a[6], a[5]), fma(r, a[4], a[3])), fma(r, a[2], a[1]))
    let low = fma(ar3, polynomial, low1 + low2 + low3 + low4)
    let y = high + low
    return (y, high - y + low)
  }

  private static let logNearOneCoefficients = [
    -0x1p-1, 0x1.5555555555577p-2, -0x1.ffffffffffdcbp-3, 0x1.999999995dd0cp-3, -0x1.55555556745a7p-3,
    0x1.24924a344de3p-3, -0x1.fffffa4423d65p-4, 0x1.c7184282ad6cap-4, -0x1.999eb43b068ffp-4, 0x1.78182f7afd085p-4,
    -0x1.5521375d145cdp-4,
  ]
  private static let logCoefficients = [
    -0x1.0000000000001p-1, 0x1.555555551305bp-2, -0x1.fffffffeb459p-3, 0x1.999b324f10111p-3, -0x1.55575e506c89fp-3,
  ]
  private static let inverseLn10 = 4.34294481903251816668e-01
  private static let log10Of2High = 3.01029995663611771306e-01
  private static let log10Of2Low = 3.69423907715893078616e-13

  /// x = 2^k z for log and pow's log: z in [offset, 2 offset) by bit pattern, and which of the 128 intervals of that
  /// range (equal in bit-pattern width) holds it.
  private static func reduction(_ bits: UInt64, offset: UInt64) -> (index: Int, k: Double, z: Double) {
    let shifted = bits &- offset
    let z = Double(bitPattern: bits &- (shifted & (0xfff << 52)))
    return (Int((shifted >> 45) % 128), Double(Int64(bitPattern: shifted) >> 52), z)
  }

  private enum IntegerKind { case notInteger, odd, even }

  /// Whether a finite, non-zero double (by its bits) is an odd integer, an even one, or not an integer.
  private static func integerKind(_ bits: UInt64) -> IntegerKind {
    let exponent = Int(bits >> 52 & 0x7ff)
    if exponent < 0x3ff { return .notInteger }
    if exponent > 0x3ff + 52 { return .even }
    let unit: UInt64 = 1 << UInt64(0x3ff + 52 - exponent)
    if bits & (unit - 1) != 0 { return .notInteger }
    return bits & unit != 0 ? .odd : .even
  }

  private static func isZeroInfinityOrNaN(_ bits: UInt64) -> Bool {
    (bits << 1) &- 1 >= (Double.infinity.bitPattern << 1) &- 1
  }

  // MARK: fdlibm's parts

  private static let ln2High = 6.93147180369123816490e-01
  private static let ln2Low = 1.90821492927058770002e-10
  private static let inverseLn2 = 1.44269504088896338700e+00
  private static let expm1Coefficients = [
    1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03, -7.93650757867487942473e-05,
    4.00821782732936239552e-06, -2.01099218183624371326e-07,
  ]
  private static let log1pCoefficients = [
    0.0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01,
    1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01,
  ]

  /// Whether |x| is at most the largest argument whose sinh or cosh is finite.
  private static func isBelowOverflowThreshold(_ x: Double) -> Bool {
    let absHigh = highWord(x) & 0x7fff_ffff
    let low = UInt32(truncatingIfNeeded: x.bitPattern)
    return absHigh < 0x4086_33ce || (absHigh == 0x4086_33ce && low <= 0x8fb9_f87d)
  }

  static func highWord(_ x: Double) -> UInt32 { UInt32(truncatingIfNeeded: x.bitPattern >> 32) }

  private static func replacingHighWord(_ x: Double, _ high: UInt32) -> Double {
    Double(bitPattern: UInt64(high) << 32 | (x.bitPattern & 0xffff_ffff))
  }

  /// y * 2^k by adding k to y's exponent field, as fdlibm does (y is normal and the result stays so).
  private static func addingToExponent(_ y: Double, _ k: Int32) -> Double {
    replacingHighWord(y, highWord(y) &+ (UInt32(bitPattern: k) << 20))
  }

  /// a * b + c rounded once, the same on every machine.
  @inline(__always) private static func fma(_ a: Double, _ b: Double, _ c: Double) -> Double {
    c.addingProduct(a, b)
  }
}
