/// Elements a value leaves in its operand's storage until something reads them (`TensorParts.deferred`): NumPy's
/// transpose and row selection move no element (they set strides and an offset), so a `c = a.T` or `r = a[i]` that
/// nothing reads costs no copy here either. The operand's elements are held by value (copy on write) from the moment
/// of the operation, so every reader sees the elements the copy would have made then.
///
/// A value held in the tensor's parts, which also keep the made elements once made (`TensorParts.madeElements`): as
/// an object of its own, every `a.T` allocated and freed it, about 300 instructions of a call's 3,100.
enum DeferredElements: Sendable {
  /// A transpose: the parts hold the operand's elements in the operand's order (the same storage class and count, so
  /// the class and the size are read from them as they are).
  case transpose(DeferredTranspose)
  /// `count` consecutive row-major elements of the operand from `start` (a row, `a[i]`): the parts hold all of the
  /// operand's elements, of the same storage class.
  case slice(start: Int, count: Int)

  /// True for a row (`slice`).
  var isSlice: Bool {
    if case .slice = self { return true }
    return false
  }

  /// The value's own elements in row-major order, made from `source` (the operand's elements this was deferred with).
  func made(from source: Storage) -> Storage {
    switch self {
    case .transpose(let transpose):
      return transpose.permuted(source)
    case .slice(let start, let count):
      // Through an `ArraySlice`, whose copy is specialized: an in-place copy into
      // `Array(unsafeUninitializedCapacity:)` looked up the array's generic metadata at every call (about 300
      // instructions of a 10-element row).
      let run = start..<(start + count)
      return switch source {
      case .bool(let values): .bool(Array(values[run]))
      case .int64(let values): .int64(Array(values[run]))
      case .float64(let values): .float64(Array(values[run]))
      case .complex128(let values): .complex128(Array(values[run]))
      }
    }
  }
}

/// The element order of a transpose whose copy has not been made yet (`DeferredElements.transpose`).
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

/// Deferred elements once kept, shared by the parts that hold the same deferral (`TensorParts.madeBits`).
final class MadeElements: Sendable {
  let storage: Storage
  init(_ storage: Storage) { self.storage = storage }
}
