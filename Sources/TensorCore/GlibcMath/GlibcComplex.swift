// NumPy 2.4 computes `np.exp`, `np.sqrt`, `np.sin`, `np.cos`, `np.tan`, `np.sinh`, `np.cosh` and `np.tanh` of
// complex128 values with the C library's `cexp`, `csqrt`, `csin`, `ccos`, `ctan`, `csinh`, `ccosh` and `ctanh`
// (npy_math_complex.c.src defers to them wherever the platform has them, as glibc does), so a page prints NumPy's
// digits only if these give glibc's bits. These are the algorithms of glibc 2.36's math/s_c*_template.c, branch for
// branch, on top of the real functions of `GlibcMath` (glibc's exp, sinh, cosh, sin and cos, and its hypot below).
// libm's complex functions are compiled for plain x86-64, without fused multiply-adds, so every operation here rounds
// as written. Invalid operations produce x86's default NaN (sign bit set), as the C code does there.

extension GlibcMath {
  /// The NaN an invalid operation (inf - inf) gives on x86-64: the "real indefinite", sign bit set.
  static let defaultNaN = Double(bitPattern: 0xfff8_0000_0000_0000)

  /// `b - b` in C on x86-64: NaN for infinite or NaN b (a NaN b propagates itself, quieted), 0 otherwise.
  @inline(__always) private static func selfDifference(_ b: Double) -> Double {
    if b.isNaN { return Double(bitPattern: b.bitPattern | 0x0008_0000_0000_0000) }
    return b.isInfinite ? defaultNaN : b - b
  }

  /// glibc's largest argument of exp below overflow in whole units, `(int) ((DBL_MAX_EXP - 1) * M_LN2)`.
  private static let expThreshold = 709.0

  /// sin and cos of x, or (x, 1) for |x| at most DBL_MIN, as the templates take them.
  @inline(__always) private static func sinCos(_ x: Double) -> (sin: Double, cos: Double) {
    Swift.abs(x) > Double.leastNormalMagnitude ? (sin(x), cos(x)) : (x, 1)
  }

  /// e^t · (p, q) / 2 for t > 709, the large-argument branch of glibc's ccosh, csinh and csin: exp(709) applied in
  /// steps so that no factor overflows early, saturating to the largest double past 2 · 709.
  private static func halfExpScaled(_ t: Double, _ p: Double, _ q: Double) -> (Double, Double) {
    let expT = exp(expThreshold)
    var rest = t - expThreshold
    var p = p * (expT / 2)
    var q = q * (expT / 2)
    if rest > expThreshold {
      rest -= expThreshold
      p *= expT
      q *= expT
    }
    if rest > expThreshold { return (Double.greatestFiniteMagnitude * p, Double.greatestFiniteMagnitude * q) }
    let expRest = exp(rest)
    return (expRest * p, expRest * q)
  }

  /// x * 2^n, rounded once (C's scalbn), for |n| small enough that 2^n is a normal double.
  @inline(__always) private static func scaled(_ x: Double, _ n: Int) -> Double {
    x * Double(sign: .plus, exponent: n, significand: 1)
  }

  /// sqrt(x^2 + y^2), glibc 2.36's hypot (Borges' corrected algorithm; the kernel without FMA, as x86-64's build).
  public static func hypot(_ x: Double, _ y: Double) -> Double {
    if !x.isFinite || !y.isFinite {
      if (x.isInfinite || y.isInfinite) && !x.isSignalingNaN && !y.isSignalingNaN { return .infinity }
      return x + y
    }
    let x = Swift.abs(x)
    let y = Swift.abs(y)
    var ax = x < y ? y : x
    let ay = x < y ? x : y
    let scale = 0x1p-600
    if ax > 0x1p511 {
      if ay <= ax * 0x1p-54 { return ax + ay }
      return hypotKernel(ax * scale, ay * scale) / scale
    }
    if ay < 0x1p-459 {
      if ax >= ay / 0x1p-54 { return ax + ay }
      ax = hypotKernel(ax / scale, ay / scale) * scale
      return ax
    }
    if ay <= ax * 0x1p-54 { return ax + ay }
    return hypotKernel(ax, ay)
  }

  /// hypot for ax >= ay >= 0 whose squares neither overflow nor underflow: sqrt, then one Newton-like correction.
  private static func hypotKernel(_ ax: Double, _ ay: Double) -> Double {
    var h = (ax * ax + ay * ay).squareRoot()
    let t1: Double
    let t2: Double
    if h <= 2.0 * ay {
      let delta = h - ay
      t1 = ax * (2.0 * delta - ax)
      t2 = (delta - 2.0 * (ax - ay)) * delta
    } else {
      let delta = h - ax
      t1 = 2.0 * delta * (ax - 2.0 * ay)
      t2 = (4.0 * delta - ay) * ay + delta * delta
    }
    h -= (t1 + t2) / (2.0 * h)
    return h
  }

  /// e^z (glibc's cexp): e^x scaled by exp(709) up to twice for a large real part, so cos and sin are not lost.
  public static func complexExp(_ z: Complex) -> Complex {
    var x = z.real
    let y = z.imag
    if x.isFinite {
      guard y.isFinite else { return Complex(.nan, .nan) }
      var (sinY, cosY) = sinCos(y)
      if x > expThreshold {
        let expT = exp(expThreshold)
        x -= expThreshold
        sinY *= expT
        cosY *= expT
        if x > expThreshold {
          x -= expThreshold
          sinY *= expT
          cosY *= expT
        }
      }
      if x > expThreshold {
        return Complex(Double.greatestFiniteMagnitude * cosY, Double.greatestFiniteMagnitude * sinY)
      }
      let expX = exp(x)
      return Complex(expX * cosY, expX * sinY)
    }
    if x.isInfinite {
      if y.isFinite {
        let value: Double = x.sign == .minus ? 0 : .infinity
        if y == 0 { return Complex(value, y) }
        let (sinY, cosY) = sinCos(y)
        return Complex(Double(signOf: cosY, magnitudeOf: value), Double(signOf: sinY, magnitudeOf: value))
      }
      if x.sign == .plus { return Complex(.infinity, selfDifference(y)) }
      return Complex(0, Double(signOf: y, magnitudeOf: 0))
    }
    return Complex(.nan, y == 0 ? y : .nan)
  }

  /// The principal square root (glibc's csqrt): scaled away from overflow and underflow, the smaller part from
  /// 2 Re Im = Im z so that d ± Re z never cancels.
  public static func complexSquareRoot(_ z: Complex) -> Complex {
    var x = z.real
    var y = z.imag
    if !x.isFinite || !y.isFinite {
      if y.isInfinite { return Complex(.infinity, y) }
      if x.isInfinite {
        if x < 0 { return Complex(y.isNaN ? .nan : 0, Double(signOf: y, magnitudeOf: .infinity)) }
        return Complex(x, y.isNaN ? .nan : Double(signOf: y, magnitudeOf: 0))
      }
      return Complex(.nan, .nan)
    }
    if y == 0 {
      if x < 0 { return Complex(0, Double(signOf: y, magnitudeOf: (-x).squareRoot())) }
      return Complex(Swift.abs(x.squareRoot()), Double(signOf: y, magnitudeOf: 0))
    }
    if x == 0 {
      let minimum = Double.leastNormalMagnitude
      let r =
        Swift.abs(y) >= 2 * minimum ? (0.5 * Swift.abs(y)).squareRoot() : 0.5 * (2 * Swift.abs(y)).squareRoot()
      return Complex(r, Double(signOf: y, magnitudeOf: r))
    }
    var scale = 0
    let quarterMax = Double.greatestFiniteMagnitude / 4
    if Swift.abs(x) > quarterMax {
      scale = 1
      x = scaled(x, -2)
      y = scaled(y, -2)
    } else if Swift.abs(y) > quarterMax {
      scale = 1
      x = Swift.abs(x) >= 4 * Double.leastNormalMagnitude ? scaled(x, -2) : 0
      y = scaled(y, -2)
    } else if Swift.abs(x) < 2 * Double.leastNormalMagnitude && Swift.abs(y) < 2 * Double.leastNormalMagnitude {
      scale = -27  // -((DBL_MANT_DIG + 1) / 2)
      x = scaled(x, 54)
      y = scaled(y, 54)
    }
    let d = hypot(x, y)
    var r: Double
    var s: Double
    if x > 0 {
      r = (0.5 * (d + x)).squareRoot()
      if scale == 1 && Swift.abs(y) < 1 {
        s = y / r
        r = scaled(r, scale)
        scale = 0
      } else {
        s = 0.5 * (y / r)
      }
    } else {
      s = (0.5 * (d - x)).squareRoot()
      if scale == 1 && Swift.abs(y) < 1 {
        r = Swift.abs(y / s)
        s = scaled(s, scale)
        scale = 0
      } else {
        r = Swift.abs(0.5 * (y / s))
      }
    }
    if scale != 0 {
      r = scaled(r, scale)
      s = scaled(s, scale)
    }
    return Complex(r, Double(signOf: y, magnitudeOf: s))
  }

  /// cosh(z) (glibc's ccosh).
  public static func complexCosh(_ z: Complex) -> Complex {
    let x = z.real
    let y = z.imag
    if x.isFinite {
      guard y.isFinite else { return Complex(selfDifference(y), x == 0 ? 0 : .nan) }
      var (sinY, cosY) = sinCos(y)
      if Swift.abs(x) > expThreshold {
        if x.sign == .minus { sinY = -sinY }
        let (real, imaginary) = halfExpScaled(Swift.abs(x), cosY, sinY)
        return Complex(real, imaginary)
      }
      return Complex(cosh(x) * cosY, sinh(x) * sinY)
    }
    if x.isInfinite {
      if y.isFinite && y != 0 {
        let (sinY, cosY) = sinCos(y)
        return Complex(
          Double(signOf: cosY, magnitudeOf: .infinity),
          Double(signOf: sinY, magnitudeOf: .infinity) * Double(signOf: x, magnitudeOf: 1))
      }
      if y == 0 { return Complex(.infinity, y * Double(signOf: x, magnitudeOf: 1)) }
      return Complex(.infinity, selfDifference(y))
    }
    return Complex(.nan, y == 0 ? y : .nan)
  }

  /// sinh(z) (glibc's csinh).
  public static func complexSinh(_ z: Complex) -> Complex {
    let negate = z.real.sign == .minus
    let x = Swift.abs(z.real)
    let y = z.imag
    if x.isFinite {
      guard y.isFinite else {
        if x == 0 { return Complex(negate ? -0.0 : 0, selfDifference(y)) }
        return Complex(.nan, .nan)
      }
      var (sinY, cosY) = sinCos(y)
      if negate { cosY = -cosY }
      if x > expThreshold {
        let (real, imaginary) = halfExpScaled(x, cosY, sinY)
        return Complex(real, imaginary)
      }
      return Complex(sinh(x) * cosY, cosh(x) * sinY)
    }
    if x.isInfinite {
      if y.isFinite && y != 0 {
        let (sinY, cosY) = sinCos(y)
        let real = Double(signOf: cosY, magnitudeOf: .infinity)
        return Complex(negate ? -real : real, Double(signOf: sinY, magnitudeOf: .infinity))
      }
      if y == 0 { return Complex(negate ? -.infinity : .infinity, y) }
      return Complex(.infinity, selfDifference(y))
    }
    return Complex(.nan, y == 0 ? y : .nan)
  }

  /// sin(z) (glibc's csin, its own template rather than csinh of i z).
  public static func complexSin(_ z: Complex) -> Complex {
    let negate = z.real.sign == .minus
    let x = Swift.abs(z.real)
    let y = z.imag
    if y.isFinite {
      guard x.isFinite else {
        if y == 0 { return Complex(selfDifference(x), y) }
        return Complex(.nan, .nan)
      }
      var (sinX, cosX) = x > Double.leastNormalMagnitude ? (sin(x), cos(x)) : (x, 1)
      if negate { sinX = -sinX }
      if Swift.abs(y) > expThreshold {
        if y.sign == .minus { cosX = -cosX }
        let (real, imaginary) = halfExpScaled(Swift.abs(y), sinX, cosX)
        return Complex(real, imaginary)
      }
      return Complex(cosh(y) * sinX, sinh(y) * cosX)
    }
    if y.isInfinite {
      if x == 0 { return Complex(negate ? -0.0 : 0, y) }
      if x.isFinite {
        let (sinX, cosX) = x > Double.leastNormalMagnitude ? (sin(x), cos(x)) : (x, 1)
        let real = Double(signOf: sinX, magnitudeOf: .infinity)
        let imag = Double(signOf: cosX, magnitudeOf: .infinity)
        return Complex(negate ? -real : real, y.sign == .minus ? -imag : imag)
      }
      return Complex(selfDifference(x), .infinity)
    }
    return Complex(x == 0 ? (negate ? -0.0 : 0) : .nan, .nan)
  }

  /// cos(z) = cosh(i z) (glibc's ccos).
  public static func complexCos(_ z: Complex) -> Complex {
    complexCosh(Complex(-z.imag, z.real))
  }

  /// tanh(z) (glibc's ctanh): (sinh x cosh x + i sin y cos y) / (sinh^2 x + cos^2 y), or its limit for |x| > 354.
  public static func complexTanh(_ z: Complex) -> Complex {
    var x = z.real
    let y = z.imag
    if !x.isFinite || !y.isFinite {
      if x.isInfinite {
        let real = Double(signOf: x, magnitudeOf: 1)
        if y.isFinite && Swift.abs(y) > 1 {
          let (sinY, cosY) = (sin(y), cos(y))
          return Complex(real, Double(signOf: sinY * cosY, magnitudeOf: 0))
        }
        return Complex(real, Double(signOf: y, magnitudeOf: 0))
      }
      if y == 0 { return z }
      return Complex(x == 0 ? x : .nan, .nan)
    }
    let (sinY, cosY) = sinCos(y)
    let t = 354.0  // (int) ((DBL_MAX_EXP - 1) * M_LN2 / 2)
    if Swift.abs(x) > t {
      let exp2t = exp(2 * t)
      var imag = 4 * sinY * cosY
      x = Swift.abs(x)
      x -= t
      imag /= exp2t
      if x > t { imag /= exp2t } else { imag /= exp(2 * x) }
      return Complex(Double(signOf: z.real, magnitudeOf: 1), imag)
    }
    let (sinhX, coshX) = Swift.abs(x) > Double.leastNormalMagnitude ? (sinh(x), cosh(x)) : (x, 1)
    let denominator =
      Swift.abs(sinhX) > Swift.abs(cosY) * Double.ulpOfOne ? sinhX * sinhX + cosY * cosY : cosY * cosY
    return Complex(sinhX * coshX / denominator, sinY * cosY / denominator)
  }

  /// tan(z) (glibc's ctan): (sin x cos x + i sinh y cosh y) / (cos^2 x + sinh^2 y), or its limit for |y| > 354.
  public static func complexTan(_ z: Complex) -> Complex {
    let x = z.real
    var y = z.imag
    if !x.isFinite || !y.isFinite {
      if y.isInfinite {
        let real: Double
        if x.isFinite && Swift.abs(x) > 1 {
          real = Double(signOf: sin(x) * cos(x), magnitudeOf: 0)
        } else {
          real = Double(signOf: x, magnitudeOf: 0)
        }
        return Complex(real, Double(signOf: y, magnitudeOf: 1))
      }
      if x == 0 { return z }
      return Complex(.nan, y == 0 ? y : .nan)
    }
    let (sinX, cosX) = sinCos(x)
    let t = 354.0
    if Swift.abs(y) > t {
      let exp2t = exp(2 * t)
      var real = 4 * sinX * cosX
      y = Swift.abs(y)
      y -= t
      real /= exp2t
      if y > t { real /= exp2t } else { real /= exp(2 * y) }
      return Complex(real, Double(signOf: z.imag, magnitudeOf: 1))
    }
    let (sinhY, coshY) = Swift.abs(y) > Double.leastNormalMagnitude ? (sinh(y), cosh(y)) : (y, 1)
    let denominator =
      Swift.abs(sinhY) > Swift.abs(cosX) * Double.ulpOfOne ? cosX * cosX + sinhY * sinhY : cosX * cosX
    return Complex(sinX * cosX / denominator, sinhY * coshY / denominator)
  }
}

// NumPy's own formulas for the functions C99 has no complex version of (funcs.inc.src), on the functions above.
extension GlibcMath {
  /// 2^z as NumPy's `nc_exp2`: cexp of z with each part multiplied by ln 2.
  public static func complexExp2(_ z: Complex) -> Complex {
    let ln2 = 0.693147180559945309417232121458176568
    return complexExp(Complex(z.real * ln2, z.imag * ln2))
  }

  /// e^z - 1 as NumPy's `nc_expm1`: expm1(x) cos y - 2 sin^2(y/2) and e^x sin y.
  public static func complexExpm1(_ z: Complex) -> Complex {
    let a = sin(z.imag / 2)
    return Complex(expm1(z.real) * cos(z.imag) - 2 * a * a, exp(z.real) * sin(z.imag))
  }
}
