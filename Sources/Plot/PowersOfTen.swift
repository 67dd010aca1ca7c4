/// Powers of ten and decimal logarithms rounded down, exactly: matplotlib computes both with `10 ** k` and
/// `math.log10(x) // 1`, whose results for the inputs that matter are exact, so parsing "1e<k>" (correctly rounded)
/// and comparing against it gives the same numbers with no platform libm involved.
enum PowersOfTen {
  /// 10^k as the nearest double (0 below 1e-323, infinity above 1e308).
  static func power(_ k: Int) -> Double {
    if k > 308 { return .infinity }
    if k < -324 { return 0 }
    return Double("1e\(k)") ?? 0
  }

  /// ⌊log10(x)⌋ for finite x > 0, as Python's `math.log10(x) // 1`: the largest k with 10^k ≤ x. (CPython's log10 is
  /// exact at powers of ten, and rounds up to an integer only for x within an ulp below one, where the comparison
  /// with the correctly rounded power gives the same answer.)
  static func floorLog10(_ x: Double) -> Int {
    var k = x.exponent >= 0 ? Int(Double(x.exponent) * 0.30103) : Int((Double(x.exponent) * 0.30103).rounded(.down))
    while power(k + 1) <= x { k += 1 }
    while power(k) > x { k -= 1 }
    return k
  }
}
