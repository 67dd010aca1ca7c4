import Testing

@testable import Snippets

/// The `array` module is checked against CPython in `Fixtures/interpreter/48-reach11-set-order.txt`; what it would
/// need raw memory or per-typecode overflow messages for is refused as docbuild's limit, never accepted as output.
/// `tobytes()` (and so `bytes(a)`) runs since session 30: fixture `254-reach30a-bytes-method.txt`; `np.array(A)` (a
/// copy with the typecode's dtype) since session 45: fixture `465-reach45-np-array-of-array-module-arrays.txt`, while
/// `np.asarray(A)` (which shares its memory) stays refused.
struct ArrayModuleRefusalTests {
  static let setup = ">>> import array\n>>> A = array.array('i', [1, 2])\n"

  static let refused: [String] = [
    "np.asarray(A)", "A.buffer_info()", "array.array('b', [300])", "array.array('u', 'ab')", "A.frombytes(b'')",
    "array.array('f', [1e39])", "A[0:1] = array.array('i', [5])", "array.array('i', A)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "")
  }
}
