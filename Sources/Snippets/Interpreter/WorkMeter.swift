import TensorCore

/// Counts the elements Python-level work touches in one statement (lists built, strings joined or repeated, items
/// iterated), so a loop whose every step builds a large list still ends: loops count steps, this counts their size.
final class WorkMeter: @unchecked Sendable {
  /// The most elements one top-level statement may build or walk in Python values (NumPy work is the core's).
  static let limit = 1 << 31

  private var elements = 0

  /// The meter of the block running on this thread (each block has its own thread and meter): the innermost binding
  /// of `withCurrent` on this thread, nil outside every one.
  static var current: WorkMeter? { ThreadSlot.interpreterWorkMeter.bound }

  /// Runs `body` with `meter` as this thread's meter, bound in a thread slot (`ThreadSlot`) as `ResourceMeter`'s is: a
  /// task-local `current`, which the slot replaced, cost about 200 instructions at each read (the chain of every
  /// task-local bound around it), and a tuple or list built in a statement reads it. `body` is synchronous and a
  /// block runs on one thread from start to end.
  static func withCurrent<Result>(_ meter: WorkMeter, _ body: () throws -> Result) rethrows -> Result {
    try ThreadSlot.interpreterWorkMeter.binding(meter, body)
  }

  func reset() { elements = 0 }

  /// Charges `count` elements of work, failing past the limit.
  static func charge(_ count: Int) throws(PythonError) {
    let exhausted = ThreadSlot<WorkMeter>.interpreterWorkMeter.withBound { meter in
      meter.elements &+= Swift.max(count, 0)
      return meter.elements > limit || meter.elements < 0
    }
    if exhausted == true {
      var error = PythonError(
        "RuntimeError",
        "work budget exhausted: a statement may build or walk at most \(limit) elements of Python lists and strings, "
          + "so every snippet ends")
      error.isLimit = true
      throw error
    }
  }
}
