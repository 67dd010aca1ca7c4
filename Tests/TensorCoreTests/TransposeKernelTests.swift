import Testing

@testable import TensorCore

/// The tiled transpose puts every element where the definition of a permutation puts it: result element (i_0, …,
/// i_{n-1}) is source element i_k on axis `axes[k]`, read here through the source's row-major strides one element at
/// a time. Shapes cross the tile's edges (1, 15, 16, 17, 33 elements) in every permutation of up to four axes, and
/// matrices that fit in one tile take their own loop.
struct TransposeKernelTests {
  /// The result of permuting a row-major array of `shape` by `axes`, element by element from the definition.
  static func definition(_ source: [Int64], shape: [Int], axes: [Int]) -> [Int64] {
    let resultShape = axes.map { shape[$0] }
    let count = resultShape.reduce(1, *)
    var sourceStrides = [Int](repeating: 1, count: shape.count)
    for axis in stride(from: shape.count - 2, through: 0, by: -1) {
      sourceStrides[axis] = sourceStrides[axis + 1] * shape[axis + 1]
    }
    return (0..<count).map { flat in
      var rest = flat
      var place = 0
      for k in stride(from: resultShape.count - 1, through: 0, by: -1) {
        place += (rest % resultShape[k]) * sourceStrides[axes[k]]
        rest /= resultShape[k]
      }
      return source[place]
    }
  }

  static func permutations(_ n: Int) -> [[Int]] {
    guard n > 0 else { return [[]] }
    return permutations(n - 1).flatMap { smaller in
      (0...smaller.count).map { at in
        var longer = smaller
        longer.insert(n - 1, at: at)
        return longer
      }
    }
  }

  static let shapes: [[Int]] = [
    [1, 1], [15, 17], [16, 16], [33, 2], [1, 40], [40, 1], [3, 17, 33], [17, 1, 16], [2, 3, 16, 17], [5, 0, 3],
    // Matrices of one tile (`oneTile`), square and not.
    [10, 10], [3, 7], [16, 2], [1, 16],
    // Odd extents, whose last row or column the C kernel's 2×2 blocks leave to its scalar tail.
    [7, 3], [9, 5], [2, 15], [15, 1],
  ]

  @Test(arguments: shapes)
  func placesEveryElementAsThePermutationDoes(shape: [Int]) {
    let count = shape.reduce(1, *)
    let source = (0..<count).map { Int64($0 * 7 + 3) }
    for axes in Self.permutations(shape.count) {
      let expected = Self.definition(source, shape: shape, axes: axes)
      let tiled = TransposeKernel.permuted(source, shape: shape, axes: axes)
      if axes.last == shape.count - 1 || count == 0 {
        #expect(tiled == nil, "\(shape) by \(axes) took the tiles")
      } else {
        #expect(tiled == expected, "\(shape) by \(axes)")
      }
      let tensor = Tensor(shape: shape, storage: .int64(source))
      #expect(tensor.shape == shape)
      let moved = ShapeKernels.transpose(tensor, axes: axes)
      #expect(moved.shape == axes.map { shape[$0] })
      #expect(moved.int64s == expected, "\(shape) by \(axes) through ShapeKernels")
    }
  }

  /// Undoing a recorded transpose hands back its operand's elements; any other permutation of it is computed.
  @Test func undoingARecordedTransposeGivesItsOperand() throws {
    let x = Tensor(shape: [3, 4, 5], storage: .float64((0..<60).map { Double($0) * 0.5 }))
    let moved = try x.transpose([1, 2, 0])
    let back = ShapeKernels.transpose(moved, axes: [2, 0, 1])
    #expect(back.shape == [3, 4, 5])
    #expect(back.doubles == x.doubles)
    let other = ShapeKernels.transpose(moved, axes: [0, 2, 1])
    #expect(other.shape == [4, 3, 5])
    let values = (0..<60).map { Int64($0) }
    let expected = Self.definition(
      Self.definition(values, shape: [3, 4, 5], axes: [1, 2, 0]), shape: [4, 5, 3], axes: [0, 2, 1])
    #expect(other.doubles == expected.map { Double($0) * 0.5 })
  }
}
