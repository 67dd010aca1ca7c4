import TensorCore

/// Indexing string arrays and assigning into them; basic indexing gives views, advanced indexing copies, as NumPy's.
extension StringArrays {
  /// `x[index]`: an `np.str_` for a full integer index, else a string array.
  static func index(_ array: TextArray, _ index: Value) throws(PythonError) -> Value {
    let items = try Indexing.indexItems(index)
    let picked = try core { try array.positions.index(items) }
    if picked.isScalar, case .int64(let values) = picked.storage, let place = values.first {
      return array.scalar(array.storage.items[Int(place)])
    }
    let view = TextArray(viewing: array, positions: picked)
    let advanced = items.contains {
      switch $0 {
      case .indices, .mask: true
      default: false
      }
    }
    return .textArray(advanced ? view.copied() : view)
  }

  /// `x[index] = value`: each picked element becomes the value's str, cut to the width; a value array broadcasts.
  static func assign(_ array: TextArray, _ index: Value, _ value: Value) throws(PythonError) {
    try RecfunctionViewLinks.current?.checkWritable(array.storage)
    let items = try Indexing.indexItems(index)
    let targets = try core { try array.positions.index(items) }
    try Interpreter.checkTextWrite(array.shape, items, value)
    let source = try operand(value, for: array.dtype)
    let spread = try core { try source.positions.broadcast(to: targets.shape) }
    guard case .int64(let places) = targets.storage, case .int64(let from) = spread.storage else { return }
    let texts = source.storage.items
    for (place, origin) in zip(places, from) {
      array.storage.items[Int(place)] = TextArray.truncate(texts[Int(origin)], to: array.dtype.width)
    }
  }

  /// A value as a string array operand: strings, numbers (their str), lists and string arrays.
  static func operand(_ value: Value, for dtype: TextDType) throws(PythonError) -> TextArray {
    switch value {
    case .textArray(let array): return array
    case .tensor(let tensor) where !tensor.isScalar:
      return try text(of: tensor, dtype: TextDType(isBytes: dtype.isBytes, width: 0))
    default:
      guard case .textArray(let array) = try make(value, dtype: TextDType(isBytes: dtype.isBytes, width: 0)) else {
        throw refusal("this value")
      }
      return array
    }
  }
}
