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

  /// The largest error, in float32 ulps of the result, docbuild assumes of any float32 kernel NumPy rounds to half
  /// (Intel's SVML on AVX-512 machines, the C library's elsewhere and for strided arrays): glibc's test-suite
  /// ceiling of 9 ulps plus the float32 rounding, more than twice the 4 ulps NumPy's own accuracy tests allow
  /// (Tests/TensorCoreTests/Fixtures/prove_float16_functions.py states the references and what this refuses).
  public static let assumedKernelErrorUlps = 9.5

  /// The half every NumPy build gives for a function whose exact value is `value` (a float64 within a few float64
  /// ulps of it): `rounded(value)`, or nil when `value` lies within `assumedKernelErrorUlps` float32 ulps of a
  /// float16 rounding boundary, where a float32 kernel may land on either side. NaN, infinities, zeros and values
  /// past 2^17 (infinite in half whatever the kernel's last bits) are IEEE's special cases, the same everywhere.
  public static func roundedThroughKernel(_ value: Double) -> Double? {
    let magnitude = value.magnitude
    guard magnitude.isFinite, magnitude != 0, magnitude < 0x1p17 else { return rounded(value) }
    let nearest = Float16(magnitude)
    // The rounding boundaries around the nearest half: the midpoints to its neighbours (the one below 0's
    // neighbour is -2^-25), and 65520 above 65504, past which values round to infinity.
    let lower: Double
    var upper: Double? = nil
    if nearest.isInfinite {
      lower = 65520
    } else {
      let here = Double(nearest)
      lower = (here + Double(nearest.nextDown)) / 2
      upper = nearest == .greatestFiniteMagnitude ? 65520 : (here + Double(nearest.nextUp)) / 2
    }
    let distance = Swift.min(magnitude - lower, upper.map { $0 - magnitude } ?? .infinity)
    // Ulps of the correctly rounded float32 (Float.ulp is the spacing above, as NumPy's accuracy tests count).
    let ulps = distance / Double(Float(magnitude).ulp)
    // The float64 value's own error (a few float64 ulps, 2^-29 float32 ulps each) is covered by the 2^-20.
    return ulps > assumedKernelErrorUlps + 0x1p-20 ? rounded(value) : nil
  }

  /// `np.sum` of a contiguous row of halves: NumPy's `HALF_pairwise_sum` widens each half to float32, sums in
  /// float32 in the pairwise order of `pairwise_sum_FLOAT`, adds that to the float32 identity 0 and rounds to half
  /// once (not after every addition: an intermediate past 65504 does not overflow).
  public static func sum(_ values: [Double]) -> Double {
    let floats = values.map { Float($0) }
    let total = floats.withUnsafeBufferPointer { ReductionKernel.pairwiseSum($0, 0, 1, $0.count) }
    return rounded(Double(Float(0) + total))
  }
}
