import Testing

@testable import TensorCore

/// A value's lineage (which NumPy array's memory it stands for) is made the first time it is asked for. These hold
/// the lazy lineage to the rules the eager one kept: copies of a value are the same array, whichever of them asks
/// first and whether or not one of them changed a part since; a new value is a new array; and the comparisons that
/// do not make a lineage answer as comparing the made ones would.
@Suite struct LazyLineageTests {
  static func matrix() -> Tensor {
    Tensor(shape: [2, 3], storage: .float64([0.5, -1, 2, 3.25, 4, -5]))
  }

  @Test func aNewValueHasNoLineageUntilAsked() {
    let a = Self.matrix()
    #expect(a.madeLineage == nil)
    let lineage = a.lineage
    #expect(a.madeLineage === lineage)
    #expect(a.lineage === lineage)
  }

  @Test func copiesShareTheLineageWhicheverAsksFirst() {
    let a = Self.matrix()
    let b = a
    #expect(a.sharesLineage(with: b))
    #expect(b.lineage === a.lineage)
  }

  /// A copy that changed a part (so holds parts of its own) is still the same array: the lineage is made for both
  /// before the parts are copied.
  @Test func aCopyThatChangedAPartKeepsTheLineage() {
    let a = Self.matrix()
    var changed = a
    changed.isPythonScalar = true
    #expect(changed.sharesLineage(with: a))
    #expect(changed.lineage === a.lineage)
    var later = a
    _ = a.lineage
    later.memoryAxes = [1, 0]
    #expect(later.lineage === a.lineage)
  }

  @Test func separateValuesAreSeparateArrays() {
    let a = Self.matrix()
    let b = Self.matrix()
    #expect(!a.sharesLineage(with: b))
    _ = a.lineage
    #expect(!a.sharesLineage(with: b))
    _ = b.lineage
    #expect(!a.sharesLineage(with: b))
    #expect(a.lineage !== b.lineage)
  }

  @Test func aNewLineageLeavesTheOldArray() {
    let a = Self.matrix()
    var b = a
    b.startNewLineage()
    #expect(!b.sharesLineage(with: a))
    #expect(b.lineage !== a.lineage)
    var c = a
    c.lineage = b.lineage
    #expect(c.sharesLineage(with: b))
    #expect(!c.sharesLineage(with: a))
    #expect(!a.asNewArray().sharesLineage(with: a))
  }

  /// A view made of a value another copy still holds takes its lineage and geometry in parts of its own: the copy
  /// keeps its own (not yet made) lineage and no view, and both stay one graph value.
  @Test func aViewOfASharedValueLeavesTheCopy() {
    let a = Self.matrix()
    let held = a
    let root = ArrayLineage()
    let viewed = a.asView(ArrayView(offset: 1, strides: [3, 1]), of: root)
    #expect(viewed.lineage === root)
    #expect(viewed.view?.offset == 1)
    #expect(viewed.view?.strides == [3, 1])
    #expect(held.view == nil)
    #expect(held.madeLineage == nil)
    #expect(!held.sharesLineage(with: viewed))
    #expect(held.isSameValue(as: viewed))
    #expect(held.doubles.map(\.bitPattern) == viewed.doubles.map(\.bitPattern))
  }

  /// A recorded operation's result is a new array, not a view of its operand (the record gives it a lineage of its
  /// own where a rule handed the operand back).
  @Test func recordedResultsAreNewArrays() throws {
    let a = Self.matrix()
    _ = a.lineage
    let results = [try a.reshape([3, 2]), try a.transpose(), try a.exp(), try a.adding(a)]
    for result in results {
      #expect(!result.sharesLineage(with: a))
      #expect(result.lineage !== a.lineage)
    }
  }

  /// Copies asking from several tasks at once all get the one lineage.
  @Test func concurrentReadersAgree() async {
    for _ in 0..<50 {
      let a = Self.matrix()
      let identities = await withTaskGroup(of: ObjectIdentifier.self) { group in
        for _ in 0..<8 { group.addTask { ObjectIdentifier(a.lineage) } }
        return await group.reduce(into: Set<ObjectIdentifier>()) { $0.insert($1) }
      }
      #expect(identities == [ObjectIdentifier(a.lineage)])
    }
  }
}
