import Synchronization

/// The budgets a chapter's snippets run under: live tensor memory for the whole chapter, and work per statement.
///
/// The element limit bounds each value, but not how many values a chapter keeps or how many operations one statement
/// runs. A meter is installed for the duration of a run with `ResourceMeter.withCurrent(meter) { … }`; every
/// operation charges it, and a charge past a budget throws before the work or the allocation happens (each value is
/// at most 128 MiB, so the meter never lags the truth by more than one value). Without a meter, nothing is charged.
///
/// Memory is counted conservatively: what was live at the last `measure` (see `GraphMemory`) plus everything
/// allocated since, garbage included, so the real figure is never above the meter's.
public final class ResourceMeter: Sendable {
  /// The default memory budget of a chapter: 2 GiB of live tensor storage (the manual, docs/05-limits.md).
  public static let defaultMemoryLimit = 2 << 30
  /// The most element operations (elements read or written) one statement may take, outside matrix products and
  /// finite differences: about two seconds of work.
  public static let elementOperationLimit = 1 << 32
  /// The most multiply-adds all matrix products of one statement may take together.
  public static let multiplyAddLimit = 1 << 31
  /// The most element operations all finite-difference gradients of one statement may take together.
  public static let numericalGradientLimit = 400_000_000
  /// What a value costs beyond its elements: its graph node, inputs, shape and storage headers, and the allocator's
  /// rounding. Measured: a chapter holding 100,000 more (2, 4) arrays in a list, recorded or not, took 61–62 MB more
  /// of the process's memory (peak resident set, a debug build), about 620 bytes each beside their 64
  /// bytes of elements. With 128 here, loops of small values held three to four times what the meter counted.
  static let nodeOverhead = 512

  /// The chapter's memory budget in bytes.
  public let memoryLimit: Int
  /// This meter's element operations per statement (`elementOperationLimit` unless a test asks for less).
  let elementOperations: Int
  /// This meter's multiply-adds per statement.
  let multiplyAdds: Int
  /// This meter's finite-difference element operations per statement.
  let numericalGradientOperations: Int
  /// The Python floats the chapter took out of recorded values, for `grad`'s refusal of a cut path.
  let pythonNumbers = PythonNumberRecord()
  /// Measures (and so prunes) at every chance, not only when enough was allocated: tests use it to run every
  /// statement past a pruning.
  let measuresAlways: Bool
  /// The running totals, atomics rather than one locked record: the chapter's one thread charges its meter, at every
  /// operation, and a lock's take and release were most of a charge's 80 instructions. A reader on another thread
  /// (none today) could see one total a charge ahead of another, never a torn one.
  private let measuredBytes = Atomic<Int>(0)
  private let allocatedSinceMeasure = Atomic<Int>(0)
  private let elementOperationsUsed = Atomic<Int>(0)
  private let multiplyAddsUsed = Atomic<Int>(0)
  private let numericalGradientUsed = Atomic<Int>(0)
  private let exhaustedMemory = Atomic<Bool>(false)
  /// See `recordsHistories`.
  private let keepsHistories = Atomic<Bool>(true)

  /// Whether operations record how they computed their float64 results (true unless told otherwise). False while
  /// the chapter's code can read no value's history: it takes no gradient between values it holds
  /// (`SnippetSession.expectGradients(false)`) and no autograd derivative is running. `Tensor.record` then gives a
  /// result computed from values without a history no graph node at all, as an int result has none (docs/05-limits.md).
  public var recordsHistories: Bool {
    get { keepsHistories.load(ordering: .relaxed) }
    set { keepsHistories.store(newValue, ordering: .relaxed) }
  }

  /// The running meter's `recordsHistories`; true without a meter.
  static var runningRecordsHistories: Bool { ThreadSlot.resourceMeter.withBound { $0.recordsHistories } ?? true }

  /// The meter of the running chapter, if any: the one the innermost `withCurrent` on this thread bound.
  public static var current: ResourceMeter? { running }

  /// Runs `body` with `meter` as the current meter (nil: nothing is charged, as a finite difference's re-evaluations
  /// are not). The binding lives in this thread's slot (`ThreadSlot`), which every charge reads, and is the only way
  /// to bind one: a task-local `current`, which the slot replaced, let a `$current.withValue(nil)` nested inside
  /// `withCurrent` lose to the slot and charge on, and each read of it walked the chain of every value bound around
  /// it (about 200 instructions, some twenty times per gradient step). `body` is synchronous, so it runs on this
  /// thread from start to end; nothing in TensorCore hands a statement's work to another thread, where no meter would
  /// be found.
  public static func withCurrent<Result>(_ meter: ResourceMeter?, _ body: () throws -> Result) rethrows -> Result {
    try ThreadSlot.resourceMeter.binding(meter, body)
  }

  /// The current meter: the innermost binding of `withCurrent` on this thread, nil outside every one.
  @inline(__always)
  static var running: ResourceMeter? { ThreadSlot.resourceMeter.bound }

  /// A meter with a memory budget in bytes.
  public convenience init(memoryLimit: Int = ResourceMeter.defaultMemoryLimit) {
    self.init(
      memoryLimit: memoryLimit, elementOperations: Self.elementOperationLimit, multiplyAdds: Self.multiplyAddLimit,
      numericalGradientOperations: Self.numericalGradientLimit)
  }

  /// A meter with every budget given (tests use small ones, so that running out is quick).
  init(
    memoryLimit: Int, elementOperations: Int, multiplyAdds: Int, numericalGradientOperations: Int,
    measuresAlways: Bool = false
  ) {
    self.measuresAlways = measuresAlways
    self.memoryLimit = memoryLimit
    self.elementOperations = elementOperations
    self.multiplyAdds = multiplyAdds
    self.numericalGradientOperations = numericalGradientOperations
  }

  /// Starts a statement: its work budgets are whole again.
  public func beginStatement() {
    elementOperationsUsed.store(0, ordering: .relaxed)
    multiplyAddsUsed.store(0, ordering: .relaxed)
    numericalGradientUsed.store(0, ordering: .relaxed)
  }

  /// Bytes the meter counts as live: the last measurement plus everything allocated since.
  public var bytesInUse: Int {
    measuredBytes.load(ordering: .relaxed) + allocatedSinceMeasure.load(ordering: .relaxed)
  }

  /// True once an allocation was refused: the chapter cannot go on.
  public var memoryExhausted: Bool { exhaustedMemory.load(ordering: .relaxed) }

  /// Whether a measurement is worth its walk: enough was allocated since the last one to matter.
  public var wantsMeasurement: Bool {
    if measuresAlways { return true }
    let measured = measuredBytes.load(ordering: .relaxed)
    let allocated = allocatedSinceMeasure.load(ordering: .relaxed)
    return allocated > Swift.max(64 << 20, measured / 4) || measured + allocated > memoryLimit / 2
  }

  /// Replaces the estimate with a measured figure (the bytes the chapter's names and their graphs still hold).
  public func setMeasured(bytes: Int) {
    measuredBytes.store(bytes, ordering: .relaxed)
    allocatedSinceMeasure.store(0, ordering: .relaxed)
  }

  /// Charges a new value of `elements` elements: its bytes against the chapter, its writes against the statement.
  static func chargeAllocation(elements: Int, itemSize: Int) throws {
    try charge(work: elements, bytes: elements * itemSize + nodeOverhead)
  }

  /// Charges an operation in one step (it runs for every operation, so one slot read, borrowed): `work` element
  /// operations against the statement, `bytes` of new values against the chapter. Returns the meter's
  /// `recordsHistories` (true without a meter), which `Tensor.record` would otherwise look the meter up again for.
  @discardableResult
  static func charge(work: Int, bytes: Int) throws -> Bool {
    try ThreadSlot.resourceMeter.withBound { meter in try meter.charge(work: work, bytes: bytes) } ?? true
  }

  /// `charge(work:bytes:)` on this meter.
  private func charge(work: Int, bytes: Int) throws -> Bool {
    // A single charge past the budget is refused before it is added, so the running total cannot overflow.
    if work > elementOperations { throw Self.workError(self) }
    let used = elementOperationsUsed.wrappingAdd(work, ordering: .relaxed).newValue
    if used > elementOperations { throw Self.workError(self) }
    if bytes > 0 {
      let total = bytesInUse
      if total + bytes > memoryLimit {
        exhaustedMemory.store(true, ordering: .relaxed)
        throw Self.memoryError(self, inUse: total, asked: bytes)
      }
      allocatedSinceMeasure.wrappingAdd(bytes, ordering: .relaxed)
    }
    return recordsHistories
  }

  /// Charges a Python value the interpreter builds (a list, tuple or string of `bytes` bytes) against the chapter's
  /// memory and the statement's work, as an array of that size would be.
  public static func chargePythonValue(bytes: Int) throws {
    try chargeAllocation(elements: bytes, itemSize: 1)
  }

  /// Checks that `bytes` of values that live only while one call runs (the values a backward pass or a finite
  /// difference computes along the way) fit beside what the chapter holds; they are not added to it.
  static func checkTransient(bytes: Int) throws {
    guard let meter = running else { return }
    let total = meter.bytesInUse
    if total > meter.memoryLimit - bytes {
      meter.exhaustedMemory.store(true, ordering: .relaxed)
      throw memoryError(meter, inUse: total, asked: bytes)
    }
  }

  /// The error for a chapter past its memory budget.
  private static func memoryError(_ meter: ResourceMeter, inUse: Int, asked: Int) -> TensorError {
    TensorError(
      "MemoryError",
      "the chapter's arrays would take more than \(describe(bytes: meter.memoryLimit)), its memory limit "
        + "(\(describe(bytes: inUse)) in use, \(describe(bytes: asked)) more asked for); the chapter stops here. "
        + "Reuse names so old values can be freed, use smaller arrays, or raise the limit with --memory-limit",
      isLimit: true)
  }

  /// Charges element operations (reads and writes) against the running statement.
  public static func chargeWork(_ elements: Int) throws {
    try charge(work: elements, bytes: 0)
  }

  /// The error for a statement past its element operations.
  private static func workError(_ meter: ResourceMeter) -> TensorError {
    TensorError.limit(
      "this statement would take more than \(meter.elementOperations) element operations, over docbuild's limit "
        + "per statement; split it into several statements or use smaller arrays")
  }

  /// Charges the multiply-adds of a matrix product against the running statement.
  static func chargeMultiplyAdds(_ count: Int) throws {
    guard let meter = running else { return }
    // A count past the budget on its own is refused before it is added, so the total cannot overflow.
    let total =
      count > meter.multiplyAdds ? count : meter.multiplyAddsUsed.wrappingAdd(count, ordering: .relaxed).newValue
    if total > meter.multiplyAdds {
      throw TensorError.limit(
        "this statement's matrix products would take \(total) multiply-adds, over the limit of \(meter.multiplyAdds) "
          + "per statement; split it into several statements or use smaller operands")
    }
  }

  /// The running statement's whole finite-difference budget.
  static var numericalGradientBudget: Int { running?.numericalGradientOperations ?? numericalGradientLimit }

  /// What is left of the running statement's finite-difference budget (the whole budget without a meter).
  static var numericalGradientRemaining: Int {
    guard let meter = running else { return numericalGradientLimit }
    return meter.numericalGradientOperations - meter.numericalGradientUsed.load(ordering: .relaxed)
  }

  /// Charges the element operations of one finite-difference gradient against the running statement.
  static func chargeNumericalGradient(_ cost: Int) {
    running?.numericalGradientUsed.wrappingAdd(cost, ordering: .relaxed)
  }

  /// A byte count as people read it: `2 GiB`, `512 MiB`, `1000 bytes`.
  static func describe(bytes: Int) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift {
      let whole = bytes >> shift
      let tenths = ((bytes - whole << shift) * 10) >> shift
      return tenths == 0 ? "\(whole) \(unit)" : "\(whole).\(tenths) \(unit)"
    }
    return "\(bytes) bytes"
  }
}

extension DType {
  /// Bytes per element as docbuild stores the dtype: narrow dtypes live in their 8-byte storage class, so the
  /// memory budget charges 8 bytes for an int8 as for an int64 (NumPy's own size is `itemsize`).
  var itemSize: Int { self == .bool ? 1 : 8 }
}
