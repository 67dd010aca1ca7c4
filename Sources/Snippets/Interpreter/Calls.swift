/// Calls of functions defined in snippets: Python's argument binding, the recursion limit, and error locations.
extension Interpreter {
  /// Calls a `def` or `lambda` function.
  mutating func callUser(_ closure: Closure, _ call: CallArguments) throws(PythonError) -> Value {
    try tick()
    try checkCallDepth()
    let frame = Scope.make(definition: closure.definition, parent: closure.enclosing)
    do {
      try bindArguments(of: closure, call, into: frame)
    } catch  where closure.standsForBuiltin {
      // CPython's C functions word these errors each their own way (`heappush expected 2 arguments, got 1`).
      throw PythonError.limit(
        "calling \(closure.module ?? "").\(closure.definition.name) with these arguments is not supported in snippets: "
          + "CPython's C function raises a TypeError worded its own way")
    }
    return try run(closure, in: frame)
  }

  /// Calls a function whose parameters the caller has already bound in `frame` (see `takesOnlyPositional`).
  mutating func callUser(_ closure: Closure, frame: Scope) throws(PythonError) -> Value {
    try tick()
    try checkCallDepth()
    return try run(closure, in: frame)
  }

  /// The recursion limit.
  @inline(__always)
  func checkCallDepth() throws(PythonError) {
    guard callDepth < Self.maxCallDepth else {
      var error = PythonError(
        "RecursionError",
        "maximum recursion depth exceeded (snippets allow \(Self.maxCallDepth) nested calls of their functions)")
      error.isLimit = true
      throw error
    }
  }

  /// Runs the function's body in its bound frame.
  private mutating func run(_ closure: Closure, in frame: Scope) throws(PythonError) -> Value {
    if closure.definition.isGenerator { return try makeGenerator(closure, frame: frame) }
    // The caller's names stay reachable while the callee runs (a write into an array both hold shows in both).
    let hasCaller = scope != nil
    if let caller = scope { callerFrames.append(caller) }
    defer { if hasCaller { callerFrames.removeLast() } }
    if currentClosure === closure {
      // A function calling itself: the code, origin and module are already its own (they change only together
      // with `currentClosure`), so only the frame changes.
      // The frame is swapped in and out: saving the caller's frame in a copy retained and released it at every call.
      var caller: Scope? = frame
      swap(&scope, &caller)
      callDepth += 1
      defer {
        swap(&scope, &caller)
        callDepth -= 1
      }
      if case .returned(let value) = try closure.definition.compiledBody(&self) { return value }
      return .none
    }
    // Swapped in and out, as above, each caller's field kept in the local that the callee's value came in.
    var (callerScope, callerCode, callerClosure, callerModule): (Scope?, [UInt8], Closure?, String?) = (
      frame, closure.code, closure, closure.module
    )
    let callerOrigin = origin
    swap(&scope, &callerScope)
    swap(&code, &callerCode)
    swap(&currentClosure, &callerClosure)
    swap(&runningModule, &callerModule)
    origin = closure.origin
    callDepth += 1
    defer {
      swap(&scope, &callerScope)
      swap(&code, &callerCode)
      swap(&currentClosure, &callerClosure)
      swap(&runningModule, &callerModule)
      origin = callerOrigin
      callDepth -= 1
    }
    if case .returned(let value) = try closure.definition.compiledBody(&self) { return value }
    return .none
  }

  /// Binds call arguments to parameters as Python does, with CPython's TypeError messages. Parameter `i` is the
  /// frame's slot `i` (FunctionDefinition puts the parameters first).
  private func bindArguments(of closure: Closure, _ call: CallArguments, into frame: Scope) throws(PythonError) {
    let definition = closure.definition
    let normal = definition.positionalParameters
    // The common call: as many positional arguments as the function has parameters, all positional.
    if call.keywords.isEmpty, call.positional.count == definition.parameters.count,
      normal.count == definition.parameters.count
    {
      for (slot, value) in call.positional.enumerated() { frame[slot] = value }
      return
    }
    let name = definition.qualifiedName
    let variadic = definition.variadicParameter
    let variadicKeywords = definition.variadicKeywordsParameter
    var extra: [Value] = []
    for (position, value) in call.positional.enumerated() {
      if position < normal.count {
        frame[position] = value
      } else if variadic != nil {
        extra.append(value)
      }
    }
    let parameters = definition.parameters
    if let variadic, let slot = parameters.firstIndex(where: { $0.name == variadic.name }) {
      frame[slot] = try .makeTuple(extra)
    }
    var extraKeywords: [(String, Value)] = []
    for (keyword, value) in call.keywords {
      if let slot = parameters.firstIndex(where: { $0.name == keyword }), parameters[slot].positionalOnly {
        if variadicKeywords != nil {
          extraKeywords.append((keyword, value))
          continue
        }
        let named = call.keywords.map(\.0).filter { keyword in
          parameters.contains { $0.positionalOnly && $0.name == keyword }
        }
        throw PythonError.type(
          "\(name)() got some positional-only arguments passed as keyword arguments: '\(named.joined(separator: ", "))'"
        )
      }
      if let slot = parameters.firstIndex(where: { $0.name == keyword }),
        parameters[slot].kind == .normal || parameters[slot].kind == .keywordOnly
      {
        if frame[slot] != nil {
          throw PythonError.type("\(name)() got multiple values for argument '\(keyword)'")
        }
        frame[slot] = value
      } else if variadicKeywords != nil {
        extraKeywords.append((keyword, value))
      } else {
        throw PythonError.type("\(name)() got an unexpected keyword argument '\(keyword)'")
      }
    }
    // CPython 3.11 binds the keywords first (their errors win), then counts the positional arguments, naming the
    // keyword-only ones given.
    if call.positional.count > normal.count, variadic == nil {
      let keywordOnlyGiven = parameters.indices.filter { parameters[$0].kind == .keywordOnly && frame[$0] != nil }.count
      throw PythonError.tooManyPositional(
        name, required: normal.filter { $0.defaultValue == nil }.count, accepted: normal.count,
        given: call.positional.count, keywordOnlyGiven: keywordOnlyGiven)
    }
    if let variadicKeywords, let slot = parameters.firstIndex(where: { $0.name == variadicKeywords.name }) {
      frame[slot] = try .makeDict(extraKeywords.map { (.string($0.0), $0.1) })
    }
    var missingPositional: [String] = []
    var missingKeyword: [String] = []
    for (slot, parameter) in parameters.enumerated() where frame[slot] == nil {
      if let value = closure.defaults[parameter.name] {
        frame[slot] = value
      } else if parameter.kind == .normal {
        missingPositional.append(parameter.name)
      } else if parameter.kind == .keywordOnly {
        missingKeyword.append(parameter.name)
      }
    }
    for (missing, kind) in [(missingPositional, "positional"), (missingKeyword, "keyword-only")] where !missing.isEmpty
    {
      let names = missing.map { "'\($0)'" }
      let list =
        names.count == 1
        ? names[0] : names.dropLast().joined(separator: ", ") + (names.count > 2 ? "," : "") + " and " + names.last!
      let noun = missing.count == 1 ? "argument" : "arguments"
      throw PythonError.type("\(name)() missing \(missing.count) required \(kind) \(noun): \(list)")
    }
  }
}

extension FunctionDefinition {
  /// True when a call with `count` plain positional arguments binds argument `i` to parameter slot `i` and nothing
  /// else: the function has exactly that many parameters, all positional-or-keyword.
  func takesOnlyPositional(_ count: Int) -> Bool {
    parameters.count == count && positionalParameters.count == count
  }
}
