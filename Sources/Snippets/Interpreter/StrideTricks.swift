import TensorCore

/// `numpy.lib.stride_tricks`: `as_strided` and `sliding_window_view`, views with the shape and strides asked for into
/// the memory of the array they are given. NumPy's `as_strided` reads wherever the strides point, past the end of
/// the memory too; here every element must lie inside the memory of the array that owns it, or the call is refused.
enum StrideTricks {
  /// The module's functions.
  static let functions: Set<String> = ["as_strided", "sliding_window_view"]

  /// `numpy.lib.stride_tricks.name` as a function value, or nil.
  static func member(_ name: String) -> Value? {
    functions.contains(name) ? .function("numpy.lib.stride_tricks.\(name)") : nil
  }

  /// The refusal of `.base` of a stride-trick view: NumPy's is its private `DummyArray` object.
  static func baseRefusal() -> PythonError {
    NumpyArrays.unsupported(
      "a.base of a view made by numpy.lib.stride_tricks (or a view of one) is not supported in snippets: NumPy's is "
        + "its private DummyArray object; keep the array you passed to as_strided or sliding_window_view instead")
  }

  /// True when two elements of `view` are the same memory (a sliding window's neighbours).
  static func aliasesItself(_ view: Tensor) -> Bool {
    let positions = view.rootPositions()
    return Set(positions).count != positions.count
  }

  /// True when `view[items]` is one element, or a basic-indexed part of `view` in which no two elements share memory.
  static func partIsDistinct(_ view: Tensor, _ items: [IndexItem]) -> Bool {
    for item in items {
      switch item {
      case .indices, .mask: return false
      default: continue
      }
    }
    guard let part = try? view.index(items) else { return false }
    guard let geometry = try? view.viewGeometry(indexing: items) else { return part.isScalar }
    let positions = positions(offset: geometry.offset, shape: part.shape, strides: geometry.strides)
    return Set(positions).count == positions.count
  }

  /// `updated`, the new elements of `view`, made consistent where elements share memory: every element of a memory
  /// position shows the one value written there. With `partial` (an item assignment into a part of the view in which
  /// no two elements share memory) the elements that changed are the ones written; otherwise every element was
  /// written (`w += 1`), so all of a position's elements must hold the same new value. Anything else depends on the
  /// order NumPy's loop writes in, and is refused.
  static func settlingAliases(_ view: Tensor, _ updated: Tensor, partial: Bool) throws(PythonError) -> Tensor {
    let positions = view.rootPositions()
    var groups: [Int: [Int]] = [:]
    for (element, position) in positions.enumerated() { groups[position, default: []].append(element) }
    func settle<T>(_ old: [T], _ new: [T], _ same: (T, T) -> Bool) throws(PythonError) -> [T] {
      var result = new
      for members in groups.values where members.count > 1 {
        let written = partial ? members.filter { !same(old[$0], new[$0]) } : members
        guard let first = written.first else { continue }
        for member in written where !same(new[member], new[first]) { throw aliasedWriteRefusal() }
        for member in members { result[member] = new[first] }
      }
      return result
    }
    var result = updated
    switch (view.storage, updated.storage) {
    case (.float64(let old), .float64(let new)):
      result.storage = .float64(try settle(old, new) { $0.bitPattern == $1.bitPattern })
    case (.int64(let old), .int64(let new)):
      result.storage = .int64(try settle(old, new) { $0 == $1 })
    case (.bool(let old), .bool(let new)):
      result.storage = .bool(try settle(old, new) { $0 == $1 })
    case (.complex128(let old), .complex128(let new)):
      result.storage = .complex128(
        try settle(old, new) { $0.real.bitPattern == $1.real.bitPattern && $0.imag.bitPattern == $1.imag.bitPattern })
    default:
      throw aliasedWriteRefusal()
    }
    return result
  }

  /// The refusal of a write through a view whose elements share memory.
  static func aliasedWriteRefusal() -> PythonError {
    NumpyArrays.unsupported(
      "this write through a stride-trick view whose elements share memory (overlapping windows) is not supported in "
        + "snippets: it gives one memory position different values, and which one NumPy keeps depends on its loop "
        + "order; write into the array it views instead")
  }

  /// A tuple of ints as Python writes it: `(3,)`, `(3, 4)`.
  static func tupleText(_ values: [Int]) -> String {
    values.count == 1 ? "(\(values[0]),)" : "(" + values.map(String.init).joined(separator: ", ") + ")"
  }

  /// The memory position of every element of a view, in row-major order.
  static func positions(offset: Int, shape: [Int], strides: [Int]) -> [Int] {
    let count = shape.reduce(1, *)
    guard count > 0 else { return [] }
    var positions = [Int](repeating: 0, count: count)
    var index = [Int](repeating: 0, count: shape.count)
    var position = offset
    for element in 0..<count {
      positions[element] = position
      var axis = shape.count - 1
      while axis >= 0 {
        index[axis] += 1
        position += strides[axis]
        if index[axis] < shape[axis] { break }
        position -= strides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return positions
  }

  /// Axes given as an int or a sequence of ints, as `sliding_window_view` reads `window_shape` and `axis`.
  fileprivate static func integers(_ value: Value) throws(PythonError) -> [Int] {
    switch value {
    case .tuple(let items), .list(let items):
      var result: [Int] = []
      for item in items { result.append(try item.toInt()) }
      return result
    case .tensor(let tensor) where tensor.ndim == 1:
      guard tensor.dtype.isInteger || tensor.dtype == .bool else {
        throw PythonError.type("'float' object cannot be interpreted as an integer")
      }
      return try tensor.exactInts()
    case .bool:
      throw PythonError.type("an integer is required")
    default:
      return [try value.toInt()]
    }
  }

  /// A `shape=` or `strides=` argument of `as_strided`: a sequence of ints (NumPy calls `tuple()` on it).
  fileprivate static func sequence(_ value: Value) throws(PythonError) -> [Int] {
    switch value {
    case .tuple(let items), .list(let items):
      var result: [Int] = []
      for item in items { result.append(try item.toInt()) }
      return result
    case .tensor(let tensor) where tensor.ndim == 1 && (tensor.dtype.isInteger || tensor.dtype == .bool):
      return try tensor.exactInts()
    default:
      throw PythonError.type("'\(value.typeName)' object is not iterable")
    }
  }
}

extension Interpreter {
  /// Calls `numpy.lib.stride_tricks.name`.
  mutating func callStrideTrick(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "as_strided":
      let bound = try call.bind(["x", "shape", "strides", "subok", "writeable"], required: 1)
      let array = try strideTrickOperand(bound.value("x"), function: "as_strided")
      let itemsize = array.dtype.itemsize
      let shape = try bound["shape"].map { (value) throws(PythonError) in try StrideTricks.sequence(value) }
      let byteStrides = try bound["strides"].map { (value) throws(PythonError) in try StrideTricks.sequence(value) }
      let finalShape = shape ?? array.shape
      let finalStrides = byteStrides ?? array.geometry.strides.map { $0 * itemsize }
      if finalShape.count != finalStrides.count {
        throw PythonError.value("mismatch in length of strides and shape")
      }
      if finalShape.contains(where: { $0 < 0 }) { throw PythonError.value("negative dimensions are not allowed") }
      if let stride = finalStrides.first(where: { $0 % itemsize != 0 }) {
        throw PythonError.limit(
          "as_strided with a stride of \(stride) bytes over \(itemsize)-byte elements is not supported in snippets: "
            + "NumPy would read parts of two elements as one; use strides that are multiples of x.itemsize")
      }
      let writeable = try bound["writeable"]?.truthValue() ?? true
      return .tensor(
        try stridedView(
          of: array, shape: finalShape, strides: finalStrides.map { $0 / itemsize }, writeable: writeable,
          function: "as_strided"))
    default:
      let bound = try call.bind(["x", "window_shape", "axis", "subok", "writeable"], required: 2)
      let window = try StrideTricks.integers(bound.value("window_shape"))
      let array = try strideTrickOperand(bound.value("x"), function: "sliding_window_view")
      if window.contains(where: { $0 < 0 }) { throw PythonError.value("`window_shape` cannot contain negative values") }
      var axes: [Int]
      if let given = bound["axis"] {
        axes = []
        for axis in try StrideTricks.integers(given) {
          axes.append(try core { try AxisArguments.normalize(axis, ndim: array.ndim) })
        }
        if window.count != axes.count {
          throw PythonError.value(
            "Must provide matching length window_shape and axis; got \(window.count) window_shape elements and "
              + "\(axes.count) axes elements.")
        }
      } else {
        axes = Array(0..<array.ndim)
        if window.count != axes.count {
          throw PythonError.value(
            "Since axis is `None`, must provide window_shape for all dimensions of `x`; got \(window.count) "
              + "window_shape elements and `x.ndim` is \(array.ndim).")
        }
      }
      let strides = array.geometry.strides
      var trimmed = array.shape
      for (axis, extent) in zip(axes, window) {
        if trimmed[axis] < extent { throw PythonError.value("window shape cannot be larger than input array shape") }
        trimmed[axis] -= extent - 1
      }
      let writeable = try bound["writeable"]?.truthValue() ?? false
      return .tensor(
        try stridedView(
          of: array, shape: trimmed + window, strides: strides + axes.map { strides[$0] }, writeable: writeable,
          function: "sliding_window_view"))
    }
  }

  /// The array a stride trick views: an array as it is, a Python number or list as the new array NumPy makes of it.
  private func strideTrickOperand(_ value: Value, function: String) throws(PythonError) -> Tensor {
    let array: Tensor
    switch value {
    case .tensor(let tensor): array = tensor
    case .int, .float, .bool, .list, .tuple: array = try core { try Tensor.array(try value.toNested(), dtype: nil) }
    default:
      throw NumpyArrays.unsupported(
        "numpy.lib.stride_tricks.\(function) of a \(value.typeName) is not supported in snippets: pass a numeric "
          + "NumPy array")
    }
    let geometry = array.geometry
    if geometry.part != .whole || geometry.positions != nil || array.hasUnknownLayout
      || StructuredArrays.isFieldView(array)
    {
      throw NumpyArrays.unsupported(
        "numpy.lib.stride_tricks.\(function) of this array is not supported in snippets: docbuild does not follow "
          + "where NumPy keeps its elements (the .real or .imag of a complex array, a.flat, or a result NumPy lays "
          + "out in its own order); pass a copy, x.copy()")
    }
    return array
  }

  /// NumPy's view of `array`'s memory with `shape` and `strides` (in elements) from `array`'s first element: the
  /// elements are gathered from `array` where every one of them is one of its elements (so gradients flow), from
  /// the memory that owns it otherwise. A view reaching outside that memory is refused.
  private func stridedView(
    of array: Tensor, shape: [Int], strides: [Int], writeable: Bool, function: String
  ) throws(PythonError) -> Tensor {
    var count = 1
    for extent in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: Swift.max(extent, 1))
      guard !overflow, product <= 16_777_216 else {
        throw PythonError.limit(
          "numpy.lib.stride_tricks.\(function) would make a view of shape \(StrideTricks.tupleText(shape)), more than "
            + "16,777,216 elements, docbuild's limit for one value; use a smaller shape")
      }
      count = product
    }
    if shape.contains(0) { count = 0 }
    try core { try ResourceMeter.chargeWork(count) }
    let geometry = array.geometry
    array.ensureRoot()
    let memory = array.lineage.root.map { $0.shape.reduce(1, *) } ?? array.size
    var view = ArrayView(offset: geometry.offset, strides: strides, isWriteable: writeable && geometry.isWriteable)
    view.isStrideTrickView = true
    var positions: [Int] = []
    if count > 0 {
      var lowest = geometry.offset
      var highest = geometry.offset
      for (extent, stride) in zip(shape, strides) {
        lowest += Swift.min(0, stride * (extent - 1))
        highest += Swift.max(0, stride * (extent - 1))
      }
      if lowest < 0 || highest >= memory {
        let itemsize = array.dtype.itemsize
        let reach = lowest < 0 ? lowest * itemsize : (highest + 1) * itemsize
        throw PythonError.limit(
          "numpy.lib.stride_tricks.\(function) with shape \(StrideTricks.tupleText(shape)) and strides "
            + "\(StrideTricks.tupleText(strides.map { $0 * itemsize })) is not supported in snippets: it would read "
            + "\(lowest < 0 ? "\(-reach) bytes before" : "up to byte \(reach) of") the \(memory * itemsize)-byte "
            + "memory of the array it views, whose start is byte 0, and NumPy prints whatever lies there; choose a "
            + "shape and strides that stay inside that memory")
      }
      positions = StrideTricks.positions(offset: geometry.offset, shape: shape, strides: strides)
    }
    var elementAt: [Int: Int] = [:]
    for (index, position) in array.rootPositions().enumerated() { elementAt[position] = index }
    let picks = positions.compactMap { elementAt[$0] }
    var result: Tensor
    if picks.count == positions.count {
      result = try core {
        try array.reshape([array.size]).index([.indices(shape: shape, values: picks)])
      }
    } else {
      // Elements of the owner's memory that `array` itself does not show (`as_strided(a[::2], …)`).
      if let input = derivativeInput, array.dependsOn(input) {
        throw PythonError.limit(
          "numpy.lib.stride_tricks.\(function) reading memory outside the array being differentiated is not "
            + "supported: its gradient would miss those elements; index the array instead")
      }
      let placeholder = try core {
        try array.reshape([array.size]).index([.indices(shape: shape, values: [Int](repeating: 0, count: count))])
      }
      var viewed = placeholder
      viewed.lineage = array.lineage
      guard let gathered = viewed.asView(view).regathered() else {
        throw NumpyArrays.unsupported("numpy.lib.stride_tricks.\(function) of this array is not supported in snippets")
      }
      return gathered
    }
    result.lineage = array.lineage
    return result.asView(view)
  }
}
