private typealias DD = DoubleDouble

extension Elementary {
  /// sqrt(x^2 + y^2) without undue overflow or underflow; +inf if either is infinite, even with a NaN.
  public static func hypot(_ x: Double, _ y: Double) -> Double {
    var a = Swift.abs(x)
    var b = Swift.abs(y)
    if a.isInfinite || b.isInfinite { return .infinity }
    // A NaN comes back as given, x's first.
    if a.isNaN || b.isNaN { return x.isNaN ? quieted(x) : quieted(y) }
    if a < b { swap(&a, &b) }
    if b == 0 { return a }
    let ea = Int(a.exponent)
    // b^2 / (2a) below 2^-120 of a: the result is a.
    if ea - Int(b.exponent) > 60 { return a }
    // Scale a into [1, 2); b stays at least 2^-61, normal.
    let sa = scaleByPowerOfTwo(a, -ea)
    let sb = scaleByPowerOfTwo(b, -ea)
    let (ah, al) = DD.twoProduct(sa, sa)
    let (bh, bl) = DD.twoProduct(sb, sb)
    let (s, e) = DD.fastTwoSum(ah, bh)
    let (uh, ul) = DD.fastTwoSum(s, e + (al + bl))
    let (rh, rl) = DD.squareRoot(uh, ul)
    // rh + rl is in [1, 2*sqrt(2)); scaledRound rounds once, also when the result is subnormal.
    return DD.scaledRound(rh, rl, ea)
  }
}
