/// How CPython checks the arguments of a builtin type's method before the method runs.
///
/// Each calling convention of CPython's C methods words its count and keyword errors its own way
/// (`str.lower() takes no arguments (1 given)`, `center expected at least 1 argument, got 0`,
/// `split() takes at most 2 arguments (3 given)`), and these checks come before any argument's type is looked at.
/// One table says which convention each method of str, list, dict, set, tuple, int and float has, so every method
/// words its errors as CPython does whatever its implementation binds afterwards.
enum MethodSignature: Sendable {
  /// `METH_NOARGS`: `str.lower() takes no arguments (1 given)`.
  case noArguments
  /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
  case oneArgument
  /// Argument Clinic, positional only (`_PyArg_CheckPositional`): `center expected at least 1 argument, got 0`.
  case positional(ClosedRange<Int>)
  /// `PyArg_ParseTuple`: `count() takes at least 1 argument (0 given)`.
  case parsedTuple(ClosedRange<Int>)
  /// Argument Clinic with keywords (`_PyArg_UnpackKeywords`): the parameters in order, how many of them are
  /// required, how many may be given by position (the rest are keyword only), and how many of those only by
  /// position (`sum(iterable, /, start=0)`).
  case keywords([String], required: Int, positional: Int, positionalOnly: Int = 0)
  /// Any number of positional arguments and no keywords (`set.union(*others)`).
  case variadic

  /// The convention of `type.name`, or nil for a method this table leaves to its implementation (`str.format`,
  /// `dict.update`).
  static func of(_ type: String, _ name: String) -> MethodSignature? {
    table[name]?.first { $0.type == type }?.signature
  }

  /// The type whose method a value's attribute is, as CPython's messages name it (a bool's methods are int's).
  static func ownerType(of receiver: Value) -> String? {
    switch receiver {
    case .string: "str"
    case .list: "list"
    case .dict(let dict): dict.isMappingProxy ? nil : "dict"
    case .set: "set"
    case .tuple: "tuple"
    case .int, .bigInt, .bool: "int"
    case .float: "float"
    case .bytes: "bytes"
    default: nil
    }
  }

  /// Throws CPython's TypeError when `call` does not fit `type.name`'s convention; does nothing for a method the
  /// table does not know.
  static func check(_ type: String, _ name: String, _ call: CallArguments) throws(PythonError) {
    guard let signature = of(type, name) else { return }
    try signature.check(type: type, name: name, call)
  }

  /// Throws CPython's TypeError when `call` does not fit this convention. (Every call of a listed method comes here:
  /// the message's `type.name` is only written when one is thrown.) `type` is nil for a builtin function.
  func check(type: String?, name: String, _ call: CallArguments) throws(PythonError) {
    let given = call.positional.count
    if case .keywords(let parameters, let required, let positional, let positionalOnly) = self {
      try Self.checkKeywords(
        name, parameters, required: required, positional: positional, positionalOnly: positionalOnly, call)
      return
    }
    // Written only for a message: made at every call, it cost each `xs.append(i)` a string.
    var qualified: String { type.map { "\($0).\(name)" } ?? name }
    if !call.keywords.isEmpty { throw PythonError.type("\(qualified)() takes no keyword arguments") }
    switch self {
    case .noArguments where given > 0:
      throw PythonError.type("\(qualified)() takes no arguments (\(given) given)")
    case .oneArgument where given != 1:
      throw PythonError.type("\(qualified)() takes exactly one argument (\(given) given)")
    case .positional(let range) where !range.contains(given):
      let bound = given < range.lowerBound ? range.lowerBound : range.upperBound
      let qualifier = range.count == 1 ? "" : given < range.lowerBound ? "at least " : "at most "
      throw PythonError.type(
        "\(name) expected \(qualifier)\(bound) argument\(bound == 1 ? "" : "s"), got \(given)")
    case .parsedTuple(let range) where !range.contains(given):
      let bound = given < range.lowerBound ? range.lowerBound : range.upperBound
      let qualifier = range.count == 1 ? "exactly" : given < range.lowerBound ? "at least" : "at most"
      throw PythonError.type(
        "\(name)() takes \(qualifier) \(bound) argument\(bound == 1 ? "" : "s") (\(given) given)")
    default:
      return
    }
  }

  /// `_PyArg_UnpackKeywords`'s checks, in its order: the total count, the positional count, a missing required
  /// parameter, a parameter given twice, an unknown keyword.
  private static func checkKeywords(
    _ name: String, _ parameters: [String], required: Int, positional: Int, positionalOnly: Int,
    _ call: CallArguments
  ) throws(PythonError) {
    let given = call.positional.count
    let total = given + call.keywords.count
    if total > parameters.count {
      throw PythonError.type(
        "\(name)() takes at most \(parameters.count) \(given == 0 ? "keyword " : "")argument"
          + "\(parameters.count == 1 ? "" : "s") (\(total) given)")
    }
    if given > positional {
      if positional == 0 { throw PythonError.type("\(name)() takes no positional arguments") }
      throw PythonError.type(
        "\(name)() takes \(required < positional ? "at most" : "exactly") \(positional) positional argument"
          + "\(positional == 1 ? "" : "s") (\(given) given)")
    }
    let requiredPositionalOnly = min(positionalOnly, required)
    if given < requiredPositionalOnly {
      throw PythonError.type(
        "\(name)() takes \(requiredPositionalOnly < positional ? "at least" : "exactly") \(requiredPositionalOnly) "
          + "positional argument\(requiredPositionalOnly == 1 ? "" : "s") (\(given) given)")
    }
    // A keyword naming a positional-only parameter is an unknown keyword, as in CPython.
    let named = Set(call.keywords.map(\.name))
    let nameable = parameters[positionalOnly...]
    for index in max(given, positionalOnly)..<parameters.count
    where index < required && !named.contains(parameters[index]) {
      throw PythonError.type("\(name)() missing required argument '\(parameters[index])' (pos \(index + 1))")
    }
    for index in positionalOnly..<max(given, positionalOnly) where named.contains(parameters[index]) {
      throw PythonError.type(
        "argument for \(name)() given by name ('\(parameters[index])') and position (\(index + 1))")
    }
    if let unknown = call.keywords.first(where: { !nameable.contains($0.name) }) {
      throw PythonError.type("'\(unknown.name)' is an invalid keyword argument for \(name)()")
    }
  }

  private typealias Entry = (type: String, signature: MethodSignature)

  /// Each method name with the types that have it and their conventions (CPython 3.11's).
  private static let table: [String: [Entry]] = {
    var table: [String: [Entry]] = [:]
    func add(_ type: String, _ names: [String], _ signature: MethodSignature) {
      for name in names { table[name, default: []].append((type, signature)) }
    }
    add(
      "str",
      [
        "capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
        "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "swapcase", "title", "upper",
      ], .noArguments)
    add(
      "str", ["format_map", "join", "partition", "removeprefix", "removesuffix", "rpartition", "translate", "zfill"],
      .oneArgument)
    add("str", ["center", "ljust", "rjust"], .positional(1...2))
    add("str", ["lstrip", "rstrip", "strip"], .positional(0...1))
    add("str", ["replace"], .positional(2...3))
    add("str", ["maketrans"], .positional(1...3))
    add("str", ["count", "endswith", "find", "index", "rfind", "rindex", "startswith"], .parsedTuple(1...3))
    add("str", ["encode"], .keywords(["encoding", "errors"], required: 0, positional: 2))
    add("str", ["expandtabs"], .keywords(["tabsize"], required: 0, positional: 1))
    add("str", ["split", "rsplit"], .keywords(["sep", "maxsplit"], required: 0, positional: 2))
    add("str", ["splitlines"], .keywords(["keepends"], required: 0, positional: 1))
    add("list", ["clear", "copy", "reverse"], .noArguments)
    add("list", ["append", "count", "extend", "remove"], .oneArgument)
    add("list", ["index"], .positional(1...3))
    add("list", ["insert"], .positional(2...2))
    add("list", ["pop"], .positional(0...1))
    add("list", ["sort"], .keywords(["key", "reverse"], required: 0, positional: 0))
    add("dict", ["clear", "copy", "items", "keys", "popitem", "values"], .noArguments)
    add("dict", ["fromkeys", "get", "pop", "setdefault"], .positional(1...2))
    add("set", ["clear", "copy", "pop"], .noArguments)
    add(
      "set",
      [
        "add", "discard", "isdisjoint", "issubset", "issuperset", "remove", "symmetric_difference",
        "symmetric_difference_update",
      ], .oneArgument)
    add(
      "set", ["difference", "difference_update", "intersection", "intersection_update", "union", "update"],
      .variadic)
    add("tuple", ["count"], .oneArgument)
    add("tuple", ["index"], .positional(1...3))
    add("int", ["as_integer_ratio", "bit_count", "bit_length", "conjugate"], .noArguments)
    add("int", ["to_bytes"], .keywords(["length", "byteorder", "signed"], required: 0, positional: 2))
    add("int", ["from_bytes"], .keywords(["bytes", "byteorder", "signed"], required: 1, positional: 2))
    add("float", ["as_integer_ratio", "conjugate", "hex", "is_integer"], .noArguments)
    add("float", ["fromhex"], .oneArgument)
    add("bytes", ["count", "endswith", "find", "index", "rfind", "rindex", "startswith"], .parsedTuple(1...3))
    add("bytes", ["fromhex", "join"], .oneArgument)
    add("bytes", ["decode"], .keywords(["encoding", "errors"], required: 0, positional: 2))
    add("bytes", ["hex"], .keywords(["sep", "bytes_per_sep"], required: 0, positional: 2))
    return table
  }()
}

extension Value {
  /// True for a Python str.
  var isString: Bool {
    if case .string = self { return true }
    return false
  }
}
