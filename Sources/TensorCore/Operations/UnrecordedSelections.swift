/// `np.clip`, `np.where`, `np.concatenate` and `np.stack` as a chapter that reads no history computes them at the
/// interpreter's compiled call sites: the values, dtype, layout and charges of the recorded selection (`select`),
/// which `record` leaves without a graph node there (`historyIsNeverRead`), without its plan of positions, its
/// broadcast operands and its list of inputs. Each returns nil, having done nothing, where the recorded operation
/// would do more (a history to keep, a narrow or complex dtype, a memory order or layout to follow, a shape error).
extension Tensor {
  /// True when `record` would attach no graph node to a float64 selection of this value: the running chapter reads no
  /// history and this value has none, and its memory order is C's as far as docbuild knows.
  private var selectsPlainly: Bool {
    !ResourceMeter.runningRecordsHistories && !(node?.hasHistoryOrOrigin ?? false) && !hasUnknownLayout
  }

  /// `np.clip(a, low, high)` of a float64 array with dimensions between two bounds that are no NaN: NumPy's loop for
  /// bounds of one element, `low if x < low else x`, then `high if high < m else m` (a NaN element stays NaN; on a tie
  /// of signed zeros the first operand is kept), which is `clip`'s selection and its sign rule.
  public func clippedWithoutRecord(_ low: Double, _ high: Double) throws -> Tensor? {
    guard ndim > 0, dtype == .float64, !low.isNaN, !high.isNaN, case .float64(let values) = storage, selectsPlainly
    else { return nil }
    let count = values.count
    let clipped = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      for k in 0..<count {
        let x = values[k]
        let kept = x < low ? low : x
        buffer[k] = high < kept ? high : kept
      }
      initialized = count
    }
    // `select`'s charges: its plan, then the recorded operation's work and new storage.
    try ResourceMeter.charge(work: count, bytes: count * 8)
    try ResourceMeter.charge(work: 2 * count, bytes: count * 8 + ResourceMeter.nodeOverhead)
    return Tensor(shape: shape, storage: .float64(clipped))
  }

  /// `np.where(condition, x, y)` of a bool condition with dimensions and float64 operands, each an array of the
  /// condition's shape or a Python number (`number`, a weak scalar NumPy casts to float64): `where`'s selection.
  public static func selectedWithoutRecord(_ condition: Tensor, _ x: WhereOperand, _ y: WhereOperand) throws
    -> Tensor?
  {
    guard condition.ndim > 0, condition.dtype == .bool, case .bool(let flags) = condition.storage,
      !condition.hasUnknownLayout, x.fits(condition.shape), y.fits(condition.shape),
      x.isArray || y.isArray
    else { return nil }
    let count = flags.count
    let (xs, xNumber) = x.elements
    let (ys, yNumber) = y.elements
    let selected = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      for k in 0..<count { buffer[k] = flags[k] ? (xs?[k] ?? xNumber) : (ys?[k] ?? yNumber) }
      initialized = count
    }
    // `select`'s charges: its plan, then the recorded operation's work (both operands broadcast to the shape) and
    // new storage.
    try ResourceMeter.charge(work: count, bytes: count * 8)
    try ResourceMeter.charge(work: 3 * count, bytes: count * 8 + ResourceMeter.nodeOverhead)
    return Tensor(shape: condition.shape, storage: .float64(selected))
  }

  /// An operand of `selectedWithoutRecord`: a float64 array, or a Python number.
  public enum WhereOperand {
    case array(Tensor)
    case number(Double)

    fileprivate var isArray: Bool {
      if case .array = self { return true }
      return false
    }

    /// True for a number, or a plain float64 array of `shape`.
    fileprivate func fits(_ shape: [Int]) -> Bool {
      switch self {
      case .number: true
      case .array(let array): array.dtype == .float64 && array.shape == shape && array.selectsPlainly
      }
    }

    /// An array's elements, or a number (and no elements).
    fileprivate var elements: (values: [Double]?, number: Double) {
      switch self {
      case .number(let number): (nil, number)
      case .array(let array): (array.doubles, 0)
      }
    }
  }

  /// `np.concatenate(arrays, axis=axis)` (`np.stack` with `stacking`) of arrays of one dtype (float64, int64 or bool)
  /// and one number of dimensions, their shapes fitting together: the slabs of each array in turn, as `concatenate`'s
  /// selection takes them. `axis` is within the result's axes, from 0.
  public static func joinedWithoutRecord(_ arrays: [Tensor], axis: Int, stacking: Bool) throws -> Tensor? {
    guard let first = arrays.first, first.ndim > 0 else { return nil }
    let dtype = first.dtype
    guard dtype == .float64 || dtype == .int64 || dtype == .bool else { return nil }
    var shape = first.shape
    if stacking {
      shape.insert(arrays.count, at: axis)
    } else {
      shape[axis] = 0
    }
    for array in arrays {
      guard array.dtype == dtype, !array.hasUnknownLayout, dtype != .float64 || array.selectsPlainly else {
        return nil
      }
      if stacking {
        guard array.shape == first.shape else { return nil }
      } else {
        guard array.ndim == first.ndim else { return nil }
        for d in 0..<first.ndim where d != axis && array.shape[d] != first.shape[d] { return nil }
        shape[axis] += array.shape[axis]
      }
    }
    let count = try Shape.checkedCount(shape)
    let outer = shape[..<axis].reduce(1, *)
    // Each array's slab: its elements from the axis on (one row of the new axis when stacking).
    // Each slab copied into storage written once (`Array.written`): appending slices grew the result through the
    // standard library's generic append, and reading the elements through key paths applied them at run time.
    func joined<Element>(_ elements: (Tensor) -> [Element]) -> [Element] {
      // Along the first axis (`np.concatenate([a, b])`, `np.stack([a, b])`) each array is one slab, its elements
      // whole, copied in turn: the lists of slabs and of sources cost two allocations and their frees a call.
      if outer == 1 {
        return [Element].written(count: count) { out in
          var position = 0
          for array in arrays {
            elements(array).withUnsafeBufferPointer { source in
              guard let first = source.baseAddress else { return }
              (out + position).initialize(from: first, count: source.count)
              position += source.count
            }
          }
        }
      }
      let slabs = arrays.map { $0.shape[axis...].reduce(1, *) }
      let sources = arrays.map(elements)
      return [Element].written(count: count) { out in
        var position = 0
        for o in 0..<outer {
          for (k, slab) in slabs.enumerated() where slab > 0 {
            sources[k].withUnsafeBufferPointer { source in
              (out + position).initialize(from: source.baseAddress.unsafelyUnwrapped + o * slab, count: slab)
            }
            position += slab
          }
        }
      }
    }
    let storage: Storage
    switch dtype {
    case .float64: storage = .float64(joined { $0.doubles })
    case .bool: storage = .bool(joined { $0.bools })
    default: storage = .int64(joined { $0.int64s })
    }
    let read = arrays.reduce(0) { $0 + $1.size }
    try ResourceMeter.charge(work: count, bytes: count * 8)
    try ResourceMeter.charge(
      work: count + read, bytes: count * dtype.itemSize + (dtype == .float64 ? ResourceMeter.nodeOverhead : 0))
    return Tensor(shape: shape, storage: storage)
  }
}
