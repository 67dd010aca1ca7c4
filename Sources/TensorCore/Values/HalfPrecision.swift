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
}
