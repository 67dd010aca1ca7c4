import TensorCore

/// The arrays `np.empty` and `np.empty_like` made whose elements have not all been written yet. NumPy leaves their
/// memory as it found it (often a freed array's numbers), docbuild fills it with zeros, so showing such an array
/// (`z = np.empty(3)`, then `z` or `print(z)`) is refused until every element is written: through item and slice
/// assignment, `fill`, `np.put` and the other writes that assign items. A write through a view of the array, or any
/// other kind of write, leaves it counted as unwritten, so showing it stays refused.
struct UninitializedMemory {
  /// One tracked array: its memory, held weakly (a strong reference would make every write copy the array, as the
  /// memory would not be the array's alone) and compared on each look-up, so that an identity reused after the array
  /// is gone never counts; a flag per element (row-major) marking those written, and how many are not yet.
  private struct Entry {
    weak var lineage: ArrayLineage?
    let shape: [Int]
    var written: [Bool]
    var unwritten: Int

    /// Marks the elements at `positions` written.
    mutating func mark(_ positions: Range<Int>) {
      for position in positions where !written[position] {
        written[position] = true
        unwritten -= 1
      }
    }
  }

  /// By the identity of each array's memory.
  private var arrays: [ObjectIdentifier: Entry] = [:]

  /// True when no array is tracked (the common case, checked first).
  var isEmpty: Bool { arrays.isEmpty }

  /// The key of the tracked memory `array` (or the array a view of it reads) has, if it is tracked.
  private func key(of array: Tensor) -> ObjectIdentifier? {
    guard let lineage = array.madeLineage else { return nil }
    let key = ObjectIdentifier(lineage)
    return arrays[key]?.lineage === lineage ? key : nil
  }

  /// Starts tracking `value` when it is a new array with elements.
  mutating func track(_ value: Value) {
    guard case .tensor(let array) = value, !array.isScalar, array.size > 0, array.view == nil else { return }
    // The entries of arrays gone since (their memory let go) are dropped here, where the table grows.
    arrays = arrays.filter { $0.value.lineage != nil }
    let lineage = array.lineage
    arrays[ObjectIdentifier(lineage)] = Entry(
      lineage: lineage, shape: array.shape, written: Array(repeating: false, count: array.size),
      unwritten: array.size)
  }

  /// Marks the elements `items` of `array` written, and stops tracking its memory once every element is. A write
  /// through a view counts only when it covers the whole view and the view covers the whole array, each element once
  /// (`a.flat = …`, `a.reshape(6)[...] = …`); any other write through a view leaves the array counted unwritten.
  mutating func noteWrite(_ array: Tensor, _ items: [IndexItem]) {
    guard let key = key(of: array) else { return }
    // The shape and size only: a copy of the entry held while marking would make the flags copy themselves.
    guard let shape = arrays[key]?.shape, let size = arrays[key]?.written.count else { return }
    let isWhole = items.allSatisfy { item in
      switch item {
      case .ellipsis, .slice(nil, nil, nil): true
      default: false
      }
    }
    if array.view != nil {
      guard isWhole, array.size == size, !array.geometry.isStrideTrickView else { return }
      arrays.removeValue(forKey: key)
      return
    }
    guard shape == array.shape else { return }
    if isWhole {
      arrays.removeValue(forKey: key)
      return
    }
    // A write of one element or one row (`z[n] = …`, `u[n + 1] = …`, `a[i, j] = …`), as a loop filling the array step
    // by step makes: a block of consecutive elements, marked in place, so the loop stays linear in its steps.
    if let (start, count) = Self.block(items, shape: shape) {
      arrays[key]?.mark(start..<start + count)
    } else {
      guard let flags = arrays[key]?.written,
        let written = try? Tensor(shape: shape, storage: .bool(flags)).assigning(items, Tensor(true)),
        case .bool(let flags) = written.storage, flags.count == size
      else { return }
      arrays[key]?.written = flags
      arrays[key]?.unwritten = flags.lazy.filter { !$0 }.count
    }
    if arrays[key]?.unwritten == 0 { arrays.removeValue(forKey: key) }
  }

  /// Marks the element at row-major position `offset` of `array` (an array owning its memory) written: the write
  /// `name[i, j] = v` makes in place.
  mutating func noteElementWrite(_ array: Tensor, offset: Int) {
    guard array.view == nil, let key = key(of: array) else { return }
    guard arrays[key]?.shape == array.shape, let size = arrays[key]?.written.count, 0 <= offset, offset < size
    else { return }
    arrays[key]?.mark(offset..<offset + 1)
    if arrays[key]?.unwritten == 0 { arrays.removeValue(forKey: key) }
  }

  /// The row-major elements that leading integer indices pick, as their first position and count; nil for other
  /// indices or one out of range.
  private static func block(_ items: [IndexItem], shape: [Int]) -> (start: Int, count: Int)? {
    guard !items.isEmpty, items.count <= shape.count else { return nil }
    var start = 0
    for (axis, item) in items.enumerated() {
      guard case .int(var index) = item else { return nil }
      if index < 0 { index += shape[axis] }
      guard 0 <= index, index < shape[axis] else { return nil }
      start = start * shape[axis] + index
    }
    let count = shape[items.count...].reduce(1, *)
    return (start * count, count)
  }

  /// True when `array` is, or is a view of, an array with elements never written.
  func holdsUnwritten(_ array: Tensor) -> Bool {
    key(of: array) != nil
  }

  /// The refusal for showing `value` when it is, or a list or tuple holds, an array (or a view of one) with elements
  /// never written; nil otherwise.
  func refusal(showing value: Value) -> PythonError? {
    switch value {
    case .tensor(let array):
      guard key(of: array) != nil else { return nil }
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
