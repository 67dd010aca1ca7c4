import Testing

@testable import Snippets

/// What stays refused, by name, of the NumPy functions written in the snippet language for issue 10
/// (`NumpyBreadthSource.swift`) and of `np.size(a, axis)`: a k, n or m of the triangle helpers that is not an integer
/// (NumPy reads a float through `np.tri`'s `arange`), `out=` and an axis that is not an int of the cumulative
/// functions and `np.unstack`, `np.astype` of what is no array, and the float32 results the functions they compose
/// refuse, `np.choose` of what it would cast as NumPy does only for the default dtypes, and `type()`
/// of a NumPy function (NumPy's are `numpy._ArrayFunctionDispatcher` objects and builtins), and a value autograd
/// traces inside a list given to them (autograd leaves it to NumPy unboxed). What now runs is checked against NumPy in
/// `Fixtures/interpreter/95-breadth21-index-helpers-cumulative-unstack.txt` (`make_breadth21_fixtures.py`).
struct Breadth21RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> a = np.ones((3, 4))", "np.tril_indices_from(a, k=1.5)", "np.tril_indices with an argument that is not an"),
    (">>> a = np.ones((3, 4))", "np.triu_indices_from(a, k='x')", "np.triu_indices with an argument that is not an"),
    ("", "np.tril_indices(3.0)", "np.tril_indices with an argument that is not an integer (float)"),
    ("", "np.triu_indices(3, 0, 2.0)", "np.triu_indices with an argument that is not an integer (float)"),
    (">>> x = np.arange(6)", "np.cumulative_sum(x, out=np.empty(6))", "np.cumulative_sum's out= is not supported"),
    (">>> b = np.ones((2, 3))", "np.cumulative_prod(b, axis=(0, 1))", "np.cumulative_prod with an axis that is not an"),
    (">>> b = np.ones((2, 3))", "np.unstack(b, axis=1.0)", "np.unstack with an axis that is not an int"),
    ("", "np.astype(1.5, int)", "np.astype of a value that is not an array is not supported"),
    (">>> b = np.ones((2, 3))", "np.astype(b, int, device='gpu')", "np.astype's device= is not supported"),
    (">>> b = np.ones((2, 3))", "np.size(b, 'x')", "np.size with an axis of type str is not supported"),
    ("", "np.cumulative_sum(np.ones(2, dtype=np.float32))", "np.cumsum of float32 values is not supported"),
    ("", "np.choose([0, 1], [[1, 2], [3, 4]], mode='x')", "np.choose with mode='x' is not supported"),
    ("", "np.choose([0, 1], [[1, 2], [3, 4]], out=np.zeros(2))", "np.choose's out= is not supported"),
    ("", "np.choose([0, 1], [np.int8([1, 2]), 300])", "np.choose of these choices is not supported"),
    ("", "np.choose(np.float32([0, 1]), [[1, 2], [3, 4]])", "np.choose with an index array of float32"),
    ("", "type(np.choose)", "type() of a NumPy function is not supported"),
    ("", "type(np.random.rand)", "type() of a NumPy function is not supported"),
    ("", "type(np.polyadd)", "type() of a NumPy function is not supported"),
    (
      ">>> import autograd.numpy as anp\n>>> from autograd import grad",
      "grad(lambda x: anp.sum(anp.choose([0, 1], [x, x * 2])))(anp.array([1., 2.]))",
      "np.choose of a value autograd traces inside a list or keyword is not supported"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
