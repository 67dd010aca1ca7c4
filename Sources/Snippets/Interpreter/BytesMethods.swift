/// The methods of `bytes` tutorials call, by way of the str methods that do the same on the same code points: a
/// bytes value is a `String` whose scalars are its bytes, so `b.split(b',')` is `s.split(',')` with bytes in and
/// out. Where bytes and str differ (letters and whitespace are ASCII only for bytes; `\x1c`–`\x1f` split str lines
/// and words, not bytes), a receiver or argument holding such a byte is refused rather than answered as str would.
enum BytesMethods {
  /// The methods answered here, with the parameters CPython 3.11 gives them.
  static let parameters: [String: [String]] = [
    "count": ["sub", "start", "end"], "find": ["sub", "start", "end"], "rfind": ["sub", "start", "end"],
    "index": ["sub", "start", "end"], "rindex": ["sub", "start", "end"],
    "startswith": ["prefix", "start", "end"], "endswith": ["suffix", "start", "end"],
    "split": ["sep", "maxsplit"], "rsplit": ["sep", "maxsplit"], "strip": ["bytes"], "lstrip": ["bytes"],
    "rstrip": ["bytes"], "replace": ["old", "new", "count"], "join": ["iterable_of_bytes"],
    "partition": ["sep"], "rpartition": ["sep"], "upper": [], "lower": [], "title": [], "capitalize": [],
    "swapcase": [], "isalpha": [], "isdigit": [], "isalnum": [], "isspace": [], "islower": [], "isupper": [],
    "istitle": [], "isascii": [], "center": ["width", "fillchar"], "ljust": ["width", "fillchar"],
    "rjust": ["width", "fillchar"], "zfill": ["width"], "splitlines": ["keepends"], "removeprefix": ["prefix"],
    "removesuffix": ["suffix"],
  ]

  /// Methods whose answer depends on which bytes are letters, digits or whitespace.
  private static let classifying: Set<String> = [
    "split", "rsplit", "strip", "lstrip", "rstrip", "upper", "lower", "title", "capitalize", "swapcase", "isalpha",
    "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle", "splitlines",
  ]

  /// The bytes-like payload of a value: bytes, a bytearray, NumPy's bytes scalar.
  static func bytesLike(_ value: Value) -> String? {
    switch value {
    case .bytes(let text), .textScalar(let text, true): text
    case .bytearray(let memory): String(String.UnicodeScalarView(memory.bytes.map { Unicode.Scalar($0) }))
    default: nil
    }
  }

  /// True when str's answer for these code points could differ from bytes': a byte above ASCII (a Latin-1 letter
  /// or space for str) or a separator `\x1c`–`\x1f` (whitespace and line breaks for str only).
  private static func classifiesDifferently(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value > 0x7F || (0x1C...0x1F).contains($0.value) }
  }

  /// The refusal for such a byte.
  private static func refusal(_ name: String) -> PythonError {
    PythonError.limit(
      "bytes.\(name) of bytes holding non-ASCII bytes or \\x1c-\\x1f is not supported in snippets (bytes "
        + "classify letters and whitespace by ASCII, which str does differently): decode the bytes first")
  }

  /// The argument as the str method takes it, with CPython's TypeError for bytes methods given something else.
  private static func argument(_ name: String, _ parameter: String, _ value: Value) throws(PythonError) -> Value {
    switch parameter {
    case "start", "end", "maxsplit", "count", "width", "keepends": return value
    case "sub":
      if let text = bytesLike(value) { return .string(text) }
      if case .string = value {
        throw PythonError.type("argument should be integer or bytes-like object, not '\(value.typeName)'")
      }
      guard let number = value.bigInteger, value.typeName == "int" || value.typeName == "bool" else {
        throw PythonError.type("argument should be integer or bytes-like object, not '\(value.typeName)'")
      }
      guard let byte = number.asInt, (0..<256).contains(byte), let scalar = Unicode.Scalar(UInt32(byte)) else {
        throw PythonError.value("byte must be in range(0, 256)")
      }
      return .string(String(Character(scalar)))
    case "prefix" where name == "startswith", "suffix" where name == "endswith":
      if let text = bytesLike(value) { return .string(text) }
      if case .tuple(let items) = value {
        var converted: [Value] = []
        for item in items {
          guard let text = bytesLike(item) else {
            throw PythonError.type("a bytes-like object is required, not '\(item.typeName)'")
          }
          converted.append(.string(text))
        }
        return try .makeTuple(converted)
      }
      throw PythonError.type("\(name) first arg must be bytes or a tuple of bytes, not \(value.typeName)")
    case "fillchar":
      guard let text = bytesLike(value), text.unicodeScalars.count == 1 else {
        throw PythonError.type(
          "\(name)() argument 2 must be a byte string of length 1, not \(bytesLike(value) == nil ? value.typeName : "bytes")"
        )
      }
      return .string(text)
    case "sep", "bytes":
      if value.isNone { return value }
      fallthrough
    default:
      guard let text = bytesLike(value) else {
        throw PythonError.type("a bytes-like object is required, not '\(value.typeName)'")
      }
      return .string(text)
    }
  }

  /// A str method's result as the bytes method returns it: str becomes bytes, also inside lists and tuples.
  static func bytesResult(_ value: Value) throws(PythonError) -> Value {
    switch value {
    case .string(let text): return .bytes(text)
    case .list(let items): return try .makeList(items.map { if case .string(let t) = $0 { .bytes(t) } else { $0 } })
    case .tuple(let items): return try .makeTuple(items.map { if case .string(let t) = $0 { .bytes(t) } else { $0 } })
    default: return value
    }
  }

  /// `b.name(...)` as the str method on the same code points computes it, the arguments checked as bytes'.
  static func translate(_ name: String, _ bytes: String, _ call: CallArguments) throws(PythonError) -> CallArguments {
    guard let names = parameters[name] else {
      throw PythonError("AttributeError", "'bytes' object has no attribute '\(name)'")
    }
    if classifying.contains(name), classifiesDifferently(bytes) { throw refusal(name) }
    var translated = call
    for (position, value) in call.positional.enumerated() where position < names.count {
      translated.positional[position] = try argument(name, names[position], value)
    }
    for (position, keyword) in call.keywords.enumerated() where names.contains(keyword.name) {
      translated.keywords[position].value = try argument(name, keyword.name, keyword.value)
    }
    if classifying.contains(name) {
      for value in translated.positional + translated.keywords.map(\.value) {
        if case .string(let text) = value, classifiesDifferently(text) { throw refusal(name) }
      }
    }
    return translated
  }
}

extension Interpreter {
  /// Calls a bytes method through the str method that does the same (`BytesMethods`).
  mutating func callBytesMethod(_ name: String, _ bytes: String, _ call: CallArguments) throws(PythonError) -> Value {
    var call = call
    call.function = name
    if name == "join" {
      let iterable = try call.bind(["iterable_of_bytes"], required: 1).value("iterable_of_bytes")
      var parts: [Value] = []
      for (position, item) in try iterate(iterable).enumerated() {
        guard let text = BytesMethods.bytesLike(item) else {
          throw PythonError.type("sequence item \(position): expected a bytes-like object, \(item.typeName) found")
        }
        parts.append(.string(text))
      }
      call.positional = [try .makeList(parts)]
      call.keywords = []
      return try BytesMethods.bytesResult(try callContainerMethod("join", on: .string(bytes), call))
    }
    if name == "startswith" || name == "endswith", case .tuple(let prefixes)? = call.positional.first {
      // CPython tries the tuple's items in order and stops at the first that matches, before looking at the rest.
      for prefix in prefixes {
        guard BytesMethods.bytesLike(prefix) != nil else {
          throw PythonError.type("a bytes-like object is required, not '\(prefix.typeName)'")
        }
        var single = call
        single.positional[0] = prefix
        if case .bool(true) = try callBytesMethod(name, bytes, single) { return .bool(true) }
      }
      return .bool(false)
    }
    let translated = try BytesMethods.translate(name, bytes, call)
    do {
      return try BytesMethods.bytesResult(try callContainerMethod(name, on: .string(bytes), translated))
    } catch  where error.type == "ValueError" && error.message == "substring not found" {
      // bytes.index and bytes.rindex word it so.
      throw PythonError.value("subsection not found")
    }
  }

  /// `bytes(iterable)` and `bytearray(iterable)` of a generator or other lazy iterator: each item taken and checked
  /// in turn, so the error for a bad item comes where CPython raises it (the generator's later items never run).
  /// `b.extend(iterable)`: every item taken first (so an error leaves `b` as it was, as CPython's), then appended.
  mutating func extendBytearray(_ memory: ByteMemory, _ call: CallArguments) throws(PythonError) {
    let source = try PythonBytes.exactlyOne(call, "extend")
    let added: [UInt8]
    switch source {
    case .bytes(let text), .textScalar(let text, true): added = PythonBytes.raw(text)
    case .bytearray(let other): added = other.bytes
    case .string: throw PythonError.type("'str' object cannot be interpreted as an integer")
    case .iterator(let box): added = try bytesFromIterator(box, singular: true)
    default:
      let items: [Value]
      do {
        items = try iterate(source)
      } catch {
        guard error.type == "TypeError", error.message.hasSuffix("object is not iterable") else { throw error }
        throw PythonError.type("can't extend bytearray with \(source.typeName)")
      }
      var bytes: [UInt8] = []
      for item in items { bytes.append(try PythonBytes.byte(of: item, singular: true)) }
      added = bytes
    }
    try PythonBytes.grow(memory, by: added)
  }

  mutating func bytesFromIterator(_ box: IteratorBox, singular: Bool) throws(PythonError) -> [UInt8] {
    var result: [UInt8] = []
    while let item = try box.next(&self) {
      try WorkMeter.charge(1)
      let byte = try PythonBytes.byte(of: item, singular: singular)
      if result.count >= maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      result.append(byte)
    }
    return result
  }
}
