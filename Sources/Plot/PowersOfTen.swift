import TensorCore

/// Powers of ten and decimal logarithms rounded down as matplotlib computes them (`10 ** k`, `math.log10(x) // 1`),
/// with no platform libm involved: powers by parsing "1e<k>" (correctly rounded), logarithms with TensorCore's.
enum PowersOfTen {
  /// 10^k as the nearest double (0 below 1e-323, infinity above 1e308).
  static func power(_ k: Int) -> Double {
    if k > 308 { return .infinity }
    if k < -324 { return 0 }
    return Double("1e\(k)") ?? 0
  }

  /// `math.floor(math.log10(x))` for finite x > 0, as matplotlib computes it: the logarithm rounded first (with
  /// TensorCore's correctly rounded log10, not the platform's), so a value an ulp below a power of ten counts as that
  /// power, as it does in CPython.
  static func floorLog10(_ x: Double) -> Int {
    Int(Elementary.log10(x).rounded(.down))
  }
}
