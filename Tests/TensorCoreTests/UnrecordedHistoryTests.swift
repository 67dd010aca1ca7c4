import Testing

@testable import TensorCore

/// A chapter that can read no history (`ResourceMeter.recordsHistories` false) gives a value computed from values
/// without a history no graph node at all; a value whose history a walk back can still read (a decomposition's
/// digits, a product's rounding noise) keeps recording it, and so does every chapter whose meter asks for histories.
@Suite struct UnrecordedHistoryTests {
  private static func chapterKeepingNoHistory() -> ResourceMeter {
    let meter = ResourceMeter()
    meter.recordsHistories = false
    return meter
  }

  @Test func valuesOfLeavesGetNoNode() throws {
    let a = Tensor(shape: [2, 3], storage: .float64([1, 2, 3, 4, 5, 6]))
    let (sum, row, transposed, exponential, total) = try ResourceMeter.withCurrent(Self.chapterKeepingNoHistory()) {
      (try a.adding(a), try a.index([.int(1)]), try a.transpose(), try a.exp(), try a.sum())
    }
    for value in [sum, row, transposed, exponential, total] {
      #expect(value.node == nil)
      #expect(!value.isRecordedComputation)
      #expect(value.dtype == .float64)
    }
    #expect(sum.doubles == [2, 4, 6, 8, 10, 12])
    #expect(row.doubles == [4, 5, 6])
    #expect(transposed.doubles == [1, 4, 2, 5, 3, 6])
    #expect(transposed.memoryAxes == [1, 0])
    #expect(total.doubles == [21])
    // A value computed from them records nothing either.
    let again = try ResourceMeter.withCurrent(Self.chapterKeepingNoHistory()) { try sum.multiplying(transposed.T) }
    #expect(again.node == nil)
    #expect(again.doubles == [2, 8, 18, 32, 50, 72])
  }

  @Test func historiesAreRecordedWhenTheMeterAsksOrNoMeterRuns() throws {
    let a = Tensor(shape: [3], storage: .float64([1, 2, 3]))
    let recording = ResourceMeter()
    #expect(recording.recordsHistories)
    let recorded = try ResourceMeter.withCurrent(recording) { try a.adding(a) }
    #expect(recorded.node?.operation != nil)
    let unmetered = try a.adding(a)
    #expect(unmetered.node?.operation != nil)
  }

  @Test func valuesOfValuesWithAHistoryStillRecordIt() throws {
    let a = Tensor(shape: [2, 2], storage: .float64([2, 1, 1, 3]))
    let meter = ResourceMeter()
    let product = try ResourceMeter.withCurrent(meter) { try a.matmul(a) }
    meter.recordsHistories = false
    let (scaled, productAgain, ofProduct) = try ResourceMeter.withCurrent(meter) {
      (try a.adding(a), try a.matmul(a), try product.adding(a))
    }
    #expect(scaled.node == nil)
    // A product keeps its operands: its rounding noise is measured from them.
    #expect(productAgain.node?.operation != nil)
    // An operand with a history keeps the result's.
    #expect(ofProduct.node?.operation != nil)
    #expect(ofProduct.node?.inputs.endIndex == 2)
  }

  /// A value without a node still weighs what a node's value did in the chapter's measured memory, so that a loop
  /// keeping many small values stops at the budget as before.
  @Test func valuesWithoutANodeCountTheirOverhead() throws {
    let a = Tensor(shape: [2], storage: .float64([1, 2]))
    let recorded = try a.adding(a)
    let unrecorded = try ResourceMeter.withCurrent(Self.chapterKeepingNoHistory()) { try a.adding(a) }
    #expect(unrecorded.node == nil)
    let recordedBytes = GraphMemory.liveBytes(of: [recorded.detached.withLeaf()])
    #expect(GraphMemory.liveBytes(of: [unrecorded], countingValuesWithoutNodes: true) == recordedBytes)
    // A chapter that records histories counts as it always did: counting more there made it measure, and so prune,
    // less often (a 100,000-step loop held 7% more and then measured at every step).
    #expect(GraphMemory.liveBytes(of: [unrecorded]) == 2 * 8)
  }
}

extension Tensor {
  /// The same elements as a new leaf.
  fileprivate func withLeaf() -> Tensor { Tensor(shape: shape, storage: storage, isScalar: isScalar) }
}

/// Values made, not computed, in such a chapter (a Python float operand, an array literal) get no node either.
@Suite struct UnrecordedCreationTests {
  @Test func madeValuesGetANodeOnlyWhereHistoriesAreRecorded() {
    let meter = ResourceMeter()
    meter.recordsHistories = false
    let made = ResourceMeter.withCurrent(meter) { Tensor(2.5) }
    #expect(made.node == nil)
    #expect(made.doubles == [2.5])
    #expect(ResourceMeter.withCurrent(ResourceMeter()) { Tensor(2.5) }.node != nil)
    #expect(Tensor(2.5).node != nil)
    // Ints never had one.
    #expect(ResourceMeter.withCurrent(ResourceMeter()) { Tensor(3) }.node == nil)
  }
}
