/// How CPython 3.11 checks the arguments of its builtin functions and classes, and NumPy 2.4 those of its ufuncs and
/// Python-level functions, before they run.
///
/// `len()`, `sum(x=1)` or `reversed([1], [2])` raise a TypeError worded by the builtin's calling convention
/// (`len() takes exactly one argument (0 given)`, `sum() takes at least 1 positional argument (0 given)`,
/// `reversed expected 1 argument, got 2`), before any argument's type is looked at; each builtin's own code then
/// checks the values. The conventions are the methods' (`MethodSignature`); a few builtins check by hand; NumPy's
/// ufuncs count operands and outputs, its Python functions bind as CPython binds (`PythonSignature`).
extension MethodSignature {
  /// Throws CPython's or NumPy's TypeError when `call` does not fit `name`'s convention; returns false for a name
  /// the table does not hold (the language's own functions), true when the call fits.
  @discardableResult
  static func checkBuiltin(_ name: String, _ call: CallArguments) throws(PythonError) -> Bool {
    guard let signature = builtins[name] else { return false }
    try check(signature, name, call)
    return true
  }

  /// Throws CPython's or NumPy's TypeError when `call` does not fit `signature`, the table's entry for `name`.
  static func check(_ signature: Builtin, _ name: String, _ call: CallArguments) throws(PythonError) {
    let given = call.positional.count
    switch signature {
    case .convention(let convention):
      try convention.check(type: nil, name: name, call)
    case .typeCall:
      // `type_new`: one argument (and no keywords) is the type query, three make a class.
      if given == 1, !call.keywords.isEmpty { throw PythonError.type("type() takes no keyword arguments") }
      if given != 1, given != 3 { throw PythonError.type("type() takes 1 or 3 arguments") }
    case .objectCall:
      if given > 0 || !call.keywords.isEmpty { throw PythonError.type("object() takes no arguments") }
    case .enumerateCall:
      // `enumerate_vectorcall` matches `iterable` and `start` by hand.
      let names = call.keywords.map(\.name)
      func expect(_ index: Int, _ expected: String) throws(PythonError) {
        if names[index] != expected {
          throw PythonError.type("'\(names[index])' is an invalid keyword argument for enumerate()")
        }
      }
      switch (given + names.count, names.count) {
      case (2, 1): try expect(0, "start")
      case (2, 2):
        if names[0] == "start" { try expect(1, "iterable") } else { try expect(0, "iterable"); try expect(1, "start") }
      case (1, 1): try expect(0, "iterable")
      case (1, _), (2, _): return
      case _ where given == 0: throw PythonError.type("enumerate() missing required argument 'iterable'")
      default: throw PythonError.type("enumerate() takes at most 2 arguments (\(given + names.count) given)")
      }
    case .sortedCall:
      // `builtin_sorted` counts positional arguments, then hands the keywords to `list.sort`.
      if given != 1 { throw PythonError.type("sorted expected 1 argument, got \(given)") }
      var keywordsOnly = call
      keywordsOnly.positional = []
      try MethodSignature.keywords(["key", "reverse"], required: 0, positional: 0)
        .check(type: nil, name: "sort", keywordsOnly)
    case .mapCall:
      if !call.keywords.isEmpty { throw PythonError.type("map() takes no keyword arguments") }
      if given < 2 { throw PythonError.type("map() must have at least two arguments.") }
    case .ufunc(let shown, let inputs, let outputs, let generalized):
      // `ufunc_generic_fastcall`: the operands and outputs by position, then the ufunc keywords by name.
      if given < inputs || given > inputs + outputs {
        throw PythonError.type(
          "\(shown)() takes from \(inputs) to \(inputs + outputs) positional arguments but \(given) "
            + "\(given == 1 ? "was" : "were") given")
      }
      if let unknown = call.keywords.first(where: { !ufuncTakes($0.name, generalized: generalized) }) {
        throw PythonError.type("\(shown)() got an unexpected keyword argument '\(unknown.name)'")
      }
    case .python(let parameters):
      try parameters.check(call)
    case .numpyC(let signature):
      try signature.check(call)
    case .extremeCall:
      // `min_max`: at least one positional argument, then only `key` and `default` by name.
      if given == 0 { throw PythonError.type("\(name) expected at least 1 argument, got 0") }
      if call.keywords.count > 2 {
        throw PythonError.type("\(name)() takes at most 2 keyword arguments (\(call.keywords.count) given)")
      }
      if let unknown = call.keywords.first(where: { $0.name != "key" && $0.name != "default" }) {
        throw PythonError.type("'\(unknown.name)' is an invalid keyword argument for \(name)()")
      }
    }
  }

  /// A builtin's argument check: one of the methods' conventions, or one builtin's own.
  enum Builtin: Sendable {
    case convention(MethodSignature)
    case typeCall, objectCall, enumerateCall, sortedCall, mapCall, extremeCall
    /// A NumPy ufunc, named as its messages name it, with its operand and output counts.
    case ufunc(String, inputs: Int, outputs: Int, generalized: Bool)
    /// A function written in Python (NumPy's `sum`, `linspace`, `linalg.norm`).
    case python(PythonSignature)
    /// A NumPy function written in C or Cython (`np.zeros`, `np.random.seed`).
    case numpyC(NumpyCSignature)
  }

  /// The keywords every ufunc takes (a generalized one, such as `matmul`, also `axes`, `axis` and `keepdims`).
  static let ufuncKeywords: NameSet = ["out", "where", "casting", "order", "dtype", "subok", "signature"]
  /// The ufuncs whose operands are arrays of a signature (`(n?,k),(k,m?)->(n?,m?)`).
  static let generalizedUfuncs: NameSet = ["matmul", "vecdot", "matvec", "vecmat"]

  private static func ufuncTakes(_ keyword: String, generalized: Bool) -> Bool {
    ufuncKeywords.contains(keyword) || (generalized && ["axes", "axis", "keepdims"].contains(keyword))
  }

  /// True when the ufunc NumPy's messages call `name` (`absolute`, `matmul`) takes the keyword.
  static func ufunc(_ name: String, takes keyword: String) -> Bool {
    PythonNames.ufuncs.contains(name) && ufuncTakes(keyword, generalized: generalizedUfuncs.contains(name))
  }

  /// CPython 3.11's builtins by name (the language's refused ones, `id`, `vars`, `input`, `super`, are refused
  /// before their arguments are looked at), and NumPy's ufuncs and Python-level functions by qualified name.
  static let builtins: NameTable<Builtin> = {
    var table: [String: Builtin] = [
      "type": .typeCall, "object": .objectCall, "enumerate": .enumerateCall, "sorted": .sortedCall,
      "map": .mapCall, "max": .extremeCall, "min": .extremeCall,
      "int": .convention(.keywords(["x", "base"], required: 0, positional: 2, positionalOnly: 1)),
      "complex": .convention(.keywords(["real", "imag"], required: 0, positional: 2)),
      "str": .convention(.keywords(["object", "encoding", "errors"], required: 0, positional: 3)),
      "bytes": .convention(.keywords(["source", "encoding", "errors"], required: 0, positional: 3)),
      "bytearray": .convention(.keywords(["source", "encoding", "errors"], required: 0, positional: 3)),
      "sum": .convention(.keywords(["iterable", "start"], required: 1, positional: 2, positionalOnly: 1)),
      "round": .convention(.keywords(["number", "ndigits"], required: 1, positional: 2)),
      "pow": .convention(.keywords(["base", "exp", "mod"], required: 2, positional: 3)),
    ]
    for name in ["len", "abs", "chr", "ord", "callable", "repr", "ascii", "any", "all", "hash", "bin", "hex", "oct"] {
      table[name] = .convention(.oneArgument)
    }
    let positional: [(ClosedRange<Int>, [String])] = [
      (0...1, ["float", "bool", "list", "tuple", "set", "frozenset"]),
      (1...1, ["reversed"]),
      (1...2, ["iter", "next", "format"]),
      (1...3, ["range", "slice"]),
      (2...2, ["divmod", "isinstance", "issubclass", "filter", "hasattr", "delattr"]),
      (2...3, ["getattr"]),
      (3...3, ["setattr"]),
    ]
    for (range, names) in positional {
      for name in names { table[name] = .convention(.positional(range)) }
    }
    for (name, spec) in PythonSignature.numpyTable {
      table[name] = .python(PythonSignature(parsing: spec))
    }
    for (name, signature) in NumpyCSignature.functions { table[name] = .numpyC(signature) }
    for name in PythonNames.ufuncs {
      let outputs = ["frexp", "modf", "divmod"].contains(name) ? 2 : 1
      table["numpy." + name] = .ufunc(
        PythonNames.ufuncCanonicalNames[name] ?? name, inputs: PythonNames.unaryUfuncs.contains(name) ? 1 : 2,
        outputs: outputs, generalized: generalizedUfuncs.contains(name))
    }
    return NameTable(table)
  }()
}

/// A Python function's parameters, checked against a call as CPython's `initialize_locals` binds one: the keywords
/// first (unknown, positional-only or given twice), then too many positional arguments, then missing ones.
struct PythonSignature: Sendable {
  /// The name the messages print (`sum`).
  var name: String
  /// The parameters that may be given by position, in order; the first `positionalOnly` only so.
  var positional: [String] = []
  var requiredPositional = 0
  var positionalOnly = 0
  /// True with a `*args` parameter.
  var variadic = false
  var keywordOnly: [String] = []
  var requiredKeywordOnly: [String] = []
  /// True with a `**kwargs` parameter.
  var anyKeyword = false
  /// Arguments bound before the call's own (1 for an ndarray method NumPy forwards to `_methods._sum(a, ...)`).
  var boundArguments = 0

  /// Reads `numpyTable`'s notation: the name, then `a axis= / * k= *args **`.
  init(parsing spec: String) {
    var tokens = spec.split(separator: " ").map(String.init)
    name = tokens.removeFirst()
    var isKeywordOnly = false
    for token in tokens {
      if token == "/" {
        positionalOnly = positional.count
      } else if token == "**" {
        anyKeyword = true
      } else if token.hasPrefix("*") {
        variadic = variadic || token.count > 1
        isKeywordOnly = true
      } else {
        let parameter = token.hasSuffix("=") ? String(token.dropLast()) : token
        if isKeywordOnly {
          keywordOnly.append(parameter)
          if !token.hasSuffix("=") { requiredKeywordOnly.append(parameter) }
        } else {
          positional.append(parameter)
          if !token.hasSuffix("=") { requiredPositional = positional.count }
        }
      }
    }
  }

  func check(_ call: CallArguments) throws(PythonError) {
    let given = call.positional.count + boundArguments
    // The usual call, positional arguments in range and no keywords, fits without more work.
    if call.keywords.isEmpty, given >= requiredPositional, given <= positional.count || variadic,
      requiredKeywordOnly.isEmpty
    {
      return
    }
    var named = Set<String>()
    for keyword in call.keywords.map(\.name) {
      if let index = positional.firstIndex(of: keyword), index >= positionalOnly {
        if index < given { throw PythonError.type("\(name)() got multiple values for argument '\(keyword)'") }
        named.insert(keyword)
      } else if keywordOnly.contains(keyword) {
        named.insert(keyword)
      } else if !anyKeyword {
        let positionalOnlyNames = positional.prefix(positionalOnly)
        let passed = call.keywords.map(\.name).filter { positionalOnlyNames.contains($0) }
        if !passed.isEmpty {
          throw PythonError.type(
            "\(name)() got some positional-only arguments passed as keyword arguments: '"
              + passed.joined(separator: ", ") + "'")
        }
        throw PythonError.type("\(name)() got an unexpected keyword argument '\(keyword)'")
      }
    }
    if given > positional.count, !variadic {
      throw PythonError.tooManyPositional(
        name, required: requiredPositional, accepted: positional.count, given: given,
        keywordOnlyGiven: call.keywords.filter { keywordOnly.contains($0.name) }.count)
    }
    let missing = positional.prefix(requiredPositional).dropFirst(given).filter { !named.contains($0) }
    if !missing.isEmpty { throw Self.missing(name, Array(missing), kind: "positional") }
    let missingKeywords = requiredKeywordOnly.filter { !named.contains($0) }
    if !missingKeywords.isEmpty { throw Self.missing(name, missingKeywords, kind: "keyword-only") }
  }

  /// CPython's `missing_arguments`: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
  static func missing(_ name: String, _ names: [String], kind: String) -> PythonError {
    let quoted = names.map { "'\($0)'" }
    let listed =
      switch quoted.count {
      case 1: quoted[0]
      case 2: quoted[0] + " and " + quoted[1]
      default: quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
      }
    return PythonError.type(
      "\(name)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(listed)")
  }
}
