import Testing

@testable import Snippets

/// What typing's aliases do in CPython that snippets' `typing` does not model, refused by name rather than raising an
/// error CPython never raises: isinstance() and issubclass() with an alias (CPython answers from its origin), an alias
/// given the wrong number of arguments, subscripted twice or over a TypeVar's substitution, `Any[...]`, an alias
/// showing a class that is not one of Python's builtins (CPython names its module), and a name of `typing.__all__`
/// that snippets' typing lacks after `from typing import *`. What runs is checked against CPython in
/// `Fixtures/interpreter/160-reach25b-typing-aliases.txt`.
struct Reach25bRefusalTests {
  static let typing = ">>> from typing import *"

  /// (setup, statement, words the refusal says, its Python type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (typing, "isinstance([], List)", "isinstance() with a typing alias", "NotImplementedError"),
    (typing, "isinstance(3, Union[int, str])", "isinstance() with a typing alias", "NotImplementedError"),
    (typing, "isinstance(3, (float, Optional[int]))", "isinstance() with a typing alias", "NotImplementedError"),
    (typing, "issubclass(bool, Union[int, str])", "issubclass() with a typing alias", "NotImplementedError"),
    (typing, "List[int, str]", "typing.List with 2 arguments", "NotImplementedError"),
    (typing, "Dict[int]", "typing.Dict with 1 arguments", "NotImplementedError"),
    (typing, "List[int][str]", "typing.List[...][...]", "NotImplementedError"),
    (typing, "Any[int]", "typing.Any[...]", "NotImplementedError"),
    (typing, "Optional[int, str]", "typing.Optional of several types", "NotImplementedError"),
    (typing, "List[3]", "typing.List[...] of int values", "NotImplementedError"),
    (typing, "List[np.float64]", "typing showing the class float64", "NotImplementedError"),
    (
      ">>> from typing import *\n>>> class Node:\n...     pass\n...", "Optional[Node]", "typing showing the class Node",
      "NotImplementedError"
    ),
    (typing, "Literal[1.5]", "typing.Literal[...] of float values", "NotImplementedError"),
    (typing, "Literal[()]", "typing.Literal[()]", "NotImplementedError"),
    (typing, "Iterable.__origin__", "typing.Iterable.__origin__", "NotImplementedError"),
    (typing, "Iterable()", "typing.Iterable()", "NotImplementedError"),
    (typing, "TypedDict", "binds 'TypedDict' in Python, and snippets' typing has no", "NameError"),
    (typing, "TypeVarTuple", "snippets' typing has no 'TypeVarTuple'", "NameError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }
}
