import Testing

@testable import Snippets

/// CPython prints a module that is not frozen or built in with its file's path (`<module 'numpy' from '…'>`), which
/// differs between machines: echoing or printing one is refused as docbuild's limit, naming the module, and never
/// accepted as expected output. The modules CPython prints by name alone are checked against CPython in
/// `Fixtures/interpreter/45-reach10-modules-and-annotations.txt`.
struct ModuleEchoRefusalTests {
  static let setup = """
    >>> import math, random, collections, functools, numpy.random
    >>> import matplotlib.pyplot as plt
    """

  static let refused: [(statement: String, module: String)] = [
    ("np", "numpy"), ("math", "math"), ("random", "random"), ("collections", "collections"),
    ("functools", "functools"), ("numpy.random", "numpy.random"), ("np.linalg", "numpy.linalg"),
    ("plt", "matplotlib.pyplot"), ("[np]", "numpy"), ("(1, math)", "math"), ("{'m': random}", "random"),
    ("print(np)", "numpy"), ("str(math)", "math"), ("repr(np)", "numpy"), ("f'{np}'", "numpy"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, module: String) throws {
    let output = try RefusalProbe.unacceptedOutput(Self.setup, statement)
    #expect(output.contains("NotImplementedError: the module \(module) is not shown"), "\(statement) printed \(output)")
  }
}

/// CPython lets a program replace a module's attribute (`os.getcwd = getcwd` in Think Python, chapter 13) and prints
/// nothing; docbuild's modules cannot change, so the assignment is its limit, which no transcript can record as
/// expected output (it was an AttributeError, which one could).
struct ModuleAttributeAssignmentRefusalTests {
  static let setup = """
    >>> import os, math, collections
    >>> import numpy.random as npr
    >>> def getcwd():
    ...     return '/home/dinsdale'
    ...
    """

  @Test(arguments: [
    ("os.getcwd = getcwd", "os"), ("math.pi = 3", "math"), ("np.e = 2", "numpy"), ("npr.seed = print", "numpy.random"),
    ("collections.Counter = dict", "collections"),
  ])
  func isRefusedAsDocbuildsLimit(statement: String, module: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "snippets cannot change module '\(module)'")
  }
}

/// CPython's modules written in Python hold private helpers snippets do not list (`heapq._heapify_max`,
/// `heapq._siftdown`, `random._inst`): reading one is refused, never CPython's AttributeError, which such a module
/// would not raise. A C module's unknown private name stays an AttributeError (`array._RANGES`, fixture 48).
struct PrivateModuleNameRefusalTests {
  @Test(arguments: ["heapq._heapify_max", "heapq._siftdown", "random._inst", "collections._count_elements"])
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(
      ">>> import heapq, random, collections", statement, saying: "\(statement) is not part of the snippet language")
  }
}
