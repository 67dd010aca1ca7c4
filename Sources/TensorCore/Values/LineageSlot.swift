import Synchronization

/// A tensor's lineage, made the first time it is asked for and then shared by every copy of the parts: one atomic
/// word holding a retained reference (0 until one is made). The standard library's `AtomicLazyReference` does the same
/// but is not inlined into this module: each read instantiated `Unmanaged`'s generic metadata, about 600 instructions,
/// and a small operation reads its operands' lineages several times.
struct LineageSlot: ~Copyable {
  /// The lineage's address as retained by this slot, or 0.
  private let address: Atomic<UInt>

  /// A slot holding `lineage` (nil: none yet).
  init(_ lineage: ArrayLineage? = nil) {
    guard let lineage else {
      address = Atomic(0)
      return
    }
    address = Atomic(UInt(bitPattern: Unmanaged.passRetained(lineage).toOpaque()))
  }

  deinit {
    let held = address.load(ordering: .acquiring)
    if held != 0 { Self.reference(held).release() }
  }

  /// The lineage when one was made, else nil.
  @inline(__always)
  var made: ArrayLineage? {
    let held = address.load(ordering: .acquiring)
    return held == 0 ? nil : Self.reference(held).takeUnretainedValue()
  }

  /// The lineage already made, or `candidate`, stored now: the first of several threads to store wins, and the
  /// others get its lineage.
  func storeIfNone(_ candidate: ArrayLineage) -> ArrayLineage {
    let offered = Unmanaged.passRetained(candidate)
    let (stored, held) = address.compareExchange(
      expected: 0, desired: UInt(bitPattern: offered.toOpaque()), ordering: .acquiringAndReleasing)
    if stored { return candidate }
    offered.release()
    return Self.reference(held).takeUnretainedValue()
  }

  /// The reference behind a stored address.
  @inline(__always)
  private static func reference(_ held: UInt) -> Unmanaged<ArrayLineage> {
    Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: held).unsafelyUnwrapped)
  }
}
