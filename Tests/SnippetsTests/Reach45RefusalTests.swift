import Testing

@testable import Snippets

/// What session 45's reach probe (reach45) left refused around the tutorial code it opened: an array held by an
/// earlier argument, operand or display item while a later one writes into memory it may share (NumPy shows the
/// write through it; docbuild held the values from before), and `np.array` of an `array.array` whose memory NumPy
/// would share (`np.asarray`, `copy=False`) or whose typecode is NumPy's longlong ('q', 'Q'), the legacy zipf where
/// NumPy's loop never ends, and the new legacy samplers' array parameters. What runs is checked against NumPy in
/// `Fixtures/interpreter/464-*` to `466-*` (`make_reach45_fixtures.py`).
struct Reach45RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // NumPy prints `[3 3] None [3 3]`: the row is a view of the array `a.fill(3)` writes.
    (">>> a = np.arange(6).reshape(3, 2)", "print(a[0], a.fill(3), a[1])", "`a.fill(3)` writes into an array"),
    // NumPy prints the sorted array: `a` is the very array `a.sort()` sorts.
    (">>> a = np.array([3, 1, 2])", "print(a, a.sort())", "`a.sort()` writes into an array while an earlier"),
    (">>> a = np.array([3, 1, 2])", "(a, a.sort())", "`a.sort()` writes into an array"),
    (">>> a = np.array([3, 1, 2])", "[a, a.sort()]", "`a.sort()` writes into an array"),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "print(a, g(a))",
      "`g(a)` writes into an array"
    ),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "a + g(a)",
      "`g(a)` writes into an array"
    ),
    (
      ">>> def k(x, y):\n...     return x + y\n...\n>>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n"
        + ">>> a = np.zeros(3)", "k(a, g(a))", "`g(a)` writes into an array"
    ),
    (">>> a = np.zeros(3)", "print(a, np.add(a, 1, out=a))", "writes into an array while an earlier operand"),
    // Comparisons, dict displays, subscripts and augmented assignments hold their left operand too.
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "a == g(a)",
      "writes into an array while an earlier operand"
    ),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "{'x': a, 'y': g(a)}",
      "`g(a)` writes into an array"
    ),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "a[g(a)]",
      "`g(a)` writes into an array"
    ),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)\n>>> x = a", "x += g(a)",
      "`g(a)` writes into an array"
    ),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "a[0] += g(a)",
      "`g(a)` writes into an array"
    ),
    (
      ">>> def g(m):\n...     m[0] = 99\n...     return 0\n...\n>>> a = np.zeros(3)", "[a for _ in range(1)] + [g(a)]",
      "writes into an array"
    ),
    (">>> a = np.arange(5)", "print(a, np.random.shuffle(a))", "`np.random.shuffle(a)` writes into an array"),
    // NumPy's other functions are objects of its own classes (`numpy._ArrayFunctionDispatcher`); ufuncs answer.
    ("", "type(np.random.randn)", "type() of a NumPy function is not supported"),
    // A vectorize object's `__name__` is its function's in NumPy; its attributes are not modelled.
    (">>> vf = np.vectorize(lambda x: x)", "vf.__name__", "the attribute __name__ of a numpy.vectorize object"),
    (">>> import array", "np.array(array.array('q', [3, -4]))", "an array of 'array.array' elements"),
    (">>> import array", "np.array(array.array('Q', [3, 4]))", "an array of 'array.array' elements"),
    (">>> import array", "np.asarray(array.array('i', [3, 4]))", "an array of 'array.array' elements"),
    // NumPy shares the array.array's memory (docbuild raised NumPy's ValueError for a copy it cannot avoid).
    (">>> import array", "np.array(array.array('i', [3, 4]), copy=False)", "copy=False) of an array.array"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// np.random's refusals, which are ValueErrors marked as docbuild's limit: (statement, words the refusal says).
  static let refusedRandom: [(statement: String, words: String)] = [
    // NumPy's legacy zipf loops forever once 2^(a - 1) overflows (its rejection test compares NaNs).
    ("np.random.zipf(np.inf)", "zipf(a) with a - 1 >= 1024"),
    ("np.random.zipf(1025.0, 3)", "zipf(a) with a - 1 >= 1024"),
    // The legacy samplers take numbers here, not arrays of parameters.
    ("np.random.logistic([0, 1], 1)", "logistic() in snippets takes a number"),
    ("np.random.rayleigh(np.ones(2))", "rayleigh() in snippets takes a number"),
  ]

  @Test(arguments: refusedRandom)
  func randomIsRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: words, as: "ValueError")
  }

  /// The write coming first, or the arrays read after it, is answered: only values held from before the write are
  /// refused.
  @Test func writeBeforeTheArraysItChangesIsAnswered() throws {
    #expect(try RefusalProbe.output(">>> a = np.zeros(3)", "print(np.add(a, 1, out=a), a)") == "[1. 1. 1.] [1. 1. 1.]")
    #expect(try RefusalProbe.output(">>> a = np.zeros(3)", "print(a.sum(), a.fill(2), a.sum())") == "0.0 None 6.0")
    // A write into other memory leaves the earlier array as it is.
    #expect(
      try RefusalProbe.output(">>> a = np.zeros(3)\n>>> b = np.zeros(3)", "print(a, b.fill(2), b)")
        == "[0. 0. 0.] None [2. 2. 2.]")
  }
}
