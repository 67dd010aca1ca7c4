import TensorCore

/// Which byte order a numeric dtype object carries. A native dtype (`'='`, what `np.dtype('<i2')` and `'i2'` make) is
/// `Value.dtype`; the two explicit orders are `Value.orderedDType`: big-endian (`'>i2'`), and the explicit
/// little-endian mark `newbyteorder` leaves (`dtype('<i2')`, native in values but printed with its mark).
enum ByteOrderMark: Character, Sendable, Hashable {
  /// `'<'`: native on this (little-endian) machine, printed with the mark.
  case little = "<"
  /// `'>'`: the bytes of each element are reversed from the machine's order.
  case big = ">"
}

/// A numeric dtype with the byte order an array's memory uses (nil order: native).
struct OrderedDType: Sendable, Hashable {
  /// The element type the values have.
  var dtype: DType
  /// The explicit byte order, nil for native; always nil for one-byte types, which have no order.
  var mark: ByteOrderMark?

  init(_ dtype: DType, _ mark: ByteOrderMark? = nil) {
    self.dtype = dtype
    self.mark = dtype.itemsize == 1 ? nil : mark
  }

  /// True when the memory holds each element's bytes reversed.
  var isSwapped: Bool { mark == .big }

  /// `dtype.str`: `'>i2'`, `'<f8'`, `'|u1'`.
  var typeString: String {
    dtype.itemsize == 1 ? dtype.typeString : (isSwapped ? ">" : "<") + dtype.typeString.dropFirst()
  }

  /// The dtype object as a value: `dtype('int16')`, `dtype('<i2')` or `dtype('>i2')`.
  var value: Value { mark.map { .orderedDType(dtype, $0) } ?? .dtype(dtype) }

  /// The text `repr(array)` shows after `dtype=` for an array of this dtype, when NumPy always shows it (big-endian).
  var arrayReprName: String? { isSwapped ? "'\(typeString)'" : nil }
}

/// Byte order in dtype specifications: `'<i4'`, `'=i2'`, `'|f8'` are native, `'>i2'` big-endian (arrays of it keep a
/// byte layer, RawArrays.swift), `dtype.newbyteorder(order)` swaps or sets it.
enum ByteOrder {
  /// `name` without a byte-order mark that leaves it native (`'|i4'` is `'i4'`), or nil when it has no mark or is
  /// no numeric dtype; a big-endian numeric dtype is refused here (callers that support it use `ordered`).
  static func nativeName(_ name: String) throws(PythonError) -> String? {
    guard let mark = name.first, "<>=|".contains(mark), name.count > 1 else { return nil }
    let rest = String(name.dropFirst())
    if mark == ">" {
      if let dtype = DType(numpyName: rest), dtype.itemsize == 1 { return rest }
      if TextDType.parse(.string(name))?.isBigEndian == true { return nil }
      if DType(numpyName: rest) != nil || TextDType.parse(.string(rest)) != nil { throw refusal(name) }
      return nil
    }
    return DType(numpyName: rest) != nil ? rest : nil
  }

  /// The dtype and byte order a `dtype=` argument names, big-endian ones included (`'>i2'`, `np.dtype('>f8')`,
  /// `dt.newbyteorder()`); nil for what is not a numeric dtype with an explicit order (the caller's `toDType` then
  /// answers, native dtypes and errors alike).
  static func ordered(_ value: Value) -> OrderedDType? {
    switch value {
    case .orderedDType(let dtype, let mark): return OrderedDType(dtype, mark)
    case .string(let name):
      guard name.first == ">", name.count > 1, let dtype = DType(numpyName: String(name.dropFirst())) else {
        return nil
      }
      return OrderedDType(dtype, .big)
    default: return nil
    }
  }

  /// The dtype and order of any numeric `dtype=` argument: an explicit order, or a native dtype.
  static func orderedOrNative(_ value: Value) throws(PythonError) -> OrderedDType {
    if let ordered = ordered(value) { return ordered }
    return OrderedDType(try value.toDType())
  }

  /// The refusal of a big-endian dtype where snippets do not take one (string dtypes, structured fields).
  static func refusal(_ what: String) -> PythonError {
    PythonError.limit(
      "the big-endian dtype \(Value.quote(what)) is not supported here in snippets: numeric arrays take one "
        + "(np.array, np.zeros, astype, view, np.frombuffer, np.ndarray(buffer=)), string dtypes and structured "
        + "fields do not")
  }

  /// `dtype.byteorder`: `'|'` where byte order does not apply (one-byte numbers, bytes, structured dtypes), else the
  /// native `'='`.
  static func mark(itemsize: Int, appliesToText isText: Bool = false) -> Value {
    .string(itemsize == 1 || isText ? "|" : "=")
  }

  /// The order `dtype.newbyteorder(order)` asks for.
  enum RequestedOrder {
    case swap, little, big, native, kept
  }

  /// `newbyteorder`'s argument: `'S'` (the default) swaps, `'<'`/`'L'` and `'>'`/`'B'` set, `'='`/`'N'` makes native,
  /// `'|'`/`'I'` keeps the order. NumPy reads only the first character, in either case ('big', 'Swap', 'n'), and
  /// judges it before the dtype's fields.
  static func requestedOrder(_ call: CallArguments) throws(PythonError) -> RequestedOrder {
    let bound = try call.bind(["new_order"])
    var order = "S"
    if let given = bound["new_order"] {
      guard case .string(let text) = given else {
        throw PythonError.type("byteorder must be str, not \(given.typeName)")
      }
      order = text
    }
    switch order.first.map({ String($0).uppercased() }) {
    case "S": return .swap
    case "<", "L": return .little
    case ">", "B": return .big
    case "=", "N": return .native
    case "|", "I": return .kept
    default: throw PythonError.value("byteorder not recognized (got '\(order)')")
    }
  }

  /// `dtype.newbyteorder(order)`: `'S'` (the default) swaps, `'<'`/`'L'` and `'>'`/`'B'` set, `'='`/`'N'` makes
  /// native, `'|'`/`'I'` keeps the order (only the first character counts, in either case).
  static func newByteOrder(_ dtype: OrderedDType, _ call: CallArguments) throws(PythonError) -> Value {
    let mark: ByteOrderMark?
    switch try requestedOrder(call) {
    case .swap: mark = dtype.isSwapped ? .little : .big
    case .little: mark = .little
    case .big: mark = .big
    case .native: mark = nil
    case .kept: mark = dtype.mark
    }
    guard dtype.dtype.itemsize > 1 else { return dtype.value }
    return OrderedDType(dtype.dtype, mark).value
  }

  /// `dtype.newbyteorder(order)` of a string dtype: `'U'` takes the order as a number dtype does (`'<'` is native
  /// here); `'S'` has none and stays as it is.
  static func newByteOrder(_ dtype: TextDType, _ call: CallArguments) throws(PythonError) -> Value {
    var result = dtype
    switch try requestedOrder(call) {
    case .swap: result.isBigEndian.toggle()
    case .little, .native: result.isBigEndian = false
    case .big: result.isBigEndian = true
    case .kept: break
    }
    if dtype.isBytes || dtype.width == 0 { return .textDType(dtype) }
    return .textDType(result)
  }

  /// `dtype.newbyteorder(order)` of a structured dtype: every field takes the new order as a number dtype does
  /// (`'S'` swaps each field's); a `'U'` field that would turn big-endian is refused (`'<'`, `'='` and `'|'` keep it).
  static func newByteOrder(_ dtype: StructDType, _ call: CallArguments) throws(PythonError) -> Value {
    let order = try requestedOrder(call)
    var result = dtype
    for k in result.fields.indices {
      let format = result.fields[k].format
      let isBig: Bool
      if case .bigEndian = format { isBig = true } else { isBig = false }
      let swaps: Bool
      switch order {
      case .swap: swaps = true
      case .little, .native: swaps = isBig
      case .big: swaps = !isBig
      case .kept: swaps = false
      }
      guard swaps else { continue }
      guard let swapped = format.swapped else { throw refusal(">U") }
      result.fields[k].format = swapped
    }
    return .structDType(result)
  }

  /// The attributes of a dtype object with an explicit order; those it shares with the native dtype come from there.
  static func attribute(_ name: String, of dtype: OrderedDType) -> Value? {
    switch name {
    case "byteorder": .string(dtype.mark.map { String($0.rawValue) } ?? "=")
    case "isnative": .bool(!dtype.isSwapped)
    case "str": .string(dtype.typeString)
    case "descr": .list(ValueList([.tuple(ValueList([.string(""), .string(dtype.typeString)]))]))
    case "newbyteorder": .method(dtype.value, name)
    default: NumpyDTypes.attribute(name, of: dtype.dtype)
    }
  }

  /// `repr` of a dtype object with an explicit order: `dtype('>i2')`.
  static func repr(_ dtype: OrderedDType) -> String { "dtype('\(dtype.typeString)')" }

  /// `str` of a dtype object with an explicit order: `>i2` for big-endian, the name (`int16`) for little-endian.
  static func str(_ dtype: OrderedDType) -> String { dtype.isSwapped ? dtype.typeString : dtype.dtype.rawValue }

  /// Python's `==` between a dtype object with an explicit order and another value, or nil when `other` is no dtype.
  static func equals(_ dtype: OrderedDType, _ other: Value) -> Bool? {
    switch other {
    case .orderedDType(let base, let mark): return OrderedDType(base, mark).sameMemoryFormat(as: dtype)
    case .dtype(let base), .scalarType(let base): return OrderedDType(base).sameMemoryFormat(as: dtype)
    case .string(let text):
      if let given = ordered(.string(text)) { return given.sameMemoryFormat(as: dtype) }
      if let base = try? Value.string(text).toDTypeIgnoringCLongLong() {
        return OrderedDType(base).sameMemoryFormat(as: dtype)
      }
      return false
    default: return nil
    }
  }

  /// The refusal of object dtypes and fields (`'O'`).
  static func objectRefusal() -> PythonError {
    PythonError.limit(
      "object dtypes ('O') are not supported in snippets, neither as arrays nor as structured fields: elements "
        + "are numbers, strings or bytes")
  }
}

extension OrderedDType {
  /// True when both read the same bytes as the same values (`'<i2'` and `'=i2'` do; `'>i2'` does not).
  func sameMemoryFormat(as other: OrderedDType) -> Bool { dtype == other.dtype && isSwapped == other.isSwapped }
}
