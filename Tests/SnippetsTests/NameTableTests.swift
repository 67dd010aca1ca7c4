import Testing

@testable import Snippets

/// `NameTable` and `NameSet`, which hold the interpreter's rule tables by name: every name put in is found with its
/// latest element through growth and collisions, and no other name is found, against a `Dictionary` given the same
/// operations.
@Suite struct NameTableTests {
  /// Names like the tables' (NumPy's functions and methods), with prefixes, lengths past a small string's 15 bytes,
  /// non-ASCII text and the empty name.
  static let names: [String] =
    ["", "a", "sum", "mean", "numpy.mean", "ndarray.mean", "linalg.norm", "random.standard_normal", "Ωμέγα", "x y"]
    + (0..<300).map { "name\($0)" }

  @Test func findsEveryNamePutInWithItsLatestElement() {
    var table = NameTable<Int>()
    var reference: [String: Int] = [:]
    for (index, name) in Self.names.enumerated() {
      table[name] = index
      reference[name] = index
      if index % 3 == 0 {
        table[name] = -index
        reference[name] = -index
      }
    }
    #expect(table.count == reference.count)
    for name in Self.names { #expect(table[name] == reference[name]) }
    for absent in ["summ", "Sum", "numpy.sum", "name300", "name-1", " "] { #expect(table[absent] == nil) }
    #expect(Set(table.keys) == Set(reference.keys))
    #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
  }

  @Test func aDictionaryLiteralAndADictionaryGiveTheSameTable() {
    let literal: NameTable<String> = ["sum": "add", "prod": "multiply", "max": "maximum"]
    let converted = NameTable(["sum": "add", "prod": "multiply", "max": "maximum"])
    for name in ["sum", "prod", "max", "min"] { #expect(literal[name] == converted[name]) }
    #expect(literal["min"] == nil)
    #expect(literal.count == 3)
  }

  @Test func aSetHoldsExactlyItsNames() {
    let set = NameSet(Self.names.prefix(100))
    for name in Self.names.prefix(100) { #expect(set.contains(name)) }
    for name in Self.names.dropFirst(100) { #expect(!set.contains(name)) }
    #expect(Set(set.names) == Set(Self.names.prefix(100)))
  }
}
