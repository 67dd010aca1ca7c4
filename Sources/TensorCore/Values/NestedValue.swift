/// One Python number: what `item()` returns and what literals are made of.
public enum Scalar: Sendable, Hashable {
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case complex(Complex)

  /// The dtype NumPy infers for this number.
  var dtype: DType {
    switch self {
    case .bool: .bool
    case .int: .int64
    case .double: .float64
    case .complex: .complex128
    }
  }

  /// The number as int64 (floats truncated toward zero, as `astype(np.int64)` does).
  var int64Value: Int64 {
    switch self {
    case .bool(let value): value ? 1 : 0
    case .int(let value): value
    case .double(let value): Tensor(value).int64s[0]
    case .complex(let value): Tensor(value.real).int64s[0]
    }
  }

  /// The number as float64 (a complex number's real part).
  public var doubleValue: Double {
    switch self {
    case .bool(let value): value ? 1 : 0
    case .int(let value): Double(value)
    case .double(let value): value
    case .complex(let value): value.real
    }
  }

  /// The number as complex128.
  public var complexValue: Complex {
    if case .complex(let value) = self { return value }
    return Complex(doubleValue)
  }
}

/// What `np.array(...)` accepts: numbers, (nested) lists of them, and existing arrays.
public indirect enum NestedValue: Sendable {
  case scalar(Scalar)
  case list([NestedValue])
  case tensor(Tensor)
}

extension Tensor {
  /// A 0-d array holding one Python number (what `np.array(5.0)` makes).
  public init(scalar: Scalar, isScalar: Bool) {
    switch scalar {
    case .bool(let value): self.init(shape: [], storage: .bool([value]), isScalar: isScalar)
    case .int(let value): self.init(shape: [], storage: .int64([value]), isScalar: isScalar)
    case .double(let value): self.init(shape: [], storage: .float64([value]), isScalar: isScalar)
    case .complex(let value): self.init(shape: [], storage: .complex128([value]), isScalar: isScalar)
    }
  }
}
