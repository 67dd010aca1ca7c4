import TensorCore

/// NumPy functions that write into their first argument and need the interpreter's item assignment for it, so that
/// every name, container and view holding the array sees the change.
enum NumpyInPlaceFunctions {
  /// The names answered, callable as `np.name`.
  static let names: Set<String> = ["fill_diagonal", "put"]
}

extension Interpreter {
  /// `np.fill_diagonal(a, val, wrap=False)` as NumPy 2.4's numpy/lib/_index_tricks_impl.py runs it:
  /// `a.flat[:end:step] = val`, where a 2-d array's step is one past its row (stopping after the last column's
  /// square unless `wrap`) and an n-d array's diagonal needs every axis the same length. As a flat assignment, an
  /// array `val` is repeated along the diagonal (an empty one writes nothing); here it is written as
  /// `a[rows, cols] = repeated`, which casts as the flat assignment does.
  mutating func fillDiagonal(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "val", "wrap"], required: 2)
    let target = bound.value("a")
    guard case .tensor(let array) = target else {
      if case .list = target { throw PythonError("AttributeError", "'list' object has no attribute 'ndim'") }
      if case .tuple = target { throw PythonError("AttributeError", "'tuple' object has no attribute 'ndim'") }
      throw NumpyArrays.unsupported("np.fill_diagonal of a '\(target.typeName)' is not supported in snippets")
    }
    let wrap = try bound["wrap"].map { value throws(PythonError) in try truth(value) } ?? false
    let shape = array.shape
    if shape.count < 2 { throw PythonError.value("array must be at least 2-d") }
    var positions: [Int] = []
    if shape.count == 2 {
      let columns = shape[1]
      let size = shape[0] * columns
      let end = wrap ? size : min(size, columns * columns)
      var position = 0
      while position < end {
        positions.append(position)
        position += columns + 1
      }
    } else {
      if shape.contains(where: { $0 != shape[0] }) {
        throw PythonError.value("All dimensions of input must be of equal length")
      }
      positions = Array(0..<shape[0])
    }
    // The flat iterator's own message, before `val` is looked at.
    try array.requireWriteable("underlying array is read-only")
    var value = bound.value("val")
    if case .tensor(let tensor) = value, !tensor.shape.isEmpty {
      value = .tensor(try core { try tensor.reshape([-1]) })
    } else if case .list = value, array.dtype.isNarrow {
      throw NumpyArrays.unsupported("np.fill_diagonal of a list into a \(array.dtype.rawValue) array")
    } else if case .tuple = value, array.dtype.isNarrow {
      throw NumpyArrays.unsupported("np.fill_diagonal of a tuple into a \(array.dtype.rawValue) array")
    } else if case .list = value {
      value = .tensor(try core { try value.toTensor().reshape([-1]) })
    } else if case .tuple = value {
      value = .tensor(try core { try value.toTensor().reshape([-1]) })
    }
    if case .tensor(let flat) = value, !flat.shape.isEmpty {
      // The flat assignment repeats `val` over the diagonal; an empty `val` writes nothing.
      if flat.size == 0 || positions.isEmpty { return .none }
      let cycle = try Self.intArray(positions.indices.map { $0 % flat.size })
      value = try Indexing.index(value, with: .tensor(cycle))
    }
    if positions.isEmpty { return .none }
    let index: [Value] =
      shape.count == 2
      ? [
        .tensor(try Self.intArray(positions.map { $0 / shape[1] })),
        .tensor(try Self.intArray(positions.map { $0 % shape[1] })),
      ]
      : Array(repeating: .tensor(try Self.intArray(positions)), count: shape.count)
    try assignItem(array, .tuple(ValueList(index)), value)
    return .none
  }

  /// An int64 array of `values`, which are never empty here.
  private static func intArray(_ values: [Int]) throws(PythonError) -> Tensor {
    try core { try Tensor.array(.list(values.map { .scalar(.int(Int64($0))) })) }
  }
}
