import Testing

@testable import Snippets

/// What reach32a took into the language stops where CPython's text is out of reach, refused by name: str() and repr()
/// of an itertools iterator (CPython's text holds its address, which only an echo or `print` may leave open), the
/// method-wrappers `__repr__` and `__str__` printed themselves (`<method-wrapper '__repr__' of list object at 0x…>`),
/// and a standard-library stand-in whose CPython text docbuild does not make (`functools.partial(<built-in function
/// print>)`), which it refused before naming `__main__`; and calling the class `function` (or `method`, `module`),
/// whose arguments CPython checks with messages of its own; the legacy `multinomial` with a float `n`, `pvals` of two
/// axes or of float32, or probabilities over what earlier outcomes left that pass 1 by rounding, and arrays of
/// `lognormal`'s and `laplace`'s parameters. What runs is checked against CPython in
/// `Fixtures/interpreter/112-reach32a-itertools-objects.txt` and `113-` to `115-reach32a-…`
/// (`make_reach32a_fixtures.py`).
struct Reach32aRefusalTests {
  /// (setup, statement, words the refusal says), refused as NotImplementedError.
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> import itertools", "str(itertools.chain([1]))", "prints as <itertools.chain object at 0x…>"),
    (">>> import itertools", "repr(itertools.combinations([1, 2], 1))", "<itertools.combinations object at 0x…>"),
    (">>> from itertools import groupby", "'%s' % (next(groupby('aa'))[1],)", "<itertools._grouper object at 0x…>"),
    (">>> from itertools import tee", "f'{tee([1])[0]}'", "<itertools._tee object at 0x…>"),
    ("", "[1, 2].__repr__", "memory address"),
    ("", "print((1).__str__)", "memory address"),
    (">>> import functools", "functools.partial(print)", "printing a functools.partial object is not supported"),
    ("", "type(lambda: 0)()", "calling the class function is not part of the snippet language"),
  ]

  /// (setup, statement, words the refusal says) of `np.random`, whose refusals are ValueErrors marked as docbuild's
  /// limit (RandomFunctions' `unsupported`).
  static let refusedDraws: [(setup: String, statement: String, words: String)] = [
    (">>> import numpy as np", "np.random.multinomial(2.5, [1])", "takes an int for n"),
    (">>> import numpy as np", "np.random.multinomial(3, [[0.5, 0.5]])", "one axis of float64 probabilities"),
    (
      ">>> import numpy as np", "np.random.multinomial(3, np.array([0.5, 0.5], dtype=np.float32))",
      "one axis of float64 probabilities"
    ),
    // 0.1 / (1 - 0.9) is 1.0000000000000002: NumPy's binomial draws with a probability past 1.
    (">>> import numpy as np", "np.random.multinomial(10, [0.9, 0.1, 0.0])", "no probability in [0, 1]"),
    (">>> import numpy as np", "np.random.lognormal([0, 1])", "arrays of parameters are not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  @Test(arguments: refusedDraws)
  func drawIsRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: "ValueError")
  }
}
