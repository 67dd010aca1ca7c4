import TensorCore

extension Interpreter {
  /// Evaluates an expression; the parser bounds its depth, so the recursion is bounded too.
  ///
  /// The common nodes are evaluated here and every other in `evaluateOther`, kept out of line: one function holding
  /// every case had a stack frame of 8.7 KB, written on each of the several nested evaluations a call goes through.
  mutating func evaluate(_ expression: Expression) throws(PythonError) -> Value {
    // Every node counts against the step budget, so a long expression in a loop cannot outlast it.
    try tick()
    switch expression.kind {
    case .local(let slot, let name):
      // Only code of the running function's own body holds `.local`, so `scope` is its frame.
      if let value = scope?[slot] { return value }
      return try unboundRead(name)
    case .global(let slot, let name):
      // Read in place, as `Operand` reads it: calling `globalValue` for a bound global copied the whole interpreter
      // (about 160 instructions of each name in a list display such as `[a, b]`).
      if let value = globals.value(at: slot) { return value }
      return try globalValue(slot, name)
    case .integer(let value): return .int(value)
    case .float(let value): return .float(value)
    case .binary(let op, let left, let right):
      let a = try evaluate(left)
      let walks = arrayWrites
      let b = try evaluate(right)
      try checkHeldArrays(since: walks, [a], at: right)
      if let result = Self.fastArithmetic(op, a, b) { return result }
      return try binaryGeneral(op, a, b)
    case .conditional(let test, let body, let orElse):
      return try truth(try evaluate(test)) ? try evaluate(body) : try evaluate(orElse)
    case .comparison(let first, let rest): return try evaluateComparison(first, rest)
    case .call(let callee, let arguments): return try evaluateCall(callee, arguments)
    default: return try evaluateOther(expression)
    }
  }

  /// `a op b` past the fast arithmetic of two numbers: objects' special methods, then the operators' general rules.
  @inline(never)
  mutating func binaryGeneral(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value {
    if op == .modulo, case .string(let text) = a, b.isObject || b.holdsObjects {
      // A tuple subclass's instance gives its items, as CPython's `%` takes any tuple (BuiltinSubclasses.swift).
      var b = b
      if case .tuple? = b.immutableBuiltinValue { b = b.immutableBuiltinValue! }
      if case .object(let object) = b, case .dict? = object.builtinValue {
        // A dict subclass's instance is the mapping `%(name)s` reads, through its own `__getitem__` in CPython.
        guard !object.type.overridesBuiltin("__getitem__") else {
          throw PythonError.limit(
            "% formatting with an instance of \(object.type.name), a dict subclass defining __getitem__, is not part "
              + "of the snippet language")
        }
        b = object.builtinValue!
      }
      // `%s` and `%r` of an object call its `__str__` and `__repr__`, which only the interpreter can.
      return .string(
        try Self.percentFormat(
          text, b,
          render: { (value: Value, asRepr: Bool) throws(PythonError) -> String in
            try self.text(value, repr: asRepr)
          },
          number: { (value: Value, type: Character) throws(PythonError) -> Value in
            // `%f` of an object reads its `__float__`; `%d` its `__int__` (or `__index__`), `%x` its `__index__`.
            guard case .object(let object) = value else { return value }
            if "fFeEgG".contains(type) { return .float(try self.floatOfObject(object, forMath: true)) }
            for special in "xXo".contains(type) ? ["__index__"] : ["__int__", "__index__"] {
              if let result = try self.callSpecial(object, special, []), result.bigInteger != nil { return result }
            }
            return value
          }))
    }
    if a.isObjectArray || b.isObjectArray { return try objectArrayBinary(op, a, b) }
    if a.isObject || b.isObject { return try objectBinary(op, a, b) }
    if op == .subtract, let result = try setOperator("-", a, b) { return result }
    return try Operators.binary(op, a, b)
  }

  /// The frozenset constant CPython's compiler makes of a display of constants: a frozenset of the items in order,
  /// which `merge_consts_recursive` rebuilds from its own iteration order.
  static func constantFrozenset(_ built: SetBox) throws(PythonError) -> SetBox {
    let rebuilt = SetBox(frozen: true)
    for item in built.items { try rebuilt.insert(item) }
    return rebuilt
  }

  /// The iterable of a `for` statement or a comprehension's `for` clause. A set display whose items are all
  /// constants is the frozenset constant itself there (`fold_iter` in CPython's AST optimiser, for any number of
  /// items), so it iterates in that frozenset's order rather than a new set's.
  mutating func evaluateIterable(_ expression: Expression) throws(PythonError) -> Value {
    guard case .set(let items) = expression.kind, !items.isEmpty else { return try evaluate(expression) }
    for item in items where try !foldsToConstant(item) { return try evaluate(expression) }
    try tick()
    let built = SetBox()
    for item in items { try built.insert(try evaluate(item)) }
    return .set(try Self.constantFrozenset(built))
  }

  /// True when CPython 3.11's AST optimiser folds the expression to a constant: literals, tuples of constants, and
  /// unary and binary arithmetic on constant numbers unless it raises or, for `*`, `**` and `<<` on ints, the
  /// result would pass 128 bits (`safe_multiply`, `safe_power`, `safe_lshift` in `Python/ast_opt.c`). Only numbers
  /// are followed: a str's or bytes' place in a set is never known anyway.
  mutating func foldsToConstant(_ expression: Expression) throws(PythonError) -> Bool {
    func bits(_ value: Value) -> Int? {
      guard let integer = value.bigInteger, value.typeName == "int" || value.typeName == "bool" else { return nil }
      return integer.bitWidth
    }
    switch expression.kind {
    case .unary(_, let operand), .invert(let operand), .not(let operand):
      guard try foldsToConstant(operand) else { return false }
      return (try? evaluate(expression)) != nil
    case .binary(let op, let left, let right) where op != .matrixMultiply:
      guard try foldsToConstant(left), try foldsToConstant(right) else { return false }
      let a = try evaluate(left)
      let b = try evaluate(right)
      let numbers: Set<String> = ["int", "bool", "float", "complex"]
      guard numbers.contains(a.typeName), numbers.contains(b.typeName) else { return false }
      if let aBits = bits(a), let bBits = bits(b), let exponent = b.bigInteger?.asInt {
        if op == .multiply, aBits > 0, bBits > 0, aBits + bBits > 128 { return false }
        if op == .power, exponent >= 0,
          aBits.multipliedReportingOverflow(by: exponent).overflow
            || aBits * exponent > 128
        {
          return false
        }
      }
      return (try? Operators.binary(op, a, b)) != nil
    case .bitwise(let op, let left, let right):
      guard try foldsToConstant(left), try foldsToConstant(right) else { return false }
      let a = try evaluate(left)
      let b = try evaluate(right)
      guard let aBits = bits(a), let bBits = bits(b) else { return false }
      if op == .leftShift, aBits > 0, bBits > 0 {
        guard let shift = b.bigInteger?.asInt, shift > 0, shift <= 128, aBits <= 128 - shift else { return false }
      }
      return (try? bitwise(op, a, b)) != nil
    default:
      return expression.isConstant
    }
  }

  /// The nodes `evaluate` does not handle itself (its step is already counted).
  @inline(never)
  private mutating func evaluateOther(_ expression: Expression) throws(PythonError) -> Value {
    switch expression.kind {
    case .local, .global, .integer, .float, .binary, .conditional, .comparison, .call:
      // Handled by `evaluate`, which sends no such node here.
      return try evaluate(expression)
    case .name(let name): return try lookUp(name)
    case .bigInteger(let value): return .bigInt(value)
    case .imaginary(let value): return .complex(Complex(0, value))
    case .string(let value): return .string(value)
    case .bytes(let value): return .bytes(value)
    case .boolean(let value): return .bool(value)
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .tuple(let items): return try .makeTuple(try evaluateAll(items))
    case .list(let items): return try .makeList(try evaluateAll(items))
    case .dict(let pairs):
      var evaluated: [(Value, Value)] = []
      for pair in pairs {
        if case .starred(let mapping) = pair.key.kind {
          evaluated += try mappingItems(try evaluate(mapping))
          continue
        }
        let walks = arrayWrites
        let key = try evaluate(pair.key)
        try checkHeldArrays(since: walks, evaluated.flatMap { [$0.0, $0.1] }, at: pair.key)
        let value = try evaluate(pair.value)
        try checkHeldArrays(since: walks, evaluated.flatMap { [$0.0, $0.1] } + [key], at: pair.value)
        evaluated.append((key, value))
      }
      return try .makeDict(evaluated)
    case .set(let items):
      let set = SetBox()
      for item in items {
        if case .starred(let inner) = item.kind {
          for element in try spread(try evaluate(inner)) { try set.insert(element) }
          continue
        }
        try set.insert(try evaluate(item))
      }
      // CPython compiles a display of three or more constants to a frozenset constant merged into a new set,
      // whose table layout (and so printed order) differs from adding the items one by one.
      guard items.count > 2 else { return .set(set) }
      for item in items where try !foldsToConstant(item) { return .set(set) }
      let merged = SetBox()
      try merged.merge(try Self.constantFrozenset(set))
      return .set(merged)
    case .unary(let op, let operand):
      let value = try evaluate(operand)
      if case .object(let object) = value { return try objectUnary(op, object) }
      if case .objectArray(let array) = value { return try objectArrayUnary(op, array) }
      return try Operators.unary(op, value)
    case .logical(let op, let left, let right):
      let value = try evaluate(left)
      // Python's `and`/`or` return the operand that decided, evaluating the right one only when needed.
      return try truth(value) == (op == .and) ? try evaluate(right) : value
    case .not(let operand): return .bool(try !truth(try evaluate(operand)))
    case .bitwise(let op, let left, let right):
      let a = try evaluate(left)
      return try bitwise(op, a, try evaluate(right))
    case .invert(let operand): return try invert(try evaluate(operand))
    case .starred: throw PythonError("SyntaxError", "can't use starred expression here")
    case .namedValue(let target, let expression):
      let value = try evaluate(expression)
      try assign(target, value)
      return value
    case .attribute(let base, let name):
      return try attribute(of: try evaluate(base), name)
    case .index(let base, let index):
      let value = try evaluate(base)
      if case .function(let name) = value, NumpyMoreGrids.qualifiedNames.contains(name) {
        return try NumpyMoreGrids.index(name, expression: index) { part throws(PythonError) in try evaluate(part) }
      }
      if case .function(let name) = value, name == "numpy.r_" || name == "numpy.c_" {
        do throws(PythonError) {
          return try indexTricks(name, expression: index)
        } catch {
          throw NumpyIndexTricks.refusingNonIntegerSlices(error, of: value)
        }
      }
      do throws(PythonError) {
        let walks = arrayWrites
        let key = try evaluate(index)
        try checkHeldArrays(since: walks, [value], at: index)
        return try item(of: value, key)
      } catch {
        throw NumpyIndexTricks.refusingNonIntegerSlices(error, of: value)
      }
    case .slice(let start, let stop, let step):
      return .slice(try optionalInt(start), try optionalInt(stop), try optionalInt(step))
    case .lambda(let definition):
      return .userFunction(try makeClosure(definition))
    case .formatted(let parts):
      return .string(try evaluateFormatted(parts))
    case .comprehension(let comprehension):
      return try evaluateComprehension(comprehension)
    case .annotation(let annotation):
      try evaluateAnnotation(annotation)
      return .none
    }
  }

  /// `value.name`.
  mutating func attribute(of value: Value, _ name: String) throws(PythonError) -> Value {
    if case .object(let object) = value, let own = object.attributes[name], !object.type.chainDefinesProperty {
      // `self.x`: the object's own attribute, which only a property of its class would come before.
      return own
    }
    if Self.isAbstractBaseClass(value), name != "__class__" {
      // `Iterable.register`: CPython's abstract classes have attributes snippets' stand-ins do not.
      throw NumpyArrays.unsupported(
        "the attribute .\(name) of a collections.abc class is not part of the snippet language (Python has it)")
    }
    guard case .module(let module) = value else { return try attributeValue(value, name) }
    return try moduleMember(module, name).value
  }

  /// `module.name`, and whether it is fixed for the chapter (then also for a compiled call site, which may remember
  /// it: `ModuleMemberCache`).
  mutating func moduleMember(_ module: String, _ name: String) throws(PythonError) -> (value: Value, isFixed: Bool) {
    // `np.exp` in a loop: a native module's functions and submodules never change, so each is looked up once
    // per chapter (the lookup walks several name tables).
    let key = ModuleMember(module: module, name: name)
    if let member = globals.table.moduleMembers[key] { return (member, true) }
    let member = try attributeValue(.module(module), name)
    switch member {
    case .function, .module, .scalarType, .wrapped(.autogradFunction, .function):
      if PythonModules.sources[module] == nil {
        globals.table.moduleMembers[key] = member
        return (member, true)
      }
    default: break
    }
    return (member, false)
  }

  /// `value[key]`, with `__getitem__` for objects.
  mutating func item(of value: Value, _ key: Value) throws(PythonError) -> Value {
    if case .tensor(let source) = value, case .int(let position) = key, !source.isFlatIterator {
      // `a[i]` of an array: none of the tests below is about an array, and an int is no builtin subclass's instance;
      // `indexedView`'s steps for them, taken here: calling it from this point copied the whole interpreter
      // (160 instructions of memcpy per `a[i]`).
      let rowsDirectly = makesViewsDirectly
      try AutogradTracing.checkPythonFloatLeafSubscript(source)
      return .tensor(try core { try source.indexedView(position: position, rowsDirectly: rowsDirectly) })
    }
    if case .string(let text) = value {
      // `text[i]` and `text[i:j]` read in the text's UTF-8 bytes (TextPositions.swift); out of range, the general
      // path below raises CPython's IndexError.
      if case .int(let position) = key, let character = textPositions.character(of: text, at: position) {
        return .string(character)
      }
      if case .slice(let start, let stop, let step) = key {
        return .string(try textPositions.slice(of: text, start, stop, step))
      }
    }
    if case .object(let object) = value {
      guard let result = try callSpecial(object, "__getitem__", [key]) else {
        throw PythonError.type("'\(Value.object(object).typeName)' object is not subscriptable")
      }
      return result
    }
    if case .classObject(let type) = value, type.derivesFromProtocol {
      // `Protocol[T]` and a generic protocol (`SupportsAbs[float]`) as `Generic[T]` and a generic class; a protocol
      // that is not generic CPython's typing.Generic refuses with its own message.
      guard type.isProtocolRoot || type.resolutionOrder.contains(where: \.isGenericRoot) else {
        throw PythonError.limit(
          "subscripting \(type.name) (a typing.Protocol that is not generic) is not part of the snippet language")
      }
      let getItem = try pythonModuleMember("typing", "__docbuild_generic_getitem__") ?? .none
      return try callValue(getItem, arguments([value, key]))
    }
    if case .classObject(let type) = value, type.metaclass != nil {
      return try callMetaclass(type, "__getitem__", arguments([key]))
    }
    if case .classObject(let type) = value, type.resolutionOrder.contains(where: \.isGenericRoot) {
      // `Generic[T]`, `Box[int]` (typing's Generic, ModuleSources.typing).
      let getItem = try pythonModuleMember("typing", "__docbuild_generic_getitem__") ?? .none
      return try callValue(getItem, arguments([value, key]))
    }
    if case .classObject(let type) = value,
      type.resolutionOrder.contains(where: { $0.module == "collections" && Self.genericCollections.contains($0.name) })
    {
      // `ChainMap[str, Any]`, `deque[int]`: CPython's collections classes have `__class_getitem__` making a
      // `types.GenericAlias`, their subclasses too.
      let alias = try pythonModuleMember("_generic_alias", "GenericAlias") ?? .none
      return try callValue(alias, arguments([value, key]))
    }
    if case .function(let name) = value, Self.genericAliasOrigins.contains(name) {
      // `list[int]`, `tuple[float, ...]`: a `types.GenericAlias` (GenericAliasSource.swift).
      let type = try pythonModuleMember("_generic_alias", "GenericAlias") ?? .none
      return try callValue(type, arguments([value, key]))
    }
    if case .dict = value { return try Self.indexedView(value, key, rowsDirectly: makesViewsDirectly) }
    return try Self.indexedView(value, key.unwrappingBuiltinSubclasses, rowsDirectly: makesViewsDirectly)
  }

  /// The builtin classes whose subscription makes a `types.GenericAlias`.
  static let genericAliasOrigins: Set<String> = ["list", "dict", "tuple", "set", "frozenset", "type"]

  /// The `collections` classes whose subscription (and their subclasses') makes a `types.GenericAlias`.
  static let genericCollections: Set<String> = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque",
  ]

  /// Python's arithmetic on two 64-bit ints, or on a float with an int or float, where nothing can overflow into a big
  /// int or raise; nil sends the operands down the general path (which also owns every error message).
  @inline(__always)
  static func fastArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
    let x: Double
    let y: Double
    // One operand at a time: a switch over the pair would copy both values (an array's references included).
    switch a {
    case .int(let i):
      switch b {
      case .int(let j): return PythonNumbers.smallIntegers(op, i, j)
      case .float(let v): (x, y) = (Double(i), v)
      default: return nil
      }
    case .float(let u):
      switch b {
      case .float(let v): (x, y) = (u, v)
      case .int(let j): (x, y) = (u, Double(j))
      default: return nil
      }
    default: return nil
    }
    let result: Double
    switch op {
    case .add: result = x + y
    case .subtract: result = x - y
    case .multiply: result = x * y
    case .divide:
      guard y != 0 else { return nil }
      result = x / y
    default: return nil
    }
    // A float computed from a decomposition's result carries its refusal into what arithmetic makes of it.
    if Tensor.approximateResultsMayExist { ApproximateFloats.carry(op, x, y, into: result) }
    return .float(result)
  }

  /// The text of an f-string's parts.
  private mutating func evaluateFormatted(_ parts: [FormattedPart]) throws(PythonError) -> String {
    var result = ""
    for part in parts {
      switch part {
      case .literal(let text): result += text
      case .field(let expression, let conversion, let specParts, let selfDocumenting):
        var value = try evaluate(expression)
        var spec = try evaluateFormatted(specParts)
        if let selfDocumenting { result += selfDocumenting }
        switch conversion {
        case "r": value = .string(try text(value, repr: true))
        case "a": value = .string(Value.asciiEscaped(try text(value, repr: true)))
        case "s": value = .string(try text(value, repr: false))
        default:
          if selfDocumenting != nil, specParts.isEmpty {
            value = .string(try text(value, repr: true))
          } else if case .structArray = value, spec.isEmpty {
            // Its text may be refused (a sub-array past the print threshold), never shown empty.
            value = .string(try text(value, repr: false))
          } else if runningModule == nil, let boxed = try AutogradTracing.formattedBox(value, spec) {
            value = .string(boxed)
          } else if value.holdsObjects {
            if case .object(let object) = value, let formatted = try callSpecial(object, "__format__", [.string(spec)])
            {
              value = formatted
              spec = ""  // __format__ read the spec: its text is the field's
            } else if spec.isEmpty {
              value = .string(try text(value, repr: false))
            } else {
              throw PythonError.type("unsupported format string passed to \(value.typeName).__format__")
            }
          }
        }
        result += try Self.format(value, spec)
      }
      if result.utf8.count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
    }
    return result
  }

  private mutating func evaluateAll(_ items: [Expression]) throws(PythonError) -> [Value] {
    var values: [Value] = []
    // Room for the items at once: grown by each append, a two-item list was allocated twice.
    values.reserveCapacity(items.count)
    for item in items {
      let walks = arrayWrites
      if case .starred(let inner) = item.kind {
        values += try spread(try evaluate(inner))
      } else {
        values.append(try evaluate(item))
      }
      try checkHeldArrays(since: walks, Array(values.dropLast()), at: item)
    }
    return values
  }

  /// The items `*value` spreads into a display, with CPython's error for a value that is not iterable.
  private mutating func spread(_ value: Value) throws(PythonError) -> [Value] {
    do {
      return try iterate(value)
    } catch {
      guard error.type == "TypeError", error.message.hasSuffix("is not iterable") else { throw error }
      throw PythonError.type("Value after * must be an iterable, not \(value.typeName)")
    }
  }

  /// The key-value pairs `**mapping` spreads into a dict display.
  private mutating func mappingItems(_ value: Value) throws(PythonError) -> [(Value, Value)] {
    switch value {
    case .dict(let dict): return Array(zip(dict.keys, dict.values))
    case .object(let object) where object.heldDictionaryItems != nil: return object.heldDictionaryItems!
    case .object(let object) where object.type.lookUp("keys") != nil:
      var pairs: [(Value, Value)] = []
      for key in try iterate(try callValue(try attributeValue(value, "keys"), arguments([]))) {
        guard let item = try callSpecial(object, "__getitem__", [key]) else { break }
        pairs.append((key, item))
      }
      return pairs
    default: throw PythonError.type("'\(value.typeName)' object is not a mapping")
    }
  }

  private mutating func optionalInt(_ expression: Expression?) throws(PythonError) -> Int? {
    guard let expression else { return nil }
    let value = try evaluate(expression)
    if value.isNone { return nil }
    if case .bigInt(let big) = value {
      // CPython clamps a bound past Py_ssize_t (`[1, 2, 3][10**20:]` is `[]`, `a[::2**63]` one item): any bound
      // past 2**62 selects what the clamped one does.
      return big.compare(BigInt(0)) < 0 ? -Indexing.hugeSliceBound : Indexing.hugeSliceBound
    }
    // A uint64 from 2**63 up clamps as the Python int its `__index__` gives.
    if value.isHighUnsigned { return Indexing.hugeSliceBound }
    do {
      return try value.toInt()
    } catch {
      // An array's own `__index__` names itself (`a[:np.array([1])]`); a NumPy float scalar has none; a
      // refusal stays one.
      if case .tensor(let tensor) = value, !tensor.isScalar || error.isLimit { throw error }
      throw PythonError.type("slice indices must be integers or None or have an __index__ method")
    }
  }

  /// Python's chained comparison: `a < b < c` is `a < b and b < c`, with `b` evaluated once.
  private mutating func evaluateComparison(_ first: Expression, _ rest: [(ComparisonOperator, Expression)])
    throws(PythonError) -> Value
  {
    let left = try evaluate(first)
    if rest.count == 1, case .int(let x) = left {
      // `i < n`: one comparison of two ints, the common loop test (the pair read in place, not copied).
      let (op, right) = try rest.withUnsafeBufferPointer { (pairs) throws(PythonError) in
        (pairs[0].0, try evaluate(pairs[0].1))
      }
      if case .int(let y) = right, let result = Self.compareInts(op, x, y) { return .bool(result) }
      if let shared = sharedIdentity(op, first, rest[0].1) { return .bool(shared) }
      return try compareGeneral(op, left, right)
    }
    return try evaluateChain(left, first, rest)
  }

  /// A chained comparison past the first operand (kept out of line, as `evaluateOther` is).
  @inline(never)
  private mutating func evaluateChain(
    _ first: Value, _ firstOperand: Expression, _ rest: [(ComparisonOperator, Expression)]
  ) throws(PythonError) -> Value {
    var left = first
    var leftOperand = firstOperand
    var result = Value.none
    for (position, (op, operand)) in rest.enumerated() {
      let walks = arrayWrites
      let right = try evaluate(operand)
      try checkHeldArrays(since: walks, [left], at: operand)
      if let shared = sharedIdentity(op, leftOperand, operand) {
        result = .bool(shared)
      } else {
        result = try compareGeneral(op, left, right)
      }
      if position < rest.count - 1, try !truth(result) { return result }
      left = right
      leftOperand = operand
    }
    return result
  }

  @inline(__always)
  static func compareInts(_ op: ComparisonOperator, _ x: Int, _ y: Int) -> Bool? {
    switch op {
    case .equal: x == y
    case .notEqual: x != y
    case .less: x < y
    case .lessOrEqual: x <= y
    case .greater: x > y
    case .greaterOrEqual: x >= y
    default: nil
    }
  }

  /// One comparison of a chain.
  mutating func compareGeneral(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError)
    -> Value
  {
    // Tuples and lists of numbers and texts (a heap's `(priority, item)` pairs) compared at once.
    switch (left, right) {
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)):
      if let result = Operators.plainSequenceOrder(op, a, b) {
        try Interpreter.chargeSequenceWork(left, right)
        return .bool(result)
      }
    default: break
    }
    if (left.isObjectArray || right.isObjectArray) && op != .is && op != .isNot && op != .in && op != .notIn {
      return try objectArrayCompare(op, left, right)
    }
    if (op == .in || op == .notIn), case .objectArray = right {
      // NumPy's `__contains__`: `(array == item).any()`.
      guard case .tensor(let mask) = try objectArrayCompare(.equal, right, left) else { return .bool(false) }
      let found = mask.doubles.contains { $0 != 0 }
      return .bool(found == (op == .in))
    }
    if op == .equal || op == .notEqual, left.isObjectDTypeValue || right.isObjectDTypeValue {
      let same = ObjectArrays.isObjectDType(left) && ObjectArrays.isObjectDType(right)
      return .bool(same == (op == .equal))
    }
    if op == .equal || op == .notEqual, let equal = try containerEquals(left, right) {
      return .bool(equal == (op == .equal))
    }
    if let ordered = try containerOrder(op, left, right) { return ordered }
    if left.isObject || right.isObject || op == .is || op == .isNot || op == .in || op == .notIn {
      return try objectCompare(op, left, right)
    }
    return try Operators.compare(op, left, right)
  }

  private mutating func evaluateCall(_ callee: Expression, _ arguments: [Argument]) throws(PythonError) -> Value {
    let function: Value
    do throws(PythonError) {
      function = try evaluate(callee)
    } catch {
      throw argumentErrorFirst(error) { (interpreter) throws(PythonError) in
        for argument in arguments { _ = try interpreter.evaluate(argument.value) }
      }
    }
    // The arguments are read in place through the buffer: iterating the array would copy each one.
    if case .userFunction(let closure) = function, closure.definition.takesOnlyPositional(arguments.count),
      Self.arePlainPositional(arguments), derivativeDepth == 0 || closure.module == nil
    {
      // The common call of a snippet's function, `f(a, b)` for `def f(x, y)`: the arguments go straight into the
      // new frame's parameter slots, with no argument list to build and bind (`bindArguments`' fast path, earlier).
      var frame = takeFrame(for: closure)
      try arguments.withUnsafeBufferPointer { (buffer) throws(PythonError) in
        for slot in buffer.indices {
          let walks = arrayWrites
          frame[slot] = try evaluate(buffer[slot].value)
          if walks != arrayWrites {
            try refuseStaleArrays(since: walks, (0..<slot).compactMap { frame[$0] }, at: buffer[slot].value)
          }
        }
      }
      let result: Value
      do {
        result = try callUser(closure, frame: frame)
      } catch {
        throw noted(error, calling: function, at: callee)
      }
      recycle(&frame)
      return result
    }
    return try evaluateGeneralCall(function, callee, arguments)
  }

  /// Keeps a returned call's frame for the next calls when nothing kept it (no function made in it, no
  /// comprehension's variable captured), emptied, as `spareFrame`: a recursive function's calls reuse frames instead
  /// of allocating one each. The spare it displaces moves to `spareFrames`; past `maxSpareFrames` it takes the place
  /// of the latest there, so the function called now is the one served.
  @inline(__always)
  mutating func recycle(_ frame: inout Scope) {
    guard isKnownUniquelyReferenced(&frame) else { return }
    frame.clear()
    if let displaced = spareFrame.take() { keepSpare(displaced) }
    spareFrame = frame
  }

  /// Puts a spare frame displaced from `spareFrame` behind it (out of line: a loop calling one function never
  /// comes here).
  @inline(never)
  mutating func keepSpare(_ frame: Scope) {
    if spareFrames.count < Self.maxSpareFrames - 1 {
      spareFrames.append(frame)
    } else {
      spareFrames[spareFrames.count - 1] = frame
    }
  }

  /// A frame for a call of `closure`, every local unbound: the latest spare one (`spareFrame`, else the last of
  /// `spareFrames`) when it was made for the same function in the same enclosing frame, else a new one.
  @inline(__always)
  mutating func takeFrame(for closure: Closure) -> Scope {
    if let spare = spareFrame {
      if spare.definition === closure.definition, spare.parent === closure.enclosing { return spareFrame.take()! }
    } else if let spare = spareFrames.last, spare.definition === closure.definition,
      spare.parent === closure.enclosing
    {
      return spareFrames.removeLast()
    }
    return Scope.make(definition: closure.definition, parent: closure.enclosing)
  }

  /// A call other than plain positional arguments to a snippet's function: the arguments evaluated into a list (with
  /// `*` and `**` spread) for `callValue` (kept out of line, as `evaluateOther` is).
  @inline(never)
  mutating func evaluateGeneralCall(_ function: Value, _ callee: Expression, _ arguments: [Argument])
    throws(PythonError) -> Value
  {
    let namesArguments =
      switch function {
      case .function("gradients"), .function("broadcast_diagram"): true
      default: false
      }
    var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
    call.positional.reserveCapacity(arguments.count)
    for argument in arguments {
      let walks = arrayWrites
      let value = try evaluate(argument.value)
      if walks != arrayWrites {
        try refuseStaleArrays(
          since: walks,
          Self.heldBeside(function, call.positional[...]) + call.keywords.map(\.1), at: argument.value)
      }
      switch argument.unpacking {
      case .none: break
      case .positional:
        let items: [Value]
        do {
          items = try iterate(value)
        } catch {
          guard error.type == "TypeError", error.message.hasSuffix("is not iterable") else { throw error }
          throw PythonError.type(
            "\(Self.callableName(function)) argument after * must be an iterable, not \(value.typeName)")
        }
        call.positional += items
        if namesArguments { call.positionalTexts += items.map { _ in "" } }
        continue
      case .keywords:
        var value = value
        if case .object(let object) = value, object.type.lookUp("keys") != nil {
          // `f(**d)` with a mapping object (a dict subclass's instance, a Counter): its items, as CPython reads them.
          value = try .makeDict(try mappingItems(value))
        }
        guard case .dict(let dict) = value else {
          throw PythonError.type(
            "\(Self.callableName(function)) argument after ** must be a mapping, not \(value.typeName)")
        }
        for (key, item) in zip(dict.keys, dict.values) {
          guard case .string(let keyword) = key else { throw PythonError.type("keywords must be strings") }
          if call.keywords.contains(where: { $0.0 == keyword }) {
            throw Self.repeatedKeyword(keyword, function)
          }
          call.keywords.append((keyword, item))
        }
        continue
      }
      if let keyword = argument.keyword {
        if call.keywords.contains(where: { $0.0 == keyword }) {
          // A keyword already given by an earlier `**mapping`.
          throw Self.repeatedKeyword(keyword, function)
        }
        call.keywords.append((keyword, value))
      } else {
        call.positional.append(value)
        // Only a gradient table and a broadcast diagram name their rows by the arguments' code; other calls make
        // no texts at all.
        if namesArguments { call.positionalTexts.append(text(of: argument.value.range)) }
      }
    }
    if case .method = function {
      if case .attribute = callee.kind {} else { call.callsMethodValue = true }
    }
    do {
      return try callValue(function, call)
    } catch {
      throw noted(error, calling: function, at: callee)
    }
  }

  /// True when every argument is a plain positional one (no keyword, no `*` or `**`).
  private static func arePlainPositional(_ arguments: [Argument]) -> Bool {
    arguments.withUnsafeBufferPointer { buffer in
      buffer.indices.allSatisfy { buffer[$0].keyword == nil && buffer[$0].unpacking == .none }
    }
  }

  /// An error raised inside a snippet's function names, as notes, the calls that led there (innermost first).
  func noted(_ error: PythonError, calling function: Value, at callee: Expression) -> PythonError {
    guard error.location != nil, error.notes.count < 8, case .userFunction(let closure) = function else {
      return error
    }
    var error = error
    let site = origin.fileLocation(callee.range.startLocation)
    let note = "in \(closure.definition.qualifiedName)(), called at line \(site.line), column \(site.column)"
    // Recursion repeats one call many times; Python's traceback collapses the repeats too.
    if error.notes.last != note { error.notes.append(note) }
    return error
  }

  /// CPython's error for a keyword given twice through `**`, naming the callee as it does: `__main__.f() got
  /// multiple values ...`, `print() got ...`.
  static func repeatedKeyword(_ keyword: String, _ function: Value) -> PythonError {
    let callee: String
    switch function {
    case .userFunction, .boundMethod, .function: callee = callableName(function) + " "
    default: callee = ""
    }
    return PythonError.type("\(callee)got multiple values for keyword argument '\(keyword)'")
  }

  /// How CPython names a callable in argument-unpacking errors: `__main__.f()`, `print()`.
  static func callableName(_ function: Value) -> String {
    switch function {
    case .userFunction(let closure): "__main__.\(closure.definition.qualifiedName)()"
    case .boundMethod(_, let closure): "__main__.\(closure.definition.qualifiedName)()"
    case .function(let name): "\(shortName(name))()"
    default: "\(function.typeName) object"
    }
  }

  /// The last part of a qualified name, as Python's messages name the function: `sum` for `numpy.sum`.
  static func shortName(_ name: String) -> String {
    // Found among the UTF-8 bytes: a search by Character cost two thousand instructions per NumPy call.
    let bytes = name.utf8
    guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), bytes.index(after: dot) < bytes.endIndex else {
      return name
    }
    return String(name[bytes.index(after: dot)...])
  }

  /// Calls any callable value with evaluated arguments (`call.function` is filled in here). `throughAutograd`: the
  /// value is NumPy's function that autograd.numpy's wraps, not NumPy's own as `import numpy` gives it.
  mutating func callValue(_ function: Value, _ call: CallArguments, throughAutograd: Bool = false)
    throws(PythonError) -> Value
  {
    if case .wrapped(.autogradFunction, let inner) = function {
      // autograd's function calls NumPy's with what it was given (tracing aside, which snippets do themselves).
      return try callValue(inner, call, throughAutograd: true)
    }
    var autogradRefusals = true
    if !throughAutograd, tracesNumpysOwnFunctions, runningModule == nil {
      autogradRefusals = try AutogradTracing.refuseNumpysOwnCall(function, call)
    }
    switch function {
    case .function, .method:
      if let unwrapped = Self.unwrappingImmutableBuiltins(function, call) {
        // An instance of a str, int, float or tuple subclass given to a builtin: the value it holds (BuiltinSubclasses).
        return try callValue(function, unwrapped)
      }
      guard runningModule == nil, call.positional.contains(where: \.isIntObject) else { break }
      // A builtin given an IntEnum or IntFlag member (an int in CPython) where snippets' code for it takes only
      // ints: its TypeError is not CPython's.
      do {
        return try callValueDirectly(function, call, autogradRefusals: autogradRefusals)
      } catch {
        guard error.type == "TypeError", !error.isLimit else { throw error }
        throw PythonError.limit(
          "an IntEnum or IntFlag member (an int in Python) given to this function is not part of the snippet "
            + "language here: pass its .value")
      }
    default: break
    }
    return try callValueDirectly(function, call, autogradRefusals: autogradRefusals)
  }

  /// `callValue` past its checks of the function's kind; `autogradRefusals` false skips autograd's refusals of its
  /// functions without a VJP, which a NumPy function indexing the box (`np.flip`) never reaches.
  private mutating func callValueDirectly(
    _ function: Value, _ call: CallArguments, autogradRefusals: Bool = true
  ) throws(PythonError) -> Value {
    if case .method(.tensor(let array), let name) = function, let result = try viewMethodCall(array, name, call) {
      return result
    }
    if let result = try callObjectArray(function, call) { return result }
    var call = call
    if runningModule == nil, case .function(let name) = function { try AutogradTracing.refuseConversion(name, call) }
    if case .method(let receiver, let name) = function {
      if let type = MethodSignature.ownerType(of: receiver) {
        try MethodSignature.check(type, name, call)
      } else if !(name == "transpose" && AutogradTracing.isTraced(receiver)) {
        // autograd's box has a method of its own, `transpose(A, axes=None)` (Methods.call checks it).
        call.fitsReference = try NumpyCSignature.checkMethod(receiver, name, call)
      }
    } else if case .function(let name) = function {
      call.fitsReference = try MethodSignature.checkBuiltin(name, call)
    }
    if let result = try callDates(function, &call) { return result }
    if let result = try callByteLayer(function, &call) { return result }
    if let result = try callText(function, &call) { return result }
    switch function {
    case .userFunction(let closure):
      if runningModule == nil, closure.module == "_numpy_poly1d" {
        // `np.polyadd` and its family are written in the snippet language; autograd wraps them as functions.
        try AutogradTracing.refuseCall("numpy.\(closure.definition.name)", call)
      }
      if runningModule == nil, closure.module == "_numpy_linalg_array_api", GradientTrace.input != nil {
        // autograd wraps NumPy 2's array-API functions of np.linalg as primitives without a VJP: NumPy's function
        // runs on the values first (its errors come first).
        try ModuleSources.refuseNestedTraced(closure.definition.name, call)
        let argnums = call.positional.indices.filter { AutogradTracing.isTraced(call.positional[$0]) }
        let result = try callUser(closure, ModuleSources.withTracedDetached(call))
        if !argnums.isEmpty { throw AutogradTracing.withoutVJP(closure.definition.name, argnums: argnums) }
        return result
      }
      if runningModule == nil, closure.module == "_numpy_breadth", GradientTrace.input != nil {
        // autograd runs NumPy's function on the values first (its errors come first), then has no VJP for it.
        try ModuleSources.refuseTracedWrite(closure.definition.name, call)
        try ModuleSources.refuseNestedTraced(closure.definition.name, call)
        try ModuleSources.refuseTracedTolerance(closure.definition.name, call)
        // Session 26's functions run on the values, as NumPy's own run on what autograd unboxes for them.
        let result = try callUser(closure, ModuleSources.untracedBreadth26Call(closure.definition.name, call))
        try ModuleSources.refuseTracedBreadthCall(closure.definition.name, call)
        return result
      }
      return try callUser(closure, call)
    case .classObject, .boundMethod, .object, .wrapped:
      if let result = try callObject(function, call) { return result }
      throw PythonError.type("'\(function.typeName)' object is not callable")
    case .function(let name) where Self.classBuiltins.contains(name):
      return try callObject(function, call) ?? .none
    case .function(let name) where PythonModules.isNative(name):
      call.function = Self.shortName(name)
      if runningModule == nil { try AutogradTracing.refuseCall(name, call) }
      return try callNative(name, call)
    case .derivative(let derivative):
      return try callDerivative(derivative, call)
    case .function(let name):
      call.function = Self.shortName(name)
      // The interleaved form is the subscripts form to NumPy: its views and layouts follow from that one.
      if name == "numpy.einsum", let first = call.positional.first, !first.isString {
        // autograd's vjp of the interleaved form has its own rules (it raises without an output sublist).
        if derivativeDepth > 0 {
          throw PythonError.limit(
            "np.einsum's interleaved form inside a differentiated function is not supported: autograd's gradient "
              + "of it differs from the subscripts form's; use a subscripts string")
        }
        call = try NumpyAdditions.einsumStringForm(call)
      }
      if runningModule == nil, autogradRefusals { try AutogradTracing.refuseCall(name, call) }
      if Tensor.approximateResultsMayExist { try NoiseSensitiveCalls.check(name, call) }
      if name == "numpy.nan_to_num", Self.nanToNumberTakesNumpysSteps(call) { return try callNanToNumberAsNumpy(call) }
      if let result = try callFunctionInMemoryOrder(name, call) { return result }
      var name = name
      if name == "numpy.asarray", call.positional.count <= 3,
        let slot = call.keywords.firstIndex(where: { $0.name == "copy" })
      {
        // `np.asarray(a, dtype, order, copy=flag)` is `np.array(a, dtype, order=order, copy=flag)` (NumPy 2).
        if call.keywords[slot].value.isNone {
          call.keywords.remove(at: slot)
        } else {
          name = "numpy.array"
          call.function = "array"
          if call.positional.count == 3 {
            call.keywords.append((name: "order", value: call.positional.removeLast()))
            if call.positionalTexts.count == 3 { call.positionalTexts.removeLast() }
          }
        }
      }
      if name == "numpy.array", call.keywords.contains(where: { $0.name == "copy" }) {
        // `np.array(a, copy=False)` where no copy is needed is `np.asarray(a)`, which returns `a` itself.
        call = try NumpyFunctions.arrayWithoutCopy(call)
        if call.function == "asarray" { name = "numpy.asarray" }
      }
      return ResultLayout.settleFunction(name, call, try functionView(name, call, try callFunction(name, call)))
    case .method(.function(let type), let name)
    where BuiltinSubclasses.standInSpecialNames[type]?.contains(name) == true:
      // `dict.__init__(self, ...)`, `str.__new__(cls, ...)` in a class deriving from the builtin: snippets' class for it.
      guard Self.isBuiltinSubclassReceiver(call.positional.first, type), let standIn = try builtinStandIn(type),
        let found = standIn.lookUp(name)
      else {
        throw PythonError.limit(
          "\(type).\(name), taken from the type, is not part of the snippet language but on an instance of a snippet "
            + "class deriving from \(type): call it on a value instead")
      }
      if case .wrapped(.staticMethod, let inner) = found.value { return try callValue(inner, call) }
      return try callValue(found.value, call)
    case .method(.function(let type), let name) where TypeMethods.isDescriptor(function):
      let (method, rest) = try TypeMethods.bind(type, name, call)
      return try callValue(method, rest)
    case .method(let receiver, let name)
    where (name == "__repr__" || name == "__str__") && Attributes.hasTextWrappers(receiver):
      // CPython's method-wrapper checks its arguments with messages that leave its name out.
      if !call.keywords.isEmpty { throw PythonError.type("wrapper \(name)() takes no keyword arguments") }
      if !call.positional.isEmpty { throw PythonError.type("expected 0 arguments, got \(call.positional.count)") }
      return .string(try text(receiver, repr: name == "__repr__"))
    case .method(.randomObject(let handle), let name):
      call.function = name
      return try callRandomMethod(handle, name, call)
    case .method(.plot(let reference), let name):
      call.function = name
      return try callPlotMethod(reference, name, call)
    case .method(.set(let set), let name):
      return try setMethod(name, set, call)
    case .method(.property(let getter, let setter, let deleter), let name):
      // `@x.setter` and friends: a copy of the property with the function in that role.
      call.function = name
      let function = try call.bind(["function"], required: 1).value("function")
      switch name {
      case "getter": return .property(getter: function, setter: setter, deleter: deleter)
      case "setter": return .property(getter: getter, setter: function, deleter: deleter)
      default: return .property(getter: getter, setter: setter, deleter: function)
      }
    case .method(.object(let object), "__setitem__") where object.array != nil:
      // NumPy's `ndarray.__setitem__`, reached through `super()` in a subclass's own `__setitem__`.
      call.function = "__setitem__"
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type("expected 2 arguments, got \(call.positional.count)")
      }
      try assignArraySubclassItem(object, call.positional[0], call.positional[1])
      return .none
    case .method(.tensor(let array), "view") where Self.subclassRequested(by: call) != nil:
      return try viewAsSubclass(array, Self.subclassRequested(by: call)!)
    case .method(.classObject(let type), "object.__init_subclass__"):
      guard call.keywords.isEmpty else {
        throw PythonError.type("\(type.name).__init_subclass__() takes no keyword arguments")
      }
      guard call.positional.isEmpty else {
        throw PythonError.type("\(type.name).__init_subclass__() takes no arguments (\(call.positional.count) given)")
      }
      return .none
    case .method(.object, Self.objectInitializer):
      guard call.positional.isEmpty, call.keywords.isEmpty else {
        throw PythonError.type("object.__init__() takes exactly one argument (the instance to initialize)")
      }
      return .none
    case .method(.classObject(let type), "mro"):
      call.function = "mro"
      _ = try call.bind([])
      return .list(ValueList(Self.resolutionChain(type)))
    case .method(.object(let object), "__init__"):
      // BaseException.__init__, reached through `super()` in an exception class: it sets `args`.
      try call.rejectKeywords()
      object.attributes["args"] = try .makeTuple(call.positional)
      return .none
    case .method(let parts, Self.vectorizedMarker): return try callVectorized(parts, call)
    case .method(let parts, Self.fromPyFuncMarker): return try callFromPyFunc(parts, call)
    case .method(.classObject(let type), "type.__call__"):
      // A metaclass's `super().__call__(...)`: the instance, made as for a class without one.
      return try typeCall(type, call)
    case .method(.classObject, "type.__init__"):
      return try Self.typeInit(call)
    case .method(.userFunction(let closure), "__get__"):
      // A function's descriptor protocol called by hand: the function itself for no instance, else bound to it.
      let (instance, _) = try Self.descriptorGetArguments(call)
      return instance.isNone ? .userFunction(closure) : .boundMethod(instance, closure)
    case .method(.wrapped(let wrapper, let inner), "__get__"):
      // `staticmethod.__get__(instance, owner)` is the function; a classmethod's binds it to the owner, or else to
      // the instance's class.
      let (instance, given) = try Self.descriptorGetArguments(call)
      var owner = given
      if wrapper == .staticMethod { return inner }
      if owner.isNone, case .object(let object) = instance { owner = .classObject(object.type) }
      guard case .classObject = owner, case .userFunction(let closure) = inner else {
        throw PythonError.limit("classmethod.__get__ is supported in snippets only for a snippet class or its instance")
      }
      return .boundMethod(owner, closure)
    case .method(.iterator(let box), let name): return try callIteratorMethod(box, name, call)
    case .method(let receiver, let name) where ContainerMethods.has(name, on: receiver):
      return try callContainerMethod(name, on: receiver, call)
    case .method(.tensor(let array), "dot") where matricesInUse && NumpyMatrices.appear(in: call):
      // `a.dot(m)` of a plain array and an np.matrix is np.dot's, whose result NumPy makes a matrix.
      var function = call
      function.positional.insert(.tensor(array), at: 0)
      if !function.positionalTexts.isEmpty { function.positionalTexts.insert("", at: 0) }
      return try callWithMatrices("numpy.dot", function) ?? .none
    case .method(.tensor(let array), let name) where Self.reductionMethodWritesOutput(name, array, call):
      // `a.sum(0, out=o)` is `np.sum(a, 0, out=o)`: NumPy's `_methods._sum` calls the same reduction.
      return try callFunction("numpy." + name, Self.functionCall(of: array, call))
    case .method(.tensor(let array), let name) where NumpyEverydayMethods.inPlace.contains(name):
      call.function = name
      let given = call
      return try WideAxes.answering(name, isMethod: true, given) { () throws(PythonError) -> Value in
        try callInPlaceArrayMethod(name, on: array, given)
      }
    case .method(.tensor(let array), let name) where Self.statisticInDefaultDType(name, array, call) != nil:
      let (converted, plain) = Self.statisticInDefaultDType(name, array, call)!
      return try callValueDirectly(.method(.tensor(converted), name), plain)
    case .method(.tensor(let array), let name) where Self.statisticTakesDTypeSteps(name, array, call, isMethod: true):
      return try callStatisticInDType(name, array, call)
    case .method(.tensor(let array), let name) where Self.startsReduction(name, call, isMethod: true):
      call.function = name
      let given = call
      return try WideAxes.answering(name, isMethod: true, given) { () throws(PythonError) -> Value in
        try callStartedReduction(name, given, receiver: array)
      }
    case .method(.tensor(let array), let name) where Self.takesMaskedStatistic(name, call, isMethod: true):
      call.function = name
      let given = call
      return try WideAxes.answering(name, isMethod: true, given) { () throws(PythonError) -> Value in
        try callMaskedStatistic(name, given, receiver: array)
      }
    case .method(let receiver, let name):
      call.function = name
      if case .tensor(let array) = receiver, Self.mayTakeMemoryOrder(name, call),
        let result = try callInMemoryOrder(name, on: array, call)
      {
        return result
      }
      return ResultLayout.settleMethod(
        name, receiver, call, try methodView(name, receiver, call, try Methods.call(name, on: receiver, call)))
    case .scalarType(let dtype):
      call.function = scalarTypeName(dtype)
      if runningModule == nil { try AutogradTracing.refuseConversion("numpy.\(dtype.rawValue)", call) }
      return try Builtins.convert(call, to: dtype)
    default:
      throw PythonError.type("'\(function.typeName)' object is not callable")
    }
  }
}

extension Interpreter {
  /// The instance and owner a `__get__` slot wrapper was given (the owner None when left out), with CPython's
  /// errors, whose messages leave the wrapper's name out.
  static func descriptorGetArguments(_ call: CallArguments) throws(PythonError) -> (Value, Value) {
    if !call.keywords.isEmpty { throw PythonError.type("wrapper __get__() takes no keyword arguments") }
    let count = call.positional.count
    if count == 0 { throw PythonError.type(" expected at least 1 argument, got 0") }
    if count > 2 { throw PythonError.type(" expected at most 2 arguments, got \(count)") }
    let instance = call.positional[0]
    let owner = count == 2 ? call.positional[1] : .none
    if instance.isNone, owner.isNone { throw PythonError.type("__get__(None, None) is invalid") }
    return (instance, owner)
  }
}
