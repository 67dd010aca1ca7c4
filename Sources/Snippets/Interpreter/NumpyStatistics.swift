import TensorCore

/// NumPy's statistics and searching functions: percentiles, histograms, sorted search, interpolation, polynomials.
enum NumpyStatistics {
  /// The names answered.
  static let names: Set<String> = []

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    nil
  }
}
