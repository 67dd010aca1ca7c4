import Testing

@testable import Snippets

/// What the reach probe's fifth pass (issue 10) left refused, by name: stride tricks that would read outside an
/// array's memory, a stride-trick view's `.base` (NumPy's private `DummyArray`), writes that give one memory
/// position two values through overlapping windows, partitions whose order x86-simd-sort's AVX-512 code decides,
/// `np.nditer`'s reductions, ranges and other flags, and error modes that would change what NumPy does. What docbuild now runs
/// is checked against CPython and NumPy in `Fixtures/interpreter/64-reach15-stride-tricks-partition-nditer.txt`.
struct Reach15RefusalTests {
  static let strideSetup = """
    >>> from numpy.lib.stride_tricks import as_strided, sliding_window_view
    >>> a = np.arange(4.0)
    """

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (strideSetup, "as_strided(a, (5,), (8,))", "it would read up to byte 40 of the 32-byte memory"),
    (strideSetup, "as_strided(a[1:], (2,), (-16,))", "it would read 8 bytes before the 32-byte memory"),
    (strideSetup, "as_strided(a, (2,), (4,))", "a stride of 4 bytes over 8-byte elements"),
    (strideSetup, "sliding_window_view(a, 2).base", "NumPy's is its private DummyArray object"),
    (strideSetup, "as_strided(a, (2,), (8,))[::2].base", "DummyArray"),
    (
      strideSetup + "\n>>> w = sliding_window_view(a, 2, writeable=True)", "w[:2] = [[1, 2], [3, 4]]",
      "gives one memory position different values"
    ),
    (strideSetup + "\n>>> w = sliding_window_view(a, 2, writeable=True)", "w[[0, 1], 1] = 7", "different values"),
    ("", "np.partition(np.arange(300.0)[::-1], 5)", "of one kth over more than 256 float64 elements"),
    ("", "np.partition(np.arange(600, dtype=np.int32), 5)", "more than 512 int32 elements"),
    ("", "np.argpartition(np.arange(300) // 2, 5)", "of equal elements is not supported"),
    ("", "np.emath.log(-1)", "np.log of complex128 values is not supported"),
    ("", "np.emath.sqrt(np.array([-4.0], dtype=np.float32))", "np.sqrt of complex64 values is not supported"),
    ("", "np.argpartition(np.array([1, 1, 0]), 1)", "of equal elements is not supported"),
    ("", "np.argpartition(np.array([1.0, np.nan, 0.0]), 1)", "values holding NaN is not supported"),
    ("", "np.partition(np.float16([1.0, np.nan, 0.0]), 1)", "values holding NaN is not supported"),
    ("", "np.partition(np.array([0.0, -0.0, 1.0]), 1)", "both 0.0 and -0.0"),
    ("", "np.partition(np.array([1j, 2]), 0)", "np.partition of complex128 values is not supported"),
    // External loops, buffering, flat indices and op_dtypes run since session 28 (interpreter/271-273).
    ("", "np.nditer(np.arange(3), flags=['ranged'])", "np.nditer's flag 'ranged'"),
    ("", "np.nditer(np.arange(3), flags=['reduce_ok'])", "np.nditer's flag 'reduce_ok'"),
    ("", "np.nditer(np.arange(3), op_flags=['readonly', 'nbo'])", "np.nditer's op_flag 'nbo'"),
    ("", "np.nditer(np.arange(3), op_axes=[[0]])", "np.nditer with op_axes="),
    ("", "np.nditer(np.arange(6)[::-1])", "neither C- nor Fortran-contiguous"),
    (
      "", "np.nditer([np.arange(3), np.zeros(1)], op_flags=[['readonly'], ['readwrite']])",
      "a writeable operand of shape (1,) broadcast to (3,)"
    ),
    // np.seterr itself returns the modes it replaced, as NumPy does; what runs under them is refused
    // (Reach20RefusalTests).
    (">>> old = np.seterr(all='raise')", "np.exp(np.arange(3.0))", "a call of np.exp while NumPy's error modes"),
    (">>> old = np.seterr(divide='call')", "np.ones(2) / 0", "divide='call'"),
    ("", "np.add.reduceat(np.arange(5), [0.5, 2])", "reduceat with float64 indices"),
    ("", "np.add.reduceat(np.arange(5), [0, 2], dtype=float)", "reduceat's dtype= is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// Writes through overlapping windows that NumPy's loop order cannot change: one element, and an in-place
  /// operation that gives every element of a memory position the same value.
  @Test(arguments: ["w[1, 1] = 50", "w += 1", "w[0] = [7, 8]", "w[...] = w * 2"])
  func settledWritesRun(statement: String) throws {
    try RefusalProbe.expectComputed(
      Self.strideSetup + "\n>>> w = sliding_window_view(a, 2, writeable=True)", statement)
  }
}
