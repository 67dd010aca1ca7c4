import TensorCore

/// NumPy's fixed-width text dtypes: `<U n` (n code points per element) and `|S n` (n bytes per element).
struct TextDType: Hashable, Sendable {
  /// True for `S` (bytes), false for `U` (str).
  var isBytes: Bool
  /// Code points or bytes per element; 0 for the flexible `np.dtype(str)`, which NumPy prints `dtype('<U')`.
  var width: Int
  /// `'>U3'`: code points stored big-endian. Arrays of it print, index, copy, compare with `==`/`!=` and convert
  /// with `astype` as NumPy's; every other operation on them is refused (`StringArrays.refuseBigEndian`).
  var isBigEndian = false

  /// `dtype.str`: `<U6`, `>U6`, `|S7`.
  var str: String { (isBytes ? "|S" : isBigEndian ? ">U" : "<U") + String(width) }
  /// `repr(dtype)`: `dtype('<U6')`, `dtype('>U6')`, `dtype('S7')`, `dtype('<U')` for the flexible one.
  var repr: String {
    let code = isBytes ? "S" : isBigEndian ? ">U" : "<U"
    return "dtype('\(code)\(width == 0 ? "" : String(width))')"
  }
  /// `str(dtype)`: `<U6`, `|S7`.
  var text: String { width == 0 ? (isBytes ? "|S0" : "<U0") : str }
  /// `dtype.itemsize`: 4 bytes per code point (UCS-4), 1 per byte.
  var itemsize: Int { isBytes ? width : 4 * width }
  /// `dtype.kind` and `dtype.char`.
  var kind: String { isBytes ? "S" : "U" }
  /// `dtype.name`: `str192`, `bytes56` (the bits per element).
  var name: String { (isBytes ? "bytes" : "str") + String(itemsize * 8) }

  /// A dtype argument that names a text dtype (`'U5'`, `'<U'`, `str`, `'S7'`, `bytes`, `np.str_`), or nil when it
  /// names something else.
  static func parse(_ value: Value) -> TextDType? {
    switch value {
    case .textDType(let dtype): return dtype
    case .function("str"), .function("numpy.str_"): return TextDType(isBytes: false, width: 0)
    case .function("bytes"), .function("numpy.bytes_"): return TextDType(isBytes: true, width: 0)
    case .string(let name):
      var code = Substring(name)
      // `'>U3'` keeps its order (a width is required: NumPy's flexible `'>U'` is not made here).
      if code.first == ">", code.dropFirst().first == "U", let width = Int(code.dropFirst(2)), width > 0,
        width <= maxTextWidth, code.dropFirst(2).allSatisfy(\.isASCII)
      {
        return TextDType(isBytes: false, width: width, isBigEndian: true)
      }
      if code.first == "<" || code.first == "|" || code.first == "=" { code = code.dropFirst() }
      // Bytes have no byte order: NumPy reads '>S3' as 'S3'.
      if code.first == ">", code.dropFirst().first == "S" { code = code.dropFirst() }
      if code == "str" || code == "str_" || code == "unicode" { return TextDType(isBytes: false, width: 0) }
      if code == "bytes" || code == "bytes_" { return TextDType(isBytes: true, width: 0) }
      guard let letter = code.first, letter == "U" || letter == "S" else { return nil }
      let digits = code.dropFirst()
      if digits.isEmpty { return TextDType(isBytes: letter == "S", width: 0) }
      guard digits.allSatisfy(\.isASCII), let width = Int(digits), width >= 0, width <= maxTextWidth else {
        return nil
      }
      return TextDType(isBytes: letter == "S", width: width)
    default: return nil
    }
  }
}

/// The widest string element snippets make (NumPy allows more; a wider one is refused rather than allocated).
let maxTextWidth = 1 << 20

/// The most code points one string array may hold in all (its elements' widths added up), checked before an
/// operation that widens elements (`+`, `np.char.multiply`, `center`) builds its result.
let maxTextCodePoints = 1 << 26

extension StringArrays {
  /// Refuses a result of `count` elements of up to `width` code points each when it would pass the limit, and
  /// charges its building (and `extra` more steps, such as a sort's comparisons) to the statement's work.
  static func checkSize(count: Int, width: Int, extra: Int = 0) throws(PythonError) {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(width, 1))
    if overflow || total > maxTextCodePoints || width > maxTextWidth {
      var error = PythonError(
        "MemoryError",
        "a string array may hold at most \(maxTextCodePoints) code points (elements of at most \(maxTextWidth)) in "
          + "snippets")
      error.isLimit = true
      throw error
    }
    try WorkMeter.charge(count + extra)
  }
}

/// The elements of one string array's memory, shared by the arrays that are views of it.
final class TextStorage: @unchecked Sendable {
  /// The elements; a bytes element keeps one unicode scalar below 256 per byte.
  var items: [String]
  init(_ items: [String]) { self.items = items }

  /// What the elements take, for the chapter's memory budget: their UTF-8 bytes and a string header each.
  var byteCount: Int { items.reduce(0) { $0 + $1.utf8.count + 16 } }
}

/// A NumPy string array: its memory, where each element sits in it, and its dtype. A view (a slice, a reshape, a
/// transpose) shares `storage` and indexes it with its own `positions`, so a write through it reaches its base; the
/// positions are an int64 tensor so shape operations reuse the tensor core's.
struct TextArray: Sendable {
  /// The memory.
  let storage: TextStorage
  /// Each element's index in `storage`, in the array's shape.
  var positions: Tensor
  /// `<U n` or `|S n`, with a width of at least 1.
  var dtype: TextDType

  /// The array's shape.
  var shape: [Int] { positions.shape }
  /// The number of elements.
  var count: Int { positions.shape.reduce(1, *) }

  /// A new array owning `items` (row-major, already truncated to the width).
  init(_ items: [String], shape: [Int], dtype: TextDType) {
    storage = TextStorage(items)
    positions = Tensor(shape: shape, storage: .int64((0..<Int64(items.count)).map { $0 }))
    self.dtype = dtype
  }

  /// A view of `base`'s memory at `positions`.
  init(viewing base: TextArray, positions: Tensor) {
    storage = base.storage
    self.positions = positions
    dtype = base.dtype
  }

  /// Each element's index in the memory, row-major.
  var flatPositions: [Int] {
    if case .int64(let values) = positions.storage { return values.map { Int($0) } }
    return []
  }

  /// The elements in row-major order.
  var elements: [String] {
    let items = storage.items
    return flatPositions.map { items[$0] }
  }

  /// A copy that owns its memory (what fancy indexing and most functions return).
  func copied() -> TextArray { TextArray(elements, shape: shape, dtype: dtype) }

  /// `text` cut to the dtype's width, as NumPy stores it.
  static func truncate(_ text: String, to width: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars.prefix(width) { scalars.append(scalar) }
    // NumPy drops trailing NUL characters when it reads an element.
    while scalars.last == "\0" { scalars.removeLast() }
    return String(scalars)
  }

  /// The element at row-major `index` as NumPy returns it (`np.str_`).
  func scalar(_ text: String) -> Value { .textScalar(text, isBytes: dtype.isBytes) }
}
