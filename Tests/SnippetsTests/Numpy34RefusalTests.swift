import Testing

@testable import Snippets

/// What session 34 (numpy34) leaves refused around the functions it added: `np.copyto`, `np.putmask` and `np.place`
/// of a differentiated value (autograd's boxes take no writes), of arrays that are not numbers, `np.copyto`'s
/// `where=` and rarer `casting=`, `np.place` into a read-only array; `np.trace` of float arrays of more than two
/// axes and of 1-d arrays; `where=` of the mean, variance and standard deviation of complex and float16 arrays, of
/// views out of C order and arrays past 8192 elements (NumPy's buffers split their sums), of values that are not
/// finite or whose squares overflow, or with masks that are not bools (session 35 took float arrays and rounding sums,
/// session 42 masks that do not broadcast: NumPy's errors, `435-fuzz42-…`); `np.array_equal`'s
/// `equal_nan=True` of complex values; `np.pad`'s dict widths other than Python ints and pairs of them; a dtype's
/// attributes docbuild lacks (`descr`, `isbuiltin`, `num`, `metadata`), which were Python's AttributeError before. What docbuild now runs is checked against
/// NumPy in `Fixtures/interpreter/228-numpy34-ufunc-attributes-and-mt.txt`, `229-numpy34-copyto-putmask-place.txt`,
/// `233-numpy34-ufunc-type-in-messages.txt`, `234-numpy34-equal-nan-stacked-trace-pad-dict.txt` and
/// `235-numpy34-where-in-statistics.txt`.
struct Numpy34RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> from autograd import grad\n>>> import autograd.numpy as anp\n"
        + ">>> def f(x):\n...     np.putmask(x, x > 0, 0.0)\n...     return anp.sum(x)\n...",
      "grad(f)(np.ones(3))", "np.putmask of a differentiated value"
    ),
    (
      ">>> from autograd import grad\n>>> def f(x):\n...     np.copyto(np.zeros(3), x)\n...     return x[0]\n...",
      "grad(f)(np.ones(3))", "np.copyto of a differentiated value"
    ),
    (">>> s = np.array(['a', 'b'])", "np.putmask(s, [True, False], 'c')", "np.putmask of <U1 values"),
    (">>> s = np.array(['a', 'b'])", "np.place(s, [True, False], ['c'])", "np.place of <U1 values"),
    (">>> a = np.zeros(3)", "np.copyto(a, 1.0, where=[True, False, True])", "np.copyto's where="),
    (">>> a = np.zeros(3)", "np.copyto(a, [1, 2, 3], casting='safe')", "casting='safe'"),
    (">>> r = np.broadcast_to(np.arange(3), (2, 3))", "np.place(r, r > 0, [1])", "np.place of a read-only array"),
    ("", "np.trace(np.ones((2, 2, 2)))", "np.trace of an array that is not 2-d"),
    ("", "np.mean(np.array([1.5j, np.inf]), where=[True, True])", "of complex values that are not finite"),
    ("", "np.var(np.float16([1, 2, 4]), where=[True, True, True])", "of float16 values is not supported"),
    (">>> a = np.ones((3, 2)).T", "np.std(a, where=[True, True, False])", "of a view out of C order"),
    ("", "np.mean(np.ones(9000), where=np.ones(9000, bool))", "more than 8192 elements"),
    ("", "np.mean(np.array([np.inf, 1.0]), where=[True, True])", "values past float64's range"),
    ("", "np.var(np.array([1e300, -1e300]), where=[True, True])", "squared deviations overflow"),
    ("", "np.mean(np.arange(3), where=[1, 0, 1])", "where= of int64 values"),
    ("", "np.mean(np.arange(3), where=[False, False, False])", "no more elements let through than ddof"),
    ("", "np.var(np.arange(3), where=[True, False, False], ddof=1)", "no more elements let through than ddof"),
    ("", "np.array_equal(np.array([1j, np.nan]), np.array([1j, np.nan]), equal_nan=True)", "of complex values"),
    ("", "np.pad(np.arange(3), {0: [1, 2]})", "widths are not an int or a pair of ints"),
    ("", "np.pad(np.arange(3), {np.int64(0): 1})", "whose keys are not ints"),
    // A dtype's public attributes docbuild lacks were Python's AttributeError (a wrong output on main).
    ("", "np.dtype(float).descr", "'numpy.dtypes.Float64DType' objects' attribute 'descr' is not part"),
    ("", "np.dtype(np.int16).isbuiltin", "attribute 'isbuiltin' is not part"),
    ("", "np.dtype('U4').num", "attribute 'num' is not part"),
    ("", "np.dtype(np.int16).subdtype", "attribute 'subdtype' is not part"),
    ("", "np.dtype(float, metadata={'key': 'value'})", "dtype(metadata=…) is not part"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
