import TensorCore

/// Python's `bytes` (`b'...'` literals, `str.encode`) and NumPy's `np.bytes_` elements of `S n` arrays. A bytes value
/// is a `String` whose unicode scalars are its bytes (each below 256).
enum PythonBytes {
  /// One item of `bytes(iterable)` or `bytearray(iterable)` as CPython takes it: an int (or bool, or NumPy integer
  /// scalar) in range(0, 256), with CPython's TypeError or ValueError otherwise (`singular` for bytearray's "byte").
  static func byte(of item: Value, singular: Bool) throws(PythonError) -> UInt8 {
    let number: Int
    switch item {
    case .int(let int): number = int
    case .bool(let flag): number = flag ? 1 : 0
    case .tensor(let tensor) where tensor.isScalar && (tensor.dtype.isInteger || tensor.dtype == .bool):
      number = try item.toInt()
    default:
      guard item.bigInteger != nil, item.typeName == "int" else {
        throw PythonError.type("'\(item.typeName)' object cannot be interpreted as an integer")
      }
      number = -1
    }
    guard (0..<256).contains(number) else {
      throw PythonError.value("\(singular ? "byte" : "bytes") must be in range(0, 256)")
    }
    return UInt8(number)
  }

  /// `len(b)`.
  static func length(_ bytes: String) -> Int { bytes.unicodeScalars.count }

  /// `b[index]`: an int for an int index, bytes for a slice.
  static func index(_ bytes: String, _ index: Value) throws(PythonError) -> Value {
    let scalars = Array(bytes.unicodeScalars)
    if case .slice(let start, let stop, let step) = index {
      let picked = try Indexing.resolveSlice(start, stop, step, count: scalars.count)
      var result = String.UnicodeScalarView()
      var position = picked.start
      for _ in 0..<picked.length {
        result.append(scalars[position])
        position += picked.step
      }
      return .bytes(String(result))
    }
    let position: Int
    do {
      position = try index.toInt()
    } catch {
      if case .tensor(let tensor) = index, !tensor.isScalar { throw error }
      if case .bigInt = index { throw error }
      if index.isHighUnsigned { throw index.cannotFitIndex("IndexError") }
      if error.isLimit { throw error }
      throw PythonError.type("byte indices must be integers or slices, not \(index.typeName)")
    }
    let resolved = position < 0 ? position + scalars.count : position
    guard resolved >= 0, resolved < scalars.count else { throw PythonError.index("index out of range") }
    return .int(Int(scalars[resolved].value))
  }

  /// `a + b`, `b * n`, or nil when neither operand is bytes.
  static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    switch (op, left, right) {
    case (.add, .bytes(let a), .bytes(let b)): return .bytes(a + b)
    case (.multiply, .bytes(let a), .bool(let flag)), (.multiply, .bool(let flag), .bytes(let a)):
      return .bytes(flag ? a : "")
    case (.multiply, .bytes, .bigInt), (.multiply, .bigInt, .bytes):
      throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer")
    case (.multiply, .bytes, .float), (.multiply, .bytes, .complex), (.multiply, .bytes, .string),
      (.multiply, .bytes, .bytes), (.multiply, .bytes, .list), (.multiply, .bytes, .tuple), (.multiply, .bytes, .none),
      (.multiply, .bytes, .range):
      throw PythonError.type("can't multiply sequence by non-int of type '\(right.typeName)'")
    case (.multiply, .list, .bytes), (.multiply, .tuple, .bytes), (.multiply, .string, .bytes):
      // The left sequence repeats, by a count that is no int.
      throw PythonError.type("can't multiply sequence by non-int of type 'bytes'")
    case (.multiply, .bytes, .tensor), (.multiply, .tensor, .bytes):
      throw PythonError.limit(
        "bytes times a NumPy value is not supported in snippets: NumPy makes a bytes array and its string ufunc")
    case (.multiply, .float, .bytes), (.multiply, .complex, .bytes), (.multiply, .none, .bytes),
      (.multiply, .range, .bytes):
      throw PythonError.type("can't multiply sequence by non-int of type '\(left.typeName)'")
    case (.add, .bytes, .int), (.add, .bytes, .float), (.add, .bytes, .complex), (.add, .bytes, .bool),
      (.add, .bytes, .none), (.add, .bytes, .list), (.add, .bytes, .tuple):
      throw PythonError.type("can't concat \(right.typeName) to bytes")
    case (.multiply, .bytes(let a), .int(let n)), (.multiply, .int(let n), .bytes(let a)):
      let count = max(n, 0)
      if count > 0, length(a) > maxElementCount / count {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      return .bytes(String(repeating: a, count: count))
    case (.add, .bytes, .string):
      throw PythonError.type("can't concat str to bytes")
    case (.add, .string, .bytes):
      throw PythonError.type("can only concatenate str (not \"bytes\") to str")
    case (.modulo, .bytes(let template), _):
      if right.isObject || right.holdsObjects {
        // `%s` of an object calls its `__bytes__`, `%r` its `__repr__`: only plain values are formatted here.
        throw PythonError.limit(
          "bytes %-formatting of an object is not supported in snippets: format a str and encode() it")
      }
      return .bytes(
        try Interpreter.percentFormat(template, right, forBytes: true) { value, asRepr throws(PythonError) in
          asRepr ? value.repr : value.str
        })
    case (_, .bytes, _), (_, _, .bytes):
      throw PythonError.type(
        "unsupported operand type(s) for \(op.messageSymbol): '\(left.typeName)' and '\(right.typeName)'")
    default: return nil
    }
  }

  /// `s.encode(encoding, errors)` for UTF-8 and ASCII, with the error handlers strict, ignore, replace,
  /// xmlcharrefreplace and backslashreplace (UTF-8 encodes every string a snippet holds, so it never calls one).
  static func encode(_ text: String, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try NoneArguments.checkedPython("str.encode", call).bind(["encoding", "errors"])
    let encoding = try codecArgument(bound["encoding"], "encoding", call.function)?.lowercased() ?? "utf-8"
    let handler = try codecArgument(bound["errors"], "errors", call.function)
    switch encoding {
    case "utf-8", "utf8", "utf_8":
      return .bytes(String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar($0) })))
    case "ascii":
      var result = String.UnicodeScalarView()
      for (offset, scalar) in text.unicodeScalars.enumerated() {
        if scalar.value < 128 {
          result.append(scalar)
          continue
        }
        switch try knownHandler(handler, decoding: false) {
        case "strict":
          throw PythonError(
            "UnicodeEncodeError",
            "'ascii' codec can't encode character '\(escaped(scalar))' in position \(offset): ordinal not in "
              + "range(128)")
        case "ignore": break
        case "replace": result.append("?")
        case "xmlcharrefreplace": result.append(contentsOf: "&#\(scalar.value);".unicodeScalars)
        default: result.append(contentsOf: escaped(scalar).unicodeScalars)
        }
      }
      return .bytes(String(result))
    default:
      throw StringArrays.refusal("str.encode('\(encoding)')")
    }
  }

  /// `b.decode(encoding, errors)` for UTF-8, ASCII and Latin-1; ASCII's errors handled by strict, ignore, replace
  /// or backslashreplace. Bytes that are not valid UTF-8 are refused whatever the handler (CPython's replacement of
  /// a broken sequence is not reproduced here).
  static func decode(_ bytes: String, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try NoneArguments.checkedPython("bytes.decode", call).bind(["encoding", "errors"])
    let encoding = try codecArgument(bound["encoding"], "encoding", call.function)?.lowercased() ?? "utf-8"
    let handler = try codecArgument(bound["errors"], "errors", call.function)
    let raw = bytes.unicodeScalars.map { UInt8($0.value & 0xFF) }
    switch encoding {
    case "ascii":
      var result = String.UnicodeScalarView()
      for (offset, byte) in raw.enumerated() {
        if byte < 128 {
          result.append(Unicode.Scalar(byte))
          continue
        }
        switch try knownHandler(handler, decoding: true) {
        case "strict":
          throw PythonError(
            "UnicodeDecodeError",
            "'ascii' codec can't decode byte 0x\(hex(UInt32(byte), digits: 2)) in position \(offset): ordinal not "
              + "in range(128)")
        case "ignore": break
        case "replace": result.append("\u{FFFD}")
        default: result.append(contentsOf: "\\x\(hex(UInt32(byte), digits: 2))".unicodeScalars)
        }
      }
      return .string(String(result))
    case "utf-8", "utf8", "utf_8":
      guard let text = String(validating: raw, as: UTF8.self) else {
        throw StringArrays.refusal("decoding bytes that are not valid UTF-8")
      }
      return .string(text)
    case "latin-1", "latin1", "latin_1", "iso-8859-1", "iso8859-1", "l1":
      // Each byte is the code point of the same number.
      return .string(bytes)
    default:
      throw StringArrays.refusal("bytes.decode('\(encoding)')")
    }
  }

  /// The text of a codec's `encoding` or `errors` argument, with CPython's TypeError for anything but a str.
  private static func codecArgument(_ value: Value?, _ name: String, _ function: String) throws(PythonError)
    -> String?
  {
    guard let value else { return nil }
    guard case .string(let text) = value else {
      throw PythonError.type("\(function)() argument '\(name)' must be str, not \(value.typeName)")
    }
    return text
  }

  /// The error handler to call for a character the codec cannot take: CPython looks the name up only then, so an
  /// unknown name is a LookupError here and not before. The handlers snippets do not reproduce are refused.
  private static func knownHandler(_ handler: String?, decoding: Bool) throws(PythonError) -> String {
    let name = handler ?? "strict"
    switch name {
    case "strict", "ignore", "replace", "backslashreplace": return name
    case "xmlcharrefreplace" where !decoding: return name
    case "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass":
      throw PythonError.limit(
        "\(decoding ? "decode" : "encode")(..., errors='\(name)') is not supported in snippets (they handle errors "
          + "'strict', 'ignore', 'replace', 'backslashreplace'\(decoding ? "" : " and 'xmlcharrefreplace'"))")
    default: throw PythonError("LookupError", "unknown error handler name '\(name)'")
    }
  }

  /// CPython's escape of a code point in codec errors: `\xe9`, `\u20ac`, `\U0001f600`.
  static func escaped(_ scalar: Unicode.Scalar) -> String {
    if scalar.value < 0x100 { return "\\x" + hex(scalar.value, digits: 2) }
    if scalar.value < 0x10000 { return "\\u" + hex(scalar.value, digits: 4) }
    return "\\U" + hex(scalar.value, digits: 8)
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(digits - text.count, 0)) + text
  }

  /// `x.tobytes()` of an `S n` array: each element padded with NUL bytes to the width.
  static func tobytes(_ array: TextArray) throws(PythonError) -> Value {
    guard array.dtype.isBytes else { throw StringArrays.refusal("ndarray.tobytes of a str array") }
    if array.count > maxElementCount / max(array.dtype.width, 1) {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    var result = ""
    for item in array.elements {
      result += item + String(repeating: "\0", count: array.dtype.width - length(item))
    }
    return .bytes(result)
  }

  /// `bytes(source[, encoding[, errors]])`, as CPython 3.11 builds one: empty, `n` zero bytes, a string encoded, a
  /// copy of bytes, or an iterable of ints in range(256). An array would give its raw memory (the buffer protocol),
  /// which the language does not expose: refused.
  static func construct(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["source", "encoding", "errors"])
    // An explicit None is an argument (CPython's TypeError), not a missing one.
    let source = call.positional.first ?? call.keywords.first(where: { $0.name == "source" })?.value
    // Argument Clinic converts `encoding` and `errors` before `bytes_new` looks at the source.
    for name in ["encoding", "errors"] {
      if let value = bound[name], value.typeName != "str" {
        throw PythonError.type("\(call.function)() argument '\(name)' must be str, not \(value.typeName)")
      }
    }
    if bound["encoding"] != nil || bound["errors"] != nil {
      guard case .string(let text)? = source else {
        throw PythonError.type(
          source == nil ? "encoding or errors without sequence argument" : "encoding without a string argument")
      }
      var forwarded = call
      forwarded.positional = Array(call.positional.dropFirst())
      forwarded.positionalTexts = Array(call.positionalTexts.dropFirst())
      forwarded.keywords = call.keywords.filter { $0.name != "source" }
      return try encode(text, forwarded)
    }
    switch source {
    case nil: return .bytes("")
    case .bytes(let bytes)?: return .bytes(bytes)
    case .string?: throw PythonError.type("string argument without an encoding")
    case .bigInt?: throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer")
    case .int(let count)?:
      guard count >= 0 else { throw PythonError.value("negative count") }
      guard count <= maxElementCount else {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      return .bytes(String(repeating: "\0", count: count))
    case .bool(let flag)?: return .bytes(flag ? "\0" : "")
    case .list?, .tuple?, .range?, .iterator?, .set?, .dict?:
      var result = String.UnicodeScalarView()
      for item in try Interpreter.iterationItems(source!) {
        result.append(Unicode.Scalar(try byte(of: item, singular: false)))
      }
      return .bytes(String(result))
    case .tensor?, .textArray?:
      throw StringArrays.refusal("bytes() of an array (its raw memory)")
    case let other?:
      // `bytearray(x)` comes here too, and CPython names the type it could not make.
      let made = call.function == "bytearray" ? "bytearray" : "bytes"
      throw PythonError.type("cannot convert '\(other.typeName)' object to \(made)")
    }
  }

  /// `b.hex()` and `b.hex(sep)`: two lowercase hex digits per byte, `sep` (one character) between bytes.
  static func hexText(_ bytes: String, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["sep", "bytes_per_sep"])
    var separator = ""
    if let sep = bound["sep"] {
      switch sep {
      case .string(let text), .bytes(let text):
        guard text.unicodeScalars.count == 1 else { throw PythonError.value("sep must be length 1.") }
        guard text.unicodeScalars.first!.isASCII else { throw PythonError.value("sep must be ASCII.") }
        separator = text
      default:
        throw PythonError.type("object of type '\(sep.typeName)' has no len()")
      }
    }
    var group = 1
    if let value = bound["bytes_per_sep"] {
      guard let number = value.bigInteger, value.typeName == "int" || value.typeName == "bool" else {
        throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
      }
      guard let int = number.asInt, int.magnitude < UInt(Int32.max) else {
        throw PythonError("OverflowError", "Python int too large to convert to C int")
      }
      group = int
    }
    let digits = bytes.unicodeScalars.map { hex($0.value, digits: 2) }
    guard !separator.isEmpty, group != 0, digits.count > 1 else { return .string(digits.joined()) }
    // Groups of `|group|` bytes counted from the right end for a positive count, from the left for a negative one.
    let size = Int(group.magnitude)
    var groups: [String] = []
    if group > 0 {
      var end = digits.count
      while end > 0 {
        groups.insert(digits[max(end - size, 0)..<end].joined(), at: 0)
        end -= size
      }
    } else {
      var start = 0
      while start < digits.count {
        groups.append(digits[start..<min(start + size, digits.count)].joined())
        start += size
      }
    }
    return .string(groups.joined(separator: separator))
  }

  /// `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace allowed before each pair, CPython's message
  /// (with the position of the first bad character) otherwise.
  static func fromHex(_ call: CallArguments) throws(PythonError) -> Value {
    let argument = try call.bind(["string"], required: 1).value("string")
    guard case .string(let text) = argument else {
      throw PythonError.type("fromhex() argument must be str, not \(argument.typeName)")
    }
    let scalars = Array(text.unicodeScalars)
    func digit(_ position: Int) -> UInt32? {
      guard position < scalars.count, scalars[position].isASCII,
        let value = UInt32(String(scalars[position]), radix: 16)
      else { return nil }
      return value
    }
    var result = String.UnicodeScalarView()
    var position = 0
    while position < scalars.count {
      if [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(scalars[position]) {
        position += 1
        continue
      }
      guard let high = digit(position), let low = digit(position + 1) else {
        let bad = digit(position) == nil ? position : position + 1
        throw PythonError.value("non-hexadecimal number found in fromhex() arg at position \(bad)")
      }
      result.append(Unicode.Scalar(high * 16 + low)!)
      position += 2
    }
    return .bytes(String(result))
  }
}

/// Python's `bytearray`: mutable bytes in a `ByteMemory`, which arrays made over it share (`np.ndarray(buffer=)`,
/// `np.frombuffer`). Only changes that keep its length are offered: CPython refuses to resize a bytearray while an
/// array uses its memory, and docbuild cannot tell when that array is gone.
extension PythonBytes {
  /// The methods of `bytearray` that `bytes` lacks.
  static let arrayMethods: Set<String> = [
    "append", "extend", "insert", "pop", "remove", "clear", "reverse", "copy", "hex", "decode",
  ]

  /// A `bytes` value holding `bytes`.
  static func value(_ bytes: [UInt8]) -> Value {
    .bytes(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
  }

  /// The bytes of a `bytes` value.
  static func raw(_ bytes: String) -> [UInt8] { bytes.unicodeScalars.map { UInt8($0.value & 0xFF) } }

  /// `bytearray(source[, encoding[, errors]])`: what `bytes(...)` would hold, in new mutable memory.
  static func constructArray(_ call: CallArguments) throws(PythonError) -> Value {
    if case .bytearray(let memory)? = call.positional.first, call.positional.count == 1 {
      return .bytearray(ByteMemory(memory.bytes, isMutable: true))
    }
    var forwarded = call
    forwarded.function = "bytearray"
    let made: Value
    do {
      made = try construct(forwarded)
    } catch {
      // CPython's bytearray words the range error in the singular.
      if error.message == "bytes must be in range(0, 256)" { throw PythonError.value("byte must be in range(0, 256)") }
      throw error
    }
    guard case .bytes(let text) = made else { return made }
    return .bytearray(ByteMemory(raw(text), isMutable: true))
  }

  /// `repr(bytearray)`: `bytearray(b'...')`, where CPython escapes `'` even inside double quotes.
  static func arrayRepr(_ memory: ByteMemory) -> String {
    let text = Value.bytesRepr(String(String.UnicodeScalarView(memory.bytes.map { Unicode.Scalar($0) })))
    guard text.hasPrefix("b\"") else { return "bytearray(\(text))" }
    let inner = text.dropFirst(2).dropLast().replacingOccurrences(of: "'", with: "\\'")
    return "bytearray(b\"\(inner)\")"
  }

  /// `bytearray[index]`: an int, or a new bytearray for a slice.
  static func arrayIndex(_ memory: ByteMemory, _ index: Value) throws(PythonError) -> Value {
    let text = String(String.UnicodeScalarView(memory.bytes.map { Unicode.Scalar($0) }))
    do {
      let picked = try PythonBytes.index(text, index)
      if case .bytes(let slice) = picked { return .bytearray(ByteMemory(raw(slice), isMutable: true)) }
      return picked
    } catch {
      if error.message == "index out of range" { throw PythonError.index("bytearray index out of range") }
      if error.message.hasPrefix("byte indices") {
        throw PythonError.type("bytearray indices must be integers or slices, not \(index.typeName)")
      }
      throw error
    }
  }

  /// `bytearray[index] = value`: one byte from an int, or a slice of the same length from bytes-like values.
  static func arrayAssign(_ memory: ByteMemory, _ index: Value, _ value: Value) throws(PythonError) {
    let count = memory.count
    if case .slice(let start, let stop, let step) = index {
      let picked = try Indexing.resolveSlice(start, stop, step, count: count)
      let source: [UInt8]
      switch value {
      case .bytes(let text): source = raw(text)
      case .bytearray(let other): source = other.bytes
      case .list, .tuple, .range, .iterator, .set, .dict:
        // Any iterable of ints (`itertools.repeat(0, n)`, a generator, materialized by the caller), as CPython
        // makes `bytearray(value)` of what is neither a number nor a str.
        guard
          case .bytearray(let made) = try constructArray(
            CallArguments(function: "bytearray", positional: [value], keywords: [], positionalTexts: []))
        else { return }
        source = made.bytes
      case .none:
        throw PythonError.type("cannot convert 'NoneType' object to bytearray")
      case .object:
        throw PythonError.limit(
          "assigning a bytearray's slice from a '\(value.typeName)' object is not supported in snippets")
      default:
        throw PythonError.type("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
      }
      guard source.count == picked.length else {
        guard (step ?? 1) == 1 else {
          throw PythonError.value(
            "attempt to assign bytes of size \(source.count) to extended slice of size \(picked.length)")
        }
        try refuseResize(memory)
        // A plain slice of another length replaces its bytes (CPython clamps the bounds as for reading).
        let begin = picked.length == 0 ? clampedStart(start, count: count) : picked.start
        memory.update { $0.replaceSubrange(begin..<(begin + picked.length), with: source) }
        return
      }
      memory.update { bytes in
        var position = picked.start
        for byte in source {
          bytes[position] = byte
          position += picked.step
        }
      }
      return
    }
    let resolved = try bytearrayPosition(index, count: count)
    let byte: Int
    do {
      byte = try value.toInt()
    } catch {
      throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
    }
    guard (0..<256).contains(byte) else { throw PythonError.value("byte must be in range(0, 256)") }
    memory.update { $0[resolved] = UInt8(byte) }
  }

  /// Where an empty plain slice `b[start:stop]` of `count` bytes sits: its start clamped to the bytes.
  static func clampedStart(_ start: Int?, count: Int) -> Int {
    guard var start else { return 0 }
    if start < 0 { start += count }
    return Swift.min(Swift.max(start, 0), count)
  }

  /// A bytearray an array was made over cannot change its length: CPython raises BufferError while that array lives,
  /// which docbuild cannot tell, so it refuses.
  static func refuseResize(_ memory: ByteMemory) throws(PythonError) {
    guard memory.isExported else { return }
    throw PythonError.limit(
      "changing the length of a bytearray an array was made over (np.frombuffer, np.ndarray(buffer=)) is not "
        + "supported in snippets: CPython raises BufferError while that array lives; copy it first, bytearray(b)")
  }

  /// The bytes a bytearray grows by, as `+=` takes them: a bytes-like value, else CPython's TypeError.
  static func concatenated(_ value: Value) throws(PythonError) -> [UInt8] {
    switch value {
    case .bytes(let text), .textScalar(let text, true): return raw(text)
    case .bytearray(let other): return other.bytes
    default: throw PythonError.type("can't concat \(value.typeName) to bytearray")
    }
  }

  /// Appends `bytes` to a bytearray, within the element budget.
  static func grow(_ memory: ByteMemory, by bytes: [UInt8]) throws(PythonError) {
    try refuseResize(memory)
    if memory.count + bytes.count > maxElementCount {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    memory.update { $0 += bytes }
  }

  /// `b *= n`: the bytes repeated in place (none for n <= 0).
  static func repeatInPlace(_ memory: ByteMemory, _ operand: Value) throws(PythonError) {
    // A NumPy integer repeats by its `__index__` (NumPy's bool has none); an int past a C long fits no index.
    var operand = operand
    if case .tensor(let array) = operand, !array.isScalar { throw Operators.arrayTimesBytearray }
    if case .tensor(let scalar) = operand, scalar.isScalar, !scalar.isPythonScalar, scalar.dtype.isInteger {
      if operand.isHighUnsigned { throw operand.cannotFitIndex("OverflowError") }
      operand = .int(try operand.toInt())
    }
    if case .bigInt = operand { throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer") }
    guard case .int(let times) = operand.bigInteger.flatMap({ $0.asInt }).map(Value.int) ?? .none,
      operand.typeName == "int" || operand.typeName == "bool"
    else {
      throw PythonError.type("can't multiply sequence by non-int of type '\(operand.typeName)'")
    }
    let count = memory.count
    if times == 1 { return }
    try refuseResize(memory)
    if times > 1, count > maxElementCount / times {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    memory.update { bytes in bytes = times <= 0 ? [] : Array([[UInt8]](repeating: bytes, count: times).joined()) }
  }

  /// `del b[index]` and `del b[a:b:c]`.
  static func arrayDelete(_ memory: ByteMemory, _ index: Value) throws(PythonError) {
    let count = memory.count
    if case .slice(let start, let stop, let step) = index {
      let picked = try Indexing.resolveSlice(start, stop, step, count: count)
      guard picked.length > 0 else { return }
      try refuseResize(memory)
      var doomed = Set<Int>()
      var position = picked.start
      for _ in 0..<picked.length {
        doomed.insert(position)
        position += picked.step
      }
      memory.update { bytes in bytes = bytes.indices.filter { !doomed.contains($0) }.map { bytes[$0] } }
      return
    }
    let resolved = try bytearrayPosition(index, count: count)
    try refuseResize(memory)
    memory.update { _ = $0.remove(at: resolved) }
  }

  /// `bytearray.name(...)`: `hex` and `decode` as for bytes, and the list-like methods that change it in place
  /// (`extend` is the interpreter's, which iterates).
  static func arrayMethod(_ name: String, _ memory: ByteMemory, _ call: CallArguments) throws(PythonError) -> Value {
    let text = String(String.UnicodeScalarView(memory.bytes.map { Unicode.Scalar($0) }))
    switch name {
    case "hex": return try hexText(text, call)
    case "decode": return try decode(text, call)
    case "copy":
      _ = try call.bind([])
      return .bytearray(ByteMemory(memory.bytes, isMutable: true))
    case "append":
      let item = try exactlyOne(call, "append")
      try grow(memory, by: [try byte(of: item, singular: true)])
      return .none
    case "clear", "reverse":
      try noArguments(call, name)
      if name == "reverse" {
        memory.update { $0.reverse() }
      } else if memory.count > 0 {
        try refuseResize(memory)
        memory.update { $0 = [] }
      }
      return .none
    case "pop":
      try noKeywords(call, name)
      guard call.positional.count <= 1 else {
        throw PythonError.type("pop expected at most 1 argument, got \(call.positional.count)")
      }
      let position = try call.positional.first.map { value throws(PythonError) in try integerIndex(value) } ?? -1
      let count = memory.count
      guard count > 0 else { throw PythonError.index("pop from empty bytearray") }
      let resolved = position < 0 ? position + count : position
      guard resolved >= 0, resolved < count else { throw PythonError.index("pop index out of range") }
      try refuseResize(memory)
      var popped: UInt8 = 0
      memory.update { popped = $0.remove(at: resolved) }
      return .int(Int(popped))
    case "insert":
      try noKeywords(call, name)
      guard call.positional.count == 2 else {
        throw PythonError.type("insert expected 2 arguments, got \(call.positional.count)")
      }
      let position = try integerIndex(call.positional[0])
      let byte = try byte(of: call.positional[1], singular: true)
      try refuseResize(memory)
      if memory.count + 1 > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      memory.update { bytes in
        let count = bytes.count
        let resolved = position < 0 ? Swift.max(position + count, 0) : Swift.min(position, count)
        bytes.insert(byte, at: resolved)
      }
      return .none
    case "remove":
      let item = try exactlyOne(call, "remove")
      let byte = try byte(of: item, singular: true)
      guard let found = memory.bytes.firstIndex(of: byte) else {
        throw PythonError.value("value not found in bytearray")
      }
      try refuseResize(memory)
      memory.update { _ = $0.remove(at: found) }
      return .none
    default:
      throw PythonError.limit(
        "bytearray.\(name) is not supported in snippets (they offer len, indexing, slice assignment, del, +=, *=, "
          + "append, extend, insert, pop, remove, clear, reverse, hex, decode, copy, bytearray.fromhex and "
          + "bytes(...))")
    }
  }

  /// The one positional argument of `bytearray.NAME(x)`, with CPython's TypeErrors otherwise.
  static func exactlyOne(_ call: CallArguments, _ name: String) throws(PythonError) -> Value {
    try noKeywords(call, name)
    guard call.positional.count == 1 else {
      throw PythonError.type("bytearray.\(name)() takes exactly one argument (\(call.positional.count) given)")
    }
    return call.positional[0]
  }

  /// CPython's TypeError for a method that takes no arguments.
  static func noArguments(_ call: CallArguments, _ name: String) throws(PythonError) {
    try noKeywords(call, name)
    guard call.positional.isEmpty else {
      throw PythonError.type("bytearray.\(name)() takes no arguments (\(call.positional.count) given)")
    }
  }

  /// CPython's TypeError for a keyword given to a method that takes none.
  static func noKeywords(_ call: CallArguments, _ name: String) throws(PythonError) {
    guard call.keywords.isEmpty else { throw PythonError.type("bytearray.\(name)() takes no keyword arguments") }
  }

  /// An index argument as CPython's `__index__` takes it.
  static func integerIndex(_ value: Value) throws(PythonError) -> Int {
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    case .tensor(let tensor) where tensor.isScalar && (tensor.dtype.isInteger || tensor.dtype == .bool):
      return try value.toInt()
    default:
      if value.typeName == "int", value.bigInteger != nil {
        throw PythonError("IndexError", "cannot fit 'int' into an index-sized integer")
      }
      throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
    }
  }
}

extension PythonBytes {
  /// A bytearray's item index as CPython resolves one: an int, counted from the end when negative, in range.
  static func bytearrayPosition(_ index: Value, count: Int) throws(PythonError) -> Int {
    let position: Int
    do {
      position = try index.toInt()
    } catch {
      // CPython's "cannot fit …" for an int no Py_ssize_t holds; an array's own `__index__` error; a refusal.
      if index.exceedsIntp { throw index.cannotFitIndex("IndexError") }
      if case .tensor(let tensor) = index, !tensor.isScalar || error.isLimit { throw error }
      throw PythonError.type("bytearray indices must be integers or slices, not \(index.typeName)")
    }
    let resolved = position < 0 ? position + count : position
    guard resolved >= 0, resolved < count else { throw PythonError.index("bytearray index out of range") }
    return resolved
  }
}
