import Synchronization

/// The root array's memory while views of it exist: its shape and current elements. A write through any view lands
/// here first, and every other value of the lineage is gathered again from it.
public struct RootBuffer: Sendable {
  /// The shape of the array that owns the memory (what `.base` prints).
  public var shape: [Int]
  /// The owner's elements in NumPy's memory order: row-major, or row-major over the axes `memoryAxes` names.
  public var storage: Storage
  /// The owner's dtype when it is narrower than its storage class.
  var narrowType: DType?
  /// The owner's `memoryAxes`: its memory holds the axes in this order (nil: row-major).
  var memoryAxes: [Int]? = nil
  /// The owner's `unknownLayoutOrigin`, which its views inherit.
  var unknownLayoutOrigin: String? = nil
}

/// Which part of a complex root a view reads: `.real` and `.imag` of a complex array are float views of it.
public enum ViewPart: Sendable, Hashable {
  /// Whole elements.
  case whole
  /// The real parts of complex elements.
  case real
  /// The imaginary parts of complex elements.
  case imaginary
}

/// One NumPy array object's identity (what `is` compares): every view operation makes a new one.
///
/// A serial number, not an object: each view result (`a.T`, `a[i]`, `a.reshape(…)` in a loop) allocated an identity
/// object and freed it with the result, and every copy of its view retained and released it. Numbers are drawn from
/// one 64-bit counter shared by all threads, so no two identities made in a process are ever equal (a freed
/// object's address could be reused; a number is not) and the order they are drawn in never shows: they are only
/// compared.
public struct ArrayIdentity: Sendable, Hashable {
  /// The number drawn for this identity.
  private let serial: UInt64
  /// The last number drawn.
  private static let drawn = Atomic<UInt64>(0)

  /// A new identity, equal to no other.
  public init() {
    serial = Self.drawn.wrappingAdd(1, ordering: .relaxed).newValue
  }
}

/// One flat iterator object's state, shared by every name holding it: how far iterating it has gone (NumPy's
/// iterator goes on from where it stopped, and indexing it starts it again).
public final class FlatIteratorState: Sendable {
  /// The flat index of the next item while it is known (0 at first, one more for each item taken one at a time);
  /// nil once a loop or an `in` test has taken items from it, which may stop anywhere.
  public let position = Mutex<Int?>(0)
  /// The shape of the array it iterates, in which its position has coordinates.
  public let shape: [Int]
  /// True when the array it iterates is itself a view, so that NumPy's `.base` of the iterator (that array) is not
  /// the array owning the memory.
  public let iteratesView: Bool
  /// Whether every coordinate is 0 again after the last item: NumPy's iterator steps the coordinates of an array of
  /// three or more axes that is not C-contiguous one axis at a time, wrapping the first too, and computes the others'
  /// from the index, the first axis not wrapping; nil where the memory order is not known.
  public let wrapsAtEnd: Bool?
  /// A new iterator over an array of `shape` (a view when `iteratesView`), at its first item.
  public init(iteratesView: Bool, shape: [Int], wrapsAtEnd: Bool?) {
    self.iteratesView = iteratesView
    self.shape = shape
    self.wrapsAtEnd = wrapsAtEnd
  }

  /// The coordinates of flat index `position` as NumPy's iterator counts them: row-major, the position after the
  /// last item being `(shape[0], 0, …)` or all 0 (`wrapsAtEnd`); nil where that is not known.
  public func coordinates(of position: Int) -> [Int]? {
    var coordinates = Array(repeating: 0, count: shape.count)
    if position > 0 && position == shape.reduce(1, *) {
      guard let wraps = wrapsAtEnd else { return nil }
      if wraps { return coordinates }
    }
    var rest = position
    for axis in shape.indices.reversed() where axis > 0 {
      let extent = shape[axis]
      guard extent > 0 else { return coordinates }
      coordinates[axis] = rest % extent
      rest /= extent
    }
    if !shape.isEmpty { coordinates[0] = rest }
    return coordinates
  }
}

/// Where a NumPy view's elements live in its root's memory, as NumPy records it: an offset and a stride per axis, in
/// elements of the root (NumPy's byte strides divided by the item size).
public struct ArrayView: Sendable {
  /// Index of the first element in the root's row-major elements.
  public var offset: Int
  /// The root step, in elements, for one step along each axis (0 for a broadcast or new axis, negative for `::-1`).
  public var strides: [Int]
  /// Which part of a complex root the view reads.
  public var part: ViewPart = .whole
  /// False for the views NumPy makes read-only (`broadcast_to`, `diagonal`, `.imag` of a real array).
  public var isWriteable = true
  /// True for a view made by `numpy.lib.stride_tricks` and the views of it: NumPy's `.base` of one is not the
  /// array that owns the memory (an `as_strided` result's base is NumPy's private `DummyArray`).
  public var isStrideTrickView = false
  /// True for a view `np.broadcast_arrays` made and the views of it, which NumPy 2.4 reports writeable with
  /// WARN_ON_WRITE (a write warns, then writes through the broadcast memory); docbuild keeps them unwritten
  /// (`isWriteable` false) and refuses a write.
  public var warnsOnWrite = false
  /// True for a view whose strides NumPy derives in a way docbuild does not follow, and the views of it (`.strides`
  /// of one is refused): a reshape of an empty array (NumPy gives it strides of its own, `_array_fill_strides`, where
  /// every empty array it allocates has strides of 0), a view of an empty view, a diagonal's axis of extent 1.
  public var hasUnfollowedStrides = false
  /// Set on the 1-d view that stands for NumPy's flat iterator (`a.flat`), which is no array; not inherited by the
  /// views and copies made from it.
  public var flatIterator: FlatIteratorState?
  /// Each element's root position, for a view no strides describe (`a.T.flat`, NumPy's flat iterator); nil for a
  /// strided view.
  public var positions: [Int]?
  /// This array object's identity.
  public let identity: ArrayIdentity

  /// True when this view reads whole elements at exactly the strides a row-major array of `shape` steps by, every
  /// extent at least 1: C- and iterator-ordered, no axis broadcast.
  @inline(__always)
  func hasRowMajorStrides(for shape: [Int]) -> Bool {
    guard part == .whole, positions == nil, strides.count == shape.count else { return false }
    var step = 1
    for axis in shape.indices.reversed() {
      let extent = shape[axis]
      guard extent > 0, strides[axis] == step else { return false }
      step &*= extent
    }
    return true
  }

  /// A matrix view's offset and its two strides, read in place; nil unless it has two strides.
  var matrixPlacement: (offset: Int, rowStride: Int, columnStride: Int)? {
    guard strides.count == 2 else { return nil }
    return (offset, strides[0], strides[1])
  }

  /// True for a view whose every element is one whole element of the root at its strides, written without NumPy's
  /// warnings and without a stride trick's aliasing: each element written has one root position to mirror it to.
  var isPlainWritable: Bool {
    part == .whole && positions == nil && isWriteable && !isStrideTrickView && !warnsOnWrite && flatIterator == nil
  }

  /// A view `offset` and `strides` into the root, reading `part`.
  public init(offset: Int, strides: [Int], part: ViewPart = .whole, isWriteable: Bool = true) {
    self.offset = offset
    self.strides = strides
    self.part = part
    self.isWriteable = isWriteable
    identity = ArrayIdentity()
  }

  /// `object`, the same array object, with another shape's `strides` from `offset` (NumPy's `a.shape = …`).
  init(reshaping object: ArrayView, offset: Int, strides: [Int]) {
    self.offset = offset
    self.strides = strides
    part = object.part
    isWriteable = object.isWriteable
    isStrideTrickView = object.isStrideTrickView
    warnsOnWrite = object.warnsOnWrite
    hasUnfollowedStrides = object.hasUnfollowedStrides
    identity = object.identity
  }

  /// This new view with what it inherits from `source`, the view it was taken from: NumPy keeps a read-only
  /// array's views read-only, and a stride-trick view's views are stride-trick views.
  public func inheriting(from source: ArrayView) -> ArrayView {
    var result = self
    result.isWriteable = isWriteable && source.isWriteable
    result.isStrideTrickView = source.isStrideTrickView
    result.warnsOnWrite = source.warnsOnWrite
    result.hasUnfollowedStrides = source.hasUnfollowedStrides
    return result
  }

  /// True when both read the same elements in the same order (one is updated exactly as the other).
  func hasSameGeometry(as other: ArrayView) -> Bool {
    offset == other.offset && strides == other.strides && part == other.part && positions == other.positions
  }
}

extension ArrayLineage {
  /// The root's memory, once a view of it has been taken (nil before: the one array of the lineage is the root).
  public var root: RootBuffer? {
    get { rootState.withLock { $0 } }
    set {
      rootState.withLock {
        $0 = newValue
        rootHasUnknownLayout.store(newValue?.unknownLayoutOrigin != nil, ordering: .relaxed)
      }
      rootChanges.add(1, ordering: .relaxed)
    }
  }

  /// A number that moves whenever the root is set (a write into the memory through any of its arrays).
  public var rootVersion: Int { rootChanges.load(ordering: .relaxed) }

  /// True once a view of the lineage has been taken (`root` is set), read without copying the root out.
  public var hasRoot: Bool {
    // Matched without a binding: `$0 != nil` copied the root (retaining its shape and elements) to compare it.
    rootState.withLock { root in
      if case .none = root { return false }
      return true
    }
  }

  /// The root's `unknownLayoutOrigin`, read without copying the root out (its shape and elements).
  var rootUnknownLayoutOrigin: String? {
    guard rootHasUnknownLayout.load(ordering: .relaxed) else { return nil }
    return rootState.withLock { $0?.unknownLayoutOrigin }
  }
}

extension Tensor {
  /// Where this value's elements sit in its lineage's root: NumPy's geometry of a view, or the owner's own row-major
  /// layout.
  public var geometry: ArrayView {
    if let view { return view }
    // An owner NumPy holds in another order (`np.exp(x.T)`) keeps its root in that memory order, so its views, their
    // strides and NumPy's view-or-copy decisions (a reshape of it copies) follow NumPy's memory.
    return ArrayView(offset: 0, strides: memoryAxes == nil ? Shape.strides(shape) : memoryStrides)
  }

  /// True for an array that owns its memory (NumPy's OWNDATA), false for a view of another array's.
  public var ownsData: Bool { !isView }

  /// True when `other` is this very NumPy array object (Python's `is`), not merely a view of the same memory.
  public func isSameObject(as other: Tensor) -> Bool {
    guard sharesLineage(with: other) else { return false }
    // Both owners (nil) or the same view object.
    return viewIdentity == other.viewIdentity
  }

  /// This very array object in the shape of `reshaped`, its C-order reshape, as NumPy's `a.shape = …` leaves it
  /// (`array_shape_set`): nil where NumPy would have copied, which is its AttributeError. An owner keeps owning its
  /// memory (and the root, which its views read, takes the new shape); a view keeps its identity with the reshape's
  /// strides. An owner NumPy holds in another memory order is left to the caller (nil as well).
  public func reshapedInPlace(as reshaped: Tensor) -> Tensor? {
    var result = reshaped
    guard let view else {
      guard memoryAxes == nil else { return nil }
      result.lineage = lineage
      result.view = nil
      result.memoryAxes = nil
      if var root = lineage.root {
        root.shape = reshaped.shape
        lineage.root = root
      }
      return result
    }
    guard reshaped.lineage === lineage, let geometry = reshaped.view, geometry.positions == nil else { return nil }
    result.view = ArrayView(reshaping: view, offset: geometry.offset, strides: geometry.strides)
    return result
  }

  /// Makes sure the lineage keeps its root's memory, so a view of this value can be written through: the root is
  /// this value's elements when it owns them.
  public func ensureRoot() {
    guard !isView, !lineage.hasRoot else { return }
    guard let memoryAxes else {
      lineage.root = RootBuffer(
        shape: shape, storage: storage, narrowType: narrowType, unknownLayoutOrigin: unknownLayoutOrigin)
      return
    }
    lineage.root = RootBuffer(
      shape: shape, storage: ShapeKernels.transpose(self, axes: memoryAxes).storage, narrowType: narrowType,
      memoryAxes: memoryAxes, unknownLayoutOrigin: unknownLayoutOrigin)
  }

  /// Describes this view's root, a row-major copy of the transpose of an array of its root's shape reversed, as NumPy
  /// holds the same memory: a Fortran-ordered copy of that array, which `a.reshape(s, order='F')` views where it
  /// copies (`PyArray_NewCopy(a, NPY_FORTRANORDER)`); its `.base` prints `a`'s values with Fortran strides.
  public func describeRootAsFortranCopy() {
    guard isView, let root = lineage.root, root.memoryAxes == nil, root.shape.count >= 2 else { return }
    var fortran = root
    fortran.shape = root.shape.reversed()
    fortran.memoryAxes = Array((0..<root.shape.count).reversed())
    lineage.root = fortran
  }

  /// This value as a view with `geometry` into its lineage's root (which the caller has ensured).
  public func asView(_ geometry: ArrayView) -> Tensor {
    var result = self
    result.view = geometry
    return result
  }

  /// This value as NumPy's transposed view of a new array holding it, as NumPy returns `x[:, idx]`: axis j of that
  /// array is this value's axis `arrayAxes[j]`, and its memory holds its axes in `memoryAxes` order (outermost
  /// first). That array is the view's `.base`.
  public func asTransposedView(arrayAxes: [Int], memoryAxes: [Int]) -> Tensor {
    // The array's memory, walked in this value's axes.
    let memoryInOwnAxes = memoryAxes.map { arrayAxes[$0] }
    let arrayShape = arrayAxes.map { shape[$0] }
    var result = self
    result.view = nil
    result.startNewLineage()
    result.lineage.root = RootBuffer(
      shape: arrayShape, storage: ShapeKernels.transpose(self, axes: memoryInOwnAxes).storage, narrowType: narrowType,
      memoryAxes: MemoryOrder.normalized(memoryAxes))
    // The array's strides, then this value's: its axis i is the array's axis `position[i]`.
    let memoryStrides = Shape.strides(memoryInOwnAxes.map { shape[$0] })
    var strides = [Int](repeating: 0, count: ndim)
    for (j, axis) in memoryInOwnAxes.enumerated() { strides[axis] = memoryStrides[j] }
    // A view records its memory order too, as `x.T` does: matrix products read it in place as BLAS does.
    result.memoryAxes = MemoryOrder.normalized(memoryInOwnAxes)
    return result.asView(ArrayView(offset: 0, strides: strides))
  }

  /// This new value as a view with `geometry` into `lineage`'s root (which the caller has ensured): the parts are
  /// written once, in place when nothing else holds them (`a[i]` in a loop copied them twice).
  public consuming func asView(_ geometry: consuming ArrayView, of lineage: ArrayLineage) -> Tensor {
    becomeView(geometry, of: lineage)
    return self
  }

  /// This value as the owner of a new memory of its own (a copy in NumPy).
  public func asNewArray() -> Tensor {
    var result = self
    result.withNewLineage(nil) { $0.view = nil }
    return result
  }

  /// The root's elements as NumPy's `.base` shows them: the array that owns this view's memory.
  public func baseArray() -> Tensor? {
    guard view != nil, let root = lineage.root else { return nil }
    var base: Tensor
    if let memoryAxes = root.memoryAxes {
      let memory = Tensor(shape: memoryAxes.map { root.shape[$0] }, storage: root.storage)
      base = Tensor(
        shape: root.shape, storage: ShapeKernels.transpose(memory, axes: MemoryOrder.inverse(memoryAxes)).storage)
      base.memoryAxes = memoryAxes
    } else {
      base = Tensor(shape: root.shape, storage: root.storage)
    }
    base.unknownLayoutOrigin = root.unknownLayoutOrigin
    base.narrowType = root.narrowType
    base.lineage = lineage
    // The root's elements hold what this view holds and more: when this view's values came from a decomposition, its
    // last digits are docbuild's rather than LAPACK's, and `w[1:].base` printed eigenvalues at rounding-noise level
    // with docbuild's digits where NumPy prints LAPACK's noise.
    return base.keepingDecompositionOrigin(of: self)
  }

  /// NumPy's C_CONTIGUOUS flag: the elements are consecutive in row-major order (axes of extent 1 and empty arrays
  /// impose nothing).
  public var isCContiguous: Bool { contiguity.c }

  /// NumPy's F_CONTIGUOUS flag: the elements are consecutive in column-major order.
  public var isFContiguous: Bool { contiguity.f }

  /// NumPy's C_CONTIGUOUS and F_CONTIGUOUS flags together. An array owning its memory in C order, the common operand,
  /// is decided by its shape alone (`geometry` made it a view object and strides on every element-wise operation):
  /// C order's strides are Fortran-contiguous too when at most one axis has an extent other than 1.
  public var contiguity: (c: Bool, f: Bool) {
    if (!isView || isRowMajorView) && memoryAxes == nil {
      var extended = 0
      for extent in shape {
        if extent == 0 { return (true, true) }
        if extent != 1 { extended += 1 }
      }
      return (true, extended <= 1)
    }
    // `geometry`'s strides, read without copying a view or making one for an owner held in another order.
    let strides: [Int]
    if isView {
      guard let whole = wholeViewStrides else {
        // `.real` or `.imag` of a complex array steps two of its items per element: NumPy calls it contiguous only
        // where no axis steps at all (every extent at most 1, `z.imag.reshape(3, 1)[1]`) or it holds nothing.
        let isContiguous = shape.allSatisfy { $0 <= 1 } || shape.contains(0)
        return (isContiguous, isContiguous)
      }
      strides = whole
    } else {
      strides = memoryStrides
    }
    return (
      Self.isContiguous(shape, strides, reversed: false),
      Self.isContiguous(shape, strides, reversed: true)
    )
  }

  private static func isContiguous(_ shape: [Int], _ strides: [Int], reversed: Bool) -> Bool {
    if shape.contains(0) { return true }
    var expected = 1
    for k in shape.indices {
      let axis = reversed ? k : shape.count - 1 - k
      if shape[axis] == 1 { continue }
      if strides[axis] != expected { return false }
      expected *= shape[axis]
    }
    return true
  }

  /// The root positions of every element, in row-major order.
  public func rootPositions() -> [Int] {
    let geometry = geometry
    if let positions = geometry.positions { return positions }
    var positions = [Int](repeating: 0, count: size)
    StridedView(offset: geometry.offset, shape: shape, strides: geometry.strides).forEach { source, target in
      positions[target] = source
    }
    return positions
  }

  /// This value's elements gathered again from its lineage's root after a write through another view; nil when the
  /// root no longer matches it (an array the interpreter did not derive from the root).
  public func regathered() -> Tensor? {
    guard let root = lineage.root else { return nil }
    let geometry = geometry
    if view == nil && Shape.count(root.shape) != size { return nil }
    let walk = geometry.walk(shape)
    let storage: Storage
    switch (root.storage, geometry.part) {
    case (.complex128(let values), .real): storage = .float64(gatherMapped(values, walk) { $0.real })
    case (.complex128(let values), .imaginary): storage = .float64(gatherMapped(values, walk) { $0.imag })
    case (_, .whole) where view == nil && root.memoryAxes == nil: storage = root.storage  // shares the root's buffer
    case (_, .whole): storage = walk.gather(root.storage)
    case (_, .real): storage = walk.gather(root.storage)  // `.real` of a real array is the array itself
    default: return nil
    }
    guard storage.storageClass == storageClass else { return nil }
    var result = Tensor(shape: shape, storage: storage, isScalar: isScalar)
    result.narrowType = narrowType
    result.lineage = lineage
    result.view = view
    result.isPythonScalar = isPythonScalar
    result.memoryAxes = view == nil ? root.memoryAxes : memoryAxes
    result.unknownLayoutOrigin = unknownLayoutOrigin
    return result
  }

  /// This value after `written` (a value of the same memory, whose element `k` sits at root position
  /// `writtenAt[k]`) changed: the elements they share take the new values. For a value autodiff tracks the new value
  /// computed from others is recorded as a pick from both (so the gradient of an overwritten element is zero and the written values'
  /// gradients flow through); nil when nothing is shared.
  public func refreshed(after written: Tensor, writtenAt: WrittenPositions) throws -> Tensor? {
    let positions = rootPositions()
    var picks = [Int](repeating: 0, count: positions.count)
    // The written elements this value shares, in the order it meets them: only those join the recorded pick.
    var sharedElements: [Int] = []
    for (index, position) in positions.enumerated() {
      let source = writtenAt.element(at: position)
      if source >= 0 {
        picks[index] = size + sharedElements.count
        sharedElements.append(source)
      } else {
        picks[index] = index
      }
    }
    guard !sharedElements.isEmpty else { return nil }
    guard written.node != nil, geometry.part == .whole, written.geometry.part == .whole,
      written.storageClass == storageClass
    else { return regathered() }
    let shared = try written.reshape([written.size]).index([
      .indices(shape: [sharedElements.count], values: sharedElements)
    ])
    let both = try Tensor.concatenate([self, shared], axis: nil)
    var result = try both.index([.indices(shape: shape, values: picks)])
    result.narrowType = narrowType
    result.lineage = lineage
    result.view = view
    result.memoryAxes = memoryAxes
    result.unknownLayoutOrigin = unknownLayoutOrigin
    result.isScalar = isScalar
    return result
  }

  /// True for a value autodiff recorded as computed from others: a write through a view must keep its history.
  /// A leaf's gradient cannot flow anywhere else, so a leaf is simply gathered again (as an assignment makes one).
  public var isRecordedComputation: Bool { node?.operation != nil }

  /// Writes `updated` (this value's shape and class) into the lineage's root at this value's positions, and returns it
  /// as this same array object. Does nothing to the root when no view of it was ever taken.
  public func writingThrough(_ updated: Tensor) -> Tensor {
    var result = updated
    result.lineage = lineage
    result.view = view
    // An array written in place keeps its memory order, whatever order the new values came in.
    if !isView, result.memoryAxes != memoryAxes { result.memoryAxes = memoryAxes }
    guard var root = lineage.root else { return result }
    if !isView && Shape.count(root.shape) == size && updated.storageClass == root.storage.storageClass
      && root.memoryAxes == nil
    {
      root.storage = updated.storage
    } else {
      let walk = geometry.walk(shape)
      lineage.root = nil  // the only reference, so the scatter below mutates in place
      root.storage.scatter(updated.storage, walk, part: geometry.part)
    }
    lineage.root = root
    return result
  }
}

/// Which element of a write sits at each position of the root: one int per root element for a large write, a
/// table for a small one (a row of a big matrix), so the cost follows the write.
public struct WrittenPositions: Sendable {
  private var elements: [Int] = []
  private var table: [Int: Int] = [:]

  /// The positions `written` (a value with its lineage's root) covers.
  public init(_ written: Tensor) throws {
    let count = written.lineage.root.map { Shape.count($0.shape) } ?? 0
    let positions = written.rootPositions()
    if positions.count * 8 < count {
      try ResourceMeter.charge(work: positions.count, bytes: 0)
      for (index, position) in positions.enumerated() { table[position] = index }
      return
    }
    // Freed when the write ends, so only its work is charged (the chapter's memory counts what values keep).
    try ResourceMeter.charge(work: count, bytes: 0)
    elements = [Int](repeating: -1, count: count)
    for (index, position) in positions.enumerated() where position < count {
      elements[position] = index
    }
  }

  /// The written element at root `position`, or -1.
  func element(at position: Int) -> Int {
    if elements.isEmpty { return table[position] ?? -1 }
    return position < elements.count ? elements[position] : -1
  }
}

/// How a view walks its root: NumPy's strides, or a list of positions.
enum RootWalk {
  case strided(StridedView)
  case listed([Int])

  func forEach(_ body: (Int, Int) -> Void) {
    switch self {
    case .strided(let view): view.forEach(body)
    case .listed(let positions): for (index, position) in positions.enumerated() { body(position, index) }
    }
  }

  var count: Int {
    switch self {
    case .strided(let view): Shape.count(view.shape)
    case .listed(let positions): positions.count
    }
  }

  func gather(_ storage: Storage) -> Storage {
    func pick<T>(_ values: [T]) -> [T] {
      switch self {
      case .strided(let view): return view.gather(values)
      case .listed(let positions): return positions.map { values[$0] }
      }
    }
    switch storage {
    case .bool(let values): return .bool(pick(values))
    case .int64(let values): return .int64(pick(values))
    case .float64(let values): return .float64(pick(values))
    case .complex128(let values): return .complex128(pick(values))
    }
  }
}

extension ArrayView {
  /// The walk over the root for a value of `shape` with this geometry.
  func walk(_ shape: [Int]) -> RootWalk {
    if let positions { return .listed(positions) }
    return .strided(StridedView(offset: offset, shape: shape, strides: strides))
  }
}

private func gatherMapped(_ values: [Complex], _ walk: RootWalk, _ part: (Complex) -> Double) -> [Double] {
  var result = [Double](repeating: 0, count: walk.count)
  walk.forEach { source, target in result[target] = part(values[source]) }
  return result
}

extension Storage {
  /// The storage class these elements are kept in.
  var storageClass: DType {
    switch self {
    case .bool: .bool
    case .int64: .int64
    case .float64: .float64
    case .complex128: .complex128
    }
  }

  /// How many elements there are.
  var count: Int {
    switch self {
    case .bool(let values): values.count
    case .int64(let values): values.count
    case .float64(let values): values.count
    case .complex128(let values): values.count
    }
  }

  /// Writes `values` (row-major over `walk`'s shape) at `walk`'s positions; `part` picks the complex component a
  /// float view writes.
  mutating func scatter(_ values: Storage, _ walk: RootWalk, part: ViewPart) {
    func put<T>(_ target: inout [T], _ source: [T]) {
      target.withUnsafeMutableBufferPointer { buffer in
        walk.forEach { position, index in buffer[position] = source[index] }
      }
    }
    switch (self, values) {
    case (.bool(var target), .bool(let source)):
      self = .bool([])
      put(&target, source)
      self = .bool(target)
    case (.int64(var target), .int64(let source)):
      self = .int64([])
      put(&target, source)
      self = .int64(target)
    case (.float64(var target), .float64(let source)):
      self = .float64([])
      put(&target, source)
      self = .float64(target)
    case (.complex128(var target), .complex128(let source)):
      self = .complex128([])
      put(&target, source)
      self = .complex128(target)
    case (.complex128(var target), .float64(let source)):
      self = .complex128([])
      target.withUnsafeMutableBufferPointer { buffer in
        walk.forEach { position, index in
          if part == .imaginary {
            buffer[position] = Complex(buffer[position].real, source[index])
          } else {
            buffer[position] = Complex(source[index], buffer[position].imag)
          }
        }
      }
      self = .complex128(target)
    default:
      break  // the interpreter casts to the view's dtype before writing
    }
  }
}
