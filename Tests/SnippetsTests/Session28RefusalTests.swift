import Testing

@testable import Snippets

/// Where session 28's functions as dict keys and exceptions with object arguments stop: what CPython prints there
/// changes from run to run. A set of two functions iterates and prints in an order that follows their addresses; a
/// function's hash is derived from its address; a missing key or an exception argument whose repr holds an address
/// (a function, an instance without `__repr__`) is shown only by an echo or `print`, not in a traceback line. What
/// docbuild now runs is checked against CPython in `Fixtures/interpreter/246-session28-function-keys.txt`,
/// `247-session28-exception-object-arguments.txt`, `248-session28-dict-views-of-objects.txt`. A slice holds ints or
/// None in snippets, where CPython's holds any object.
struct Session28RefusalTests {
  static let functions = ">>> def f():\n...     pass\n...\n>>> def g():\n...     pass\n..."
  static let plainClass = ">>> class Q:\n...     pass\n..."

  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (
      functions, "for h in {f, g}:\n...     print(h.__name__)\n...", "iterates in CPython's hash-table order",
      "NotImplementedError"
    ),
    (functions, "list({f, g})", "iterates in CPython's hash-table order", "NotImplementedError"),
    (functions, "{f, g}", "prints in CPython's hash-table order", "NotImplementedError"),
    (functions, "hash(f)", "hash() of numbers", "TypeError"),
    (functions, "{f: 1}[g]", "memory address", "NotImplementedError"),
    (functions, "raise ValueError(f)", "memory address", "NotImplementedError"),
    (plainClass, "{}[Q()]", "define __repr__ in class Q", "NotImplementedError"),
    (plainClass, "raise KeyError((1, Q()))", "define __repr__ in class Q", "NotImplementedError"),
    (plainClass, "slice(Q())", "slice() takes ints or None", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
