/// The evaluated arguments of one call, and Python's rules for binding them to parameters.
struct CallArguments: Sendable {
  /// The function's name as Python's messages print it (`sum`, `print`).
  var function: String
  /// Positional arguments in order.
  var positional: [Value]
  /// Keyword arguments in order.
  var keywords: [(name: String, value: Value)]
  /// The source text of each positional argument (gradient tables name rows by it).
  var positionalTexts: [String]
  /// True once the call was checked against the parameters CPython or NumPy gives the function and fitted them:
  /// a binding that then fails names a parameter the language's version lacks, a refusal rather than a TypeError
  /// Python would not raise.
  var fitsReference = false
  /// True when a method was called as a value (`f = a.item; f(x=1)`), not as `a.item(x=1)`: CPython then names a
  /// `METH_VARARGS` method without its type (`item() takes no keyword arguments`).
  var callsMethodValue = false

  /// Binds to `parameters` (positional-or-keyword, in order), the first `required` of them mandatory.
  func bind(_ parameters: [String], required: Int = 0) throws(PythonError) -> BoundArguments {
    if positional.count > parameters.count {
      let takes =
        required == parameters.count
        ? "\(parameters.count)" : "from \(required) to \(parameters.count)"
      let noun = parameters.count == 1 && required == 1 ? "argument" : "arguments"
      let given = positional.count == 1 ? "1 was" : "\(positional.count) were"
      if fitsReference {
        throw PythonError.limit(
          "\(function)() with \(positional.count) positional arguments is not part of the snippet language "
            + "(NumPy has it)")
      }
      throw PythonError.type("\(function)() takes \(takes) positional \(noun) but \(given) given")
    }
    var values = ParameterValues(parameters)
    for (name, value) in zip(parameters, positional) { values[name] = value }
    for (name, value) in keywords {
      guard parameters.contains(name) else { throw unexpectedKeyword(name) }
      if values[name] != nil { throw PythonError.type("\(function)() got multiple values for argument '\(name)'") }
      values[name] = value
    }
    let missing = parameters.prefix(required).filter { values[$0] == nil }
    if !missing.isEmpty {
      let names = missing.map { "'\($0)'" }
      let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
      let noun = missing.count == 1 ? "argument" : "arguments"
      if fitsReference {
        throw PythonError.limit(
          "\(function)() without \(list) is not part of the snippet language (NumPy has it)")
      }
      throw PythonError.type("\(function)() missing \(missing.count) required positional \(noun): \(list)")
    }
    return BoundArguments(function: function, values: values)
  }

  /// Fails unless there are no keyword arguments (for functions taking `*args`).
  func rejectKeywords() throws(PythonError) {
    if let first = keywords.first { throw unexpectedKeyword(first.name) }
  }

  /// Python's TypeError for a keyword the function lacks, or the refusal when the reference has it.
  private func unexpectedKeyword(_ name: String) -> PythonError {
    if fitsReference {
      return PythonError.limit("\(function)(\(name)=…) is not part of the snippet language (NumPy has it)")
    }
    return PythonError.type("\(function)() got an unexpected keyword argument '\(name)'")
  }
}

/// Arguments bound to parameter names.
struct BoundArguments: Sendable {
  /// The function's name, for messages.
  var function: String
  /// The value of each parameter that was given.
  var values: ParameterValues

  /// The parameter's value, or nil when it was not given or given as None.
  subscript(_ name: String) -> Value? {
    guard let value = values[name], !value.isNone else { return nil }
    return value
  }

  /// A required parameter's value (`bind` already checked it was given).
  func value(_ name: String) -> Value { values[name] ?? .none }

  /// A boolean flag such as `keepdims`, false when absent.
  func flag(_ name: String) throws(PythonError) -> Bool {
    try self[name]?.truthValue() ?? false
  }

  /// A float parameter such as `rtol`, or its default.
  func double(_ name: String, default fallback: Double) throws(PythonError) -> Double {
    guard let value = self[name] else { return fallback }
    switch try value.pythonNumber(for: function) {
    case .int(let int): return Double(int)
    case .float(let double): return double
    case .bool(let flag): return flag ? 1 : 0
    default: return try PythonNumbers.double(value) ?? fallback
    }
  }
}

/// The values bound to a function's parameters, by name: a slot for each parameter, found by comparing names in
/// order. A function has a few parameters, and the comparisons cost less than hashing the name (a dictionary hashed
/// every parameter's name when binding and every name asked for, about 2,000 instructions of `a.mean(axis=0)`).
struct ParameterValues: Sendable {
  /// The names, the parameter list `bind` was given (shared, not copied) and any name set later.
  private var names: [String]
  /// The value bound to each name, nil for a parameter not given.
  private var slots: [Value?]

  /// No value yet for any of `parameters`.
  init(_ parameters: [String]) {
    names = parameters
    slots = [Value?].filled(nil, count: parameters.count)
  }

  /// The value bound to `name`, nil when none was; setting one for a name outside the parameters adds it.
  subscript(_ name: String) -> Value? {
    get {
      guard let slot = names.firstIndex(of: name) else { return nil }
      return slots[slot]
    }
    set {
      if let slot = names.firstIndex(of: name) {
        slots[slot] = newValue
      } else if let newValue {
        names.append(name)
        slots.append(newValue)
      }
    }
  }
}
