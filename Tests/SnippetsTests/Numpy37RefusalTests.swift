import Testing

@testable import Snippets

/// What session 37 (numpy37) refuses. An array whose structured dtype has a field in NumPy's C long long dtype
/// (`'q'`, `'Q'`, `np.longlong`), and that field's dtype object: main read it as int64, so `x['a']` printed
/// `array([0, 0])` where NumPy prints `array([0, 0], dtype=int64)`; the dtype object itself is answered. `np.array` of a C long long made from anything but an int64 (uint64) ndarray copied,
/// which NumPy makes a `'q'` array; the copy that keeps `'l'` is checked against NumPy in
/// `Fixtures/interpreter/350-numpy37-c-long-long-copies.txt`. And a write into the views `np.broadcast_arrays` makes,
/// which NumPy 2.4 writes with a DeprecationWarning through memory its broadcast axes repeat (what runs is in
/// `351-numpy37-broadcast-arrays.txt`, both from `make_session37_numpy_fixtures.py`). And a complex quicksort that
/// NumPy's introsort orders unstably where it shows (what runs is in `352-numpy37-complex-sorts.txt`), and the
/// complex `np.linspace` calls NumPy's steps are not run for here (`353-numpy37-complex-linspace.txt`), and the
/// object arrays' `mean`, `any` and `all` not answered (`354-numpy37-object-array-mean-any-all.txt`).
struct Numpy37RefusalTests {
  /// The views of `np.broadcast_arrays` bound to `a` and `b`.
  static let broadcast = """
    >>> import numpy as np
    >>> x = np.array([[1, 2, 3]])
    >>> a, b = np.broadcast_arrays(x, np.array([[4], [5]]))
    """

  /// A structured dtype object with a C long long field, bound to `d`.
  static let dLongLong = """
    >>> import numpy as np
    >>> d = np.dtype([('a', 'q'), ('b', 'f8')])
    """

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> import numpy as np", "x = np.zeros(2, dtype=[('a', 'q')])", "the dtype 'q' (C long long"),
    (">>> import numpy as np", "np.zeros(1, [('a', 'f8'), ('b', np.ulonglong)])", "np.ulonglong (C long long"),
    (">>> import numpy as np", "np.ones(2, 'q,f8')", "for a structured field's array or dtype"),
    (">>> import numpy as np", "np.zeros(1, {'names': ['a'], 'formats': ['<Q']})", "the dtype '<Q' (C long long"),
    (">>> import numpy as np", "np.array([(1,)], dtype=[('a', 'longlong')])", "for a structured field's array"),
    (">>> import numpy as np", "np.zeros(1, [('p', [('a', 'q')])])", "the dtype 'q' (C long long"),
    (">>> import numpy as np", "np.ones(1, np.dtype({'x': ('q', 0)}))", "the dtype 'q' (C long long"),
    // A dtype object with such a field is answered (it prints '<i8'); what hands out its field's dtype is not.
    (dLongLong, "np.zeros(2, d)", "the dtype 'q' (C long long"),
    (dLongLong, "np.zeros(2, [('a', 'i8'), ('b', 'f8')]).view(d)", "the dtype 'q' (C long long"),
    (dLongLong, "np.rec.array([(1, 2.0)], dtype=d)", "the dtype 'q' (C long long"),
    (dLongLong, "d['a']", "the dtype 'q' (C long long"),
    (dLongLong, "d[0]", "the dtype 'q' (C long long"),
    (dLongLong, "d.fields", "the dtype 'q' (C long long"),
    // NumPy makes a 'q' array of a scalar, a list, a cast, a subclass, or with copy=None.
    (">>> import numpy as np", "np.array(np.int64(3), dtype='q')", "the dtype 'q' (C long long"),
    (">>> import numpy as np", "np.array([1, 2], dtype='q')", "the dtype 'q' (C long long"),
    (">>> import numpy as np", "np.array(np.arange(3, dtype=np.int32), dtype='q')", "the dtype 'q'"),
    (">>> import numpy as np", "np.array(np.arange(3), dtype='Q')", "the dtype 'Q' (C long long"),
    (">>> import numpy as np", "np.asarray(np.arange(3), dtype='q')", "the dtype 'q' (C long long"),
    (">>> import numpy as np", "np.array(np.arange(3), dtype='q', copy=None)", "C long long"),
    (">>> import numpy as np", "np.array(np.matrix([[1, 2]]), dtype='q')", ""),
    // Writes into np.broadcast_arrays's views, and what would hand one to a write.
    (broadcast, "a[0, 0] = 7", "writing to a view np.broadcast_arrays made"),
    (broadcast, "a += 1", "writing to a view np.broadcast_arrays made"),
    (broadcast, "a[0][1] = 7", "writing to a view np.broadcast_arrays made"),
    (broadcast, "np.add(a, 1, out=b)", "writing to a view np.broadcast_arrays made"),
    (broadcast, "b.sort()", "writing to a view np.broadcast_arrays made"),
    (broadcast, "np.put(b, [0], [9])", "writing to a view np.broadcast_arrays made"),
    (broadcast, "np.fill_diagonal(b, 0)", "writing to a view np.broadcast_arrays made"),
    (broadcast, "a.flat[0] = 1", "writing to a view np.broadcast_arrays made"),
    (broadcast, "a.T[1] = 0", "writing to a view np.broadcast_arrays made"),
    (broadcast, "a.flags.writeable = False", "setting a.flags.writeable of a view np.broadcast_arrays"),
    (broadcast, "a.flags['W'] = True", "setting a.flags.writeable of a view np.broadcast_arrays"),
    (broadcast, "a.view(np.int32)", "view(dtype) of a view np.broadcast_arrays made"),
    (">>> import numpy as np", "np.broadcast_arrays(np.ones(2), subok=True)", "subok=True"),
    // A complex quicksort of more than 16 elements: equal ones that print differently, and argsort's equal ones.
    (
      ">>> import numpy as np", "np.sort(np.array([complex(k % 3, 0.0) * (1 if k % 2 else -1) for k in range(20)]))",
      "differ in the sign of a zero part"
    ),
    (">>> import numpy as np", "np.argsort(np.array([complex(k % 5, 1) for k in range(40)]))", "kind='stable'"),
    (">>> import numpy as np", "np.argsort(np.arange(17) * 0j)", "kind='stable'"),
    // A conjugate pair from LAPACK is ordered by last digits docbuild's decompositions do not reproduce.
    (">>> import numpy as np", "np.sort(np.linalg.eigvals(np.array([[0.0, -1], [1, 0]])))", "nearly) equal"),
    // np.linspace of complex ends: what NumPy's steps here do not cover.
    (">>> import numpy as np", "np.linspace(np.complex64(1j), 2, 3)", "other than complex128 numbers"),
    (">>> import numpy as np", "np.linspace(1j, 2, 3, dtype=np.complex64)", "this dtype= or axis="),
    (">>> import numpy as np", "np.linspace(1j, 2, 3.0)", "a num of type float"),
    (">>> import numpy as np", "np.linspace([0, 1j], 2, 3)", "np.linspace with a list start"),
    (">>> import numpy as np\n>>> from autograd import grad", "grad(lambda t: np.linspace(1j, t, 3)[1].real)(2.0)", ""),
    // Object arrays' mean, any and all: other elements, an axis, an int sum past int64.
    (">>> import numpy as np", "np.array([2**62, 2**62, 3], dtype=object).mean()", "sum passes 2**63"),
    (">>> import numpy as np", "np.array([1, 2], dtype=object).mean(axis=0)", "mean(axis=…)"),
    (">>> import numpy as np", "np.any(np.array([1, 2], dtype=object), keepdims=True)", "any(keepdims=…)"),
    (">>> import numpy as np", "np.array([1j, 2], dtype=object).mean()", "mean() of an array holding complex"),
    (">>> import numpy as np", "np.array([np.arange(2), 1], dtype=object).any()", "any() of an array holding"),
    (
      ">>> import numpy as np\n>>> class A: pass\n...", "np.array([A()], dtype=object).all()",
      "all() of an array holding"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A refused write leaves the operands as they were: `x` and `a` still print NumPy's values from before.
  @Test func refusedWriteChangesNothing() throws {
    let outputs = RefusalProbe.outputs(of: Self.broadcast + "\n>>> a[0, 0] = 7\n>>> a\n>>> x")
    #expect(outputs.count == 6)
    #expect(outputs.last?.contains("NameError") == true, "x after a refused write through its view: \(outputs)")
  }
}
