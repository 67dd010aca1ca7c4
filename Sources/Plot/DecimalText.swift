import TensorCore

/// Decimal text of doubles, the same bytes on every machine: digits come from exact integer arithmetic (TensorCore's
/// Dragon4), never from the platform's printf.
public enum DecimalText {
  /// `value` with exactly `fractionDigits` digits after the point, rounded half to even from its exact binary value,
  /// as C's `%.Nf` (and Python's `'%.Nf' % value`) prints it; `-` for negatives, including a negative that rounds
  /// to zero (`-0.00`), as C does.
  public static func fixed(_ value: Double, fractionDigits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let sign = value.sign == .minus ? "-" : ""
    let magnitude = value.magnitude
    let digits = magnitudeDigits(magnitude, fractionDigits: fractionDigits)
    // `digits` is the integer round(magnitude × 10^fractionDigits) in decimal.
    var text = String(repeating: "0", count: Swift.max(0, fractionDigits + 1 - digits.count)) + digits
    if fractionDigits > 0 {
      text.insert(".", at: text.index(text.endIndex, offsetBy: -fractionDigits))
    }
    return sign + text
  }

  /// The decimal digits of round(magnitude × 10^fractionDigits), without leading zeros ("0" for zero).
  private static func magnitudeDigits(_ magnitude: Double, fractionDigits: Int) -> String {
    if magnitude == 0 { return "0" }
    // The power of ten of the first significant digit: 17 digits never carry into a new leading digit.
    let exponent = significantDigits(of: magnitude, count: 17).exponent
    let count = exponent + 1 + fractionDigits
    if count < 0 { return "0" }
    if count == 0 {
      // Below half a unit in the last place rounds to 0, above rounds to 1; an exact tie at 5·10^e with e < 0 is not
      // a binary fraction, so it cannot occur (and 0.5 itself has exponent -1 only with fractionDigits 0: to even).
      let (digits, _) = significantDigits(of: magnitude, count: 20)
      let aboveHalf = digits[0] > 5 || (digits[0] == 5 && digits.dropFirst().contains { $0 != 0 })
      return aboveHalf ? "1" : "0"
    }
    let (digits, roundedExponent) = significantDigits(of: magnitude, count: count)
    var text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    // A carry past 9s (9.996 → 10.00) moves the first digit up one place: one more digit before the point.
    if roundedExponent > exponent { text += "0" }
    while text.count > 1, text.hasPrefix("0") { text.removeFirst() }
    return text
  }

  /// A coordinate for the SVG: two decimals, trailing zeros and a bare point dropped, `-0` printed `0`.
  public static func coordinate(_ value: Double) -> String {
    if let text = fastCoordinate(value) { return text }
    return exactCoordinate(value)
  }

  /// `coordinate` through `fixed`'s exact decimal expansion: the reference the fast path must equal.
  static func exactCoordinate(_ value: Double) -> String {
    var text = fixed(value, fractionDigits: 2)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    if text == "-0" { return "0" }
    return text
  }

  /// `coordinate` for |value| < 2^40 without the decimal expansion, which a figure with thousands of vertices
  /// would spend most of its time in: value × 100 rounded half to even, from the exact product. The residual
  /// value × 100 − q of the rounded double q is exact under an `fma` (it needs no more bits than value has below
  /// its binary point, plus seven, for most values), and a residual near ±0.5, a tie or nearly one, goes to the
  /// exact expansion.
  static func fastCoordinate(_ value: Double) -> String? {
    guard value.isFinite, value.magnitude < 1_099_511_627_776 else { return nil }
    var q = (value * 100).rounded(.toNearestOrEven)
    let residual = (-q).addingProduct(value, 100)
    // A value with many bits below its point can leave a residual too long for a double; only near a tie can its
    // rounding matter, and there the exact expansion decides.
    if (residual.magnitude - 0.5).magnitude < 1e-6 { return nil }
    if residual > 0.5 { q += 1 } else if residual < -0.5 { q -= 1 }
    if q == 0 { return "0" }
    let negative = q < 0
    let hundredths = Int64(q.magnitude)
    var text = negative ? "-" : ""
    text += String(hundredths / 100)
    let fraction = Int(hundredths % 100)
    if fraction != 0 {
      text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
    }
    return text
  }
}
