import Testing

@testable import Snippets

/// What session 33's runtime-checkable protocols leave refused, by name, where CPython's answer depends on more than
/// snippets model: a protocol with a data member or a property (CPython's checks then depend on the caller's
/// module), one naming `__hash__`, classes and values whose namespaces snippets do not hold as CPython's, a generic
/// protocol beside other bases and subscripting a protocol that is not generic; and of snippet metaclasses' namespaces,
/// a `__prepare__` returning a mapping whose item methods CPython would call as the body runs, a body whose binding
/// order snippets do not keep, and a `__new__` changing more than plain data in the namespace it hands `type.__new__`.
/// What runs is checked against CPython in `Fixtures/interpreter/192-lang33-memoryview-release.txt`,
/// `193-lang33-runtime-protocols.txt` and `194-lang33-metaclass-namespaces.txt`.
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

  static let metaclasses = """
    >>> from collections import OrderedDict
    >>> class NoDup(OrderedDict):
    ...     def __setitem__(self, name, value):
    ...         if name in self:
    ...             raise TypeError(name + ' already defined')
    ...         super().__setitem__(name, value)
    ...
    >>> class Strict(type):
    ...     @classmethod
    ...     def __prepare__(mcs, name, bases):
    ...         return NoDup()
    ...
    >>> class Filled(type):
    ...     @classmethod
    ...     def __prepare__(mcs, name, bases):
    ...         return {'preset': 1}
    ...
    >>> class Unbound(type):
    ...     def __prepare__(name, bases):
    ...         return {}
    ...
    >>> class Seeing(type):
    ...     def __new__(mcs, name, bases, ns):
    ...         return super().__new__(mcs, name, bases, ns)
    ...
    >>> class Rebinding(type):
    ...     def __new__(mcs, name, bases, ns):
    ...         d = dict(ns)
    ...         d['x'] = 2
    ...         return super().__new__(mcs, name, bases, d)
    ...
    >>> class Adding(type):
    ...     def __new__(mcs, name, bases, ns):
    ...         d = dict(ns)
    ...         d['extra'] = lambda self: 1
    ...         return super().__new__(mcs, name, bases, d)
    ...
    >>> class Removing(type):
    ...     def __new__(mcs, name, bases, ns):
    ...         d = {key: value for key, value in ns.items() if key != 'x'}
    ...         return super().__new__(mcs, name, bases, d)
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
      picker + "\n>>> T = TypeVar('T')", "class Both(Picker, Protocol[T]):\n...     pass\n...",
      "a generic protocol (Protocol[...]) beside other bases"
    ),
    (picker, "runtime_checkable(3)", "runtime_checkable applied to a value of type int"),
    (metaclasses, "class A(metaclass=Strict):\n...     x = 1\n...", "a metaclass __prepare__ returning a 'NoDup'"),
    (metaclasses, "class A(metaclass=Filled):\n...     x = 1\n...", "a metaclass __prepare__ returning a 'dict'"),
    (
      metaclasses, "class A(metaclass=Unbound):\n...     x = 1\n...",
      "a metaclass __prepare__ that is not a classmethod"
    ),
    (
      metaclasses, "class A(metaclass=Seeing):\n...     x = 1\n...     del x\n...",
      "a class body with control flow, del or nested bindings"
    ),
    (
      metaclasses, "class A(metaclass=Seeing):\n...     if True:\n...         x = 1\n...",
      "a class body with control flow, del or nested bindings"
    ),
    (metaclasses, "class A(metaclass=Rebinding):\n...     x = 1\n...", "a metaclass __new__ that rebinds 'x'"),
    (
      metaclasses, "class A(metaclass=Adding):\n...     x = 1\n...",
      "a metaclass __new__ that adds the function or descriptor 'extra'"
    ),
    (metaclasses, "class A(metaclass=Removing):\n...     x = 1\n...", "a metaclass __new__ that leaves out 'x'"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
