/// Counts the elements Python-level work touches in one statement (lists built, strings joined or repeated, items
/// iterated), so a loop whose every step builds a large list still ends: loops count steps, this counts their size.
final class WorkMeter: @unchecked Sendable {
  /// The most elements one top-level statement may build or walk in Python values (NumPy work is the core's).
  static let limit = 1 << 31

  private var elements = 0

  /// The meter of the block running on this thread (each block has its own thread and meter).
  @TaskLocal static var current: WorkMeter?

  func reset() { elements = 0 }

  /// Charges `count` elements of work, failing past the limit.
  static func charge(_ count: Int) throws(PythonError) {
    guard let meter = current else { return }
    meter.elements &+= Swift.max(count, 0)
    if meter.elements > limit || meter.elements < 0 {
      var error = PythonError(
        "RuntimeError",
        "work budget exhausted: a statement may build or walk at most \(limit) elements of Python lists and strings, "
          + "so every snippet ends")
      error.isLimit = true
      throw error
    }
  }
}
