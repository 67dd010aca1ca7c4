/// One item of an index tuple: basic ints (negative from the end), slices, `None`/newaxis and one ellipsis, or
/// advanced integer arrays and boolean masks.
public enum IndexItem: Sendable, Hashable {
  /// `a[i]`: picks one position and drops the axis.
  case int(Int)
  /// `a[start:stop:step]`, each part optional as in Python.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `a[None]` / `np.newaxis`: a new unit axis.
  case newaxis
  /// `a[...]`: as many full slices as needed.
  case ellipsis
  /// `a[[0, 2]]`: an integer array of the given shape (row-major values) picking positions along one axis.
  case indices(shape: [Int], values: [Int])
  /// `a[a > 0]`: a boolean mask over as many axes as it has, picking the positions where it is true.
  case mask(shape: [Int], values: [Bool])
}

/// A resolved index: the strided view it selects and whether the result is a NumPy scalar.
struct IndexPlan: Sendable, Hashable {
  var view: StridedView
  var sourceShape: [Int]
  var isScalar: Bool

  /// Resolves `items` against an array of `shape` with NumPy's rules and errors; `strides` and `offset` place the
  /// array in a larger memory (a view's root), row-major from 0 by default.
  init(
    _ items: [IndexItem], shape: [Int], isScalar sourceIsScalar: Bool, strides: [Int]? = nil, offset: Int = 0
  ) throws {
    if !sourceIsScalar, items.count <= shape.count,
      let plan = try IndexPlan(intsAndSlices: items, shape: shape, strides: strides, offset: offset)
    {
      self = plan
      return
    }
    if sourceIsScalar && !items.isEmpty && items != [.ellipsis] {
      // NumPy indexes a scalar as a 0-d array and reports any failure with one message (`gentype_subscript`).
      do {
        self = try IndexPlan(items, shape: shape, isScalar: false, strides: strides, offset: offset)
        return
      } catch {
        throw TensorError.index("invalid index to scalar variable.")
      }
    }
    let expanded = try TakePlan.expand(items, shape: shape)
    let sourceStrides = strides ?? Shape.strides(shape)
    var view = StridedView(offset: offset, shape: [], strides: [])
    var axis = 0
    for item in expanded {
      switch item {
      case .int(let position):
        let extent = shape[axis]
        guard position >= -extent && position < extent else {
          throw TensorError.index("index \(position) is out of bounds for axis \(axis) with size \(extent)")
        }
        view.offset += (position < 0 ? position + extent : position) * sourceStrides[axis]
        axis += 1
      case .slice(let start, let stop, let step):
        let range = try IndexPlan.sliceIndices(start: start, stop: stop, step: step, extent: shape[axis])
        if range.count > 0 { view.offset += range.start * sourceStrides[axis] }
        view.shape.append(range.count)
        // An empty slice steps 1 from its axis's start, as NumPy gives it (`get_view_from_index`).
        view.strides.append((range.count > 0 ? range.step : 1) * sourceStrides[axis])
        axis += 1
      case .newaxis, .ellipsis, .indices, .mask:
        // Arrays and masks never reach basic indexing (`Tensor.index` routes them to `TakePlan`).
        view.shape.append(1)
        view.strides.append(0)
      }
    }
    if view.shape.count > Shape.maxDimensions {
      throw TensorError.index(
        "number of dimensions must be within [0, \(Shape.maxDimensions)], indexing result would have "
          + "\(view.shape.count)")
    }
    self.view = view
    self.sourceShape = shape
    self.isScalar = view.shape.isEmpty && !items.contains(.ellipsis)
  }

  /// The common index of ints and slices only, no more of them than axes (`a[i]`, `a[i, j]`, `a[1:, ::2]`): the same
  /// plan and errors as the general path, without expanding the items into a new list first (a small `a[i]` in a
  /// loop spent a quarter of its time there). Nil for any other item.
  private init?<Items: RandomAccessCollection<IndexItem>>(
    intsAndSlices items: Items, shape: [Int], strides: [Int]?, offset: Int
  ) throws where Items.Index == Int {
    guard let walk = try Self.walkIntsAndSlices(items, shape: shape, strides: strides, offset: offset, placing: nil)
    else { return nil }
    self.init(view: walk.view, sourceShape: shape)
  }

  /// `init(_:shape:isScalar:strides:offset:)` of the items of any collection (`a[i]`'s one int, held without a list):
  /// ints and slices are resolved where they are, any other index through a list of them.
  init<Items: RandomAccessCollection<IndexItem>>(
    basic items: Items, shape: [Int], isScalar sourceIsScalar: Bool, strides: [Int]? = nil, offset: Int = 0
  ) throws where Items.Index == Int {
    if !sourceIsScalar, items.count <= shape.count,
      let plan = try IndexPlan(intsAndSlices: items, shape: shape, strides: strides, offset: offset)
    {
      self = plan
      return
    }
    try self.init(Array(items), shape: shape, isScalar: sourceIsScalar, strides: strides, offset: offset)
  }

  /// A plan of ints and slices only, selecting `view` of an array of `sourceShape`: a NumPy scalar when no axis is
  /// left.
  private init(view: StridedView, sourceShape: [Int]) {
    self.view = view
    self.sourceShape = sourceShape
    self.isScalar = view.shape.isEmpty
  }

  /// `a[items]` of ints and slices only, no more of them than axes, resolved in one walk against the array's own
  /// row-major elements (the plan) and against its place in its root (`root`: a view's strides and offset, where the
  /// result's view sits). Nil for any other index, which the general path resolves twice.
  /// The root's place is its offset and strides, not an `ArrayView`: handing the walk a view copied it (retaining and
  /// releasing each of its references) on every `a[i]` of a view.
  static func placed<Items: RandomAccessCollection<IndexItem>>(
    _ items: Items, shape: [Int], rootOffset: Int, rootStrides: [Int]
  ) throws -> (plan: IndexPlan, placed: StridedView)? where Items.Index == Int {
    guard rootStrides.count == shape.count,
      let walk = try walkIntsAndSlices(
        items, shape: shape, strides: nil, offset: 0, placing: (offset: rootOffset, strides: rootStrides))
    else { return nil }
    let plan = IndexPlan(view: walk.view, sourceShape: shape)
    return (plan, StridedView(offset: walk.placedOffset, shape: walk.view.shape, strides: walk.placedStrides))
  }

  /// The walk behind `init?(intsAndSlices:…)` and `placed`: the view the items select with `strides` (row-major when
  /// nil) from `offset`, and with `placing`'s strides from its offset when given (empty strides and 0 when not).
  private static func walkIntsAndSlices<Items: RandomAccessCollection<IndexItem>>(
    _ items: Items, shape: [Int], strides: [Int]?, offset: Int, placing root: (offset: Int, strides: [Int])?
  ) throws -> (view: StridedView, placedStrides: [Int], placedOffset: Int)? where Items.Index == Int {
    guard items.count <= shape.count else { return nil }
    // Checked first, so that an index the general path rejects for its form is rejected with its message.
    for item in items {
      switch item {
      case .int, .slice: continue
      case .newaxis, .ellipsis, .indices, .mask: return nil
      }
    }
    // An owner's row-major strides are computed where needed: `Shape.strides` allocated an array per `a[i]`.
    func sourceStride(_ axis: Int) -> Int {
      if let strides { return strides[axis] }
      var product = 1
      for later in (axis + 1)..<shape.count { product *= shape[later] }
      return product
    }
    // The result's axes are known before the walk: each int drops one.
    var resultAxes = shape.count
    for item in items { if case .int = item { resultAxes -= 1 } }
    // A root whose strides are the array's own (a C-contiguous view, such as `np.arange(12).reshape(3, 4)`) places the
    // result with the plan's strides: one list serves both, where a second list of the same steps was allocated.
    var placesAsOwn = false
    if let root, root.strides.count == shape.count {
      placesAsOwn = true
      var running = 1
      for axis in shape.indices.reversed() {
        if root.strides[axis] != (strides?[axis] ?? running) {
          placesAsOwn = false
          break
        }
        running &*= shape[axis]
      }
    }
    // A row of a C-ordered array (`a[i]` of a matrix): every item is an int and the one axis left steps by 1.
    let isUnitRow = resultAxes == 1 && items.count == shape.count - 1 && sourceStride(shape.count - 1) == 1
    let placesApart = root != nil && !placesAsOwn
    // The lists are written on the stack and then taken from `SharedIntLists` where it holds them (a matrix's shape
    // and strides): `a[1:, ::2] = s` allocated and freed a shape and a strides list at every write.
    let listed = isUnitRow ? 0 : resultAxes
    return try withUnsafeTemporaryAllocation(of: Int.self, capacity: Swift.max(2 * listed + resultAxes, 1)) {
      buffer -> (view: StridedView, placedStrides: [Int], placedOffset: Int)? in
      let resultShape = buffer.baseAddress.unsafelyUnwrapped
      let resultStrides = resultShape + listed
      let placedStrides = resultStrides + listed
      var resultAxis = 0
      var resultOffset = offset
      var placedOffset = root?.offset ?? 0
      for axis in 0..<items.count {
        switch items[items.startIndex + axis] {
        case .int(let position):
          let extent = shape[axis]
          guard position >= -extent && position < extent else {
            throw TensorError.index("index \(position) is out of bounds for axis \(axis) with size \(extent)")
          }
          let picked = position < 0 ? position + extent : position
          resultOffset += picked * sourceStride(axis)
          if let root { placedOffset += picked * root.strides[axis] }
        case .slice(let start, let stop, let step):
          let range = try IndexPlan.sliceIndices(start: start, stop: stop, step: step, extent: shape[axis])
          if range.count > 0 {
            resultOffset += range.start * sourceStride(axis)
            if let root { placedOffset += range.start * root.strides[axis] }
          }
          resultShape[resultAxis] = range.count
          // An empty slice steps 1 from its axis's start, as NumPy gives it (`get_view_from_index`).
          let step = range.count > 0 ? range.step : 1
          resultStrides[resultAxis] = step * sourceStride(axis)
          if let root, placesApart { placedStrides[resultAxis] = step * root.strides[axis] }
          resultAxis += 1
        case .newaxis, .ellipsis, .indices, .mask:
          return nil  // excluded above
        }
      }
      // The axes no item names are taken whole, as the full slices the general path fills in.
      for axis in items.count..<shape.count {
        if !isUnitRow {
          resultShape[resultAxis] = shape[axis]
          resultStrides[resultAxis] = sourceStride(axis)
        }
        if let root, placesApart { placedStrides[resultAxis] = root.strides[axis] }
        resultAxis += 1
      }
      // A row of a C-ordered array (`a[i]` of a matrix) steps by 1: the one shared list, and its shape, the last
      // axis's extent, a shared list too: every item is an int, so nothing above wrote either.
      let shapeList =
        isUnitRow ? SharedIntLists.single(shape[shape.count - 1]) : SharedIntLists.list(resultShape, count: listed)
      let stridesList = isUnitRow ? unitStride : SharedIntLists.list(resultStrides, count: listed)
      return (
        StridedView(offset: resultOffset, shape: shapeList, strides: stridesList),
        placesAsOwn ? stridesList : placesApart ? SharedIntLists.list(placedStrides, count: resultAxes) : [],
        placedOffset
      )
    }
  }

  /// The strides of a 1-d result whose elements are consecutive.
  private static let unitStride = [1]

  /// Python's `slice.indices`: the first position, step and element count of a slice over `extent` elements.
  static func sliceIndices(start: Int?, stop: Int?, step: Int?, extent: Int) throws -> (
    start: Int, step: Int, count: Int
  ) {
    let step = step ?? 1
    if step == 0 { throw TensorError.value("slice step cannot be zero") }
    func clamp(_ value: Int?, default fallback: Int) -> Int {
      guard var value else { return fallback }
      if value < 0 { value += extent }
      if step > 0 { return Swift.min(Swift.max(value, 0), extent) }
      return Swift.min(Swift.max(value, -1), extent - 1)
    }
    let first = clamp(start, default: step > 0 ? 0 : extent - 1)
    let end = clamp(stop, default: step > 0 ? extent : -1)
    // Written so that no intermediate overflows, whatever Python-sized step the snippet used.
    let count =
      step > 0 ? (end > first ? (end - first - 1) / step + 1 : 0) : (first > end ? (end - first + 1) / step + 1 : 0)
    return (first, step, count)
  }

  /// The selected elements as a new value.
  func gather(_ source: Tensor) -> Tensor {
    Tensor(shape: view.shape, storage: view.gather(source.storage), isScalar: isScalar, node: nil)
  }
}

extension Tensor {
  /// NumPy's geometry of `self[items]` in this value's root: a view for basic indexing, nil for advanced indexing (a
  /// copy) and for a NumPy scalar result.
  public func viewGeometry(indexing items: [IndexItem]) throws -> ArrayView? {
    if isAdvanced(items) { return nil }
    let source = geometry
    let plan = try IndexPlan(items, shape: shape, isScalar: isScalar, strides: source.strides, offset: source.offset)
    if plan.isScalar { return nil }
    return ArrayView(offset: plan.view.offset, strides: plan.view.strides, part: source.part).inheriting(from: source)
  }

  /// `a[items]` and `viewGeometry(indexing:)` together: one plan serves both when this value owns its memory, where
  /// the two would resolve the same index twice.
  public func indexWithViewGeometry(_ items: [IndexItem]) throws -> (value: Tensor, view: ArrayView?) {
    let (value, place) = try indexWithRootPlace(items)
    guard let place else { return (value, nil) }
    return (value, derivedView(offset: place.offset, strides: place.strides))
  }

  /// `a[items]` as NumPy returns it for basic indexing of an array: a view of this value's root (made when this value
  /// has none yet), or the copy advanced indexing makes, or a NumPy scalar. The view's geometry is built once and
  /// moved into the result: `indexWithViewGeometry` handed it out, and its caller's unwrapping and `asView` copied it
  /// twice more (each copy a retain and a release of its references).
  public func indexedView(_ items: [IndexItem]) throws -> Tensor {
    if isAdvanced(items) { return try index(items) }
    return try basicIndexedView(items)
  }

  /// `indexedView([.int(position)])`, NumPy's `a[i]`, with the one item held without a list (which was allocated and
  /// freed at every `a[i]` of a loop); `rowsDirectly` false resolves every position through the index plan, as
  /// `rowView`'s comparison with it needs.
  public func indexedView(position: Int, rowsDirectly: Bool = true) throws -> Tensor {
    if rowsDirectly, let row = try rowView(position) { return row }
    return try basicIndexedView(CollectionOfOne(.int(position)))
  }

  /// `basicIndexedView` of one int in range, for an array of two or more axes, not empty, whose selections attach no
  /// graph node (`selectsWithoutRecord`), owning its memory in C order or a strided view of its root: the row is
  /// consecutive in this value's row-major elements, so it is one run of them (`rowOfElements`), and its place in the root is the
  /// root's offset moved `position` steps along the first axis, the other axes' strides kept. The same elements,
  /// charges, layout and view as the index plan's walk and strided gather give (about a third of a small `a[i]`).
  /// Nil for any other array or position, which `basicIndexedView` resolves (and raises NumPy's IndexError for).
  func rowView(_ position: Int) throws -> Tensor? {
    guard !isScalar, selectsWithoutRecord else { return nil }
    let shape = self.shape
    let ndim = shape.count
    guard ndim >= 2, case let extent = shape[0], position >= -extent, position < extent else { return nil }
    var rowSize = 1
    for axis in 1..<ndim { rowSize &*= shape[axis] }
    guard rowSize > 0 else { return nil }
    let picked = position < 0 ? position + extent : position
    let placedOffset: Int
    let placedStrides: [Int]
    if isView || memoryAxes != nil {
      let root = rootPlacement
      // A view listing its positions, or one whose strides do not cover its axes, is the plan's to place.
      guard root.positions == nil, root.strides.count == ndim else { return nil }
      placedOffset = root.offset + picked * root.strides[0]
      placedStrides =
        ndim == 2 ? SharedIntLists.single(root.strides[1]) : Array(root.strides[1...])
    } else {
      placedOffset = picked * rowSize
      placedStrides = ndim == 2 ? SharedIntLists.single(1) : Shape.strides(Array(shape[1...]))
    }
    let rowShape = ndim == 2 ? SharedIntLists.single(shape[1]) : Array(shape[1...])
    // `recordIndex`'s charge and layout of the selection, which reads none of the source's elements.
    if hasUnknownLayout {
      let elements = DeferredElements.slice(start: picked * rowSize, count: rowSize).made(from: storage)
      let value = try selectedWithoutRecord(
        Tensor(shape: rowShape, storage: elements, isScalar: false, node: nil), read: 0)
      ensureRoot()
      return value.asView(derivedView(offset: placedOffset, strides: placedStrides), of: lineage)
    }
    // A known layout leaves the row as it is: its parts are written once, view and lineage included (made as a new
    // value and then made a view, they were written twice). The charge is the copy's, made or not, so a chapter's
    // budget does not depend on which rows are deferred.
    try chargeSelection(of: rowSize, dtype: storageClass, read: 0, allocates: true)
    ensureRoot()
    let view = derivedView(offset: placedOffset, strides: placedStrides)
    return rowOfElements(
      start: picked * rowSize, count: rowSize, rows: extent, shape: rowShape, view: view, lineage: lineage)
  }

  /// `indexedView` of ints, slices, `None` and `...` only.
  private func basicIndexedView<Items: RandomAccessCollection<IndexItem>>(_ items: Items) throws -> Tensor
  where Items.Index == Int {
    let (value, place) = try basicIndexWithRootPlace(items)
    guard let place, !value.isScalar else { return value }
    ensureRoot()
    return value.asView(derivedView(offset: place.offset, strides: place.strides), of: lineage)
  }

  /// `a[items]` and, for basic indexing to an array, where the result sits in this value's root (nil for advanced
  /// indexing and for a NumPy scalar).
  private func indexWithRootPlace(_ items: [IndexItem]) throws -> (value: Tensor, place: (offset: Int, strides: [Int])?)
  {
    if isAdvanced(items) { return (try index(items), nil) }
    return try basicIndexWithRootPlace(items)
  }

  /// `indexWithRootPlace` of ints, slices, `None` and `...` only.
  private func basicIndexWithRootPlace<Items: RandomAccessCollection<IndexItem>>(_ items: Items) throws -> (
    value: Tensor, place: (offset: Int, strides: [Int])?
  ) where Items.Index == Int {
    if isView || memoryAxes != nil, !isScalar {
      // Ints and slices of a view (or of memory in another order): one walk gives the plan and the result's place in
      // the root, where the general path below resolves the index twice.
      let root = rootPlacement
      if case let (plan, placed)? = try IndexPlan.placed(
        items, shape: shape, rootOffset: root.offset, rootStrides: root.strides)
      {
        // The plan handed over to the operation (`consume`): read after it, it was copied into the operation (each
        // of its lists retained) and released with the tuple.
        let isScalar = plan.isScalar
        let value = try Tensor.recordIndex(consume plan, of: self)
        if isScalar { return (value, nil) }
        return (value, (placed.offset, placed.strides))
      }
    }
    let plan = try IndexPlan(basic: items, shape: shape, isScalar: isScalar)
    let value = try Tensor.recordIndex(plan, of: self)
    if plan.isScalar { return (value, nil) }
    if !isView && memoryAxes == nil { return (value, (plan.view.offset, plan.view.strides)) }
    let root = rootPlacement
    guard
      let placed = try? IndexPlan(
        basic: items, shape: shape, isScalar: isScalar, strides: root.strides, offset: root.offset)
    else { return (value, nil) }
    return (value, (placed.view.offset, placed.view.strides))
  }

  /// `a[items]`: basic indexing (a NumPy scalar when every axis is picked by an int), or advanced indexing (a new
  /// array) when an item is an integer array or a boolean mask.
  public func index(_ items: [IndexItem]) throws -> Tensor {
    if isAdvanced(items) {
      return try Tensor.recordTake(TakePlan(items, shape: shape, isScalar: isScalar), of: self)
    }
    return try Tensor.recordIndex(IndexPlan(items, shape: shape, isScalar: isScalar), of: self)
  }
}
