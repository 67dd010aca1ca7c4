/// The element order of a transpose whose copy has not been made yet: the tensor holding it keeps its operand's
/// elements (`TensorFields.storage`, the same storage class and count) and gives its own order, permuted, only when
/// something reads them. NumPy's transpose moves no element (it swaps strides); a `c = a.T` that nothing reads then
/// costs no copy here either, and every reader sees the elements the copy would have made then, since the operand's
/// elements are held by value (copy on write) from the moment of the transpose.
///
/// A value held in the tensor's parts (`TensorParts.deferredTranspose`), which also keep the permuted elements once
/// made (`TensorParts.transposedElements`): as an object of its own, every `a.T` allocated and freed it, about 300
/// instructions of a call's 3,100.
struct DeferredTranspose: Sendable {
  /// The operand's shape.
  let sourceShape: [Int]
  /// Result axis k is the operand's axis `axes[k]` (a validated permutation of at least two axes).
  let axes: [Int]

  /// The transpose's elements in row-major order, made from `source` (the operand's elements this transpose was
  /// deferred with).
  func permuted(_ source: Storage) -> Storage {
    ShapeKernels.permuted(source, shape: sourceShape, axes: axes)
  }

  /// This transpose followed by another permutation, `then` (result axis k of the second is axis `then[k]` of this
  /// one's result), as one transpose of the same operand: `a.T.T` defers once, from `a`'s elements.
  func followed(by then: [Int]) -> DeferredTranspose {
    DeferredTranspose(sourceShape: sourceShape, axes: axes(followedBy: then))
  }

  /// The operand's axes in the order this transpose followed by `then` gives them: result axis k is the operand's
  /// axis `axes(followedBy: then)[k]`.
  func axes(followedBy then: [Int]) -> [Int] { then.map { axes[$0] } }
}

/// A deferred transpose's elements once made, shared by the parts that hold the same deferred transpose.
final class PermutedElements: Sendable {
  let storage: Storage
  init(_ storage: Storage) { self.storage = storage }
}
