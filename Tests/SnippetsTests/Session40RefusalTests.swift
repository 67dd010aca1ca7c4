import Testing

@testable import Snippets

/// What session 40's `Fuzz/numpy_differential.py --grammar memory` turned into refusals: the strides NumPy gives a
/// reshaped empty array (its own, `_array_fill_strides`), a view of an empty view of memory that is not empty, a
/// diagonal's axis of extent 1 of an array of three or more axes, and an axis of extent 1 of an `np.where` result in
/// another order than C's (NumPy's iterator places it by rules of its own), each printed as other strides before;
/// and autograd's gradient of `np.tile` with fewer repetitions than axes, which sums the wrong axes. What runs is checked
/// against NumPy in `Fixtures/interpreter/386-*` to `388-*` (`make_session40_fixtures.py`).
struct Session40RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> z = np.zeros((0, 3))", "z.reshape(3, 0).strides", "NumPy gives a reshaped empty array strides of its own"),
    (">>> z = np.zeros((0, 3))", "z.ravel().strides", "a.strides of this view is not supported"),
    (">>> z = np.zeros((0, 3))", "np.expand_dims(z, 0).strides", "a.strides of this view is not supported"),
    (">>> z = np.zeros((0, 3))", "np.tile(z, 2).strides", "a.strides of this view is not supported"),
    // Session 56's memory grammar: NumPy prints (8,) and (8, 8), docbuild printed (0,) and (0, 0).
    (">>> e = np.ones((4, 0, 2))", "np.ix_(np.ravel(e))[0].strides", "a.strides of this view is not supported"),
    ("", "np.ix_(np.arange(3), np.zeros(0))[1].strides", "a.strides of this view is not supported"),
    (
      ">>> y = np.arange(12.0).reshape(3, 4)[:0]", "y.T.strides",
      "keeps an empty view's strides through further views"
    ),
    (
      ">>> y = np.arange(24).reshape(2, 3, 4)", "y[:1].diagonal().strides",
      "steps a diagonal's axis of extent 1 over the two axes it joins"
    ),
    (
      ">>> y = np.ones((3, 1, 2)).T", "np.where(y > 1, y, 0).strides",
      "a.strides of an array that np.where made from a transposed or strided array is not supported"
    ),
    (">>> F = np.asfortranarray(np.ones((2, 3)))", "np.array(F, copy=False, order='C')", "array(copy=…)"),
    (">>> a = np.arange(3.0)", "a.astype(float, subok=True)", "astype(subok=…) is not supported"),
    ("", "np.histogram(np.array([2**53 + 1, 2**53 + 3]), bins=2)", "np.histogram of integers beyond 2**53"),
    ("", "np.linspace(np.float16(0), 1, 3)", "np.linspace with float16 ends is not supported"),
    ("", "np.logspace(np.float32(0), 1, 3)", "np.logspace with float32 ends is not supported"),
    ("", "np.geomspace(np.float32(1), 100, 3)", "np.geomspace with float32 ends is not supported"),
    (
      ">>> from autograd import grad\n>>> import autograd.numpy as anp",
      "grad(lambda a: (anp.tile(a, 2) ** 2).sum())(np.ones((2, 3)))",
      "autograd 1.9.1 sums the gradient along the first axes, where np.tile repeats the last ones"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
