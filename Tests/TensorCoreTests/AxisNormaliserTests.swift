import Testing

@testable import TensorCore

/// The one axis normaliser (`Shape.normalize`, NumPy's `normalize_axis_index`), which every axis path calls: the
/// texts are NumPy 2.4.6's (`np.moveaxis(a, 5, 0)` on a 2-d array prints `AxisError: source: axis 5 is out of bounds
/// for array of dimension 2`; `Snippets` fixtures 97 and 98 hold them per function).
@Suite struct AxisNormaliserTests {
  @Test(arguments: [(0, 0), (1, 1), (2, 2), (-1, 2), (-3, 0)])
  func mapsAnAxisInRange(axis: Int, expected: Int) throws {
    #expect(try Shape.normalize(axis: axis, ndim: 3) == expected)
  }

  @Test(
    arguments: [
      (5, nil, "axis 5 is out of bounds for array of dimension 2"),
      (-3, nil, "axis -3 is out of bounds for array of dimension 2"),
      (5, "source", "source: axis 5 is out of bounds for array of dimension 2"),
      (Int(Int32.max), "axis2", "axis2: axis 2147483647 is out of bounds for array of dimension 2"),
      (Int(Int32.min), nil, "axis -2147483648 is out of bounds for array of dimension 2"),
    ] as [(Int, String?, String)])
  func outOfRangeIsNumPysAxisError(axis: Int, argument: String?, message: String) {
    #expect(throws: TensorError("AxisError", message)) {
      try Shape.normalize(axis: axis, ndim: 2, argument: argument)
    }
  }

  /// NumPy fails converting such an axis before it looks at the range, in words that depend on the function.
  @Test(arguments: [Int(Int32.max) + 1, Int(Int32.min) - 1, 1 << 40, Int.max, Int.min])
  func beyondACIntIsRefused(axis: Int) {
    #expect(throws: TensorError.axisBeyondCInt(String(axis))) { try Shape.normalize(axis: axis, ndim: 2) }
    #expect(TensorError.axisBeyondCInt(String(axis)).isLimit)
  }

  @Test func aZeroDimensionalArrayHasNoAxis() {
    #expect(throws: TensorError("AxisError", "axis 0 is out of bounds for array of dimension 0")) {
      try Shape.normalize(axis: 0, ndim: 0)
    }
  }
}
