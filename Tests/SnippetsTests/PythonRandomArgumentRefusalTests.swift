import Testing

@testable import Snippets

/// What Python's `random` functions refuse: an argument they would do arithmetic on that is not a Python number
/// (CPython raises whatever the first failing operation raises, `unsupported operand type(s) for /: 'float' and
/// 'str'`, where main printed a conversion's `must be real number`), a count of positional arguments (CPython counts
/// its hidden Random instance), a wrong call of `random()` or `getrandbits()` (C methods), and a NaN or infinite
/// parameter of the rejection samplers. What they compute, and the binding errors they word as CPython does
/// (`Random.uniform() missing 1 required positional argument: 'b'`), is checked against CPython in
/// `Fixtures/interpreter/223-session34-none-fill-and-random-variates.txt`.
struct PythonRandomArgumentRefusalTests {
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> import random", "random.expovariate('a')", "random.expovariate with a str argument"),
    (">>> import random", "random.uniform('a', 2)", "random.uniform with a str argument"),
    (">>> import random", "random.gauss(None)", "random.gauss with a NoneType argument"),
    (">>> import random", "random.gammavariate(np.float64(2.0), 1.0)", "with a numpy.float64 argument"),
    (">>> import random", "random.uniform(1, 2, 3)", "counts the hidden Random instance"),
    (">>> import random", "random.gauss(0, 1, 2)", "counts the hidden Random instance"),
    (">>> import random", "random.random(1)", "calling random.random with these arguments"),
    (">>> import random", "random.getrandbits()", "calling random.getrandbits with these arguments"),
    (">>> import random", "random.gammavariate(float('nan'), 1.0)", "infinite or NaN parameter"),
    (">>> import random", "random.vonmisesvariate(0.0, float('inf'))", "infinite or NaN parameter"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
