import TensorCore

/// The everyday NumPy functions as a loop calls them (`np.exp(a)`, `np.maximum(a, 0)`, `np.dot(X, W)`): found by
/// one dictionary lookup of the qualified name instead of the chain of name tests `Interpreter.callFunction` and
/// `NumpyFunctions.call` walk, and computed by the very call that chain ends in.
///
/// Only calls that chain would send to that same place take this path: positional arguments only, exactly as many as
/// the function's inputs (one more is ufunc's `out`), none complex (`ComplexGuard`'s refusals) and none text (string
/// arrays); anything else returns nil and takes the general path.
enum NumpyFastCalls {
  /// A function of the table: how many operands it takes and what it computes from them.
  fileprivate enum Entry: Sendable {
    case unary(@Sendable (Tensor) throws -> Tensor)
    case binary(@Sendable (Tensor, Tensor) throws -> Tensor)
    case reduction(String)
  }

  private static let entries: [String: Entry] = {
    var entries: [String: Entry] = [:]
    // NumpyMath's ufuncs, then NumpyFunctions' own element-wise functions, which its chain reaches first.
    for function in MathFunction.allCases { entries["numpy.\(function.rawValue)"] = .unary { try $0.apply(function) } }
    entries["numpy.negative"] = .unary { try $0.negated() }
    entries["numpy.exp"] = .unary { try $0.exp() }
    entries["numpy.log"] = .unary { try $0.log() }
    entries["numpy.sqrt"] = .unary { try $0.sqrt() }
    entries["numpy.tanh"] = .unary { try $0.tanh() }
    entries["numpy.square"] = .unary { try $0.square() }
    entries["numpy.abs"] = .unary { try $0.abs() }
    entries["numpy.absolute"] = .unary { try $0.abs() }
    entries["numpy.maximum"] = .binary { try Tensor.maximum($0, $1) }
    entries["numpy.minimum"] = .binary { try Tensor.minimum($0, $1) }
    entries["numpy.add"] = .binary { try $0.adding($1) }
    entries["numpy.subtract"] = .binary { try $0.subtracting($1) }
    entries["numpy.multiply"] = .binary { try $0.multiplying($1) }
    entries["numpy.divide"] = .binary { try $0.dividing($1) }
    entries["numpy.true_divide"] = .binary { try $0.dividing($1) }
    entries["numpy.power"] = .binary { try $0.ufuncPower($1) }
    entries["numpy.matmul"] = .binary { try $0.matmul($1) }
    entries["numpy.dot"] = .binary {
      try AutogradTracing.refuseZeroDimensionalDot($0, $1)
      return try $0.dot($1)
    }
    entries["numpy.outer"] = .binary { try $0.outer($1) }
    for name in ["sum", "mean", "max", "min"] { entries["numpy.\(name)"] = .reduction(name) }
    entries["numpy.amax"] = .reduction("max")
    entries["numpy.amin"] = .reduction("min")
    return entries
  }()

  /// The entries a compiled call may take before `Interpreter.callValue`'s dispatch chain (`directCall`): those whose
  /// name no step of the chain before `callFunction` treats by name, and whose result `functionView` makes no view of.
  private static let directEntries: [String: DirectEntry] = Dictionary(
    uniqueKeysWithValues: entries.compactMap { name, entry in
      let short = String(name.dropFirst("numpy.".count))
      guard
        !Interpreter.classBuiltins.contains(name) && !PythonModules.isNative(name)
          && !AutogradTracing.conversionNames.contains(name) && !ViewTracking.functions.contains(short)
          && !ViewTracking.readOnly.contains(short) && name != "numpy.einsum" && name != "numpy.fromiter"
          && !short.contains(".")
      else { return nil }
      return (name, DirectEntry(name, entry))
    })

  /// A function `directCall` takes, with what its checks need of its name worked out once: its NumPy signature and
  /// whether autograd may refuse the call (looking both up by name hashed the name twice more at every call).
  /// A class, so that a lookup hands out one reference: as a structure, each call copied the entry out of the table,
  /// the optional signature through the runtime's generic witness (about 280 instructions of every `np.exp(a)`).
  final class DirectEntry: Sendable {
    fileprivate let entry: Entry
    /// NumPy's parameter list (nil: the table has none, so the chain checks nothing either).
    let signature: MethodSignature.Builtin?
    /// False when `AutogradTracing.refuseCall` has no rule for the name, so it returns without reading the trace.
    let mayRefuseTraced: Bool
    /// True when the result's layout is settled by its operands' orders alone (`ResultLayout.settleByOperands`).
    let settlesByOperandsAlone: Bool
    /// Bit n set when the signature takes n positional arguments and no keywords, which is all a direct call passes:
    /// asked once here, not at every call (copying the signature out of the entry and checking it cost about 600
    /// instructions of each `np.dot(X, W)`). Set only for signatures whose check of such a call reads nothing but the
    /// count (a ufunc's, a Python function's, an `npy_parse_arguments` function's); 0 for the rest, which are checked
    /// at every call.
    let fitsPositional: UInt8
    /// True for a function whose operands `NoiseSensitiveCalls` checks: once a decomposition has run, the general
    /// path takes its calls.
    let isNoiseSensitive: Bool

    fileprivate init(_ name: String, _ entry: Entry) {
      self.entry = entry
      isNoiseSensitive = NoiseSensitiveCalls.checks(name)
      let signature = MethodSignature.builtins[name]
      self.signature = signature
      mayRefuseTraced = AutogradTracing.mayRefuseCall(name)
      settlesByOperandsAlone = ResultLayout.settlesByOperandsAlone(name)
      var fits: UInt8 = 0
      if let signature, Self.checksCountOnly(signature) {
        // The entries take one or two operands; a call of more is checked at every call.
        for count in 0..<4 {
          let call = CallArguments(
            function: name, positional: Array(repeating: Value.none, count: count), keywords: [], positionalTexts: [])
          if (try? MethodSignature.check(signature, name, call)) != nil { fits |= 1 << count }
        }
      }
      fitsPositional = fits
    }

    /// True when whether a call of positional arguments alone fits `signature` depends on their count alone.
    private static func checksCountOnly(_ signature: MethodSignature.Builtin) -> Bool {
      switch signature {
      case .ufunc, .python, .numpyC(.npy), .numpyC(.python): true
      default: false
      }
    }

    /// True when `MethodSignature.check` passes `call`, which has no keywords, without checking it again.
    func fits(_ call: borrowing CallArguments) -> Bool {
      let count = call.positional.count
      return count < 4 && fitsPositional & (1 << count) != 0
    }
  }

  /// What `directCall` knows of a function before the call: nothing yet (it looks the name up), that the name is not
  /// in its table, or the name's entry. A compiled call site remembers it with the function (`ModuleMemberCache`), so
  /// a loop's `np.dot(X, W)` hashes the name once, not at every call.
  enum DirectLookup: Sendable {
    case unknown
    case absent
    case found(DirectEntry)
  }

  /// The entry `directCall` would find for `function` (a function of the table, or absent).
  static func lookUp(_ function: Value) -> DirectLookup {
    guard case .function(let name) = function, let entry = directEntries[name] else { return .absent }
    return .found(entry)
  }

  /// The names `directCall` takes (for tests).
  static var directNames: Set<String> { Set(directEntries.keys) }

  /// True for an operand the steps of `callValue`'s chain before `callFunction` pass by: they act on dates, text,
  /// structured and raw arrays, byte-order dtypes, strings, lists and generators, never on a numeric array or a
  /// Python number.
  private static func isPlain(_ value: Value) -> Bool {
    switch value {
    case .tensor, .int, .float, .bool: true
    default: false
    }
  }

  /// `np.name(...)` of plain positional operands, computed without the dispatch chain (the date, byte-layer, text
  /// and structured-array steps, each testing the name or every argument, were two thirds of `np.exp(a)`'s call):
  /// the argument check and autograd refusals the chain makes, the computation `callFunction` reaches, and what `functionView` and
  /// `ResultLayout.settleFunction` then do to a function that makes no view. Nil leaves the call to the chain.
  /// `lookup` is what the call site already knows of `name`'s entry.
  static func directCall(
    _ name: String, _ call: CallArguments, inModule: Bool, lookup: DirectLookup = .unknown
  ) throws(PythonError) -> Value? {
    let direct: DirectEntry
    switch lookup {
    case .absent: return nil
    case .found(let entry): direct = entry
    case .unknown:
      guard let entry = directEntries[name] else { return nil }
      direct = entry
    }
    guard call.keywords.isEmpty, call.positional.allSatisfy(isPlain) else { return nil }
    if direct.isNoiseSensitive, Tensor.approximateResultsMayExist { return nil }
    // No conversion refusal to check: `directEntries` holds none of `AutogradTracing.conversionNames`.
    // NumPy's own parameter list, checked as the chain checks it (a call this path takes always fits it).
    if !direct.fits(call), let signature = direct.signature { try MethodSignature.check(signature, name, call) }
    if !inModule, direct.mayRefuseTraced { try AutogradTracing.refuseCall(name, call) }
    guard var result = try Self.call(direct.entry, call.positional) else { return nil }
    if case .tensor(let source)? = call.positional.first { result = Interpreter.separated(result, from: source) }
    return direct.settlesByOperandsAlone
      ? ResultLayout.settleByOperands(name, call, result) : ResultLayout.settleFunction(name, call, result)
  }

  /// `directCall` of one or two positional arguments given as they are, for a compiled call site that found `direct`:
  /// a loop's `np.dot(X, W)` or `np.exp(a)` then builds no list of arguments (an allocation and its appends at every
  /// call). Nil, with nothing run, when the call needs its list (an argument the table does not take, a signature to
  /// check, autograd's refusals, an operand whose memory order may settle the result's): `directCall` of the list
  /// then decides, as it always did. What it computes is `directCall`'s: the same checks, the same function, and
  /// `ResultLayout.settleByOperands`, which leaves the result of operands in C order as it is.
  static func directCall(
    _ name: String, _ direct: DirectEntry, _ a: Value, _ b: Value?, inModule: Bool
  ) throws(PythonError) -> Value? {
    let count = b == nil ? 1 : 2
    guard isPlain(a), b.map(isPlain) ?? true, direct.fitsPositional & (1 << count) != 0,
      inModule || !direct.mayRefuseTraced, direct.settlesByOperandsAlone, !ResultLayout.mayHoldNonRowMajor(a),
      !(b.map(ResultLayout.mayHoldNonRowMajor) ?? false), !direct.isNoiseSensitive || !Tensor.approximateResultsMayExist
    else { return nil }
    var result: Value
    switch direct.entry {
    case .unary(let function):
      guard b == nil, let x = operand(a) else { return nil }
      result = .tensor(try core { try function(x) })
    case .binary(let function):
      guard let b, let x = operand(a), let y = operand(b) else { return nil }
      result = .tensor(try core { try function(x, y) })
    case .reduction(let reduction):
      guard b == nil, let x = operand(a) else { return nil }
      result = .tensor(try core { try Self.reduce(reduction, x) })
    }
    if case .tensor(let source) = a { result = Interpreter.separated(result, from: source) }
    return result
  }

  /// `name(...)` computed directly, or nil when the call must take the general path.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard call.keywords.isEmpty, let entry = entries[name] else { return nil }
    return try Self.call(entry, call.positional)
  }

  /// `entry` of positional `arguments`, or nil when they are not its operands.
  private static func call(_ entry: Entry, _ arguments: [Value]) throws(PythonError) -> Value? {
    switch entry {
    case .unary(let function):
      guard arguments.count == 1, let x = operand(arguments[0]) else { return nil }
      return .tensor(try core { try function(x) })
    case .binary(let function):
      guard arguments.count == 2, let a = operand(arguments[0]), let b = operand(arguments[1]) else { return nil }
      return .tensor(try core { try function(a, b) })
    case .reduction(let reduction):
      guard arguments.count == 1, let x = operand(arguments[0]) else { return nil }
      return .tensor(try core { try Self.reduce(reduction, x) })
    }
  }

  /// `np.sum(a)` and the like over every axis, as `Methods.reduce` computes them without `axis` or `keepdims`.
  private static func reduce(_ name: String, _ tensor: Tensor) throws -> Tensor {
    switch name {
    case "sum": try tensor.sum(axis: .all, keepdims: false)
    case "mean": try tensor.mean(axis: .all, keepdims: false)
    case "max": try tensor.max(axis: .all, keepdims: false)
    default: try tensor.min(axis: .all, keepdims: false)
    }
  }

  /// An argument as the general path converts it (`Value.toTensor`), or nil for anything it treats otherwise.
  private static func operand(_ value: Value) -> Tensor? {
    switch value {
    case .tensor(let tensor): tensor.dtype.isComplex ? nil : tensor
    case .int(let int): try? Value.int(int).toTensor()
    case .float(let double): try? Value.float(double).toTensor()
    case .bool(let flag): try? Value.bool(flag).toTensor()
    default: nil
    }
  }
}
