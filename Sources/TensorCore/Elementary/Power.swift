private typealias DD = DoubleDouble

extension Elementary {
  /// x^y with C99's special cases (pow(x, ±0) = 1 and pow(1, y) = 1 even for NaN; NaN for a negative x to a
  /// non-integer power). Exact for y = 2, ±1 and, for positive finite x, y = 0.5.
  public static func pow(_ x: Double, _ y: Double) -> Double {
    if y == 0 || x == 1 { return 1 }
    // A NaN comes back as given, x's first.
    if x.isNaN || y.isNaN { return x.isNaN ? quieted(x) : quieted(y) }
    if y == 2 { return x * x }
    if y == 1 { return x }
    if y == -1 { return 1 / x }
    if y.isInfinite {
      let a = Swift.abs(x)
      if a == 1 { return 1 }
      return (a < 1) == (y < 0) ? .infinity : 0
    }
    // Every double of magnitude 2^52 or more is an integer, and below 2^53 Int64 holds it exactly.
    let yIsInteger = Swift.abs(y) >= 0x1p52 || Double(Int64(y)) == y
    let yIsOdd = yIsInteger && Swift.abs(y) < 0x1p53 && Int64(y) & 1 == 1
    if x == 0 || x.isInfinite {
      // 0^y and inf^y: a zero or an infinity, negative only for a negative base and an odd integer power.
      let big = (x == 0) == (y < 0)
      let magnitude: Double = big ? .infinity : 0
      return x.sign == .minus && yIsOdd ? -magnitude : magnitude
    }
    if x < 0 && !yIsInteger { return invalidNaN }
    let a = Swift.abs(x)
    let negative = x < 0 && yIsOdd
    if a == 1 { return negative ? -1 : 1 }
    if y == 0.5 { return a.squareRoot() }
    let magnitude = positivePower(a, y)
    return negative ? -magnitude : magnitude
  }

  /// a^y for positive finite a != 1 and finite y, as e^(y log a) in double-double.
  @inline(__always)
  static func positivePower(_ a: Double, _ y: Double) -> Double {
    let (lh, ll) = logDD(a)
    let estimate = y * lh
    if !(estimate < 710) { return .infinity }
    if !(estimate > -746) { return 0 }
    let (ph, pl) = DD.twoProduct(y, lh)
    let (hi, lo, k) = expCore(ph, pl + y * ll)
    return DD.scaledRound(hi, lo, k)
  }
}
