import TensorCore

/// The rules of the methods a compiled call site computes itself: an array's `astype`, and a seeded Generator's
/// samplers of one family (`rng.normal(size=10)`, `rng.exponential(2.0, (3, 4))`).
extension EverydayRules {
  static func methodRule(for name: String) -> EverydayMethodRule? { methodRules[name] }

  private static let methodRules: [String: EverydayMethodRule] = {
    var rules: [String: EverydayMethodRule] = [
      "astype": EverydayMethodRule(
        parameters: ["dtype"], accepts: { interpreter, receiver in isPlainReceiver(&interpreter, receiver) },
        isPlainAttribute: true,
        compute: { _, receiver, arguments throws(PythonError) in try converted(receiver, arguments) })
    ]
    // A Generator's method is `randomAttribute`'s `.method(generator, name)` for every name it lists.
    for distribution in GeneratorDistribution.allCases
    where distribution != .standardGamma && Interpreter.generatorMethods.contains(distribution.rawValue) {
      rules[distribution.rawValue] = EverydayMethodRule(
        parameters: distribution.parameters.map(\.name) + ["size"],
        accepts: { interpreter, receiver in
          guard case .randomObject(let handle) = receiver else { return false }
          return !handle.isLegacy
        },
        isPlainAttribute: true,
        compute: { interpreter, receiver, arguments throws(PythonError) in
          try interpreter.sample(distribution, receiver, arguments)
        })
    }
    return rules
  }()

  /// An array whose method the general path computes with nothing but the method's own code (as
  /// `Interpreter.takesFullReductionDirectly`): no derivative traces it, no flag record answers for it, no flat
  /// iterator, not complex, held in C order.
  static func isPlainReceiver(_ interpreter: inout Interpreter, _ receiver: Value) -> Bool {
    guard case .tensor(let array) = receiver else { return false }
    return interpreter.takesFullReductionDirectly(array)
  }

  /// `a.astype(dtype)` of a NumPy scalar type or Python's `int`, `float` or `bool`: `Methods.call`'s `Tensor.astype`
  /// (`methodView` gives the receiver itself when that returned it, a new array otherwise).
  static func converted(_ receiver: borrowing Value, _ arguments: borrowing EverydayArguments) throws(PythonError)
    -> Value?
  {
    guard case .tensor(let array) = copy receiver, let given = arguments[0] else { return nil }
    switch given {
    case .scalarType(let dtype) where !dtype.isComplex: break
    case .function("int"), .function("float"), .function("bool"): break
    default: return nil
    }
    let dtype = try given.toDType()
    let made = try core { try array.astype(dtype) }
    if made.isSameObject(as: array) { return .tensor(array) }
    return Interpreter.separated(.tensor(made), from: array)
  }
}

extension Interpreter {
  /// `rng.NAME(params…, size)` of a seeded Generator whose parameters are Python numbers (or left to their defaults)
  /// and whose size is None, an int or a tuple of ints: `callRandomMethod`'s draw (`generatorSample`), nil for
  /// anything else and for a generator the chapter's refusal of a reseeded stream names.
  mutating func sample(
    _ distribution: GeneratorDistribution, _ receiver: borrowing Value, _ arguments: borrowing EverydayArguments
  )
    throws(PythonError) -> Value?
  {
    guard case .randomObject(let handle) = copy receiver, !handle.isLegacy else { return nil }
    if let (_, count) = randomRefusal.objects, handle.index < count { return nil }
    guard case .generator(var generator) = randomObjects[handle.index] else { return nil }
    let parameters = distribution.parameters
    var values: [Double] = []
    values.reserveCapacity(parameters.count)
    for (slot, parameter) in parameters.enumerated() {
      switch arguments[slot] {
      case nil:
        guard let fallback = parameter.fallback else { return nil }
        values.append(fallback)
      case .int(let number)?: values.append(Double(number))
      case .float(let number)?: values.append(number)
      default: return nil
      }
    }
    // `sizeArgument`'s reading of an int or a tuple of ints.
    let size: [Int]?
    switch arguments[parameters.count] {
    case nil, .none?: size = nil
    case .int(let extent)? where extent >= 0: size = try Value.int(extent).toCreationShape()
    case .tuple(let items)? where items.allSatisfy({ if case .int(let extent) = $0 { extent >= 0 } else { false } }):
      size = try Value.tuple(items).toCreationShape()
    default: return nil
    }
    // A draw made before an error stays drawn, as in NumPy.
    defer { randomObjects[handle.index] = .generator(generator) }
    let drawn = try core { try generator.sample(distribution, values, size: size) }
    if size != nil { return .tensor(drawn) }
    if distribution.isDiscrete, drawn.dtype == .int64, case .int64(let values) = drawn.storage, let first = values.first
    {
      return .int(Int(first))
    }
    return distribution.isDiscrete ? .tensor(drawn) : .float(drawn.doubles.first ?? 0)
  }
}
