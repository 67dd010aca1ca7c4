/// One complex operation at a time, in NumPy's order of floating-point steps (see `ComplexEvaluation`); `single`
/// repeats the steps in float32 for complex64, whose parts are float32 values kept in doubles.
enum ComplexArithmetic {
  /// Both parts rounded to float32 when `single`: `+` and `-` in double then rounded once equal float32's own
  /// (double has more than 2 × 24 + 2 bits, so the double rounding is innocuous).
  static func round(_ z: Complex, _ single: Bool) -> Complex {
    single ? z.roundedToComplex64 : z
  }

  /// `p * q`: NumPy's SIMD loop (`fused`) computes `fma(pr, qr, -(pi·qi))` and `fma(pr, qi, pi·qr)`; its scalar
  /// math `pr·qr - pi·qi` and `pr·qi + pi·qr`.
  static func multiply(_ p: Complex, _ q: Complex, fused: Bool, single: Bool) -> Complex {
    if single {
      let (r, i) = multiply(Float(p.real), Float(p.imag), Float(q.real), Float(q.imag), fused: fused)
      return Complex(Double(r), Double(i))
    }
    let (r, i) = multiply(p.real, p.imag, q.real, q.imag, fused: fused)
    return Complex(r, i)
  }

  private static func multiply<F: BinaryFloatingPoint>(_ pr: F, _ pi: F, _ qr: F, _ qi: F, fused: Bool) -> (F, F) {
    if fused { return ((-(pi * qi)).addingProduct(pr, qr), (pi * qr).addingProduct(pr, qi)) }
    return (pr * qr - pi * qi, pr * qi + pi * qr)
  }

  /// `p / q` by Smith's algorithm as NumPy's loops and scalar math divide (a zero divisor gives inf or nan parts).
  static func divide(_ p: Complex, _ q: Complex, single: Bool) -> Complex {
    if single {
      let (r, i) = divide(Float(p.real), Float(p.imag), Float(q.real), Float(q.imag))
      return Complex(Double(r), Double(i))
    }
    let (r, i) = divide(p.real, p.imag, q.real, q.imag)
    return Complex(r, i)
  }

  private static func divide<F: BinaryFloatingPoint>(_ ar: F, _ ai: F, _ br: F, _ bi: F) -> (F, F) {
    let absR = Swift.abs(br)
    let absI = Swift.abs(bi)
    if absR >= absI {
      if absR == 0 && absI == 0 { return (ar / absR, ai / absR) }
      let rat = bi / br
      let scl = 1 / (br + bi * rat)
      return ((ar + ai * rat) * scl, (ai - ar * rat) * scl)
    }
    let rat = br / bi
    let scl = 1 / (bi + br * rat)
    return ((ar * rat + ai) * scl, (ai * rat - ar) * scl)
  }

  /// NumPy's complex `reciprocal` loop (which `a ** -1` of an array runs, a Python -1 being one of `**`'s fast
  /// paths): Smith's division of 1 by `z`, in float32 for complex64, so a real value's imaginary part is -0 where
  /// `nc_pow`'s division gives +0.
  static func reciprocal(_ z: Complex, single: Bool) -> Complex {
    func smith<T: BinaryFloatingPoint>(_ re: T, _ im: T) -> (T, T) {
      if Swift.abs(im) <= Swift.abs(re) {
        let r = im / re
        let d = re + im * r
        return (1 / d, -r / d)
      }
      let r = re / im
      let d = re * r + im
      return (r / d, -1 / d)
    }
    if single {
      let (re, im) = smith(Float(z.real), Float(z.imag))
      return Complex(Double(re), Double(im))
    }
    let (re, im) = smith(z.real, z.imag)
    return Complex(re, im)
  }

  /// `z ** n` for an integer `|n| < 100`, as NumPy's `nc_pow` computes it: 1 for n = 0, nan for a zero base and
  /// n ≤ 0, unrolled products for n = 2 and 3, else repeated squaring, and the reciprocal for n < 0.
  static func power(_ z: Complex, _ n: Int, single: Bool) -> Complex {
    if n == 0 { return Complex(1, 0) }
    if z.real == 0 && z.imag == 0 { return n > 0 ? Complex(0, 0) : Complex(.nan, .nan) }
    func times(_ p: Complex, _ q: Complex) -> Complex { multiply(p, q, fused: false, single: single) }
    switch n {
    case 1: return z
    case 2: return times(z, z)
    case 3: return times(z, times(z, z))
    default: break
    }
    let remaining = Swift.abs(n)
    var mask = 1
    var accumulated = Complex(1, 0)
    var power = z
    while true {
      if remaining & mask != 0 { accumulated = times(accumulated, power) }
      mask <<= 1
      if remaining < mask { break }
      power = times(power, power)
    }
    return n < 0 ? divide(Complex(1, 0), accumulated, single: single) : accumulated
  }

  /// NumPy's complex `<`: by real parts, then imaginary parts; a NaN imaginary part makes the first test false.
  static func less(_ x: Complex, _ y: Complex) -> Bool {
    (x.real < y.real && !x.imag.isNaN && !y.imag.isNaN) || (x.real == y.real && x.imag < y.imag)
  }

  /// NumPy's complex `<=`.
  static func lessEqual(_ x: Complex, _ y: Complex) -> Bool {
    (x.real < y.real && !x.imag.isNaN && !y.imag.isNaN) || (x.real == y.real && x.imag <= y.imag)
  }

  /// `abs(z)`: NumPy's SIMD loop for arrays (`larger * sqrt(fma(ratio, ratio, 1))`, infinities and NaNs first),
  /// glibc's `hypot` for scalars and operands NumPy reads backwards.
  static func magnitude(_ z: Complex, simd: Bool, single: Bool) -> Double {
    if single {
      let (re, im) = (Float(z.real), Float(z.imag))
      if simd { return Double(simdMagnitude(re, im)) }
      if re.isInfinite || im.isInfinite { return .infinity }
      if re.isNaN || im.isNaN { return .nan }
      // glibc's hypotf: the sum of squares in double, rounded once.
      let (x, y) = (Double(re), Double(im))
      return Double(Float((x * x + y * y).squareRoot()))
    }
    return simd ? simdMagnitude(z.real, z.imag) : GlibcMath.hypot(z.real, z.imag)
  }

  private static func simdMagnitude<F: BinaryFloatingPoint>(_ real: F, _ imag: F) -> F {
    var re = Swift.abs(real)
    var im = Swift.abs(imag)
    if re == .infinity { im = .infinity }
    if im == .infinity { re = .infinity }
    if re.isNaN { im = .nan }
    if im.isNaN { re = .nan }
    // The vector max and min return their second operand when either is NaN: here both are NaN or neither.
    let larger = re > im ? re : im
    let smaller = im < re ? im : re
    let ratio = larger == 0 || smaller == .infinity ? 0 : smaller / larger
    return (1 as F).addingProduct(ratio, ratio).squareRoot() * larger
  }

  /// One part of NumPy's complex pairwise sum (`CDOUBLE_pairwise_sum` over `n = 2 × length` interleaved parts):
  /// sequential below 4 elements, four running sums up to 64, halves split at a multiple of 4 elements above.
  static func pairwisePartSum<F: BinaryFloatingPoint>(
    _ input: UnsafeBufferPointer<F>, _ offset: Int, _ stride: Int, _ length: Int
  ) -> F {
    @inline(__always) func at(_ k: Int) -> F { input[offset + k * stride] }
    if length < 4 {
      var total: F = -0.0
      for k in 0..<length { total += at(k) }
      return total
    }
    if length <= 64 {
      var (r0, r1, r2, r3) = (at(0), at(1), at(2), at(3))
      var k = 4
      while k < length - length % 4 {
        r0 += at(k)
        r1 += at(k + 1)
        r2 += at(k + 2)
        r3 += at(k + 3)
        k += 4
      }
      var total = (r0 + r1) + (r2 + r3)
      while k < length {
        total += at(k)
        k += 1
      }
      return total
    }
    let half = (length - length % 8) / 2
    return pairwisePartSum(input, offset, stride, half)
      + pairwisePartSum(input, offset + half * stride, stride, length - half)
  }
}
