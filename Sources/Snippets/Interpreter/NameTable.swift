/// A table of values by name, for the interpreter's rule tables (NumPy's errors and answers by function or method
/// name), which are built once and read at every call.
///
/// A dictionary keyed by `String` hashes the name with the standard library's seeded SipHash at every read: about
/// 400 instructions a lookup in callgrind, and a call such as `a.mean(axis=0)` read some twenty tables (a fifth of its
/// cost). This table hashes the name's UTF-8 bytes with FNV-1a (the tables' keys are fixed names, not input an
/// attacker chooses to collide, and a collision only costs a comparison more) and finds it by linear probing.
struct NameTable<Element: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
  /// For each slot, the index of the entry whose name hashes there (or after a collision, further on), -1 for an
  /// empty slot; the slot count is a power of two at least twice the entries'.
  private var slots: [Int32]
  /// The entries' names, in the order they were added.
  private var names: [String] = []
  /// The entries' elements, in the same order.
  private var elements: [Element] = []

  /// An empty table.
  init() {
    slots = [Int32].filled(-1, count: 8)
  }

  /// A table of `pairs`; a later pair of the same name replaces an earlier one.
  init(_ pairs: some Sequence<(String, Element)>) {
    self.init()
    for (name, element) in pairs { self[name] = element }
  }

  /// A table of a dictionary's names and values.
  init(_ dictionary: [String: Element]) {
    self.init(dictionary.map { ($0.key, $0.value) })
  }

  init(dictionaryLiteral pairs: (String, Element)...) {
    self.init(pairs)
  }

  /// How many names the table holds.
  var count: Int { names.count }

  /// The names the table holds, in the order they were added.
  var keys: [String] { names }

  /// The names and their elements, in the order they were added.
  var pairs: [(key: String, value: Element)] { zip(names, elements).map { (key: $0, value: $1) } }

  func makeIterator() -> IndexingIterator<[(key: String, value: Element)]> { pairs.makeIterator() }

  /// The element for `name`, nil when the table has none; setting nil removes nothing (the tables never remove).
  subscript(_ name: String) -> Element? {
    get {
      guard let entry = entry(of: name) else { return nil }
      return elements[entry]
    }
    set {
      guard let newValue else { return }
      if let entry = entry(of: name) {
        elements[entry] = newValue
        return
      }
      names.append(name)
      elements.append(newValue)
      if names.count * 2 > slots.count {
        slots = [Int32].filled(-1, count: slots.count * 2)
        for entry in names.indices { place(entry) }
      } else {
        place(names.count - 1)
      }
    }
  }

  /// The index of the entry named `name`, or nil.
  @inline(__always)
  private func entry(of name: String) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.hash(name) & mask
      while true {
        let entry = Int(slots[slot])
        if entry < 0 { return nil }
        if names[entry] == name { return entry }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Puts entry `entry` in the first empty slot from its name's hash on.
  private mutating func place(_ entry: Int) {
    let mask = slots.count - 1
    var slot = Self.hash(names[entry]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry)
  }

  /// FNV-1a of the name's UTF-8 bytes, read in place.
  @inline(__always)
  private static func hash(_ name: String) -> Int {
    let hashed = name.utf8.withContiguousStorageIfAvailable { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<bytes.count { hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
      return hash
    }
    var hash = hashed ?? 0
    if hashed == nil {
      hash = 0xcbf2_9ce4_8422_2325
      for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}

/// A set of names (`NameTable` without values), for the interpreter's name lists read at every call.
struct NameSet: Sendable, ExpressibleByArrayLiteral, Sequence {
  private var table = NameTable<Bool>()

  /// A set of `names`.
  init(_ names: some Sequence<String>) {
    for name in names { table[name] = true }
  }

  init(arrayLiteral names: String...) {
    self.init(names)
  }

  /// True when the set holds `name`.
  func contains(_ name: String) -> Bool { table[name] != nil }

  /// The names, in no particular order.
  var names: [String] { table.keys }

  func makeIterator() -> IndexingIterator<[String]> { names.makeIterator() }
}
