/// Turning arrays into Python values: `item()` and `bool(a)` (what `assert` and `if` would do with an array).
extension Tensor {
  /// `a.item()`: the only element as a Python number, or NumPy's ValueError when there is not exactly one.
  public func item() throws -> Scalar {
    guard size == 1 else { throw TensorError.value("can only convert an array of size 1 to a Python scalar") }
    switch storage {
    case .bool(let values): return .bool(values[0])
    case .int64(let values): return .int(values[0])
    case .float64(let values): return .double(values[0])
    case .complex128(let values): return .complex(values[0])
    }
  }

  /// `bool(a)`: the truth of a one-element array (NaN is true), or NumPy's "ambiguous" ValueError.
  public func truthValue() throws -> Bool {
    if size == 0 {
      throw TensorError.value(
        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
    }
    guard size == 1 else {
      throw TensorError.value(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }
    return bools[0]
  }
}
