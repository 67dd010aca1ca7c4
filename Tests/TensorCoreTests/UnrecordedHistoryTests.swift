import Testing

@testable import TensorCore

/// A chapter that can read no history (`ResourceMeter.recordsHistories` false) gives a value computed from values
/// without a history a leaf node at once, as a measurement's `GraphMemory.prune` would later; a value whose history a
/// walk back can still read (a decomposition's digits, a product's rounding noise) keeps recording it.
@Suite struct UnrecordedHistoryTests {
  private static func chapterKeepingNoHistory() -> ResourceMeter {
    let meter = ResourceMeter()
    meter.recordsHistories = false
    return meter
  }

  @Test func valuesOfLeavesAreLeavesThatCountAsComputed() throws {
    let a = Tensor(shape: [2, 3], storage: .float64([1, 2, 3, 4, 5, 6]))
    let (sum, row, transposed) = try ResourceMeter.withCurrent(Self.chapterKeepingNoHistory()) {
      (try a.adding(a), try a.index([.int(1)]), try a.transpose())
    }
    for value in [sum, row, transposed] {
      #expect(value.node != nil)
      #expect(value.node?.operation == nil)
      #expect(value.node?.isComputation == true)
      #expect(value.isRecordedComputation)
    }
    #expect(sum.doubles == [2, 4, 6, 8, 10, 12])
    #expect(row.doubles == [4, 5, 6])
    #expect(transposed.doubles == [1, 4, 2, 5, 3, 6])
    // A prune forgets them as it forgets recorded histories.
    _ = GraphMemory.prune(keeping: [sum, row], historyBetweenThem: false)
    #expect(sum.node?.isComputation == false)
    #expect(!row.isRecordedComputation)
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
    #expect(scaled.node?.operation == nil)
    // A product keeps its operands: its rounding noise is measured from them.
    #expect(productAgain.node?.operation != nil)
    // An operand with a history keeps the result's.
    #expect(ofProduct.node?.operation != nil)
    #expect(ofProduct.node?.inputs.endIndex == 2)
  }
}
