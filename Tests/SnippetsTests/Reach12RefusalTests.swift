import Testing

@testable import Snippets

/// What stays refused, by name, of the three constructs of NumPy's docstring examples that reach12 brought in
/// (issue 10): `np.einsum`'s interleaved form where autograd's gradient of it differs or where a sublist is no
/// sequence docbuild reads; `order=` where NumPy copies an array argument or not by its layout, 'A' and 'K' of a
/// new array, and what depends on a Fortran-ordered array's memory that docbuild does not follow (`a.resize`,
/// `a.tobytes(order='A')`; `ravel`/`copy` with `order=` run since, `OrderKeywordRefusalTests`); `np.broadcast`'s `iters` and `np.broadcast` of what autograd
/// traces. What now runs is checked against CPython and NumPy in `Fixtures/interpreter/85-…` to
/// `87-…` (`make_reach12_fixtures.py`).
struct Reach12RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> x = np.array([1., 2.])", "grad(lambda x: np.einsum(x, [0], x, [0]))(x)",
      "np.einsum's interleaved form inside a differentiated function is not supported"
    ),
    (">>> c = np.arange(6).reshape(2, 3)", "np.einsum(c, {0: 1, 1: 2})", "with a dict as a subscripts list"),
    ("", "np.zeros((2, 3), order='K')", "zeros(order=…) other than 'C' or 'F'"),
    ("", "np.empty((2, 3), order='A')", "empty(order=…) other than 'C' or 'F'"),
    (">>> f = np.ones((2, 3), order='F')", "np.array(f, order='C')", "np.array(x, order='C') of an array x"),
    (">>> f = np.ones((2, 3)).T", "np.array(f, order='A')", "np.array(x, order='A') of an array x"),
    (">>> c = np.ones((2, 3))", "np.asarray(c, order='F')", "np.asarray(x, order='F') of an array x"),
    (
      ">>> f = np.zeros((2, 3, 4)).transpose(1, 0, 2).copy(order='K')", "f.resize((2, 1))",
      "a.resize of an array NumPy keeps in another memory"
    ),
    (">>> f = np.ones((2, 3), order='F')", "f.tobytes(order='A')", "a.tobytes(order='A') of an array not held in C"),
    (">>> f = np.ones((2, 3))", "f.T.tobytes(order='A')", "a.tobytes(order='A') of an array not held in C"),
    (
      ">>> b = np.broadcast(np.arange(3), 1)", "b.iters",
      "np.broadcast's iters (NumPy's flatiter objects) are not supported"
    ),
    (
      ">>> x = np.array([1., 2.])", "grad(lambda x: sum(u for u, v in np.broadcast(x, 1)))(x)",
      "np.broadcast of a value autograd traces is not supported"
    ),
    (">>> b = np.broadcast(np.arange(3), 1)", "b.iters[0]", "np.broadcast's iters"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
