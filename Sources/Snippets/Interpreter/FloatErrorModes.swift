import TensorCore

/// NumPy's floating-point error modes set to `'raise'` (`np.seterr(invalid='raise')`, `with np.errstate(...)`): a
/// statement runs only when it is made of the operations whose error events docbuild knows exactly, each checked
/// before the statement runs, so that the first operation NumPy would stop at raises NumPy's FloatingPointError.
/// Every other statement is refused under such modes. The events come from the operands and the result element by
/// element (IEEE 754's rules for `+ - * /`, `np.sqrt` and the logarithms; NumPy's checks of integer scalars and
/// integer division), and NumPy reads them in its order: divide by zero, overflow, underflow, invalid value.
enum FloatErrorModes {
  /// NumPy's four categories in the order it reads them, with the words of its message.
  static let categories: [(name: String, words: String)] = [
    ("divide", "divide by zero"), ("over", "overflow"), ("under", "underflow"), ("invalid", "invalid value"),
  ]

  /// The ufuncs of one operand whose events are known: `np.sqrt` sets invalid below zero, the logarithms divide by
  /// zero at zero and invalid below.
  static let checkedUnaryFunctions: [String: String] = [
    "numpy.sqrt": "sqrt", "numpy.log": "log", "numpy.log2": "log2", "numpy.log10": "log10",
  ]

  /// Functions that make an array from literal numbers without any floating-point event (`np.arange`'s
  /// arithmetic on numbers far from float64's limits included).
  static let literalConstructors: Set<String> = ["numpy.arange", "numpy.array", "numpy.zeros", "numpy.ones"]

  /// The scalar types whose value from a Python number needs no floating-point arithmetic (`np.int16(32000)`;
  /// `np.float32(1e300)` would overflow).
  static let literalScalarTypes: Set<DType> = [.float64, .int8, .int16, .int32, .int64]

  /// True while some mode is `'raise'` and none is `'call'` or `'log'` (still refused as a whole).
  static var raisingModes: [String]? {
    let modes = PrintOptions.active.floatErrorModes
    guard modes.contains("raise"), !modes.contains("call"), !modes.contains("log") else { return nil }
    return modes
  }

  /// The refusal of a statement whose operations docbuild cannot check under modes that raise.
  static func refusal(_ what: String) -> PythonError {
    let modes = PrintOptions.active.floatErrorModes
    let named = zip(categories.map(\.name), modes).filter { $0.1 == "raise" }.map { "\($0.0)='\($0.1)'" }
    return NumpyArrays.unsupported(
      "\(what) while NumPy's error modes have \(named.joined(separator: ", ")) is not supported in snippets: "
        + "docbuild checks NumPy's floating-point errors only for +, -, *, / and np.sqrt, np.log, np.log2, np.log10 of "
        + "numbers and int or float64 arrays (restore the modes with np.seterr(**old))")
  }

  /// The events one operation sets, as the set of category names.
  struct Events {
    var divide = false
    var over = false
    var under = false
    var invalid = false
    /// An underflow docbuild cannot decide (a product or quotient below the smallest normal float64 that may be
    /// exact): refused when underflow raises.
    var maybeUnder = false
  }

  /// NumPy's FloatingPointError for the first raising category among `events`, nil when none raises; a refusal when
  /// the underflow is undecided and underflow raises.
  static func raised(_ events: Events, in name: String, modes: [String]) throws(PythonError) -> PythonError? {
    let set = [events.divide, events.over, events.under, events.invalid]
    for (index, category) in categories.enumerated() {
      if index == 2 && events.maybeUnder && modes[2] == "raise" {
        throw NumpyArrays.unsupported(
          "\(name) of values whose result is below the smallest normal float64 while under='raise' is not "
            + "supported in snippets: docbuild does not know whether NumPy's result is exact (an underflow)")
      }
      if set[index] && modes[index] == "raise" {
        return PythonError("FloatingPointError", "\(category.words) encountered in \(name)")
      }
    }
    return nil
  }
}

extension Interpreter {
  /// `np.seterr(…)`: NumPy's modes set and the old ones returned; refused when it sets a mode that raises, calls or
  /// logs anywhere but as a statement of its own (inside a function, a loop, an unchecked block), where the
  /// statements after it would run unchecked.
  mutating func setErrorModes(_ call: CallArguments) throws(PythonError) -> Value {
    let atItsStatement = seterrAtItsStatement
    seterrAtItsStatement = false
    let before = PrintOptions.active.floatErrorModes
    let saved = PrintOptionsBox.current?.options
    let result = try NumpyPrintOptions.call("seterr", call) ?? .none
    let after = PrintOptions.active.floatErrorModes
    if !atItsStatement, after != before,
      after.contains(where: { !NumpyPrintOptions.silentErrorModes.contains($0) })
    {
      if let saved { PrintOptionsBox.current?.options = saved }
      throw NumpyArrays.unsupported(
        "np.seterr setting 'raise', 'call' or 'log' inside a function, a loop or a block is not supported in "
          + "snippets: docbuild checks NumPy's floating-point errors statement by statement, so call np.seterr as a "
          + "statement of its own")
    }
    return result
  }

  /// Under error modes that raise, checks `statement` before it runs: raises NumPy's FloatingPointError where NumPy
  /// would, refuses what docbuild cannot check, and returns when the statement may run as usual.
  mutating func checkFloatErrors(before statement: Statement) throws(PythonError) {
    guard let modes = FloatErrorModes.raisingModes else { return }
    if let function = Self.calledFunction(of: statement), function == "seterr" || function == "geterr" { return }
    switch statement.kind {
    case .pass: return
    // `with np.errstate(...)`: its body is checked statement by statement (`runWith`) while modes raise.
    case .with(let items, _)
    where items.count == 1
      && {
        if case .call(let callee, _) = items[0].manager.kind, case .attribute(let base, "errstate") = callee.kind,
          Self.isName(base)
        {
          return true
        }
        return false
      }():
      return
    case .expression(let expression): _ = try checkedValue(expression, modes: modes)
    case .assignment(let targets, let expression) where targets.count == 1:
      guard Self.bindsNamesOnly(targets[0]) else {
        throw FloatErrorModes.refusal("an assignment to an item or attribute")
      }
      _ = try checkedValue(expression, modes: modes)
    default: throw FloatErrorModes.refusal("this statement")
    }
  }

  /// The value of `expression`, each of its operations checked for NumPy's error events first.
  private mutating func checkedValue(_ expression: Expression, modes: [String]) throws(PythonError) -> Value {
    switch expression.kind {
    case .integer, .float, .boolean, .name, .local, .global: return try evaluate(expression)
    case .unary(.negate, let operand) where Self.isNumberLiteral(operand):
      return try evaluate(expression)
    case _ where Self.isNumberLiteral(expression): return try evaluate(expression)
    case _ where Self.isNumpyConstant(expression):
      guard try constantsAreModules(expression) else { throw FloatErrorModes.refusal("this expression") }
      return try evaluate(expression)
    case .tuple(let items):
      for item in items { _ = try checkedValue(item, modes: modes) }
      return try evaluate(expression)
    case .binary(let op, let left, let right):
      let a = try checkedValue(left, modes: modes)
      let b = try checkedValue(right, modes: modes)
      let result: Value
      if let fast = Self.fastArithmetic(op, a, b) { result = fast } else { result = try binaryGeneral(op, a, b) }
      if let error = try binaryFloatError(op, a, b, result, modes: modes) { throw error }
      return result
    case .call(let callee, let arguments):
      // Only a module's function is looked up: evaluating any other callee could run the snippet's code.
      guard case .attribute(let base, _) = callee.kind, Self.isName(base),
        case .module = try evaluate(base)
      else { throw FloatErrorModes.refusal("this call") }
      let function = try evaluate(callee)
      if case .scalarType(let dtype) = function, FloatErrorModes.literalScalarTypes.contains(dtype),
        arguments.count == 1, arguments[0].keyword == nil, arguments[0].unpacking == Argument.Unpacking.none,
        Self.isNumberLiteral(arguments[0].value)
      {
        return try evaluate(expression)
      }
      guard case .function(let name) = function else { throw FloatErrorModes.refusal("this call") }
      if let ufunc = FloatErrorModes.checkedUnaryFunctions[name], arguments.count == 1,
        arguments[0].keyword == nil, arguments[0].unpacking == Argument.Unpacking.none
      {
        let operand = try checkedValue(arguments[0].value, modes: modes)
        guard let values = Self.checkedDoubles(operand) else {
          throw FloatErrorModes.refusal("np.\(ufunc) of this value")
        }
        var events = FloatErrorModes.Events()
        for x in values {
          if x < 0 { events.invalid = true }
          if x == 0 && ufunc != "sqrt" { events.divide = true }
        }
        if let error = try FloatErrorModes.raised(events, in: ufunc, modes: modes) { throw error }
        return try evaluate(expression)
      }
      if FloatErrorModes.literalConstructors.contains(name),
        arguments.allSatisfy({
          $0.keyword == nil && $0.unpacking == Argument.Unpacking.none
            && Self.isLiteralData($0.value, nearOne: name == "numpy.arange")
        })
      {
        for argument in arguments where !(try constantsAreModules(argument.value)) {
          throw FloatErrorModes.refusal("this call")
        }
        return try evaluate(expression)
      }
      // `np.zeros(n)`, `np.ones((rows, cols))`: a shape of ints held by names makes no floating-point event.
      if name == "numpy.zeros" || name == "numpy.ones", arguments.count == 1, arguments[0].keyword == nil,
        arguments[0].unpacking == Argument.Unpacking.none, Self.isName(arguments[0].value)
      {
        switch try evaluate(arguments[0].value) {
        case .int: return try evaluate(expression)
        case .tuple(let items) where items.allSatisfy({ if case .int = $0 { true } else { false } }):
          return try evaluate(expression)
        default: break
        }
      }
      throw FloatErrorModes.refusal("a call of \(name.hasPrefix("numpy.") ? "np." + name.dropFirst(6) : name)")
    default: throw FloatErrorModes.refusal("this expression")
    }
  }

  /// True for `x` and `x, (y, z)`: a binding that writes into no array.
  private static func bindsNamesOnly(_ target: AssignmentTarget) -> Bool {
    switch target {
    case .name, .local, .global: true
    case .unpack(let targets, _): targets.allSatisfy(bindsNamesOnly)
    default: false
    }
  }

  private static func isName(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .name, .local, .global: true
    default: false
    }
  }

  /// True for `3`, `2.5`, `-1`, `True`, with magnitudes far from float64's limits (no constructor's arithmetic on
  /// them can overflow or underflow).
  private static func isSafeNumberLiteral(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .integer, .boolean: true
    case .float(let value): value == 0 || (abs(value) > 1e-290 && abs(value) < 1e290)
    case .unary(.negate, let operand): isSafeNumberLiteral(operand)
    default: false
    }
  }

  /// True for `3`, `2.5`, `-1`, `True`, `2**62`.
  private static func isNumberLiteral(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .integer, .float, .boolean: true
    case .unary(.negate, let operand): isNumberLiteral(operand)
    case .binary(.power, let base, let exponent):
      if case .integer = base.kind, case .integer(let power) = exponent.kind, power >= 0, power <= 64 {
        true
      } else {
        false
      }
    default: false
    }
  }

  /// True for numbers and lists or tuples of them; `nearOne`: numbers far from float64's limits only.
  private static func isLiteralData(_ expression: Expression, nearOne: Bool) -> Bool {
    switch expression.kind {
    case .list(let items), .tuple(let items): items.allSatisfy { isLiteralData($0, nearOne: nearOne) }
    default:
      nearOne ? isSafeNumberLiteral(expression) : isNumberLiteral(expression) || isNumpyConstant(expression)
    }
  }

  /// True when every `name.inf` in `expression` reads a module's constant (no snippet code runs for it).
  private mutating func constantsAreModules(_ expression: Expression) throws(PythonError) -> Bool {
    switch expression.kind {
    case .attribute(let base, _):
      if case .module = try evaluate(base) { return true }
      return false
    case .list(let items), .tuple(let items):
      for item in items where !(try constantsAreModules(item)) { return false }
      return true
    case .unary(_, let operand): return try constantsAreModules(operand)
    default: return true
    }
  }

  /// True for `np.inf`, `np.nan`, `np.pi`, `np.e` (a name's attribute: checked to be NumPy's when evaluated).
  private static func isNumpyConstant(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .attribute(let base, let name): isName(base) && ["inf", "nan", "pi", "e"].contains(name)
    case .unary(.negate, let operand): isNumpyConstant(operand)
    default: false
    }
  }

  /// The float64 values of a Python number or an int or float64 array or scalar, nil for any other value.
  /// (int8 and int16 are left out: NumPy computes their functions in float16 and float32.)
  private static func checkedDoubles(_ value: Value) -> [Double]? {
    switch value {
    case .int(let int): return [Double(int)]
    case .float(let double): return [double]
    case .tensor(let tensor):
      guard tensor.dtype == .float64 || tensor.dtype == .int64 || tensor.dtype == .int32 else { return nil }
      return tensor.doubles
    default: return nil
    }
  }

  /// The kind of one operand of a checked binary operation.
  private enum CheckedOperand {
    /// A Python int, float or bool (NumPy 2 gives it the other operand's dtype where it can).
    case python
    /// A NumPy scalar (`np.float64(1)`), whose operations NumPy names "scalar …".
    case scalar(DType)
    /// An array, 0-d included.
    case array(DType)

    var dtype: DType? {
      switch self {
      case .python: nil
      case .scalar(let dtype), .array(let dtype): dtype
      }
    }
  }

  private static func checkedOperand(_ value: Value) -> CheckedOperand? {
    switch value {
    case .int, .float, .bool: return .python
    case .tensor(let tensor):
      guard tensor.dtype == .float64 || (tensor.dtype.isInteger && !tensor.dtype.isUnsigned) else { return nil }
      return tensor.isScalar ? .scalar(tensor.dtype) : .array(tensor.dtype)
    default: return nil
    }
  }

  /// NumPy's FloatingPointError for `a op b` giving `result`, nil when it raises none (or when NumPy is not
  /// involved: two Python numbers); a refusal for what docbuild does not check.
  private func binaryFloatError(
    _ op: BinaryOperator, _ a: Value, _ b: Value, _ result: Value, modes: [String]
  ) throws(PythonError) -> PythonError? {
    guard let left = Self.checkedOperand(a), let right = Self.checkedOperand(b) else {
      throw FloatErrorModes.refusal("this operation")
    }
    if case .python = left, case .python = right { return nil }
    guard let ufunc = Self.checkedUfuncNames[op] else { throw FloatErrorModes.refusal("the operator \(op.rawValue)") }
    let isScalarMath: Bool
    switch (left, right) {
    case (.array, _), (_, .array): isScalarMath = false
    default: isScalarMath = true
    }
    let name = isScalarMath ? "scalar \(ufunc)" : ufunc
    guard case .tensor(let made) = result else { throw FloatErrorModes.refusal("this operation") }
    let shape = made.shape
    let (aTensor, bTensor) = (try a.toTensor(), try b.toTensor())
    let aBroadcast = try core { try aTensor.broadcast(to: shape) }
    let bBroadcast = try core { try bTensor.broadcast(to: shape) }
    var events = FloatErrorModes.Events()
    if made.dtype == .float64 {
      if op == .floorDivide || op == .modulo { throw FloatErrorModes.refusal("the float operator \(op.rawValue)") }
      let xs = aBroadcast.doubles
      let ys = bBroadcast.doubles
      let rs = made.doubles
      for index in rs.indices {
        let (x, y, r) = (xs[index], ys[index], rs[index])
        let operandsFinite = x.isFinite && y.isFinite
        if r.isNaN && !x.isNaN && !y.isNaN { events.invalid = true }
        switch op {
        case .divide:
          if y == 0 && x.isFinite && x != 0 { events.divide = true }
          if r.isInfinite && operandsFinite && y != 0 { events.over = true }
          if abs(r) < Double.leastNormalMagnitude && x.isFinite && x != 0 && y.isFinite {
            // A quotient rounded to zero is inexact: an underflow; a subnormal one may be exact.
            if r == 0 { events.under = true } else { events.maybeUnder = true }
          }
        case .multiply:
          if r.isInfinite && operandsFinite { events.over = true }
          if abs(r) < Double.leastNormalMagnitude && operandsFinite && x != 0 && y != 0 {
            if r == 0 { events.under = true } else { events.maybeUnder = true }
          }
        default:
          // A sum or difference below the smallest normal float64 is exact: no underflow.
          if r.isInfinite && operandsFinite { events.over = true }
        }
      }
    } else if made.dtype.isInteger, !made.dtype.isUnsigned, case .int64(let xs) = aBroadcast.storage,
      case .int64(let ys) = bBroadcast.storage
    {
      let bounds = made.dtype.integerBounds
      for index in xs.indices {
        let (x, y) = (xs[index], ys[index])
        switch op {
        case .floorDivide, .modulo:
          if y == 0 { events.divide = true }
          if x == bounds.min && y == -1 {
            if op == .modulo { throw FloatErrorModes.refusal("the remainder of the smallest integer by -1") }
            events.over = true
          }
        default:
          // NumPy checks the integer operations of scalars only; arrays wrap silently.
          guard isScalarMath else { continue }
          let (exact, overflowed): (Int64, Bool) =
            op == .add
            ? x.addingReportingOverflow(y)
            : op == .subtract ? x.subtractingReportingOverflow(y) : x.multipliedReportingOverflow(by: y)
          if overflowed || exact < bounds.min || exact > bounds.max { events.over = true }
        }
      }
    } else {
      throw FloatErrorModes.refusal("this operation")
    }
    return try FloatErrorModes.raised(events, in: name, modes: modes)
  }

  /// NumPy's names of the ufuncs behind the operators docbuild checks.
  private static let checkedUfuncNames: [BinaryOperator: String] = [
    .add: "add", .subtract: "subtract", .multiply: "multiply", .divide: "divide", .floorDivide: "floor_divide",
    .modulo: "remainder",
  ]
}
