import Testing

@testable import Snippets

/// `np.core` beyond `np.core.records` (checked against NumPy in `Fixtures/interpreter/80-…`): refused with the
/// public name to use, and the modules themselves, which CPython prints with their file's path.
struct NumpyCoreAliasRefusalTests {
  @Test func otherMembersAndTheModulesAreRefused() throws {
    try RefusalProbe.expectRefused("", "np.core.numeric", saying: "renamed numpy.core to its private numpy._core")
    try RefusalProbe.expectRefused("", "np.core.multiarray.array([1])", saying: "write the public NumPy name")
    try RefusalProbe.expectRefused("", "np.core", saying: "path of its file")
    try RefusalProbe.expectRefused("", "np.core.records", saying: "path of its file")
  }
}
