import Testing

@testable import Snippets

/// What session 42's probe of unusual argument values (`Benchmarks/unusual_arguments_probe.py`, probe42) left refused
/// where docbuild printed other text than NumPy or CPython before: an int past 64 bits given to NumPy's functions
/// (other than as an axis) and to its random generators' methods, where NumPy converts it its own way in each
/// function; NaN, infinite, complex, bytes and NumPy float values in the Python-level functions that compute with a
/// count before reading it as an int (np.tile, np.split, np.tri, np.polyfit, np.base_repr, …); sequences
/// and text given to a count those functions compare; RandomState's sequence seeds; a sequence `ord` for
/// np.linalg.norm; a range sliced by a step past 64 bits; enumerate from an int past 64 bits; round() of an int to a
/// power of ten past 64 bits; bytes times a NumPy value; an unsigned NumPy k for np.tril. What runs is checked against
/// NumPy and CPython in `Fixtures/interpreter/437-*` to `442-*` (`make_probe42_fixtures.py`).
struct Probe42RefusalTests {
  /// The names the probe's chapters bind before their statements.
  static let setup = """
    >>> a = np.arange(6)
    >>> m = np.arange(12).reshape(3, 4)
    >>> x = np.array([0.0, 1.0, 2.0, 3.0])
    >>> y = np.array([1.0, 3.0, 2.0, 5.0])
    """

  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (setup, "np.repeat(a, 2**63)", "np.repeat with an int past 64 bits is not supported in snippets"),
    (setup, "np.linspace(0, 1, 10**20)", "np.linspace with an int past 64 bits is not supported"),
    (setup, "np.unravel_index(5, (2**63, 3))", "np.unravel_index with an int past 64 bits"),
    (
      setup, "np.random.default_rng(0).integers(0, 2**64)",
      "the random generator's integers with an int past 64 bits is not supported"
    ),
    (setup, "np.linalg.matrix_power(np.eye(2), 2**63)", "np.linalg.matrix_power with an exponent past 64 bits"),
    (setup, "np.split(a, np.float64(2))", "np.split with a numpy.float64 number is not supported in snippets"),
    (setup, "np.tri(2.5)", "np.tri with a float for N is not supported in snippets"),
    (setup, "np.repeat(a, b'2')", "np.repeat with a bytes value is not supported in snippets"),
    (setup, "np.tile(a, 2 + 0j)", "np.tile with a complex number is not supported in snippets"),
    (setup, "np.tile(a, (range(2), 1))", "np.tile with a tuple holding a range is not supported"),
    (setup, "np.split(a, b'2')", "np.split with a bytes value is not supported in snippets"),
    (setup, "np.tri([2])", "np.tri with a sequence for N is not supported in snippets"),
    (setup, "np.polyfit(x, y, np.array([1]))", "np.polyfit with an array for deg is not supported"),
    (setup, "np.resize(a, '4')", "np.resize with a str or bytes for new_shape is not supported"),
    (setup, "np.moveaxis(m, np.float64(1), 0)", "np.moveaxis with a numpy.float64 number is not supported"),
    (setup, "np.take(a, np.complex128(1))", "np.take with a numpy.complex128 position is not supported"),
    (setup, "np.insert(a, float('inf'), 9)", "np.insert with a float position is not supported in snippets"),
    (setup, "np.tril(m, k=np.uint8(1))", "np.tril with an unsigned NumPy k is not supported in snippets"),
    (setup, "np.rot90(m, np.array(True))", "np.rot90 with a 0-d bool array k is not supported in snippets"),
    (setup, "np.linalg.norm(y, ord=[1])", "np.linalg.norm with a sequence for ord is not supported"),
    (setup, "np.zeros(b'3')", "a bytes shape is not supported in snippets"),
    (setup, "np.random.RandomState([[1], 2])", "a legacy random seed (np.random.seed, RandomState) holding a list"),
    (setup, "np.random.default_rng(0).integers(0, 10, '3')", "a str or bytes size is not supported in snippets"),
    (setup, "b'ab' * np.array(2)", "bytes times a NumPy value is not supported in snippets"),
    (setup, "divmod(np.arange(5), b'2')", "divmod() of an array and a str or bytes is not supported"),
    ("", "list(enumerate('ab', 2**63))", "enumerate() counting from an int past 64 bits is not supported"),
    ("", "round(12345, -10**20)", "round() of an int to a power of ten past 64 bits is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A range sliced by a step past 64 bits keeps the step (`range(0, 10, 100000000000000000000)`), which snippets'
  /// ranges cannot hold.
  @Test func rangeSlicedByAHugeStepIsRefused() throws {
    try RefusalProbe.expectRefused(
      "", "range(10)[::10**20]", saying: "a range beyond 64-bit ints is not supported", as: "OverflowError")
  }

  /// An axis past 64 bits is NumPy's axis converter's own IndexError, which snippets give (fixture 98): the guard on
  /// huge ints leaves axes alone.
  @Test func hugeAxesKeepNumpysError() throws {
    let output = try RefusalProbe.output(Self.setup, "np.split(a, 1, axis=2**70)")
    #expect(output.contains("IndexError: cannot fit 'int' into an index-sized integer"), "\(output)")
  }
}
