/// An exception object: its class, `str(e)` and the arguments part of `repr(e)`, as Python prints them.
struct ExceptionValue: Sendable {
  var type: String
  /// `str(e)`.
  var message: String
  /// The arguments as `repr(e)` shows them inside the parentheses.
  var argumentsText: String
  /// `e.args`: the constructor's arguments; for an error the interpreter raised, its message (nil for a KeyError,
  /// whose key only survives as text).
  var arguments: [Value]?

  /// `repr(e)`: `ValueError('bad')`.
  var repr: String { "\(type)(\(argumentsText))" }

  /// The exception object for an error raised while running (`except ValueError as e`).
  init(_ error: PythonError) {
    type = error.type
    message = error.message
    if let raised = error.exceptionArguments {
      // `raise ValueError(1)`: the instance keeps its arguments, so `e` is `ValueError(1)`, not `ValueError('1')`.
      argumentsText = raised.map(\.repr).joined(separator: ", ")
      arguments = raised
      return
    }
    // A KeyError's message is already its key's repr.
    argumentsText = error.message.isEmpty ? "" : error.type == "KeyError" ? error.message : Value.quote(error.message)
    arguments = error.type == "KeyError" ? nil : error.message.isEmpty ? [] : [.string(error.message)]
  }

  /// `ValueError(arguments…)`: `str` of the one argument (a KeyError's `repr`), or the arguments' tuple.
  init(type: String, arguments: [Value]) {
    self.type = type
    self.arguments = arguments
    argumentsText = arguments.map(\.repr).joined(separator: ", ")
    switch arguments.count {
    case 0: message = ""
    case 1: message = type == "KeyError" ? arguments[0].repr : arguments[0].str
    default: message = Value.tuple(ValueList(arguments)).repr
    }
  }
}

extension Interpreter {
  /// `e.args` and `e.__class__` of a built-in exception instance; nil for other attributes.
  static func exceptionAttribute(_ exception: ExceptionValue, _ name: String) throws(PythonError) -> Value? {
    switch name {
    case "args":
      guard let arguments = exception.arguments else {
        var error = PythonError(
          "NotImplementedError",
          "the args of a KeyError raised by Python itself are not kept in snippets: print the error, or str(e)")
        error.isLimit = true
        throw error
      }
      return try .makeTuple(arguments)
    case "__class__": return .function(exception.type)
    case "value" where Builtins.exception(exception.type, isA: "StopIteration"):
      // CPython's StopIteration keeps its first argument (what a generator returned) as `value`, None without one.
      guard let arguments = exception.arguments else { return nil }
      return arguments.first ?? Value.none
    case _ where pythonExceptionAttributes.contains(name):
      var error = PythonError(
        "NotImplementedError",
        "\(exception.type).\(name) is not kept in snippets (Python has it): print the error, str(e) or e.args")
      error.isLimit = true
      throw error
    default: return nil
    }
  }

  /// The attributes CPython's built-in exceptions have beyond `args` (their traceback, chaining and notes, and the
  /// fields of OSError, the Unicode errors, SyntaxError, ImportError, NameError, AttributeError, StopIteration and
  /// SystemExit): reading one is refused rather than answered with an AttributeError Python would not raise.
  static let pythonExceptionAttributes: Set<String> = [
    "with_traceback", "add_note", "__traceback__", "__cause__", "__context__", "__notes__", "__suppress_context__",
    "errno", "strerror", "filename", "filename2", "winerror", "characters_written", "reason", "start", "end", "object",
    "encoding", "msg", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line", "name", "path",
    "obj", "value", "code", "__dict__",
  ]

  /// The attributes BaseException gives every exception beyond `args`: a snippet class deriving from one has them in
  /// Python, so reading one it did not set is refused rather than answered with an AttributeError.
  /// (`__notes__` exists only once `add_note`, which is refused, has run.)
  static let baseExceptionAttributes: Set<String> = [
    "with_traceback", "add_note", "__traceback__", "__cause__", "__context__", "__suppress_context__",
  ]

  /// `try`/`except`/`else`/`finally` with Python's order: a handler runs for the first matching class; `else` after a
  /// body that raised nothing; `finally` always, its own `return` or `break` winning. docbuild's limits (steps,
  /// recursion, memory) and its refusals of names Python has are not exceptions a snippet can catch, so every snippet
  /// still ends, and none goes on where Python would have run otherwise.
  mutating func runTry(
    _ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement], _ finally: [Statement]
  ) throws(PythonError) -> Flow {
    var flow = Flow.normal
    var pending: PythonError?
    var raised = false
    do {
      flow = try run(body)
    } catch {
      raised = true
      pending = error
      // A name Python has that snippets lack (`SystemError`, `math.foo`) raised a NameError or AttributeError that
      // Python would not: a refusal, which no handler may catch.
      if !error.isLimit, !Self.isMissingNameRefusal(error),
        let handler = try matchingHandler(handlers, for: error)
      {
        pending = nil
        let saved = activeException
        activeException = error
        defer { activeException = saved }
        do {
          if let name = handler.name { try store(name, Self.caught(error)) }
          flow = try run(handler.body)
        } catch {
          pending = error
        }
        if let name = handler.name { unbindCaught(name) }
      }
    }
    if !raised, pending == nil, case .normal = flow {
      do {
        flow = try run(orElse)
      } catch {
        pending = error
      }
    }
    if !finally.isEmpty {
      let finalFlow = try run(finally)
      if case .normal = finalFlow {} else { return finalFlow }
    }
    if let pending { throw pending }
    return flow
  }

  /// The end of `except E as name:`: Python deletes `name` (as if by `name = None; del name`), so it is unbound
  /// after the handler even when it was bound before the `try`.
  mutating func unbindCaught(_ name: String) {
    // The handler's start bound the name through `store`, which found its scope (or raised then).
    try? rebind(name, to: nil)
  }

  private mutating func matchingHandler(_ handlers: [ExceptHandler], for error: PythonError) throws(PythonError)
    -> ExceptHandler?
  {
    try matchingHandlerIndex(handlers, for: error).map { handlers[$0] }
  }

  /// The position of the first handler that catches `error`, its classes evaluated in order as Python does.
  mutating func matchingHandlerIndex(_ handlers: [ExceptHandler], for error: PythonError) throws(PythonError) -> Int? {
    for (index, handler) in handlers.enumerated() {
      guard let types = handler.types else { return index }
      let classes: [Value]
      switch try evaluate(types) {
      case .tuple(let items): classes = Array(items)
      case let single: classes = [single]
      }
      for value in classes {
        switch value {
        case .function(let name) where Builtins.exceptionBases[name] != nil: break
        case .classObject(let type) where type.exceptionBase != nil: break
        default: throw PythonError.type("catching classes that do not inherit from BaseException is not allowed")
        }
        if exception(error, isA: value) { return index }
      }
    }
    return nil
  }
}

extension Interpreter {
  /// The error a statement ends with, its message written as CPython's traceback writes it when its arguments hold
  /// objects (`raise ValueError(obj)`, `d[obj]` missing): through their `__str__`/`__repr__`, which the static texts
  /// made where it was raised cannot call. A text that cannot be shown (an address outside `print`) is its refusal.
  mutating func withArgumentsShown(_ error: PythonError) -> PythonError {
    guard error.exceptionObject == nil, !error.isLimit, let arguments = error.exceptionArguments,
      arguments.contains(where: \.holdsObjects)
    else { return error }
    var shown = error
    do {
      shown.message = try text(.exception(ExceptionValue(type: error.type, arguments: arguments)), repr: false)
    } catch {
      guard error.isLimit else {
        return PythonError.limit(
          "the \(shown.type) shows an argument whose __str__ or __repr__ raised \(error.type), which CPython's "
            + "traceback reports in its own words: catch it and print what you need")
      }
      return error
    }
    return shown
  }
}
