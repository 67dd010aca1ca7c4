/// The `match` statement, run as CPython 3.11 runs it: the subject evaluated once, each case's pattern tried in turn,
/// the names a pattern captures bound only once the whole pattern matched (then its guard is evaluated).
extension Interpreter {
  /// The builtin classes whose one positional sub-pattern matches the subject itself (CPython's `MATCH_SELF`).
  private static let selfMatchingTypes: Set<String> = [
    "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple",
  ]

  /// Runs `match subject: case …`: the first case whose pattern matches and whose guard holds runs its body.
  mutating func runMatch(_ subjectExpression: Expression, _ cases: [MatchCase]) throws(PythonError) -> Flow {
    let subject = try evaluate(subjectExpression)
    for matchCase in cases {
      var bindings: [(AssignmentTarget, Value)] = []
      guard try matches(matchCase.pattern, subject, &bindings) else { continue }
      for (target, value) in bindings { try assign(target, value) }
      if let condition = matchCase.guardCondition, try !truth(try evaluate(condition)) { continue }
      return try run(matchCase.body)
    }
    return .normal
  }

  /// Whether `subject` matches `pattern`, adding the captures to `bindings` (which a failed pattern leaves alone).
  private mutating func matches(_ pattern: Pattern, _ subject: Value, _ bindings: inout [(AssignmentTarget, Value)])
    throws(PythonError) -> Bool
  {
    try tick()
    switch pattern {
    case .value(let expression):
      // CPython compares `subject == value`, the subject on the left.
      return try truth(try compareGeneral(.equal, subject, try evaluate(expression)))
    case .singleton(let expression):
      return try Operators.identical(subject, try evaluate(expression))
    case .capture(let target):
      bindings.append((target, subject))
      return true
    case .wildcard:
      return true
    case .sequence(let before, let star, let after):
      return try matchesSequence(before, star, after, subject, &bindings)
    case .mapping(let pairs, let rest):
      return try matchesMapping(pairs, rest, subject, &bindings)
    case .instance(let type, let positional, let keywords):
      return try matchesInstance(type, positional, keywords, subject, &bindings)
    case .alternatives(let options):
      for option in options {
        var found: [(AssignmentTarget, Value)] = []
        if try matches(option, subject, &found) {
          bindings += found
          return true
        }
      }
      return false
    case .capturing(let inner, let target):
      var found: [(AssignmentTarget, Value)] = []
      guard try matches(inner, subject, &found) else { return false }
      bindings += found
      bindings.append((target, subject))
      return true
    }
  }

  /// The refusal for a subject whose kind of sequence or mapping snippets cannot decide exactly.
  private static func patternRefusal(_ what: String) -> PythonError {
    let members = what == "sequence" ? "__getitem__, __len__ or __iter__" : "__getitem__, keys or get"
    return PythonError.limit(
      "a \(what) pattern matched against an object of a class defining \(members) is not supported in snippets: "
        + "CPython decides by collections.abc registration, which snippets do not follow")
  }

  /// True for an instance of the collections module's named tuples and deque (`sequence`), or of its defaultdict,
  /// Counter and OrderedDict, when no class below the module's overrides how the items are read.
  private static func isCollectionsStandIn(_ type: ClassBox, sequence: Bool) -> Bool {
    let readers =
      sequence
      ? ["__getitem__", "__len__", "__iter__"] : ["__getitem__", "__len__", "__iter__", "get", "keys", "items"]
    for current in type.resolutionOrder {
      // A class `namedtuple` made (its module is the caller's, '__main__').
      if sequence, ["_fields", "_make", "_asdict", "_replace"].allSatisfy({ current.attributes[$0] != nil }) {
        return true
      }
      if current.module == "collections" {
        if sequence { return current.name == "deque" || current.attributes["_fields"] != nil }
        return ["defaultdict", "Counter", "OrderedDict"].contains(current.name)
      }
      if readers.contains(where: { current.attributes[$0] != nil }) { return false }
    }
    return false
  }

  /// The items of a subject that is a `collections.abc.Sequence` (never str, bytes or bytearray), or nil for any
  /// other subject.
  private mutating func sequenceItems(_ subject: Value, atLeast minimum: Int, exactly: Bool)
    throws(PythonError) -> [Value]?
  {
    switch subject {
    case .list(let items), .tuple(let items): return Array(items)
    case .range(let start, let stop, let step):
      // The pattern asks `len()`, which CPython raises OverflowError for past a C ssize_t (`range(-2**62, 2**62)`
      // has 2**63 items); counted in 128 bits, so no length overflows here.
      let span = step > 0 ? Int128(stop) - Int128(start) : Int128(start) - Int128(stop)
      let exactCount = span <= 0 ? 0 : (span - 1) / Int128(step.magnitude) + 1
      guard let count = Int(exactly: exactCount) else {
        throw PythonError("OverflowError", "Python int too large to convert to C ssize_t")
      }
      // A length that fails fails the pattern, as no sequence at all does.
      if exactly ? count != minimum : count < minimum { return nil }
      guard count <= 1_000_000 else {
        throw PythonError.limit(
          "a sequence pattern matched against a range of more than 1000000 items is not "
            + "supported in snippets")
      }
      return (0..<count).map { .int(start + $0 * step) }
    case .object(let object):
      if let held = object.builtinValue {
        switch held {
        case .list(let items), .tuple(let items):
          if ["__getitem__", "__len__", "__iter__"].contains(where: object.type.overridesBuiltin) {
            throw Self.patternRefusal("sequence")
          }
          return Array(items)
        default: return nil
        }
      }
      if Self.isCollectionsStandIn(object.type, sequence: true) {
        // A named tuple or deque, read as its class's own methods read it (none overridden below it).
        let call = CallArguments(function: "tuple", positional: [subject], keywords: [], positionalTexts: [])
        guard case .tuple(let items) = try callFunction("tuple", call) else { return nil }
        return Array(items)
      }
      let defining = object.type.resolutionOrder.contains { type in
        ["Sequence", "MutableSequence"].contains(type.name)
          || ["__getitem__", "__len__", "__iter__"].contains { type.attributes[$0] != nil }
      }
      if defining { throw Self.patternRefusal("sequence") }
      return nil
    default: return nil
    }
  }

  private mutating func matchesSequence(
    _ before: [Pattern], _ star: AssignmentTarget??, _ after: [Pattern], _ subject: Value,
    _ bindings: inout [(AssignmentTarget, Value)]
  ) throws(PythonError) -> Bool {
    let fixed = before.count + after.count
    guard let items = try sequenceItems(subject, atLeast: fixed, exactly: star == nil) else { return false }
    if star == nil ? items.count != fixed : items.count < fixed { return false }
    var found: [(AssignmentTarget, Value)] = []
    for (pattern, item) in zip(before, items) where try !matches(pattern, item, &found) { return false }
    if case .some(.some(let target)) = star {
      found.append((target, .list(ValueList(Array(items[before.count..<(items.count - after.count)])))))
    }
    for (pattern, item) in zip(after, items.suffix(after.count)) where try !matches(pattern, item, &found) {
      return false
    }
    bindings += found
    return true
  }

  /// The dict of a subject that is a `collections.abc.Mapping`, or nil for any other subject.
  private mutating func mappingOf(_ subject: Value) throws(PythonError) -> DictBox? {
    switch subject {
    case .dict(let dict): return dict
    case .object(let object):
      if let held = object.builtinValue {
        guard case .dict(let dict) = held else { return nil }
        // CPython reads the keys through the subject's own `get`.
        if object.type.overridesBuiltin("get") { throw Self.patternRefusal("mapping") }
        return dict
      }
      if Self.isCollectionsStandIn(object.type, sequence: false) {
        // defaultdict, Counter, OrderedDict: their items as `dict(subject)` copies them; their own `get` (which
        // CPython calls) reads the same items without calling `__missing__`.
        let call = CallArguments(function: "dict", positional: [subject], keywords: [], positionalTexts: [])
        guard case .dict(let dict) = try callFunction("dict", call) else { return nil }
        return dict
      }
      let defining = object.type.resolutionOrder.contains { type in
        ["Mapping", "MutableMapping"].contains(type.name)
          || ["__getitem__", "keys", "get"].contains { type.attributes[$0] != nil }
      }
      if defining { throw Self.patternRefusal("mapping") }
      return nil
    default: return nil
    }
  }

  private mutating func matchesMapping(
    _ pairs: [(key: Expression, pattern: Pattern)], _ rest: AssignmentTarget?, _ subject: Value,
    _ bindings: inout [(AssignmentTarget, Value)]
  ) throws(PythonError) -> Bool {
    guard let dict = try mappingOf(subject), dict.keys.count >= pairs.count else { return false }
    // Every key is evaluated, and checked for a repeat, before any is looked up.
    var keys: [Value] = []
    // Each key seen, with whether it was written as a literal (rather than a dotted name's value).
    let seen = DictBox()
    for pair in pairs {
      let key = try evaluate(pair.key)
      let isLiteral: Bool
      if case .attribute = pair.key.kind { isLiteral = false } else { isLiteral = true }
      if let earlier = try seen.get(key) {
        // Two literals equal in value but not in spelling (`'a'` and `"a"`, `1` and `1.0`) are CPython's compile-time
        // SyntaxError, which the parser's comparison of spellings does not catch: the statement never runs there.
        if isLiteral, case .bool(true) = earlier {
          throw PythonError.limit(
            "a mapping pattern whose literal keys \(try text(key, repr: true)) are equal though spelled differently is "
              + "CPython's SyntaxError when it compiles the statement ('mapping pattern checks duplicate key'), which "
              + "snippets do not reproduce: write each key once")
        }
        throw PythonError.value("mapping pattern checks duplicate key (\(try text(key, repr: true)))")
      }
      try seen.set(key, .bool(isLiteral))
      keys.append(key)
    }
    var values: [Value] = []
    for key in keys {
      guard let value = try dict.get(key) else { return false }
      values.append(value)
    }
    var found: [(AssignmentTarget, Value)] = []
    for (pair, value) in zip(pairs, values) where try !matches(pair.pattern, value, &found) { return false }
    if let rest {
      let remaining = DictBox()
      for key in dict.keys where try seen.get(key) == nil {
        if let value = try dict.get(key) { try remaining.set(key, value) }
      }
      found.append((rest, .dict(remaining)))
    }
    bindings += found
    return true
  }

  /// `__name__` of a class, for CPython's messages.
  private mutating func className(_ type: Value) throws(PythonError) -> String {
    if case .string(let name) = try attribute(of: type, "__name__") { return name }
    return "?"
  }

  /// The attribute, or nil where reading it raises AttributeError (a failed match, not an error).
  private mutating func matchedAttribute(_ subject: Value, _ name: String) throws(PythonError) -> Value? {
    do {
      return try attribute(of: subject, name)
    } catch {
      if error.type == "AttributeError", !error.isLimit, !error.presentInPython { return nil }
      throw error
    }
  }

  private mutating func matchesInstance(
    _ typeExpression: Expression, _ positional: [Pattern], _ keywords: [(name: String, pattern: Pattern)],
    _ subject: Value, _ bindings: inout [(AssignmentTarget, Value)]
  ) throws(PythonError) -> Bool {
    let type = try evaluate(typeExpression)
    switch type {
    case .classObject, .function, .scalarType: break
    default: throw PythonError.type("called match pattern must be a type")
    }
    let isInstance: Value
    do {
      isInstance = try callFunction(
        "isinstance",
        CallArguments(function: "isinstance", positional: [subject, type], keywords: [], positionalTexts: []))
    } catch {
      if error.type == "TypeError", !error.isLimit { throw PythonError.type("called match pattern must be a type") }
      throw error
    }
    guard try truth(isInstance) else { return false }
    var names: [String] = []
    var found: [(AssignmentTarget, Value)] = []
    var patterns: [Pattern] = []
    if !positional.isEmpty {
      if case .function(let builtin) = type, Self.selfMatchingTypes.contains(builtin) {
        guard positional.count == 1 else {
          throw PythonError.type("\(builtin)() accepts 1 positional sub-pattern (\(positional.count) given)")
        }
        guard try matches(positional[0], subject, &found) else { return false }
      } else {
        guard case .classObject(let box) = type else {
          throw PythonError.limit(
            "a class pattern with positional sub-patterns of \(try className(type)) is not supported in snippets")
        }
        let matchArguments: Value
        if let declared = try matchedAttribute(type, "__match_args__") {
          matchArguments = declared
        } else {
          if box.builtinStandInAncestor != nil {
            throw PythonError.limit(
              "a class pattern with positional sub-patterns of \(box.name), a subclass of a builtin class without "
                + "__match_args__, is not supported in snippets")
          }
          matchArguments = .tuple(ValueList([]))
        }
        guard case .tuple(let declaredNames) = matchArguments else {
          let got = try className(try attribute(of: matchArguments, "__class__"))
          throw PythonError.type("\(box.name).__match_args__ must be a tuple (got \(got))")
        }
        guard positional.count <= declaredNames.count else {
          let plural = declaredNames.count == 1 ? "" : "s"
          throw PythonError.type(
            "\(box.name)() accepts \(declaredNames.count) positional sub-pattern\(plural) (\(positional.count) given)")
        }
        for name in declaredNames.prefix(positional.count) {
          guard case .string(let text) = name else {
            let got = try className(try attribute(of: name, "__class__"))
            throw PythonError.type("__match_args__ elements must be strings (got \(got))")
          }
          names.append(text)
        }
        patterns = positional
      }
    }
    names += keywords.map(\.name)
    patterns += keywords.map(\.pattern)
    var attributes: [Value] = []
    for (position, name) in names.enumerated() {
      if names[..<position].contains(name) {
        throw PythonError.type("\(try className(type))() got multiple sub-patterns for attribute '\(name)'")
      }
      guard let value = try matchedAttribute(subject, name) else { return false }
      attributes.append(value)
    }
    for (pattern, value) in zip(patterns, attributes) where try !matches(pattern, value, &found) { return false }
    bindings += found
    return true
  }
}
