// glibc 2.36's log1pf: Sun's fdlibm `s_log1pf.c` (Ian Lance Taylor's float version of `s_log1p.c`), every operation
// in float as its generic build rounds it (glibc has no FMA build of it): 1 + x split into 2^k (1 + f) with a
// correction term c for the rounding of 1 + x, then log(1 + f) from s = f / (2 + f) and a polynomial in s^2.

extension GlibcMath {
  /// log(1 + x) for a float x, as glibc's `log1pf` gives it (NumPy's float32 ziggurats take it in their tails).
  public static func log1pf(_ x: Float) -> Float {
    let hx = Int32(bitPattern: x.bitPattern)
    let ax = hx & 0x7fff_ffff
    var k: Int32 = 1
    var f: Float = 0
    var c: Float = 0
    var hu: Int32 = 0
    if hx < 0x3ed4_13d7 {
      // x < 0.41422.
      if ax >= 0x3f80_0000 { return x == -1 ? -.infinity : .nan }
      if ax < 0x3100_0000 {
        // |x| < 2^-29.
        if ax < 0x2480_0000 { return x }
        return x - x * x * 0.5
      }
      if hx > 0 || hx <= Int32(bitPattern: 0xbe95_f61f) {
        // -0.2929 < x < 0.41422: f is x itself.
        k = 0
        f = x
        hu = 1
      }
    } else if hx >= 0x7f80_0000 {
      return x + x
    }
    if k != 0 {
      var u: Float
      if hx < 0x5a00_0000 {
        u = 1.0 + x
        hu = Int32(bitPattern: u.bitPattern)
        k = (hu >> 23) - 127
        // The rounding error of 1 + x, relative to u.
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0)
        c /= u
      } else {
        u = x
        hu = Int32(bitPattern: u.bitPattern)
        k = (hu >> 23) - 127
        c = 0
      }
      hu &= 0x007f_ffff
      if hu < 0x3504f7 {
        u = Float(bitPattern: UInt32(hu | 0x3f80_0000))
      } else {
        k += 1
        u = Float(bitPattern: UInt32(hu | 0x3f00_0000))
        hu = (0x0080_0000 - hu) >> 2
      }
      f = u - 1.0
    }
    let ln2High = Float(bitPattern: 0x3f31_7180)
    let ln2Low = Float(bitPattern: 0x3717_f7d1)
    let kf = Float(k)
    let halfSquare = 0.5 * f * f
    if hu == 0 {
      // |f| < 2^-20.
      if f == 0 {
        if k == 0 { return 0 }
        c += kf * ln2Low
        return kf * ln2High + c
      }
      let r = halfSquare * (1.0 - 0.66666666666666666 * f)
      if k == 0 { return f - r }
      return kf * ln2High - ((r - (kf * ln2Low + c)) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    let lp: [Float] = [
      6.6666668653e-01, 4.0000000596e-01, 2.8571429849e-01, 2.2222198546e-01, 1.8183572590e-01, 1.5313838422e-01,
      1.4798198640e-01,
    ]
    let r = z * (lp[0] + z * (lp[1] + z * (lp[2] + z * (lp[3] + z * (lp[4] + z * (lp[5] + z * lp[6]))))))
    if k == 0 { return f - (halfSquare - s * (halfSquare + r)) }
    return kf * ln2High - ((halfSquare - (s * (halfSquare + r) + (kf * ln2Low + c))) - f)
  }
}
