/// `np.array(...)`: the shape of nested lists (with NumPy's error for ragged ones), the dtype NumPy infers, and the
/// elements in row-major order.
extension Tensor {
  /// `np.array(value, dtype=...)`: a new leaf array; lists must be rectangular.
  public static func array(_ value: NestedValue, dtype: DType? = nil) throws -> Tensor {
    if case .tensor(let tensor) = value {
      let copy = Tensor(shape: tensor.shape, storage: tensor.storage, isScalar: false)
      return try dtype.map { try copy.astype($0) }.map { Tensor(shape: $0.shape, storage: $0.storage) } ?? copy
    }
    var shape: [Int] = []
    var level = [value]
    var leaves: [Scalar] = []
    var tensors: [Tensor] = []
    while true {
      level = normalized(level)
      if level.allSatisfy({ if case .scalar = $0 { true } else { false } }) {
        leaves = level.map { if case .scalar(let s) = $0 { s } else { .bool(false) } }
        break
      }
      if level.allSatisfy({ if case .tensor = $0 { true } else { false } }) {
        tensors = level.map { if case .tensor(let t) = $0 { t } else { Tensor(false) } }
        guard tensors.allSatisfy({ $0.shape == tensors[0].shape }) else { throw ragged(shape) }
        shape += tensors[0].shape
        break
      }
      let lengths = level.map { element -> Int? in if case .list(let items) = element { items.count } else { nil } }
      guard let first = lengths[0], lengths.allSatisfy({ $0 == first }) else { throw ragged(shape) }
      shape.append(first)
      if shape.count > Shape.maxDimensions { _ = try Shape.checkedCount(shape) }
      level = level.flatMap { element -> [NestedValue] in if case .list(let items) = element { items } else { [] } }
      if level.isEmpty { break }
    }
    _ = try Shape.checkedCount(shape)
    let inferred: DType
    if !tensors.isEmpty {
      inferred = tensors.map(\.dtype).reduce(.bool, DType.promoted)
    } else {
      inferred = level.isEmpty ? .float64 : leaves.map(\.dtype).reduce(.bool, DType.promoted)
    }
    let storage: Storage
    switch dtype ?? inferred {
    case .float64:
      storage = .float64(tensors.isEmpty ? leaves.map(\.doubleValue) : tensors.flatMap(\.doubles))
    case .int64:
      storage = .int64(tensors.isEmpty ? leaves.map(\.int64Value) : tensors.flatMap(\.int64s))
    case .bool:
      storage = .bool(tensors.isEmpty ? leaves.map { $0.doubleValue != 0 } : tensors.flatMap(\.bools))
    }
    return Tensor(shape: shape, storage: storage)
  }

  /// One level of nesting with 0-d arrays read as numbers and, where lists and arrays mix, arrays split into lists.
  private static func normalized(_ level: [NestedValue]) -> [NestedValue] {
    let hasList = level.contains { if case .list = $0 { true } else { false } }
    return level.map { element in
      guard case .tensor(let tensor) = element else { return element }
      if tensor.ndim == 0, let number = try? tensor.item() { return .scalar(number) }
      guard hasList else { return element }
      let rows = (0..<tensor.shape[0]).compactMap { try? tensor.index([.int($0)]) }
      return .list(rows.map { NestedValue.tensor($0) })
    }
  }

  /// NumPy's error for lists whose lengths or depths differ below the first `shape.count` axes.
  private static func ragged(_ shape: [Int]) -> TensorError {
    TensorError.value(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
        + "\(shape.count) dimensions. The detected shape was \(Shape.python(shape)) + inhomogeneous part.")
  }
}
