import TensorCore

/// `np.unique(ar, return_index, return_inverse, return_counts, axis)` as NumPy 2.4 computes it: a stable sort, so each
/// unique value's index is its first occurrence; NaNs are one value; the inverse has the input's shape (`axis=None`)
/// or one entry per slice; with `axis`, whole slices compare lexicographically.
enum NumpyUnique {
  static func call(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(
      ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan"], required: 1)
    let ar = try bound.value("ar").toTensor()
    if ar.dtype.isComplex {
      throw NumpyArrays.unsupported("np.unique of complex values is not supported in snippets")
    }
    if let equalNaN = bound["equal_nan"], try !equalNaN.truthValue() {
      throw NumpyArrays.unsupported("np.unique(equal_nan=False) is not supported in snippets")
    }
    let (returnIndex, returnInverse, returnCounts) =
      (try bound.flag("return_index"), try bound.flag("return_inverse"), try bound.flag("return_counts"))
    var results: [Value]
    if let axisValue = bound["axis"] {
      switch axisValue {
      case .tuple, .list:
        // NumPy hands it to `moveaxis` and then indexes with it, failing in a different way for each shape.
        throw NumpyArrays.unsupported("np.unique with a tuple or list as its axis is not supported in snippets")
      default: break
      }
      results = try uniqueSlices(ar, axis: try axisValue.toAxis())
    } else {
      let (values, counts) = try core { try ar.uniqueValues() }
      results = [.tensor(values)]
      if returnIndex || returnInverse {
        let (firsts, inverse) = try groups(of: ar)
        results.append(.tensor(Tensor(shape: [firsts.count], storage: .int64(firsts.map(Int64.init)))))
        results.append(.tensor(Tensor(shape: ar.shape, storage: .int64(inverse.map(Int64.init)))))
      } else {
        results += [.none, .none]
      }
      results.append(.tensor(counts))
    }
    var picked = [results[0]]
    if returnIndex { picked.append(results[1]) }
    if returnInverse { picked.append(results[2]) }
    if returnCounts { picked.append(results[3]) }
    return picked.count == 1 ? picked[0] : try .makeTuple(picked)
  }

  /// Each distinct value's first position (in sorted order of the values) and every element's group, NaNs one group.
  private static func groups(of ar: Tensor) throws(PythonError) -> (firsts: [Int], inverse: [Int]) {
    let rows = try elementRows(of: ar, width: 1)
    return group(rows, equalNaN: true)
  }

  /// `np.unique(…, axis=k)`: the distinct slices along `k` in lexicographic order, then the first index, the inverse
  /// and the counts.
  private static func uniqueSlices(_ ar: Tensor, axis given: Int) throws(PythonError) -> [Value] {
    let axis = try AxisConversion.normalized(given, ndim: ar.ndim)
    let front = try core { try ar.swappingAxes(0, axis) }
    let count = front.shape[0]
    let width = count == 0 ? 0 : front.size / count
    let rows = try elementRows(of: front, width: width)
    if rows.contains(where: { $0.contains(where: \.isNaN) }) {
      throw NumpyArrays.unsupported("np.unique(axis=…) of slices holding NaN is not supported in snippets")
    }
    let (firsts, inverse) = group(rows, equalNaN: false)
    var counts = [Int64](repeating: 0, count: firsts.count)
    for member in inverse { counts[member] += 1 }
    let kept = try core { try front.index([.indices(shape: [firsts.count], values: firsts)]) }
    let unique = try core { try kept.swappingAxes(0, axis) }
    return [
      .tensor(unique), .tensor(Tensor(shape: [firsts.count], storage: .int64(firsts.map(Int64.init)))),
      .tensor(Tensor(shape: [inverse.count], storage: .int64(inverse.map(Int64.init)))),
      .tensor(Tensor(shape: [counts.count], storage: .int64(counts))),
    ]
  }

  /// The array's elements as rows of `width` numbers (ints exactly, as doubles only when the dtype is a float).
  private static func elementRows(of ar: Tensor, width: Int) throws(PythonError) -> [[Double]] {
    if case .int64(let values) = ar.storage, values.contains(where: { Swift.abs($0) > 1 << 53 }) {
      throw NumpyArrays.unsupported("np.unique of integers beyond 2**53 is not supported in snippets")
    }
    let values = ar.doubles
    guard width > 0 else { return Array(repeating: [], count: ar.shape.first ?? 0) }
    return stride(from: 0, to: values.count, by: width).map { Array(values[$0..<($0 + width)]) }
  }

  /// A stable lexicographic sort of the rows, grouped: each group's first position and every row's group.
  private static func group(_ rows: [[Double]], equalNaN: Bool) -> (firsts: [Int], inverse: [Int]) {
    func less(_ a: [Double], _ b: [Double]) -> Bool {
      for (x, y) in zip(a, b) where !(x == y || (x.isNaN && y.isNaN)) {
        // NaN sorts last, as NumPy's sort puts it.
        if x.isNaN { return false }
        if y.isNaN { return true }
        return x < y
      }
      return false
    }
    func same(_ a: [Double], _ b: [Double]) -> Bool {
      zip(a, b).allSatisfy { $0 == $1 || (equalNaN && $0.isNaN && $1.isNaN) }
    }
    let order = rows.indices.sorted { less(rows[$0], rows[$1]) || (!less(rows[$1], rows[$0]) && $0 < $1) }
    var firsts: [Int] = []
    var inverse = [Int](repeating: 0, count: rows.count)
    for position in order {
      if let last = firsts.last, same(rows[last], rows[position]) {
        inverse[position] = firsts.count - 1
        continue
      }
      firsts.append(position)
      inverse[position] = firsts.count - 1
    }
    return (firsts, inverse)
  }
}
