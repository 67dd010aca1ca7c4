/// NumPy's float16 (IEEE binary16) element conversions and scalar text, the groundwork of the float16 dtype.
public enum HalfPrecision {
  /// `value` rounded to the nearest float16 (ties to even, overflow to ±inf), as NumPy's `npy_double_to_half`
  /// rounds once from float64: Swift's `Float16(Double)` is that single correctly rounded conversion.
  @inline(__always)
  public static func rounded(_ value: Double) -> Double { Double(Float16(value)) }

  /// The float16 with these bits, as a double (exact: every half is a double).
  public static func value(bits: UInt16) -> Double { Double(Float16(bitPattern: bits)) }

  /// NumPy's `str(np.float16(x))`: the shortest digits that read back as the same half, positional for
  /// 1e-4 ≤ |x| < 1e3 (NumPy's cutoff is 10**finfo(float16).precision) and zero, otherwise scientific.
  public static func scalarText(_ value: Double) -> String { pythonFloatRepr(rounded(value), float16: true) }

  /// NumPy's `repr(np.float16(x))`: `np.float16(0.1)`.
  public static func scalarRepr(_ value: Double) -> String { "np.float16(\(scalarText(value)))" }

  /// NumPy's half `+ - * /` and `sqrt` compute in float32 and round to half; computing in float64 and rounding gives
  /// the same half, because both wider formats have at least 2·11 + 2 bits (double rounding is then innocuous).
  public enum Arithmetic: Sendable {
    case add, subtract, multiply, divide
  }

  /// `a op b` for two halves, rounded to half as NumPy's `HALF_add` and friends round.
  public static func apply(_ operation: Arithmetic, _ a: Double, _ b: Double) -> Double {
    switch operation {
    case .add: rounded(a + b)
    case .subtract: rounded(a - b)
    case .multiply: rounded(a * b)
    case .divide: rounded(a / b)
    }
  }

  /// `np.sqrt` of a half: the correctly rounded half (same argument as `apply`).
  public static func squareRoot(_ value: Double) -> Double { rounded(value.squareRoot()) }

  /// `np.sum` of a contiguous row of halves: NumPy's `HALF_pairwise_sum` widens each half to float32, sums in
  /// float32 in the pairwise order of `pairwise_sum_FLOAT`, adds that to the float32 identity 0 and rounds to half
  /// once (not after every addition: an intermediate past 65504 does not overflow).
  public static func sum(_ values: [Double]) -> Double {
    let floats = values.map { Float($0) }
    let total = floats.withUnsafeBufferPointer { ReductionKernel.pairwiseSum($0, 0, 1, $0.count) }
    return rounded(Double(Float(0) + total))
  }
}
