/// One complex number as NumPy's complex128 stores it: two doubles, real part first.
public struct Complex: Sendable, Hashable {
  /// The real part.
  public var real: Double
  /// The imaginary part.
  public var imag: Double

  /// The number `real + imag·j`.
  public init(_ real: Double, _ imag: Double = 0) {
    self.real = real
    self.imag = imag
  }

  /// Equality as NumPy and Python compare complex numbers: both parts equal (so NaN parts are never equal, and
  /// -0.0 equals 0.0), which is also what `Hashable` needs to agree with here.
  public static func == (a: Complex, b: Complex) -> Bool { a.real == b.real && a.imag == b.imag }

  /// Hashes the parts with -0.0 folded into 0.0, agreeing with `==`.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(real == 0 ? 0 : real)
    hasher.combine(imag == 0 ? 0 : imag)
  }

  /// True when either part is NaN.
  public var hasNaN: Bool { real.isNaN || imag.isNaN }

  /// The same number rounded part by part to complex64.
  var roundedToComplex64: Complex { Complex(Double(Float(real)), Double(Float(imag))) }
}
