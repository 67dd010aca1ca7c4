import Testing

@testable import Snippets

/// What stays refused under NumPy 1.13's printing mode (`np.set_printoptions(legacy='1.13')`), whose numbers and
/// numeric arrays print as NumPy prints them (`Fixtures/interpreter/370-…` to `374-…`,
/// `make_session38_legacy_fixtures.py`): values NumPy 1.13 printed in forms docbuild does not write.
struct Legacy113RefusalTests {
  static let on = ">>> np.set_printoptions(legacy='1.13')"

  /// (setup after the mode is set, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.array(['a', 'b'])", "legacy='1.13' printing"),
    ("", "np.str_('a')", "legacy='1.13' printing"),
    ("", "np.array([1 / 3]).astype(str)", "legacy='1.13' printing"),
    ("", "np.datetime64('2020-01')", "legacy='1.13' printing"),
    ("", "np.array(['2020-01-01'], dtype='datetime64[D]')", "legacy='1.13' printing"),
    ("", "np.zeros(2, dtype=[('a', 'i4'), ('b', 'f8')])", "legacy='1.13' printing"),
    ("", "np.dtype([('a', 'i4'), ('b', 'f8')])", "legacy='1.13' printing"),
    ("", "np.array([1, 'a'], dtype=object)", "legacy='1.13' printing"),
    ("", "np.finfo(np.float32)", "legacy='1.13' printing"),
    ("", "np.array([1, 2], dtype='>i4')", "legacy='1.13' printing"),
    ("", "np.ma.array([1.0, 2.0], mask=[0, 1])", "the repr of a masked array under np.set_printoptions(legacy='1.13')"),
    // NumPy's Dragon4 raises "in non-unique mode `precision` must be supplied" for these.
    (">>> np.set_printoptions(floatmode='unique')", "np.array([1e-10, 1.0])", "floatmode='unique'"),
    (">>> np.set_printoptions(floatmode='unique')", "print(np.array([np.nan, 1e20]))", "floatmode='unique'"),
    ("", "np.array2string(np.arange(3), legacy='1.99')", "np.array2string(..., legacy='1.99')"),
    // The refusal names the mode the block set, which is no longer in force when the statement ends.
    (
      ">>> np.set_printoptions(legacy=False)", "with np.printoptions(legacy='1.13'):\n...     print(np.array(['a']))",
      "legacy='1.13' printing"
    ),
  ]

  @Test(arguments: refused)
  func staysRefused(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup.isEmpty ? Self.on : Self.on + "\n" + setup, statement, saying: words)
  }
}
