// glibc 2.36's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c: a polynomial guess refined by one Halley step) and exp2
// (e_exp2.c, Szabolcs Nagy's: the table of exp, 2^(k/128) in two parts, and a quintic), which CPython 3.11's
// math.cbrt and math.exp2 and NumPy's float64 np.cbrt and np.exp2 (for operands they read backwards) and
// np.logaddexp2 call. glibc builds both once, without -mfma (neither has an ifunc variant on x86-64), so every
// operation rounds as written.

extension GlibcMath {
  /// The cube root, as glibc's `cbrt` gives it.
  public static func cbrt(_ x: Double) -> Double {
    if x == 0 || !x.isFinite { return x + x }
    // |x| = m 2^e with m in [0.5, 1), as frexp gives it (subnormals included).
    let magnitude = Swift.abs(x)
    let m = magnitude.significand * 0.5
    let e = Int(magnitude.exponent) + 1
    var u = 0.784932344976639262 - 0.145263899385486377 * m
    u = -1.83469277483613086 + u * m
    u = 2.44693122563534430 + u * m
    u = -2.11499494167371287 + u * m
    u = 1.50819193781584896 + u * m
    u = 0.354895765043919860 + u * m
    let cube = u * u * u
    // C's % and / truncate towards zero, as Swift's do.
    let root = u * (cube + 2.0 * m) / (2.0 * cube + m) * cubeRootFactors[2 + e % 3]
    // The root's exponent stays far inside the normal range, so scaling it is exact (glibc's ldexp).
    return Double(sign: x > 0 ? .plus : .minus, exponent: e / 3, significand: root)
  }

  /// 2^x, as glibc's `exp2` gives it.
  public static func exp2(_ x: Double) -> Double {
    var absTop = UInt32(truncatingIfNeeded: x.bitPattern >> 52) & 0x7ff
    if absTop &- tinyExponentTop >= 0x408 - tinyExponentTop {  // |x| < 2^-54 or |x| >= 512
      if absTop &- tinyExponentTop >= 0x8000_0000 { return 1.0 + x }
      if absTop >= 0x409 {  // |x| >= 1024
        if x == -.infinity { return 0 }
        if absTop >= 0x7ff { return 1.0 + x }
        if x.sign == .plus { return .infinity }
        if x.bitPattern >= (-1075.0).bitPattern { return 0 }
      }
      if x.bitPattern << 1 > (928.0).bitPattern << 1 { absTop = 0 }  // the scale may leave the normal range
    }
    let shift = 0x1.8p52 / 128
    var kd = x + shift
    let ki = kd.bitPattern
    kd -= shift
    let r = x - kd
    let index = Int(2 * (ki % 128))
    let tail = Double(bitPattern: GlibcMathTables.exp[index])
    let scaleBits = GlibcMathTables.exp[index + 1] &+ (ki << 45)
    let r2 = r * r
    let c = exp2Coefficients
    let sum = tail + r * c[0] + r2 * (c[1] + r * c[2]) + r2 * r2 * (c[3] + r * c[4])
    if absTop == 0 { return exp2OutOfRange(sum, scaleBits: scaleBits, ki: ki) }
    let scale = Double(bitPattern: scaleBits)
    return scale + scale * sum
  }

  /// scale * (1 + sum) when the scale's exponent has left the normal range (exp2's own `specialcase`, unfused).
  private static func exp2OutOfRange(_ sum: Double, scaleBits: UInt64, ki: UInt64) -> Double {
    if ki & 0x8000_0000 == 0 {
      let scale = Double(bitPattern: scaleBits &- (1 << 52))
      return 2 * (scale + scale * sum)
    }
    let scale = Double(bitPattern: scaleBits &+ (1022 << 52))
    var y = scale + scale * sum
    if y < 1.0 {
      // Rounded to the subnormal precision first, then scaled, so that it rounds once.
      var low = scale - y + scale * sum
      let high = 1.0 + y
      low = 1.0 - high + y + low
      y = (high + low) - 1.0
      if y == 0 { y = 0 }
    }
    return 0x1p-1022 * y
  }

  /// The top 12 bits of 2^-54, below which 2^x rounds to 1 + x.
  private static let tinyExponentTop: UInt32 = 0x3c9
  private static let exp2Coefficients = [
    0x1.62e42fefa39efp-1, 0x1.ebfbdff82c424p-3, 0x1.c6b08d70cf4b5p-5, 0x1.3b2abd24650ccp-7, 0x1.5d7e09b4e3a84p-10,
  ]
  /// 2^(k/3) for k in -2...2 (glibc's `factor`, from its 20-digit literals of 2^(1/3) and 2^(2/3)).
  private static let cubeRootFactors = [
    1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748,
  ]
}
