import Plot
import SourceText
import TensorCore

/// What running one statement did.
struct Execution: Sendable {
  /// What it printed (echo and `print` output), each line ending in "\n".
  var printed = ""
  /// What `printed` holds that CPython prints differently from run to run (a set of strings, an address).
  var printedSpans: [VariableSpan] = []
  /// The exception it raised, if any; the namespace is then as it was before the statement.
  var error: PythonError?
  /// For `assert` (or an assert that failed inside a loop or function): the claim's outcome.
  var claim: ClaimOutcome?
  /// Where a claim that failed inside a loop or function is, in file coordinates.
  var claimLocation: SourcePosition?
  /// For `gradients(...)`: the table.
  var gradientTable: GradientTable?
  /// The figures `plt.show()` showed.
  var figures: [Figure] = []
  /// For `broadcast_diagram(...)`: the diagram.
  var broadcastDiagram: BroadcastDiagram?
}

extension Interpreter {
  /// Runs one top-level statement of `code` (whose locations map to the file through `origin`). A statement that
  /// raises leaves the chapter's names as they were before it.
  mutating func execute(_ statement: Statement, in code: [UInt8], origin: CodeOrigin = CodeOrigin()) -> Execution {
    // Top-level names become slots of the chapter's namespace, so a loop reads and writes them by index.
    let table = globals.table
    let statement = NameResolution(slots: { table.slot(for: $0) }, kind: .global).statement(statement)
    self.code = code
    self.origin = origin
    printed = ""
    printedSpans = []
    gradientTable = nil
    plots.shown = []
    broadcastDiagram = nil
    steps = 0
    objectCells = 0
    echoRefusedWithoutEffects = false
    scope = nil
    callDepth = 0
    var execution = Execution()
    ResourceMeter.current?.beginStatement()
    WorkMeter.current?.reset()
    defer { releaseUnreachableValues() }
    let setsPrintOptions = Self.calledFunction(of: statement) == "set_printoptions"
    let statementLine = origin.lineOffset + statement.range.startLocation.line
    liveGenerators.statementSerial += 1
    PrintOptionsBox.current?.formattedUnderLegacy = false
    PrintOptionsBox.current?.formattedWithNegativePrecision = false
    do throws(PythonError) {
      try Self.refuseUnderRaisingErrorModes(statement)
      try checkFloatErrors(before: statement)
      seterrAtItsStatement = Self.calledFunction(of: statement) == "seterr"
      defer { seterrAtItsStatement = false }
      var modesReturnedUnknownAfter: Int?
      if let line = refusedErrorModesLine {
        guard Self.setsEveryErrorMode(statement) else {
          throw NumpyArrays.unsupported(
            "statements after the statement on line \(line), which was refused and may change NumPy's error modes "
              + "(np.seterr) in Python, are not supported in snippets until an np.seterr call sets every error mode: "
              + "NumPy may raise FloatingPointError under them")
        }
        // The call returns the modes Python had, which the refused statement may have changed.
        if case .expression = statement.kind {
          throw NumpyArrays.unsupported(
            "the echo of np.seterr after the statement on line \(line), which was refused and may change NumPy's "
              + "error modes, is not supported in snippets: the modes it returns are not known (bind them instead: "
              + "old = np.seterr(...))")
        }
        refusedErrorModesLine = nil
        modesReturnedUnknownAfter = line
      }
      if let line = refusedPrintOptionsLine, !setsPrintOptions {
        let refused =
          printOptionsRefusalIsIndirect
          ? "the statement on line \(line), which was refused and may change NumPy's print options in Python,"
          : "the np.set_printoptions call on line \(line), which was refused,"
        throw NumpyArrays.unsupported(
          "statements after \(refused) are not supported in snippets until an np.set_printoptions call gives the "
            + "options it set: NumPy prints arrays with them")
      }
      try refuseShowingUnwrittenMemory(statement)
      if let refusal = cleanUpTimingRefusal(line: statementLine, starting: true) { throw refusal }
      if let line = refusedFinalizerLine { try refuseDroppingUnknownValues(statement, finalizerLine: line) }
      if case .assertion(let condition, let message) = statement.kind {
        execution.claim = try check(condition, message: message)
      } else {
        // The statement compiled first: a loop's body then runs closures, not a walk over its nodes.
        _ = try Compiler.statement(statement)(&self)
      }
      if let box = PrintOptionsBox.current, box.formattedWithNegativePrecision {
        box.formattedWithNegativePrecision = false
        throw NumpyArrays.unsupported(
          "formatting a float array under a negative np.set_printoptions precision other than by print() or the "
            + "REPL's echo is not supported in snippets: NumPy raises ValueError: precision must be >= 0 where it "
            + "formats it")
      }
      if let box = PrintOptionsBox.current, box.formattedUnderLegacy {
        box.formattedUnderLegacy = false
        let mode = box.notedLegacyMode ?? box.options.legacy ?? ""
        let refused = box.legacyRefusal
        box.legacyRefusal = nil
        box.notedLegacyMode = nil
        throw NumpyArrays.unsupported(
          refused.map {
            "NumPy's legacy='\(mode)' printing (np.set_printoptions(legacy='\(mode)')) of \($0) is not supported in "
              + "snippets"
          }
            ?? "NumPy's legacy='\(mode)' printing (np.set_printoptions(legacy='\(mode)')) of NumPy strings, dates, "
            + "structured and object arrays (numbers and numeric arrays print) is not supported in snippets, which "
            + "print them as NumPy 2 does: statements that print none run")
      }
      if let refusal = cleanUpTimingRefusal(line: statementLine, starting: false) { throw refusal }
      noteUnwrittenMemory(after: statement, line: origin.lineOffset + statement.range.startLocation.line)
      if let line = modesReturnedUnknownAfter {
        // `old = np.seterr(...)`: `old` holds the modes docbuild had, which need not be Python's.
        for name in Self.namesChanged(by: [statement]) {
          _ = globals.removeValue(forKey: name)
          refusedNames[name] = statementLine
          refusedNameReasons[name] =
            "the modes np.seterr returned on line \(statementLine) are not known: the statement on line \(line), "
            + "which was refused, may have changed them in Python"
        }
      }
      // NumPy sets the formatter back to its default at every np.set_printoptions call; another option refused
      // before is known again once a call gives it.
      if setsPrintOptions {
        unknownPrintOptions.subtract(printOptionsGivenAfterCall(by: statement) ?? [])
        if unknownPrintOptions.isEmpty { refusedPrintOptionsLine = nil }
      }
    } catch {
      if let claim = error.claim {
        execution.claim = claim
        execution.claimLocation = error.location
      } else {
        var error = Self.refusalForMissingName(error) ?? error
        // An error that ended the statement leaves a generator it stopped inside try/finally or with just as alive.
        if !error.isLimit, let refusal = cleanUpTimingRefusal(line: statementLine, starting: false) { error = refusal }
        error = withArgumentsShown(error)
        execution.error = error
        // Any refusal of an `np.set_printoptions(...)` statement, whatever its message, left NumPy's options
        // changed in Python and unchanged here.
        // A generator stopped at a yield inside `with np.printoptions(…)` or `np.errstate(…)` holds NumPy's options
        // as the manager set them, in Python, until it resumes: both are unknown here.
        if error.isLimit && error.message == Self.yieldInsideOptionsContext {
          refusedPrintOptionsLine = statementLine
          printOptionsRefusalIsIndirect = true
          unknownPrintOptions.insert("*")
          refusedErrorModesLine = statementLine
        }
        // `with np.printoptions(…):` refused on entry leaves the options as they were: NumPy's manager puts them
        // back on exit (unless its body may set them itself).
        if error.isLimit && (setsPrintOptions || error.message.hasPrefix("np.set_printoptions("))
          && !Self.onlyScopesPrintOptions(statement, code: text(of: statement.range))
        {
          refusedPrintOptionsLine = origin.lineOffset + statement.range.startLocation.line
          printOptionsRefusalIsIndirect = false
          let given = setsPrintOptions ? Self.printOptionsGiven(by: statement) : nil
          unknownPrintOptions.formUnion((given ?? ["*"]).subtracting(["formatter"]))
        }
        // Python keeps what a failing statement bound before it failed; a refused one it would have finished.
        // A refused echo of a value whose repr runs no snippet code left everything as Python would.
        let echoOnly = echoRefusedWithoutEffects && { if case .expression = statement.kind { true } else { false } }()
        // Python may have echoed a value, which its REPL keeps in `_`.
        if error.isLimit { lastEchoedRefusedLine = origin.lineOffset + statement.range.startLocation.line }
        if error.isLimit && !echoOnly {
          forget(
            Self.namesChanged(by: [statement], isModule: namesModule),
            refusedAtLine: origin.lineOffset + statement.range.startLocation.line,
            code: text(of: statement.range))
        }
      }
    }
    scope = nil
    execution.printed = printed
    execution.printedSpans = printedSpans
    execution.gradientTable = gradientTable
    execution.figures = plots.shown
    execution.broadcastDiagram = broadcastDiagram
    return execution
  }

  /// Frees the values no name or gradient can reach any more and tells the meter what the names still hold, when
  /// enough was allocated since the last time for the walk over the graph to be worth it: at a statement's end, and
  /// between two passes of a chapter-level loop (`loopEdge`), where nothing is in flight but the names and the
  /// running loops' iterables (`chapterLoopIterables`, empty at a statement's end). Without the loops' turn, a
  /// statement's garbage was freed only when it ended, and a write into an array on a gradient path keeps the array it
  /// replaced as its history: a loop writing one element at a time held every earlier version and ran into the limit.
  func releaseUnreachableValues() {
    guard let meter = ResourceMeter.current, meter.wantsMeasurement else { return }
    let (roots, pythonBytes) = heldValues(includingFrames: false)
    let bytes = GraphMemory.prune(keeping: roots, historyBetweenThem: keepsHistoryForGradients)
    meter.setMeasured(bytes: bytes + pythonBytes)
  }

  /// The tensors the chapter's names and its running loops' iterables reach (and, with `includingFrames`, every
  /// running frame's names), and the bytes their lists and strings take.
  private func heldValues(includingFrames: Bool) -> (tensors: [Tensor], pythonBytes: Int) {
    var roots: [Tensor] = []
    var pythonBytes = 0
    var visited: Set<ObjectIdentifier> = []
    for value in globals.boundValues { collect(value, tensors: &roots, pythonBytes: &pythonBytes, visited: &visited) }
    for value in chapterLoopIterables {
      collect(value, tensors: &roots, pythonBytes: &pythonBytes, visited: &visited)
    }
    if includingFrames {
      for frame in liveFrames() {
        for case let value? in frame.values {
          collect(value, tensors: &roots, pythonBytes: &pythonBytes, visited: &visited)
        }
      }
    }
    return (roots, pythonBytes)
  }

  /// The chapter's memory measured between two passes of a loop inside a function, where nothing is freed (but the
  /// histories of a chapter that takes no gradient, which no value needs, in flight or not): values in
  /// flight in the callers' unfinished expressions are not reachable from any name, so forgetting histories (as
  /// `releaseUnreachableValues` does) or counting only what the names hold would miss them. Everything those
  /// expressions hold was charged before the running function's outermost running loop began (loops of one frame
  /// nest as statements, with nothing in flight between them), so that loop's baseline counts it (and the items a loop
  /// made from its iterable before its first pass); what was made since and is still alive is held by a name of a
  /// running frame or of the chapter (the loop's own statements have ended), or is the one item an iterator just
  /// gave the loop, not yet bound, so the count falls short of the truth by at most one value, itself within the
  /// limit. The count is lowered to that sum, never raised: without it, a function's loop of scalar operations was
  /// charged for every value it ever made, and a long enough one ran into the limit holding almost nothing.
  func measureWithinFunctionLoop() {
    guard let meter = ResourceMeter.current, meter.wantsMeasurement, var baseline = functionLoopBaselines.last
    else { return }
    for outer in functionLoopBaselines.reversed() {
      guard outer.frame == baseline.frame else { break }
      baseline = outer
    }
    let (roots, pythonBytes) = heldValues(includingFrames: true)
    // A chapter that takes no gradient needs no history, of the values in flight either; but an autograd derivative
    // running now (`grad(f)(x)` calling this function) needs what it records.
    let forgetsAll = !keepsHistoryForGradients && derivativeDepth == 0
    let held =
      forgetsAll
      ? GraphMemory.prune(keeping: roots, historyBetweenThem: false)
      : GraphMemory.liveBytes(of: roots, countingValuesWithoutNodes: !keepsHistoryForGradients)
    let measured = baseline.bytes + held + pythonBytes
    meter.setMeasured(bytes: min(measured, meter.bytesInUse))
  }

  /// Gathers every tensor a value can reach (through containers, and through functions' defaults and captured
  /// variables) and adds up its lists' and strings' bytes; a container reached twice is counted once.
  private func collect(
    _ value: Value, tensors: inout [Tensor], pythonBytes: inout Int, visited: inout Set<ObjectIdentifier>
  ) {
    switch value {
    case .tensor(let tensor): tensors.append(tensor)
    case .string(let text), .bytes(let text), .textScalar(let text, _): pythonBytes += text.utf8.count
    case .dateArray(let array): pythonBytes += 8 * array.count
    case .textArray(let array):
      guard visited.insert(ObjectIdentifier(array.storage)).inserted else { return }
      pythonBytes += array.storage.byteCount
    case .objectArray(let array):
      guard visited.insert(ObjectIdentifier(array.storage)).inserted else { return }
      pythonBytes += array.storage.items.count * MemoryLayout<Value>.stride
      for item in array.storage.items {
        collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
    case .structArray(let array):
      guard visited.insert(ObjectIdentifier(array.storage)).inserted else { return }
      pythonBytes += array.storage.byteCount
      tensors += array.storage.tensors
    case .list(let items), .tuple(let items):
      guard visited.insert(ObjectIdentifier(items)).inserted else { return }
      pythonBytes += items.count * MemoryLayout<Value>.stride
      for item in items { collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited) }
    case .dict(let dict), .dictView(_, let dict):
      guard visited.insert(ObjectIdentifier(dict)).inserted else { return }
      for item in dict.keys + dict.values {
        collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
    case .iterator(let box):
      guard visited.insert(ObjectIdentifier(box)).inserted else { return }
      for item in box.heldValues { collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited) }
    case .userFunction(let closure):
      guard visited.insert(ObjectIdentifier(closure)).inserted else { return }
      for item in closure.defaults.values {
        collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
      var scope = closure.enclosing
      while let current = scope, visited.insert(ObjectIdentifier(current)).inserted {
        for case let item? in current.values {
          collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
        }
        scope = current.parent
      }
    case .method(let receiver, _): collect(receiver, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
    case .object(let object):
      guard visited.insert(ObjectIdentifier(object)).inserted else { return }
      pythonBytes += object.attributes.count * MemoryLayout<Value>.stride
      // The array an ndarray subclass's instance views.
      if let array = object.array { tensors.append(array) }
      collect(.classObject(object.type), tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      for item in object.attributes.values {
        collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
    case .classObject(let type):
      guard visited.insert(ObjectIdentifier(type)).inserted else { return }
      for item in type.attributes.values {
        collect(item, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
      for base in type.bases {
        collect(.classObject(base), tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
    case .boundMethod(let receiver, let closure):
      collect(receiver, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      collect(.userFunction(closure), tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
    case .wrapped(_, let inner), .superObject(_, let inner):
      collect(inner, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
    case .property(let getter, let setter, let deleter):
      for function in [getter, setter, deleter] {
        collect(function, tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
      }
    case .set(let set):
      collect(.dict(set.elements), tensors: &tensors, pythonBytes: &pythonBytes, visited: &visited)
    default: break
    }
  }
}

extension Interpreter {
  /// `name op= operand`. NumPy arrays are updated in place, as NumPy does: the result keeps the array's shape and dtype
  /// (or NumPy's error), and every other name bound to the same array sees the change. Python's numbers, strings and
  /// tuples are immutable, so for them it is `name = name op operand`.
  mutating func assignInPlace(_ name: String, _ current: Value, _ op: BinaryOperator, _ operand: Value)
    throws(PythonError)
  {
    try store(name, try inPlaceResult(current, op, operand))
  }

  /// What `current op= operand` leaves in the target, having changed lists and arrays in place as Python does.
  mutating func inPlaceResult(_ current: Value, _ op: BinaryOperator, _ operand: Value) throws(PythonError) -> Value {
    if let result = Self.fastArithmetic(op, current, operand) { return result }
    if FlatIterator.holds(current) {
      // NumPy's flat iterator has no in-place operators: Python rebinds the name to `current op operand`.
      do { return try Operators.binary(op, current, operand) } catch {
        throw FlatIterator.augmented(error, op.rawValue)
      }
    }
    // NumPy's in-place ufunc checks that its output is writeable before it looks at the operand (`v += 1` of a
    // real array's read-only `.imag` is that ValueError, not a casting error).
    if case .tensor(let array) = current, !array.isScalar { try checkNoLiveViews(of: array) }
    if case .objectArray(let array) = current {
      try objectArrayInPlace(array, op, operand)
      return current
    }
    if current.isObject || operand.isObject {
      if case .object(let object) = current {
        let name = "__i" + Self.inPlaceNames[op.rawValue, default: "add__"]
        if let result = try callSpecial(object, name, [operand]), !result.isNotImplemented { return result }
      }
      return try objectBinary(op, current, operand, inPlace: true)
    }
    // A set's `-=` removes from the set itself (CPython's `set_isub`), which every name holding it sees.
    if op == .subtract, case .set(let set) = current, case .set(let other) = operand, !set.isFrozen {
      try set.discardAll(of: other)
      return current
    }
    // A bytearray's `+=` and `*=` change it in place (every name holding it sees the change), as CPython's do.
    if case .bytearray(let memory) = current, op == .add || op == .multiply {
      if op == .add {
        try PythonBytes.grow(memory, by: try PythonBytes.concatenated(operand))
      } else {
        try PythonBytes.repeatInPlace(memory, operand)
      }
      return current
    }
    // A list's `+=` and `*=` change the list itself (every name holding it sees the change), as Python's do.
    if case .list(let list) = current, op == .add || op == .multiply {
      if op == .add {
        try list.append(contentsOf: try iterate(operand))
      } else {
        guard case .list(let repeated) = try Operators.binary(.multiply, current, operand) else { return current }
        try list.replace(with: repeated.items)
      }
      return current
    }
    if case .tensor(let array) = current, !array.isScalar, Operators.wrapsAsObject(operand) {
      throw Operators.objectOutputCastError(Self.ufuncName(op), into: array)
    }
    let result: Value
    do {
      result = try Operators.binary(op, current, operand)
    } catch {
      if case .tensor(let array) = current, !array.isScalar, error.type == "ValueError" {
        // The in-place ufunc's type and casting errors come before any shape error.
        if let first = Self.inPlaceTypeError(
          array, operand, ufunc: Self.ufuncName(op),
          { a, b throws(PythonError) in try Operators.binary(op.dtypeTwin, a, b) })
        {
          throw first
        }
        if op == .matrixMultiply, let matmul = Self.inPlaceMatmulError(array, operand, result: nil) { throw matmul }
        if error.message.hasPrefix("operands could not be broadcast together with shapes ") {
          // An in-place ufunc names its output operand too.
          throw PythonError.value(error.message + Self.compactShape(array.shape) + " ")
        }
        // The output's shape is checked before the loop runs, so it comes before the loop's own errors
        // (`x[:, None] **= x` of ints with a negative power).
        if op != .matrixMultiply, case .tensor(let other) = operand,
          let shape = try? Tensor.broadcastOperandShapes(array.shape, other.shape), shape != array.shape
        {
          throw PythonError.value(
            "non-broadcastable output operand with shape \(Self.compactShape(array.shape)) doesn't match the "
              + "broadcast shape \(Self.compactShape(shape))")
        }
      }
      // Python names the augmented operator in its TypeError: "unsupported operand type(s) for +=: …".
      let plain = "unsupported operand type(s) for \(op.messageSymbol):"
      guard error.type == "TypeError", error.message.hasPrefix(plain), !Operators.meetsObjectLoop(current, operand)
      else { throw error }
      throw PythonError.type("unsupported operand type(s) for \(op.rawValue)=:" + error.message.dropFirst(plain.count))
    }
    if case .rawArray(let raw) = current, case .tensor(let updated) = result {
      // The raw array is updated in its memory (every view of it sees the change) and keeps its dtype.
      if updated.shape != raw.shape {
        throw PythonError.value(
          "non-broadcastable output operand with shape \(Self.compactShape(raw.shape)) doesn't match the "
            + "broadcast shape \(Self.compactShape(updated.shape))")
      }
      if updated.dtype != raw.dtype.dtype, !DType.canCast(updated.dtype, to: raw.dtype.dtype, casting: "same_kind") {
        throw PythonError.ufuncOutputCast(
          Self.ufuncName(op), from: "dtype('\(updated.dtype.rawValue)')", to: raw.dtype.value.repr)
      }
      if Self.isArrayDTypeView(current) {
        try assignThroughDTypeView(raw, .ellipsis, .tensor(updated), readOnly: "output array is read-only")
      } else {
        try raw.write(updated, readOnly: "output array is read-only")
      }
      return current
    }
    guard case .tensor(let array) = current, !array.isScalar else { return result }
    guard case .tensor(var updated) = result else { return result }
    // A 0-d array stays the array it is (`y = np.array(5.0); y *= 2`), where the operation alone gives a NumPy
    // scalar.
    if updated.isScalar { updated.isScalar = false }
    // NumPy checks the cast back into the array before the output's shape.
    if updated.dtype != array.dtype, !DType.canCast(updated.dtype, to: array.dtype, casting: "same_kind") {
      throw PythonError.ufuncOutputCast(Self.ufuncName(op), from: updated.dtype, to: array.dtype)
    }
    if updated.shape != array.shape {
      if op == .matrixMultiply, let matmul = Self.inPlaceMatmulError(array, operand, result: updated) { throw matmul }
      throw PythonError.value(
        "non-broadcastable output operand with shape \(Self.compactShape(array.shape)) doesn't match the "
          + "broadcast shape \(Self.compactShape(updated.shape))")
    }
    if updated.dtype != array.dtype {
      // NumPy's `same_kind` casting: bool → int → float only.
      if !DType.canCast(updated.dtype, to: array.dtype, casting: "same_kind") {
        throw PythonError.ufuncOutputCast(Self.ufuncName(op), from: updated.dtype, to: array.dtype)
      }
      updated = try core { try updated.astype(array.dtype) }
    }
    // Every other name, list, tuple and dict holding the same array sees the update, as in NumPy; a view of it
    // (or the array it is a view of) cannot, so that case is refused.
    try checkNoLiveViews(of: array)
    return .tensor(try replaceEverywhere(array, with: updated))
  }

  /// The in-place special method names after `__i`: `add__` for `__iadd__`.
  private static let inPlaceNames: [String: String] = [
    "+": "add__", "-": "sub__", "*": "mul__", "/": "truediv__", "**": "pow__", "@": "matmul__", "//": "floordiv__",
    "%": "mod__",
  ]

  // `compactShape` and `ufuncName` (ArrayAssignment.swift) write NumPy's in-place messages for both paths.
}

extension Tensor {
  /// True when both hold the very same element buffer: the same NumPy array bound to two names.
  func sharesStorage(with other: Tensor) -> Bool {
    guard shape == other.shape, size > 0 else { return false }
    switch (storage, other.storage) {
    case (.float64(let a), .float64(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    case (.int64(let a), .int64(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    case (.bool(let a), .bool(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    case (.complex128(let a), .complex128(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    default:
      return false
    }
  }
}

extension Interpreter {
  /// Refuses a statement while `np.seterr` has set a floating-point error mode other than `ignore`, `warn` and
  /// `print` (which writes to standard error): NumPy would raise (or call a function, or log) where an operation
  /// divides by zero or overflows, and docbuild does not look for those events. Only `np.seterr(...)` and `np.geterr()` themselves run then, so the modes can be
  /// read and restored.
  static func refuseUnderRaisingErrorModes(_ statement: Statement) throws(PythonError) {
    let modes = PrintOptions.active.floatErrorModes
    guard modes.contains(where: { !NumpyPrintOptions.silentErrorModes.contains($0) }) else { return }
    // 'raise' alone is checked statement by statement (`checkFloatErrors(before:)`).
    if FloatErrorModes.raisingModes != nil { return }
    if let function = calledFunction(of: statement), function == "seterr" || function == "geterr" { return }
    let named = zip(NumpyPrintOptions.errorCategories, modes).filter {
      !NumpyPrintOptions.silentErrorModes.contains($0.1)
    }
    throw NumpyArrays.unsupported(
      "statements while np.seterr has set "
        + named.map { "\($0.0)='\($0.1)'" }.joined(separator: ", ")
        + " are not supported in snippets: docbuild does not follow NumPy's floating-point error modes other "
        + "than 'ignore', 'warn' and 'print' (restore them with np.seterr(**old))")
  }

  /// The refusal of a generator reaching `with np.printoptions(…)` or `np.errstate(…)` around a `yield`.
  static let yieldInsideOptionsContext =
    "a yield inside `with np.printoptions(...)` or `np.errstate(...)` is not supported in snippets"

  /// Whether `statement` is an `np.seterr(…)` call (or `old = np.seterr(…)`) giving every error mode: `all=`, the
  /// four categories by keyword, or a dict of them unpacked (`np.seterr(**old)`, whose `old` an earlier call
  /// returned).
  static func setsEveryErrorMode(_ statement: Statement) -> Bool {
    guard calledFunction(of: statement) == "seterr" else { return false }
    let call: Expression
    switch statement.kind {
    case .expression(let expression), .assignment(_, let expression): call = expression
    default: return false
    }
    guard case .call(_, let arguments) = call.kind else { return false }
    if arguments.contains(where: { $0.unpacking == .keywords || $0.keyword == "all" }) { return true }
    let given = Set(arguments.compactMap(\.keyword))
    return ["divide", "over", "under", "invalid"].allSatisfy(given.contains)
  }

  /// The options a statement `np.set_printoptions(…)` gives, by keyword or by position (NumPy's order); nil when
  /// its text does not say (`*args`, `**options`) or it is no such call.
  /// `printOptionsGiven(by:)` after the call ran: a dict it spread with `**` from a name (`np.set_printoptions(**D)`,
  /// `D = np.get_printoptions()`) gives its keys, and a call giving every option (the formatter and override_repr
  /// included) makes even options refused without a name known again ("*").
  func printOptionsGivenAfterCall(by statement: Statement) -> Set<String>? {
    guard case .expression(let expression) = statement.kind, case .call(_, let arguments) = expression.kind else {
      return nil
    }
    var given: Set<String> = []
    for (position, argument) in arguments.enumerated() {
      switch argument.unpacking {
      case .positional: return nil
      case .keywords:
        let name: String
        switch argument.value.kind {
        case .name(let text), .global(_, let text): name = text
        default: return nil
        }
        guard case .dict(let dict)? = globals[name] else { return nil }
        for key in dict.keys {
          guard case .string(let option) = key else { return nil }
          given.insert(option)
        }
      case .none:
        if let keyword = argument.keyword {
          given.insert(keyword)
        } else if position < NumpyPrintOptions.parameters.count {
          given.insert(NumpyPrintOptions.parameters[position])
        }
      }
    }
    if given.isSuperset(of: NumpyPrintOptions.parameters) { given.insert("*") }
    return given
  }

  /// True for `with np.printoptions(…): …` whose managers are all np.printoptions calls and whose code names no
  /// set_printoptions: whatever it sets, NumPy puts back when the block ends.
  static func onlyScopesPrintOptions(_ statement: Statement, code: String) -> Bool {
    guard case .with(let items, _) = statement.kind, !code.contains("set_printoptions") else { return false }
    return items.allSatisfy { item in
      guard case .call(let callee, _) = item.manager.kind, case .attribute(_, let name) = callee.kind else {
        return false
      }
      return name == "printoptions"
    }
  }

  static func printOptionsGiven(by statement: Statement) -> Set<String>? {
    guard case .expression(let expression) = statement.kind, case .call(_, let arguments) = expression.kind else {
      return nil
    }
    var given: Set<String> = []
    for (position, argument) in arguments.enumerated() {
      guard case .none = argument.unpacking else { return nil }
      if let keyword = argument.keyword {
        given.insert(keyword)
      } else if position < NumpyPrintOptions.parameters.count {
        given.insert(NumpyPrintOptions.parameters[position])
      }
    }
    return given
  }

  /// The last name of the function a statement `f(…)` or `x = f(…)` calls (`seterr` for `np.seterr(**old)`).
  static func calledFunction(of statement: Statement) -> String? {
    let value: Expression
    switch statement.kind {
    case .expression(let expression): value = expression
    case .assignment(_, let expression): value = expression
    default: return nil
    }
    guard case .call(let callee, _) = value.kind else { return nil }
    switch callee.kind {
    case .attribute(_, let name), .name(let name), .global(_, let name): return name
    default: return nil
    }
  }
}
