// glibc 2.36's asinh, acosh and atanh (sysdeps/ieee754/dbl-64/s_asinh.c, e_acosh.c, e_atanh.c: Sun's fdlibm
// reductions to log and log1p), which CPython 3.11's math.asinh, math.acosh and math.atanh call, and NumPy's float64
// np.arcsinh, np.arccosh and np.arctanh for an operand they read backwards. glibc builds these three once, without
// -mfma, so every operation rounds as written; the log and log1p they call are GlibcMath's. An argument outside the
// domain gives glibc's (x - x) / (x - x): the x86-64 default NaN (`Elementary.domainError`), or x's own NaN.

extension GlibcMath {
  /// The inverse hyperbolic sine, as glibc's `asinh` gives it.
  public static func asinh(_ x: Double) -> Double {
    let absHigh = highWord(x) & 0x7fff_ffff
    if absHigh < 0x3e30_0000 { return x }  // |x| < 2^-28: x itself (glibc's huge + x > 1 always holds)
    let w: Double
    if absHigh > 0x41b0_0000 {  // |x| > 2^28
      if absHigh >= 0x7ff0_0000 { return x + x }
      w = log(Swift.abs(x)) + inverseHyperbolicLn2
    } else {
      let a = Swift.abs(x)
      if absHigh > 0x4000_0000 {  // |x| > 2
        w = log(2.0 * a + 1.0 / ((a * a + 1.0).squareRoot() + a))
      } else {
        let t = a * a
        w = log1p(a + t / (1.0 + (1.0 + t).squareRoot()))
      }
    }
    return Double(signOf: x, magnitudeOf: w)
  }

  /// The inverse hyperbolic cosine, as glibc's `acosh` gives it.
  public static func acosh(_ x: Double) -> Double {
    let bits = Int64(bitPattern: x.bitPattern)
    if bits > 0x4000_0000_0000_0000 {  // x > 2
      if bits >= 0x41b0_0000_0000_0000 {  // x >= 2^28
        if bits >= 0x7ff0_0000_0000_0000 { return x + x }
        return log(x) + inverseHyperbolicLn2
      }
      let t = x * x
      return log(2.0 * x - 1.0 / (x + (t - 1.0).squareRoot()))
    }
    if bits > 0x3ff0_0000_0000_0000 {  // 1 < x <= 2
      let t = x - 1.0
      return log1p(t + (2.0 * t + t * t).squareRoot())
    }
    if bits == 0x3ff0_0000_0000_0000 { return 0 }
    return Elementary.domainError(x)  // x < 1, or a NaN with its sign bit set
  }

  /// The inverse hyperbolic tangent, as glibc's `atanh` gives it.
  public static func atanh(_ x: Double) -> Double {
    let a = Swift.abs(x)
    let t: Double
    if a < 0.5 {
      if a < 0x1p-28 { return x }
      let twice = a + a
      t = 0.5 * log1p(twice + twice * a / (1.0 - a))
    } else if a < 1.0 {
      t = 0.5 * log1p((a + a) / (1.0 - a))
    } else {
      if a > 1.0 { return Elementary.domainError(x) }
      return x / 0.0  // +-inf at +-1, x's NaN for a NaN
    }
    return Double(signOf: x, magnitudeOf: t)
  }

  /// ln 2, fdlibm's constant.
  private static let inverseHyperbolicLn2 = 6.93147180559945286227e-01
}
