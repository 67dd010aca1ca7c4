/// An object's own attributes by name, in the order they were first bound.
///
/// Most objects hold a few attributes, found by comparing names in order: a short name compares in a step or two,
/// where hashing it for a dictionary costs dozens. A table that grows to `indexedFrom` names also keeps a dictionary
/// from names to positions, so an object with many attributes never pays a long search.
struct AttributeTable: ExpressibleByDictionaryLiteral, Sequence {
  /// The names, each once.
  private(set) var keys: [String] = []
  /// The values, at their names' positions.
  private(set) var values: [Value] = []
  /// Each name's position, once the table is large.
  private var positions: [String: Int]?
  /// How many names make the table keep `positions`.
  private static let indexedFrom = 12
  /// How many names a table makes room for when it binds its first.
  private static let initialCapacity = 4

  init(dictionaryLiteral elements: (String, Value)...) {
    for (name, value) in elements { self[name] = value }
  }

  var count: Int { keys.count }
  var isEmpty: Bool { keys.isEmpty }

  private func position(of name: String) -> Int? {
    if let positions { return positions[name] }
    return keys.firstIndex(of: name)
  }

  /// The attribute's value, nil when unbound; setting nil unbinds it.
  subscript(name: String) -> Value? {
    get {
      guard let position = position(of: name) else { return nil }
      return values[position]
    }
    set {
      if let position = position(of: name) {
        if let newValue { values[position] = newValue } else { remove(at: position) }
        return
      }
      guard let newValue else { return }
      if keys.isEmpty {
        // Room for a few names at once: an object's `__init__` binds its first attributes one after another, and
        // growing both arrays from one element allocated each twice.
        keys.reserveCapacity(Self.initialCapacity)
        values.reserveCapacity(Self.initialCapacity)
      }
      keys.append(name)
      values.append(newValue)
      if positions != nil {
        positions?[name] = keys.count - 1
      } else if keys.count >= Self.indexedFrom {
        positions = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
      }
    }
  }

  /// Binds a name the table holds to `value`; false, with nothing changed, when it holds no such name.
  mutating func rebind(_ name: String, to value: Value) -> Bool {
    guard let position = position(of: name) else { return false }
    values[position] = value
    return true
  }

  /// Unbinds a name, returning what it held.
  mutating func removeValue(forKey name: String) -> Value? {
    guard let position = position(of: name) else { return nil }
    let value = values[position]
    remove(at: position)
    return value
  }

  private mutating func remove(at position: Int) {
    keys.remove(at: position)
    values.remove(at: position)
    if positions != nil { positions = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices)) }
  }

  func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator {
    zip(keys, values).makeIterator()
  }
}
