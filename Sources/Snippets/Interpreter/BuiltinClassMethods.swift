/// The classmethods and static methods of Python's builtin types that tutorials call through the type:
/// `dict.fromkeys`, `float.fromhex`, `int.from_bytes` and `str.maketrans` (with `str.translate`, its use).
enum BuiltinClassMethods {
  /// The `type.name` pairs reached as functions (`.function("dict.fromkeys")`); `bytes.fromhex` is `PythonBytes`'.
  static let names: Set<String> = [
    "dict.fromkeys", "float.fromhex", "int.from_bytes", "str.maketrans",
    // Reached inside a snippet metaclass's `__new__` and `__prepare__` (UserMetaclasses.swift).
    "type.__new__", "type.__prepare__",
  ]

  /// The function value for `type.name`, when it is one of these.
  static func attribute(_ type: String, _ name: String) -> Value? {
    names.contains("\(type).\(name)") ? .function("\(type).\(name)") : nil
  }

  /// `float.fromhex(string)`: CPython's grammar (optional sign, `0x`, hex digits with a point, a binary exponent,
  /// `inf` and `nan`, surrounding white space), rounded to nearest even by the C library's correctly rounded `strtod`.
  static func floatFromHex(_ argument: Value) throws(PythonError) -> Value {
    guard case .string(let text) = argument else { throw PythonError.type("bad argument type for built-in operation") }
    let invalid = PythonError.value("invalid hexadecimal floating-point string")
    // C's isspace: ASCII white space only (a Unicode space is an invalid string here, unlike in float()).
    let isSpace = { (character: Character) in " \t\n\r\u{0B}\u{0C}".contains(character) }
    var body = Substring(text).drop(while: isSpace)
    while let last = body.last, isSpace(last) { body = body.dropLast() }
    var sign = ""
    if let first = body.first, first == "+" || first == "-" {
      sign = first == "-" ? "-" : ""
      body = body.dropFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return .float(sign == "-" ? -.infinity : .infinity)
    case "nan": return .float(sign == "-" ? -.nan : .nan)
    default: break
    }
    if body.lowercased().hasPrefix("0x") { body = body.dropFirst(2) }
    let parts = body.split(separator: "p", maxSplits: 1, omittingEmptySubsequences: false).flatMap {
      $0.split(separator: "P", maxSplits: 1, omittingEmptySubsequences: false)
    }
    guard parts.count == 1 || parts.count == 2 else { throw invalid }
    let mantissa = parts[0]
    let digits = mantissa.filter { $0 != "." }
    guard !digits.isEmpty, mantissa.filter({ $0 == "." }).count <= 1,
      digits.allSatisfy({ $0.isASCII && $0.isHexDigit })
    else { throw invalid }
    var exponent = "0"
    if parts.count == 2 {
      var text = parts[1]
      var exponentSign = ""
      if let first = text.first, first == "+" || first == "-" {
        exponentSign = first == "-" ? "-" : ""
        text = text.dropFirst()
      }
      guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw invalid }
      // An exponent past any double's range decides the result alone; strtod saturates it the same way.
      let trimmed = text.drop { $0 == "0" }
      exponent = exponentSign + (trimmed.count > 9 ? "999999999" : trimmed.isEmpty ? "0" : String(trimmed))
    }
    guard let value = Double(sign + "0x" + mantissa + "p" + exponent) else { throw invalid }
    if value.isInfinite {
      throw PythonError("OverflowError", "hexadecimal value too large to represent as a float")
    }
    return .float(value)
  }

  /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
  static func intFromBytes(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["bytes", "byteorder", "signed"], required: 1)
    // Argument Clinic converts `byteorder` first; the body then checks its value, and only then the bytes.
    var littleEndian = false
    if let order = bound["byteorder"] {
      guard case .string(let name) = order else {
        throw PythonError.type("from_bytes() argument 'byteorder' must be str, not \(order.typeName)")
      }
      guard name == "big" || name == "little" else {
        throw PythonError.value("byteorder must be either 'little' or 'big'")
      }
      littleEndian = name == "little"
    }
    let source = bound.value("bytes")
    let bytes: [UInt8]
    switch source {
    case .bytes(let text): bytes = PythonBytes.raw(text)
    case .bytearray(let memory): bytes = memory.bytes
    case .int, .bigInt, .bool, .float, .string, .none:
      throw PythonError.type("cannot convert '\(source.typeName)' object to bytes")
    default:
      var forwarded = call
      forwarded.function = "bytes"
      forwarded.positional = [source]
      forwarded.keywords = []
      guard case .bytes(let text) = try PythonBytes.construct(forwarded) else {
        throw PythonError.type("cannot convert '\(source.typeName)' object to bytes")
      }
      bytes = PythonBytes.raw(text)
    }
    let signed = try bound.flag("signed")
    try BigInt.checkSize(bits: bytes.count * 8)
    let ordered = littleEndian ? bytes.reversed() : bytes
    var result = BigInt(0)
    for byte in ordered { result = try result.shiftedLeft(8) + BigInt(Int(byte)) }
    if signed, let top = ordered.first, top & 0x80 != 0 {
      result = result - (try BigInt(1).shiftedLeft(bytes.count * 8))
    }
    return .integer(result)
  }

  /// `str.maketrans(x[, y[, z]])`: the translation table `str.translate` reads, a dict from code points.
  static func maketrans(_ call: CallArguments) throws(PythonError) -> Value {
    let table = DictBox()
    let arguments = call.positional
    if arguments.count == 1 {
      guard case .dict(let mapping) = arguments[0] else {
        throw PythonError.type("if you give only one argument to maketrans it must be a dict")
      }
      for (key, value) in zip(mapping.keys, mapping.values) {
        switch key {
        case .string(let text):
          guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
            throw PythonError.value("string keys in translate table must be of length 1")
          }
          try table.set(.int(Int(scalar.value)), value)
        case .int, .bigInt, .bool:
          try table.set(key, value)
        default:
          throw PythonError.type("keys in translate table must be strings or integers")
        }
      }
      return .dict(table)
    }
    // Argument Clinic checks the types of the second and third arguments before the body looks at the first.
    guard case .string(let to) = arguments[1] else {
      throw PythonError.type("maketrans() argument 2 must be str, not \(arguments[1].typeName)")
    }
    var deleted: String?
    if arguments.count == 3 {
      guard case .string(let text) = arguments[2] else {
        throw PythonError.type("maketrans() argument 3 must be str, not \(arguments[2].typeName)")
      }
      deleted = text
    }
    guard case .string(let from) = arguments[0] else {
      throw PythonError.type("first maketrans argument must be a string if there is a second argument")
    }
    guard from.unicodeScalars.count == to.unicodeScalars.count else {
      throw PythonError.value("the first two maketrans arguments must have equal length")
    }
    for (source, target) in zip(from.unicodeScalars, to.unicodeScalars) {
      try table.set(.int(Int(source.value)), .int(Int(target.value)))
    }
    for scalar in deleted?.unicodeScalars ?? "".unicodeScalars { try table.set(.int(Int(scalar.value)), .none) }
    return .dict(table)
  }

  /// `text.translate(table)` for a dict table: each code point looked up by its number, replaced by a str, a code
  /// point, or nothing (None); one missing from the table stays.
  static func translate(_ text: String, _ table: Value) throws(PythonError) -> Value {
    // A sequence table is indexed by the code point; an index past its end (IndexError, a LookupError) keeps it.
    let lookup: (Int) throws(PythonError) -> Value?
    switch table {
    case .dict(let mapping): lookup = { (code) throws(PythonError) in try mapping.get(.int(code)) }
    case .list(let items), .tuple(let items): lookup = { code in code < items.count ? items[code] : nil }
    case .string(let characters):
      let scalars = Array(characters.unicodeScalars)
      lookup = { code in code < scalars.count ? .string(String(scalars[code])) : nil }
    default:
      throw PythonError.type("'\(table.typeName)' object is not subscriptable")
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard let replacement = try lookup(Int(scalar.value)) else {
        result.append(scalar)
        continue
      }
      switch replacement {
      case .none: continue
      case .string(let piece): result.append(contentsOf: piece.unicodeScalars)
      case .int, .bigInt, .bool:
        guard let code = replacement.bigInteger?.asInt, code >= 0, code < 0x11_0000 else {
          throw PythonError.value("character mapping must be in range(0x110000)")
        }
        // A surrogate code point is a str character in Python but not a Swift scalar.
        guard let mapped = Unicode.Scalar(UInt32(code)) else {
          throw PythonError.limit("str.translate to a surrogate code point is not supported in snippets")
        }
        result.append(mapped)
      default:
        throw PythonError.type("character mapping must return integer, None or str")
      }
      if result.count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
    }
    return .string(String(result))
  }

  /// `str.istitle`: at least one cased character, every uppercase or titlecase one after an uncased character and
  /// every lowercase one after a cased character.
  static func isTitle(_ text: String) -> Bool {
    var previousCased = false
    var sawCased = false
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      let isUpper = properties.isUppercase || properties.generalCategory == .titlecaseLetter
      if isUpper {
        if previousCased { return false }
        previousCased = true
        sawCased = true
      } else if properties.isLowercase {
        if !previousCased { return false }
        previousCased = true
        sawCased = true
      } else {
        previousCased = false
      }
    }
    return sawCased
  }

  /// `str.isidentifier`: a first character of XID_Start or `_`, the rest XID_Continue.
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    guard first == "_" || first.properties.isXIDStart else { return false }
    return text.unicodeScalars.dropFirst().allSatisfy(\.properties.isXIDContinue)
  }
}
