import TestSupport
import Testing

@testable import TensorCore

/// The reduction kernel's shortcuts (everything into one element, only leading axes reduced) against the walk they
/// skip, which other tests hold to NumPy: the same bits for every axis set of shapes of up to three axes, on values
/// whose sums depend on their order (mixed exponents, -0, infinities, NaNs).
@Suite struct ReductionShortcutTests {
  /// Shapes of up to three axes with extents 0, 1, 2, 3 and 9.
  static let shapes: [[Int]] = {
    var shapes: [[Int]] = []
    let extents = [0, 1, 2, 3, 9]
    for a in extents { shapes.append([a]) }
    for a in extents { for b in extents { shapes.append([a, b]) } }
    for a in extents { for b in extents { for c in extents { shapes.append([a, b, c]) } } }
    return shapes
  }()

  /// Values of varied magnitude and sign, with a few -0s, infinities and NaNs of either sign.
  static func values(_ count: Int, seed: UInt64) -> [Double] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      switch random.next() % 16 {
      case 0: return -0.0
      case 1: return random.next() % 2 == 0 ? .infinity : -.infinity
      case 2: return random.next() % 2 == 0 ? .nan : -.nan
      default:
        return (random.unit() - 0.5) * Double(sign: .plus, exponent: Int(random.next() % 60) - 30, significand: 1)
      }
    }
  }

  @Test(arguments: shapes)
  func shortcutsMatchTheWalk(shape: [Int]) {
    let count = shape.reduce(1, *)
    for seed in 0..<4 {
      let values = Self.values(count, seed: UInt64(seed * 1000 + count))
      for mask in 0..<(1 << shape.count) {
        var kept = shape
        for axis in shape.indices where mask & (1 << axis) != 0 { kept[axis] = 1 }
        let sums = [true, false].map { shortcuts in
          ReductionKernel.reduce(
            values, shape: shape, keptShape: kept, initial: 0, combine: +, row: ReductionKernel.pairwiseSum,
            takesShortcuts: shortcuts)
        }
        #expect(sums[0].map(\.bitPattern) == sums[1].map(\.bitPattern), "sum of \(shape) to \(kept)")
        let maxima = [true, false].map { shortcuts in
          ReductionKernel.reduce(
            values, shape: shape, keptShape: kept, initial: -.infinity, combine: { x, y in x > y || x.isNaN ? x : y },
            takesShortcuts: shortcuts)
        }
        #expect(maxima[0].map(\.bitPattern) == maxima[1].map(\.bitPattern), "max of \(shape) to \(kept)")
      }
    }
  }

  /// The shortcut is taken exactly when the reduced axes lead.
  @Test func leadingRowsCountsTheLeadingReducedAxes() {
    #expect(ReductionKernel.leadingRows(shape: [32, 10], keptShape: [1, 10]) == 32)
    #expect(ReductionKernel.leadingRows(shape: [4, 1, 3, 5], keptShape: [1, 1, 1, 5]) == 12)
    #expect(ReductionKernel.leadingRows(shape: [4, 3, 1, 5], keptShape: [1, 3, 1, 5]) == 4)
    #expect(ReductionKernel.leadingRows(shape: [4, 3, 5], keptShape: [4, 1, 5]) == nil)
    #expect(ReductionKernel.leadingRows(shape: [4, 3], keptShape: [4, 1]) == nil)
  }
}
