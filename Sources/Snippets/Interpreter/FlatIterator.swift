import TensorCore

/// NumPy's flat iterator, `a.flat`. docbuild holds it as a 1-d view of `a` marked `isFlatIterator`, which reads,
/// iterates and counts as NumPy's does, keeps its position (`next`, `index`, `coords`) and writes a value over and
/// over as NumPy's does; here is where it is not an array: it has four attributes, no
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

  /// `f.index` and `f.coords`: the flat index of the next item and its coordinates in the array, while docbuild knows
  /// the position (nil for other names).
  static func positionAttribute(_ name: String, of tensor: Tensor) throws(PythonError) -> Value? {
    guard name == "index" || name == "coords", let state = tensor.view?.flatIterator else { return nil }
    guard let position = state.position.withLock({ $0 }) else {
      throw PythonError.limit(
        "a.flat.\(name) after a loop or an `in` test over it is not supported: docbuild does not follow where such "
          + "an iteration stopped; take items with next(a.flat), or count them with enumerate(a.flat)")
    }
    if name == "index" { return .int(position) }
    guard let coordinates = state.coordinates(of: position) else {
      throw PythonError.limit(
        "a.flat.coords past the last item of this array is not supported: NumPy's answer depends on the memory order "
          + "it gave the array, which docbuild does not follow here")
    }
    return .intTuple(coordinates)
  }

  /// The flat index of the item `next(f)` takes (its position then steps on), nil once past the last item.
  static func takeNext(_ tensor: Tensor) throws(PythonError) -> Int? {
    guard let state = tensor.view?.flatIterator else { return nil }
    let size = tensor.size
    let taken: Int?? = state.position.withLock { position in
      guard let current = position else { return .none }
      guard current < size else { return .some(nil) }
      position = current + 1
      return .some(current)
    }
    guard let known = taken else {
      throw PythonError.limit(
        "next(a.flat) after a loop or an `in` test over it is not supported: docbuild does not follow where such an "
          + "iteration stopped; take a new iterator with a.flat")
    }
    return known
  }

  /// The values `f[index] = value` writes into the `selected` positions: NumPy's `iter_ass_subscript` takes the
  /// value's elements in C order over and over until every position has one, so any value fits; an empty one writes
  /// nothing (nil), and one position (an int index) takes no sequence.
  static func cycled(_ source: Tensor, over selected: Tensor) throws(PythonError) -> Tensor? {
    if selected.isScalar {
      if source.ndim > 0 { throw PythonError.value("Error setting single item of array.") }
      return source
    }
    if source.size == 0 { return nil }
    if source.shape == selected.shape || source.ndim == 0 { return source }
    let count = selected.size
    let picks = (0..<count).map { $0 % source.size }
    return try core { try source.flatten().index([.indices(shape: selected.shape, values: picks)]) }
  }

  /// NumPy's IndexError for a list of bools indexing a flat iterator (a boolean array is a mask there).
  static func checkIndex(_ index: Value) throws(PythonError) {
    guard case .list(let items) = index, !items.items.isEmpty,
      items.items.allSatisfy({ if case .bool = $0 { true } else { false } })
    else { return }
    throw PythonError(
      "IndexError",
      "boolean indices for iterators are not supported because of previous behavior that was confusing (valid "
        + "boolean indices are expected to work in the future)")
  }

  /// NumPy's AttributeError for `f.name = value` and `del f.name`: the iterator's own attributes are read-only, and it
  /// has no others (not an array's `shape`, `real` or `flat`).
  static func attributeWriteError(_ name: String) -> PythonError {
    let message =
      switch name {
      case "index", "coords": "attribute '\(name)' of 'numpy.flatiter' objects is not writable"
      case "base": "readonly attribute"
      case "copy": "'numpy.flatiter' object attribute 'copy' is read-only"
      default: "'numpy.flatiter' object has no attribute '\(name)'"
      }
    return PythonError("AttributeError", message)
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
    let wasStarted = state.position.withLock { position in
      defer { position = nil }
      return position != 0
    }
    if wasStarted {
      throw PythonError.limit(
        "iterating a.flat again, or after next(a.flat), is not supported: NumPy's flat iterator goes on from where "
          + "the last loop, `in` test or next() left it (empty once it reached the end) until it is indexed; take a "
          + "new one with a.flat")
    }
  }

  /// Indexing a flat iterator starts its iteration again.
  static func restart(_ tensor: Tensor) {
    tensor.view?.flatIterator?.position.withLock { $0 = 0 }
  }

  /// NumPy's flatiter words for an index out of bounds: the size alone, no axis (`index 5 is out of bounds for size
  /// 3`); any other error as it is.
  static func boundsError(_ error: PythonError, size: Int) -> PythonError {
    guard error.type == "IndexError", error.message.hasPrefix("index "),
      let range = error.message.range(of: " is out of bounds for axis 0 with size ")
    else { return error }
    return PythonError("IndexError", String(error.message[..<range.lowerBound]) + " is out of bounds for size \(size)")
  }
}
