import TensorCore

/// NumPy's memory order for the arrays NumPy functions and methods return when an operand is not C-ordered (`x.T`,
/// `x.transpose(1, 2, 0)`, a strided view, or a result held in such an order).
///
/// docbuild keeps every value's elements row-major and records NumPy's memory order beside them
/// (`Tensor.memoryAxes`), because NumPy's sums, products and matrix products walk memory: the same values in another
/// order give other last digits (`np.sort(x.T, axis=0).sum()`). Most functions allocate their result "like" their
/// operands (`order='K'`: the operands' axes sorted by stride, as NumPy's iterator sorts them); `concatenate` and the
/// stacks sort the axes of all their arrays together; a few return C order. Any other function given such an operand
/// leaves a result whose order docbuild does not know: it carries `unknownLayoutOrigin`, and a sum or matrix product
/// that would walk it is refused (`Tensor.checkKnownLayout`) instead of printing other digits than NumPy.
enum ResultLayout {
  /// Functions whose result NumPy allocates in its array operands' order (`order='K'`).
  static let followsOperands = NameSet(
    PythonNames.ufuncs.subtracting(["matmul", "vecdot", "matvec", "vecmat"])
      .union([
        "copy", "zeros_like", "ones_like", "empty_like", "full_like", "cumsum", "cumprod", "nancumsum", "nancumprod",
        "sort", "partition", "where", "clip", "nan_to_num", "sinc", "piecewise", "polyval", "diff",
        "gradient", "real", "imag", "conj", "conjugate", "fix", "angle", "real_if_close", "asarray_chkfinite",
        "isneginf", "isposinf",
      ]))
  /// Functions whose result NumPy allocates "like" their array (`PyArray_NewLikeArray`, `MemoryOrder.likeOrder`).
  static let allocatesLike: NameSet = [
    "copy", "zeros_like", "ones_like", "empty_like", "full_like", "sort", "partition", "nan_to_num", "gradient",
  ]
  /// Functions NumPy's Python composes of two ufuncs: the second runs NumPy's trivial loop on the first's result
  /// where that is contiguous, so axes of extent 1 take C or Fortran strides (`MemoryOrder.contiguousOrder`).
  static let composedUfuncs: NameSet = ["sinc", "isneginf", "isposinf"]
  /// Array methods whose result NumPy allocates in the array's order.
  static let methodsFollowingOperands: NameSet = [
    "astype", "clip", "cumsum", "cumprod", "conj", "conjugate",
  ]
  /// Functions whose result is Fortran-ordered when their array is, C-ordered otherwise (`order='A'`): NumPy's
  /// `round` allocates so.
  static let roundings: NameSet = ["round", "around", "round_"]
  /// Functions that return C-ordered arrays (or arrays whose order docbuild's own code already follows): the
  /// reductions (`MemoryOrder.reduce`), products, and copies NumPy makes row-major.
  static let rowMajor: NameSet = [
    "sum", "mean", "nansum", "nanmean", "var", "std", "nanvar", "nanstd", "prod", "nanprod", "max", "min", "amax",
    "amin", "argmax", "argmin", "nanargmax", "nanargmin", "ptp", "average", "all", "any",
    "count_nonzero", "matmul", "dot", "inner", "outer", "tensordot", "vdot", "ascontiguousarray", "ravel", "flatten",
    "reshape", "repeat", "tile", "take", "argsort", "argpartition", "interp", "select",
    "choose", "trace", "diagonal", "cross", "kron",
    "unique", "nonzero", "flatnonzero", "argwhere", "histogram", "bincount", "searchsorted", "digitize", "cov",
    "corrcoef", "meshgrid", "resize", "take_along_axis", "compress", "fromfunction", "histogram2d",
  ]
  /// Array methods that return C-ordered arrays.
  static let methodsRowMajor: NameSet = [
    "copy", "flatten", "ravel", "reshape", "sum", "mean", "var", "std", "prod", "max", "min", "argmax", "argmin", "ptp",
    "all", "any", "dot", "repeat", "take", "argsort", "nonzero", "tolist", "item", "trace", "diagonal", "transpose",
    "swapaxes", "squeeze", "view", "sort", "fill",
  ]
  /// Functions that join arrays: the result's axes are sorted over all of them (`PyArray_CreateMultiSortedStridePerm`).
  /// `append`, `column_stack` and `dstack` are `concatenate` in NumPy's Python.
  static let joins: NameSet = [
    "concatenate", "stack", "vstack", "hstack", "row_stack", "append", "column_stack", "dstack",
  ]

  /// `result` of `np.name(…)` with NumPy's memory order recorded where an operand is not C-ordered.
  static func settleFunction(_ name: String, _ call: CallArguments, _ result: Value) -> Value {
    // einsum's output order follows its subscripts even when every operand is C-ordered.
    if name == "numpy.einsum" { return settleEinsum(call, result) }
    if let fortran = settleFortranCreation(name, call, result) { return fortran }
    return settleByOperands(name, call, result)
  }

  /// True when `settleFunction` of `name` settles the result by its operands' orders alone (`settleByOperands`):
  /// neither `np.einsum` nor a creation function with an `order` parameter. Asked once per name by a caller that
  /// keeps the answer (hashing the name into the creation table at every call cost more than most settles).
  static func settlesByOperandsAlone(_ name: String) -> Bool {
    name != "numpy.einsum" && creationOrderPosition[name] == nil
  }

  /// `settleFunction` of a name `settlesByOperandsAlone` holds for.
  static func settleByOperands(_ name: String, _ call: CallArguments, _ result: Value) -> Value {
    // Most calls have only C-ordered operands: one scan, nothing allocated, and they are done. The name first: the
    // scan reads every item of a list argument, and a builtin's call with a long list (`isinstance(heap, list)`)
    // read all of it.
    guard name.hasPrefix("numpy."), mayHoldNonRowMajor(call) else { return result }
    let short = String(name.dropFirst("numpy.".count))
    if short.hasSuffix(".accumulate") {
      return settle(result, operands: call.positional.prefix(1).compactMap(\.tensorOperand), rule: .followsOperands)
    }
    // NumPy's linear algebra copies its operands into LAPACK's buffers and returns C-ordered arrays.
    // A byte scan: `String.contains(_:)` of a string is Foundation's search (about 3,600 instructions a call).
    if short.utf8.contains(UInt8(ascii: ".")) { return result }
    if joins.contains(short) { return settleJoin(short, call, result) }
    let operands = Self.operands(of: call)
    guard operands.contains(where: \.isNotRowMajor) else { return result }
    if unitAxesUnfollowed.contains(short) {
      return unitAxesUnknown(settle(result, operands: operands, rule: .followsOperands), origin: "np.\(short)")
    }
    if short == "array" || short == "asarray" || short == "asanyarray" {
      // `np.array(x)` copies like `x`; `np.array([x, y])` builds a new C-ordered array.
      guard case .tensor(let array) = call.positional.first else { return result }
      return settle(result, operands: operands, rule: .like(array))
    }
    if allocatesLike.contains(short), case .tensor(let array) = call.positional.first {
      return settle(result, operands: operands, rule: .like(array))
    }
    if roundings.contains(short) || short == "pad" || short == "insert" {
      // `round` to 0 decimals is the ufunc `rint` (the operands' order); to others it allocates with `order='A'`, as
      // `np.pad` and `np.insert` do: Fortran order for an array Fortran- but not C-contiguous, C order otherwise.
      guard case .tensor(let array) = call.positional.first else { return result }
      if roundings.contains(short) && roundsToUnits(call, decimalsAt: 1) {
        return settle(result, operands: operands, rule: .followsOperands)
      }
      return settle(result, operands: operands, rule: Self.anyOrder(array))
    }
    if (short == "real" || short == "imag"), case .tensor(let array) = call.positional.first, !array.dtype.isComplex {
      // A real array's `.real` is the array itself; its `.imag` new zeros in `order='A'`.
      return short == "real" ? .tensor(array) : settle(result, operands: operands, rule: Self.anyOrder(array))
    }
    if short == "nanmax" || short == "nanmin" { return settle(result, operands: operands, rule: reductionRule(call)) }
    if short == "triu" || short == "tril" { return settle(result, operands: operands, rule: triangleRule(call)) }
    if short == "median" { return settle(result, operands: operands, rule: medianRule(call)) }
    if short == "percentile" || short == "quantile" {
      // NumPy copies the array in C order (`a.copy()`) before partitioning it, whatever its order; with keepdims it
      // returns a view with new axes, which docbuild does not follow.
      let isPlain = !call.keywords.contains { ["keepdims", "weights", "out"].contains($0.name) }
      return isPlain ? result : settle(result, operands: operands, rule: .unknown("np.\(short)"))
    }
    if short == "roll" {
      // With an axis NumPy rolls into `empty_like(a)`; without one it rolls the flattened array (C order).
      let hasAxis = call.positional.count > 2 || call.keywords.contains { $0.name == "axis" }
      return hasAxis ? settle(result, operands: operands, rule: .followsOperands) : result
    }
    if composedUfuncs.contains(short), case .tensor(let output) = result, operands.count == 1 {
      let order = keptOrder(operands, shape: output.shape)
      return settle(result, operands: operands, rule: .order(MemoryOrder.retraced(order, shape: output.shape)))
    }
    if followsOperands.contains(short) { return settle(result, operands: operands, rule: .followsOperands) }
    if rowMajor.contains(short) { return result }
    return settle(result, operands: operands, rule: .unknown("np.\(short)"))
  }

  /// Functions whose iterator (`PyArray_Where`, an accumulation's) places an axis of extent 1 in memory by rules
  /// docbuild does not follow, though it follows the order of the others.
  static let unitAxesUnfollowed: NameSet = ["where", "cumsum", "cumprod", "nancumsum", "nancumprod"]

  /// `settled` marked as an order docbuild does not know when it is a new array in another order than C's with an
  /// axis of extent 1 (`unitAxesUnfollowed`): its strides are refused.
  private static func unitAxesUnknown(_ settled: Value, origin: String) -> Value {
    guard case .tensor(var made) = settled, !made.isView, made.shape.contains(1), made.memoryAxes != nil,
      !made.hasUnknownLayout
    else { return settled }
    made.unknownLayoutOrigin = origin
    return .tensor(made)
  }

  /// True when `settleMethod` leaves any result of a method of `array` called without arguments as it is: NumPy holds
  /// the array in C order, and docbuild knows it.
  static func leavesMethodResults(of array: Tensor) -> Bool { !array.isNotRowMajor }

  /// `result` of `array.name(…)` with NumPy's memory order recorded where the array is not C-ordered.
  static func settleMethod(_ name: String, _ receiver: Value, _ call: CallArguments, _ result: Value) -> Value {
    // `Methods.call` laid out an astype given an order of its own.
    if name == "astype", givesOwnOrder(call) { return result }
    guard case .tensor(let array) = receiver, array.isNotRowMajor || mayHoldNonRowMajor(call) else { return result }
    var operands = operands(of: call)
    operands.insert(array, at: 0)
    guard operands.contains(where: \.isNotRowMajor) else { return result }
    if name == "round" {
      let rule = roundsToUnits(call, decimalsAt: 0) ? Rule.followsOperands : Self.anyOrder(array)
      return settle(result, operands: operands, rule: rule)
    }
    if name == "copy" && call.positional.isEmpty && call.keywords.isEmpty {
      // `a.copy()` is C-ordered, whatever `a`'s order (np.copy keeps it).
      return settle(result, operands: operands, rule: .rowMajorCopy)
    }
    if name == "astype" { return settle(result, operands: operands, rule: .like(array)) }
    if name == "cumsum" || name == "cumprod" {
      return unitAxesUnknown(settle(result, operands: operands, rule: .followsOperands), origin: "ndarray.\(name)")
    }
    if methodsFollowingOperands.contains(name) { return settle(result, operands: operands, rule: .followsOperands) }
    if methodsRowMajor.contains(name) { return result }
    return settle(result, operands: operands, rule: .unknown("ndarray.\(name)"))
  }

  /// True for `astype(dtype, order)` with an order other than None or 'K'.
  private static func givesOwnOrder(_ call: CallArguments) -> Bool {
    guard let order = call.keywords.first(where: { $0.name == "order" })?.value ?? call.positional.dropFirst().first,
      !order.isNone
    else { return false }
    return (try? NumpyFunctions.creationOrder(order)) != "K"
  }

  /// `result` of advanced indexing (`x[[0, 2, 1]]`, `x[:, idx]`, `x[mask, 1:]`) held as NumPy holds it
  /// (`IndexingLayout`), whatever `source`'s order; marked unknown where docbuild cannot tell.
  static func settleIndexing(_ source: Tensor, _ items: [IndexItem], _ key: Value, _ result: Value) -> Value {
    guard case .tensor(let selected) = result, !selected.isView, !selected.isScalar, selected.ndim > 1 else {
      return result
    }
    if !source.hasUnknownLayout,
      let laid = IndexingLayout.laidOut(selected, source: source, items: items, key: key)
    {
      return .tensor(laid)
    }
    return settle(result, operands: [source], rule: .unknown("advanced indexing"))
  }

  private enum Rule {
    case followsOperands
    case unknown(String)
    case order([Int]?)
    case rowMajorCopy
    /// Allocated like this array (`MemoryOrder.likeOrder`) when the result has its shape, else as `followsOperands`.
    case like(Tensor)
  }

  /// Every new array in `result` (a tuple's or list's items too) given the order `rule` says.
  private static func settle(_ result: Value, operands: [Tensor], rule: Rule) -> Value {
    switch result {
    case .tensor(let tensor):
      return .tensor(settle(tensor, operands: operands, rule: rule))
    case .tuple(let items):
      return settled(items, operands: operands, rule: rule).map(Value.tuple) ?? result
    case .list(let items):
      return settled(items, operands: operands, rule: rule).map(Value.list) ?? result
    default:
      return result
    }
  }

  /// The items with their arrays settled, in a new list keeping the named-tuple type; nil when none changed.
  private static func settled(_ items: ValueList, operands: [Tensor], rule: Rule) -> ValueList? {
    var changed = false
    let settled = items.items.map { item in
      guard case .tensor(let tensor) = item else { return item }
      let result = settle(tensor, operands: operands, rule: rule)
      if result.memoryAxes != tensor.memoryAxes || result.unknownLayoutOrigin != tensor.unknownLayoutOrigin {
        changed = true
      }
      return .tensor(result)
    }
    guard changed else { return nil }
    let list = ValueList(settled)
    list.namedType = items.namedType
    return list
  }

  private static func settle(_ tensor: Tensor, operands: [Tensor], rule: Rule) -> Tensor {
    guard !tensor.isView else { return tensor }  // a view follows its root's memory (`Tensor.geometry`)
    var result = tensor
    if case .rowMajorCopy = rule {
      if result.memoryAxes != nil { result.memoryAxes = nil }
      if result.unknownLayoutOrigin != nil { result.unknownLayoutOrigin = nil }
      return result
    }
    // Scalars and vectors have one order only; an order unknown matters only with two axes of extent above 1 (the
    // strides of axes of extent 1 follow a known order).
    guard !tensor.isScalar, tensor.ndim > 1, tensor.unknownLayoutOrigin == nil else { return tensor }
    let isVector = tensor.shape.filter({ $0 > 1 }).count < 2
    switch rule {
    case .unknown(let origin):
      if !isVector { result.unknownLayoutOrigin = origin }
    case .followsOperands:
      if let origin = operands.lazy.compactMap(\.layoutUnknownOrigin).first {
        if !isVector { result.unknownLayoutOrigin = origin }
      } else {
        let order = keptOrder(operands, shape: tensor.shape)
        if result.memoryAxes != order { result.memoryAxes = order }
      }
    case .order(let order):
      if result.memoryAxes != order { result.memoryAxes = order }
    case .like(let prototype):
      if let origin = prototype.layoutUnknownOrigin {
        if !isVector { result.unknownLayoutOrigin = origin }
      } else {
        let order =
          prototype.shape == tensor.shape ? MemoryOrder.likeOrder(prototype) : keptOrder(operands, shape: tensor.shape)
        if result.memoryAxes != order { result.memoryAxes = order }
      }
    case .rowMajorCopy:
      break
    }
    return result
  }

  /// NumPy's `order='A'`: Fortran order for an array that is Fortran- but not C-contiguous, else C order.
  private static func anyOrder(_ array: Tensor) -> Rule {
    if let origin = array.layoutUnknownOrigin { return .unknown(origin) }
    guard array.ndim > 1, array.isFContiguous, !array.isCContiguous else { return .order(nil) }
    return .order(Array((0..<array.ndim).reversed()))
  }

  /// The order NumPy's iterator gives a result of `shape` allocated like `operands` (`order='K'`): their axes sorted
  /// by stride, an axis moving inside another only where every operand with a stride on both agrees.
  static func keptOrder(_ operands: [Tensor], shape: [Int]) -> [Int]? {
    let ndim = shape.count
    let strides: [[Int]] = operands.compactMap { operand in
      guard operand.ndim <= ndim else { return nil }
      let lead = ndim - operand.ndim
      let own = operand.memoryStrides
      return (0..<ndim).map { axis in
        axis < lead || operand.shape[axis - lead] == 1 || shape[axis] == 1 ? 0 : own[axis - lead]
      }
    }
    guard !strides.isEmpty else { return nil }
    if let order = MemoryOrder.contiguousOrder(operands, shape: shape) { return order }
    return MemoryOrder.normalized(MemoryOrder.iteratorOrder(strides, ndim: ndim))
  }

  /// `np.concatenate`, `np.stack`, `np.vstack`, `np.hstack`, `np.append`, `np.column_stack`, `np.dstack`: NumPy
  /// sorts the axes over all the joined arrays (`PyArray_CreateMultiSortedStridePerm`), after giving each the axes
  /// of extent 1 its function adds (`stack`'s new axis, `atleast_2d`, `atleast_3d`, a column for `column_stack`).
  private static func settleJoin(_ name: String, _ call: CallArguments, _ result: Value) -> Value {
    guard case .tensor(let joined) = result, joined.ndim > 1, let first = call.positional.first else { return result }
    var items: [Value]
    switch first {
    case .list(let list), .tuple(let list): items = list.items
    case .tensor where name == "append":
      // `np.append(arr, values, axis=…)` concatenates the two (without an axis, both flattened: one axis).
      let values = call.keywords.first { $0.name == "values" }?.value ?? call.positional.dropFirst().first
      guard let values else { return result }
      items = [first, values]
    default: return result
    }
    let arrays = items.compactMap(\.tensorOperand)
    guard arrays.contains(where: \.isNotRowMajor) else { return result }
    if let origin = arrays.lazy.compactMap(\.layoutUnknownOrigin).first {
      return settle(result, operands: arrays, rule: .unknown(origin))
    }
    let ndim = joined.ndim
    let stackAxis: Int? =
      if name == "stack" {
        (try? call.keywords.first { $0.name == "axis" }?.value.toInt())
          ?? (call.positional.count > 1 ? (try? call.positional[1].toInt()) : nil) ?? 0
      } else { nil }
    var shapes: [[Int]] = []
    var strides: [[Int]] = []
    for item in items {
      // An item that is not an array becomes a new C-ordered one: it takes no part in the sort.
      guard case .tensor(let array) = item else { continue }
      var shape = array.shape
      var stride = array.memoryStrides
      // The axes of extent 1 NumPy's function adds before concatenating; their strides take no part in the sort.
      var added: [Int] = []
      switch name {
      case "stack":
        guard var axis = stackAxis, array.ndim == ndim - 1 else {
          return settle(result, operands: arrays, rule: .unknown("np.stack"))
        }
        if axis < 0 { axis += ndim }
        guard axis >= 0 && axis < ndim else { return result }
        added = [axis]
      case "vstack", "row_stack": if array.ndim == 1 { added = [0] }
      case "column_stack": if array.ndim == 1 { added = [1] }
      case "dstack":
        if array.ndim == 1 { added = [0, 2] } else if array.ndim == 2 { added = [2] }
      default: break
      }
      for axis in added {
        shape.insert(1, at: axis)
        stride.insert(0, at: axis)
      }
      guard shape.count == ndim else { return settle(result, operands: arrays, rule: .unknown("np.\(name)")) }
      shapes.append(shape)
      strides.append(stride)
    }
    return settle(
      result, operands: arrays, rule: .order(MemoryOrder.multiSortedOrder(shapes: shapes, strides: strides)))
  }

  /// `np.median(a, axis=k)`: NumPy partitions a copy of `a` allocated like it (`copy(order='K')`,
  /// `MemoryOrder.likeOrder`) and averages the middle one or two along `k`, a reduction of that part of the copy
  /// (`MemoryOrder.reducedOrder`'s rule). Other axes and `keepdims` (a view with new axes) are not followed.
  private static func medianRule(_ call: CallArguments) -> Rule {
    guard case .tensor(let array) = call.positional.first else { return .unknown("np.median") }
    if let origin = array.layoutUnknownOrigin { return .unknown(origin) }
    let axisValue = call.keywords.first { $0.name == "axis" }?.value ?? call.positional.dropFirst().first
    guard call.keywords.allSatisfy({ $0.name == "axis" }), call.positional.count <= 2, let axisValue,
      var axis = try? axisValue.toInt(), array.ndim > 1
    else { return .unknown("np.median") }
    if axis < 0 { axis += array.ndim }
    guard axis >= 0, axis < array.ndim, !array.shape.contains(0) else { return .unknown("np.median") }
    // The copy's axes outermost first, its dense strides, and the part of it averaged (one or two along `axis`).
    let copyOrder = MemoryOrder.likeOrder(array) ?? Array(0..<array.ndim)
    let denseStrides = ViewTracking.rowMajorStrides(copyOrder.map { array.shape[$0] })
    var copyStrides = [Int](repeating: 0, count: array.ndim)
    for (j, copyAxis) in copyOrder.enumerated() { copyStrides[copyAxis] = denseStrides[j] }
    var partShape = array.shape
    partShape[axis] = array.shape[axis] % 2 == 1 ? 1 : 2
    let walked = partShape.indices.map { partShape[$0] == 1 ? 0 : copyStrides[$0] }
    let order = MemoryOrder.iteratorOrder([walked], ndim: array.ndim).filter { $0 != axis }
    return .order(MemoryOrder.normalized(order.map { $0 > axis ? $0 - 1 : $0 }))
  }

  /// True when a `round` call rounds to 0 decimals (NumPy then calls the ufunc `rint`); `decimalsAt` is the
  /// positional place of `decimals`.
  private static func roundsToUnits(_ call: CallArguments, decimalsAt place: Int) -> Bool {
    let decimals = call.keywords.first { $0.name == "decimals" }?.value ?? call.positional.dropFirst(place).first
    guard let decimals else { return true }
    return (try? decimals.toInt()) == 0
  }

  /// `np.nanmax(a, axis)` and `np.nanmin`: NumPy's `fmax.reduce`, a reduction that keeps the other axes in `a`'s
  /// memory order (`MemoryOrder.reducedOrder`).
  private static func reductionRule(_ call: CallArguments) -> Rule {
    guard case .tensor(let array) = call.positional.first else { return .unknown("np.nanmax") }
    if let origin = array.layoutUnknownOrigin { return .unknown(origin) }
    let axisValue = call.keywords.first { $0.name == "axis" }?.value ?? call.positional.dropFirst().first
    let keepdims = call.keywords.first { $0.name == "keepdims" }.flatMap { try? $0.value.truthValue() } ?? false
    var axes: [Int]
    switch axisValue {
    case nil, .none?: axes = Array(0..<array.ndim)
    case .tuple(let items)?: axes = items.items.compactMap { try? $0.toInt() }
    case let value?:
      guard let axis = try? value.toInt() else { return .unknown("np.nanmax") }
      axes = [axis]
    }
    axes = axes.map { $0 < 0 ? $0 + array.ndim : $0 }
    guard axes.allSatisfy({ $0 >= 0 && $0 < array.ndim }) else { return .unknown("np.nanmax") }
    return .order(MemoryOrder.reducedOrder(array, axes: axes, keepdims: keepdims))
  }

  /// `np.triu(m)` and `np.tril`: NumPy's `where(mask, zeros(1), m)` over a C-ordered mask of the last two axes,
  /// which its iterator compares first (C order wins where the mask and `m` disagree).
  private static func triangleRule(_ call: CallArguments) -> Rule {
    guard case .tensor(let array) = call.positional.first, array.ndim >= 2 else { return .order(nil) }
    if let origin = array.layoutUnknownOrigin { return .unknown(origin) }
    let ndim = array.ndim
    let own = array.memoryStrides
    let mask = (0..<ndim).map { axis in
      axis < ndim - 2 || array.shape[axis] == 1 ? 0 : (axis == ndim - 1 ? 1 : array.shape[ndim - 1])
    }
    let strides = (0..<ndim).map { array.shape[$0] == 1 ? 0 : own[$0] }
    return .order(MemoryOrder.normalized(MemoryOrder.iteratorOrder([mask, strides], ndim: ndim)))
  }

  /// Where `order=` of these creation functions is given by position (`settleFortranCreation` relies on every position
  /// being 2 or more).
  private static let creationOrderPosition: [String: Int] = [
    "numpy.array": Int.max, "numpy.asarray": 2, "numpy.zeros": 2, "numpy.ones": 2, "numpy.empty": 2, "numpy.full": 3,
  ]

  /// A new array made with `order='F'` (`NumpyFunctions.requireCreationOrder` refuses what is not new): Fortran
  /// order, its axes in memory last first; nil for every other call.
  private static func settleFortranCreation(_ name: String, _ call: CallArguments, _ result: Value) -> Value? {
    // Every creation function's `order` comes third or later: a call of two positional arguments and no keywords
    // cannot give one, and is told so without hashing its name (about 380 instructions of every `np.exp(a)`).
    guard call.positional.count > 2 || !call.keywords.isEmpty else { return nil }
    guard let position = creationOrderPosition[name], case .tensor(var array) = result, array.ndim > 1,
      !array.isView
    else { return nil }
    let order =
      call.keywords.first(where: { $0.name == "order" })?.value
      ?? (position < call.positional.count ? call.positional[position] : nil)
    guard (try? NumpyFunctions.creationOrder(order)) == "F" else { return nil }
    array.memoryAxes = Array((0..<array.ndim).reversed())
    return .tensor(array)
  }

  /// `np.einsum(…)`: a view of its one operand where NumPy returns one (`ViewTracking`), else the order NumPy's
  /// iterator allocates its output in (`EinsumLayout`).
  private static func settleEinsum(_ call: CallArguments, _ result: Value) -> Value {
    guard case .tensor(let output) = result, !output.isView, case .string(let text)? = call.positional.first
    else { return result }
    let operands = call.positional.dropFirst().compactMap(\.tensorOperand)
    guard operands.count == call.positional.count - 1 else { return result }
    if let order = EinsumLayout.outputOrder(text, operands, shape: output.shape) {
      return settle(result, operands: operands, rule: .order(MemoryOrder.normalized(order)))
    }
    guard operands.contains(where: \.isNotRowMajor) else { return result }
    return settle(result, operands: operands, rule: .unknown("np.einsum"))
  }

  /// True when an argument, or an item of a list or tuple argument, is an array NumPy would not hold in C order.
  private static func mayHoldNonRowMajor(_ call: CallArguments) -> Bool {
    call.positional.contains { mayHoldNonRowMajor($0) } || call.keywords.contains { mayHoldNonRowMajor($0.value) }
  }

  /// True when an argument is, or a list or tuple argument holds, an array not in C order (`settleByOperands` leaves
  /// a call's result as it is when no argument is).
  static func mayHoldNonRowMajor(_ value: Value) -> Bool {
    func check(_ value: Value, nested: Bool) -> Bool {
      switch value {
      case .tensor(let tensor): return tensor.isNotRowMajor
      case .list(let items), .tuple(let items):
        return !nested && items.items.contains { check($0, nested: true) }
      default: return false
      }
    }
    return check(value, nested: false)
  }

  /// The tensors among a call's arguments, and those of lists and tuples among them.
  private static func operands(of call: CallArguments) -> [Tensor] {
    var tensors: [Tensor] = []
    func collect(_ value: Value, depth: Int) {
      switch value {
      case .tensor(let tensor): tensors.append(tensor)
      case .list(let items),
        .tuple(let items) where depth == 0:
        for item in items.items { collect(item, depth: 1) }
      default: break
      }
    }
    for value in call.positional { collect(value, depth: 0) }
    for keyword in call.keywords { collect(keyword.value, depth: 0) }
    return tensors
  }
}

extension Value {
  /// The array this value holds, when it is one.
  fileprivate var tensorOperand: Tensor? {
    if case .tensor(let tensor) = self { return tensor }
    return nil
  }
}

extension Tensor {
  /// True when NumPy would not hold this value in C order, or docbuild does not know its order.
  fileprivate var isNotRowMajor: Bool {
    // The value's own unknown order and, for a view, its root's.
    if hasUnknownLayout || memoryAxes != nil { return true }
    // `isView` reads the tag in place: `view != nil` copied the view out (the outlined copy of an optional view goes
    // through the runtime's generic witness), about 200 instructions of every `np.exp(a)`.
    guard isView, !isRowMajorView else { return false }
    // A view with axes of extent 1 whose strides are not C order's decides those axes' strides in a result; a
    // broadcast view's axes of stride 0 come last in a copy like it (`PyArray_CreateSortedStridePerm`).
    // The view's strides and the shape read once for the tests below (`iterationOrder` and each axis's test read them
    // again, about 450 instructions of every operation on `a.reshape(…)`). `iterationOrder` is nil for strides in
    // C order (its own first test) and for a view without whole strides or elements, where it gives `memoryAxes`
    // (nil here); only other strides ask it.
    let placement = rootPlacement
    let extents = shape
    let placed = placement.positions == nil && placement.strides.count == extents.count
    if placed && size > 0 && !MemoryOrder.isIteratorOrdered(extents, placement.strides) && iterationOrder != nil {
      return true
    }
    if extents.contains(1) && !isCContiguous { return true }
    // A broadcast axis: an extent above 1 with stride 0 (`np.broadcast_to`, `np.broadcast_arrays`).
    guard placed else { return false }
    for axis in extents.indices where extents[axis] > 1 && placement.strides[axis] == 0 { return true }
    return false
  }
}
