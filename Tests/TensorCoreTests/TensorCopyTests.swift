import Testing

@testable import TensorCore

/// A tensor's copies share one object of parts until one of them changes a part (Tensor.swift): the original never
/// sees the change, and the copy stays the same NumPy array (its lineage and graph node).
struct TensorCopyTests {
  @Test func aChangedCopyLeavesTheOriginalAsItWas() {
    let original = Tensor(shape: [2], storage: .float64([1, 2]))
    var copy = original
    copy.isPythonScalar = true
    copy.transposedLayout = true
    copy.isScalar = true
    copy.storage = .float64([3, 4])
    copy.shape = [2, 1]
    #expect(!original.isPythonScalar)
    #expect(!original.transposedLayout)
    #expect(!original.isScalar)
    #expect(original.doubles == [1, 2])
    #expect(original.shape == [2])
    #expect(copy.doubles == [3, 4])
    #expect(copy.shape == [2, 1])
    #expect(copy.lineage === original.lineage)
    #expect(copy.isSameValue(as: original))
  }

  @Test func anUnsharedTensorChangesInPlace() {
    var tensor = Tensor(shape: [3], storage: .int64([1, 2, 3]))
    let lineage = tensor.lineage
    tensor.storage = .int64([4, 5, 6])
    tensor.narrowType = .int32
    #expect(tensor.lineage === lineage)
    #expect(tensor.dtype == .int32)
    #expect(tensor.size == 3)
  }

  @Test func aNewTensorIsANewArray() {
    let first = Tensor(shape: [1], storage: .float64([1]))
    let second = Tensor(shape: [1], storage: .float64([1]))
    #expect(first.lineage !== second.lineage)
    #expect(!first.isSameValue(as: second))
  }

  @Test func copiesChangedOnManyThreadsStayApart() async {
    let shared = Tensor(shape: [3], storage: .float64([1, 2, 3]))
    let outcomes = await withTaskGroup(of: Bool.self) { group in
      for index in 0..<8 {
        group.addTask {
          var mine = shared
          for step in 0..<1000 {
            mine.storage = .float64([Double(index * 1000 + step)])
            mine.shape = [1]
          }
          return mine.doubles == [Double(index * 1000 + 999)] && shared.doubles == [1, 2, 3]
        }
      }
      var outcomes: [Bool] = []
      for await outcome in group { outcomes.append(outcome) }
      return outcomes
    }
    #expect(outcomes == Array(repeating: true, count: 8))
    #expect(shared.shape == [3])
  }
}
