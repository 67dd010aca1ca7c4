/// `np.searchsorted`, `np.digitize` and `np.interp`, as NumPy's C loops compute them (NaN sorting after every
/// number, `interp`'s slope `(fp[j+1] - fp[j]) / (xp[j+1] - xp[j])` times `x - xp[j]` plus `fp[j]`).
extension Tensor {
  /// NumPy's sort order for floats: NaN after everything.
  private static func less(_ a: Double, _ b: Double) -> Bool { a < b || (b.isNaN && !a.isNaN) }

  /// `np.searchsorted(a, v, side)`: for each value, the insertion index in the sorted 1-d `a` (`right`: after
  /// equal elements). `sorter` gives a's sorted order when a itself is not sorted. NumPy compares both in their
  /// common dtype: integers exactly (uint64 as unsigned), and in float64 once a float, or uint64 beside a signed
  /// integer, is among them (a Python int counts as int64 here).
  public static func searchSorted(_ a: Tensor, _ v: Tensor, right: Bool, sorter: [Int]? = nil) throws -> Tensor {
    if a.ndim != 1 {
      throw TensorError.value(
        a.ndim == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
    }
    let count = a.size
    if let sorter {
      if sorter.count != count { throw TensorError.value("sorter.size must equal a.size") }
      if sorter.contains(where: { $0 < 0 || $0 >= count }) { throw TensorError.value("Sorter index out of range.") }
    }
    try ResourceMeter.chargeWork(v.size * (1 + Swift.max(count, 1).bitWidth))
    let common = DType.promoted(a.dtype, v.dtype)
    let indices: [Int64]
    if common.isInteger || common == .bool, let haystack = a.integerKeys(unsigned: common == .uint64),
      let needles = v.integerKeys(unsigned: common == .uint64)
    {
      let ordered = sorter.map { $0.map { haystack[$0] } } ?? haystack
      indices = insertionIndices(needles, ordered, right: right, less: <)
    } else {
      let haystack = a.doubles
      let ordered = sorter.map { $0.map { haystack[$0] } } ?? haystack
      indices = insertionIndices(v.doubles, ordered, right: right, less: less)
    }
    return Tensor(shape: v.shape, storage: .int64(indices), isScalar: v.ndim == 0)
  }

  /// Integer or bool elements as keys whose signed order is their order in a common integer dtype, nil for other
  /// storage. In uint64 (`unsigned`) every element's bit pattern has its sign bit flipped (unsigned elements of any
  /// width are stored as their uint64 bit patterns); in a signed dtype they are compared as stored.
  private func integerKeys(unsigned: Bool) -> [Int64]? {
    let flip: Int64 = unsigned ? .min : 0
    switch storage {
    case .int64(let values): return values.map { $0 ^ flip }
    case .bool(let values): return values.map { ($0 ? 1 : 0) ^ flip }
    default: return nil
    }
  }

  /// Each needle's insertion index in `ordered` (`right`: after equal elements), in turn, as NumPy's `binsearch`
  /// (npysort/binsearch.cpp) finds it: a bisection whose window starts from the previous needle's (only its upper
  /// end reset to the whole array when the needle goes after the previous one), which decides the answer when
  /// `ordered` is not sorted (`np.searchsorted([4, 4, 9, 7], [5, 8])` is `[2, 4]`, where a fresh bisection finds 2).
  private static func insertionIndices<Key>(
    _ needles: [Key], _ ordered: [Key], right: Bool, less: (Key, Key) -> Bool
  ) -> [Int64] {
    let count = ordered.count
    // NumPy's comparison for the side: `a < b` for 'left', `a <= b` for 'right'.
    func goesAfter(_ a: Key, _ b: Key) -> Bool { right ? !less(b, a) : less(a, b) }
    guard var last = needles.first else { return [] }
    var low = 0
    var high = count
    var indices: [Int64] = []
    indices.reserveCapacity(needles.count)
    for key in needles {
      if goesAfter(last, key) {
        high = count
      } else {
        low = 0
        high = high < count ? high + 1 : count
      }
      last = key
      while low < high {
        let middle = low + (high - low) >> 1
        if goesAfter(ordered[middle], key) { low = middle + 1 } else { high = middle }
      }
      indices.append(Int64(low))
    }
    return indices
  }

  /// `np.digitize(x, bins, right)`: bins monotonically increasing or decreasing. NumPy checks the order of the bins
  /// converted to float64, then searches them (reversed when decreasing) in the common dtype, as `searchSorted`.
  public static func digitize(_ x: Tensor, _ bins: Tensor, right: Bool) throws -> Tensor {
    if bins.ndim != 1 { throw TensorError.value("object too deep for desired array") }
    let edges = bins.doubles
    guard let increasing = monotonicity(edges) else {
      throw TensorError.value("bins must be monotonically increasing or decreasing")
    }
    if increasing { return try searchSorted(bins, x, right: !right) }
    let found = try searchSorted(bins, x, right: !right, sorter: Array((0..<bins.size).reversed()))
    guard case .int64(let values) = found.storage else { return found }
    return Tensor(shape: found.shape, storage: .int64(values.map { Int64(edges.count) - $0 }), isScalar: found.isScalar)
  }

  /// NumPy's `check_array_monotonic` (compiled_base.c) of the edges as float64: true for increasing (or all equal),
  /// false for decreasing, nil for neither. The direction is the first step past the leading repeats, and each
  /// later step is only checked not to go the other way, so a NaN (which compares false) passes.
  private static func monotonicity(_ edges: [Double]) -> Bool? {
    guard let first = edges.first else { return true }
    var i = 1
    while i < edges.count && edges[i] == first { i += 1 }
    if i == edges.count { return true }
    var next = edges[i]
    let increasing = first < next
    for k in (i + 1)..<Swift.max(edges.count, i + 1) {
      let last = next
      next = edges[k]
      if increasing ? last > next : last < next { return nil }
    }
    return increasing
  }

  /// `np.interp(x, xp, fp, left, right, period)` for float64 values, searching `xp` as NumPy's C loop does (each
  /// point's search starts from the previous point's interval), so an `xp` that is not increasing, which NumPy does not
  /// check, gives NumPy's answer too.
  public static func interp(
    _ x: Tensor, _ xp: Tensor, _ fp: Tensor, left: Double?, right: Double?, period: Double?
  ) throws -> Tensor {
    if let period {
      if period == 0 { throw TensorError.value("period must be a non-zero value") }
      if xp.ndim != 1 || fp.ndim != 1 { throw TensorError.value("Data points must be 1-D sequences") }
      if xp.size != fp.size { throw TensorError.value("fp and xp are not of the same length") }
    }
    if xp.ndim != 1 || fp.ndim != 1 { throw TensorError.value("object too deep for desired array") }
    if xp.size == 0 { throw TensorError.value("array of sample points is empty") }
    if xp.size != fp.size { throw TensorError.value("fp and xp are not of the same length.") }
    if x.size == 0 { return Tensor(shape: x.shape, storage: .float64([]), isScalar: false) }
    var points = x.doubles
    var xs = xp.doubles
    var ys = fp.doubles
    var low = left ?? ys[0]
    var high = right ?? ys[ys.count - 1]
    if let period {
      let p = Swift.abs(period)
      // Python's float %: the remainder takes the divisor's sign.
      func wrap(_ value: Double) -> Double {
        var r = value.truncatingRemainder(dividingBy: p)
        if r != 0 && (r < 0) != (p < 0) { r += p }
        return r == 0 ? (0.0 * p).magnitude : r
      }
      points = points.map(wrap)
      xs = xs.map(wrap)
      let order = xs.indices.sorted { xs[$0] < xs[$1] || (xs[$0] == xs[$1] && $0 < $1) }
      xs = order.map { xs[$0] }
      ys = order.map { ys[$0] }
      xs = [xs[xs.count - 1] - p] + xs + [xs[0] + p]
      ys = [ys[ys.count - 1]] + ys + [ys[0]]
      low = ys[0]
      high = ys[ys.count - 1]
    }
    try ResourceMeter.chargeWork(points.count * (2 + xs.count.bitWidth) + xs.count)
    let count = xs.count
    if count == 1 {
      return Tensor(
        shape: x.shape, storage: .float64(points.map { $0 < xs[0] ? low : $0 > xs[0] ? high : ys[0] }),
        isScalar: x.ndim == 0)
    }
    var j = 0
    var result = [Double]()
    result.reserveCapacity(points.count)
    for value in points {
      if value.isNaN {
        result.append(value)
        continue
      }
      j = searchWithGuess(value, xs, guess: j)
      if j == -1 {
        result.append(low)
      } else if j == count {
        result.append(high)
      } else if j == count - 1 || xs[j] == value {
        result.append(ys[j])
      } else {
        let slope = (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j])
        var y = slope * (value - xs[j]) + ys[j]
        if y.isNaN {
          y = slope * (value - xs[j + 1]) + ys[j + 1]
          if y.isNaN && ys[j] == ys[j + 1] { y = ys[j] }
        }
        result.append(y)
      }
    }
    return Tensor(shape: x.shape, storage: .float64(result), isScalar: x.ndim == 0)
  }

  /// The j with `xs[j] <= key < xs[j + 1]` (-1 below `xs[0]`, `xs.count` above the last) found as NumPy's interp finds
  /// it: the ends first, a linear scan of up to four points, else the guess's neighbours, then bisection within a
  /// window of eight around the guess where the key lies there. For an `xs` that is not sorted the steps' order decides
  /// the answer, which is why they are NumPy's.
  static func searchWithGuess(_ key: Double, _ xs: [Double], guess: Int) -> Int {
    let count = xs.count
    let window = 8
    if key > xs[count - 1] { return count }
    if key < xs[0] { return -1 }
    if count <= 4 {
      var i = 1
      while i < count && key >= xs[i] { i += 1 }
      return i - 1
    }
    let guess = Swift.max(Swift.min(guess, count - 3), 1)
    var lower = 0
    var upper = count
    if key < xs[guess] {
      if key >= xs[guess - 1] { return guess - 1 }
      upper = guess - 1
      if guess > window && key >= xs[guess - window] { lower = guess - window }
    } else {
      if key < xs[guess + 1] { return guess }
      if key < xs[guess + 2] { return guess + 1 }
      lower = guess + 2
      if guess < count - window - 1 && key < xs[guess + window] { upper = guess + window }
    }
    while lower < upper {
      let middle = lower + (upper - lower) >> 1
      if key >= xs[middle] { lower = middle + 1 } else { upper = middle }
    }
    return lower - 1
  }
}
