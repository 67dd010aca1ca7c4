/// An error raised by a tensor operation, named by the Python exception NumPy raises and carrying its message.
public struct TensorError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The Python exception class, such as "ValueError", "TypeError", "IndexError" or "AxisError".
  public var pythonType: String
  /// The message exactly as NumPy prints it after the class name.
  public var message: String

  /// True for docbuild's own limits (element count, work and memory budgets): Python would not raise them, so
  /// their text is never an output a transcript may expect.
  public var isLimit: Bool

  /// Makes an error from its class name and message.
  public init(_ pythonType: String, _ message: String, isLimit: Bool = false) {
    self.pythonType = pythonType
    self.message = message
    self.isLimit = isLimit
  }

  /// The Python traceback's last line: `ValueError: message`.
  public var description: String { "\(pythonType): \(message)" }

  static func value(_ message: String) -> TensorError { TensorError("ValueError", message) }
  /// One of docbuild's limits, raised as a ValueError.
  static func limit(_ message: String) -> TensorError { TensorError("ValueError", message, isLimit: true) }
  static func type(_ message: String) -> TensorError { TensorError("TypeError", message) }
  static func index(_ message: String) -> TensorError { TensorError("IndexError", message) }

  /// NumPy's AxisError for an axis outside `-ndim..<ndim`, led by `argument: ` where NumPy names the argument.
  static func axis(_ axis: Int, ndim: Int, argument: String? = nil) -> TensorError {
    let prefix = argument.map { $0 + ": " } ?? ""
    return TensorError("AxisError", "\(prefix)axis \(axis) is out of bounds for array of dimension \(ndim)")
  }

  /// The refusal of an axis (`text`, as Python prints it) that no C int holds: NumPy fails converting it, in words
  /// that depend on the function.
  public static func axisBeyondCInt(_ text: String) -> TensorError {
    TensorError(
      "NotImplementedError",
      "axis \(text) is beyond a C int, which is not supported in snippets: NumPy fails converting it, with an error "
        + "that depends on the function", isLimit: true)
  }
}
