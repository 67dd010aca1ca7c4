import Testing

@testable import Snippets

/// What `autograd.numpy` has that snippets do not show as autograd would is refused, never printed as NumPy's: its
/// integer types are subclasses of its own (`anp.int32(3)` is `IntdtypeSubclass(3)` under autograd), its own helper
/// names (`anp.wrap_namespace`), and a `from autograd.numpy import` of a name it leaves out, whose ImportError names
/// the module's file. The names it leaves out and its module names in errors are checked against autograd in
/// `Fixtures/interpreter/105-autograd-numpy-namespace.txt`.
struct AutogradNumpyRefusalTests {
  static let setup = """
    >>> import autograd.numpy as anp
    >>> import autograd.numpy.random as npr

    """

  static let refused: [String] = [
    "anp.int32(3)", "anp.int64", "anp.zeros(2, dtype=anp.int32)", "anp.issubdtype(anp.int8, anp.integer)",
    "isinstance(anp.arange(3)[0], anp.int_)", "anp.intp", "anp.intc", "anp.long", "anp.short", "anp.byte",
    "anp.int16", "anp.wrap_namespace", "anp.Box",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "autograd.numpy.")
  }

  /// CPython's message names the file of autograd's module, which differs between machines.
  @Test(arguments: ["from autograd.numpy import mgrid", "from autograd.numpy import s_, dot"])
  func importOfANameItLeavesOutIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "autograd.numpy", as: "ImportError")
  }
}
