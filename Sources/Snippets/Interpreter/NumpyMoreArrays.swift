import TensorCore

/// `np.insert`, `np.resize`, `np.geomspace`, `np.block` and `np.nanmedian`, each following NumPy 2.4's own Python
/// code step by step; `insert` and `resize` are built of recorded concatenations and gathers, so they differentiate.
enum NumpyMoreArrays {
  /// True for the Python int 0 (an axis= that moves nothing for scalar ends).
  static func isZero(_ value: Value) -> Bool {
    if case .int(0) = value { return true }
    return false
  }

  /// The names answered.
  static let names: Set<String> = ["insert", "resize", "geomspace", "block"]

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "insert":
      let bound = try call.bind(["arr", "obj", "values", "axis"], required: 3)
      let array = try bound.value("arr").toTensor()
      let values = try bound.value("values").toTensor()
      return .tensor(try insert(array, bound.value("obj"), values, axis: bound["axis"]?.toAxis()))
    case "resize":
      let bound = try call.bind(["a", "new_shape"], required: 2)
      let array = try bound.value("a").toTensor()
      let shape = try bound.value("new_shape").toShape()
      return .tensor(try core { try resize(array, shape) })
    case "geomspace":
      let bound = try call.bind(["start", "stop", "num", "endpoint", "dtype", "axis"], required: 2)
      if ["start", "stop", "num"].contains(where: { bound.values[$0]?.isNone == true }) {
        throw NumpyArrays.unsupported("np.geomspace with None for start, stop or num is not supported in snippets")
      }
      let start = try bound.value("start").toTensor()
      let stop = try bound.value("stop").toTensor()
      guard start.ndim == 0, stop.ndim == 0, !start.dtype.isComplex, !stop.dtype.isComplex else {
        throw NumpyArrays.unsupported("np.geomspace of arrays or complex values is not supported in snippets")
      }
      if let narrow = [start, stop].first(where: { $0.dtype.isNarrowFloat && !$0.isPythonScalar }) {
        throw NumpyArrays.unsupported(
          "np.geomspace with \(narrow.dtype) ends is not supported in snippets: NumPy computes in that dtype")
      }
      if let axis = bound["axis"], !Self.isZero(axis) {
        throw NumpyArrays.unsupported("np.geomspace's axis= is not supported in snippets")
      }
      let count = try bound["num"]?.toInt() ?? 50
      let endpoint = try bound.values["endpoint"]?.truthValue() ?? true
      let dtype = try bound["dtype"]?.toDType()
      return .tensor(
        try core {
          try geomspace(start.doubles[0], stop.doubles[0], count: count, endpoint: endpoint, dtype: dtype)
        })
    case "block":
      let arrays = try call.bind(["arrays"], required: 1).value("arrays")
      return .tensor(try block(arrays))
    default:
      return nil
    }
  }

  /// Full slices on every axis but `axis`, which takes `item`.
  private static func along(_ axis: Int, _ ndim: Int, _ item: IndexItem) -> [IndexItem] {
    (0..<ndim).map { $0 == axis ? item : .slice(start: nil, stop: nil, step: nil) }
  }

  /// `(1,2)`: a shape as NumPy's broadcast messages print it.
  private static func compact(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
  }

  /// `np.insert(arr, obj, values, axis)`: the result gathered from `arr` and the (broadcast) values joined along
  /// the axis, so both operands' gradients flow back through the gather.
  static func insert(_ given: Tensor, _ obj: Value, _ valuesGiven: Tensor, axis givenAxis: Int?) throws(PythonError)
    -> Tensor
  {
    var array = given
    var axis = 0
    if let givenAxis {
      axis = try AxisConversion.normalized(givenAxis, ndim: array.ndim)
    } else if array.ndim != 1 {
      array = try core { try given.flatten() }
    }
    let ndim = array.ndim
    let count = array.shape[axis]
    var indices: [Int]
    var isScalarIndex = false
    switch obj {
    case .slice(let start, let stop, let step):
      if step == 0 { throw PythonError.value("slice step cannot be zero") }
      indices = AxisArguments.slicePositions(start, stop, step, count: count)
    default:
      let tensor = try obj.toTensor()
      if tensor.dtype == .bool {
        throw NumpyArrays.unsupported("np.insert with a boolean obj is not supported in snippets")
      }
      if tensor.dtype.isInexact && tensor.ndim == 0 {
        throw PythonError.type("slice indices must be integers or None or have an __index__ method")
      }
      // An empty list is cast to intp; other float arrays are NumPy's IndexError.
      if tensor.dtype.isInexact && tensor.size > 0 {
        throw PythonError("IndexError", "arrays used as indices must be of integer (or boolean) type")
      }
      if tensor.ndim > 1 {
        throw PythonError.value("index array argument obj to insert must be one dimensional or scalar")
      }
      isScalarIndex = tensor.ndim == 0
      indices = try tensor.exactInts()
    }
    // NumPy converts the values to the array's dtype as np.array(values, dtype=) does (floats truncated to ints).
    var values = valuesGiven
    if values.dtype != array.dtype || values.isPythonScalar {
      let converted = values
      values = try core { try Tensor.array(.tensor(converted), dtype: array.dtype) }
    }
    let inserted: [Int]
    var newShape = array.shape
    if indices.count == 1 {
      var index = indices[0]
      if index < -count || index > count {
        throw PythonError("IndexError", "index \(obj.str) is out of bounds for axis \(axis) with size \(count)")
      }
      if index < 0 { index += count }
      if values.ndim < ndim {
        let raised = values
        values = try core { try raised.reshape([Int](repeating: 1, count: ndim - raised.ndim) + raised.shape) }
      }
      if isScalarIndex && axis != 0 && values.ndim > 0 {
        let moved = values
        values = try core { try moved.movingAxes(from: [0], to: [axis]) }
      }
      let added = values.ndim > axis ? values.shape[axis] : 1
      newShape[axis] = added
      inserted = Array(repeating: index, count: added)
    } else {
      for position in indices.indices where indices[position] < 0 { indices[position] += count }
      newShape[axis] = indices.count
      inserted = indices
    }
    let target = newShape
    let broadcast: Tensor
    do {
      let source = values
      broadcast = try core { try source.broadcast(to: target) }
    } catch {
      // One index writes a slice (basic indexing's error); several write through an index array (advanced's).
      if indices.count == 1 {
        throw PythonError.value(
          "could not broadcast input array from shape \(compact(values.shape)) into shape \(compact(target))")
      }
      throw PythonError.value(
        "shape mismatch: value array of shape \(compact(values.shape)) could not be broadcast to indexing result of "
          + "shape \(compact(target))")
    }
    // The stable order NumPy sorts the insertion points in, each shifted by the number inserted before it.
    let added = inserted.count
    let total = count + added
    var order = Array(0..<added)
    order.sort { inserted[$0] < inserted[$1] || (inserted[$0] == inserted[$1] && $0 < $1) }
    var source = [Int](repeating: -1, count: total)
    for (rank, k) in order.enumerated() {
      var position = inserted[k] + rank
      if position < 0 { position += total }
      guard position >= 0, position < total else {
        throw PythonError(
          "IndexError", "index \(inserted[k] + rank) is out of bounds for axis \(axis) with size \(total)")
      }
      guard source[position] == -1 else {
        throw NumpyArrays.unsupported("np.insert with insertion points that collide is not supported in snippets")
      }
      source[position] = count + k
    }
    var next = 0
    for position in 0..<total where source[position] == -1 {
      source[position] = next
      next += 1
    }
    let picks = source
    let base = array
    return try core {
      let joined = try Tensor.concatenate([base, broadcast], axis: axis)
      return try joined.index(along(axis, ndim, .indices(shape: [total], values: picks)))
    }
  }

  /// `np.resize(a, new_shape)`: the flattened elements repeated cyclically to fill the shape (zeros when empty).
  static func resize(_ array: Tensor, _ shape: [Int]) throws -> Tensor {
    if shape.contains(where: { $0 < 0 }) {
      throw TensorError("ValueError", "all elements of `new_shape` must be non-negative")
    }
    let flat = try array.flatten()
    var size = 1
    for extent in shape {
      let (product, overflow) = size.multipliedReportingOverflow(by: extent)
      size = overflow ? Int.max : product
    }
    if flat.size == 0 || size == 0 { return try Tensor.zeros(shape, dtype: array.dtype) }
    let copies = (size + flat.size - 1) / flat.size
    let repeated = try flat.tiled([copies])
    return try repeated.index([.slice(start: nil, stop: size, step: nil)]).reshape(shape)
  }

  /// `np.geomspace(start, stop, num, endpoint, dtype)` for real scalars, as NumPy: `logspace` of the base-10
  /// logarithms of the sign-rotated ends, the ends put back exactly, the sign restored, then the dtype cast.
  static func geomspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool, dtype: DType?) throws -> Tensor {
    if start == 0 || stop == 0 { throw TensorError("ValueError", "Geometric sequence cannot include zero") }
    if count < 0 { throw TensorError("ValueError", "Number of samples, \(count), must be non-negative.") }
    let sign = start > 0 ? 1.0 : start < 0 ? -1.0 : start
    let (low, high) = (start / sign, stop / sign)
    let logs = try Tensor(low).apply(.log10).doubles[0]
    let logStop = try Tensor(high).apply(.log10).doubles[0]
    var base = Tensor(10.0)
    base.isPythonScalar = true
    var values = try base.power(Tensor.linspace(logs, logStop, num: count, endpoint: endpoint)).doubles
    if count > 0 {
      values[0] = low
      if count > 1 && endpoint { values[count - 1] = high }
    }
    let result = Tensor(shape: [count], storage: .float64(values.map { $0 * sign }))
    guard let dtype, dtype != .float64 else { return result }
    return try result.astype(dtype)
  }

  /// `np.block(arrays)`: nested lists joined innermost-first along the last axes.
  static func block(_ arrays: Value) throws(PythonError) -> Tensor {
    if case .tuple = arrays {
      throw PythonError.type(
        "arrays is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit "
          + "conversion from tuple to ndarray.")
    }
    // The nesting depth of every leaf, checked equal as NumPy does.
    var leaves: [(path: String, depth: Int, tensor: Tensor)] = []
    func walk(_ value: Value, _ path: String, _ depth: Int) throws(PythonError) {
      switch value {
      case .tuple:
        throw PythonError.type(
          "\(path) is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit "
            + "conversion from tuple to ndarray.")
      case .list(let items):
        if items.count == 0 { throw PythonError.value("List at \(path) cannot be empty") }
        for (k, item) in items.enumerated() { try walk(item, "\(path)[\(k)]", depth + 1) }
      default:
        let tensor = try core { try Tensor.array(value.toNested()) }
        leaves.append((path, depth, tensor))
      }
    }
    try walk(arrays, "arrays", 0)
    let depth = leaves[0].depth
    if let other = leaves.first(where: { $0.depth != depth }) {
      throw PythonError.value(
        "List depths are mismatched. First element was at depth \(depth), but there is an element at depth "
          + "\(other.depth) (\(other.path))")
    }
    let ndim = Swift.max(depth, leaves.map(\.tensor.ndim).max() ?? 0)
    var next = 0
    func build(_ value: Value, _ level: Int) throws(PythonError) -> Tensor {
      guard level < depth, case .list(let items) = value else {
        let leaf = leaves[next].tensor
        next += 1
        if leaf.ndim >= ndim { return leaf }
        return try core { try leaf.reshape([Int](repeating: 1, count: ndim - leaf.ndim) + leaf.shape) }
      }
      var parts: [Tensor] = []
      for item in items { parts.append(try build(item, level + 1)) }
      let joined = parts
      return try core { try Tensor.concatenate(joined, axis: ndim - (depth - level)) }
    }
    return try build(arrays, 0)
  }
}
