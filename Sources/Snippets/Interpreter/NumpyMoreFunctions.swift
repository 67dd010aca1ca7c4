import TensorCore

/// The functions of issue 10's seventh round that are not ufuncs.
enum NumpyMoreFunctions {
  /// The names answered.
  static let names: Set<String> = []

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    nil
  }
}
