import Foundation
import TensorCore

/// Python's format mini-language (`format(x, spec)`, f-strings, `str.format`) for ints, floats, strings and NumPy
/// scalars, with CPython's results and error messages.
struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  /// Whether the spec wrote a sign (`-` included): CPython refuses any sign for `c` and for strings.
  var signGiven = false
  /// The `z` option: a float that rounds to negative zero shows no sign.
  var noNegativeZero = false
  var alternate = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?

  /// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` as CPython's
  /// `parse_internal_render_format_spec` does, with its checks in its order; `typeName` names the value in errors,
  /// `defaultType` is the type CPython assumes for it (`d` for ints, `s` for strings, none for floats) and
  /// `defaultAlign` its alignment (`<` for strings), which decides whether the `0` flag means `=`.
  init(_ spec: String, for typeName: String, defaultType: Character? = nil, defaultAlign: Character = ">")
    throws(PythonError)
  {
    let characters = Array(spec)
    var index = 0
    var fillGiven = false
    if characters.count >= 2, "<>=^".contains(characters[1]) {
      fill = characters[0]
      align = characters[1]
      fillGiven = true
      index = 2
    } else if let first = characters.first, "<>=^".contains(first) {
      align = first
      index = 1
    }
    if index < characters.count, "+- ".contains(characters[index]) {
      sign = characters[index]
      signGiven = true
      index += 1
    }
    if index < characters.count, characters[index] == "z" {
      noNegativeZero = true
      index += 1
    }
    if index < characters.count, characters[index] == "#" {
      alternate = true
      index += 1
    }
    if !fillGiven, index < characters.count, characters[index] == "0" {
      fill = "0"
      if align == nil, defaultAlign == ">" { align = "=" }
      index += 1
    }
    var digits = ""
    while index < characters.count, characters[index].isASCII, characters[index].isNumber {
      digits.append(characters[index])
      index += 1
    }
    if !digits.isEmpty {
      // CPython's error is for a width no Py_ssize_t holds; a smaller one past the element limit is docbuild's.
      guard let value = Int(digits) else { throw PythonError.value("Too many decimal digits in format string") }
      guard value <= maxElementCount else {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      width = value
    }
    let bothSeparators = PythonError.value("Cannot specify both ',' and '_'.")
    if index < characters.count, characters[index] == "," {
      grouping = ","
      index += 1
    }
    if index < characters.count, characters[index] == "_" {
      if grouping != nil { throw bothSeparators }
      grouping = "_"
      index += 1
    }
    if index < characters.count, characters[index] == ",", grouping == "_" { throw bothSeparators }
    if index < characters.count, characters[index] == "." {
      index += 1
      var precisionDigits = ""
      while index < characters.count, characters[index].isASCII, characters[index].isNumber {
        precisionDigits.append(characters[index])
        index += 1
      }
      if precisionDigits.isEmpty { throw PythonError.value("Format specifier missing precision") }
      // CPython refuses a precision past Py_ssize_t, then past a C int; below that it formats, however long.
      guard let value = Int(precisionDigits) else {
        throw PythonError.value("Too many decimal digits in format string")
      }
      guard value <= Int(Int32.max) else { throw PythonError.value("precision too big") }
      guard value <= 10_000 else {
        throw PythonError.limit("a format precision above 10,000 is not supported in snippets")
      }
      precision = value
    }
    if characters.count - index > 1 {
      throw PythonError.value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
    type = index < characters.count ? characters[index] : nil
    if let grouping {
      // PEP 378 allows `,` and `_` with the decimal types, PEP 515 `_` alone with the binary, octal and hex ones.
      let shown = type ?? defaultType
      let allowed = shown.map { "defgEG%F".contains($0) || ("boxX".contains($0) && grouping == "_") } ?? true
      if !allowed {
        let name =
          shown.map { $0.isASCII && $0 > " " ? String($0) : String(format: "\\x%x", $0.unicodeScalars.first!.value) }
          ?? ""
        throw PythonError.value("Cannot specify '\(grouping)' with '\(name)'.")
      }
    }
  }

  /// The width a grouped number's digits are zero-padded to, when a `0` fill with `=` alignment (the `0` flag) meets
  /// `,` or `_`: the width less the `besides` characters of sign, prefix and fraction; nil otherwise.
  func groupedZeroWidth(besides: Int) -> Int? {
    guard grouping != nil, fill == "0", align == "=" else { return nil }
    return width - besides
  }

  /// CPython's error for a presentation type the value's type does not have.
  static func unknownCode(_ type: Character, for typeName: String) -> PythonError {
    let shown = type.isASCII && type > " " ? String(type) : String(format: "\\x%x", type.unicodeScalars.first!.value)
    return PythonError.value("Unknown format code '\(shown)' for object of type '\(typeName)'")
  }

  /// Pads `body` (whose sign, if any, is `signText`) to the width, as the alignment says.
  func pad(_ body: String, sign signText: String = "", defaultAlign: Character) -> String {
    // Python pads by code points, not grapheme clusters.
    let length = signText.unicodeScalars.count + body.unicodeScalars.count
    guard width > length else { return signText + body }
    let padding = String(repeating: fill, count: width - length)
    switch align ?? defaultAlign {
    case "<": return signText + body + padding
    case "^":
      let left = (width - length) / 2
      return String(repeating: fill, count: left) + signText + body
        + String(repeating: fill, count: width - length - left)
    case "=": return signText + padding + body
    default: return padding + signText + body
    }
  }
}

extension Interpreter {
  /// True when a float formatted with `spec` may show its last digits: a spec without a precision or a float type
  /// shows the repr's (`{x}`, `{x:>20}`), and a precision of 12 or more reaches rounding's; a smaller one
  /// (`{x:.4f}`) or a bare float type (`{x:g}`, six digits) shows no more than it says.
  private static func showsEveryDigit(_ spec: String) -> Bool {
    guard let dot = spec.firstIndex(of: ".") else { return !(spec.last.map { "eEfFgGn%".contains($0) } ?? false) }
    let precision = spec[spec.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }
    return (Int(precision) ?? 0) >= 12
  }

  /// The place of the last digit a float presentation `type` with `precision` (Python's default 6 without one)
  /// shows of the number `tensor` holds: 0.001 for `.3f`, a 10^-(precision+1) fraction of the number for `e` (its
  /// mantissa's last digit, or below), a 10^-precision one for `g` and none; nil for other types. For
  /// `Tensor.formattedDigitsRefusal(lastDigit:)`.
  static func lastShownDigit(of tensor: Tensor, type: Character?, precision: Int?) -> Double? {
    guard let number = tensor.doubles.first else { return nil }
    let digits = Double(precision ?? 6)
    switch type {
    case "f", "F": return Elementary.pow(10, -digits)
    case "%": return Elementary.pow(10, -digits) / 100
    case "e", "E": return Swift.abs(number) * Elementary.pow(10, -digits - 1)
    case "g", "G", "n", nil: return Swift.abs(number) * Elementary.pow(10, -Swift.max(digits, 1))
    default: return nil
    }
  }

  /// `lastShownDigit` of a format spec (`.3f`, `>10.4e`); nil when it does not parse as a float's.
  private static func lastShownDigit(of tensor: Tensor, spec: String) -> Double? {
    guard !spec.isEmpty, let parsed = try? FormatSpec(spec, for: "float") else { return nil }
    return lastShownDigit(of: tensor, type: parsed.type, precision: parsed.precision)
  }

  /// `format(value, spec)`.
  static func format(_ value: Value, _ spec: String) throws(PythonError) -> String {
    switch value {
    case .string(let text):
      if spec.isEmpty { return text }
      let format = try FormatSpec(spec, for: "str", defaultType: "s", defaultAlign: "<")
      if let type = format.type, type != "s" { throw FormatSpec.unknownCode(type, for: "str") }
      if format.signGiven {
        throw PythonError.value("\(format.sign == " " ? "Space" : "Sign") not allowed in string format specifier")
      }
      if format.noNegativeZero {
        throw PythonError.value("Negative zero coercion (z) not allowed in string format specifier")
      }
      if format.alternate { throw PythonError.value("Alternate form (#) not allowed in string format specifier") }
      if format.align == "=" { throw PythonError.value("'=' alignment not allowed in string format specifier") }
      let body = format.precision.map { String(String.UnicodeScalarView(text.unicodeScalars.prefix($0))) } ?? text
      return format.pad(body, defaultAlign: "<")
    case .bool(let flag) where spec.isEmpty:
      return flag ? "True" : "False"
    case .bool, .int, .bigInt:
      if spec.isEmpty { return value.str }
      let format = try FormatSpec(spec, for: value.typeName, defaultType: "d")
      return try formatInteger(value.bigInteger ?? BigInt(0), format, typeName: value.typeName)
    case .float(let double):
      if showsEveryDigit(spec) {
        try ApproximateFloats.refuse(in: value)
      } else {
        try ApproximateFloats.refuseNoise(in: value)
      }
      if spec.isEmpty { return value.str }
      return try formatFloat(double, try FormatSpec(spec, for: "float"))
    case .complex(let complex) where !spec.isEmpty:
      if showsEveryDigit(spec) {
        try ApproximateFloats.refuse(in: value)
      } else {
        try ApproximateFloats.refuseNoise(in: value)
      }
      return try formatComplex(complex, try FormatSpec(spec, for: "complex"))
    case .tensor(let tensor) where tensor.isScalar:
      if showsEveryDigit(spec), let refusal = tensor.shownDigitsRefusal() { throw PythonError(refusal) }
      if let refusal = tensor.formattedDigitsRefusal(lastDigit: lastShownDigit(of: tensor, spec: spec)) {
        throw PythonError(refusal)
      }
      // NumPy scalars format as the Python number they hold (a float32 or float16 as the double it converts to).
      // A float or complex one's str is Python's then, whatever NumPy's print options (legacy='1.13' changes its own).
      if spec.isEmpty {
        switch tensor.storage {
        case .float64(let values): return Value.float(values[0]).str
        case .complex128(let values): return Value.complex(values[0]).str
        case .bool, .int64: return value.str
        }
      }
      return try format(try value.pythonNumber(for: "format"), spec)
    case .tensor(let tensor) where tensor.ndim == 0 && !spec.isEmpty:
      // A 0-d array formats as its item, the Python number it holds (NumPy's `ndarray.__format__`).
      if showsEveryDigit(spec), let refusal = tensor.shownDigitsRefusal() { throw PythonError(refusal) }
      if let refusal = tensor.formattedDigitsRefusal(lastDigit: lastShownDigit(of: tensor, spec: spec)) {
        throw PythonError(refusal)
      }
      return try format(try value.pythonNumber(for: "format"), spec)
    case .dateArray(let array) where array.isScalar && !array.dtype.isDelta && !spec.isEmpty:
      // NumPy formats a datetime64 as its str formatted with the spec (`gentype_format`).
      return try format(.string(value.str), spec)
    case .dateArray(let array) where array.isScalar && !spec.isEmpty:
      throw DateTimes.refusal("a format specification for a timedelta64")
    default:
      if case .tensor(let tensor) = value, let refusal = tensor.shownDigitsRefusal() {
        throw PythonError(refusal)
      }
      if spec.isEmpty { return value.str }
      let owner = if case .tensor = value { "numpy.ndarray" } else { value.typeName }
      throw PythonError.type("unsupported format string passed to \(owner).__format__")
    }
  }

  /// The digits with a separator between groups of `count`; with `zeroPaddedTo`, first enough leading zeros that the
  /// grouped text is at least that long, as CPython zero-pads a grouped number (`0,001,234`, never `,001,234`).
  private static func groupDigits(
    _ digits: String, with separator: Character?, every count: Int = 3, zeroPaddedTo minimum: Int? = nil
  ) -> String {
    var digits = digits
    if let minimum, separator != nil {
      var length = digits.count + (digits.count - 1) / count
      while length < minimum {
        digits = "0" + digits
        length = digits.count + (digits.count - 1) / count
      }
    }
    guard let separator, digits.count > count else { return digits }
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -count, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.append(digits[start..<end])
      end = start
    }
    return groups.reversed().joined(separator: String(separator))
  }

  private static func signText(negative: Bool, _ spec: FormatSpec) -> String {
    if negative { return "-" }
    return spec.sign == "+" ? "+" : spec.sign == " " ? " " : ""
  }

  /// An int (or bool) formatted as CPython's `format_long_internal` does, its checks in CPython's order.
  private static func formatInteger(_ value: BigInt, _ spec: FormatSpec, typeName: String) throws(PythonError)
    -> String
  {
    let type = spec.type ?? "d"
    if "eEfFgG%".contains(type) {
      guard let double = value.double else { throw PythonError("OverflowError", "int too large to convert to float") }
      return try formatFloat(double, spec)
    }
    guard "bcdoxXn".contains(type) else { throw FormatSpec.unknownCode(type, for: typeName) }
    if spec.precision != nil { throw PythonError.value("Precision not allowed in integer format specifier") }
    if spec.noNegativeZero {
      throw PythonError.value("Negative zero coercion (z) not allowed in integer format specifier")
    }
    let negative = value.compare(BigInt(0)) < 0
    let magnitude = negative ? -value : value
    var body: String
    switch type {
    case "c":
      if spec.signGiven { throw PythonError.value("Sign not allowed with integer format specifier 'c'") }
      if spec.alternate { throw PythonError.value("Alternate form (#) not allowed with integer format specifier 'c'") }
      guard let code = value.asInt else {
        throw PythonError("OverflowError", "Python int too large to convert to C long")
      }
      guard code >= 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
        throw PythonError("OverflowError", "%c arg not in range(0x110000)")
      }
      return spec.pad(String(Character(scalar)), defaultAlign: ">")
    case "x", "X", "o", "b":
      let radix = type == "o" ? 8 : type == "b" ? 2 : 16
      let digits = magnitude.magnitudeDigits(radix: radix)
      let prefix = spec.alternate ? "0" + (type == "o" ? "o" : type == "b" ? "b" : String(type)) : ""
      let sign = signText(negative: negative, spec)
      body = groupDigits(
        type == "X" ? digits.uppercased() : digits, with: spec.grouping, every: 4,
        zeroPaddedTo: spec.groupedZeroWidth(besides: sign.count + prefix.count))
      // The `0x` prefix goes with the sign: `=` alignment (and the `0` flag) pads after both (`-0x----2a`).
      return spec.pad(body, sign: sign + prefix, defaultAlign: ">")
    default:
      let sign = signText(negative: negative, spec)
      body = groupDigits(
        magnitude.decimal(), with: spec.grouping, zeroPaddedTo: spec.groupedZeroWidth(besides: sign.count))
    }
    return spec.pad(body, sign: signText(negative: negative, spec), defaultAlign: ">")
  }

  static func formatFloat(_ value: Double, _ spec: FormatSpec) throws(PythonError) -> String {
    var negative = value.sign == .minus && !value.isNaN
    let magnitude = Swift.abs(value)
    var body: String
    let type = spec.type
    switch type {
    case nil:
      if let precision = spec.precision {
        body = shortestG(
          magnitude, precision: Swift.max(precision, 1), addDotZero: true, alternate: spec.alternate)
      } else {
        body = pythonFloatRepr(magnitude)
        // `#` keeps the decimal point of a repr in exponent form: `1.e+16`.
        if spec.alternate, magnitude.isFinite, !body.contains("."), let e = body.firstIndex(of: "e") {
          body.insert(".", at: e)
        }
      }
    case "f", "F", "%":
      let scaled = type == "%" ? magnitude * 100 : magnitude
      body = String(format: "%\(spec.alternate ? "#" : "").\(spec.precision ?? 6)\(type == "F" ? "F" : "f")", scaled)
      if type == "%" { body += "%" }
    case "e", "E":
      body = String(format: "%\(spec.alternate ? "#" : "").\(spec.precision ?? 6)\(type!)", magnitude)
    case "g", "G", "n":
      let precision = Swift.max(spec.precision ?? 6, 1)
      if spec.alternate {
        body = shortestG(magnitude, precision: precision, addDotZero: false, alternate: true, exponentFrom: precision)
        if type == "G" { body = body.uppercased() }
      } else {
        body = String(format: "%.\(precision)" + (type == "G" ? "G" : "g"), magnitude)
      }
    default:
      throw FormatSpec.unknownCode(type!, for: "float")
    }
    if !magnitude.isFinite {
      let word = magnitude.isNaN ? "nan" : "inf"
      body = type == "F" || type == "E" || type == "G" ? word.uppercased() : word
      if type == "%" { body += "%" }
    } else {
      // `z`: a value that rounded to zero shows no minus sign.
      if spec.noNegativeZero, negative,
        body.prefix(while: { $0 != "e" && $0 != "E" }).allSatisfy({ "0.%".contains($0) })
      {
        negative = false
      }
      if spec.grouping != nil {
        let integerEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
        let rest = body[integerEnd...]
        let besides = signText(negative: negative, spec).count + rest.count
        body =
          groupDigits(
            String(body[..<integerEnd]), with: spec.grouping, zeroPaddedTo: spec.groupedZeroWidth(besides: besides))
          + rest
      }
    }
    return spec.pad(body, sign: signText(negative: negative, spec), defaultAlign: ">")
  }

  /// A complex formatted as CPython's `format_complex_internal` does: each part as a float under the spec without
  /// its width (the imaginary part always signed unless the real part is left out), then `j`, parentheses when no
  /// type was given and the real part shows, and the padding around the whole.
  static func formatComplex(_ value: Complex, _ spec: FormatSpec) throws(PythonError) -> String {
    if spec.fill == "0" { throw PythonError.value("Zero padding is not allowed in complex format specifier") }
    if spec.align == "=" {
      throw PythonError.value("'=' alignment flag is not allowed in complex format specifier")
    }
    if let type = spec.type, !"eEfFgGn".contains(type) { throw FormatSpec.unknownCode(type, for: "complex") }
    // No type: str()'s style (a positive zero real part left out, parentheses otherwise), and 'g' with a precision.
    let noType = spec.type == nil
    let skipsReal = noType && value.real == 0 && value.real.sign == .plus
    var part = spec
    part.width = 0
    part.align = "<"
    if noType && spec.precision != nil { part.type = "g" }
    func text(_ number: Double, sign: Character) throws(PythonError) -> String {
      var format = part
      format.sign = sign
      guard noType && spec.precision == nil else { return try formatFloat(number, format) }
      // The shortest repr without the ".0" that float's own repr adds (`Py_DTSF_ADD_DOT_0` is not set here);
      // `#` keeps a decimal point.
      var body = pythonFloatRepr(Swift.abs(number))
      if body.hasSuffix(".0") { body.removeLast(2) }
      if spec.alternate, number.isFinite, !body.contains(".") {
        if let e = body.firstIndex(of: "e") { body.insert(".", at: e) } else { body += "." }
      }
      var negative = number.sign == .minus && !number.isNaN
      if spec.noNegativeZero, negative, number == 0 { negative = false }
      if spec.grouping != nil, number.isFinite {
        let integerEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
        body = groupDigits(String(body[..<integerEnd]), with: spec.grouping) + body[integerEnd...]
      }
      return signText(negative: negative, format) + body
    }
    let real = skipsReal ? "" : try text(value.real, sign: spec.sign)
    let imaginary = try text(value.imag, sign: skipsReal ? spec.sign : "+")
    let body = noType && !skipsReal ? "(" + real + imaginary + "j)" : real + imaginary + "j"
    return spec.pad(body, defaultAlign: ">")
  }

  /// CPython's 'g' with `Py_DTSF_ADD_DOT_0` (no type, a precision): `precision` significant digits, trailing zeros
  /// dropped, exponent notation once the exponent reaches `precision - 1`, and ".0" on a whole number.
  /// With `alternate` (`#`), trailing zeros stay and the decimal point always shows, as CPython's `Py_DTSF_ALT`; the
  /// 'g' type itself switches to exponent notation at `exponentFrom` = `precision` (glibc's `%#g` loses a digit when
  /// rounding carries into the next power of ten: `%#.2G` of 99.995 is `1.E+02` there, `1.0E+02` in CPython).
  private static func shortestG(
    _ value: Double, precision: Int, addDotZero: Bool, alternate: Bool = false, exponentFrom: Int? = nil
  ) -> String {
    // Zero's exponent is 0, so precision 1 puts it in exponent notation too: `format(0.0, '.1')` is '0e+00'.
    if value == 0, !alternate, precision > 1 { return "0.0" }
    let scientific = String(format: "%.\(precision - 1)e", value)
    guard let eIndex = scientific.firstIndex(of: "e"),
      var exponent = Int(scientific[scientific.index(after: eIndex)...])
    else { return scientific }
    var digits = scientific[..<eIndex].filter { $0 != "." }
    if value == 0 { exponent = 0 }
    while !alternate, digits.count > 1, digits.last == "0" { digits.removeLast() }
    let decimalPoint = exponent + 1
    if decimalPoint <= -4 || exponent >= (exponentFrom ?? precision - 1) {
      let mantissa = digits.count > 1 || alternate ? "\(digits.first!).\(digits.dropFirst())" : String(digits)
      let exponentDigits = String(Swift.abs(exponent))
      return mantissa + "e" + (exponent < 0 ? "-" : "+") + (exponentDigits.count < 2 ? "0" : "") + exponentDigits
    }
    if decimalPoint <= 0 { return "0." + String(repeating: "0", count: -decimalPoint) + digits }
    if digits.count <= decimalPoint {
      return digits + String(repeating: "0", count: decimalPoint - digits.count)
        + (addDotZero ? ".0" : alternate ? "." : "")
    }
    return "\(digits.prefix(decimalPoint)).\(digits.dropFirst(decimalPoint))"
  }

  /// `text.format(*args, **kwargs)`, or (`isFormatMap`) `text.format_map(mapping)` with the mapping's keys as
  /// `call`'s keywords.
  mutating func formatString(
    _ text: String, _ call: CallArguments, isFormatMap: Bool = false, mapping: Value? = nil
  ) throws(PythonError) -> String {
    var numbering = FieldNumbering(isFormatMap: isFormatMap, mapping: mapping)
    return try formatString(text, call, numbering: &numbering, depth: 2)
  }

  /// `formatString` with the field numbering shared with the caller, as a nested spec (`{:>{width}}`) continues its
  /// field's numbering. `depth` counts down as CPython's does: a spec's fields may hold no fields of their own.
  private mutating func formatString(
    _ text: String, _ call: CallArguments, numbering: inout FieldNumbering, depth: Int
  ) throws(PythonError) -> String {
    guard depth > 0 else { throw PythonError.value("Max string recursion exceeded") }
    var result = ""
    var characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "}" {
        guard index + 1 < characters.count, characters[index + 1] == "}" else {
          throw PythonError.value("Single '}' encountered in format string")
        }
        result.append("}")
        index += 2
        continue
      }
      guard character == "{" else {
        result.append(character)
        index += 1
        continue
      }
      if index + 1 < characters.count, characters[index + 1] == "{" {
        result.append("{")
        index += 2
        continue
      }
      guard index + 1 < characters.count else { throw PythonError.value("Single '{' encountered in format string") }
      let (field, fieldEnd) = try Self.replacementField(characters, openingAt: index)
      index = fieldEnd
      var name = field.name
      var spec = field.spec
      let conversion = field.conversion
      // `{0[1]}`, `{p.x}`, `{d[key]}`: the argument name, then item and attribute accessors applied in order.
      var accessors = ""
      if let cut = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
        accessors = String(name[cut...])
        name = String(name[..<cut])
      }
      // As CPython: the field's argument (its number taken before those of fields nested in its spec) and its
      // conversion, then the spec's own fields.
      var value: Value
      if let position = try numbering.position(of: name) {
        guard position < call.positional.count else {
          throw PythonError("IndexError", "Replacement index \(position) out of range for positional args tuple")
        }
        value = call.positional[position]
      } else if let mapping = numbering.mapping {
        value = try item(of: mapping, .string(name))
      } else if let keyword = call.keywords.first(where: { $0.name == name }) {
        value = keyword.value
      } else {
        throw PythonError("KeyError", Value.quote(name))
      }
      if !accessors.isEmpty { value = try formatField(value, accessors) }
      if let conversion, !"rsa".contains(conversion) {
        throw PythonError.value("Unknown conversion specifier \(conversion)")
      }
      if spec.contains("{") { spec = try formatString(spec, call, numbering: &numbering, depth: depth - 1) }
      // An object formats as an f-string field does: its __format__, else its __str__ (or __repr__).
      if conversion == "r" { value = .string(try self.text(value, repr: true)) }
      if conversion == "a" { value = .string(Value.asciiEscaped(try self.text(value, repr: true))) }
      if conversion == "s" { value = .string(try self.text(value, repr: false)) }
      if conversion == nil, value.holdsObjects {
        if case .object(let object) = value, let formatted = try callSpecial(object, "__format__", [.string(spec)]) {
          // What __format__ returns is the field's text: the spec was its to read.
          guard case .string(let text) = formatted else {
            throw PythonError.type("__format__ must return a str, not \(formatted.typeName)")
          }
          value = .string(text)
          spec = ""
        } else if spec.isEmpty {
          value = .string(try self.text(value, repr: false))
        } else {
          throw PythonError.type("unsupported format string passed to \(value.typeName).__format__")
        }
      }
      result += try Self.format(value, spec)
      if result.utf8.count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
    }
    characters = []
    return result
  }

  /// A `str.format` replacement field's parts, as CPython's `parse_field` scans them.
  struct ReplacementField {
    var name: String
    var conversion: Character?
    var spec: String
  }

  /// The replacement field whose `{` is at `opening`, and the index just past its `}`. As CPython scans it: the name
  /// ends at `}`, `:` or `!` outside square brackets (`{0[a:b]}` indexes with the key 'a:b'); a conversion is one
  /// character; the spec runs to the `}` that balances the nested fields in it.
  static func replacementField(_ characters: [Character], openingAt opening: Int) throws(PythonError)
    -> (ReplacementField, Int)
  {
    var position = opening + 1
    var last: Character?
    scan: while position < characters.count {
      let character = characters[position]
      position += 1
      last = character
      switch character {
      case "{": throw PythonError.value("unexpected '{' in field name")
      case "[":
        while position < characters.count, characters[position] != "]" { position += 1 }
      case "}", ":", "!": break scan
      default: continue
      }
    }
    guard let last, last == "}" || last == ":" || last == "!" else {
      throw PythonError.value("expected '}' before end of string")
    }
    var field = ReplacementField(name: String(characters[(opening + 1)..<(position - 1)]), conversion: nil, spec: "")
    if last == "}" { return (field, position) }
    if last == "!" {
      guard position < characters.count else {
        throw PythonError.value("end of string while looking for conversion specifier")
      }
      field.conversion = characters[position]
      position += 1
      if position < characters.count {
        let next = characters[position]
        position += 1
        if next == "}" { return (field, position) }
        if next != ":" { throw PythonError.value("expected ':' after conversion specifier") }
      }
    }
    let specStart = position
    var depth = 1
    while position < characters.count {
      let character = characters[position]
      position += 1
      if character == "{" { depth += 1 }
      if character == "}" {
        depth -= 1
        if depth == 0 {
          field.spec = String(characters[specStart..<(position - 1)])
          return (field, position)
        }
      }
    }
    throw PythonError.value("unmatched '{' in format spec")
  }

  /// A `str.format` field name of decimal digits (any script's, as CPython reads them) as its number; nil for
  /// another name (a keyword: `{-1}` and `{+1}` are names).
  static func decimalNumber(_ name: Substring) -> Int? {
    guard !name.isEmpty else { return nil }
    var number = 0
    for scalar in name.unicodeScalars {
      guard scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue else { return nil }
      let (product, overflow) = number.multipliedReportingOverflow(by: 10)
      guard !overflow, product <= Int.max - Int(digit) else { return nil }
      number = product + Int(digit)
    }
    return number
  }

  /// Applies a replacement field's accessors (`.name` and `[key]`, a key of digits an int) to its argument. An
  /// attribute is read as `getattr` reads it: an instance's own, else its class's (`{p.name}` of a class attribute),
  /// through properties.
  mutating func formatField(_ argument: Value, _ accessors: String) throws(PythonError) -> Value {
    var value = argument
    var rest = Substring(accessors)
    while let first = rest.first {
      rest = rest.dropFirst()
      if first == "[" {
        guard let close = rest.firstIndex(of: "]") else {
          // CPython's scanner looks for the `]` past the `}`, and so runs off the end of the string.
          throw PythonError.value("expected '}' before end of string")
        }
        let key = String(rest[..<close])
        if key.isEmpty { throw PythonError.value("Empty attribute in format string") }
        rest = rest[rest.index(after: close)...]
        value = try Indexing.index(
          value, with: Self.decimalNumber(Substring(key)).map { Value.int($0) } ?? .string(key))
      } else if first == "." {
        let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
        let name = String(rest[..<end])
        rest = rest[end...]
        if name.isEmpty { throw PythonError.value("Empty attribute in format string") }
        value = try attributeValue(value, name)
      } else {
        throw PythonError.value("Only '.' or '[' may follow ']' in format field specifier")
      }
    }
    return value
  }

  /// `text % values` for values that hold no objects, whose text needs no interpreter.
  static func percentFormat(_ text: String, _ values: Value) throws(PythonError) -> String {
    try percentFormat(text, values, render: plainText)
  }

  private static func plainText(_ value: Value, _ asRepr: Bool) -> String { asRepr ? value.repr : value.str }

  /// True for a `%` argument CPython reads as a mapping: a value with `__getitem__` (a dict, a list, a range, an
  /// array or NumPy scalar, a bytearray, and bytes in a str template) but not a tuple or text (`str`, and `bytes` in
  /// a bytes template); `'x' % [1]` is `'x'`.
  private static func isPercentMapping(_ values: Value, forBytes: Bool) -> Bool {
    switch values {
    case .dict, .list, .range, .tensor, .bytearray, .textArray, .rawArray: true
    case .bytes, .textScalar(_, isBytes: true): !forBytes
    default: false
    }
  }

  /// `text % values`: printf-style formatting with `%s %r %d %i %f %e %g %x %%`, flags, width and precision.
  /// `render(value, asRepr)` gives a value's `str` or `repr` (the interpreter's, which calls an object's `__str__` and
  /// `__repr__`). With `forBytes`, `text` holds the bytes of a `bytes` template (one scalar a byte) and the rules are
  /// bytes' (`%s` and `%b` take bytes-like values, `%r` is `%a`, `%c` one byte, mapping keys are bytes).
  static func percentFormat(
    _ text: String, _ values: Value, forBytes: Bool = false, render: (Value, Bool) throws(PythonError) -> String,
    number: (Value, Character) throws(PythonError) -> Value = { value, _ in value }
  ) throws(PythonError) -> String {
    let arguments: [Value] = if case .tuple(let items) = values { Array(items) } else { [values] }
    var next = 0
    var result = ""
    var characters = Array(text)
    var index = 0
    func argument() throws(PythonError) -> Value {
      guard next < arguments.count else { throw PythonError.type("not enough arguments for format string") }
      next += 1
      return arguments[next - 1]
    }
    while index < characters.count {
      let character = characters[index]
      index += 1
      guard character == "%" else {
        result.append(character)
        continue
      }
      // `%(name)s`: the value is the mapping's item under that key.
      var mapped: Value?
      if index < characters.count, characters[index] == "(" {
        guard case .dict(let mapping) = values else {
          if isPercentMapping(values, forBytes: forBytes) {
            // CPython indexes the value with the key: a list's or an array's own TypeError.
            throw PythonError.limit(
              "%(key) formatting with a \(values.typeName) is not supported in snippets: Python indexes it with the key"
            )
          }
          throw PythonError.type("format requires a mapping")
        }
        var depth = 1
        var key = ""
        index += 1
        while index < characters.count {
          if characters[index] == "(" { depth += 1 }
          if characters[index] == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          key.append(characters[index])
          index += 1
        }
        guard index < characters.count else { throw PythonError.value("incomplete format key") }
        index += 1
        let keyValue: Value = forBytes ? .bytes(key) : .string(key)
        guard let item = try mapping.get(keyValue) else { throw PythonError.key(keyValue, shown: keyValue.repr) }
        mapped = item
      }
      // Characters, not a String: `flags.contains("-")` on a String was Foundation's substring search, a tenth of
      // the time of a loop formatting `'epoch %d: loss=%.4f' % (i, loss)`.
      var flags: [Character] = []
      while index < characters.count, "-+ 0#".contains(characters[index]) {
        flags.append(characters[index])
        index += 1
      }
      // A `*` width or precision is taken from the arguments (a negative width left-justifies).
      func starred() throws(PythonError) -> Int {
        guard mapped == nil, case .tuple = values else { throw PythonError.type("* wants int") }
        switch try argument() {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C int")
        default: throw PythonError.type("* wants int")
        }
      }
      var width = ""
      if index < characters.count, characters[index] == "*" {
        index += 1
        let number = try starred()
        if number < 0, !flags.contains("-") { flags.append("-") }
        width = String(number.magnitude)
      }
      while index < characters.count, characters[index].isASCII, characters[index].isNumber {
        width.append(characters[index])
        index += 1
      }
      // CPython's errors are for a width past Py_ssize_t and a precision past a C int; a smaller one that would make
      // the text longer than the element limit is docbuild's limit, found before any padding is made.
      if !width.isEmpty {
        guard let value = Int(width) else { throw PythonError.value("width too big") }
        if value > maxElementCount {
          throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
        }
      }
      var precision: String?
      if index < characters.count, characters[index] == "." {
        index += 1
        var digits = ""
        if index < characters.count, characters[index] == "*" {
          index += 1
          digits = String(Swift.max(try starred(), 0))
        }
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
          digits.append(characters[index])
          index += 1
        }
        precision = digits.isEmpty ? "0" : digits
        guard let value = Int(precision!), value <= Int(Int32.max) else {
          throw PythonError.value("precision too big")
        }
        if value > maxElementCount {
          throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
        }
      }
      guard index < characters.count else { throw PythonError.value("incomplete format") }
      let type = characters[index]
      index += 1
      if type == "%" {
        result.append("%")
        continue
      }
      let numeric = type != "s" && type != "r" && type != "a" && !(forBytes && type == "b")
      // %-formatting right-aligns everything unless `-`; str.format would left-align strings, so say `>` for them.
      var spec = flags.contains("-") ? "<" : (numeric ? "" : ">")
      if numeric, flags.contains("+") { spec += "+" } else if numeric, flags.contains(" ") { spec += " " }
      if numeric, flags.contains("#") { spec += "#" }
      if numeric, flags.contains("0"), !flags.contains("-") { spec += "0" }
      spec += width
      let value: Value
      if let mapped { value = mapped } else { value = try argument() }
      switch type {
      case "s" where forBytes, "b" where forBytes:
        let bytes: String
        switch value {
        case .bytes(let raw), .textScalar(let raw, true): bytes = raw
        case .bytearray(let memory): bytes = String(String.UnicodeScalarView(memory.bytes.map { Unicode.Scalar($0) }))
        default:
          throw PythonError.type(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '\(value.typeName)'")
        }
        spec += precision.map { ".\($0)" } ?? ""
        result += try format(.string(bytes), spec)
      case "r" where forBytes, "a" where forBytes:
        // bytes' `%r` is `%a`: the ASCII repr.
        spec += precision.map { ".\($0)" } ?? ""
        result += try format(.string(Value.asciiEscaped(try render(value, true))), spec)
      case "c" where forBytes:
        let byte: UInt8
        switch value {
        case .bytes(let raw) where raw.unicodeScalars.count == 1: byte = UInt8(raw.unicodeScalars.first!.value & 0xFF)
        case .bytearray(let memory) where memory.count == 1: byte = memory.bytes[0]
        case .int, .bigInt, .bool:
          guard let code = value.bigInteger?.asInt, (0..<256).contains(code) else {
            throw PythonError("OverflowError", "%c arg not in range(256)")
          }
          byte = UInt8(code)
        default: throw PythonError.type("%c requires an integer in range(256) or a single byte")
        }
        result += try format(.string(String(Unicode.Scalar(byte))), (flags.contains("-") ? "<" : ">") + width)
      case "s", "r", "a":
        if case .tensor(let tensor) = value, let refusal = tensor.shownDigitsRefusal() {
          throw PythonError(refusal)
        }
        try ApproximateFloats.refuse(in: value)
        try ApproximateFloats.refuseArrays(in: value, depth: maxValueNesting)
        var text = try render(value, type != "s")
        if type == "a" { text = Value.asciiEscaped(text) }
        spec += precision.map { ".\($0)" } ?? ""
        result += try format(.string(text), spec)
      case "c":
        let character: String
        switch value {
        case .string(let text) where text.unicodeScalars.count == 1: character = text
        case .int, .bigInt, .bool, .tensor:
          // A NumPy integer scalar or 0-d integer array is an int through its `__index__`; other arrays are not.
          if case .tensor(let tensor) = value, tensor.ndim > 0 || !tensor.dtype.isInteger {
            throw PythonError.type("%c requires int or char")
          }
          let integer = if case .tensor = value { try value.pythonNumber(for: "int") } else { value }
          guard let code = integer.bigInteger?.asInt, code >= 0, code <= 0x10FFFF,
            let scalar = Unicode.Scalar(UInt32(code))
          else { throw PythonError("OverflowError", "%c arg not in range(0x110000)") }
          character = String(Character(scalar))
        default: throw PythonError.type("%c requires int or char")
        }
        result += try format(.string(character), (flags.contains("-") ? "<" : ">") + width)
      case "d", "i", "u", "x", "X", "o":
        // `%x %X %o` take the value's `__index__`, which NumPy's bools (scalars and 0-d arrays) lack.
        if "xXo".contains(type), case .tensor(let tensor) = value, tensor.dtype == .bool {
          throw PythonError.type("%\(type) format: an integer is required, not \(value.typeName)")
        }
        var number: Value = try number(value, type)
        if case .tensor = value { number = (try? value.pythonNumber(for: "format")) ?? value }
        if "diu".contains(type), case .tensor(let scalar) = value, scalar.isScalar,
          case .complex128(let numbers) = scalar.storage, let complex = numbers.first
        {
          // A NumPy complex scalar's `__int__` truncates its real part (NumPy's ComplexWarning goes to stderr).
          number = .float(complex.real)
        }
        if case .float(let double) = number, "diu".contains(type) {
          if double.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
          if double.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
          number = .integer(BigInt(exactly: double.rounded(.towardZero)))
        }
        guard let integer = number.bigInteger else {
          let need = "diu".contains(type) ? "a real number" : "an integer"
          throw PythonError.type("%\(type) format: \(need) is required, not \(value.typeName)")
        }
        result += percentInteger(integer, type: type, flags: flags, width: Int(width) ?? 0, precision: precision)
      case "f", "F", "e", "E", "g", "G":
        if case .tensor(let tensor) = value, tensor.ndim > 0 {
          // The array's `__float__` refuses it (bytes formatting asks for a float before calling it).
          throw PythonError.type(
            forBytes
              ? "float argument required, not numpy.ndarray"
              : "only 0-dimensional arrays can be converted to Python scalars")
        }
        if case .tensor(let tensor) = value,
          let refusal = tensor.formattedDigitsRefusal(
            lastDigit: lastShownDigit(of: tensor, type: type, precision: precision.flatMap { Int($0) }))
        {
          throw PythonError(refusal)
        }
        try ApproximateFloats.refuseNoise(in: value)
        if !forBytes, case .tensor(let tensor) = value, !tensor.isScalar, tensor.dtype.isComplex {
          // A 0-d complex array's `__float__` refuses its complex element (a NumPy complex scalar's drops the
          // imaginary part).
          throw PythonError.type("float() argument must be a string or a real number, not 'complex'")
        }
        var value = try number(value, type)
        if case .tensor(let scalar) = value, scalar.isScalar, case .complex128(let numbers) = scalar.storage,
          let number = numbers.first
        {
          // A NumPy complex scalar converts to float by its real part (NumPy's ComplexWarning goes to stderr).
          value = .float(number.real)
        }
        guard
          let double = try PythonNumbers.double(value)
            ?? (try? PythonNumbers.double(try value.pythonNumber(for: "format"))) ?? nil
        else {
          throw PythonError.type(
            forBytes ? "float argument required, not \(value.typeName)" : "must be real number, not \(value.typeName)")
        }
        result += try format(.float(double), spec + "." + (precision ?? "6") + String(type))
      default:
        throw PythonError.value(
          "unsupported format character '\(type)' (0x\(String(type.unicodeScalars.first!.value, radix: 16))) at index \(index - 1)"
        )
      }
      if result.utf8.count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
    }
    // CPython takes any value with `__getitem__` but a tuple or text as a mapping, whose items need not be used.
    if next < arguments.count, !isPercentMapping(values, forBytes: forBytes) {
      throw PythonError.type("not all arguments converted during \(forBytes ? "bytes" : "string") formatting")
    }
    characters = []
    return result
  }

  /// An int under `%d %i %u %x %X %o` as CPython's `formatlong` writes it: the precision pads the digits with zeros,
  /// `#` adds the `0x`/`0X`/`0o` prefix, then the `0` flag pads between the sign and prefix and the digits.
  private static func percentInteger(
    _ value: BigInt, type: Character, flags: [Character], width: Int, precision: String?
  )
    -> String
  {
    let negative = value.compare(BigInt(0)) < 0
    let magnitude = negative ? -value : value
    var digits =
      switch type {
      case "x": magnitude.magnitudeDigits(radix: 16)
      case "X": magnitude.magnitudeDigits(radix: 16).uppercased()
      case "o": magnitude.magnitudeDigits(radix: 8)
      default: magnitude.decimal()
      }
    if let precision = Int(precision ?? ""), digits.count < precision {
      digits = String(repeating: "0", count: precision - digits.count) + digits
    }
    var prefix = negative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
    if flags.contains("#"), "xXo".contains(type) { prefix += "0" + String(type) }
    let length = prefix.count + digits.count
    guard width > length else { return prefix + digits }
    let padding = width - length
    if flags.contains("-") { return prefix + digits + String(repeating: " ", count: padding) }
    if flags.contains("0") { return prefix + String(repeating: "0", count: padding) + digits }
    return String(repeating: " ", count: padding) + prefix + digits
  }
}

/// `str.format`'s numbering of its fields, as CPython's AutoNumber: the first field that is empty (`{}`) or a number
/// (`{0}`) fixes which kind every other such field must be; a keyword field counts for neither.
struct FieldNumbering {
  enum State { case unset, automatic, manual }
  var state = State.unset
  /// The next empty field's number.
  var next = 0
  /// `format_map`, which has no positional arguments.
  let isFormatMap: Bool
  /// The object `format_map` was given (a dict subclass with `__missing__`, a class with `__getitem__`), whose items
  /// each field looks up as CPython does, by `mapping[name]`; nil for a call's keywords.
  let mapping: Value?

  init(isFormatMap: Bool, mapping: Value? = nil) {
    self.isFormatMap = isFormatMap
    self.mapping = mapping
  }

  /// The positional argument `name` (the field's name before its accessors) selects, or nil for a keyword.
  mutating func position(of name: String) throws(PythonError) -> Int? {
    let number = Interpreter.decimalNumber(Substring(name))
    guard name.isEmpty || number != nil else { return nil }
    if state == .unset { state = name.isEmpty ? .automatic : .manual }
    if state == .manual && name.isEmpty {
      throw PythonError.value("cannot switch from manual field specification to automatic field numbering")
    }
    if state == .automatic && !name.isEmpty {
      throw PythonError.value("cannot switch from automatic field numbering to manual field specification")
    }
    let position = number ?? next
    if name.isEmpty { next += 1 }
    if isFormatMap { throw PythonError.value("Format string contains positional fields") }
    return position
  }
}
