extension ModuleSources {
  /// The builtins `builtins` names as the snippet language has them: `from builtins import range` (python-future's
  /// idiom in code written for Python 2 and 3) binds the builtin itself. CPython's other builtins (`input`, `open`,
  /// `super`, ...) are refused by name when imported from it, and a module's attributes cannot be replaced.
  static let builtinNames = [
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "complex",
    "dict", "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "int",
    "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "oct", "ord", "pow",
    "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod",
    "str", "sum", "tuple", "type", "zip", "ArithmeticError", "AssertionError", "AttributeError", "Exception",
    "IndexError", "KeyError", "LookupError", "NameError", "NotImplementedError", "OverflowError", "RuntimeError",
    "StopIteration", "TypeError", "ValueError", "ZeroDivisionError",
  ]

  /// `builtins`' source: each name bound to the builtin of that name.
  static let builtins =
    builtinNames.map { "\($0) = __docbuild_builtin__('\($0)')" }.joined(separator: "\n") + "\n" + #"""
      def input(prompt=''):
          # Imported beside range (`from builtins import range, input`), it is refused only where a program asks.
          __docbuild_refuse__('input() is not part of the snippet language: a page cannot wait for what a reader types')
      """#
}
