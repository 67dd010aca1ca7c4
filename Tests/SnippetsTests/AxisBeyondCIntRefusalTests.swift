import Testing

/// An axis no C int holds: NumPy fails converting it, in words that depend on the function (in NumPy 2.4.6,
/// `a.sum(axis=2**40)` gives `ValueError: integer won't fit into a C int` and `np.moveaxis(a, 2**40, 0)` gives
/// `OverflowError: Python int too large to convert to C int`), so docbuild refuses it rather than print its own
/// AxisError. An axis within a C int keeps NumPy's AxisError.
@Suite struct AxisBeyondCIntRefusalTests {
  static let setup = ">>> a = np.ones((2, 3))"

  @Test(arguments: [
    "a.sum(axis=2**40)", "a.sum(axis=2**31)", "a.sum(axis=-2**31 - 1)", "np.moveaxis(a, 2**40, 0)",
    "np.cumsum(a, axis=2**40)", "np.flip(a, 2**40)", "np.sort(a, axis=2**40)", "np.expand_dims(a, 2**40)",
    "np.concatenate([a, a], axis=2**40)", "np.argmax(a, axis=-2**40)",
  ])
  func isRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "beyond a C int")
  }

  @Test func isRefusedBeforeAnExceptClauseCatchesIt() {
    RefusalProbe.expectScriptRefused(
      "import numpy as np\na = np.ones((2, 3))\ntry:\n    a.sum(axis=2**40)\nexcept ValueError:\n    pass",
      naming: "beyond a C int")
  }

  @Test func anAxisWithinACIntIsNumPysAxisError() throws {
    let output = try RefusalProbe.output(Self.setup, "a.sum(axis=2**31 - 1)")
    #expect(output.hasSuffix("AxisError: axis 2147483647 is out of bounds for array of dimension 2"), "\(output)")
  }
}
