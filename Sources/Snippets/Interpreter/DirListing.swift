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

  /// `dir(value)`'s names in CPython's order (sorted by code point), or nil where snippets do not know them all.
  static func names(of value: Value) -> [String]? {
    let names: Set<String>?
    switch value {
    case .module(let name) where completeModules.contains(name): names = PythonNames.modules[name]
    case .function(let name) where completeTypes.contains(name): names = PythonNames.types[name]
    default: names = typeOfInstance(value).flatMap { PythonNames.types[$0] }
    }
    return names?.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }

  /// The builtin type of a value whose `dir()` is its type's (these types give instances no attributes of their own).
  private static func typeOfInstance(_ value: Value) -> String? {
    switch value {
    case .string: "str"
    case .bytes: "bytes"
    case .list: "list"
    case .dict: "dict"
    case .set(let box) where !box.isFrozen: "set"
    case .tuple: "tuple"
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
        + "(and their values), whose every name they know")
  }
}
