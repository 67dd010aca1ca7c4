import Testing

@testable import Snippets

/// Where lang32's generic aliases of collections' classes, `collections.UserList`, `collections.UserString`,
/// `memoryview` and `sys.hexversion` stop short of CPython, refused by name rather than printing something else:
/// `__mro__` of a class deriving from `ChainMap`, `UserList` or `UserString` (CPython's derive from collections.abc's
/// classes), `__orig_bases__` of a class deriving from a generic alias; a memoryview's repr (an address), one over a
/// bytearray or an array, given where CPython reads any buffer (`b'x' + view`), even inside `try`; sys.hexversion's
/// value and a comparison its patch release decides; `__slots__` beside an exception or an ndarray; a generator
/// stopped at a `yield` inside `try`/`finally` or `with` that outlives the statement, or is freed or closed there
/// (CPython runs the clean-up as it frees or closes it). What runs is checked against CPython in
/// `Fixtures/interpreter/164-lang32-collections-generic-aliases.txt` to `168-lang32-hexversion.txt`
/// (`make_lang32_fixtures.py`).
struct Lang32RefusalTests {
  static let environment =
    ">>> from collections import ChainMap\n>>> class Environment(ChainMap[str, int]):\n...     pass\n..."

  static let cleanUp =
    ">>> def gen():\n...     try:\n...         yield 1\n...         yield 2\n...     finally:\n...         print('done')\n..."
  static let managed =
    ">>> class M:\n...     def __enter__(self):\n...         return 1\n...     def __exit__(self, *args):\n"
    + "...         print('exit')\n...\n>>> def gen():\n...     with M() as one:\n...         yield one\n..."

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (environment, "Environment.__mro__", "__mro__ of a class deriving from collections.ChainMap"),
    (environment, "Environment.mro()", "mro of a class deriving from collections.ChainMap"),
    (environment, "Environment.__orig_bases__", "__orig_bases__ of a class deriving from"),
    (">>> from collections import ChainMap", "ChainMap.__bases__", "__bases__ of a class deriving from"),
    (
      ">>> from collections import UserList\n>>> class Stack(UserList):\n...     pass\n...", "Stack.__mro__",
      "__mro__ of a class deriving from collections.UserList"
    ),
    (">>> from collections import UserString", "UserString.__bases__", "collections.UserString"),
    (">>> m = memoryview(b'ab')", "m", "a memoryview's repr (its memory address)"),
    (">>> m = memoryview(b'ab')", "print(m)", "a memoryview's repr (its memory address)"),
    ("", "memoryview(bytearray(b'ab'))", "a memoryview of a bytearray"),
    (">>> from array import array", "memoryview(array('d', [1.0]))", "a memoryview of an array"),
    ("", "memoryview(b'abcd').cast('B', (2, 2))", "memoryview.cast with a shape"),
    (">>> m = memoryview(b'ab')", "b'x' + m", "a memoryview where Python reads a bytes-like object"),
    (">>> m = memoryview(b'ab')", "b''.join([m])", "a memoryview where Python reads a bytes-like object"),
    (">>> m = memoryview(b'ab')", "int.from_bytes(m, 'big')", "a memoryview where Python reads a bytes-like object"),
    (
      ">>> m = memoryview(b'ab')", "try:\n...     b'x' + m\n... except TypeError:\n...     print('caught')\n...",
      "a memoryview where Python reads a bytes-like object"
    ),
    (
      ">>> class Mixin:\n...     pass\n...", "class Both(Mixin, dict):\n...     pass\n...",
      "derives from several classes, one of them the built-in dict"
    ),
    (
      ">>> from collections import Counter, OrderedDict", "class Two(Counter, OrderedDict):\n...     pass\n...",
      "derives from several classes"
    ),
    (
      ">>> from collections import Counter\n>>> class Slotted:\n...     __slots__ = ('a',)\n...",
      "class Both(Slotted, Counter):\n...     pass\n...", "derives from several classes"
    ),
    (">>> class E(ValueError):\n...     pass\n...", "class F(E):\n...     __slots__ = ()\n...", "__slots__ in a class"),
    (
      ">>> import numpy as np", "class A(np.ndarray):\n...     __slots__ = ()\n...",
      "__slots__ in a class deriving from the built-in numpy.ndarray"
    ),
    (cleanUp, "g = gen(); next(g)", "is alive after this statement"),
    (managed, "g = gen(); next(g)", "is alive after this statement"),
    (cleanUp, "next(gen())", "was freed here"),
    (managed, "next(gen())", "was freed here"),
    (cleanUp, "for x in gen():\n...     break\n...", "was freed here"),
    (cleanUp + "\n>>> def f():\n...     g = gen()\n...     return next(g)\n...", "f()", "was freed here"),
    (cleanUp, "g = gen(); next(g); 1 / 0", "is alive after this statement"),
    // The refused `next(g)` leaves g unknown (RefusedStatementEffectsTests): freeing it is refused at the next
    // statement, before its close() would be.
    (cleanUp + "\n>>> g = gen()\n>>> next(g)", "g.close()", "generator stopped at a yield"),
    (cleanUp + "\n>>> g = gen()\n>>> next(g)", "g = None", ""),
    (
      ">>> def over_list():\n...     yield from [1, 2, 3]\n...\n>>> o = over_list()\n>>> next(o)", "o.send(5)",
      "send() of a value to a `yield from` over anything but a generator"
    ),
    (
      ">>> class T:\n...     @property\n...     def c(self):\n...         return 0\n...     alias = c\n...",
      "T().c = 1", "a property the class body binds under several names (alias, c)"
    ),
    (">>> import sys", "sys.hexversion", "the value of sys.hexversion"),
    (">>> import sys", "hex(sys.hexversion)", "the value of sys.hexversion"),
    (">>> import sys", "print(sys.hexversion)", "the value of sys.hexversion"),
    (">>> import sys", "sys.hexversion >> 16", "arithmetic on sys.hexversion"),
    (">>> import sys", "sys.hexversion >= 0x030B0500", "sys.hexversion >= 0x30b0500"),
    (">>> import sys", "sys.hexversion == 3.11", "comparing sys.hexversion with a float"),
  ]

  /// hash() of any object but a number or a tuple of them is docbuild's own TypeError, which no transcript expects.
  @Test func hashOfAMemoryviewIsRefused() throws {
    try RefusalProbe.expectRefused("", "hash(memoryview(b'ab'))", saying: "snippets compute hash()", as: "TypeError")
  }

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
