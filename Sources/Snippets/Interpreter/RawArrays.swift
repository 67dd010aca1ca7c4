import Synchronization
import TensorCore

/// Where a raw array's bytes live.
enum RawSource: Sendable {
  /// Memory of its own, a `bytearray`'s, or a `bytes` object's (read-only).
  case memory(ByteMemory)
  /// The memory of an ordinary array (`x.view('>i2')` of a native `x`), read through its lineage's root whose
  /// elements have `DType`: writes to `x` are seen here; writes through the view are refused.
  case array(ArrayLineage, DType)
  /// A big-endian field of a structured array (`a['f0']` of `dtype='>i4,>f8'`): the field's column (a root of native
  /// values, elements of `DType`) read as NumPy's memory holds it, each element's bytes reversed. Writes through it
  /// are refused (the structured array itself takes them).
  case swappedColumn(ArrayLineage, DType)
}

/// A NumPy array read from bytes: big-endian arrays, arrays over a `bytearray` or `bytes` (`np.ndarray(buffer=)`,
/// `np.frombuffer`), and `view(dtype)` reinterpretations. NumPy's memory is kept as bytes and each element is read from
/// its byte offset whenever the array is used, so views, byte swaps and the buffer's own changes agree exactly with
/// NumPy. Computations read the values into an ordinary native array (whose results NumPy makes native too).
struct RawArray: Sendable {
  /// The memory.
  var source: RawSource
  /// The element type and byte order.
  var dtype: OrderedDType
  /// The extent of each axis.
  var shape: [Int]
  /// The byte offset of each element in the memory, in row-major order of `shape`.
  var offsets: [Int]
  /// False for arrays over `bytes` (and the views of them): NumPy's read-only flag.
  var isWriteable: Bool
  /// This array object's identity (what `is` compares).
  var identity = ArrayIdentity()

  /// The number of elements.
  var size: Int { offsets.count }

  /// True once this process has made a raw array (every one passes through the memberwise initializer): until then
  /// no list can hold one, and the calls that look for one inside a list argument skip the look. Each call with a
  /// long list looked at every item: `heapq.heappush(h, x)`'s `isinstance(heap, list)` read all of `h`, and 4·10^4
  /// pushes took 2.5 s (CPython 20 ms).
  static var mayExist: Bool { made.load(ordering: .relaxed) }
  private static let made = Atomic<Bool>(false)

  /// True for the view of a big-endian structured field, whose memory here is the field's column alone (NumPy's
  /// strides step over whole elements).
  var isStructuredField: Bool {
    if case .swappedColumn = source { return true }
    return false
  }

  /// The number of elements of `shape`.
  static func elementCount(_ shape: [Int]) -> Int { shape.reduce(1, *) }

  /// Row-major strides of `shape`, in elements.
  static func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for axis in shape.indices.reversed() {
      strides[axis] = step
      step *= max(shape[axis], 1)
    }
    return strides
  }

  /// The memory's current bytes.
  func bytes() -> [UInt8] {
    switch source {
    case .memory(let memory): return memory.bytes
    case .array(let lineage, let dtype):
      guard let root = lineage.root else { return [] }
      var bytes: [UInt8] = []
      for index in 0..<RawArray.elementCount(root.shape) { ElementBytes.append(root.storage, index, dtype, to: &bytes) }
      return bytes
    case .swappedColumn(let lineage, let dtype):
      guard let root = lineage.root else { return [] }
      var bytes: [UInt8] = []
      for index in 0..<RawArray.elementCount(root.shape) { ElementBytes.append(root.storage, index, dtype, to: &bytes) }
      ElementBytes.swap(&bytes, dtype)
      return bytes
    }
  }

  /// The elements' values as an ordinary native array (a copy).
  func values() throws(PythonError) -> Tensor {
    try ElementBytes.decode(bytes(), offsets: offsets, dtype: dtype.dtype, swapped: dtype.isSwapped, shape: shape)
  }

  /// The elements' bytes as NumPy's `tobytes()` gives them, in row-major order.
  func elementBytes() -> [UInt8] {
    let memory = bytes()
    let itemsize = dtype.dtype.itemsize
    var result: [UInt8] = []
    result.reserveCapacity(size * itemsize)
    for offset in offsets { result.append(contentsOf: memory[offset..<offset + itemsize]) }
    return result
  }

  /// A new contiguous array in memory of its own holding `values` (a native array) in `dtype`'s byte order.
  init(copying values: Tensor, as dtype: OrderedDType) throws(PythonError) {
    let cast = values.dtype == dtype.dtype ? values : try core { try values.astype(dtype.dtype) }
    var bytes = ElementBytes.encode(cast)
    if dtype.isSwapped { ElementBytes.swap(&bytes, dtype.dtype) }
    let itemsize = dtype.dtype.itemsize
    self.init(
      source: .memory(ByteMemory(bytes, isMutable: true)), dtype: dtype, shape: values.shape,
      offsets: (0..<values.size).map { $0 * itemsize }, isWriteable: true)
  }

  /// A new contiguous array of its own holding exactly `bytes` (one element per itemsize) with `dtype` and `shape`.
  init(bytes: [UInt8], as dtype: OrderedDType, shape: [Int]) {
    let itemsize = dtype.dtype.itemsize
    self.init(
      source: .memory(ByteMemory(bytes, isMutable: true)), dtype: dtype, shape: shape,
      offsets: (0..<bytes.count / itemsize).map { $0 * itemsize }, isWriteable: true)
  }

  init(source: RawSource, dtype: OrderedDType, shape: [Int], offsets: [Int], isWriteable: Bool) {
    if !Self.made.load(ordering: .relaxed) { Self.made.store(true, ordering: .relaxed) }
    self.source = source
    self.dtype = dtype
    self.shape = shape
    self.offsets = offsets
    self.isWriteable = isWriteable
  }

  /// This array with other elements of the same memory (a view: a new array object).
  func viewing(shape: [Int], offsets: [Int], dtype: OrderedDType? = nil) -> RawArray {
    RawArray(
      source: source, dtype: dtype ?? self.dtype, shape: shape, offsets: offsets, isWriteable: isWriteable)
  }

  /// The offsets as an int64 array of `shape`, so NumPy's own indexing and shape operations (TensorCore's) can say
  /// which elements a view picks.
  var offsetTensor: Tensor { Tensor(shape: shape, storage: .int64(offsets.map(Int64.init))) }

  /// True when the elements are consecutive in row-major order (NumPy's C_CONTIGUOUS).
  var isContiguous: Bool {
    guard let first = offsets.first else { return true }
    let itemsize = dtype.dtype.itemsize
    return offsets.indices.allSatisfy { offsets[$0] == first + $0 * itemsize }
  }

  /// A copy in memory of its own, with the same dtype and byte order.
  func copied() throws(PythonError) -> RawArray {
    RawArray(bytes: elementBytes(), as: dtype, shape: shape)
  }

  /// The memory a write goes to, or the error NumPy (or docbuild, for a view of an ordinary array) gives.
  func writableMemory(readOnly message: String = "assignment destination is read-only") throws(PythonError)
    -> ByteMemory
  {
    switch source {
    case .memory(let memory) where memory.isMutable && isWriteable: return memory
    case .memory: throw PythonError.value(message)
    case .swappedColumn:
      throw PythonError.limit(
        "writing through a field of a structured array with big-endian fields (a['f0'][i] = v) is not supported "
          + "in snippets: assign through the array itself (a['f0'] = values, a[i] = (...)); docbuild's view of "
          + "such a field only reads")
    case .array:
      throw PythonError.limit(
        "writing through a view of an array as another dtype (arr.view(dtype)) is not supported in snippets: "
          + "write to the array itself, or to a copy (arr.view(dtype).copy())")
    }
  }

  /// Writes `values` (a native array of this shape) into the elements where `written` is true (all when nil).
  func write(
    _ values: Tensor, where written: [Bool]? = nil, readOnly message: String = "assignment destination is read-only"
  ) throws(PythonError) {
    let memory = try writableMemory(readOnly: message)
    let cast = values.dtype == dtype.dtype ? values : try core { try values.astype(dtype.dtype) }
    var encoded = ElementBytes.encode(cast)
    if dtype.isSwapped { ElementBytes.swap(&encoded, dtype.dtype) }
    let itemsize = dtype.dtype.itemsize
    memory.update { bytes in
      for (index, offset) in offsets.enumerated() where written?[index] ?? true {
        for k in 0..<itemsize { bytes[offset + k] = encoded[index * itemsize + k] }
      }
    }
  }

  /// Reverses each element's bytes in the memory itself (`byteswap(inplace=True)`).
  func swapInPlace() throws(PythonError) {
    let memory = try writableMemory(readOnly: "array to be byte-swapped is read-only")
    let part = dtype.dtype.isComplex ? dtype.dtype.itemsize / 2 : dtype.dtype.itemsize
    guard part > 1 else { return }
    memory.update { bytes in
      for offset in offsets {
        var start = offset
        while start < offset + dtype.dtype.itemsize {
          bytes[start..<start + part].reverse()
          start += part
        }
      }
    }
  }
}

extension ElementBytes {
  /// Reverses the bytes of each element of `dtype` in `bytes` (each part of a complex element on its own).
  static func swap(_ bytes: inout [UInt8], _ dtype: DType) {
    let part = dtype.isComplex ? dtype.itemsize / 2 : dtype.itemsize
    guard part > 1 else { return }
    var start = 0
    while start + part <= bytes.count {
      bytes[start..<start + part].reverse()
      start += part
    }
  }

  /// True when some float16 or float32 element of `bytes` (little-endian) is a signalling NaN, which a conversion to a
  /// double quiets: such bytes cannot go through an ordinary array unchanged.
  static func hasSignalingNaN(_ bytes: [UInt8], _ dtype: DType) -> Bool {
    let part: DType = dtype == .complex64 ? .float32 : dtype
    guard part == .float16 || part == .float32 else { return false }
    let size = part.itemsize
    var start = 0
    while start + size <= bytes.count {
      var bits: UInt32 = 0
      for k in 0..<size { bits |= UInt32(bytes[start + k]) << (8 * UInt32(k)) }
      if part == .float32 {
        if bits & 0x7F80_0000 == 0x7F80_0000 && bits & 0x007F_FFFF != 0 && bits & 0x0040_0000 == 0 { return true }
      } else if bits & 0x7C00 == 0x7C00 && bits & 0x03FF != 0 && bits & 0x0200 == 0 {
        return true
      }
      start += size
    }
    return false
  }

  /// `bytes` with each element's bytes reversed.
  static func swapped(_ bytes: [UInt8], _ dtype: DType) -> [UInt8] {
    var result = bytes
    swap(&result, dtype)
    return result
  }
}
