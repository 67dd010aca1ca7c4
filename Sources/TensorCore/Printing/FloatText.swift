/// What happens to trailing zeros and the decimal point (NumPy's `trim` argument of `format_float_positional`).
enum FloatTrim {
  /// `'k'`: keep trailing zeros, pad with zeros up to the requested minimum.
  case keep
  /// `'.'`: drop trailing zeros, keep the decimal point (`1.`).
  case zeros
  /// `'0'`: drop trailing zeros but keep one after the point (`1.0`).
  case leaveOneZero
  /// `'-'`: drop trailing zeros and a bare decimal point (`1`).
  case zerosAndPoint
}

/// NumPy's `dragon4_positional` / `dragon4_scientific` for float64, with unique digits.
enum FloatText {
  /// `np.format_float_positional(x, precision, unique, fractional, trim, pad_left, pad_right, min_digits)`.
  static func positional(
    _ value: Double, precision: Int?, minDigits: Int? = nil, trim: FloatTrim,
    padLeft: Int? = nil, padRight: Int? = nil, unique: Bool = true, fractional: Bool = true, plus: Bool = false,
    float32: Bool = false, float16: Bool = false
  ) -> String {
    if !value.isFinite { return nonFinite(value, plus: plus) }
    let sign = value.sign == .minus ? "-" : plus ? "+" : ""
    // Without `unique`, Dragon4 prints the exact value's digits up to the cutoff (NumPy's DigitMode_Exact).
    let decimal = Dragon4.digits(
      of: value.magnitude, cutoffMode: fractional ? .fractionLength : .totalLength, maxDigits: precision,
      minDigits: minDigits, exact: !unique, float32: float32, float16: float16)
    let digitText = decimal.digits.map { Character(String($0)) }
    var text = sign
    var wholeDigitCount: Int
    var fractionDigitCount = 0
    if decimal.exponent >= 0 {
      wholeDigitCount = decimal.exponent + 1
      if digitText.count <= wholeDigitCount {
        text += String(digitText) + String(repeating: "0", count: wholeDigitCount - digitText.count)
      } else {
        text += String(digitText[..<wholeDigitCount]) + "." + String(digitText[wholeDigitCount...])
        fractionDigitCount = digitText.count - wholeDigitCount
      }
    } else {
      let leadingZeros = -(decimal.exponent + 1)
      text += "0." + String(repeating: "0", count: leadingZeros) + String(digitText)
      fractionDigitCount = leadingZeros + digitText.count
      wholeDigitCount = 1
    }
    // Zeros run to the precision without `unique` (to min_digits with it) where Dragon4 stopped early: '0.00000000';
    // a precision counting every digit (`fractional=False`) leaves fewer places after the point.
    let added = max((unique ? minDigits : precision) ?? 0, 0)
    padFraction(
      &text, fractionDigitCount: &fractionDigitCount, trim: trim,
      desiredFractionDigits: fractional ? added : ((unique ? minDigits : precision) ?? 0) - wholeDigitCount)
    if trim != .keep, fractionDigitCount > 0 {
      fractionDigitCount -= trimTrailingZeros(&text)
      if text.last == "." {
        if trim == .leaveOneZero {
          text += "0"
          fractionDigitCount += 1
        } else if trim == .zerosAndPoint {
          text.removeLast()
        }
      }
    }
    if let padRight, padRight >= fractionDigitCount {
      if trim == .zerosAndPoint && fractionDigitCount == 0 { text += " " }
      text += String(repeating: " ", count: padRight - fractionDigitCount)
    }
    if let padLeft, padLeft > wholeDigitCount + sign.count {
      text = String(repeating: " ", count: padLeft - wholeDigitCount - sign.count) + text
    }
    return text
  }

  /// The point and zeros both formats add after the digits: a point unless trimming it away, one zero in
  /// leave-one-zero mode, or zeros up to `desiredFractionDigits` when keeping them (as NumPy's Dragon4 formatter
  /// does).
  private static func padFraction(
    _ text: inout String, fractionDigitCount: inout Int, trim: FloatTrim, desiredFractionDigits: Int
  ) {
    if trim != .zerosAndPoint && fractionDigitCount == 0 { text += "." }
    if trim == .leaveOneZero, fractionDigitCount == 0 {
      text += "0"
      fractionDigitCount = 1
    } else if trim == .keep, desiredFractionDigits > fractionDigitCount {
      text += String(repeating: "0", count: desiredFractionDigits - fractionDigitCount)
      fractionDigitCount = desiredFractionDigits
    }
  }

  /// `np.format_float_scientific(x, precision, unique=True, trim, pad_left, exp_digits, min_digits)`.
  static func scientific(
    _ value: Double, precision: Int?, minDigits: Int? = nil, trim: FloatTrim,
    padLeft: Int? = nil, exponentDigits: Int? = nil, unique: Bool = true, plus: Bool = false, float32: Bool = false,
    float16: Bool = false
  ) -> String {
    if !value.isFinite { return nonFinite(value, plus: plus) }
    let sign = value.sign == .minus ? "-" : plus ? "+" : ""
    var text = ""
    if let padLeft, padLeft > 1 + sign.count {
      text += String(repeating: " ", count: padLeft - 1 - sign.count)
    }
    text += sign
    let decimal = Dragon4.digits(
      of: value.magnitude, cutoffMode: .totalLength, maxDigits: precision.map { $0 + 1 },
      minDigits: minDigits.map { $0 + 1 }, exact: !unique, float32: float32, float16: float16)
    let digitText = decimal.digits.map { Character(String($0)) }
    text.append(digitText[0])
    var fractionDigitCount = digitText.count - 1
    if fractionDigitCount > 0 { text += "." + String(digitText[1...]) }
    // Zeros run to the precision without `unique` (to min_digits with it) where Dragon4 stopped early.
    padFraction(
      &text, fractionDigitCount: &fractionDigitCount, trim: trim,
      desiredFractionDigits: max((unique ? minDigits : precision) ?? 0, 0))
    if trim != .keep, fractionDigitCount > 0 {
      _ = trimTrailingZeros(&text)
      // Unlike positional output, a bare point stays here except in leave-one-zero mode.
      if trim == .leaveOneZero, text.last == "." { text += "0" }
    }
    return text + exponentText(decimal.exponent, minimumDigits: exponentDigits)
  }

  /// `e+05`, `e-300`: sign always, at least `minimumDigits` digits (two when unspecified, at most five).
  private static func exponentText(_ exponent: Int, minimumDigits: Int?) -> String {
    let width = min(max(minimumDigits ?? 2, 0), 5)
    let magnitude = String(exponent.magnitude)
    let padding = String(repeating: "0", count: max(width - magnitude.count, 0))
    return "e" + (exponent >= 0 ? "+" : "-") + padding + magnitude
  }

  /// Removes trailing `0` characters and returns how many were removed.
  private static func trimTrailingZeros(_ text: inout String) -> Int {
    var removed = 0
    while text.last == "0" {
      text.removeLast()
      removed += 1
    }
    return removed
  }

  /// Dragon4's text for non-finite values: `nan` never carries a sign, infinities do (`+inf` when asked for).
  private static func nonFinite(_ value: Double, plus: Bool) -> String {
    if value.isNaN { return "nan" }
    return value < 0 ? "-inf" : plus ? "+inf" : "inf"
  }
}
