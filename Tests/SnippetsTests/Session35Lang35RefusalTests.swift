import Testing

@testable import Snippets

/// Where session 35's weak references, generator throws and context managers stop: a weak reference is answered
/// only while the program's names reach its object (CPython frees an unreachable one at a moment snippets do not
/// follow), and what acts when CPython frees an object is refused by name. What docbuild runs is checked against
/// CPython in `Fixtures/interpreter/300-…` to `303-…` (make_session35_lang35_fixtures.py).
struct Session35Lang35RefusalTests {
  static let plainClass = ">>> import weakref\n>>> class A:\n...     pass\n..."

  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    // Freed at once in CPython (a temporary), and freed or not (a name deleted): never answered None by a guess.
    (plainClass, "weakref.ref(A())()", "whose object no name of the program reaches", "NotImplementedError"),
    (
      plainClass + "\n>>> a = A()\n>>> r = weakref.ref(a)\n>>> del a", "r()",
      "whose object no name of the program reaches", "NotImplementedError"
    ),
    // In a reference cycle no name reaches: CPython frees it at its next garbage collection.
    (
      plainClass + "\n>>> a = A()\n>>> a.me = a\n>>> r = weakref.ref(a)\n>>> del a", "r() is None",
      "whose object no name of the program reaches", "NotImplementedError"
    ),
    (plainClass + "\n>>> a = A()", "weakref.ref(a, print)", "weakref.ref with a callback", "NotImplementedError"),
    (plainClass + "\n>>> a = A()", "repr(weakref.ref(a))", "shows memory addresses", "NotImplementedError"),
    (plainClass, "weakref.ref(np.zeros(2))", "weakref.ref of a 'numpy.ndarray' object", "NotImplementedError"),
    (plainClass, "weakref.ref(A)", "weakref.ref of a 'type' object", "NotImplementedError"),
    (plainClass, "weakref.WeakValueDictionary()", "weakref.WeakValueDictionary is not part", "NotImplementedError"),
    (plainClass, "weakref.proxy(A())", "weakref.proxy is not part", "NotImplementedError"),
    (">>> import contextlib", "contextlib.ExitStack()", "contextlib.ExitStack is not part", "NotImplementedError"),
    // CPython's docstrings are its own text: the standard library's classes and functions snippets write in their
    // own Python refuse theirs rather than answer None.
    (
      ">>> import contextlib", "contextlib.contextmanager.__doc__", "the docstring of contextlib.contextmanager",
      "NotImplementedError"
    ),
    (">>> import contextlib", "contextlib.nullcontext.__doc__", "nullcontext.__doc__", "NotImplementedError"),
    (">>> import contextlib", "contextlib.suppress().__doc__", "attribute '__doc__'", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
