#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts the elements Python-level work touches in one statement (lists built, strings joined or repeated, items
/// iterated), so a loop whose every step builds a large list still ends: loops count steps, this counts their size.
final class WorkMeter: @unchecked Sendable {
  /// The most elements one top-level statement may build or walk in Python values (NumPy work is the core's).
  static let limit = 1 << 31

  private var elements = 0

  /// The meter of the block running on this thread (each block has its own thread and meter): the innermost binding
  /// of `withCurrent` on this thread, nil outside every one.
  static var current: WorkMeter? {
    guard let meter = pthread_getspecific(threadSlot) else { return nil }
    return Unmanaged<WorkMeter>.fromOpaque(meter).takeUnretainedValue()
  }

  /// Runs `body` with `meter` as this thread's meter. A thread slot, as `ResourceMeter.withCurrent` keeps its meter:
  /// a task-local `current`, which this replaced, cost about 200 instructions at each read (the chain of every
  /// task-local bound around it), and a tuple or list built in a statement reads it. `body` is synchronous and a
  /// block runs on one thread from start to end.
  static func withCurrent<Result>(_ meter: WorkMeter, _ body: () throws -> Result) rethrows -> Result {
    let binding = Unmanaged.passRetained(meter)
    let outer = pthread_getspecific(threadSlot)
    pthread_setspecific(threadSlot, binding.toOpaque())
    defer {
      pthread_setspecific(threadSlot, outer)
      binding.release()
    }
    return try body()
  }

  /// The thread-specific slot `withCurrent` keeps its meter in (it owns the meter while it runs).
  private static let threadSlot: pthread_key_t = {
    var key = pthread_key_t()
    precondition(pthread_key_create(&key, nil) == 0, "no thread-specific key left for the work meter")
    return key
  }()

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
