import Testing

@testable import Snippets

/// What session 40's reach probe (reach40) left refused in the tutorial code it opened: a difference of two np.linalg
/// results that agree up to rounding (Mike X Cohen's `inv(A) - pinv(A)`), all LAPACK's noise, printed or rounded;
/// draws from Python's random module or a `random.Random` seeded from the operating system (`random.seed()`); the
/// NumPy array attributes of `np.str_` beyond its sizes, shape and dtype; `np.array(ndmin=)` of strings or with
/// `copy=False`; `np.zeros_like(a, order=…)` of an array in another order; an `array.array` times a NumPy value.
/// What runs is checked against NumPy in `Fixtures/interpreter/397-*` to `401-*`
/// (`make_reach40_fixtures.py`).
struct Reach40RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> np.random.seed(0)\n>>> A = np.random.randn(4, 4)", "print(np.linalg.inv(A) - np.linalg.pinv(A))",
      "computed from np.linalg.pinv's result and holds an entry at rounding-noise level"
    ),
    (
      ">>> np.random.seed(0)\n>>> A = np.random.randn(4, 4)", "np.round(np.linalg.inv(A) - np.linalg.pinv(A), 10)",
      "np.round of this array, computed from np.linalg.pinv's result, rounds an entry at rounding-noise level"
    ),
    (
      ">>> np.random.seed(1)\n>>> X = np.random.randn(6, 6)",
      "print(np.linalg.inv(X.T @ X) @ X.T - np.linalg.inv(X))",
      "computed from np.linalg.inv's result and holds an entry at rounding-noise level"
    ),
    (
      ">>> import random\n>>> random.seed()", "random.random()", "random.seed() without a seed seeds from the operating"
    ),
    (">>> import random\n>>> random.seed(None)", "random.choice([1, 2, 3])", "random.seed() without a seed"),
    (">>> import random\n>>> r = random.Random()", "r.random()", "random.Random() without a seed seeds from the"),
    ("", "np.str_('ab').T", "np.str_'s NumPy scalar attribute T is not part of the snippet language"),
    ("", "np.str_('ab').reshape(1)", "np.str_'s NumPy scalar attribute reshape"),
    ("", "np.array(['a', 'b'], ndmin=2)", "np.array(…, ndmin=…) of strings, bytes or other non-numeric values"),
    ("", "np.array([1, 2], copy=False, ndmin=2)", "np.array(…, copy=False, ndmin=…) is not supported"),
    (
      ">>> c = np.arange(6).reshape(2, 3)", "np.zeros_like(c.T, order='C')",
      "np.zeros_like(a, order='C') of an array whose memory order differs"
    ),
    (">>> import array\n>>> a = array.array('d', [1.0])", "a * np.int64(2)", "multiplying an array.array by a NumPy"),
  ]

  /// A refused statement that can have drawn only from Python's random module (after `random.seed()`) leaves
  /// NumPy's global stream known: its next draw is the one a fresh chapter makes (checked against NumPy in the
  /// fixtures of `np.random`); one that names `np.random` leaves both unknown.
  @Test func pythonsRandomLeavesNumpysStreamAlone() throws {
    let setup = ">>> import random\n>>> random.seed()\n>>> x = [random.random() for i in range(3)]"
    let fresh = try RefusalProbe.output("", "np.random.rand()")
    #expect(!fresh.contains("Error"), "\(fresh)")
    #expect(try RefusalProbe.output(setup, "np.random.rand()") == fresh)
    try RefusalProbe.expectRefused(
      setup + "\n>>> y = np.random.rand() + random.random()", "np.random.rand()",
      saying: "NumPy's global random state has no known state here")
  }

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
