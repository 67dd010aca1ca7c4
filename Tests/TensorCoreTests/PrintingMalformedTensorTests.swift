import Testing

@testable import TensorCore

/// Printing never traps: tensors whose parts disagree print a description of the problem instead.
@Suite struct PrintingMalformedTensorTests {
  @Test func countMismatchIsDescribed() {
    let tensor = Tensor(shape: [2, 3], storage: .float64([1, 2]))
    #expect(tensor.numpyRepr == "<invalid tensor: shape (2, 3) needs 6 elements, storage has 2>")
    #expect(tensor.numpyStr == tensor.numpyRepr)
  }

  @Test func negativeExtentIsDescribed() {
    let tensor = Tensor(shape: [-1], storage: .int64([]))
    #expect(tensor.numpyRepr == "<invalid tensor: negative extent in shape (-1,)>")
  }

  @Test func overflowingShapeIsDescribed() {
    let tensor = Tensor(shape: [1 << 40, 1 << 40], storage: .bool([]))
    #expect(tensor.numpyStr == "<invalid tensor: shape (1099511627776, 1099511627776) is too large>")
  }

  @Test func emptyScalarIsDescribedNotIndexed() {
    let tensor = Tensor(shape: [], storage: .float64([]), isScalar: true)
    #expect(tensor.numpyRepr == "<invalid tensor: shape () needs 1 elements, storage has 0>")
  }
}
