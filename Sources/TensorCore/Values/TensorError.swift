/// An error raised by a tensor operation, named by the Python exception NumPy raises and carrying its message.
public struct TensorError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The Python exception class, such as "ValueError", "TypeError", "IndexError" or "AxisError".
  public var pythonType: String
  /// The message exactly as NumPy prints it after the class name.
  public var message: String

  /// Makes an error from its class name and message.
  public init(_ pythonType: String, _ message: String) {
    self.pythonType = pythonType
    self.message = message
  }

  /// The Python traceback's last line: `ValueError: message`.
  public var description: String { "\(pythonType): \(message)" }

  static func value(_ message: String) -> TensorError { TensorError("ValueError", message) }
  static func type(_ message: String) -> TensorError { TensorError("TypeError", message) }
  static func index(_ message: String) -> TensorError { TensorError("IndexError", message) }

  /// NumPy's AxisError for an axis outside `-ndim..<ndim`.
  static func axis(_ axis: Int, ndim: Int) -> TensorError {
    TensorError("AxisError", "axis \(axis) is out of bounds for array of dimension \(ndim)")
  }
}
