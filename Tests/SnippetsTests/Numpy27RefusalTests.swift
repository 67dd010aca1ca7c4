import Testing

@testable import Snippets

/// What stays refused, by name, of what session 27 added for issue 10 (NumPy breadth): `initial=` and `where=` of
/// `np.sum`, `np.prod`, `np.max`, `np.min` (their methods and ufunc `reduce`s) beside `out=` or `dtype=`, of dtypes
/// whose order is not followed (float16, complex, uint64 extremes, bool extremes), a mask NumPy's iterator would split
/// differently (broadcast over several reduced axes, a view out of C order, more than 8192 elements), a mask that is
/// no bools (NumPy casts it), an initial that is no real number or a float for an integer result (NumPy truncates it),
/// and a differentiated value; `a.resize` of a Fortran-ordered array that has views (NumPy leaves them reading
/// the old memory); `np.isreal` of text, `np.sort_complex` of complex values holding NaN or -0.0 or of a 0-d
/// array, `np.put_along_axis(..., axis=None)` of an array that is not C-contiguous, `np.real_if_close` with `tol`
/// of a differentiated value; autograd's derivative of a function returning an integer or bool value (docbuild
/// printed zeros where autograd raises TypeError: Can't find vector space). What now runs is checked against NumPy in `Fixtures/interpreter/230-*` to `239-*`
/// (`make_numpy27_fixtures.py`); session 42 added integer, float32 and float64 `dtype=` and bool extremes
/// (`433-fuzz42-reductions-started-from-initial-or-masked.txt`).
struct Numpy27RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.sum(np.ones(3), initial=1, out=np.zeros(()))", "np.sum's out= with initial= or where="),
    ("", "np.ones(3).sum(dtype=np.float16, initial=1)", "ndarray.sum's dtype=float16 with initial= or where="),
    ("", "np.sum(np.float16([1, 2]), initial=1)", "np.sum with initial= or where= of float16 values"),
    ("", "np.max(np.array([1j]), initial=0)", "np.max with initial= or where= of complex128 values"),
    ("", "np.max(np.uint64([1, 2]), initial=0)", "np.max with initial= or where= of uint64 values"),
    ("", "np.fmin.reduce(np.array([True]), initial=False)", "np.fmin.reduce with initial= or where= of bool values"),
    (">>> a = np.ones((3, 2)).T", "np.sum(a, where=np.ones((2, 3), bool))", "np.sum(..., where=…) over this array"),
    ("", "np.sum(np.ones(9000), where=np.ones(9000, bool))", "np.sum(..., where=…) over this array"),
    ("", "np.sum(np.arange(3.), where=[1, 0, 1])", "np.sum's where= of int64 values"),
    ("", "np.sum(np.arange(3.), initial=[1, 2])", "np.sum's initial= of a list"),
    ("", "np.sum(np.arange(3), initial=1.5)", "np.sum's initial= of a float for an integer result"),
    ("", "np.prod(np.arange(3), initial=2**70)", "np.prod's initial= of an int beyond 64 bits"),
    (
      ">>> from autograd import grad", "grad(lambda x: np.sum(x, initial=1.))(np.ones(2))",
      "initial= and where= inside a differentiated function"
    ),
    (
      ">>> h = np.ones((2, 3), order='F')\n>>> v = h[0]", "h.resize((3, 2))",
      "a.resize of a Fortran-ordered array with views of it"
    ),
    ("", "np.isreal(np.array(['a']))", "np.isreal of <U1 values"),
    ("", "np.sort_complex([2j, -2j])", "np.sort_complex of complex values holding NaN or -0.0"),
    ("", "np.sort_complex(np.array([1 + 2j, np.nan]))", "np.sort_complex of complex values holding NaN or -0.0"),
    ("", "np.sort_complex(np.array(1 + 2j))", "np.sort_complex of a 0-d complex array"),
    (
      ">>> a = np.arange(6).reshape(2, 3).T", "np.put_along_axis(a, np.array([1]), 0, axis=None)",
      "np.put_along_axis(..., axis=None) of an array that is not C-contiguous"
    ),
    (
      ">>> import autograd.numpy as anp\n>>> from autograd import grad",
      "grad(lambda v: anp.sum(anp.real_if_close(v ** 2, tol=10)))(np.array([1., 3.]))",
      "np.real_if_close with tol of a differentiated value"
    ),
    (
      ">>> import autograd.numpy as anp\n>>> from autograd import grad",
      "grad(lambda v: anp.sum(v > 0))(np.array([1., 2.]))", "differentiating a function that returns int64 values"
    ),
    (
      ">>> import autograd.numpy as anp\n>>> from autograd import grad",
      "grad(lambda v: anp.isreal(v)[0])(np.array([1., 2.]))", "differentiating a function that returns bool values"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
