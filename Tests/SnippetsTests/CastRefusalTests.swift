import Testing

@testable import Snippets

/// Casting NaN, an infinity or a float outside an integer dtype's range is undefined in C, so NumPy's result depends on
/// the CPU (it warns "invalid value encountered"): docbuild refuses these by name instead of printing a guess, and
/// never crashes on them (the differential fuzz found `np.add.at` and a uint64 `astype` aborting the process).
/// `Fixtures/make_difffuzz2_fixtures.py` checks NumPy warns on each (its REFUSED list).
struct CastRefusalTests {
  static let setup = """
    >>> fn = np.array([1.5, np.nan, -np.inf, np.inf, -0.0, 2.5e300, -3.75, 1e-310])
    >>> u64 = np.array([0, 1, -1, -2**63]).astype(np.uint64)

    """

  static let refused: [String] = [
    "x = np.array([1, 2, 3], dtype=np.uint8); np.add.at(x, [-1, -1], np.inf); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 1e20); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 200.0); x",
    "x = np.array([1, 2, 3]); np.add.at(x, [0], np.nan); x",
    "x = u64.copy(); np.add.at(x, [0, 0], -129); x",
    "x = u64.copy(); np.add.at(x, [2, 2], 1); x",
    "np.asarray(np.array([3.7, -3.7, 255.5]), dtype=np.uint64)",
    "fn.astype(np.uint64)",
    "np.array([-1.5]).astype(np.uint64)",
  ]

  @Test(arguments: refused)
  func isRefusedNotCrashed(statement: String) throws {
    let probe = SnippetSession().check(
      Snippet(text: Self.setup + ">>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.hasPrefix("NotImplementedError: "), "\(statement) printed \(output)")
    #expect(output.contains("CPU-dependent"), "\(statement) printed \(output)")
  }
}
