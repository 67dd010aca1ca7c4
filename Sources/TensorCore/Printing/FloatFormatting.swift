/// `np.format_float_positional` and `np.format_float_scientific` for callers outside TensorCore: NumPy's Dragon4
/// text of one float64 (or float32, or float16) value, with NumPy's `trim` letters.
public enum FloatFormatting {
  /// The trim mode NumPy names by `letter` (`'k'`, `'.'`, `'0'`, `'-'`), or nil for any other text.
  static func trim(_ letter: String) -> FloatTrim? {
    switch letter {
    case "k": .keep
    case ".": .zeros
    case "0": .leaveOneZero
    case "-": .zerosAndPoint
    default: nil
    }
  }

  /// Whether `letter` is one of NumPy's trim modes.
  public static func isTrimLetter(_ letter: String) -> Bool { trim(letter) != nil }

  /// `np.format_float_positional(x, precision, unique, fractional, trim, sign, pad_left, pad_right, min_digits)`;
  /// nil when `trim` is not one of NumPy's letters.
  public static func positional(
    _ value: Double, precision: Int?, unique: Bool, fractional: Bool = true, trim: String, sign: Bool, padLeft: Int?,
    padRight: Int?, minDigits: Int?, float32: Bool, float16: Bool = false
  ) -> String? {
    guard let mode = Self.trim(trim) else { return nil }
    return FloatText.positional(
      value, precision: precision, minDigits: minDigits, trim: mode, padLeft: padLeft, padRight: padRight,
      unique: unique, fractional: fractional, plus: sign, float32: float32, float16: float16)
  }

  /// `np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits, min_digits)`; nil when
  /// `trim` is not one of NumPy's letters.
  public static func scientific(
    _ value: Double, precision: Int?, unique: Bool, trim: String, sign: Bool, padLeft: Int?, exponentDigits: Int?,
    minDigits: Int?, float32: Bool, float16: Bool = false
  ) -> String? {
    guard let mode = Self.trim(trim) else { return nil }
    return FloatText.scientific(
      value, precision: precision, minDigits: minDigits, trim: mode, padLeft: padLeft, exponentDigits: exponentDigits,
      unique: unique, plus: sign, float32: float32, float16: float16)
  }
}
