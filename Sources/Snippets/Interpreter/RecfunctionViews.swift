import TensorCore

/// The `numpy.lib.recfunctions` results that NumPy returns as views of their argument but docbuild computes into
/// memory of their own (a structured array keeps each field in a column of its own, so an unstructured array cannot
/// view several fields; a string array's elements are not a field's column): a write into either memory would show
/// through the other in NumPy and not here, so while both are alive it is refused, and so are the attributes that
/// describe the result's memory. A structured view of a number array's columns is made instead where it can be.
enum RecfunctionViews {
  /// The memories `value` writes into: a numeric array's lineage, a string array's elements, a structured array's
  /// columns.
  static func memories(of value: Value) -> [AnyObject & Sendable] {
    switch value {
    case .tensor(let tensor): return [tensor.lineage]
    case .textArray(let text): return [text.storage]
    case .structArray(let array):
      func columnMemories(_ storage: StructStorage) -> [AnyObject & Sendable] {
        storage.columns.values.flatMap { (column) -> [AnyObject & Sendable] in
          switch column {
          case .numeric(let tensor): [tensor.lineage]
          case .text(let storage, _): [storage]
          case .nested(let inner): columnMemories(inner)
          }
        }
      }
      return columnMemories(array.storage)
    default: return []
    }
  }

  /// The refusal of `what` on a memory NumPy shares through a recfunction's view, and why docbuild cannot do it.
  static func refusal(_ what: String, why: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError", "\(what) is not supported in snippets: NumPy returns a view there, \(why)")
    error.isLimit = true
    return error
  }

  /// True when `value` is C-contiguous, so that NumPy's `ravel` and `ascontiguousarray` view it.
  static func isContiguous(_ value: Value) -> Bool {
    switch value {
    // A NumPy scalar is copied into a new array, which nothing else shares.
    case .tensor(let tensor): return !tensor.isScalar && tensor.isCContiguous
    case .textArray(let text): return isConsecutive(text.positions)
    case .structArray(let array): return array.isVoid || isConsecutive(array.positions)
    default: return false
    }
  }

  /// True when `positions` (row-major) name consecutive elements of the memory.
  static func isConsecutive(_ positions: Tensor) -> Bool {
    guard case .int64(let places) = positions.storage, let first = places.first else { return true }
    for (index, place) in places.enumerated() where place != first + Int64(index) { return false }
    return true
  }
}

/// One chapter's record of the memories NumPy shares through recfunction views (RecfunctionViews), of the
/// `structured_to_unstructured` views kept in step with their fields (FieldMirrors) and of structured arrays' field
/// columns (StructuredArrays.registerColumn). The chapter's interpreter holds it, so no chapter sees another's links
/// and nothing outlives its chapter; a chapter that links nothing pays one Boolean test per write (no lock, no table).
///
/// Unchecked Sendable: only the thread running the chapter's block touches it (a session runs one block at a time),
/// as with the interpreter's other values.
final class RecfunctionViewLinks: @unchecked Sendable {
  /// The running chapter's links, for the code that has no interpreter at hand (attribute reads, string array writes);
  /// `SnippetSession` binds its interpreter's for each block.
  @TaskLocal static var current: RecfunctionViewLinks?

  /// A memory held without keeping it alive.
  private struct WeakMemory {
    weak var memory: (AnyObject & Sendable)?
  }

  /// One memory's partners: the memories NumPy shares it with, and the recfunction that made each pair.
  private struct Entry {
    var memory: WeakMemory
    var partners: [(memory: WeakMemory, function: String, refusesWrites: Bool)]
  }

  /// A lineage held without keeping it alive.
  private struct WeakLineage {
    weak var lineage: ArrayLineage?
  }

  /// One memory's mirrors, the memory not kept alive.
  private struct MirrorSlot {
    weak var lineage: ArrayLineage?
    var mirrors: [FieldMirrors.Mirror]
  }

  // The three tables are read by `isEmpty` before every in-place write, and the runtime's exclusivity check of a
  // class's stored property cost 75 instructions a read (a third of the rest of `a[1:, ::2] = s`'s bookkeeping): they
  // are unchecked, as the interpreter's other per-chapter tables are. One block's thread uses them at a time and no
  // access to one overlaps another.
  @exclusivity(unchecked) private var entries: [ObjectIdentifier: Entry] = [:]
  /// The entry count past which `link` forgets the memories no array holds any more.
  private var entriesPrunedPast = 1024
  @exclusivity(unchecked) private var mirrorSlots: [ObjectIdentifier: MirrorSlot] = [:]
  /// The mirrors being carried out, so that the write they make does not start them again.
  private var runningMirrors: Set<ObjectIdentifier> = []
  /// The lineages of structured arrays' numeric fields (StructuredArrays.registerColumn).
  @exclusivity(unchecked) private var columnLineages: [ObjectIdentifier: WeakLineage] = [:]
  /// The count past which `registerColumn` forgets the lineages no array holds any more.
  private var columnsPrunedPast = 1024
  /// How many times a check looked into the tables: a chapter that never linked a view never does.
  private(set) var lookups = 0

  /// True once the chapter linked a recfunction's view.
  var hasLinks: Bool { !entries.isEmpty }

  /// True while the chapter has linked nothing: no array's memory is mirrored in another's (these tables hold the
  /// lineages weakly, so a lineage nothing else holds may still be linked here).
  var isEmpty: Bool { entries.isEmpty && mirrorSlots.isEmpty && columnLineages.isEmpty }

  /// Records that NumPy's `function` returns a view of `argument` where docbuild returned `result`.
  func link(_ result: Value, to argument: Value, by function: String, refusesWrites: Bool = true) {
    let resultMemories = RecfunctionViews.memories(of: result)
    let argumentMemories = RecfunctionViews.memories(of: argument)
    if entries.count > entriesPrunedPast {
      entries = entries.filter { $0.value.memory.memory != nil }
      // Doubling the bound keeps a chapter holding many views alive from filtering the table at every link.
      entriesPrunedPast = max(1024, 2 * entries.count)
    }
    func add(_ memory: AnyObject & Sendable, partners: [AnyObject & Sendable]) {
      let key = ObjectIdentifier(memory)
      var entry = entries[key] ?? Entry(memory: WeakMemory(memory: memory), partners: [])
      if entry.memory.memory !== memory { entry = Entry(memory: WeakMemory(memory: memory), partners: []) }
      entry.partners.removeAll { $0.memory.memory == nil }
      for partner in partners where partner !== memory {
        entry.partners.append((WeakMemory(memory: partner), function, refusesWrites))
      }
      entries[key] = entry
    }
    for memory in resultMemories { add(memory, partners: argumentMemories) }
    for memory in argumentMemories { add(memory, partners: resultMemories) }
  }

  /// The recfunction whose result (or argument) still shares `memory` in NumPy, of the links that refuse writes when
  /// `writing`; nil when none does.
  func sharingFunction(_ memory: AnyObject, writing: Bool = false) -> String? {
    guard hasLinks else { return nil }
    lookups += 1
    guard let entry = entries[ObjectIdentifier(memory)], entry.memory.memory === memory else { return nil }
    return entry.partners.first { $0.memory.memory != nil && ($0.refusesWrites || !writing) }?.function
  }

  /// Refuses a write into `memory` while NumPy would show it through a recfunction's view.
  func checkWritable(_ memory: AnyObject) throws(PythonError) {
    guard let function = sharingFunction(memory, writing: true) else { return }
    let owner = function.hasPrefix("ndarray.") ? function : "recfunctions.\(function)"
    throw RecfunctionViews.refusal(
      "writing into an array that NumPy's \(owner) shares with its result or argument",
      why: "docbuild a copy, so the write would not show through the other array as in NumPy; copy the result "
        + "first (`.copy()`) and write into the copy")
  }

  /// Refuses `what` of an array whose memory NumPy shares through a recfunction's view.
  func checkDescribed(_ tensor: Tensor, _ what: String) throws(PythonError) {
    guard let function = sharingFunction(tensor.lineage) else { return }
    let owner = function.hasPrefix("ndarray.") ? function : "recfunctions.\(function)"
    throw RecfunctionViews.refusal(
      "\(what) of an array that NumPy's \(owner) shares with its result or argument",
      why: "docbuild an array of its own memory (its writes kept in step), whose base, flags and strides are "
        + "not NumPy's")
  }

  /// Keeps `result` (a `structured_to_unstructured` view) in step with `fields`.
  func addMirror(_ result: Tensor, showing fields: StructArray) {
    result.ensureRoot()
    let mirror = FieldMirrors.Mirror(result: result.lineage, fields: fields)
    var lineages = [result.lineage]
    for case .numeric(let column) in fields.storage.columns.values { lineages.append(column.lineage) }
    // Every mirror whose array is gone lets its fields go, so no chapter's memory outlives its arrays for long.
    for key in Array(mirrorSlots.keys) {
      mirrorSlots[key]?.mirrors.removeAll { $0.result == nil }
      if mirrorSlots[key]?.lineage == nil || mirrorSlots[key]?.mirrors.isEmpty == true { mirrorSlots[key] = nil }
    }
    for lineage in lineages {
      let key = ObjectIdentifier(lineage)
      var slot = mirrorSlots[key] ?? MirrorSlot(lineage: lineage, mirrors: [])
      if slot.lineage !== lineage { slot = MirrorSlot(lineage: lineage, mirrors: []) }
      slot.mirrors.removeAll { $0.result == nil }
      slot.mirrors.append(mirror)
      mirrorSlots[key] = slot
    }
  }

  /// The live mirrors that `lineage`'s memory takes part in.
  func mirrors(of lineage: ArrayLineage) -> [FieldMirrors.Mirror] {
    guard !mirrorSlots.isEmpty else { return [] }
    lookups += 1
    guard let slot = mirrorSlots[ObjectIdentifier(lineage)], slot.lineage === lineage else { return [] }
    return slot.mirrors.filter { $0.result != nil }
  }

  /// Marks `mirror` running; false when it already is.
  func beginMirror(_ mirror: FieldMirrors.Mirror) -> Bool {
    runningMirrors.insert(ObjectIdentifier(mirror)).inserted
  }

  /// Marks `mirror` done.
  func endMirror(_ mirror: FieldMirrors.Mirror) {
    runningMirrors.remove(ObjectIdentifier(mirror))
  }

  /// Records the lineage of a structured array's numeric field (and forgets the ones no array holds any more).
  func registerColumn(_ lineage: ArrayLineage) {
    if columnLineages.count > columnsPrunedPast {
      columnLineages = columnLineages.filter { $0.value.lineage != nil }
      columnsPrunedPast = max(1024, 2 * columnLineages.count)
    }
    columnLineages[ObjectIdentifier(lineage)] = WeakLineage(lineage: lineage)
  }

  /// True when `lineage` is a structured array's numeric field.
  func isColumn(_ lineage: ArrayLineage) -> Bool {
    guard !columnLineages.isEmpty else { return false }
    lookups += 1
    return columnLineages[ObjectIdentifier(lineage)]?.lineage === lineage
  }
}

extension Interpreter {
  /// `__docbuild_recfunction_view__(result, argument, function, contiguous_only)`: `result` with its memory linked to
  /// `argument`'s (RecfunctionViews); when `contiguous_only`, only a C-contiguous argument is viewed by NumPy.
  func recfunctionView(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 4, case .string(let function) = call.positional[2] else {
      throw PythonError.type("__docbuild_recfunction_view__(result, argument, function, contiguous_only)")
    }
    let result = call.positional[0]
    let argument = call.positional[1]
    if try call.positional[3].truthValue(), !RecfunctionViews.isContiguous(argument) { return result }
    if case .structArray(let made) = result, case .tensor(let tensor) = argument,
      let view = StructArray(viewingColumnsOf: tensor, like: made)
    {
      return .structArray(view)
    }
    if case .tensor(let unstructured) = result, case .structArray(let fields) = argument, !fields.isVoid {
      // Kept in step with the fields (FieldMirrors); its memory attributes describe no NumPy array, so are refused.
      recfunctionLinks.addMirror(unstructured, showing: fields)
      recfunctionLinks.link(result, to: argument, by: function, refusesWrites: false)
      return result
    }
    recfunctionLinks.link(result, to: argument, by: function)
    return result
  }
}

extension StructuredArrays {
  /// True for what `np.dtype` reads as fields: a list, a dict, a comma-separated string or a structured dtype.
  static func isFieldList(_ value: Value) -> Bool {
    switch value {
    case .list, .dict, .structDType: true
    case .string(let code): StructuredArrays.isCommaString(code)
    default: false
    }
  }
}

extension StructArray {
  /// `a.view(dtype)` of a dtype that only renames the fields: the same memory under the new names.
  func renamedView(_ renamed: StructDType) -> StructArray? {
    guard renamed.itemsize == dtype.itemsize, renamed.fields.count == dtype.fields.count else { return nil }
    var columns: [String: FieldColumn] = [:]
    for (old, new) in zip(dtype.fields, renamed.fields) {
      guard old.format == new.format, old.offset == new.offset, old.shape == new.shape, new.title == nil,
        let column = storage.columns[old.name]
      else { return nil }
      columns[new.name] = column
    }
    var view = StructArray(
      storage: StructStorage(columns: columns, count: storage.count), positions: positions, dtype: renamed)
    view.isVoid = isVoid
    view.isRecord = isRecord
    view.dtype.isRecord = isRecord || dtype.isRecord
    return view
  }

  /// `a.ravel()`: a one-dimensional view when the elements are consecutive in memory (as NumPy's ravel of a
  /// C-contiguous array), else a copy.
  func raveled() throws(PythonError) -> StructArray {
    var source = self
    if !isVoid && !RecfunctionViews.isConsecutive(positions) { source = try copied() }
    let flat = try core { try source.positions.reshape([isVoid ? 1 : count]) }
    return StructArray(viewing: source, positions: flat)
  }

  /// `made` (a new structured array of `tensor`'s elements, the last axis spread over its fields, all of `tensor`'s
  /// dtype) as NumPy's view of `tensor`: each field a column of `tensor`'s memory. Nil where that memory is not
  /// consecutive or the fields are not all of its dtype.
  init?(viewingColumnsOf tensor: Tensor, like made: StructArray) {
    let fieldCount = made.dtype.fields.count
    guard fieldCount > 0, tensor.size == made.count * fieldCount, tensor.geometry.part == .whole,
      made.dtype.fields.allSatisfy({ $0.format == .numeric(tensor.dtype) && $0.shape.isEmpty })
    else { return nil }
    let rootPlaces = tensor.rootPositions()
    guard let first = rootPlaces.first,
      rootPlaces.enumerated().allSatisfy({ $0.element == first + $0.offset })
    else { return nil }
    tensor.ensureRoot()
    StructuredArrays.registerColumn(tensor.lineage)
    var columns: [String: FieldColumn] = [:]
    for (index, field) in made.dtype.fields.enumerated() {
      guard let values = try? made.fieldArray(field.name), case .tensor(let current) = values,
        var column = try? current.reshape([made.count])
      else { return nil }
      column.lineage = tensor.lineage
      columns[field.name] = .numeric(column.asView(ArrayView(offset: first + index, strides: [fieldCount])))
    }
    self.init(storage: StructStorage(columns: columns, count: made.count), positions: made.positions, dtype: made.dtype)
    isRecord = made.isRecord
    isVoid = made.isVoid
  }

  fileprivate init(storage: StructStorage, positions: Tensor, dtype: StructDType) {
    self.storage = storage
    self.positions = positions
    self.dtype = dtype
  }

  /// True when the two arrays' fields share a column (an array and its renamed view do).
  func sharesColumns(with other: StructArray) -> Bool {
    if storage === other.storage { return true }
    let mine = Set(RecfunctionViews.memories(of: .structArray(self)).map { ObjectIdentifier($0) })
    return RecfunctionViews.memories(of: .structArray(other)).contains { mine.contains(ObjectIdentifier($0)) }
  }
}

/// `structured_to_unstructured`'s views: an unstructured array whose last axis shows fields of one dtype, kept in step
/// with them. A write into the array writes each field's column into the field; a write into a field gathers the
/// fields into the array again; either way every view of the other memory sees it.
enum FieldMirrors {
  /// One view: the unstructured array's memory (not kept alive here) and the fields it shows (kept alive, as the
  /// array keeps them in NumPy: a renamed view made for the call may be the only holder of its columns' dtype).
  final class Mirror: @unchecked Sendable {
    weak var result: ArrayLineage?
    let storage: StructStorage
    let positions: Tensor
    let dtype: StructDType
    let names: [String]
    init(result: ArrayLineage, fields: StructArray) {
      self.result = result
      storage = fields.storage
      positions = fields.positions
      dtype = fields.dtype
      names = fields.dtype.names
    }

    /// The fields the array shows.
    var fields: StructArray { StructArray(storage: storage, positions: positions, dtype: dtype) }
  }
  // The chapter's mirrors are in its RecfunctionViewLinks.
}

extension Interpreter {
  /// Carries a write into `lineage`'s memory over to the memories a `structured_to_unstructured` view keeps in step
  /// with it.
  mutating func updateFieldMirrors(after lineage: ArrayLineage) throws(PythonError) {
    for mirror in recfunctionLinks.mirrors(of: lineage) {
      guard let resultLineage = mirror.result, let root = resultLineage.root, recfunctionLinks.beginMirror(mirror)
      else { continue }
      let fields = mirror.fields
      defer { recfunctionLinks.endMirror(mirror) }
      var handle = Tensor(shape: root.shape, storage: root.storage)
      handle.lineage = resultLineage
      // The whole memory as a view of itself: what a write through it replaces, and (`baseArray`) its elements now.
      let target = handle.asView(ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(root.shape)))
      guard let whole = target.baseArray() else { continue }
      if lineage === resultLineage {
        for (index, name) in mirror.names.enumerated() {
          let column = try core { try whole.index([.ellipsis, .int(index)]) }
          try writeField(try fields.fieldArray(name), .ellipsis, .tensor(column))
        }
        continue
      }
      var parts: [Tensor] = []
      for name in mirror.names {
        guard case .tensor(let part) = try fields.fieldArray(name) else { continue }
        parts.append(part.asNewArray())
      }
      guard parts.count == mirror.names.count else { continue }
      let gathered = try core { try Tensor.stack(parts, axis: -1).astype(whole.dtype) }
      guard gathered.shape == root.shape else { continue }
      try replaceEverywhere(target, with: gathered)
    }
  }
}
