import Testing

@testable import Snippets

/// What stays refused, by name, of the NumPy functions session 26 added for issue 10 (NumPy's docstring examples):
/// `np.emath`'s results that need a complex function docbuild does not reproduce bit for bit (`log` of complex values
/// for `logn`, `**` of complex values with an exponent that is not a small integer, complex `arccos`); `np.unwrap` of
/// float32 (its cumsum); `np.linalg.cond` of a singular matrix with an order computed from the inverse (NumPy ignores
/// LAPACK's error), of float32 or complex values, and printing the singular values' ratio (LAPACK's last digits);
/// `np.array_repr` of a masked array; `np.asanyarray` of a record array with other arguments; `np.mintypecode` of
/// codes NumPy's set would order by hash; `np.isdtype` of NumPy types snippets lack; `out=` of `np.any`, `np.all`,
/// the percentile and quantile functions, `np.isposinf` and `np.isneginf` when it is no array or does not fit the
/// result as it is (NumPy casts, or raises in its own words); `np.nan_to_num(..., copy=False)` of a differentiated
/// value (session 35 runs it otherwise);
/// `np.dtype` of a Python class that is no number type (NumPy's object dtype: docbuild raised a TypeError, which
/// `except Exception` caught), and so `numpy._core.numerictypes`' `obj2sctype` and `issctype` of such a class;
/// `english_lower` and its kin of what is no str; `np.unique_all` and its kin of arrays holding NaN. What now runs
/// is checked against NumPy in `Fixtures/interpreter/200-*` to `209-*` (`make_numpy26_fixtures.py`).
struct Numpy26RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.emath.logn(2, [-4, -8, 8])", "np.log of complex128 values is not supported"),
    ("", "np.emath.logn(-2, 4)", "np.log of complex128 values is not supported"),
    ("", "np.emath.power(-2., 0.5)", "** with an exponent that is not a small integer of complex128 values"),
    ("", "np.emath.arccos([1, 2])", "np.arccos of complex128 values is not supported"),
    ("", "np.emath.arcsin(np.float32([2]))", "np.arcsin of complex64 values is not supported"),
    ("", "np.unwrap(np.float32([0., 4., 8.]))", "np.cumsum of float32 values is not supported"),
    ("", "np.linalg.cond(np.array([[1., 2.], [2., 4.]]), 1)", "np.linalg.cond of a singular matrix with p=1"),
    ("", "np.linalg.cond(np.eye(2))", "this number was computed from np.linalg.svd's result"),
    ("", "np.linalg.cond(np.eye(2, dtype=np.float32), 1)", "np.linalg.cond of float32 values is not supported"),
    ("", "np.linalg.cond(np.eye(2) * 1j, 'fro')", "np.linalg.cond of complex values is not supported"),
    ("", "np.array_repr(np.ma.array([0.]))", "np.array_repr of a MaskedArray is not supported"),
    (
      ">>> a = np.array([(1., 2), (3., 4)], dtype='f4,i4').view(np.recarray)", "np.asanyarray(a, dtype='f4,i4')",
      "np.asanyarray of a numpy.rec.recarray with other arguments"
    ),
    ("", "np.mintypecode(['g', 'gd'])", "np.mintypecode of typecodes that rank alike"),
    ("", "np.isdtype(np.object_, 'numeric')", "np.isdtype of this object is not supported"),
    ("", "np.isposinf(np.zeros(3), out=np.zeros(2))", "np.isposinf's out= of another shape or dtype than its result"),
    ("", "np.any([1, 0], out=np.zeros((), dtype=int))", "np.any's out= of another shape or dtype than its result"),
    ("", "np.percentile([1, 2], 50, out=np.zeros(1))", "np.percentile's out= of another shape or dtype than its"),
    ("", "np.quantile([1, 2], 0.5, None, [1.])", "np.quantile's out= of a list is not supported"),
    (
      ">>> from autograd import grad", "grad(lambda x: np.nan_to_num(x, copy=False)[0])(np.array([1.0]))",
      "np.nan_to_num with copy=False or arrays as nan=, posinf= or neginf= inside a differentiated function"
    ),
    ("", "np.dtype(dict)", "object dtypes ('O') are not supported"),
    (
      "", "try:\n...     np.dtype(list)\n... except Exception:\n...     print('caught')\n...",
      "object dtypes ('O') are not supported"
    ),
    (
      ">>> from numpy._core.numerictypes import obj2sctype", "obj2sctype(dict)",
      "object dtypes ('O') are not supported"
    ),
    (">>> from numpy._core.numerictypes import issctype", "issctype(list)", "object dtypes ('O') are not supported"),
    (">>> from numpy._core.numerictypes import sctype2char", "sctype2char(np.floating)", "issubclass(numpy.floating"),
    ("", "np.unique_all([1., np.nan])", "np.unique_all of an array holding NaN is not supported"),
    ("", "np.unique_counts(np.array([np.nan]))", "np.unique_counts of an array holding NaN is not supported"),
    (
      ">>> from numpy._core.numerictypes import english_lower", "english_lower(b'AB')",
      "english_lower of a bytes is not supported"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
