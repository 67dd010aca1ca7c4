import TensorCore

extension Interpreter {
  /// `array[index] = value`: NumPy's in-place write, seen through every name, list and dict holding the array; refused
  /// where NumPy would show it through a view (docbuild's views are copies), and where autograd refuses it.
  mutating func assignItem(_ array: Tensor, _ index: Value, _ value: Value) throws(PythonError) {
    if array.isScalar {
      throw PythonError.type("'\(Value.tensor(array).typeName)' object does not support item assignment")
    }
    let items = try Indexing.indexItems(index)
    let source: Tensor
    switch value {
    case .float(let double) where array.dtype == .int64 && !double.isFinite:
      // Python's float → int conversion of a scalar, as NumPy's setitem does it.
      throw double.isNaN
        ? PythonError.value("cannot convert float NaN to integer")
        : PythonError("OverflowError", "cannot convert float infinity to integer")
    case .string(let text) where array.dtype != .bool:
      throw PythonError.value(
        array.dtype == .int64
          ? "invalid literal for int() with base 10: \(Value.string(text).repr)"
          : "could not convert string to float: \(Value.string(text).repr)")
    default:
      source = try value.toTensor()
    }
    if let input = derivativeInput {
      if array.dependsOn(input) { throw PythonError.type("'ArrayBox' object does not support item assignment") }
      if source.dependsOn(input) { throw PythonError.value("setting an array element with a sequence.") }
    }
    let updated = try core { try array.assigning(items, source) }
    try checkNoLiveViews(of: array)
    try replaceEverywhere(array, with: updated)
  }
}
