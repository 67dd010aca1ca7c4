import TensorCore

/// The NumPy functions whose result is a view of an array NumPy made on the way and does not return: `np.nonzero`'s
/// index arrays are columns of one (n, ndim) array, `np.linspace` scales an `arange` in place and returns it
/// reshaped, `np.isin` and `np.roll` reshape a flat result, `np.kron` and `np.tensordot` a product of another shape.
/// docbuild computes the same values directly; here each result becomes the view NumPy returns (OWNDATA False, that
/// array as `.base`, its strides and contiguity, `np.shares_memory` between the parts), found by
/// `Fuzz/dtype_sweep.py --variants python` and checked by fixture `interpreter/507-*`.
enum IntermediateViews {
  /// The functions `Interpreter.intermediateView` answers for.
  static let functions: NameSet = [
    "nonzero", "where", "flatnonzero", "argwhere", "isin", "roll", "isclose", "kron", "tensordot", "cov", "corrcoef",
    "linspace", "histogram", "histogram_bin_edges", "unique", "cross",
  ]

  /// `result` as NumPy's view, at `offset` with `strides` (row-major by default), of a new array holding `values`
  /// (`result`'s own elements by default) in `ownerShape`; of `part` of each element when `values` are complex.
  static func view(
    _ result: Tensor, ofNew ownerShape: [Int], values: Tensor? = nil, offset: Int = 0, strides: [Int]? = nil,
    part: ViewPart = .whole
  ) -> Tensor {
    var owner = (values ?? result).asNewArray()
    owner.isScalar = false
    owner.isPythonScalar = false
    owner.shape = ownerShape
    // NumPy allocates the array in C order, whatever order the values docbuild computed it from were held in,
    // unless it is the result itself, in its own order.
    if values != nil, owner.memoryAxes != nil { owner.memoryAxes = nil }
    owner.ensureRoot()
    return result.asView(
      geometry(of: result, offset: offset, strides: strides ?? ViewTracking.rowMajorStrides(result.shape), part: part),
      of: owner.lineage)
  }

  /// The geometry of a view: an empty one's strides are refused by name (`ArrayView.hasUnfollowedStrides`), as
  /// docbuild gives a view of an empty array strides of 0 where NumPy keeps those its steps computed.
  private static func geometry(of result: Tensor, offset: Int, strides: [Int], part: ViewPart = .whole) -> ArrayView {
    var geometry = ArrayView(offset: offset, strides: strides, part: part)
    if result.size == 0 { geometry.hasUnfollowedStrides = true }
    return geometry
  }

  /// `np.nonzero`'s index arrays (one per axis, each of n elements) as NumPy returns them: columns of one new
  /// (n, ndim) array (`PyArray_Nonzero`), each stepping ndim elements, all at offset 0 when n is 0.
  static func nonzeroColumns(_ result: Value) throws(PythonError) -> Value {
    guard case .tuple(let items) = result, !items.isEmpty else { return result }
    var columns: [Tensor] = []
    for item in items.items {
      guard case .tensor(let column) = item, column.ndim == 1, !column.isView else { return result }
      columns.append(column)
    }
    let count = columns[0].size
    let owner = try core { try Tensor.stack(columns, axis: 1) }
    owner.ensureRoot()
    var views: [Value] = []
    for (axis, column) in columns.enumerated() {
      let geometry = geometry(of: column, offset: count == 0 ? 0 : axis, strides: [columns.count])
      views.append(.tensor(column.asView(geometry, of: owner.lineage)))
    }
    return try .makeTuple(views)
  }

  /// `np.cross(a, b, axisa, axisb, axisc, axis)` with a vector of 3 among its operands: `moveaxis(cp, -1, axisc)`,
  /// a view of the array `cp` the products were written into, whose last axis holds the components (of two vectors
  /// of 2, nil: the new array of the z components). `made` is the result the call computed, so its arguments were
  /// valid.
  static func crossView(_ made: Tensor, _ call: CallArguments) throws(PythonError) -> Tensor? {
    let bound = try call.bind(["a", "b", "axisa", "axisb", "axisc", "axis"], required: 2)
    guard let x = try? bound.value("a").toTensor(), let y = try? bound.value("b").toTensor() else { return nil }
    func axis(_ name: String, of ndim: Int) -> Int? {
      var given = bound.value(name)
      if case .none = given { given = .int(-1) }
      if case .none = bound.value("axis") {} else { given = bound.value("axis") }
      guard case .int(let value) = given, ndim > 0, -ndim <= value, value < ndim else { return nil }
      return value < 0 ? value + ndim : value
    }
    guard let axisA = axis("axisa", of: x.ndim), let axisB = axis("axisb", of: y.ndim),
      x.shape[axisA] != 2 || y.shape[axisB] != 2, let axisC = axis("axisc", of: made.ndim)
    else { return nil }
    // `cp`'s axes: the result's other axes in order, then the components.
    let order = (0..<made.ndim).filter { $0 != axisC } + [axisC]
    let components = try core { try made.transpose(order) }
    let ownerStrides = ViewTracking.rowMajorStrides(components.shape)
    var strides = [Int](repeating: 0, count: made.ndim)
    for (ownerAxis, resultAxis) in order.enumerated() { strides[resultAxis] = ownerStrides[ownerAxis] }
    return view(made, ofNew: components.shape, values: components, strides: strides)
  }

  /// `np.argwhere(a)` of an array of one or more axes: `transpose(nonzero(a))`, the (n, ndim) view of the new
  /// (ndim, n) array NumPy stacks the index arrays into.
  /// Of a 0-d array, `argwhere(atleast_1d(a))[:, :0]`: a view of the (1, n) array of the one element's index 0.
  static func argwhere(_ result: Tensor, ofZeroDimensional: Bool) throws(PythonError) -> Tensor? {
    guard result.ndim == 2, !result.isView else { return nil }
    let count = result.shape[0]
    if ofZeroDimensional {
      guard result.shape[1] == 0 else { return nil }
      let indices = try core { try Tensor.zeros([1, count], dtype: .int64) }
      return view(result, ofNew: [1, count], values: indices, strides: [1, count])
    }
    guard result.shape[1] > 0 else { return nil }
    let stacked = try core { try result.transpose(nil) }
    return view(result, ofNew: stacked.shape, values: stacked, strides: [1, count])
  }
}

extension Interpreter {
  /// `result` of `np.name(…)` as the view NumPy returns of an array it made on the way (`IntermediateViews`); nil
  /// where NumPy returns an array of its own, or where the call is not one whose view is followed here.
  mutating func intermediateView(_ name: String, _ call: CallArguments, _ result: Value) throws(PythonError) -> Value? {
    switch name {
    case "nonzero":
      return try IntermediateViews.nonzeroColumns(result)
    case "where" where call.positional.count == 1 && call.keywords.isEmpty:
      return try IntermediateViews.nonzeroColumns(result)
    case "linspace":
      return try linspaceView(call, result)
    case "unique":
      return try uniqueInverseView(call, result)
    case "histogram":
      // Counted bins' edges are `np.linspace`'s view of an `arange` scaled in place.
      guard Self.binsAreCounted(call), case .tuple(let parts) = result, parts.count == 2,
        case .tensor(let edges) = parts.items[1], !edges.isView
      else { return nil }
      return try .makeTuple([parts.items[0], .tensor(IntermediateViews.view(edges, ofNew: edges.shape))])
    default:
      break
    }
    guard case .tensor(let made) = result, !made.isScalar, !made.isView else { return nil }
    switch name {
    case "flatnonzero":
      // `np.nonzero(np.ravel(a))[0]`: the one column of an (n, 1) array.
      guard made.ndim == 1 else { return nil }
      return .tensor(IntermediateViews.view(made, ofNew: [made.size, 1]))
    case "argwhere":
      guard let operand = call.positional.first, call.positional.count == 1, call.keywords.isEmpty else { return nil }
      let ofZeroDimensional = (try? operand.toTensor().ndim) == 0
      return try IntermediateViews.argwhere(made, ofZeroDimensional: ofZeroDimensional).map { .tensor($0) }
    case "isin":
      // `_isin(element, …).reshape(element.shape)`: a view of the flat answer.
      return .tensor(IntermediateViews.view(made, ofNew: [made.size]))
    case "roll":
      // Without an axis NumPy rolls `a.ravel()` and reshapes the result: a view of the flat roll.
      let hasAxis = call.positional.count > 2 || call.keywords.contains { $0.name == "axis" }
      return hasAxis ? nil : .tensor(IntermediateViews.view(made, ofNew: [made.size]))
    case "isclose":
      // `result[()]`: of an array of one or more axes, a view of it.
      // Of operands held in another order than C's, the result's order is settled after this (`ResultLayout`).
      guard made.ndim > 0, !call.positional.contains(where: ResultLayout.mayHoldNonRowMajor) else { return nil }
      return .tensor(IntermediateViews.view(made, ofNew: made.shape))
    case "kron":
      return try kronView(call, made)
    case "tensordot":
      return try tensordotView(call, made)
    case "histogram_bin_edges":
      return Self.binsAreCounted(call) ? .tensor(IntermediateViews.view(made, ofNew: made.shape)) : nil
    case "cross":
      return try IntermediateViews.crossView(made, call).map { .tensor($0) }
    case "cov", "corrcoef":
      // Of no variables NumPy returns `np.array([]).reshape(0, 0)`, a view of an empty array (whose strides it
      // computes afresh: refused by name).
      if made.shape == [0, 0], made.dtype == .float64 { return .tensor(IntermediateViews.view(made, ofNew: [0])) }
      // `c.squeeze()` of the (1, 1) covariance of one variable is a 0-d view of it; a larger one is returned as it is.
      guard name == "cov", made.ndim == 0 else { return nil }
      return .tensor(IntermediateViews.view(made, ofNew: [1, 1]))
    default:
      return nil
    }
  }

  /// True when `np.histogram`'s or `np.histogram_bin_edges`'s bins are a count or a rule's name, whose edges
  /// `np.linspace` makes; false for given edges.
  private static func binsAreCounted(_ call: CallArguments) -> Bool {
    let bins = call.positional.count > 1 ? call.positional[1] : call.keywords.first { $0.name == "bins" }?.value
    switch bins {
    case nil, .int?, .string?: return true
    default: return false
    }
  }

  /// `np.linspace(start, stop, num)` of two scalars: NumPy's `arange(0, num).reshape(-1)`, scaled and shifted in
  /// place, then `astype(dtype, copy=False)`: a view of that `arange` unless the dtype asked for is another (a
  /// copy), or there is no step (`num` 1 with its endpoint, or 0: a new product).
  private mutating func linspaceView(_ call: CallArguments, _ result: Value) throws(PythonError) -> Value? {
    var line: Tensor
    switch result {
    case .tensor(let made): line = made
    case .tuple(let parts) where parts.count == 2:
      guard case .tensor(let made) = parts.items[0] else { return nil }
      line = made
    default: return nil
    }
    guard line.ndim == 1, !line.isView, call.positional.count <= 3,
      call.keywords.allSatisfy({ ["num", "endpoint", "retstep", "dtype"].contains($0.name) })
    else { return nil }
    for bound in call.positional.prefix(2) {
      switch bound {
      case .int, .float, .bool: continue
      case .tensor(let value) where value.ndim == 0: continue
      default: return nil
      }
    }
    let endpoint = try call.keywords.first { $0.name == "endpoint" }?.value.truthValue() ?? true
    if (endpoint ? line.size - 1 : line.size) <= 0 { return nil }
    if let dtype = call.keywords.first(where: { $0.name == "dtype" })?.value, !dtype.isNone {
      var plain = call
      plain.keywords.removeAll { $0.name == "dtype" }
      guard case .tensor(let unconverted) = try callFunction("numpy.linspace", plain), unconverted.dtype == line.dtype
      else { return nil }
    }
    line = IntermediateViews.view(line, ofNew: line.shape)
    guard case .tuple(let parts) = result else { return .tensor(line) }
    return try .makeTuple([.tensor(line), parts.items[1]])
  }

  /// `np.unique(…, return_inverse=True)` without an axis: the inverse is NumPy's reshape of its flat inverse to the
  /// array's shape, a view of it.
  private func uniqueInverseView(_ call: CallArguments, _ result: Value) throws(PythonError) -> Value? {
    guard case .tuple(let parts) = result, parts.count >= 2,
      !call.keywords.contains(where: { $0.name == "axis" && !$0.value.isNone }), call.positional.count == 1,
      try call.keywords.first(where: { $0.name == "return_inverse" })?.value.truthValue() == true
    else { return nil }
    let returnsCounts = try call.keywords.first { $0.name == "return_counts" }?.value.truthValue() ?? false
    let slot = parts.count - (returnsCounts ? 2 : 1)
    guard case .tensor(let inverse) = parts.items[slot], !inverse.isView, !inverse.isScalar else { return nil }
    var items = parts.items
    items[slot] = .tensor(IntermediateViews.view(inverse, ofNew: [inverse.size]))
    return try .makeTuple(items)
  }

  /// `np.kron(a, b)` where `b` has an axis: `multiply` of `a` and `b` with their axes interleaved, then `reshape`d,
  /// a view of that product.
  private func kronView(_ call: CallArguments, _ made: Tensor) throws(PythonError) -> Value? {
    guard call.positional.count == 2, call.keywords.isEmpty,
      let a = try? call.positional[0].toTensor(), let b = try? call.positional[1].toTensor(),
      b.ndim > 0
    else { return nil }
    // `array(a, ndmin=b.ndim)` first; with a 0-d operand still, the product is `multiply`'s own array.
    let aShape = [Int](repeating: 1, count: Swift.max(0, b.ndim - a.ndim)) + a.shape
    guard !aShape.isEmpty else { return nil }
    let axes = Swift.max(aShape.count, b.ndim)
    let first = [Int](repeating: 1, count: axes - aShape.count) + aShape
    let second = [Int](repeating: 1, count: axes - b.ndim) + b.shape
    let interleaved = (0..<axes).flatMap { [first[$0], second[$0]] }
    guard interleaved.reduce(1, *) == made.size else { return nil }
    return .tensor(IntermediateViews.view(made, ofNew: interleaved))
  }

  /// `np.tensordot(a, b, axes)`: `dot` of `a` and `b` reshaped to (free of a, summed) and (summed, free of b), then
  /// `reshape`d: a view of that (M, N) product.
  private func tensordotView(_ call: CallArguments, _ made: Tensor) throws(PythonError) -> Value? {
    guard call.positional.count >= 2, let a = try? call.positional[0].toTensor(),
      let b = try? call.positional[1].toTensor()
    else { return nil }
    // The free axes of `a` are the result's first `made.ndim - free of b` axes; of b, the rest.
    let summed = (a.ndim + b.ndim - made.ndim) / 2
    guard summed >= 0, summed <= a.ndim, summed <= b.ndim, a.ndim - summed + b.ndim - summed == made.ndim else {
      return nil
    }
    let rows = made.shape.prefix(a.ndim - summed).reduce(1, *)
    let columns = made.shape.suffix(b.ndim - summed).reduce(1, *)
    return .tensor(IntermediateViews.view(made, ofNew: [rows, columns]))
  }
}
