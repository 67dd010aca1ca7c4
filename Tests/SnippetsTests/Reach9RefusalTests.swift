import Testing

@testable import Snippets

/// What the reach probe's ninth pass (issues 9 and 10) leaves refused, by name: `is` between equal numbers, strings,
/// tuples and NumPy scalars where CPython's answer depends on how it made them (constants of one statement, interning,
/// a new object per result) and the names were not bound one to the other at the top level; sys.version_info's patch
/// release; `dir()` of what snippets do not know every name of; autograd's tracer and vector spaces for new types.
/// What docbuild now runs is checked against CPython, NumPy and autograd in
/// `Fixtures/interpreter/76-reach9-identity-and-tutorial-refusals.txt`.
struct Reach9RefusalTests {
  static let ints = ">>> a = 1000\n>>> b = 1000"
  static let aliasInFunction = ">>> def same(a):\n...     b = a\n...     return a is b\n..."
  static let rebound = ">>> x = 1000\n>>> y = x\n>>> x += 0"
  static let tracer =
    ">>> from autograd.tracer import Node, trace\n>>> class N(Node):\n...     def initialize_root(self, x):\n"
    + "...         self.x = x\n...     def __init__(self, value, fun, args, kwargs, argnums, parents):\n"
    + "...         pass\n..."
  static let extend = ">>> from autograd.extend import Box, VSpace\n>>> class F:\n...     pass\n..."

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (ints, "a is b", "CPython 3.11 keeps one object only for the ints -5 to 256"),
    (ints, "a is not b", "constants of one statement"),
    ("", "1000 is 1000", "two equal int values"),
    ("", "2 ** 100 is 2 ** 100", "two equal int values"),
    (rebound, "x is y", "two equal int values"),
    (aliasInFunction, "same(1000)", "two equal int values"),
    (">>> L = [1000]", "L[0] is L[0]", "two equal int values"),
    ("", "1.5 is 1.5", "CPython makes a new float for each result"),
    (">>> x = float('nan')\n>>> y = float('nan')", "x is y", "two equal float values"),
    ("", "1j is 1j", "two equal complex values"),
    ("", "'abc' is 'abc'", "CPython interns some str constants"),
    ("", "'ab'[0] is 'a'", "identifier-like ones, single characters"),
    ("", "'' is ''", "two equal str values"),
    ("", "b'x' is b'x'", "two equal bytes values"),
    ("", "(1, 2) is (1, 2)", "CPython folds a tuple of constants into one object per statement"),
    ("", "divmod(17, 5) is (3, 2)", "two equal tuple values"),
    (">>> L = [1]", "(L,) is (L,)", "two equal tuple values"),
    ("", "np.float64(1.5) is np.float64(1.5)", "NumPy makes a new scalar for each result"),
    (">>> a = np.arange(3)", "a[0] is a[0]", "NumPy makes a new scalar"),
    (">>> import sys", "sys.version_info", "the repr of sys.version_info"),
    (">>> import sys", "print(sys.version_info)", "the patch release of CPython 3.11"),
    (">>> import sys", "sys.version_info.micro", "sys.version_info.micro"),
    (">>> import sys", "sys.version_info[2]", "this item of sys.version_info"),
    (">>> import sys", "sys.version_info[:3]", "this item of sys.version_info"),
    (">>> import sys", "sys.version_info > (3, 11, 0)", "a tuple of three or more items"),
    (">>> import sys", "sys.version_info < (3, 'a')", "other items than numbers"),
    (">>> import sys", "sys.version_info.index(3)", "sys.version_info.index"),
    (">>> import sys", "sys.version", "sys.version is not part of the snippet language"),
    ("", "dir()", "dir() without an argument"),
    ("", "dir(np)", "dir() of a module"),
    (">>> import random", "dir(random)", "dir() of a module"),
    ("", "dir(np.float64(1.0))", "dir() of a numpy.float64"),
    ("", "dir(frozenset())", "dir() of a frozenset"),
    (">>> class C:\n...     pass\n...", "dir(C)", "dir() of a type"),
    (">>> class C:\n...     x: int = 1\n...", "dir(C())", "dir() of a C"),
    (">>> class E(Exception):\n...     pass\n...", "dir(E())", "dir() of a E"),
    (">>> from collections import Counter", "dir(Counter())", "dir() of a Counter"),
    (">>> class C:\n...     pass\n...", "C.__dict__", "C.__dict__ is not part of the snippet language"),
    ("", "getattr('x', '__len__')", "'str' objects' attribute '__len__' is not part of the snippet language"),
    ("", "getattr([], '__iter__', None)", "'list' objects' attribute '__iter__'"),
    (tracer, "trace(N.new_root(1.0), lambda x: x * 2, 1.0)", "autograd.tracer.trace with a snippet's own Node"),
    (extend, "Box.register(F)", "autograd.extend.Box.register (differentiating a new type of value)"),
    (extend, "VSpace.register(F)", "autograd.extend.VSpace.register (a vector space for a new type of value)"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
