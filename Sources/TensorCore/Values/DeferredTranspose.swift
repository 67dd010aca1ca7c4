import Synchronization

/// The element order of a transpose whose copy has not been made yet: the tensor holding it keeps its operand's
/// elements (`TensorFields.storage`, the same storage class and count) and gives its own order, permuted, only when
/// something reads them. NumPy's transpose moves no element (it swaps strides); a `c = a.T` that nothing reads then
/// costs no copy here either, and every reader sees the elements the copy would have made then, since the operand's
/// elements are held by value (copy on write) from the moment of the transpose.
///
/// The permuted elements are kept once made, for every tensor sharing these parts: an atomic word holds a retained
/// reference to them (0: none made yet), so two threads reading at once both get the one copy the first of them
/// stored.
final class DeferredTranspose: Sendable {
  /// The operand's shape.
  let sourceShape: [Int]
  /// Result axis k is the operand's axis `axes[k]` (a validated permutation of at least two axes).
  let axes: [Int]
  /// The address of the permuted elements' box, retained by this object; 0 until they are made.
  private let madeBits = Atomic<UInt>(0)

  /// A transpose of an operand of `sourceShape` by `axes`, its elements not yet made.
  init(sourceShape: [Int], axes: [Int]) {
    self.sourceShape = sourceShape
    self.axes = axes
  }

  deinit {
    guard let address = UnsafeRawPointer(bitPattern: madeBits.load(ordering: .acquiring)) else { return }
    Unmanaged<PermutedElements>.fromOpaque(address).release()
  }

  /// The transpose's elements in row-major order, made from `source` (the operand's elements this transpose was
  /// deferred with) the first time they are asked for.
  func elements(of source: Storage) -> Storage {
    if let address = UnsafeRawPointer(bitPattern: madeBits.load(ordering: .acquiring)) {
      return Unmanaged<PermutedElements>.fromOpaque(address).takeUnretainedValue().storage
    }
    let made = PermutedElements(ShapeKernels.permuted(source, shape: sourceShape, axes: axes))
    let bits = UInt(bitPattern: Unmanaged.passRetained(made).toOpaque())
    let (stored, existing) = madeBits.compareExchange(
      expected: 0, desired: bits, successOrdering: .acquiringAndReleasing, failureOrdering: .acquiring)
    if stored { return made.storage }
    // Another reader made them first: theirs are the elements.
    Unmanaged<PermutedElements>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release()
    return Unmanaged<PermutedElements>.fromOpaque(UnsafeRawPointer(bitPattern: existing)!).takeUnretainedValue()
      .storage
  }

  /// True once the elements were made.
  var elementsAreMade: Bool { madeBits.load(ordering: .acquiring) != 0 }

  /// This transpose followed by another permutation, `then` (result axis k of the second is axis `then[k]` of this
  /// one's result), as one transpose of the same operand: `a.T.T` defers once, from `a`'s elements.
  func followed(by then: [Int]) -> DeferredTranspose {
    DeferredTranspose(sourceShape: sourceShape, axes: axes(followedBy: then))
  }

  /// The operand's axes in the order this transpose followed by `then` gives them: result axis k is the operand's
  /// axis `axes(followedBy: then)[k]`.
  func axes(followedBy then: [Int]) -> [Int] { then.map { axes[$0] } }
}

/// A deferred transpose's elements once made.
private final class PermutedElements: Sendable {
  let storage: Storage
  init(_ storage: Storage) { self.storage = storage }
}
