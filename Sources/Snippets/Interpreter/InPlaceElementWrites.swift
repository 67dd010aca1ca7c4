import TensorCore

/// `name[i, j] = v` and `name[i, j] += v` in constant time, where the general write (`assignItem`) makes the array
/// again with one element changed and puts it wherever the array is held: a loop writing each element of a (100, 100)
/// array one at a time copied it 10,000 times. NumPy writes in place; so does this, when nothing else can see the
/// array: the name alone holds it (no other name, list, view or recorded operation), it owns its memory, its dtype is
/// bool, int64 or float64, the index is one Python int per axis in range, and the value is a number of a kind the
/// write stores unchanged; and no structured array's field mirrors another array's memory (those links hold lineages
/// weakly, unseen by the test that nothing else holds this one). Anything else takes the general write, which gives
/// the same result. Slice writes (`a[:, j] = v`) and whole-shape mask writes of one number (`a[a > 0] = 0`) are made
/// in place under the same conditions.
extension Interpreter {
  /// Where a name's value lives: a slot of the running function's frame or of the chapter's namespace.
  private enum NameSlot {
    case local(Int)
    case global(Int)
  }

  /// The slot `expression` reads, when it is a plain name bound to a value. Inlined: a call of a method of the
  /// interpreter that does not change it copies the whole interpreter (1,376 bytes, about 160 instructions) to hand
  /// it over, on every in-place write.
  @inline(__always)
  private func nameSlot(_ expression: Expression) -> NameSlot? {
    switch expression.kind {
    case .local(let slot, _): scope == nil ? nil : .local(slot)
    case .global(let slot, _): .global(slot)
    case .name(let name) where scope == nil: globals.table.slotOf[name].map(NameSlot.global)
    default: nil
    }
  }

  /// The value a name's slot holds, moved out (the slot left empty), so that a caller holding it may hold it alone.
  private mutating func takeOut(_ slot: NameSlot) -> Value? {
    switch slot {
    case .local(let index):
      let taken = scope?[index]
      scope?[index] = nil
      return taken
    case .global(let index):
      return globals.takeOut(index)
    }
  }

  /// Puts what `takeOut` moved out of a slot (perhaps changed) back into it; nil leaves the slot empty.
  private mutating func putBack(_ slot: NameSlot, _ value: Value?) {
    guard let value else { return }
    switch slot {
    case .local(let index): scope?[index] = value
    case .global(let index): globals.putBack(index, value)
    }
  }

  /// `container[key] = value` written in place; false when the general write must do it (then `value` is the same
  /// number, its history perhaps cut where it leaves the value: see `Tensor.writeElementInPlace`). The caller moves
  /// `value` in, so that a temporary is held here alone.
  mutating func writeElementInPlace(_ base: Expression, _ container: inout Value, _ key: Value, _ value: inout Value)
    -> Bool
  {
    guard derivativeInput == nil, recfunctionLinks.isEmpty, let slot = nameSlot(base),
      let offset = Self.elementOffset(container, key), let element = Self.storedElement(value, into: container)
    else { return false }
    var written = Self.movedTensor(&value)
    defer { if let written { value = .tensor(written) } }
    let isWritten = writeHeldArray(slot, &container) { $0.writeElementInPlace(element, at: offset, value: &written) }
    // An np.empty array filled element by element in a loop (`z[n] = u[0]`) stays linear in its steps.
    if isWritten, !uninitializedMemory.isEmpty, case .tensor(let array) = container {
      uninitializedMemory.noteElementWrite(array, offset: offset)
    }
    return isWritten
  }

  /// Moves the array that `slot` holds out of it and out of `container` (so that `write` may find it held once),
  /// runs `write` on it, again with the array's other holders set aside when `write` declines, and puts the array
  /// back in both; what `write` returned. False, `write` not run, when the name holds another array than
  /// `container`: it may have been bound again while the index or the value was evaluated.
  private mutating func writeHeldArray(_ slot: NameSlot, _ container: inout Value, _ write: (inout Tensor) -> Bool)
    -> Bool
  {
    var taken = takeOut(slot)
    defer { putBack(slot, taken) }
    guard Self.holdSameParts(taken, container), var array = Self.movedTensor(&taken) else { return false }
    container = .none
    var isWritten = write(&array)
    if !isWritten { isWritten = withOtherHoldersSetAside(of: &array, write) }
    taken = .tensor(array)
    container = .tensor(array)
    return isWritten
  }

  /// `container[key] = value` for a basic index with a slice (`a[:, j] = v`, `a[i, 1:3] = row`), written in place
  /// under the conditions of `writeElementInPlace`, with a value that is an array or a Python number of a dtype the
  /// write stores as the general write would (no narrow or complex dtype); false, nothing changed, when the general
  /// write must do it, which it then does with NumPy's errors (a value that does not broadcast, NaN into an int
  /// array): this write gives up on any error before an element changes. A gradient-descent loop writing each step
  /// into a column of its path (`path[:, k + 1] = path[:, k] - rate * g`) copied the whole path at every step.
  mutating func writeSliceInPlace(_ base: Expression, _ container: inout Value, _ key: Value, _ value: inout Value)
    -> Bool
  {
    guard let items = Self.sliceWriteItems(container, key) else { return false }
    return writeSliceInPlace(base, &container, items: items, &value)
  }

  /// `writeSliceInPlace` of a key whose items are known (`ConstantIndexItems`: written with constants only, so
  /// evaluating it later, when this returns false, is the same as evaluating it first).
  mutating func writeSliceInPlace(
    _ base: Expression, _ container: inout Value, items: [IndexItem], _ value: inout Value,
    cache: IndexPlanCache? = nil
  )
    -> Bool
  {
    guard derivativeInput == nil, recfunctionLinks.isEmpty, let slot = nameSlot(base),
      Self.sliceWriteAccepts(container, items), Self.isStoredAsGeneralWriteStoresIt(value)
    else { return false }
    var written: Tensor?
    if case .tensor = value {
      written = Self.movedTensor(&value)
    } else {
      written = try? value.toTensor()
    }
    defer { if case .none = value, let written { value = .tensor(written) } }
    guard written != nil else { return false }
    let isWritten = writeHeldArray(slot, &container) {
      (try? $0.writeInPlace(items, value: &written, cache: cache)) ?? false
    }
    if isWritten, !uninitializedMemory.isEmpty, case .tensor(let array) = container {
      uninitializedMemory.noteWrite(array, items)
    }
    return isWritten
  }

  /// `container[mask] = value` for a boolean array `mask` of the array's whole shape and one number (`a[a > 0] = 0`,
  /// `img[img > 200] = 255`), written in place under the conditions of `writeElementInPlace` (held by the name alone,
  /// a number stored unchanged; a view only where its elements are a run of its root's, `Tensor.fillInPlace`); false,
  /// nothing changed, when the general write must do it. The general write made the array again, in a buffer of its
  /// size.
  mutating func writeMaskInPlace(_ base: Expression, _ container: inout Value, _ key: Value, _ value: inout Value)
    -> Bool
  {
    // The array is tested in a function of its own: a binding of it here would hold it until the write, which
    // would then find it held twice.
    guard case .tensor(let mask) = key, Self.maskFillAccepts(container, mask), derivativeInput == nil,
      recfunctionLinks.isEmpty, uninitializedMemory.isEmpty, let slot = nameSlot(base),
      let element = Self.storedElement(value, into: container)
    else { return false }
    var written = Self.movedTensor(&value)
    defer { if let written { value = .tensor(written) } }
    return writeHeldArray(slot, &container) { (try? $0.fillInPlace(element, where: mask, value: &written)) ?? false }
  }

  /// True when `container` is an array `writeMaskInPlace` may write through `mask`: a bool array of its whole shape.
  private static func maskFillAccepts(_ container: Value, _ mask: Tensor) -> Bool {
    guard case .tensor(let array) = container else { return false }
    return mask.dtype == .bool && mask.shape == array.shape && !array.isScalar && !array.isFlatIterator
      && array.isWriteable && array.dtype == array.storageClass
  }

  /// Runs `write` on `array` while every other name, item and attribute that holds this very array object (another
  /// name for it, a caller's name for a function's parameter) holds a stand-in instead, then puts the array, as
  /// written, back into each of them; what `write` returns. An array written through a function's parameter is held
  /// by the caller's name too, so the in-place write's test that nothing else holds it failed at every write, and
  /// each general write copied the array (a (100, 100) relu written element by element in a function took seconds).
  /// Set aside, the holders that are this object no longer count; anything else holding its memory (a copy not yet
  /// made, a view, a recorded operation, a value a caller is computing with) still does, and the write is left to
  /// the general write, as before. Nothing is set aside when no other holder is found.
  private mutating func withOtherHoldersSetAside(of array: inout Tensor, _ write: (inout Tensor) -> Bool) -> Bool {
    // A view reads this memory: it holds the lineage too, so no holder set aside could make the write in place, and
    // a loop writing through views would walk every holder twice for nothing.
    guard array.madeLineage?.hasRoot != true else { return false }
    // A stand-in of its own memory, so that it is never the same object as an array a snippet holds. Neither it nor
    // the array is a NumPy scalar, so lists of numbers and scalars need no walk (`changingOnlyArrays`).
    let standIn = Tensor(shape: [0], storage: .float64([]), isScalar: false)
    var setAside = 0
    var walked = true
    do {
      // Scoped, so that no copy of the array outlives the walk: the write tests that the array is held once.
      let original = array
      do {
        try transformEverywhere(changingOnlyArrays: true) { bound in
          guard bound.isSameObject(as: original) else { return nil }
          setAside += 1
          return standIn
        }
      } catch {
        walked = false
      }
    }
    // A write that fails changes nothing, so the array as it is now goes back either way.
    let isWritten = walked && setAside > 0 && write(&array)
    if setAside > 0 {
      let restored = array
      // The walk stops only on a limit; what it set aside before then goes back too.
      try? transformEverywhere(changingOnlyArrays: true) { $0.isSameObject(as: standIn) ? restored : nil }
    }
    return isWritten
  }

  /// The items of `key` when `container` is an array `writeSliceInPlace` may write and `key` a basic index holding a
  /// slice, or integers fewer than its axes (so the selection has an axis, and no element-of-a-sequence rule
  /// applies); nil otherwise.
  private static func sliceWriteItems(_ container: Value, _ key: Value) -> [IndexItem]? {
    guard let items = try? Indexing.indexItems(key), sliceWriteAccepts(container, items) else { return nil }
    return items
  }

  /// True when `container` is an array `writeSliceInPlace` may write and `items` a basic index holding a slice, or
  /// integers fewer than its axes.
  private static func sliceWriteAccepts(_ container: Value, _ items: [IndexItem]) -> Bool {
    guard case .tensor(let array) = container, !array.isScalar, !array.isFlatIterator,
      array.isWriteable, array.dtype == array.storageClass, array.storageClass != .complex128
    else { return false }
    var hasSlice = false
    var integers = 0
    for item in items {
      switch item {
      case .slice: hasSlice = true
      case .int: integers += 1
      case .ellipsis, .newaxis: break
      case .indices, .mask: return false
      }
    }
    // Integers alone, fewer than the axes, select a row (`u[n + 1] = step(u[n])`), which has an axis too.
    return hasSlice || (integers == items.count && integers < array.ndim)
  }

  /// True for an array of a wide real dtype and for a Python bool, int (of 64 bits) or float: values the general
  /// write turns into their own array and stores through the same kernel.
  private static func isStoredAsGeneralWriteStoresIt(_ value: Value) -> Bool {
    switch value {
    case .bool, .int, .float: return true
    case .tensor(let tensor):
      return !tensor.dtype.isNarrow && !tensor.dtype.isComplex && !tensor.isFlatIterator
        && tensor.dtype == tensor.storageClass
    default: return false
    }
  }

  /// `container[key] op= expression` for an element `writeElementInPlace` may write: the element is read as NumPy's
  /// scalar of the array's dtype without recording a read of the array (which would hold the array, so that no
  /// write could be in place), and the result written in place or by the general write. The write is marked as an
  /// assignment over the array's old graph node and the result's, so a gradient through it is refused as before.
  /// False (nothing evaluated) when the general path must do all of it.
  mutating func augmentElementInPlace(
    _ base: Expression, _ container: inout Value, _ key: Value, _ op: BinaryOperator, _ expression: Expression
  ) throws(PythonError) -> Bool {
    guard derivativeInput == nil, uninitializedMemory.isEmpty, recfunctionLinks.isEmpty, nameSlot(base) != nil,
      let offset = Self.elementOffset(container, key)
    else { return false }
    // The element is moved into the operation, so that the result's history alone holds it.
    var element = Self.elementScalar(container, at: offset)
    guard element != nil else { return false }
    var result: Value
    let walks = arrayWrites
    let operand = try evaluate(expression)
    try checkHeldArrays(since: walks, [container], at: expression)
    do {
      result = try Operators.binary(op, element.take()!, operand)
    } catch {
      // An element is a NumPy scalar: a value NumPy wraps as an object array meets its object loop's operator.
      if Operators.wrapsAsObject(operand) { throw error }
      throw Self.augmentedOperatorError(error, op)
    }
    if writeElementInPlace(base, &container, key, &result) { return true }
    guard case .tensor(let array) = container else { return false }
    try assignItem(array, key, result)
    return true
  }

  /// `unsupported operand type(s) for +:` as an augmented assignment says it (`+=:`).
  static func augmentedOperatorError(_ error: PythonError, _ op: BinaryOperator) -> PythonError {
    let plain = "unsupported operand type(s) for \(op.messageSymbol):"
    guard error.type == "TypeError", error.message.hasPrefix(plain) else { return error }
    return PythonError.type("unsupported operand type(s) for \(op.rawValue)=:" + error.message.dropFirst(plain.count))
  }

  /// The row-major offset of the element `key` names: an array owning its memory, of a dtype that is its storage
  /// class (not uint64, whose values the int64 class holds as bit patterns), indexed by one Python int per axis in
  /// range (an index out of range takes the general path, which raises NumPy's IndexError).
  private static func elementOffset(_ container: Value, _ key: Value) -> Int? {
    guard case .tensor(let array) = container, !array.isScalar, !array.isFlatIterator,
      array.dtype == array.storageClass, array.storageClass != .complex128
    else { return nil }
    let shape = array.shape
    var offset = 0
    func add(_ index: Int, axis: Int) -> Bool {
      let extent = shape[axis]
      let position = index < 0 ? index + extent : index
      guard position >= 0, position < extent else { return false }
      offset = offset * extent + position
      return true
    }
    switch key {
    case .int(let index):
      guard shape.count == 1, add(index, axis: 0) else { return nil }
    case .tuple(let items):
      guard items.items.count == shape.count else { return nil }
      for (axis, item) in items.items.enumerated() {
        guard case .int(let index) = item, add(index, axis: axis) else { return nil }
      }
    default:
      return nil
    }
    return offset
  }

  /// `value` as an element of `container`'s storage class, when NumPy stores it unchanged (a float64 array takes
  /// any real number of at most 64 bits, an int64 array ints and bools, a bool array bools); nil for every value the
  /// general write converts with its own rules (a float into an int array, a complex number, a Python int of more
  /// than 64 bits, a uint64, a sequence).
  private static func storedElement(_ value: Value, into container: Value) -> StoredElement? {
    guard case .tensor(let array) = container else { return nil }
    let number: StoredElement
    switch value {
    case .bool(let flag): number = .bool(flag)
    case .int(let int): number = .int64(Int64(int))
    case .float(let double): number = .float64(double)
    case .tensor(let scalar) where scalar.shape.isEmpty && scalar.dtype != .uint64:
      guard let element = scalar.storedElement(at: 0) else { return nil }
      number = element
    default: return nil
    }
    switch (array.storageClass, number) {
    case (.float64, .float64): return number
    case (.float64, .int64(let int)): return .float64(Double(int))
    case (.float64, .bool(let flag)): return .float64(flag ? 1 : 0)
    case (.int64, .int64): return number
    case (.int64, .bool(let flag)): return .int64(flag ? 1 : 0)
    case (.bool, .bool): return number
    default: return nil
    }
  }

  /// The element at `offset` as NumPy's scalar of the array's dtype, a new value.
  private static func elementScalar(_ container: Value, at offset: Int) -> Value? {
    guard case .tensor(let array) = container, let element = array.storedElement(at: offset) else { return nil }
    switch element {
    case .float64(let double): return .tensor(Tensor(shape: [], storage: .float64([double]), isScalar: true))
    case .int64(let int): return .tensor(Tensor(shape: [], storage: .int64([int]), isScalar: true))
    case .bool(let flag): return .tensor(Tensor(shape: [], storage: .bool([flag]), isScalar: true))
    }
  }

  /// The array value `value` holds, moved out (`value` left `.none`); nil, leaving `value` as it is, for any other
  /// value (a Python number has no graph node to follow).
  private static func movedTensor(_ value: inout Value) -> Tensor? {
    guard case .tensor(let tensor) = value else { return nil }
    value = .none
    return tensor
  }

  /// True when both hold one array's very parts.
  private static func holdSameParts(_ taken: Value?, _ container: Value) -> Bool {
    guard case .tensor(let held)? = taken, case .tensor(let read) = container else { return false }
    return held.holdsSameParts(as: read)
  }

  /// The tensor `value` holds, moved out of it (left nil), so that the caller holds the only reference.
  private static func movedTensor(_ value: inout Value?) -> Tensor? {
    guard case .tensor(let tensor)? = value else { return nil }
    value = nil
    return tensor
  }
}

/// The index items of a subscript written with constants only and holding a slice (`a[1:, ::2]`, `a[:, 0]`,
/// `a[..., -1:]`): what evaluating the key and `Indexing.indexItems` give, read off the parsed expression, with the
/// count of its nodes (the steps `evaluate` would count). Nil for any other key, including a zero step (its error is
/// the general path's).
struct ConstantIndexItems: Sendable {
  /// The items, in order.
  var items: [IndexItem] = []
  /// Their plan for the last shape written through them (the items never change, so the plan is the shape's).
  let plans = IndexPlanCache()
  /// The key's expression nodes.
  var steps = 0

  init?(_ key: Expression) {
    var hasSlice = false
    var hasEllipsis = false
    func add(_ part: Expression) -> Bool {
      switch part.kind {
      case .slice(let start, let stop, let step):
        steps += 1
        guard let start = bound(start), let stop = bound(stop), let step = bound(step), step != 0 else {
          return false
        }
        items.append(.slice(start: start, stop: stop, step: step))
        hasSlice = true
      case .none:
        steps += 1
        items.append(.newaxis)
      case .ellipsis:
        guard !hasEllipsis else { return false }
        hasEllipsis = true
        steps += 1
        items.append(.ellipsis)
      default:
        guard let number = integer(part) else { return false }
        items.append(.int(number))
      }
      return true
    }
    // A slice bound: .some(nil) when left out or None, nil when not a constant int.
    func bound(_ part: Expression?) -> Int?? {
      guard let part else { return .some(nil) }
      if case .none = part.kind {
        steps += 1
        return .some(nil)
      }
      return integer(part).map { .some($0) }
    }
    func integer(_ part: Expression) -> Int? {
      switch part.kind {
      case .integer(let number):
        steps += 1
        return number
      case .unary(.negate, let operand):
        guard case .integer(let number) = operand.kind, number != Int.min else { return nil }
        steps += 2
        return -number
      default: return nil
      }
    }
    if case .tuple(let parts) = key.kind {
      steps += 1
      for part in parts { guard add(part) else { return nil } }
    } else {
      guard add(key) else { return nil }
    }
    guard hasSlice else { return nil }
  }
}
