/// Python's `dir(x)` where CPython 3.11 and NumPy 2.4 list the same names in every process: the modules and builtin
/// types whose every attribute, private ones included, `PythonNames` holds (`interpreter/76` checks each against CPython's
/// `dir`). Other values are refused by `refusal`.
enum DirListing {
  /// Modules whose `PythonNames.modules` list is the whole of their `dir()`: they have no private names.
  static let completeModules: Set<String> = ["math", "array", "numpy.char", "numpy.strings"]

  /// Builtin types whose `PythonNames.types` list is the whole of their `dir()`.
  static let completeTypes: Set<String> = [
    "str", "bytes", "list", "dict", "set", "tuple", "int", "float", "bool", "complex", "numpy.ndarray",
  ]

  /// `dir(object())` in CPython 3.11: what every object has.
  static let objectNames: Set<String> = [
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
  ]

  /// What `type` adds to `dir(object())` in CPython 3.11, every class having them (`__abstractmethods__` aside).
  static let typeNames: Set<String> = [
    "__annotations__", "__base__", "__bases__", "__basicsize__", "__call__", "__dict__", "__dictoffset__",
    "__flags__", "__instancecheck__", "__itemsize__", "__module__", "__mro__", "__name__", "__or__", "__prepare__",
    "__qualname__", "__ror__", "__subclasscheck__", "__subclasses__", "__text_signature__", "__weakrefoffset__", "mro",
  ]

  /// What a class statement without `__slots__` gives its class's namespace in CPython (`__doc__` None without a
  /// docstring), found by `dir` on the class and its instances.
  static let classStatementNames: Set<String> = ["__dict__", "__doc__", "__module__", "__weakref__"]

  /// `dir(value)`'s names in CPython's order (sorted by code point), or nil where snippets do not know them all.
  static func names(of value: Value) -> [String]? {
    let names: Set<String>?
    switch value {
    case .module(let name) where completeModules.contains(name): names = PythonNames.modules[name]
    case .function(let name) where completeTypes.contains(name): names = PythonNames.types[name]
    case .object(let object) where object.array == nil:
      names = classNames(object.type).map { $0.union(object.attributes.keys) }
    default: names = typeOfInstance(value).flatMap { PythonNames.types[$0] }
    }
    return names?.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }

  /// The names `dir` finds through a snippet's plain class (its attributes and its ancestors', and what every class
  /// statement and `object` give), or nil for a class whose namespace snippets do not hold as CPython's: one made
  /// by a standard-library module (`dataclasses`, `collections`), an exception, one with annotations (CPython
  /// adds `__annotations__`), `__slots__` or its own `__dir__`.
  private static func classNames(_ type: ClassBox) -> Set<String>? {
    var names = objectNames.union(classStatementNames)
    for box in [type] + type.ancestors {
      guard box.module == "__main__", box.emulates == nil, box.exceptionBase == nil, box.annotations.isEmpty,
        box.attributes["__dir__"] == nil, box.attributes["__slots__"] == nil
      else { return nil }
      names.formUnion(box.attributes.keys)
    }
    return names
  }

  /// True for a value of Python's own builtin types (`str`, `list`, `int` …), whose `__class__` is `type(value)`.
  static func isPlainBuiltin(_ value: Value) -> Bool {
    switch value {
    case .tensor: false
    default: typeOfInstance(value) != nil
    }
  }

  /// The builtin type of a value whose `dir()` is its type's (these types give instances no attributes of their own).
  private static func typeOfInstance(_ value: Value) -> String? {
    switch value {
    case .string: "str"
    case .bytes: "bytes"
    case .list: "list"
    case .dict: "dict"
    case .set(let box) where !box.isFrozen: "set"
    case .tuple(let items) where items.namedType == nil: "tuple"
    case .int, .bigInt: "int"
    case .float: "float"
    case .bool: "bool"
    case .complex: "complex"
    case .tensor(let tensor) where !tensor.isScalar: "numpy.ndarray"
    default: nil
    }
  }

  /// Why `dir(value)` is refused.
  static func refusal(_ value: Value?) -> PythonError {
    guard let value else {
      return PythonError.limit(
        "dir() without an argument lists the REPL's own names (__builtins__, __loader__, …), which differ between "
          + "Python sessions and docbuild: pass the object whose attributes you want, such as dir(math)")
    }
    return PythonError.limit(
      "dir() of a \(value.typeName) is not supported in snippets: they list the attributes of math, array, "
        + "np.char, np.strings, str, bytes, int, float, bool, complex, list, tuple, dict, set and np.ndarray "
        + "(and their values) and of objects of a snippet's plain classes, whose every name they know")
  }
}
