/// NumPy's strides for a reshape that views its array instead of copying it.
public enum ReshapeStrides {
  /// The strides (in elements) NumPy gives `reshape(newShape)` (C order) of an array of `shape` with `strides` when
  /// it can view it (`_attempt_nocopy_reshape` in `shape.c`): axes of extent 1 take the stride of the axes they
  /// stand beside, where a C-ordered array's would take the row-major one; nil when NumPy copies instead.
  public static func viewed(shape: [Int], strides: [Int], as newShape: [Int]) -> [Int]? {
    guard !shape.contains(0), !newShape.contains(0), shape.count == strides.count else { return nil }
    // Axes of extent 1 of the array take no part: their strides do not matter.
    let old = shape.indices.filter { shape[$0] != 1 }
    let oldShape = old.map { shape[$0] }
    let oldStrides = old.map { strides[$0] }
    var newStrides = [Int](repeating: 0, count: newShape.count)
    // Axes oi..<oj of the array become axes ni..<nj of the result.
    var (oi, oj, ni, nj) = (0, 1, 0, 1)
    while ni < newShape.count && oi < oldShape.count {
      var newExtent = newShape[ni]
      var oldExtent = oldShape[oi]
      while newExtent != oldExtent {
        if newExtent < oldExtent {
          guard nj < newShape.count else { return nil }
          newExtent *= newShape[nj]
          nj += 1
        } else {
          guard oj < oldShape.count else { return nil }
          oldExtent *= oldShape[oj]
          oj += 1
        }
      }
      // The array's axes merged here must be contiguous with one another.
      for ok in oi..<(oj - 1) where oldStrides[ok] != oldShape[ok + 1] * oldStrides[ok + 1] { return nil }
      newStrides[nj - 1] = oldStrides[oj - 1]
      var nk = nj - 1
      while nk > ni {
        newStrides[nk - 1] = newStrides[nk] * newShape[nk]
        nk -= 1
      }
      (ni, nj, oi, oj) = (nj, nj + 1, oj, oj + 1)
    }
    // Trailing axes of extent 1 take the stride of the last axis set (one element when there is none).
    let last = ni >= 1 ? newStrides[ni - 1] : 1
    for nk in ni..<newShape.count { newStrides[nk] = last }
    return newStrides
  }
}
