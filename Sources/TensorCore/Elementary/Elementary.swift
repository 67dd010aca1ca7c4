/// docbuild's own elementary functions on `Double`: the same bits on every platform and CPU, because they use only
/// IEEE `+ - * /` and `squareRoot()` (correctly rounded everywhere), integer and bit operations, and tables computed
/// by mpmath; never the platform's libm, fused multiply-add or fast-math.
///
/// Each function evaluates in double-double arithmetic (about 2^-70 relative error before the final rounding), so its
/// result is within one ulp everywhere and correctly rounded almost always; special values (±0, ±inf, NaN,
/// subnormals, overflow, underflow) follow C99 Annex F, as NumPy does. `exp`, `log`, `tanh`, `sinh` and `cosh` first
/// try a plain-double evaluation with a proven error bound and keep it only when that bound decides the rounding, so
/// they give the same bits either way. Trigonometric arguments are reduced exactly (Cody–Waite below 2^19, Payne–Hanek above).
/// `Tests/TensorCoreTests/ElementaryTests.swift` checks every function against correctly rounded references from
/// mpmath.
public enum Elementary {}

extension Elementary {
  /// The NaN an invalid operation (log of a negative number, inf - inf) gives on x86-64, the "real indefinite" with
  /// its sign bit set: NumPy's results carry it there, and `np.signbit`, `np.copysign`, `.view` and `tobytes` show it.
  public static let invalidNaN = Double(bitPattern: 0xfff8_0000_0000_0000)

  /// A NaN operand returned as C's functions return it (`x + x`): quieted, its sign and payload kept.
  @inline(__always)
  public static func quieted(_ x: Double) -> Double { Double(bitPattern: x.bitPattern | 0x0008_0000_0000_0000) }

  /// The NaN NumPy's C-library loop of log, log2 and log10 gives below zero (measured with NumPy 2.4.6 on x86-64,
  /// `np.log(v[::-1])`): a positive one, unlike its SIMD loop's; a NaN argument comes back with its sign.
  static func libmLogarithmNaN(_ x: Double) -> Double { x.isNaN ? quieted(x) : .nan }

  /// `invalidNaN` for an argument outside the function's domain, the argument itself (quieted) when it is a NaN.
  @inline(__always)
  static func domainError(_ x: Double) -> Double { x.isNaN ? quieted(x) : invalidNaN }
}
