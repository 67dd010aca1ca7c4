import Testing

@testable import Snippets

/// Lengths, counts and indices a hostile chapter gives docbuild: each is refused as docbuild's own limit (an error no
/// transcript can expect and no `except` catches), found before the value is made, never a crash, a shorter value, a
/// hang or an error CPython or NumPy would not raise. What these print below the limits is in
/// `Fixtures/interpreter/83-trust5-hostile-integers.txt` (`make_trust5_fixtures.py`, from CPython and NumPy).
struct HostileLengthTests {
  /// Statements CPython would run (making gigabytes) that stop at the element limit. `'a'.center(10**9)` was a
  /// 16,777,216-character text (`len` printed 16777216); `x.replace('a', x)` took 3.4 GB before its check; the
  /// `%` width and `expandtabs` ran for minutes; the `format` width and precision were ValueErrors a transcript
  /// could expect; `b'a' * 10**9`'s MemoryError could be expected and caught.
  @Test(arguments: [
    ("", "x = 'a'.center(10**9)"), ("", "x = 'ab'.ljust(10**9)"), ("", "x = 'ab'.rjust(10**9, '*')"),
    ("", "x = '-7'.zfill(10**9)"), ("", "x = '\\tabc'.expandtabs(10**9)"),
    (">>> x = 'a' * 100000", "y = x.replace('a', x)"), (">>> x = 'a' * 5000", "y = x.replace('', x)"),
    ("", "s = '%1000000000d' % 1"), ("", "s = '%.1000000000d' % 1"), ("", "s = '%.1000000000f' % 1.5"),
    ("", "s = '%-1000000000s' % 'a'"),
    ("", "s = '%*d' % (10**9, 1)"), ("", "s = '{:>1000000000}'.format(1)"), ("", "s = f'{1:^1000000000}'"),
    ("", "s = format(1.5, '1000000000.3f')"), ("", "x = b'a' * 10**9"), ("", "x = [0] * 10**9"),
    ("", "x = np.array_split(np.ones(3), 2**63 - 1)"), ("", "x = np.split(np.ones(0), 2**62)"),
  ])
  func pastTheElementLimitIsTheLimit(setup: String, statement: String) throws {
    try RefusalProbe.expectError(setup, statement, saying: "MemoryError: a value may hold at most 16777216 elements")
  }

  /// Statements docbuild refuses by name: a precision its formatting does not reach (CPython's own errors stop at
  /// a C int), Python's reductions over more items than it iterates (a ValueError before, which a transcript could
  /// expect), and integers no Int holds where NumPy reads indices or counts (before: a trap that killed docbuild).
  @Test(arguments: [
    ("", "s = '{:.1000000000f}'.format(1.5)", "a format precision above 10,000"),
    ("", "x = sum(range(10**7))", "Python's sum() over more than 1000000 items"),
    ("", "x = max(range(10**7))", "Python's max() over more than 1000000 items"),
    ("", "x = np.bincount(np.array([2**63 - 1]))", "np.bincount of the value 2**63 - 1"),
    (">>> u = np.array([-1]).astype(np.uint64)", "x = np.take(np.arange(3), u)", "a uint64 index, count or size"),
    ("", "x = np.take(np.arange(3), np.array([1e300]))", "the float 1e+300 as an index, count or size"),
    ("", "x = np.ravel_multi_index((1,), (-1,))", "np.ravel_multi_index with a negative dimension"),
    ("", "x = np.unravel_index(1, (-1,))", "np.unravel_index with a negative dimension"),
  ])
  func refusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectError(setup, statement, saying: words)
  }
}
