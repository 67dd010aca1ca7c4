/// The element type of a tensor, named as NumPy names its dtypes.
public enum DType: String, Sendable, Hashable, CaseIterable {
  case bool
  case int64
  case float64
}

/// The elements of a tensor in row-major (C) order, in one of the three dtypes.
public enum Storage: Sendable {
  case bool([Bool])
  case int64([Int64])
  case float64([Double])
}

/// An n-dimensional array or a NumPy scalar: shape, row-major elements, and whether NumPy would call it a scalar.
public struct Tensor: Sendable {
  /// The extent of each axis; empty for 0-d arrays and scalars.
  public var shape: [Int]
  /// The elements in row-major order; `count` equals the product of `shape`.
  public var storage: Storage
  /// True for a NumPy scalar such as `np.float64(6.0)` (what full reductions and full indexing return); false for
  /// arrays, including 0-d ones such as `array(6.)`, which NumPy prints differently.
  public var isScalar: Bool

  /// Makes a tensor from its parts; the caller guarantees the element count matches the shape.
  public init(shape: [Int], storage: Storage, isScalar: Bool = false) {
    self.shape = shape
    self.storage = storage
    self.isScalar = isScalar
  }

  /// The dtype of the elements.
  public var dtype: DType {
    switch storage {
    case .bool: .bool
    case .int64: .int64
    case .float64: .float64
    }
  }
}
