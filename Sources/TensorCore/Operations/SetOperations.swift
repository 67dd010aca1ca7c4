/// NumPy's set routines on flattened arrays (`np.isin`, `np.setdiff1d`, `np.union1d`, `np.intersect1d`,
/// `np.setxor1d`), each as NumPy 2.4 writes it in terms of `np.unique`, a stable sort and masks, so the result dtype
/// (the operands' promoted one) and the order are NumPy's. Elements compare by value: integers exactly, floats as
/// doubles, NaN equal to nothing. Complex values and uint64 beside signed integers are refused (their order or
/// equality would need NumPy's mixed-kind rules).
extension Tensor {
  /// The keys elements compare by, or a refusal for the dtypes the routines do not cover.
  private static func setKeys(_ arrays: [Tensor], _ name: String) throws -> SetKeys {
    if arrays.contains(where: \.dtype.isComplex) { throw ComplexEvaluation.refused("np.\(name)", .complex128) }
    let hasUnsigned64 = arrays.contains { $0.dtype == .uint64 }
    if hasUnsigned64 && arrays.contains(where: { $0.dtype != .uint64 && $0.dtype != .bool }) {
      throw TensorError.limit(
        "docbuild's np.\(name) takes uint64 values only with uint64 or bool ones; convert first with .astype")
    }
    if arrays.allSatisfy({ !$0.dtype.isFloat }) { return .integers(arrays.map(\.int64s)) }
    return .doubles(arrays.map(\.doubles))
  }

  private enum SetKeys {
    case integers([[Int64]])
    case doubles([[Double]])

    /// Whether element `i` of array `a` equals element `j` of array `b`.
    func same(_ a: Int, _ i: Int, _ b: Int, _ j: Int) -> Bool {
      switch self {
      case .integers(let keys): keys[a][i] == keys[b][j]
      case .doubles(let keys): keys[a][i] == keys[b][j]
      }
    }

    /// For each element of array 0, whether array 1 holds an equal element.
    func membership() -> [Bool] {
      switch self {
      case .integers(let keys):
        let found = Set(keys[1])
        return keys[0].map { found.contains($0) }
      case .doubles(let keys):
        // Swift hashes -0.0 as 0.0, as equality needs; NaN finds nothing, as in NumPy.
        let found = Set(keys[1].filter { !$0.isNaN })
        return keys[0].map { !$0.isNaN && found.contains($0) }
      }
    }
  }

  /// The flat elements of `self` at `positions`, keeping the dtype.
  private func picking(_ positions: [Int]) -> Tensor {
    SelectPlan(positions: positions, shape: [positions.count], dtype: dtype).evaluate([reshapedUnrecorded([size])])
  }

  /// `np.isin(element, test_elements, invert=)`: a bool array of `element`'s shape (a 0-d array, not a scalar).
  public static func isIn(_ element: Tensor, _ test: Tensor, invert: Bool) throws -> Tensor {
    let keys = try setKeys([element, test], "isin")
    try ResourceMeter.chargeWork(element.size + test.size)
    let found = keys.membership().map { $0 != invert }
    return Tensor(shape: element.shape, storage: .bool(found), isScalar: false, node: nil)
  }

  /// `np.setdiff1d(ar1, ar2)`: the sorted unique values of `ar1` that are not in `ar2`, in `ar1`'s dtype.
  public static func setDifference(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let unique = try a.uniqueValues().values
    let keep = try isIn(unique, b, invert: true).bools
    return unique.picking(keep.indices.filter { keep[$0] })
  }

  /// `np.setdiff1d(ar1, ar2, assume_unique=True)` of an `a` whose values do not repeat: its flattened values not in
  /// `b`, in their order (NumPy skips the sort `np.unique` would make).
  public static func setDifferenceInOrder(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let flat = try a.reshape([a.size])
    let keep = try isIn(flat, b, invert: true).bools
    return flat.picking(keep.indices.filter { keep[$0] })
  }

  /// `np.union1d(ar1, ar2)`: the sorted unique values of both, in their promoted dtype.
  public static func union(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    _ = try setKeys([a, b], "union1d")
    return try concatenate([a.detached, b.detached], axis: nil).uniqueValues().values
  }

  /// The sorted concatenation of both operands' unique values, which intersect1d and setxor1d scan.
  private static func sortedUniques(_ a: Tensor, _ b: Tensor, _ name: String, assumeUnique: Bool = false) throws
    -> (Tensor, SetKeys)
  {
    _ = try setKeys([a, b], name)
    let joined =
      assumeUnique
      ? try concatenate([a.detached, b.detached], axis: nil)
      : try concatenate([a.uniqueValues().values, b.uniqueValues().values], axis: nil)
    let sorted = try joined.sorted(axis: nil).detached
    return (sorted, try setKeys([sorted], name))
  }

  /// `np.intersect1d(ar1, ar2, assume_unique)`: the sorted values in both (NumPy trusts `assumeUnique`).
  public static func intersection(_ a: Tensor, _ b: Tensor, assumeUnique: Bool = false) throws -> Tensor {
    let (sorted, keys) = try sortedUniques(a, b, "intersect1d", assumeUnique: assumeUnique)
    let positions = (0..<Swift.max(sorted.size - 1, 0)).filter { keys.same(0, $0, 0, $0 + 1) }
    return sorted.picking(positions)
  }

  /// `np.setxor1d(ar1, ar2)`: the sorted values in exactly one of them.
  public static func symmetricDifference(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let (sorted, keys) = try sortedUniques(a, b, "setxor1d")
    let count = sorted.size
    // NumPy's flag: true where an element differs from its left neighbour (and at both ends).
    let flag = [true] + (0..<Swift.max(count - 1, 0)).map { !keys.same(0, $0 + 1, 0, $0) } + [true]
    return sorted.picking((0..<count).filter { flag[$0] && flag[$0 + 1] })
  }
}
