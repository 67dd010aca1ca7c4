import TensorCore

/// A random generator object of a snippet: NumPy's modern `Generator` (from `np.random.default_rng`) or a legacy
/// `RandomState`. Objects live in the interpreter's table, so every name bound to one draws from the same stream.
enum RandomObject: Sendable {
  case generator(RandomGenerator)
  case legacy(RandomState)
  /// `np.random.default_rng()` without a seed: making one prints nothing, as in NumPy, but its numbers would change
  /// with every build, so drawing from it is refused.
  case unseeded
}

/// A snippet's reference to a `RandomObject` in `Interpreter.randomObjects`.
struct RandomHandle: Sendable {
  /// The object's place in the table.
  let index: Int
  /// True for a `RandomState`, false for a `Generator`.
  let isLegacy: Bool

  /// NumPy's `str` of the object. Its `repr` adds the object's memory address (`Generator(PCG64) at 0x7F…`), which
  /// differs on every run, so echoing one is an error (`Interpreter.randomReprError`) and `print` shows this text.
  var text: String { isLegacy ? "RandomState(MT19937)" : "Generator(PCG64)" }

  /// Python's name for the object's type.
  var typeName: String { isLegacy ? "numpy.random.mtrand.RandomState" : "numpy.random._generator.Generator" }
}

extension Interpreter {
  /// The most generator objects one chapter may make; each holds up to 2.5 KB of state that is never freed.
  static let maxRandomObjects = 10_000

  /// The `np.random` functions of the language: the legacy module's (on the chapter's global RandomState) and the
  /// two constructors.
  static let randomFunctions: Set<String> = [
    "seed", "rand", "randn", "randint", "choice", "permutation", "shuffle", "uniform", "normal", "random",
    "random_sample", "standard_normal", "exponential", "standard_exponential", "default_rng", "RandomState",
    "binomial", "poisson", "multivariate_normal", "lognormal", "laplace", "multinomial", "pareto", "weibull", "power",
    "standard_cauchy", "standard_gamma", "gamma", "chisquare", "standard_t", "f", "beta", "sample", "ranf",
    "random_integers", "logistic", "gumbel", "rayleigh", "zipf", "geometric", "negative_binomial",
  ]

  /// The methods of a `Generator`.
  static let generatorMethods: Set<String> = [
    "random", "integers", "normal", "standard_normal", "uniform", "choice", "permutation", "shuffle", "exponential",
    "binomial", "poisson", "multivariate_normal", "spawn", "permuted", "standard_exponential", "standard_gamma",
    "gamma", "chisquare", "beta", "laplace", "rayleigh", "standard_cauchy", "lognormal", "geometric", "multinomial",
    "dirichlet", "standard_t", "f", "logistic", "gumbel", "weibull", "pareto", "power", "triangular", "wald",
    "vonmises", "negative_binomial", "hypergeometric", "zipf", "logseries", "noncentral_chisquare", "noncentral_f",
    "bytes",
  ]

  /// The methods of a `RandomState`.
  static let legacyMethods: Set<String> = [
    "seed", "rand", "randn", "randint", "choice", "permutation", "shuffle", "uniform", "normal", "random",
    "random_sample", "standard_normal", "exponential", "standard_exponential", "binomial", "poisson",
    "multivariate_normal", "lognormal", "laplace", "multinomial", "pareto", "weibull", "power", "standard_cauchy",
    "standard_gamma", "gamma", "chisquare", "standard_t", "f", "beta", "random_integers", "logistic", "gumbel",
    "rayleigh", "zipf", "geometric", "negative_binomial",
  ]

  /// A docbuild refusal (an unseeded generator, a NumPy feature the language leaves out): Python would not raise it,
  /// so a transcript may not expect it, and `fix` never records it.
  static func unsupported(_ message: String) -> PythonError {
    var error = PythonError("ValueError", message)
    error.isLimit = true
    return error
  }

  /// Why an echo of a generator is refused: NumPy's text for it holds a memory address.
  static func randomReprError(_ handle: RandomHandle) -> PythonError {
    var error = PythonError(
      "ValueError",
      "a \(handle.isLegacy ? "RandomState" : "Generator")'s repr holds its memory address (\(handle.text) at 0x…), "
        + "which changes on every run, so docbuild does not echo it; print() shows \(handle.text)")
    error.isLimit = true
    return error
  }

  /// `rng.name`: a bound method, or Python's AttributeError.
  static func randomAttribute(_ name: String, of handle: RandomHandle) throws(PythonError) -> Value {
    let methods = handle.isLegacy ? legacyMethods : generatorMethods
    guard methods.contains(name) else {
      throw PythonError("AttributeError", "'\(handle.typeName)' object has no attribute '\(name)'")
    }
    return .method(.randomObject(handle), name)
  }

  /// `np.random.NAME(...)`: the constructors, and the legacy functions on the chapter's global RandomState.
  mutating func callRandom(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let function = String(name.dropFirst("numpy.random.".count))
    switch function {
    case "default_rng":
      let seed = try call.bind(["seed"])["seed"]
      guard let seed, !seed.isNone else { return try store(.unseeded, isLegacy: false) }
      if case .randomObject(let handle) = seed, !handle.isLegacy { return seed }
      if case .object(let object) = seed {
        // A SeedSequence or PCG64 of the snippet language (NumpyRandomSeedsSource.swift).
        return try noteBitGeneratorSource(try callSeedsModule("seeded_default_rng", [seed]), object)
      }
      let generator = RandomGenerator(words: try Self.entropy(seed))
      let made = try store(.generator(generator), isLegacy: false)
      generatorSeeds[randomObjects.count - 1] = seed
      return made
    case "RandomState":
      guard let seed = try call.bind(["seed"])["seed"] else {
        throw Self.unsupported(
          "np.random.RandomState() needs a seed in snippets, so that every build prints the same numbers")
      }
      var state = RandomState()
      try Self.seedLegacy(&state, try Self.legacySeed(seed))
      return try store(.legacy(state), isLegacy: true)
    case "seed":
      let result = try Self.callLegacy(function, on: &random, call)
      randomRefusal.numpyGlobal = nil
      return result
    default:
      try Self.refuseBoolDimensions(function, call)
      try NoiseSensitiveCalls.checkRandom("np.random." + function, call)
      if let line = randomRefusal.numpyGlobal {
        throw RandomRefusal.error("NumPy's global random state", line: line, reseed: "np.random.seed(n) sets it anew")
      }
      return try finishShuffle(function, call, try Self.callLegacy(function, on: &random, call))
    }
  }

  /// `rng.name(...)` on a generator object.
  mutating func callRandomMethod(_ handle: RandomHandle, _ name: String, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    try Self.refuseBoolDimensions(name, call)
    guard UnusualArguments.hasHugeInt(call) else { return try callRandomMethodUnguarded(handle, name, call) }
    return try UnusualArguments.refusingUnusual(name, call, isMethod: true, shown: "the random generator's \(name)") {
      () throws(PythonError) -> Value in try callRandomMethodUnguarded(handle, name, call)
    }
  }

  private mutating func callRandomMethodUnguarded(_ handle: RandomHandle, _ name: String, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    try ComplexGuard.check("random.Generator.\(name)", call)
    try NoiseSensitiveCalls.checkRandom("the random generator's " + name, call)
    if let (line, count) = randomRefusal.objects, handle.index < count {
      throw RandomRefusal.error("this random generator", line: line, reseed: "a new generator made after it draws")
    }
    if name == "spawn" { return try spawn(handle, call) }
    let result: Value
    switch randomObjects[handle.index] {
    case .generator(var generator):
      // A draw the method made before raising stays drawn, as in NumPy (multivariate_normal draws, then checks).
      defer { randomObjects[handle.index] = .generator(generator) }
      result = try Self.callGenerator(name, on: &generator, call)
    case .legacy(var state):
      defer { randomObjects[handle.index] = .legacy(state) }
      result = try Self.callLegacy(name, on: &state, call)
    case .unseeded:
      throw Self.unsupported(
        "this Generator comes from np.random.default_rng() without a seed, so its numbers would change with every "
          + "build; snippets draw only from a seeded one, such as np.random.default_rng(42)")
    }
    return try finishShuffle(name, call, result)
  }

  mutating func store(_ object: RandomObject, isLegacy: Bool) throws(PythonError) -> Value {
    guard randomObjects.count < Self.maxRandomObjects else {
      var error = PythonError(
        "MemoryError", "a chapter may make at most \(Self.maxRandomObjects) random generators; reuse one")
      error.isLimit = true
      throw error
    }
    randomObjects.append(object)
    return .randomObject(RandomHandle(index: randomObjects.count - 1, isLegacy: isLegacy))
  }

  /// `shuffle(x)` returns the shuffled rows; NumPy shuffles `x` in place, so every name, list and dict holding
  /// `x`'s array sees the new order, as augmented assignment does, and the call returns None.
  private mutating func finishShuffle(_ name: String, _ call: CallArguments, _ result: Value) throws(PythonError)
    -> Value
  {
    guard name == "shuffle", case .tensor(let shuffled) = result else { return result }
    let original = try call.bind(["x", "axis"], required: 1).value("x")
    guard case .tensor(let array) = original else {
      throw Self.unsupported("shuffle() in snippets takes an array; write x = np.array([...]) first, then shuffle(x)")
    }
    try checkNoLiveViews(of: array)
    try replaceEverywhere(array, with: shuffled)
    return .none
  }

  /// The words of `default_rng`'s seed: the 32-bit words of each int (of any size), least significant first.
  /// `rand(d0, d1, …)` and `randn`'s dimensions go through NumPy's C integer converter, which takes no bool.
  static func refuseBoolDimensions(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard name == "rand" || name == "randn" else { return }
    let isBool: (Value) -> Bool = {
      switch $0 {
      case .bool: true
      case .tensor(let tensor): tensor.isScalar && tensor.dtype == .bool
      default: false
      }
    }
    if call.positional.contains(where: isBool) { throw PythonError.type("an integer is required") }
  }

  /// What NumPy's legacy seeding makes of a seed: one int for `init_genrand`, or the words of a 1-d array for
  /// `init_by_array`.
  enum LegacySeed {
    case word(Int)
    case key([UInt32])
  }

  /// NumPy's legacy seeding of `RandomState(seed)` and `np.random.seed(seed)`: an array is squeezed, then
  /// `operator.index` takes an int (one past 32 bits is out of range); anything else becomes an array cast safely to
  /// int64, which must be 1-d with every word in 0 ..< 2**32, whose errors NumPy raises in that order. Sequences
  /// whose array NumPy would make of other than ints, bools or floats are refused.
  static func legacySeed(_ seed: Value) throws(PythonError) -> LegacySeed {
    switch seed {
    case .bigInt: throw PythonError.value("Seed must be between 0 and 2**32 - 1")
    case .int, .bool: return .word(try seed.toInt())
    case .float: throw seedCastError("float64")
    // `np.asarray('')` is a '<U1' array, as `np.asarray(b'')` is 'S1'.
    case .string(let text): throw seedCastError("<U\(max(1, text.unicodeScalars.count))")
    case .bytes(let text): throw seedCastError("S\(max(1, text.unicodeScalars.count))")
    case .tensor(let tensor) where tensor.size == 0: throw PythonError.value("Seed must be non-empty")
    case .tensor(let tensor) where tensor.size == 1:
      if tensor.dtype.isInteger { return .word(try tensor.exactInts()[0]) }
      if tensor.dtype == .bool { throw PythonError.value("Seed array must be 1-d") }
      if tensor.dtype.isFloat { throw seedCastError(tensor.dtype.rawValue) }
    case .tensor(let tensor) where tensor.size > 1 && (tensor.dtype.isInteger || tensor.dtype == .bool):
      if tensor.dtype == .uint64 { throw seedCastError("uint64", array: true) }
      // `seed.squeeze()` first: only the axes longer than one count.
      guard tensor.shape.filter({ $0 != 1 }).count == 1 else { throw PythonError.value("Seed array must be 1-d") }
      return try seedWords(try tensor.exactInts())
    case .tensor(let tensor) where tensor.size > 1 && tensor.dtype.isFloat:
      throw seedCastError(tensor.dtype.rawValue, array: true)
    case .list, .tuple, .range:
      let items = try Interpreter.iterationItems(seed)
      if items.isEmpty { throw PythonError.value("Seed must be non-empty") }
      return try seedWords(try legacySeedSequence(items))
    default: break
    }
    throw PythonError.limit(
      "a legacy random seed (np.random.seed, RandomState) of type \(seed.typeName) is not supported in snippets: "
        + "give an int or a list of ints")
  }

  /// The safe cast's error for a seed NumPy's `np.asarray` makes of `dtype` (a 0-d array is a "scalar").
  private static func seedCastError(_ dtype: String, array: Bool = false) -> PythonError {
    PythonError.type(
      "Cannot cast \(array ? "array data" : "scalar") from dtype('\(dtype)') to dtype('int64') according to the rule 'safe'"
    )
  }

  /// The words `init_by_array` seeds from, each in 0 ..< 2**32.
  private static func seedWords(_ values: [Int]) throws(PythonError) -> LegacySeed {
    guard values.allSatisfy({ $0 >= 0 && $0 <= Int(UInt32.max) }) else {
      throw PythonError.value("Seed must be between 0 and 2**32 - 1")
    }
    return .key(values.map { UInt32($0) })
  }

  /// A list, tuple or range as NumPy's legacy seeding takes it: `np.asarray` of ints and bools is an int64 array of
  /// words; one float among them makes float64, which the safe cast refuses. Other elements (nested sequences, ints
  /// past 63 bits, text) would make arrays snippets do not model here: refused.
  private static func legacySeedSequence(_ items: [Value]) throws(PythonError) -> [Int] {
    if let rows = rectangularIntRows(items), rows > 0 {
      // An array of two or more axes, of ints: cast safely, then refused for its rank.
      throw PythonError.value("Seed array must be 1-d")
    }
    var values: [Int] = []
    var hasFloat = false
    for item in items {
      switch item {
      case .int(let value): values.append(value)
      case .bool(let flag): values.append(flag ? 1 : 0)
      case .float: hasFloat = true
      case .tensor(let tensor) where tensor.isScalar && tensor.dtype.isInteger && tensor.dtype != .uint64:
        values.append(try tensor.exactInts()[0])
      default:
        throw PythonError.limit(
          "a legacy random seed (np.random.seed, RandomState) holding a \(item.typeName) is not supported in "
            + "snippets: give ints")
      }
    }
    if hasFloat { throw seedCastError("float64", array: true) }
    return values
  }

  private static func entropy(_ seed: Value) throws(PythonError) -> [UInt32] {
    switch seed {
    case .range:
      return try entropy(.list(ValueList(try Interpreter.iterationItems(seed))))
    case .tensor(let tensor) where tensor.ndim == 0 && !tensor.isScalar:
      // A 0-d array is taken for a sequence, which has no length.
      throw PythonError.type("len() of unsized object")
    case .tensor(let tensor) where tensor.ndim == 1 && tensor.dtype.isInteger && tensor.size <= 64:
      return try entropy(.list(ValueList(try tensor.exactInts().map { Value.int($0) })))
    case .tensor(let tensor) where tensor.isScalar && !tensor.dtype.isInteger && !tensor.dtype.isComplex:
      // NumPy names the scalar by its str (`3.0`, `True`).
      let shown =
        tensor.dtype == .bool ? (tensor.doubles[0] != 0 ? "True" : "False") : pythonFloatRepr(tensor.doubles[0])
      throw PythonError.type("SeedSequence expects int or sequence of ints for entropy not \(shown)")
    case .bytes:
      throw PythonError.type("SeedSequence expects int or sequence of ints for entropy not \(seed.repr)")
    case .list(let items), .tuple(let items):
      var words: [UInt32] = []
      for item in items { words += try entropy(item) }
      return words
    case .bigInt(let big):
      if big.negative { throw PythonError.value("expected non-negative integer") }
      return big.limbs.isEmpty ? [0] : big.limbs
    case .float(let value):
      throw PythonError.type("SeedSequence expects int or sequence of ints for entropy not \(pythonFloatRepr(value))")
    case .string(let text):
      throw PythonError.type("SeedSequence expects int or sequence of ints for entropy not \(text)")
    default:
      let value = try seed.toInt()
      if value < 0 { throw PythonError.value("expected non-negative integer") }
      return value >> 32 == 0 ? [UInt32(value)] : [UInt32(truncatingIfNeeded: value), UInt32(value >> 32)]
    }
  }

  /// A `Generator` method.
  static func callGenerator(_ name: String, on generator: inout RandomGenerator, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    if let distribution = GeneratorDistribution(rawValue: name) {
      return try generatorSample(distribution, call, on: &generator)
    }
    switch name {
    case "multinomial":
      let bound = try call.bind(["n", "pvals", "size"], required: 2)
      let (n, pvals) = try multinomialArguments(bound, legacy: false)
      let size = try sizeArgument(bound["size"])
      return .tensor(try core { try generator.multinomial(n: n, pvals: pvals, size: size) })
    case "bytes":
      let length = try call.bind(["length"], required: 1).value("length")
      switch length {
      case .int, .bool: break
      case .tensor(let tensor) where tensor.isScalar && tensor.dtype.isInteger: break
      default: throw Self.unsupported("bytes() in snippets takes an int length")
      }
      let drawn = try core { try generator.bytes(try length.toInt()) }
      return .bytes(String(String.UnicodeScalarView(drawn.map { Unicode.Scalar($0) })))
    case "dirichlet":
      let bound = try call.bind(["alpha", "size"], required: 1)
      let alpha = bound.value("alpha")
      switch alpha {
      case .int, .float, .bool: throw PythonError.type("object of type '\(alpha.typeName)' has no len()")
      default: break
      }
      let array = try alpha.toTensor()
      guard array.ndim == 1, !array.dtype.isComplex else {
        throw Self.unsupported("dirichlet() in snippets takes alpha as one axis of real numbers")
      }
      let values = try core { try array.astype(.float64) }.doubles
      let size = try sizeArgument(bound["size"])
      return .tensor(try core { try generator.dirichlet(alpha: values, size: size) })
    case "hypergeometric":
      let bound = try call.bind(["ngood", "nbad", "nsample", "size"], required: 3)
      var counts: [Int] = []
      for key in ["ngood", "nbad", "nsample"] {
        let value = bound.value(key)
        switch value {
        case .int, .bool: counts.append(try value.toInt())
        case .tensor(let tensor) where tensor.isScalar && (tensor.dtype.isInteger || tensor.dtype == .bool):
          counts.append(try value.toInt())
        default:
          throw Self.unsupported(
            "hypergeometric() in snippets takes ints for ngood, nbad and nsample; arrays and floats are not supported")
        }
      }
      let size = try sizeArgument(bound["size"])
      return try pythonInt(
        try core { try generator.hypergeometric(good: counts[0], bad: counts[1], sample: counts[2], size: size) },
        size)
    case "random", "standard_normal":
      let bound = try call.bind(["size", "dtype", "out"])
      if let dtype = bound["dtype"], try dtype.toDType() == .float32 {
        try rejectOut(bound["out"], name)
        let size = try sizeArgument(bound["size"])
        // One draw is a Python float, as for float64.
        return try pythonFloat(
          try core {
            name == "random"
              ? try generator.randomFloat32(size: size) : try generator.float32Ziggurat(exponential: false, size: size)
          }, size)
      }
      try requireFloat64(bound["dtype"], name)
      try rejectOut(bound["out"], name)
      let size = try sizeArgument(bound["size"])
      let tensor = try core {
        name == "random" ? try generator.random(size: size) : try generator.standardNormal(size: size)
      }
      return try pythonFloat(tensor, size)
    case "uniform":
      let bound = try call.bind(["low", "high", "size"])
      if isParameterArray(bound["low"]) || isParameterArray(bound["high"]) {
        var bounds: [Tensor] = []
        for (key, fallback) in [("low", 0.0), ("high", 1.0)] {
          let tensor = try bound[key]?.toTensor() ?? Tensor(shape: [], storage: .float64([fallback]))
          guard !tensor.dtype.isComplex else { throw Self.unsupported("uniform() in snippets takes real numbers") }
          bounds.append(try core { try tensor.astype(.float64) })
        }
        let size = try sizeArgument(bound["size"])
        return .tensor(try core { try generator.uniform(low: bounds[0], high: bounds[1], size: size) })
      }
      return try normalOrUniform(name, call) { low, high, size in
        try generator.uniform(low: low, high: high, size: size)
      }
    case "standard_cauchy":
      let size = try sizeArgument(try call.bind(["size"])["size"])
      return try pythonFloat(try core { try generator.standardCauchy(size: size) }, size)
    case "standard_exponential":
      let bound = try call.bind(["size", "dtype", "method", "out"])
      var isFloat32 = false
      if let dtype = bound["dtype"] { isFloat32 = try dtype.toDType() == .float32 }
      if !isFloat32 { try requireFloat64(bound["dtype"], name) }
      try rejectOut(bound["out"], name)
      // NumPy draws by inversion for any method but 'zig' (None, a number and a misspelling too).
      let size: [Int]?
      switch bound.values["method"] {
      case nil, .string("zig")?: size = try sizeArgument(bound["size"])
      case .string?, .none?, .int?, .float?, .bool?:
        let inverseSize = try sizeArgument(bound["size"])
        return try pythonFloat(
          try core { try generator.inverseExponential(float32: isFloat32, size: inverseSize) }, inverseSize)
      case let method?:
        throw Self.unsupported("\(name)(method=\(method.repr)) is not supported in snippets: a str is")
      }
      return try pythonFloat(
        try core {
          isFloat32
            ? try generator.float32Ziggurat(exponential: true, size: size)
            : try generator.standardExponential(size: size)
        }, size)
    case "integers":
      let bound = try call.bind(["low", "high", "size", "dtype", "endpoint"], required: 1)
      let dtype = try bound["dtype"]?.toDType() ?? .int64
      if dtype.isInexact {
        throw Self.unsupported("integers() in snippets draws integer and bool dtypes only; NumPy raises here")
      }
      for key in ["low", "high"] {
        if case .tensor(let given)? = bound[key], given.ndim == 0, given.dtype.isInexact {
          throw Self.unsupported(
            "integers() with a \(given.dtype.rawValue) NumPy number for \(key) is not supported in snippets: NumPy "
              + "converts it to an int its own way; give ints")
        }
      }
      if isParameterArray(bound["low"]) || isParameterArray(bound["high"]) {
        // NumPy's array path: int64 bounds drawn by Lemire's method one element at a time.
        var bounds = [Tensor(shape: [], storage: .int64([0]))]
        for key in ["low", "high"] {
          guard let value = bound[key] else { continue }
          let tensor = try value.toTensor()
          guard dtype == .int64, tensor.dtype.isInteger && tensor.dtype != .uint64 || tensor.dtype == .bool else {
            throw Self.unsupported(
              "integers() in snippets takes arrays of ints (not uint64) for low and high, drawn as int64")
          }
          bounds.append(tensor)
        }
        if bounds.count == 3 { bounds.removeFirst() }
        let endpoint = try bound.flag("endpoint")
        let size = try sizeArgument(bound["size"])
        return .tensor(
          try core { try generator.integers(low: bounds[0], high: bounds[1], endpoint: endpoint, size: size) })
      }
      var low = try integerBound(bound, "low")
      var high = low
      if bound["high"] != nil { high = try integerBound(bound, "high") } else { low = 0 }
      let endpoint = try bound.flag("endpoint")
      let size = try sizeArgument(bound["size"])
      if dtype != .int64 {
        return .tensor(
          try core { try generator.integers(low: low, high: high, endpoint: endpoint, size: size, dtype: dtype) })
      }
      return .tensor(try core { try generator.integers(low: low, high: high, endpoint: endpoint, size: size) })
    case "binomial":
      let bound = try call.bind(["n", "p", "size"], required: 2)
      if isParameterArray(bound["n"]) || isParameterArray(bound["p"]) {
        let n = try bound.value("n").toTensor()
        let p = try bound.value("p").toTensor()
        // NumPy casts n to int64 only safely: from integers or bools, not floats.
        guard n.dtype.isInteger && n.dtype != .uint64 || n.dtype == .bool, !p.dtype.isComplex else {
          throw Self.unsupported("binomial() in snippets takes arrays of ints for n and of real numbers for p")
        }
        let probabilities = try core { try p.astype(.float64) }
        let size = try sizeArgument(bound["size"])
        return .tensor(try core { try generator.binomial(n: n, p: probabilities, size: size) })
      }
      let n = try integer(bound, "n")
      let p = try number(bound, "p", 0)
      let size = try sizeArgument(bound["size"])
      return try pythonInt(try core { try generator.binomial(n: n, p: p, size: size) }, size)
    case "choice":
      let bound = try call.bind(["a", "size", "replace", "p", "axis", "shuffle"], required: 1)
      let shuffle = try bound["shuffle"]?.truthValue() ?? true
      return try choice(bound, axis: bound.values["axis"]) { population, array, size, replace, p throws in
        if let array {
          return try generator.choice(from: array, size: size, replace: replace, p: p, shuffle: shuffle)
        }
        return try generator.choice(populationSize: population, size: size, replace: replace, p: p, shuffle: shuffle)
      }
    case "multivariate_normal":
      return try multivariateNormal(call, legacy: false) { shape throws in try generator.standardNormal(size: shape) }
    case "permutation", "shuffle":
      let bound = try call.bind(["x", "axis"], required: 1)
      let x = bound.value("x")
      if name == "permutation", case .int(let count) = x {
        // NumPy shuffles `np.arange(x)` and never reads the axis.
        return .tensor(try core { try generator.permutation(count) })
      }
      if let axis = bound.values["axis"] { try checkCAxis(axis) }
      if let axis = bound["axis"], let drawn = try Self.alongAxis(name, x, axis, on: &generator) { return drawn }
      if name == "shuffle", case .list(let list) = x {
        return try Self.shuffleList(list) { count throws in try generator.permutation(count) }
      }
      if name == "permutation",
        let permuted = try Self.permutedText(x, { count throws in try generator.permutation(count) })
      {
        return permuted
      }
      let array = try shuffleArgument(x, name, legacy: false)
      return .tensor(try core { try generator.shuffled(array) })
    case "permuted":
      return try permuted(call, on: &generator)
    default:
      throw PythonError("AttributeError", "'numpy.random._generator.Generator' object has no attribute '\(name)'")
    }
  }

  /// A Generator sampler of `GeneratorDistribution`'s table: its parameters bound by NumPy's names and defaults
  /// (`standard_gamma` also takes `dtype` and `out`), then numbers drawn with NumPy's scalar checks, or, when a
  /// parameter is a list, tuple or array, every parameter taken as a float64 array and drawn with its array checks.
  /// One draw is a Python float (an int for the discrete samplers), as NumPy returns it.
  private static func generatorSample(
    _ distribution: GeneratorDistribution, _ call: CallArguments, on generator: inout RandomGenerator
  ) throws(PythonError) -> Value {
    let name = distribution.rawValue
    let parameters = distribution.parameters
    var names = parameters.map(\.name) + ["size"]
    if distribution == .standardGamma { names += ["dtype", "out"] }
    let bound = try call.bind(names, required: parameters.filter { $0.fallback == nil }.count)
    if distribution == .standardGamma {
      if let float32 = try float32StandardGamma(bound, on: &generator) { return float32 }
      try requireFloat64(bound["dtype"], name)
      try rejectOut(bound["out"], name)
    }
    for parameter in parameters {
      // NumPy converts a str through an array first: its errors depend on the text, and are not reproduced.
      if case .string = bound[parameter.name] {
        throw Self.unsupported("\(name)() in snippets takes a number or an array of numbers for \(parameter.name)")
      }
    }
    let size = try sizeArgument(bound["size"])
    if parameters.contains(where: { isParameterArray(bound[$0.name]) }) {
      var arrays: [Tensor] = []
      for parameter in parameters {
        if bound.values[parameter.name]?.isNone == true {
          throw Self.unsupported(
            "\(name)() with \(parameter.name)=None beside an array of parameters is not supported in snippets: NumPy "
              + "reads it as NaN")
        }
        guard let value = bound[parameter.name] else {
          arrays.append(Tensor(shape: [], storage: .float64([parameter.fallback ?? 0])))
          continue
        }
        let tensor = try value.toTensor()
        guard !tensor.dtype.isComplex else {
          throw Self.unsupported("\(name)() in snippets takes real numbers for \(parameter.name)")
        }
        arrays.append(try core { try tensor.astype(.float64) })
      }
      return .tensor(try core { try generator.sample(distribution, arrays: arrays, size: size) })
    }
    var values: [Double] = []
    for parameter in parameters { values.append(try number(bound, parameter.name, parameter.fallback ?? 0)) }
    let drawn = try core { try generator.sample(distribution, values, size: size) }
    return distribution.isDiscrete ? try pythonInt(drawn, size) : try pythonFloat(drawn, size)
  }

  /// `standard_gamma(shape, size, dtype=np.float32)`: NumPy's float32 sampler of a number shape made float32 first
  /// (its sign bit, -0.0 too, is NumPy's "shape < 0"). Nil for another dtype; a shape array and an `out` are
  /// refused.
  private static func float32StandardGamma(_ bound: BoundArguments, on generator: inout RandomGenerator)
    throws(PythonError) -> Value?
  {
    guard let dtype = bound["dtype"], try dtype.toDType() == .float32 else { return nil }
    try rejectOut(bound["out"], "standard_gamma")
    if isParameterArray(bound["shape"]) {
      throw Self.unsupported("standard_gamma() of float32 in snippets takes a number for shape, not an array")
    }
    if case .string? = bound["shape"] {
      throw Self.unsupported("standard_gamma() in snippets takes a number or an array of numbers for shape")
    }
    let shape = Float(try number(bound, "shape", 0))
    if !shape.isNaN && shape.sign == .minus { throw PythonError.value("shape < 0") }
    let size = try sizeArgument(bound["size"])
    return try pythonFloat(try core { try generator.float32StandardGamma(shape: shape, size: size) }, size)
  }

  /// The common length of `items` when each is a list or tuple of Python ints and bools of that length (what
  /// `np.asarray` makes a 2-d int array of); nil otherwise.
  private static func rectangularIntRows(_ items: [Value]) -> Int? {
    let isInt: (Value) -> Bool = {
      switch $0 {
      case .int, .bool: true
      default: false
      }
    }
    var length: Int?
    for item in items {
      let row: ValueList
      switch item {
      case .list(let items), .tuple(let items): row = items
      default: return nil
      }
      guard row.allSatisfy(isInt), length == nil || length == row.count else { return nil }
      length = row.count
    }
    return length
  }

  /// Restarts a legacy state from what `legacySeed` made of a seed.
  static func seedLegacy(_ state: inout RandomState, _ seed: LegacySeed) throws(PythonError) {
    switch seed {
    case .word(let value): try core { try state.seed(value) }
    case .key(let words): state.seed(key: words)
    }
  }

  /// A legacy function, on the module's global RandomState or on a `RandomState` object.
  static func callLegacy(_ name: String, on state: inout RandomState, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    switch name {
    case "seed":
      guard let seed = try call.bind(["seed"])["seed"] else {
        throw Self.unsupported(
          "np.random.seed() needs an int in snippets, so that every build prints the same numbers")
      }
      try seedLegacy(&state, try legacySeed(seed))
      return .none
    case "rand", "randn":
      try call.rejectKeywords()
      // The dimensions in order as NumPy's shape converter reads them (one past 64 bits is its ValueError).
      let shape = try Value.tuple(ValueList(call.positional)).toCreationShape()
      if shape.isEmpty { return .float(name == "rand" ? state.rand() : state.randn()) }
      return .tensor(try core { name == "rand" ? try state.rand(shape: shape) : try state.randn(shape: shape) })
    case "random", "random_sample", "sample", "ranf":
      // `sample` and `ranf` are the legacy module's other names of `random_sample` (no RandomState method).
      let size = try sizeArgument(try call.bind(["size"])["size"])
      return try pythonFloat(try core { try state.randomSample(size: size) }, size)
    case "normal", "uniform":
      return try normalOrUniform(name, call) { first, second, size in
        name == "normal"
          ? try state.normal(loc: first, scale: second, size: size)
          : try state.uniform(low: first, high: second, size: size)
      }
    case "standard_normal":
      let size = try sizeArgument(try call.bind(["size"])["size"])
      return try pythonFloat(try core { try state.normal(loc: 0, scale: 1, size: size) }, size)
    case "standard_gamma", "gamma", "chisquare", "standard_t", "f":
      let names: [String] =
        switch name {
        case "standard_gamma": ["shape", "size"]
        case "gamma": ["shape", "scale", "size"]
        case "f": ["dfnum", "dfden", "size"]
        default: ["df", "size"]
        }
      let bound = try call.bind(names, required: name == "f" ? 2 : 1)
      let first = try number(bound, names[0], 0)
      let size = try sizeArgument(bound["size"])
      let family: RandomState.GammaFamily =
        switch name {
        case "standard_gamma": .gamma(shape: first, scale: 1)
        case "gamma": .gamma(shape: first, scale: try number(bound, "scale", 1))
        case "chisquare": .chisquare(df: first)
        case "standard_t": .studentT(df: first)
        default: .f(dfnum: first, dfden: try number(bound, "dfden", 0))
        }
      return try pythonFloat(try core { try state.gammaFamily(family, size: size) }, size)
    case "standard_cauchy":
      let size = try sizeArgument(try call.bind(["size"])["size"])
      return try pythonFloat(try core { try state.standardCauchy(size: size) }, size)
    case "exponential", "standard_exponential":
      let bound = try call.bind(name == "exponential" ? ["scale", "size"] : ["size"])
      let scale = name == "exponential" ? try number(bound, "scale", 1) : 1
      let size = try sizeArgument(bound["size"])
      return try pythonFloat(try core { try state.exponential(scale: scale, size: size) }, size)
    case "binomial":
      let bound = try call.bind(["n", "p", "size"], required: 2)
      let n = try integer(bound, "n")
      let p = try number(bound, "p", 0)
      let size = try sizeArgument(bound["size"])
      return try pythonInt(try core { try state.binomial(n: n, p: p, size: size) }, size)
    case "poisson":
      let bound = try call.bind(["lam", "size"])
      let lam = try number(bound, "lam", 1)
      let size = try sizeArgument(bound["size"])
      return try pythonInt(try core { try state.poisson(lam: lam, size: size) }, size)
    case "geometric":
      let bound = try call.bind(["p", "size"], required: 1)
      let p = try number(bound, "p", 0)
      let size = try sizeArgument(bound["size"])
      return try pythonInt(try core { try state.geometric(p: p, size: size) }, size)
    case "negative_binomial":
      let bound = try call.bind(["n", "p", "size"], required: 2)
      let n = try number(bound, "n", 0)
      let p = try number(bound, "p", 0)
      let size = try sizeArgument(bound["size"])
      return try pythonInt(try core { try state.negativeBinomial(n: n, p: p, size: size) }, size)
    case "lognormal", "laplace":
      let names = name == "lognormal" ? ["mean", "sigma", "size"] : ["loc", "scale", "size"]
      let bound = try call.bind(names)
      let first = try number(bound, names[0], 0)
      let second = try number(bound, names[1], 1)
      let size = try sizeArgument(bound["size"])
      return try pythonFloat(
        try core {
          name == "lognormal"
            ? try state.lognormal(mean: first, sigma: second, size: size)
            : try state.laplace(loc: first, scale: second, size: size)
        }, size)
    case "logistic", "gumbel":
      let bound = try call.bind(["loc", "scale", "size"])
      let loc = try number(bound, "loc", 0)
      let scale = try number(bound, "scale", 1)
      let size = try sizeArgument(bound["size"])
      return try pythonFloat(
        try core {
          name == "logistic"
            ? try state.logistic(loc: loc, scale: scale, size: size)
            : try state.gumbel(loc: loc, scale: scale, size: size)
        }, size)
    case "zipf":
      let bound = try call.bind(["a", "size"], required: 1)
      let a = try number(bound, "a", 0)
      let size = try sizeArgument(bound["size"])
      // 2^(a - 1) overflows: NumPy's rejection loop then compares NaNs and never ends.
      if a - 1 >= 1024 {
        throw unsupported("zipf(a) with a - 1 >= 1024 is not supported in snippets: NumPy's sampler never returns")
      }
      return try pythonInt(try core { try state.zipf(a: a, size: size) }, size)
    case "rayleigh":
      let bound = try call.bind(["scale", "size"])
      let scale = try number(bound, "scale", 1)
      let size = try sizeArgument(bound["size"])
      return try pythonFloat(try core { try state.rayleigh(scale: scale, size: size) }, size)
    case "beta":
      let bound = try call.bind(["a", "b", "size"], required: 2)
      let a = try number(bound, "a", 0)
      let b = try number(bound, "b", 0)
      let size = try sizeArgument(bound["size"])
      return try pythonFloat(try core { try state.beta(a: a, b: b, size: size) }, size)
    case "pareto", "weibull", "power":
      let bound = try call.bind(["a", "size"], required: 1)
      let a = try number(bound, "a", 0)
      let size = try sizeArgument(bound["size"])
      guard let kind = ShapedExponential(rawValue: name) else { return .none }
      return try pythonFloat(try core { try state.shapedExponential(kind, a: a, size: size) }, size)
    case "multinomial":
      let bound = try call.bind(["n", "pvals", "size"], required: 2)
      let (n, pvals) = try multinomialArguments(bound)
      let size = try sizeArgument(bound["size"])
      return .tensor(try core { try state.multinomial(n: n, pvals: pvals, size: size) })
    case "multivariate_normal":
      return try multivariateNormal(call, legacy: true) { shape throws in
        try state.normal(loc: 0, scale: 1, size: shape)
      }
    case "randint":
      let bound = try call.bind(["low", "high", "size", "dtype"], required: 1)
      var low = try integerBound(bound, "low")
      var high = low
      if bound["high"] != nil { high = try integerBound(bound, "high") } else { low = 0 }
      let size = try sizeArgument(bound["size"])
      // NumPy returns a Python int (bool) for one draw of dtype `int` (the default) or `bool`; of any other dtype,
      // a NumPy scalar (`np.uint8(172)`, `np.int64(3)`).
      let requested = bound["dtype"] ?? .function("int")
      if case .function("int") = requested {
        return try pythonInt(try core { try state.randint(low: low, high: high, size: size) }, size)
      }
      let dtype = try requested.toDType()
      guard dtype.isInteger || dtype == .bool else {
        throw PythonError.type("Unsupported dtype dtype('\(dtype.rawValue)') for randint")
      }
      let drawn = try core { try state.randint(low: low, high: high, size: size, dtype: dtype) }
      if size == nil, case .function("bool") = requested, case .bool(let flags) = drawn.storage {
        return .bool(flags.first ?? false)
      }
      return .tensor(drawn)
    case "random_integers":
      // NumPy's deprecated wrapper (its DeprecationWarning goes to stderr, not the page): `randint(low, int(high) + 1,
      // size=size, dtype='l')`, drawing from [1, low] when high is None.
      let bound = try call.bind(["low", "high", "size"], required: 1)
      var low = bound.value("low")
      var high = bound.values["high"] ?? .none
      if high.isNone { (low, high) = (.int(1), low) }
      let integral = try PythonBuiltins.int(
        CallArguments(function: "int", positional: [high], keywords: [], positionalTexts: [""]))
      if let empty = try checkRandomIntegersBounds(low, integral, size: bound.values["size"]) { return empty }
      var forwarded = CallArguments(
        function: "random_integers", positional: [low, try Operators.binary(.add, integral, .int(1))],
        keywords: [("dtype", .string("l"))], positionalTexts: ["", ""])
      if let size = bound.values["size"] { forwarded.keywords.append(("size", size)) }
      return try callLegacy("randint", on: &state, forwarded)
    case "choice":
      let bound = try call.bind(["a", "size", "replace", "p"], required: 1)
      return try choice(bound, legacy: true) { population, array, size, replace, p throws in
        if let array {
          return try state.choice(from: array, size: size, replace: replace, p: p)
        }
        return try state.choice(populationSize: population, size: size, replace: replace, p: p)
      }
    case "permutation", "shuffle":
      let x = try call.bind(["x"], required: 1).value("x")
      if name == "permutation", case .int(let count) = x {
        return .tensor(try core { try state.permutation(count) })
      }
      if name == "shuffle", case .list(let list) = x {
        return try Self.shuffleList(list) { count throws in try state.permutation(count) }
      }
      if name == "permutation",
        let permuted = try Self.permutedText(x, { count throws in try state.permutation(count) })
      {
        return permuted
      }
      let array = try shuffleArgument(x, name, legacy: true)
      return .tensor(try core { try state.shuffled(array) })
    default:
      throw PythonError("AttributeError", "module 'numpy.random' has no attribute '\(name)'")
    }
  }

  /// NumPy's int64 bounds checks of `random_integers(low, high)` for a Python int past 64 bits (after `high = int(high)`),
  /// which the draw itself cannot hold: an empty `size` returns its empty int64 array before any check, then low below
  /// -2**63, high past 2**63 - 1, and low past high are NumPy's ValueErrors; high exactly 2**63 - 1 (a draw over
  /// [low, 2**63 - 1]) is refused. Nil when the draw can go ahead.
  private static func checkRandomIntegersBounds(_ low: Value, _ high: Value, size: Value?) throws(PythonError)
    -> Value?
  {
    guard let highInteger = high.bigInteger else { return nil }
    let lowInteger = low.bigInteger
    let lowIsHuge = lowInteger.map { $0.asInt == nil } ?? false
    guard lowIsHuge || highInteger.asInt == nil || highInteger.asInt == Int.max else { return nil }
    if let shape = try sizeArgument(size), shape.reduce(1, *) == 0 {
      return .tensor(try core { try Tensor.zeros(shape, dtype: .int64) })
    }
    if lowIsHuge, lowInteger?.negative == true { throw PythonError.value("low is out of bounds for int64") }
    if highInteger.asInt == nil {
      guard highInteger.negative else { throw PythonError.value("high is out of bounds for int64") }
    }
    if let lowInteger, highInteger < lowInteger { throw PythonError.value("low >= high") }
    throw NumpyArrays.unsupported("random_integers() up to 2**63 - 1 is not supported in snippets")
  }

  /// `choice`'s arguments, shared by both generators; an int `a` chosen from with no size gives a Python int, an
  /// array's element a NumPy scalar, as NumPy returns them.
  private static func choice(
    _ bound: BoundArguments, axis: Value? = nil, legacy: Bool = false,
    _ draw: (Int, Tensor?, [Int]?, Bool, [Double]?) throws -> Tensor
  ) throws(PythonError) -> Value {
    let a = bound.value("a")
    if case .string? = bound["size"] {
      throw Self.unsupported("choice() with a str size is not supported in snippets: NumPy multiplies the text")
    }
    let size = try sizeArgument(bound["size"])
    // `if replace:` (and Cython's bool conversion): None is false.
    let replace = try bound.values["replace"].map { (value) throws(PythonError) in try value.truthValue() } ?? true
    var p: [Double]?
    if let given = bound["p"] {
      switch given {
      case .int, .bool, .float, .bigInt, .complex:
        // NumPy takes `len(p)` first.
        throw PythonError.type("object of type '\(given.typeName)' has no len()")
      default: break
      }
      let probabilities = try given.toTensor()
      if probabilities.ndim != 1 { throw PythonError.value("p must be 1-dimensional") }
      p = probabilities.doubles
    }
    // NumPy takes `operator.index(a.item())` of a 0-d `np.asarray(a)`: a bool, a NumPy int or a 0-d int array too.
    if let population = try integerPopulation(a) {
      return try pythonInt(try core { try draw(population, nil, size, replace, p) }, size)
    }
    if let text = try textPopulation(a) {
      // NumPy draws the indices as for `choice(len(a))` and returns `a[indices]`, an np.str_ when size is None.
      guard text.shape.count == 1 else {
        throw Self.unsupported("choice() of a string array of \(text.shape.count) axes is not supported in snippets")
      }
      if try choiceAxis(axis, ndim: text.shape.count, size: size) != 0 {
        throw Self.unsupported("choice() of a string array in snippets works along axis 0 only")
      }
      let indices = try core { try draw(text.shape[0], nil, size, replace, p) }
      return try StringArrays.index(text, .tensor(indices))
    }
    let array = try a.toTensor()
    if array.ndim == 0 {
      throw PythonError.value(
        legacy
          ? "a must be 1-dimensional or an integer" : "a must be a sequence or an integer, not <class '\(a.typeName)'>")
    }
    let axisIndex = try choiceAxis(axis, ndim: array.ndim, size: size)
    guard axisIndex != 0 else { return .tensor(try core { try draw(array.shape[0], array, size, replace, p) }) }
    // NumPy draws indices into `a.shape[axis]` and returns `a.take(indices, axis=axis)`, a new C-ordered array: the
    // rows of `a` with that axis moved first, drawn as along axis 0, with the drawn axes moved back into its place.
    return .tensor(
      try core {
        let moved = try array.movingAxes(from: [axisIndex], to: [0])
        let drawn = try draw(moved.shape[0], moved, size, replace, p)
        let drawnAxes = drawn.ndim - (array.ndim - 1)
        guard drawnAxes > 0 else { return try drawn.copy() }
        return try drawn.movingAxes(
          from: Array(0..<drawnAxes), to: Array(axisIndex..<(axisIndex + drawnAxes))
        ).copy()
      })
  }

  /// The population size `choice` reads from an int-like `a` (a Python int or bool, a NumPy int or bool, a 0-d int
  /// or bool array); nil for anything else.
  private static func integerPopulation(_ a: Value) throws(PythonError) -> Int? {
    switch a {
    case .int(let value): return value
    case .bool(let flag): return flag ? 1 : 0
    case .tensor(let tensor) where tensor.ndim == 0 && (tensor.dtype.isInteger || tensor.dtype == .bool):
      return try tensor.exactInts()[0]
    default: return nil
    }
  }

  /// The axis of an array population a Generator's `choice` draws along, as NumPy reads it: `a.shape[axis]` (an
  /// int, a NumPy int or a bool, in bounds), then `a.take(indices, axis=axis)`, whose axis converter takes no bool
  /// (skipped only for a 1-d `a` and `size=()`). An int population never reads the axis.
  private static func choiceAxis(_ axis: Value?, ndim: Int, size: [Int]?) throws(PythonError) -> Int {
    guard let axis else { return 0 }
    let position: Int
    switch axis {
    case .bool(let flag): position = flag ? 1 : 0
    case .int(let value): position = value
    case .bigInt: throw PythonError.index("cannot fit 'int' into an index-sized integer")
    case _ where axis.isIntegerNumber: position = try axis.toInt()
    default: throw PythonError.type("tuple indices must be integers or slices, not \(axis.typeName)")
    }
    guard -ndim..<ndim ~= position else { throw PythonError.index("tuple index out of range") }
    if case .bool = axis, !(ndim == 1 && size == []) {
      throw PythonError.type("an integer is required for the axis")
    }
    return position < 0 ? position + ndim : position
  }

  /// The strings `choice` picks from, as a string array: a string array, or a list or tuple holding a str; nil for
  /// anything else.
  private static func textPopulation(_ a: Value) throws(PythonError) -> TextArray? {
    switch a {
    case .textArray(let array): return array
    case .list(let items), .tuple(let items):
      let holdsText = items.contains {
        switch $0 {
        case .string, .textScalar: true
        default: false
        }
      }
      return holdsText ? try StringArrays.textArray(a) : nil
    default: return nil
    }
  }

  /// `shuffle(xs)` of a list, in place: NumPy's untyped path swaps `x[i]` with `x[random_interval(i)]` for i from the
  /// end, the draws and order `permutation(len(xs))` makes, so the list takes its items in that permutation's order.
  private static func shuffleList(_ list: ValueList, permutation: (Int) throws -> Tensor) throws(PythonError) -> Value {
    guard case .int64(let order) = try core({ try permutation(list.count) }).storage else { return .none }
    let items = Array(list)
    try list.replace(with: order.map { items[Int($0)] })
    return .none
  }

  /// `permutation(x)` of a string array or a list holding str, of one axis or more: NumPy shuffles the rows as it
  /// shuffles `np.arange(len(x))` (the same draws), so the result is `x[permutation(len(x))]`. Nil for anything
  /// else, and for a 0-d array, whose error the general path gives.
  private static func permutedText(_ x: Value, _ permutation: (Int) throws -> Tensor) throws(PythonError) -> Value? {
    guard let text = try textPopulation(x), let rows = text.shape.first else { return nil }
    let order = try core { try permutation(rows) }
    return try StringArrays.index(text, .tensor(order))
  }

  /// The array `permutation(x)` or `shuffle(x)` reorders, with NumPy's error for anything without a first axis.
  private static func shuffleArgument(_ x: Value, _ name: String, legacy: Bool) throws(PythonError) -> Tensor {
    if name == "shuffle" {
      switch x {
      case .list, .tuple:
        throw Self.unsupported(
          "shuffle() in snippets takes an array, which it shuffles in place; write x = np.array([...]) first")
      case .tensor(let scalar) where scalar.isScalar:
        throw PythonError.type("object of type '\(x.typeName)' has no len()")
      case .int, .float, .bool:
        throw PythonError.type("object of type '\(x.typeName)' has no len()")
      default: break
      }
    }
    let tensor = try x.toTensor()
    if tensor.ndim == 0 {
      if name == "shuffle" { throw PythonError.type("len() of unsized object") }
      if legacy { throw PythonError.index("x must be an integer or at least 1-dimensional") }
      throw PythonError("AxisError", "axis 0 is out of bounds for array of dimension 0")
    }
    return tensor
  }

  /// A Generator's `permutation(x, axis)` or `shuffle(x, axis)` along an axis other than 0, as NumPy draws it; nil
  /// for axis 0, which the callers draw as without one.
  private static func alongAxis(_ name: String, _ x: Value, _ axisValue: Value, on generator: inout RandomGenerator)
    throws(PythonError) -> Value?
  {
    let takesAxis: Bool
    switch (name, x) {
    case ("shuffle", .list):
      if try axisValue.toInt() != 0 {
        throw PythonError("NotImplementedError", "Axis argument is only supported on ndarray objects")
      }
      return nil
    case ("shuffle", .tensor(let array)): takesAxis = !array.isScalar && array.ndim >= 1
    case ("permutation", _): takesAxis = !(x.isIntegerNumber || x.isBoolNumber)
    default: takesAxis = false
    }
    guard takesAxis else {
      try requireAxisZero(axisValue, name)
      return nil
    }
    let array = try x.toTensor()
    let axis = try AxisConversion.normalized(try axisValue.toInt(), ndim: array.ndim)
    guard axis != 0 else { return nil }
    if name == "shuffle" {
      // NumPy swaps the rows of `np.swapaxes(x, 0, axis)` in place, the partners drawn as along axis 0; the result
      // replaces `x` (finishShuffle), held in C order as the axis-0 shuffle's.
      return .tensor(
        try core {
          let shuffled = try generator.shuffled(try array.movingAxes(from: [axis], to: [0]))
          return try shuffled.movingAxes(from: [0], to: [axis]).copy()
        })
    }
    // NumPy shuffles `np.arange(x.shape[axis])` and returns `x[:, …, indices]` (the indices at `axis`), an advanced
    // index whose result NumPy holds with that axis outermost in memory.
    let order = try core { try generator.permutation(array.shape[axis]) }
    var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: axis)
    items.append(.indices(shape: [array.shape[axis]], values: try order.exactInts()))
    let picked = try core { try array.index(items) }
    return ResultLayout.settleIndexing(array, items, .none, .tensor(picked))
  }

  /// `multivariate_normal(mean, cov, size, check_valid, tol)` (and the Generator's keyword-only `method`): NumPy's
  /// argument checks, then `draw` gives the standard normals of shape size + (n,), then the covariance's factor.
  private static func multivariateNormal(
    _ call: CallArguments, legacy: Bool, draw: ([Int]) throws -> Tensor
  ) throws(PythonError) -> Value {
    let names = ["mean", "cov", "size", "check_valid", "tol"] + (legacy ? [] : ["method"])
    let bound = try call.bind(names, required: 2)
    var method = CovarianceFactorization.svd
    if let given = bound["method"] {
      guard case .string(let text) = given, let parsed = CovarianceFactorization(rawValue: text) else {
        throw PythonError.value("method must be one of {'eigh', 'svd', 'cholesky'}")
      }
      method = parsed
    }
    let mean = try bound.value("mean").toTensor()
    let cov = try bound.value("cov").toTensor()
    if !legacy && (mean.dtype.isComplex || cov.dtype.isComplex) {
      throw PythonError.type("mean and cov must not be complex")
    }
    var shape: [Int] = []
    if let size = bound["size"], !size.isNone {
      if case .int(let count) = size { shape = [count] } else { shape = try size.toShape() }
    }
    if mean.ndim != 1 { throw PythonError.value("mean must be 1 dimensional") }
    if cov.ndim != 2 || cov.shape[0] != cov.shape[1] {
      throw PythonError.value("cov must be 2 dimensional and square")
    }
    if mean.shape[0] != cov.shape[0] { throw PythonError.value("mean and cov must have same length") }
    var checkValid = "warn"
    if let given = bound["check_valid"] {
      // Anything but these strings is NumPy's ValueError, raised after the draw (Tensor.multivariateNormal).
      if case .string(let text) = given { checkValid = text } else { checkValid = "not a string" }
    }
    let tolerance = try bound.double("tol", default: 1e-8)
    let finalShape = shape + [mean.shape[0]]
    let samples = try core {
      let normals = try draw(finalShape).reshape([-1, mean.shape[0]])
      return try Tensor.multivariateNormal(
        standardNormals: normals, mean: mean, covariance: cov, method: method, legacy: legacy,
        checkValid: checkValid, tolerance: tolerance
      ).reshape(finalShape)
    }
    return .tensor(samples)
  }

  /// `size=`: None for one draw, an int, or a tuple/list of ints.
  /// `normal(loc=0.0, scale=1.0, size=None)` or `uniform(low=0.0, high=1.0, size=None)`, called the same way on a
  /// Generator and on the legacy RandomState: binds the arguments, draws with `draw(first, second, size)` and
  /// returns a float for no size, else the array.
  private static func normalOrUniform(
    _ name: String, _ call: CallArguments, draw: (Double, Double, [Int]?) throws -> Tensor
  ) throws(PythonError) -> Value {
    let names = name == "normal" ? ["loc", "scale", "size"] : ["low", "high", "size"]
    let bound = try call.bind(names)
    if isParameterArray(bound[names[0]]) || isParameterArray(bound[names[1]]) {
      if names.dropLast().contains(where: { bound.values[$0]?.isNone == true }) {
        throw Self.unsupported(
          "np.random.\(name) with None beside an array of parameters is not supported in snippets: NumPy reads it "
            + "as NaN")
      }
      return try broadcastDraw(name, bound, names, draw: draw)
    }
    let first = try number(bound, names[0], 0)
    let second = try number(bound, names[1], 1)
    let size = try sizeArgument(bound["size"])
    return try pythonFloat(try core { try draw(first, second, size) }, size)
  }

  /// True for a parameter NumPy takes as an array of parameters: a list, a tuple or an array of at least one axis.
  private static func isParameterArray(_ value: Value?) -> Bool {
    switch value {
    case .list, .tuple: true
    case .tensor(let tensor): !tensor.shape.isEmpty
    default: false
    }
  }

  /// `normal` or `uniform` with an array of parameters: NumPy's `cont` broadcasts the two parameters (as float64)
  /// with each other and with `size`, then draws one value per element in C order, `loc + scale * z` or
  /// `low + (high - low) * u` with the same z or u the scalar path would draw there (`draw(0, 1, shape)` gives them
  /// exactly: `0 + 1 * z` is z). A negative or NaN scale, a range that is negative or not finite, and a size the
  /// parameters do not broadcast to are refused, as NumPy's wording for arrays differs from the scalar path's.
  private static func broadcastDraw(
    _ name: String, _ bound: BoundArguments, _ names: [String], draw: (Double, Double, [Int]?) throws -> Tensor
  ) throws(PythonError) -> Value {
    func parameter(_ key: String, _ fallback: Double) throws(PythonError) -> Tensor {
      guard let value = bound[key] else { return Tensor(shape: [], storage: .float64([fallback])) }
      let tensor = try value.toTensor()
      guard !tensor.dtype.isComplex else {
        throw Self.unsupported("\(name)() in snippets takes real numbers for \(key)")
      }
      return try core { try tensor.astype(.float64) }
    }
    let first = try parameter(names[0], 0)
    let second = try parameter(names[1], 1)
    let size = try sizeArgument(bound["size"])
    let joint: [Int]
    do {
      joint = try Tensor.broadcastShapes([first.shape, second.shape])
    } catch {
      throw Self.unsupported("\(name)() in snippets needs parameters that broadcast together")
    }
    let shape = size ?? joint
    if let size, (try? Tensor.broadcastShapes([size, joint])) != size {
      throw Self.unsupported("\(name)() in snippets with a size the parameters do not broadcast to is not supported")
    }
    let a = try core { try first.broadcast(to: shape).copy() }.doubles
    let b = try core { try second.broadcast(to: shape).copy() }.doubles
    let spread = name == "normal" ? b : zip(a, b).map { low, high in high - low }
    if name == "normal", spread.contains(where: { $0 < 0 || $0.isNaN || ($0 == 0 && $0.sign == .minus) }) {
      throw Self.unsupported("normal() in snippets with a negative or NaN scale in an array of scales")
    }
    if name == "uniform", spread.contains(where: { !$0.isFinite || $0 < 0 }) {
      throw Self.unsupported("uniform() in snippets with high - low negative or not finite in arrays of bounds")
    }
    let standard = try core { try draw(0, 1, shape) }.doubles
    var values: [Double] = []
    values.reserveCapacity(standard.count)
    for index in standard.indices { values.append(a[index] + spread[index] * standard[index]) }
    return .tensor(Tensor(shape: shape, storage: .float64(values)))
  }

  /// A sampler's `size` as NumPy's size converter reads it: a bool or a float (NumPy's or Python's) is its
  /// TypeError naming the value, an int past 63 bits its ValueError.
  private static func sizeArgument(_ value: Value?) throws(PythonError) -> [Int]? {
    guard let value, !value.isNone else { return nil }
    switch value {
    case .range: return try Value.list(ValueList(try Interpreter.iterationItems(value))).toCreationShape()
    case .bigInt: throw PythonError.value("Maximum allowed dimension exceeded")
    case .string, .bytes:
      // NumPy multiplies the text's extents together, which no ufunc loop does.
      throw PythonError.limit("a str or bytes size is not supported in snippets: NumPy fails in a ufunc loop there")
    default:
      // NumPy's shape converter: a bool or a float (NumPy's too) is "expected a sequence of integers or a single
      // integer, got '…'".
      return try value.toCreationShape()
    }
  }

  /// A scalar bound of `randint` or `integers`, which NumPy's `_rand_int64` reads with `int()`: a Python float
  /// truncates toward zero (NaN and infinity are Python's errors); otherwise `integer`'s reading.
  private static func integerBound(_ bound: BoundArguments, _ name: String) throws(PythonError) -> Int {
    guard case .float(let number)? = bound[name] else { return try integer(bound, name) }
    if number.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
    if number.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
    guard Swift.abs(number) < 0x1p63 else {
      throw NumpyArrays.unsupported("\(bound.function)() with a float bound past 2**63 is not supported in snippets")
    }
    return Int(number)
  }

  /// An integer parameter (`integers`' bounds, `binomial`'s n), refused as an array as `number` refuses one.
  private static func integer(_ bound: BoundArguments, _ name: String) throws(PythonError) -> Int {
    let value = bound.value(name)
    try refuseArray(value, bound, name)
    if case .string = value {
      // NumPy casts the text to int64 (`integers('5')` draws below 5).
      throw PythonError.limit("\(bound.function)() in snippets takes a number for \(name), not a str")
    }
    return try value.toInt()
  }

  private static func number(_ bound: BoundArguments, _ name: String, _ fallback: Double) throws(PythonError)
    -> Double
  {
    // A scalar parameter goes through C's double conversion: None and a str are its TypeError. NumPy makes a 0-d
    // double array of it first, whose conversion of a str is Python's float(): text that is no number is its
    // ValueError (`poisson('a')`), before the TypeError.
    switch bound.values[name] {
    case .none?: throw PythonError.type("must be real number, not NoneType")
    case .string(let text)?:
      guard text.unicodeScalars.allSatisfy(\.isASCII) else {
        throw PythonError.limit("\(bound.function)() in snippets takes a number for \(name), not a str")
      }
      _ = try PythonBuiltins.float(
        CallArguments(function: "float", positional: [.string(text)], keywords: [], positionalTexts: [""]))
      throw PythonError.type("must be real number, not str")
    default: break
    }
    guard let value = bound[name] else { return fallback }
    try refuseArray(value, bound, name)
    return try bound.double(name, default: fallback)
  }

  /// The refusal of an array (or list or tuple) as a sampler's parameter, which NumPy broadcasts.
  private static func refuseArray(_ value: Value, _ bound: BoundArguments, _ name: String) throws(PythonError) {
    let isArray: Bool
    switch value {
    case .tensor(let tensor): isArray = !tensor.shape.isEmpty
    case .list, .tuple: isArray = true
    default: isArray = false
    }
    if isArray {
      throw Self.unsupported(
        "\(bound.function)() in snippets takes a number for \(name); arrays of parameters are not supported yet")
    }
  }

  /// `multinomial`'s trials and probabilities, as NumPy's legacy sampler takes them; what it would take otherwise
  /// (a float n, which it truncates; pvals of more than one axis, or of a narrower float dtype, whose messages are
  /// its own) is refused, as is a division by what the earlier outcomes left that gives no probability in [0, 1]
  /// before the trials run out (a rounding past 1, where NumPy's sampler would draw from it anyway).
  private static func multinomialArguments(_ bound: BoundArguments, legacy: Bool = true) throws(PythonError)
    -> (Int, [Double])
  {
    let n: Int
    switch bound.value("n") {
    case .int(let value): n = value
    case .bool(let flag): n = flag ? 1 : 0
    case .tensor(let tensor) where tensor.isScalar && tensor.dtype.isInteger: n = try bound.value("n").toInt()
    default: throw Self.unsupported("multinomial() in snippets takes an int for n")
    }
    let pvals = try bound.value("pvals").toTensor()
    if pvals.shape.isEmpty || !legacy && pvals.size == 0 {
      if legacy { throw PythonError.type("pvals must be a 1-d sequence") }
      throw PythonError.value(
        "pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.")
    }
    guard pvals.shape.count == 1, pvals.dtype == .float64 || pvals.dtype.isInteger || pvals.dtype == .bool else {
      throw Self.unsupported("multinomial() in snippets takes pvals as one axis of float64 probabilities")
    }
    let probabilities = try core { try pvals.astype(.float64) }.doubles
    try core { try RandomState.checkMultinomial(n: n, pvals: probabilities) }
    for conditional in RandomState.multinomialConditionals(probabilities) {
      if conditional == 1 { break }
      guard conditional >= 0 && conditional <= 1 else {
        throw Self.unsupported(
          "multinomial() with these pvals divides by what the earlier outcomes left and gets no probability in "
            + "[0, 1] (\(conditional)), whose draws snippets do not reproduce")
      }
    }
    return (n, probabilities)
  }

  /// A single float draw is a Python float in NumPy (`rng.random()` is `0.63…`, not `np.float64(0.63…)`).
  private static func pythonFloat(_ tensor: Tensor, _ size: [Int]?) throws(PythonError) -> Value {
    guard size == nil else { return .tensor(tensor) }
    return .float(tensor.doubles.first ?? 0)
  }

  /// A single `binomial`, `poisson`, `randint` or `choice(int)` draw is a Python int in NumPy.
  private static func pythonInt(_ tensor: Tensor, _ size: [Int]?) throws(PythonError) -> Value {
    guard size == nil, tensor.dtype == .int64, case .int64(let values) = tensor.storage, let first = values.first
    else { return .tensor(tensor) }
    return .int(Int(first))
  }

  private static func requireFloat64(_ dtype: Value?, _ name: String) throws(PythonError) {
    guard let dtype else { return }
    let given = try dtype.toDType()
    // NumPy's samplers take float32 and float64 only, and say so before they draw.
    if given != .float64 && given != .float32 {
      throw PythonError.type("Unsupported dtype dtype('\(given.rawValue)') for \(name)")
    }
    if given != .float64 {
      throw Self.unsupported("\(name)() in snippets draws float64 only; leave out dtype=")
    }
  }

  private static func rejectOut(_ out: Value?, _ name: String) throws(PythonError) {
    if out != nil { throw Self.unsupported("\(name)() in snippets does not take out=; assign the result instead") }
  }

  /// `Generator.permuted(x, *, axis=None)`: a new array (`out=` refused). Without an axis NumPy shuffles the ravel
  /// of its copy in that copy's memory order, so an array held out of C order is refused there.
  private static func permuted(_ call: CallArguments, on generator: inout RandomGenerator) throws(PythonError)
    -> Value
  {
    if call.positional.count > 1 {
      throw PythonError.type("permuted() takes exactly 1 positional argument (\(call.positional.count) given)")
    }
    let bound = try call.bind(["x", "axis", "out"], required: 1)
    if let out = bound["out"], !out.isNone {
      throw PythonError.limit("permuted(..., out=) is not supported in snippets: assign the result instead")
    }
    let x = bound.value("x")
    if AutogradTracing.isTraced(x) {
      throw PythonError.limit("Generator.permuted of a differentiated value is not supported in snippets")
    }
    let array = try x.toTensor()
    var axis: Int? = nil
    if let given = bound["axis"], !given.isNone {
      try checkCAxis(given)
      axis = try AxisConversion.normalized(try given.toInt(), ndim: array.ndim)
    } else if array.ndim == 0 {
      // NumPy shuffles the flattened values with len() of the 0-d array.
      throw PythonError.type("len() of unsized object")
    } else if array.ndim > 1 && array.iterationOrder != nil {
      throw PythonError.limit(
        "permuted() without an axis of an array held out of C order is not supported in snippets: NumPy shuffles "
          + "it in its memory order")
    }
    return .tensor(try core { try generator.permuted(array, axis: axis) })
  }

  /// NumPy's errors for an axis its C code converts to a C long: None, a float, an int past 63 bits.
  private static func checkCAxis(_ axis: Value) throws(PythonError) {
    switch axis {
    case .none: throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
    case _ where axis.isFloatNumber: throw PythonError.type("integer argument expected, got float")
    case .bigInt: throw PythonError("OverflowError", "Python int too large to convert to C long")
    default: return
    }
  }

  private static func requireAxisZero(_ axis: Value?, _ name: String) throws(PythonError) {
    guard let axis else { return }
    if try axis.toAxis() != 0 { throw Self.unsupported("\(name)() in snippets works along axis 0 only") }
  }
}
