import Testing

@testable import Snippets

/// What session 36 (numpy36) refuses: arrays and dtype objects in NumPy's C long long dtypes (`'q'`, `'Q'`,
/// `'longlong'`, `np.longlong`, `np.ulonglong`), which NumPy keeps apart from int64's and uint64's `'l'` and `'L'` (an
/// array made in `'q'` prints `dtype=int64`, its `char` is `'q'`): main printed them as int64 arrays, without NumPy's
/// `dtype=int64`. What does not tell them apart runs, checked against NumPy in
/// `Fixtures/interpreter/304-numpy36-c-type-aliases.txt` (`make_session36_numpy_fixtures.py`). And under NumPy's
/// error modes set to 'raise', what docbuild does not check for FloatingPointError (main refused every statement
/// under them); what it checks is in `Fixtures/interpreter/305-numpy36-floating-point-errors-raised.txt`.
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
    // NumPy's copy of an int64 array keeps 'l', but a view of it (already Fortran-ordered) is a 'q' array.
    ("", "np.asfortranarray(np.arange(3), dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.asfortranarray(np.arange(6).reshape(2, 3).T, dtype='q')", "the dtype 'q' (C long long"),
    ("", "np.array(np.int64(3), dtype='q')", "the dtype 'q' (C long long"),
    // A C long long is no subclass of int64 in NumPy: `issubdtype` with a concrete second type tells them apart.
    ("", "np.issubdtype(np.longlong, np.int64)", "the dtype np.longlong (C long long"),
    ("", "np.longlong(3)", "numpy.longlong"),
    // Under NumPy's error modes that raise, what docbuild does not check: other functions and methods, other
    // statements, float32 and unsigned operands, an underflow it cannot decide, another context manager.
    (">>> old = np.seterr(invalid='raise')", "np.exp(np.arange(3.0))", "a call of np.exp while NumPy's error modes"),
    (">>> old = np.seterr(invalid='raise')\n>>> x = np.arange(3.0)", "x.sum()", "this call while NumPy's error modes"),
    (">>> old = np.seterr(over='raise')", "for i in range(2): pass", "this statement while NumPy's error modes"),
    (">>> old = np.seterr(all='raise')", "np.array([1.0], dtype=np.float32) / 0", "a call of np.array while"),
    (">>> x = np.ones(2, np.float32)\n>>> old = np.seterr(all='raise')", "x / 0", "this operation while"),
    (">>> x = np.ones(2, np.uint8)\n>>> old = np.seterr(all='raise')", "x + 1", "this operation while"),
    (">>> old = np.seterr(under='raise')", "np.array([1e-310]) * 0.5", "below the smallest normal float64"),
    (">>> old = np.seterr(divide='raise')", "np.array([1.0]) // 0", "the float operator // while"),
    (">>> old = np.seterr(divide='raise')\n>>> f = lambda x: x / 0", "f(np.ones(2))", "this call while"),
    (
      ">>> import contextlib\n>>> old = np.seterr(divide='raise')", "with contextlib.nullcontext(): pass",
      "this statement while"
    ),
    // np.seterr may set a mode that raises only as a statement of its own: main ran what followed it unchecked.
    (
      ">>> def f():\n...     old = np.seterr(divide='raise')\n...     return np.array([1.0]) / 0\n...", "f()",
      "np.seterr setting 'raise', 'call' or 'log' inside a function"
    ),
    (
      ">>> import numpy as np", "for i in range(1): old = np.seterr(divide='call')",
      "np.seterr setting 'raise', 'call' or 'log' inside a function, a loop or a block"
    ),
  ]

  /// After a refused statement that may change NumPy's error modes, the np.seterr call giving every mode makes them
  /// known again, but what it returns are Python's modes before it, which docbuild does not know: main echoed its own.
  static let unknownReturnedModes: [(setup: String, statement: String, words: String, type: String)] = [
    (
      ">>> id(np) and np.seterr(all='raise')",
      "np.seterr(divide='warn', over='warn', under='ignore', invalid='warn')", "the echo of np.seterr after",
      "NotImplementedError"
    ),
    (
      ">>> id(np) and np.seterr(all='raise')\n>>> old = np.seterr(all='ignore')", "old", "the modes np.seterr returned",
      "NameError"
    ),
  ]

  @Test(arguments: unknownReturnedModes)
  func returnedModesAreUnknown(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(">>> import numpy as np\n" + setup, statement, saying: words, as: type)
  }

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
