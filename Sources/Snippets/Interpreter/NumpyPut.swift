import TensorCore

extension Interpreter {
  /// `np.put(a, ind, v, mode='raise')` as NumPy 2.4 runs it (PyArray_PutTo): for each position of the flattened
  /// `ind` in order, `a.flat[ind[i]] = v[i % len(v)]`, `v` flattened and repeated, an empty `v` writing nothing.
  /// `mode='raise'` counts a negative index from the end and raises for one out of range before writing anything;
  /// `'wrap'` takes it modulo the size, `'clip'` clamps it into range (a negative one to 0). Written here as
  /// `a[unravelled] = repeated`, the interpreter's item assignment, so every name and view of `a` sees it, with the
  /// casting that assignment does. NumPy's 100 exercises scatter ones with it.
  mutating func put(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "ind", "v", "mode"], required: 3)
    let target = bound.value("a")
    guard case .tensor(let array) = target else {
      throw PythonError.type("argument 1 must be numpy.ndarray, not <class '\(target.typeName)'>")
    }
    var mode = "raise"
    if let given = bound["mode"] {
      guard case .string(let name) = given, ["raise", "wrap", "clip"].contains(name) else {
        throw NumpyArrays.unsupported("np.put with mode=\(given.repr) is not supported in snippets")
      }
      mode = name
    }
    try array.requireWriteable("put: output array is read-only")
    let indexValue = bound.value("ind")
    let indices = try core { try indexValue.toTensor() }
    guard indices.dtype.isInteger || indices.size == 0 else {
      throw NumpyArrays.unsupported("np.put with \(indices.dtype.rawValue) indices is not supported in snippets")
    }
    let value = bound.value("v")
    if case .list = value, array.dtype.isNarrow {
      throw NumpyArrays.unsupported("np.put of a list into a \(array.dtype.rawValue) array")
    } else if case .tuple = value, array.dtype.isNarrow {
      throw NumpyArrays.unsupported("np.put of a tuple into a \(array.dtype.rawValue) array")
    }
    let values = try core { try value.toTensor().reshape([-1]) }
    let size = array.size
    var positions: [Int] = []
    // `mode='raise'` writes the positions before the first one out of range, then raises.
    var outOfRange: PythonError?
    for raw in try indices.exactInts() {
      switch mode {
      case "wrap":
        guard size > 0 else { throw PythonError.index("cannot do a non-empty take from an empty axes.") }
        positions.append(((raw % size) + size) % size)
      case "clip":
        guard size > 0 else { throw PythonError.index("cannot do a non-empty take from an empty axes.") }
        positions.append(Swift.min(Swift.max(raw, 0), size - 1))
      default:
        guard raw >= -size, raw < size else {
          outOfRange = PythonError.index("index \(raw) is out of bounds for axis 0 with size \(size)")
          break
        }
        positions.append(raw < 0 ? raw + size : raw)
      }
      if outOfRange != nil { break }
    }
    if values.size == 0 { return .none }
    try writeFlat(array, positions, values)
    if let outOfRange { throw outOfRange }
    return .none
  }

  /// `a.flat[positions[i]] = values[i % len(values)]` for each i in order.
  private mutating func writeFlat(_ array: Tensor, _ positions: [Int], _ values: Tensor) throws(PythonError) {
    if positions.isEmpty { return }
    let cycle = try Self.flatIndexArray(positions.indices.map { $0 % values.size })
    let value = try Indexing.index(.tensor(values), with: .tensor(cycle))
    // The flat positions as one index array per axis of `a` (row-major, as `a.flat` counts).
    let shape = array.shape
    var perAxis: [[Int]] = Array(repeating: [], count: Swift.max(shape.count, 1))
    for position in positions {
      var rest = position
      for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        perAxis[axis].append(rest % shape[axis])
        rest /= shape[axis]
      }
    }
    if shape.isEmpty {
      // A 0-d array has one element: `a[()] = last value written`.
      try assignItem(array, .tuple(ValueList([])), try Indexing.index(value, with: .int(positions.count - 1)))
      return
    }
    let index = try perAxis.map { (axis) throws(PythonError) -> Value in .tensor(try Self.flatIndexArray(axis)) }
    try assignItem(array, .tuple(ValueList(index)), value)
  }

  /// An int64 array of `values`, which are never empty here.
  private static func flatIndexArray(_ values: [Int]) throws(PythonError) -> Tensor {
    try core { try Tensor.array(.list(values.map { .scalar(.int(Int64($0))) })) }
  }
}
