import Testing

@testable import Snippets

/// What session 46's reach probe (reach46) left refused around the string arrays it taught docbuild to make and
/// count: `np.unique` of a string array along an axis or unsorted, a Python int past 64 bits beside text, and an
/// object array of string arrays. What runs is checked against NumPy in `Fixtures/interpreter/484-*` and `485-*`
/// (`make_reach46_fixtures.py`).
struct Reach46RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // NumPy compares whole rows of text; docbuild's string-array unique works on the flattened elements only.
    ("", "np.unique(np.array([['b', 'a'], ['b', 'a']]), axis=0)", "np.unique with axis= of a NumPy string array"),
    (
      "", "np.unique(np.array([['b', 'a'], ['b', 'a']]), axis=0, return_counts=True)",
      "np.unique with axis= of a NumPy string array"
    ),
    // NumPy 2.4 may hash instead of sort here; which order it keeps is not modelled.
    ("", "np.unique(np.array(['b', 'a']), sorted=False)", "np.unique(sorted=False) of a NumPy string array"),
    // A number past int64 beside text: NumPy's discovery makes it an object first.
    ("", "np.array(['a', 10**20])", "an element of type 'int' in a string array"),
    ("", "np.array([10**20, b'a'])", "an element of type 'int' in a string array"),
    // Arrays of text inside an object array stay arrays in NumPy; docbuild's object arrays hold no string arrays.
    ("", "np.array([np.array(['a']), ['b']], dtype=object)", "of a NumPy object array"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// NumPy's own errors for these are answered, not refused: a ragged nesting of arrays and lists (a string array
  /// beside a number was refused before), and a bytes leaf above 127 decoded into a str array (fixture 484 has the
  /// rest).
  @Test func numpysErrorsAreAnswered() throws {
    let ragged = "ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape "
    #expect(try RefusalProbe.output("", "np.array([np.array(['a', 'b']), ['c']])").hasPrefix(ragged))
    #expect(try RefusalProbe.output(">>> a = np.array(['b', 'a', 'hello'])", "np.array([a, 1.5])").hasPrefix(ragged))
    #expect(
      try RefusalProbe.output("", "np.array([b'\\xff', 'a'])")
        == "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)")
  }

  /// Joining text with Python numbers among several parts flattened has no common dtype in NumPy (a
  /// DTypePromotionError, answered for two parts); bytes above 127 joined into a str result fail in ASCII: both
  /// refused by name.
  static let refusedJoins: [(statement: String, words: String)] = [
    ("np.concatenate([[b'a'], 1, 2.5], axis=None)", "a Python number beside text in np.concatenate(axis=None)"),
    ("np.concatenate([1, 2, ['a']], axis=None)", "a Python number beside text in np.concatenate(axis=None)"),
    ("np.concatenate([np.array([b'\\xff']), ['a']])", "bytes above 127 decoded into a str result in np.concatenate"),
  ]

  @Test(arguments: refusedJoins)
  func joinIsRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: words)
  }
}
