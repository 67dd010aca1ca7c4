import Testing

@testable import Snippets

/// What stays refused of uint64 values past 2**63 and Python ints from 2**63 once the functions that order values
/// compare uint64 as unsigned (helper uint44): np.quantile's integer q past 2**53 and the methods docbuild lacks for
/// every dtype, np.histogram past 2**53 (float edges that cannot hold the values), np.maximum
/// of uint64 and bools, and a Python int past 2**63 handed to a NumPy function or scalar type rather than an operator
/// or np.array's `dtype=np.uint64`. What runs is checked against NumPy in `Fixtures/interpreter/446-*` to `449-*`
/// (`make_uint44_fixtures.py`).
struct Uint44RefusalTests {
  /// A uint64 array holding 2**64 - 1, 2**63 and 0, written as NumPy's own tests write it.
  static let setup = """
    >>> e = np.array([2**64 - 1, 2**63, 0], dtype=np.uint64)
    """

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.quantile(e, 1)", "np.quantile with an integer q of integers past 2**53 is not supported in snippets"),
    ("np.quantile(e, 0.5, method='weibull')", "np.quantile's method='weibull' is not supported"),
    ("np.histogram(e)", "np.histogram of integers beyond 2**53 is not supported in snippets"),
    ("np.histogram_bin_edges(e, bins=2)", "integers beyond 2**53"),
    ("np.maximum(e, True)", "docbuild computes only + - * with uint64 values"),
    ("np.searchsorted(np.sort(e), 2**63)", "a Python int of more than 63 bits as an array element"),
    ("np.maximum(np.float16(3), 2**63)", "give ints below 2**64 to np.array with dtype=np.uint64"),
    ("np.add(np.float16(3), 2**64)", "a Python int of more than 63 bits"),
    ("np.array([2**63, 1.5], dtype=np.uint64)", "a Python int of more than 63 bits"),
    ("np.array([2**63, 1])", "a Python int of more than 63 bits"),
    ("np.array([1, 2]) < [2**63]", "a Python int of more than 63 bits"),
    ("np.hypot(e, 1)", "docbuild computes only + - * with uint64 values"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(
      Self.setup, statement, saying: words,
      as: words.hasPrefix("docbuild computes") ? "ValueError" : "NotImplementedError")
  }
}
