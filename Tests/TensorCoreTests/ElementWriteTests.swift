import Testing

@testable import TensorCore

/// `Tensor.writeElementInPlace`: a write into an array nothing else holds keeps its buffer (a constant time), and one
/// that another value holds is left to the general write.
struct ElementWriteTests {
  @Test func aWriteIntoAnArrayNothingElseHoldsKeepsItsBuffer() throws {
    var noValue: Tensor? = nil
    var array = try Tensor.zeros([1000], dtype: .float64)
    let before = array.storage.bufferIdentity
    let written1 = array.writeElementInPlace(.float64(2.5), at: 7, value: &noValue)
    #expect(written1)
    #expect(array.storage.bufferIdentity == before)
    #expect(array.doubles[7] == 2.5)
    #expect(array.doubles.reduce(0, +) == 2.5)
  }

  @Test func aWriteIntoAnArrayAnotherValueHoldsIsRefused() throws {
    var noValue: Tensor? = nil
    var array = try Tensor.zeros([4], dtype: .int64)
    let other = array
    let written2 = array.writeElementInPlace(.int64(3), at: 1, value: &noValue)
    #expect(!written2)
    #expect(other.doubles == [0, 0, 0, 0])
    #expect(array.doubles == [0, 0, 0, 0])
  }

  @Test func aWriteIntoAnArrayAViewSharesIsRefused() throws {
    var noValue: Tensor? = nil
    var array = try Tensor.zeros([4], dtype: .float64)
    array.ensureRoot()
    let sameMemory = array.lineage
    let written3 = array.writeElementInPlace(.float64(1), at: 0, value: &noValue)
    #expect(!written3)
    #expect(sameMemory.hasRoot)
  }

  @Test func aWriteOfAnotherStorageClassIsRefused() throws {
    var noValue: Tensor? = nil
    var array = try Tensor.zeros([2], dtype: .bool)
    let written4 = array.writeElementInPlace(.float64(1), at: 0, value: &noValue)
    #expect(!written4)
    let written5 = array.writeElementInPlace(.bool(true), at: 1, value: &noValue)
    #expect(written5)
    #expect(array.doubles == [0, 1])
  }

  @Test func aFloatWriteMarksTheArrayAsAssignedSoAGradientThroughItIsRefused() throws {
    var noValue: Tensor? = nil
    let x = Tensor(shape: [2], storage: .float64([1, 2]))
    var y = try x * x
    let written6 = y.writeElementInPlace(.float64(0), at: 0, value: &noValue)
    #expect(written6)
    #expect(throws: TensorError.self) { try gradient(of: y.sum(), withRespectTo: x) }
    // The array's own gradient is still its upstream, and a second write extends the same mark.
    #expect(try gradient(of: y.sum(), withRespectTo: y).value.doubles == [1, 1])
    let written7 = y.writeElementInPlace(.float64(3), at: 1, value: &noValue)
    #expect(written7)
    #expect(throws: TensorError.self) { try gradient(of: y.sum(), withRespectTo: x) }
    #expect(y.doubles == [0, 3])
  }

  /// A loop writing values of a few recorded arrays in turn lists each array once on the assignment node, not once
  /// per write (before, only the last input was compared, so alternating two sources grew the node at every write).
  @Test func writesOfAFewRecordedArraysInTurnListEachOnce() throws {
    let x = Tensor(shape: [4], storage: .float64([1, 2, 3, 4]))
    let doubled = try x * Tensor(2.0)
    let tripled = try x * Tensor(3.0)
    var y = try x * x
    for step in 0..<200 {
      var source: Tensor? = step % 2 == 0 ? doubled : tripled
      let written = y.writeElementInPlace(.float64(Double(step)), at: step % 4, value: &source)
      #expect(written)
    }
    // The old node, then the two sources.
    #expect(y.node?.inputs.count == 3)
    #expect(throws: TensorError.self) { try gradient(of: y.sum(), withRespectTo: x) }
  }
}
