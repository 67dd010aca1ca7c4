import Testing

@testable import Snippets

/// What the methods' positional arguments leave refused beside what they answer in NumPy's order (checked against
/// NumPy in `Fixtures/interpreter/459-*` and `460-*`, `make_methods44_fixtures.py`): an output array NumPy writes (a
/// reduction's, clip's, compress's), a float sum without its identity, mean's out error (NumPy reads it after the
/// items are counted), a dtype of np.std, the base of a view that reinterprets the bytes.
struct Methods44RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])", "m.sum(1, None, None, 1, None)", "initial=None"),
    (">>> m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])", "m.mean(1, 0, 1)", "out= is not supported"),
    (
      ">>> m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])", "m.clip(1, 2, np.zeros((2, 3)))",
      "ndarray.clip(out=…) is not supported"
    ),
    (
      ">>> m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])", "m.compress([1, 0], None, np.zeros(6))",
      "np.compress's out= is not supported"
    ),
    (
      ">>> m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])", "m.max(1, np.zeros(2), None, 9.0)",
      "ndarray.max's out= with initial= or where="
    ),
    (">>> m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])", "m.std(0, np.float32)", "dtype= of np.std"),
    (">>> w = np.array([2, -1, 4, 0])", "w.view(None).base is w", "ndarray.base of an array read from"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
