import Testing

@testable import Snippets

/// What the `bisect` and `heapq` sources cannot word as CPython's C functions do, refused by name: a call whose
/// arguments do not bind (`heappush expected 2 arguments, got 1`, `bisect_right() missing required argument 'x' (pos
/// 2)`: each C function has its own wording), a sequence whose C lookups word their errors per type (a dict is "not a
/// sequence", a set "does not support indexing"), a `lo` or `hi` that is neither an int nor a type with a fixed
/// message, and the sources' own helpers, which CPython's modules do not have. (`type(itertools.product)`, refused here
/// while docbuild's was a function, is a class now: `Fixtures/interpreter/112-reach32a-itertools-objects.txt`.) What
/// runs is checked against CPython in `Fixtures/interpreter/144-session25-bisect.txt`.
struct Session25RefusalTests {
  /// (setup, statement, words the refusal says, its Python type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> import heapq", "heapq.heappush([])", "calling heapq.heappush with these arguments", "NotImplementedError"),
    (">>> import heapq", "heapq.heappop()", "calling heapq.heappop with these arguments", "NotImplementedError"),
    (">>> import bisect", "bisect.bisect_right([1])", "calling bisect.bisect_right", "NotImplementedError"),
    (">>> import bisect", "bisect.bisect([1], 2, 0, 1, 5)", "calling bisect.bisect_right", "NotImplementedError"),
    (">>> import bisect", "bisect.insort([1], 2, a=[3])", "calling bisect.insort_right", "NotImplementedError"),
    (">>> import bisect", "bisect.bisect({1: 1}, 1)", "bisect over a dict", "NotImplementedError"),
    (">>> import bisect", "bisect.bisect({1, 2}, 1)", "bisect over a set", "NotImplementedError"),
    (
      ">>> import bisect\n>>> import numpy as np", "bisect.bisect([1, 2], 1, np.int64(1))",
      "bisect with lo of type int64", "NotImplementedError"
    ),
    (">>> import dataclasses", "str(dataclasses.MISSING)", "whose address differs on every run", "NotImplementedError"),
    (">>> import operator", "operator.add(1)", "calling operator.add with these arguments", "NotImplementedError"),
    (">>> import functools", "functools.reduce()", "calling functools.reduce", "NotImplementedError"),
    (
      ">>> import bisect", "bisect._bounds", "bisect._bounds is not part of the snippet language", "NotImplementedError"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
