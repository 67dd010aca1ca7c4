import TensorCore

/// NumPy's structured arrays (`np.zeros(3, dtype=[('name', 'U10'), ('age', 'i4')])`), their elements (`np.void`)
/// and record arrays (`np.rec.array`): made, printed, indexed and assigned as NumPy does; anything else on them is
/// refused by name.
enum StructuredArrays {
  /// The refusal for what snippets do not do with structured arrays.
  static func refusal(_ what: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "\(what) of NumPy structured arrays is not supported in snippets (they have structured dtypes, creation, "
        + "printing, field and element indexing, assignment, sort/argsort with order=, tolist and np.rec record "
        + "arrays)")
    error.isLimit = true
    return error
  }
}

/// One field's memory: a root tensor (numbers; views of the field share its lineage, so a write through any of them
/// reaches every other) or text elements shared with the string arrays that view them.
enum FieldColumn {
  /// A one-dimensional array that is a view of its own root, so `baseArray()` reads the root's current elements; the
  /// view's offset and stride place the field's elements in the root (0 and 1, unless the root is an unstructured
  /// array the structured one views, as `unstructured_to_structured` does).
  case numeric(Tensor)
  case text(TextStorage, TextDType)
  /// A nested structure's own columns, one element per element of the array (its positions are the array's).
  case nested(StructStorage)

  /// A column owning `values` (row-major, one per element of the structured array).
  static func owning(_ tensor: Tensor) -> FieldColumn {
    var flat = tensor.asNewArray()
    flat.shape = [tensor.size]
    flat.ensureRoot()
    StructuredArrays.registerColumn(flat.lineage)
    return .numeric(flat.asView(ArrayView(offset: 0, strides: [1])))
  }

  /// The column's elements as they are now.
  var current: Tensor? {
    guard case .numeric(let tensor) = self else { return nil }
    return tensor.baseArray()
  }
}

/// The fields' memory of one structured array, shared by its views (slices, field views, elements).
final class StructStorage: @unchecked Sendable {
  let columns: [String: FieldColumn]
  /// Elements in the memory.
  let count: Int
  init(columns: [String: FieldColumn], count: Int) {
    self.columns = columns
    self.count = count
  }

  /// Bytes the memory takes, for the chapter's budget: NumPy's item bytes of every field.
  var byteCount: Int {
    columns.values.reduce(0) { total, column in
      switch column {
      case .numeric(let tensor): total + tensor.size * 8
      case .text(let storage, _): total + storage.byteCount
      case .nested(let storage): total + storage.byteCount
      }
    }
  }

  /// The numeric columns, for the memory walk.
  var tensors: [Tensor] {
    columns.values.flatMap { (column) -> [Tensor] in
      switch column {
      case .numeric(let tensor): [tensor]
      case .text: []
      case .nested(let storage): storage.tensors
      }
    }
  }
}

/// A structured array, an `np.void` element of one (`isVoid`), or a record array (`isRecord`): which elements of the
/// shared memory it shows (an int64 array of positions, as `TextArray` keeps them, so shape operations reuse the
/// tensor core's) and its dtype.
struct StructArray: Sendable {
  let storage: StructStorage
  var positions: Tensor
  var dtype: StructDType
  /// An element (`a[0]`), printed `np.void(...)`.
  var isVoid = false
  /// `np.recarray` / `np.record`: fields are attributes too.
  var isRecord = false

  var shape: [Int] { positions.shape }
  var count: Int { positions.shape.reduce(1, *) }

  /// Each element's position in the memory, row-major.
  var flatPositions: [Int] {
    if case .int64(let values) = positions.storage { return values.map { Int($0) } }
    return []
  }

  /// A new array owning `columns` (one value per element, row-major, in `shape`).
  init(columns: [String: FieldColumn], shape: [Int], dtype: StructDType) {
    let count = shape.reduce(1, *)
    storage = StructStorage(columns: columns, count: count)
    positions = Tensor(shape: shape, storage: .int64((0..<Int64(count)).map { $0 }))
    self.dtype = dtype
  }

  /// A view of the columns `storage` at `positions` (a nested field's structure).
  init(sharing storage: StructStorage, positions: Tensor, dtype: StructDType) {
    self.storage = storage
    self.positions = positions
    self.dtype = dtype
  }

  /// A view of `base`'s memory at `positions`.
  init(viewing base: StructArray, positions: Tensor) {
    storage = base.storage
    self.positions = positions
    dtype = base.dtype
    isRecord = base.isRecord
  }

  /// Field `name` as NumPy returns it: a view of the memory (a numeric array or a string array); for an element, the
  /// field's scalar.
  func field(_ name: String) throws(PythonError) -> Value {
    guard let field = dtype.field(name), let column = storage.columns[name] else {
      throw PythonError.value("no field of name \(name)")
    }
    let places = flatPositions
    switch column {
    case .nested(let inner):
      guard case .structured(let innerType) = field.format else { throw StructuredArrays.refusal("this field") }
      // The nested structure over the same elements: a view of its columns at this array's positions.
      var view = StructArray(sharing: inner, positions: positions, dtype: innerType)
      view.isVoid = isVoid
      // A record array's structured field is a record array too (`r.bar`, `r['bar']`), an element's an np.record.
      if isRecord || dtype.isRecord {
        view.isRecord = isRecord
        view.dtype.isRecord = true
      }
      return .structArray(view)
    case .numeric(let columnTensor):
      guard var base = column.current else { throw StructuredArrays.refusal("this field") }
      let placing = columnTensor.geometry
      let step = placing.strides.first ?? 1
      let places = placing.offset == 0 && step == 1 ? places : places.map { placing.offset + step * $0 }
      if base.shape.count != 1 {
        let lineage = base.lineage
        base = try core { try base.reshape([base.size]) }
        base.lineage = lineage
      }
      if !field.shape.isEmpty {
        guard placing.offset == 0 && step == 1 else { throw StructuredArrays.refusal("this sub-array field") }
        return try subarrayField(field, base: base, places: isVoid ? [places[0]] : places)
      }
      if isVoid { return .tensor(try core { try base.index([.int(places[0])]) }) }
      var picked = try core { try base.index([.indices(shape: shape, values: places)]) }
      if let dtype = field.format.numberType, picked.dtype != dtype {
        picked = try core { try picked.astype(dtype) }
      }
      picked.lineage = base.lineage
      var geometry = ViewTracking.stridedGeometry(places, shape: shape)
      if geometry == nil {
        var scattered = ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(shape))
        scattered.positions = places
        geometry = scattered
      }
      return .tensor(picked.asView(geometry!))
    case .text(let items, let textDType):
      if isVoid { return .textScalar(items.items[places[0]], isBytes: textDType.isBytes) }
      return .textArray(TextArray(storage: items, positions: positions, dtype: textDType))
    }
  }

  /// A sub-array field's view: the array's shape followed by the sub-array's (an element's, the sub-array alone),
  /// each element's values at `place * size` in the column.
  private func subarrayField(_ field: StructField, base: Tensor, places: [Int]) throws(PythonError) -> Value {
    let size = field.shape.reduce(1, *)
    let fullShape = (isVoid ? [] : shape) + field.shape
    let expanded = places.flatMap { place in (0..<size).map { place * size + $0 } }
    var picked = try core {
      try base.index([.indices(shape: [expanded.count], values: expanded)]).reshape(fullShape)
    }
    if let dtype = field.format.numberType, picked.dtype != dtype {
      picked = try core { try picked.astype(dtype) }
    }
    picked.lineage = base.lineage
    var geometry = ViewTracking.stridedGeometry(expanded, shape: fullShape)
    if geometry == nil {
      var scattered = ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(fullShape))
      scattered.positions = expanded
      geometry = scattered
    }
    return .tensor(picked.asView(geometry!))
  }

  /// The field's view over this array's elements, as an array even for an element (a one-element view).
  func fieldArray(_ name: String) throws(PythonError) -> Value {
    guard isVoid else { return try field(name) }
    var row = self
    row.isVoid = false
    row.positions = try core { try positions.reshape([1]) }
    return try row.field(name)
  }

  /// A copy owning its memory (what fancy indexing, `copy()` and sorting return).
  func copied() throws(PythonError) -> StructArray {
    var columns: [String: FieldColumn] = [:]
    for field in dtype.fields {
      switch try fieldArray(field.name) {
      case .tensor(let tensor): columns[field.name] = .owning(tensor)
      case .textArray(let text): columns[field.name] = .text(TextStorage(text.elements), text.dtype)
      case .structArray(let inner): columns[field.name] = .nested(try inner.copied().storage)
      default: throw StructuredArrays.refusal("this field")
      }
    }
    var result = StructArray(columns: columns, shape: isVoid ? [] : shape, dtype: dtype)
    result.isVoid = isVoid
    result.isRecord = isRecord
    return result
  }
}

extension TextArray {
  /// A view of a structured array's text field.
  init(storage: TextStorage, positions: Tensor, dtype: TextDType) {
    self.storage = storage
    self.positions = positions
    self.dtype = dtype
  }
}

extension StructuredArrays {
  /// Records a field's lineage in the running chapter (RecfunctionViewLinks): its views' `.base`, `.strides` and
  /// `.flags` are NumPy's of a structured array's memory, which these views do not describe, so those attributes are
  /// refused.
  static func registerColumn(_ lineage: ArrayLineage) {
    RecfunctionViewLinks.current?.registerColumn(lineage)
  }

  /// True for a view of a structured array's field.
  static func isFieldView(_ tensor: Tensor) -> Bool {
    RecfunctionViewLinks.current?.isColumn(tensor.lineage) ?? false
  }
}
