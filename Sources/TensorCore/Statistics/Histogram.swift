/// `np.histogram` as NumPy computes it: equal-width bins from `linspace` over the range (the data's min and max,
/// widened by 0.5 each way when equal) with NumPy's index formula and its ±1 corrections at the edges, or the given
/// edges through sorted search; counts as int64, or sums of weights; `density` divides by the widths and the total.
extension Tensor {
  /// The counts and the bin edges; `bins` is a count or (when `edges` is given) ignored.
  public func histogram(
    bins: Int, edges givenEdges: Tensor?, range: (Double, Double)?, weights: Tensor?, density: Bool
  ) throws -> (counts: Tensor, edges: Tensor) {
    if dtype.isNarrowFloat { throw NarrowEvaluation.refused("np.histogram", dtype) }
    if case .int64(let integers) = storage,
      integers.contains(where: { (dtype == .uint64 ? UInt64(bitPattern: $0) : $0.magnitude) > 1 << 53 })
    {
      // NumPy compares such integers with float edges that cannot hold them: its bin search can step past the edges.
      throw TensorError(
        "NotImplementedError",
        "np.histogram of integers beyond 2**53 is not supported in snippets: NumPy compares them with float edges "
          + "that cannot hold them, and its bins (or its IndexError) follow from those roundings; convert to float "
          + "first", isLimit: true)
    }
    let values = doubles
    if let weights, weights.shape != shape { throw TensorError.value("weights should have the same shape as a.") }
    let weightValues = weights?.doubles
    try ResourceMeter.chargeWork(values.count * 8 + Swift.max(bins, 0))
    var edges: [Double]
    var counts: [Double]
    if let givenEdges {
      edges = givenEdges.doubles
      if givenEdges.ndim != 1 { throw TensorError.value("`bins` must be 1d, when an array") }
      // NumPy's test: a NaN edge passes it.
      if zip(edges, edges.dropFirst()).contains(where: { $0 > $1 }) {
        throw TensorError.value("`bins` must increase monotonically, when an array")
      }
      if let weightValues { try Tensor.refuseTieOrderedWeightSums(values, weightValues) }
      // NumPy sorts the data in blocks of 65,536 values (NaNs last) and adds up, block by block, the counts (or the
      // running sums of the weights) below each edge: searchsorted left for every edge but the last, right for it.
      var belowEdges = [Double](repeating: 0, count: edges.count)
      for start in stride(from: 0, to: values.count, by: Tensor.histogramBlock) {
        let block = start..<Swift.min(start + Tensor.histogramBlock, values.count)
        let order = block.sorted {
          Tensor.sortsBefore(values[$0], values[$1]) || (!Tensor.sortsBefore(values[$1], values[$0]) && $0 < $1)
        }
        let sorted = order.map { values[$0] }
        let cut = edges.enumerated().map { Tensor.searchSorted(sorted, $1, right: $0 == edges.count - 1) }
        if let weightValues {
          var cumulative = [0.0]
          for index in order { cumulative.append(cumulative[cumulative.count - 1] + weightValues[index]) }
          for (edge, position) in cut.enumerated() { belowEdges[edge] += cumulative[position] }
        } else {
          for (edge, position) in cut.enumerated() { belowEdges[edge] += Double(position) }
        }
      }
      counts = zip(belowEdges, belowEdges.dropFirst()).map { $1 - $0 }
    } else {
      if bins < 1 { throw TensorError.value("`bins` must be positive, when an integer") }
      var (first, last): (Double, Double)
      if let range {
        (first, last) = range
        if first > last { throw TensorError.value("max must be larger than min in range parameter.") }
        if !(first.isFinite && last.isFinite) {
          throw TensorError.value(
            "supplied range of [\(Tensor.pythonFloat(first)), \(Tensor.pythonFloat(last))] is not finite")
        }
      } else if values.isEmpty {
        (first, last) = (0, 1)
      } else {
        first = values.min { $0 < $1 || $1.isNaN } ?? 0
        last = values.max { $0 < $1 || $0.isNaN } ?? 0
        if values.contains(where: \.isNaN) { (first, last) = (.nan, .nan) }
        if !(first.isFinite && last.isFinite) {
          throw TensorError.value(
            "autodetected range of [\(Tensor.pythonFloat(first)), \(Tensor.pythonFloat(last))] is not finite")
        }
      }
      if first == last {
        first -= 0.5
        last += 0.5
      }
      edges = try Tensor.linspace(first, last, num: bins + 1, endpoint: true).doubles
      counts = [Double](repeating: 0, count: bins)
      let denominator = last - first
      // NumPy counts (`bincount`, weights summed in order) a block of 65,536 values at a time into the totals.
      for start in stride(from: 0, to: values.count, by: Tensor.histogramBlock) {
        var blockCounts = [Double](repeating: 0, count: bins)
        let block = start..<Swift.min(start + Tensor.histogramBlock, values.count)
        for position in block where values[position] >= first && values[position] <= last {
          let value = values[position]
          var index = Int(((value - first) / denominator) * Double(bins))
          if index == bins { index -= 1 }
          if value < edges[index] { index -= 1 }
          if value >= edges[index + 1] && index != bins - 1 { index += 1 }
          blockCounts[index] += weightValues?[position] ?? 1
        }
        for bin in 0..<bins { counts[bin] += blockCounts[bin] }
      }
    }
    // Given edges come back as given (an int list stays int), computed ones are float64.
    let edgesTensor = givenEdges ?? Tensor(shape: [edges.count], storage: .float64(edges), isScalar: false)
    if density {
      // `n.sum()`: NumPy's pairwise order.
      let total = try Tensor(shape: [counts.count], storage: .float64(counts), isScalar: false).sum().doubles[0]
      let widths = zip(edges, edges.dropFirst()).map { $1 - $0 }
      let scaled = zip(counts, widths).map { $0 / $1 / total }
      return (Tensor(shape: [scaled.count], storage: .float64(scaled), isScalar: false), edgesTensor)
    }
    if weights == nil || weights?.dtype.isInteger == true {
      let integers = counts.map { Int64($0) }
      return (Tensor(shape: [integers.count], storage: .int64(integers), isScalar: false), edgesTensor)
    }
    return (Tensor(shape: [counts.count], storage: .float64(counts), isScalar: false), edgesTensor)
  }

  /// The values NumPy's histogram reads at a time (`BLOCK` in `histogram`).
  static let histogramBlock = 65_536

  /// NumPy's sort order of floats: NaN after every number.
  static func sortsBefore(_ left: Double, _ right: Double) -> Bool {
    left < right || (right.isNaN && !left.isNaN)
  }

  /// `np.searchsorted(sorted, key, side)` over values sorted NaNs last.
  static func searchSorted(_ sorted: [Double], _ key: Double, right: Bool) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      let goesRight = right ? !sortsBefore(key, sorted[middle]) : sortsBefore(sorted[middle], key)
      if goesRight { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// With given edges and weights, NumPy sums the weights in the order `np.argsort` (not a stable sort) leaves the
  /// data in, and equal values' weights in another order can round to another sum. Refused unless the order cannot
  /// change a sum: every finite partial sum is exact (all weights are multiples of one power of two whose multiples
  /// up to their total are all doubles), or equal values carry equal weights.
  static func refuseTieOrderedWeightSums(_ values: [Double], _ weights: [Double]) throws {
    let finite = weights.filter(\.isFinite)
    let total = finite.reduce(0) { $0 + Swift.abs($1) }
    let finest = finite.filter { $0 != 0 }.map { $0.exponent - Int($0.significandWidth) }.min() ?? 0
    if total.isFinite && total < Double(sign: .plus, exponent: finest + 53, significand: 1) { return }
    var weightOfValue: [Double: Double] = [:]
    for (value, weight) in zip(values, weights) where !value.isNaN {
      let key = value == 0 ? 0 : value
      if let seen = weightOfValue[key], seen.bitPattern != weight.bitPattern {
        throw TensorError(
          "NotImplementedError",
          "np.histogram with bin edges and weights, where equal values carry different weights whose sums round,"
            + " is not supported: NumPy adds them in the order its unstable argsort leaves them, which docbuild does"
            + " not follow", isLimit: true)
      }
      weightOfValue[key] = weight
    }
  }

  /// A float as Python's repr writes it, for messages.
  static func pythonFloat(_ value: Double) -> String { pythonFloatRepr(value) }
}
