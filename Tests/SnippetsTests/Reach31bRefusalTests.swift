import Testing

@testable import Snippets

/// What reach31b took into the language stops where CPython's answer is out of reach, refused by name: a C module's
/// private name (`sys._getframe`), a scanner asked again after an empty match, a `map` asked again after its function
/// raised StopIteration, `randrange` with a step over ints past 64 bits. And what a refused statement would have done
/// is forgotten: the name a refused decorated `def` binds, the names a refused `for` block binds or changes, the
/// object a method passed to a refused call belongs to, and what a refused function's body mentions when a later
/// statement calls it. What runs is checked against CPython in `Fixtures/interpreter/123-…` to `126-reach31b-…`
/// (`make_reach31b_fixtures.py`).
struct Reach31bRefusalTests {
  /// A generator function snippets refuse (a `yield` inside a `finally` block), which appends to `log` and calls
  /// `after()` as it runs.
  static let refusedGenerator =
    ">>> def g(after):\n...     try:\n...         pass\n...     finally:\n...         log.append(1)\n"
    + "...         after()\n...         yield 1\n..."

  /// (setup, statement, words the refusal says, its type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> import sys", "sys._getframe(0)", "sys._getframe is not part of the snippet language", "NotImplementedError"),
    ("", "from itertools import _tee", "itertools._tee is not part", "NotImplementedError"),
    (
      ">>> import re\n>>> s = re.compile('a*').scanner('ba')\n>>> s.match()", "s.match()",
      "a scanner asked again after an empty match", "NotImplementedError"
    ),
    (
      ">>> m = map(next, [iter([]), iter([1])])\n>>> list(m)", "next(m)",
      "whose function raised StopIteration", "NotImplementedError"
    ),
    (
      ">>> import random", "random.randrange(0, 10**30, 2)", "with a step and a bound past 64 bits",
      "NotImplementedError"
    ),
    // The def is refused (a `yield` inside an expression): the name its decorator line precedes is forgotten.
    (
      ">>> @staticmethod\n... def tally():\n...     print('%s' % (yield))\n...", "tally", "has no value here",
      "NameError"
    ),
    // A block the parser refuses (`class K(**{})`) runs in Python: what its body binds or changes is unknown.
    (
      ">>> total = 0\n>>> for i in range(2):\n...     total += 1\n...     class K(**{}): pass\n...", "total",
      "has no value here", "NameError"
    ),
    (
      ">>> total = 0\n>>> for i in range(2):\n...     total += 1\n...     class K(**{}): pass\n...", "i",
      "has no value here", "NameError"
    ),
    // A refused call handed `f.close` on: f may be closed.
    (
      ">>> from io import StringIO\n>>> f = StringIO()\n>>> log = []\n>>> after = f.close\n" + refusedGenerator
        + "\n>>> list(g(after))", "f.closed", "has no value here", "NameError"
    ),
    // The refused function's body appends to `log`: calling it may have changed log.
    (
      ">>> log = []\n>>> after = print\n" + refusedGenerator + "\n>>> list(g(after))", "log", "has no value here",
      "NameError"
    ),
    // print(..., file=f) and f.write in a refused statement write into f.
    (
      ">>> from io import StringIO\n>>> f = StringIO()\n>>> x = 1\n>>> print(id(x), file=f)",
      "f.getvalue()", "has no value here", "NameError"
    ),
  ]

  @Test(arguments: refused)
  func beyondReach31bIsRefused(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
