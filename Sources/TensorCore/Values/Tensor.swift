import Synchronization

/// TensorCore's values: `Tensor` is a NumPy array or NumPy scalar of any `DType` (bool, int8 … uint64, float32,
/// float64, complex64, complex128), stored contiguously in row-major order in one of four storage classes (a narrow dtype's values kept
/// wrapped or rounded in int64 or float64), and every float64 tensor carries a graph node so reverse-mode autodiff can
/// reach it. Operations on narrow dtypes follow `NarrowEvaluation`.
///
/// API overview (each call throws `TensorError`, carrying NumPy's exception class and message):
/// - creation: `Tensor.array(_:dtype:)` from `NestedValue` lists, `Tensor(_ double:)`/`Tensor(_ int:)`/`Tensor(_ bool:)`
///   NumPy scalars, `Tensor(scalar:isScalar:)`, `zeros ones full zerosLike onesLike arange linspace eye`.
/// - element-wise: `adding subtracting multiplying dividing power negated` (also the throwing operators
///   `+ - * / **` and prefix `-`), comparisons `equal notEqual less lessEqual greater greaterEqual`,
///   `exp log sqrt tanh abs square`, `Tensor.maximum`, `Tensor.minimum`.
/// - reductions: `sum mean max min` with `axis: Axes` (`.all`, `.one(Int)`, `.many([Int])`) and `keepdims`.
/// - products: `matmul dot outer` (NumPy's 1-d rules; float64 through OpenBLAS).
/// - shape: `reshape transpose T expandDims squeeze broadcast(to:) Tensor.broadcastShapes flatten copy astype`.
/// - indexing: `index(_ items: [IndexItem])` with ints, slices, `newaxis`, `ellipsis`, integer arrays and boolean
///   masks (NumPy's advanced indexing, gradient by scatter-add); `assigning(_:_:)` for `a[index] = value`.
/// - Python values and tests: `item() truthValue()`, `Tensor.allclose isclose arrayEqual`, `isSameValue(as:)`.
/// - autodiff: `gradient(of:withRespectTo:upstream:)`, `gradients(of:withRespectTo:upstream:)` (with the axes each
///   gradient was summed over), `numericalGradient(of:withRespectTo:upstream:)`.
/// - limits: at most 16,777,216 elements and 64 axes per value, checked before anything is allocated.
///
/// Refused rather than different from NumPy: what NumPy computes with its own float32 kernels, in float32 or rounded
/// to float16 (see `NarrowEvaluation`).

/// The elements of a tensor in row-major (C) order, in one of the four storage classes (`DType.storageClass`): a
/// narrower dtype keeps its values in the wide class, already wrapped or rounded to its own range and precision.
public enum Storage: Sendable {
  case bool([Bool])
  case int64([Int64])
  case float64([Double])
  /// complex128 and complex64 values (the latter with parts already rounded to float32).
  case complex128([Complex])
}

/// The identity of one NumPy array's memory, shared by the values that are views of it (see `Tensor.lineage`), and
/// that memory's current elements once a view of it exists (`root`).
public final class ArrayLineage: Sendable {
  /// The root's memory, guarded because values may cross threads between chapters.
  let rootState = Mutex<RootBuffer?>(nil)
  /// How many times the root was set: a reader holding an older value of this memory (an iterator over its rows)
  /// reads it again when this moved.
  let rootChanges = Atomic<Int>(0)
  /// True while the root holds an `unknownLayoutOrigin` (kept with `root`, which alone sets the root): every
  /// operation on a view asks `layoutUnknownOrigin`, and taking the lock around the root to read nil there cost
  /// 140 instructions of a 3,800-instruction `a[i]`.
  let rootHasUnknownLayout = Atomic<Bool>(false)
  /// The stamp (a count the writer keeps) of the latest write into this memory, 0 before any: a value read before
  /// a write and held aside (an argument evaluated before the next one wrote) can tell it is out of date.
  public let writeStamp = Atomic<Int>(0)
  /// A new identity.
  public init() {}
}

/// An n-dimensional array or a NumPy scalar: shape, row-major elements, and whether NumPy would call it a scalar.
///
/// The parts live in one `TensorParts` object shared by copies until one of them changes a part (copy on write, as
/// Swift's arrays do): copying a tensor, which the interpreter does at every read of a name, is one retain instead of
/// one per part, and an interpreter value holding a tensor is one word instead of the parts' ten.
public struct Tensor: Sendable {
  /// The parts, never changed while another tensor shares them (`uniqueParts`).
  private var shared: SharedParts
  private var parts: TensorParts { shared.parts }

  /// Makes a tensor from its parts; the caller guarantees the element count matches the shape.
  /// A float tensor made this way is a new leaf of the autodiff graph, unless the running chapter records no
  /// histories (`ResourceMeter.recordsHistories`): then it has no node, as the values computed there have none. (A
  /// Python float operand, `a * 2.0`, is made this way at every operation.)
  public init(shape: [Int], storage: Storage, isScalar: Bool = false) {
    let node: GraphNode?
    if case .float64 = storage, ResourceMeter.runningRecordsHistories { node = GraphNode.leaf() } else { node = nil }
    shared = SharedParts(parts: TensorParts(shape: shape, storage: storage, isScalar: isScalar, node: node))
  }

  /// Makes a tensor with a given graph node (nil for untracked dtypes); used by recorded operations.
  init(shape: [Int], storage: Storage, isScalar: Bool, node: GraphNode?) {
    shared = SharedParts(parts: TensorParts(shape: shape, storage: storage, isScalar: isScalar, node: node))
  }

  /// The parts, copied first into new parts when another tensor shares them.
  @inline(__always)
  private mutating func uniqueParts() -> TensorParts {
    if !isKnownUniquelyReferenced(&shared.parts) { shared.parts = shared.parts.copy() }
    return shared.parts
  }

  /// The extent of each axis; empty for 0-d arrays and scalars.
  public var shape: [Int] {
    get { parts.fields.shape }
    _modify { yield &uniqueParts().fields.shape }
  }
  /// The elements in row-major order; `count` equals the product of `shape`. A transpose's are made here, when first
  /// read (`DeferredTranspose`), and a change settles them first.
  public var storage: Storage {
    // The deferred case out of line, so that the common read stays a load, a test and the elements.
    @inline(__always) get {
      if _slowPath(parts.defersElements) { return deferredElements() }
      return parts.fields.storage
    }
    _modify {
      let parts = uniqueParts()
      parts.settleDeferredElements()
      yield &parts.fields.storage
    }
  }
  /// True for a NumPy scalar such as `np.float64(6.0)` (what full reductions and full indexing return); false for
  /// arrays, including 0-d ones such as `array(6.)`, which NumPy prints differently.
  public var isScalar: Bool {
    get { parts.fields.isScalar }
    // A setter, not a `_modify` coroutine: a flag is only ever replaced, and the coroutine's frame was allocated on
    // the heap (a `malloc` and a `free` at every write, such as `Value.toTensor`'s of each Python number operand).
    set { uniqueParts().fields.isScalar = newValue }
  }
  /// The value's place in the autodiff graph: its identity and, unless it is a leaf, how it was computed.
  /// Nil for int and bool values, which autodiff does not track. Set only when the value is made (`Tensor.record`
  /// attaches the node to the value it computed).
  var node: GraphNode? {
    get { parts.fields.node }
    _modify { yield &uniqueParts().fields.node }
  }
  /// Which NumPy array's memory this value stands for: every new array gets its own, and the interpreter gives a
  /// view (a slice, a reshape, a transpose) its base's, so an in-place update can tell what NumPy would change with it.
  /// An object rather than an address, so a freed buffer's address reused by a new array never joins an old family.
  /// Made the first time it is asked for (most results are never viewed or compared): `sharesLineage(with:)` and
  /// `madeLineage` answer without making it.
  public var lineage: ArrayLineage {
    get { parts.lineage }
    set { withNewLineage(newValue) { _ in } }
  }
  /// The lineage when one was made; nil for an array nothing has viewed or compared yet (no other value has it, and
  /// its lineage has no root).
  public var madeLineage: ArrayLineage? { parts.madeLineage }
  /// True when both values stand for the same NumPy array's memory (`lineage === other.lineage`), without making a
  /// lineage for a value that has none yet.
  public func sharesLineage(with other: Tensor) -> Bool {
    if parts === other.parts { return true }
    guard let mine = parts.madeLineage, let theirs = other.parts.madeLineage else { return false }
    return mine === theirs
  }
  /// Makes this value the owner of a new memory's identity, as a new array (the lineage is made when asked for).
  public mutating func startNewLineage() { withNewLineage(nil) { _ in } }

  /// Gives the value `lineage` (nil: a new one, made when asked for) and changes its fields with `change`: in place
  /// when no other tensor holds the parts, else in new parts made from the changed fields at once (a copy on write
  /// first made the shared parts a lineage only to drop it, and wrote the fields twice).
  @inline(__always)
  mutating func withNewLineage(_ lineage: ArrayLineage?, _ change: (inout TensorFields) -> Void) {
    if isKnownUniquelyReferenced(&shared.parts) {
      shared.parts.setLineage(lineage)
      change(&shared.parts.fields)
    } else {
      var fields = shared.parts.fields
      change(&fields)
      shared.parts = TensorParts(fields, lineage: lineage, deferredFrom: shared.parts)
    }
  }
  /// Makes this value the array object `view` in `lineage`'s memory, the view moved in (through `withNewLineage`'s
  /// closure it was copied, a retain and a release of each of its references): in place when no other tensor holds
  /// the parts, else in new parts made from the changed fields at once.
  mutating func becomeView(_ view: consuming ArrayView, of lineage: ArrayLineage) {
    if isKnownUniquelyReferenced(&shared.parts) {
      shared.parts.setLineage(lineage)
      shared.parts.fields.view = view
    } else {
      var fields = shared.parts.fields
      fields.view = view
      shared.parts = TensorParts(fields, lineage: lineage, deferredFrom: shared.parts)
    }
  }
  /// Sets a computed value's memory order (when it differs) and the operation whose order docbuild does not know
  /// (when there is one), testing the parts for a unique owner once.
  mutating func settleLayout(_ memoryAxes: [Int]?, unknownOrigin: String?) {
    guard parts.fields.memoryAxes != memoryAxes || unknownOrigin != nil else { return }
    let parts = uniqueParts()
    if parts.fields.memoryAxes != memoryAxes { parts.fields.memoryAxes = memoryAxes }
    if let unknownOrigin { parts.fields.unknownLayoutOrigin = unknownOrigin }
  }

  /// Makes a value `Tensor.record` computed the result of `node`: with `newLineage`, a new array's memory identity;
  /// its layout settled as `settleLayout` settles it; its operand flags dropped (no narrow dtype, no Python scalar).
  /// The parts are tested for a unique owner once, not at each field.
  mutating func attachRecord(
    _ node: consuming GraphNode?, memoryAxes: [Int]?, unknownOrigin: String?, newLineage: Bool
  ) {
    if newLineage { startNewLineage() }
    let parts = uniqueParts()
    parts.fields.node = node
    parts.fields.narrowType = nil
    parts.fields.isPythonScalar = false
    if parts.fields.memoryAxes != memoryAxes { parts.fields.memoryAxes = memoryAxes }
    if let unknownOrigin { parts.fields.unknownLayoutOrigin = unknownOrigin }
  }

  /// NumPy's geometry of this value in its lineage's root when it is a view (nil: it owns its memory, row-major).
  public internal(set) var view: ArrayView? {
    get { parts.fields.view }
    _modify { yield &uniqueParts().fields.view }
  }
  /// The identity of this array object when it is a view, read in place: `view?.identity` copied the whole view
  /// (its strides, positions and iterator state retained and released) to read one reference.
  var viewIdentity: ArrayIdentity? { parts.fields.view?.identity }
  /// True for a view (`view != nil`), read in place: the comparison copied the view to test it (its strides,
  /// identity, positions and iterator state retained and released), several times per `a[i]` or `a.T`.
  public var isView: Bool {
    if case .none = parts.fields.view { return false }
    return true
  }
  /// A new array object at `offset` and `strides` in this value's root, with what a view of a view inherits (NumPy
  /// keeps a read-only array's views read-only, a stride-trick view's views are stride-trick views, a view of a
  /// complex array's `.real` reads real parts), read in place: `geometry` of a view source copied its view (its
  /// strides, positions and iterator state retained and released) to read three flags, and an owner's made a view
  /// only to say it has none of them.
  public func derivedView(offset: Int, strides: [Int], isWriteable: Bool = true) -> ArrayView {
    var made = ArrayView(offset: offset, strides: strides, isWriteable: isWriteable)
    guard let part = parts.fields.view?.part else { return made }
    made.part = part
    made.isWriteable = isWriteable && parts.fields.view?.isWriteable == true
    made.isStrideTrickView = parts.fields.view?.isStrideTrickView == true
    made.warnsOnWrite = parts.fields.view?.warnsOnWrite == true
    made.hasUnfollowedStrides = parts.fields.view?.hasUnfollowedStrides == true
    return made
  }
  /// This value's offset, strides and element positions in its root, as `geometry` gives them, without an
  /// `ArrayView`: `geometry` of an array that owns its memory makes one, with a new array identity, only for the caller
  /// to read two fields and drop it (an allocation and a free, twice per `a.T` or `a.reshape(…)` of such an array).
  public var rootPlacement: (offset: Int, strides: [Int], positions: [Int]?) {
    if case .some(let view) = parts.fields.view { return (view.offset, view.strides, view.positions) }
    return (0, memoryAxes == nil ? Shape.strides(shape) : memoryStrides, nil)
  }
  /// A view's strides when it reads whole elements (not a complex root's `.real` or `.imag`), read in place: nil for
  /// an array that owns its memory and for a view of a part. `geometry` copied the view (its strides, identity,
  /// positions and iterator state retained and released) at every element-wise operation on a view.
  var wholeViewStrides: [Int]? {
    guard parts.fields.view?.part == .whole else { return nil }
    return parts.fields.view?.strides
  }
  /// True for a view at exactly a row-major array's strides for its shape, every extent at least 1
  /// (`np.arange(12).reshape(3, 4)`, a row of a matrix): each layout question (C order, iterator order, broadcast
  /// axes) has an owner's answer. Read in place, where asking for the strides and the shape copied both lists out,
  /// about 300 instructions of every operation on `a.reshape(…)`. False for an owner.
  public var isRowMajorView: Bool {
    parts.fields.view?.hasRowMajorStrides(for: parts.fields.shape) == true
  }
  /// `geometry.isWriteable` read in place: `geometry` copied the view (its strides, positions and iterator state
  /// retained and released) at every slice write, and made one for an owner, which is always writeable.
  public var isWriteable: Bool { parts.fields.view?.isWriteable ?? true }
  /// True for the view that stands for NumPy's flat iterator (`a.flat`), which is no array; read in place.
  public var isFlatIterator: Bool { parts.fields.view?.flatIterator != nil }
  /// The NumPy dtype when it is narrower than the storage class (int32 values kept as int64, float32 values kept as
  /// float64); `dtype` falls back to the storage class when this does not belong to it.
  var narrowType: DType? {
    get { parts.fields.narrowType }
    _modify { yield &uniqueParts().fields.narrowType }
  }
  /// True for a Python `bool`, `int` or `float` turned into an operand: NumPy 2 (NEP 50) lets it take the other
  /// operand's dtype instead of promoting (`int8 array + 1` stays int8, `float32 array * 0.5` stays float32).
  public var isPythonScalar: Bool {
    get { parts.fields.isPythonScalar }
    // A setter, as `isScalar` has.
    set { uniqueParts().fields.isPythonScalar = newValue }
  }
  /// The order NumPy keeps this value's axes in memory, outermost first, when it is not C order (nil): `x.T` of a
  /// C-ordered 3-d `x` is `[2, 1, 0]`. NumPy's reductions walk memory, so they sum in this order (`Tensor+MemoryOrder`);
  /// the elements here are still in row-major order of `shape`.
  public var memoryAxes: [Int]? {
    get { parts.fields.memoryAxes }
    _modify { yield &uniqueParts().fields.memoryAxes }
  }
  /// The operation that made this value when docbuild does not know the memory order NumPy gives its result (`np.sort`
  /// of a transposed array, say), so a sum or a product that would walk that memory must refuse rather than guess;
  /// nil when the order is known (`memoryAxes`). A view reads its root's.
  public var unknownLayoutOrigin: String? {
    get { parts.fields.unknownLayoutOrigin }
    _modify { yield &uniqueParts().fields.unknownLayoutOrigin }
  }
  /// True when docbuild does not know the memory order NumPy gives this value (`layoutUnknownOrigin != nil`), asked
  /// without copying the origin's text out of the value or its root: `layoutUnknownOrigin` retained and released the
  /// text and the lineage only for the caller to compare them with nil, 123 instructions at every `a.astype(…)`.
  public var hasUnknownLayout: Bool {
    if case .some = parts.fields.unknownLayoutOrigin { return true }
    guard isView, let lineage = parts.madeLineage else { return false }
    return lineage.rootHasUnknownLayout.load(ordering: .relaxed)
  }
  /// True for a 2-d value NumPy would hold as the transposed view of a C-ordered array (`a.T`): BLAS reads such an
  /// operand in place, in another summation order (MatrixProduct). The elements here are still in row-major order.
  /// A matrix with an axis of extent 1 is a vector to NumPy's matmul (gemv reads it by its one stride), whatever
  /// its order.
  public var transposedLayout: Bool {
    get { ndim == 2 && parts.fields.memoryAxes == [1, 0] && !shape.contains(1) }
    set { memoryAxes = newValue && ndim == 2 ? [1, 0] : nil }
  }

  /// The dtype of the elements.
  public var dtype: DType {
    if let narrowType, narrowType.storageClass == storageClass { return narrowType }
    return storageClass
  }

  /// The class the elements are stored and computed in: bool, int64, float64 or complex128.
  public var storageClass: DType {
    // The parts' storage switched on in place: through `storage`, each read copied the enum out (a retain and a
    // release of the elements' buffer), as `size` did; both are read for every operand of every operation.
    switch parts.fields.storage {
    case .bool: .bool
    case .int64: .int64
    case .float64: .float64
    case .complex128: .complex128
    }
  }

  /// The number of axes (`ndim`).
  public var ndim: Int { shape.count }

  /// The number of elements (`size`): a deferred row's count, or its storage's.
  public var size: Int {
    if case .slice(_, let count)? = parts.deferred { return count }
    return switch parts.fields.storage {
    case .bool(let values): values.count
    case .int64(let values): values.count
    case .float64(let values): values.count
    case .complex128(let values): values.count
    }
  }

  /// True when both values are the same node of the autodiff graph (the same Python object, for float values).
  public func isSameValue(as other: Tensor) -> Bool {
    guard let node, let otherNode = other.node else { return false }
    return node === otherNode
  }
}

extension Tensor {
  /// A NumPy float64 scalar, such as `np.float64(6.0)`; a new autodiff leaf.
  public init(_ value: Double) {
    self.init(shape: [], storage: .float64([value]), isScalar: true)
  }

  /// A NumPy int64 scalar, such as `np.int64(3)`.
  public init(_ value: Int) {
    self.init(shape: [], storage: .int64([Int64(value)]), isScalar: true)
  }

  /// A NumPy bool scalar, such as `np.True_`.
  public init(_ value: Bool) {
    self.init(shape: [], storage: .bool([value]), isScalar: true)
  }

  /// The elements converted to float64, in row-major order; complex values give their real parts (NumPy's cast
  /// with a ComplexWarning).
  public var doubles: [Double] {
    switch storage {
    case .float64(let values): values
    case .complex128(let values): values.map(\.real)
    case .int64(let values) where dtype == .uint64: values.map { Double(UInt64(bitPattern: $0)) }
    case .int64(let values): values.map(Double.init)
    case .bool(let values): values.map { $0 ? 1 : 0 }
    }
  }

  /// An integer array's elements as keys whose signed order and equality are NumPy's for its dtype, nil for other
  /// storage. uint64 values are stored as int64 bit patterns, so 2**63 and up read as negative; flipping the sign
  /// bit orders the patterns as unsigned numbers.
  public var orderKeys: [Int64]? {
    guard case .int64(let values) = storage else { return nil }
    return dtype == .uint64 ? values.map { $0 ^ Int64.min } : values
  }
}

extension Tensor {
  /// The same 0-d value as a NumPy scalar (`np.int32(3)` rather than `array(3, dtype=int32)`), a new value.
  public var scalar: Tensor {
    var result = Tensor(shape: [], storage: storage, isScalar: true)
    if dtype.isNarrow { result = result.tagged(dtype) }
    // A value on a detour keeps it (`np.float32(x[0])`), so the scalar cannot cut a path `grad` must refuse.
    guard let node else { return result }
    if dtype != .float64 || node.isDetour { return result.detoured(from: [self]) }
    // A float64 value keeps its path too: a new leaf here made `grad(np.take(x, 1) * 2.0, x)`,
    // `grad(np.float64(x[0]), x)` and `grad(np.logaddexp(x[0], x[1]), x)` silently zero. Should recording fail (the
    // chapter's memory budget), the scalar is a detour, so a gradient through it is refused rather than zero.
    return (try? Tensor.record(.reshape([], isScalar: true), NodeInputs(self))) ?? result.detoured(from: [self])
  }
}

/// A tensor's fields (see `Tensor`). New fields (`TensorFields(shape:storage:isScalar:node:)`, the memberwise
/// initializer with the defaults below) are a new array's: owning its memory, with the storage class's dtype.
///
/// The memberwise initializer, not a hand-written one: with `init(shape:storage:isScalar:node:)` assigning the four
/// fields, the compiler built the fields, then copied them whole and destroyed the original (an outlined copy and
/// destroy, a retain and a release of each reference) on the way into the new parts: callgrind counted two such copies
/// in the kernel of every `np.exp(a)`, `a.T` and `a[i]` result.
struct TensorFields {
  var shape: [Int]
  var storage: Storage
  var isScalar: Bool
  var node: GraphNode?
  var view: ArrayView? = nil
  var narrowType: DType? = nil
  var isPythonScalar = false
  var memoryAxes: [Int]? = nil
  var unknownLayoutOrigin: String? = nil
}

/// A tensor's fields in one object, shared by copies of the tensor until one of them changes a field, and its
/// lineage, made when first asked for.
///
/// The fields are a stored property the runtime does not check for exclusive access (`unchecked`: a tensor writes
/// them only while it holds the sole reference, `Tensor.uniqueParts`), and a new value's fields are moved in, not
/// copied (a `ManagedBuffer` header was initialized from a copy of the factory's result, a retain and a release of
/// every reference the fields hold). The lineage is an atomic word holding a retained reference (0: none made yet):
/// copies sharing these parts may read it from several threads, and the first reader makes it for all of them.
/// `AtomicLazyReference`, which did this before, is generic code the compiler does not specialize, and each read
/// looked its type's metadata up (about 560 instructions; a dozen reads per gradient step).
final class TensorParts {
  /// The fields; written only while one tensor holds these parts.
  @exclusivity(unchecked) var fields: TensorFields
  /// Set while `fields.storage` holds the elements of the array this value is a transpose or a row of, in that
  /// array's order: the value's own elements are made from them when first read (`Tensor.storage`).
  @exclusivity(unchecked) var deferred: DeferredElements? = nil
  /// The lineage's address, retained by these parts; 0 until one is made.
  private let lineageBits: Atomic<UInt>
  /// Whether deferred elements were read, and where they are kept: `unread`, `readOnce`, or the address of the
  /// `MadeElements` these parts retain. Copies sharing these parts may read it from several threads: two keeping the
  /// elements at once both get the one copy the first of them stored.
  ///
  /// A transpose's elements are kept from their first read (a permutation is dear to repeat); a row's from their
  /// second: most rows are read once, by the operation they are an operand of, and keeping the first read's copy
  /// in an object of its own cost about 600 of the 6,700 instructions of `a[i].sum()`, where making it again at a
  /// second read costs a copy of one row.
  private let madeBits: Atomic<UInt>
  /// `madeBits` before any read.
  private static let unread: UInt = 0
  /// `madeBits` after a row's first read, which kept nothing.
  private static let readOnce: UInt = 1

  /// New parts holding `fields`, moved in, and `lineage` (nil: made when asked for); deferred elements, and the
  /// elements when made, are those of `deferredFrom` (the parts these are a changed copy of).
  init(_ fields: consuming TensorFields, lineage: ArrayLineage? = nil, deferredFrom source: TensorParts? = nil) {
    self.fields = fields
    lineageBits = Atomic(lineage.map(Self.retainedBits) ?? 0)
    guard let source, let deferred = source.deferred else {
      madeBits = Atomic(Self.unread)
      return
    }
    self.deferred = deferred
    let made = source.madeBits.load(ordering: .acquiring)
    if let kept = Self.kept(at: made) { _ = Unmanaged.passUnretained(kept).retain() }
    madeBits = Atomic(made)
  }

  /// New parts of a new view of `lineage`'s memory that no history reads, its fields built in place (as
  /// `init(shape:storage:isScalar:node:)` builds a new array's): passed in whole, the fields were copied once more
  /// (each of their references retained) and the original destroyed.
  init(shape: [Int], storage: Storage, view: consuming ArrayView, memoryAxes: [Int]?, lineage: ArrayLineage) {
    fields = TensorFields(
      shape: shape, storage: storage, isScalar: false, node: nil, view: view, memoryAxes: memoryAxes)
    lineageBits = Atomic(Self.retainedBits(lineage))
    madeBits = Atomic(Self.unread)
  }

  /// New parts of a new array, its fields built in place: through `init(_:lineage:)`, the kernels that make a result
  /// still copied the fields once (retaining every reference) and destroyed the original.
  init(shape: [Int], storage: Storage, isScalar: Bool, node: GraphNode?) {
    fields = TensorFields(shape: shape, storage: storage, isScalar: isScalar, node: node)
    lineageBits = Atomic(0)
    madeBits = Atomic(Self.unread)
  }

  deinit {
    Self.release(lineageBits.load(ordering: .acquiring))
    if let kept = Self.kept(at: madeBits.load(ordering: .acquiring)) { Unmanaged.passUnretained(kept).release() }
  }

  /// The kept elements' object a `madeBits` value addresses, nil for `unread` and `readOnce`.
  private static func kept(at bits: UInt) -> MadeElements? {
    guard bits > readOnce else { return nil }
    return Unmanaged<MadeElements>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).takeUnretainedValue()
  }

  /// Deferred elements in row-major order, made from `fields.storage` when they are asked for and not kept yet (see
  /// `madeBits` for when they are kept); `fields.storage` when nothing is deferred.
  func madeElements() -> Storage {
    guard let deferred else { return fields.storage }
    let bits = madeBits.load(ordering: .acquiring)
    if let kept = Self.kept(at: bits) { return kept.storage }
    let elements = deferred.made(from: fields.storage)
    if deferred.isSlice, bits == Self.unread {
      let (first, now) = madeBits.compareExchange(
        expected: Self.unread, desired: Self.readOnce, successOrdering: .relaxed, failureOrdering: .acquiring)
      if first { return elements }
      if let kept = Self.kept(at: now) { return kept.storage }
    }
    let made = MadeElements(elements)
    let madeAddress = UInt(bitPattern: Unmanaged.passRetained(made).toOpaque())
    let (stored, existing) = madeBits.compareExchange(
      expected: deferred.isSlice ? Self.readOnce : Self.unread, desired: madeAddress,
      successOrdering: .acquiringAndReleasing, failureOrdering: .acquiring)
    if stored { return elements }
    // Another reader kept them first: theirs are the elements.
    Unmanaged.passUnretained(made).release()
    return Self.kept(at: existing)?.storage ?? elements
  }

  /// True while elements are deferred (`deferred`), asked in place: through a comparison with nil the deferral may be
  /// copied out first.
  @inline(__always) var defersElements: Bool {
    if case .none = deferred { return false }
    return true
  }

  /// The deferred transpose, nil when none is deferred (nothing, or a slice).
  var deferredTranspose: DeferredTranspose? {
    if case .transpose(let transpose)? = deferred { return transpose }
    return nil
  }

  /// True once deferred elements are kept (`madeBits`).
  var deferredElementsAreMade: Bool { madeBits.load(ordering: .acquiring) > Self.readOnce }

  /// Deferred elements when they are kept, else nil.
  var madeDeferredElements: Storage? { Self.kept(at: madeBits.load(ordering: .acquiring))?.storage }

  /// The bits of a reference to `lineage` that these parts own.
  private static func retainedBits(_ lineage: ArrayLineage) -> UInt {
    UInt(bitPattern: Unmanaged.passRetained(lineage).toOpaque())
  }

  /// The lineage a word holds (its owner keeps it alive), or nil for 0.
  private static func lineage(at bits: UInt) -> ArrayLineage? {
    guard let address = UnsafeRawPointer(bitPattern: bits) else { return nil }
    return Unmanaged<ArrayLineage>.fromOpaque(address).takeUnretainedValue()
  }

  /// Gives up the reference a word holds.
  private static func release(_ bits: UInt) {
    guard let address = UnsafeRawPointer(bitPattern: bits) else { return }
    Unmanaged<ArrayLineage>.fromOpaque(address).release()
  }

  /// The lineage, made now when no reader has made it yet.
  var lineage: ArrayLineage {
    if let made = madeLineage { return made }
    let made = ArrayLineage()
    let bits = Self.retainedBits(made)
    let (stored, existing) = lineageBits.compareExchange(
      expected: 0, desired: bits, successOrdering: .acquiringAndReleasing, failureOrdering: .acquiring)
    if stored { return made }
    // Another reader made one first: that one is the lineage.
    Self.release(bits)
    return Self.lineage(at: existing)!
  }

  /// The lineage when one was made, else nil.
  var madeLineage: ArrayLineage? {
    Self.lineage(at: lineageBits.load(ordering: .acquiring))
  }

  /// Replaces the lineage (nil: a new one, made when asked for); only while no other tensor holds these parts.
  func setLineage(_ lineage: ArrayLineage?) {
    Self.release(lineageBits.exchange(lineage.map(Self.retainedBits) ?? 0, ordering: .acquiringAndReleasing))
  }

  /// The same fields in a new object (the same lineage, graph node and view identity: a copy is the same array).
  func copy() -> TensorParts { TensorParts(fields, lineage: lineage, deferredFrom: self) }

  /// Makes deferred elements (`deferred`) the stored ones, before they are written in place; only while one tensor
  /// holds these parts.
  func settleDeferredElements() {
    guard defersElements else { return }
    fields.storage = madeElements()
    deferred = nil
    if let kept = Self.kept(at: madeBits.exchange(Self.unread, ordering: .acquiringAndReleasing)) {
      Unmanaged.passUnretained(kept).release()
    }
  }

  /// True when no lineage was made, or these parts hold the only reference to it: no other parts, view or table
  /// stands for this array. Asked only while one tensor holds these parts (the lineage is taken out to be tested).
  var lineageIsUnshared: Bool {
    let bits = lineageBits.exchange(0, ordering: .acquiringAndReleasing)
    guard let address = UnsafeRawPointer(bitPattern: bits) else { return true }
    var lineage = Unmanaged<ArrayLineage>.fromOpaque(address).takeRetainedValue()
    let isUnshared = isKnownUniquelyReferenced(&lineage)
    lineageBits.store(Self.retainedBits(lineage), ordering: .releasing)
    return isUnshared
  }
}

/// A tensor's reference to its parts. Unchecked Sendable (a class with a variable is not): a tensor writes the fields
/// only while it holds the sole reference to them (`Tensor.uniqueParts`), so no object another tensor, or another thread, can
/// see is ever written.
struct SharedParts: @unchecked Sendable {
  var parts: TensorParts
}

/// One element of an array's storage class, written in place by `Tensor.writeElementInPlace`.
public enum StoredElement: Sendable {
  case bool(Bool)
  case int64(Int64)
  case float64(Double)
}

extension Tensor {
  /// Writes `element` at row-major `offset` of this array's own elements in place (NumPy's `a[i, j] = v`, a constant
  /// time), and returns true; returns false, changing nothing, unless this value alone holds its parts and no other
  /// value stands for the same array: anything else holding them (another name, a list, a recorded operation that
  /// read them) would see the write, where the value it holds must keep the old element or be replaced by the
  /// interpreter's general write. `element` is of the storage class; the caller checked that the dtype is the storage
  /// class. A view (`np.arange(12).reshape(3, 4)`, whose base nothing else holds) is written too, where its root can
  /// take the element at its one position (`mayWriteThroughViewInPlace`): the general write would copy the view and
  /// walk every holder of every array to find the views of its memory, of which there is none.
  ///
  /// A float64 array's graph node becomes an assignment over its old node and `value`'s, as `markingAssignment`
  /// makes it, so that a gradient through the write is refused; the old node is kept without the old elements. An
  /// assignment node nothing else holds takes the next write's value among its inputs instead of a new node.
  ///
  /// `value`, which the caller moves in (nothing else holds it when it is a temporary), first has its private
  /// history dissolved (`dissolvePrivateHistory`): `x[i, j] = max(x[i, j], 0)` reads the array it writes, and the
  /// recorded read would otherwise hold the array, so the write could never be in place, and each general write
  /// would keep the array it replaced alive through the value's history (a (200, 200) array written one element at a
  /// time held 40,000 versions of it and ran into the memory limit). On return `value` is still the value written,
  /// with that history cut where it is.
  public mutating func writeElementInPlace(_ element: StoredElement, at offset: Int, value: inout Tensor?) -> Bool {
    let isView = self.isView
    if isView && !mayWriteThroughViewInPlace(value) { return false }
    let (isUnshared, frontier) = prepareWriteInPlace(cutting: &value)
    guard isUnshared else { return false }
    let parts = shared.parts
    parts.settleDeferredElements()
    if isView {
      // The root and the array's own elements are of one storage class (`mayWriteThroughViewInPlace`), so both
      // writes store the element or neither does.
      guard parts.fields.storage.setElement(element, at: offset) else { return false }
      writingRoot { root, placement in _ = root.setElement(element, at: placement.rootPosition(of: offset)) }
      return true
    }
    // A root no view reads any more (none holds the lineage) is let go: it shares this array's elements, so the
    // write would copy them, and a view taken later makes its root from the array as it is then.
    if let lineage = parts.madeLineage, lineage.hasRoot { lineage.root = nil }
    guard parts.fields.storage.setElement(element, at: offset) else { return false }
    markWritten(value: value, frontier: frontier)
    return true
  }

  /// `a[items] = value` for a basic index (ints, slices, `...`, `None`) written into this array's own elements in
  /// place, as `writeElementInPlace` writes one element, and true; false, changing nothing, unless this value alone
  /// holds its parts and no other value stands for the same array, or when the array or the value is of a narrow or
  /// complex dtype (the general write converts those). NumPy's errors (a value that does not broadcast to the
  /// selection, NaN into an int array) are thrown before any element changes. The caller checked that the dtype is
  /// the storage class and that the items are basic; a view is written as `writeElementInPlace` writes one.
  /// `cache`, a call site's whose items never change, keeps the selection's plan for the array's shape.
  public mutating func writeInPlace(_ items: [IndexItem], value: inout Tensor?, cache: IndexPlanCache? = nil) throws
    -> Bool
  {
    // The value's dtype read without a copy of it: a copy held here would hold its parts, so that its private
    // history (a row read from this very array, `u[n + 1] = u[n] + 1`) could never be cut and the write never be in
    // place.
    guard let writtenType = value?.dtype, !writtenType.isNarrow, !writtenType.isComplex, dtype == storageClass,
      !dtype.isComplex
    else { return false }
    let isView = self.isView
    if isView && !mayWriteThroughViewInPlace(value) { return false }
    let (isUnshared, frontier) = prepareWriteInPlace(cutting: &value)
    guard isUnshared else { return false }
    let (selection, source) = try basicWritePlan(items, value!, cache: cache)
    try ResourceMeter.charge(work: Shape.count(selection.view.shape), bytes: 0)
    let parts = shared.parts
    parts.settleDeferredElements()
    // The view's offset and strides read where they are: a copy of the whole `ArrayView` retained and released each
    // of its references at every write.
    if let offset = parts.fields.view?.offset, let strides = parts.fields.view?.strides {
      // The selection in the root's memory: the same walk where the view holds the root's first elements in C order
      // (`np.arange(12).reshape(3, 4)`), else the index resolved again at the view's offset and strides.
      let rootSelection =
        ViewPlacement(shape: shape, offset: offset, strides: strides).holdsRootPrefix
        ? selection.view
        : try IndexPlan(items, shape: shape, isScalar: isScalar, strides: strides, offset: offset).view
      // The root first: a value its storage class refuses (NaN into an int array) throws before either memory
      // changes; the array's own elements, of the same class, then take the same values through the same conversion.
      if let lineage = parts.madeLineage {
        try writingRootMemory(of: lineage) { root in try Self.write(source, along: rootSelection, into: &root) }
      }
      try Self.write(source, along: selection.view, into: &parts.fields.storage)
      return true
    }
    if let lineage = parts.madeLineage, lineage.hasRoot { lineage.root = nil }
    try Self.write(source, along: selection.view, into: &parts.fields.storage)
    markWritten(value: value, frontier: frontier)
    return true
  }

  /// `a[mask] = element` for a boolean `mask` of this array's whole shape and one number (`a[a > 0] = 0`) written into
  /// this array's own elements in place, and true; false, changing nothing, unless this value alone holds its parts
  /// and no other value stands for the same array (as for `writeElementInPlace`), or when its dtype is not its
  /// storage class or `element` is of another storage class. A view is written too where its elements are one run of
  /// its root's in C order (`np.arange(12.0).reshape(3, 4)`, `b[1:]` of a matrix), the root taking the same flags
  /// from the view's offset. NumPy writes the flagged elements of the array it has; the general write (`assigning`)
  /// made a new array of the same size, and a new buffer's first touch of each page cost as much again as the pass:
  /// `a[a > 0] = 0` on (1000, 1000) took twice NumPy's time.
  public mutating func fillInPlace(_ element: StoredElement, where mask: Tensor, value: inout Tensor?) throws -> Bool {
    guard !isScalar, dtype == storageClass, mask.dtype == .bool, mask.shape == shape,
      case .bool(let flags) = mask.storage, flags.count == size, storage.isOfClass(element)
    else { return false }
    var rootStart: Int? = nil
    if let view = shared.parts.fields.view {
      guard mayWriteThroughViewInPlace(value),
        ViewPlacement(shape: shape, offset: 0, strides: view.strides).holdsRootPrefix
      else { return false }
      rootStart = view.offset
    }
    let (isUnshared, frontier) = prepareWriteInPlace(cutting: &value)
    guard isUnshared else { return false }
    try ResourceMeter.charge(work: flags.count, bytes: 0)
    let parts = shared.parts
    parts.settleDeferredElements()
    // The class was checked before the charge, so neither fill declines (the root is of the array's class:
    // `mayWriteThroughViewInPlace`).
    _ = parts.fields.storage.fill(element, where: flags)
    if let rootStart {
      if let lineage = parts.madeLineage {
        writingRootMemory(of: lineage) { root in _ = root.fill(element, where: flags, from: rootStart) }
      }
      return true
    }
    if let lineage = parts.madeLineage, lineage.hasRoot { lineage.root = nil }
    markWritten(value: value, frontier: frontier)
    return true
  }

  /// True when this view may be written in place with `value` (both `writeElementInPlace` and `writeInPlace` also
  /// need it held alone, with its lineage): it reads whole elements of its root at NumPy's strides, may be written
  /// without NumPy's warnings or stride tricks' aliasing, and its root is plain row-major memory of its storage class,
  /// so each element written has one root position to mirror the write to. Neither the view nor the value may have a
  /// history: the general write records a view's write as a computation from its old value, which a gradient
  /// follows, where an owner's in-place write is marked as an assignment.
  private func mayWriteThroughViewInPlace(_ value: Tensor?) -> Bool {
    let parts = shared.parts
    guard parts.fields.view?.isPlainWritable == true, parts.fields.node == nil, value?.node == nil,
      parts.fields.narrowType == nil, let lineage = parts.madeLineage
    else { return false }
    let storageClass = parts.fields.storage.storageClass
    return lineage.rootState.withLock { root in
      guard case .some = root else { return false }
      return root?.memoryAxes == nil && root?.narrowType == nil && root?.storage.storageClass == storageClass
    }
  }

  /// Runs `write` on this view's root memory in place, with the view's placement in it, and moves the lineage's
  /// root version (a reader holding an older value of the memory, an iterator over its rows, reads it again).
  private func writingRoot<Failure: Error>(
    _ write: (inout Storage, ViewPlacement) throws(Failure) -> Void
  ) throws(Failure) {
    let parts = shared.parts
    guard let offset = parts.fields.view?.offset, let strides = parts.fields.view?.strides,
      let lineage = parts.madeLineage
    else { return }
    let placement = ViewPlacement(shape: parts.fields.shape, offset: offset, strides: strides)
    try writingRootMemory(of: lineage) { (root) throws(Failure) in try write(&root, placement) }
  }

  /// `writingRoot` for a write that needs no placement (`writeInPlace` resolved its selection in the root already):
  /// the placement's lists were retained and released at every `a[1:, ::2] = s`.
  private func writingRootMemory<Failure: Error>(
    of lineage: ArrayLineage, _ write: (inout Storage) throws(Failure) -> Void
  ) throws(Failure) {
    try lineage.rootState.withLock { (root) throws(Failure) in
      guard case .some = root else { return }
      try write(&root!.storage)
    }
    lineage.rootChanges.add(1, ordering: .relaxed)
  }

  /// The first step of both in-place writes: `value`'s private history cut where this is a float64 array
  /// (`dissolvePrivateHistory`, whose frontier `markWritten` then records), and whether this value alone holds its
  /// parts and no other value stands for the same array, so that its elements may change under it.
  private mutating func prepareWriteInPlace(cutting value: inout Tensor?) -> (
    isUnshared: Bool, frontier: [GraphNode]?
  ) {
    var frontier: [GraphNode]? = nil
    if case .float64 = shared.parts.fields.storage {
      let ownNode = shared.parts.fields.node.map(ObjectIdentifier.init)
      frontier = value?.dissolvePrivateHistory(excluding: ownNode)
    }
    return (isKnownUniquelyReferenced(&shared.parts) && shared.parts.lineageIsUnshared, frontier)
  }

  /// Marks this array, just written in place with `value` (whose private history was cut at `frontier`, or not when
  /// nil), as an assignment over its old node, when it is a float64 array on a gradient path: a gradient through the
  /// write is refused, as `markingAssignment` makes the general write's.
  private mutating func markWritten(value: Tensor?, frontier: [GraphNode]?) {
    let parts = shared.parts
    guard case .float64 = parts.fields.storage else { return }
    // What the assignment node must list besides the old node: where the value's history meets values others hold
    // (each as a node in an empty value), or the value itself when its history is not private.
    let recorded: [Tensor]
    if let frontier {
      recorded = frontier.map { Tensor(shape: [0], storage: .float64([]), isScalar: false, node: $0) }
    } else if let value, value.node != nil {
      recorded = [value]
    } else {
      recorded = []
    }
    // A decomposition noted where the value's history was cut (`dissolvePrivateHistory`) is the array's now too.
    let origin = frontier == nil ? nil : value?.node?.decomposition
    guard parts.fields.node != nil || !recorded.isEmpty || origin != nil else { return }
    if case .assignment? = parts.fields.node?.operation, isKnownUniquelyReferenced(&parts.fields.node) {
      for input in recorded { parts.fields.node?.appendInput(input) }
      parts.fields.node?.decomposition = origin
      return
    }
    // The old node alone, in an empty value: its elements are what the write changed.
    let old = Tensor(shape: [0], storage: .float64([]), isScalar: false, node: parts.fields.node)
    let written = GraphNode(operation: .assignment, inputs: [old] + recorded)
    written.decomposition = origin
    parts.fields.node = written
  }

  /// Cuts this value's history where it meets values others can reach, when this value is about to be written into
  /// an array and nothing else holds it: its graph node becomes an assignment node (a gradient through it is refused,
  /// and nothing evaluates it) over the nodes where the history meets a value held elsewhere, and every node only this
  /// history held is freed with the values it read. The nodes met are returned, `excluded` left out (the array's own
  /// node, which the write keeps as its old node anyway); nil, changing nothing, when another value holds these parts
  /// or this node (it may be named, read or differentiated later, so its history must stay).
  ///
  /// A gradient through the write is refused whatever the history, so what the array's graph needs of it is only
  /// which nodes it reaches: a target upstream of the value must still find the assignment on its path and be
  /// refused, not be told its gradient is zero. A node only this history held can never be a target (nothing can
  /// name it again), so reaching the nodes where the history leaves it is enough.
  mutating func dissolvePrivateHistory(excluding excluded: ObjectIdentifier?) -> [GraphNode]? {
    guard let node = takePrivateNode() else { return nil }
    var frontier: [GraphNode] = []
    var met: Set<ObjectIdentifier> = []
    if let excluded { met.insert(excluded) }
    // A decomposition in the part freed would leave no trace in the history that stays: its name is kept.
    var origin = Self.ownDecomposition(of: node)
    var pending = [node.takeInputs()]
    // An input held twice by this history (`v + dt * v`) is not private while the other hold waits in `pending`: it
    // is kept once (a second hold dropped) and tried again when the walk has let go of the rest, so that a row
    // computed through a function of the array's previous row leaves nothing holding the array.
    var deferred: [Tensor] = []
    var deferredParts: Set<ObjectIdentifier> = []
    repeat {
      while var inputs = pending.popLast() {
        while var input = inputs.popLast() {
          if let inner = input.takePrivateNode() {
            if origin == nil { origin = Self.ownDecomposition(of: inner) }
            pending.append(inner.takeInputs())
          } else if deferredParts.insert(ObjectIdentifier(input.shared.parts)).inserted {
            deferred.append(input)
          }
        }
      }
      var waiting: [Tensor] = []
      while var input = deferred.popLast() {
        if let inner = input.takePrivateNode() {
          if origin == nil { origin = Self.ownDecomposition(of: inner) }
          pending.append(inner.takeInputs())
        } else {
          waiting.append(input)
        }
      }
      deferred = waiting
    } while !pending.isEmpty
    for input in deferred {
      if let reached = input.shared.parts.fields.node, met.insert(ObjectIdentifier(reached)).inserted {
        frontier.append(reached)
      }
    }
    let stubs = frontier.map { Tensor(shape: [0], storage: .float64([]), isScalar: false, node: $0) }
    let cut = stubs.isEmpty ? GraphNode.leaf() : GraphNode(operation: .assignment, inputs: stubs)
    cut.decomposition = origin
    shared.parts.fields.node = cut
    return frontier
  }

  /// This value's graph node, moved out (the value is left without one), when this value alone holds its parts and
  /// its parts alone hold the node; nil, changing nothing, otherwise.
  private mutating func takePrivateNode() -> GraphNode? {
    guard isKnownUniquelyReferenced(&shared.parts), isKnownUniquelyReferenced(&shared.parts.fields.node) else {
      return nil
    }
    return shared.parts.fields.node.take()
  }
}

extension Tensor {
  /// A Python float as the other operand of NumPy arithmetic with a float64 array (`0.1 * g`): a weak NumPy scalar
  /// (`isPythonScalar`) that is no node of the graph. `Tensor(_:)` makes a new leaf, a graph node allocated and freed
  /// at every such operation of a loop, though no gradient ever reaches a constant operand (the recorded result
  /// keeps it as an input without a node, as an int operand is kept) and the operand itself never becomes a value
  /// the snippet can name.
  public static func pythonFloatOperand(_ value: Double) -> Tensor {
    let parts = TensorParts(shape: [], storage: .float64([value]), isScalar: true, node: nil)
    parts.fields.isPythonScalar = true
    return Tensor(parts: parts)
  }

  /// A tensor over new parts no other tensor holds.
  private init(parts: TensorParts) {
    shared = SharedParts(parts: parts)
  }

  /// Deferred elements, made the first time (`storage`'s rare case).
  @inline(never)
  private func deferredElements() -> Storage { parts.madeElements() }

  /// The operand's elements and the permutation when this value is a transpose whose elements are not made yet
  /// (`DeferredTranspose`); nil otherwise.
  var deferredTransposeOperand: (elements: Storage, transpose: DeferredTranspose)? {
    guard let deferred = parts.deferredTranspose else { return nil }
    return (parts.fields.storage, deferred)
  }

  /// The address of the element buffer this value holds (deferred elements': their operand's), without making
  /// deferred elements; nil when empty.
  var heldBufferIdentity: UnsafeRawPointer? { parts.fields.storage.bufferIdentity }

  /// How many elements the buffer this value holds has (`heldBufferIdentity`'s): a deferred row's operand's, all of
  /// which the row keeps alive, as NumPy's row keeps its base; `size` for any other value.
  var heldBufferCount: Int { parts.fields.storage.count }

  /// The identity of this value's deferred elements, nil for any other value: once they are made, their buffer's
  /// address, which changed copies of the parts and a copy that settled them share with it; until then its parts',
  /// which copies of the value share (a changed copy made before them makes its own).
  var deferredElementsIdentity: UnsafeRawPointer? {
    guard parts.defersElements else { return nil }
    return parts.madeDeferredElements?.bufferIdentity
      ?? UnsafeRawPointer(Unmanaged.passUnretained(parts).toOpaque())
  }

  /// True once deferred elements were made (false for a value with none deferred).
  var deferredElementsAreMade: Bool { parts.defersElements && parts.deferredElementsAreMade }

  /// True while this value is a row whose elements are left in its operand's (`DeferredElements.slice`).
  var defersSlice: Bool { parts.deferred?.isSlice == true }

  /// `source` with its axes permuted by `axes` into `shape`, the elements left in `source`'s order until they are read
  /// (`ShapeKernels.transpose(_:axes:deferring:)`); no graph node. A transpose of a transpose defers once, from the
  /// first operand's elements; a transpose of a deferred row, from the row's elements.
  init(deferring source: Tensor, axes: [Int], shape: [Int]) {
    let transpose = source.parts.deferredTranspose?.followed(by: axes)
    let elements = transpose == nil ? source.storage : source.parts.fields.storage
    let parts = TensorParts(shape: shape, storage: elements, isScalar: source.parts.fields.isScalar, node: nil)
    parts.deferred = .transpose(transpose ?? DeferredTranspose(sourceShape: source.parts.fields.shape, axes: axes))
    self.init(parts: parts)
  }
}

/// `a.T` and `a.reshape(…)` made as views in one step, where the interpreter's general path (the operation, then the
/// view's place in the root, `derivedView` and `asView`) would give exactly these fields: each step wrote the new
/// parts again, retained and released what it passed on, and asked the dtype, the layout and the history again: about
/// 900 of the 2,600 instructions `c = a.T` cost in a loop. Each answers only for an operand on which every step of that
/// path is known to do nothing more; nil otherwise, and the caller takes that path. `Fuzz/view_probe.py --compare`
/// compares the two on every view it makes.
extension Tensor {
  /// True when a view made directly of this value needs nothing but its place in the root: an array (no NumPy scalar)
  /// of a wide dtype other than complex, holding its own elements (no deferred transpose) in C order or a view of the
  /// root's elements at strides (no positions, no flat iterator), whose memory order is known, and whose history no
  /// gradient reads (`selectsWithoutRecord`).
  private var makesPlainViews: Bool {
    // Asked of the parts in place, and the dtype's questions of the storage class (no narrow type): holding the
    // parts, asking `selectsWithoutRecord` and taking a view's strides out through `rootPlacement` cost about 150
    // instructions of a 1,875-instruction `c = a.T`.
    guard !parts.fields.isScalar, !parts.defersElements, case .none = parts.fields.memoryAxes,
      case .none = parts.fields.narrowType, case .none = parts.fields.view?.positions,
      case .none = parts.fields.view?.flatIterator, !hasUnknownLayout
    else { return false }
    switch parts.fields.storage {
    case .bool, .int64: return true
    case .float64:
      return floatHistoryIsUnread
    case .complex128: return false
    }
  }

  /// `a.T` of a matrix whose extents are both above 1, as the general path makes it: the operand's elements with the
  /// transpose deferred, its memory order `[1, 0]`, a view at the operand's strides swapped; nil for any other operand
  /// (`makesPlainViews`).
  public func matrixTransposeView() throws -> Tensor? {
    let sourceShape = parts.fields.shape
    guard sourceShape.count == 2, case let rows = sourceShape[0], case let columns = sourceShape[1], rows > 1,
      columns > 1, makesPlainViews
    else { return nil }
    // Where the operand sits in its root, read in place (`rootPlacement` handed out a view's strides, a retain and a
    // release): an owner in C order at the start.
    let placement: (offset: Int, rowStride: Int, columnStride: Int)
    if isView {
      guard let viewPlacement = parts.fields.view?.matrixPlacement else { return nil }
      placement = viewPlacement
    } else {
      placement = (0, columns, 1)
    }
    try chargeSelection(of: rows * columns, dtype: storageClass, read: rows * columns, allocates: true)
    ensureRoot()
    let shape = rows == columns ? sourceShape : SharedIntLists.pair(columns, rows)
    let view = derivedView(
      offset: placement.offset, strides: SharedIntLists.pair(placement.columnStride, placement.rowStride))
    let made = TensorParts(
      shape: shape, storage: parts.fields.storage, view: view, memoryAxes: Self.swappedAxes, lineage: lineage)
    made.deferred = .transpose(DeferredTranspose(sourceShape: consume sourceShape, axes: Self.swappedAxes))
    return Tensor(parts: made)
  }

  /// `a.reshape(shape)` in C order to extents that are all above 1 (no -1 left to infer) and hold as many elements
  /// as the operand, whose elements lie one after another in its root, as the general path makes it: a view at the
  /// row-major strides of `shape` from the operand's first element; nil for any other shape or operand
  /// (`makesPlainViews`).
  public func rowMajorReshapeView(_ shape: [Int]) throws -> Tensor? {
    var count = 1
    for extent in shape {
      guard extent > 1 else { return nil }
      let (product, overflow) = count.multipliedReportingOverflow(by: extent)
      guard !overflow else { return nil }
      count = product
    }
    guard count == size, count > 0, makesPlainViews else { return nil }
    let placement = rootPlacement
    guard Self.isConsecutive(strides: placement.strides, shape: parts.fields.shape) else { return nil }
    try chargeSelection(of: size, dtype: storageClass, read: size, allocates: false)
    ensureRoot()
    let view = derivedView(offset: placement.offset, strides: Shape.strides(shape))
    return Tensor(viewOf: lineage, shape: shape, storage: parts.fields.storage, view: view)
  }

  /// True when the elements of `shape` at `strides` lie one after another in the root, in row-major order: every
  /// axis of extent above 1 steps by the product of the extents after it (an axis of extent 1 is never stepped).
  public static func isConsecutive(strides: [Int], shape: [Int]) -> Bool {
    guard strides.count == shape.count else { return false }
    var step = 1
    for axis in shape.indices.reversed() {
      if shape[axis] > 1 && strides[axis] != step { return false }
      step &*= shape[axis]
    }
    return true
  }

  /// A new view of `lineage`'s memory that no history reads, in C order.
  init(viewOf lineage: ArrayLineage, shape: [Int], storage: Storage, view: consuming ArrayView) {
    self.init(parts: TensorParts(shape: shape, storage: storage, view: view, memoryAxes: nil, lineage: lineage))
  }

  /// The most elements, and the most rows, an array may have for a row of it to keep all of its elements rather than
  /// a copy of its own (`rowOfElements`): a row then keeps at most 32 KB of float64, and at most 64 times its own
  /// elements, alive beside it (NumPy's row keeps its whole base alive, however large).
  static let deferredRowLimits = (elements: 4_096, rows: 64)

  /// A view of `lineage`'s memory in C order, no history reading it, holding `count` consecutive row-major elements
  /// of this value from `start` (a row, `a[i]`; `rows` is this value's first extent): for a small array, its
  /// elements kept with the row deferred (`DeferredElements.slice`), so a row nothing reads costs no copy (about 390
  /// of a small `c = a[i]`'s 2,360 instructions went to allocating, copying and freeing one); a row of a deferred
  /// row moves along the same operand's elements. Any larger array or other deferral gives a copy of the elements.
  func rowOfElements(
    start: Int, count: Int, rows: Int, shape: [Int], view: consuming ArrayView, lineage: ArrayLineage
  ) -> Tensor {
    let sharedStart: Int?
    switch parts.deferred {
    case .none: sharedStart = start
    case .slice(let sourceStart, _)?: sharedStart = sourceStart + start
    case .transpose?: sharedStart = nil
    }
    if let sharedStart, rows <= Self.deferredRowLimits.rows,
      parts.fields.storage.count <= Self.deferredRowLimits.elements
    {
      let made = TensorParts(
        shape: shape, storage: parts.fields.storage, view: view, memoryAxes: nil, lineage: lineage)
      made.deferred = .slice(start: sharedStart, count: count)
      return Tensor(parts: made)
    }
    let elements = DeferredElements.slice(start: start, count: count).made(from: storage)
    return Tensor(viewOf: lineage, shape: shape, storage: elements, view: view)
  }
}

extension Tensor {
  /// True when this value is still the untouched seed of 1 a backward pass of a `shape`-shaped y starts from, and
  /// nothing but the caller holds its parts: no name, view or lineage took it, so the next pass may start from it
  /// again instead of allocating a new one (`BackwardBuffers.seed`).
  mutating func isUnsharedSeed(shape: [Int], isScalar: Bool) -> Bool {
    guard isKnownUniquelyReferenced(&shared.parts), shared.parts.madeLineage == nil else { return false }
    let parts = shared.parts
    if case .some = parts.fields.view { return false }
    guard parts.fields.node == nil, parts.fields.memoryAxes == nil, parts.fields.narrowType == nil,
      !parts.fields.isPythonScalar, parts.fields.unknownLayoutOrigin == nil, parts.fields.isScalar == isScalar,
      parts.fields.shape == shape, case .float64(let values) = parts.fields.storage, values.count == 1,
      values[0].bitPattern == (1.0).bitPattern
    else { return false }
    return true
  }
}

extension Tensor {
  /// The element at row-major `offset`, read in place; nil for a complex array, and for an offset outside a deferred
  /// row (which its operand's elements would otherwise answer).
  public func storedElement(at offset: Int) -> StoredElement? {
    // A deferred row's element read where its operand keeps it, without making the row's elements.
    if case .slice(let start, let count)? = parts.deferred {
      guard offset >= 0 && offset < count else { return nil }
      return Self.element(of: parts.fields.storage, at: start + offset)
    }
    if parts.defersElements { return Self.element(of: parts.madeElements(), at: offset) }
    return Self.element(of: parts.fields.storage, at: offset)
  }

  /// Element `offset` of `storage`; nil for complex elements.
  private static func element(of storage: borrowing Storage, at offset: Int) -> StoredElement? {
    switch storage {
    case .float64(let values): .float64(values[offset])
    case .int64(let values): .int64(values[offset])
    case .bool(let values): .bool(values[offset])
    case .complex128: nil
    }
  }

  /// True when `other` holds these very parts (the same array, read from the same place).
  public func holdsSameParts(as other: Tensor) -> Bool { parts === other.parts }
}

/// Where a strided view's row-major elements sit in its root's memory.
private struct ViewPlacement {
  var shape: [Int]
  var offset: Int
  var strides: [Int]

  /// True when each of the view's elements sits at its own row-major index in the root: the view starts at the
  /// root's first element and steps through it in C order (an axis of extent 1 never steps, whatever its stride).
  var holdsRootPrefix: Bool {
    guard offset == 0 else { return false }
    var step = 1
    for axis in shape.indices.reversed() {
      if shape[axis] > 1 && strides[axis] != step { return false }
      step *= shape[axis]
    }
    return true
  }

  /// The root position of the view's element at row-major `index`: one division for a matrix (resolving the index
  /// again at the view's strides cost a write of half a (10, 10) view twice as much).
  func rootPosition(of index: Int) -> Int {
    if strides.count == 1 { return offset + index * strides[0] }
    if strides.count == 2 {
      let (row, column) = index.quotientAndRemainder(dividingBy: shape[1])
      return offset + row * strides[0] + column * strides[1]
    }
    var rest = index
    var position = offset
    for axis in shape.indices.reversed() {
      let extent = shape[axis]
      position += rest % extent * strides[axis]
      rest /= extent
    }
    return position
  }
}

extension Storage {
  /// True when `element` is of this storage's class, so `fill` and `setElement` take it.
  fileprivate func isOfClass(_ element: StoredElement) -> Bool {
    switch (self, element) {
    case (.float64, .float64), (.int64, .int64), (.bool, .bool): return true
    default: return false
    }
  }

  /// Puts `element` at `start + k` wherever `flags[k]` is true, in place (the elements moved out of the enum first,
  /// as `setElement` moves them); false, nothing changed, when `element` is of another storage class.
  fileprivate mutating func fill(_ element: StoredElement, where flags: [Bool], from start: Int = 0) -> Bool {
    switch self {
    case .float64(var values):
      guard case .float64(let number) = element else { return false }
      self = .bool([])
      values.withUnsafeMutableBufferPointer { out in
        out.withMemoryRebound(to: UInt64.self) { Self.fill($0, with: number.bitPattern, where: flags, from: start) }
      }
      self = .float64(values)
    case .int64(var values):
      guard case .int64(let number) = element else { return false }
      self = .bool([])
      values.withUnsafeMutableBufferPointer { out in
        out.withMemoryRebound(to: UInt64.self) {
          Self.fill($0, with: UInt64(bitPattern: number), where: flags, from: start)
        }
      }
      self = .int64(values)
    case .bool(var values):
      guard case .bool(let flag) = element else { return false }
      self = .bool([])
      values.withUnsafeMutableBufferPointer { out in
        out.withMemoryRebound(to: UInt8.self) { Self.fill($0, with: flag ? 1 : 0, where: flags, from: start) }
      }
      self = .bool(values)
    case .complex128:
      return false
    }
    return true
  }

  /// `fill`'s loop, over the elements' bits (64-bit words, or a bool's byte 0 or 1): each element is its own bits or
  /// `bits`, chosen by a mask made from the flag (a Bool is the byte 0 or 1), not by a branch: a threshold's flags
  /// (`a > 0` of random values) are as often true as false, a branch on each mispredicted half the time, and the
  /// compiler made the select one.
  @inline(__always)
  private static func fill<Word: FixedWidthInteger & UnsignedInteger>(
    _ all: UnsafeMutableBufferPointer<Word>, with bits: Word, where flags: [Bool], from start: Int
  ) {
    flags.withUnsafeBufferPointer { flags in
      flags.withMemoryRebound(to: UInt8.self) { mask in
        guard start >= 0, start <= all.count, let out = all.baseAddress.map({ $0 + start }),
          let mask = mask.baseAddress
        else { return }
        for k in 0..<Swift.min(all.count - start, flags.count) {
          let chosen = 0 &- Word(truncatingIfNeeded: mask[k])
          out[k] = (bits & chosen) | (out[k] & ~chosen)
        }
      }
    }
  }

  /// Sets one element in place (the buffer is copied only when another storage shares it); false when `element` is
  /// of another class.
  fileprivate mutating func setElement(_ element: StoredElement, at offset: Int) -> Bool {
    // The elements are moved out of the enum before the write (switching on a tuple of it kept a second reference
    // to them, and the write copied the whole buffer).
    switch self {
    case .float64(var values):
      guard case .float64(let number) = element else { return false }
      self = .bool([])
      values[offset] = number
      self = .float64(values)
    case .int64(var values):
      guard case .int64(let number) = element else { return false }
      self = .bool([])
      values[offset] = number
      self = .int64(values)
    case .bool(var values):
      guard case .bool(let flag) = element else { return false }
      self = .bool([])
      values[offset] = flag
      self = .bool(values)
    case .complex128:
      return false
    }
    return true
  }
}
