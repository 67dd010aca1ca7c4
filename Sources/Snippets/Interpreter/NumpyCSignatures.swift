/// How one of NumPy 2.4's functions or methods written in C or Cython checks its arguments before it runs.
///
/// Each parser words its errors its own way, and the words are what a transcript shows: `npy_parse_arguments`
/// (`zeros() missing required argument 'shape' (pos 0)`), CPython's `PyArg_ParseTupleAndKeywords`
/// (`'x' is an invalid keyword argument for cumsum()`), a positional tuple (`ndarray.fill() takes no keyword
/// arguments`), Cython's (`seed() takes at most 1 positional argument (2 given)`), and for the ndarray methods NumPy
/// forwards to `numpy._core._methods` CPython's binding of that Python function (`_sum() takes from 1 to 7 positional
/// arguments but 9 were given`). `make_numpy_c_signatures.py` finds each function's parser and parameters from
/// NumPy itself (`table`).
///
/// NumPy converts the arguments it was given before it reports a missing one (`np.zeros(dtype='?x')` names the bad
/// dtype, not the missing `shape`); the checks convert `dtype=` and `order=` so, and leave the other converters
/// (`copy=`, `ndmin=`, …) to the call itself.
indirect enum NumpyCSignature: Sendable {
  /// `npy_parse_arguments`: the parameters in order (nil for a positional-only one), how many are required and how
  /// many may be given by position.
  case npy(name: String, parameters: [String?], required: Int, positional: Int)
  /// `PyArg_ParseTupleAndKeywords`: the keyword list (nil for a positional-only one), the required count, the
  /// positional count when some are keyword only (`$`); a nil name is a format without `:name`.
  case getargs(name: String?, parameters: [String?], required: Int, positional: Int?)
  /// `METH_VARARGS` with `PyArg_ParseTuple`: no keywords, then a count (nil maximum: any number).
  case tuple(qualified: String, name: String?, minimum: Int, maximum: Int?)
  /// `METH_NOARGS`.
  case noArguments(qualified: String)
  /// A Cython `def`'s parameters.
  case cython(name: String, parameters: ParameterList)
  /// A function written in Python (an ndarray method forwarded to `numpy._core._methods._sum` binds its receiver).
  case python(PythonSignature)
  /// `METH_FASTCALL` without keywords: CPython refuses any keyword, then the convention counts.
  case noKeywords(qualified: String, NumpyCSignature)
  /// `ndarray.reshape` and `resize`: the keywords parsed alone (`NpyArg_ParseKeywords`, a format without a name),
  /// then at least `minimum` positional arguments (`reshape() takes exactly 1 argument (0 given)`).
  case keywordsFirst(name: String?, minimum: Int, keywords: [String])

  /// Parameters as the table's notation writes them: `x` required, `x=` optional, `_` positional only, `*` or
  /// `*args` starts the keyword-only ones, `**` takes any keyword.
  struct ParameterList: Sendable {
    var positional: [String?] = []
    var keywordOnly: [String] = []
    var required = 0
    var variadic = false
    var anyKeyword = false

    init(_ tokens: ArraySlice<String>) {
      var isKeywordOnly = false
      for token in tokens {
        if token == "**" {
          anyKeyword = true
        } else if token.hasPrefix("*") {
          isKeywordOnly = true
          variadic = variadic || token.count > 1
        } else {
          let name = token.hasSuffix("=") ? String(token.dropLast()) : token
          if isKeywordOnly {
            keywordOnly.append(name)
          } else {
            positional.append(name == "_" ? nil : name)
            if !token.hasSuffix("=") { required = positional.count }
          }
        }
      }
    }

    var all: [String?] { positional + keywordOnly.map { Optional($0) } }
  }

  /// Reads the table's notation: the convention, the name, then the parameters or counts.
  init(parsing spec: String) {
    self.init(tokens: spec.split(separator: " ").map(String.init)[...])
  }

  private init(tokens: ArraySlice<String>) {
    let convention = tokens[tokens.startIndex]
    let name = tokens[tokens.startIndex + 1]
    let rest = tokens.dropFirst(2)
    switch convention {
    case "nokw":
      self = .noKeywords(qualified: name, NumpyCSignature(tokens: rest))
    case "tuple":
      let values = Array(rest)
      self = .tuple(
        qualified: name, name: values[0] == "-" ? nil : values[0], minimum: Int(values[1]) ?? 0,
        maximum: Int(values[2]))
    case "noargs":
      self = .noArguments(qualified: name)
    case "keywords":
      self = .keywordsFirst(
        name: name == "-" ? nil : name, minimum: Int(rest.first ?? "") ?? 0, keywords: Array(rest.dropFirst()))
    case "python", "method":
      var signature = PythonSignature(parsing: ([name] + rest).joined(separator: " "))
      signature.boundArguments = convention == "method" ? 1 : 0
      self = .python(signature)
    default:
      let parameters = ParameterList(rest)
      switch convention {
      case "npy":
        self = .npy(
          name: name, parameters: parameters.all, required: parameters.required,
          positional: parameters.positional.count)
      case "getargs":
        self = .getargs(
          name: name == "-" ? nil : name, parameters: parameters.all, required: parameters.required,
          positional: parameters.keywordOnly.isEmpty ? nil : parameters.positional.count)
      default:
        self = .cython(name: name, parameters: parameters)
      }
    }
  }

  /// The functions by qualified name (`numpy.zeros`, `numpy.random.seed`), for `MethodSignature.builtins`.
  static let functions: NameTable<NumpyCSignature> = {
    var functions: [String: NumpyCSignature] = [:]
    for (key, spec) in table where key.hasPrefix("numpy.") { functions[key] = NumpyCSignature(parsing: spec) }
    return NameTable(functions)
  }()

  /// The methods of arrays, `Generator`s and `RandomState`s (whose methods are `np.random`'s functions).
  private static let methods:
    (
      array: [String: NumpyCSignature], generator: [String: NumpyCSignature],
      legacy: [String: NumpyCSignature]
    ) = {
      var array: [String: NumpyCSignature] = [:]
      var generator: [String: NumpyCSignature] = [:]
      var legacy: [String: NumpyCSignature] = [:]
      for (key, spec) in table {
        if key.hasPrefix("ndarray.") {
          array[String(key.dropFirst("ndarray.".count))] = NumpyCSignature(parsing: spec)
        } else if key.hasPrefix("Generator.") {
          generator[String(key.dropFirst("Generator.".count))] = NumpyCSignature(parsing: spec)
        } else if key.hasPrefix("numpy.random.") {
          legacy[String(key.dropFirst("numpy.random.".count))] = NumpyCSignature(parsing: spec)
        }
      }
      return (array, generator, legacy)
    }()

  /// Throws NumPy's TypeError when `call` does not fit the method `name` of `receiver` (an array, a generator);
  /// returns false for other receivers and methods the table does not hold, true when the call fits.
  static func checkMethod(_ receiver: Value, _ name: String, _ call: CallArguments) throws(PythonError) -> Bool {
    let signature: NumpyCSignature?
    switch receiver {
    case .tensor: signature = methods.array[name]
    case .randomObject(let handle): signature = handle.isLegacy ? methods.legacy[name] : methods.generator[name]
    default: return false
    }
    guard let signature else { return false }
    try signature.check(call)
    return true
  }

  /// Throws the parser's TypeError when `call` does not fit.
  func check(_ call: CallArguments) throws(PythonError) {
    switch self {
    case .npy(let name, let parameters, let required, let positional):
      try Self.checkNpy(name, parameters, required: required, positional: positional, call)
    case .getargs(let name, let parameters, let required, let positional):
      try Self.checkGetargs(name, parameters, required: required, positional: positional, call)
    case .tuple(let qualified, let name, let minimum, let maximum):
      if !call.keywords.isEmpty {
        // A bound builtin method called as a value is named by its method name alone (CPython's `cfunction_call`).
        let shown = call.callsMethodValue ? Interpreter.shortName(qualified) : qualified
        throw PythonError.type("\(shown)() takes no keyword arguments")
      }
      let given = call.positional.count
      if given < minimum || given > (maximum ?? Int.max) {
        let bound = given < minimum ? minimum : maximum ?? 0
        let qualifier = minimum == maximum ? "exactly" : given < minimum ? "at least" : "at most"
        throw PythonError.type(
          "\(name.map { "\($0)()" } ?? "function") takes \(qualifier) \(Self.counted(bound, "argument")) "
            + "(\(given) given)")
      }
    case .noArguments(let qualified):
      if !call.keywords.isEmpty { throw PythonError.type("\(qualified)() takes no keyword arguments") }
      if !call.positional.isEmpty {
        throw PythonError.type("\(qualified)() takes no arguments (\(call.positional.count) given)")
      }
    case .cython(let name, let parameters):
      try Self.checkCython(name, parameters, call)
    case .python(let signature):
      try signature.check(call)
      // The dispatcher binds `arrays=`; the C function it hands the call to takes its sequence by position only.
      if signature.name == "concatenate", call.keywords.contains(where: { $0.name == "arrays" }) {
        throw PythonError.type("concatenate() got an unexpected keyword argument 'arrays'")
      }
    case .noKeywords(let qualified, let convention):
      if !call.keywords.isEmpty { throw PythonError.type("\(qualified)() takes no keyword arguments") }
      try convention.check(call)
    case .keywordsFirst(let name, let minimum, let keywords):
      if !call.keywords.isEmpty {
        var keywordsAlone = call
        keywordsAlone.positional = []
        try Self.checkGetargs(nil, keywords.map { $0 }, required: 0, positional: 0, keywordsAlone)
      }
      if call.positional.count < minimum {
        throw PythonError.type(
          "\(name ?? "function")() takes exactly \(Self.counted(minimum, "argument")) (\(call.positional.count) given)")
      }
    }
  }

  private static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

  /// `npy_parse_arguments`'s order: the positional count, each keyword (unknown, or given by position too), then
  /// the first missing required parameter.
  private static func checkNpy(
    _ name: String, _ parameters: [String?], required: Int, positional: Int, _ call: CallArguments
  ) throws(PythonError) {
    let given = call.positional.count
    // The usual call, positional arguments in range and no keywords, fits without more work.
    if call.keywords.isEmpty, given <= positional, given >= required { return }
    if given > positional {
      let verb = given == 1 ? "was" : "were"
      let takes = required == positional ? "\(positional)" : "from \(required) to \(positional)"
      throw PythonError.type("\(name)() takes \(takes) positional arguments but \(given) \(verb) given")
    }
    var filled = parameters.indices.map { $0 < given }
    for keyword in call.keywords {
      guard let index = parameters.firstIndex(where: { $0 == keyword.name }) else {
        throw PythonError.type("\(name)() got an unexpected keyword argument '\(keyword.name)'")
      }
      if filled[index] {
        throw PythonError.type(
          "argument for \(name)() given by name ('\(keyword.name)') and position (position \(index))")
      }
      filled[index] = true
    }
    guard given < required else { return }
    let missing = call.keywords.isEmpty ? given : (0..<required).first { !filled[$0] }
    guard let missing else { return }
    try convertGiven(parameters, call, fieldOrder: Self.fieldOrderFunctions.contains(name))
    guard let parameter = parameters[missing] else {
      throw PythonError.type("\(name)() missing required positional argument \(missing)")
    }
    throw PythonError.type("\(name)() missing required argument '\(parameter)' (pos \(missing))")
  }

  /// The sorts whose `order=` names structured fields, which their parser does not convert.
  static let fieldOrderFunctions: NameSet = ["sort", "argsort", "partition", "argpartition"]

  /// `npy_parse_arguments` runs each given argument's converter, in parameter order, before it names a missing
  /// required one: a `dtype=` NumPy cannot read and an `order=` that is no memory order (unless `fieldOrder`) is the
  /// error then.
  static func convertGiven(_ parameters: [String?], _ call: CallArguments, fieldOrder: Bool = false)
    throws(PythonError)
  {
    for (index, parameter) in parameters.enumerated()
    where parameter == "dtype" || (parameter == "order" && !fieldOrder) {
      let given =
        index < call.positional.count ? call.positional[index] : call.keywords.first { $0.name == parameter }?.value
      guard let given, !given.isNone else { continue }
      if parameter == "order" {
        try checkOrder(given)
        continue
      }
      do throws(PythonError) {
        _ = try given.toDType()
      } catch {
        // A refusal is a dtype NumPy does make (structured, text, `'float128'`): NumPy goes on to the missing one.
        if !error.isLimit { throw error }
      }
    }
  }

  /// `PyArray_OrderConverter`: one of C, F, A or K in either case, as str or bytes; an error shows the repr.
  static func checkOrder(_ order: Value) throws(PythonError) {
    let text: String
    switch order {
    case .string(let string), .bytes(let string): text = string
    default: throw PythonError.type("order must be str, not \(order.typeName)")
    }
    guard text.count == 1, "CFAKcfak".contains(text) else {
      throw PythonError.value("order must be one of 'C', 'F', 'A', or 'K' (got \(order.repr))")
    }
  }

  /// CPython 3.11's `vgetargskeywords`: the total count, then the parameters in order (a positional count past the
  /// keyword-only mark, a missing required one), then a parameter given by name and position, then an unknown
  /// keyword.
  private static func checkGetargs(
    _ name: String?, _ parameters: [String?], required: Int, positional: Int?, _ call: CallArguments
  ) throws(PythonError) {
    let given = call.positional.count
    if call.keywords.isEmpty, given <= Swift.min(parameters.count, positional ?? .max), given >= required { return }
    let function = name.map { "\($0)()" } ?? "function"
    let total = given + call.keywords.count
    if total > parameters.count {
      throw PythonError.type(
        "\(function) takes at most \(parameters.count) \(given == 0 ? "keyword " : "")argument"
          + "\(parameters.count == 1 ? "" : "s") (\(total) given)")
    }
    let positionalOnly = parameters.prefix { $0 == nil }.count
    let minimum = required < parameters.count ? required : nil
    var remaining = call.keywords.count
    var skip = false
    var stoppedAt = parameters.count
    for index in parameters.indices {
      if let positional, index == positional {
        if skip {
          stoppedAt = index
          break
        }
        if positional < given {
          if positional == 0 { throw PythonError.type("\(function) takes no positional arguments") }
          throw PythonError.type(
            "\(function) takes \(minimum != nil ? "at most" : "exactly") "
              + "\(counted(positional, "positional argument")) (\(given) given)")
        }
      }
      if skip || index < given { continue }
      if remaining > 0, let parameter = parameters[index], call.keywords.contains(where: { $0.name == parameter }) {
        remaining -= 1
        continue
      }
      if index < minimum ?? Int.max {
        guard let parameter = parameters[index] else {
          skip = true
          continue
        }
        throw PythonError.type("\(function) missing required argument '\(parameter)' (pos \(index + 1))")
      }
      if remaining == 0 && !skip { return }
    }
    if skip {
      let bound = min(positionalOnly, minimum ?? parameters.count)
      throw PythonError.type(
        "\(function) takes \(bound < stoppedAt ? "at least" : "exactly") \(counted(bound, "positional argument")) "
          + "(\(given) given)")
    }
    guard remaining > 0 else { return }
    for index in positionalOnly..<min(given, parameters.count) {
      if let parameter = parameters[index], call.keywords.contains(where: { $0.name == parameter }) {
        throw PythonError.type(
          "argument for \(function) given by name ('\(parameter)') and position (\(index + 1))")
      }
    }
    let nameable = parameters[positionalOnly...]
    if let unknown = call.keywords.first(where: { keyword in !nameable.contains { $0 == keyword.name } }) {
      // CPython converts each parameter it knows before it looks for a keyword left over: an axis that is no
      // integer (`a.cumsum(axis=(0, 1), initial=0)`) is the converter's TypeError first.
      if let axis = call.keywords.first(where: { $0.name == "axis" })?.value, !axis.isNone, nameable.contains("axis") {
        _ = try axis.toAxis()
      }
      throw PythonError.type(
        "'\(unknown.name)' is an invalid keyword argument for \(name.map { "\($0)()" } ?? "this function")")
    }
  }

  /// Cython 3's order: the positional count, then the keywords (given by position too, unknown), then the first
  /// missing required parameter, counted as the arguments before it.
  private static func checkCython(_ name: String, _ parameters: ParameterList, _ call: CallArguments)
    throws(PythonError)
  {
    let given = call.positional.count
    let positional = parameters.positional
    func invalid(_ found: Int) -> PythonError {
      let exact = parameters.required == positional.count && !parameters.variadic
      var (bound, qualifier) =
        found < parameters.required ? (parameters.required, "at least") : (positional.count, "at most")
      if exact { qualifier = "exactly" }
      return PythonError.type(
        "\(name)() takes \(qualifier) \(counted(bound, "positional argument")) (\(found) given)")
    }
    if !parameters.variadic, given > positional.count { throw invalid(given) }
    guard !call.keywords.isEmpty else {
      if given < parameters.required { throw invalid(given) }
      return
    }
    let later = positional.dropFirst(given)
    if call.keywords.contains(where: { keyword in !later.contains { $0 == keyword.name } }) {
      for keyword in call.keywords {
        if positional.prefix(given).contains(where: { $0 == keyword.name }) {
          throw PythonError.type("\(name)() got multiple values for keyword argument '\(keyword.name)'")
        }
        if !positional.contains(where: { $0 == keyword.name }), !parameters.keywordOnly.contains(keyword.name),
          !parameters.anyKeyword
        {
          throw PythonError.type("\(name)() got an unexpected keyword argument '\(keyword.name)'")
        }
      }
    }
    for index in given..<max(given, parameters.required)
    where !call.keywords.contains(where: { $0.name == positional[index] }) {
      throw invalid(index)
    }
  }
}
