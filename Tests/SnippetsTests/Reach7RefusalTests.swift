import Testing

@testable import Snippets

/// What the reach probe's seventh pass (issue 10) left refused, by name: dates that change with the build
/// (`np.datetime64('today')`), writes into datetime64 arrays, units finer than nanoseconds or with multipliers, time
/// zones, NumPy's silent int64 wraparound of dates, `tolist()` and `item()` (Python's `datetime` objects), and
/// accumulation dtypes docbuild does not replay, and the `flags.writeable` changes docbuild does not follow. What docbuild now runs is checked against CPython and NumPy in
/// `Fixtures/interpreter/70-reach7-datetimes-packbits-flags-accumulation-dtypes.txt`.
struct Reach7RefusalTests {
  static let dates = ">>> Z = np.arange('2016-07', '2016-08', dtype='datetime64[D]')"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.datetime64('today')", "it is the date of the build"),
    ("", "np.datetime64('now') - np.timedelta64(1)", "it is the date of the build"),
    ("", "np.datetime64('2016-07-01', 'ps')", "the ps unit of datetime64"),
    ("", "np.datetime64('2016-07-01', '2D')", "a datetime unit with a multiplier ([2D])"),
    ("", "np.datetime64('2016-07-01T12:30Z')", "a datetime string with a time zone"),
    ("", "np.datetime64('2016-07-01T12:30+01')", "a datetime string with a time zone"),
    ("", "np.datetime64(9 * 10**18, 'D') + np.timedelta64(9 * 10**18, 'D')", "outside int64"),
    ("", "np.datetime64('2262-04-12', 'ns')", "outside int64"),
    (dates, "Z[0] = np.datetime64('2016-01-01')", "assigning into a datetime64 or timedelta64 array"),
    (dates, "Z.tolist()", "datetime.date"),
    (dates, "Z[0].item()", "datetime.date"),
    (dates, "np.mean(Z)", "np.mean of datetime64 or timedelta64 values"),
    (dates, "Z.astype(str)", "astype(str) of dates"),
    (dates, "np.exp(Z)", "np.exp of datetime64 or timedelta64 values"),
    (dates, "Z.sum()", "the method .sum() of a datetime64"),
    (dates, "int(Z[0])", "int() of a datetime64 or timedelta64 value"),
    (dates, "f'{Z[1] - Z[0]:>8}'", "a format specification for a timedelta64"),
    (dates, "{Z[0]: 1}", "a datetime64 or timedelta64 value as a dict key"),
    (dates, "(Z - Z[0]) // np.timedelta64(2, 'D')", "floor division of timedelta64 arrays"),
    (
      ">>> Z = np.arange(3)\n>>> V = Z[1:]\n>>> V.flags.writeable = False\n>>> W = V[:1]", "W.flags.writeable = True",
      "making this read-only array writeable again"
    ),
    (">>> Z = np.arange(3.0)\n>>> Z.flags.writeable = False", "Z.resize((2,))", "a.resize of an array made read-only"),
    (">>> Z = np.arange(3.0)", "Z.flags.aligned = False", "setting a.flags.aligned is not supported"),
    ("", "np.cumsum(np.arange(5), dtype=np.float32)", "np.cumsum(..., dtype=float32)"),
    ("", "np.cumsum(np.arange(5), dtype=bool)", "np.cumsum(..., dtype=bool)"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
