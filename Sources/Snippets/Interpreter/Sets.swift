import TensorCore

/// CPython 3.11's set table (`Objects/setobject.c`) for elements whose hashes are the same in every process: the
/// slots with their dummies, `fill` (active and dummy slots) and `used` (active ones), so that the order a set
/// prints and iterates in follows from the operations that built it, removals included.
struct SetTable {
  /// One slot of the table.
  enum Slot {
    case empty
    /// What a removal leaves: probes pass over it, and a later insertion may reuse it.
    case dummy
    case active(Value, hash: Int)
  }

  /// `LINEAR_PROBES`: the slots looked at after the first before perturbation takes over.
  private static let linearProbes = 9
  /// `PySet_MINSIZE`.
  static let minimumSize = 8

  private(set) var slots = [Slot](repeating: .empty, count: minimumSize)
  private(set) var fill = 0
  private(set) var used = 0

  var mask: Int { slots.count - 1 }

  /// The slots `hash` probes, in CPython's order: a run of up to ten, then `i * 5 + 1 + perturb`.
  private func probe(_ hash: Int, _ visit: (Int) -> Bool) {
    let mask = UInt(self.mask)
    var perturb = UInt(bitPattern: hash)
    var slot = UInt(bitPattern: hash) & mask
    while true {
      let probes = slot + UInt(Self.linearProbes) <= mask ? Self.linearProbes : 0
      for offset in 0...probes where !visit(Int(slot) + offset) { return }
      perturb >>= 5
      slot = (slot &* 5 &+ 1 &+ perturb) & mask
    }
  }

  /// `set_add_entry` for a key the set does not hold: the last dummy on its probe path, else the empty slot that
  /// ends it, then a resize when the table is three-fifths full.
  mutating func addAbsent(_ value: Value, hash: Int) {
    var freeSlot: Int?
    var emptySlot = 0
    probe(hash) { slot in
      switch slots[slot] {
      case .empty:
        emptySlot = slot
        return false
      case .dummy:
        // The last dummy on the path, as CPython's loop overwrites `freeslot` at each one.
        freeSlot = slot
        return true
      case .active: return true
      }
    }
    used += 1
    if let freeSlot {
      slots[freeSlot] = .active(value, hash: hash)
      return
    }
    fill += 1
    slots[emptySlot] = .active(value, hash: hash)
    if fill * 5 >= mask * 3 { resize(used > 50000 ? used * 2 : used * 4) }
  }

  /// The slot holding the element equal to `key`, as `set_lookkey` finds it.
  func slot(of key: HashKey, hash: Int) -> Int? {
    var found: Int?
    probe(hash) { slot in
      switch slots[slot] {
      case .empty: return false
      case .dummy: return true
      case .active(let value, let stored):
        if stored == hash, (try? HashKey(value)) == key {
          found = slot
          return false
        }
        return true
      }
    }
    return found
  }

  /// `set_discard_entry` once the slot is found: a dummy takes the element's place.
  mutating func discard(at slot: Int) {
    slots[slot] = .dummy
    used -= 1
  }

  /// `set_table_resize`: a table of the smallest power of two above `minimumUsed` (at least 8), the active
  /// elements inserted again in slot order, the dummies dropped.
  mutating func resize(_ minimumUsed: Int) {
    var size = Self.minimumSize
    while size <= minimumUsed { size <<= 1 }
    let old = slots
    slots = [Slot](repeating: .empty, count: size)
    fill = used
    for case .active(let value, let hash) in old { insertClean(value, hash: hash) }
  }

  /// `set_insert_clean`: the first empty slot on the probe path (the table has no dummies and not the element).
  private mutating func insertClean(_ value: Value, hash: Int) {
    var target = 0
    probe(hash) { slot in
      if case .empty = slots[slot] {
        target = slot
        return false
      }
      return true
    }
    slots[target] = .active(value, hash: hash)
  }

  /// `set_merge`'s two fast paths into an empty table (the caller resized it first): the other's slots copied as
  /// they are when both tables have one size and the other no dummies, else its elements inserted clean.
  mutating func mergeIntoEmpty(_ other: SetTable) {
    if mask == other.mask && other.fill == other.used {
      slots = other.slots
      fill = other.fill
      used = other.used
      return
    }
    fill = other.used
    used = other.used
    for case .active(let value, let hash) in other.slots { insertClean(value, hash: hash) }
  }

  /// The resize `set_merge` and `set_update_internal` do before adding `incoming` elements.
  mutating func prepare(forAdding incoming: Int) {
    if (fill + incoming) * 5 >= mask * 3 { resize((used + incoming) * 2) }
  }

  /// The resize `set_difference_update_internal` ends with when more than a quarter of the slots are dummies.
  mutating func purgeDummies() {
    if fill - used > mask / 4 { resize(used > 50000 ? used * 2 : used * 4) }
  }

  /// The elements in slot order: CPython's iteration order.
  var elements: [Value] {
    slots.compactMap { if case .active(let value, _) = $0 { value } else { nil } }
  }

  /// `set_pop`: the first active slot from the finger on (wrapping), and the finger after it.
  func popSlot(finger: Int) -> Int? {
    guard used > 0 else { return nil }
    var slot = finger & mask
    while true {
      if case .active = slots[slot] { return slot }
      slot = slot == mask ? 0 : slot + 1
    }
  }

  /// The element in an active slot.
  func value(at slot: Int) -> Value? {
    if case .active(let value, _) = slots[slot] { return value }
    return nil
  }
}

/// A Python set or frozenset: its elements (for membership, as a dict's keys) and, while every element's hash is
/// the same in every process, CPython's table (`SetTable`), whose slot order is the order CPython prints and
/// iterates in. A str's hash changes with every process (PYTHONHASHSEED) and an object's with its address, so
/// those sets have no order a transcript could record; printing one is refused rather than guessed.
final class SetBox: @unchecked Sendable {
  /// The elements, as keys (values are None).
  let elements = DictBox()
  /// True for a `frozenset`: immutable, hashable, printed `frozenset({...})`.
  var isFrozen = false
  /// CPython's table, or nil once an element's hash varies between processes (or its place could not be followed).
  private(set) var table: SetTable? = SetTable()
  /// `so->finger`, where `pop` starts looking; nil once a `pop` happened on a set whose table is not followed.
  private var finger: Int? = 0

  init(frozen: Bool = false) {
    isFrozen = frozen
  }

  var count: Int { elements.count }

  /// False once the printed order can no longer be known.
  var orderKnown: Bool { table != nil || count <= 1 }

  /// `hash(frozenset)`, or nil when an element's hash varies between processes.
  var frozenHash: Int? {
    var hashes: [Int] = []
    for item in elements.keys {
      guard let hash = PythonHash.of(item) else { return nil }
      hashes.append(hash)
    }
    return PythonHash.frozenset(hashes)
  }

  /// Python's name for the type.
  var typeName: String { isFrozen ? "frozenset" : "set" }

  /// Adds an element as CPython's `set_add_key` does.
  func insert(_ value: Value) throws(PythonError) {
    if case .list = value { throw PythonError.type("unhashable type: 'list'") }
    if try elements.get(value) != nil { return }
    try elements.set(value, .none)
    guard table != nil else { return }
    guard let hash = PythonHash.of(value) else {
      table = nil
      return
    }
    table!.addAbsent(value, hash: hash)
  }

  /// Adds every element of another set as CPython's `set_merge` does (`set(s)`, `s.copy()`, `s | t`, `s.update(t)`).
  func merge(_ other: SetBox) throws(PythonError) {
    guard other !== self, other.count > 0 else { return }
    guard let otherTable = other.table, table != nil else {
      for item in other.items { try insert(item) }
      if count > 1 { table = nil }
      return
    }
    table!.prepare(forAdding: otherTable.used)
    if table!.fill == 0 {
      table!.mergeIntoEmpty(otherTable)
      for item in otherTable.elements { try elements.set(item, .none) }
      return
    }
    for item in otherTable.elements { try insert(item) }
  }

  /// `set_update_internal` for an exact dict: one resize for all its keys, then each added in the dict's order.
  func update(fromDictKeys keys: [Value]) throws(PythonError) {
    table?.prepare(forAdding: keys.count)
    for key in keys { try insert(key) }
  }

  func contains(_ value: Value) throws(PythonError) -> Bool {
    try elements.get(value) != nil
  }

  /// Removes the element (a dummy takes its slot); false when it was absent.
  func remove(_ value: Value) throws(PythonError) -> Bool {
    guard try elements.remove(value) != nil else { return false }
    guard table != nil else { return true }
    guard let hash = PythonHash.of(value), let slot = table!.slot(of: try HashKey(value), hash: hash) else {
      table = nil
      return true
    }
    table!.discard(at: slot)
    return true
  }

  /// `set.clear()`: an empty table of the smallest size (the pop finger stays where it was, as in CPython).
  func clear() throws(PythonError) {
    for item in elements.keys { _ = try elements.remove(item) }
    table = finger == nil ? nil : SetTable()
  }

  /// The resize `difference_update` (and `-=`) ends with, after its removals.
  func purgeDummies() {
    table?.purgeDummies()
  }

  /// Takes this set's table and elements from `other` (CPython's `set_swap_bodies`, for `intersection_update`);
  /// the pop finger stays this set's.
  func replaceBody(with other: SetBox) throws(PythonError) {
    for item in elements.keys { _ = try elements.remove(item) }
    for item in other.elements.keys { try elements.set(item, .none) }
    table = other.table
  }

  /// `set.pop()`: the element at or after the finger in table order; without a known table, the first in order
  /// (only for sets of instances, whose `orderedItems` are allowed), and the finger is no longer known.
  func pop() throws(PythonError) -> Value {
    guard count > 0 else { throw PythonError("KeyError", "'pop from an empty set'") }
    if let table, let finger, let slot = table.popSlot(finger: finger), let value = table.value(at: slot) {
      _ = try elements.remove(value)
      self.table!.discard(at: slot)
      self.finger = slot + 1
      return value
    }
    let first = try orderedItems()[0]
    _ = try remove(first)
    finger = nil
    table = nil
    return first
  }

  /// Forgets the table layout (a set built by an operation whose layout is not replayed).
  func forgetOrder() {
    if count > 1 { table = nil }
  }

  /// The elements in CPython's iteration order, or nil when it cannot be known.
  var displayOrder: [Value]? {
    if count <= 1 { return elements.keys }
    return table?.elements
  }

  /// Elements in CPython's order when known, else in insertion order: only for uses whose result does not depend on
  /// the order (membership, set algebra, `sorted`, `len`); anything that shows the order goes through `orderedItems`.
  var items: [Value] { displayOrder ?? elements.keys }

  /// The elements in CPython's iteration order, for a use that shows it (`for`, `list(s)`, `enumerate(s)`, `pop`).
  ///
  /// A set of instances (micrograd's `_prev`, walked to order the backward pass) still iterates in insertion order:
  /// CPython's order there follows the objects' addresses, and refusing it would refuse every scalar autograd engine
  /// built like micrograd. Printing such a set stays refused. Every other unknown order (str, bytes, NaN, None) is
  /// refused, since CPython's would differ from run to run.
  func orderedItems() throws(PythonError) -> [Value] {
    if let order = displayOrder { return order }
    let items = elements.keys
    guard items.allSatisfy(\.isObject) else { throw unknownIterationOrder }
    return items
  }

  /// Whether an element is an instance or holds one (its `__eq__`, `__lt__` or `__bool__` could print).
  var holdsInstances: Bool { elements.keys.contains(where: \.holdsObjects) }

  /// A new empty set of this one's type (CPython's `make_new_set_basetype`).
  func emptyOfSameType() -> SetBox { SetBox(frozen: isFrozen) }

  /// A copy (`set_copy`): a new set of this type merged from this one.
  func copied() throws(PythonError) -> SetBox {
    let copy = emptyOfSameType()
    try copy.merge(self)
    return copy
  }

  /// `self - other` for a set or frozenset `other`, as CPython's `set_difference`: this set's elements the other
  /// lacks added in this set's table order into a new set, or, when this set is more than four times the other's
  /// size, a copy of this set with the other's elements removed.
  func subtracting(_ other: SetBox) throws(PythonError) -> SetBox {
    if count >> 2 > other.count {
      let result = try copied()
      try result.discardAll(of: other)
      return result
    }
    let result = emptyOfSameType()
    for item in items where try !other.contains(item) { try result.insert(item) }
    if !orderKnown { result.forgetOrder() }
    return result
  }

  /// `set_difference_update_internal` for a set argument: each of its elements discarded, then the dummies purged
  /// when they are more than a quarter of the table.
  func discardAll(of other: SetBox) throws(PythonError) {
    if other === self {
      try clear()
      return
    }
    for item in other.items { _ = try remove(item) }
    purgeDummies()
  }

  /// `set_symmetric_difference_update` with another set: each of its elements, in its table order, removed from
  /// this set when there, else added (keeping the other's object).
  func formSymmetricDifference(_ other: SetBox) throws(PythonError) {
    if other === self {
      try clear()
      return
    }
    for item in other.items where try !remove(item) { try insert(item) }
    if !other.orderKnown { forgetOrder() }
  }

  /// `self ^ other`, as CPython's `set_symmetric_difference`: a copy of the other set (of this set's type), then
  /// this set's elements removed from it or added, in this set's table order.
  func symmetricDifference(_ other: SetBox) throws(PythonError) -> SetBox {
    let result = emptyOfSameType()
    try result.merge(other)
    try result.formSymmetricDifference(self)
    return result
  }

  /// `self & other` for two sets, as CPython's `set_intersection`: the smaller set (the other when sizes tie) walked
  /// in its table order, its elements the larger holds added to a new set of this set's type.
  func intersection(_ other: SetBox) throws(PythonError) -> SetBox {
    if other === self { return try copied() }
    let result = emptyOfSameType()
    let (walked, probed) = other.count > count ? (self, other) : (other, self)
    for item in walked.items where try probed.contains(item) { try result.insert(item) }
    if !walked.orderKnown { result.forgetOrder() }
    return result
  }

  /// The error for a use that would show the order of a set whose order CPython decides by hashes that change from
  /// run to run (a str's with PYTHONHASHSEED, an object's with its address): any order printed could be wrong.
  var unknownIterationOrder: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "this set iterates in CPython's hash-table order, which for str, bytes and None elements changes from run to "
        + "run (PYTHONHASHSEED, addresses); snippets reproduce it for numbers and tuples of them: iterate over "
        + "sorted(s) instead")
    error.isLimit = true
    return error
  }

  /// The error for printing a set whose order CPython decides by hashes snippets cannot reproduce.
  var unknownOrder: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "this set prints in CPython's hash-table order, which for str, bytes and None elements changes from run to "
        + "run (PYTHONHASHSEED, addresses); snippets reproduce it for numbers and tuples of them: print sorted(s) "
        + "instead")
    error.isLimit = true
    return error
  }

  /// Python's repr when the order is known, else the insertion order (only for messages; printing checks first).
  var repr: String { Self.repr(items.map(\.repr), frozen: isFrozen) }

  /// `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()` from the elements' reprs.
  static func repr(_ texts: [String], frozen: Bool) -> String {
    let body = texts.isEmpty ? "" : "{" + texts.joined(separator: ", ") + "}"
    return frozen ? "frozenset(\(body))" : (texts.isEmpty ? "set()" : body)
  }
}

extension Interpreter {
  /// `set()`, `set(iterable)`, `frozenset()`, `frozenset(iterable)`.
  mutating func makeSet(_ call: CallArguments, frozen: Bool = false) throws(PythonError) -> Value {
    let typeName = frozen ? "frozenset" : "set"
    guard call.keywords.isEmpty else { throw PythonError.type("\(typeName)() takes no keyword arguments") }
    guard call.positional.count <= 1 else {
      throw PythonError.type("\(typeName) expected at most 1 argument, got \(call.positional.count)")
    }
    // frozenset(f) of a frozenset is f itself, as CPython returns it.
    if frozen, case .set(let source)? = call.positional.first, source.isFrozen { return call.positional[0] }
    let set = SetBox(frozen: frozen)
    if let source = call.positional.first { try update(set, from: source) }
    return .set(set)
  }

  /// CPython's `set_update_internal`: a set or frozenset merged, an exact dict's keys added after one resize, any
  /// other iterable's items added one by one.
  mutating func update(_ set: SetBox, from source: Value) throws(PythonError) {
    switch source {
    case .set(let other): try set.merge(other)
    case .dict(let dict) where !dict.isMappingProxy: try set.update(fromDictKeys: dict.keys)
    default: for item in try orderFreeItems(source) { try set.insert(item) }
    }
  }

  /// A new set of `set`'s type holding `source`'s elements (CPython's `make_new_set_basetype(type, source)`).
  private mutating func newSet(like set: SetBox, from source: Value) throws(PythonError) -> SetBox {
    let made = set.emptyOfSameType()
    try update(made, from: source)
    return made
  }

  /// `set & other` for any iterable other, as CPython's `set_intersection`: a set walked as `SetBox.intersection`
  /// does, any other iterable's items, in its order, added when the set holds them.
  mutating func intersection(_ set: SetBox, _ other: Value) throws(PythonError) -> SetBox {
    if case .set(let otherSet) = other { return try set.intersection(otherSet) }
    let result = set.emptyOfSameType()
    for item in try orderFreeItems(other) where try set.contains(item) { try result.insert(item) }
    return result
  }

  /// `set - other` for one argument of `difference`, as CPython's `set_difference`: for a set or exact dict no more
  /// than four times smaller, the set walked into a new one; otherwise a copy with the other's elements discarded.
  mutating func difference(_ set: SetBox, _ other: Value) throws(PythonError) -> SetBox {
    switch other {
    case .set(let otherSet): return try set.subtracting(otherSet)
    case .dict(let dict) where !dict.isMappingProxy && set.count >> 2 <= dict.count:
      let result = set.emptyOfSameType()
      for item in set.items where try dict.get(item) == nil { try result.insert(item) }
      if !set.orderKnown { result.forgetOrder() }
      return result
    default:
      let result = try set.copied()
      try discardAll(result, other)
      return result
    }
  }

  /// CPython's `set_difference_update_internal`: the other's elements discarded, then the dummies purged when more
  /// than a quarter of the table.
  mutating func discardAll(_ set: SetBox, _ other: Value) throws(PythonError) {
    if case .set(let otherSet) = other { return try set.discardAll(of: otherSet) }
    for item in try orderFreeItems(other) { _ = try set.remove(item) }
    set.purgeDummies()
  }

  /// CPython's `set_symmetric_difference_update`: each element of the other (an exact dict's keys, a set's table,
  /// or a new set made from any other iterable) removed when present, else added.
  mutating func formSymmetricDifference(_ set: SetBox, _ other: Value) throws(PythonError) {
    switch other {
    case .set(let otherSet): try set.formSymmetricDifference(otherSet)
    case .dict(let dict) where !dict.isMappingProxy:
      for key in dict.keys where try !set.remove(key) { try set.insert(key) }
    default: try set.formSymmetricDifference(try newSet(like: set, from: other))
    }
  }

  /// A set's methods, with CPython's algorithms for each (so the result's table, and its printed order, is
  /// CPython's); a frozenset has only the ones that leave it unchanged.
  mutating func setMethod(_ name: String, _ set: SetBox, _ call: CallArguments) throws(PythonError) -> Value {
    var call = call
    call.function = name
    if set.isFrozen, !Self.frozensetMethods.contains(name) {
      throw PythonError("AttributeError", "'frozenset' object has no attribute '\(name)'")
    }
    switch name {
    case "add":
      try set.insert(try call.bind(["elem"], required: 1).value("elem"))
      return .none
    case "remove", "discard":
      let element = try call.bind(["elem"], required: 1).value("elem")
      if try !set.remove(element), name == "remove" {
        throw PythonError.key(element, shown: try text(element, repr: true))
      }
      return .none
    case "clear":
      _ = try call.bind([])
      try set.clear()
      return .none
    case "copy":
      _ = try call.bind([])
      // A frozenset's copy is the frozenset itself.
      return set.isFrozen ? .set(set) : .set(try set.copied())
    case "pop":
      _ = try call.bind([])
      return try set.pop()
    case "update", "union", "intersection", "difference", "difference_update", "intersection_update":
      try call.rejectKeywords()
      return try multiArgumentSetMethod(name, set, call.positional)
    case "symmetric_difference", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint":
      try call.rejectKeywords()
      guard call.positional.count == 1 else {
        throw PythonError.type("\(set.typeName).\(name)() takes exactly one argument (\(call.positional.count) given)")
      }
      let other = call.positional[0]
      switch name {
      case "symmetric_difference":
        let result = try newSet(like: set, from: other)
        try result.formSymmetricDifference(set)
        return .set(result)
      case "symmetric_difference_update":
        try formSymmetricDifference(set, other)
        return .none
      default:
        let items = try orderFreeItems(other)
        let otherSet = SetBox()
        for item in items { try otherSet.insert(item) }
        switch name {
        case "issubset":
          for item in set.items where try !otherSet.contains(item) { return .bool(false) }
          return .bool(true)
        case "issuperset":
          for item in items where try !set.contains(item) { return .bool(false) }
          return .bool(true)
        default:
          for item in items where try set.contains(item) { return .bool(false) }
          return .bool(true)
        }
      }
    default:
      throw PythonError("AttributeError", "'\(set.typeName)' object has no attribute '\(name)'")
    }
  }

  /// The methods taking any number of iterables, each as CPython's `set_update`, `set_union`,
  /// `set_intersection_multi`, `set_difference_multi`, `set_difference_update` and `set_intersection_update_multi`.
  private mutating func multiArgumentSetMethod(_ name: String, _ set: SetBox, _ others: [Value])
    throws(PythonError) -> Value
  {
    switch name {
    case "update":
      for other in others { try update(set, from: other) }
      return .none
    case "union":
      let result = try set.copied()
      for other in others {
        if case .set(let otherSet) = other, otherSet === set { continue }
        try update(result, from: other)
      }
      return .set(result)
    case "intersection", "intersection_update":
      var result = set
      for other in others { result = try intersection(result, other) }
      if name == "intersection_update" {
        // With no argument, CPython's intersection is a copy, which drops the dummies too.
        try set.replaceBody(with: result === set ? try set.copied() : result)
        return .none
      }
      return .set(result === set ? try set.copied() : result)
    case "difference":
      guard let first = others.first else { return .set(try set.copied()) }
      let result = try difference(set, first)
      for other in others.dropFirst() { try discardAll(result, other) }
      return .set(result)
    default:  // difference_update
      for other in others { try discardAll(set, other) }
      return .none
    }
  }

  /// `a | b`, `a & b`, `a ^ b`, `a - b` where both are sets or frozensets, or one is a dict's keys or items view;
  /// nil for other operands. The result is built as CPython builds it (its table, so its printed order, included):
  /// for two sets `set_or`, `set_and`, `set_xor`, `set_sub` (the left operand's type); with a view, the
  /// `dictviews_*` functions, which make a new set from the left operand and update it with the right.
  mutating func setOperator(_ symbol: Character, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    if case .set(let a) = left, case .set(let b) = right {
      switch symbol {
      case "|":
        let result = try a.copied()
        if a !== b { try result.merge(b) }
        return .set(result)
      case "&": return .set(try a.intersection(b))
      case "^": return .set(try a.symmetricDifference(b))
      default: return .set(try a.subtracting(b))
      }
    }
    guard Self.isSetLikeView(left) || Self.isSetLikeView(right) else { return nil }
    if symbol == "&" { return .set(try viewIntersection(left, right)) }
    // `dictviews_to_set`: a keys view of a dict becomes a set through the dict's own fast path.
    let result = SetBox()
    if case .dictView(.keys, let dict) = left {
      try update(result, from: .dict(dict))
    } else {
      try update(result, from: left)
    }
    switch symbol {
    case "|": try update(result, from: right)
    case "-": try discardAll(result, right)
    default:
      try formSymmetricDifference(result, right)
      // Two items views take `dictitems_xor`, whose table is not replayed.
      if case .dictView(.items, _) = left, case .dictView(.items, _) = right { result.forgetOrder() }
    }
    return .set(result)
  }

  /// `_PyDictView_Intersect`: with the view as `view` (the operands swapped when it is on the right), a set at
  /// least as large asked for its `intersection` with the view; else the smaller of two views (or the other
  /// iterable) walked, its items the larger view holds added to a new set.
  private mutating func viewIntersection(_ left: Value, _ right: Value) throws(PythonError) -> SetBox {
    var (view, other) = Self.isSetLikeView(left) ? (left, right) : (right, left)
    guard case .dictView(_, let dict) = view else { return SetBox() }
    if case .set(let set) = other, !set.isFrozen, dict.count <= set.count { return try intersection(set, view) }
    if case .dictView(_, let otherDict) = other, otherDict.count > dict.count { swap(&view, &other) }
    let result = SetBox()
    for item in try orderFreeItems(other) where try Operators.contains(view, item) { try result.insert(item) }
    return result
  }

  /// The set methods a frozenset has too.
  static let frozensetMethods: Set<String> = [
    "copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
  ]

  /// The names `setMethod` answers.
  static let setMethods: Set<String> = [
    "add", "remove", "discard", "clear", "copy", "update", "union", "intersection", "difference", "issubset",
    "issuperset", "isdisjoint", "pop", "symmetric_difference", "symmetric_difference_update", "difference_update",
    "intersection_update",
  ]

  /// The items `for` sees, for any value: objects through `__iter__`, sets in their order, the rest as before.
  mutating func iterate(_ value: Value) throws(PythonError) -> [Value] {
    switch value {
    case .object(let object): return try objectItems(object)
    case .classObject(let type) where type.metaclass != nil:
      return try iterate(try callMetaclass(type, "__iter__", arguments([])))
    case .set(let set): return try set.orderedItems()
    case .iterator(let box) where box.isLazy:
      try WorkMeter.charge(value.weight)
      return try box.drain(&self)
    default: return try Self.iterationItems(value)
    }
  }

  /// The items of an iterable for a use whose result does not depend on their order (building a set, `sorted`,
  /// `min`, `any`): a set's elements even when CPython's order for them cannot be known.
  mutating func orderFreeItems(_ value: Value) throws(PythonError) -> [Value] {
    if case .set(let set) = value { return set.items }
    return try iterate(value)
  }
}

extension String {
  /// Whether `part` occurs in the text, comparing code points exactly as Python does (never by canonical
  /// equivalence, as Foundation's `contains`): a search of the UTF-8 bytes in place (TextPositions.offset), in
  /// linear time whatever the input.
  func containsExactly(_ part: String) -> Bool {
    TextPositions.withBytes(of: self) { whole in
      TextPositions.withBytes(of: part) { TextPositions.offset(of: $0, in: whole, 0..<whole.count) } != nil
    }
  }
}
