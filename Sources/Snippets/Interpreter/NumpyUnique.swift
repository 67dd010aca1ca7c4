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
        let (firsts, inverse) = groups(of: ar)
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
  private static func groups(of ar: Tensor) -> (firsts: [Int], inverse: [Int]) {
    groupRows(of: ar, width: 1)
  }

  /// `np.unique(…, axis=k)`: the distinct slices along `k` in lexicographic order, then the first index, the inverse
  /// and the counts.
  private static func uniqueSlices(_ ar: Tensor, axis given: Int) throws(PythonError) -> [Value] {
    let axis = try AxisConversion.normalized(given, ndim: ar.ndim)
    let front = try core { try ar.swappingAxes(0, axis) }
    let count = front.shape[0]
    let width = count == 0 ? 0 : front.size / count
    if front.dtype.isInexact && front.doubles.contains(where: \.isNaN) {
      throw NumpyArrays.unsupported("np.unique(axis=…) of slices holding NaN is not supported in snippets")
    }
    let (firsts, inverse) = groupRows(of: front, width: width, count: count)
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

  /// The array's elements as `count` rows of `width`, grouped as `group` does: integers and bools compared exactly
  /// (uint64 as unsigned), floats as doubles with NaN last and NaNs equal.
  private static func groupRows(of ar: Tensor, width: Int, count: Int? = nil) -> (firsts: [Int], inverse: [Int]) {
    let count = count ?? ar.size
    if case .bool(let values) = ar.storage {
      return group(values.map { $0 ? 1 : 0 }, count: count, width: width, less: <, same: ==)
    }
    if let keys = ar.orderKeys { return group(keys, count: count, width: width, less: <, same: ==) }
    return group(
      ar.doubles, count: count, width: width,
      // NaN sorts last, as NumPy's sort puts it.
      less: { x, y in x < y || (!x.isNaN && y.isNaN) }, same: { x, y in x == y || (x.isNaN && y.isNaN) })
  }

  /// A stable lexicographic sort of the rows (`count` rows of `width` consecutive elements), grouped: each group's
  /// first position and every row's group.
  private static func group<Element>(
    _ elements: [Element], count: Int, width: Int, less: (Element, Element) -> Bool,
    same: (Element, Element) -> Bool
  ) -> (firsts: [Int], inverse: [Int]) {
    func rowLess(_ a: Int, _ b: Int) -> Bool {
      for k in 0..<width where !same(elements[a * width + k], elements[b * width + k]) {
        return less(elements[a * width + k], elements[b * width + k])
      }
      return false
    }
    func rowSame(_ a: Int, _ b: Int) -> Bool {
      (0..<width).allSatisfy { same(elements[a * width + $0], elements[b * width + $0]) }
    }
    let order = (0..<count).sorted { rowLess($0, $1) || (!rowLess($1, $0) && $0 < $1) }
    var firsts: [Int] = []
    var inverse = [Int](repeating: 0, count: count)
    for position in order {
      if let last = firsts.last, rowSame(last, position) {
        inverse[position] = firsts.count - 1
        continue
      }
      firsts.append(position)
      inverse[position] = firsts.count - 1
    }
    return (firsts, inverse)
  }
}
