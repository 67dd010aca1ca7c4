import TensorCore

extension Interpreter {
  /// The value NumPy stores when `array[i, j, ...] = value` names one element (an integer for every axis), where the
  /// value is a sequence: NumPy does not broadcast it as it does into a view (`a[0, ...] = [2.0]`), but hands it to
  /// the dtype's scalar conversion (`PyArray_Pack`), which refuses it. Nil when the write is not such a one, or the
  /// value is no sequence, and the ordinary assignment goes on. Through a flat iterator (`a.flat[i] = [1.0]`) each
  /// refusal is NumPy's one "Error setting single item of array.".
  static func elementWriteOfSequence(_ array: Tensor, _ items: [IndexItem], _ value: Value) throws(PythonError)
    -> Tensor?
  {
    guard namesOneElement(array.shape, items) else { return nil }
    guard array.isFlatIterator else { return try packedSequence(value, as: array.dtype) }
    do {
      return try packedSequence(value, as: array.dtype)
    } catch {
      throw PythonError.value("Error setting single item of array.")
    }
  }

  /// What NumPy's scalar conversion for `dtype` makes of a sequence (a list, tuple, range or array with dimensions),
  /// as one element is written or an array filled; nil for any other value. NumPy 2.4's texts: a float array says
  /// "setting an array element with a sequence."; an integer array says so for an array, and for a list, tuple or
  /// range gives `int()`'s TypeError; a complex array gives `complex()`'s TypeErrors; a bool array stores the value's
  /// truth (an array's only when it has one element).
  static func packedSequence(_ value: Value, as dtype: DType) throws(PythonError) -> Tensor? {
    let typeName: String
    let truth: Bool?
    switch value {
    case .list(let list), .tuple(let list):
      typeName = value.typeName
      truth = !list.items.isEmpty
    case .range(let start, let stop, let step):
      typeName = "range"
      truth = rangeCount(start, stop, step) > 0
    case .tensor(let tensor) where tensor.ndim > 0:
      typeName = "numpy.ndarray"
      truth = nil
      if dtype == .bool {
        guard tensor.size == 1 else { throw PythonError.value("setting an array element with a sequence.") }
        return try core { try tensor.reshape([]) }
      }
      if dtype.isComplex {
        throw PythonError.type("only 0-dimensional arrays can be converted to Python scalars")
      }
      throw PythonError.value("setting an array element with a sequence.")
    default:
      return nil
    }
    if dtype == .bool, let truth { return try Value.bool(truth).toTensor() }
    if dtype.isComplex { throw PythonError.type("must be real number, not \(typeName)") }
    if dtype.isInteger {
      throw PythonError.type(
        "int() argument must be a string, a bytes-like object or a real number, not '\(typeName)'")
    }
    throw PythonError.value("setting an array element with a sequence.")
  }
}

extension Interpreter {
  /// True when `items` name one element of an array of `shape`: an integer in bounds for every axis. An index out of
  /// bounds is NumPy's IndexError, which comes before the value is looked at.
  static func namesOneElement(_ shape: [Int], _ items: [IndexItem]) -> Bool {
    guard items.count == shape.count else { return false }
    for (axis, item) in items.enumerated() {
      guard case .int(let position) = item, position >= -shape[axis], position < shape[axis] else { return false }
    }
    return true
  }

  /// A string array's `x[i, j, ...] = value` where the value is a sequence: NumPy's ValueError, whose text has no
  /// final period here; and a list nesting deeper than the view it is written into.
  static func checkTextWrite(_ shape: [Int], _ items: [IndexItem], _ value: Value) throws(PythonError) {
    let isSequence =
      switch value {
      case .list, .tuple, .range: true
      case .tensor(let tensor): tensor.ndim > 0
      case .textArray(let text): !text.shape.isEmpty
      default: false
      }
    if isSequence, namesOneElement(shape, items) {
      throw PythonError.value("setting an array element with a sequence")
    }
    try checkListDepth(shape, items, value)
  }

  /// NumPy's error for `array[basic index] = list` where the list nests deeper than the view it is written into
  /// (`x[0:1] = [[7.0]]`, `m[1] = [[1.0, 2.0]]`): NumPy converts the list to an array of at most the view's
  /// dimensions, where an array would broadcast away its leading unit axes. An array, a NumPy scalar or an index
  /// holding an integer array or mask is not checked here.
  static func checkListDepth(_ shape: [Int], _ items: [IndexItem], _ value: Value) throws(PythonError) {
    switch value {
    case .list(let list), .tuple(let list): try checkListDepth(shape, items, list)
    default: return
    }
  }

  private static func checkListDepth(_ shape: [Int], _ items: [IndexItem], _ list: ValueList) throws(PythonError) {
    var viewNdim = shape.count
    var axis = 0
    var sawEllipsis = false
    for item in items {
      switch item {
      case .int(let position):
        guard axis < shape.count, position >= -shape[axis], position < shape[axis] else { return }
        viewNdim -= 1
        axis += 1
      case .slice: axis += 1
      case .newaxis: viewNdim += 1
      case .ellipsis:
        if sawEllipsis { return }
        sawEllipsis = true
      case .indices, .mask: return
      }
    }
    guard axis <= shape.count else { return }
    if sequenceDepth(list, limit: viewNdim) > viewNdim {
      throw PythonError.value(
        "setting an array element with a sequence. The requested array would exceed the maximum number of "
          + "dimension of \(viewNdim).")
    }
  }

  /// How deep lists, tuples, ranges and arrays nest in `list` (an array counts its dimensions), looked at only as far
  /// as `limit + 1`.
  private static func sequenceDepth(_ list: ValueList, limit: Int) -> Int {
    if list.depth > limit { return list.depth }
    var deepest = 0
    for item in list.items {
      let depth: Int
      switch item {
      case .list(let inner), .tuple(let inner): depth = sequenceDepth(inner, limit: limit - 1)
      case .range: depth = 1
      case .tensor(let tensor): depth = tensor.ndim
      default: depth = 0
      }
      deepest = Swift.max(deepest, depth)
      if 1 + deepest > limit { break }
    }
    return 1 + deepest
  }
}
