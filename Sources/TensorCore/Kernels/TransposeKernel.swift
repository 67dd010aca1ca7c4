import CKernels

/// Copies a row-major array with its axes permuted, in square tiles: the element-by-element walk of the result reads
/// the source a stride apart, a new cache line for every element once a row outgrows the cache, and a 300×300 `x.T`
/// cost ten times a sum of it; a tile reads and writes the same few lines until they are done.
enum TransposeKernel {
  /// Elements along each side of a tile: 16 float64 rows of two cache lines each, read and written while they stay
  /// in the first-level cache.
  static let tile = 16

  /// `source` (row-major, `shape`) with result axis k being source axis `axes[k]`, or nil when the permutation keeps
  /// the last axis last (the walk then reads runs of consecutive elements, and needs no tiles).
  static func permuted<T>(_ source: [T], shape: [Int], axes: [Int]) -> [T]? {
    let ndim = shape.count
    guard ndim >= 2, axes.count == ndim, axes[ndim - 1] != ndim - 1,
      let unitAxis = axes.firstIndex(of: ndim - 1)
    else { return nil }
    let count = Shape.count(shape)
    guard count > 0 else { return nil }
    if ndim == 2 && shape[0] <= tile && shape[1] <= tile { return oneTile(source, rows: shape[0], columns: shape[1]) }
    let resultShape = axes.map { shape[$0] }
    let sourceStrides = Shape.strides(shape)
    let resultStrides = Shape.strides(resultShape)
    // The tile's axes: `unitAxis` steps one element in the source, the result's last axis one in the result.
    let rows = resultShape[unitAxis]
    let columns = resultShape[ndim - 1]
    let rowStep = resultStrides[unitAxis]
    let columnStep = sourceStrides[axes[ndim - 1]]
    let outer = (0..<ndim).filter { $0 != unitAxis && $0 != ndim - 1 }
    return [T](unsafeUninitializedCapacity: count) { result, initialized in
      source.withUnsafeBufferPointer { input in
        guard let from = input.baseAddress, let to = result.baseAddress else { return }
        var index = [Int].filled(0, count: outer.count)
        var sourceBase = 0
        var resultBase = 0
        while true {
          var rowStart = 0
          while rowStart < rows {
            let rowEnd = Swift.min(rowStart + tile, rows)
            var columnStart = 0
            while columnStart < columns {
              let columnEnd = Swift.min(columnStart + tile, columns)
              for row in rowStart..<rowEnd {
                let read = from + sourceBase + row
                let written = to + resultBase + row * rowStep
                for column in columnStart..<columnEnd {
                  (written + column).initialize(to: read[column * columnStep])
                }
              }
              columnStart = columnEnd
            }
            rowStart = rowEnd
          }
          // The next combination of the other axes, the last one fastest.
          var position = outer.count - 1
          while position >= 0 {
            let axis = outer[position]
            index[position] += 1
            sourceBase += sourceStrides[axes[axis]]
            resultBase += resultStrides[axis]
            if index[position] < resultShape[axis] { break }
            sourceBase -= sourceStrides[axes[axis]] * resultShape[axis]
            resultBase -= resultStrides[axis] * resultShape[axis]
            index[position] = 0
            position -= 1
          }
          if position < 0 { break }
        }
      }
      initialized = count
    }
  }

  /// The (`columns`, `rows`) transpose of a row-major (`rows`, `columns`) matrix that fits in one tile (`a.T` of a
  /// small matrix in a loop): the same element copies as `permuted`'s walk, without the stride and index lists it
  /// builds first, which cost callgrind 2,400 of its 3,800 instructions per (10, 10) transpose.
  private static func oneTile<T>(_ source: [T], rows: Int, columns: Int) -> [T] {
    source.withUnsafeBufferPointer { input in
      [T].written(count: rows * columns) { to in
        guard let from = input.baseAddress else { return }
        // Elements of 8 bytes with no references (float64, int64): the C kernel moves 2×2 blocks through vector
        // registers, two loads, two unpacks and two stores per four elements, where this walk took about six
        // instructions an element (592 of `a.T`'s 6,304 on a (10, 10) array). A copy of bits either way.
        if _isPOD(T.self) && MemoryLayout<T>.size == 8 && MemoryLayout<T>.stride == 8 {
          UnsafeRawPointer(from).withMemoryRebound(to: UInt64.self, capacity: rows * columns) { words in
            UnsafeMutableRawPointer(to).withMemoryRebound(to: UInt64.self, capacity: rows * columns) { out in
              docbuild_transpose_tile64(words, out, rows, columns)
            }
          }
          return
        }
        // Result row `row` is source column `row`; its element `column` is source element (column, row). The read
        // pointer steps a source row at a time: `read[column * columns]` checked each product for overflow (9
        // instructions an element in callgrind).
        var written = to
        for row in 0..<columns {
          var read = from + row
          for _ in 0..<rows {
            written.initialize(to: read.pointee)
            written += 1
            read += columns
          }
        }
      }
    }
  }
}
