import TensorCore

/// Making string arrays: `np.array(['a', 'bc'])`, `np.array(x, dtype='U5')`, `x.astype(str)`.
enum StringArrays {
  /// The refusal for a string array reaching something that only takes numbers.
  static func refusal(_ what: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "\(what) of a NumPy string array is not supported in snippets (they have creation, printing, indexing, "
        + "assignment, comparisons, sort, unique, where, concatenate, astype and the np.char/np.strings basics)")
    error.isLimit = true
    return error
  }

  /// True when `np.array(object)` makes a string array: its elements hold a str, or it is one already.
  static func holdsText(_ value: Value) -> Bool {
    switch value {
    case .string, .textScalar, .textArray, .bytes: return true
    case .list(let items), .tuple(let items):
      return items.contains { holdsText($0) }
    default: return false
    }
  }

  /// `np.array(object, dtype=...)` when the result is a string array; nil when it is not one.
  static func array(_ object: Value, dtype dtypeValue: Value?) throws(PythonError) -> Value? {
    let requested = dtypeValue.flatMap { TextDType.parse($0) }
    guard requested != nil || (holdsText(object) && (dtypeValue == nil || dtypeValue?.isNone == true)) else {
      if holdsText(object), let dtypeValue, !dtypeValue.isNone {
        // `np.array(['1', '2'], dtype=float)` parses each string.
        guard case .textArray(let text) = try make(object, dtype: nil) else { return nil }
        return try parsed(text, as: try dtypeValue.toDType())
      }
      return nil
    }
    return try make(object, dtype: requested)
  }

  /// A string array of `object`'s elements; `dtype` nil to discover it as NumPy does.
  static func make(_ object: Value, dtype: TextDType?) throws(PythonError) -> Value {
    if case .textArray(let array) = object {
      guard let dtype else { return object }
      return .textArray(converted(array, to: dtype))
    }
    var shape: [Int]? = nil
    var items: [String] = []
    var discovered = 1
    try flatten(object, depth: 0, path: [], shape: &shape, items: &items, width: &discovered, plain: dtype != nil)
    // NumPy's promotion makes a bytes array unless some element is str: numbers beside bytes become their bytes.
    let isBytes = dtype?.isBytes ?? (holdsText(object) && !holdsUnicode(object))
    var width = dtype?.width ?? 0
    if width == 0 {
      // With a dtype given, the longest element's length, or a nested array's dtype width if wider.
      width = discovered
    }
    let cut = items.map { TextArray.truncate($0, to: width) }
    // Leaves changing kind go through ASCII, NumPy's codec between 'U' and 'S': str leaves of a bytes array are
    // encoded, bytes leaves of a str array decoded; the first element in order with a character above 127 fails.
    let fromBytes = leafOrigins(object)
    // NumPy converts each whole element before cutting it to the width, so a character past the width still fails.
    if let k = items.indices.first(where: {
      $0 < fromBytes.count && fromBytes[$0] != isBytes && items[$0].unicodeScalars.contains { $0.value > 127 }
    }),
      let (offset, scalar) = items[k].unicodeScalars.enumerated().first(where: { $0.element.value > 127 })
    {
      if isBytes {
        throw PythonError(
          "UnicodeEncodeError",
          "'ascii' codec can't encode character '\(PythonBytes.escaped(scalar))' in position \(offset): ordinal not "
            + "in range(128)")
      }
      let byte = String(scalar.value, radix: 16)
      throw PythonError(
        "UnicodeDecodeError",
        "'ascii' codec can't decode byte 0x\(byte.count < 2 ? "0" + byte : byte) in position \(offset): ordinal not in "
          + "range(128)")
    }
    return .textArray(
      TextArray(
        cut, shape: shape ?? [],
        dtype: TextDType(isBytes: isBytes, width: width, isBigEndian: dtype?.isBigEndian ?? false)))
  }

  /// Walks nested lists, collecting each leaf's text and the width NumPy's discovery gives it (a str its length, an
  /// int 21, a float 32, a bool 5); `plain` when a dtype is given, where every leaf is just its str.
  private static func flatten(
    _ value: Value, depth: Int, path: [Int], shape: inout [Int]?, items: inout [String], width: inout Int,
    plain: Bool
  ) throws(PythonError) {
    if depth > 64 { throw PythonError.value("maximum supported dimension for an ndarray is currently 64, found 65") }
    switch value {
    case .list(let list), .tuple(let list):
      if let known = shape, depth >= known.count || known[depth] != list.count {
        throw inhomogeneous(depth: depth, shape: known)
      }
      if shape == nil, items.isEmpty {
        // The first descent fixes the shape: the extents met on the way to the first leaf.
        shape = tupleExtents(value)
      }
      for item in list {
        try flatten(item, depth: depth + 1, path: path, shape: &shape, items: &items, width: &width, plain: plain)
      }
      return
    case .textArray(let array):
      // An array among the lists is a block of its shape; its dtype's width counts, not its elements' lengths.
      try nest(array, depth: depth, shape: &shape, items: &items, width: &width)
      return
    case .tensor(let tensor) where !tensor.isScalar:
      // A number array's elements become their str, with the width NumPy gives its dtype (`astype(str)`'s).
      let text = try self.text(of: tensor, dtype: TextDType(isBytes: false, width: 0, isBigEndian: false))
      try nest(text, depth: depth, shape: &shape, items: &items, width: &width)
      return
    default: break
    }
    if let known = shape, depth != known.count { throw inhomogeneous(depth: depth, shape: known) }
    if shape == nil { shape = [] }
    guard items.count < maxElementCount else {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    let (text, leafWidth) = try leaf(value)
    items.append(text)
    width = max(width, plain ? text.unicodeScalars.count : leafWidth)
  }

  /// Puts the elements of an array met at `depth` of nested lists in place, checking its shape against the one the
  /// first descent fixed.
  private static func nest(
    _ array: TextArray, depth: Int, shape: inout [Int]?, items: inout [String], width: inout Int
  ) throws(PythonError) {
    if shape == nil, items.isEmpty { shape = array.shape }
    guard let known = shape, known.count == depth + array.shape.count, Array(known[depth...]) == array.shape else {
      throw inhomogeneous(depth: depth, shape: shape ?? [])
    }
    guard items.count + array.elements.count <= maxElementCount else {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    items += array.elements
    width = max(width, array.dtype.width)
  }

  /// For each leaf of `value` in C order, whether it is bytes (a bytes value, an `np.bytes_`, an element of an `S`
  /// array); numbers are not.
  private static func leafOrigins(_ value: Value) -> [Bool] {
    switch value {
    case .list(let items), .tuple(let items): items.flatMap { leafOrigins($0) }
    case .textArray(let array): [Bool](repeating: array.dtype.isBytes, count: array.count)
    case .tensor(let tensor) where !tensor.isScalar: [Bool](repeating: false, count: tensor.size)
    case .bytes, .textScalar(_, true): [true]
    default: [false]
    }
  }

  /// True when some leaf of `value` is str (a str, `np.str_` or an element of a `U` array): NumPy then makes a `U`
  /// array; bytes beside numbers alone make an `S` one.
  private static func holdsUnicode(_ value: Value) -> Bool {
    switch value {
    case .string, .textScalar(_, false): true
    case .textArray(let array): !array.dtype.isBytes
    case .list(let items), .tuple(let items): items.contains { holdsUnicode($0) }
    default: false
    }
  }

  /// The extents of nested lists and tuples along their first items.
  private static func tupleExtents(_ value: Value) -> [Int] {
    var extents: [Int] = []
    var probe = value
    while true {
      switch probe {
      case .list(let inner), .tuple(let inner):
        extents.append(inner.count)
        guard let first = inner.first else { return extents }
        probe = first
      case .textArray(let array): return extents + array.shape
      case .tensor(let tensor) where !tensor.isScalar: return extents + tensor.shape
      default: return extents
      }
    }
  }

  private static func inhomogeneous(depth: Int, shape: [Int]) -> PythonError {
    let detected = Array(shape.prefix(depth))
    return PythonError.value(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
        + "\(depth) dimensions. The detected shape was \(pythonShapeRepr(detected)) + inhomogeneous part.")
  }

  /// One element's text and the width NumPy discovers for it.
  private static func leaf(_ value: Value) throws(PythonError) -> (String, Int) {
    switch value {
    case .string(let text), .textScalar(let text, _), .bytes(let text): return (text, max(text.unicodeScalars.count, 1))
    case .int: return (value.str, 21)
    case .bool: return (value.str, 5)
    case .float: return (value.str, 32)
    case .complex: return (value.str, 64)
    case .tensor(let tensor) where tensor.isScalar:
      return (value.str, textWidth(of: tensor.dtype))
    default:
      throw refusal("an element of type '\(value.typeName)' in a string array")
    }
  }

  /// The width of `astype(str)` for a numeric dtype: room for its longest value.
  static func textWidth(of dtype: DType) -> Int {
    switch dtype {
    case .bool: 5
    case .int8: 4
    case .uint8: 3
    case .int16: 6
    case .uint16: 5
    case .int32: 11
    case .uint32: 10
    case .int64: 21
    case .uint64: 20
    case .float16, .float32, .float64: 32
    case .complex64, .complex128: 64
    }
  }

  /// `array` in another text dtype (a width of 0 keeps the width and, as NumPy's `astype(str)` does, the byte
  /// order).
  static func converted(_ array: TextArray, to dtype: TextDType) -> TextArray {
    let width = dtype.width == 0 ? array.dtype.width : dtype.width
    let isBigEndian = dtype.width == 0 ? array.dtype.isBigEndian && !dtype.isBytes : dtype.isBigEndian
    return TextArray(
      array.elements.map { TextArray.truncate($0, to: width) }, shape: array.shape,
      dtype: TextDType(isBytes: dtype.isBytes, width: width, isBigEndian: isBigEndian))
  }

  /// `x.astype(str)` of a numeric array: each element's str, NumPy's width for the dtype.
  static func text(of tensor: Tensor, dtype: TextDType) throws(PythonError) -> TextArray {
    var items: [String] = []
    items.reserveCapacity(tensor.size)
    switch tensor.storage {
    case .bool(let values): items = values.map { $0 ? "True" : "False" }
    case .int64(let values):
      items = values.map { tensor.dtype == .uint64 ? String(UInt64(bitPattern: $0)) : String($0) }
    // Each element's str is its scalar's, which NumPy 1.13's printing mode writes in C's `%g`.
    case .float64(let values) where PrintOptions.active.isLegacy113:
      items = values.map { LegacyScalarText.float($0, narrow: tensor.dtype != .float64, repr: false) }
    case .complex128(let values) where PrintOptions.active.isLegacy113:
      items = values.map { LegacyScalarText.complex($0, narrow: tensor.dtype == .complex64, repr: false) }
    case .float64(let values):
      items = values.map { pythonFloatRepr($0, float32: tensor.dtype == .float32, float16: tensor.dtype == .float16) }
    case .complex128(let values): items = values.map { pythonComplexRepr($0, float32: tensor.dtype == .complex64) }
    }
    let width = dtype.width == 0 ? textWidth(of: tensor.dtype) : dtype.width
    return TextArray(
      items.map { TextArray.truncate($0, to: width) }, shape: tensor.shape,
      dtype: TextDType(isBytes: dtype.isBytes, width: width, isBigEndian: dtype.isBigEndian))
  }

  /// `x.astype(float)` or `x.astype(int)` of a string array: Python's `float()` / `int()` of each element, with
  /// their errors (naming the element as `np.str_`).
  static func parsed(_ array: TextArray, as dtype: DType) throws(PythonError) -> Value {
    var values: [NestedValue] = []
    for text in array.elements {
      // Python's int() names a bytes argument by its bytes repr (`b'a'`); float() and str elements keep NumPy's
      // scalar repr (`np.bytes_(b'a')`, `np.str_('a')`).
      let element =
        array.dtype.isBytes && dtype.isInteger
        ? Value.bytesRepr(text) : Value.textScalarRepr(text, isBytes: array.dtype.isBytes)
      let call = CallArguments(
        function: dtype.isInteger ? "int" : "float", positional: [.string(text)], keywords: [], positionalTexts: [])
      do throws(PythonError) {
        switch dtype {
        case .bool: values.append(.scalar(.bool(!text.isEmpty)))
        case _ where dtype.isInteger:
          guard case .int(let value) = try PythonBuiltins.int(call) else {
            throw PythonError("OverflowError", "Python int too large to convert to C long")
          }
          values.append(.scalar(.int(Int64(value))))
        case _ where dtype.isComplex: throw refusal("astype(complex)")
        default:
          guard case .float(let value) = try PythonBuiltins.float(call) else { return .none }
          values.append(.scalar(.double(value)))
        }
      } catch {
        guard error.type == "ValueError" else { throw error }
        throw PythonError.value(
          dtype.isInteger
            ? "invalid literal for int() with base 10: \(element)" : "could not convert string to float: \(element)")
      }
    }
    let flat = try core { try Tensor.array(.list(values), dtype: dtype) }
    return .tensor(try core { try flat.reshape(array.shape) })
  }
}
