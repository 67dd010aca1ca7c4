import TensorCore

extension Interpreter {
  /// Builtins that see an `np.str_` as itself; every other builtin gets the plain str it is.
  private static let textScalarAware: Set<String> = ["type", "repr", "isinstance", "print", "id", "ascii"]

  /// Calls that string arrays and NumPy string scalars answer: their methods, `np.char`/`np.strings`, `np.str_`,
  /// and builtins given an `np.str_` (a str subclass, so they act on the plain str). Nil for every other call.
  mutating func callText(_ function: Value, _ call: inout CallArguments) throws(PythonError) -> Value? {
    if let result = try callStructured(function, &call) { return result }
    if case .function(let name) = function, !name.hasPrefix("numpy."), !Self.textScalarAware.contains(name) {
      for k in call.positional.indices {
        if case .textScalar(let text, let isBytes) = call.positional[k] {
          call.positional[k] = isBytes ? .bytes(text) : .string(text)
        }
      }
    }
    switch function {
    case .method(.textArray(let array), let name):
      call.function = name
      return try StringArrays.method(name, of: array, call)
    case .method(.textScalar(let text, false), let name):
      return try callValue(.method(.string(text), name), call)
    case .method(.textScalar(let text, true), let name):
      return try callValue(.method(.bytes(text), name), call)
    case .method(.string(let text), "encode"):
      call.function = "encode"
      return try PythonBytes.encode(text, call)
    case .method(.bytes(let bytes), "decode"):
      call.function = "decode"
      return try PythonBytes.decode(bytes, call)
    case .method(.bytes(let bytes), "hex"):
      return try PythonBytes.hexText(bytes, call)
    case .method(.bytes(let bytes), let name) where BytesMethods.parameters[name] != nil:
      return try callBytesMethod(name, bytes, call)
    case .method(.bytes, let name):
      throw StringArrays.refusal("bytes.\(name)")
    case .method(.textArray(let array), "tobytes"):
      return try PythonBytes.tobytes(array)
    case .function(let name) where name.hasPrefix("numpy.char.") || name.hasPrefix("numpy.strings."):
      call.function = Self.shortName(name)
      return try StringArrays.charFunction(
        Self.shortName(name), call, stripsTrailingSpace: name.hasPrefix("numpy.char."))
    case .function("numpy.str_"):
      call.function = "str_"
      let bound = try call.bind(["object"])
      return .textScalar(bound["object"].map { $0.str } ?? "", isBytes: false)
    case .function("numpy.bytes_") where call.keywords.isEmpty && call.positional.count <= 1:
      // NumPy's bytes scalar of bytes, a bytearray's bytes or ASCII text; other values (ints make NUL bytes NumPy
      // strips, sequences their bytes) refused.
      let text: String
      switch call.positional.first {
      case nil: text = ""
      case .bytes(let bytes)?, .textScalar(let bytes, true)?: text = bytes
      case .bytearray(let memory)?: text = String(String.UnicodeScalarView(memory.bytes.map { Unicode.Scalar($0) }))
      case .string(let string)?, .textScalar(let string, false)?:
        if let (offset, scalar) = string.unicodeScalars.enumerated().first(where: { $0.element.value > 127 }) {
          throw PythonError(
            "UnicodeEncodeError",
            "'ascii' codec can't encode character '\(PythonBytes.escaped(scalar))' in position \(offset): ordinal "
              + "not in range(128)")
        }
        text = string
      default: throw StringArrays.refusal("np.bytes_ of a '\(call.positional[0].typeName)'")
      }
      // The scalar drops trailing NUL bytes, as NumPy's 'S' type does.
      if text.hasSuffix("\u{0}") { throw StringArrays.refusal("np.bytes_ of bytes ending in NUL") }
      return .textScalar(text, isBytes: true)
    case .method(.string, "join") where call.positional.count == 1:
      // `', '.join(names)`: the items are np.str_, which are str.
      switch call.positional[0] {
      case .textArray, .list, .tuple:
        let items = try Self.iterationItems(call.positional[0]).map { item -> Value in
          if case .textScalar(let text, false) = item { return .string(text) }
          return item
        }
        call.positional[0] = try .makeList(items)
      default: break
      }
    case .function("len") where call.positional.count == 1:
      if case .bytes(let bytes) = call.positional[0] { return .int(PythonBytes.length(bytes)) }
      if case .textArray(let array) = call.positional[0] {
        guard let first = array.shape.first else { throw PythonError.type("len() of unsized object") }
        return .int(first)
      }
    default: break
    }
    return nil
  }
}
