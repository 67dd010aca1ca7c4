private typealias T = ElementaryTables
private typealias DD = DoubleDouble

/// x = n * pi/2 + r with |r| <= pi/4 (a little more for Cody–Waite), r as a double-double accurate to about
/// 2^-100 relative even for the finite doubles closest to a multiple of pi/2.
enum TrigonometricReduction {
  /// The quadrant n (only n mod 4 is meaningful) and r = rh + rl, for finite x.
  @inline(__always)
  static func reduce(_ x: Double) -> (n: Int, rh: Double, rl: Double) {
    let a = Swift.abs(x)
    if a < 0x1p19 { return codyWaite(x) }
    let (n, rh, rl) = payneHanek(a)
    return x < 0 ? (0 &- n, -rh, -rl) : (n, rh, rl)
  }

  /// Subtracts n * pi/2 in four pieces; the first three products are exact, and n < 2^19.
  @inline(__always)
  static func codyWaite(_ x: Double) -> (n: Int, rh: Double, rl: Double) {
    let (n, ni) = DD.roundToIntegerParts(x * T.twoOverPi)
    let t = x - n * T.halfPiA
    let (s1, e1) = DD.twoSum(t, -(n * T.halfPiB))
    let (s2, e2) = DD.twoSum(s1, -(n * T.halfPiC))
    let (rh, rl) = DD.fastTwoSum(s2, e2 + e1 - n * T.halfPiD)
    return (ni, rh, rl)
  }

  /// Payne–Hanek: multiplies the integer significand of a by the bits of 2/pi that matter (all products exact), so
  /// the fraction of a * 2/pi is known to far more bits than any finite double needs. a >= 2^19, finite.
  static func payneHanek(_ a: Double) -> (n: Int, rh: Double, rl: Double) {
    let bits = a.bitPattern
    let m = (bits & 0x000F_FFFF_FFFF_FFFF) | 0x0010_0000_0000_0000
    let e = Int(bits >> 52) - 1075  // a = m * 2^e, e >= -33
    // Bits of 2/pi whose weight 2^-i has e - i >= 2 contribute multiples of 4 to a * 2/pi: skip them. Counting the
    // table's leading zero word, the window starts at bit s = e + 63 (1-based), which is >= 30.
    let s = e + 63
    let wordIndex = (s - 1) / 64
    let shift = UInt64((s - 1) % 64)
    let table = T.twoOverPiBits
    // wordIndex <= 16 for the largest finite a (e = 971); the table has 23 words.
    func window(_ j: Int) -> UInt64 {
      let high = table[wordIndex + j]
      let low = table[wordIndex + j + 1]
      return shift == 0 ? high : (high << shift) | (low >> (64 - shift))
    }
    // The window is 0.w with weight chosen so that a * 2/pi = 4 * m * 0.w (mod 4): the low 256 bits of the integer
    // product m * w are the fraction of m * 0.w; its top two bits are the quadrant.
    var product: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var carry: UInt64 = 0
    for j in stride(from: 3, through: 0, by: -1) {
      let (high, low) = m.multipliedFullWidth(by: window(j))
      let (sum, overflow) = low.addingReportingOverflow(carry)
      switch j {
      case 3: product.3 = sum
      case 2: product.2 = sum
      case 1: product.1 = sum
      default: product.0 = sum
      }
      carry = high &+ (overflow ? 1 : 0)
    }
    var n = Int(product.0 >> 62)
    var f0 = product.0 << 2 | product.1 >> 62
    var f1 = product.1 << 2 | product.2 >> 62
    var f2 = product.2 << 2 | product.3 >> 62
    // Fraction f in [0, 1) of a quadrant; above one half, take the next quadrant and f - 1.
    var negative = false
    if f0 >> 63 == 1 {
      n += 1
      negative = true
      f0 = ~f0
      f1 = ~f1
      f2 = ~f2
    }
    // Normalise so f0 has its top bit set; the closest double to a multiple of pi/2 leaves about 2^-62, so at most
    // one whole word of leading zeros.
    var exponent = 0
    if f0 == 0 {
      f0 = f1
      f1 = f2
      f2 = 0
      exponent -= 64
    }
    let lz = f0.leadingZeroBitCount
    if lz > 0 {
      f0 = f0 << UInt64(lz) | f1 >> UInt64(64 - lz)
      f1 = f1 << UInt64(lz) | f2 >> UInt64(64 - lz)
    }
    exponent -= lz
    // f = (f0 + f1 / 2^64) * 2^(exponent - 64) as a double-double, then r = f * pi/2.
    let hi = Double(f0 >> 11)
    let lo = Double(f0 & 0x7FF) * 0x1p53 + Double(f1 >> 11)  // in units of scale/2^64
    let scale = DD.power2(exponent - 53)
    let (fh, fl) = DD.fastTwoSum(hi * scale, lo * 0x1p-64 * scale)
    let (rh, rl) = DD.multiply(fh, fl, T.halfPiHi, T.halfPiLo)
    return negative ? (n, -rh, -rl) : (n, rh, rl)
  }
}
