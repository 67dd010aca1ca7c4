import Testing

@testable import Snippets

/// What the reach probe's session-27 corpus "python-library" (CPython's library reference pages) showed docbuild
/// printing otherwise, now refused by name: a bytearray written through a memoryview made of it (refused, so the
/// bytearray printed unchanged); a dict view's `mapping`; a function's special attributes other than `__doc__`,
/// `__module__` and `__wrapped__`; functools.wraps with `assigned=`/`updated=`; of `fractions.Fraction`, a dict keyed
/// by one (its `hash()` runs since session 34), a NumPy operand, also in `from_decimal`; statistics' NumPy data and
/// functions not written (`NormalDist`, `covariance`). What docbuild now runs is
/// checked against CPython in `Fixtures/interpreter/210-reach27a-ranges-ord-bytes-function-attributes.txt`,
/// `211-reach27a-fractions.txt`, `212-reach27a-number-special-methods.txt` and `213-reach27a-statistics.txt`.
struct Reach27aRefusalTests {
  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> data = bytearray(b'abc')\n>>> v = memoryview(data)", "data", "has no value here", "NameError"),
    (">>> data = bytearray(b'abc')\n>>> memoryview(data)[0] = 65", "data", "has no value here", "NameError"),
    (">>> d = {'a': 1}", "d.values().mapping", "'dict_values' objects' attribute 'mapping'", "NotImplementedError"),
    (">>> d = {'a': 1}", "d.items().mapping", "'dict_items' objects' attribute 'mapping'", "NotImplementedError"),
    (
      ">>> def f(x=1):\n...     return x\n...", "f.__defaults__ = (2,)", "function's __defaults__",
      "NotImplementedError"
    ),
    (">>> def f():\n...     pass\n...", "f.__globals__ = {}", "function's __globals__", "NotImplementedError"),
    (
      ">>> import functools",
      "@functools.wraps(len, assigned=())\n... def f():\n...     pass\n...", "wraps with assigned=",
      "NotImplementedError"
    ),
    (
      ">>> import functools\n>>> class C:\n...     pass\n...",
      "@functools.wraps(C)\n... def f():\n...     pass\n...", "functools.wraps of a type",
      "NotImplementedError"
    ),
    ("", "range(10**7).index(3.5)", "searching a range of more than", "NotImplementedError"),
    (">>> from fractions import Fraction", "{Fraction(1, 2): 1}", "defines __hash__", "NotImplementedError"),
    (">>> from fractions import Fraction", "Fraction(1, 2) + np.int64(1)", "NumPy int64", "NotImplementedError"),
    (">>> from fractions import Fraction", "np.float64(0.5) + Fraction(1, 2)", "NumPy float64", "NotImplementedError"),
    (">>> from fractions import Fraction", "Fraction(np.int64(3))", "NumPy int64", "NotImplementedError"),
    (
      ">>> from fractions import Fraction", "Fraction.from_decimal(np.int64(1))", "from_decimal of a NumPy int64",
      "NotImplementedError"
    ),
    (">>> from fractions import Fraction", "Fraction(1, 4) ** 1j", "complex **", "NotImplementedError"),
    (
      ">>> import math\n>>> from fractions import Fraction", "math.gcd(Fraction(1), 2)", "math.gcd of a Fraction",
      "NotImplementedError"
    ),
    (">>> import fractions", "fractions.Decimal", "fractions.Decimal", "NotImplementedError"),
    (">>> import statistics", "statistics.NormalDist(0, 1)", "statistics.NormalDist", "NotImplementedError"),
    (">>> import statistics", "statistics.covariance([1, 2], [3, 4])", "statistics.covariance", "NotImplementedError"),
    (">>> import statistics", "statistics.mean(np.array([1.0, 2.0]))", "NumPy array", "NotImplementedError"),
    (">>> import statistics", "statistics.mean([np.float64(1.0)])", "NumPy float64", "NotImplementedError"),
    (">>> import textwrap", "textwrap._whitespace_only_re", "textwrap._whitespace_only_re", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
