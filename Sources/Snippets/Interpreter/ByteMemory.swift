import Synchronization
import TensorCore

/// Raw memory shared by a Python `bytearray` and the arrays made over it (`np.ndarray(buffer=)`, `np.frombuffer`,
/// `arr.view(dtype)`): a write through any of them is seen by all, as in NumPy.
final class ByteMemory: Sendable {
  private let state: Mutex<[UInt8]>
  /// Whether an array was ever made over this memory: CPython then refuses to resize the bytearray while that array
  /// lives (BufferError), and docbuild cannot tell when it is gone.
  private let exported = Atomic<Bool>(false)
  /// False for the memory of an immutable `bytes` object: arrays over it are read-only.
  let isMutable: Bool

  /// True once an array was made over this memory.
  var isExported: Bool { exported.load(ordering: .relaxed) }

  /// Notes that an array now shares this memory.
  func markExported() { exported.store(true, ordering: .relaxed) }

  /// Memory holding `bytes`.
  init(_ bytes: [UInt8], isMutable: Bool) {
    state = Mutex(bytes)
    self.isMutable = isMutable
  }

  /// The current bytes.
  var bytes: [UInt8] {
    get { state.withLock { $0 } }
    set { state.withLock { $0 = newValue } }
  }

  /// The number of bytes.
  var count: Int { state.withLock { $0.count } }

  /// Changes the bytes in place.
  func update(_ body: (inout [UInt8]) -> Void) { state.withLock { body(&$0) } }
}

/// The bytes of NumPy's elements on a little-endian machine, and back.
enum ElementBytes {
  /// Appends the little-endian bytes of element `index` of `storage` (values of `dtype`) to `bytes`.
  static func append(_ storage: Storage, _ index: Int, _ dtype: DType, to bytes: inout [UInt8]) {
    func put<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    func putFloat(_ value: Double, _ type: DType) {
      switch type {
      case .float16: put(Float16(value).bitPattern)
      case .float32: put(Float(value).bitPattern)
      default: put(value.bitPattern)
      }
    }
    switch storage {
    case .bool(let values): bytes.append(values[index] ? 1 : 0)
    case .int64(let values):
      let value = values[index]
      switch dtype.itemsize {
      case 1: put(UInt8(truncatingIfNeeded: value))
      case 2: put(UInt16(truncatingIfNeeded: value))
      case 4: put(UInt32(truncatingIfNeeded: value))
      default: put(UInt64(bitPattern: value))
      }
    case .float64(let values): putFloat(values[index], dtype)
    case .complex128(let values):
      let part: DType = dtype == .complex64 ? .float32 : .float64
      putFloat(values[index].real, part)
      putFloat(values[index].imag, part)
    }
  }

  /// The little-endian bytes of every element of `tensor`, in row-major order.
  static func encode(_ tensor: Tensor) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(tensor.size * tensor.dtype.itemsize)
    let storage = tensor.storage
    for index in 0..<tensor.size { append(storage, index, tensor.dtype, to: &bytes) }
    return bytes
  }

  /// The values of the elements of `dtype` at byte `offsets` of `bytes` (each reversed first when `swapped`), as a
  /// native tensor of `shape`; a bool byte other than 0 and 1 is refused (NumPy keeps it and compares it oddly).
  static func decode(
    _ bytes: [UInt8], offsets: [Int], dtype: DType, swapped: Bool, shape: [Int]
  ) throws(PythonError) -> Tensor {
    let size = dtype.itemsize
    let partSize = dtype.isComplex ? size / 2 : size
    func word(_ start: Int) -> UInt64 {
      var value: UInt64 = 0
      for k in 0..<partSize {
        let byte = UInt64(bytes[swapped ? start + partSize - 1 - k : start + k])
        value |= byte << (8 * UInt64(k))
      }
      return value
    }
    func float(_ start: Int, _ type: DType) -> Double {
      let bits = word(start)
      switch type {
      case .float16: return HalfPrecision.value(bits: UInt16(truncatingIfNeeded: bits))
      case .float32: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
      default: return Double(bitPattern: bits)
      }
    }
    let storage: Storage
    switch dtype.storageClass {
    case .bool:
      var values: [Bool] = []
      values.reserveCapacity(offsets.count)
      for offset in offsets {
        guard bytes[offset] <= 1 else {
          throw PythonError.limit(
            "a bool element whose byte is \(bytes[offset]) (neither 0 nor 1) is not supported in snippets: view "
              + "the memory as uint8 instead")
        }
        values.append(bytes[offset] == 1)
      }
      storage = .bool(values)
    case .int64:
      storage = .int64(
        offsets.map { offset in
          let bits = word(offset)
          switch dtype {
          case .int8: return Int64(Int8(truncatingIfNeeded: bits))
          case .int16: return Int64(Int16(truncatingIfNeeded: bits))
          case .int32: return Int64(Int32(truncatingIfNeeded: bits))
          default: return Int64(bitPattern: bits)
          }
        })
    case .float64:
      storage = .float64(offsets.map { float($0, dtype) })
    default:
      let part: DType = dtype == .complex64 ? .float32 : .float64
      storage = .complex128(offsets.map { Complex(float($0, part), float($0 + partSize, part)) })
    }
    let wide = Tensor(shape: shape, storage: storage)
    return dtype.isNarrow ? try core { try wide.astype(dtype) } : wide
  }
}
