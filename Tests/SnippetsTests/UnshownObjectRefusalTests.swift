import Testing

@testable import Snippets

/// What snippets refuse because CPython would run on is a refusal, never an error a transcript may record as its
/// expected output: `object()` (CPython makes it, and prints it with its address) and `super` with arguments other
/// than Python 2's `super(Class, self)`. Before, both raised a NotImplementedError that a transcript could expect
/// (NumPy's user guide, `basics.strings.rst`, counted it as a mismatch).
struct UnshownObjectRefusalTests {
  static let setup = """
    >>> class A:
    ...     def f(self):
    ...         return super(1)
    ...

    """

  @Test(arguments: ["object()", "np.array([1, object(), 3.4])", "[object()]", "A().f()"])
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "")
  }
}
