import SourceText
import TensorCore

/// A Python exception raised while running a statement: its class and message, printed as Python's last traceback line.
struct PythonError: Error, Sendable {
  /// The exception class, such as `NameError`.
  var type: String
  /// The message after the class name.
  var message: String
  /// Where it was raised, in file coordinates, when that was inside a function (the top-level statement otherwise).
  var location: SourcePosition?
  /// Notes for the diagnostic: the calls that led to `location`, innermost first.
  var notes: [String] = []
  /// For a failed `assert` inside a loop or function: the claim, reported as a claim rather than an exception.
  var claim: ClaimOutcome?
  /// True for docbuild's own limits (see `TensorError.isLimit`): Python would not raise them, so a transcript may
  /// not show them as expected output, nor an `error` block as its error.
  var isLimit = false
  /// True for an AttributeError raised where Python has the attribute and snippets do not give it: its message says
  /// so, `hasattr` answers True, and no handler catches it (`refusalForMissingName`).
  var presentInPython = false
  /// The instance raised, for an exception class defined in a snippet (`class E(Exception)`): `except … as e` binds
  /// this very object, with its attributes.
  var exceptionObject: ObjectBox?
  /// The arguments of a built-in exception instance raised by `raise` (`raise ValueError(1)`), kept for `e.args` and
  /// `repr(e)`.
  var exceptionArguments: [Value]?

  /// Makes an error.
  init(_ type: String, _ message: String) {
    self.type = type
    self.message = message
  }

  /// `NameError: name 'x' is not defined`.
  var line: String { message.isEmpty ? type : "\(type): \(message)" }

  static func type(_ message: String) -> PythonError { PythonError("TypeError", message) }
  static func value(_ message: String) -> PythonError { PythonError("ValueError", message) }
  static func index(_ message: String) -> PythonError { PythonError("IndexError", message) }

  /// The KeyError of a missing key (`d[k]`, `del d[k]`, `d.pop(k)`, `s.remove(k)`): its message the key's repr, and
  /// its `args` the key itself, as CPython's.
  static func key(_ key: Value, shown: String) -> PythonError {
    var error = PythonError("KeyError", shown)
    error.exceptionArguments = [key]
    return error
  }

  /// A limit of the snippet language where Python would run on: a refusal, never an expected output.
  static func limit(_ message: String, type: String = "NotImplementedError") -> PythonError {
    var error = PythonError(type, message)
    error.isLimit = true
    return error
  }

  /// An error of the core, under the Python class NumPy would raise.
  init(_ error: TensorError) {
    self.init(error.pythonType, error.message)
    isLimit = error.isLimit
  }

  /// Converts whatever a core call threw into a Python error.
  static func from(_ error: any Error) -> PythonError {
    if let error = error as? PythonError { return error }
    if let error = error as? TensorError { return PythonError(error) }
    let text = String(describing: error)
    if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(" ") {
      return PythonError(String(text[..<colon]), String(text[text.index(after: colon)...].drop { $0 == " " }))
    }
    return PythonError("RuntimeError", text)
  }
}

/// Runs a core call, turning its error into a Python error.
func core<T>(_ body: () throws -> T) throws(PythonError) -> T {
  do {
    return try body()
  } catch {
    throw PythonError.from(error)
  }
}

extension PythonError {
  /// CPython 3.11's TypeError for more positional arguments than a function accepts (`f() takes from 1 to 2
  /// positional arguments but 3 were given`), naming the keyword-only arguments given beside them.
  static func tooManyPositional(
    _ name: String, required: Int, accepted: Int, given: Int, keywordOnlyGiven: Int
  ) -> PythonError {
    let takes = required == accepted ? "\(accepted)" : "from \(required) to \(accepted)"
    let noun = accepted == 1 && required == accepted ? "argument" : "arguments"
    let keywordOnly =
      keywordOnlyGiven == 0
      ? ""
      : " positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument"
        + "\(keywordOnlyGiven == 1 ? "" : "s"))"
    return PythonError.type(
      "\(name)() takes \(takes) positional \(noun) but \(given)\(keywordOnly) "
        + "\(given == 1 && keywordOnlyGiven == 0 ? "was" : "were") given")
  }
}

extension PythonError {
  /// NumPy's error when a ufunc's result of dtype `result` (as NumPy prints it, `dtype('float64')`) cannot be cast
  /// into its output of dtype `output` under `same_kind` casting: an in-place operator's array, an `out=` argument.
  static func ufuncOutputCast(_ ufunc: String, from result: String, to output: String) -> PythonError {
    PythonError(
      "UFuncTypeError", "Cannot cast ufunc '\(ufunc)' output from \(result) to \(output) with casting rule 'same_kind'")
  }

  /// `ufuncOutputCast` between two dtypes.
  static func ufuncOutputCast(_ ufunc: String, from result: DType, to output: DType) -> PythonError {
    ufuncOutputCast(ufunc, from: "dtype('\(result.rawValue)')", to: "dtype('\(output.rawValue)')")
  }
}
