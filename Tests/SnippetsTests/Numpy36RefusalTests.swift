import Testing

@testable import Snippets

/// What session 36 (numpy36) refuses: arrays and dtype objects in NumPy's C long long dtypes (`'q'`, `'Q'`,
/// `'longlong'`, `np.longlong`, `np.ulonglong`), which NumPy keeps apart from int64's and uint64's `'l'` and `'L'` (an
/// array made in `'q'` prints `dtype=int64`, its `char` is `'q'`): main printed them as int64 arrays, without NumPy's
/// `dtype=int64`. What does not tell them apart runs, checked against NumPy in
/// `Fixtures/interpreter/304-numpy36-c-type-aliases.txt` (`make_session36_numpy_fixtures.py`).
struct Numpy36RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.zeros(2, dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.array([1, 2], dtype='Q')", "the dtype 'Q' (C long long"),
    ("", "np.ones(2, 'longlong')", "the dtype 'longlong' (C long long"),
    ("", "np.full(2, 3, dtype='=q')", "the dtype '=q' (C long long"),
    ("", "np.arange(3, dtype=np.ulonglong)", "the dtype np.ulonglong (C long long"),
    ("", "np.asarray([1, 2], dtype=np.longlong)", "the dtype np.longlong (C long long"),
    ("", "np.arange(3).astype('<q')", "the dtype '<q' (C long long"),
    ("", "np.sum(np.ones((2, 2)), axis=0, dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.cumsum(np.arange(3), dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.add(np.arange(3), 1, dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.arange(3).view('q')", "the dtype 'q' (C long long"),
    ("", "np.dtype('q')", "the dtype 'q' (C long long"),
    ("", "np.dtype(np.longlong)", "the dtype np.longlong (C long long"),
    ("", "np.dtype([('x', 'q')])", "the dtype 'q' (C long long"),
    // NumPy's copy of an int64 array keeps 'l', but a view of it (already Fortran-ordered) is a 'q' array.
    ("", "np.asfortranarray(np.arange(3), dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.asfortranarray(np.arange(6).reshape(2, 3).T, dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.array(np.arange(3), dtype='q')", "the dtype 'q' (C long long"),
    // A C long long is no subclass of int64 in NumPy: `issubdtype` with a concrete second type tells them apart.
    ("", "np.issubdtype(np.longlong, np.int64)", "the dtype np.longlong (C long long"),
    ("", "np.longlong(3)", "numpy.longlong"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
