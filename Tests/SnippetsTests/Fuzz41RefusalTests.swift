import Testing

@testable import Snippets

/// What session 41's `Fuzz/numpy_differential.py --grammar reductions` turned into refusals: a fractional `ddof`, a
/// `dtype=` of the reductions docbuild does not run in NumPy's arithmetic (a bool sum or product, an integer mean, a
/// variance in another float type, a complex running product), `initial=None` on float sums other than a float64
/// vector's (NumPy then adds in another order) and `fmax`/`fmin.reduce` of floats over several axes; and (`--grammar
/// creation`) `np.array` of a list holding complex NumPy values with a real dtype, whose imaginary parts NumPy discards. What runs is checked against NumPy in
/// `Fixtures/interpreter/420-*` to `424-*` (`make_fuzz41_fixtures.py`).
struct Fuzz41RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> d = np.array([0.1, 0.2, 0.4])", "np.var(d, ddof=0.5)", "a ddof that is not a whole number"),
    (">>> d = np.array([0.1, 0.2, 0.4])", "d.std(ddof=1.5)", "a ddof that is not a whole number"),
    (">>> d = np.array([0.1, np.nan, 0.4])", "np.nanstd(d, ddof=0.5)", "a ddof that is not a whole number"),
    (
      ">>> d = np.array([0.1, np.nan, 0.4])", "np.nanvar(d, dtype=np.float32, where=d > 0)",
      "np.nanvar(..., dtype=float32, where=…) is not supported"
    ),
    (
      ">>> b = np.array([True, False])", "np.nancumsum(b, dtype=np.complex128)",
      "np.nancumsum(..., dtype=complex128) of bool values is not supported"
    ),
    (
      ">>> u = np.array([200, 3], dtype=np.uint8)", "np.nansum(u, dtype=bool)",
      "np.nansum(..., dtype=bool) of uint8 values is not supported"
    ),
    (
      ">>> i = np.array([2**62, 5, -7])", "np.nanstd(i, dtype=np.int64, ddof=3)",
      "np.nanstd with this dtype= and this ddof (NumPy warns of the degrees of freedom)"
    ),
    (
      ">>> d = np.array([[1.5, np.nan], [np.inf, 0.5]])", "np.nanmean(d, axis=1, dtype=np.complex128)",
      "np.nanmean(..., dtype=complex128) of float64 values is not supported"
    ),
    (
      ">>> c = np.arange(6) % 4", "np.nanmean(c, dtype=np.uint8)",
      "np.nanmean(..., dtype=uint8) of int64 values is not supported"
    ),
    (
      ">>> d = np.array([[0.1, 0.2, 0.3], [1e16, 1.0, -1e16]])", "np.add.reduce(d, axis=(1, 0), initial=None)",
      "initial=None) of float64 values is not supported in snippets (but of a float64 vector)"
    ),
    (
      "", "np.sum(np.ones((2, 3)) / 3, axis=1, initial=None)",
      "initial=None) of float64 values is not supported"
    ),
    (
      ">>> f = np.array([0.1, 0.2, 0.3], dtype=np.float32)", "np.sum(f, initial=None)",
      "initial=None) of float32 values is not supported"
    ),
    (
      ">>> b = np.array([[True, False], [True, True]])", "np.cumprod(b, axis=1, dtype=bool)",
      "np.cumprod(..., dtype=bool) of bool values is not supported"
    ),
    (
      ">>> f = np.arange(6, dtype=np.float32).reshape(2, 3)", "np.fmax.reduce(f, axis=(0, 1))",
      "np.fmax.reduce of float32 values over several axes is not supported"
    ),
    ("", "np.array([np.complex64(1 + 2j)], dtype=np.int16)", "np.array of complex NumPy values with dtype=int16"),
    ("", "np.asarray([np.complex128(2.5 - 1j), 3], dtype=bool)", "np.asarray of complex NumPy values with dtype=bool"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
