import Testing

@testable import TensorCore

/// The shared small lists (`SharedIntLists`) are the lists they stand for, at the tables' edges and past them, and a
/// change to one a value holds is that value's alone (copy on write), never seen by the next caller.
@Suite struct SharedIntListsTests {
  /// Values at and around the tables' edges, negative and extreme ones included.
  static let values = [
    Int.min, -2, -1, 0, 1, 2, 5, 20, 31, 32, 33, 100, 255, 256, 257, 1 << 20, Int.max,
  ]

  @Test func singlesAreTheirLists() {
    for value in Self.values { #expect(SharedIntLists.single(value) == [value]) }
  }

  @Test func pairsAreTheirLists() {
    for first in Self.values {
      for second in Self.values { #expect(SharedIntLists.pair(first, second) == [first, second]) }
    }
  }

  /// A shared list changed through the value holding it: the value sees the change, the table does not.
  @Test func aChangedListIsCopiedFirst() {
    var single = SharedIntLists.single(10)
    single[0] = 11
    single.append(12)
    var pair = SharedIntLists.pair(5, 20)
    pair[1] = -1
    var strides = SharedIntLists.pair(20, 1)
    strides.reverse()
    #expect(single == [11, 12])
    #expect(pair == [5, -1])
    #expect(strides == [1, 20])
    #expect(SharedIntLists.single(10) == [10])
    #expect(SharedIntLists.pair(5, 20) == [5, 20])
    #expect(SharedIntLists.pair(20, 1) == [20, 1])
  }

  /// A reshaped value's shape, a shared list, changed in place (as `a.shape = …` rewrites a value's shape) leaves
  /// another value of the same shape as it was.
  @Test func aValuesSharedShapeIsItsOwn() throws {
    let source = Tensor(shape: [100], storage: .float64((0..<100).map { Double($0) }))
    var first = try source.reshape(SharedIntLists.pair(5, 20))
    let second = try source.reshape(SharedIntLists.pair(5, 20))
    first.shape[0] = 4
    first.shape[1] = 25
    #expect(first.shape == [4, 25])
    #expect(second.shape == [5, 20])
    #expect(SharedIntLists.pair(5, 20) == [5, 20])
  }
}
