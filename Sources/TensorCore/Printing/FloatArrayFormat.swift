/// NumPy's `FloatingFormat` with the default print options (precision 8, `floatmode='maxprec'`, no
/// `suppress`, sign `'-'`): one look at all printed values fixes notation and padding, so columns line up.
struct FloatArrayFormat {
  private static let precision = 8

  private var scientific = false
  private var precision: Int? = FloatArrayFormat.precision
  private var minDigits: Int?
  private var trim = FloatTrim.zeros
  private var padLeft = 0
  private var padRight = 0
  private var exponentDigits: Int?
  /// True for float32 elements: shortest digits at float32 precision, and NumPy's tests in float32 arithmetic.
  private var float32 = false

  /// Chooses the layout for `values`, the elements that will be printed (after summarisation).
  init(values: [Double], float32: Bool = false) {
    self.float32 = float32
    let finite = values.filter(\.isFinite)
    let nonZeroMagnitudes = finite.filter { $0 != 0 }.map(\.magnitude)
    if let largest = nonZeroMagnitudes.max(), let smallest = nonZeroMagnitudes.min() {
      // NumPy's switch to scientific notation; the ratio may overflow to inf, which also switches. NumPy compares
      // in the array's dtype, so a float32 ratio is rounded to float32 first.
      let ratio = float32 ? Double(Float(largest) / Float(smallest)) : largest / smallest
      // NumPy 2.4's cutoff is 10**min(8, finfo(dtype).precision): 1e6 for float32.
      scientific =
        largest >= (float32 ? 1e6 : 1e8) || smallest < (float32 ? Double(Float(0.0001)) : 0.0001) || ratio > 1000
    }
    if finite.isEmpty {
      padLeft = 0
      padRight = 0
    } else if scientific {
      let texts = finite.map { FloatText.scientific($0, precision: Self.precision, trim: .zeros, float32: float32) }
      var mantissaFractionLength = 0
      var exponentLength = 0
      for text in texts {
        let (mantissa, exponent) = Self.split(text, at: "e")
        let (whole, fraction) = Self.split(mantissa, at: ".")
        padLeft = max(padLeft, whole.count)
        mantissaFractionLength = max(mantissaFractionLength, fraction.count)
        exponentLength = max(exponentLength, exponent.count - 1)
      }
      exponentDigits = exponentLength
      trim = .keep
      precision = mantissaFractionLength
      minDigits = mantissaFractionLength
      padRight = exponentLength + 2 + mantissaFractionLength
    } else {
      for value in finite {
        let (whole, fraction) = Self.split(
          FloatText.positional(value, precision: Self.precision, trim: .zeros, float32: float32), at: ".")
        padLeft = max(padLeft, whole.count)
        padRight = max(padRight, fraction.count)
      }
      minDigits = 0
    }
    if finite.count != values.count {
      // Room for `nan`, `inf` and `-inf` right-aligned in the column.
      let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
    }
  }

  /// The text of one element, padded to the common width.
  func format(_ value: Double) -> String {
    if !value.isFinite {
      let text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
      return String(repeating: " ", count: max(padLeft + padRight + 1 - text.count, 0)) + text
    }
    if scientific {
      return FloatText.scientific(
        value, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft, exponentDigits: exponentDigits,
        float32: float32)
    }
    return FloatText.positional(
      value, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft, padRight: padRight,
      float32: float32)
  }

  /// Python's `str.partition`: the text before the first separator and the text after it (empty if absent).
  private static func split<Text: StringProtocol>(_ text: Text, at separator: Character) -> (
    Text.SubSequence, Text.SubSequence
  ) {
    guard let index = text.firstIndex(of: separator) else { return (text[...], text[text.endIndex...]) }
    return (text[..<index], text[text.index(after: index)...])
  }
}
