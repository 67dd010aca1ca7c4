/// A table of values by name, for the interpreter's rule tables (NumPy's errors and answers by function or method
/// name), which are built once and read at every call.
///
/// A dictionary keyed by `String` hashes the name with the standard library's seeded SipHash at every read: about
/// 400 instructions a lookup in callgrind, and a call such as `a.mean(axis=0)` read some twenty tables (a fifth of its
/// cost). This table hashes the name's UTF-8 bytes with FNV-1a (the tables' keys are fixed names, not input an
/// attacker chooses to collide, and a collision only costs a comparison more) and finds it by linear probing.
struct NameTable<Element: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
  /// The names, by slot (nil: an empty slot); the slot count is a power of two at least twice the names'.
  private var names: [String?]
  /// The element of each occupied slot.
  private var elements: [Element?]
  /// How many names the table holds.
  private(set) var count = 0

  /// An empty table.
  init() {
    names = Array(repeating: nil, count: 8)
    elements = Array(repeating: nil, count: 8)
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

  /// The names the table holds, in no particular order.
  var keys: [String] { names.compactMap { $0 } }

  /// The names and their elements, in no particular order.
  var pairs: [(key: String, value: Element)] {
    zip(names, elements).compactMap { name, element in name.map { (key: $0, value: element!) } }
  }

  /// The element for `name`, nil when the table has none; setting nil removes nothing (the tables never remove).
  subscript(_ name: String) -> Element? {
    get {
      let mask = names.count - 1
      var slot = Self.hash(name) & mask
      while let held = names[slot] {
        if held == name { return elements[slot] }
        slot = (slot + 1) & mask
      }
      return nil
    }
    set {
      guard let newValue else { return }
      if (count + 1) * 2 > names.count { grow() }
      let mask = names.count - 1
      var slot = Self.hash(name) & mask
      while let held = names[slot] {
        if held == name {
          elements[slot] = newValue
          return
        }
        slot = (slot + 1) & mask
      }
      names[slot] = name
      elements[slot] = newValue
      count += 1
    }
  }

  /// The table with twice the slots, every name placed again.
  private mutating func grow() {
    let old = pairs
    names = Array(repeating: nil, count: names.count * 2)
    elements = Array(repeating: nil, count: names.count)
    count = 0
    for (name, element) in old { self[name] = element }
  }

  func makeIterator() -> IndexingIterator<[(key: String, value: Element)]> { pairs.makeIterator() }

  /// FNV-1a of the name's UTF-8 bytes, read in place (a small name's bytes are copied to the stack once).
  @inline(__always)
  private static func hash(_ name: String) -> Int {
    var name = name
    return name.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
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
