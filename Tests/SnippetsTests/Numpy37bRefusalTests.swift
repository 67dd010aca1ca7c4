import Testing

@testable import Snippets

/// What numpy37b leaves refused among complex arrays' statistics. `np.var` and `np.std` of complex arrays follow
/// NumPy's `_var` (checked in `Fixtures/interpreter/368-numpy37b-complex-var-std.txt`, and the truth functions in
/// `367-numpy37b-complex-truth.txt`, both from `make_numpy37b_fixtures.py`); (complex64's since complex38), `where=`
/// beside another complex `dtype=` than the array's own (session 42 runs the mean's own, `435-fuzz42-…`), `dtype=` and
/// `out=` are not run, nor a sum over several axes of a non-contiguous view NumPy reads through its
/// 8192-element buffers (as for float arrays), nor the complex statistics nothing here checks. Of the ufuncs
/// `np.frompyfunc` makes (checked in `369-numpy37b-frompyfunc.txt`), the ufunc methods, `out=` and other keywords,
/// `identity=`, inputs NumPy's loop walks in another memory order (which orders the function's calls), and inputs
/// other than numbers, str, None, numeric and object arrays and lists of numbers are refused. (`isinstance(f, np.ufunc)`
/// runs since session 45: fixture `465-reach45-…`.)
struct Numpy37bRefusalTests {
  /// A complex128 array of 20000 values, bound to `big`, and a small one bound to `z`.
  static let setup = """
    >>> import numpy as np
    >>> big = np.arange(20000) * (0.5 + 0.25j) / 7
    >>> z = np.array([3+1j, 1-2j, 2+0j])
    >>> f = np.frompyfunc(lambda x, y: x + y, 2, 1)
    >>> k = np.frompyfunc(abs, 1, 1)
    """

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.mean(z, where=[True, False, False], dtype=np.complex64)", "where="),
    ("np.std(z, dtype=np.complex128)", "np.std with this dtype= (a complex variance's square root)"),
    ("z.var(out=np.zeros(()))", "out="),
    ("np.sum(big.reshape(200, 100)[:, 1:])", "8192-element buffers"),
    ("np.var(big.reshape(200, 100)[:, 1:])", "8192-element buffers"),
    ("np.mean(big.reshape(100, 200)[:, 1:].T)", "8192-element buffers"),
    ("np.nanvar(z, dtype=np.float64)", "np.nanvar with this dtype= of complex values"),
    ("np.cov(z)", "np.cov of complex128 values"),
    ("f.reduce(np.arange(3))", "the attribute reduce of a np.frompyfunc ufunc"),
    ("f.accumulate(np.arange(3))", "the attribute accumulate of a np.frompyfunc ufunc"),
    ("f.outer(np.arange(2), np.arange(2))", "the attribute outer of a np.frompyfunc ufunc"),
    ("f.at", "the attribute at of a np.frompyfunc ufunc"),
    ("f(np.arange(2), 1, out=np.zeros(2, dtype=object))", "the keyword argument out="),
    ("f(np.arange(2), 1, np.zeros(2, dtype=object))", "output arrays of a np.frompyfunc ufunc"),
    ("np.frompyfunc(abs, 1, 1, identity=0)", "identity="),
    ("np.frompyfunc(abs, 0, 1)", "nin=0 and nout=1"),
    ("k(np.arange(6).reshape(2, 3).T)", "not in C memory order"),
    ("k(np.array(['a', 'b']))", "a np.frompyfunc ufunc of a numpy.ndarray"),
    ("k(['a', 'b'])", "a list or tuple that is not an array of numbers"),
    ("np.frompyfunc(lambda x: (x, x), 1, 1)(np.arange(2))", "returning tuples into an object array"),
    ("np.frompyfunc(lambda x: 1, 1, 2)(1)", "returns something other than a tuple of 2 values"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }
}
