/// NumPy's `FloatingFormat` (numpy/_core/arrayprint.py) under the print options: one look at all printed values
/// fixes notation, digits and padding, so columns line up.
struct FloatArrayFormat {
  private var precision: Int?
  private var minDigits: Int?
  private var unique = true
  private var trim = FloatTrim.zeros
  private var padLeft = 0
  private var padRight = 0
  private var exponentDigits: Int?
  private var scientific = false
  private let sign: Character
  private let nanText: String
  private let infText: String
  /// True for float32 elements: shortest digits at float32 precision, and NumPy's tests in float32 arithmetic.
  private let float32: Bool
  /// True for float16 elements, likewise at half precision.
  private let float16: Bool

  /// Chooses the layout for `values`, the elements that will be printed (after summarisation).
  init(values: [Double], float32: Bool = false, float16: Bool = false, options: PrintOptions = PrintOptions()) {
    self.float32 = float32
    self.float16 = float16
    // NumPy 1.13 kept a column for the sign of every array element: its '-' is ' ' (0-d arrays never get here).
    let legacy113 = options.isLegacy113
    sign = legacy113 && options.sign == "-" ? " " : options.sign
    nanText = options.nanText
    infText = options.infText
    precision = options.floatMode == .unique ? nil : options.precision
    if let digits = precision, digits < 0 {
      // NumPy raises "precision must be >= 0" here; the statement is refused (`formattedWithNegativePrecision`).
      PrintOptionsBox.current?.formattedWithNegativePrecision = true
      precision = 0
    }
    let plus = sign == "+"
    let finite = values.filter(\.isFinite)
    let nonZeroMagnitudes = finite.filter { $0 != 0 }.map(\.magnitude)
    if let largest = nonZeroMagnitudes.max(), let smallest = nonZeroMagnitudes.min() {
      // NumPy 2.4's cutoff is 10**min(8, finfo(dtype).precision): 1e6 for float32 (1e8 under a legacy mode). It
      // compares in the array's dtype, so a float32 ratio is rounded to float32 first; the ratio may overflow to inf, which also switches.
      // float16's cutoff is 1e3, and its ratio and 0.0001 are rounded to half (NumPy divides in float, rounds).
      let ratio =
        float16
        ? Double(Float16(largest) / Float16(smallest))
        : float32 ? Double(Float(largest) / Float(smallest)) : largest / smallest
      let small = float16 ? Double(Float16(0.0001)) : float32 ? Double(Float(0.0001)) : 0.0001
      scientific =
        largest >= PrintOptions.scientificCutoff(float32: float32, float16: float16, scalar: false)
        || (!options.suppress && (smallest < small || ratio > 1000))
    }
    let fixed = options.floatMode == .fixed
    if finite.isEmpty {
      trim = .zeros
      minDigits = nil
    } else if scientific {
      // NumPy 1.13 wrote every digit of the precision in scientific notation, as the fixed mode does.
      unique = !fixed && !legacy113
      if legacy113 && precision == nil {
        // NumPy's Dragon4 then raises "in non-unique mode `precision` must be supplied".
        PrintOptions.refuseUnderLegacy(
          "a float array in scientific notation with floatmode='unique', where NumPy raises a TypeError")
        precision = max(options.precision, 0)
      }
      let texts = finite.map {
        FloatText.scientific(
          $0, precision: precision, trim: unique ? .zeros : .keep, unique: unique, plus: plus, float32: float32,
          float16: float16)
      }
      var mantissaFractionLength = 0
      var exponentLength = 0
      for text in texts {
        let (mantissa, exponent) = Self.split(text, at: "e")
        let (whole, fraction) = Self.split(mantissa, at: ".")
        // NumPy 1.13 always left three places before the point: two spaces and a sign.
        padLeft = legacy113 ? 3 : max(padLeft, whole.count)
        mantissaFractionLength = max(mantissaFractionLength, fraction.count)
        exponentLength = max(exponentLength, exponent.count - 1)
      }
      exponentDigits = exponentLength
      trim = .keep
      precision = mantissaFractionLength
      minDigits = mantissaFractionLength
      padRight = exponentLength + 2 + mantissaFractionLength
    } else {
      unique = !fixed
      for value in finite {
        let (whole, fraction) = Self.split(
          FloatText.positional(
            value, precision: precision, trim: fixed ? .keep : .zeros, unique: unique, plus: plus, float32: float32,
            float16: float16),
          at: ".")
        // NumPy 1.13 counted the digits alone, and one place for a sign whether or not any value has one.
        padLeft = max(padLeft, legacy113 ? 1 + whole.filter { $0 != "-" && $0 != "+" }.count : whole.count)
        padRight = max(padRight, fraction.count)
      }
      if fixed || options.floatMode == .maxprecEqual {
        precision = padRight
        minDigits = padRight
        trim = .keep
      } else {
        trim = .zeros
        minDigits = 0
      }
    }
    // A space for the sign of non-negative numbers, unless some number is negative anyway.
    if !legacy113 && sign == " " && !finite.contains(where: { $0.sign == .minus }) { padLeft += 1 }
    if finite.count != values.count {
      // Room for NaN and infinities right-aligned in the column.
      let negativeInfinity = sign != "-" || values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
      let offset = padRight + 1
      padLeft = max(padLeft, nanText.count - offset, infText.count + negativeInfinity - offset)
    }
  }

  /// The text of one element, padded to the common width.
  func format(_ value: Double) -> String {
    if !value.isFinite {
      let text =
        value.isNaN
        ? (sign == "+" ? "+" : "") + nanText : (value < 0 ? "-" : sign == "+" ? "+" : "") + infText
      return String(repeating: " ", count: max(padLeft + padRight + 1 - text.count, 0)) + text
    }
    if scientific {
      return FloatText.scientific(
        value, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft, exponentDigits: exponentDigits,
        unique: unique, plus: sign == "+", float32: float32, float16: float16)
    }
    return FloatText.positional(
      value, precision: precision, minDigits: minDigits, trim: trim, padLeft: padLeft, padRight: padRight,
      unique: unique, plus: sign == "+", float32: float32, float16: float16)
  }

  /// Python's `str.partition`: the text before the first separator and the text after it (empty if absent).
  private static func split<Text: StringProtocol>(_ text: Text, at separator: Character) -> (
    Text.SubSequence, Text.SubSequence
  ) {
    guard let index = text.firstIndex(of: separator) else { return (text[...], text[text.endIndex...]) }
    return (text[..<index], text[text.index(after: index)...])
  }
}
