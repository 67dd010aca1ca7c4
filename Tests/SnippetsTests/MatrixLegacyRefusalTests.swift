import Testing

@testable import Snippets

/// What session 33 left refused around `np.matrix`, `numpy.matlib` and NumPy's legacy printing modes: NumPy
/// functions and ndarray attributes whose results on matrices were not checked against NumPy, and the values other
/// than numbers printed under a legacy mode (1.13's mode is `Legacy113RefusalTests`).
/// What runs is checked against NumPy in `Fixtures/interpreter/185-…` to `188-…` (`make_session33_matrix33_fixtures.py`).
struct MatrixLegacyRefusalTests {
  /// (setup, statement, words the refusal says, the error type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> m = np.matrix([[1, 2], [3, 4]])", "np.cov(m)", "np.cov of an np.matrix", "NotImplementedError"),
    (">>> m = np.matrix([[1, 2], [3, 4]])", "np.median(m)", "np.median of an np.matrix", "NotImplementedError"),
    (">>> m = np.matrix([[1, 2], [3, 4]])", "m.flat", "the attribute 'flat' of an np.matrix", "NotImplementedError"),
    (
      ">>> m = np.matrix([[1, 2], [3, 4]])\n>>> o = np.matrix([[0]])", "m.sum(out=o)", "np.matrix.sum(out=)",
      "NotImplementedError"
    ),
    (
      ">>> m = np.matrix([[1, 2], [3, 4]])", "np.argmax(m, keepdims=True)", "np.argmax(..., keepdims=) of an np.matrix",
      "NotImplementedError"
    ),
    (
      ">>> m = np.matrix([[1, 2], [3, 4]])", "np.exp(m, out=m)", "np.exp(..., out=) of an np.matrix",
      "NotImplementedError"
    ),
    (
      ">>> m = np.matrix([[1.0, 2], [3, 4]])", "np.linalg.lstsq(m, m)", "np.linalg.lstsq of an np.matrix",
      "NotImplementedError"
    ),
    (">>> m = np.matrix([[1, 2], [3, 4]])", "np.copy(m, subok=True)", "subok=", "NotImplementedError"),
    (
      ">>> from autograd import grad\n>>> M = np.matrix([[1.0, 2.0]])\n>>> def g(x):\n...     return (M * x).sum()\n...",
      "grad(g)(np.array([[1.0], [2.0]]))", "np.matrix inside a function autograd differentiates", "NotImplementedError"
    ),
    (
      ">>> from autograd import grad\n>>> def f(x):\n...     return np.matrix(x).sum()\n...", "grad(f)(np.ones(2))",
      "np.matrix inside a function autograd differentiates", "NotImplementedError"
    ),
    (
      ">>> import copy\n>>> m = np.matrix([[1, 2]])", "copy.deepcopy(m)", "copy.deepcopy of an np.matrix",
      "NotImplementedError"
    ),
    ("", "np.matrix('1 nan')", "np.matrix of the string element 'nan'", "NotImplementedError"),
    (">>> import numpy.matlib", "numpy.matlib.empty((2, 2))", "numpy.matlib.empty", "NotImplementedError"),
    // A mode NumPy does not know: it warns, keeps the string, and fails at the next array it prints.
    ("", "np.set_printoptions(legacy='1.99')", "np.set_printoptions(legacy=…)", "NotImplementedError"),
    // Under the modes from '1.21' on numbers print (fixture 329); what else NumPy prints differently is refused.
    (">>> np.set_printoptions(legacy='1.25')", "np.array(['a', 'b'])", "legacy='1.25' printing", "NotImplementedError"),
    (
      ">>> np.set_printoptions(legacy='2.2')", "np.array([1, 'a'], dtype=object)", "legacy='2.2' printing",
      "NotImplementedError"
    ),
    (
      ">>> np.set_printoptions(legacy='1.21')", "np.datetime64('2020-01')", "legacy='1.21' printing",
      "NotImplementedError"
    ),
    (">>> np.set_printoptions(legacy='1.21')", "np.finfo(np.float16)", "legacy='1.21' printing", "NotImplementedError"),
    (
      ">>> np.set_printoptions(legacy='1.21')", "np.dtype([('a', 'i4'), ('b', 'f8')])", "legacy='1.21' printing",
      "NotImplementedError"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
