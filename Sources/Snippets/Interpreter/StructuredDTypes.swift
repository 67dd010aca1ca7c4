import TensorCore

/// What one field of a structured dtype holds: numbers of one dtype, or fixed-width text.
enum FieldFormat: Hashable, Sendable {
  case numeric(DType)
  case text(TextDType)
  /// Numbers of a multi-byte dtype stored big-endian (`('a', '>i4')`). Arrays keep the values natively (a column
  /// as for `numeric`); what shows the order reads them so: the dtype's text, and a field's view, a raw array of
  /// big-endian memory (`StructuredArrays.presentedField`).
  case bigEndian(DType)
  /// A structure of its own (`('position', [('x', 'f8'), ('y', 'f8')])`, NumPy's nested fields): arrays keep its
  /// fields' columns (`FieldColumn.nested`), and the field reads as a structured array.
  case structured(StructDType)

  /// Bytes per element, as NumPy lays the field out.
  var itemsize: Int {
    switch self {
    case .numeric(let dtype), .bigEndian(let dtype): dtype.itemsize
    case .text(let dtype): dtype.itemsize
    case .structured(let dtype): dtype.itemsize
    }
  }

  /// The C alignment NumPy gives the field under `align=True` (a complex number aligns as its parts).
  var alignment: Int {
    switch self {
    case .numeric(let dtype), .bigEndian(let dtype): dtype.isComplex ? dtype.itemsize / 2 : dtype.itemsize
    case .text(let dtype): dtype.isBytes ? 1 : 4
    case .structured(let dtype): dtype.isAligned ? dtype.fields.map(\.format.alignment).max() ?? 1 : 1
    }
  }

  /// The field's type string in a dtype's text: `<i4`, `>i4`, `<U10`, `|S5`, `|b1`.
  var str: String {
    switch self {
    case .numeric(let dtype): dtype.typeString
    case .bigEndian(let dtype): OrderedDType(dtype, .big).typeString
    case .text(let dtype): dtype.str
    case .structured(let dtype): "|V\(dtype.itemsize)"
    }
  }

  /// The field's type as a structured dtype's text shows it: `<i4`, `<U10`, but `S5`, `i1`, `u1` and `?` for the
  /// types byte order does not apply to.
  var shortStr: String {
    switch self {
    case .numeric(.bool): "?"
    case .numeric(.int8): "i1"
    case .numeric(.uint8): "u1"
    case .numeric(let dtype): dtype.typeString
    case .bigEndian(let dtype): OrderedDType(dtype, .big).typeString
    case .text(let dtype): dtype.isBytes ? "S\(dtype.width)" : dtype.str
    case .structured(let dtype): "V\(dtype.itemsize)"
    }
  }

  /// The field's dtype object (`dt['age']`, `dt.fields`).
  var dtypeValue: Value {
    switch self {
    case .numeric(let dtype): .dtype(dtype)
    case .bigEndian(let dtype): OrderedDType(dtype, .big).value
    case .text(let dtype): .textDType(dtype)
    case .structured(let dtype): .structDType(dtype)
    }
  }

  /// The format as a dtype's list text shows it: `'<f8'`, or a structure's own list `[('x', '<f8')]`.
  var listText: String {
    if case .structured(let dtype) = self { return dtype.plainText }
    return Value.quote(shortStr)
  }

  /// The number dtype of a numeric field in either byte order; nil for text.
  var numberType: DType? {
    switch self {
    case .numeric(let dtype), .bigEndian(let dtype): dtype
    case .text, .structured: nil
    }
  }

  /// The format with its byte order swapped (`dtype.newbyteorder()`), or nil for a `'U'` field, whose swapped form
  /// (`'>U3'`) structured dtypes here do not hold; one-byte numbers and `'S'` text have no order.
  var swapped: FieldFormat? {
    switch self {
    case .numeric(let dtype): dtype.itemsize > 1 ? .bigEndian(dtype) : self
    case .bigEndian(let dtype): .numeric(dtype)
    case .text(let dtype): dtype.isBytes ? self : nil
    case .structured: nil
    }
  }
}

/// One named field of a structured dtype and where it sits in an element.
struct StructField: Hashable, Sendable {
  var name: String
  var format: FieldFormat
  var offset: Int
  /// A sub-array field's shape (`('m', 'f8', (3, 3))`); empty for a field of one value.
  var shape: [Int] = []
  /// The field's title (`(('my title', 'name'), 'f4')`), another key for the same field; nil for none.
  var title: String? = nil
  /// How the field's dtype was spelled when it is one of NumPy's C long long dtypes (`'q'`, `np.ulonglong`): kept as
  /// int64 or uint64, which it equals, in dtype objects; arrays of it are refused (`StructDType.cLongLongSpelling`).
  var cLongLongSpelling: String? = nil

  /// Fields are equal as NumPy's dtypes are: a C long long field equals int64's.
  static func == (left: StructField, right: StructField) -> Bool {
    left.name == right.name && left.format == right.format && left.offset == right.offset
      && left.shape == right.shape && left.title == right.title
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(format)
    hasher.combine(offset)
    hasher.combine(shape)
    hasher.combine(title)
  }

  /// The field's name as a dtype's text shows it: `'name'`, or `('my title', 'name')` with its title.
  var nameText: String {
    guard let title else { return Value.quote(name) }
    return "(\(Value.quote(title)), \(Value.quote(name)))"
  }

  /// Bytes the field takes in an element: its format's, once per value of its sub-array.
  var byteCount: Int { format.itemsize * shape.reduce(1, *) }

  /// The sub-array shape as Python prints the tuple: `(3,)`, `(2, 3)`.
  var shapeText: String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// The field's entry in a dtype's list text: `('z', '<f4', (2, 2))`.
  var listEntry: String {
    let head = "(\(nameText), \(format.listText)"
    return shape.isEmpty ? head + ")" : head + ", \(shapeText))"
  }
}

/// A NumPy structured dtype: named fields, each of a number or text dtype, at byte offsets in an element of
/// `itemsize` bytes. Arrays take sub-array fields of numbers but not of text or complex numbers, and no titles (an
/// array of such a dtype is refused when it is made); nested structured fields are refused when the dtype is made.
struct StructDType: Hashable, Sendable {
  var fields: [StructField]
  var itemsize: Int
  /// Made with `align=True` (its offsets follow C's alignment).
  var isAligned = false
  /// A record array's dtype, whose elements are `np.record`: printed `(numpy.record, [...])`.
  var isRecord = false
  /// NumPy's unstructured void dtype (`np.dtype((np.void, 24))`, `'V24'`): no fields, `itemsize` raw bytes per
  /// element, kept here as one unnamed bytes column whose elements hold one scalar below 256 per byte. Only views of
  /// number arrays, printing, shape queries, element and slice indexing and `np.unique` take it (StructuredVoid).
  var isOpaqueVoid = false

  /// The unstructured void dtype of `size` bytes.
  static func opaqueVoid(_ size: Int) -> StructDType {
    var dtype = StructDType(
      fields: [StructField(name: "", format: .text(TextDType(isBytes: true, width: size)), offset: 0)],
      itemsize: size)
    dtype.isOpaqueVoid = true
    return dtype
  }

  /// The field names in order (`dtype.names`).
  var names: [String] { fields.map(\.name) }

  /// The field called `name`, or nil.
  func field(_ name: String) -> StructField? { fields.first { $0.name == name } }

  /// True when some field is a sub-array or has a title, which only dtype objects (not arrays) support here.
  var hasSubarrays: Bool { fields.contains { !$0.shape.isEmpty || $0.title != nil } }

  /// True when some field is stored big-endian (`('a', '>i4')`), which only dtype objects support here.
  var hasBigEndianFields: Bool {
    fields.contains {
      if case .bigEndian = $0.format { return true }
      return false
    }
  }

  /// True when some field is a sub-array (`('v', 'f8', (3,))`).
  var hasSubarrayFields: Bool { fields.contains { !$0.shape.isEmpty } }

  /// The spelling of the first field (nested ones included) in a C long long dtype: NumPy's array of this dtype
  /// reads that field as an array printed `dtype=int64` (its char `'q'`), which docbuild does not make.
  var cLongLongSpelling: String? {
    for field in fields {
      if let spelling = field.cLongLongSpelling { return spelling }
      if case .structured(let inner) = field.format, let spelling = inner.cLongLongSpelling { return spelling }
    }
    return nil
  }

  /// The first field arrays of this dtype cannot hold: a titled field, or a sub-array of text or complex numbers.
  var fieldArraysRefuse: String? {
    for field in fields {
      if field.title != nil { return "an array of a dtype with titles" }
      if case .structured(let inner) = field.format {
        if !field.shape.isEmpty { return "an array of a dtype with sub-array fields of structures" }
        if let reason = inner.fieldArraysRefuse { return reason }
        if inner.hasBigEndianFields { return "an array of a dtype with big-endian fields inside nested fields" }
        if !inner.isPacked { return "an array of a dtype with nested fields that are not packed" }
        continue
      }
      guard !field.shape.isEmpty else { continue }
      switch field.format {
      case .text: return "an array of a dtype with sub-array fields of text"
      case .numeric(let type) where type.isComplex: return "an array of a dtype with complex sub-array fields"
      case .bigEndian: return "an array of a dtype with big-endian sub-array fields"
      default: continue
      }
    }
    return nil
  }

  /// Fields laid out one after another (or with C's alignment when `align`), as NumPy lays out a list of fields.
  static func laidOut(_ parts: [(String, FieldFormat)], align: Bool) throws(PythonError) -> StructDType {
    try laidOut(parts.map { ($0.0, $0.1, []) }, align: align)
  }

  /// Fields with their sub-array shapes (empty for one value) laid out as `laidOut(_:align:)` does.
  static func laidOut(_ parts: [(String, FieldFormat, [Int])], align: Bool) throws(PythonError) -> StructDType {
    var fields: [StructField] = []
    var offset = 0
    var largest = 1
    var seen = Set<String>()
    for (name, format, shape) in parts {
      guard seen.insert(name).inserted else { throw PythonError.value("field '\(name)' occurs more than once") }
      if align {
        largest = max(largest, format.alignment)
        offset = (offset + format.alignment - 1) / format.alignment * format.alignment
      }
      // A huge sub-array is only a number here, but NumPy caps a sub-array's size in bytes at a C int.
      var bytes = format.itemsize
      for dim in shape {
        let (next, overflow) = bytes.multipliedReportingOverflow(by: dim)
        guard !overflow, next <= Int(Int32.max) else {
          throw PythonError.value("invalid shape in fixed-type tuple: dtype size in bytes must fit into a C int.")
        }
        bytes = next
      }
      let field = StructField(name: name, format: format, offset: offset, shape: shape)
      fields.append(field)
      // Past a C int in all, NumPy's element size wraps around (it prints a negative itemsize): refused.
      guard field.byteCount <= Int(Int32.max) - offset else {
        throw StructuredArrays.refusal("elements of more than 2,147,483,647 bytes")
      }
      offset += field.byteCount
    }
    if align { offset = (offset + largest - 1) / largest * largest }
    return StructDType(fields: fields, itemsize: offset, isAligned: align)
  }

  /// True when the fields sit one after another from offset 0 and fill the element (NumPy's `_is_packed`).
  var isPacked: Bool {
    var running = 0
    for field in fields {
      if field.offset != running { return false }
      running += field.byteCount
    }
    return running == itemsize
  }

  /// True when the offsets are the ones `align=True` gives these fields.
  private var hasAlignedLayout: Bool {
    guard let aligned = try? Self.laidOut(fields.map { ($0.name, $0.format, $0.shape) }, align: true) else {
      return false
    }
    return aligned.fields.map(\.offset) == fields.map(\.offset) && aligned.itemsize == itemsize
  }

  private var listText: String {
    "[" + fields.map(\.listEntry).joined(separator: ", ") + "]"
  }

  private var dictText: String {
    let names = fields.map { Value.quote($0.name) }.joined(separator: ", ")
    let formats = fields.map {
      $0.shape.isEmpty ? $0.format.listText : "(\($0.format.listText), \($0.shapeText))"
    }.joined(separator: ", ")
    let offsets = fields.map { String($0.offset) }.joined(separator: ", ")
    let titles =
      fields.contains { $0.title != nil }
      ? ", 'titles': [" + fields.map { $0.title.map(Value.quote) ?? "None" }.joined(separator: ", ") + "]" : ""
    return "{'names': [\(names)], 'formats': [\(formats)], 'offsets': [\(offsets)]\(titles), 'itemsize': \(itemsize)"
      + (isAligned ? ", 'aligned': True}" : "}")
  }

  /// The fields' text, `[('name', '<U10'), ...]` (or NumPy's dict form), without the record type.
  var plainText: String { isPacked && !isAligned ? listText : dictText }

  /// `str(dtype)`, and what an array's repr shows after `dtype=`.
  var text: String {
    if isOpaqueVoid { return "|V\(itemsize)" }
    return isRecord ? "(numpy.record, \(plainText))" : plainText
  }

  /// `repr(dtype)`: `dtype([('name', '<U10'), ('age', '<i4')])`.
  var repr: String {
    if isOpaqueVoid { return "dtype('V\(itemsize)')" }
    if isAligned && hasAlignedLayout && !isRecord { return "dtype(\(listText), align=True)" }
    return "dtype(\(text))"
  }

  /// The dtype of the fields `names`, kept at their offsets in an element of the same size (a multi-field index).
  func selecting(_ names: [String]) throws(PythonError) -> StructDType {
    var picked: [StructField] = []
    for name in names {
      guard let field = field(name) else { throw PythonError("KeyError", Value.quote(name)) }
      if picked.contains(where: { $0.name == name }) { throw PythonError.value("duplicate field of name '\(name)'") }
      picked.append(field)
    }
    return StructDType(fields: picked, itemsize: itemsize, isAligned: false)
  }
}

extension Value {
  /// True for `np.void`, whose `(np.void, n)` is NumPy's unstructured void dtype.
  var isVoidClass: Bool {
    if case .function("numpy.void") = self { return true }
    return false
  }

  /// True for `np.record` and `np.void`, the element classes of structured dtypes.
  var isStructuredClass: Bool {
    switch self {
    case .function("numpy.record"), .function("numpy.void"): true
    default: false
    }
  }
}

extension StructuredArrays {
  /// The structured dtype a dtype argument describes (a list of fields, a dict of names and formats, a comma string
  /// such as `'i4,f8'`, or one already made), or nil when it describes something else.
  /// Sub-array fields are accepted only with `subarrays` (a dtype object); an array of such a dtype is refused.
  static func parseDType(_ value: Value, align: Bool = false, subarrays: Bool = false) throws(PythonError)
    -> StructDType?
  {
    let dtype = try parseAnyDType(value, align: align)
    if !subarrays, let dtype, dtype.hasSubarrays {
      throw refusal("this use of an array of a dtype with sub-array fields or titles")
    }
    if !subarrays, let spelling = dtype?.cLongLongSpelling { throw Value.cLongLongRefusal(spelling, field: true) }
    return dtype
  }

  /// The dtype of an array being made (`np.zeros`, `np.ones`, `np.array`): sub-array fields of numbers are taken,
  /// titles and sub-arrays of text or complex numbers refused.
  static func parseArrayDType(_ value: Value) throws(PythonError) -> StructDType? {
    let dtype = try parseAnyDType(value, align: false)
    if let spelling = dtype?.cLongLongSpelling { throw Value.cLongLongRefusal(spelling, field: true) }
    if let reason = dtype?.fieldArraysRefuse { throw refusal(reason) }
    return dtype
  }

  private static func parseAnyDType(_ value: Value, align: Bool) throws(PythonError) -> StructDType? {
    switch value {
    case .structDType(let dtype): return dtype
    case .structArray(let array) where !array.isVoid: return nil
    case .tuple(let pair) where pair.count == 2 && pair[0].isVoidClass:
      // `np.dtype((np.void, 24))`: NumPy's unstructured void of that many bytes.
      if case .int(let size) = pair[1] {
        guard size > 0, size <= 1 << 16 else { throw refusal("a void dtype of \(size) bytes") }
        return StructDType.opaqueVoid(size)
      }
      guard let dtype = try parseAnyDType(pair[1], align: align) else { throw refusal("this (type, fields) dtype") }
      return dtype
    case .tuple(let pair) where pair.count == 2 && (pair[0].isStructuredClass):
      // `np.dtype((np.record, fields))`: the fields with np.record (or np.void) elements.
      guard var dtype = try parseAnyDType(pair[1], align: align) else { throw refusal("this (type, fields) dtype") }
      if case .function(let name) = pair[0] { dtype.isRecord = name == "numpy.record" }
      return dtype
    case .list(let items):
      var parts: [(String, FieldFormat, [Int])] = []
      var titles: [String?] = []
      var spellings: [String?] = []
      for item in items {
        guard case .tuple(let pair) = item, pair.count >= 2 else {
          throw PythonError.type("Field elements must be 2- or 3-tuples, got '\(item.repr)'")
        }
        guard pair.count <= 3 else {
          throw PythonError.type("Field elements must be tuples with at most 3 elements, got '\(item.repr)'")
        }
        var title: String? = nil
        var fieldName = ""
        switch pair[0] {
        case .string(let name): fieldName = name
        case .tuple(let named) where named.count == 2:
          guard case .string(let given) = named[0], case .string(let name) = named[1] else {
            throw refusal("fields with titles that are not strings")
          }
          (title, fieldName) = (given, name)
        default: throw PythonError.type("First element of field tuple is neither a tuple nor str")
        }
        let name = fieldName
        titles.append(title)
        let shape = pair.count == 3 ? try subarrayShape(pair[2]) : []
        // An empty name takes NumPy's default `f<index>`.
        parts.append((name.isEmpty ? "f\(parts.count)" : name, try fieldFormat(pair[1], align: align), shape))
        spellings.append(pair[1].cLongLongSpelling)
      }
      if parts.isEmpty { throw refusal("a dtype without fields") }
      var dtype = try StructDType.laidOut(parts, align: align)
      for k in titles.indices { dtype.fields[k].title = titles[k] }
      for k in spellings.indices { dtype.fields[k].cLongLongSpelling = spellings[k] }
      try checkTitles(dtype)
      return dtype
    case .dict(let dict):
      guard let namesValue = try dict.get(.string("names")), let formatsValue = try dict.get(.string("formats")) else {
        if try dict.get(.string("names")) == nil, try dict.get(.string("formats")) == nil, !dict.keys.isEmpty {
          return try fieldsDictDType(dict)
        }
        throw refusal("a dict dtype without 'names' and 'formats'")
      }
      for key in dict.keys {
        guard case .string(let name) = key, ["names", "formats", "offsets", "itemsize"].contains(name) else {
          throw refusal("the dict dtype key \(key.repr)")
        }
      }
      let names = try Interpreter.iterationItems(namesValue)
      let formats = try Interpreter.iterationItems(formatsValue)
      guard names.count == formats.count else {
        throw PythonError.value("'names' and 'formats' must have the same length")  // not NumPy's words
      }
      var parts: [(String, FieldFormat)] = []
      for (name, format) in zip(names, formats) {
        guard case .string(let text) = name else { throw PythonError.value("field names must be strings") }
        parts.append((text, try fieldFormat(format, align: align)))
      }
      var dtype = try StructDType.laidOut(parts, align: align)
      for k in formats.indices { dtype.fields[k].cLongLongSpelling = formats[k].cLongLongSpelling }
      if let offsetsValue = try dict.get(.string("offsets")) {
        let offsets = try Interpreter.iterationItems(offsetsValue).map { (item) throws(PythonError) in try item.toInt()
        }
        guard offsets.count == parts.count else {
          throw PythonError.value("'names', 'formats' and 'offsets' must have the same length")
        }
        for k in offsets.indices { dtype.fields[k].offset = offsets[k] }
        let end = dtype.fields.map { $0.offset + $0.format.itemsize }.max() ?? 0
        let sorted = dtype.fields.sorted { $0.offset < $1.offset }
        for (left, right) in zip(sorted, sorted.dropFirst()) where left.offset + left.format.itemsize > right.offset {
          throw refusal("overlapping fields")
        }
        if offsets.contains(where: { $0 < 0 }) { throw refusal("negative offsets") }
        dtype.itemsize = end
      }
      if let sizeValue = try dict.get(.string("itemsize")) {
        let size = try sizeValue.toInt()
        let end = dtype.fields.map { $0.offset + $0.format.itemsize }.max() ?? 0
        guard size >= end, size <= 1 << 20 else { throw refusal("an itemsize smaller than the fields need") }
        dtype.itemsize = size
      }
      return dtype
    case .string(let code) where isCommaString(code):
      var parts: [(String, FieldFormat, [Int])] = []
      var spellings: [String?] = []
      for (k, piece) in commaPieces(code).enumerated() {
        let trimmed = piece.trimmingSpaces()
        if trimmed.isEmpty { continue }
        let (shape, format) = try shapePrefix(trimmed, code: code)
        parts.append(("f\(k)", try fieldFormat(.string(format)), shape))
        spellings.append(Value.string(format).cLongLongSpelling)
      }
      if parts.isEmpty { throw PythonError.type("data type '\(code)' not understood") }
      var dtype = try StructDType.laidOut(parts, align: align)
      for k in spellings.indices { dtype.fields[k].cLongLongSpelling = spellings[k] }
      return dtype
    default: return nil
    }
  }

  /// A sub-array field's shape as NumPy reads it: an int `n` is `(n,)`, a tuple of ints is itself, `()` is none.
  static func subarrayShape(_ value: Value) throws(PythonError) -> [Int] {
    let dims: [Int]
    switch value {
    case .int(let n): dims = [n]
    case .tuple(let items):
      var read: [Int] = []
      for item in items {
        guard case .int(let n) = item else { throw PythonError.value("invalid shape in fixed-type tuple.") }
        read.append(n)
      }
      dims = read
    default: throw PythonError.value("invalid shape in fixed-type tuple.")
    }
    // NumPy checks each dimension in turn; the size in bytes is checked when the field is laid out.
    for dim in dims {
      if dim < 0 { throw PythonError.value("invalid shape in fixed-type tuple: dimension smaller then zero.") }
      if dim > Int(Int32.max) {
        throw PythonError.value("invalid shape in fixed-type tuple: dimension does not fit into a C int.")
      }
    }
    return dims
  }

  /// True for a comma string NumPy reads as fields (`'i4,f8'`, `'i4,'`): a comma outside a sub-array's
  /// parentheses; `'(2, 3)f8'` is one sub-array dtype, not fields.
  static func isCommaString(_ code: String) -> Bool {
    var depth = 0
    for character in code {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth -= 1
      } else if character == ",", depth == 0 {
        return true
      }
    }
    return false
  }

  /// A comma string's pieces, keeping the commas inside a sub-array's `(2, 3)` together.
  static func commaPieces(_ code: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var depth = 0
    for character in code {
      switch character {
      case "(": depth += 1
      case ")": depth -= 1
      case "," where depth == 0:
        pieces.append(current)
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    pieces.append(current)
    return pieces
  }

  /// A comma-string piece's leading sub-array shape (`3int8`, `(2, 3)float64`) and the format after it.
  static func shapePrefix(_ piece: String, code: String) throws(PythonError) -> ([Int], String) {
    let notUnderstood = PythonError.type("data type '\(code)' not understood")
    if piece.hasPrefix("(") {
      guard let close = piece.firstIndex(of: ")") else { throw notUnderstood }
      let inside = piece[piece.index(after: piece.startIndex)..<close].split(separator: ",").map {
        String($0).trimmingSpaces()
      }.filter { !$0.isEmpty }
      var dims: [Int] = []
      for text in inside {
        guard let n = Int(text) else { throw notUnderstood }
        dims.append(n)
      }
      let rest = String(piece[piece.index(after: close)...]).trimmingSpaces()
      guard !rest.isEmpty else { throw notUnderstood }
      return (try subarrayShape(.tuple(ValueList(dims.map { .int($0) }))), rest)
    }
    let digits = piece.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return ([], piece) }
    let rest = String(piece.dropFirst(digits.count))
    // `3` alone is no format; what follows the count is checked as a format.
    guard let count = Int(digits), !rest.isEmpty else { throw notUnderstood }
    return (try subarrayShape(.int(count)), rest)
  }

  /// `np.dtype({'col1': ('i1', 0), 'col2': ('f4', 1)})`: fields by name with their offsets, in offset order.
  private static func fieldsDictDType(_ dict: DictBox) throws(PythonError) -> StructDType {
    var fields: [StructField] = []
    for key in dict.keys {
      guard case .string(let name) = key, let entry = try dict.get(key), case .tuple(let pair) = entry else {
        throw refusal("this dict dtype")
      }
      guard pair.count == 2 || pair.count == 3 else { throw refusal("this dict dtype") }
      let offset = try pair[1].toInt()
      if offset < 0 { throw refusal("negative offsets") }
      var title: String? = nil
      if pair.count == 3 {
        guard case .string(let given) = pair[2] else { throw refusal("fields with titles that are not strings") }
        title = given
      }
      var field = StructField(name: name, format: try fieldFormat(pair[0]), offset: offset, title: title)
      field.cLongLongSpelling = pair[0].cLongLongSpelling
      fields.append(field)
    }
    // NumPy orders the fields by offset, keeping the dict's order among equal offsets.
    fields = fields.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(
      \.element)
    for (left, right) in zip(fields, fields.dropFirst()) where left.offset + left.byteCount > right.offset {
      throw refusal("overlapping fields")
    }
    let end = fields.map { $0.offset + $0.byteCount }.max() ?? 0
    let dtype = StructDType(fields: fields, itemsize: end)
    try checkTitles(dtype)
    return dtype
  }

  /// Titles are keys too: one equal to a name or another title is refused (NumPy rejects some such dtypes).
  private static func checkTitles(_ dtype: StructDType) throws(PythonError) {
    let titles = dtype.fields.compactMap(\.title)
    if Set(titles).count != titles.count || titles.contains(where: { dtype.field($0) != nil }) {
      throw refusal("a title that is also a name or another title")
    }
  }

  /// One field's format: a number dtype or a text dtype with a width.
  private static func fieldFormat(_ value: Value, align: Bool = false) throws(PythonError) -> FieldFormat {
    switch value {
    case .list, .dict, .structDType:
      if align { throw refusal("nested structured fields with align=True") }
      guard let inner = try parseAnyDType(value, align: false) else { throw refusal("this nested field") }
      return .structured(inner)
    case .string(let code) where isCommaString(code):
      if align { throw refusal("nested structured fields with align=True") }
      guard let inner = try parseAnyDType(value, align: false) else { throw refusal("this nested field") }
      return .structured(inner)
    case .tuple(let pair) where pair.count == 2:
      // `(np.str_, 10)`: a text type with its width.
      if let text = TextDType.parse(pair[0]), text.width == 0, case .int(let width) = pair[1], width > 0,
        width <= maxTextWidth
      {
        return .text(TextDType(isBytes: text.isBytes, width: width))
      }
      throw refusal("sub-array fields")
    case .tuple: throw refusal("sub-array fields")
    default: break
    }
    if let text = TextDType.parse(value) {
      guard text.width > 0 else { throw refusal("a string field without a width") }
      if text.isBigEndian { throw ByteOrder.refusal(text.str) }
      return .text(text)
    }
    if let ordered = ByteOrder.ordered(value), ordered.mark == .big { return .bigEndian(ordered.dtype) }
    // A C long long field is kept as int64 or uint64, which NumPy's dtype objects do not tell apart; its parser marks
    // the field (`StructField.cLongLongSpelling`) so that an array of the dtype is refused.
    return .numeric(try value.toDTypeIgnoringCLongLong())
  }

  /// `dtype.name` and the other attributes of a structured dtype.
  static func dtypeAttribute(_ name: String, of dtype: StructDType) throws(PythonError) -> Value? {
    if dtype.isOpaqueVoid {
      switch name {
      case "names", "fields": return Value.none
      case "descr": return try .makeList([try .makeTuple([.string(""), .string("|V\(dtype.itemsize)")])])
      case "isalignedstruct", "newbyteorder": throw refusal("dtype.\(name) of a void dtype")
      default: break
      }
    }
    switch name {
    case "names": return try .makeTuple(dtype.names.map { .string($0) })
    case "fields":
      if dtype.fields.contains(where: { !$0.shape.isEmpty }) {
        throw refusal("dtype.fields of a dtype with sub-array fields")
      }
      if let spelling = dtype.fields.lazy.compactMap(\.cLongLongSpelling).first {
        throw Value.cLongLongRefusal(spelling, field: true)
      }
      let dict = DictBox()
      for field in dtype.fields {
        guard let title = field.title else {
          try dict.set(.string(field.name), try .makeTuple([field.format.dtypeValue, .int(field.offset)]))
          continue
        }
        // A titled field is listed under its name and again under its title.
        let entry = try Value.makeTuple([field.format.dtypeValue, .int(field.offset), .string(title)])
        try dict.set(.string(field.name), entry)
        try dict.set(.string(title), entry)
      }
      dict.isMappingProxy = true
      return .dict(dict)
    case "itemsize": return .int(dtype.itemsize)
    case "kind", "char": return .string("V")
    case "str": return .string("|V\(dtype.itemsize)")
    case "name": return .string("void\(dtype.itemsize * 8)")
    case "type": return .function(dtype.isRecord ? "numpy.record" : "numpy.void")
    case "ndim": return .int(0)
    case "shape": return .intTuple([])
    case "isalignedstruct": return .bool(dtype.isAligned)
    case "byteorder": return .string("|")
    case "isnative": return .bool(!dtype.hasBigEndianFields)
    case "newbyteorder": return .method(.structDType(dtype), name)
    case "descr":
      guard dtype.isPacked else {
        throw PythonError.value("dtype.descr is not defined for types with overlapping or out-of-order fields")
      }
      return try .makeList(
        dtype.fields.map { (field) throws(PythonError) in
          let name: Value =
            if let title = field.title { try .makeTuple([.string(title), .string(field.name)]) } else {
              .string(field.name)
            }
          let format: Value =
            if case .structured(let inner) = field.format {
              try dtypeAttribute("descr", of: inner) ?? .none
            } else { .string(field.format.str) }
          return field.shape.isEmpty
            ? try .makeTuple([name, format])
            : try .makeTuple([name, format, .intTuple(field.shape)])
        })
    default: return nil
    }
  }

  /// `dtype['age']` or `dtype[1]`: a field's dtype, with NumPy's errors.
  static func dtypeItem(_ dtype: StructDType, _ key: Value) throws(PythonError) -> Value {
    if dtype.isOpaqueVoid { throw PythonError("KeyError", "\"There are no fields in dtype V\(dtype.itemsize).\"") }
    let picked = try dtypeField(dtype, key)
    if !picked.shape.isEmpty { throw refusal("the dtype of a sub-array field") }
    if let spelling = picked.cLongLongSpelling { throw Value.cLongLongRefusal(spelling, field: true) }
    return picked.format.dtypeValue
  }

  private static func dtypeField(_ dtype: StructDType, _ key: Value) throws(PythonError) -> StructField {
    switch key {
    case .string(let name):
      guard let field = dtype.field(name) ?? dtype.fields.first(where: { $0.title == name }) else {
        throw PythonError("KeyError", "\"Field named '\(name)' not found.\"")
      }
      return field
    case .int(let position):
      let resolved = position < 0 ? position + dtype.fields.count : position
      guard resolved >= 0, resolved < dtype.fields.count else {
        throw PythonError.index("Field index \(position) out of range.")
      }
      return dtype.fields[resolved]
    default: throw refusal("this index of a structured dtype")
    }
  }
}
