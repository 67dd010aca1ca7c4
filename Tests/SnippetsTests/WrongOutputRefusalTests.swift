import Testing

@testable import Snippets

/// Where NumPy's answer depends on the length or order of its arrays, or on where a Python int goes, docbuild refuses
/// by name instead of printing one guess: which of two NaNs of different signs (or of 0.0 and -0.0) `+`, `*`, `np.fmax`,
/// `np.nanmax` or `np.median` returns (and which zero `np.nanmax` and `np.nanmin` return past their scalar loop), the order NumPy's quicksort leaves 0.0 and -0.0 in, and ints of more than 63 bits as array elements (which
/// printed an OverflowError of docbuild's own). `Fixtures/make_wrongout_fixtures.py` shows NumPy's answers changing
/// (its REFUSED list and `check_refused`). Also the mean of many large integers and a flat iterator's position
/// and address (`make_wrongout4_fixtures.py`).
struct WrongOutputRefusalTests {
  static let refused: [(statement: String, naming: String)] = [
    ("np.fmax(np.array([np.nan, 1]), np.array([-np.nan, 2]))", "np.fmax of two NaNs, or of 0.0 and -0.0"),
    ("np.fmin(np.array([-np.nan]), np.array([np.nan]))", "np.fmin of two NaNs, or of 0.0 and -0.0"),
    ("np.fmin(np.zeros(4), -np.zeros(4))", "np.fmin of two NaNs, or of 0.0 and -0.0"),
    ("np.nanmax(np.array([np.nan, -np.nan]))", "np.nanmax of an all-NaN slice holding NaNs of both signs"),
    ("np.median(np.array([-np.nan, np.nan, 2]))", "np.median of a line holding NaNs of both signs"),
    (
      "np.nanmin(np.sqrt(np.array([np.nan, -np.nan, -np.inf, np.inf, -0.0, 0.0, -7.0, 2.0, 0.5, -1.0])))",
      "np.nanmin of a slice whose extreme is 0.0 and -0.0 both"
    ),
    ("np.nanmax(np.array([[0.0, -1.0], [-0.0, -2.0]]), axis=0)", "np.nanmax of a slice whose extreme is 0.0 and -0.0"),
    ("np.nanmax(np.array([0.0, -0.0, -1.0])[::-1])", "np.nanmax of a slice whose extreme is 0.0 and -0.0"),
    ("np.arctan2(np.linspace(0.1, 1, 5)[::-1], np.ones((2, 5)))", "np.arctan2 of an array NumPy reads backwards"),
    ("np.sort(np.array([1.0, -7.0, 2.0, -2.0, 0.5, np.inf, -np.inf, np.nan, -np.nan, 0.0, -0.0]))", "0.0 and -0.0"),
    ("np.full(40, -np.nan) + np.float64(np.nan)", "+ of a NaN scalar and a NaN of the other sign"),
    ("np.float64(-np.nan) * np.float64(np.nan)", "* of a NaN scalar and a NaN of the other sign"),
    // Two arrays whose NaNs of both signs meet, past 8 results, in a layout whose loop tail docbuild does not place
    // (make_wrongout3_fixtures.py shows the contiguous float64 ones, which run).
    ("np.full((3, 4), -np.nan).T + np.full((4, 3), np.nan)", "+ of arrays whose NaNs of both signs meet"),
    ("np.full((2, 10), -np.nan) * np.full(10, np.nan)", "* of arrays whose NaNs of both signs meet"),
    ("np.full(20, -np.nan, np.float32) + np.full(20, np.nan, np.float32)", "+ of arrays whose NaNs of both signs meet"),
    ("np.full(10, -np.nan, np.float16) * np.full(10, np.nan)", "* of arrays whose NaNs of both signs meet"),
    ("np.full(20, -np.nan).reshape(4, 5) + np.full((4, 5), np.nan)", "+ of arrays whose NaNs of both signs meet"),
    ("np.logaddexp(np.float32(1), np.float32(0))", "np.logaddexp of float32 values"),
    ("np.logaddexp2(np.array([1, 2], np.int16), 3)", "np.logaddexp2 of float32 values"),
    ("np.logaddexp(np.array([1, 2], np.uint8), np.array([1, 2], np.int8))", "np.logaddexp of float16 values"),
    ("np.arctan2(np.int8(3), 2**64)", "a Python int of more than 63 bits"),
    ("np.array([1, 2]) < [2**63]", "a Python int of more than 63 bits"),
    ("np.array([2**63, 1])", "a Python int of more than 63 bits"),
    ("np.array(2**64 - 1)", "a Python int of more than 63 bits"),
    // NumPy's sum of more than 8192 integers converted to float64 goes through its cast buffers
    // (make_wrongout4_fixtures.py shows the means below 2**53 and within one buffer, which run).
    ("np.arange(0, 2**62, 2**45).mean()", "np.mean of more than 8192 integers"),
    ("np.arange(2**62, 2**62 + 9000).reshape(3, 3000).mean()", "np.mean of more than 8192 integers"),
    // The flat iterator's position: a second pass goes on from where the first stopped, and it prints its address.
    ("f = np.arange(4).flat; _ = list(f); list(f)", "iterating a.flat again"),
    ("f = np.arange(4).flat; _ = 2 in f; sum(f)", "iterating a.flat again"),
    ("f = np.arange(4).flat; _ = [v for v in f if v > 5]; [v for v in f]", "iterating a.flat again"),
    ("np.arange(4).flat", "<numpy.flatiter object at 0x…>"),
    ("print(np.ones((2, 2)).flat)", "<numpy.flatiter object at 0x…>"),
    ("f = np.arange(4).flat; _ = list(f); f.index", "a.flat.index after a loop"),
    ("f = np.arange(4).flat; _ = 2 in f; f.coords", "a.flat.coords after a loop"),
    ("np.arange(6).reshape(2, 3).flat.base", "a.flat.base of an array that is a view"),
    // Of an array that is not C-contiguous NumPy's flat iterator gives a read-only copy to np.asarray and the view
    // functions (np.asarray(np.arange(6.).reshape(2, 3).T.flat).flags.writeable is False in NumPy 2.4.6).
    ("np.asarray(np.arange(6.0).reshape(2, 3).T.flat)", "np.asarray of a.flat where a is not C-contiguous"),
    ("np.reshape(np.arange(6.0)[::2].flat, (3, 1))", "np.reshape of a.flat where a is not C-contiguous"),
    ("np.array(np.arange(6.0).reshape(2, 3).T.flat)", "np.array of a.flat where a is not C-contiguous"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(statement: String, naming: String) throws {
    let probe = SnippetSession().check(Snippet(text: ">>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.hasPrefix("NotImplementedError: "), "\(statement) printed \(output)")
    #expect(output.contains(naming), "\(statement) printed \(output)")
  }

  /// Of a C-contiguous array `np.asarray(a.flat)` is a writable view of `a`, as in NumPy 2.4.6, so it runs.
  @Test func asarrayOfAContiguousFlatIteratorIsAView() {
    let probe = SnippetSession().check(
      Snippet(
        text: ">>> e = np.arange(4.0)\n>>> d = np.asarray(e.flat)\n>>> d[0] = 7.0\n>>> e",
        origin: .init(line: 1, column: 1)))
    #expect(probe.statements.last?.output == "array([7., 1., 2., 3.])")
  }

  /// The stable sort keeps the order it was given, as NumPy's does, so it is not refused (NumPy 2.4.6 prints this).
  @Test func stableSortOfSignedZerosRuns() {
    let probe = SnippetSession().check(
      Snippet(text: ">>> np.sort(np.array([0.0, -0.0, 1.0, -0.0]), kind='stable')", origin: .init(line: 1, column: 1)))
    #expect(probe.statements.last?.output == "array([ 0., -0., -0.,  1.])")
  }
}
