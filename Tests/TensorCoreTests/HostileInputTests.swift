import Foundation
import Testing

@testable import TensorCore

/// Zero-size shapes are held to the element limit through their non-zero extents, so that no reduction, broadcast
/// or product of a value that exists can need more than the limit (NumPy's own errors are in the operation fixtures).
struct ZeroSizeShapeTests {
  @Test(arguments: [[1 << 40, 0], [100_000_000, 0], [0, 1 << 20, 1 << 20], [(1 << 24) + 1, 0, 1]])
  func zeroSizeShapesPastTheLimitAreRefused(shape: [Int]) {
    #expect(throws: Shape.tooLarge(shape)) { try Tensor.ones(shape) }
    #expect(Shape.tooLarge(shape).isLimit)
  }

  /// `checkedCount`'s shortcut for one extent, or two of at most 4,096, answers as the general checks do on both sides
  /// of its bounds: the count up to the limit of 2^24 elements, the limit's refusal past it, NumPy's error for a
  /// negative extent, 0 for an empty shape.
  @Test func elementCountsAnswerAlikeOnBothSidesOfTheShortcut() throws {
    #expect(try Shape.checkedCount([4096, 4096]) == 1 << 24)
    #expect(try Shape.checkedCount([1 << 24]) == 1 << 24)
    #expect(try Shape.checkedCount([1, 1 << 24]) == 1 << 24)
    #expect(try Shape.checkedCount([10, 10]) == 100)
    #expect(try Shape.checkedCount([7]) == 7)
    #expect(try Shape.checkedCount([0, 5]) == 0)
    #expect(try Shape.checkedCount([0]) == 0)
    for shape in [[4096, 4097], [4097, 4096], [(1 << 24) + 1], [2, (1 << 23) + 1]] {
      #expect(throws: Shape.tooLarge(shape)) { try Shape.checkedCount(shape) }
    }
    for shape in [[-1], [-1, 2], [2, -3]] {
      #expect(throws: TensorError.value("negative dimensions are not allowed")) { try Shape.checkedCount(shape) }
    }
  }

  @Test func aZeroSizeShapeAtTheLimitReducesToAValueAtTheLimit() throws {
    let empty = try Tensor.ones([1 << 24, 0])
    #expect(empty.size == 0)
    let sums = try empty.sum(axis: .one(1))
    #expect(sums.shape == [1 << 24])
    #expect(try empty.sum(axis: .one(0)).shape == [0])
  }

  @Test func broadcastingZeroSizeOperandsIsHeldToTheLimit() throws {
    let column = try Tensor.ones([1 << 12, 1, 1])
    let empty = try Tensor.ones([1, 1 << 13, 0])
    #expect(throws: Shape.tooLarge([1 << 12, 1 << 13, 0])) { try column + empty }
    #expect(throws: Shape.tooLarge([1 << 12, 1 << 13, 0])) { try column.equal(empty) }
    #expect(throws: Shape.tooLarge([1 << 12, 1 << 13, 0])) { try Tensor.isclose(column, empty) }
  }

  @Test func productsOfZeroSizeMatricesAreHeldToTheLimit() throws {
    let tall = try Tensor.ones([1 << 12, 0])
    let wide = try Tensor.ones([0, 1 << 13])
    #expect(throws: Shape.tooLarge([1 << 12, 1 << 13])) { try tall.matmul(wide) }
    #expect(try wide.matmul(try Tensor.ones([1 << 13, 0])).shape == [0, 0])
  }

  @Test func creationWithAZeroExtentIsBoundedToo() throws {
    // eye looped over its rows: with a huge row count and no columns it used to run for hours.
    #expect(throws: Shape.tooLarge([1 << 40, 0])) { try Tensor.eye(1 << 40, 0) }
    #expect(throws: Shape.tooLarge([1 << 40, 0])) { try Tensor.full([1 << 40, 0], Tensor(1.0)) }
    #expect(throws: Shape.tooLarge([1 << 40, 0])) { try Tensor.ones([0]).reshape([1 << 40, 0]) }
    #expect(throws: Shape.tooLarge([1 << 40, 0])) { try Tensor.ones([1]).broadcast(to: [1 << 40, 0]) }
  }
}

/// The memory and work budgets: small budgets run out quickly, and running out is an error before the work.
struct ResourceMeterTests {
  private func meter(memory: Int = 1 << 30, work: Int = 1 << 40, products: Int = 1 << 40, numgrad: Int = 1 << 40)
    -> ResourceMeter
  {
    ResourceMeter(
      memoryLimit: memory, elementOperations: work, multiplyAdds: products, numericalGradientOperations: numgrad)
  }

  @Test func allocationsPastTheMemoryBudgetAreRefused() throws {
    let meter = meter(memory: 1 << 20)
    try ResourceMeter.withCurrent(meter) {
      let kept = try Tensor.zeros([1 << 16])  // 512 KiB
      #expect(kept.size == 1 << 16)
      #expect(throws: TensorError.self) { try kept + kept }
    }
    #expect(meter.memoryExhausted)
    #expect(meter.bytesInUse <= meter.memoryLimit)
  }

  @Test func memoryErrorNamesTheLimitAndTheFlag() throws {
    let meter = meter(memory: 1 << 20)
    do {
      try ResourceMeter.withCurrent(meter) { _ = try Tensor.ones([1 << 18]) }
      Issue.record("expected an error")
    } catch let error as TensorError {
      #expect(error.pythonType == "MemoryError")
      #expect(error.isLimit)
      #expect(error.message.contains("more than 1 MiB"))
      #expect(error.message.contains("--memory-limit"))
    }
  }

  @Test func aBackwardPassCountsTheGradientsItHolds() throws {
    let meter = meter(memory: 1 << 20)
    try ResourceMeter.withCurrent(meter) {
      let x = try Tensor.ones([40_000])  // 320 KB, and as much again for 2x
      let l = try (x * Tensor(2.0)).sum()
      #expect(meter.bytesInUse < 700_000)
      // The pass would hold a gradient for x and for 2x: 640 KB more, past 1 MiB.
      #expect(throws: TensorError.self) { try gradient(of: l, withRespectTo: x) }
    }
    #expect(meter.memoryExhausted)
  }

  @Test func aMeterBoundByWithCurrentChargesAndNilInsideItChargesNothing() throws {
    let meter = meter(work: 10_000)
    let x = try Tensor.ones([1000])
    try ResourceMeter.withCurrent(meter) {
      meter.beginStatement()
      // Unmetered, as a finite difference's re-evaluations are: twenty sums of 1000 elements pass no budget.
      try ResourceMeter.withCurrent(nil) {
        for _ in 0..<20 { _ = try x.sum() }
      }
      #expect(throws: TensorError.self) {
        for _ in 0..<20 { _ = try x.sum() }
      }
    }
    // The binding ends with its body: nothing is charged outside it.
    for _ in 0..<20 { _ = try x.sum() }
    #expect(ResourceMeter.current == nil)
  }

  /// The innermost binding wins in both directions, whatever is bound around it, and each is undone on the way out.
  @Test func theInnermostMeterIsTheOneCharged() throws {
    let outer = meter(work: 10_000)
    let inner = meter(work: 10_000)
    let x = try Tensor.ones([1000])
    try ResourceMeter.withCurrent(outer) {
      outer.beginStatement()
      try ResourceMeter.withCurrent(nil) {
        #expect(ResourceMeter.current == nil)
        try ResourceMeter.withCurrent(inner) {
          inner.beginStatement()
          #expect(ResourceMeter.current === inner)
          #expect(throws: TensorError.self) {
            for _ in 0..<20 { _ = try x.sum() }
          }
        }
        for _ in 0..<20 { _ = try x.sum() }
      }
      #expect(ResourceMeter.current === outer)
      // Nothing charged inside reached the outer meter: it still has its whole budget for nine sums.
      for _ in 0..<9 { _ = try x.sum() }
    }
  }

  @Test func elementOperationsAreBoundedPerStatement() throws {
    let meter = meter(work: 10_000)
    try ResourceMeter.withCurrent(meter) {
      let x = try Tensor.ones([1000])
      // Reductions allocate almost nothing: only the work budget stops a statement of many of them.
      var total = try x.sum()
      for _ in 0..<3 { total = try total + x.sum() }
      #expect(throws: TensorError.self) {
        for _ in 0..<10 { total = try total + x.sum() }
      }
      meter.beginStatement()
      #expect(try x.sum().doubles == [1000])
    }
  }

  @Test func multiplyAddsAreBoundedPerStatementNotPerProduct() throws {
    let meter = meter(products: 10_000)
    try ResourceMeter.withCurrent(meter) {
      let a = try Tensor.ones([10, 10])
      var product = a
      for _ in 0..<10 { product = try product.matmul(a) }  // 1,000 multiply-adds each: exactly the budget
      #expect(throws: TensorError.self) { try product.matmul(a) }
      meter.beginStatement()
      #expect(try product.matmul(a).shape == [10, 10])
    }
  }

  @Test func finiteDifferencesShareOneBudgetPerStatement() throws {
    let x = try Tensor.ones([10])
    let l = try (x * x).sum()
    // One numgrad over this graph: 2 · 10 nudges, each re-evaluating 10 + (10 + 10 + 10) + (10 + 1) elements.
    let single = 2 * 10 * (10 + 30 + 11)
    let meter = meter(numgrad: 5 * single)
    try ResourceMeter.withCurrent(meter) {
      for _ in 0..<5 { _ = try numericalGradient(of: l, withRespectTo: x) }
      do {
        _ = try numericalGradient(of: l, withRespectTo: x)
        Issue.record("expected an error")
      } catch let error as TensorError {
        #expect(error.isLimit)
        #expect(error.message.contains("already taken by this statement"))
      }
      meter.beginStatement()
      #expect(try numericalGradient(of: l, withRespectTo: x).shape == [10])
    }
  }
}

/// Pruning the graph frees what no name can reach, and keeps everything a gradient between names needs.
struct GraphMemoryTests {
  @Test func reassigningANameFreesTheOldValues() throws {
    var x = try Tensor.ones([1000])
    for _ in 0..<50 { x = try x * Tensor(1.0) }
    let bytes = 1000 * 8
    #expect(GraphMemory.liveBytes(of: [x]) > 50 * bytes)
    // No named value feeds x any more: its history goes, and only its own elements stay.
    #expect(GraphMemory.prune(keeping: [x]) == bytes + ResourceMeter.nodeOverhead)
    #expect(try gradient(of: x.sum(), withRespectTo: x).value.doubles == [Double](repeating: 1, count: 1000))
  }

  @Test func gradientsBetweenNamedValuesSurvivePruning() throws {
    let a = try Tensor.array(.list([.scalar(.double(0.5)), .scalar(.double(-1.0))]))
    let z = try (a * Tensor(2.0)).exp().sum()
    _ = GraphMemory.prune(keeping: [a, z])
    // d/da sum(exp(2a)) = 2 exp(2a).
    let expected = [0.5, -1.0].map { 2 * Foundation.exp(2 * $0) }
    let analytic = try gradient(of: z, withRespectTo: a).value.doubles
    for (value, reference) in zip(analytic, expected) { #expect(Swift.abs(value - reference) < 1e-12 as Double) }
    let numeric = try numericalGradient(of: z, withRespectTo: a).doubles
    for (value, reference) in zip(numeric, expected) { #expect(Swift.abs(value - reference) < 1e-6 as Double) }
  }

  /// A chapter that asks for no gradient between its values keeps no history at all: each value keeps only its own
  /// elements.
  @Test func withoutGradientsEveryHistoryGoes() throws {
    let a = try Tensor.array(.list([.scalar(.double(0.5)), .scalar(.double(-1.0))]))
    let z = try (a * Tensor(2.0)).exp()
    let own = 2 * (16 + ResourceMeter.nodeOverhead)
    #expect(GraphMemory.prune(keeping: [a, z]) > own)
    #expect(GraphMemory.prune(keeping: [a, z], historyBetweenThem: false) == own)
  }

  /// A training loop's `float(loss)` at every step walked the whole chain of updates since memory was last measured
  /// and kept a reference to each value of it: quadratic time, and a gigabyte of references by 40,000 steps.
  @Test func aConversionNotesABoundedPartOfALongHistory() throws {
    let meter = ResourceMeter()
    try ResourceMeter.withCurrent(meter) {
      var w = try Tensor.ones([2])
      for _ in 0..<3_000 { w = try w * Tensor(1.0) }
      for _ in 0..<500 { PythonNumberRecord.note(2.0, from: try w.sum()) }
    }
    #expect(meter.pythonNumbers.heldReferenceCount <= 500 * (PythonNumberRecord.walkLimit + 2))
  }

  @Test func sharedStorageIsCountedOnce() throws {
    let x = try Tensor.ones([100])
    let y = try x.reshape([10, 10])
    #expect(GraphMemory.liveBytes(of: [x, y]) == 800 + 2 * ResourceMeter.nodeOverhead)
  }
}

/// Printing is linear in the text it writes and stops at its limit, whatever the shape.
struct PrintingLimitTests {
  @Test func manyShortAxesAreRefusedBeforeFormatting() throws {
    let deep = try Tensor.ones([Int](repeating: 2, count: 20))
    #expect(throws: TensorError.self) { try deep.numpyText(repr: true, limit: 1 << 20) }
  }

  @Test func limitedTextIsTheFullText() throws {
    let x = try Tensor.arange(.int(0), .int(24)).reshape([2, 3, 4])
    #expect(try x.numpyText(repr: true, limit: 1 << 20) == x.numpyRepr)
    #expect(try x.numpyText(repr: false, limit: 1 << 20) == x.numpyStr)
    #expect(throws: TensorError.self) { try x.numpyText(repr: true, limit: x.numpyRepr.utf8.count - 1) }
    #expect(try x.numpyText(repr: true, limit: x.numpyRepr.utf8.count) == x.numpyRepr)
  }

  @Test func aMalformedTensorIsAnErrorNotText() {
    let malformed = Tensor(shape: [2, 3], storage: .float64([1, 2]))
    #expect(throws: TensorError.self) { try malformed.numpyText(repr: true, limit: 1 << 20) }
  }
}

/// A long history is released without recursion: a chapter of `x = x + 1.0` lines builds one chain of nodes.
@Test func releasingALongHistoryDoesNotOverflowTheStack() throws {
  let one = Tensor(1.0)
  var x = Tensor(0.0)
  for _ in 0..<300_000 { x = try x + one }
  #expect(x.doubles == [300_000])
  // Dropping the last name of the chain releases 300,000 nodes; recursively, that overflows an 8 MiB stack.
  x = one
  #expect(x.doubles == [1])
}
