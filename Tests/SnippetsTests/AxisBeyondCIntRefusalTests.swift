import Testing

/// An axis no C int holds: NumPy fails converting it, in words that depend on the function (in NumPy 2.4.6,
/// `a.sum(axis=2**40)` gives `ValueError: integer won't fit into a C int`, `np.moveaxis(a, 2**40, 0)` gives
/// `OverflowError: Python int too large to convert to C int` and `a.sum(axis=2**70)` `… C long`), so docbuild refuses
/// it rather than print its own AxisError: the axis converter (`Value.toAxis`) refuses an int beyond 64 bits, the one
/// normaliser (`Shape.normalize`) one beyond a C int. An axis within a C int keeps NumPy's AxisError
/// (`Fixtures/interpreter/97-…` and `98-…`, `make_axis_fixtures.py`); so does -2**31, except where NumPy's converter
/// reads it as `axis=None`.
@Suite struct AxisBeyondCIntRefusalTests {
  static let setup = ">>> a = np.ones((2, 3))"

  @Test(arguments: [
    "a.sum(axis=2**40)", "a.sum(axis=2**31)", "a.sum(axis=-2**31 - 1)", "np.moveaxis(a, 2**40, 0)",
    "np.cumsum(a, axis=2**40)", "np.flip(a, 2**40)", "np.sort(a, axis=2**40)", "np.expand_dims(a, 2**40)",
    "np.concatenate([a, a], axis=2**40)", "np.argmax(a, axis=-2**40)", "a.sum(axis=2**70)", "a.sum(axis=(0, 2**70))",
    "np.expand_dims(a, 2**70)", "np.squeeze(a, axis=2**70)", "np.linalg.norm(a, axis=2**70)",
    "a.transpose(0, 2**70)", "np.transpose(a, (0, 2**40))", "np.take_along_axis(a, np.zeros((2, 3), int), axis=2**40)",
    "np.percentile(a, 50, axis=2**70)", "np.average(a, axis=2**63 - 1)", "a.swapaxes(2**40, 0)",
    "np.diagonal(a, axis1=2**70)", "np.unique(a, axis=2**40)", "np.add.reduce(a, axis=2**40)",
    "np.rot90(a, axes=(0, 2**70))", "np.flip(a, [0, 2**70])",
  ])
  func isRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "beyond a C int")
  }

  /// NumPy's C converter of these functions' axis reads -2**31 (`NPY_RAVEL_AXIS`) as `axis=None`, where the others
  /// raise their AxisError: refused by name.
  @Test(arguments: [
    "np.take(a, [0], axis=-2**31)", "a.take([0], axis=-2**31)", "np.cumsum(a, axis=-2**31)",
    "np.cumprod(a, axis=-2**31)", "a.argmax(axis=-2**31)", "np.argmin(a, -2**31)", "np.argsort(a, axis=-2**31)",
    "np.concatenate([a, a], axis=-2**31)", "np.repeat(a, 2, axis=-2**31)", "np.append(a, a, axis=-2**31)",
    "np.packbits(a > 0, axis=-2**31)", "np.compress([True, False], a, axis=-2**31)",
    "np.argpartition(a, 1, axis=-2**31)", "np.nancumsum(a, axis=-2**31)", "np.nancumprod(a, axis=-2**31)",
  ])
  func ravelMarkerIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "NumPy reads it as axis=None there")
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
