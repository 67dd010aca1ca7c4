import Testing

@testable import Snippets

/// What stays refused, by name, of `order=` of `ravel`, `flatten`, `reshape` and `copy` and of `np.asfortranarray`:
/// 'K' of an array whose strides NumPy's walk of memory would order in a way docbuild does not follow (negative,
/// zero or equal strides), 'A' and 'K' of an array whose memory order docbuild does not know, and what no array is.
/// What now runs is checked against NumPy in `Fixtures/interpreter/94-order-keyword-ravel-reshape-copy.txt`
/// (`make_order_keyword_fixtures.py`).
struct OrderKeywordRefusalTests {
  static let unknownOrder = """
    >>> rng = np.random.default_rng(7)
    >>> X3 = rng.standard_normal((5, 6, 7)).transpose(1, 2, 0)
    >>> m = np.nanmedian(X3, axis=0)
    """

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> b = np.arange(24.).reshape(2, 3, 4)", "b[::-1].ravel('K')", "ravel(order='K') of an array with negative"),
    (">>> b = np.arange(24.).reshape(2, 3, 4)", "b[:, ::-1].T.flatten('K')", "flatten(order='K') of an array with"),
    ("", "np.broadcast_to(np.arange(3), (2, 3)).ravel('K')", "zero or equal strides is not supported"),
    (unknownOrder, "m.ravel('A')", "ravel(order='A') of this array is not supported in snippets: it was computed by"),
    (unknownOrder, "m.copy(order='K')", "copy(order='K') of this array is not supported"),
    (unknownOrder, "m.reshape(42, order='A')", "reshape(order='A') of this array is not supported"),
    (unknownOrder, "np.asfortranarray(m)", "np.asfortranarray of this array is not supported in snippets"),
    ("", "np.asfortranarray('ab')", "np.asfortranarray of this value is not supported"),
    (">>> a = np.ones((2, 3))", "np.asfortranarray(a, like=a)", "asfortranarray(like=…) is not part of"),
    (">>> a = np.ones((2, 3))", "a.reshape((3, 2), order='F', copy=True)", "reshape(copy=…) is not part of"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
