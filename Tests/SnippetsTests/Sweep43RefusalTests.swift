import Testing

@testable import Snippets

/// What session 43 (helper sweep43) leaves refused of `np.var`/`np.std` (and `np.nanvar`/`np.nanstd`) with a
/// `dtype=`, now run in NumPy's `_var` (`nanvar`) steps: a complex variance's square root, more elements than NumPy's 8192-element cast buffer, float values NumPy
/// would cast to an integer dtype with the CPU's conversion (NaN, infinities, out of range), a `ddof` NumPy warns
/// about, a real dtype of complex values (NumPy's ComplexWarning), and `where=` beside the dtype; and of what
/// `Fuzz/signature_sweep.py --bases all --pairs` found: array tolerances and spacings, `assume_unique=True` of values
/// that repeat, an integer quantile of integers floats cannot hold; and the maxima and minima whose sign NumPy's
/// SIMD loops decide (a float32/float64 NaN with its sign bit set, ties of 0.0 and -0.0 along long last axes and in
/// float16 arrays of two or more axes). What runs is checked against NumPy in
/// `Fixtures/interpreter/450-*` to `452-*` (`make_sweep43_fixtures.py`).
struct Sweep43RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])", "np.std(a, dtype=np.complex64)",
      "np.std with this dtype= (a complex variance's square root) is not supported"
    ),
    // Both outputs of a two-output ufunc by position (docbuild said frexp takes at most 2 positional arguments).
    (
      "", "np.frexp(np.array([1.5, 3.0]), out=(np.zeros(2), None), where=np.array([True, False]))",
      "np.frexp's where= is not supported"
    ),
    (
      "", "np.var(np.arange(9000.0), dtype=np.float32)",
      "np.var with this dtype= of more than 8192 elements (NumPy casts a buffer at a time)"
    ),
    (
      "", "np.var(np.array([np.nan, 1.0]), dtype=np.int64)",
      "np.var with this dtype= of NaN or infinite values (a CPU-dependent cast to int64)"
    ),
    (
      "", "np.std(np.array([300.5, 1.0]), dtype=np.int8)",
      "np.std with this dtype= of values out of int8's range (a CPU-dependent cast)"
    ),
    (
      ">>> a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])", "np.var(a, dtype=np.float32, ddof=6)",
      "np.var with this dtype= and this ddof (NumPy warns of the degrees of freedom)"
    ),
    (
      ">>> z = np.array([1 + 2j, -0.5j, 3])", "z.std(dtype=np.float32)",
      "np.std with this dtype= of complex values (NumPy warns that the imaginary part is discarded)"
    ),
    (
      ">>> a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])", "np.var(a, dtype=np.float32, where=a > 0)",
      "np.var's dtype= with where= is not supported"
    ),
    (
      ">>> n = np.array([1.5, np.nan, -2.0])", "np.nanstd(n, dtype=np.complex64)",
      "np.nanstd with this dtype= (a complex variance's square root) is not supported"
    ),
    (
      ">>> n = np.array([[1.5, np.nan], [np.nan, np.nan]])", "np.nanvar(n, axis=1, dtype=np.float32)",
      "np.nanvar with this dtype= and slices of no more values than ddof (NumPy warns of the degrees of freedom)"
    ),
    (
      ">>> b = np.array([1.5, -2.0, 0.3])", "np.isclose(b, b, b)",
      "np.isclose with an array rtol= is not supported in snippets: NumPy broadcasts a sequence of tolerances"
    ),
    (
      ">>> b = np.array([1.5, -2.0, 0.3])", "np.trapezoid(b, dx=b)",
      "np.trapezoid with an array dx= is not supported in snippets: NumPy broadcasts a sequence of spacings"
    ),
    (
      "", "np.setdiff1d(np.array([1, 1, 2]), 2, assume_unique=True)",
      "np.setdiff1d(..., assume_unique=True) of values that repeat or hold NaN is not supported"
    ),
    (
      "", "np.quantile(np.array([2**60 + 1, 3]), 1)",
      "np.quantile with an integer q of integers past 2**53 is not supported"
    ),
    (
      ">>> c = np.arange(4.0)", "np.isin(c, c, invert='1')",
      "np.isin with a str invert= is not supported in snippets"
    ),
    ("", "np.base_repr(np.array(-1.5), padding=None)", "np.base_repr of a float64 number is not supported"),
    (
      "", "np.max(np.array([-np.nan, 1.0]))",
      "np.max of float64 values holding a NaN with its sign bit set is not supported"
    ),
    (
      "", "np.min(np.array([1.0, 0.0, 1.0, 1.0, 1.0, 0.0, -0.0, 0.0, 1.0]))",
      "np.min of values holding both 0.0 and -0.0 whose extreme is a zero is not supported"
    ),
    (
      "", "np.max(np.array([0.0, 1.0, -0.0, -1.0], dtype=np.float16).reshape(2, 2), axis=0)",
      "np.max of values holding both 0.0 and -0.0 whose extreme is a zero is not supported"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
