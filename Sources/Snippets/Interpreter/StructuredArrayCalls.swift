import TensorCore

/// The most field values one structured array may hold in all (elements × fields), the per-value limit of the
/// language's arrays.
let maxStructuredValues = 16_777_216

extension StructuredArrays {
  /// NumPy names this file answers as `np.name`.
  static let numpyNames: Set<String> = ["rec", "recarray", "void", "record"]

  /// `np.rec`, `np.recarray`, `np.void`, `np.record`.
  static func member(_ name: String) -> Value {
    switch name {
    case "rec": .module("numpy.rec")
    case "recarray": .function("numpy.rec.recarray")
    default: .function("numpy.\(name)")
    }
  }

  /// `np.rec.name`.
  static func recMember(_ name: String) -> Value? {
    ["array", "fromrecords", "fromarrays", "recarray"].contains(name) ? .function("numpy.rec.\(name)") : nil
  }

  /// True when a NumPy function's arguments hold a structured array or dtype, or its `dtype=` names one.
  static func involved(_ name: String, _ call: CallArguments) -> Bool {
    func structured(_ value: Value) -> Bool {
      switch value {
      case .structArray, .structDType: true
      case .list(let items), .tuple(let items): items.contains { structured($0) }
      default: false
      }
    }
    if call.positional.contains(where: structured) || call.keywords.contains(where: { structured($0.value) }) {
      return true
    }
    guard ["array", "asarray", "zeros", "ones", "empty", "full"].contains(name) else { return false }
    let dtype =
      call.keywords.first { $0.name == "dtype" }?.value ?? (call.positional.count > 1 ? call.positional[1] : nil)
    guard let dtype else { return false }
    switch dtype {
    case .list, .dict: return true
    case .string(let code): return isCommaString(code)
    default: return false
    }
  }

  /// A structured array of `shape` whose every field holds zeros (or ones).
  static func filled(_ shape: [Int], dtype: StructDType, one: Bool) throws(PythonError) -> StructArray {
    let count = try checkedCount(shape, fields: dtype.fields.count)
    var columns: [String: FieldColumn] = [:]
    for field in dtype.fields {
      switch field.format {
      case .numeric(let type), .bigEndian(let type):
        // A sub-array field holds its values for each element in turn.
        let values = try checkedCount([count] + field.shape, fields: 1)
        let base = Tensor(shape: [values], storage: .int64([Int64](repeating: one ? 1 : 0, count: values)))
        columns[field.name] = .owning(try core { try base.astype(type) })
      case .text(let type):
        try StringArrays.checkSize(count: count, width: type.width)
        columns[field.name] = .text(TextStorage([String](repeating: one ? "1" : "", count: count)), type)
      case .structured(let inner):
        columns[field.name] = .nested(try filled([count], dtype: inner, one: one).storage)
      }
    }
    return StructArray(columns: columns, shape: shape, dtype: dtype)
  }

  /// The element count of `shape`, refused past the language's per-value limit (counting every field's values).
  static func checkedCount(_ shape: [Int], fields: Int) throws(PythonError) -> Int {
    var count = 1
    for extent in shape {
      guard extent >= 0 else { throw PythonError.value("negative dimensions are not allowed") }
      let (product, overflow) = count.multipliedReportingOverflow(by: extent)
      guard !overflow, product <= maxStructuredValues else { throw sizeLimit() }
      count = product
    }
    let (total, overflow) = count.multipliedReportingOverflow(by: max(fields, 1))
    guard !overflow, total <= maxStructuredValues else { throw sizeLimit() }
    try WorkMeter.charge(total)
    return count
  }

  private static func sizeLimit() -> PythonError {
    var error = PythonError(
      "MemoryError", "a structured array may hold at most \(maxStructuredValues) field values in snippets")
    error.isLimit = true
    return error
  }

  /// `np.array(object, dtype=dtype)`: tuples are elements (one value per field), lists are axes, a lone value fills
  /// every field, as NumPy reads them.
  static func make(_ object: Value, dtype: StructDType) throws(PythonError) -> StructArray {
    var shape: [Int]? = nil
    var records: [[Value]] = []
    let fieldCount = dtype.fields.count
    func walk(_ value: Value, _ path: [Int]) throws(PythonError) {
      switch value {
      case .list(let items):
        if path.count >= 32 { throw refusal("a list nested this deep") }
        if items.isEmpty {
          if shape == nil { shape = path + [0] } else if shape! != path + [0] { throw ragged() }
          return
        }
        for item in items { try walk(item, path + [items.count]) }
      default:
        if shape == nil { shape = path } else if shape! != path { throw ragged() }
        records.append(try components(value, fields: fieldCount))
        if records.count * fieldCount > maxStructuredValues { throw sizeLimit() }
      }
    }
    try walk(object, [])
    let finalShape = shape ?? []
    let count = try checkedCount(finalShape, fields: fieldCount)
    guard count == records.count else { throw ragged() }
    var columns: [String: FieldColumn] = [:]
    for (k, field) in dtype.fields.enumerated() {
      let values = Value.list(ValueList(records.map { $0[k] }))
      columns[field.name] = try column(values, format: field.format, count: count, subarray: field.shape)
    }
    return StructArray(columns: columns, shape: finalShape, dtype: dtype)
  }

  private static func ragged() -> PythonError {
    refusal("a ragged list (elements at different depths)")
  }

  /// One field's memory from a list of its values (for a sub-array field, each value an array of `subarray`'s shape
  /// or one number for all of it).
  static func column(_ values: Value, format: FieldFormat, count: Int, subarray: [Int] = []) throws(PythonError)
    -> FieldColumn
  {
    switch format {
    case .numeric(let type), .bigEndian(let type):
      let nested = try values.toNested()
      var tensor = try core { try Tensor.array(nested, dtype: type) }
      if !subarray.isEmpty {
        let full = [count] + subarray
        _ = try checkedCount(full, fields: 1)
        if tensor.shape != full {
          // A number (or an array that broadcasts) fills each element's sub-array, as NumPy assigns it.
          guard tensor.shape.first == count, tensor.ndim <= full.count else {
            throw refusal("a sub-array field from values of shape \(pythonShapeRepr(tensor.shape))")
          }
          let each = Array(tensor.shape.dropFirst())
          let aligned = subarray.suffix(each.count)
          if zip(each, aligned).contains(where: { $0 != $1 && $0 != 1 }) {
            func compact(_ shape: [Int]) -> String {
              "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
            }
            throw PythonError.value(
              "could not broadcast input array from shape \(compact(each)) into shape \(compact(subarray))")
          }
          // Each element's value aligns with the sub-array's trailing axes, as NumPy broadcasts it.
          let padded =
            [count] + [Int](repeating: 1, count: full.count - tensor.ndim) + Array(tensor.shape.dropFirst())
          tensor = try core { try tensor.reshape(padded).broadcast(to: full).asNewArray() }
        }
        return .owning(tensor)
      }
      if tensor.size != count { tensor = try core { try tensor.reshape([count]) } }
      return .owning(tensor)
    case .text(let type):
      guard case .textArray(let text) = try StringArrays.make(values, dtype: type) else {
        throw refusal("this text field")
      }
      return .text(TextStorage(text.elements), type)
    case .structured(let inner):
      guard case .list(let items) = values, items.count == count else { throw refusal("this nested field's values") }
      return .nested(try make(values, dtype: inner).storage)
    }
  }

  /// One element's field values from what is assigned to it: a tuple (one per field), an element, or one value for
  /// every field.
  static func components(_ value: Value, fields: Int) throws(PythonError) -> [Value] {
    switch value {
    case .tuple(let items):
      guard items.count == fields else {
        throw PythonError.value("could not assign tuple of length \(items.count) to structure with \(fields) fields.")
      }
      return items.items
    case .structArray(let element) where element.isVoid:
      guard element.dtype.fields.count == fields else { throw refusal("assigning an element with other fields") }
      var values: [Value] = []
      for field in element.dtype.fields { values.append(try element.field(field.name)) }
      return values
    case .bool, .int, .float, .string:
      return [Value](repeating: value, count: fields)
    case .tensor(let tensor) where tensor.isScalar:
      return [Value](repeating: value, count: fields)
    default:
      throw refusal("making an element of a structured array from a \(value.typeName)")
    }
  }

  /// `a[key]`: a field (a view), several fields (a view with their offsets), an element (`np.void`), or an array of
  /// elements (a view for basic indexing, a copy for advanced).
  static func index(_ array: StructArray, _ key: Value) throws(PythonError) -> Value {
    if array.dtype.isOpaqueVoid {
      if array.isVoid { throw opaqueVoidRefusal("indexing an element") }
      if case .string = key { throw opaqueVoidRefusal("a field index") }
      if case .list(let items) = key, items.contains(where: { if case .string = $0 { true } else { false } }) {
        throw opaqueVoidRefusal("a field index")
      }
    }
    switch key {
    case .string(let name): return try presentedField(array, name)
    case .list(let items) where !items.isEmpty && items.allSatisfy({ if case .string = $0 { true } else { false } }):
      var view = array
      view.dtype = try array.dtype.selecting(items.map(\.str))
      return .structArray(view)
    default: break
    }
    if array.isVoid {
      guard case .int(let position) = key else { throw refusal("this index of an element") }
      let resolved = position < 0 ? position + array.dtype.fields.count : position
      guard resolved >= 0, resolved < array.dtype.fields.count else {
        throw PythonError.index("invalid index (\(position))")
      }
      return try array.field(array.dtype.fields[resolved].name)
    }
    let items = try Indexing.indexItems(key)
    let picked = try core { try array.positions.index(items) }
    if picked.isScalar {
      var element = StructArray(viewing: array, positions: try core { try picked.reshape([]) })
      element.isVoid = true
      return .structArray(element)
    }
    let view = StructArray(viewing: array, positions: picked)
    let advanced = items.contains {
      switch $0 {
      case .indices, .mask: true
      default: false
      }
    }
    return .structArray(advanced ? try view.copied() : view)
  }

  /// The rows `for` sees: elements of a 1-d array, sub-arrays (views) of a higher one, an element's field values.
  static func rows(_ array: StructArray) throws(PythonError) -> [Value] {
    if array.isVoid && array.dtype.isOpaqueVoid { throw opaqueVoidRefusal("iterating over an element") }
    if array.isVoid { return try array.dtype.fields.map { (field) throws(PythonError) in try array.field(field.name) } }
    guard let first = array.shape.first else { throw PythonError.type("iteration over a 0-d array") }
    var rows: [Value] = []
    for k in 0..<first { rows.append(try index(array, .int(k))) }
    return rows
  }

  /// `a.tolist()`: tuples of Python values (a sub-array field's value as a new array, as NumPy gives it), nested in
  /// lists as the array's axes.
  static func toList(_ array: StructArray) throws(PythonError) -> Value {
    var fieldLists: [[Value]] = []
    for field in array.dtype.fields {
      if !field.shape.isEmpty, case .tensor(let values) = try array.fieldArray(field.name) {
        var copies: [Value] = []
        for k in 0..<(array.isVoid ? 1 : array.count) {
          let rows = try core { try values.reshape([-1] + field.shape) }
          copies.append(.tensor(try core { try rows.index([.int(k)]).asNewArray() }))
        }
        fieldLists.append(copies)
        continue
      }
      switch try array.fieldArray(field.name) {
      case .tensor(let tensor):
        var flat = tensor
        let elements = array.isVoid ? 1 : array.count
        flat = try core { try flat.reshape([elements] + (array.dtype.field(field.name)?.shape ?? [])) }
        guard
          case .list(let items) = try Methods.call(
            "tolist", on: .tensor(flat),
            CallArguments(function: "tolist", positional: [], keywords: [], positionalTexts: []))
        else { throw refusal("tolist of this field") }
        fieldLists.append(items.items)
      case .textArray(let text):
        fieldLists.append(text.elements.map { text.dtype.isBytes ? .bytes($0) : .string($0) })
      case .structArray(let inner):
        // Each element's nested structure as a tuple of its own.
        let flat = StructArray(viewing: inner, positions: try core { try inner.positions.reshape([-1]) })
        guard case .list(let items) = try toList(flat) else { throw refusal("tolist of this field") }
        fieldLists.append(items.items)
      default: throw refusal("tolist of this field")
      }
    }
    var tuples: [Value] = []
    for k in 0..<(array.isVoid ? 1 : array.count) {
      tuples.append(try .makeTuple(fieldLists.map { $0[k] }))
    }
    if array.isVoid || array.shape.isEmpty { return tuples[0] }
    func nest(_ axis: Int, _ start: Int) throws(PythonError) -> Value {
      let stride = array.shape[(axis + 1)...].reduce(1, *)
      var items: [Value] = []
      for k in 0..<array.shape[axis] {
        items.append(axis == array.shape.count - 1 ? tuples[start + k] : try nest(axis + 1, start + k * stride))
      }
      return try .makeList(items)
    }
    return try nest(0, 0)
  }

  /// The element order `np.sort(a, order=…)` gives a one-dimensional array: by the named fields, ties broken by
  /// the others in dtype order (a stable sort, so equal elements keep their order).
  static func sortOrder(_ array: StructArray, order: Value?) throws(PythonError) -> [Int] {
    guard array.shape.count == 1 else { throw refusal("sorting a structured array that is not one-dimensional") }
    var keys: [String] = []
    switch order {
    case nil, .none?: break
    case .string(let name)?: keys = [name]
    case .list(let items)?, .tuple(let items)?: keys = items.map(\.str)
    default: throw PythonError.value("Cannot sort by this order")
    }
    for key in keys where array.dtype.field(key) == nil {
      throw PythonError.value("unknown field name: \(key)")
    }
    keys += array.dtype.names.filter { !keys.contains($0) }
    var comparators: [(Int, Int) -> Int] = []
    for key in keys {
      switch try array.field(key) {
      case .textArray(let text):
        let items = text.elements
        comparators.append { a, b in
          StringArrays.precedes(items[a], items[b]) ? -1 : (StringArrays.precedes(items[b], items[a]) ? 1 : 0)
        }
      case .tensor(let tensor):
        switch tensor.storage {
        case .int64(let values) where tensor.dtype == .uint64:
          comparators.append { a, b in
            let x = UInt64(bitPattern: values[a])
            let y = UInt64(bitPattern: values[b])
            return x < y ? -1 : (x > y ? 1 : 0)
          }
        case .int64(let values):
          comparators.append { a, b in values[a] < values[b] ? -1 : (values[a] > values[b] ? 1 : 0) }
        case .bool(let values): comparators.append { a, b in values[a] == values[b] ? 0 : (values[b] ? -1 : 1) }
        case .float64(let values):
          // NaN sorts last, as NumPy's sort puts it.
          comparators.append { a, b in
            let x = values[a]
            let y = values[b]
            if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
            return x < y ? -1 : (x > y ? 1 : 0)
          }
        case .complex128: throw refusal("sorting by a complex field")
        }
      default: throw refusal("sorting by this field")
      }
    }
    try WorkMeter.charge(array.count * 20)
    return (0..<array.count).sorted { a, b in
      for compare in comparators {
        let result = compare(a, b)
        if result != 0 { return result < 0 }
      }
      return a < b
    }
  }

  /// `np.rec.fromrecords` / `np.rec.array` of a list of tuples without a dtype: each column's dtype as `np.array`
  /// finds it.
  static func inferredDType(_ records: [[Value]], names: [String]) throws(PythonError) -> StructDType {
    guard let width = records.first?.count else { throw refusal("np.rec of no records") }
    var parts: [(String, FieldFormat)] = []
    for k in 0..<width {
      let values = Value.list(ValueList(records.map { $0[k] }))
      let name = k < names.count ? names[k] : "f\(k)"
      parts.append((name, try inferredFormat(values)))
    }
    return try StructDType.laidOut(parts, align: false)
  }

  /// The format NumPy finds for a list of values.
  static func inferredFormat(_ values: Value) throws(PythonError) -> FieldFormat {
    if StringArrays.holdsText(values) {
      guard case .textArray(let text) = try StringArrays.make(values, dtype: nil) else { throw refusal("this column") }
      return .text(text.dtype)
    }
    switch values {
    case .structArray: throw refusal("nested structured fields")
    case .textArray(let text): return .text(text.dtype)
    default: return .numeric(try values.toTensor().dtype)
    }
  }

  /// Field names given as a list or a comma-separated string (`'x,y'`).
  static func fieldNames(_ value: Value?) throws(PythonError) -> [String] {
    switch value {
    case nil, .none?: return []
    case .string(let text)?:
      return text.split(separator: ",").map { String($0).trimmingSpaces() }
    case let other?: return try Interpreter.iterationItems(other).map(\.str)
    }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while scalars.first == " " { scalars = scalars.dropFirst() }
    while scalars.last == " " { scalars = scalars.dropLast() }
    return String(scalars)
  }
}

extension StructuredArrays {
  /// Field `name` as `a['name']` (or `r.name`) gives it: the field's view, which for a big-endian field of an array
  /// is NumPy's big-endian array over the same memory (`array([0, 0], dtype='>i4')`), read through the column.
  static func presentedField(_ array: StructArray, _ name: String) throws(PythonError) -> Value {
    let value = try array.field(name)
    guard !array.isVoid, let field = array.dtype.field(name), case .bigEndian(let type) = field.format,
      case .tensor(let view) = value
    else { return value }
    guard view.lineage.root != nil, view.dtype == type else { throw refusal("this big-endian field") }
    let places = ViewTracking.positionArray(view)
    guard case .int64(let positions) = places.storage else { throw refusal("this big-endian field") }
    return .rawArray(
      RawArray(
        source: .swappedColumn(view.lineage, type), dtype: OrderedDType(type, .big), shape: view.shape,
        offsets: positions.map { Int($0) * type.itemsize }, isWriteable: true))
  }
}
