import TensorCore

/// Python's `len`, `float` and `int` (and `print`, which needs the interpreter's output).
enum PythonBuiltins {
  /// `len(x)`.
  static func len(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard call.positional.count == 1 else {
      throw PythonError.type("len() takes exactly one argument (\(call.positional.count) given)")
    }
    switch call.positional[0] {
    case .string(let text): return .int(text.unicodeScalars.count)
    case .tuple(let items), .list(let items): return .int(items.count)
    case .dict(let dict), .dictView(_, let dict): return .int(dict.count)
    case .range(let start, let stop, let step): return .int(Interpreter.rangeCount(start, stop, step))
    case .tensor(let tensor):
      if tensor.isScalar { throw PythonError.type("object of type 'numpy.\(tensor.dtype.rawValue)' has no len()") }
      guard let first = tensor.shape.first else { throw PythonError.type("len() of unsized object") }
      return .int(first)
    case let other: throw PythonError.type("object of type '\(other.typeName)' has no len()")
    }
  }

  /// `float(x)`.
  static func float(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard let argument = call.positional.first else { return .float(0) }
    if case .bytes(let text) = argument, text.unicodeScalars.allSatisfy(\.isASCII) {
      // Bytes are read as their ASCII text.
      do {
        return try float(
          CallArguments(function: "float", positional: [.string(text)], keywords: [], positionalTexts: [""]))
      } catch {
        throw PythonError.value("could not convert string to float: \(argument.repr)")
      }
    }
    if case .string(let text) = argument {
      // Plain decimal text (`'0.125'`, `'-3e5'`): what the steps below hand to Double's parser unchanged, read
      // without making their lowercased copy, arrays of characters and table of words at every call.
      if !text.isEmpty, text.utf8.allSatisfy(Self.isPlainDecimalByte), let value = Double(text) {
        return .float(value)
      }
      let trimmed = text.trimmingPythonSpaces().lowercased()
      // Either sign before `inf`, `infinity` or `nan`, in any case.
      var special: [String: Double] = [:]
      for (word, value) in [("inf", Double.infinity), ("infinity", .infinity), ("nan", .nan)] {
        special[word] = value
        special["+" + word] = value
        special["-" + word] = -value
      }
      // An underscore may only stand between two digits, as in a literal (`'1_0.5'`, never `'1__0'` or `'_1'`).
      let characters = Array(trimmed)
      let underscoresValid = characters.indices.allSatisfy { index in
        characters[index] != "_"
          || (index > 0 && index + 1 < characters.count && characters[index - 1].isASCII
            && characters[index - 1].isNumber && characters[index + 1].isASCII && characters[index + 1].isNumber)
      }
      // Only decimal text reaches Double's parser, which would also read C's hex floats (`'0x1p3'`).
      let decimal = trimmed.allSatisfy { $0.isASCII && ($0.isNumber || "+-._e".contains($0)) }
      if let value = special[trimmed] ?? (underscoresValid && decimal ? Double(trimmed.filter { $0 != "_" }) : nil) {
        return .float(value)
      }
      throw PythonError.value("could not convert string to float: \(Value.quote(text))")
    }
    switch try argument.pythonNumber(for: "float") {
    case .int(let value): return .float(Double(value))
    case .bool(let value): return .float(value ? 1 : 0)
    case let value:
      let number = try PythonNumbers.double(value) ?? 0
      if case .tensor(let tensor) = argument {
        if tensor.dtype == .float64 { PythonNumberRecord.note(number, from: tensor) }
        ApproximateFloats.note(.float(number), from: tensor)
      }
      return .float(number)
    }
  }

  /// True for the bytes of plain decimal text as `float` reads it: ASCII digits, signs, the point and an exponent's
  /// `e` or `E` (no space, underscore or word such as `inf`).
  private static func isPlainDecimalByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "e"), UInt8(ascii: "E"):
      true
    default: false
    }
  }

  /// `int(x)`: truncates floats toward zero; `int(text, base)` reads digits in that base.
  static func int(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["x", "base"])
    if let base = bound.values["base"] {
      guard let argument = bound.values["x"] else { throw PythonError.type("int() missing string argument") }
      return try parseInt(argument, base: base)
    }
    guard let argument = bound.values["x"] else { return .int(0) }
    if case .string(let text) = argument {
      if let value = try Self.parseInt(text) { return value }
      throw PythonError.value("invalid literal for int() with base 10: \(Value.quote(text))")
    }
    if case .bytes(let text) = argument, text.unicodeScalars.allSatisfy(\.isASCII) {
      // Bytes are read as their ASCII text.
      if let value = try Self.parseInt(text) { return value }
      throw PythonError.value("invalid literal for int() with base 10: \(argument.repr)")
    }
    switch try argument.pythonNumber(for: "int") {
    case .bool(let value): return .int(value ? 1 : 0)
    case .float(let value):
      if value.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
      if value.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
      let truncated = BigInt(exactly: value.rounded(.towardZero))
      try BigInt.checkSize(bits: truncated.bitWidth)
      return .integer(truncated)
    case let value: return value
    }
  }
}

extension PythonBuiltins {
  /// `int(text, base)`: CPython's rules for the base (2…36, or 0 to read a `0b`/`0o`/`0x` prefix), underscores
  /// between digits, surrounding spaces and a sign.
  static func parseInt(_ argument: Value, base baseValue: Value) throws(PythonError) -> Value {
    // CPython reads the base before it looks at the argument's type.
    guard let givenBase = try baseValue.indexInteger(), baseValue.typeName != "float" else {
      throw PythonError.type("'\(baseValue.typeName)' object cannot be interpreted as an integer")
    }
    // A base past 64 bits is out of range like any other.
    let requested = givenBase.asInt ?? -1
    guard requested == 0 || (2...36).contains(requested) else {
      throw PythonError.value("int() base must be >= 2 and <= 36, or 0")
    }
    guard case .string(let text) = argument else {
      throw PythonError.type("int() can't convert non-string with explicit base")
    }
    let invalid = PythonError.value("invalid literal for int() with base \(requested): \(Value.quote(text))")
    var body = Substring(text.trimmingPythonSpaces())
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    var base = requested
    let prefixes: [(String, Int)] = [("0b", 2), ("0o", 8), ("0x", 16)]
    for (prefix, radix) in prefixes where body.lowercased().hasPrefix(prefix) && (base == 0 || base == radix) {
      base = radix
      body = body.dropFirst(2)
      if body.first == "_" { body = body.dropFirst() }
    }
    if base == 0 {
      // Base 0 reads a decimal literal, which may not have leading zeros (except zero itself).
      if body.count > 1, body.first == "0", body.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
      base = 10
    }
    guard !body.isEmpty, body.first != "_", body.last != "_", !body.contains("__") else {
      throw invalid
    }
    var result = BigInt(0)
    let radix = BigInt(base)
    for character in body where character != "_" {
      let digit: Int
      if let value = character.wholeNumberValue, character.isASCII {
        digit = value
      } else if character.isASCII, character.isLetter, let scalar = character.lowercased().unicodeScalars.first {
        digit = Int(scalar.value) - 87
      } else {
        throw invalid
      }
      guard digit < base else { throw invalid }
      result = result * radix + BigInt(digit)
      try BigInt.checkSize(bits: result.bitWidth)
    }
    return .integer(negative ? -result : result)
  }

  /// `int(text)`: optional sign, decimal digits with single underscores between them, surrounding spaces allowed.
  static func parseInt(_ text: String) throws(PythonError) -> Value? {
    var body = Substring(text.trimmingPythonSpaces())
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    guard let first = body.first, first.isASCII, first.isNumber, body.last != "_", !body.contains("__") else {
      return nil
    }
    let digits = body.filter { $0 != "_" }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    guard let magnitude = try BigInt(digits: Substring(digits), radix: 10) else { return nil }
    try BigInt.checkSize(bits: magnitude.bitWidth)
    return .integer(negative ? -magnitude : magnitude)
  }
}

extension String {
  /// The text `int()` and `float()` read, as CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` makes it: decimal
  /// digits of any script as ASCII digits (`'٣'` is 3), white space as spaces, then without leading and trailing
  /// white space.
  func trimmingPythonSpaces() -> String {
    var ascii = String.UnicodeScalarView()
    // CPython leaves an all-ASCII text as it is, so there only its ASCII white space is stripped (not U+001C…U+001F).
    let transforms = !unicodeScalars.allSatisfy(\.isASCII)
    for scalar in unicodeScalars {
      guard transforms else {
        ascii.append(scalar)
        continue
      }
      if !scalar.isASCII, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
        ascii.append(Unicode.Scalar(UInt8(48 + Int(value))))
      } else if scalar.isPythonWhitespace {
        ascii.append(" ")
      } else {
        ascii.append(scalar)
      }
    }
    let isSpace: (Unicode.Scalar) -> Bool = { " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains($0) }
    return String(String.UnicodeScalarView(ascii.drop(while: isSpace).reversed().drop(while: isSpace).reversed()))
  }
}

extension Interpreter {
  /// `print(*values, sep=' ', end='\n')`: `str` of each value.
  mutating func printValues(_ call: CallArguments) throws(PythonError) -> Value {
    var separator = " "
    var terminator = "\n"
    var file = Value.none
    for (name, value) in call.keywords {
      // `file=` writes to an open chapter file or a StringIO (ChapterFiles.swift); `flush=` changes nothing here.
      if name == "file" || name == "flush" {
        if name == "file" { file = value }
        continue
      }
      guard name == "sep" || name == "end" else {
        throw PythonError.type("'\(name)' is an invalid keyword argument for print()")
      }
      let text: String
      switch value {
      case .string(let string): text = string
      case .none: text = name == "sep" ? " " : "\n"
      default: throw PythonError.type("\(name) must be None or a string, not \(value.typeName)")
      }
      if name == "sep" { separator = text } else { terminator = text }
    }
    var values: [Value] = []
    do {
      // Only what goes to the statement's output may hold a set in any order; a file keeps the text.
      (marksVariableTextAtDepth, markedParts) = (file.isNone ? callDepth : nil, 0)
      defer { marksVariableTextAtDepth = nil }
      for value in call.positional { values.append(try printable(value, repr: false)) }
    }
    var remaining = Interpreter.printLimit - printed.utf8.count - separator.utf8.count * values.count
    for (index, value) in values.enumerated() {
      do {
        try checkPrintable(value, repr: false, remaining: &remaining)
      } catch {
        // CPython writes each value and its separator before it converts the next: NumPy's error for a value's text
        // comes after the values before it.
        guard !error.isLimit, index > 0 else { throw error }
        let written = values[..<index].map { $0.str + separator }.joined()
        if file.isNone {
          try appendPrinted(written)
        } else {
          _ = try callValue(try attributeValue(file, "write"), arguments([.string(written)]))
        }
        throw error
      }
    }
    let line = values.map(\.str).joined(separator: separator) + terminator
    if !file.isNone {
      _ = try callValue(try attributeValue(file, "write"), arguments([.string(line)]))
      return .none
    }
    try appendPrinted(line)
    return .none
  }
}
