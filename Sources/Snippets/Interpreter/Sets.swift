import TensorCore

/// A Python set: its elements in insertion order for membership and iteration, and, when it can be known, the order
/// CPython prints and iterates them in.
///
/// CPython's order comes from its hash table. Numbers and tuples of them hash the same in every process
/// (`PythonHash`), so the order follows from the insertion order and CPython's table rules (setobject.c), which
/// `displayOrder` replays. A str's hash changes
/// with every process (PYTHONHASHSEED) and an object's with its address, so those sets have no order a transcript
/// could record; printing one is refused rather than guessed.
final class SetBox: @unchecked Sendable {
  /// The elements, as keys (values are None).
  let elements = DictBox()
  /// CPython's hash table as it would be, element by element (nil: an empty slot), while every element has a hash
  /// that does not vary between runs; nil once one has not, or an element was removed.
  private var table: [Value?]? = [Value?](repeating: nil, count: 8)

  var count: Int { elements.count }

  /// False once the printed order can no longer be known.
  var orderKnown: Bool { table != nil || count <= 1 }

  /// Adds an element as CPython's `set_add_entry` does.
  func insert(_ value: Value) throws(PythonError) {
    if case .list = value { throw PythonError.type("unhashable type: 'list'") }
    if try elements.get(value) != nil { return }
    try elements.set(value, .none)
    guard table != nil else { return }
    guard let hash = Self.hash(value) else {
      table = nil
      return
    }
    Self.place(value, hash: hash, in: &table!)
    let mask = table!.count - 1
    if count * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
  }

  /// Adds every element of another set as CPython's `set_merge` does (`set(s)`, `s.copy()`, constant displays).
  func merge(_ other: SetBox) throws(PythonError) {
    guard let otherTable = other.table, table != nil else {
      for item in other.items { try insert(item) }
      table = nil
      return
    }
    let mask = table!.count - 1
    if (count + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
    if count == 0 {
      if table!.count == otherTable.count {
        table = otherTable
      } else {
        for case let item? in otherTable { Self.place(item, hash: Self.hash(item)!, in: &table!) }
      }
      for case let item? in otherTable { try elements.set(item, .none) }
      return
    }
    for case let item? in otherTable { try insert(item) }
  }

  /// Resizes to the smallest power of two above `minimum` (at least 8), re-inserting in table order.
  private func resize(_ minimum: Int) {
    var size = 8
    while size <= minimum { size <<= 1 }
    let old = table!
    table = [Value?](repeating: nil, count: size)
    for case let item? in old { Self.place(item, hash: Self.hash(item)!, in: &table!) }
  }

  /// CPython's probe sequence: the slot `hash & mask`, 9 linear probes when they fit, then perturbation.
  private static func place(_ value: Value, hash: Int, in table: inout [Value?]) {
    let mask = table.count - 1
    var perturb = UInt(bitPattern: hash)
    var slot = Int(UInt(bitPattern: hash) & UInt(mask))
    while true {
      let probes = slot + 9 <= mask ? 9 : 0
      for offset in 0...probes where table[slot + offset] == nil {
        table[slot + offset] = value
        return
      }
      perturb >>= 5
      slot = Int((UInt(slot) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }
  }

  /// Python's `hash()` where it is the same in every run: numbers and tuples of them (`PythonHash`).
  private static func hash(_ value: Value) -> Int? { PythonHash.of(value) }

  func contains(_ value: Value) throws(PythonError) -> Bool {
    try elements.get(value) != nil
  }

  /// Removes the element; false when it was absent.
  func remove(_ value: Value) throws(PythonError) -> Bool {
    guard try elements.remove(value) != nil else { return false }
    // CPython leaves a dummy entry behind, which later insertions may reuse: that layout is not replayed.
    table = count == 0 ? [Value?](repeating: nil, count: 8) : nil
    return true
  }

  /// Forgets the table layout (sets built by operations whose layout is not replayed).
  func forgetOrder() {
    if count > 1 { table = nil }
  }

  /// The elements in CPython's iteration order, or nil when it cannot be known.
  var displayOrder: [Value]? {
    if count <= 1 { return elements.keys }
    return table?.compactMap { $0 }
  }

  /// Elements in CPython's order when known, else in insertion order: only for uses whose result does not depend on
  /// the order (membership, set algebra, `sorted`, `len`); anything that shows the order goes through `orderedItems`.
  var items: [Value] { displayOrder ?? elements.keys }

  /// The elements in CPython's iteration order, for a use that shows it (`for`, `list(s)`, `enumerate(s)`, `pop`).
  ///
  /// A set of instances (micrograd's `_prev`, walked to order the backward pass) still iterates in insertion order:
  /// CPython's order there follows the objects' addresses, and refusing it would refuse every scalar autograd engine
  /// built like micrograd. Printing such a set stays refused. Every other unknown order (str, bytes, non-integral
  /// floats, tuples) is refused, since CPython's would differ from run to run or from the insertion order.
  func orderedItems() throws(PythonError) -> [Value] {
    if let order = displayOrder { return order }
    let items = elements.keys
    guard items.allSatisfy(\.isObject) else { throw unknownIterationOrder }
    return items
  }

  /// Whether an element is an instance or holds one (its `__eq__`, `__lt__` or `__bool__` could print).
  var holdsInstances: Bool { elements.keys.contains(where: \.holdsObjects) }

  /// `self - other` for two sets, as CPython's `set_difference`: a walk of this set's table into a new one, or, when
  /// this set is more than four times the other's size, a copy with the other's elements removed (not replayed).
  func subtracting(_ other: SetBox) throws(PythonError) -> SetBox {
    let result = SetBox()
    for item in items where try !other.contains(item) { try result.insert(item) }
    if count >> 2 > other.count || !orderKnown { result.forgetOrder() }
    return result
  }

  /// `self ^ other`, as CPython's `set_symmetric_difference`: a copy of the other set, then each of this set's
  /// elements (in this set's table order) removed from it when there, else added. The copy keeps the other's
  /// objects where the two hold equal ones (`{True} ^ {1, 2}` removes the 1; `{1} ^ {True, 2}` keeps neither).
  func symmetricDifference(_ other: SetBox) throws(PythonError) -> SetBox {
    let result = SetBox()
    try result.merge(other)
    for item in items where try !result.remove(item) { try result.insert(item) }
    if !orderKnown { result.forgetOrder() }
    return result
  }

  /// The error for a use that would show the order of a set whose order CPython decides by hashes that change from
  /// run to run (a str's with PYTHONHASHSEED, an object's with its address): any order printed could be wrong.
  var unknownIterationOrder: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "this set iterates in CPython's hash-table order, which for str elements changes from run to run "
        + "(PYTHONHASHSEED) and which snippets reproduce only for sets of ints built without removals: "
        + "iterate over sorted(s) instead")
    error.isLimit = true
    return error
  }

  /// The error for printing a set whose order CPython decides by hashes snippets cannot reproduce.
  var unknownOrder: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "this set prints in CPython's hash-table order, which snippets reproduce only for sets of ints built without "
        + "removals: print sorted(s) instead")
    error.isLimit = true
    return error
  }

  /// Python's repr when the order is known, else the insertion order (only for messages; printing checks first).
  var repr: String {
    let items = self.items
    return items.isEmpty ? "set()" : "{" + items.map(\.repr).joined(separator: ", ") + "}"
  }
}

extension Interpreter {
  /// `set()` or `set(iterable)`.
  mutating func makeSet(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard call.positional.count <= 1 else {
      throw PythonError.type("set expected at most 1 argument, got \(call.positional.count)")
    }
    let set = SetBox()
    if let source = call.positional.first {
      if case .set(let other) = source {
        try set.merge(other)
      } else if case .dict(let dict) = source {
        // CPython sizes the table for the dict's keys first, then adds them one by one.
        let merged = SetBox()
        for key in dict.keys { try merged.insert(key) }
        try set.merge(merged)
        set.forgetOrder()
      } else {
        for item in try orderFreeItems(source) { try set.insert(item) }
      }
    }
    return .set(set)
  }

  /// A set's methods: `add`, `remove`, `discard`, `pop`, `clear`, `copy`, `update`, `union`, `intersection`,
  /// `difference`, `issubset`, `issuperset`.
  mutating func setMethod(_ name: String, _ set: SetBox, _ call: CallArguments) throws(PythonError) -> Value {
    var call = call
    call.function = name
    switch name {
    case "add":
      try set.insert(try call.bind(["elem"], required: 1).value("elem"))
      return .none
    case "remove", "discard":
      let element = try call.bind(["elem"], required: 1).value("elem")
      if try !set.remove(element), name == "remove" {
        throw PythonError("KeyError", try text(element, repr: true))
      }
      return .none
    case "clear":
      _ = try call.bind([])
      for item in set.elements.keys { _ = try set.remove(item) }
      return .none
    case "copy":
      _ = try call.bind([])
      let copy = SetBox()
      try copy.merge(set)
      return .set(copy)
    case "update":
      try call.rejectKeywords()
      for argument in call.positional {
        if case .set(let other) = argument {
          try set.merge(other)
        } else {
          for item in try orderFreeItems(argument) { try set.insert(item) }
        }
      }
      return .none
    case "union", "intersection", "difference", "issubset", "issuperset", "isdisjoint":
      try call.rejectKeywords()
      var others: [[Value]] = []
      for argument in call.positional { others.append(try orderFreeItems(argument)) }
      let result = SetBox()
      switch name {
      case "union":
        try result.merge(set)
        for (argument, other) in zip(call.positional, others) {
          if case .set(let otherSet) = argument {
            try result.merge(otherSet)
          } else {
            for item in other { try result.insert(item) }
          }
        }
        return .set(result)
      case "intersection":
        // CPython walks the smaller set (or the argument, when it is not a set) and adds the common elements.
        var current = set
        for (argument, other) in zip(call.positional, others) {
          let next = SetBox()
          if case .set(let otherSet) = argument {
            let (walked, probed) = otherSet.count > current.count ? (current, otherSet) : (otherSet, current)
            for item in walked.items where try probed.contains(item) { try next.insert(item) }
            if !walked.orderKnown { next.forgetOrder() }
          } else {
            for item in other where try current.contains(item) { try next.insert(item) }
          }
          current = next
        }
        return .set(current === set ? try Self.copy(set) : current)
      case "difference":
        // CPython's `set_difference_multi`: a set first argument is walked into a new set (`subtracting`); any
        // other is taken from a copy, as every later argument is. A removal leaves a dummy entry whose layout is
        // not replayed (`remove` forgets the order); a copy nothing left keeps its order.
        let difference: SetBox
        if case .set(let first)? = call.positional.first {
          difference = try set.subtracting(first)
        } else {
          difference = try Self.copy(set)
          for item in others.first ?? [] { _ = try difference.remove(item) }
          if case .dict? = call.positional.first { difference.forgetOrder() }
        }
        for other in others.dropFirst() { for item in other { _ = try difference.remove(item) } }
        return .set(difference)
      default:
        guard others.count == 1 else {
          throw PythonError.type("set.\(name)() takes exactly one argument (\(others.count) given)")
        }
        let other = SetBox()
        for item in others[0] { try other.insert(item) }
        switch name {
        case "issubset":
          for item in set.items where try !other.contains(item) { return .bool(false) }
          return .bool(true)
        case "issuperset":
          for item in others[0] where try !set.contains(item) { return .bool(false) }
          return .bool(true)
        default:
          for item in others[0] where try set.contains(item) { return .bool(false) }
          return .bool(true)
        }
      }
    case "symmetric_difference":
      let argument = call.positional[0]
      let other = SetBox()
      if case .set(let otherSet) = argument {
        try other.merge(otherSet)
      } else {
        for item in try orderFreeItems(argument) { try other.insert(item) }
        if case .dict = argument { other.forgetOrder() }
      }
      return .set(try set.symmetricDifference(other))
    case "symmetric_difference_update", "difference_update", "intersection_update":
      // The same elements as the operation's new set, kept in this set; CPython's table then holds dummies where
      // elements left, whose layout is not replayed, so the order is known only while nothing was removed.
      let operation = String(name.dropLast("_update".count))
      guard case .set(let computed) = try setMethod(operation, set, call) else { return .none }
      let before = set.count
      for item in set.elements.keys where try !computed.contains(item) { _ = try set.remove(item) }
      for item in computed.items where try !set.contains(item) { try set.insert(item) }
      if set.count != before || name != "difference_update" { set.forgetOrder() }
      return .none
    case "pop":
      _ = try call.bind([])
      guard let first = try set.orderedItems().first else {
        throw PythonError("KeyError", "'pop from an empty set'")
      }
      _ = try set.remove(first)
      return first
    default:
      throw PythonError("AttributeError", "'set' object has no attribute '\(name)'")
    }
  }

  private static func copy(_ set: SetBox) throws(PythonError) -> SetBox {
    let copy = SetBox()
    try copy.merge(set)
    return copy
  }

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
  /// Where `part` first occurs, in code points (Python's str indices), comparing code points exactly as Python does:
  /// a search of the UTF-8 bytes (which match only at code point boundaries), in linear time whatever the input.
  func scalarOffset(of part: String) -> Int? {
    let whole = Array(utf8)
    let piece = Array(part.utf8)
    if piece.isEmpty { return 0 }
    guard piece.count <= whole.count else { return nil }
    // Knuth–Morris–Pratt: each byte of the text is looked at a bounded number of times.
    var failure = [Int](repeating: 0, count: piece.count)
    var matched = 0
    for index in 1..<piece.count {
      while matched > 0 && piece[index] != piece[matched] { matched = failure[matched - 1] }
      if piece[index] == piece[matched] { matched += 1 }
      failure[index] = matched
    }
    matched = 0
    var found: Int?
    for (index, byte) in whole.enumerated() {
      while matched > 0 && byte != piece[matched] { matched = failure[matched - 1] }
      if byte == piece[matched] { matched += 1 }
      if matched == piece.count {
        found = index + 1 - piece.count
        break
      }
    }
    guard let found else { return nil }
    // Code points before the match: the bytes that are not UTF-8 continuation bytes.
    return whole[..<found].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
}
