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
