// glibc's log2 (Szabolcs Nagy's table-driven one, as log's), as CPython's `math.log2` gets it on x86-64: the build
// with fused multiply-adds, whose `z * invc - 1` is one rounding (so no second table of c in two parts); GCC fuses
// the other `a * b + c` of that build as marked by `fusedMultiplyAdd`, every other operation rounds as written.

extension GlibcMath {
  /// log2(x), as glibc's `log2` gives it.
  public static func log2(_ x: Double) -> Double {
    var ix = x.bitPattern
    let top = UInt32(truncatingIfNeeded: ix >> 48)
    let nearOneLow = (1.0 - 0x1.5b51p-5).bitPattern
    let nearOneHigh = (1.0 + 0x1.6ab2p-5).bitPattern
    if ix &- nearOneLow < nearOneHigh &- nearOneLow {
      if ix == (1.0).bitPattern { return 0 }
      return Logarithm2.nearOne(x - 1.0)
    }
    if top &- 0x0010 >= 0x7ff0 - 0x0010 {  // subnormal, zero, negative, infinite or NaN
      if ix << 1 == 0 { return -.infinity }
      if ix == Double.infinity.bitPattern { return x }
      if top & 0x8000 != 0 || top & 0x7ff0 == 0x7ff0 { return Elementary.libmLogarithmNaN(x) }
      ix = (x * 0x1p52).bitPattern &- (52 << 52)  // a subnormal, normalised
    }
    // x = 2^k z with z in [0x1.6p-1, 0x1.6p0), exact; c near the centre of z's interval, log2(x) = k + log2(c) +
    // log2(z/c).
    let shifted = ix &- 0x3fe6_0000_0000_0000
    let entry = GlibcMathTables.log2[Int((shifted >> 46) % 64)]
    let k = Double(Int64(bitPattern: shifted) >> 52)
    let z = Double(bitPattern: ix &- (shifted & (0xfff << 52)))
    let r = Logarithm2.fusedMultiplyAdd(z, entry.inverse, -1.0)
    let t1 = r * Logarithm2.inverseLn2High
    let t2 = Logarithm2.fusedMultiplyAdd(
      r, Logarithm2.inverseLn2Low, Logarithm2.fusedMultiplyAdd(r, Logarithm2.inverseLn2High, -t1))
    let t3 = k + entry.log2
    let hi = t3 + t1
    let lo = t3 - hi + t1 + t2
    let r2 = r * r
    let r4 = r2 * r2
    let a = Logarithm2.coefficients
    let p = Logarithm2.fusedMultiplyAdd(
      r4, Logarithm2.fusedMultiplyAdd(r, a[5], a[4]),
      Logarithm2.fusedMultiplyAdd(
        r2, Logarithm2.fusedMultiplyAdd(r, a[3], a[2]), Logarithm2.fusedMultiplyAdd(r, a[1], a[0])))
    return Logarithm2.fusedMultiplyAdd(r2, p, lo) + hi
  }
}

/// The constants and the near-1 branch of glibc's log2.
private enum Logarithm2 {
  /// 1/ln 2 in two parts.
  static let inverseLn2High = 0x1.7154765200000p+0
  static let inverseLn2Low = 0x1.705fc2eefa200p-33
  /// log2(1 + r) - r/ln 2 over r^2, for |r| < 1/128.
  static let coefficients = [
    -0x1.71547652b8339p-1, 0x1.ec709dc3a04bep-2, -0x1.7154764702ffbp-2, 0x1.2776c50034c48p-2, -0x1.ec7b328ea92bcp-3,
    0x1.a6225e117f92ep-3,
  ]
  /// log2(1 + r) - r/ln 2 over r^2, for x = 1 + r within 0x1.5b51p-5 below 1 and 0x1.6ab2p-5 above.
  static let nearOneCoefficients = [
    -0x1.71547652b82fep-1, 0x1.ec709dc3a03f7p-2, -0x1.71547652b7c3fp-2, 0x1.2776c50f05be4p-2, -0x1.ec709dd768fe5p-3,
    0x1.a61761ec4e736p-3, -0x1.7153fbc64a79bp-3, 0x1.484d154f01b4ap-3, -0x1.289e4a72c383cp-3, 0x1.0b32f285aee66p-3,
  ]

  @inline(__always) static func fusedMultiplyAdd(_ a: Double, _ b: Double, _ c: Double) -> Double {
    c.addingProduct(a, b)
  }

  /// log2(1 + r) for the inputs near 1, where a table entry's log2(c) would cost too much relative accuracy.
  static func nearOne(_ r: Double) -> Double {
    let b = nearOneCoefficients
    let hi = r * inverseLn2High
    var lo = fusedMultiplyAdd(r, inverseLn2Low, fusedMultiplyAdd(r, inverseLn2High, -hi))
    let r2 = r * r
    let r4 = r2 * r2
    let q = fusedMultiplyAdd(r, b[1], b[0])
    var y = fusedMultiplyAdd(r2, q, hi)
    lo += fusedMultiplyAdd(r2, q, hi - y)
    let inner = fusedMultiplyAdd(r2, fusedMultiplyAdd(r, b[5], b[4]), fusedMultiplyAdd(r, b[3], b[2]))
    let outer = fusedMultiplyAdd(r2, fusedMultiplyAdd(r, b[9], b[8]), fusedMultiplyAdd(r, b[7], b[6]))
    lo = fusedMultiplyAdd(r4, fusedMultiplyAdd(r4, outer, inner), lo)
    y += lo
    return y
  }
}
