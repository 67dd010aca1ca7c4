/// Reads elements through a strided view (offset, shape, per-axis strides in elements, 0 for repeated axes) into
/// a new contiguous array, and the adjoint: adds a contiguous array back into such a view.
struct StridedView: Sendable, Hashable {
  /// Index of the view's first element in the source.
  var offset: Int
  /// The view's shape.
  var shape: [Int]
  /// The source step, in elements, for one step along each view axis (may be 0 or negative).
  var strides: [Int]

  /// Calls `body(sourceIndex, viewIndex)` for every view element in row-major view order.
  @inline(__always)
  func forEach(_ body: (Int, Int) -> Void) {
    let count = Shape.count(shape)
    guard count > 0 else { return }
    if shape.isEmpty {
      body(offset, 0)
      return
    }
    let last = shape.count - 1
    let length = shape[last]
    let step = strides[last]
    if last == 1 {
      // A matrix's rows without the list of coordinates the general walk keeps (an allocation at every
      // `a[1:, ::2] = s`).
      var target = 0
      for row in 0..<shape[0] {
        var s = offset + row * strides[0]
        for _ in 0..<length {
          body(s, target)
          s += step
          target += 1
        }
      }
      return
    }
    var index = [Int].filled(0, count: last)
    var source = offset
    var target = 0
    while true {
      var s = source
      for _ in 0..<length {
        body(s, target)
        s += step
        target += 1
      }
      var axis = last - 1
      while axis >= 0 {
        index[axis] += 1
        source += strides[axis]
        if index[axis] < shape[axis] { break }
        source -= strides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }

  /// The view's elements, contiguous.
  func gather<T>(_ source: [T]) -> [T] {
    // `written`: `init(unsafeUninitializedCapacity:)` took the unspecialised allocator, a small `a[i]`'s largest cost.
    source.withUnsafeBufferPointer { input in
      [T].written(count: Shape.count(shape)) { out in
        // One run of consecutive elements (`a[i]` of a C-ordered matrix): copied as one block, where the walk took
        // about 25 instructions an element of a row of 10.
        if shape.count == 1, strides[0] == 1, let base = input.baseAddress {
          out.initialize(from: base + offset, count: shape[0])
          return
        }
        forEach { s, t in (out + t).initialize(to: input[s]) }
      }
    }
  }

  /// Gathers a whole storage.
  func gather(_ storage: Storage) -> Storage {
    switch storage {
    case .float64(let values): .float64(gather(values))
    case .int64(let values): .int64(gather(values))
    case .bool(let values): .bool(gather(values))
    case .complex128(let values): .complex128(gather(values))
    }
  }

  /// Adds `values` (the view's elements, contiguous) into a zero array of `sourceCount` elements.
  func scatterAdd(_ values: [Double], sourceCount: Int) -> [Double] {
    var result = [Double].filled(0, count: sourceCount)
    result.withUnsafeMutableBufferPointer { out in
      values.withUnsafeBufferPointer { input in
        forEach { s, t in out[s] += input[t] }
      }
    }
    return result
  }
}
