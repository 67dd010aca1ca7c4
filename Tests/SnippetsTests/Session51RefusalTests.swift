import Testing

@testable import Snippets

/// What session 51 refuses where docbuild printed unrefused digits: the `.base` of a view of a decomposition's result.
/// `.base` gathered the root's elements without the history that told printing they came from `np.linalg.eigvals` or
/// `np.linalg.svd`, so an entry at rounding-noise level printed docbuild's digits where NumPy prints LAPACK's
/// (`w[1:].base` printed -3.21775239e-16 where NumPy prints -9.75918483e-16).
struct Session51RefusalTests {
  static let singular = """
    >>> import numpy as np
    >>> m = np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]])
    """

  @Test(arguments: [
    ("w = np.linalg.eigvals(m)", "w[1:].base"), ("w = np.linalg.eigvals(m)", "w.base"),
    ("w, v = np.linalg.eig(m)", "w.base"), ("w = np.linalg.eigvals(m)", "w.reshape(3, 1).base.real"),
    ("s = np.linalg.svd(m, compute_uv=False)", "s[:1].base"),
  ])
  func basesOfDecompositionViewsKeepTheOrigin(computed: String, shown: String) throws {
    try RefusalProbe.expectRefused(
      Self.singular + "\n>>> " + computed, shown, saying: "rounding-noise level")
  }

  /// What a decomposition's rounding noise reached unrefused through calls that carry it past printing's measure
  /// (`Fuzz/dtype_sweep.py --variants noise`: 38 of 532 statements printed other digits than NumPy before). The
  /// singular matrix's third eigenvalue is -9.759184829871139e-16 in NumPy (LAPACK), -3.217752392466345e-16 here.
  @Test(arguments: [
    "np.log(w)", "np.log10(np.abs(w))", "np.floor(w)", "np.ceil(w * 1e15)", "np.unique(w)", "np.percentile(w, 50)",
    "np.median(w)", "np.interp([0.0], w[::-1], [1.0, 2.0, 3.0])", "np.poly(w)", "np.power.reduce(np.abs(w))",
    "w.astype(str)", "(w * 1e16).astype(int)", "np.round(w, 20)",
    "w[2].hex()", "float(w[2]).hex()", "w[2].as_integer_ratio()", "str(list(w))", "repr([w[2]])",
    "np.format_float_positional(w[2])", "np.format_float_scientific(w[2], precision=3)",
    "round(float(w[2]), 20)", "f'{float(w[2]):.3e}'", "'%.2e' % float(w[2])", "math.log(abs(w[2]))",
    "math.log(w[0])", "np.abs(w) ** (1 / 3)", "np.sqrt(np.abs(w))", "'%r' % [w[2]]", "np.array(w.tolist())",
    "np.array([float(x) for x in w])", "abs(float(w[2]))", "-float(w[2])", "w.astype(np.float32)",
  ])
  func noiseCarriedPastPrintingIsRefused(shown: String) throws {
    try RefusalProbe.expectRefused(
      Self.singular + "\n>>> import math\n>>> w = np.linalg.eigvals(m)", shown, saying: "")
  }

  /// Order decisions between entries at rounding-noise distance from each other (four of the six eigenvalues of a
  /// rank-2 matrix are noise): LAPACK's rounding decides which comes first. `np.argmin(abs(w - 1))` of a Markov
  /// matrix, whose one small entry is far from the others, is answered (fixture `495-*`).
  @Test(arguments: ["np.argsort(w)", "np.argmin(np.abs(w))", "w.argsort()", "np.abs(w).argmin()", "np.lexsort([w])"])
  func orderDecidedByNoiseIsRefused(shown: String) throws {
    try RefusalProbe.expectRefused(
      ">>> import numpy as np\n>>> w = np.linalg.eigvalsh(np.add.outer(np.arange(6.0), np.arange(6.0)))", shown,
      saying: "rounding-noise distance from each other")
  }

  /// Print options and text functions that show 12 digits after the point or every digit reach the digits LAPACK's
  /// rounding decides in any entry, noise or not: NumPy prints 16.116843969807043 where docbuild's eigenvalue is
  /// 16.11684396980704 (all 9 such statements printed other digits before).
  @Test(arguments: [
    ("np.set_printoptions(precision=17)", "w[:2]"), ("np.set_printoptions(floatmode='unique')", "w[:2]"),
    ("np.set_printoptions(precision=12)", "print(w[:2])"), ("pass", "np.array2string(w[:2], precision=17)"),
    ("pass", "np.array2string(w[:2], floatmode='unique')"), ("pass", "np.array_repr(w[:2], precision=16)"),
    ("pass", "np.array_str(w[:2], precision=16)"), ("np.set_printoptions(precision=16)", "np.round(w[:2], 15)"),
  ])
  func everyDigitOfAnArrayIsRefused(options: String, shown: String) throws {
    try RefusalProbe.expectRefused(
      Self.singular + "\n>>> w = np.linalg.eigvals(m)\n>>> " + options, shown, saying: "LAPACK's rounding")
  }
}
