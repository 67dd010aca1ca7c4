import Testing

@testable import Snippets

/// What `autograd.numpy` has that snippets do not show as autograd would is refused, never printed as NumPy's: its
/// integer types are subclasses of its own (`anp.int32(3)` is `IntdtypeSubclass(3)` under autograd), its own helper
/// names (`anp.wrap_namespace`), and a `from autograd.numpy import` of a name it leaves out, whose ImportError names
/// the module's file. Its functions for NumPy's callables (`primitive(np.sin)`) print with their address and have
/// attributes of autograd's, so echoing or printing one, and those attributes, are refused: docbuild echoed
/// `<ufunc 'sin'>`. The names it leaves out and its module names in errors are checked against autograd in
/// `Fixtures/interpreter/105-autograd-numpy-namespace.txt`, its functions as values in
/// `162-session31-autograd-numpy-functions.txt`.
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

  /// autograd's functions print as `<function primitive.<locals>.f_wrapped at 0x…>`, never as NumPy's ufunc.
  @Test(arguments: [
    "anp.sin", "anp.add", "npr.randn", "anp.linalg.inv", "print(anp.exp)", "str(anp.tanh)", "f'{anp.maximum}'",
    "[anp.sin, anp.cos]", "{'f': anp.sin}", "anp.sin.__call__",
  ])
  func aFunctionOfAutogradsIsNotPrinted(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "memory address")
  }

  /// `fun` is NumPy's ufunc, `__doc__` NumPy's text, `__module__` and `__qualname__` autograd's own.
  @Test(arguments: ["anp.sin.fun", "anp.sin.__doc__", "anp.dot.__module__", "anp.sin.__qualname__", "anp.sin.__code__"])
  func aFunctionOfAutogradsAttributesAreRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "autograd.numpy's functions")
  }

  /// As a class attribute read through an instance, autograd's function binds the instance (NumPy's ufunc does not).
  @Test func aFunctionOfAutogradsBoundToAnInstanceIsRefused() throws {
    try RefusalProbe.expectRefused(
      Self.setup + ">>> class Net:\n...     act = anp.tanh\n...\n", "Net().act(0.5)", saying: "staticmethod")
  }

  /// CPython's message names the file of autograd's module, which differs between machines.
  @Test(arguments: ["from autograd.numpy import mgrid", "from autograd.numpy import s_, dot"])
  func importOfANameItLeavesOutIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "autograd.numpy", as: "ImportError")
  }
}
