/// `np.histogram` as NumPy computes it: equal-width bins from `linspace` over the range (the data's min and max,
/// widened by 0.5 each way when equal) with NumPy's index formula and its ±1 corrections at the edges, or the given
/// edges through sorted search; counts as int64, or sums of weights; `density` divides by the widths and the total.
extension Tensor {
  /// The counts and the bin edges; `bins` is a count or (when `edges` is given) ignored.
  public func histogram(
    bins: Int, edges givenEdges: Tensor?, range: (Double, Double)?, weights: Tensor?, density: Bool
  ) throws -> (counts: Tensor, edges: Tensor) {
    if dtype.isNarrowFloat { throw NarrowEvaluation.refused("np.histogram", dtype) }
    let values = doubles
    if let weights, weights.shape != shape { throw TensorError.value("weights should have the same shape as a.") }
    let weightValues = weights?.doubles
    try ResourceMeter.chargeWork(values.count * 8 + Swift.max(bins, 0))
    var edges: [Double]
    var counts: [Double]
    if let givenEdges {
      edges = givenEdges.doubles
      if givenEdges.ndim != 1 { throw TensorError.value("`bins` must be 1d, when an array") }
      if zip(edges, edges.dropFirst()).contains(where: { !($0 <= $1) }) {
        throw TensorError.value("`bins` must increase monotonically, when an array")
      }
      // NumPy: searchsorted of the sorted data, left for every edge but the last, right for it.
      let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
      let sorted = order.map { values[$0] }
      func position(_ edge: Double, right: Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
          let middle = (low + high) / 2
          if right ? sorted[middle] <= edge : sorted[middle] < edge { low = middle + 1 } else { high = middle }
        }
        return low
      }
      let cut = edges.enumerated().map { position($1, right: $0 == edges.count - 1) }
      if let weightValues {
        var cumulative = [0.0]
        for index in order { cumulative.append(cumulative[cumulative.count - 1] + weightValues[index]) }
        counts = zip(cut, cut.dropFirst()).map { cumulative[$1] - cumulative[$0] }
      } else {
        counts = zip(cut, cut.dropFirst()).map { Double($1 - $0) }
      }
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
      for (position, value) in values.enumerated() where value >= first && value <= last {
        var index = Int(((value - first) / denominator) * Double(bins))
        if index == bins { index -= 1 }
        if value < edges[index] { index -= 1 }
        if value >= edges[index + 1] && index != bins - 1 { index += 1 }
        counts[index] += weightValues?[position] ?? 1
      }
    }
    // Given edges come back as given (an int list stays int), computed ones are float64.
    let edgesTensor = givenEdges ?? Tensor(shape: [edges.count], storage: .float64(edges), isScalar: false)
    if density {
      let total = counts.reduce(0, +)
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

  /// A float as Python's repr writes it, for messages.
  static func pythonFloat(_ value: Double) -> String { pythonFloatRepr(value) }
}
