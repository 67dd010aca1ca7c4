import TensorCore

/// Which operations return a NumPy view of their array operand, and how a write through one view reaches the others.
/// docbuild keeps every value's elements contiguous; a view also records NumPy's geometry (offset and strides) in its
/// lineage's root, so a write lands in the root and every reachable value of that lineage is gathered again from it.
enum ViewTracking {
  /// True for the attributes that are views in NumPy, compared directly (hashing the name into a set cost more than
  /// `a.T` spends on its view's strides).
  static func isViewAttribute(_ name: String) -> Bool {
    name == "T" || name == "mT" || name == "real" || name == "imag"
  }
  /// True for the array methods that return views (or may: NumPy's `reshape` and `ravel` do whenever they can).
  static func isViewMethod(_ name: String) -> Bool {
    switch name {
    case "reshape", "transpose", "ravel", "squeeze", "swapaxes", "view", "diagonal": true
    default: false
    }
  }
  /// NumPy functions that return views of their first argument (a list of views for the splits).
  static let functions: NameSet = [
    "reshape", "transpose", "ravel", "squeeze", "expand_dims", "broadcast_to", "swapaxes", "moveaxis", "asarray",
    "asanyarray", "atleast_1d", "atleast_2d", "atleast_3d", "diagonal", "flip", "fliplr", "flipud", "rot90", "split",
    "array_split", "hsplit", "vsplit", "dsplit", "permute_dims", "matrix_transpose", "rollaxis",
  ]
  /// `made` (one element, shape (1,)) as NumPy gives a 0-d array one axis (`ndmin=1`, `_prepend_ones`): a view of
  /// `array`, of stride one item, or of a new 0-d array holding the element (nil: a NumPy scalar or a value NumPy
  /// first makes into a 0-d array, which is then the view's base).
  static func oneAxisView(_ made: Tensor, of array: Tensor?) -> Tensor {
    var owner: Tensor
    if let array {
      owner = array
    } else {
      owner = made.asNewArray()
      owner.shape = []
    }
    owner.ensureRoot()
    let geometry = owner.derivedView(offset: owner.geometry.offset, strides: [1])
    return made.asView(geometry, of: owner.lineage)
  }
  /// Views NumPy makes read-only: a write is its "assignment destination is read-only".
  static let readOnly: NameSet = ["broadcast_to", "diagonal"]
  /// Operations that return their operand itself when nothing changes (`np.asarray(a) is a`).
  static let identityWhenUnchanged: NameSet = ["asarray", "asanyarray", "atleast_1d", "atleast_2d", "atleast_3d"]

  /// `result` (= `source[items]`) as NumPy's view of `source`, or unchanged when NumPy copies (advanced indexing) or
  /// returns a scalar.
  static func indexView(of source: Tensor, _ items: [IndexItem], _ result: Tensor) -> Tensor {
    guard !result.isScalar, let geometry = try? source.viewGeometry(indexing: items) else { return result }
    source.ensureRoot()
    var view = result
    view.lineage = source.lineage
    return view.asView(geometry)
  }

  /// NumPy's strides for the axes of extent 1 of `kind`'s view of `source`, which the elements' positions cannot tell:
  /// a reshape's (`expand_dims` is one) of an array that is not C-contiguous (`ReshapeStrides`), and the new axes
  /// of `atleast_2d` and `atleast_3d`, which index with `np.newaxis` (stride 0); nil to keep the row-major ones.
  static func unitAxisStrides(_ kind: String, of source: Tensor, shape: [Int], traits: Traits) -> [Int]? {
    // A diagonal of one element or none steps over a row and a column all the same (`np.diag(x, 3)` of a (3, 4)).
    // The name compared last: `a.T` and `a.reshape(…)` in a loop paid the comparison on every call.
    if shape.count == 1, shape[0] <= 1, source.ndim == 2, kind == "diagonal" {
      let geometry = source.geometry
      guard geometry.positions == nil, geometry.strides.count == 2 else { return nil }
      return [geometry.strides[0] + geometry.strides[1]]
    }
    // The shape first: most views have no axis of extent 1, and the geometry of an array owning its memory is built.
    guard shape.contains(1) else { return nil }
    let geometry = source.geometry
    guard geometry.positions == nil, geometry.strides.count == source.ndim else { return nil }
    switch kind {
    case "reshape" where shape == source.shape && !traits.infersAnExtent:
      return geometry.strides  // NumPy returns a plain view of an array reshaped to its own shape, given as such
    case "view" where shape == source.shape:
      return geometry.strides  // `a.view()` is a new array object with `a`'s strides, an axis of extent 1's too
    case "reshape", "expand_dims":
      guard !source.isCContiguous else { return nil }
      return ReshapeStrides.viewed(shape: source.shape, strides: geometry.strides, as: shape)
    case "broadcast_to" where shape.count >= source.ndim:
      // NumPy's iterator gives every axis of extent 1 a stride of 0, as it gives the broadcast ones.
      let lead = shape.count - source.ndim
      return shape.indices.map { axis in
        axis < lead || shape[axis] == 1 || source.shape[axis - lead] == 1 ? 0 : geometry.strides[axis - lead]
      }
    case "split", "array_split", "hsplit", "vsplit",
      "dsplit" where shape.count == source.ndim:
      return geometry.strides  // slices along one axis, which keep every stride
    case "atleast_2d" where source.ndim == 1: return [0] + geometry.strides
    case "atleast_3d" where source.ndim == 1: return [0] + geometry.strides + [0]
    case "atleast_3d" where source.ndim == 2: return geometry.strides + [0]
    default: return nil
    }
  }

  /// True when a reshape's shape arguments (ints, or a tuple or list of them) hold a negative extent, which NumPy
  /// infers.
  static func infersAnExtent(_ arguments: [Value]) -> Bool {
    arguments.contains { argument in
      switch argument {
      case .int(let extent): extent < 0
      case .tuple(let items), .list(let items):
        items.contains { if case .int(let extent) = $0 { extent < 0 } else { false } }
      default: false
      }
    }
  }

  /// What `viewResult` asks of a view operation's name, answered for the commonest (`a.T`, `a.transpose()`,
  /// `a.reshape(…)`) without hashing the name into three sets on every call.
  struct Traits {
    /// In `readOnly`.
    var isReadOnly: Bool
    /// In `identityWhenUnchanged`.
    var isIdentityWhenUnchanged: Bool
    /// In `permutations`.
    var isPermutation: Bool
    /// A reshape whose shape asks NumPy to infer an extent (`-1`): NumPy then never returns the plain view it gives
    /// a shape equal to the array's own, and computes its strides (`unitAxisStrides`).
    var infersAnExtent = false
    /// `ravel`, whose view of an array that is not C-contiguous NumPy copies.
    var isRavel = false
    /// `diagonal`, whose axes of extent 1 NumPy strides in a way their positions do not tell.
    var isDiagonal = false

    init(_ kind: String) {
      switch kind {
      case "T", "transpose": (isReadOnly, isIdentityWhenUnchanged, isPermutation) = (false, false, true)
      case "reshape": (isReadOnly, isIdentityWhenUnchanged, isPermutation) = (false, false, false)
      default:
        isReadOnly = ViewTracking.readOnly.contains(kind)
        isIdentityWhenUnchanged = ViewTracking.identityWhenUnchanged.contains(kind)
        isPermutation = ViewTracking.permutations.contains(kind)
        isRavel = kind == "ravel"
        isDiagonal = kind == "diagonal"
      }
    }

    /// The traits of the kinds `shortcut` stands for (`T` and `transpose`, `reshape`), told without comparing the
    /// kind's name with theirs (two failed string comparisons for every `a.reshape(…)` in a loop, about 66
    /// instructions).
    init(_ shortcut: ViewShortcut) {
      switch shortcut {
      case .reversedAxes: (isReadOnly, isIdentityWhenUnchanged, isPermutation) = (false, false, true)
      case .rowMajorReshape: (isReadOnly, isIdentityWhenUnchanged, isPermutation) = (false, false, false)
      }
    }
  }

  /// Views that permute or reverse their array's axes: an axis of extent 1 keeps its stride wherever it moves
  /// (negated where reversed).
  static let permutations: NameSet = [
    "transpose", "swapaxes", "moveaxis", "permute_dims", "matrix_transpose", "T", "mT", "flip", "fliplr", "flipud",
    "rot90", "rollaxis",
  ]

  /// NumPy's geometry of `positions` (each element's root position, row-major) over `shape` when it is a strided view
  /// of the root: nil when no offset and strides give those positions (NumPy copies then). An axis of extent 1 gets
  /// the row-major stride, as NumPy's reshape of a contiguous array gives it.
  static func stridedGeometry(_ positions: [Int], shape: [Int]) -> ArrayView? {
    let contiguous = rowMajorStrides(shape)
    guard let offset = positions.first else { return ArrayView(offset: 0, strides: contiguous) }
    var strides = contiguous
    for axis in shape.indices where shape[axis] > 1 { strides[axis] = positions[contiguous[axis]] - offset }
    var index = [Int](repeating: 0, count: shape.count)
    var expected = offset
    for position in positions {
      if position != expected { return nil }
      var axis = shape.count - 1
      while axis >= 0 {
        index[axis] += 1
        expected += strides[axis]
        if index[axis] < shape[axis] { break }
        expected -= strides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return ArrayView(offset: offset, strides: strides)
  }

  static func rowMajorStrides(_ shape: [Int]) -> [Int] {
    // A row's or a matrix's strides end in 1: a shared list (`SharedIntLists`), not one allocated per view.
    if shape.count == 1 { return SharedIntLists.single(1) }
    if shape.count == 2 { return SharedIntLists.pair(Swift.max(shape[1], 1), 1) }
    // `written`: `Array(repeating:count:)` took the standard library's unspecialised allocator, and each stride is
    // written once (filling the list with ones first wrote it twice).
    return .written(count: shape.count) { out in
      var running = 1
      for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        (out + axis).initialize(to: running)
        running *= Swift.max(shape[axis], 1)
      }
    }
  }

  /// Each element's root position as an int64 array of `tensor`'s shape: running a view operation on it tells where
  /// the operation's result reads the root.
  static func positionArray(_ tensor: Tensor) -> Tensor {
    Tensor(shape: tensor.shape, storage: .int64(tensor.rootPositions().map { Int64($0) }))
  }
}

/// The commonest views, whose root positions follow from their source's offset and strides: `viewResult` takes
/// their geometry from these without running the operation a second time on the positions (which, for `a.T` or
/// `a.reshape(5, 20)` in a loop, was most of each call).
enum ViewShortcut {
  /// `a.T`, `a.transpose()`: the axes reversed.
  case reversedAxes
  /// `a.reshape(...)` in C order.
  case rowMajorReshape

  /// What `ViewTracking.stridedGeometry` finds for the positions this view of `source` (a view of `shape`) reads, or
  /// nil to leave the view to the general path: a source whose elements no strides describe, an empty one, or a
  /// reshape of a source whose elements are not consecutive in its root.
  func geometry(of source: Tensor, shape: [Int]) -> RootPlacement? {
    let geometry = source.rootPlacement
    // The source's shape read once: each `source.shape` (and `ndim`) read was a call that retained and released it,
    // seven of them per `a.reshape(…)`.
    let sourceShape = source.shape
    let ndim = sourceShape.count
    let size = source.size
    guard geometry.positions == nil, geometry.strides.count == ndim, size > 0 else { return nil }
    // As `stridedGeometry` gives them: an axis of extent 1 the row-major stride, any other the step between the
    // positions of its first two elements.
    let strides: [Int]
    switch self {
    case .reversedAxes:
      // Compared axis by axis: `elementsEqual(sourceShape.reversed())` went through the generic reversed collection.
      guard shape.count == ndim else { return nil }
      for axis in 0..<ndim where shape[axis] != sourceShape[ndim - 1 - axis] { return nil }
      // Result axis k is the source's axis ndim - 1 - k; the list written once, not filled with the row-major
      // strides first and then overwritten.
      let sourceStrides = geometry.strides
      if ndim == 2 {
        // A matrix's: a shared list when one stride is 1 (`SharedIntLists`), as a C- or F-ordered one's is.
        strides = SharedIntLists.pair(
          shape[0] > 1 ? sourceStrides[1] : Swift.max(shape[1], 1), shape[1] > 1 ? sourceStrides[0] : 1)
        break
      }
      strides = .written(count: ndim) { out in
        var running = 1
        for axis in stride(from: ndim - 1, through: 0, by: -1) {
          let extent = shape[axis]
          (out + axis).initialize(to: extent > 1 ? sourceStrides[ndim - 1 - axis] : running)
          running *= Swift.max(extent, 1)
        }
      }
    case .rowMajorReshape:
      guard shape.reduce(1, *) == size else { return nil }
      // Element k of the source sits at offset + k exactly when its elements are consecutive in the root; a C-order
      // reshape then reads offset + k at its element k, the row-major strides.
      guard Tensor.isConsecutive(strides: geometry.strides, shape: sourceShape) else { return nil }
      strides = ViewTracking.rowMajorStrides(shape)
    }
    return RootPlacement(offset: geometry.offset, strides: strides)
  }
}

/// Where a view's elements sit in its root (offset and strides), before the view is made: an `ArrayView` also makes
/// the new array object's identity, which the shortcut's answer, read and dropped, allocated and freed on every `a.T`.
struct RootPlacement {
  /// The first element's position in the root.
  var offset: Int
  /// The root step for one step along each axis.
  var strides: [Int]
}

extension Tensor {
  /// True when both are the very same NumPy array (one array bound to two names): the same lineage, shape and buffer.
  /// A copy may share the buffer (docbuild's arrays are copy-on-write) but has a lineage of its own.
  func isSameArray(as other: Tensor) -> Bool {
    sharesLineage(with: other) && shape == other.shape && (size == 0 || sharesStorage(with: other))
  }
}

extension Interpreter {
  /// `value[key]`, as a view of `value` where NumPy returns one.
  func indexedView(_ value: Value, _ key: Value) throws(PythonError) -> Value {
    try Self.indexedView(value, key, rowsDirectly: makesViewsDirectly)
  }

  /// `indexedView` with the one thing it reads of the interpreter handed over: called as a method from a mutating
  /// one (`item(of:_:)`, every `a[mask]` and `a[idx]`), it copied the whole interpreter (1,376 bytes, about 160
  /// instructions) to hand it over. `rowsDirectly`: `makesViewsDirectly`.
  static func indexedView(_ value: Value, _ key: Value, rowsDirectly: Bool) throws(PythonError) -> Value {
    if FlatIterator.holds(value) { return try Indexing.index(value, with: key) }  // a copy, never a view
    // The array bound once: each `case .tensor(let source) = value` of the tests below copied it (a retain and a
    // release per test an `a[i]` passed through).
    guard case .tensor(let source) = value else { return try Indexing.index(value, with: key) }
    try AutogradTracing.checkPythonFloatLeafSubscript(source)
    if case .int(let position) = key {
      // `a[i]`: the one int handed over as it is, without a list of index items.
      return .tensor(try core { try source.indexedView(position: position, rowsDirectly: rowsDirectly) })
    }
    if Indexing.isBasic(key) {
      // `a[i]`, `a[i, j]`, `a[1:, ::2]`: the index resolved once for both the value and its view geometry.
      let items = try Indexing.indexItems(key, of: source)
      return .tensor(try core { try source.indexedView(items) })
    }
    if !source.isFlatIterator {
      // `a[idx]`, `a[mask]`: `Indexing.index`'s own steps for an array, with the index converted once for the
      // selection, its view and its layout (a second conversion copied an integer index's values again).
      let items = try Indexing.indexItems(key, of: source)
      let selected = try core { try source.index(items) }
      return ResultLayout.settleIndexing(
        source, items, key, .tensor(ViewTracking.indexView(of: source, items, selected)))
    }
    let result = try Indexing.index(value, with: key)
    guard case .tensor(let selected) = result else { return result }
    let items = try Indexing.indexItems(key)
    return ResultLayout.settleIndexing(source, items, key, .tensor(ViewTracking.indexView(of: source, items, selected)))
  }

  /// The array `np.asarray(value)` makes of a Python value, by that function's own conversion (the one NumPy's view
  /// functions apply before viewing it); nil where it makes none.
  private mutating func asarrayMade(_ value: Value) throws(PythonError) -> Tensor? {
    let made = try callFunction(
      "numpy.asarray", CallArguments(function: "asarray", positional: [value], keywords: [], positionalTexts: [""]))
    guard case .tensor(let source) = made else { return nil }
    return source
  }

  /// The array `np.asarray(value)` makes (`asarrayMade`), when its dtype is `result`'s (each array of `result`'s for a
  /// split); nil otherwise, which leaves `result` an array of its own.
  private mutating func madeArray(of value: Value, beside result: Value) throws(PythonError) -> Tensor? {
    guard let source = try asarrayMade(value) else { return nil }
    let parts: [Value]
    switch result {
    case .tensor: parts = [result]
    case .tuple(let items): parts = items.items
    case .list(let items): parts = items.items
    default: return nil
    }
    for part in parts {
      guard case .tensor(let piece) = part, piece.dtype == source.dtype else { return nil }
    }
    return source
  }

  /// The array `np.resize` ravels: the argument itself, or the array NumPy makes of a NumPy scalar or a Python value
  /// (`ravel(a)` of it).
  private mutating func resizeSource(_ value: Value) throws(PythonError) -> Tensor? {
    if case .tensor(let source) = value, !source.isScalar { return source }
    if case .tensor = value {} else if !Self.isPythonArrayInput(value) { return nil }
    return try asarrayMade(value)
  }

  /// The result of `np.name(first, …)`: a view of the first argument for NumPy's view functions, a new array
  /// otherwise.
  mutating func functionView(_ fullName: String, _ call: CallArguments, _ result: Value) throws(PythonError) -> Value {
    if fullName == "numpy.einsum" { return try einsumView(call, result) }
    if IntermediateViews.functions.contains(call.function), fullName == "numpy." + call.function,
      let viewed = try intermediateView(call.function, call, result)
    {
      return viewed
    }
    // `as_strided` and `sliding_window_view` make their views themselves (StrideTricks.swift).
    if fullName.hasPrefix("numpy.lib.stride_tricks.") { return result }
    let name = call.function
    var call = call
    if name == "expand_dims", call.positional.isEmpty, let given = call.keywords.firstIndex(where: { $0.name == "a" }) {
      // `np.expand_dims(a=x, axis=0)` views `x` as `np.expand_dims(x, axis=0)` does.
      call.positional = [call.keywords.remove(at: given).value]
      call.positionalTexts = [""]
    }
    if let first = call.positional.first, fullName.hasPrefix("numpy."),
      ViewTracking.readOnly.contains(name) || name == "diag", case .tensor = result, Self.isPythonArrayInput(first)
    {
      // `np.broadcast_to(1, (3,))`, `np.diag([[1, 2], [3, 4]])`: NumPy makes an array of the Python value and returns
      // a read-only view of it (of a 1-d value, `np.diag` makes a new square array).
      if let source = try madeArray(of: first, beside: result), name != "diag" || source.ndim == 2 {
        return try viewResult(source, result, kind: name == "diag" ? "diagonal" : name) {
          (interpreter, positions) throws(PythonError) in
          var forwarded = call
          forwarded.positional[0] = .tensor(positions)
          return try interpreter.callFunction(fullName, forwarded)
        }
      }
    }
    if fullName == "numpy.real" || fullName == "numpy.imag", let first = call.positional.first,
      Self.isPythonSequence(first)
    {
      // `np.real([1 + 2j])`: a list has no `.real`, so NumPy takes that of the array `asanyarray` makes of it (a
      // Python number's own `.real` is a Python number).
      if let made = try asarrayMade(first) { return try attributeView(name, .tensor(made), result) }
    }
    if fullName == "numpy.ix_", case .tuple(let items) = result, items.count == call.positional.count {
      // Each 1-d integer array is reshaped to its place (`new.reshape(...)` in NumPy's `ix_`): a view of it, empty
      // or not (`np.ix_(np.ravel(np.ones((4, 0, 2))))[0].base` is the (4, 0, 2) array). Lists and boolean arrays
      // become new ones.
      var viewed: [Value] = []
      for (item, argument) in zip(items.items, call.positional) {
        guard case .tensor(let made) = item else {
          viewed.append(item)
          continue
        }
        guard case .tensor(let index) = argument, index.ndim == 1, index.dtype != .bool,
          made.dtype == index.dtype
        else {
          // A view of the array NumPy made first: `asarray` of a list (`astype(intp)` of it when empty), or
          // `nonzero()[0]` of a mask, itself a column of an array of one column.
          var owner = made.asNewArray()
          let isMask = (try? argument.toTensor().dtype) == .bool
          owner.shape = isMask ? [made.size, 1] : [made.size]
          owner.ensureRoot()
          var geometry = ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(made.shape))
          // An empty line's copy keeps strides NumPy chooses in ways of its own (`np.ix_([])[0].strides` is (0,),
          // `np.ix_(np.arange(3), [])[1].strides` (8, 8)): refused by name, not printed as 0.
          geometry.hasUnfollowedStrides = made.size == 0
          viewed.append(.tensor(made.asView(geometry, of: owner.lineage)))
          continue
        }
        viewed.append(
          try methodView(
            "reshape", of: index, shape: made.shape, shortcut: .rowMajorReshape, infersAnExtent: false, item))
      }
      return try .makeTuple(viewed)
    }
    if fullName == "numpy.tile", let first = call.positional.first { return try tileView(first, call, result) }
    if fullName == "numpy.resize", let first = call.positional.first, case .tensor(let resized) = result,
      let source = try resizeSource(first), source.size > 0, resized.size > 0
    {
      // `reshape(concatenate((a.ravel(),) * repeats)[:new_size], new_shape)`: a view of the joined copies.
      let repeats = (resized.size + source.size - 1) / source.size
      var joined = try core { try source.flatten().tiled([repeats]) }.asNewArray()
      joined.isScalar = false
      joined.ensureRoot()
      let geometry = ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(resized.shape))
      return .tensor(resized.asView(geometry, of: joined.lineage))
    }
    if fullName.hasPrefix("numpy."), name.hasPrefix("atleast_"), call.positional.count > 1, call.keywords.isEmpty,
      case .tuple(let items) = result, items.count == call.positional.count
    {
      // `np.atleast_2d(a, b)`: each array what `np.atleast_2d` of it alone is, a view or the argument itself.
      var viewed: [Value] = []
      for (argument, item) in zip(call.positional, items.items) {
        let single = CallArguments(function: name, positional: [argument], keywords: [], positionalTexts: [])
        viewed.append(try functionView(fullName, single, item))
      }
      return try .makeTuple(viewed)
    }
    if fullName.hasPrefix("numpy."), ViewTracking.functions.contains(name), name != "asarray", name != "asanyarray",
      !name.hasPrefix("atleast_") || call.positional.count == 1, let first = call.positional.first,
      Self.isPythonArrayInput(first),
      let source = try madeArray(of: first, beside: result)
    {
      // `np.reshape([1.0, 2.0], (2, 1))`, `np.atleast_2d([1.0, 2.0])`, `np.expand_dims(2.5, 0)`: NumPy makes an
      // array of the Python value (`asarray`) and returns it, or its view. The splits of a list split `len(list)`
      // whatever the axis, so their positions are given as a list too. `np.squeeze` squeezing nothing returns that
      // array itself.
      if name == "squeeze", Self.squeezesNothing(source, result) { return result }
      let splitsALength = name.hasSuffix("split")
      return try viewResult(source, result, kind: name) { (interpreter, positions) throws(PythonError) in
        var forwarded = call
        forwarded.positional[0] = splitsALength ? try Methods.pythonList(positions) : .tensor(positions)
        return try interpreter.callFunction(fullName, forwarded)
      }
    }
    guard let first = call.positional.first, case .tensor(let source) = first else { return result }
    // `np.ascontiguousarray` of a 0-d array made its view itself (`ViewTracking.oneAxisView`).
    if fullName == "numpy.ascontiguousarray", source.ndim == 0 { return result }
    if fullName == "numpy.real" || fullName == "numpy.imag" {
      // `np.real(a)` is `a.real`: the array itself, a view of a complex array's parts, or new zeros (`np.imag`).
      return try attributeView(name, first, result)
    }
    if fullName == "numpy.squeeze", Self.squeezesNothing(source, result) { return first }
    if source.isFlatIterator, source.view?.positions != nil, fullName.hasPrefix("numpy."),
      ViewTracking.functions.contains(name) || name == "array"
    {
      // NumPy's flatiter.__array__ is a view only of a C-contiguous array; of any other it is a read-only copy.
      throw PythonError.limit(
        "np.\(name) of a.flat where a is not C-contiguous is not supported: NumPy makes a read-only copy of its "
          + "elements there, which docbuild does not follow; use a.flatten() for a copy or a.ravel()")
    }
    // `np.ascontiguousarray(a)` of a C-contiguous array is `a` itself (NumPy returns its argument).
    if fullName == "numpy.ascontiguousarray", case .tensor(let returned) = result, returned.isSameObject(as: source) {
      return result
    }
    // `np.diag` of a 2-d array is its `diagonal`: NumPy's read-only view (of a 1-d one, a new square array).
    let isDiagonal = name == "diag" && source.ndim == 2
    guard fullName.hasPrefix("numpy."), isDiagonal || ViewTracking.functions.contains(name) else {
      return Self.separated(result, from: source)
    }
    let infers =
      name == "reshape"
      && ViewTracking.infersAnExtent(Array(call.positional.dropFirst()) + call.keywords.map(\.value))
    return try viewResult(source, result, kind: isDiagonal ? "diagonal" : name, infersAnExtent: infers) {
      (interpreter, positions) throws(PythonError) in
      var forwarded = call
      forwarded.positional[0] = .tensor(positions)
      return try interpreter.callFunction(fullName, forwarded)
    }
  }

  /// The result of `np.einsum(subscripts, operand)`: NumPy's view of the operand when no label is summed away
  /// (`np.einsum('ij->ji', x)`, `np.einsum('ii->i', x)`), with the strides NumPy gives it (`EinsumLayout`).
  private mutating func einsumView(_ call: CallArguments, _ result: Value) throws(PythonError) -> Value {
    guard call.positional.count == 2, call.keywords.isEmpty, case .string(let text) = call.positional[0],
      case .tensor(let source) = call.positional[1], EinsumLayout.isView(text, operandCount: 1)
    else { return result }
    let viewed = try viewResult(source, result, kind: "einsum") { (interpreter, positions) throws(PythonError) in
      var forwarded = call
      forwarded.positional[1] = .tensor(positions)
      return try interpreter.callFunction("numpy.einsum", forwarded)
    }
    guard case .tensor(var view) = viewed, var geometry = view.view else { return viewed }
    // Axes of extent 1 take the strides NumPy gives them, which their positions cannot tell.
    if let strides = EinsumLayout.viewStrides(text, of: source), strides.count == view.ndim {
      geometry.strides = strides
    }
    let order = MemoryOrder.normalized(
      MemoryOrder.iteratorOrder(
        [view.shape.indices.map { view.shape[$0] == 1 ? 0 : geometry.strides[$0] }], ndim: view.ndim))
    if view.memoryAxes != order { view.memoryAxes = order }
    return .tensor(view.asView(geometry))
  }

  /// A Python list, tuple or range, which has no `.real` or `.imag` of its own.
  private static func isPythonSequence(_ value: Value) -> Bool {
    switch value {
    case .list, .tuple, .range: true
    default: false
    }
  }

  /// A Python number, list, tuple or range, which NumPy turns into a new array before viewing it.
  private static func isPythonArrayInput(_ value: Value) -> Bool {
    switch value {
    case .int, .float, .complex, .bool, .list, .tuple, .range: true
    default: false
    }
  }

  /// `np.tile(a, reps)` held as NumPy's `tile` leaves it: an array with reps of all ones is copied (`np.array(a,
  /// ndmin=len(reps))`, in its own memory order); an empty array is reshaped, a view of its own memory; any other
  /// result is a C-ordered view of the last array `tile` made: its last `repeat`'s, of shape (size / n, n) for the n
  /// elements repeated in a row, or the array it made of a list or a scalar.
  private mutating func tileView(_ first: Value, _ call: CallArguments, _ result: Value) throws(PythonError) -> Value {
    guard case .tensor(let tiled) = result, call.positional.count == 2, call.keywords.isEmpty else { return result }
    let reps: [Int]
    switch call.positional[1] {
    case .int(let count): reps = [count]
    case .tuple(let items), .list(let items):
      var counts: [Int] = []
      for case .int(let count) in items.items { counts.append(count) }
      guard counts.count == items.count else { return result }
      reps = counts
    default: return result
    }
    let array: Tensor? = if case .tensor(let given) = first, !given.isScalar { given } else { nil }
    if let array, reps.allSatisfy({ $0 == 1 }) {
      // A copy in the array's own order, given the axes it lacks as a view of it (`_prepend_ones`: their stride one
      // item for a Fortran-ordered or 0-d copy, else the first axis's stride times its extent).
      let arrayCall = CallArguments(function: "array", positional: [.tensor(array)], keywords: [], positionalTexts: [])
      let copied = ResultLayout.settleFunction("numpy.array", arrayCall, try callFunction("numpy.array", arrayCall))
      guard case .tensor(let copy) = copied, reps.count > copy.ndim, tiled.size == copy.size else { return copied }
      copy.ensureRoot()
      let strides = copy.geometry.strides
      let isFortran = copy.ndim > 1 && copy.isFContiguous && !copy.isCContiguous
      let added = copy.ndim == 0 || isFortran ? 1 : strides[0] * copy.shape[0]
      let geometry = copy.derivedView(
        offset: 0, strides: [Int](repeating: added, count: reps.count - copy.ndim) + strides)
      return .tensor(tiled.asView(geometry, of: copy.lineage))
    }
    if let array, tiled.size == 0 {
      // `c.reshape(shape_out)` of `a` itself (`copy=None`): no element to copy, and strides docbuild does not follow.
      array.ensureRoot()
      var geometry = array.derivedView(
        offset: array.geometry.offset, strides: ViewTracking.rowMajorStrides(tiled.shape))
      geometry.hasUnfollowedStrides = true
      return .tensor(tiled.asView(geometry, of: array.lineage))
    }
    let given: [Int]
    if let array { given = array.shape } else { given = try first.toTensor().shape }
    let shape = [Int](repeating: 1, count: max(0, reps.count - given.count)) + given
    let counts = [Int](repeating: 1, count: max(0, shape.count - reps.count)) + reps
    // The array `tile` reshapes last: the one made of a list or scalar (`c`) unless a repeat followed.
    var base = shape
    if tiled.size > 0 {
      var inner = shape.reduce(1, *)
      for (extent, count) in zip(shape, counts) {
        if count != 1 { base = [tiled.size / inner, inner] }
        inner /= max(extent, 1)
      }
    }
    var owner = tiled.asNewArray()
    let view = owner
    owner.shape = base
    owner.ensureRoot()
    var geometry = ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(tiled.shape))
    geometry.hasUnfollowedStrides = tiled.size == 0 && base != tiled.shape
    return .tensor(view.asView(geometry))
  }

  /// True when `a.squeeze(…)` (or `np.squeeze(a, …)`) removed no axis: NumPy then returns the array itself
  /// (`PyArray_Squeeze`, `PyArray_SqueezeSelected`).
  private static func squeezesNothing(_ source: Tensor, _ result: Value) -> Bool {
    guard case .tensor(let squeezed) = result, !source.isScalar else { return false }
    return squeezed.ndim == source.ndim
  }

  /// The result of `array.name(…)`: a view for NumPy's view methods, a new array otherwise.
  mutating func methodView(_ name: String, _ receiver: Value, _ call: CallArguments, _ result: consuming Value)
    throws(PythonError) -> Value
  {
    guard case .tensor(let source) = receiver else { return result }
    if name == "squeeze", Self.squeezesNothing(source, result) { return receiver }
    if name == "nonzero" { return try IntermediateViews.nonzeroColumns(result) }
    if name == "astype", case .tensor(let made) = result, made.isSameObject(as: source) { return receiver }
    if name == "conj" || name == "conjugate", !source.dtype.isComplex, call.positional.isEmpty, call.keywords.isEmpty,
      !source.isScalar
    {
      // NumPy's `a.conj()` of a real array returns the array itself (`PyArray_Conjugate`).
      return receiver
    }
    // Compared by name, not hashed into the set: hashing cost more than a view's strides, and every other method
    // (`a.sum()`) paid it too.
    guard ViewTracking.isViewMethod(name) else {
      return Self.separated(result, from: source)
    }
    // autograd's box takes `transpose(axes=…)` by keyword, which NumPy's method refuses: the positions (a plain
    // array) are transposed by the same axes given by position.
    var rerun = call
    if name == "transpose", AutogradTracing.isTraced(receiver),
      let axes = call.keywords.first(where: { $0.name == "axes" })
    {
      rerun.keywords = []
      rerun.positional = [axes.value]
    }
    return try viewResult(
      source, consume result, kind: name, shortcut: Self.viewShortcut(name, call),
      infersAnExtent: name == "reshape" && ViewTracking.infersAnExtent(call.positional)
    ) {
      (_, positions) throws(PythonError) in
      try Methods.call(name, on: .tensor(positions), rerun)
    }
  }

  /// `methodView` of `a.reshape(ints…)` (`shape`, the ints as given) or `a.transpose()` (`shape` nil), whose shortcut
  /// and inferred extent `viewMethodCall` already knows. When the view's geometry is not the shortcut's, the method
  /// runs again on the positions as `Methods.call` runs it (`Tensor.reshape` of the same ints, `Tensor.transpose()`).
  /// The call's arguments are not taken: a closure capturing them copied them three times per call, and freed the
  /// copies (about 700 instructions per `a.reshape(5, 20)`), though the shortcut nearly always answers.
  mutating func methodView(
    _ name: String, of source: Tensor, shape: [Int]?, shortcut: ViewShortcut, infersAnExtent: Bool,
    _ result: consuming Value
  ) throws(PythonError) -> Value {
    try viewResult(source, consume result, kind: name, shortcut: shortcut, infersAnExtent: infersAnExtent) {
      (_, positions) throws(PythonError) in
      .tensor(try core { if let shape { try positions.reshape(shape) } else { try positions.transpose(nil) } })
    }
  }

  /// The shortcut for `array.name(call)`, when it is one: `transpose()` without axes, `reshape` with a shape alone
  /// (no `order`, which only a keyword gives).
  private static func viewShortcut(_ name: String, _ call: CallArguments) -> ViewShortcut? {
    guard call.keywords.isEmpty else { return nil }
    switch name {
    case "transpose" where call.positional.isEmpty: return .reversedAxes
    case "reshape":
      for argument in call.positional {
        switch argument {
        case .int, .tuple, .list: continue
        default: return nil
        }
      }
      return .rowMajorReshape
    default: return nil
    }
  }

  /// The value of `array.name`: `.T` and the complex parts are views, `.real` of a real array is the array itself.
  mutating func attributeView(_ name: String, _ value: Value, _ result: consuming Value) throws(PythonError) -> Value {
    guard case .tensor(let source) = value, case .tensor = result, !source.isScalar, ViewTracking.isViewAttribute(name)
    else { return result }
    // `.T` and `.mT` first: the switch below compared the name with "real" and "imag" twice each before reaching them.
    let isTranspose = name == "T"
    if isTranspose || name == "mT" {
      return try viewResult(source, consume result, kind: name, shortcut: isTranspose ? .reversedAxes : nil) {
        (_, positions) throws(PythonError) in
        try Attributes.get(name, of: .tensor(positions))
      }
    }
    switch name {
    case "real" where !source.dtype.isComplex: return value
    case "imag" where !source.dtype.isComplex:
      // New zeros that NumPy makes read-only (`array_imag_get`).
      guard case .tensor(var part) = result else { return result }
      part = part.asNewArray()
      // Allocated in Fortran order for a Fortran-ordered array (`PyArray_ISFORTRAN`).
      if source.ndim > 1, source.isFContiguous, !source.isCContiguous, !source.hasUnknownLayout {
        part.memoryAxes = Array((0..<source.ndim).reversed())
      }
      return .tensor(readOnlyOwner(part))
    case "real", "imag":
      guard case .tensor(var part) = result else { return result }
      source.ensureRoot()
      var geometry = source.geometry
      geometry = ArrayView(
        offset: geometry.offset, strides: geometry.strides, part: name == "real" ? .real : .imaginary
      ).inheriting(from: geometry)
      part.lineage = source.lineage
      return .tensor(part.asView(geometry))
    default:
      return result
    }
  }

  /// `result` of a view operation on `source` with NumPy's geometry: the operation is run again on the root positions
  /// of `source`'s elements, and where the positions it returns are strided the result is a view; where not (a reshape
  /// of a transposed array) NumPy copies, into a new array that the result is a view of.
  /// `result` is taken (`consuming`) and emptied before its array becomes the view: the array is then the only holder
  /// of its parts, which take the view's lineage and geometry in place. (A `switch consume result` kept the enum's
  /// reference alive through the case, so `asView` copied the parts of every `a.T` and `a.reshape(…)`: 1,504
  /// instructions, and about 1,400 more to free the copy.)
  private mutating func viewResult(
    _ source: Tensor, _ result: consuming Value, kind: String, shortcut: ViewShortcut? = nil,
    infersAnExtent: Bool = false, positions recompute: (inout Interpreter, Tensor) throws(PythonError) -> Value
  ) throws(PythonError) -> Value {
    // A shortcut is given only with the kinds it stands for (`viewShortcut`, `viewMethodCall`, `attributeView`).
    var traits = shortcut.map { ViewTracking.Traits($0) } ?? ViewTracking.Traits(kind)
    traits.infersAnExtent = infersAnExtent
    if source.isScalar && !traits.isReadOnly {
      // A NumPy scalar's `reshape` and `ravel` are those of the 0-d array NumPy makes of it: a view of that array,
      // as are `np.expand_dims` (a reshape) and `np.atleast_1d`, `2d` and `3d` (`asanyarray`, then a reshape).
      guard kind == "reshape" || kind == "ravel" || kind == "expand_dims" || kind.hasPrefix("atleast_"),
        case .tensor(let made) = result, made.size == 1, !made.isScalar
      else { return result }
      var owner = made.asNewArray()
      owner.shape = []
      owner.ensureRoot()
      return .tensor(
        made.asView(ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(made.shape)), of: owner.lineage))
    }
    // A 0-d source's read-only views (`np.broadcast_to(1, (3,))`) are views too: writing to one is NumPy's error.
    if case .tensor(let tensor) = result {
      result = .none
      return try tensorViewResult(
        source, consume tensor, kind: kind, traits: traits, shortcut: shortcut, positions: recompute)
    }
    switch consume result {
    case .list(let items):
      let positions = try recomputed(source, recompute)
      guard case .list(let mapped) = positions, mapped.count == items.count else { return .list(items) }
      var views: [Value] = []
      for (item, position) in zip(items.items, mapped.items) {
        guard case .tensor(let tensor) = item, case .tensor(let located) = position, tensor.dtype == source.dtype
        else { return .list(items) }
        views.append(.tensor(view(tensor, of: source, located, kind: kind, traits: traits)))
      }
      return try .makeList(views)
    case let other:
      return other
    }
  }

  /// The view operation run a second time, on the root positions of `source`'s elements, charged as the work it is:
  /// where a shortcut finds the geometry nothing runs again and nothing is charged (`a.T`, `a.reshape(…)`, which
  /// paid 146 instructions to charge a second run they never made).
  private mutating func recomputed(
    _ source: Tensor, _ recompute: (inout Interpreter, Tensor) throws(PythonError) -> Value
  ) throws(PythonError) -> Value {
    try core { try ResourceMeter.chargeWork(2 * source.size) }
    return try recompute(&self, ViewTracking.positionArray(source))
  }

  /// `viewResult` of an array result, which the caller no longer holds.
  private mutating func tensorViewResult(
    _ source: Tensor, _ tensor: consuming Tensor, kind: String, traits: ViewTracking.Traits, shortcut: ViewShortcut?,
    positions recompute: (inout Interpreter, Tensor) throws(PythonError) -> Value
  ) throws(PythonError) -> Value {
    if tensor.isScalar || tensor.dtype != source.dtype { return Self.separated(.tensor(tensor), from: source) }
    if traits.isIdentityWhenUnchanged && tensor.shape == source.shape { return .tensor(source) }
    let shape = tensor.shape
    let viewed: Tensor
    if let found = shortcut?.geometry(of: source, shape: shape) {
      viewed = view(consume tensor, of: source, found: found, kind: kind, traits: traits)
    } else {
      let positions = try recomputed(source, recompute)
      guard case .tensor(let mapped) = positions else { return .tensor(tensor) }
      viewed = view(consume tensor, of: source, mapped, kind: kind, traits: traits)
    }
    guard traits.isPermutation, shape.contains(1) else { return .tensor(viewed) }
    return .tensor(try permutedStrides(viewed, of: source, recompute))
  }

  /// `viewed`, a view permuting `source`'s axes, with the strides of its axes of extent 1 moved with them: the
  /// operation runs once more on a small array whose axes all differ in extent, which tells where each axis went.
  private mutating func permutedStrides(
    _ viewed: Tensor, of source: Tensor, _ recompute: (inout Interpreter, Tensor) throws(PythonError) -> Value
  ) throws(PythonError) -> Tensor {
    let sourceStrides = source.geometry.strides
    guard var geometry = viewed.view, source.geometry.positions == nil, viewed.ndim == source.ndim,
      sourceStrides.count == source.ndim, source.ndim <= 6
    else { return viewed }
    // Each element of the probe holds its own position; the probe's row-major strides all differ, so the strides
    // the operation gives it name each axis's source axis and direction.
    let probeShape = (0..<source.ndim).map { $0 + 2 }
    let probeStrides = ViewTracking.rowMajorStrides(probeShape)
    let probe = Tensor(shape: probeShape, storage: .int64((0..<Int64(probeShape.reduce(1, *))).map { $0 }))
    try core { try ResourceMeter.chargeWork(2 * probe.size) }
    guard case .tensor(let moved) = try recompute(&self, probe), moved.ndim == source.ndim,
      case .int64(let positions) = moved.storage,
      let found = ViewTracking.stridedGeometry(positions.map { Int($0) }, shape: moved.shape)
    else { return viewed }
    var strides: [Int] = []
    for step in found.strides {
      guard let axis = probeStrides.firstIndex(of: abs(step)) else { return viewed }
      strides.append(step < 0 ? -sourceStrides[axis] : sourceStrides[axis])
    }
    geometry.strides = strides
    return viewed.asView(geometry)
  }

  /// `tensor` as the view whose root positions are `located`.
  private func view(
    _ tensor: consuming Tensor, of source: Tensor, _ located: Tensor, kind: String, traits: ViewTracking.Traits
  ) -> Tensor {
    guard case .int64(let raw) = located.storage, located.shape == tensor.shape else { return tensor.asNewArray() }
    return view(
      tensor, of: source,
      found: ViewTracking.stridedGeometry(raw.map { Int($0) }, shape: tensor.shape).map {
        RootPlacement(offset: $0.offset, strides: $0.strides)
      }, kind: kind,
      traits: traits)
  }

  /// `tensor` as the view of `source` with the geometry `found` of its root positions (nil: no strides give them).
  private func view(
    _ tensor: consuming Tensor, of source: Tensor, found: RootPlacement?, kind: String, traits: ViewTracking.Traits
  ) -> Tensor {
    if let found, !traits.isRavel || source.isCContiguous {
      source.ensureRoot()
      var strides = found.strides
      var isExact = false
      if let exact = ViewTracking.unitAxisStrides(kind, of: source, shape: tensor.shape, traits: traits),
        tensor.shape.indices.allSatisfy({
          tensor.shape[$0] == 1 || (tensor.shape[$0] == 0 && kind == "diagonal") || exact[$0] == strides[$0]
        })
      {
        strides = exact
        isExact = true
      }
      // The lineage and the geometry written in one copy of the parts (`asView(_:of:)`), not one copy each; what the
      // view inherits is read from the source in place (`derivedView`).
      var geometry = source.derivedView(offset: found.offset, strides: strides, isWriteable: !traits.isReadOnly)
      if !isExact,
        tensor.size == 0
          ? Self.hasUnfollowedEmptyStrides(kind, traits: traits, shape: tensor.shape, of: source)
          : traits.isDiagonal && source.ndim > 2 && tensor.shape.contains(1)
      {
        // A diagonal's axis of extent 1 steps over the two axes it joins, which its one position cannot tell.
        geometry.hasUnfollowedStrides = true
      }
      // Handed over (`consume`): passed as a variable, the view was copied (its references retained) and the
      // original destroyed.
      return tensor.asView(consume geometry, of: source.lineage)
    }
    guard kind == "reshape" else { return tensor.asNewArray() }
    // NumPy's reshape of an array it cannot view copies the array (row-major, in its own shape) and returns a view
    // of that copy, which is then the result's base.
    let copy = tensor.asNewArray()
    var owner = copy
    owner.shape = source.shape
    owner.ensureRoot()
    var geometry = ArrayView(offset: 0, strides: ViewTracking.rowMajorStrides(tensor.shape))
    geometry.hasUnfollowedStrides = tensor.size == 0
    return copy.asView(geometry)
  }

  /// True when `kind`'s empty view of `source` has strides that no element's position tells
  /// (`ArrayView.hasUnfollowedStrides`): a reshape (`ravel` and `expand_dims` are reshapes) of an empty array to
  /// another shape, or to any shape it infers an extent of, gets strides of its own (`_array_fill_strides`); any
  /// other view of an empty view of memory that is not empty keeps multiples of its strides. (A view of an empty array
  /// NumPy allocated keeps its strides of 0.)
  private static func hasUnfollowedEmptyStrides(
    _ kind: String, traits: ViewTracking.Traits, shape: [Int], of source: Tensor
  ) -> Bool {
    switch kind {
    case "reshape", "ravel", "expand_dims":
      if shape != source.shape || traits.infersAnExtent || kind == "ravel" { return true }
    default: break
    }
    guard let root = source.lineage.root else { return false }
    return root.shape.reduce(1, *) > 0
  }

  /// A result that NumPy computes into a new array: it must not keep `source`'s memory, whatever the operation copied.
  static func separated(_ result: Value, from source: Tensor) -> Value {
    guard case .tensor(let tensor) = result, tensor.sharesLineage(with: source) else { return result }
    return .tensor(tensor.asNewArray())
  }

  /// Every array the chapter can still reach: the names of the chapter and of the running calls, and what their lists,
  /// tuples, dicts and closures hold.
  func reachableTensors() -> [Tensor] {
    var tensors: [Tensor] = []
    var visited: Set<ObjectIdentifier> = []
    func walk(_ value: Value) {
      switch value {
      case .tensor(let tensor): tensors.append(tensor)
      case .list(let items), .tuple(let items):
        guard visited.insert(ObjectIdentifier(items)).inserted else { return }
        for item in items { walk(item) }
      case .dict(let dict), .dictView(_, let dict):
        guard visited.insert(ObjectIdentifier(dict)).inserted else { return }
        for item in dict.keys + dict.values { walk(item) }
      case .object(let object):
        guard visited.insert(ObjectIdentifier(object)).inserted else { return }
        if let array = object.array { tensors.append(array) }
        for item in object.attributes.values { walk(item) }
      case .userFunction(let closure):
        guard visited.insert(ObjectIdentifier(closure)).inserted else { return }
        for item in closure.defaults.values { walk(item) }
        var enclosing = closure.enclosing
        while let current = enclosing, visited.insert(ObjectIdentifier(current)).inserted {
          for case let item? in current.values { walk(item) }
          enclosing = current.parent
        }
      case .method(let receiver, _): walk(receiver)
      default: break
      }
    }
    for value in globals.boundValues { walk(value) }
    for frame in liveFrames() {
      for case let value? in frame.values { walk(value) }
    }
    return tensors
  }

  /// The frames whose names running code can still read: the running function's and those it is nested in, and each
  /// caller's with theirs, each once.
  func liveFrames() -> [Scope] {
    var frames: [Scope] = []
    // A few frames are compared one by one; a set (which allocates) is made only for a deep stack of calls.
    var seen: Set<ObjectIdentifier> = []
    func isNew(_ frame: Scope) -> Bool {
      if frames.count < 8 { return !frames.contains { $0 === frame } }
      if seen.isEmpty { seen = Set(frames.map(ObjectIdentifier.init)) }
      return seen.insert(ObjectIdentifier(frame)).inserted
    }
    // Each chain walked from its start; no list of the starts is made (this runs at every in-place write).
    func addChain(from start: Scope?) {
      var frame = start
      while let current = frame, isNew(current) {
        frames.append(current)
        frame = current.parent
      }
    }
    addChain(from: scope)
    for caller in callerFrames { addChain(from: caller) }
    return frames
  }

  /// Refuses an in-place ufunc NumPy refuses: one whose output is a read-only view (`broadcast_to`, `diagonal`).
  func checkNoLiveViews(of array: Tensor) throws(PythonError) {
    try array.requireWriteable("output array is read-only")
  }

  /// NumPy's in-place update of `array` to `updated`: the elements are written into the root's memory through
  /// `array`'s geometry, and every name, list, tuple, dict and object attribute holding a value of that memory (the
  /// array itself, the array it is a view of, the other views) sees the new elements. Without views only the holders
  /// of the array itself change, at no cost beyond the walk.
  @discardableResult
  mutating func replaceEverywhere(_ array: Tensor, with updated: Tensor) throws(PythonError) -> Tensor {
    let lineage = array.lineage
    arrayWrites &+= 1
    lineage.writeStamp.store(arrayWrites, ordering: .relaxed)
    var updated = updated
    if array.geometry.isStrideTrickView, StrideTricks.aliasesItself(array) {
      updated = try StrideTricks.settlingAliases(array, updated, partial: aliasedPartialWrite)
    }
    try recfunctionLinks.checkWritable(lineage)
    let hasViews = lineage.root != nil
    if hasViews, let input = derivativeInput, array.dependsOn(input) || updated.dependsOn(input) {
      var error = PythonError(
        "NotImplementedError",
        "this array shares its memory with another one (a view), and the value written depends on the argument "
          + "being differentiated; write the result into a new array (`y = np.where(...)`, `np.concatenate`) "
          + "instead")
      error.isLimit = true  // autograd refuses item assignment on its boxes; an in-place view write has no gradient
      throw error
    }
    guard hasViews else {
      var written = array.writingThrough(updated)
      // No view reads this memory, so every holder of the array is one the walk below replaces: the written array
      // may stand for a memory of its own. Keeping the lineage would keep it shared with the old parts a recorded
      // operation holds (`un = u.copy()` records the copy's input), and no later write could be in place (CFD
      // Python's grid loops copied the grid at about one element write in five). Tables keyed by the lineage (flags,
      // memory not yet written, structured arrays' links) keep it.
      if !array.isView, flagRecords.isEmpty, uninitializedMemory.isEmpty, recfunctionLinks.isEmpty {
        written.startNewLineage()
      }
      // A NumPy scalar is never the same array as an array (nor a copy of one), so lists of numbers and NumPy
      // scalars (a training loop's losses) can be skipped.
      try transformEverywhere(changingOnlyArrays: !array.isScalar) { $0.isSameArray(as: array) ? written : nil }
      return written
    }
    // Every element written and every view gathered again counts against the statement's work, so a loop of
    // writes through views of a big array stops at docbuild's limit rather than running for hours.
    try core { try ResourceMeter.chargeWork(2 * updated.size + (lineage.root.map { $0.shape.reduce(1, *) } ?? 0)) }
    let written = array.writingThrough(updated).keepingDecompositionOrigin(of: array)
    var writtenAt: WrittenPositions?
    var failure: PythonError?
    try transformEverywhere { (tensor: Tensor) -> Tensor? in
      guard tensor.madeLineage === lineage else { return nil }
      if tensor.isSameObject(as: array) { return written }
      do throws(PythonError) {
        try core { try ResourceMeter.chargeWork(tensor.size) }
        guard tensor.isRecordedComputation else { return tensor.regathered()?.keepingDecompositionOrigin(of: tensor) }
        // Which element of the write sits at each root position, made once for the views that need it.
        if writtenAt == nil { writtenAt = try core { try WrittenPositions(written) } }
        return try core { try tensor.refreshed(after: written, writtenAt: writtenAt!) }?
          .keepingDecompositionOrigin(of: tensor)
      } catch {
        failure = error
        return nil
      }
    }
    if let failure { throw failure }
    try updateFieldMirrors(after: lineage)
    return written
  }

  /// Puts `transform(tensor)` wherever a tensor it changes is held: the chapter's names, the running calls' names,
  /// and every list, tuple, dict and object that holds one. With `changingOnlyArrays` (the transform changes no NumPy
  /// scalar), lists and tuples holding only numbers, strings and NumPy scalars are not walked.
  mutating func transformEverywhere(
    changingOnlyArrays: Bool = false, _ transform: (Tensor) -> Tensor?
  ) throws(PythonError) {
    var visited: Set<ObjectIdentifier> = []
    func replaced(_ value: Value) throws(PythonError) -> Value? {
      switch value {
      case .tensor(let bound): return transform(bound).map { .tensor($0) }
      case .list(let items), .tuple(let items):
        if changingOnlyArrays, items.holdsNoArrays { return nil }
        guard visited.insert(ObjectIdentifier(items)).inserted else { return nil }
        // The new items are gathered only from the first one changed: most walks change nothing.
        var newItems: [Value]?
        for index in items.indices {
          if let new = try replaced(items[index]) {
            if newItems == nil {
              newItems = Array(items.items[..<index])
              newItems!.reserveCapacity(items.count)
            }
            newItems!.append(new)
          } else {
            newItems?.append(items[index])
          }
        }
        if let newItems { try items.replace(with: newItems) }
        return nil
      case .object(let object):
        // An array held by an object's attribute is the same NumPy array too.
        guard visited.insert(ObjectIdentifier(object)).inserted else { return nil }
        // The array an ndarray subclass's instance views.
        if let array = object.array, let new = transform(array) { object.array = new }
        for (key, item) in object.attributes {
          if let new = try replaced(item) {
            object.attributes[key] = new
            try object.dictView?.mirror(key, new, from: object)
          }
        }
        return nil
      case .dict(let dict):
        guard visited.insert(ObjectIdentifier(dict)).inserted else { return nil }
        for (key, item) in zip(dict.keys, dict.values) {
          if let new = try replaced(item) { try dict.refresh(key, new) }
        }
        return nil
      case .method(let receiver, let name):
        // A bound method (`f = a.fill`) keeps its array.
        return try replaced(receiver).map { .method($0, name) }
      case .classObject(let type):
        // A class attribute (`class K: w = x`) holds the same array; so do its methods' defaults.
        guard visited.insert(ObjectIdentifier(type)).inserted else { return nil }
        for (key, item) in type.attributes {
          if let new = try replaced(item) { type.attributes[key] = new }
        }
        return nil
      case .userFunction(let closure):
        // A function's defaults (`def f(a=x)`) and the frames it closes over hold the same arrays. One with neither
        // (a top-level `def`) holds none: it is not entered in `visited`, which then allocates nothing for most walks.
        if closure.defaults.isEmpty && closure.enclosing == nil { return nil }
        guard visited.insert(ObjectIdentifier(closure)).inserted else { return nil }
        for (name, item) in closure.defaults {
          if let new = try replaced(item) { closure.defaults[name] = new }
        }
        try replaceInFrames(from: closure.enclosing)
        return nil
      case .iterator(let box):
        // An iterator's items not yet taken, and a suspended generator's names.
        guard visited.insert(ObjectIdentifier(box)).inserted else { return nil }
        for index in box.items.indices {
          if let new = try replaced(box.items[index]) { box.items[index] = new }
        }
        if let generator = box.source as? GeneratorSource {
          try replaceInFrames(from: generator.frame)
        } else if let expression = box.source as? GeneratorExpressionSource {
          try replaceInFrames(from: expression.frame)
        }
        // What the other sources hold (a map's list, an enumerate's iterator) is changed in place.
        for held in box.source?.heldValues ?? [] { _ = try replaced(held) }
        return nil
      default: return nil
      }
    }
    func replaceInFrames(from start: Scope?) throws(PythonError) {
      var frame = start
      while let current = frame, visited.insert(ObjectIdentifier(current)).inserted {
        for slot in 0..<current.count {
          if let value = current[slot], let new = try replaced(value) { current[slot] = new }
        }
        frame = current.parent
      }
    }
    // Slot by slot, in place: a list of every name and value, and a lookup by name to store one, cost each write
    // through a view in a loop more than the write.
    for slot in 0..<globals.values.count {
      if let value = globals.value(at: slot), let new = try replaced(value) { globals.set(slot, new) }
    }
    for frame in liveFrames() { try replaceInFrames(from: frame) }
    for items in pendingUnpackedItems { _ = try replaced(.tuple(items)) }
  }
}
