/// NumPy 1.13's text of float and complex scalars, which NumPy 2 still writes under
/// `np.set_printoptions(legacy='1.13')` (`scalartypes.c.src`'s legacy formatters): C's `%.Pg` with 12 (str) or 17
/// (repr) significant digits for float64 and complex128, 6 or 8 for float32, float16 and complex64.
public enum LegacyScalarText {
  /// The significant digits NumPy 1.13 printed: `narrow` for float32, float16 (converted to float32) and complex64.
  private static func precision(narrow: Bool, repr: Bool) -> Int {
    narrow ? (repr ? 8 : 6) : (repr ? 17 : 12)
  }

  /// A float scalar's str or repr: `0.333333333333`, `0.10000000000000001`, `1e+16`; `.0` is added when only digits
  /// (and a minus sign) are left (`3.0`, `-0.0`, `10000000000000000.0`).
  public static func float(_ x: Double, narrow: Bool, repr: Bool) -> String {
    let text = printfG(x, precision: precision(narrow: narrow, repr: repr))
    let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    return body.allSatisfy { $0.isASCII && $0.isNumber } ? text + ".0" : text
  }

  /// A complex scalar's str or repr: `1j` for a real part of +0, otherwise `(re+imj)` with each part in `%g`
  /// (no `.0` added); an infinite or NaN imaginary part gets a `*` before the `j` (`(1+inf*j)`, `nan*j`).
  public static func complex(_ z: Complex, narrow: Bool, repr: Bool) -> String {
    let digits = precision(narrow: narrow, repr: repr)
    if z.real == 0 && z.real.sign == .plus {
      return printfG(z.imag, precision: digits) + (z.imag.isFinite ? "" : "*") + "j"
    }
    let real = z.real.isFinite ? printfG(z.real, precision: digits) : nonFinite(z.real, plus: false)
    let imag =
      z.imag.isFinite ? printfG(z.imag, precision: digits, plus: true) : nonFinite(z.imag, plus: true) + "*"
    return "(" + real + imag + "j)"
  }

  /// NumPy's spelling of a non-finite part: `nan`, `inf`, `-inf` (with `+` before the first two when `plus`).
  private static func nonFinite(_ x: Double, plus: Bool) -> String {
    if x.isNaN { return plus ? "+nan" : "nan" }
    return x < 0 ? "-inf" : plus ? "+inf" : "inf"
  }

  /// C's `printf("%.Pg")` (`%+.Pg` when `plus`) as NumPy's `NumPyOS_ascii_format` writes it: the exact value rounded
  /// to `precision` significant digits (ties to even), positional when the rounded value's exponent is from -4 to
  /// `precision - 1`, else scientific with an exponent of at least two digits; trailing zeros and a bare point
  /// dropped. A NaN is `nan` whatever its sign bit, an infinity `inf` or `-inf`.
  static func printfG(_ x: Double, precision: Int, plus: Bool = false) -> String {
    if !x.isFinite { return x.isNaN ? "nan" : x < 0 ? "-inf" : "inf" }
    let sign = x.sign == .minus ? "-" : plus ? "+" : ""
    if x == 0 { return sign + "0" }
    let (digits, exponent) = significantDigits(of: x, count: precision)
    let text = digits.map { Character(String($0)) }
    var mantissa: String
    if exponent < -4 || exponent >= precision {
      mantissa = String(text[0]) + "." + String(text[1...])
    } else if exponent >= 0 {
      mantissa = String(text[...exponent]) + "." + String(text[(exponent + 1)...])
    } else {
      mantissa = "0." + String(repeating: "0", count: -exponent - 1) + String(text)
    }
    while mantissa.last == "0" { mantissa.removeLast() }
    if mantissa.last == "." { mantissa.removeLast() }
    guard exponent < -4 || exponent >= precision else { return sign + mantissa }
    let power = String(exponent.magnitude)
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" : "") + power
  }
}
