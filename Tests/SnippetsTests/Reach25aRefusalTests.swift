import Testing

@testable import Snippets

/// What the reach probe's session-25 corpora (gto76's Python cheatsheet, wtfpython) showed docbuild printing
/// otherwise, now refused by name: a typing.NamedTuple class using a private name (other classes' run renamed since
/// session 30: `self.__honey` is `_Yo__honey`, fixture 253), a loop over a dict or set whose body added and deleted keys in equal numbers (CPython's next step
/// depends on its hash table), subscripting a builtin class that has `__class_getitem__` or is NumPy's, and an
/// attribute of a builtin class whose attributes snippets do not list. What docbuild now runs is checked against
/// CPython in `Fixtures/interpreter/150-reach25a-builtin-classes-are-types.txt`,
/// `151-reach25a-containers-changed-while-iterated.txt` and `152-reach25a-except-names-and-bound-methods.txt`.
struct Reach25aRefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // Private names now run renamed as CPython renames them (fixture 253-reach30a-private-names); a typing.NamedTuple
    // class's stay refused, as CPython then refuses the renamed field names.
    (
      ">>> from typing import NamedTuple",
      "class P(NamedTuple):\n...     __x: int\n...", "which Python renames to '_P__x'"
    ),
    (">>> d = {1: 1, 2: 2}", "for k in d:\n...     del d[k]\n...     d[k + 5] = 0\n...", "hash table's layout"),
    (">>> s = {1, 2}", "for k in s:\n...     s.discard(k)\n...     s.add(k + 5)\n...", "the set a loop goes over"),
    (
      ">>> d = {1: 1, 2: 2}\n>>> it = iter(d)\n>>> next(it)\n>>> d[3] = 3\n>>> del d[1]", "next(it)",
      "keys added and deleted in equal numbers"
    ),
    ("", "np.ndarray[0]", "generic alias"),
    ("", "NoneType = type(None)\n>>> NoneType[0]", "subscripting the class NoneType"),
    ("", "ValueError.args", "the attributes of the class ValueError"),
    ("", "np.ndarray.shape", "numpy.ndarray.shape is not part of the snippet language (Python has it)"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A class named only with underscores mangles nothing in Python, and a name with two trailing underscores is not
  /// private: both run.
  @Test func namesPythonDoesNotMangleRun() throws {
    let outputs = RefusalProbe.outputs(
      of: """
        >>> class __:
        ...     __x = 1
        ...
        >>> class Ok:
        ...     def __init__(self):
        ...         self.__dunder__ = 1
        ...
        >>> __.__x, Ok().__dunder__
        """)
    #expect(outputs.last == "(1, 1)", "\(outputs)")
  }
}
