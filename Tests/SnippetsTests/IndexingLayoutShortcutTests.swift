import TestSupport
import Testing

@testable import Snippets
@testable import TensorCore

/// `IndexingLayout.laidOut` answers `x[idx]` (one 1-d index array) of an array whose memory strides are sorted without
/// building NumPy's plan; here that answer is held to the plan's own, which `x[idx, ...]` (the same index with the
/// ellipsis NumPy appends written out) still takes, for owners in either memory order and views with every stride
/// from a small set (other tests hold the plan to NumPy).
@Suite struct IndexingLayoutShortcutTests {
  @Test(arguments: smallShapes.filter { !$0.isEmpty })
  func oneIndexArrayMatchesThePlan(shape: [Int]) {
    var checked = 0
    for source in ViewShortcutTests.sources(shape) {
      for count in [1, 3] {
        let index = IndexItem.indices(shape: [count], values: Array(repeating: 0, count: count))
        var resultShape = shape
        resultShape[0] = count
        let result = Tensor(
          shape: resultShape, storage: .float64(Array(repeating: 0.5, count: resultShape.reduce(1, *))))
        let key = Value.tensor(Tensor(shape: [count], storage: .int64(Array(repeating: 0, count: count))))
        let shortcut = IndexingLayout.laidOut(result, source: source, items: [index], key: key)
        let planned = IndexingLayout.laidOut(result, source: source, items: [index, .ellipsis], key: key)
        let context = "shape \(shape), strides \(source.memoryStrides), \(count) picked"
        #expect((shortcut == nil) == (planned == nil), "\(context)")
        #expect(shortcut?.memoryAxes == planned?.memoryAxes, "\(context)")
        #expect(shortcut?.isView == planned?.isView, "\(context)")
        #expect(shortcut?.view?.strides == planned?.view?.strides, "\(context)")
        #expect(shortcut?.unknownLayoutOrigin == planned?.unknownLayoutOrigin, "\(context)")
        checked += 1
      }
    }
    #expect(checked > 0)
  }
}
