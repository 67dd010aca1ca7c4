import Testing

@testable import Snippets

/// What session 33's runtime-checkable protocols leave refused, by name, where CPython's answer depends on more than
/// snippets model: a protocol with a data member or a property (CPython's checks then depend on the caller's
/// module), one naming `__hash__`, classes and values whose namespaces snippets do not hold as CPython's, a generic
/// protocol beside other bases and subscripting a protocol that is not generic. What runs is checked against CPython
/// in `Fixtures/interpreter/192-lang33-memoryview-release.txt` and `193-lang33-runtime-protocols.txt`.
struct Lang33RefusalTests {
  static let picker = """
    >>> from typing import Protocol, runtime_checkable, TypeVar, SupportsAbs
    >>> import numpy as np
    >>> @runtime_checkable
    ... class Picker(Protocol):
    ...     def pick(self): ...
    ...
    """

  static let sized = """
    >>> from typing import Protocol, runtime_checkable
    >>> @runtime_checkable
    ... class Named(Protocol):
    ...     name: str
    ...
    >>> @runtime_checkable
    ... class Shown(Protocol):
    ...     @property
    ...     def shown(self): ...
    ...
    >>> @runtime_checkable
    ... class Hashing(Protocol):
    ...     def __hash__(self): ...
    ...
    >>> class Thing:
    ...     name = 'x'
    ...
    """

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (sized, "isinstance(Thing(), Named)", "whose member name is not a method"),
    (sized, "issubclass(Thing, Named)", "whose member name is not a method"),
    (sized, "isinstance(Thing(), Shown)", "whose member shown is not a method"),
    (sized, "isinstance(Thing(), Hashing)", "a protocol naming __hash__"),
    (picker, "isinstance(np.arange(3), Picker)", "isinstance() of a value of type numpy.ndarray with a protocol"),
    (picker, "issubclass(np.float64, Picker)", "issubclass() of numpy.float64 with a protocol"),
    (picker, "issubclass(range, Picker)", "issubclass() of range with a protocol"),
    (
      picker + "\n>>> import collections\n>>> class Tally(collections.Counter):\n...     pass\n...",
      "issubclass(Tally, Picker)", "which derives from collections.Counter, with a protocol"
    ),
    (picker, "Picker[int]", "subscripting Picker (a typing.Protocol that is not generic)"),
    (
      picker + "\n>>> T = TypeVar('T')", "class Both(Picker, Protocol[T]):\n    pass",
      "a generic protocol (Protocol[...]) beside other bases"
    ),
    (picker, "runtime_checkable(3)", "runtime_checkable applied to a value of type int"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
