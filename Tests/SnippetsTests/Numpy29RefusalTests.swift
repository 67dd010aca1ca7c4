import Testing

@testable import Snippets

/// What stays refused, by name, of what session 29 added for issue 10 (NumPy breadth): a flat iterator's position
/// once a loop or an `in` test has taken items from it (NumPy's stops anywhere), a loop over one after `next()` (it
/// goes on from there), and its `coords` past the last item of an array whose memory order docbuild does not follow
/// (the layout tracking knows every order tried so far).
/// What now runs is checked against NumPy in `Fixtures/interpreter/274-*` to `279-*` and `290-*` to `299-*`
/// (`make_numpy29_fixtures.py`).
struct Numpy29RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> fl = np.arange(4).flat\n>>> _ = list(fl)", "fl.index", "a.flat.index after a loop or an `in` test"),
    (">>> fl = np.arange(4).flat\n>>> _ = 2 in fl", "fl.coords", "a.flat.coords after a loop or an `in` test"),
    (">>> fl = np.arange(4).flat\n>>> _ = 2 in fl", "next(fl)", "next(a.flat) after a loop or an `in` test"),
    (">>> fl = np.arange(4).flat\n>>> _ = next(fl)", "list(fl)", "iterating a.flat again, or after next(a.flat)"),
    (">>> fl = np.arange(4).flat\n>>> _ = next(fl)", "3 in fl", "iterating a.flat again, or after next(a.flat)"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
