import Testing

@testable import Snippets

/// A range is an array's input or operand as in NumPy (checked against NumPy in
/// `Fixtures/interpreter/45-reach10-modules-and-annotations.txt`), but an empty range, whose int64 array of no
/// elements nested lists cannot say, and ranges past the element limit, which must not be expanded at all, are
/// refused as docbuild's limits, never accepted as expected output.
struct RangeArrayRefusalTests {
  static let refused: [String] = [
    "np.array(range(0))", "np.array([range(3), range(3, 3)])", "np.arange(0) + range(0)", "np.array(range(10**12))",
    "np.array([range(10**7), range(10**7)])", "np.sum(range(2**24 + 1))", "np.zeros(3) + range(-1, 2**62, 2)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectError("", statement, saying: "")
  }
}
