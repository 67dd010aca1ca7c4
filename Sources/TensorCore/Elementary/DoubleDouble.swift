/// Error-free transformations and double-double arithmetic (Dekker, Knuth) with plain IEEE operations only, so the
/// results are the same on every machine; no fused multiply-add.
enum DoubleDouble {
  /// a + b exactly, as the rounded sum and its error (Knuth's TwoSum, any magnitudes).
  @inline(__always)
  static func twoSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let s = a + b
    let bb = s - a
    return (s, (a - (s - bb)) + (b - bb))
  }

  /// a + b exactly when |a| >= |b| or a is 0 (Dekker's FastTwoSum).
  @inline(__always)
  static func fastTwoSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let s = a + b
    return (s, b - (s - a))
  }

  /// a * b exactly, as the rounded product and its error (Dekker's TwoProduct). |a|, |b| must be below 2^995.
  @inline(__always)
  static func twoProduct(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let p = a * b
    let (ah, al) = split(a)
    let (bh, bl) = split(b)
    return (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
  }

  /// a as two halves of 26 bits each (Veltkamp's split).
  @inline(__always)
  static func split(_ a: Double) -> (hi: Double, lo: Double) {
    let c = 134_217_729.0 * a
    let hi = c - (c - a)
    return (hi, a - hi)
  }

  /// (ah + al) * (bh + bl), renormalised.
  @inline(__always)
  static func multiply(_ ah: Double, _ al: Double, _ bh: Double, _ bl: Double) -> (hi: Double, lo: Double) {
    let (p, e) = twoProduct(ah, bh)
    return fastTwoSum(p, e + (ah * bl + al * bh))
  }

  /// (ah + al) + (bh + bl), renormalised.
  @inline(__always)
  static func add(_ ah: Double, _ al: Double, _ bh: Double, _ bl: Double) -> (hi: Double, lo: Double) {
    let (s, e) = twoSum(ah, bh)
    return fastTwoSum(s, e + (al + bl))
  }

  /// (ah + al) / (bh + bl), renormalised; bh must be finite and nonzero.
  @inline(__always)
  static func divide(_ ah: Double, _ al: Double, _ bh: Double, _ bl: Double) -> (hi: Double, lo: Double) {
    let q = ah / bh
    let (p, e) = twoProduct(q, bh)
    let remainder = ((ah - p) - e) + al - q * bl
    return fastTwoSum(q, remainder / bh)
  }

  /// sqrt(ah + al), renormalised; ah must be positive and finite.
  @inline(__always)
  static func squareRoot(_ ah: Double, _ al: Double) -> (hi: Double, lo: Double) {
    let s = ah.squareRoot()
    let (p, e) = twoProduct(s, s)
    return fastTwoSum(s, (((ah - p) - e) + al) / (2 * s))
  }

  /// x rounded to an integer, ties to even, as a Double and as an Int, for |x| < 2^31: adding 1.5 * 2^52 leaves no
  /// fraction bits, and the Int is the low bits of that sum, so no checked conversion. (Swift's `rounded()` calls
  /// libm's `rint` on baseline x86-64.)
  @inline(__always)
  static func roundToIntegerParts(_ x: Double) -> (Double, Int) {
    let shifted = x + 0x1.8p52
    return (shifted - 0x1.8p52, Int(Int32(truncatingIfNeeded: shifted.bitPattern)))
  }

  /// 2^k for -1022 <= k <= 1023.
  @inline(__always)
  static func power2(_ k: Int) -> Double {
    Double(bitPattern: UInt64(truncatingIfNeeded: 1023 + k) << 52)
  }

  /// (hi + lo) * 2^k correctly rounded, including gradual underflow and overflow; hi + lo must be positive, with hi
  /// in [0.5, 4) and |lo| at most half an ulp of hi.
  @inline(__always)
  static func scaledRound(_ hi: Double, _ lo: Double, _ k: Int) -> Double {
    if k > -1020 {
      if k < 1020 { return (hi + lo) * power2(k) }
      return (hi + lo) * power2(k - 100) * 0x1p100
    }
    if k < -1130 { return 0 }
    // The result may be subnormal: work in units of 2^-1022, where adding 1 rounds at the subnormal quantum once.
    let scale = power2(k + 1022)
    let y = hi * scale
    let yl = lo * scale
    if y >= 1 { return (y + yl) * 0x1p-1022 }
    let (s, e) = twoSum(1, y)
    let t = s + (e + yl)
    return (t - 1) * 0x1p-1022
  }
}
