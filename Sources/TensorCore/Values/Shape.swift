/// Shape arithmetic shared by every operation: element counts under the size limit, strides, axis normalisation,
/// NumPy's broadcasting rule and NumPy's two ways of writing a shape in messages.
enum Shape {
  /// The most elements one value may hold (the project's limit, 2^24).
  static let maxElementCount = 16_777_216
  /// The most axes a value may have (NumPy's own limit).
  static let maxDimensions = 64

  /// The element count of `shape`, checked before anything is allocated. The limit applies to the product of the
  /// non-zero extents, so that a zero-size shape such as `(2**40, 0)` is refused too: every reduction, index or
  /// broadcast of a valid shape then has a valid result, and no result can need more than the limit.
  /// An extent product that overflows NumPy's byte count (`itemSize` bytes an element) gets NumPy's own message.
  @inline(__always)
  static func checkedCount(_ shape: [Int], itemSize: Int = 8) throws -> Int {
    // One or two positive extents whose product cannot pass the limit (nor overflow a byte count): the count without
    // the general checks, which cost a (10, 10) `np.zeros` or `reshape` about 70 instructions.
    switch shape.count {
    case 1 where UInt(bitPattern: shape[0] &- 1) < UInt(maxElementCount): return shape[0]
    case 2 where UInt(bitPattern: shape[0] &- 1) < 4096 && UInt(bitPattern: shape[1] &- 1) < 4096:
      return shape[0] &* shape[1]
    default: return try checkedCountOfAnyShape(shape, itemSize: itemSize)
    }
  }

  /// `checkedCount` of any shape.
  private static func checkedCountOfAnyShape(_ shape: [Int], itemSize: Int) throws -> Int {
    if shape.count > maxDimensions {
      throw TensorError.value(
        "maximum supported dimension for an ndarray is currently \(maxDimensions), found \(shape.count)")
    }
    // NumPy's order (PyArray_NewFromDescr): zero extents are skipped, negative ones refused, bytes overflow-checked.
    var bytes = itemSize
    var hasZero = false
    for extent in shape {
      if extent == 0 {
        hasZero = true
        continue
      }
      if extent < 0 { throw TensorError.value("negative dimensions are not allowed") }
      let (product, overflow) = bytes.multipliedReportingOverflow(by: extent)
      if overflow { throw numpyTooBig }
      bytes = product
    }
    let extentProduct = bytes / itemSize
    if extentProduct > maxElementCount { throw tooLarge(shape) }
    return hasZero ? 0 : extentProduct
  }

  /// NumPy's error for a shape whose byte count does not fit in a signed 64-bit integer.
  static let numpyTooBig = TensorError.value(
    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")

  /// The error for a shape past the element limit (a MemoryError in spirit, a ValueError in class). NumPy would
  /// make the array, so the error is docbuild's own and never an output a transcript may expect.
  static func tooLarge(_ shape: [Int]) -> TensorError {
    TensorError.limit(
      "array of shape \(python(shape)) is too large: a value may hold at most 16,777,216 elements"
        + (shape.contains(0) ? " (counting the non-zero extents of an empty array)" : ""))
  }

  /// The element count of a shape already known to be valid.
  static func count(_ shape: [Int]) -> Int { shape.reduce(1, *) }

  /// Row-major strides, in elements. A vector's and a matrix's come from the shared lists (`SharedIntLists`): `b` in
  /// every `a @ b` of a C-ordered matrix allocated `[n, 1]` and freed it (about 250 instructions of a (10, 10) product).
  static func strides(_ shape: [Int]) -> [Int] {
    switch shape.count {
    case 0: return []
    case 1: return SharedIntLists.single(1)
    case 2: return SharedIntLists.pair(shape[1], 1)
    default: break
    }
    var strides = [Int].filled(1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis] = running
      running *= shape[axis]
    }
    return strides
  }

  /// Maps a possibly negative axis into `0..<ndim` as NumPy's `normalize_axis_index` does, or throws NumPy's
  /// AxisError, its message led by `argument: ` where NumPy names the argument (`np.moveaxis`'s `source`). An axis no
  /// C int holds is refused: NumPy fails converting it before it looks at the range, with words that depend on the
  /// function (`integer won't fit into a C int`, `Python int too large to convert to C int`, `… C long`).
  static func normalize(axis: Int, ndim: Int, argument: String? = nil) throws -> Int {
    guard axis >= -ndim && axis < ndim else {
      if axis < Int(Int32.min) || axis > Int(Int32.max) { throw TensorError.axisBeyondCInt(String(axis)) }
      throw TensorError.axis(axis, ndim: ndim, argument: argument)
    }
    return axis < 0 ? axis + ndim : axis
  }

  /// Normalises a list of axes, rejecting duplicates with NumPy's message.
  static func normalize(axes: [Int], ndim: Int) throws -> [Int] {
    let normalized = try axes.map { try normalize(axis: $0, ndim: ndim) }
    if Set(normalized).count != normalized.count { throw TensorError.value("duplicate value in 'axis'") }
    return normalized
  }

  /// The shape both operands broadcast to, or nil when they are incompatible. Returns one of the operands' own
  /// shape arrays when it is the result (the common case), so the hot path allocates nothing.
  static func broadcast(_ a: [Int], _ b: [Int]) -> [Int]? {
    if a == b { return a }
    let (long, short) = a.count >= b.count ? (a, b) : (b, a)
    let lead = long.count - short.count
    var longIsResult = true
    for axis in short.indices {
      let x = long[lead + axis]
      let y = short[axis]
      if x == y || y == 1 { continue }
      if x != 1 { return nil }
      longIsResult = false
    }
    if longIsResult { return long }
    var result = long
    for axis in short.indices where short[axis] != 1 { result[lead + axis] = short[axis] }
    return result
  }

  /// True when an operand of `operand` shape broadcast to `shape` simply repeats as a block: its shape, without
  /// leading 1s, is the tail of `shape`.
  static func isTrailingBlock(_ operand: [Int], of shape: [Int]) -> Bool {
    var first = 0
    while first < operand.count && operand[first] == 1 { first += 1 }
    let tail = operand.count - first
    guard tail <= shape.count else { return false }
    for k in 0..<tail where operand[first + k] != shape[shape.count - tail + k] { return false }
    return true
  }

  /// The broadcast shape of two operands, or NumPy's "could not be broadcast together" error.
  static func broadcastOperands(_ a: [Int], _ b: [Int]) throws -> [Int] {
    guard let shape = broadcast(a, b) else {
      throw TensorError.value(
        "operands could not be broadcast together with shapes \(compact(a)) \(compact(b)) ")
    }
    return shape
  }

  /// A shape as NumPy's C code writes it in messages: `(2,3)`, `(3,)`, `()`; negative extents are "newaxis" and
  /// leading ones are dropped, as in `cannot reshape array of size 6 into shape (5)`.
  static func compact(_ shape: [Int]) -> String {
    guard let first = shape.firstIndex(where: { $0 >= 0 }) else { return "()" }
    var text = "(\(shape[first])"
    for extent in shape[(first + 1)...] { text += extent < 0 ? ",newaxis" : ",\(extent)" }
    return text + (shape.count == 1 ? ",)" : ")")
  }

  /// A shape as a Python tuple prints: `(2, 3)`, `(3,)`, `()`.
  static func python(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}
