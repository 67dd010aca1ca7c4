import TensorCore

/// NumPy's flat iterator, `a.flat`. docbuild holds it as a 1-d view of `a` marked `isFlatIterator`, which reads,
/// writes, iterates and counts as NumPy's does; here is where it is not an array: it has four attributes, no
/// arithmetic of its own (an ndarray or NumPy scalar operand takes it as an array, a Python operand is a TypeError,
/// and an augmented assignment rebinds the name to the new array instead of writing), no unary operators, a slice of
/// it is a copy, and its repr holds its memory address.
enum FlatIterator {
  /// The attributes NumPy's flatiter has (`dir(a.flat)` without the special names).
  static let attributeNames: Set<String> = ["base", "coords", "copy", "index"]

  /// Whether `value` is a flat iterator.
  static func holds(_ value: Value) -> Bool {
    if case .tensor(let tensor) = value { return tensor.isFlatIterator }
    return false
  }

  /// `f.name`: `base` and `copy` as the view answers them (nil), NumPy's AttributeError for an array's other
  /// attributes, and a refusal for the iteration state docbuild does not keep.
  static func checkAttribute(_ name: String, of tensor: Tensor) throws(PythonError) {
    if name == "base", tensor.view?.flatIterator?.iteratesView == true {
      throw PythonError.limit(
        "a.flat.base of an array that is a view is not supported: NumPy gives the array a.flat iterates, docbuild "
          + "the array that owns the memory; use that array itself")
    }
    if name == "index" || name == "coords" {
      throw PythonError.limit(
        "a.flat.\(name) is not supported: docbuild does not keep the flat iterator's position; count the items "
          + "with enumerate(a.flat) or use np.unravel_index")
    }
    if !attributeNames.contains(name) {
      throw PythonError("AttributeError", "'numpy.flatiter' object has no attribute '\(name)'")
    }
  }

  /// Python's TypeError for `left symbol right` when one of them is a flat iterator and the other is not an ndarray
  /// or NumPy scalar (whose reflected operator would take the iterator as an array).
  static func checkOperands(_ symbol: String, _ left: Value, _ right: Value) throws(PythonError) {
    let leftIsFlat = holds(left)
    let rightIsFlat = holds(right)
    guard leftIsFlat || rightIsFlat else { return }
    let other = leftIsFlat ? right : left
    if !(leftIsFlat && rightIsFlat), case .tensor = other { return }
    if symbol == "*" {
      switch other {
      case .list, .tuple, .string, .bytes, .bytearray:
        // The sequence's own `*` is tried last: repetition, which needs an int.
        throw PythonError.type("can't multiply sequence by non-int of type 'numpy.flatiter'")
      default: break
      }
    }
    let shown = symbol == "**" ? "** or pow()" : symbol
    throw PythonError.type("unsupported operand type(s) for \(shown): '\(left.typeName)' and '\(right.typeName)'")
  }

  /// Python's TypeError for `current symbol= operand` from the one `current symbol operand` raised: the name is
  /// rebound to the plain operator's result, whose error names the augmented operator.
  static func augmented(_ error: PythonError, _ symbol: String) -> PythonError {
    let prefix = "unsupported operand type(s) for "
    guard error.type == "TypeError", error.message.hasPrefix(prefix), let colon = error.message.firstIndex(of: ":")
    else { return error }
    return PythonError.type(prefix + symbol + "=" + error.message[colon...])
  }

  /// The refusal for printing one: NumPy shows `<numpy.flatiter object at 0x…>`.
  static func reprRefusal() -> PythonError {
    PythonError.limit(
      "a numpy.flatiter object prints with its memory address (<numpy.flatiter object at 0x…>), which differs on "
        + "every run: print list(a.flat) or a.flatten() instead")
  }
}

extension FlatIterator {
  /// Marks the iteration of `tensor`, a flat iterator, as begun, or refuses a second one: NumPy's iterator goes on
  /// from where the first stopped (empty once it reached the end) until it is indexed, which docbuild does not follow.
  static func beginIteration(_ tensor: Tensor) throws(PythonError) {
    guard let state = tensor.view?.flatIterator else { return }
    let wasStarted = state.isStarted.withLock { started in
      defer { started = true }
      return started
    }
    if wasStarted {
      throw PythonError.limit(
        "iterating a.flat again is not supported: NumPy's flat iterator goes on from where the last loop or `in` "
          + "test left it (empty once it reached the end) until it is indexed; take a new one with a.flat")
    }
  }

  /// Indexing a flat iterator starts its iteration again.
  static func restart(_ tensor: Tensor) {
    tensor.view?.flatIterator?.isStarted.withLock { $0 = false }
  }

  /// NumPy's flatiter words for an index out of bounds: the size alone, no axis (`index 5 is out of bounds for size
  /// 3`); any other error as it is.
  static func boundsError(_ error: PythonError, size: Int) -> PythonError {
    guard error.type == "IndexError", error.message.hasPrefix("index "),
      let range = error.message.range(of: " is out of bounds for axis 0 with size ")
    else { return error }
    return PythonError("IndexError", String(error.message[..<range.lowerBound]) + " is out of bounds for size \(size)")
  }

  /// The value a flat iterator's selection takes (`a.flat[:2] = [7, 8, 9]`): NumPy reads the value's elements in
  /// order, however it is shaped, and repeats them until the selection is full (an empty value writes nothing); nil
  /// then.
  static func cycledValue(_ value: Tensor, into selected: [Int]) throws(PythonError) -> Tensor? {
    let count = selected.reduce(1, *)
    if value.size == 0 { return nil }
    let flat = try core { try value.reshape([-1]) }
    if flat.size == count { return try core { try flat.reshape(selected) } }
    let positions = (0..<count).map { $0 % flat.size }
    let cycled = try core { try flat.index([.indices(shape: [count], values: positions)]) }
    return try core { try cycled.reshape(selected) }
  }
}
