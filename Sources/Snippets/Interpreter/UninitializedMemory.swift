import TensorCore

/// The arrays `np.empty` and `np.empty_like` made whose elements have not all been written yet. NumPy leaves their
/// memory as it found it (often a freed array's numbers), docbuild fills it with zeros, so showing such an array
/// (`z = np.empty(3)`, then `z` or `print(z)`) is refused until every element is written: through item and slice
/// assignment, `fill`, `np.put` and the other writes that assign items. A write through a view of the array, or any
/// other kind of write, leaves it counted as unwritten, so showing it stays refused.
struct UninitializedMemory {
  /// By the identity of each array's memory: that memory, kept alive so the identity is never reused, and a bool
  /// array of the array's shape marking the elements written.
  private var arrays: [ObjectIdentifier: (lineage: ArrayLineage, written: Tensor)] = [:]

  /// True when no array is tracked (the common case, checked first).
  var isEmpty: Bool { arrays.isEmpty }

  /// Starts tracking `value` when it is a new array with elements.
  mutating func track(_ value: Value) {
    guard case .tensor(let array) = value, !array.isScalar, array.size > 0, array.view == nil,
      let written = try? Tensor.zeros(array.shape, dtype: .bool)
    else { return }
    let lineage = array.lineage
    arrays[ObjectIdentifier(lineage)] = (lineage, written)
  }

  /// Marks the elements `items` of `array` written, and stops tracking its memory once every element is. A write
  /// through a view counts only when it covers the whole view and the view covers the whole array, each element once
  /// (`a.flat = …`, `a.reshape(6)[...] = …`); any other write through a view leaves the array counted unwritten.
  mutating func noteWrite(_ array: Tensor, _ items: [IndexItem]) {
    guard let lineage = array.madeLineage, let entry = arrays[ObjectIdentifier(lineage)] else { return }
    let isWhole = items.allSatisfy { item in
      switch item {
      case .ellipsis, .slice(nil, nil, nil): true
      default: false
      }
    }
    if array.view != nil {
      guard isWhole, array.size == entry.written.size, !array.geometry.isStrideTrickView else { return }
      arrays.removeValue(forKey: ObjectIdentifier(lineage))
      return
    }
    guard entry.written.shape == array.shape, let truth = try? Value.bool(true).toTensor(),
      let written = try? entry.written.assigning(items, truth)
    else { return }
    if case .bool(let flags) = written.storage, flags.allSatisfy({ $0 }) {
      arrays.removeValue(forKey: ObjectIdentifier(lineage))
    } else {
      arrays[ObjectIdentifier(lineage)] = (lineage, written)
    }
  }

  /// True when `array` is, or is a view of, an array with elements never written.
  func holdsUnwritten(_ array: Tensor) -> Bool {
    guard let lineage = array.madeLineage else { return false }
    return arrays[ObjectIdentifier(lineage)] != nil
  }

  /// The refusal for showing `value` when it is, or a list or tuple holds, an array (or a view of one) with elements
  /// never written; nil otherwise.
  func refusal(showing value: Value) -> PythonError? {
    switch value {
    case .tensor(let array):
      guard let lineage = array.madeLineage, arrays[ObjectIdentifier(lineage)] != nil else { return nil }
      return .limit(
        "this array holds elements np.empty or np.empty_like left unwritten, which NumPy shows as whatever its "
          + "memory held (different numbers on each run): write every element before showing it")
    case .list(let items), .tuple(let items):
      for item in items { if let error = refusal(showing: item) { return error } }
      return nil
    default:
      return nil
    }
  }
}
