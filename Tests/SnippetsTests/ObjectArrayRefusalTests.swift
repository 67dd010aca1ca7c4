import Testing

@testable import Snippets

/// What stays refused, by name, of NumPy's object arrays (`dtype=object`, ObjectArrays.swift): reductions over a
/// reordered view, along several axes, or along one of an array holding instances or raising (NumPy's visiting order
/// there is not followed), `np.sort` whose order a different sort could change, `mean` along an axis, casts to other dtypes, `@`,
/// NumPy functions not written for them, elements whose repr spans several lines, and any value autograd traces
/// (object arrays take no part in gradients). What runs is checked against NumPy in
/// `Fixtures/interpreter/312-…` to `316-session36-…` (`make_session36_object_fixtures.py`).
struct ObjectArrayRefusalTests {
  static let objects = ">>> a = np.array([[1, 2], [3, 4]], dtype=object)"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (objects, "a.sum(axis=(0, 1))", "sum(axis=…) with an axis other than one int within the dimensions of a NumPy"),
    (objects, "np.sum(a, axis=2)", "sum(axis=…) with an axis other than one int within the dimensions"),
    (
      ">>> class C:\n...     def __add__(self, other):\n...         return self\n...\n>>> b = np.array([[C()], [C()]])",
      "b.sum(axis=0)", "sum(axis=…) of an array holding instances"
    ),
    ("", "np.array([['a', 1], [2, 'b']], dtype=object).sum(axis=0)", "sum(axis=…) whose elements raise TypeError"),
    (
      ">>> class Seq:\n...     def __getitem__(self, i):\n...         return i\n...",
      "np.array([Seq(), Seq()], dtype=object)", "making one of instances NumPy reads as sequences or arrays"
    ),
    ("", "np.array([np.array(['a', 'b']), None], dtype=object)", "making one of string, datetime, structured"),
    ("", "np.sort(np.array([1, 1.0], dtype=object))", "np.sort of elements that compare equal or unordered"),
    ("", "np.sort(np.array(['a', None], dtype=object))", "np.sort of elements whose comparison raises TypeError"),
    ("", "np.sort(np.array([[2, 1]], dtype=object))", "np.sort of a multi-dimensional array"),
    (objects, "a.T.sum()", "sum() of a transposed or reordered view of a NumPy object array"),
    (objects, "a[:, ::-1].max()", "max() of a transposed or reordered view"),
    (objects, "a.mean(axis=0)", "mean(axis=…) of a NumPy object array"),
    (objects, "np.mean(a.T)", "mean() of a transposed or reordered view of a NumPy object array"),
    (objects, "np.dot(a, a)", "np.dot of a NumPy object array"),
    (objects, "np.zeros_like(a)", "np.zeros_like of a NumPy object array"),
    (objects, "a.astype(float)", "astype to a numeric or string dtype of a NumPy object array"),
    (objects, "a @ a", "the @ operator of a NumPy object array"),
    (objects, "np.sin(a)", "np.sin of a NumPy object array"),
    ("", "np.array([np.eye(2), None], dtype=object)", "printing an element whose repr spans several lines"),
    ("", "np.arange(3, dtype=object)", "np.arange(dtype=object) of a NumPy object array"),
    ("", "bool(np.array([], dtype=object))", "the truth value of an empty object array is not supported"),
    (
      ">>> from autograd import grad",
      "grad(lambda x: np.array([x, 1.0], dtype=object).sum())(2.0)",
      "an object array (dtype=object) holding a value being differentiated is not supported"
    ),
    (
      ">>> from autograd import grad",
      "grad(lambda x: (np.empty(2, dtype=object) + x).sum())(2.0)",
      "an object array (dtype=object) holding a value being differentiated is not supported"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
