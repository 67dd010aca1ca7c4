import Testing

@testable import Snippets

/// What lang30 took into the language (abc.ABC, descriptors, `__getattr__`, writes into `__dict__`, metaclasses)
/// stops where CPython's answer is out of reach, refused by name: abc.ABCMeta's own attributes, a function's
/// `__annotations__` that functools.update_wrapper copies, a key other than a string written into an object's
/// `__dict__`, a metaclass's special methods other than `__new__`, `__init__` and `__call__`, calling a metaclass,
/// and a metaclass that is not a class deriving from `type`. What runs is checked against CPython in
/// `Fixtures/interpreter/278-lang30-abstract-classes.txt` to `281-lang30-metaclasses.txt` (`make_lang30_fixtures.py`).
struct Lang30RefusalTests {
  static let shape =
    ">>> from abc import ABC, abstractmethod\n>>> class Shape(ABC):\n...     @abstractmethod\n"
    + "...     def area(self):\n...         pass\n..."
  static let registry = ">>> class Registry(type):\n...     pass\n..."

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (shape, "Shape.register(int)", "Shape.register (abc.ABCMeta's) is not part"),
    (shape, "Shape.__abstractmethods__", "Shape.__abstractmethods__ (abc.ABCMeta's)"),
    (
      ">>> from abc import ABCMeta", "class M(metaclass=ABCMeta):\n...     pass\n...", "metaclass=<class 'abc.ABCMeta'>"
    ),
    (">>> from abc import ABCMeta", "ABCMeta('X', (), {})", "abc.ABCMeta is not part"),
    ("", "from abc import abstractproperty", "abstractproperty"),
    (">>> from abc import abstractmethod", "abstractmethod(staticmethod(len))", "abc.abstractmethod of anything"),
    (
      ">>> import functools\n>>> class W:\n...     def __init__(self, f):\n...         functools.update_wrapper(self, f)\n"
        + "...\n>>> def f(x) -> int:\n...     return x\n...\n>>> w = W(f)", "w.__annotations__",
      "a function's __annotations__"
    ),
    (
      ">>> import functools\n>>> def f():\n...     pass\n...", "functools.update_wrapper(f, f, assigned=())",
      "assigned="
    ),
    (">>> class Bag:\n...     pass\n...\n>>> bag = Bag()", "bag.__dict__[(1, 2)] = 3", "a key that is not a string"),
    ("", "class M(type):\n...     def __repr__(cls):\n...         return 'M'\n...", "metaclass M defines __repr__"),
    ("", "class M(type):\n...     def __len__(cls):\n...         return 0\n...", "defines __len__"),
    (registry, "Registry('X', (), {})", "calling the metaclass Registry"),
    ("", "class C(metaclass=3):\n...     pass\n...", "metaclass=3 is not part"),
    (
      registry + "\n>>> class C(metaclass=Registry):\n...     x: int = 1\n...", "C", "name 'C' has no value here"
    ),
    (
      ">>> class Wrong(type):\n...     def __new__(mcs, name, bases, ns):\n...         return 5\n...",
      "class C(metaclass=Wrong):\n...     pass\n...", "returning something other than the class"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    let output = try RefusalProbe.unacceptedOutput(setup, statement)
    #expect(output.contains(words), "\(statement) printed \(output)")
  }
}
