import TensorCore

/// The operations of raw arrays (RawArrays.swift) and the calls that make them: `np.ndarray(buffer=)`,
/// `np.frombuffer`, big-endian `dtype=` arguments, `view(dtype)`, `byteswap`, `tobytes`.
enum RawArrays {
  /// NumPy functions whose results are native arrays computed from the values (ufuncs, reductions, joins): a raw
  /// argument is read into an ordinary array first.
  static let nativeResultFunctions: Set<String> = NumpyUfuncMethods.ufuncs.union([
    "sum", "mean", "max", "min", "amax", "amin", "prod", "std", "var", "argmax", "argmin", "all", "any", "cumsum",
    "cumprod", "concatenate", "stack", "hstack", "vstack", "column_stack", "where", "nonzero", "argsort",
    "allclose", "array_equal", "isclose", "dot", "matmul", "clip", "median", "average", "count_nonzero", "diff",
    "abs", "absolute", "sqrt", "exp", "log", "sign", "isnan", "isinf", "isfinite", "ptp", "outer",
    "nansum", "nanmax", "nanmin", "nanmean", "searchsorted", "bincount", "histogram", "percentile", "quantile",
  ])

  /// Methods whose results are native arrays or Python values computed from the values.
  static let nativeResultMethods: Set<String> = [
    "sum", "mean", "max", "min", "prod", "std", "var", "argmax", "argmin", "all", "any", "cumsum", "cumprod",
    "clip", "dot", "nonzero", "argsort", "tolist", "item", "ptp",
  ]

  /// Python builtins that read a raw array's values (the rest take any value, or iterate it).
  static let valueBuiltins: Set<String> = ["float", "int", "bool", "complex", "abs"]

  /// The refusal of an operation on a raw array that docbuild does not offer.
  static func refusal(_ what: String, _ array: RawArray, inList: Bool = false) -> PythonError {
    PythonError.limit(
      "\(what) of \(inList ? "a list holding " : "")an array read from raw bytes (dtype \(Value.quote(array.dtype.typeString)), a big-endian dtype, "
        + "np.frombuffer, np.ndarray(buffer=) or view(dtype)) is not supported in snippets: make an ordinary "
        + "array first with .astype(\(Value.quote(array.dtype.dtype.rawValue)))")
  }

  /// A copy-producing result of `array`'s dtype: an ordinary array for a native dtype, a raw one otherwise.
  static func result(_ values: Tensor, as dtype: OrderedDType) throws(PythonError) -> Value {
    if dtype.mark == nil {
      return .tensor(values.dtype == dtype.dtype ? values : try core { try values.astype(dtype.dtype) })
    }
    return .rawArray(try RawArray(copying: values, as: dtype))
  }

  /// `repr(array)`.
  static func repr(_ array: RawArray) -> String {
    guard let values = try? array.values() else { return "array(<unreadable>)" }
    if let name = array.dtype.arrayReprName { return values.numpyRepr(dtypeName: name) }
    return values.numpyRepr
  }

  /// `array.name`.
  static func attribute(_ name: String, of array: RawArray) throws(PythonError) -> Value {
    switch name {
    case "dtype": return array.dtype.value
    case "shape": return .intTuple(array.shape)
    case "ndim": return .int(array.shape.count)
    case "size": return .int(array.size)
    case "itemsize": return .int(array.dtype.dtype.itemsize)
    case "nbytes": return .int(array.dtype.dtype.itemsize * array.size)
    case "T": return .rawArray(try transposed(array, nil))
    // An empty array's strides follow the memory it was viewed from (NumPy gives new empty memory strides of 0,
    // which a view as another dtype keeps on every axis but the last), which a raw array does not hold: refused.
    case "strides" where array.isContiguous && !array.isStructuredField && array.size > 0:
      return .intTuple(RawArray.rowMajorStrides(array.shape).map { $0 * array.dtype.dtype.itemsize })
    case "real" where !array.dtype.dtype.isComplex:
      return .rawArray(array.viewing(shape: array.shape, offsets: array.offsets))
    case "newbyteorder":
      throw PythonError("AttributeError", "'numpy.ndarray' object has no attribute 'newbyteorder'")
    default:
      if Attributes.tensorMethods.contains(name) || ["byteswap", "tobytes", "fill"].contains(name) {
        return .method(.rawArray(array), name)
      }
      if PythonNames.types["numpy.ndarray"]?.contains(name) == true || name == "flags" || name == "base" {
        throw refusal("ndarray.\(name)", array)
      }
      throw PythonError("AttributeError", "'numpy.ndarray' object has no attribute '\(name)'")
    }
  }

  /// Refuses a shape of more elements than a value may hold, before anything is allocated for it.
  static func checkCount(_ shape: [Int]) throws(PythonError) {
    var count = 1
    for extent in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: extent)
      if overflow || product > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      count = product
    }
  }

  /// `array[index]`: a view for basic indexing, a copy for advanced, a native scalar for one element.
  static func index(_ array: RawArray, _ index: Value) throws(PythonError) -> Value {
    let items = try Indexing.indexItems(index)
    let picked = try core { try array.offsetTensor.index(items) }
    let offsets = picked.int64sForRaw
    if picked.isScalar {
      let value = try ElementBytes.decode(
        array.bytes(), offsets: offsets, dtype: array.dtype.dtype, swapped: array.dtype.isSwapped, shape: [])
      return .tensor(value.scalar)
    }
    let view = array.viewing(shape: picked.shape, offsets: offsets)
    return isBasicWithExtras(index) ? .rawArray(view) : .rawArray(try view.copied())
  }

  /// True for indexes of ints, slices, None and `...` (NumPy's basic indexing, a view).
  private static func isBasicWithExtras(_ index: Value) -> Bool {
    let parts: [Value] = if case .tuple(let items) = index { Array(items) } else { [index] }
    return parts.allSatisfy { part in
      switch part {
      case .int, .slice, .none, .ellipsis: true
      default: false
      }
    }
  }

  /// `array[index] = value`: the written elements take the value, as NumPy casts and broadcasts it.
  static func assign(_ array: RawArray, _ index: Value, _ value: Value) throws(PythonError) {
    _ = try array.writableMemory()
    let items = try Indexing.indexItems(index)
    let current = try array.values()
    // One element named by integers takes a sequence as NumPy's scalar conversion does (`v[0] = [1]` into an int64
    // view is int()'s TypeError), not broadcast as into a view.
    let packed = try Interpreter.elementWriteOfSequence(current, items, value)
    let source: Tensor
    if let packed { source = packed } else { source = try value.toTensor() }
    let updated = try core { try current.assigning(items, source) }
    let marks = Tensor(shape: array.shape, storage: .bool([Bool](repeating: false, count: array.size)))
    let written = try core { try marks.assigning(items, Tensor(true)) }
    guard case .bool(let mask) = written.storage else { return }
    try array.write(updated, where: mask)
  }

  /// `array.T` and `array.transpose(axes)`: a view.
  static func transposed(_ array: RawArray, _ axes: [Int]?) throws(PythonError) -> RawArray {
    let moved = try core { try array.offsetTensor.transpose(axes) }
    return array.viewing(shape: moved.shape, offsets: moved.int64sForRaw)
  }

  /// `array.view(dtype)`: the same bytes read as another dtype (the last axis rescaled when the item size changes).
  static func view(_ array: RawArray, as target: OrderedDType) throws(PythonError) -> RawArray {
    let old = array.dtype.dtype.itemsize
    let new = target.dtype.itemsize
    if old == new { return array.viewing(shape: array.shape, offsets: array.offsets, dtype: target) }
    guard let last = array.shape.last else {
      throw PythonError.value("Changing the dtype of a 0d array is only supported if the itemsize is unchanged")
    }
    // The last axis must be contiguous (a unit axis always is).
    let rows = array.size / max(last, 1)
    for row in 0..<(last > 1 ? rows : 0) {
      for k in 1..<last where array.offsets[row * last + k] != array.offsets[row * last + k - 1] + old {
        throw PythonError.value("To change to a dtype of a different size, the last axis must be contiguous")
      }
    }
    var shape = array.shape
    var offsets: [Int] = []
    if new < old {
      if array.size > maxElementCount / (old / new) {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      shape[shape.count - 1] = last * (old / new)
      offsets.reserveCapacity(array.size * (old / new))
      for offset in array.offsets { for k in 0..<(old / new) { offsets.append(offset + k * new) } }
    } else {
      guard (last * old) % new == 0 else {
        throw PythonError.value(
          "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis "
            + "of the array.")
      }
      let group = new / old
      shape[shape.count - 1] = last * old / new
      for (index, offset) in array.offsets.enumerated() where (index % max(last, 1)) % group == 0 {
        offsets.append(offset)
      }
    }
    return array.viewing(shape: shape, offsets: offsets, dtype: target)
  }

  /// An ordinary array as a raw view of its memory (for `x.view(dtype)` of another dtype): its root's elements read
  /// as bytes.
  static func bridging(_ tensor: Tensor) throws(PythonError) -> RawArray {
    let geometry = tensor.geometry
    guard geometry.part == .whole, geometry.positions == nil, !tensor.isScalar else {
      throw PythonError.limit(
        "view(dtype) of this array (a NumPy scalar, .real/.imag of a complex array, or a flat iterator's view) is "
          + "not supported in snippets: take .copy() first")
    }
    if geometry.warnsOnWrite { throw BroadcastArrays.writeRefusal("view(dtype) of") }
    tensor.ensureRoot()
    let itemsize = tensor.dtype.itemsize
    var positions = [Int](repeating: 0, count: tensor.size)
    let strides = geometry.strides
    for index in 0..<tensor.size {
      var rest = index
      var position = geometry.offset
      for axis in stride(from: tensor.shape.count - 1, through: 0, by: -1) {
        let extent = tensor.shape[axis]
        position += (rest % extent) * strides[axis]
        rest /= extent
      }
      positions[index] = position * itemsize
    }
    return RawArray(
      source: .array(tensor.lineage, tensor.dtype), dtype: OrderedDType(tensor.dtype), shape: tensor.shape,
      offsets: positions, isWriteable: geometry.isWriteable)
  }

  /// `x.byteswap()` of an ordinary array: the same dtype, each element's bytes reversed (a raw array, so the
  /// swapped bytes stay exactly NumPy's).
  static func swappedCopy(_ array: RawArray) -> RawArray {
    RawArray(
      bytes: ElementBytes.swapped(array.elementBytes(), array.dtype.dtype), as: array.dtype, shape: array.shape)
  }

  /// `x.tobytes(order)`.
  static func tobytes(_ array: RawArray, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["order"])
    var order = "C"
    if let given = bound["order"], !given.isNone {
      guard case .string(let text) = given else {
        throw PythonError.type("order must be str, not \(given.typeName)")
      }
      order = text
    }
    let source: RawArray
    switch order {
    case "C",
      "A" where array.isContiguous || order == "C":
      source = array
    case "F", "A":
      source = try transposed(array, nil)
    case "K":
      source = array
    default:
      throw PythonError.value("order must be one of 'C', 'F', 'A', or 'K' (got '\(order)')")
    }
    return .bytes(String(String.UnicodeScalarView(source.elementBytes().map { Unicode.Scalar($0) })))
  }

  /// The raw bytes of a `bytes` or `bytearray` argument (`buffer=`), and whether they may be written.
  static func buffer(_ value: Value) throws(PythonError) -> ByteMemory {
    switch value {
    case .bytearray(let memory):
      memory.markExported()
      return memory
    case .bytes(let text), .textScalar(let text, true):
      return ByteMemory(text.unicodeScalars.map { UInt8($0.value & 0xFF) }, isMutable: false)
    case .rawArray, .tensor:
      throw PythonError.limit(
        "an array as buffer= is not supported in snippets: pass its bytes (x.tobytes()) or use x.view(dtype)")
    default:
      throw PythonError.type("a bytes-like object is required, not '\(value.typeName)'")
    }
  }

  /// `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`.
  static func frombuffer(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["buffer", "dtype", "count", "offset", "like"], required: 1)
    let memory = try buffer(bound.value("buffer"))
    let dtype =
      try bound["dtype"].map { value throws(PythonError) in try ByteOrder.orderedOrNative(value) }
      ?? OrderedDType(.float64)
    let count = try bound["count"]?.toInt() ?? -1
    let offset = try bound["offset"]?.toInt() ?? 0
    let length = memory.count
    guard offset >= 0, offset <= length else {
      throw PythonError.value("offset must be non-negative and no greater than buffer length (\(length))")
    }
    let itemsize = dtype.dtype.itemsize
    let elements: Int
    if count < 0 {
      guard (length - offset) % itemsize == 0 else {
        throw PythonError.value("buffer size must be a multiple of element size")
      }
      elements = (length - offset) / itemsize
    } else {
      guard count * itemsize <= length - offset else {
        throw PythonError.value("buffer is smaller than requested size")
      }
      elements = count
    }
    return .rawArray(
      RawArray(
        source: .memory(memory), dtype: dtype, shape: [elements],
        offsets: (0..<elements).map { offset + $0 * itemsize }, isWriteable: memory.isMutable))
  }

  /// `np.ndarray(shape, dtype=float, buffer=None, offset=0, strides=None, order=None)` over a buffer.
  static func ndarray(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["shape", "dtype", "buffer", "offset", "strides", "order"], required: 1)
    guard let bufferValue = bound["buffer"], !bufferValue.isNone else {
      throw PythonError.limit(
        "np.ndarray(shape) without buffer= makes an array of uninitialised memory, which is not supported in "
          + "snippets: use np.zeros or np.empty's defined cousins")
    }
    let shape = try bound.value("shape").toShape()
    if shape.contains(where: { $0 < 0 }) {
      // NumPy takes a -1 here without complaint, reading memory it was not given.
      throw PythonError.limit("a negative extent in np.ndarray(shape=...) is not supported in snippets")
    }
    try checkCount(shape)
    let dtype =
      try bound["dtype"].map { value throws(PythonError) in try ByteOrder.orderedOrNative(value) }
      ?? OrderedDType(.float64)
    let memory = try buffer(bufferValue)
    let offset = try bound["offset"]?.toInt() ?? 0
    guard offset >= 0 else {
      throw PythonError.limit("a negative offset= (memory before the buffer) is not supported in snippets")
    }
    let itemsize = dtype.dtype.itemsize
    var strides = RawArray.rowMajorStrides(shape).map { $0 * itemsize }
    if let order = bound["order"], case .string("F") = order {
      var step = itemsize
      for axis in shape.indices {
        strides[axis] = step
        step *= shape[axis]
      }
    }
    if let given = bound["strides"], !given.isNone {
      let values = try given.toShape()
      guard values.count == shape.count, values.allSatisfy({ $0 >= 0 }) else {
        throw PythonError.limit("strides= other than one non-negative stride per axis is not supported in snippets")
      }
      strides = values
    }
    let count = RawArray.elementCount(shape)
    var extent = count == 0 ? 0 : itemsize
    for axis in shape.indices where shape[axis] > 0 { extent += (shape[axis] - 1) * strides[axis] }
    guard offset + extent <= memory.count else { throw PythonError.type("buffer is too small for requested array") }
    var offsets = [Int](repeating: 0, count: count)
    for index in 0..<count {
      var rest = index
      var position = offset
      for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        position += (rest % shape[axis]) * strides[axis]
        rest /= shape[axis]
      }
      offsets[index] = position
    }
    return .rawArray(
      RawArray(source: .memory(memory), dtype: dtype, shape: shape, offsets: offsets, isWriteable: memory.isMutable))
  }
}

extension Tensor {
  /// An int64 array's elements as Ints (the byte offsets RawArrays computes with TensorCore's indexing).
  var int64sForRaw: [Int] {
    if case .int64(let values) = storage { return values.map { Int($0) } }
    return []
  }
}
