import TensorCore

/// The changes one `np.set_printoptions(...)` or `np.printoptions(...)` call asks for, checked as NumPy checks them.
struct PrintOptionsUpdate: Sendable {
  var precision: Int?
  /// `.some(nil)` for `threshold=np.inf`.
  var threshold: Int??
  var edgeItems: Int?
  var lineWidth: Int?
  var suppress: Bool?
  var sign: Character?
  var floatMode: PrintOptions.FloatMode?
  var nanText: String?
  var infText: String?
  /// `legacy='1.25'` (`.some("1.25")`, any of NumPy's modes) or `legacy=False` (`.some(nil)`).
  var legacy: String??
  /// For `np.errstate(...)`, which shares the context-manager machinery: the modes it was given, checked on entry.
  var errorModes: [(name: String, mode: Value)]?

  /// `np.errstate`'s `__enter__` (and `np.seterr`): NumPy's check of each mode. Warnings are not part of a
  /// snippet's output, and neither is what `print` writes (NumPy's C code writes it to the process's standard error,
  /// never to `sys.stdout`), so `ignore`, `warn` and `print` change nothing; `raise`, `call` and `log` would, and are
  /// refused. `np.seterr` sets the others too: the statements after it are refused while they hold
  /// (`Interpreter.refuseUnderRaisingErrorModes`).
  func enterErrorState(
    _ function: String = "np.errstate", refusing: Bool = true, allowingRaise: Bool = false
  ) throws(PythonError) {
    for (_, mode) in errorModes ?? [] where !mode.isNone {
      guard case .string(let text) = mode, ["ignore", "warn", "raise", "call", "print", "log"].contains(text) else {
        throw PythonError.value("invalid error mode \(mode.repr)")
      }
      if refusing && !NumpyPrintOptions.silentErrorModes.contains(text) && !(allowingRaise && text == "raise") {
        var error = PythonError(
          "NotImplementedError",
          "\(function)(...='\(text)') is not supported in snippets ('ignore', 'warn' and 'print' are)")
        error.isLimit = true
        throw error
      }
    }
  }

  /// `options` with these changes.
  func applied(to options: PrintOptions) -> PrintOptions {
    var result = options
    if let precision { result.precision = precision }
    if let threshold { result.threshold = threshold }
    if let edgeItems { result.edgeItems = edgeItems }
    if let lineWidth { result.lineWidth = lineWidth }
    if let suppress { result.suppress = suppress }
    if let sign { result.sign = sign }
    if let floatMode { result.floatMode = floatMode }
    if let nanText { result.nanText = nanText }
    if let infText { result.infText = infText }
    if let legacy { result.legacy = legacy }
    // NumPy's `_set_printoptions` sets the sign back to '-' whenever the 1.13 mode is in force.
    if result.legacy == "1.13" { result.sign = "-" }
    // `all=` first, then the modes named one by one, as NumPy's `seterr` and `errstate` combine them.
    for (name, mode) in (errorModes ?? []).sorted(by: { ($0.name == "all" ? 0 : 1) < ($1.name == "all" ? 0 : 1) }) {
      guard case .string(let text) = mode else { continue }
      if name == "all" {
        result.floatErrorModes = Array(repeating: text, count: 4)
      } else if let slot = NumpyPrintOptions.errorCategories.firstIndex(of: name) {
        result.floatErrorModes[slot] = text
      }
    }
    return result
  }
}

/// `np.set_printoptions`, `np.get_printoptions` and `np.printoptions`: NumPy's print options, scoped to the chapter.
enum NumpyPrintOptions {
  /// The floating-point error modes whose effect never reaches a page: `warn` warns, `print` writes to the process's
  /// standard error from C.
  static let silentErrorModes: Set<String> = ["ignore", "warn", "print"]

  /// The names this file answers as `np.name`.
  static let names: Set<String> = [
    "set_printoptions", "get_printoptions", "printoptions", "errstate", "seterr", "geterr", "array2string",
  ]
  /// NumPy's floating-point error categories, in the order `np.geterr()` lists them.
  static let errorCategories = ["divide", "over", "under", "invalid"]

  /// NumPy's parameters, in its order.
  static let parameters = [
    "precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign",
    "floatmode", "legacy", "override_repr",
  ]

  /// Calls `np.name(...)`, or nil when the name is not one of this file's.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "array2string": return try arrayToString(call)
    case "get_printoptions":
      _ = try call.bind([])
      return try dictionary(PrintOptions.active)
    case "set_printoptions":
      let update = try self.update(call)
      guard let box = PrintOptionsBox.current else { return Value.none }
      box.options = update.applied(to: box.options)
      return Value.none
    case "printoptions":
      return .printOptionsContext(try update(call))
    case "geterr":
      _ = try call.bind([])
      return try errorModes(PrintOptions.active)
    case "seterr":
      // The modes before the change are the result, as NumPy returns them (`np.seterr(**old)` restores them).
      let bound = try call.bind(["all", "divide", "over", "under", "invalid"])
      var update = PrintOptionsUpdate()
      update.errorModes = ["all", "divide", "over", "under", "invalid"].compactMap { name in
        bound[name].map { (name, $0) }
      }
      try update.enterErrorState("np.seterr", refusing: false)
      let old = try errorModes(PrintOptions.active)
      if let box = PrintOptionsBox.current { box.options = update.applied(to: box.options) }
      return old
    case "errstate":
      if !call.positional.isEmpty { throw limit("np.errstate's call= is not supported in snippets") }
      var call = call
      call.function = "errstate.__init__"  // NumPy's errstate is a class: its messages name the initialiser
      let bound = try call.bind(["call", "all", "divide", "over", "under", "invalid"])
      if bound["call"] != nil { throw limit("np.errstate's call= is not supported in snippets") }
      var update = PrintOptionsUpdate()
      update.errorModes = ["all", "divide", "over", "under", "invalid"].compactMap { name in
        bound[name].map { (name, $0) }
      }
      return .printOptionsContext(update)
    default:
      return nil
    }
  }

  /// `np.array2string(a, precision=…, separator=…, prefix=…, suffix=…, …)` under those print options (`legacy=`
  /// among them): NumPy's `_formatArray` with the separator, a hanging indent as wide as the prefix (which is not
  /// itself written) and the line width less the suffix. A 0-d array or NumPy scalar is its one element's text (or
  /// its item's Python repr under 1.13's mode). `formatter=` and separators holding other whitespace than spaces are
  /// refused.
  static func arrayToString(_ call: CallArguments) throws(PythonError) -> Value {
    // NumPy 2.4's signature: six positional parameters, the rest keyword-only (`style` is gone).
    if call.positional.count > 6 {
      throw PythonError.type(
        "array2string() takes from 1 to 6 positional arguments but \(call.positional.count) were given")
    }
    let bound = try call.bind(
      [
        "a", "max_line_width", "precision", "suppress_small", "separator", "prefix", "formatter", "threshold",
        "edgeitems", "sign", "floatmode", "suffix", "legacy",
      ], required: 1)
    for name in ["formatter"] where bound[name] != nil {
      throw limit("np.array2string(..., \(name)=) is not supported in snippets")
    }
    var texts: [String: String] = ["separator": " ", "prefix": "", "suffix": ""]
    for name in ["separator", "prefix", "suffix"] {
      guard let given = bound.values[name] else { continue }
      // Python's `rstrip()` of the separator removes any whitespace, the layout only spaces.
      guard case .string(let text) = given,
        name != "separator" || !text.unicodeScalars.contains(where: { $0 != " " && $0.properties.isWhitespace })
      else {
        throw limit(
          "np.array2string(..., \(name)=\(given.repr)) is not supported in snippets: give a str (a separator "
            + "without tabs or newlines)")
      }
      texts[name] = text
    }
    guard case .tensor(var array) = bound.value("a") else {
      throw limit("np.array2string of anything but an array or a NumPy number is not supported in snippets")
    }
    return try withArrayOptions(bound, of: array, suffix: texts["suffix", default: ""]) { () throws(PythonError) in
      let options = PrintOptions.active
      if array.ndim == 0 && options.isLegacy113 {
        // NumPy 1.13's array2string of a 0-d array is its item's Python repr (a 0-d array's str under that mode),
        // whatever the other options.
        array.isScalar = false
        return .string(array.numpyStr)
      }
      if let refusal = array.shownDigitsRefusal() { throw PythonError(refusal) }
      return .string(
        try core {
          try array.array2string(
            separator: texts["separator", default: " "], prefix: texts["prefix", default: ""],
            limit: Interpreter.printLimit)
        })
    }
  }

  /// Runs `body` with the print options array2string's keywords in `bound` ask for (`max_line_width`,
  /// `precision`, `suppress_small`, `threshold`, `edgeitems`, `sign`, `floatmode`, `legacy`), checked as NumPy's
  /// `_make_options_dict` checks them, and the line width less the `suffix` (after 1.13's mode); the options in force
  /// are put back afterwards. A refusal names array2string's parameter, so that it is not taken for a refused
  /// np.set_printoptions call (which leaves the options unknown).
  static func withArrayOptions<Result>(
    _ bound: BoundArguments, of array: Tensor, suffix: String, _ body: () throws(PythonError) -> Result
  ) throws(PythonError) -> Result {
    // `legacy=` is this call's mode: `.some(nil)` for False, nil when not given.
    var legacyMode: String?? = nil
    if let value = bound["legacy"], !value.isNone {
      if value.isFalse {
        legacyMode = .some(nil)
      } else if case .string(let mode) = value, PrintOptions.legacyLevels[mode] != nil {
        legacyMode = .some(mode)
      } else {
        // NumPy warns and then fails comparing the string with its mode numbers.
        throw limit("np.array2string(..., legacy=\(value.repr)) is not supported in snippets")
      }
    }
    let renamed = ["max_line_width": "linewidth", "suppress_small": "suppress"]
    var given = CallArguments(function: "array2string", positional: [], keywords: [], positionalTexts: [])
    for name in ["max_line_width", "precision", "suppress_small", "threshold", "edgeitems", "sign", "floatmode"] {
      if let value = bound[name] { given.keywords.append((renamed[name] ?? name, value)) }
    }
    let update: PrintOptionsUpdate
    do {
      update = try self.update(given)
    } catch  where error.isLimit {
      // The options' refusal names array2string's parameter, so that it is not taken for a refused
      // np.set_printoptions call (which leaves the options unknown).
      throw limit(
        error.message.replacingOccurrences(
          of: "np.set_printoptions(linewidth=", with: "np.array2string(max_line_width="
        )
        .replacingOccurrences(of: "np.set_printoptions(suppress=", with: "np.array2string(suppress_small=")
        .replacingOccurrences(of: "np.set_printoptions(", with: "np.array2string("))
    }
    let saved = PrintOptions.active
    var options = update.applied(to: saved)
    if let legacyMode { options.legacy = legacyMode }
    // Only a float formatter reads and checks the precision (NumPy's `FloatingFormat`), and an empty array has none;
    // 1.13's mode shows a 0-d array's item's repr without one.
    if options.failsFloatFormatting(isComplex: array.dtype.isComplex), array.dtype.isFloat || array.dtype.isComplex,
      array.size > 0,
      !(array.ndim == 0 && options.isLegacy113)
    {
      throw PythonError.value("precision must be >= 0")
    }
    // array2string's options replace the ones in force without NumPy's reset of the sign under 1.13's mode.
    options.sign = update.sign ?? saved.sign
    // NumPy's modes after 1.13 keep the suffix's width free on the last line (and so on every line).
    if !options.isLegacy113 { options.lineWidth -= suffix.unicodeScalars.count }
    let box = PrintOptionsBox.current
    box?.options = options
    defer { box?.options = saved }
    return try body()
  }

  /// `np.geterr()`: the floating-point error modes as a dict in NumPy's key order.
  static func errorModes(_ options: PrintOptions) throws(PythonError) -> Value {
    try .makeDict(zip(errorCategories, options.floatErrorModes).map { (.string($0), .string($1)) })
  }

  /// `np.get_printoptions()`: a dict in NumPy's key order.
  static func dictionary(_ options: PrintOptions) throws(PythonError) -> Value {
    let threshold: Value = options.threshold.map { .int($0) } ?? .float(.infinity)
    let pairs: [(String, Value)] = [
      ("edgeitems", .int(options.edgeItems)), ("threshold", threshold),
      ("floatmode", .string(options.floatMode.rawValue)), ("precision", .int(options.precision)),
      ("suppress", .bool(options.suppress)), ("linewidth", .int(options.lineWidth)),
      ("nanstr", .string(options.nanText)), ("infstr", .string(options.infText)),
      ("sign", .string(String(options.sign))),
      ("formatter", .none), ("legacy", options.legacy.map { .string($0) } ?? .bool(false)), ("override_repr", .none),
    ]
    return try .makeDict(pairs.map { (.string($0.0), $0.1) })
  }

  private static func limit(_ message: String) -> PythonError {
    var error = PythonError("NotImplementedError", message)
    error.isLimit = true
    return error
  }

  /// A non-negative int option; NumPy accepts other values and fails later, when printing, so docbuild refuses them.
  /// An int option in docbuild's range; NumPy accepts other values and fails later, when printing (or, for huge
  /// ones, prints for minutes), so docbuild refuses them.
  private static func count(_ value: Value, _ name: String, least: Int = 0, most: Int = 1 << 31) throws(PythonError)
    -> Int
  {
    guard let number = try? value.toInt(), number >= least, number <= most else {
      throw limit(
        "np.set_printoptions(\(name)=\(value.repr)) is not supported in snippets: give an int from \(least) to \(most)")
    }
    return number
  }

  private static let floatmodeMessage =
    "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\""
  private static let signMessage = "sign option must be one of ' ', '+', or '-'"

  /// A str option's text, nil for any other value.
  private static func text(_ value: Value) -> String? {
    if case .string(let text) = value { return text }
    return nil
  }

  private static func update(_ call: CallArguments) throws(PythonError) -> PrintOptionsUpdate {
    // The first ten options may be given by position (`np.set_printoptions(5)` is precision=5); `legacy` and
    // `override_repr` are keyword-only. `np.printoptions(*args)` hands its arguments to NumPy's private
    // `_set_printoptions`, whose name its TypeError prints.
    let positionalParameters = parameters.count - 2
    if call.positional.count > positionalParameters {
      let function = call.function == "printoptions" ? "_set_printoptions" : call.function
      throw PythonError.type(
        "\(function)() takes from 0 to \(positionalParameters) positional arguments but \(call.positional.count) were given"
      )
    }
    let bound = try call.bind(parameters)
    var update = PrintOptionsUpdate()
    func given(_ name: String) -> Value? {
      guard let value = bound[name], !value.isNone else { return nil }
      return value
    }
    if let value = given("threshold") {
      // NumPy's own checks of threshold (gh-12351: `threshold=np.nan`, once suggested for printing everything),
      // made before any option but floatmode and sign, which it checks first.
      if let mode = given("floatmode"), text(mode).flatMap(PrintOptions.FloatMode.init(rawValue:)) == nil {
        throw PythonError.value(floatmodeMessage)
      }
      if let sign = given("sign"), !["-", "+", " "].contains(text(sign) ?? "") {
        throw PythonError.value(signMessage)
      }
      switch value {
      case .float(let number) where number.isNaN:
        throw PythonError.value("threshold must be non-NAN, try sys.maxsize for untruncated representation")
      case .string, .bytes, .list, .tuple, .dict, .set:
        throw PythonError.type("threshold must be numeric")
      default: break
      }
    }
    if let value = given("precision") {
      switch value {
      // NumPy keeps a negative precision and fails on it when it formats a float array (outside the unique mode).
      case .int, .bool, .tensor: update.precision = try count(value, "precision", least: Int.min, most: 1000)
      default: throw PythonError.type("precision must be an integer")
      }
    }
    if let value = given("threshold") {
      if case .float(let number) = value, number == .infinity {
        update.threshold = .some(nil)
      } else {
        update.threshold = .some(try count(value, "threshold", least: Int.min, most: Int.max))
      }
    }
    if let value = given("edgeitems") { update.edgeItems = try count(value, "edgeitems") }
    if let value = given("linewidth") { update.lineWidth = try count(value, "linewidth", least: 1) }
    if let value = given("suppress") { update.suppress = try value.truthValue() }
    if let value = given("sign") {
      guard case .string(let text) = value, ["-", "+", " "].contains(text) else {
        throw PythonError.value(signMessage)
      }
      update.sign = text.first
    }
    if let value = given("floatmode") {
      guard case .string(let text) = value, let mode = PrintOptions.FloatMode(rawValue: text) else {
        throw PythonError.value(floatmodeMessage)
      }
      update.floatMode = mode
    }
    for name in ["nanstr", "infstr"] {
      guard let value = given(name) else { continue }
      guard case .string(let text) = value, !text.isEmpty, text.count <= 20 else {
        throw limit("np.set_printoptions(\(name)=…) takes a short non-empty string in snippets")
      }
      if name == "nanstr" { update.nanText = text } else { update.infText = text }
    }
    for name in ["formatter", "legacy", "override_repr"] {
      guard let value = given(name) else { continue }
      if name == "legacy" && value.isFalse {
        update.legacy = .some(nil)
      } else if name == "legacy", case .string(let mode) = value, PrintOptions.legacyLevels[mode] != nil {
        update.legacy = .some(mode)
      } else {
        throw limit("np.set_printoptions(\(name)=…) is not supported in snippets")
      }
    }
    return update
  }
}

extension Value {
  /// True for Python's False.
  fileprivate var isFalse: Bool {
    if case .bool(false) = self { return true }
    return false
  }
}
