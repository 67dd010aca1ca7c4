/// NumPy's `np.partition` and `np.argpartition` with the element order NumPy 2.4 leaves, on an x86-64 CPU with
/// AVX-512 (the machine the fixtures come from). Two algorithms decide that order:
///
/// - one `kth` of a 16-, 32- or 64-bit type (only 32- and 64-bit for `argpartition`) goes to x86-simd-sort's vector
///   quickselect, which sorts any range of at most 256 (64-bit) or 512 (32- and 16-bit) elements, 256 for
///   `argpartition`, with a bitonic network: such a line comes out sorted, NaNs last. `argpartition`'s partition
///   steps on longer lines are replayed lane by lane (`VectorArgselect`); `partition`'s on longer lines, the order of
///   equal keys in `argpartition`'s last range, and of 0.0 and -0.0, follow its vector code, and are refused;
/// - several `kth`, and 8-bit and bool types, go to NumPy's own introselect (numpy/_core/src/npysort/selection.cpp),
///   ported here step for step: median-of-3 quickselect falling back to median of medians of 5, a selection scan
///   for small `kth`, and a stack of pivots shared by the `kth` of one line.
extension Tensor {
  /// `np.partition(a, kth, axis)` (`indices: false`) or `np.argpartition` (`indices: true`); `axis: nil` flattens.
  public func partitioned(kth given: [Int], axis: Int?, indices: Bool) throws -> Tensor {
    let function = indices ? "np.argpartition" : "np.partition"
    let source = axis == nil ? reshapedKeepingGraph([size]) : self
    let normalized = try Shape.normalize(axis: axis ?? -1, ndim: source.ndim)
    let lines = AxisLines(source.shape, axis: normalized)
    let count = lines.count
    var kth: [Int] = []
    for value in given {
      let index = value < 0 ? value + count : value
      if source.size != 0 && (index < 0 || index >= count) {
        throw TensorError.value("kth(=\(index)) out of bounds (\(count))")
      }
      kth.append(index)
    }
    kth.sort()
    if dtype.isComplex {
      throw Tensor.partitionRefusal("\(function) of complex values is not supported in snippets; use np.sort")
    }
    try ResourceMeter.charge(work: size * 20, bytes: size * 8)
    let keys = PartitionKeys(source)
    let vectorSelect = kth.count == 1 && Self.hasVectorSelect(dtype, indices: indices)
    var positions = [Int](repeating: 0, count: source.size)
    if source.size > 0 {
      for o in 0..<lines.outer {
        for i in 0..<lines.inner {
          let line = (0..<count).map { lines.position(o, $0, i) }
          var selected: [Int]
          if vectorSelect && indices {
            if keys.isInexact && line.contains(where: keys.isNaN) {
              throw Tensor.partitionRefusal(
                "\(function) of \(dtype.rawValue) values holding NaN is not supported in snippets: NumPy's AVX-512 "
                  + "selection hands them to std::nth_element, whose order docbuild does not reproduce; remove the "
                  + "NaNs first, or use np.argsort(a, kind='stable')")
            }
            var selector = VectorArgselect(keys: keys, order: line)
            try selector.select(kth[0], function: function)
            selected = selector.order
          } else {
            var selector = Introselect(keys: keys, order: line)
            if vectorSelect {
              try selector.vectorSelect(kth[0], dtype: dtype, function: function)
            } else {
              for k in kth { selector.select(0, count, k, usePivots: true) }
            }
            selected = selector.order
          }
          for (j, position) in selected.enumerated() {
            positions[lines.position(o, j, i)] = indices ? (position / lines.inner) % count : position
          }
        }
      }
    }
    if indices {
      return Tensor(shape: source.shape, storage: .int64(positions.map { Int64($0) }))
    }
    return try source.reshapedKeepingGraph([source.size]).index([.indices(shape: source.shape, values: positions)])
  }

  /// A refusal of a partition whose order docbuild does not reproduce.
  static func partitionRefusal(_ message: String) -> TensorError {
    TensorError("NotImplementedError", message, isLimit: true)
  }

  /// True where NumPy 2.4 hands one `kth` to x86-simd-sort's AVX-512 quickselect (`quickselect_dispatch` and
  /// `argquickselect_dispatch` in selection.cpp): 16-, 32- and 64-bit integer and float types, not for 16-bit ones
  /// in `argpartition`.
  static func hasVectorSelect(_ dtype: DType, indices: Bool) -> Bool {
    switch dtype {
    case .int32, .uint32, .float32, .int64, .uint64, .float64: true
    case .int16, .uint16, .float16: !indices
    default: false
    }
  }
}

/// One line's keys as NumPy compares them: floats with NaN after everything, uint64 as unsigned.
struct PartitionKeys {
  private enum Keys {
    case floats([Double])
    case signed([Int64])
    case unsigned([Int64])
    case bools([Bool])
  }

  private let keys: Keys
  /// True for float types: NumPy's introselect has a shortcut for the last `kth` of those.
  let isInexact: Bool

  init(_ tensor: Tensor) {
    switch tensor.storage {
    case .int64(let values): keys = tensor.dtype == .uint64 ? .unsigned(values) : .signed(values)
    case .bool(let values): keys = .bools(values)
    default: keys = .floats(tensor.doubles)
    }
    isInexact = tensor.dtype.isFloat
  }

  /// NumPy's `Tag::less` of the elements at two positions: `a < b || (b != b && a == a)` for floats.
  func less(_ a: Int, _ b: Int) -> Bool {
    switch keys {
    case .floats(let values):
      let x = values[a]
      let y = values[b]
      return x < y || (y.isNaN && !x.isNaN)
    case .signed(let values): return values[a] < values[b]
    case .unsigned(let values): return UInt64(bitPattern: values[a]) < UInt64(bitPattern: values[b])
    case .bools(let values): return !values[a] && values[b]
    }
  }

  /// True for a NaN element.
  func isNaN(_ position: Int) -> Bool {
    if case .floats(let values) = keys { return values[position].isNaN }
    return false
  }

  /// True for a zero element with its sign bit set (-0.0).
  func isNegativeZero(_ position: Int) -> Bool {
    if case .floats(let values) = keys { return values[position] == 0 && values[position].sign == .minus }
    return false
  }

  /// True for a zero element without its sign bit (0.0).
  func isPositiveZero(_ position: Int) -> Bool {
    if case .floats(let values) = keys { return values[position] == 0 && values[position].sign == .plus }
    return false
  }
}

/// NumPy's introselect over one line: `order` holds the source position of the element at each place of the line,
/// so value and index partitions are the same moves (NumPy's `Sortee` and `Idx` over `v` or `tosort`).
struct Introselect {
  let keys: PartitionKeys
  var order: [Int]
  /// The pivots found so far that lie above the current `kth` (NumPy's `pivots`/`npiv`, at most 50).
  private var pivots: [Int] = []
  private static let maxPivots = 50

  init(keys: PartitionKeys, order: [Int]) {
    self.keys = keys
    self.order = order
  }

  private func less(_ a: Int, _ b: Int) -> Bool { keys.less(order[a], order[b]) }

  private mutating func swapAt(_ a: Int, _ b: Int) { order.swapAt(a, b) }

  private mutating func storePivot(_ pivot: Int, _ kth: Int, _ usePivots: Bool) {
    guard usePivots else { return }
    if pivot == kth && pivots.count == Self.maxPivots {
      pivots[pivots.count - 1] = pivot
    } else if pivot >= kth && pivots.count < Self.maxPivots {
      pivots.append(pivot)
    }
  }

  /// Median of `low`, `mid` and `high` moved to `low`, the smallest of the three to `low + 1`.
  private mutating func median3Swap(_ low: Int, _ mid: Int, _ high: Int) {
    if less(high, mid) { swapAt(high, mid) }
    if less(high, low) { swapAt(high, low) }
    if less(low, mid) { swapAt(low, mid) }
    swapAt(mid, low + 1)
  }

  /// The place (0 to 4, from `base`) of the median of five, after NumPy's partial sorting swaps.
  private mutating func median5(_ base: Int) -> Int {
    if less(base + 1, base) { swapAt(base + 1, base) }
    if less(base + 4, base + 3) { swapAt(base + 4, base + 3) }
    if less(base + 3, base) { swapAt(base + 3, base) }
    if less(base + 4, base + 1) { swapAt(base + 4, base + 1) }
    if less(base + 2, base + 1) { swapAt(base + 2, base + 1) }
    if less(base + 3, base + 2) { return less(base + 3, base + 1) ? 1 : 3 }
    return 2
  }

  /// Hoare partition around `pivot` between `ll` and `hh`, which the median-of-3 step made safe to run unguarded.
  private mutating func unguardedPartition(_ base: Int, pivot: Int, _ ll: inout Int, _ hh: inout Int) {
    while true {
      repeat { ll += 1 } while keys.less(order[base + ll], pivot)
      repeat { hh -= 1 } while keys.less(pivot, order[base + hh])
      if hh < ll { break }
      swapAt(base + ll, base + hh)
    }
  }

  /// The median of medians of five of the `count` elements from `base`, moved to the front; returns its place.
  private mutating func medianOfMedian5(_ base: Int, _ count: Int) -> Int {
    let medians = count / 5
    for i in 0..<medians {
      let place = median5(base + 5 * i)
      swapAt(base + 5 * i + place, base + i)
    }
    if medians > 2 { select(base, medians, medians / 2, usePivots: false) }
    return medians / 2
  }

  /// Selection by repeated minimum for the first `kth + 1` places, NumPy's choice for a small `kth`.
  private mutating func dumbSelect(_ base: Int, _ count: Int, _ kth: Int) {
    guard kth >= 0 else { return }
    for i in 0...kth {
      var smallest = i
      for k in (i + 1)..<Swift.max(count, i + 1) where keys.less(order[base + k], order[base + smallest]) {
        smallest = k
      }
      swapAt(base + i, base + smallest)
    }
  }

  /// NumPy's `introselect_` on the `count` places from `base`.
  mutating func select(_ base: Int, _ count: Int, _ kth: Int, usePivots: Bool) {
    var low = 0
    var high = count - 1
    while usePivots, let top = pivots.last {
      if top > kth {
        high = top - 1
        break
      } else if top == kth {
        return
      }
      low = top + 1
      pivots.removeLast()
    }
    if kth - low < 3 {
      dumbSelect(base + low, high - low + 1, kth - low)
      storePivot(kth, kth, usePivots)
      return
    } else if keys.isInexact && kth == count - 1 {
      // NumPy's shortcut for the last place (`partition(d, (x, -1))` to find a NaN): a scan for the largest.
      var largest = low
      for k in (low + 1)..<count where !keys.less(order[base + k], order[base + largest]) { largest = k }
      swapAt(base + kth, base + largest)
      return
    }
    var depthLimit = (Int.bitWidth - 1 - count.leadingZeroBitCount) * 2
    while low + 1 < high {
      var ll = low + 1
      var hh = high
      if depthLimit > 0 || hh - ll < 5 {
        median3Swap(base + low, base + low + (high - low) / 2, base + high)
      } else {
        let mid = ll + medianOfMedian5(base + ll, hh - ll)
        swapAt(base + mid, base + low)
        ll -= 1
        hh += 1
      }
      depthLimit -= 1
      unguardedPartition(base, pivot: order[base + low], &ll, &hh)
      swapAt(base + low, base + hh)
      if hh != kth { storePivot(hh, kth, usePivots) }
      if hh >= kth { high = hh - 1 }
      if hh <= kth { low = ll }
    }
    if high == low + 1, less(base + high, base + low) { swapAt(base + high, base + low) }
    storePivot(kth, kth, usePivots)
  }

  /// x86-simd-sort's `qselect` (AVX-512) of one `kth`: NaNs moved to the end by its swapping scan, then the line, at
  /// most one network's length, sorted.
  mutating func vectorSelect(_ kth: Int, dtype: DType, function: String) throws {
    let count = order.count
    guard count > 1 else { return }
    var last = count - 1
    if keys.isInexact && order.contains(where: keys.isNaN) {
      if dtype == .float16 {
        throw Tensor.partitionRefusal(
          "\(function) of \(dtype.rawValue) values holding NaN is not supported in snippets: NumPy's AVX-512 "
            + "selection (x86-simd-sort) leaves them in an order or with bits docbuild does not reproduce; remove "
            + "the NaNs first, or use np.sort")
      }
      // x86-simd-sort's `move_nans_to_end_of_array`.
      var front = 0
      var back = count - 1
      var nans = 0
      while front < back {
        if keys.isNaN(order[front]) {
          swapAt(front, back)
          back -= 1
          nans += 1
        } else {
          front += 1
        }
      }
      if keys.isNaN(order[front]) { nans += 1 }
      last = count - nans - 1
      guard kth <= last else { return }
    }
    let network = dtype.itemsize == 8 ? 256 : 512
    guard last + 1 <= network else {
      throw Tensor.partitionRefusal(
        "\(function) of one kth over more than \(network) \(dtype.rawValue) elements is not supported in snippets: "
          + "NumPy's AVX-512 selection (x86-simd-sort) leaves the other elements in an order its vector code "
          + "decides, which docbuild does not reproduce; use np.sort, or pass a list of kth")
    }
    var range = Array(order[0...last])
    range.sort { keys.less($0, $1) || (!keys.less($1, $0) && $0 < $1) }
    for (a, b) in zip(range, range.dropFirst()) where !keys.less(a, b) {
      if keys.isNegativeZero(a) != keys.isNegativeZero(b) && (keys.isPositiveZero(a) || keys.isPositiveZero(b)) {
        throw Tensor.partitionRefusal(
          "\(function) of values holding both 0.0 and -0.0 is not supported in snippets: they are equal, and the "
            + "order NumPy's AVX-512 selection leaves them in depends on its sorting network; use np.sort(a, "
            + "kind='stable')")
      }
    }
    order.replaceSubrange(0...last, with: range)
  }
}

/// x86-simd-sort's `argselect_` for AVX-512 (`xss-common-argsort.h`), the selection NumPy 2.4's `np.argpartition`
/// of one `kth` runs for 32- and 64-bit types: a quickselect whose pivot is the median of eight samples and whose
/// partition moves indices eight lanes at a time (`argpartition_unrolled`, four registers from each end), until the
/// range holding `kth` has at most 256 elements, which its bitonic network sorts. Replayed lane by lane: a
/// compress-store keeps the lanes' order, so the indices land where NumPy's land.
struct VectorArgselect {
  let keys: PartitionKeys
  var order: [Int]
  private static let lanes = 8
  private static let unroll = 4
  private static let network = 256

  init(keys: PartitionKeys, order: [Int]) {
    self.keys = keys
    self.order = order
  }

  /// The selection of place `kth` (NumPy's `xss_argselect`), or a refusal where the order depends on its sorting
  /// network (equal keys in the last range) or on `std::sort` (no progress after 2·log2(n) rounds).
  mutating func select(_ kth: Int, function: String) throws {
    let count = order.count
    guard count > 1 else { return }
    // C's `2 * (arrsize_t)log2(arrsize)`: twice ⌊log2(n)⌋.
    let rounds = 2 * (Int.bitWidth - 1 - count.leadingZeroBitCount)
    try select(kth, 0, count - 1, rounds: rounds, function: function)
  }

  private func equal(_ a: Int, _ b: Int) -> Bool { !keys.less(a, b) && !keys.less(b, a) }

  private mutating func select(_ kth: Int, _ left: Int, _ right: Int, rounds: Int, function: String) throws {
    if rounds <= 0 {
      throw Tensor.partitionRefusal(
        "\(function) of this line is not supported in snippets: NumPy's AVX-512 selection falls back to std::sort, "
          + "whose order of the other elements docbuild does not reproduce; use np.argsort(a, kind='stable')")
    }
    if right + 1 - left <= Self.network {
      var range = Array(order[left...right])
      range.sort { keys.less($0, $1) || (!keys.less($1, $0) && $0 < $1) }
      for (a, b) in zip(range, range.dropFirst()) where equal(a, b) {
        throw Tensor.partitionRefusal(
          "\(function) of equal elements is not supported in snippets: NumPy's AVX-512 selection (x86-simd-sort) "
            + "orders their indices by its sorting network; use np.argsort(a, kind='stable')")
      }
      order.replaceSubrange(left...right, with: range)
      return
    }
    let pivot = pivotPosition(left, right)
    var smallest = order[left]
    var biggest = order[left]
    for place in left...right {
      if keys.less(order[place], smallest) { smallest = order[place] }
      if keys.less(biggest, order[place]) { biggest = order[place] }
    }
    let pivotIndex = partitionUnrolled(left, right + 1, pivot)
    if !equal(pivot, smallest) && kth < pivotIndex {
      try select(kth, left, pivotIndex - 1, rounds: rounds - 1, function: function)
    } else if !equal(pivot, biggest) && kth >= pivotIndex {
      try select(kth, pivotIndex, right, rounds: rounds - 1, function: function)
    }
  }

  /// `get_pivot_64bit`: the fifth smallest of eight samples spread over the range (the last element of a short one).
  private func pivotPosition(_ left: Int, _ right: Int) -> Int {
    guard right - left >= Self.lanes else { return order[right] }
    let step = (right - left) / 8
    let samples = (1...8).map { order[left + $0 * step] }
    return samples.sorted { keys.less($0, $1) }[4]
  }

  /// `partition_vec_avx512`: the lanes below the pivot compress-stored from `low`, those at or above it ending at
  /// `high`, each in lane order; returns how many were at or above.
  private mutating func partitionVector(_ low: Int, _ high: Int, _ lanes: [Int], pivot: Int) -> Int {
    let above = lanes.filter { !keys.less($0, pivot) }
    var store = low
    for lane in lanes where keys.less(lane, pivot) {
      order[store] = lane
      store += 1
    }
    store = high - above.count
    for lane in above {
      order[store] = lane
      store += 1
    }
    return above.count
  }

  /// The scalar steps that make the range a whole number of `multiple` elements: an element at or above the pivot is
  /// swapped to the end.
  private mutating func trim(_ left: inout Int, _ right: inout Int, multiple: Int, pivot: Int) {
    for _ in 0..<((right - left) % multiple) {
      if !keys.less(order[left], pivot) {
        right -= 1
        order.swapAt(left, right)
      } else {
        left += 1
      }
    }
  }

  /// `argpartition`: one register from each end held back, the rest loaded from whichever side has less room.
  private mutating func partition(_ start: Int, _ end: Int, _ pivot: Int) -> Int {
    let lanes = Self.lanes
    var left = start
    var right = end
    trim(&left, &right, multiple: lanes, pivot: pivot)
    if left == right { return left }
    if right - left == lanes {
      let vector = Array(order[left..<(left + lanes)])
      return left + (lanes - partitionVector(left, left + lanes, vector, pivot: pivot))
    }
    let vectorLeft = Array(order[left..<(left + lanes)])
    let vectorRight = Array(order[(right - lanes)..<right])
    var rightStore = right - lanes
    var leftStore = left
    left += lanes
    right -= lanes
    while right - left != 0 {
      let vector: [Int]
      if (rightStore + lanes) - right < left - leftStore {
        right -= lanes
        vector = Array(order[right..<(right + lanes)])
      } else {
        vector = Array(order[left..<(left + lanes)])
        left += lanes
      }
      let above = partitionVector(leftStore, rightStore + lanes, vector, pivot: pivot)
      rightStore -= above
      leftStore += lanes - above
    }
    leftStore += lanes - partitionVector(leftStore, rightStore + lanes, vectorLeft, pivot: pivot)
    leftStore += lanes - partitionVector(leftStore, leftStore + lanes, vectorRight, pivot: pivot)
    return leftStore
  }

  /// `argpartition_unrolled` with four registers: the plain partition for a range of at most 256 elements.
  private mutating func partitionUnrolled(_ start: Int, _ end: Int, _ pivot: Int) -> Int {
    let lanes = Self.lanes
    let block = Self.unroll * lanes
    if end - start <= 8 * block { return partition(start, end, pivot) }
    var left = start
    var right = end
    trim(&left, &right, multiple: block, pivot: pivot)
    if left == right { return left }
    let vectorsLeft = (0..<Self.unroll).map { Array(order[(left + lanes * $0)..<(left + lanes * $0 + lanes)]) }
    let vectorsRight = (0..<Self.unroll).map {
      Array(order[(right - lanes * (Self.unroll - $0))..<(right - lanes * (Self.unroll - $0) + lanes)])
    }
    var rightStore = right - lanes
    var leftStore = left
    left += block
    right -= block
    while right - left != 0 {
      let vectors: [[Int]]
      if (rightStore + lanes) - right < left - leftStore {
        right -= block
        vectors = (0..<Self.unroll).map { Array(order[(right + $0 * lanes)..<(right + $0 * lanes + lanes)]) }
      } else {
        vectors = (0..<Self.unroll).map { Array(order[(left + $0 * lanes)..<(left + $0 * lanes + lanes)]) }
        left += block
      }
      for vector in vectors {
        let above = partitionVector(leftStore, rightStore + lanes, vector, pivot: pivot)
        leftStore += lanes - above
        rightStore -= above
      }
    }
    for vector in vectorsLeft + vectorsRight {
      let above = partitionVector(leftStore, rightStore + lanes, vector, pivot: pivot)
      leftStore += lanes - above
      rightStore -= above
    }
    return leftStore
  }
}
