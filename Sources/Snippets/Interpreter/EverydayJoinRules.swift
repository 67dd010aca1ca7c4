import TensorCore

/// The rules of NumPy's functions that join arrays: concatenate and stack.
extension EverydayRules {
  /// `np.concatenate([a, b, ...], axis)` (or `np.stack`) of a list or tuple of plain arrays with dimensions:
  /// `NumpyArrays.call`'s `Tensor.concatenate` (`Tensor.stack`), an int axis within the result's axes. The result is
  /// a new array in C order (`ResultLayout.settleJoin` changes nothing for operands in C order).
  static func joined(_ arguments: borrowing EverydayArguments, stacking: Bool) throws(PythonError) -> Value? {
    guard let given = arguments[0] else { return nil }
    let items: [Value]
    switch given {
    case .list(let list), .tuple(let list): items = list.items
    default: return nil
    }
    var arrays: [Tensor] = []
    arrays.reserveCapacity(items.count)
    for item in items {
      guard let array = plainArray(item), array.ndim > 0 else { return nil }
      arrays.append(array)
    }
    guard let first = arrays.first, let axis = axis(arguments[1], ndim: first.ndim + (stacking ? 1 : 0)) else {
      return nil
    }
    let resultAxes = first.ndim + (stacking ? 1 : 0)
    let normalized = (axis ?? 0) < 0 ? (axis ?? 0) + resultAxes : (axis ?? 0)
    if let joined = try core({ try Tensor.joinedWithoutRecord(arrays, axis: normalized, stacking: stacking) }) {
      return .tensor(joined)
    }
    if stacking { return .tensor(try core { try Tensor.stack(arrays, axis: axis ?? 0) }) }
    return .tensor(try core { try Tensor.concatenate(arrays, axis: axis ?? 0) })
  }
}
