import Testing

@testable import Snippets

/// What session 42 left refused among the reductions `Fuzz/numpy_differential.py --grammar reductions` reaches:
/// ties that would show which element NumPy's loop kept (0.0 and -0.0 under `fmax`/`fmin.reduce`, `np.nanmax`/
/// `np.nanmin` and float16 `np.max`/`np.min` with `initial=`/`where=`, equal complex values of different zero signs,
/// all-NaN complex slices of different NaNs), dtypes those reductions are not run in (uint64 and bool `fmax`, a bool,
/// complex or float16 `dtype=` beside `initial=`/`where=`, a float one past NumPy's 8192-element buffer, a float
/// `initial=` NumPy truncates), masks that are not bools, a real `dtype=` of complex nan-functions, the
/// nan-statistics' `dtype=` beside `where=`, and a running complex product (`np.multiply.accumulate`, whose fused or
/// unfused steps depend on the layout). What runs is checked against NumPy in `Fixtures/interpreter/433-*` to `436-*`
/// (`make_fuzz42_fixtures.py`).
struct Fuzz42RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> z = np.array([-0.0, 1.0, -2.0])", "np.fmax.reduce(z, initial=0.0, where=z < 1)",
      "np.fmax.reduce with initial= or where= over both 0.0 and -0.0"
    ),
    (
      ">>> d = np.array([[1.5, np.nan, -2.0], [np.inf, 0.5, -0.0]])", "np.nanmin(d, axis=1, initial=0)",
      "np.nanmin with initial= or where= over both 0.0 and -0.0"
    ),
    (
      ">>> h = np.array([0.5, -0.0, 3.0], dtype=np.float16)", "np.min(h, initial=0)",
      "np.min with initial= or where= over both 0.0 and -0.0"
    ),
    (
      ">>> u = np.array([2**62, 7], dtype=np.uint64)", "np.fmax.reduce(u, initial=5)",
      "np.fmax.reduce with initial= or where= of uint64 values is not supported"
    ),
    (
      ">>> b = np.array([[True, False], [False, False]])", "np.fmin.reduce(b, axis=0, initial=True)",
      "np.fmin.reduce with initial= or where= of bool values is not supported"
    ),
    (
      ">>> i = np.array([[100, -128], [127, 3]], dtype=np.int8)", "np.fmax.reduce(i, axis=0, initial=2.5)",
      "initial= of a float for an integer result is not supported"
    ),
    (
      ">>> i = np.array([[100, -128], [127, 3]], dtype=np.int8)", "np.logical_and.reduce(i, axis=0, initial=1j)",
      "np.logical_and.reduce's initial= of a complex is not supported"
    ),
    (
      ">>> d = np.array([[1.5, 0.0, -2.0]])", "np.logical_or.reduce(d, axis=1, where=[1, 0, 1])",
      "np.logical_or.reduce's where= of int64 values is not supported"
    ),
    (
      ">>> b = np.array([True, False])", "np.sum(b, dtype=bool, initial=5)",
      "np.sum's dtype=bool with initial= or where= is not supported"
    ),
    (
      ">>> i = np.array([100, 100], dtype=np.int8)", "np.sum(i, dtype=np.int8, initial=None)",
      "np.sum's dtype=int8 with initial= or where= is not supported"
    ),
    (
      ">>> c = np.array([1 + 2j, 3])", "np.add.reduce(c, dtype=np.float64, initial=1)",
      "np.add.reduce's dtype=float64 with initial= or where= is not supported"
    ),
    (
      ">>> d = np.array([1.5, np.nan, 2.0])", "np.nanvar(d, where=d > 0, dtype=np.float32)",
      "np.nanvar(..., dtype=float32, where=…) is not supported"
    ),
    (
      ">>> c = np.array([1 + 2j, np.nan, 3])", "np.nanstd(c, where=True)",
      "np.nanstd(..., where=…) of complex128 values is not supported"
    ),
    (
      ">>> d = np.array([1.5, np.nan, 2.0])", "np.nanmean(d, where=d > 0, dtype=np.float32)",
      "np.nanmean(..., dtype=float32, where=…) is not supported"
    ),
    (
      ">>> c = np.array([np.nan + 1j, 2 - 2j])", "np.nansum(c, dtype=np.float64)",
      "np.nansum(..., dtype=float64) of complex values is not supported"
    ),
    (
      "", "np.nanmax(np.array([np.nan + 1j, np.nan + 2j]))",
      "np.nanmax of complex values with equal elements of different zero signs, or an all-NaN slice"
    ),
    (
      "", "np.nanmin(np.array([0j, complex(-0.0, 0)]))",
      "np.nanmin of complex values with equal elements of different zero signs"
    ),
    (
      ">>> c = np.array([np.nan + 1j, 2 - 2j])", "np.nanmax(c, initial=1)",
      "np.nanmax with initial= or where= of complex128 values is not supported"
    ),
    (
      ">>> n = np.array([np.nan, 2.0, 0.5], dtype=np.float16)", "np.nansum(n, initial=2.5)",
      "np.nansum with initial= or where= of float16 values is not supported"
    ),
    ("", "np.nanmax([1.0, np.nan], initial=0)", "np.nanmax of a list with initial= or where= is not supported"),
    (
      ">>> c = np.array([1 + 2j, 3j], dtype=np.complex64)", "np.var(c, dtype=np.float32)",
      "np.var with this dtype= of complex values"
    ),
    (
      ">>> c = np.array([[0.1 + 0.7j, -1.3 + 0.2j], [0.9 - 1.1j, 2.2 + 0.3j]])", "np.multiply.accumulate(c, axis=1)",
      "np.multiply.accumulate of complex128 values is not supported"
    ),
    (
      ">>> big = np.arange(10000) / 7", "np.sum(big, dtype=np.float32, initial=1)",
      "np.sum's dtype=float32 with initial= or where= is not supported"
    ),
    (
      ">>> h = np.array([0.5, 3.0], dtype=np.float16)", "np.mean(h, dtype=np.float16, where=h > 0)",
      "np.mean's dtype= with where= is not supported"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
