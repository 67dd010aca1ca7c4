import Testing

/// An axis no C int holds: NumPy fails converting it, in words that depend on the function (in NumPy 2.4.6,
/// `a.sum(axis=2**40)` gives `ValueError: integer won't fit into a C int`, `np.moveaxis(a, 2**40, 0)` gives
/// `OverflowError: Python int too large to convert to C int` and `a.sum(axis=2**70)` `… C long`). The axis converter
/// (`Value.toAxis`) refuses an int beyond 64 bits (or a uint64 from 2**63 up), the one normaliser (`Shape.normalize`)
/// one beyond a C int; the functions whose converter answer47's probe checked turn that refusal into NumPy's error
/// (`WideAxes`, `Fixtures/interpreter/490-*`), the others keep it. An axis within a C int keeps NumPy's AxisError
/// (`Fixtures/interpreter/97-…` and `98-…`, `make_axis_fixtures.py`); so does -2**31, except where NumPy's converter
/// reads it as `axis=None`.
@Suite struct AxisBeyondCIntRefusalTests {
  static let setup = ">>> a = np.ones((2, 3))"

  @Test(arguments: [
    "a.transpose(0, 2**40)", "np.transpose(a, (0, 2**40))", "a.transpose(2**31, 0)", "np.diagonal(a, axis1=2**70)",
    "np.diagonal(a, axis1=2**40)", "np.rot90(a, axes=(0, 2**70))",
    "np.packbits(a > 0, axis=2**40)",
  ])
  func isRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "beyond a C int")
  }

  /// The functions `WideAxes` lists answer with their converter's error.
  @Test(arguments: [
    ("a.sum(axis=2**40)", "ValueError: integer won't fit into a C int"),
    ("np.moveaxis(a, 2**40, 0)", "OverflowError: Python int too large to convert to C int"),
    ("a.sum(axis=2**70)", "OverflowError: Python int too large to convert to C long"),
    ("np.sort(a, axis=np.uint64(2**63))", "OverflowError: Python int too large to convert to C long"),
    ("a.swapaxes(2**40, 0)", "OverflowError: signed integer is greater than maximum"),
    ("np.split(a, 1, axis=np.uint64(2**63))", "IndexError: cannot fit 'numpy.uint64' into an index-sized integer"),
    ("a.transpose(0, 2**70)", "ValueError: Maximum allowed dimension exceeded"),
  ])
  func isNumPysError(statement: String, error: String) throws {
    let output = try RefusalProbe.output(Self.setup, statement)
    #expect(output.hasSuffix(error), "\(output)")
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
      "import numpy as np\na = np.ones((2, 3))\ntry:\n    np.diagonal(a, axis1=2**40)\nexcept ValueError:\n    pass",
      naming: "beyond a C int")
  }

  @Test func anAxisWithinACIntIsNumPysAxisError() throws {
    let output = try RefusalProbe.output(Self.setup, "a.sum(axis=2**31 - 1)")
    #expect(output.hasSuffix("AxisError: axis 2147483647 is out of bounds for array of dimension 2"), "\(output)")
  }
}
