/// Python's `repr(float)`, which NumPy 2 also uses inside `np.float64(…)` and for `str` of float scalars:
/// shortest round-trip digits, positional for 1e-4 ≤ |x| < 1e16 (and zero), otherwise scientific
/// (`6.0`, `0.0001`, `1e-05`, `1e+16`, `-0.0`, `inf`, `nan`).
/// With `float32`, the shortest digits of the float32 value, as NumPy prints `np.float32(0.1)`.
/// With `float16`, the shortest digits of the float16 value, positional only below 1e3 (both as float64's under
/// NumPy's legacy printing modes up to '2.2').
public func pythonFloatRepr(_ x: Double, float32: Bool = false, float16: Bool = false) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  let magnitude = x.magnitude
  // NumPy prints float32 scalars positionally only below 1e6 (float64's limit is Python's 1e16).
  // NumPy's cutoff is 10**finfo(dtype).precision for its scalars: 1e3 for float16 (float64's under a legacy mode).
  let cutoff =
    float32 || float16 ? PrintOptions.scientificCutoff(float32: float32, float16: float16, scalar: true) : 1e16
  if magnitude == 0 || (1e-4 <= magnitude && magnitude < cutoff) {
    return FloatText.positional(x, precision: nil, trim: .leaveOneZero, float32: float32, float16: float16)
  }
  return FloatText.scientific(x, precision: nil, trim: .zerosAndPoint, float32: float32, float16: float16)
}

/// Python's repr of a complex number, which is also NumPy's str of a complex scalar: `(1+2j)`, `2j` (a real part of
/// +0 is left out), `(-0-2j)`, `(nan+infj)`; each part as Python's float repr without a trailing `.0`.
public func pythonComplexRepr(_ z: Complex, float32: Bool = false) -> String {
  func part(_ x: Double) -> String {
    let text = pythonFloatRepr(x, float32: float32)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
  if z.real == 0 && z.real.sign == .plus { return part(z.imag) + "j" }
  let imag = part(z.imag)
  return "(" + part(z.real) + (imag.hasPrefix("-") ? "" : "+") + imag + "j)"
}

extension String {
  /// The text without one pair of enclosing parentheses.
  var trimmingParentheses: String {
    hasPrefix("(") && hasSuffix(")") ? String(dropFirst().dropLast()) : self
  }
}

/// Python's repr of a tuple of ints, as NumPy shows shapes: `(4, 2, 3)`, `(3,)`, `()`.
public func pythonShapeRepr(_ shape: [Int]) -> String {
  if shape.count == 1 { return "(\(shape[0]),)" }
  return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}
