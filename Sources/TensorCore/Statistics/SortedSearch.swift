/// `np.searchsorted`, `np.digitize` and `np.interp`, as NumPy's C loops compute them (NaN sorting after every
/// number, `interp`'s slope `(fp[j+1] - fp[j]) / (xp[j+1] - xp[j])` times `x - xp[j]` plus `fp[j]`).
extension Tensor {
  /// NumPy's sort order for floats: NaN after everything.
  private static func less(_ a: Double, _ b: Double) -> Bool { a < b || (b.isNaN && !a.isNaN) }

  /// `np.searchsorted(a, v, side)`: for each value, the insertion index in the sorted 1-d `a` (`right`: after
  /// equal elements). `sorter` gives a's sorted order when a itself is not sorted.
  public static func searchSorted(_ a: Tensor, _ v: Tensor, right: Bool, sorter: [Int]? = nil) throws -> Tensor {
    if a.ndim != 1 {
      throw TensorError.value(
        a.ndim == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
    }
    let haystack = a.doubles
    if let sorter {
      if sorter.count != haystack.count { throw TensorError.value("sorter.size must equal a.size") }
      if let bad = sorter.first(where: { $0 < 0 || $0 >= haystack.count }) {
        _ = bad
        throw TensorError.value("Sorter index out of range.")
      }
    }
    let ordered = sorter.map { $0.map { haystack[$0] } } ?? haystack
    try ResourceMeter.chargeWork(v.size * (1 + Swift.max(ordered.count, 1).bitWidth))
    let indices = v.doubles.map { value -> Int64 in
      var low = 0
      var high = ordered.count
      while low < high {
        let middle = (low + high) / 2
        let goesRight = right ? !less(value, ordered[middle]) : less(ordered[middle], value)
        if goesRight { low = middle + 1 } else { high = middle }
      }
      return Int64(low)
    }
    return Tensor(shape: v.shape, storage: .int64(indices), isScalar: v.ndim == 0)
  }

  /// `np.digitize(x, bins, right)`: bins monotonically increasing or decreasing.
  public static func digitize(_ x: Tensor, _ bins: Tensor, right: Bool) throws -> Tensor {
    if bins.ndim != 1 { throw TensorError.value("object too deep for desired array") }
    let edges = bins.doubles
    let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 <= $1 }
    let decreasing = zip(edges, edges.dropFirst()).allSatisfy { $0 >= $1 }
    if !increasing && !decreasing {
      throw TensorError.value("bins must be monotonically increasing or decreasing")
    }
    if increasing { return try searchSorted(bins, x, right: !right) }
    let reversed = Tensor(shape: bins.shape, storage: .float64(edges.reversed()), isScalar: false)
    let found = try searchSorted(reversed, x, right: !right)
    guard case .int64(let values) = found.storage else { return found }
    return Tensor(shape: found.shape, storage: .int64(values.map { Int64(edges.count) - $0 }), isScalar: found.isScalar)
  }

  /// `np.interp(x, xp, fp, left, right, period)` for float64 values.
  public static func interp(
    _ x: Tensor, _ xp: Tensor, _ fp: Tensor, left: Double?, right: Double?, period: Double?
  ) throws -> Tensor {
    if xp.ndim != 1 || fp.ndim != 1 { throw TensorError.value("object too deep for desired array") }
    if xp.size != fp.size { throw TensorError.value("fp and xp are not of the same length.") }
    if xp.size == 0 { throw TensorError.value("array of sample points is empty") }
    var points = x.doubles
    var xs = xp.doubles
    var ys = fp.doubles
    var low = left ?? ys[0]
    var high = right ?? ys[ys.count - 1]
    if let period {
      if period == 0 { throw TensorError.value("period must be a non-zero value") }
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
    let result = points.map { value -> Double in
      if value.isNaN { return value }
      // The j with xs[j] <= value < xs[j + 1] (-1 below, count above, count - 1 at the last point).
      var lower = 0
      var upper = count
      while lower < upper {
        let middle = (lower + upper) / 2
        if xs[middle] <= value { lower = middle + 1 } else { upper = middle }
      }
      let j = lower - 1
      if j == -1 { return low }
      if j == count - 1 { return value > xs[count - 1] ? high : ys[j] }
      if xs[j] == value { return ys[j] }
      let slope = (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j])
      var y = slope * (value - xs[j]) + ys[j]
      if y.isNaN {
        y = slope * (value - xs[j + 1]) + ys[j + 1]
        if y.isNaN && ys[j] == ys[j + 1] { y = ys[j] }
      }
      return y
    }
    return Tensor(shape: x.shape, storage: .float64(result), isScalar: x.ndim == 0)
  }
}
