import TensorCore

/// The most levels lists and tuples may nest (the manual, docs/05-limits.md, "Limits per value and per chapter"), whether written out or built up name by name.
let maxValueNesting = 64

/// The items of a Python list or tuple, with the nesting depth and element count of the whole kept up to date, so
/// every walk over a value (printing, comparing, converting to an array) is bounded without walking it first.
///
/// A class, because a Python list is one object however many names hold it: `b = a; b.append(1)` changes `a` too.
/// Tuples never change after they are made. Interpreter values stay on their chapter's thread, hence the
/// unchecked Sendable conformance.
final class ValueList: RandomAccessCollection, @unchecked Sendable {
  /// The items. Not checked for exclusive access at run time (every read of a list's or tuple's items called the
  /// runtime's access check, about 40 instructions): nothing reads them while it writes them, as `TensorParts`'s
  /// fields.
  @exclusivity(unchecked) private(set) var items: [Value]
  /// 1 + the deepest item's nesting (a list of numbers has depth 1).
  private(set) var depth: Int
  /// How many items are as deep as `depth` says (nesting `depth - 1`), so writing over or removing one of them
  /// walks the list again only when it was the last: a heap or stack of tuples walked every item at each write.
  private var deepestCount: Int
  /// Elements counted through every level: a tensor counts its size, a string its length, anything else 1.
  private(set) var weight: Int
  /// True when every item is a number, string, None or array: nothing that can change or needs the interpreter to
  /// print, so walks looking for objects can skip the list.
  private(set) var holdsOnlyScalars: Bool
  /// True when every item is a Python number, string or None, or a NumPy scalar (`np.float64(2.5)`): nothing an
  /// in-place write to an array can change, so that write's walk over every holder skips the list (a training loop
  /// appending each step's loss to a list would otherwise walk the whole list at every `w += ...`).
  private(set) var holdsNoArrays: Bool
  /// For a tuple NumPy returns as a named tuple (`SlogdetResult`, `EighResult`, …): its class and field names, which
  /// its repr and attribute access use.
  var namedType: NamedTupleType?

  /// Wraps items, computing depth and weight from the items' own (already computed) figures.
  init(_ items: [Value]) {
    self.items = items
    // One plain loop: this runs over every item of every list built, up to 16,777,216 of them.
    var deepest = 0
    var atDeepest = 0
    var total = 0
    var scalars = true
    var noArrays = true
    for item in items {
      if scalars, !item.isScalarItem { scalars = false }
      if noArrays, !item.isArrayFreeItem { noArrays = false }
      let nesting = item.nestingDepth
      if nesting > deepest {
        (deepest, atDeepest) = (nesting, 1)
      } else if nesting == deepest {
        atDeepest += 1
      }
      let (sum, overflowed) = total.addingReportingOverflow(item.weight)
      total = overflowed ? Int.max : sum
    }
    depth = 1 + deepest
    deepestCount = atDeepest
    weight = total
    holdsOnlyScalars = scalars
    holdsNoArrays = noArrays
  }

  /// The refusal for a container made to hold itself (`xs.append(xs)`): CPython prints it with `[...]` and `{...}`,
  /// but the nesting depth and element count docbuild bounds every value by would be infinite.
  static func selfContaining(_ kind: String) -> PythonError {
    PythonError.limit(
      "a \(kind) that contains itself is not supported in snippets (docbuild bounds the nesting of every value): "
        + "hold a copy instead, as \(kind == "list" ? "xs.append(xs.copy())" : "d['self'] = d.copy()")")
  }

  /// The refusal of a list, tuple or dict nested deeper than `maxValueNesting`: Python nests them as deep as memory
  /// allows (its repr, `==` and `hash` raise RecursionError past about 1,000 levels), so no Python error stands for
  /// it.
  static func nestingRefusal() -> PythonError {
    PythonError.limit(
      "lists, tuples and dicts nested more than \(maxValueNesting) levels deep are not supported in snippets "
        + "(docbuild bounds the nesting of every value)")
  }

  /// Replaces the items (a list's methods), refusing what would break the limits or make the list contain itself.
  func replace(with newItems: [Value]) throws(PythonError) {
    try WorkMeter.charge(newItems.count)
    for item in newItems where item.contains(self) {
      throw Self.selfContaining("list")
    }
    let replacement = ValueList(newItems)
    if replacement.depth > maxValueNesting {
      throw ValueList.nestingRefusal()
    }
    if replacement.weight > maxElementCount {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    items = newItems
    depth = replacement.depth
    deepestCount = replacement.deepestCount
    weight = replacement.weight
    holdsOnlyScalars = replacement.holdsOnlyScalars
    holdsNoArrays = replacement.holdsNoArrays
  }

  /// Adds one item at the end in amortised constant time (`xs.append(v)`), as CPython's list does: the items are
  /// changed in place, never copied, and depth and weight are updated from the new item alone.
  func append(_ item: Value) throws(PythonError) {
    try insert(item, at: items.count)
  }

  /// Adds items at the end (`xs.extend(ys)`, `xs += ys`) in time proportional to their number.
  func append(contentsOf newItems: [Value]) throws(PythonError) {
    try WorkMeter.charge(newItems.count)
    var deepest = depth
    var atDeepest = deepestCount
    var total = weight
    for item in newItems {
      if item.contains(self) { throw Self.selfContaining("list") }
      let itemDepth = item.nestingDepth + 1
      if itemDepth > deepest {
        (deepest, atDeepest) = (itemDepth, 1)
      } else if itemDepth == deepest {
        atDeepest += 1
      }
      let (sum, overflowed) = total.addingReportingOverflow(item.weight)
      total = overflowed ? Int.max : sum
    }
    try Self.checkLimits(depth: deepest, weight: total)
    items.append(contentsOf: newItems)
    depth = deepest
    deepestCount = atDeepest
    weight = total
    if holdsOnlyScalars { holdsOnlyScalars = newItems.allSatisfy(\.isScalarItem) }
    if holdsNoArrays { holdsNoArrays = newItems.allSatisfy(\.isArrayFreeItem) }
  }

  /// Inserts one item before `position` (already clamped to `0...count`), shifting the rest as CPython does.
  func insert(_ item: Value, at position: Int) throws(PythonError) {
    try WorkMeter.charge(1)
    if item.contains(self) { throw Self.selfContaining("list") }
    let newDepth = Swift.max(depth, item.nestingDepth + 1)
    let (sum, overflowed) = weight.addingReportingOverflow(item.weight)
    let newWeight = overflowed ? Int.max : sum
    try Self.checkLimits(depth: newDepth, weight: newWeight)
    items.insert(item, at: position)
    countAdded(item)
    weight = newWeight
    if holdsOnlyScalars, !item.isScalarItem { holdsOnlyScalars = false }
    if holdsNoArrays, !item.isArrayFreeItem { holdsNoArrays = false }
  }

  /// Replaces the item at `position` (a valid index) in place (`xs[i] = v`).
  func setItem(_ item: Value, at position: Int) throws(PythonError) {
    try WorkMeter.charge(1)
    if item.contains(self) { throw Self.selfContaining("list") }
    let old = items[position]
    let newDepth = Swift.max(depth, item.nestingDepth + 1)
    let newWeight = weight - old.weight + item.weight
    try Self.checkLimits(depth: newDepth, weight: newWeight)
    let walksAgain = leavesNoneAsDeep(removing: old, adding: item)
    if walksAgain { try WorkMeter.charge(items.count) }
    items[position] = item
    weight = newWeight
    countAdded(item)
    if holdsOnlyScalars, !item.isScalarItem { holdsOnlyScalars = false }
    if holdsNoArrays, !item.isArrayFreeItem { holdsNoArrays = false }
    countRemoved(old, walkingAgain: walksAgain)
  }

  /// Removes and returns the item at `position` (a valid index): constant time at the end (`xs.pop()`), as CPython.
  @discardableResult
  func remove(at position: Int) throws(PythonError) -> Value {
    let walksAgain = leavesNoneAsDeep(removing: items[position], adding: nil)
    try WorkMeter.charge(walksAgain ? 1 + items.count : 1)
    let removed = items.remove(at: position)
    weight -= removed.weight
    countRemoved(removed, walkingAgain: walksAgain)
    return removed
  }

  /// True when removing `old` (and adding `new`, if any) leaves no item as deep as the list is now, so its depth
  /// must be found again by a walk over the items.
  private func leavesNoneAsDeep(removing old: Value, adding new: Value?) -> Bool {
    guard depth > 1, old.nestingDepth + 1 == depth, deepestCount == 1 else { return false }
    guard let new else { return true }
    return new.nestingDepth + 1 < depth
  }

  /// Counts an item just stored into the depth and the number of items that deep.
  private func countAdded(_ item: Value) {
    let itemDepth = item.nestingDepth + 1
    if itemDepth > depth {
      (depth, deepestCount) = (itemDepth, 1)
    } else if itemDepth == depth {
      deepestCount += 1
    }
  }

  /// Uncounts an item just written over or removed; `walkingAgain` (from `leavesNoneAsDeep`, asked before the write
  /// and charged for) when it was the last item as deep as the list.
  private func countRemoved(_ item: Value, walkingAgain: Bool) {
    if walkingAgain {
      recomputeDepth()
    } else if item.nestingDepth + 1 == depth {
      deepestCount -= 1
    }
  }

  /// Recounts depth (and whether only scalars remain) after the last item as deep as the list has gone.
  private func recomputeDepth() {
    var deepest = 0
    var atDeepest = 0
    var scalars = true
    var noArrays = true
    for item in items {
      if scalars, !item.isScalarItem { scalars = false }
      if noArrays, !item.isArrayFreeItem { noArrays = false }
      let nesting = item.nestingDepth
      if nesting > deepest {
        (deepest, atDeepest) = (nesting, 1)
      } else if nesting == deepest {
        atDeepest += 1
      }
    }
    depth = 1 + deepest
    deepestCount = atDeepest
    holdsOnlyScalars = scalars
    holdsNoArrays = noArrays
  }

  private static func checkLimits(depth: Int, weight: Int) throws(PythonError) {
    if depth > maxValueNesting {
      throw ValueList.nestingRefusal()
    }
    if weight > maxElementCount {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
  }

  var startIndex: Int { items.startIndex }
  var endIndex: Int { items.endIndex }
  subscript(position: Int) -> Value { items[position] }
}

extension Value {
  /// True when `list` is this value or is inside it (so storing this value in `list` would make a cycle).
  func contains(_ list: ValueList) -> Bool {
    switch self {
    case .list(let items), .tuple(let items):
      return items === list || items.items.contains { $0.contains(list) }
    case .dict(let dict):
      return dict.values.contains { $0.contains(list) }
    default:
      return false
    }
  }

  /// True for the immutable values a `ValueList` counts as scalars.
  var isScalarItem: Bool {
    switch self {
    case .none, .bool, .int, .bigInt, .float, .string, .tensor: true
    default: false
    }
  }

  /// True for a Python number, string or None, or a NumPy scalar: values no in-place array write changes.
  var isArrayFreeItem: Bool {
    switch self {
    case .none, .bool, .int, .bigInt, .float, .string: true
    case .tensor(let tensor): tensor.isScalar
    default: false
    }
  }

  /// How many list/tuple levels the value has (0 for anything else).
  var nestingDepth: Int {
    switch self {
    case .list(let list), .tuple(let list): list.depth
    case .dict(let dict): dict.depth
    default: 0
    }
  }

  /// How many elements the value holds for the purpose of the element limit.
  var weight: Int {
    switch self {
    case .list(let list), .tuple(let list): list.weight
    case .dict(let dict): dict.weight
    case .tensor(let tensor): Swift.max(tensor.size, 1)
    case .string(let text): Swift.max(text.utf8.count, 1)
    default: 1
    }
  }

  /// A new list, refused when it would nest too deeply or hold too many elements.
  static func makeList(_ items: [Value]) throws(PythonError) -> Value {
    try WorkMeter.charge(items.count)
    return .list(try checked(ValueList(items)))
  }

  /// A new tuple, refused when it would nest too deeply or hold too many elements.
  static func makeTuple(_ items: [Value]) throws(PythonError) -> Value {
    try WorkMeter.charge(items.count)
    return .tuple(try checked(ValueList(items)))
  }

  /// A named tuple such as NumPy's `SlogdetResult(sign=..., logabsdet=...)`.
  static func makeNamedTuple(_ type: NamedTupleType, _ items: [Value]) throws(PythonError) -> Value {
    let tuple = try makeTuple(items)
    if case .tuple(let list) = tuple { list.namedType = type }
    return tuple
  }

  /// A tuple of ints (shapes), which is always within the limits.
  static func intTuple(_ values: [Int]) -> Value {
    .tuple(ValueList(values.map { .int($0) }))
  }

  private static func checked(_ list: ValueList) throws(PythonError) -> ValueList {
    if list.depth > maxValueNesting {
      throw ValueList.nestingRefusal()
    }
    if list.weight > maxElementCount {
      var error = PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      error.isLimit = true
      throw error
    }
    try core { try ResourceMeter.chargePythonValue(bytes: list.items.count * MemoryLayout<Value>.stride) }
    return list
  }
}

/// A named tuple's class: its name and its fields in order.
struct NamedTupleType: Sendable {
  /// The class name, such as `SlogdetResult`.
  var name: String
  /// The field names, one per item.
  var fields: [String]

  /// The refusal of `what` (its class, an underscore method): NumPy's class is a `collections.namedtuple` of its own
  /// (`numpy.linalg._linalg.SVDResult`), which docbuild's named tuples, plain tuples with field names, are not.
  func classRefusal(_ what: String) -> PythonError {
    PythonError.limit(
      "\(what) of NumPy's \(name) is not supported in snippets: NumPy's is a named tuple class of its own, which "
        + "docbuild's is not (its fields, indexing, unpacking, len and printing are supported)")
  }
}
